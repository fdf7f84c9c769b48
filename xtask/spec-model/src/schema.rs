//! Validating JSON against JSON Schemas: a spec's own (OpenAPI 3.0) schemas,
//! and the ones schemars derives from Rust types. Used by the linter (every
//! example valid against its schema) and the example round-trip tests.

use serde_json::{Map, Value, json};

/// Validates `value` against the schema at `schema_pointer` in an OpenAPI
/// `document`, as JSON Schema draft 4 (which OpenAPI 3.0's schemas extend),
/// with formats checked. Errors name the deepest failing place in `value`.
pub fn validate_against_spec(
    document: &Value,
    schema_pointer: &str,
    value: &Value,
) -> Result<(), String> {
    deepest_error(&spec_validator(document, schema_pointer)?, value)
}

/// The validator [`validate_against_spec`] uses, for callers that validate
/// many values against one schema, or that read each error themselves (its
/// place, its keyword, its message without the value).
pub fn spec_validator(
    document: &Value,
    schema_pointer: &str,
) -> Result<jsonschema::Validator, String> {
    let schema = document
        .pointer(schema_pointer)
        .ok_or_else(|| format!("no schema at {schema_pointer}"))?;
    // `$ref`s point into the spec's components, so the schema is validated
    // as part of a document that has them: those it reaches, so that a
    // spec's thousands of schemas are not compiled again for each value.
    let components = reachable_components(document, schema);
    let root = json!({
        "allOf": [openapi_to_json_schema(schema)],
        "components": openapi_to_json_schema(&components),
    });
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the schema is not a valid JSON Schema: {e}"))
}

/// Validates a documented example against the schema at `schema_pointer`
/// (a pointer into `spec.document`) in the JSON Schema dialect of the
/// spec's version: for a spec written in OpenAPI 3.1, JSON Schema 2020-12
/// on the schema as written (type lists, `const`, numeric
/// `exclusiveMinimum`...); for 3.0, and for Swagger 2.0 (whose schemas are
/// a subset of draft 4, read in their 3.0 form), draft 4 as
/// [`validate_against_spec`].
pub fn validate_example(
    spec: &crate::spec::Spec,
    schema_pointer: &str,
    value: &Value,
) -> Result<(), String> {
    let Some(written) = spec.written_document() else {
        return validate_against_spec(&spec.document, schema_pointer, value);
    };
    let pointer = spec.written_pointer(schema_pointer);
    let schema = written
        .pointer(&pointer)
        .ok_or_else(|| format!("no schema at {pointer}"))?;
    let components = reachable_components(written, schema);
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [schema],
        "components": components,
    });
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the schema is not a valid JSON Schema: {e}"))?;
    deepest_error(&validator, value)
}

/// The components of `document` that `schema` reaches through `$ref`s,
/// directly or through other components, as a `components` object: each
/// whole component a `$ref` points into. A `$ref` to anywhere else (not
/// `#/components/<kind>/<name>...`) gives every component, as the schema
/// may need any.
pub fn reachable_components(document: &Value, schema: &Value) -> Value {
    let all = || {
        document
            .get("components")
            .cloned()
            .unwrap_or_else(|| json!({}))
    };
    let mut found: Map<String, Value> = Map::new();
    let mut pending: Vec<&Value> = vec![schema];
    let mut references: Vec<&str> = Vec::new();
    while let Some(node) = pending.pop() {
        references.clear();
        collect_refs(node, &mut references);
        for reference in &references {
            let Some(rest) = reference.strip_prefix("#/components/") else {
                return all();
            };
            let mut segments = rest.splitn(3, '/');
            let (Some(kind), Some(name)) = (segments.next(), segments.next()) else {
                return all();
            };
            let unescape = |s: &str| s.replace("~1", "/").replace("~0", "~");
            let (kind, name) = (unescape(kind), unescape(name));
            let section = found
                .entry(kind.clone())
                .or_insert_with(|| Value::Object(Map::new()));
            let Some(section) = section.as_object_mut() else {
                continue;
            };
            if section.contains_key(&name) {
                continue;
            }
            let Some(component) = document
                .get("components")
                .and_then(|c| c.get(&kind))
                .and_then(|k| k.get(&name))
            else {
                // Points at nothing: the validator says so, as before.
                continue;
            };
            section.insert(name, component.clone());
            pending.push(component);
        }
    }
    Value::Object(found)
}

/// Every `$ref` string inside `value`.
fn collect_refs<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("$ref", Value::String(target)) => found.push(target),
                    // Examples too: a `$ref` in one takes a component more,
                    // or every one, never one too few.
                    _ => collect_refs(child, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, found)),
        _ => {}
    }
}

/// Validates `value` against a JSON Schema that names its own draft (as
/// schemars' do), with formats checked.
pub fn validate_against_json_schema(schema: &Value, value: &Value) -> Result<(), String> {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .map_err(|e| format!("not a valid JSON Schema: {e}"))?;
    deepest_error(&validator, value)
}

/// The error at the deepest place in the value. An `anyOf` (as schemars
/// writes `Option<T>`) fails where it starts; the branch that failed deepest
/// names the value at fault.
fn deepest_error(validator: &jsonschema::Validator, value: &Value) -> Result<(), String> {
    let evaluation = validator.evaluate(value);
    if evaluation.flag().valid {
        return Ok(());
    }
    let errors: Vec<_> = evaluation.iter_errors().collect();
    let deepest = errors
        .iter()
        .max_by_key(|e| e.instance_location.as_str().matches('/').count())
        .ok_or("invalid, with no error reported")?;
    let at = deepest.instance_location.as_str();
    Err(format!(
        "at {}: {} ({} errors)",
        if at.is_empty() { "/" } else { at },
        deepest.error,
        errors.len()
    ))
}

/// OpenAPI 3.0's `nullable: true`, which JSON Schema does not know, becomes
/// a `null` alternative; everything else in an OpenAPI schema is JSON Schema
/// already, or a keyword a validator ignores (`example`, `discriminator`).
pub fn openapi_to_json_schema(value: &Value) -> Value {
    match value {
        Value::Object(object) => {
            let mut converted: Map<String, Value> = object
                .iter()
                .filter(|(k, _)| *k != "nullable")
                .map(|(k, v)| {
                    // Examples are data, not schema: left as written.
                    let v = if k == "example" || k == "examples" {
                        v.clone()
                    } else {
                        openapi_to_json_schema(v)
                    };
                    (k.clone(), v)
                })
                .collect();
            if object.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::Array(values)) = converted.get_mut("enum") {
                    values.push(Value::Null);
                }
                return match converted.remove("type") {
                    Some(Value::String(t)) => {
                        converted.insert("type".into(), json!([t, "null"]));
                        Value::Object(converted)
                    }
                    Some(other) => {
                        converted.insert("type".into(), other);
                        json!({"anyOf": [Value::Object(converted), {"type": "null"}]})
                    }
                    None => json!({"anyOf": [Value::Object(converted), {"type": "null"}]}),
                };
            }
            Value::Object(converted)
        }
        Value::Array(items) => Value::Array(items.iter().map(openapi_to_json_schema).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_admits_null_and_nothing_else() {
        let document = json!({"components": {"schemas": {
            "When": {"type": "string", "format": "date-time", "nullable": true},
            "Kind": {"type": "string", "enum": ["A"], "nullable": true},
            "Ref": {"allOf": [{"$ref": "#/components/schemas/When"}], "nullable": true}
        }}});
        for name in ["When", "Kind", "Ref"] {
            let pointer = format!("/components/schemas/{name}");
            assert_eq!(
                validate_against_spec(&document, &pointer, &Value::Null),
                Ok(()),
                "{name}"
            );
            assert!(
                validate_against_spec(&document, &pointer, &json!(1)).is_err(),
                "{name}"
            );
        }
        let when = "/components/schemas/When";
        assert_eq!(
            validate_against_spec(&document, when, &json!("2019-01-01T00:00:00Z")),
            Ok(())
        );
        let error = validate_against_spec(&document, when, &json!("soon")).unwrap_err();
        assert!(error.starts_with("at /: "), "{error}");
    }

    #[test]
    fn a_schema_is_validated_with_the_components_it_reaches_only() {
        let document = json!({"components": {
            "schemas": {
                "Order": {"properties": {
                    "line": {"$ref": "#/components/schemas/Line"},
                    "status": {"$ref": "#/components/schemas/Status/properties/code"}
                }},
                "Line": {"items": {"$ref": "#/components/schemas/Order"}},
                "Status": {"properties": {"code": {"type": "string"}}},
                "Other": {"type": "integer"}
            },
            "responses": {"Gone": {"description": "gone"}}
        }});
        let order = &document["components"]["schemas"]["Order"];
        let reached = reachable_components(&document, order);
        let mut names: Vec<&String> = reached["schemas"].as_object().unwrap().keys().collect();
        names.sort();
        assert_eq!(names, ["Line", "Order", "Status"]);
        assert!(reached.get("responses").is_none());
        // A `$ref` elsewhere than the components: every component.
        let elsewhere = json!({"$ref": "#/paths/~1a/get"});
        assert_eq!(
            reachable_components(&document, &elsewhere),
            document["components"]
        );
        assert_eq!(
            validate_against_spec(
                &document,
                "/components/schemas/Order",
                &json!({"status": 1})
            )
            .map_err(|e| e.starts_with("at /status")),
            Err(true)
        );
    }
}

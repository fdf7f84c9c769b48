//! The three checks every documented example passes.

use serde_json::{Map, Value, json};

use api_tests::first_difference;

/// Check 1: the example is valid against the spec's own schema, as a JSON
/// Schema (draft 4, which OpenAPI 3.0's schemas extend) with formats checked.
pub fn against_spec_schema(
    document: &Value,
    schema_pointer: &str,
    example: &Value,
) -> Result<(), String> {
    let schema = document
        .pointer(schema_pointer)
        .ok_or_else(|| format!("no schema at {schema_pointer}"))?;
    // `$ref`s point into the spec's components, so the schema is validated
    // as part of a document that has them.
    let components = document
        .get("components")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let root = json!({
        "allOf": [openapi_to_json_schema(schema)],
        "components": openapi_to_json_schema(&components),
    });
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the schema is not a valid JSON Schema: {e}"))?;
    deepest_error(&validator, example)
}

/// Check 2: the example is valid against the JSON Schema schemars derives
/// from the generated type.
pub fn against_rust_schema(schema: &Value, example: &Value) -> Result<(), String> {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .map_err(|e| format!("schemars made an invalid JSON Schema: {e}"))?;
    deepest_error(&validator, example)
}

/// Check 3: the example decodes into the type and encodes back to the same
/// JSON, up to the normalizations in specs/QUIRKS.md.
pub fn round_trip(
    round_trip: fn(&Value) -> Result<Value, String>,
    example: &Value,
) -> Result<(), String> {
    let back = round_trip(example)?;
    match first_difference(example, &back) {
        None => Ok(()),
        Some(difference) => Err(format!("encodes back differently at {difference}")),
    }
}

/// The error at the deepest place in the example. An `anyOf` (as schemars
/// writes `Option<T>`) fails where it starts; the branch that failed deepest
/// names the value at fault.
fn deepest_error(validator: &jsonschema::Validator, example: &Value) -> Result<(), String> {
    let evaluation = validator.evaluate(example);
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
                    // An example is data, not schema: left as written.
                    let v = if k == "example" {
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

//! A spec written out in OpenAPI 3.1, from the 3.0 form any version is read
//! in: what `cargo xtask upgrade` writes to move a 3.0 or Swagger 2.0 spec
//! forward.
//!
//! `nullable: true` becomes a type list with `"null"` (a nullable `allOf`
//! reference, `oneOf` with `{type: "null"}`), a schema's `example` a one-value
//! `examples`, a one-value `enum` a `const`, `exclusiveMinimum: true` the
//! bound itself; `x-summary`, `x-identifier` and `x-webhooks` (what reading a
//! 3.1 spec keeps them as) return to `info.summary`, `license.identifier` and
//! `webhooks`. Read again, the result is the same 3.0 form: the same Rust.
//!
//! The text is YAML in block style, the keys of each object in OpenAPI's
//! usual order; comments are not carried over.

use std::fmt::Write;

use serde_json::{Map, Value, json};

/// The 3.1 document of `document`, a document in the 3.0 form.
pub fn to_openapi_31(document: &Value) -> Value {
    let mut document = document.clone();
    let mut pointers = crate::walk::schemas(&document);
    // Inner schemas first: an outer one may move them.
    pointers.sort();
    for pointer in pointers.iter().rev() {
        if let Some(schema) = document.pointer_mut(pointer) {
            schema_to_31(schema);
        }
    }
    if let Some(root) = document.as_object_mut() {
        root.insert("openapi".into(), json!("3.1.0"));
        if let Some(webhooks) = root.remove("x-webhooks") {
            root.insert("webhooks".into(), webhooks);
        }
        if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
            back(info, "x-summary", "summary");
            if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
                back(license, "x-identifier", "identifier");
            }
        }
    }
    document
}

fn back(object: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(value) = object.remove(from) {
        object.insert(to.into(), value);
    }
}

fn schema_to_31(schema: &mut Value) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(nullable) = object.remove("nullable")
        && nullable == true
    {
        match object.get("type").cloned() {
            Some(Value::String(t)) => {
                object.insert("type".into(), json!([t, "null"]));
            }
            _ => {
                let members = match object.remove("allOf") {
                    Some(Value::Array(members)) if members.len() == 1 => members,
                    Some(other) => {
                        // More than one member: the whole `allOf`, or null.
                        vec![json!({ "allOf": other })]
                    }
                    None => vec![],
                };
                let mut alternatives = members;
                alternatives.push(json!({ "type": "null" }));
                if alternatives.len() == 1 {
                    // `nullable` on a schema of no type: any value, null too.
                } else {
                    object.insert("oneOf".into(), Value::Array(alternatives));
                }
            }
        }
    }
    if let Some(example) = object.remove("example") {
        let examples = match object.remove("x-examples") {
            Some(Value::Array(all)) if all.first() == Some(&example) => all,
            Some(other) => {
                object.insert("x-examples".into(), other);
                vec![example]
            }
            None => vec![example],
        };
        object.insert("examples".into(), Value::Array(examples));
    }
    if let Some(Value::Array(values)) = object.get("enum")
        && let [only] = values.as_slice()
    {
        let only = only.clone();
        object.remove("enum");
        object.insert("const".into(), only);
    }
    for (exclusive, inclusive) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        match object.get(exclusive) {
            Some(Value::Bool(true)) => {
                if let Some(bound) = object.remove(inclusive) {
                    object.insert(exclusive.into(), bound);
                } else {
                    object.remove(exclusive);
                }
            }
            Some(Value::Bool(false)) => {
                object.remove(exclusive);
            }
            _ => {}
        }
    }
}

/// The order keys are written in: these first, in this order, then the
/// rest by name.
const KEY_ORDER: [&str; 38] = [
    "openapi",
    "swagger",
    "info",
    "jsonSchemaDialect",
    "servers",
    "security",
    "tags",
    "paths",
    "webhooks",
    "components",
    "title",
    "summary",
    "version",
    "name",
    "in",
    "url",
    "operationId",
    "description",
    "required",
    "deprecated",
    "style",
    "explode",
    "parameters",
    "requestBody",
    "responses",
    "$ref",
    "type",
    "format",
    "const",
    "enum",
    "items",
    "properties",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
    "schema",
    "content",
];

fn ordered(object: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<(&String, &Value)> = object.iter().collect();
    entries.sort_by_key(|(key, _)| {
        (
            KEY_ORDER
                .iter()
                .position(|k| k == key)
                .unwrap_or(KEY_ORDER.len()),
            (*key).clone(),
        )
    });
    entries
}

/// `value` as YAML text, in block style.
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(object) if !object.is_empty() => block_object(object, 0, &mut out),
        Value::Array(items) if !items.is_empty() => block_array(items, 0, &mut out),
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
    out
}

fn block_object(object: &Map<String, Value>, indent: usize, out: &mut String) {
    for (key, value) in ordered(object) {
        let _ = write!(out, "{:indent$}{}:", "", text(key));
        after_key(value, indent, out);
    }
}

fn block_array(items: &[Value], indent: usize, out: &mut String) {
    for item in items {
        let _ = write!(out, "{:indent$}-", "");
        match item {
            Value::Object(object) if !object.is_empty() => {
                // The first key on the dash's line, the others under it.
                let mut nested = String::new();
                block_object(object, indent + 2, &mut nested);
                out.push(' ');
                out.push_str(nested.trim_start());
            }
            Value::Array(inner) if !inner.is_empty() => {
                out.push('\n');
                block_array(inner, indent + 2, out);
            }
            other => {
                out.push(' ');
                out.push_str(&scalar(other));
                out.push('\n');
            }
        }
    }
}

fn after_key(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(object) if !object.is_empty() => {
            out.push('\n');
            block_object(object, indent + 2, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            block_array(items, indent + 2, out);
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Object(_) => "{}".into(),
        Value::Array(_) => "[]".into(),
        Value::String(s) => text(s),
        other => other.to_string(),
    }
}

/// A string, plain where YAML reads it back as the same string, else in
/// JSON's double quotes (which YAML reads alike).
fn text(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '_')
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || " _-./(),'".contains(c)
                || (!c.is_ascii() && !c.is_control())
        })
        && !s.ends_with(' ')
        && !s.contains(" #")
        && ![
            "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
        ]
        .contains(&s.to_ascii_lowercase().as_str());
    if plain {
        s.to_owned()
    } else {
        serde_json::to_string(s).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_text_reads_back_as_the_same_value() {
        let value = json!({
            "openapi": "3.1.0",
            "info": {"title": "A: b", "version": "1", "description": "Line one.\nLine two #x"},
            "paths": {"/a/{b}": {"get": {"parameters": [{"name": "b", "in": "path", "required": true,
                "schema": {"type": ["string", "null"], "examples": ["yes", "1", 2, 2.5, null, true, ""]}}],
                "responses": {"200": {"description": "ok", "content": {}}}}}},
            "x-list": [[1, 2], [], {}, [{"a": [1]}], "é"],
        });
        let text = to_yaml(&value);
        let spec_like: Vec<saphyr::Yaml> =
            <saphyr::Yaml as saphyr::LoadableYamlNode>::load_from_str(&text).unwrap();
        assert_eq!(spec_like.len(), 1, "{text}");
        // Read back through the spec reader's own conversion.
        let spec = crate::spec::Spec::parse(std::path::Path::new("specs/a.yaml"), &text).unwrap();
        // The spec reader lowers 3.1 to 3.0: compare with what it reads
        // from the value written as JSON (which YAML reads alike).
        let from_json =
            crate::spec::Spec::parse(std::path::Path::new("specs/a.yaml"), &value.to_string())
                .unwrap();
        assert_eq!(spec.document, from_json.document, "{text}");
        assert!(text.starts_with("openapi: \"3.1.0\"\ninfo:\n"), "{text}");
    }
}

//! Schemas, inline or named: descriptions, Rust names, enums.

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;
use spec_model::refs::pointer_push;

use super::Lint;
use super::rule::{ENUM_COLLISION, INLINE_ERROR_SCHEMA, PROPERTY_DESCRIPTION, RUST_NAME_COLLISION};

impl Lint<'_> {
    /// Every schema in the document, inline or named: descriptions, Rust
    /// names, enums, schema-level examples.
    pub(super) fn schemas(&mut self) {
        let mut schemas = Vec::new();
        if let Some(named) = self
            .doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            for name in named.keys() {
                schemas.push(pointer_push("/components/schemas", name));
            }
        }
        collect_inline_schemas(self.doc, &mut schemas);
        let mut all = Vec::new();
        for pointer in schemas {
            collect_subschemas(self.doc, &pointer, &mut all);
        }
        all.sort();
        all.dedup();
        for pointer in all {
            let Some(schema) = self.at(&pointer).cloned() else {
                continue;
            };
            self.schema(&pointer, &schema);
        }
    }

    pub(super) fn schema(&mut self, pointer: &str, schema: &Value) {
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            let mut rust_names: BTreeMap<String, String> = BTreeMap::new();
            for (name, property) in properties {
                let property_pointer = pointer_push(&format!("{pointer}/properties"), name);
                let described = match property.get("$ref").and_then(Value::as_str) {
                    Some(target) => target
                        .strip_prefix('#')
                        .and_then(|t| self.at(t))
                        .and_then(|t| t.get("description"))
                        .is_some(),
                    None => property.get("description").is_some(),
                };
                if !described {
                    let fix = if property.get("$ref").is_some() {
                        "give the referenced schema a description"
                    } else {
                        "add a description"
                    };
                    self.report(
                        &property_pointer,
                        &PROPERTY_DESCRIPTION,
                        format!("property `{name}` has no description: {fix}"),
                    );
                }
                // Leading underscores are spelled out by codegen (`_id` is
                // `underscore_id`), so only the rest can collide.
                let underscores = name.len() - name.trim_start_matches('_').len();
                let rust = format!(
                    "{}{}",
                    "underscore_".repeat(underscores),
                    name.to_snake_case()
                );
                if let Some(other) = rust_names.insert(rust.clone(), name.clone()) {
                    self.report(&property_pointer, &RUST_NAME_COLLISION, format!("`{other}` and `{name}` both become the Rust field `{rust}`: rename one (wire names cannot be changed by the client)"));
                }
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let mut variants: BTreeMap<String, String> = BTreeMap::new();
            for (i, value) in values.iter().enumerate() {
                let Some(text) = value.as_str() else {
                    continue;
                };
                let variant = text.to_upper_camel_case();
                let value_pointer = format!("{pointer}/enum/{i}");
                if variant == "Unknown" {
                    self.report(&value_pointer, &ENUM_COLLISION, format!("`{text}` becomes the variant `Unknown`, which holds values the spec does not list: the generator refuses it"));
                }
                if let Some(other) = variants.insert(variant.clone(), text.to_owned()) {
                    self.report(&value_pointer, &ENUM_COLLISION, format!("`{other}` and `{text}` both become the Rust variant `{variant}`; the generator panics on that: drop one, or make the schema a plain string"));
                }
            }
        }
        if let Some(example) = schema.get("example") {
            self.example(&format!("{pointer}/example"), pointer, example);
        }
    }

    /// A schema written inline under `components/responses` is named after
    /// the first operation that uses it, the same name as its success type.
    pub(super) fn component_responses(&mut self) {
        let Some(responses) = self
            .doc
            .pointer("/components/responses")
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        for (name, response) in &responses {
            let Some(content) = response.get("content").and_then(Value::as_object) else {
                continue;
            };
            for (media, value) in content {
                if let Some(schema) = value.get("schema")
                    && schema.get("$ref").is_none()
                {
                    let pointer = pointer_push(
                        &format!("{}/content", pointer_push("/components/responses", name)),
                        media,
                    );
                    self.report(&format!("{pointer}/schema"), &INLINE_ERROR_SCHEMA, "an inline schema here is given the success type's name, and the error body is decoded as the success type: name the schema under components/schemas and `$ref` it");
                }
            }
        }
    }
}

/// Schemas written inline under paths (parameters, bodies, responses).
fn collect_inline_schemas(document: &Value, found: &mut Vec<String>) {
    fn walk(value: &Value, pointer: String, found: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    let child_pointer = pointer_push(&pointer, key);
                    if key == "schema" {
                        found.push(child_pointer);
                    } else if key != "example" && key != "examples" {
                        walk(child, child_pointer, found);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{pointer}/{i}"), found);
                }
            }
            _ => {}
        }
    }
    if let Some(paths) = document.get("paths") {
        walk(paths, "/paths".to_owned(), found);
    }
    for kind in ["responses", "parameters", "requestBodies", "headers"] {
        if let Some(section) = document.pointer(&format!("/components/{kind}")) {
            walk(section, format!("/components/{kind}"), found);
        }
    }
}

/// A schema and every schema nested in it (not following `$ref`s).
fn collect_subschemas(document: &Value, pointer: &str, found: &mut Vec<String>) {
    let Some(schema) = document.pointer(pointer) else {
        return;
    };
    found.push(pointer.to_owned());
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for name in properties.keys() {
            collect_subschemas(
                document,
                &pointer_push(&format!("{pointer}/properties"), name),
                found,
            );
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if schema.get(key).is_some_and(Value::is_object) {
            collect_subschemas(document, &format!("{pointer}/{key}"), found);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        let count = schema
            .get(key)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for i in 0..count {
            collect_subschemas(document, &format!("{pointer}/{key}/{i}"), found);
        }
    }
}

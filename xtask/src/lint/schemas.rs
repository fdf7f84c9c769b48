//! Schemas, inline or named: descriptions and examples.

use serde_json::Value;
use spec_model::refs::pointer_push;
use spec_model::walk;

use super::Lint;
use super::rule::{
    ENUM_COLLISION, PROPERTY_DESCRIPTION, RUST_NAME_COLLISION, UNCHECKED_NOT, UNCHECKED_PATTERN,
};
use crate::codegen::refuse::{Case, names};

impl Lint<'_> {
    /// Every schema in the document, inline or named: property
    /// descriptions, schema-level examples.
    pub(super) fn schemas(&mut self) {
        for pointer in walk::schemas(self.doc) {
            let Some(schema) = self.at(&pointer).cloned() else {
                continue;
            };
            self.schema(&pointer, &schema);
        }
    }

    fn schema(&mut self, pointer: &str, schema: &Value) {
        if schema.get("not").is_some() {
            self.report(
                &format!("{pointer}/not"),
                &UNCHECKED_NOT,
                "the client does not check a `not`: describe what is allowed instead",
            );
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str)
            && let Err(e) = regress::Regex::new(pattern)
        {
            self.report(
                &format!("{pointer}/pattern"),
                &UNCHECKED_PATTERN,
                format!("the client's regex engine cannot compile this pattern ({e}), so it does not check it: fix the expression"),
            );
        }
        self.names_that_collide(pointer, schema);
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
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
            }
        }
        if let Some(example) = schema.get("example") {
            self.example(&format!("{pointer}/example"), pointer, example);
        }
    }

    /// Enum values and properties the generator tells apart only by a
    /// number (the `collisions` pass).
    fn names_that_collide(&mut self, pointer: &str, schema: &Value) {
        if let Some(values) = schema.get("enum").and_then(Value::as_array)
            && schema.get("x-enum-varnames").is_none()
        {
            let strings: Vec<(usize, &str)> = values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.as_str().map(|s| (i, s)))
                .collect();
            let mut seen: Vec<(String, &str)> = Vec::new();
            for (index, value) in &strings {
                let variant = names::typify(value, Case::Pascal);
                let at = format!("{pointer}/enum/{index}");
                if variant == "Unknown" {
                    self.report(&at, &ENUM_COLLISION, format!("`{value}` would be the variant `Unknown`, kept for values the spec does not list, so it is `Unknown2`: name the variants with `x-enum-varnames`"));
                } else if let Some((_, other)) = seen.iter().find(|(v, _)| *v == variant) {
                    self.report(&at, &ENUM_COLLISION, format!("`{other}` and `{value}` would both be the variant `{variant}`, so the later is numbered: name the variants with `x-enum-varnames`"));
                }
                seen.push((variant, value));
            }
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            let mut seen: Vec<(String, &str)> = Vec::new();
            for (property, field) in names::fields(properties.keys().map(String::as_str)) {
                if let Some((_, other)) = seen.iter().find(|(f, _)| *f == field) {
                    self.report(
                        &pointer_push(&format!("{pointer}/properties"), property),
                        &RUST_NAME_COLLISION,
                        format!("`{other}` and `{property}` would both be the field `{field}`, so the later is numbered: model one as a separate schema if the API sends both"),
                    );
                }
                seen.push((field, property));
            }
        }
    }
}

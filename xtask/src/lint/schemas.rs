//! Schemas, inline or named: descriptions and examples.

use serde_json::Value;
use spec_model::refs::pointer_push;
use spec_model::walk;

use super::Lint;
use super::rule::{PROPERTY_DESCRIPTION, UNCHECKED_NOT, UNCHECKED_PATTERN};

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
}

//! Request and response bodies: media types and examples.

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::schema::validate_example;
use spec_model::version::Version;

use super::Lint;
use super::rule::{EXAMPLE_VALID, RESPONSE_EXAMPLE};

impl Lint<'_> {
    /// A request body's or response's `content`: examples.
    pub(super) fn content(&mut self, pointer: &str, is_response: bool) {
        let Some(content) = self
            .at(&format!("{pointer}/content"))
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        for (media, value) in &content {
            let media_pointer = pointer_push(&format!("{pointer}/content"), media);
            let schema_pointer = format!("{media_pointer}/schema");
            if is_response
                && value.get("schema").is_some()
                && value.get("example").is_none()
                && value.get("examples").is_none()
            {
                // In the spec's own terms: Swagger 2.0 writes a response's
                // examples by media type.
                let message = match self.spec.version {
                    Version::Swagger20 => format!(
                        "this response body has no example: add `examples: {{{media}: ...}}` with \
                         a documented payload"
                    ),
                    _ => "this response body has no example: add `example:` with a documented \
                          payload"
                        .to_owned(),
                };
                self.report(&media_pointer, &RESPONSE_EXAMPLE, message);
            }
            self.examples_of(&media_pointer, value, &schema_pointer);
        }
    }

    /// Checks the `example` and `examples` of an object that has a schema at
    /// `schema_pointer`.
    pub(super) fn examples_of(&mut self, pointer: &str, holder: &Value, schema_pointer: &str) {
        if self.at(schema_pointer).is_none() {
            return;
        }
        let mut values = Vec::new();
        if let Some(example) = holder.get("example") {
            values.push((format!("{pointer}/example"), example.clone()));
        }
        if let Some(named) = holder.get("examples").and_then(Value::as_object) {
            for name in named.keys() {
                let example_pointer = resolve(
                    self.doc,
                    &pointer_push(&format!("{pointer}/examples"), name),
                );
                if let Some(value) = self.at(&format!("{example_pointer}/value")) {
                    values.push((format!("{example_pointer}/value"), value.clone()));
                }
            }
        }
        for (example_pointer, value) in values {
            self.example(&example_pointer, schema_pointer, &value);
        }
    }

    /// Checks one example against the schema at `schema_pointer`. A schema
    /// that cannot be built (a dangling `$ref`) is `unresolved-ref`'s finding.
    pub(super) fn example(&mut self, example_pointer: &str, schema_pointer: &str, value: &Value) {
        match validate_example(self.spec, schema_pointer, value) {
            Err(e) if !e.starts_with("the schema is not a valid JSON Schema") => self.report(
                example_pointer,
                &EXAMPLE_VALID,
                format!("the example is not valid against its schema, {e}: fix the example or the schema"),
            ),
            _ => {}
        }
    }
}

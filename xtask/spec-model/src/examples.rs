//! The documented examples of a spec: every `example` (and every value of
//! `examples`) under a request body or a response, wherever it is written.
//!
//! A response written once under `components/responses` and used by several
//! operations is still one example; it is listed under the first operation
//! that uses it.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

use crate::operation::MediaKind;
use crate::refs::{pointer_push, resolve};
use crate::request::RequestBody;
use crate::spec::Spec;
use crate::walk::operations_in;

/// Which message of an operation an example shows.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Message {
    /// The request body.
    Request,
    /// The response body with this status (`200`, `4XX`, `default`).
    Response(String),
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::Request => f.write_str("request"),
            Message::Response(status) => write!(f, "response {status}"),
        }
    }
}

/// One documented example.
#[derive(Clone, Debug)]
pub struct Example {
    /// The operation's `operationId`.
    pub operation_id: String,
    /// The request, or the response status, it belongs to.
    pub message: Message,
    /// The media type it is written under.
    pub media_type: String,
    /// For `examples:` maps, the example's name.
    pub name: Option<String>,
    /// Where the example's value is in the spec.
    pub pointer: String,
    /// Where the schema it must satisfy is in the spec.
    pub schema_pointer: String,
    /// The example's value.
    pub value: Value,
}

impl Example {
    /// `getOrder response 200`, `updateOrder request (minimal)`.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => format!("{} {} ({name})", self.operation_id, self.message),
            None => format!("{} {}", self.operation_id, self.message),
        }
    }
}

/// Every documented request and response example of `spec`, in document
/// order, each once: an example under `components/responses` that several
/// operations use is listed under the first.
pub fn documented(spec: &Spec) -> Vec<Example> {
    let mut seen = BTreeSet::new();
    of_operations(spec)
        .into_iter()
        .filter(|example| seen.insert(example.pointer.clone()))
        .collect()
}

/// Every example each operation documents, in document order: one that
/// several operations share is listed under each of them.
pub fn of_operations(spec: &Spec) -> Vec<Example> {
    let document = &spec.document;
    let mut found = Vec::new();
    for at in operations_in(document) {
        // A request example is checked against the body the client types:
        // the chosen media type, when it is JSON or a form. An example of
        // XML, text, bytes or a multipart body has no model to decode into.
        let typed_request = RequestBody::of(document, &at)
            .map(|body| body.chosen().clone())
            .filter(|chosen| matches!(chosen.kind, MediaKind::Json | MediaKind::Form))
            .map(|chosen| chosen.media_type);
        let (operation, operation_pointer) = (at.operation, at.pointer);
        let operation_id = operation
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or("(no operationId)")
            .to_owned();
        let mut messages = Vec::new();
        if operation.get("requestBody").is_some() {
            messages.push((Message::Request, format!("{operation_pointer}/requestBody")));
        }
        if let Some(responses) = operation.get("responses").and_then(Value::as_object) {
            for status in responses.keys() {
                messages.push((
                    Message::Response(status.clone()),
                    pointer_push(&format!("{operation_pointer}/responses"), status),
                ));
            }
        }
        for (message, pointer) in messages {
            let pointer = resolve(document, &pointer);
            let Some(content) = document
                .pointer(&format!("{pointer}/content"))
                .and_then(Value::as_object)
            else {
                continue;
            };
            for (media_type, media) in content {
                if message == Message::Request && typed_request.as_ref() != Some(media_type) {
                    continue;
                }
                let media_pointer = pointer_push(&format!("{pointer}/content"), media_type);
                let schema_pointer = format!("{media_pointer}/schema");
                let mut add = |name: Option<String>, pointer: String, value: &Value| {
                    found.push(Example {
                        operation_id: operation_id.clone(),
                        message: message.clone(),
                        media_type: media_type.clone(),
                        name,
                        pointer,
                        schema_pointer: schema_pointer.clone(),
                        value: value.clone(),
                    });
                };
                if let Some(value) = media.get("example") {
                    add(None, format!("{media_pointer}/example"), value);
                }
                if let Some(named) = media.get("examples").and_then(Value::as_object) {
                    for name in named.keys() {
                        let pointer = resolve(
                            document,
                            &pointer_push(&format!("{media_pointer}/examples"), name),
                        );
                        // An `externalValue` is not in the spec: nothing to check.
                        if let Some(value) = document.pointer(&format!("{pointer}/value")) {
                            add(Some(name.clone()), format!("{pointer}/value"), value);
                        }
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn finds_inline_referenced_and_named_examples_once_each() {
        let text = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      operationId: makeA
      requestBody:
        content:
          application/json:
            schema: {type: object}
            examples:
              small: {value: {n: 1}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object}
              example: {ok: true}
        '404': {$ref: '#/components/responses/Missing'}
  /b:
    get:
      operationId: getB
      responses:
        '404': {$ref: '#/components/responses/Missing'}
components:
  responses:
    Missing:
      description: missing
      content:
        application/json:
          schema: {type: object}
          example: {gone: true}
"##;
        let spec = Spec::parse(Path::new("specs/t.yaml"), text).unwrap();
        let found = documented(&spec);
        let labels: Vec<String> = found.iter().map(Example::label).collect();
        assert_eq!(
            labels,
            [
                "makeA request (small)",
                "makeA response 200",
                "makeA response 404"
            ]
        );
        assert_eq!(
            found[2].schema_pointer,
            "/components/responses/Missing/content/application~1json/schema"
        );
        assert_eq!(found[2].value, serde_json::json!({"gone": true}));
    }

    #[test]
    fn a_request_example_is_one_of_the_body_the_client_types() {
        let text = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      operationId: makeA
      requestBody:
        content:
          application/xml:
            schema: {type: object}
            example: "<a/>"
          application/merge-patch+json:
            schema: {type: object}
            example: {n: 1}
      responses:
        '204': {description: done}
  /b:
    put:
      operationId: putB
      requestBody:
        content:
          text/csv:
            schema: {type: string}
            example: "a,b"
      responses:
        '204': {description: done}
"##;
        let spec = Spec::parse(Path::new("specs/t.yaml"), text).unwrap();
        let found = documented(&spec);
        let seen: Vec<(String, &str)> = found
            .iter()
            .map(|e| (e.label(), e.media_type.as_str()))
            .collect();
        assert_eq!(
            seen,
            [("makeA request".to_owned(), "application/merge-patch+json")]
        );
    }
}

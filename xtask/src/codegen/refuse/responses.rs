//! Request bodies and responses: media types the generator handles, and
//! one schema per kind of response.

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::walk::OperationAt;

use super::Check;
use super::rules::{
    DIFFERING_ERROR_SCHEMAS, DIFFERING_SUCCESS_SCHEMAS, INLINE_ERROR_SCHEMA, JSON_MEDIA_TYPE,
    REQUEST_BODY,
};

/// The request media types progenitor sends.
const SENDABLE: &[&str] = &[
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
    "text/x-markdown",
];

impl Check<'_> {
    pub(super) fn request_body(&mut self, operation: &OperationAt<'_>) {
        if operation.operation.get("requestBody").is_none() {
            return;
        }
        let body = resolve(self.doc, &format!("{}/requestBody", operation.pointer));
        let content_pointer = format!("{body}/content");
        let Some(content) = self
            .at(&content_pointer)
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        if content.len() > 1 {
            let media: Vec<&str> = content.keys().map(String::as_str).collect();
            self.refuse(&content_pointer, &REQUEST_BODY, format!("the request body has {} media types ({}), and the generator panics on more than one: keep the one the API needs", media.len(), media.join(", ")));
            return;
        }
        for (media, value) in &content {
            let media_pointer = pointer_push(&content_pointer, media);
            let essence = media.split(';').next().unwrap_or_default().trim();
            if !SENDABLE.contains(&essence) {
                self.refuse(
                    &media_pointer,
                    &REQUEST_BODY,
                    format!(
                        "the generator cannot send a `{media}` body: use one of {}",
                        SENDABLE.join(", ")
                    ),
                );
                continue;
            }
            let Some(schema) = value
                .get("schema")
                .map(|_| resolve(self.doc, &format!("{media_pointer}/schema")))
                .and_then(|at| self.at(&at).cloned())
            else {
                self.refuse(
                    &media_pointer,
                    &REQUEST_BODY,
                    "the request body has no schema, which the generator requires: add one",
                );
                continue;
            };
            let is_string = schema.get("type").and_then(Value::as_str) == Some("string");
            let binary = schema.get("format").and_then(Value::as_str) == Some("binary");
            let wrong = match essence {
                "application/octet-stream" if !(is_string && binary) => {
                    Some("`type: string, format: binary`")
                }
                "text/plain" | "text/x-markdown" if !is_string => Some("`type: string`"),
                _ => None,
            };
            if let Some(expected) = wrong {
                self.refuse(&format!("{media_pointer}/schema"), &REQUEST_BODY, format!("a `{essence}` body's schema must be {expected}, or the generator rejects it: declare `application/json` for structured data"));
            }
        }
    }

    pub(super) fn responses(&mut self, operation: &OperationAt<'_>) {
        let responses_pointer = format!("{}/responses", operation.pointer);
        let Some(responses) = self
            .at(&responses_pointer)
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        // The first status of each kind with its schema (or none).
        let mut success: Option<(String, Option<Value>)> = None;
        let mut error: Option<(String, Option<Value>)> = None;
        for status in responses.keys() {
            let listed = pointer_push(&responses_pointer, status);
            let response = resolve(self.doc, &listed);
            self.response_content(&response);
            let schema = self
                .at(&response)
                .and_then(|r| r.get("content"))
                .and_then(Value::as_object)
                .and_then(|c| c.values().next())
                .and_then(|m| m.get("schema"))
                .cloned();
            let (kind, rule, what) = if status.starts_with('2') {
                (&mut success, &DIFFERING_SUCCESS_SCHEMAS, "success")
            } else if status.starts_with('4') || status.starts_with('5') || status == "default" {
                (&mut error, &DIFFERING_ERROR_SCHEMAS, "error")
            } else {
                continue;
            };
            match kind {
                None => *kind = Some((status.clone(), schema)),
                Some((first, first_schema)) if *first_schema != schema => {
                    let shown = |s: &Option<Value>| match s {
                        Some(_) => "a body",
                        None => "no body",
                    };
                    let detail = if first_schema.is_some() && schema.is_some() {
                        format!("a different schema than {first}")
                    } else {
                        format!(
                            "{} where {first} has {}",
                            shown(&schema),
                            shown(first_schema)
                        )
                    };
                    let message = format!(
                        "{what} response {status} has {detail}, and the generator panics on that: give them one schema (a `oneOf` of the bodies, if need be)"
                    );
                    self.refuse(&listed, rule, message);
                }
                Some(_) => {}
            }
        }
    }

    /// A response whose structured body is declared with no JSON media type
    /// loses its schema.
    fn response_content(&mut self, response: &str) {
        let content_pointer = format!("{response}/content");
        let Some(content) = self
            .at(&content_pointer)
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        // progenitor reads a response's schema from `application/json` only
        // (`application/problem+json` is not that).
        let has_json = content
            .keys()
            .any(|m| m == "application/json" || m.starts_with("application/json;"));
        if has_json {
            return;
        }
        for media in content.keys() {
            let media_pointer = pointer_push(&content_pointer, media);
            let structured = self
                .at(&resolve(self.doc, &format!("{media_pointer}/schema")))
                .is_some_and(|schema| {
                    schema.get("$ref").is_some()
                        || matches!(
                            schema.get("type").and_then(Value::as_str),
                            Some("object" | "array")
                        )
                        || schema.get("properties").is_some()
                        || schema.get("oneOf").is_some()
                        || schema.get("anyOf").is_some()
                        || schema.get("allOf").is_some()
                });
            if structured {
                self.refuse(&media_pointer, &JSON_MEDIA_TYPE, format!("a structured body declared as `{media}`: the generator then drops its schema and returns raw bytes; declare `application/json`"));
            }
        }
    }

    /// A schema written inline under `components/responses` is named after
    /// the first operation that uses it, the same name as its success type.
    pub(super) fn component_responses(&mut self) {
        let Some(responses) = self
            .at("/components/responses")
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
                    self.refuse(&format!("{pointer}/schema"), &INLINE_ERROR_SCHEMA, "an inline schema here is given the success type's name, and the error body is decoded as the success type: name the schema under components/schemas and `$ref` it");
                }
            }
        }
    }
}

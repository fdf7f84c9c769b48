//! Request bodies and responses: media types the generator handles, and
//! statuses that are statuses.

use serde_json::Value;
use spec_model::operation::Status;
use spec_model::refs::{pointer_push, resolve};
use spec_model::walk::OperationAt;

use super::Check;
use super::rules::{REQUEST_BODY, RESPONSE_STATUS};

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

    /// Each documented response is decoded by its status, whatever the
    /// others carry and whatever its media type (the `responses` pass):
    /// only a key that is no status stops the generator.
    pub(super) fn responses(&mut self, operation: &OperationAt<'_>) {
        let responses_pointer = format!("{}/responses", operation.pointer);
        let Some(responses) = self
            .at(&responses_pointer)
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        for status in responses.keys() {
            let listed = pointer_push(&responses_pointer, status);
            if Status::parse(status).is_none() {
                self.refuse(
                    &listed,
                    &RESPONSE_STATUS,
                    format!("`{status}` is not a status: write a code from 100 to 599 (`404`), a range from `1XX` to `5XX`, or `default`"),
                );
            }
        }
    }
}

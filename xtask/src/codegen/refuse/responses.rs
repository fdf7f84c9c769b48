//! Request bodies and responses: media types the generator handles, and
//! statuses that are statuses.

use serde_json::Value;
use spec_model::operation::{MediaKind, Status};
use spec_model::refs::pointer_push;
use spec_model::request::{self, RequestBody};
use spec_model::walk::OperationAt;

use super::names::progenitor;
use super::rules::{BODY_ENCODING, REQUEST_BODY, RESPONSE_STATUS};
use super::{Case, Check};

impl Check<'_> {
    /// Any media type is sent (see [`spec_model::request`]); what stops
    /// the client is a name that is no header value, a JSON or form body
    /// without a schema to type it, and a part or field the chosen encoding
    /// cannot write.
    pub(super) fn request_body(&mut self, operation: &OperationAt<'_>) {
        let Some(body) = RequestBody::of(self.doc, operation) else {
            return;
        };
        for media in &body.media {
            let printable = !media.media_type.is_empty()
                && media
                    .media_type
                    .bytes()
                    .all(|b| b == b'\t' || (b' '..=b'~').contains(&b));
            if !printable {
                self.refuse(
                    &media.pointer,
                    &REQUEST_BODY,
                    "a media type is sent as the `Content-Type` header, and this one holds \
                     characters a header cannot: write it in printable ASCII",
                );
            }
        }
        let chosen = body.chosen();
        match chosen.kind {
            MediaKind::Json | MediaKind::Form if chosen.schema_pointer.is_none() => {
                self.refuse(
                    &chosen.pointer,
                    &REQUEST_BODY,
                    format!(
                        "the `{}` body has no schema, which the client types it by: add one",
                        chosen.media_type
                    ),
                );
            }
            MediaKind::Form => {
                for refused in request::unencodable_form_fields(self.doc, chosen) {
                    self.refuse(&refused.pointer, &BODY_ENCODING, refused.message);
                }
            }
            MediaKind::Multipart => match request::multipart_parts(self.doc, chosen) {
                Err(refused) => self.refuse(&refused.pointer, &BODY_ENCODING, refused.message),
                Ok(parts) => self.part_methods(chosen, &parts),
            },
            _ => {}
        }
    }

    /// Each part is a method of the operation's form type, named in
    /// snake_case beside the form's own `new` (two parts that become one
    /// name are refused as two fields would be, `rust-name-collision`).
    fn part_methods(&mut self, media: &request::Media, parts: &[request::Part]) {
        let schema = media.schema_pointer.clone().unwrap_or_default();
        for part in parts {
            if progenitor(&part.name, Case::Snake) == "new" {
                let pointer = pointer_push(&format!("{schema}/properties"), &part.name);
                self.refuse(
                    &pointer,
                    &BODY_ENCODING,
                    format!(
                        "the part `{}` would be the form's method `new`, its constructor: the \
                         wire name cannot be changed by the client, so send this part with \
                         `body_as` and bytes you encode, or leave it out of the spec",
                        part.name
                    ),
                );
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

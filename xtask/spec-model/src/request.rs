//! What an operation takes as its request body: each media type it
//! documents, which one the client types (see [`RequestBody::chosen`]), and
//! for a multipart body its parts, each with how it is encoded.

use serde_json::Value;

use crate::operation::{MediaKind, media_kind};
use crate::refs::{pointer_push, resolve};
use crate::walk::OperationAt;

/// One media type a request body documents.
#[derive(Clone, Debug, PartialEq)]
pub struct Media {
    /// The media type as the spec writes it, parameters included.
    pub media_type: String,
    /// What the body is to the client.
    pub kind: MediaKind,
    /// Where the media type object is.
    pub pointer: String,
    /// Where its schema is, `$ref`s followed, if it has one.
    pub schema_pointer: Option<String>,
}

/// An operation's request body.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    /// Where its `content` is, `$ref`s followed.
    pub content_pointer: String,
    /// Every media type it documents, by name.
    pub media: Vec<Media>,
}

impl RequestBody {
    /// The body of the operation at `at`, if it documents one with at
    /// least one media type.
    pub fn of(document: &Value, at: &OperationAt<'_>) -> Option<RequestBody> {
        at.operation.get("requestBody")?;
        let body = resolve(document, &format!("{}/requestBody", at.pointer));
        let content_pointer = format!("{body}/content");
        let content = document.pointer(&content_pointer)?.as_object()?;
        let media: Vec<Media> = content
            .iter()
            .map(|(media_type, value)| {
                let pointer = pointer_push(&content_pointer, media_type);
                let schema_pointer = value
                    .get("schema")
                    .map(|_| resolve(document, &format!("{pointer}/schema")));
                Media {
                    kind: media_kind(media_type),
                    media_type: media_type.clone(),
                    pointer,
                    schema_pointer,
                }
            })
            .collect();
        if media.is_empty() {
            return None;
        }
        Some(RequestBody {
            content_pointer,
            media,
        })
    }

    /// The media type the client types and sends unless told otherwise:
    /// JSON when one is offered (`application/json` itself before any
    /// other `+json`), then a form, then multipart, then text, then bytes;
    /// among several of one kind, the first by name.
    pub fn chosen(&self) -> &Media {
        self.media
            .iter()
            .min_by_key(|m| {
                let plain_json = essence(&m.media_type) == "application/json";
                (rank(m.kind), !plain_json, m.media_type.to_ascii_lowercase())
            })
            .expect("a request body has a media type")
    }

    /// Whether the caller may choose among several media types.
    pub fn has_alternatives(&self) -> bool {
        self.media.len() > 1
    }
}

/// Where a kind of media stands in [`RequestBody::chosen`]'s order.
fn rank(kind: MediaKind) -> u8 {
    match kind {
        MediaKind::Json => 0,
        MediaKind::Form => 1,
        MediaKind::Multipart => 2,
        MediaKind::Text => 3,
        MediaKind::Bytes => 4,
    }
}

/// A media type without its parameters, lower case.
pub fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// How one part of a multipart body is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Bytes with a file name and a content type (`format: binary` or
    /// `byte`, or an `encoding` naming a media type that is neither JSON
    /// nor text).
    File,
    /// A value as text (a string, number or boolean).
    Text,
    /// A value encoded as JSON (an object, or anything whose `encoding`
    /// says JSON).
    Json,
}

/// One part of a multipart body: a property of its schema.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The part's name, the property's.
    pub name: String,
    /// Whether the schema lists it in `required`.
    pub required: bool,
    /// Where its schema is, `$ref`s followed.
    pub schema_pointer: String,
    /// The schema as written (it may be a `$ref`).
    pub schema: Value,
    /// Whether it is an array: each item is a part of its own, by the same
    /// name.
    pub repeated: bool,
    /// How each item is written.
    pub kind: PartKind,
    /// The content type it is sent with: its `encoding`'s first, or the
    /// default of its kind.
    pub content_type: String,
}

/// Why a part cannot be encoded, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Unencodable {
    /// The node to point at.
    pub pointer: String,
    /// What is wrong and what to write instead.
    pub message: String,
}

/// The JSON type a schema declares, `$ref`s followed: its `type`, or
/// `object` when it has `properties`, or none.
fn declared_type<'a>(document: &'a Value, schema: &'a Value) -> Option<&'a str> {
    let schema = follow(document, schema);
    schema.get("type").and_then(Value::as_str).or_else(|| {
        (schema.get("properties").is_some() || schema.get("additionalProperties").is_some())
            .then_some("object")
    })
}

/// A schema with its `$ref`s followed.
fn follow<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    let mut schema = schema;
    for _ in 0..16 {
        match schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| document.pointer(p))
        {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

fn is_binary(document: &Value, schema: &Value) -> bool {
    let schema = follow(document, schema);
    schema.get("type").and_then(Value::as_str) == Some("string")
        && matches!(
            schema.get("format").and_then(Value::as_str),
            Some("binary" | "byte")
        )
}

/// The parts of the multipart body whose media type object is at `media`
/// (its schema an object with `properties`), in the order of the schema's
/// properties; or why one cannot be encoded.
pub fn multipart_parts(document: &Value, media: &Media) -> Result<Vec<Part>, Unencodable> {
    let schema_pointer = media.schema_pointer.clone().ok_or_else(|| Unencodable {
        pointer: media.pointer.clone(),
        message: "a multipart body without a schema has no parts the client can name: add a \
                  schema with `type: object` and a property per part"
            .into(),
    })?;
    let properties_pointer = format!("{schema_pointer}/properties");
    let Some(properties) = document
        .pointer(&properties_pointer)
        .and_then(Value::as_object)
    else {
        return Err(Unencodable {
            pointer: schema_pointer,
            message: "a multipart body's schema must be an object with `properties`, one per \
                      part (not a `$ref` to a union, nor `additionalProperties` alone): the \
                      client has a method per part"
                .into(),
        });
    };
    let required: Vec<&str> = document
        .pointer(&format!("{schema_pointer}/required"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let mut parts = Vec::new();
    for (name, schema) in properties {
        let pointer = resolve(document, &pointer_push(&properties_pointer, name));
        let encoding_pointer = pointer_push(&format!("{}/encoding", media.pointer), name);
        let declared = document
            .pointer(&format!("{encoding_pointer}/contentType"))
            .and_then(Value::as_str)
            .map(|list| list.split(',').next().unwrap_or_default().trim().to_owned());
        let (repeated, item) = match declared_type(document, schema) {
            Some("array") => {
                let items = follow(document, schema)
                    .get("items")
                    .unwrap_or(&Value::Null);
                if declared_type(document, items) == Some("array") {
                    return Err(Unencodable {
                        pointer,
                        message: format!(
                            "the part `{name}` is a list of lists, which multipart cannot \
                             encode: make it a list of values (one part each), or send it as \
                             JSON with `encoding: {{{name}: {{contentType: application/json}}}}` \
                             on a non-array schema"
                        ),
                    });
                }
                (true, items)
            }
            _ => (false, schema),
        };
        let binary = is_binary(document, item);
        let structured = matches!(declared_type(document, item), Some("object") | None);
        let (kind, content_type) = match declared {
            Some(declared) => match media_kind(&declared) {
                MediaKind::Json => (PartKind::Json, declared),
                MediaKind::Text if !structured => (PartKind::Text, declared),
                MediaKind::Bytes | MediaKind::Text if binary => (PartKind::File, declared),
                _ => {
                    return Err(Unencodable {
                        pointer: encoding_pointer,
                        message: format!(
                            "the part `{name}` cannot be sent as `{declared}`: its schema is \
                             {}; use `contentType: application/json` for structured data, \
                             `text/plain` for a value, or give a file part `type: string, \
                             format: binary`",
                            if binary {
                                "a file"
                            } else if structured {
                                "structured data"
                            } else {
                                "a single value"
                            }
                        ),
                    });
                }
            },
            None if binary => (PartKind::File, "application/octet-stream".to_owned()),
            None if structured => (PartKind::Json, "application/json".to_owned()),
            None => (PartKind::Text, "text/plain".to_owned()),
        };
        parts.push(Part {
            name: name.clone(),
            required: required.contains(&name.as_str()),
            schema_pointer: pointer,
            schema: item.clone(),
            repeated,
            kind,
            content_type,
        });
    }
    Ok(parts)
}

/// The fields of a form body that a form cannot carry: each object or
/// list (the client writes one value per field).
pub fn unencodable_form_fields(document: &Value, media: &Media) -> Vec<Unencodable> {
    let Some(schema_pointer) = &media.schema_pointer else {
        return Vec::new();
    };
    let properties_pointer = format!("{schema_pointer}/properties");
    let Some(properties) = document
        .pointer(&properties_pointer)
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    properties
        .iter()
        .filter_map(|(name, schema)| {
            let what = match declared_type(document, schema) {
                Some("object") => "an object",
                Some("array") => "a list",
                _ => return None,
            };
            Some(Unencodable {
                pointer: pointer_push(&properties_pointer, name),
                message: format!(
                    "the form field `{name}` is {what}, which a form cannot carry (the client \
                     writes one value per field): flatten it into fields of their own, or send \
                     `multipart/form-data` with `encoding: {{{name}: {{contentType: \
                     application/json}}}}`"
                ),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(content: Value) -> (Value, RequestBody) {
        let document = json!({"paths": {"/x": {"post": {
            "operationId": "x",
            "requestBody": {"content": content},
        }}}});
        let operations = crate::walk::operations_in(&document);
        let body = RequestBody::of(&document, &operations[0]).unwrap();
        (document.clone(), body)
    }

    #[test]
    fn json_is_chosen_before_a_form_and_the_rest() {
        let (_, body) = body(json!({
            "application/xml": {},
            "application/x-www-form-urlencoded": {},
            "application/vnd.api+json": {},
            "application/json": {},
        }));
        assert_eq!(body.chosen().media_type, "application/json");
        let (_, body) = body_without_plain_json();
        assert_eq!(
            body.chosen().media_type,
            "application/x-www-form-urlencoded"
        );
    }

    fn body_without_plain_json() -> (Value, RequestBody) {
        body(
            json!({"application/xml": {}, "application/x-www-form-urlencoded": {}, "text/csv": {}}),
        )
    }

    #[test]
    fn parts_are_files_text_or_json_by_schema_and_encoding() {
        let (document, body) = body(json!({"multipart/form-data": {
            "schema": {"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"},
                "title": {"type": "string"},
                "meta": {"type": "object", "properties": {"a": {"type": "string"}}},
                "tags": {"type": "array", "items": {"type": "string"}},
                "csv": {"type": "string"},
            }},
            "encoding": {"file": {"contentType": "image/png, image/jpeg"}, "csv": {"contentType": "text/csv"}},
        }}));
        let parts = multipart_parts(&document, body.chosen()).unwrap();
        let seen: Vec<(&str, bool, bool, &PartKind, &str)> = parts
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.required,
                    p.repeated,
                    &p.kind,
                    p.content_type.as_str(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("csv", false, false, &PartKind::Text, "text/csv"),
                ("file", true, false, &PartKind::File, "image/png"),
                ("meta", false, false, &PartKind::Json, "application/json"),
                ("tags", false, true, &PartKind::Text, "text/plain"),
                ("title", false, false, &PartKind::Text, "text/plain"),
            ]
        );
    }

    #[test]
    fn an_object_sent_as_text_cannot_be_encoded() {
        let (document, body) = body(json!({"multipart/form-data": {
            "schema": {"type": "object", "properties": {"meta": {"type": "object"}}},
            "encoding": {"meta": {"contentType": "text/plain"}},
        }}));
        let refused = multipart_parts(&document, body.chosen()).unwrap_err();
        assert!(refused.pointer.ends_with("/encoding/meta"), "{refused:?}");
    }

    #[test]
    fn objects_and_lists_in_a_form_are_refused() {
        let (document, body) = body(json!({"application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {
                "a": {"type": "string"},
                "b": {"type": "object"},
                "c": {"type": "array", "items": {"type": "string"}},
            }},
        }}));
        let refused: Vec<String> = unencodable_form_fields(&document, body.chosen())
            .into_iter()
            .map(|u| u.pointer)
            .collect();
        assert_eq!(refused.len(), 2);
        assert!(refused[0].ends_with("/properties/b"));
    }
}

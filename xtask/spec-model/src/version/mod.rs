//! The versions of OpenAPI a spec may be written in, and the one form every
//! tool reads.
//!
//! A spec is read as written: OpenAPI 3.0.x, OpenAPI 3.1.x (with JSON Schema
//! 2020-12 meaning) or Swagger 2.0. Before anything else reads it, a 3.1 or
//! 2.0 document is lowered to the OpenAPI 3.0 form the rest of the pipeline
//! reads ([`openapi31`], [`swagger2`]): the same API, spelled as 3.0 spells
//! it. Each lowering keeps [`Origins`], which say where each node of the
//! lowered document was written, so that every diagnostic still names the
//! file, line and column of the node as written.
//!
//! What the generator cannot express is refused at its node, with what to
//! write instead ([`Refusal`]); nothing is dropped silently.

pub mod openapi31;
pub mod swagger2;
pub mod upgrade;

use serde_json::Value;

/// The version a spec is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// OpenAPI 3.0.x: read as it is.
    OpenApi30,
    /// OpenAPI 3.1.x: lowered by [`openapi31`].
    OpenApi31,
    /// Swagger 2.0: lowered by [`swagger2`].
    Swagger20,
}

impl Version {
    /// How messages name it: `OpenAPI 3.0`, `OpenAPI 3.1`, `Swagger 2.0`.
    pub fn name(self) -> &'static str {
        match self {
            Version::OpenApi30 => "OpenAPI 3.0",
            Version::OpenApi31 => "OpenAPI 3.1",
            Version::Swagger20 => "Swagger 2.0",
        }
    }
}

/// Where the nodes of a lowered document were written: pairs of a pointer
/// prefix in the lowered document and the pointer of the node as written.
/// A pointer under no recorded prefix was written where it is.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    moved: Vec<(String, String)>,
    /// What the lowering read as its writer meant though the version says
    /// otherwise, by the lowered pointer: lint reports each (rule
    /// `version-leftover`); codegen takes the spec.
    notes: Vec<(String, String)>,
}

impl Origins {
    /// A node read as its writer meant, not as the version has it.
    pub fn note(&mut self, lowered: impl Into<String>, message: impl Into<String>) {
        self.notes.push((lowered.into(), message.into()));
    }

    /// The notes, by lowered pointer.
    pub fn notes(&self) -> &[(String, String)] {
        &self.notes
    }

    /// The node at `lowered` (and everything under it) was written at
    /// `written`.
    pub fn record(&mut self, lowered: impl Into<String>, written: impl Into<String>) {
        let (lowered, written) = (lowered.into(), written.into());
        if lowered != written {
            self.moved.push((lowered, written));
        }
    }

    /// The pointer, as written, of the node at `pointer` in the lowered
    /// document: the longest recorded prefix is replaced (applied again
    /// while one applies, for a node moved twice).
    pub fn written(&self, pointer: &str) -> String {
        let mut pointer = pointer.to_owned();
        // Each recorded move applies at most once: no loop.
        let mut used = vec![false; self.moved.len()];
        loop {
            let best = self
                .moved
                .iter()
                .enumerate()
                .filter(|(i, (lowered, _))| !used[*i] && is_under(&pointer, lowered))
                .max_by_key(|(i, (lowered, _))| (lowered.len(), *i));
            let Some((i, (lowered, written))) = best else {
                return pointer;
            };
            used[i] = true;
            pointer = format!("{written}{}", &pointer[lowered.len()..]);
        }
    }
}

/// `pointer` is `prefix` or a node under it.
fn is_under(pointer: &str, prefix: &str) -> bool {
    pointer == prefix
        || (pointer.starts_with(prefix) && pointer.as_bytes().get(prefix.len()) == Some(&b'/'))
}

/// What a lowering refuses: the node (its pointer in the document as
/// written) and what is wrong there, with what to write instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The pointer of the node as written.
    pub pointer: String,
    /// What is wrong, and what to write instead.
    pub message: String,
}

/// A document in the form every tool reads, and where its nodes were
/// written.
#[derive(Debug)]
pub struct Lowered {
    /// The version the spec is written in.
    pub version: Version,
    /// The document in OpenAPI 3.0 form.
    pub document: Value,
    /// Where each node of `document` was written.
    pub origins: Origins,
    /// The document as written (for 3.0, `Null`: it is `document`).
    pub written: Value,
}

/// The version `document` says it is written in, or why it is none that is
/// read (the pointer of the version node, and the message).
pub fn version_of(document: &Value) -> Result<Version, Refusal> {
    let refuse = |pointer: &str, message: String| Refusal {
        pointer: pointer.into(),
        message,
    };
    match document.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") => Ok(Version::OpenApi30),
        Some(Value::String(v)) if v.starts_with("3.1.") => Ok(Version::OpenApi31),
        Some(v) => {
            let shown = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            Err(refuse(
                "/openapi",
                format!(
                    "OpenAPI {shown} is not supported: write `openapi: 3.1.0` (or `3.0.3`, or \
                     `swagger: \"2.0\"`), the versions that are read"
                ),
            ))
        }
        None => match document.get("swagger") {
            Some(Value::String(v)) if v == "2.0" => Ok(Version::Swagger20),
            Some(Value::Number(n)) if n.as_f64() == Some(2.0) => Err(refuse(
                "/swagger",
                "`swagger: 2.0` is a number here, and the version is text: quote it, \
                 `swagger: \"2.0\"`"
                    .into(),
            )),
            Some(v) => {
                let shown = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                Err(refuse(
                    "/swagger",
                    format!(
                        "Swagger {shown} is not supported: write `swagger: \"2.0\"` (quoted) for a \
                         Swagger 2.0 spec, or `openapi: 3.1.0`"
                    ),
                ))
            }
            None => Err(refuse(
                "",
                "missing `openapi: 3.1.0` (or `3.0.3`, or `swagger: \"2.0\"`) at the top of the \
                 document"
                    .into(),
            )),
        },
    }
}

/// Lowers `document` to the OpenAPI 3.0 form, or refuses the first node it
/// cannot express.
pub fn lower(document: Value) -> Result<Lowered, Refusal> {
    let version = version_of(&document)?;
    let (lowered, origins, written) = match version {
        Version::OpenApi30 => (document, Origins::default(), Value::Null),
        Version::OpenApi31 => {
            let (lowered, origins) = openapi31::lower(document.clone())?;
            (lowered, origins, document)
        }
        Version::Swagger20 => {
            let (lowered, origins) = swagger2::lower(document.clone())?;
            (lowered, origins, document)
        }
    };
    Ok(Lowered {
        version,
        document: lowered,
        origins,
        written,
    })
}

/// `name` in UpperCamelCase: `order-created` is `OrderCreated`.
pub(crate) fn upper_camel(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// Rewrites every `$ref` string in `value` (not inside examples, which are
/// data, nor `x-` extensions) with `rewrite`.
pub(crate) fn rewrite_refs(value: &mut Value, rewrite: &dyn Fn(&str) -> Option<String>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object.iter_mut() {
                if key == "$ref" {
                    if let Some(new) = child.as_str().and_then(rewrite) {
                        *child = Value::String(new);
                    }
                } else if key != "example" && key != "examples" && !key.starts_with("x-") {
                    rewrite_refs(child, rewrite);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite_refs(item, rewrite);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_node_and_what_is_under_it_are_found_where_written() {
        let mut origins = Origins::default();
        origins.record("/components/schemas", "/definitions");
        origins.record(
            "/paths/~1a/post/requestBody",
            "/paths/~1a/post/parameters/0",
        );
        origins.record(
            "/paths/~1a/post/requestBody/content/application~1json/schema",
            "/paths/~1a/post/parameters/0/schema",
        );
        assert_eq!(
            origins.written("/components/schemas/Order/properties/id"),
            "/definitions/Order/properties/id"
        );
        assert_eq!(
            origins.written("/components/schemasX"),
            "/components/schemasX"
        );
        assert_eq!(
            origins.written("/paths/~1a/post/requestBody/content/application~1json/schema/items"),
            "/paths/~1a/post/parameters/0/schema/items"
        );
        assert_eq!(
            origins.written("/paths/~1a/post/requestBody/required"),
            "/paths/~1a/post/parameters/0/required"
        );
        assert_eq!(origins.written("/info"), "/info");
    }

    #[test]
    fn versions_that_are_not_read_are_named_with_what_to_write() {
        let refused = |document: Value| version_of(&document).unwrap_err();
        let e = refused(serde_json::json!({"openapi": "3.2.0"}));
        assert_eq!(e.pointer, "/openapi");
        assert!(
            e.message.contains("OpenAPI 3.2.0 is not supported"),
            "{e:?}"
        );
        let e = refused(serde_json::json!({"swagger": "1.2"}));
        assert_eq!(e.pointer, "/swagger");
        assert!(e.message.contains("Swagger 1.2 is not supported"), "{e:?}");
        assert_eq!(
            version_of(&serde_json::json!({"swagger": "2.0"})).unwrap(),
            Version::Swagger20
        );
    }
}

//! Request bodies that are not a typed JSON or form body, as the generated
//! builders hold them: bytes or a stream ([`stream_body`]), a file part of a
//! multipart body ([`FilePart`]), the parts of one ([`Multipart`]), and a
//! body in another media type the operation documents ([`RawBody`]).
//!
//! **Streams are sent once.** A body given as bytes is copied for each
//! attempt, so a call is retried as its operation allows. A stream cannot be
//! replayed: a call whose body (or a part of whose multipart body) is a
//! stream is never sent a second time, whatever the retry policy. A
//! multipart body is always a stream to the HTTP client, so a multipart
//! upload is sent once.

use std::fmt;

pub use bytes::Bytes;
pub use futures_core::TryStream;
use reqwest::header::{CONTENT_TYPE, HeaderValue};
use reqwest::multipart::{Form, Part};

/// What an error of a stream body may be.
pub type StreamError = Box<dyn std::error::Error + Send + Sync>;

/// A body read from a stream of byte chunks, sent once (see the module
/// docs).
pub fn stream_body<S>(stream: S) -> reqwest::Body
where
    S: TryStream + Send + 'static,
    S::Error: Into<StreamError>,
    Bytes: From<S::Ok>,
{
    reqwest::Body::wrap_stream(stream)
}

/// A file for a part of a multipart body: its bytes or a stream, with the
/// file name and the content type it is sent with.
pub struct FilePart {
    body: FileBody,
    file_name: Option<String>,
    content_type: Option<String>,
}

enum FileBody {
    Bytes(Bytes),
    Stream(reqwest::Body),
}

impl FilePart {
    /// A file of these bytes.
    pub fn bytes(bytes: impl Into<Bytes>) -> FilePart {
        FilePart {
            body: FileBody::Bytes(bytes.into()),
            file_name: None,
            content_type: None,
        }
    }

    /// A file read from a stream of byte chunks: the upload is sent once
    /// (see the module docs).
    pub fn stream<S>(stream: S) -> FilePart
    where
        S: TryStream + Send + 'static,
        S::Error: Into<StreamError>,
        Bytes: From<S::Ok>,
    {
        FilePart {
            body: FileBody::Stream(stream_body(stream)),
            file_name: None,
            content_type: None,
        }
    }

    /// The file name sent with the part (`filename` in its
    /// `Content-Disposition`).
    pub fn file_name(mut self, name: impl Into<String>) -> FilePart {
        self.file_name = Some(name.into());
        self
    }

    /// The content type of the part; the one the spec declares for it when
    /// not set.
    pub fn content_type(mut self, media_type: impl Into<String>) -> FilePart {
        self.content_type = Some(media_type.into());
        self
    }
}

/// Shows the file name, the content type and the size, never the bytes.
impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown = f.debug_struct("FilePart");
        match &self.body {
            FileBody::Bytes(bytes) => shown.field("bytes", &bytes.len()),
            FileBody::Stream(_) => shown.field("bytes", &"<stream>"),
        };
        shown
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

/// The parts of a multipart body, in the order given, as a generated form
/// builder collects them; a part that could not be encoded fails the call
/// with `Error::InvalidRequest` when it is sent.
#[derive(Default)]
pub struct Multipart {
    parts: Vec<(&'static str, Result<Part, String>)>,
}

impl Multipart {
    /// A part holding `value` as text, sent with `content_type` (RFC 7578's
    /// default, `text/plain`, is left unsaid).
    pub fn text(&mut self, name: &'static str, value: String, content_type: &'static str) {
        let part = Part::text(value);
        let part = if content_type.eq_ignore_ascii_case("text/plain") {
            Ok(part)
        } else {
            with_type(part, name, content_type)
        };
        self.parts.push((name, part));
    }

    /// A part holding `value` encoded as JSON, sent with `content_type`.
    pub fn json<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        content_type: &'static str,
    ) {
        let part = serde_json::to_vec(value)
            .map_err(|e| format!("the part `{name}` could not be encoded as JSON: {e}"))
            .and_then(|json| with_type(Part::bytes(json), name, content_type));
        self.parts.push((name, part));
    }

    /// A file part, sent with its own content type, or `content_type` (the
    /// spec's) when it has none.
    pub fn file(&mut self, name: &'static str, file: FilePart, content_type: &'static str) {
        let part = match file.body {
            FileBody::Bytes(bytes) => {
                let length = bytes.len() as u64;
                Part::stream_with_length(reqwest::Body::from(bytes), length)
            }
            FileBody::Stream(body) => Part::stream(body),
        };
        let part = match file.file_name {
            Some(file_name) => part.file_name(file_name),
            None => part,
        };
        let media_type = file.content_type.as_deref().unwrap_or(content_type);
        self.parts.push((name, with_type(part, name, media_type)));
    }

    /// The form to send, once every name in `required` has a part.
    pub fn into_form(self, required: &[&str]) -> Result<Form, String> {
        if let Some(missing) = required
            .iter()
            .find(|name| !self.parts.iter().any(|(given, _)| given == *name))
        {
            return Err(format!(
                "the part `{missing}` is required and was not given"
            ));
        }
        self.parts
            .into_iter()
            .try_fold(Form::new(), |form, (name, part)| Ok(form.part(name, part?)))
    }

    /// The names of the parts given, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.parts.iter().map(|(name, _)| *name).collect()
    }
}

/// Shows which parts were given, never their contents.
impl fmt::Debug for Multipart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Multipart")
            .field("parts", &self.names())
            .finish()
    }
}

fn with_type(part: Part, name: &str, media_type: &str) -> Result<Part, String> {
    part.mime_str(media_type).map_err(|_| {
        format!("the part `{name}` has the content type `{media_type}`, which is none")
    })
}

/// A request built with `multipart` as its body (with its boundary in the
/// `Content-Type`, and its length when every part's is known).
pub fn with_multipart(
    client: &reqwest::Client,
    request: reqwest::Request,
    multipart: Form,
) -> Result<reqwest::Request, reqwest::Error> {
    reqwest::RequestBuilder::from_parts(client.clone(), request)
        .multipart(multipart)
        .build()
}

/// Sets the `Content-Type` of a built request, replacing any (a request
/// builder's `header` adds a second one instead).
pub fn set_content_type(request: &mut reqwest::Request, media_type: &'static str) {
    request
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
}

/// A body in one of the media types an operation documents, as bytes, sent
/// instead of the body the builder types.
#[derive(Clone, Debug)]
pub struct RawBody {
    content_type: HeaderValue,
    body: Bytes,
}

impl RawBody {
    /// `body` as `media_type`, when the operation documents that media type
    /// (compared without parameters, in any case); otherwise why not.
    pub fn new(
        documented: &[&str],
        media_type: &str,
        body: impl Into<Bytes>,
    ) -> Result<RawBody, String> {
        let essence = |m: &str| {
            m.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        };
        if !documented.iter().any(|d| essence(d) == essence(media_type)) {
            return Err(format!(
                "the operation does not document a `{media_type}` body: it takes {}",
                documented.join(", ")
            ));
        }
        let content_type = HeaderValue::from_str(media_type)
            .map_err(|_| format!("`{media_type}` cannot be sent as a header"))?;
        Ok(RawBody {
            content_type,
            body: body.into(),
        })
    }

    /// Makes `request` carry this body and its media type.
    pub fn apply(self, request: &mut reqwest::Request) {
        request
            .headers_mut()
            .insert(CONTENT_TYPE, self.content_type);
        *request.body_mut() = Some(reqwest::Body::from(self.body));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_body_must_be_of_a_documented_media_type() {
        let documented = ["application/json", "application/xml"];
        assert!(RawBody::new(&documented, "Application/XML; charset=utf-8", "<a/>").is_ok());
        let refused = RawBody::new(&documented, "text/csv", "a,b").unwrap_err();
        assert!(
            refused.contains("application/json, application/xml"),
            "{refused}"
        );
    }

    #[test]
    fn a_missing_required_part_fails_before_sending() {
        let mut parts = Multipart::default();
        parts.text("title", "t".into(), "text/plain");
        assert_eq!(
            parts.into_form(&["file"]).unwrap_err(),
            "the part `file` is required and was not given"
        );
    }

    #[test]
    fn a_file_part_shows_no_bytes() {
        let file = FilePart::bytes(vec![1, 2, 3]).file_name("a.bin");
        assert_eq!(
            format!("{file:?}"),
            r#"FilePart { bytes: 3, file_name: Some("a.bin"), content_type: None }"#
        );
    }
}

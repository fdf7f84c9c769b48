//! Bodies that are not JSON: bytes with their media type, and a download
//! read as a stream.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;

/// A body the client does not type (a PDF, an image, a CSV export, XML,
/// `application/octet-stream`): its bytes as they came, and the media type
/// the server said they are.
#[derive(Clone, PartialEq, Eq)]
pub struct Binary {
    content_type: Option<String>,
    bytes: Bytes,
}

impl Binary {
    /// Bytes of the media type `content_type`, as a request body or a
    /// mock's answer takes them.
    pub fn new(content_type: Option<String>, bytes: impl Into<Bytes>) -> Self {
        Binary {
            content_type,
            bytes: bytes.into(),
        }
    }

    /// The `Content-Type` the server sent, if any.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// The bytes, owned.
    pub fn into_bytes(self) -> Bytes {
        self.bytes
    }
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The bytes may be a document about a person: their size only.
        f.debug_struct("Binary")
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// The text body of a documented error (`text/plain`, `text/html`...):
/// the text, which [`as_str`](Self::as_str) and `Deref` give, shown by
/// `Debug` by its length only, since an error page may echo a request's
/// personal data.
#[derive(Clone, PartialEq, Eq)]
pub struct ErrorText(String);

impl ErrorText {
    /// The text, as a response or a mock's answer carries it.
    pub fn new(text: impl Into<String>) -> Self {
        ErrorText(text.into())
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, owned.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::ops::Deref for ErrorText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ErrorText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ErrorText(<{} bytes>)", self.0.len())
    }
}

/// A response body read as it arrives, chunk by chunk, so that a download
/// of any size runs in bounded memory. A chunk that cannot be read (the
/// connection lost, the call's deadline) ends the stream with the error,
/// whose message shows no URL; what was read before is not sent again.
pub struct BodyStream {
    inner: Pin<Box<dyn Stream<Item = Result<Bytes, reqwest::Error>> + Send + Sync>>,
}

impl BodyStream {
    pub(crate) fn new(response: reqwest::Response) -> Self {
        let chunks = futures_util::stream::unfold(Some(response), |response| async move {
            let mut response = response?;
            match response.chunk().await {
                Ok(Some(chunk)) => Some((Ok(chunk), Some(response))),
                Ok(None) => None,
                Err(error) => Some((Err(error.without_url()), None)),
            }
        });
        BodyStream {
            inner: Box::pin(chunks),
        }
    }
}

impl Stream for BodyStream {
    type Item = Result<Bytes, reqwest::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl fmt::Debug for BodyStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BodyStream").finish_non_exhaustive()
    }
}

//! What a successful call gives its caller: the decoded body, the status,
//! the headers, and what the call did (its request id and attempts), as an
//! error carries them.

use std::fmt;
use std::ops::{Deref, DerefMut};

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::call::CallInfo;
use crate::operation::Operation;

/// A documented response: the value its body decoded to (which this
/// dereferences to), its status and headers, and, for a response a call
/// received, what the call did.
///
/// It replaces progenitor's `ResponseValue`, which had no room for the
/// call: the methods that one has for any `T` are here with the same
/// signatures (`new`, `into_inner`, `status`, `headers`, `content_length`,
/// `map`, and `Deref`, `DerefMut`, `AsRef`), so code that called them
/// compiles unchanged; its constructors and methods for progenitor's own
/// byte streams are not (a streamed body here is a
/// [`BodyStream`](crate::BodyStream)), and code that named
/// `progenitor_client::ResponseValue` names this type instead. A value made
/// with [`new`](Self::new), as a test makes one, has no call.
pub struct ResponseValue<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
    call: Option<CallInfo>,
}

impl<T> ResponseValue<T> {
    /// A response that no call received (a test's, or a value mapped into
    /// another): [`call`](Self::call) is `None`.
    pub fn new(inner: T, status: StatusCode, headers: HeaderMap) -> Self {
        ResponseValue {
            inner,
            status,
            headers,
            call: None,
        }
    }

    pub(crate) fn received(
        inner: T,
        status: StatusCode,
        headers: HeaderMap,
        call: CallInfo,
    ) -> Self {
        ResponseValue {
            inner,
            status,
            headers,
            call: Some(call),
        }
    }

    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The `Content-Length` the response announced, if any.
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get(reqwest::header::CONTENT_LENGTH)?
            .to_str()
            .ok()?
            .parse()
            .ok()
    }

    /// What the call did: the operation, its attempts and its request id;
    /// `None` for a value made with [`new`](Self::new).
    pub fn call(&self) -> Option<&CallInfo> {
        self.call.as_ref()
    }

    /// The call's request id (see [`CallInfo::request_id`]): quote it when
    /// asking the API's vendor about this call.
    pub fn request_id(&self) -> Option<&str> {
        self.call.as_ref().and_then(CallInfo::request_id)
    }

    /// How many attempts the call made, the first included (more than one
    /// when a transient failure was retried); 0 for a value made with
    /// [`new`](Self::new).
    pub fn attempts(&self) -> u32 {
        self.call.as_ref().map_or(0, CallInfo::attempts)
    }

    /// The operation called, for a response a call received.
    pub fn operation(&self) -> Option<&'static Operation> {
        self.call.as_ref().map(CallInfo::operation)
    }

    /// The same response with its value changed by `f`; the status,
    /// headers and call are kept. Always `Ok`: the signature is
    /// progenitor's, so that code written against it compiles.
    pub fn map<U, F, E>(self, f: F) -> Result<ResponseValue<U>, E>
    where
        F: FnOnce(T) -> U,
    {
        Ok(ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
            call: self.call,
        })
    }
}

impl<T> AsRef<T> for ResponseValue<T> {
    fn as_ref(&self) -> &T {
        &self.inner
    }
}

impl<T> Deref for ResponseValue<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for ResponseValue<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

impl<T: fmt::Debug> fmt::Debug for ResponseValue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values may hold secrets: their names only. The value is
        // the model's own `Debug`, which hides what the spec marks secret.
        f.debug_struct("ResponseValue")
            .field("status", &self.status)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("inner", &self.inner)
            .field("call", &self.call)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_made_by_hand_has_no_call_and_maps_keep_the_status() {
        let mut headers = HeaderMap::new();
        headers.insert(reqwest::header::CONTENT_LENGTH, "12".parse().unwrap());
        let value = ResponseValue::new(3_u8, StatusCode::CREATED, headers);
        assert_eq!(value.attempts(), 0);
        assert_eq!(value.request_id(), None);
        assert_eq!(value.content_length(), Some(12));
        let mapped = value.map::<_, _, ()>(|n| n * 2).unwrap();
        assert_eq!(*mapped, 6);
        assert_eq!(mapped.as_ref(), &6);
        assert_eq!(mapped.status(), StatusCode::CREATED);
    }

    #[test]
    fn debug_shows_header_names_not_values() {
        let mut headers = HeaderMap::new();
        headers.insert("x-session", "planted-secret".parse().unwrap());
        let shown = format!("{:?}", ResponseValue::new((), StatusCode::OK, headers));
        assert!(shown.contains("x-session"), "{shown}");
        assert!(!shown.contains("planted-secret"), "{shown}");
    }
}

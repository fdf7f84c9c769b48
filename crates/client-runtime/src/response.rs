//! The complete response a call ended with, and its decoding into what the
//! spec documents for its status.

use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;

use crate::binary::{Binary, ErrorText};
use crate::call::CallInfo;
use crate::drift;
use crate::error::{DocumentedError, Error, UnexpectedResponse};
use crate::response_value::ResponseValue;

/// The response a call ended with: any status, its headers and its whole
/// body. Generated code matches on [`status`](Self::status), each
/// documented code before its range and `default` last, and decodes with
/// [`success`](Self::success), [`empty`](Self::empty),
/// [`error`](Self::error) or [`unexpected`](Self::unexpected); where an
/// operation's statuses carry different bodies, into the variant of the
/// status with [`success_with`](Self::success_with),
/// [`success_without_body`](Self::success_without_body),
/// [`error_with`](Self::error_with) or
/// [`error_without_body`](Self::error_without_body).
pub struct Response {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    call: CallInfo,
    /// Whether decoding reports drift ([`crate::drift`]).
    report_drift: bool,
}

impl Response {
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, body: Bytes, call: CallInfo) -> Self {
        Response {
            status,
            headers,
            body,
            call,
            report_drift: false,
        }
    }

    /// The same response, decoding with drift reports on or off.
    pub(crate) fn with_drift_report(mut self, on: bool) -> Self {
        self.report_drift = on;
        self
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The whole body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// What the call did.
    pub fn call(&self) -> &CallInfo {
        &self.call
    }

    /// The call's request id (see [`CallInfo::request_id`]).
    pub fn request_id(&self) -> Option<&str> {
        self.call.request_id()
    }

    /// A documented success: the body decoded as JSON into `T`. A body that
    /// does not decode is an [`Error::UnexpectedResponse`] that keeps the
    /// status, the body and the decode error. When the client reports drift
    /// ([`ClientBuilder::report_drift`](crate::ClientBuilder::report_drift)),
    /// a body that decoded is then compared with `T`'s JSON Schema.
    pub fn success<T: DeserializeOwned + JsonSchema + 'static, E>(
        self,
    ) -> Result<ResponseValue<T>, Error<E>> {
        self.success_with(std::convert::identity)
    }

    /// A documented success whose body decodes as `B`, which `wrap` makes
    /// into the operation's success value: the variant of its status in
    /// the operation's enum. Decoded, reported and failed as
    /// [`success`](Self::success) does, against `B`.
    pub fn success_with<B: DeserializeOwned + JsonSchema + 'static, T, E>(
        self,
        wrap: fn(B) -> T,
    ) -> Result<ResponseValue<T>, Error<E>> {
        match serde_json::from_slice(&self.body) {
            Ok(value) => {
                if self.report_drift {
                    drift::report::<B>(&self.body, self.status, &self.call);
                }
                Ok(ResponseValue::received(
                    wrap(value),
                    self.status,
                    self.headers,
                    self.call,
                ))
            }
            Err(e) => Err(self.into_unexpected(Some(e))),
        }
    }

    /// A documented success whose body is text (`text/plain`, `text/csv`...),
    /// made into the operation's success value by `wrap`. Bytes that are
    /// not UTF-8 are replaced with U+FFFD, as `String::from_utf8_lossy`
    /// does.
    pub fn success_text_with<T, E>(
        self,
        wrap: fn(String) -> T,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let text = String::from_utf8_lossy(&self.body).into_owned();
        Ok(ResponseValue::received(
            wrap(text),
            self.status,
            self.headers,
            self.call,
        ))
    }

    /// A documented success whose body the client does not type: its bytes
    /// and media type ([`Binary`]), made into the success value by `wrap`.
    pub fn success_binary_with<T, E>(
        self,
        wrap: fn(Binary) -> T,
    ) -> Result<ResponseValue<T>, Error<E>> {
        let binary = self.binary();
        Ok(ResponseValue::received(
            wrap(binary),
            self.status,
            self.headers,
            self.call,
        ))
    }

    /// A documented success without a body (whatever body came is dropped).
    pub fn empty<E>(self) -> Result<ResponseValue<()>, Error<E>> {
        self.success_without_body(())
    }

    /// A documented success without a body, answered as `value` (the
    /// variant of its status); whatever body came is dropped.
    pub fn success_without_body<T, E>(self, value: T) -> Result<ResponseValue<T>, Error<E>> {
        Ok(ResponseValue::received(
            value,
            self.status,
            self.headers,
            self.call,
        ))
    }

    /// A documented error status: an [`Error::Documented`] when the body
    /// decodes as JSON into `E`, else an [`Error::UnexpectedResponse`] with
    /// the status, the body and the decode error (a gateway's own JSON, an
    /// HTML error page). A body that decoded is compared with `E`'s JSON
    /// Schema when the client reports drift, as in [`success`](Self::success).
    pub fn error<E: DeserializeOwned + JsonSchema + 'static>(self) -> Error<E> {
        self.error_with(std::convert::identity)
    }

    /// A documented error status whose body decodes as `B`, which `wrap`
    /// makes into the operation's error value (the variant of its status):
    /// an [`Error::Documented`], or as [`error`](Self::error) fails.
    pub fn error_with<B: DeserializeOwned + JsonSchema + 'static, E>(
        self,
        wrap: fn(B) -> E,
    ) -> Error<E> {
        match serde_json::from_slice(&self.body) {
            Ok(value) => {
                if self.report_drift {
                    drift::report::<B>(&self.body, self.status, &self.call);
                }
                Error::Documented(DocumentedError::new(
                    wrap(value),
                    self.status,
                    self.headers,
                    self.call,
                ))
            }
            Err(e) => self.into_unexpected(Some(e)),
        }
    }

    /// A documented error status without a body: an
    /// [`Error::Documented`] holding `value` (the variant of its status,
    /// or `()`); whatever body came is dropped.
    pub fn error_without_body<E>(self, value: E) -> Error<E> {
        Error::Documented(DocumentedError::new(
            value,
            self.status,
            self.headers,
            self.call,
        ))
    }

    /// A documented error status whose body is text: an
    /// [`Error::Documented`] holding `wrap` of it as an [`ErrorText`],
    /// which `Debug` shows by its length (see
    /// [`success_text_with`](Self::success_text_with)).
    pub fn error_text_with<E>(self, wrap: fn(ErrorText) -> E) -> Error<E> {
        let text = ErrorText::new(String::from_utf8_lossy(&self.body));
        Error::Documented(DocumentedError::new(
            wrap(text),
            self.status,
            self.headers,
            self.call,
        ))
    }

    /// A documented error status whose body the client does not type: an
    /// [`Error::Documented`] holding `wrap` of its [`Binary`].
    pub fn error_binary_with<E>(self, wrap: fn(Binary) -> E) -> Error<E> {
        let binary = self.binary();
        Error::Documented(DocumentedError::new(
            wrap(binary),
            self.status,
            self.headers,
            self.call,
        ))
    }

    fn binary(&self) -> Binary {
        let content_type = self
            .headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Binary::new(content_type, self.body.clone())
    }

    /// A status the spec does not document: an
    /// [`Error::UnexpectedResponse`] with the status and the body.
    pub fn unexpected<E>(self) -> Error<E> {
        self.into_unexpected(None)
    }

    fn into_unexpected<E>(self, decode_error: Option<serde_json::Error>) -> Error<E> {
        Error::UnexpectedResponse(UnexpectedResponse::new(
            self.status,
            self.headers,
            self.body,
            decode_error,
            self.call,
        ))
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values and the body may hold secrets or personal data.
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("body_len", &self.body.len())
            .field("call", &self.call)
            .finish()
    }
}

//! What a call that failed gives its caller.
//!
//! Nothing here prints a URL, a query, a credential or a raw body: the URL
//! is stripped from every `reqwest` error kept, headers show by name only,
//! and raw bodies by size (so does a decode error, whose message may quote
//! the body). Only the `Debug` of a [`DocumentedError`] shows its decoded
//! body: the documented error, the API's own account of what went wrong.
//! The body and the headers stay reachable through methods, for code that
//! means to look at them.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::call::{CallInfo, CallSuffix, OperationName};
use crate::classify::{self, Failure};
use crate::credentials::MissingCredential;
use crate::operation::Operation;
use crate::paging::PagingError;
use crate::response_value::ResponseValue;
use crate::token::TokenError;

/// Why a call failed.
///
/// Every variant but [`InvalidRequest`](Self::InvalidRequest),
/// [`MissingCredential`](Self::MissingCredential) and
/// [`Paging`](Self::Paging) was sent, and carries the [`CallInfo`]:
/// operation, attempts, request id.
#[non_exhaustive]
pub enum Error<E> {
    /// The request could not be made from the arguments given, so it was
    /// never sent.
    InvalidRequest(String),
    /// The operation needs a credential the client was built without, so
    /// the request was never sent; the error names the security schemes.
    MissingCredential(MissingCredential),
    /// No token could be had from the client's token source, so the
    /// request was never sent: the token endpoint refused the client
    /// (not retried), or stayed unavailable through the call's retries.
    Token(TokenError),
    /// A status the spec documents as an error, with a body that decoded to
    /// its documented type `E`.
    Documented(DocumentedError<E>),
    /// A status the spec does not document, or a body (of a success or of an
    /// error) that does not decode as documented: the status, the headers
    /// and the raw body are kept.
    UnexpectedResponse(UnexpectedResponse),
    /// No complete response arrived: no connection, a timeout, the call's
    /// deadline, or a connection lost on the way.
    Communication(CommunicationError),
    /// A paged stream stopped because the server's pages would make it
    /// loop (see [`crate::paging`]); every page before was good.
    Paging(PagingError),
}

impl<E> From<PagingError> for Error<E> {
    fn from(error: PagingError) -> Self {
        Self::Paging(error)
    }
}

impl<E> Error<E> {
    /// The response's status, if one arrived (also when its body was then
    /// cut off).
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::InvalidRequest(_)
            | Self::MissingCredential(_)
            | Self::Token(_)
            | Self::Paging(_) => None,
            Self::Documented(e) => Some(e.status()),
            Self::UnexpectedResponse(e) => Some(e.status()),
            Self::Communication(e) => e.status(),
        }
    }

    /// The response's headers, if a response arrived.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Self::InvalidRequest(_)
            | Self::MissingCredential(_)
            | Self::Token(_)
            | Self::Paging(_) => None,
            Self::Documented(e) => Some(e.headers()),
            Self::UnexpectedResponse(e) => Some(e.headers()),
            Self::Communication(e) => e.headers(),
        }
    }

    /// What the call did, if it was sent.
    pub fn call(&self) -> Option<&CallInfo> {
        match self {
            Self::InvalidRequest(_)
            | Self::MissingCredential(_)
            | Self::Token(_)
            | Self::Paging(_) => None,
            Self::Documented(e) => Some(e.call()),
            Self::UnexpectedResponse(e) => Some(e.call()),
            Self::Communication(e) => Some(e.call()),
        }
    }

    /// The call's request id (see [`CallInfo::request_id`]).
    pub fn request_id(&self) -> Option<&str> {
        self.call().and_then(CallInfo::request_id)
    }

    /// How many attempts the call made; 0 if it was never sent.
    pub fn attempts(&self) -> u32 {
        self.call().map_or(0, CallInfo::attempts)
    }

    /// The operation called, if the call was sent.
    pub fn operation(&self) -> Option<&'static Operation> {
        self.call().map(CallInfo::operation)
    }

    /// Whether the failure is transient and the operation safe to send
    /// again: the rule the runtime retries by (see the crate
    /// documentation). When this is true the runtime has already retried
    /// as far as its policy and the call's deadline allowed; a later call
    /// may succeed.
    pub fn is_retryable(&self) -> bool {
        let failure = match self {
            Self::Token(e) => return e.is_retryable(),
            Self::InvalidRequest(_) | Self::MissingCredential(_) | Self::Paging(_) => return false,
            Self::Documented(e) => Failure::Status(e.status()),
            Self::UnexpectedResponse(e) => Failure::Status(e.status()),
            Self::Communication(e) => Failure::Communication(e.kind()),
        };
        self.operation()
            .is_some_and(|operation| classify::is_retryable(failure, operation))
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    /// An error while building a request (before anything is sent), such as
    /// a body that does not serialize.
    fn from(error: reqwest::Error) -> Self {
        let error = error.without_url();
        let mut message = format!("the request could not be built: {error}");
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        Self::InvalidRequest(message)
    }
}

impl<E> From<reqwest::header::InvalidHeaderValue> for Error<E> {
    fn from(_: reqwest::header::InvalidHeaderValue) -> Self {
        // The value itself stays out of the message: it may be a secret.
        Self::InvalidRequest("a header value holds characters an HTTP header cannot carry".into())
    }
}

impl<E> From<progenitor_client::Error> for Error<E> {
    /// progenitor's helpers that build a request (a form-encoded body) fail
    /// with its own error type, before anything is sent.
    fn from(error: progenitor_client::Error) -> Self {
        match error {
            progenitor_client::Error::InvalidRequest(message) => Self::InvalidRequest(message),
            _ => Self::InvalidRequest("the request body could not be encoded".into()),
        }
    }
}

impl<E> From<std::convert::Infallible> for Error<E> {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidRequest(message) => write!(f, "invalid request, not sent: {message}"),
            Self::MissingCredential(e) => fmt::Display::fmt(e, f),
            Self::Token(e) => write!(f, "not sent: {e}"),
            Self::Documented(e) => write!(
                f,
                "{}: error response {}{}",
                OperationName(e.call().operation()),
                e.status(),
                CallSuffix(e.call())
            ),
            Self::UnexpectedResponse(e) => fmt::Display::fmt(e, f),
            Self::Communication(e) => fmt::Display::fmt(e, f),
            Self::Paging(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidRequest(message) => {
                f.debug_tuple("InvalidRequest").field(message).finish()
            }
            Self::MissingCredential(e) => f.debug_tuple("MissingCredential").field(e).finish(),
            Self::Token(e) => f.debug_tuple("Token").field(e).finish(),
            Self::Documented(e) => f.debug_tuple("Documented").field(e).finish(),
            Self::UnexpectedResponse(e) => f.debug_tuple("UnexpectedResponse").field(e).finish(),
            Self::Communication(e) => f.debug_tuple("Communication").field(e).finish(),
            Self::Paging(e) => f.debug_tuple("Paging").field(e).finish(),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Communication(e) => e.source_error(),
            // Not the decode error of an unexpected response: its message
            // may quote the body. `UnexpectedResponse::decode_error` has it.
            _ => None,
        }
    }
}

/// A documented error status whose body decoded to its documented type `E`,
/// which it dereferences to: what [`Error::Documented`] carries.
pub struct DocumentedError<E> {
    // Boxed, as in each variant of `Error`: the error stays two words wide
    // however large the response, and so does every `Result` it is in.
    inner: Box<DocumentedParts<E>>,
}

struct DocumentedParts<E> {
    body: E,
    status: StatusCode,
    headers: HeaderMap,
    call: CallInfo,
}

/// The name [`DocumentedError`] had before 0.6, when the body type a spec
/// calls `ErrorResponse` and the variant carrying it had one name.
#[deprecated(since = "0.6.0", note = "renamed `DocumentedError`")]
pub type ErrorResponse<E> = DocumentedError<E>;

impl<E> DocumentedError<E> {
    pub(crate) fn new(body: E, status: StatusCode, headers: HeaderMap, call: CallInfo) -> Self {
        DocumentedError {
            inner: Box::new(DocumentedParts {
                body,
                status,
                headers,
                call,
            }),
        }
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.inner.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
    }

    /// The decoded body.
    pub fn into_inner(self) -> E {
        self.inner.body
    }

    /// The decoded body with the status, the headers and the call.
    pub fn into_response_value(self) -> ResponseValue<E> {
        let parts = *self.inner;
        ResponseValue::received(parts.body, parts.status, parts.headers, parts.call)
    }

    /// What the call did.
    pub fn call(&self) -> &CallInfo {
        &self.inner.call
    }

    /// The call's request id (see [`CallInfo::request_id`]).
    pub fn request_id(&self) -> Option<&str> {
        self.inner.call.request_id()
    }

    /// How many attempts the call made, the first included.
    pub fn attempts(&self) -> u32 {
        self.inner.call.attempts()
    }
}

impl<E> Deref for DocumentedError<E> {
    type Target = E;

    fn deref(&self) -> &E {
        &self.inner.body
    }
}

impl<E: fmt::Debug> fmt::Debug for DocumentedError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DocumentedError")
            .field("status", &self.status())
            .field("headers", &HeaderNames(self.headers()))
            .field("body", &**self)
            .field("call", self.call())
            .finish()
    }
}

/// A response the spec does not describe: an undocumented status, or a body
/// that does not decode as documented.
pub struct UnexpectedResponse {
    inner: Box<UnexpectedParts>,
}

struct UnexpectedParts {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    truncated: bool,
    decode_error: Option<serde_json::Error>,
    call: CallInfo,
}

impl UnexpectedResponse {
    /// The most body bytes kept; the rest is dropped and
    /// [`is_truncated`](Self::is_truncated) says so.
    pub const MAX_BODY: usize = 64 * 1024;

    pub(crate) fn new(
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
        decode_error: Option<serde_json::Error>,
        call: CallInfo,
    ) -> Self {
        let truncated = body.len() > Self::MAX_BODY;
        // A copy, not a slice: a slice would keep the whole body alive for
        // as long as the error lives.
        let body = if truncated {
            Bytes::copy_from_slice(&body[..Self::MAX_BODY])
        } else {
            body
        };
        UnexpectedResponse {
            inner: Box::new(UnexpectedParts {
                status,
                headers,
                body,
                truncated,
                decode_error,
                call,
            }),
        }
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.inner.status
    }

    /// The response's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
    }

    /// The body as received, up to [`MAX_BODY`](Self::MAX_BODY) bytes.
    pub fn body(&self) -> &[u8] {
        &self.inner.body
    }

    /// The body as text, with any invalid UTF-8 replaced.
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.inner.body)
    }

    /// Whether the body was longer than [`MAX_BODY`](Self::MAX_BODY) and was
    /// cut there.
    pub fn is_truncated(&self) -> bool {
        self.inner.truncated
    }

    /// Why the body did not decode as the spec documents it for this status,
    /// when that is why the response is unexpected (`None` for a status the
    /// spec does not document).
    ///
    /// Its message may quote the body, so it is not the error's `source()`.
    pub fn decode_error(&self) -> Option<&serde_json::Error> {
        self.inner.decode_error.as_ref()
    }

    /// What the call did.
    pub fn call(&self) -> &CallInfo {
        &self.inner.call
    }
}

impl fmt::Display for UnexpectedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", OperationName(self.inner.call.operation()))?;
        match &self.inner.decode_error {
            Some(e) => write!(
                f,
                "the body of response {} does not decode as documented ({})",
                self.inner.status,
                DecodeErrorPlace(e)
            )?,
            None => write!(f, "undocumented response {}", self.inner.status)?,
        }
        write!(f, "{}", CallSuffix(&self.inner.call))
    }
}

impl fmt::Debug for UnexpectedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnexpectedResponse")
            .field("status", &self.inner.status)
            .field("headers", &HeaderNames(&self.inner.headers))
            .field(
                "body",
                &BodySize(self.inner.body.len(), self.inner.truncated),
            )
            .field(
                "decode_error",
                &self.inner.decode_error.as_ref().map(DecodeErrorPlace),
            )
            .field("call", &self.inner.call)
            .finish()
    }
}

/// No complete response arrived.
pub struct CommunicationError {
    inner: Box<CommunicationParts>,
}

struct CommunicationParts {
    kind: CommunicationKind,
    head: Option<(StatusCode, HeaderMap)>,
    /// The HTTP client's error; none for a body over the size bound, which
    /// the runtime itself refused.
    source: Option<reqwest::Error>,
    call: CallInfo,
}

impl CommunicationError {
    /// `head` is the status and headers when they arrived before the
    /// failure.
    pub(crate) fn new(
        kind: CommunicationKind,
        head: Option<(StatusCode, HeaderMap)>,
        source: Option<reqwest::Error>,
        call: CallInfo,
    ) -> Self {
        CommunicationError {
            inner: Box::new(CommunicationParts {
                kind,
                head,
                source: source.map(reqwest::Error::without_url),
                call,
            }),
        }
    }

    fn source_error(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }

    /// What went wrong.
    pub fn kind(&self) -> CommunicationKind {
        self.inner.kind
    }

    /// The status, when it arrived before the failure (a body cut off, or a
    /// timeout while reading it).
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.head.as_ref().map(|(status, _)| *status)
    }

    /// The headers, when they arrived before the failure.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.inner.head.as_ref().map(|(_, headers)| headers)
    }

    /// What the call did.
    pub fn call(&self) -> &CallInfo {
        &self.inner.call
    }
}

impl fmt::Display for CommunicationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            OperationName(self.inner.call.operation()),
            self.inner.kind
        )?;
        if let Some(status) = self.status() {
            write!(f, " (after status {status})")?;
        }
        write!(f, "{}", CallSuffix(&self.inner.call))
    }
}

impl fmt::Debug for CommunicationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CommunicationError")
            .field("kind", &self.inner.kind)
            .field("status", &self.status())
            .field("headers", &self.headers().map(HeaderNames))
            .field("source", &self.inner.source)
            .field("call", &self.inner.call)
            .finish()
    }
}

impl std::error::Error for CommunicationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source_error()
    }
}

/// What kind of failure left a call without a complete response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommunicationKind {
    /// No connection could be made (refused, unreachable, DNS, connect
    /// timeout): the request certainly never reached the server.
    Connect,
    /// The attempt took longer than the attempt timeout.
    Timeout,
    /// The call's deadline passed while an attempt was under way.
    Deadline,
    /// The connection failed after it was made, before a response arrived:
    /// the server may have received the request.
    ConnectionLost,
    /// The status and headers arrived, then the body was cut off.
    BodyCutOff,
    /// The status and headers arrived, with a body larger than the client
    /// reads ([`ClientBuilder::max_body_size`](crate::ClientBuilder::max_body_size)):
    /// at most that much was read, and the rest was left unread.
    BodyTooLarge,
    /// Anything else, such as too many redirects.
    Other,
}

impl CommunicationKind {
    /// A short name, as spans and logs give it: `connect`, `timeout`,
    /// `deadline`, `connection_lost`, `body_cut_off`, `body_too_large` or
    /// `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Connect => "connect",
            Self::Timeout => "timeout",
            Self::Deadline => "deadline",
            Self::ConnectionLost => "connection_lost",
            Self::BodyCutOff => "body_cut_off",
            Self::BodyTooLarge => "body_too_large",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for CommunicationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Connect => "could not connect to the server",
            Self::Timeout => "the attempt timed out",
            Self::Deadline => "the call's deadline passed",
            Self::ConnectionLost => "the connection was lost before a response arrived",
            Self::BodyCutOff => "the response body was cut off",
            Self::BodyTooLarge => "the response body is larger than the client reads",
            Self::Other => "the request failed",
        })
    }
}

/// Headers by name only: a response header may carry a secret (a cookie).
struct HeaderNames<'a>(&'a HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

/// A body by its size: it may hold personal data.
struct BodySize(usize, bool);

impl fmt::Debug for BodySize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let more = if self.1 { " (truncated)" } else { "" };
        write!(f, "<{} bytes{more}>", self.0)
    }
}

/// Where and what kind of decode error, without its message (which may
/// quote the body).
struct DecodeErrorPlace<'a>(&'a serde_json::Error);

impl fmt::Display for DecodeErrorPlace<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.0;
        let kind = match e.classify() {
            serde_json::error::Category::Io => "read error",
            serde_json::error::Category::Syntax => "not JSON",
            serde_json::error::Category::Data => "JSON of another shape",
            serde_json::error::Category::Eof => "JSON cut short",
        };
        write!(f, "{kind} at line {} column {}", e.line(), e.column())
    }
}

impl fmt::Debug for DecodeErrorPlace<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::{IdScope, RequestIdHeader};
    use reqwest::header::HeaderValue;
    use serde::Deserialize;

    static GET_ORDER: Operation = Operation {
        api: "probe",
        id: "getOrder",
        method: "GET",
        path: "/orders/{order-id}",
        idempotent: true,
        request_ids: &[RequestIdHeader {
            header: "x-correlation-id",
            scope: IdScope::Call,
        }],
        security: &[],
    };

    /// What no message may show: a URL, a query value (personal data), a
    /// credential, a header value, the body.
    const SECRETS: [&str; 5] = [
        "http://",
        "jane@example.com",
        "secret-token",
        "session=abc",
        "order-of-jane",
    ];

    fn call() -> CallInfo {
        CallInfo::new(&GET_ORDER, 2, Some("corr-1".to_owned()))
    }

    fn headers() -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("set-cookie", HeaderValue::from_static("session=abc"));
        headers
    }

    fn assert_hidden<E: fmt::Debug>(error: &Error<E>) {
        let shown = format!("{error}\n{error:?}\n{error:#?}");
        for secret in SECRETS {
            assert!(!shown.contains(secret), "`{secret}` shown in:\n{shown}");
        }
    }

    /// A real `reqwest` error that knows the URL it was sent to, query and
    /// all: a connection refused on 127.0.0.1.
    async fn refused_with_url() -> reqwest::Error {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let url = format!("http://127.0.0.1:{port}/orders/order-of-jane?email=jane@example.com");
        let error = reqwest::Client::new()
            .get(url)
            .bearer_auth("secret-token")
            .send()
            .await
            .unwrap_err();
        assert!(
            format!("{error:?}").contains("jane@example.com"),
            "the test needs a URL to hide"
        );
        error
    }

    #[tokio::test]
    async fn a_communication_error_shows_no_url_and_keeps_its_kind() {
        let source = refused_with_url().await;
        let error: Error<()> = Error::Communication(CommunicationError::new(
            CommunicationKind::Connect,
            None,
            Some(source),
            call(),
        ));
        assert_hidden(&error);
        assert_eq!(
            error.to_string(),
            "probe getOrder: could not connect to the server (request id corr-1, 2 attempts)"
        );
        let source = std::error::Error::source(&error).unwrap().to_string();
        assert!(!source.contains("jane"), "{source}");
        assert_eq!(error.request_id(), Some("corr-1"));
        assert_eq!(error.attempts(), 2);
        assert_eq!(error.status(), None);
        assert!(error.is_retryable());
    }

    #[tokio::test]
    async fn a_body_cut_off_keeps_the_status() {
        let error: Error<()> = Error::Communication(CommunicationError::new(
            CommunicationKind::BodyCutOff,
            Some((StatusCode::OK, headers())),
            Some(refused_with_url().await),
            call(),
        ));
        assert_hidden(&error);
        assert_eq!(error.status(), Some(StatusCode::OK));
        assert!(error.headers().unwrap().contains_key("set-cookie"));
        assert_eq!(
            error.to_string(),
            "probe getOrder: the response body was cut off (after status 200 OK) \
             (request id corr-1, 2 attempts)"
        );
    }

    #[test]
    fn an_unexpected_response_shows_neither_body_nor_decode_message() {
        let body = br#"{"order": "order-of-jane", "email": "jane@example.com"}"#;
        let decode_error = serde_json::from_slice::<u64>(body).unwrap_err();
        let error: Error<()> = Error::UnexpectedResponse(UnexpectedResponse::new(
            StatusCode::OK,
            headers(),
            Bytes::from_static(body),
            Some(decode_error),
            call(),
        ));
        assert_hidden(&error);
        let shown = error.to_string();
        assert!(
            shown.starts_with(
                "probe getOrder: the body of response 200 OK does not decode as documented \
                 (JSON of another shape at line 1 column "
            ),
            "{shown}"
        );
        assert!(
            shown.ends_with(") (request id corr-1, 2 attempts)"),
            "{shown}"
        );
        assert!(std::error::Error::source(&error).is_none());
        let Error::UnexpectedResponse(e) = &error else {
            unreachable!()
        };
        assert_eq!(e.body(), body);
        assert!(e.decode_error().is_some());
        assert!(!error.is_retryable());
    }

    #[test]
    fn an_unexpected_body_is_kept_up_to_64_kib() {
        let body = Bytes::from(vec![b'x'; UnexpectedResponse::MAX_BODY + 10]);
        let e = UnexpectedResponse::new(
            StatusCode::BAD_GATEWAY,
            HeaderMap::new(),
            body,
            None,
            call(),
        );
        assert_eq!(e.body().len(), 64 * 1024);
        assert!(e.is_truncated());
        assert!(
            format!("{e:?}").contains("<65536 bytes (truncated)>"),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "probe getOrder: undocumented response 502 Bad Gateway (request id corr-1, 2 attempts)"
        );
    }

    #[derive(Debug, Deserialize)]
    struct Problem {
        code: String,
    }

    #[test]
    fn an_error_response_derefs_to_its_body_and_shows_no_header_value() {
        let problem = Problem {
            code: "NOT_FOUND".into(),
        };
        let error = Error::Documented(DocumentedError::new(
            problem,
            StatusCode::NOT_FOUND,
            headers(),
            call(),
        ));
        assert_hidden(&error);
        assert_eq!(
            error.to_string(),
            "probe getOrder: error response 404 Not Found (request id corr-1, 2 attempts)"
        );
        assert!(format!("{error:?}").contains("NOT_FOUND"));
        let Error::Documented(e) = error else {
            unreachable!()
        };
        assert_eq!(e.code, "NOT_FOUND");
        assert_eq!(e.status(), StatusCode::NOT_FOUND);
        assert_eq!(e.into_inner().code, "NOT_FOUND");
    }

    #[test]
    fn a_request_that_cannot_be_built_is_invalid_and_shows_no_url() {
        let built = reqwest::Client::new()
            .get("http://127.0.0.1:1/orders/order-of-jane?email=jane@example.com")
            .header("bad header", "v")
            .build();
        let error: Error<()> = built.unwrap_err().into();
        assert_hidden(&error);
        assert!(
            matches!(&error, Error::InvalidRequest(m) if m.starts_with("the request could not be built"))
        );
        assert_eq!(error.attempts(), 0);
        assert_eq!(error.request_id(), None);
        assert!(!error.is_retryable());

        let bad_value = HeaderValue::from_str("secret-token\n").unwrap_err();
        let error: Error<()> = bad_value.into();
        assert_hidden(&error);
    }

    #[test]
    fn an_error_is_small_whatever_its_body_type() {
        // As small as the `String` of `InvalidRequest` and a tag.
        assert!(std::mem::size_of::<Error<[u8; 1024]>>() <= 32);
    }

    #[test]
    fn retryable_follows_the_operation() {
        let patch = Box::leak(Box::new(Operation {
            method: "PATCH",
            idempotent: false,
            ..GET_ORDER
        }));
        let unavailable = |operation: &'static Operation| -> Error<()> {
            Error::UnexpectedResponse(UnexpectedResponse::new(
                StatusCode::SERVICE_UNAVAILABLE,
                HeaderMap::new(),
                Bytes::new(),
                None,
                CallInfo::new(operation, 1, None),
            ))
        };
        assert!(unavailable(&GET_ORDER).is_retryable());
        assert!(!unavailable(patch).is_retryable());
    }
}

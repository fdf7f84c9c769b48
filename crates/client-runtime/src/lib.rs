#![doc = include_str!("../README.md")]
//! What every generated API client shares at run time: building the client,
//! and the call path each request goes through.
//!
//! Each API crate's `Client::builder()` returns a [`ClientBuilder`]: the base
//! URL, the credentials and the call settings are given once, there. Which
//! credentials an API takes, and where its server is, come from its spec
//! (`servers` and `securitySchemes`) through the [`ApiClient`] impl that
//! `cargo xtask codegen` writes into the crate.
//!
//! ```no_run
//! # fn demo<C: client_runtime::ApiClient>() -> Result<(), client_runtime::BuildError> {
//! use std::time::Duration;
//! use client_runtime::{ClientBuilder, RetryPolicy};
//!
//! let client: C = ClientBuilder::new()
//!     .base_url("https://api.example.com")
//!     .bearer_token("secret")
//!     .deadline(Duration::from_secs(10))
//!     .retry(RetryPolicy::exponential(4, Duration::from_millis(100), Duration::from_secs(2)))
//!     .build()?;
//! # Ok(()) }
//! ```
//!
//! # The call path
//!
//! Every operation's `send()` builds its request and hands it to
//! [`Runtime::execute`] with the operation's [`Operation`] constant. The
//! runtime sends it in attempts, each with the whole body read (a body cut
//! off is a failed attempt), until one ends the call.
//!
//! | setting | default | set with |
//! |---|---|---|
//! | connect timeout | 5 s ([`DEFAULT_CONNECT_TIMEOUT`]) | [`ClientBuilder::connect_timeout`] |
//! | attempt timeout: sending, and reading the whole body | 10 s ([`DEFAULT_ATTEMPT_TIMEOUT`]) | [`ClientBuilder::attempt_timeout`] |
//! | deadline: the whole call, every attempt and sleep included | 30 s ([`DEFAULT_DEADLINE`]) | [`ClientBuilder::deadline`], or per call with [`CallOptions`] |
//! | attempts in all | 3 | [`ClientBuilder::retry`], or per call with [`CallOptions`]; [`RetryPolicy::none`] for one |
//! | back-off before retry `n` | random in `[0, min(5 s, 200 ms × 2ⁿ⁻¹)]` (full jitter) | [`RetryPolicy::exponential`] |
//! | drift reports: a WARN event the first time a response carries a property or an enum value its model does not know | off | [`ClientBuilder::report_drift`] |
//! | the largest response body read | 16 MiB ([`DEFAULT_MAX_BODY_SIZE`]) | [`ClientBuilder::max_body_size`] |
//!
//! **What is retried.** A failure to connect (refused, unreachable, DNS): the
//! request never reached the server, so it is retried for every operation.
//! For idempotent operations only (GET, HEAD, PUT, DELETE, OPTIONS, or a
//! spec's `x-idempotent: true`, see [`Operation::idempotent`]), also: an
//! attempt timed out, a connection lost before the response, a body cut off,
//! and the statuses 408, 429, 502, 503 and 504, and 500 for GET, HEAD and
//! OPTIONS. Nothing else is retried: a PATCH is never sent again after a
//! status, a timeout or a body cut off.
//!
//! **Waits and the deadline.** Before a retry the runtime waits the
//! back-off, or the response's `Retry-After` (seconds or an HTTP date) when
//! that is longer. No attempt runs past the deadline (an attempt's timeout is
//! cut to what is left), and a wait that would reach the deadline is not
//! started: the call ends at once with what the last attempt got.
//!
//! **Redirects.** A client built by [`ClientBuilder`] follows a redirect
//! (301, 302, 303, 307, 308) only to the origin it sent the request to
//! (the same scheme, host and port), only for a method that reads (GET,
//! HEAD, OPTIONS), and at most [`MAX_REDIRECTS`] times in one attempt,
//! within the attempt's timeout; the request is sent again as it was, with
//! its credentials. Any other redirect (to another origin, or of a PUT,
//! PATCH, POST or DELETE, which may have changed state) is not followed:
//! it is the call's answer, an [`Error::UnexpectedResponse`] with the
//! status and the `Location` header, unless the spec documents that
//! status. So no credential the spec declares, and no query (a guest's
//! e-mail address), ever leaves for another origin. No `Referer` is sent.
//!
//! **Bodies.** A response body is read to its end before the call returns,
//! but never more than [`ClientBuilder::max_body_size`] bytes of it
//! (16 MiB by default): a larger `Content-Length` fails the attempt before
//! the body is read, and a body without one fails it as soon as what was
//! read passes the bound. Either way the call fails with
//! [`CommunicationKind::BodyTooLarge`], with the status and headers kept,
//! and is not retried. An [`UnexpectedResponse`] keeps a copy of at most
//! [`UnexpectedResponse::MAX_BODY`] bytes, not the whole body, and drift
//! reports read only bodies within the bound.
//!
//! **Bodies that are not JSON.** A text body decodes into a `String`, any
//! body the client does not type into a [`Binary`] (bytes and content
//! type). [`Runtime::execute_streaming`] returns a success's body as a
//! [`BodyStream`] as soon as its head arrives, which generated
//! `send_streaming()` methods use for downloads of any size: the attempt
//! timeout and retries apply until then, the call's deadline after.
//!
//! **Request bodies.** A request whose body is bytes is copied for each
//! attempt, and retried as its operation allows. A body that is a stream
//! ([`upload::stream_body`], [`upload::FilePart::stream`], and every
//! multipart form, which the HTTP client sends as a stream) cannot be
//! replayed: such a call is sent once, whatever the retry policy. See
//! [`upload`] for what the generated builders take.
//!
//! **Request ids.** Each header in [`Operation::request_ids`] carries the
//! caller's value if the request has one, else a generated UUID v4:
//! [`IdScope::Call`] keeps one value on every attempt of a call (a new call
//! gets a new one), [`IdScope::Attempt`] sends a fresh one on each retry.
//! The call's id is on the error ([`Error::request_id`]) and the response.
//!
//! **Results.** [`Runtime::execute`] returns the complete [`Response`] the
//! call ended with, whatever its status, which generated code decodes into
//! the documented type or an [`Error`]; or an [`Error::Communication`] when
//! no complete response came. Every error but [`Error::InvalidRequest`]
//! carries the status when one arrived, the [`CallInfo`] (operation,
//! attempts, request id) and [`Error::is_retryable`]. No `Display` here
//! shows a URL, a query, a credential, a header value or a body; `Debug`
//! shows none of them either, except the decoded body of a documented error
//! ([`DocumentedError`]), which is the API's own account of what went wrong.
//!
//! **Tracing.** Each call is a `call` span (`tracing`, level INFO) with
//! `api`, `operation` (the operationId), `method`, `path` (the template,
//! never the filled path), `request_id`, and at its end `attempts`, `status`
//! and `outcome`; each attempt is an `attempt` span (level DEBUG) inside it
//! with `attempt`, `attempt_id` (the value of the operation's first
//! [`IdScope::Attempt`] header), `status`, `duration_ms`, `failure` (the
//! [`CommunicationKind`]) and `outcome` (`retry` or `returned`). A retry is a
//! WARN event with its `reason` and `wait_ms`; the end of every call an INFO
//! event, `call ended`, with `api`, `operation`, `status`, `attempts`,
//! `duration_ms` and `outcome`, so that a subscriber at INFO that prints no
//! span closes sees each call. No span or event carries a query, a header
//! value or a body.
//!
//! **Drift.** A client built with [`ClientBuilder::report_drift`] compares
//! each documented body that decoded (success or error) with its model, and
//! the first time in the process that an operation's response carries a
//! property the model does not declare or an enum value it does not list,
//! emits a WARN event with the target `client_runtime::drift`: the
//! operation, the status and a JSON pointer, never the value. Off, it costs
//! a `bool` check per response; on, one more pass over each such body. See
//! [`drift`].
//!
//! **Writing models.** The generated models' date-time and number fields
//! serialize through [`rfc3339`] (chrono's text, written in one piece) and
//! [`number`] (a whole number as an integer, `10` rather than `10.0`), so a
//! body is written as it was read and about as fast as `serde_json::Value`
//! writes it.

mod arguments;
mod binary;
#[cfg(feature = "blocking")]
pub mod blocking;
mod builder;
mod call;
mod classify;
pub mod credentials;
pub mod drift;
mod error;
mod model_builder;
pub mod number;
mod operation;
mod options;
pub mod paging;
mod redact;
pub mod reexports;
mod request_id;
mod response;
mod response_value;
mod retry;
mod retry_after;
pub mod rfc3339;
mod runtime;
mod tls;
pub mod token;
pub mod upload;
pub mod wire;

/// Deterministic pseudo-random numbers for the tests that check a writer
/// over many values (xorshift64: the same values on every run).
#[cfg(test)]
fn test_spread(mut seed: u64, count: usize) -> impl Iterator<Item = u64> {
    (0..count).map(move |_| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    })
}

pub use arguments::{IntoField, IntoList, IntoOptional, OneOrMany, field_value};
pub use binary::{Binary, BodyStream, ErrorText};
pub use builder::{ApiClient, ApiDescription, BuildError, ClientBuilder};
pub use call::CallInfo;
pub use credentials::{KeyLocation, MissingCredential, SchemeKind, SecurityScheme};
#[allow(deprecated)]
pub use error::ErrorResponse;
pub use error::{
    CommunicationError, CommunicationKind, DocumentedError, Error, UnexpectedResponse,
};
pub use operation::{IdScope, Operation, RequestIdHeader};
pub use options::CallOptions;
pub use redact::{Given, RedactedUrl};
pub use reqwest;
pub use response::Response;
pub use response_value::ResponseValue;
pub use retry::RetryPolicy;
pub use runtime::{
    DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_BODY_SIZE,
    MAX_REDIRECTS, Runtime, Streamed,
};
pub use token::{ClientCredentials, Token, TokenError, TokenSource};

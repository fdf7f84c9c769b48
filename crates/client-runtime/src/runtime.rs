//! The call path: every request of every generated client goes through
//! [`Runtime::execute`], which sends it in attempts until one gives an
//! answer to return, within the call's deadline.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use tracing::field::{Empty, Value};
use tracing::{Instrument, Span};

use crate::binary::BodyStream;
use crate::call::CallInfo;
use crate::classify::{self, Failure};
use crate::credentials::Credentials;
use crate::error::{CommunicationError, CommunicationKind, Error};
use crate::operation::Operation;
use crate::options::CallOptions;
use crate::request_id::RequestIds;
use crate::response::Response;
use crate::response_value::ResponseValue;
use crate::retry::RetryPolicy;
use crate::retry_after::retry_after;
use crate::token::{TokenCache, TokenError};

/// How long connecting to the server may take, unless configured otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long one attempt may take, from sending the request to reading the
/// last byte of the body, unless configured otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole call may take, every attempt and back-off included,
/// unless configured otherwise.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);
/// The largest response body a call reads, unless configured otherwise:
/// 16 MiB. A larger one ends the attempt with
/// [`CommunicationKind::BodyTooLarge`], having read at most this much.
pub const DEFAULT_MAX_BODY_SIZE: usize = 16 * 1024 * 1024;
/// The timeout of a streamed body when the call has no deadline: long
/// enough to be none, short enough for timers to add to the clock.
const NO_DEADLINE: Duration = Duration::from_secs(100 * 365 * 24 * 60 * 60);

/// How many redirects one attempt follows at the most (same origin, safe
/// methods only; see the crate documentation).
pub const MAX_REDIRECTS: usize = 5;

/// What every call of one client goes through: the HTTP client that sends,
/// the retry policy, the attempt timeout and the deadline.
///
/// Cheap to clone (one `Arc`). [`ClientBuilder`](crate::ClientBuilder)
/// makes one with its settings; `Runtime::new` makes one with the defaults
/// around an HTTP client set up elsewhere.
#[derive(Clone)]
pub struct Runtime {
    settings: Arc<Settings>,
}

#[derive(Clone)]
struct Settings {
    http: reqwest::Client,
    retry: RetryPolicy,
    attempt_timeout: Duration,
    deadline: Duration,
    report_drift: bool,
    /// The largest response body read, in bytes.
    max_body: usize,
    /// The timeout `http` applies to every request by itself, when known.
    http_timeout: Option<Duration>,
    /// The credentials each call sends, by its operation's security; none
    /// for a runtime made around an HTTP client set up elsewhere, whose
    /// own default headers are then its credentials.
    credentials: Option<Credentials>,
}

impl Runtime {
    /// A runtime with the default settings that sends with `http`, which
    /// must be the client the requests were built with (its default headers,
    /// such as credentials, are added when a request is sent). `http` keeps
    /// its own redirect policy: the runtime follows redirects itself (same
    /// origin, reads only) only where `http` follows none, as a client from
    /// [`ClientBuilder`](crate::ClientBuilder) does.
    pub fn new(http: reqwest::Client) -> Self {
        Runtime {
            settings: Arc::new(Settings {
                http,
                retry: RetryPolicy::default(),
                attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
                deadline: DEFAULT_DEADLINE,
                report_drift: false,
                max_body: DEFAULT_MAX_BODY_SIZE,
                http_timeout: None,
                credentials: None,
            }),
        }
    }

    /// The same runtime, told that its HTTP client applies `timeout` to
    /// every request by itself (the builder makes it so).
    pub(crate) fn with_http_timeout(mut self, timeout: Duration) -> Self {
        Arc::make_mut(&mut self.settings).http_timeout = Some(timeout);
        self
    }

    /// The same runtime, sending `credentials` by each operation's security.
    pub(crate) fn with_credentials(mut self, credentials: Credentials) -> Self {
        Arc::make_mut(&mut self.settings).credentials = Some(credentials);
        self
    }

    /// The same runtime with another retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        Arc::make_mut(&mut self.settings).retry = retry;
        self
    }

    /// The same runtime with another attempt timeout.
    pub fn with_attempt_timeout(mut self, timeout: Duration) -> Self {
        Arc::make_mut(&mut self.settings).attempt_timeout = timeout;
        self
    }

    /// The same runtime with another deadline for each call.
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        Arc::make_mut(&mut self.settings).deadline = deadline;
        self
    }

    /// The same runtime, with drift reports on or off (off by default): see
    /// [`crate::drift`].
    pub fn with_drift_report(mut self, on: bool) -> Self {
        Arc::make_mut(&mut self.settings).report_drift = on;
        self
    }

    /// The same runtime with another bound on the size of a response body
    /// (see [`DEFAULT_MAX_BODY_SIZE`]).
    pub fn with_max_body_size(mut self, bytes: usize) -> Self {
        Arc::make_mut(&mut self.settings).max_body = bytes;
        self
    }

    /// The largest response body a call reads, in bytes.
    pub fn max_body_size(&self) -> usize {
        self.settings.max_body
    }

    /// Whether responses report drift (see [`crate::drift`]).
    pub fn reports_drift(&self) -> bool {
        self.settings.report_drift
    }

    /// The HTTP client that sends the requests.
    pub fn http(&self) -> &reqwest::Client {
        &self.settings.http
    }

    /// The retry policy of calls that set none.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.settings.retry
    }

    /// How long one attempt may take.
    pub fn attempt_timeout(&self) -> Duration {
        self.settings.attempt_timeout
    }

    /// The deadline of calls that set none.
    pub fn deadline(&self) -> Duration {
        self.settings.deadline
    }

    /// Sends `request` as a call of `operation`, retrying as the crate
    /// documentation says, and returns the complete response it ended with,
    /// whatever its status; or the error when no complete response came.
    ///
    /// The request must come from [`http`](Self::http) (or the client it
    /// clones). Its id headers are set here, from `operation.request_ids`.
    pub async fn execute<E>(
        &self,
        operation: &'static Operation,
        request: reqwest::Request,
        options: CallOptions,
    ) -> Result<Response, Error<E>> {
        match self.start(operation, request, options, None).await? {
            Outcome::Complete(response) => Ok(response),
            Outcome::Streaming(_) => unreachable!("no status was to be streamed"),
        }
    }

    /// [`execute`](Self::execute), except that a success (2XX) whose status
    /// `stream` accepts is returned as soon as its status and headers
    /// arrive, its body to be read as a [`BodyStream`]: a download of any
    /// size in bounded memory. Until then the call path applies as ever
    /// (retries, the attempt timeout on the wait for the head, request
    /// ids); the body read from the stream is bounded by the call's
    /// deadline, not by the attempt timeout or the body bound, and a body
    /// cut off ends the stream with its error, never sent again. A response
    /// of any other status is read and returned whole, as by `execute`.
    pub async fn execute_streaming<E>(
        &self,
        operation: &'static Operation,
        request: reqwest::Request,
        options: CallOptions,
        stream: fn(u16) -> bool,
    ) -> Result<Streamed, Error<E>> {
        Ok(
            match self
                .start(operation, request, options, Some(stream))
                .await?
            {
                Outcome::Complete(response) => Streamed::Complete(response),
                Outcome::Streaming(value) => Streamed::Stream(value),
            },
        )
    }

    async fn start<E>(
        &self,
        operation: &'static Operation,
        mut request: reqwest::Request,
        options: CallOptions,
        stream: Option<fn(u16) -> bool>,
    ) -> Result<Outcome, Error<E>> {
        // Before anything else: a call that cannot carry its credentials
        // is not sent at all.
        // The call's own headers, but not over one the request has already
        // (`Content-Type`, a declared header); credentials are set over
        // them after.
        let present: Vec<_> = options
            .headers()
            .iter()
            .filter(|(name, _)| request.headers().contains_key(name))
            .map(|(name, _)| name.clone())
            .collect();
        for (name, value) in options.headers() {
            if !present.contains(name) {
                request.headers_mut().append(name.clone(), value.clone());
            }
        }
        let source = match &self.settings.credentials {
            Some(credentials) => credentials
                .apply(operation, &mut request)
                .map_err(Error::MissingCredential)?,
            None => None,
        };
        // The ids first, so that the span is built with the call's id
        // rather than recorded into afterwards: a record costs as much as a
        // field under a formatting subscriber, per call.
        let ids =
            RequestIds::assign(operation, request.headers_mut()).map_err(Error::InvalidRequest)?;
        let span = tracing::info_span!(
            "call",
            api = operation.api,
            operation = operation.id,
            method = operation.method,
            path = operation.path,
            request_id = ids.call_id(),
            attempts = Empty,
            status = Empty,
            outcome = Empty,
        );
        // The span is passed on, not looked up: when it is disabled, the
        // current span is the caller's, whose fields are not ours to record.
        let how = How { stream, source };
        self.call(operation, request, options, ids, span.clone(), how)
            .instrument(span)
            .await
    }

    async fn call<E>(
        &self,
        operation: &'static Operation,
        request: reqwest::Request,
        options: CallOptions,
        ids: RequestIds,
        call_span: Span,
        How { stream, source }: How,
    ) -> Result<Outcome, Error<E>> {
        let settings = &*self.settings;
        let started = Instant::now();
        // No deadline that far away: an overflow means none.
        let ends_at = started.checked_add(options.deadline().unwrap_or(settings.deadline));
        let policy = *options.retry().unwrap_or(&settings.retry);
        let attempt_timeout = options
            .attempt_timeout()
            .unwrap_or(settings.attempt_timeout);

        // The request the next attempt sends. Each attempt but the last one
        // the policy allows keeps a copy of it for the next; a body that
        // cannot be copied (a stream) is sent once.
        let mut next = request;
        // A token from a source: asked now (the token endpoint being down
        // is retried as a connection that failed: the API saw nothing), and
        // replaced once if the API answers 401 (see `crate::token`).
        let mut token = match &source {
            Some(cache) => {
                let header = token_header(cache, &policy, ends_at).await?;
                next.headers_mut().insert(AUTHORIZATION, header.clone());
                Some(header)
            }
            None => None,
        };
        let mut token_replaced = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let may_resend_with_new_token = token.is_some() && !token_replaced;
            let kept = if attempt < policy.max_attempts() || may_resend_with_new_token {
                next.try_clone()
            } else {
                None
            };
            let mut sent = next;

            let attempt_id = ids.apply(attempt, sent.headers_mut());
            let request_id = ids.request_id(attempt_id.as_deref());
            // The first attempt starts when the call does: one clock read
            // fewer per call (a system call on some virtual machines).
            let now = if attempt == 1 && source.is_none() {
                started
            } else {
                // After a token was waited for, the clock has moved.
                Instant::now()
            };
            let remaining = ends_at.map(|at| at.saturating_duration_since(now));
            let (limit, timeout_kind) = match remaining {
                Some(remaining) if remaining <= attempt_timeout => {
                    (remaining, CommunicationKind::Deadline)
                }
                _ => (attempt_timeout, CommunicationKind::Timeout),
            };
            // A per-request timeout costs an allocation per request; none is
            // needed when the HTTP client applies this very one by itself.
            // A streamed body is bounded by the deadline alone: the attempt
            // timeout bounds the wait for its head (in `send_and_read`).
            if stream.is_some() {
                // No deadline (one too far to count) must not fall back to
                // the HTTP client's own timeout, the attempt's.
                *sent.timeout_mut() = Some(remaining.unwrap_or(NO_DEADLINE));
            } else if settings.http_timeout != Some(limit) {
                *sent.timeout_mut() = Some(limit);
            }

            let attempt_span = tracing::debug_span!(
                "attempt",
                attempt,
                attempt_id = attempt_id.as_deref(),
                status = Empty,
                duration_ms = Empty,
                failure = Empty,
                outcome = Empty,
            );
            // Timed only for a subscriber that wants the attempt's span.
            let attempt_started = (!attempt_span.is_disabled()).then(Instant::now);
            let result = send_and_read(&settings.http, sent, limit, settings.max_body, stream)
                .instrument(attempt_span.clone())
                .await;
            if let Some(at) = attempt_started {
                attempt_span.record("duration_ms", millis(at.elapsed()));
            }
            let call = CallInfo::new(operation, attempt, request_id);

            let (failure, ended) = match result {
                Ok(Answered::Streaming(response)) => {
                    // A status to stream is the answer: nothing is retried
                    // once its body may have started.
                    let status = response.0.status();
                    attempt_span.record("status", status.as_u16());
                    attempt_span.record("outcome", "returned");
                    let value = ResponseValue::received(
                        BodyStream::new(response.0),
                        status,
                        response.1,
                        call.clone(),
                    );
                    record_outcome(
                        &call_span,
                        Some(&call),
                        Some(status),
                        "streaming",
                        ids.call_id().is_none(),
                    );
                    call_ended(
                        &call_span,
                        operation,
                        Some(&call),
                        Some(status),
                        "streaming",
                        started,
                    );
                    return Ok(Outcome::Streaming(value));
                }
                Ok(Answered::Read(answer)) => {
                    attempt_span.record("status", answer.status.as_u16());
                    let response = Response::new(answer.status, answer.headers, answer.body, call)
                        .with_drift_report(settings.report_drift);
                    (Failure::Status(answer.status), Ok(response))
                }
                Err(interrupted) => {
                    let kind = match &interrupted.error {
                        Some(error) => {
                            communication_kind(error, interrupted.head.is_some(), timeout_kind)
                        }
                        None => interrupted.kind.unwrap_or(timeout_kind),
                    };
                    if let Some((status, _)) = &interrupted.head {
                        attempt_span.record("status", status.as_u16());
                    }
                    attempt_span.record("failure", kind.as_str());
                    let error =
                        CommunicationError::new(kind, interrupted.head, interrupted.error, call);
                    (
                        Failure::Communication(kind),
                        Err(Error::Communication(error)),
                    )
                }
            };

            // 401 to a token from a source: one new token, one resend,
            // whatever the method (the request was not processed).
            if let (Some(cache), Some(refused), Ok(response)) = (&source, &token, &ended)
                && response.status() == reqwest::StatusCode::UNAUTHORIZED
                && kept.is_none()
            {
                // No copy to send again (a streamed body): the next call
                // asks for a new token at least.
                cache.forget(refused);
            }
            if let (Some(cache), Some(refused), Ok(response), true) =
                (&source, &token, &ended, may_resend_with_new_token)
                && response.status() == reqwest::StatusCode::UNAUTHORIZED
                && let Some(mut again) = kept
            {
                attempt_span.record("outcome", "new token");
                let header = cache.replace(refused).await.map_err(Error::Token)?;
                again.headers_mut().insert(AUTHORIZATION, header.clone());
                token = Some(header);
                token_replaced = true;
                next = again;
                continue;
            }
            let kept = kept.filter(|_| attempt < policy.max_attempts());
            let wait = match kept {
                Some(_) if classify::is_retryable(failure, operation) => {
                    // Read only when it can matter: a clock read per call.
                    let asked = match &ended {
                        Ok(response) => retry_after(response.headers(), SystemTime::now()),
                        Err(_) => None,
                    };
                    policy
                        .backoff(attempt)
                        .map(|backoff| backoff.max(asked.unwrap_or(Duration::ZERO)))
                }
                _ => None,
            };
            let in_time = |wait: Duration| {
                ends_at.is_none_or(|at| Instant::now().checked_add(wait).is_some_and(|t| t < at))
            };
            if let (Some(wait), Some(kept)) = (wait, kept) {
                if in_time(wait) {
                    attempt_span.record("outcome", "retry");
                    tracing::warn!(
                        parent: &call_span,
                        attempt,
                        reason = %failure,
                        wait_ms = millis(wait),
                        "retrying after a transient failure",
                    );
                    tokio::time::sleep(wait).await;
                    next = kept;
                    continue;
                }
                tracing::warn!(
                    parent: &call_span,
                    attempt,
                    reason = %failure,
                    wait_ms = millis(wait),
                    "not retrying: the wait would pass the call's deadline",
                );
            }

            attempt_span.record("outcome", "returned");
            record_end(
                &call_span,
                &ended,
                ids.call_id().is_none(),
                operation,
                started,
            );
            return ended.map(Outcome::Complete);
        }
    }
}

/// How a call is sent, besides its request: whether a success streams,
/// and where its token comes from.
struct How {
    stream: Option<fn(u16) -> bool>,
    source: Option<TokenCache>,
}

/// A token from `cache`; while the token endpoint is unavailable, asked
/// again after the policy's back-off, as a connection that failed is,
/// within the call's deadline.
async fn token_header<E>(
    cache: &TokenCache,
    policy: &RetryPolicy,
    ends_at: Option<Instant>,
) -> Result<HeaderValue, Error<E>> {
    let mut asked = 0;
    loop {
        asked += 1;
        // The wait for the token, fetched or being fetched by another call,
        // is within the call's deadline too.
        let answer = match ends_at {
            Some(at) => {
                let left = at.saturating_duration_since(Instant::now());
                tokio::time::timeout(left, cache.header())
                    .await
                    .unwrap_or_else(|_| {
                        Err(TokenError::Unavailable(
                            "no token came within the call's deadline".into(),
                        ))
                    })
            }
            None => cache.header().await,
        };
        match answer {
            Ok(header) => return Ok(header),
            Err(error) if error.is_retryable() && asked < policy.max_attempts() => {
                let Some(wait) = policy.backoff(asked) else {
                    return Err(Error::Token(error));
                };
                let in_time = ends_at
                    .is_none_or(|at| Instant::now().checked_add(wait).is_some_and(|t| t < at));
                if !in_time {
                    return Err(Error::Token(error));
                }
                tracing::warn!(
                    attempt = asked,
                    wait_ms = millis(wait),
                    "retrying the token request"
                );
                tokio::time::sleep(wait).await;
            }
            Err(error) => return Err(Error::Token(error)),
        }
    }
}

/// Records on the call's span how it ended, in one record: each record is
/// a lookup and a formatting pass under a formatting subscriber.
fn record_end<E>(
    span: &Span,
    ended: &Result<Response, Error<E>>,
    record_id: bool,
    operation: &'static Operation,
    started: Instant,
) {
    let (call, status, outcome) = match ended {
        Ok(response) => {
            let outcome = if response.status().is_success() {
                "success"
            } else {
                "error status"
            };
            (Some(response.call()), Some(response.status()), outcome)
        }
        Err(e) => (e.call(), e.status(), "communication failure"),
    };
    record_outcome(span, call, status, outcome, record_id);
    call_ended(span, operation, call, status, outcome, started);
}

/// The one event of every call, at INFO, when it ends: which operation,
/// the status, the attempts, how long it took and how it ended (with the
/// request id from the call's span). Its fields are worked out only when
/// a subscriber takes INFO events of `client_runtime`.
fn call_ended(
    span: &Span,
    operation: &'static Operation,
    call: Option<&CallInfo>,
    status: Option<StatusCode>,
    outcome: &str,
    started: Instant,
) {
    tracing::info!(
        parent: span,
        api = operation.api,
        operation = operation.id,
        status = status.map(|s| s.as_u16()),
        attempts = call.map(CallInfo::attempts),
        duration_ms = millis(started.elapsed()),
        outcome,
        "call ended",
    );
}

/// Records a call's attempts, request id (where the span was built
/// without it), status and outcome on its span.
fn record_outcome(
    span: &Span,
    call: Option<&CallInfo>,
    status: Option<StatusCode>,
    outcome: &str,
    record_id: bool,
) {
    let Some(metadata) = span.metadata() else {
        return;
    };
    let fields = metadata.fields();
    let field = |name| fields.field(name).expect("a field of the call span");
    let (attempts, request_id, status_field, outcome_field) = (
        field("attempts"),
        field("request_id"),
        field("status"),
        field("outcome"),
    );
    let attempts_made = call.map(|c| c.attempts());
    let id = call.and_then(|c| c.request_id()).filter(|_| record_id);
    let status = status.map(|s| s.as_u16());
    span.record_all(&fields.value_set(&[
        (&attempts, attempts_made.as_ref().map(|a| a as &dyn Value)),
        (&request_id, id.as_ref().map(|i| i as &dyn Value)),
        (&status_field, status.as_ref().map(|s| s as &dyn Value)),
        (&outcome_field, Some(&outcome as &dyn Value)),
    ]));
}

impl Default for Runtime {
    /// The default settings, sending with a new HTTP client that has the
    /// default connect timeout and no credentials.
    ///
    /// # Panics
    ///
    /// When no HTTP client can be made (no TLS backend, or no system DNS
    /// configuration), as `reqwest::Client::new` does.
    fn default() -> Self {
        // Redirects are the runtime's to follow, and no `Referer` carries a
        // query: as `ClientBuilder` sets up its clients.
        let http = reqwest::Client::builder()
            .connect_timeout(DEFAULT_CONNECT_TIMEOUT)
            .timeout(DEFAULT_ATTEMPT_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Runtime::new(http)
    }
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not the HTTP client: its default headers may be credentials.
        f.debug_struct("Runtime")
            .field("credentials", &self.settings.credentials)
            .field("retry", &self.settings.retry)
            .field("attempt_timeout", &self.settings.attempt_timeout)
            .field("deadline", &self.settings.deadline)
            .field("report_drift", &self.settings.report_drift)
            .field("max_body_size", &self.settings.max_body)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Status(status) => write!(f, "status {}", status.as_u16()),
            Failure::Communication(kind) => f.write_str(kind.as_str()),
        }
    }
}

/// What a call gave its caller.
enum Outcome {
    /// The whole response.
    Complete(Response),
    /// A response whose body is streamed.
    Streaming(ResponseValue<BodyStream>),
}

/// What [`Runtime::execute_streaming`] answers.
#[derive(Debug)]
pub enum Streamed {
    /// A status to stream: its status and headers, and the body to read.
    Stream(ResponseValue<BodyStream>),
    /// Any other status, read whole, to decode as
    /// [`Runtime::execute`]'s answer is.
    Complete(Response),
}

/// What one attempt got: a response read whole, or one whose body is left
/// to stream (the response, and the headers taken out of it).
enum Answered {
    Read(Answer),
    Streaming((reqwest::Response, HeaderMap)),
}

/// A complete response.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// A failed attempt: the error (none for one the runtime found itself:
/// `kind` then says which), and the status and headers if they arrived.
struct Interrupted {
    error: Option<reqwest::Error>,
    kind: Option<CommunicationKind>,
    head: Option<(StatusCode, HeaderMap)>,
}

/// Sends one attempt and reads its body, at most `max_body` bytes of it: a
/// body cut off, or one larger than that, is a failed attempt, not a
/// response. A redirect to the same origin is followed for a method that
/// only reads, within the attempt's `limit`; any other redirect is the
/// answer (see [`follow`]).
async fn send_and_read(
    http: &reqwest::Client,
    mut request: reqwest::Request,
    limit: Duration,
    max_body: usize,
    stream: Option<fn(u16) -> bool>,
) -> Result<Answered, Interrupted> {
    let started = Instant::now();
    let mut hops = 0;
    let mut response = loop {
        // A copy to send again if the answer is a redirect to follow: only
        // a request that reads (and so has no body) is ever sent again.
        let again = reads_only(request.method())
            .then(|| request.try_clone())
            .flatten();
        let sent = http.execute(request);
        let arrived = match stream {
            // The request's own timeout is the deadline's; the attempt's
            // bounds the wait for the head.
            Some(_) => {
                match tokio::time::timeout(limit.saturating_sub(started.elapsed()), sent).await {
                    Ok(arrived) => arrived,
                    Err(_) => {
                        return Err(Interrupted {
                            error: None,
                            kind: None,
                            head: None,
                        });
                    }
                }
            }
            None => sent.await,
        };
        let response = arrived.map_err(|error| Interrupted {
            error: Some(error),
            kind: None,
            head: None,
        })?;
        // A streamed body's own timeout is the deadline's, which the hop
        // keeps; otherwise the attempt's timeout covers every hop.
        let hop_limit = stream.is_none().then_some(limit);
        match again.and_then(|again| follow(again, &response, hops, started, hop_limit)) {
            Some(next) => {
                hops += 1;
                request = next;
            }
            None => break response,
        }
    };
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    // Only a success streams: any other status is read whole, so that the
    // call path can retry it as it retries any answer.
    if status.is_success() && stream.is_some_and(|stream| stream(status.as_u16())) {
        return Ok(Answered::Streaming((response, headers)));
    }
    let read = match stream {
        // The request's own timeout is the deadline's: the body of a status
        // that does not stream is bounded by the attempt's, as in `execute`.
        Some(_) => {
            let left = limit.saturating_sub(started.elapsed());
            match tokio::time::timeout(left, read_body(&mut response, max_body)).await {
                Ok(read) => read,
                Err(_) => {
                    return Err(Interrupted {
                        error: None,
                        kind: None,
                        head: Some((status, headers)),
                    });
                }
            }
        }
        None => read_body(&mut response, max_body).await,
    };
    match read {
        Ok(Some(body)) => Ok(Answered::Read(Answer {
            status,
            headers,
            body,
        })),
        Ok(None) => Err(Interrupted {
            error: None,
            kind: Some(CommunicationKind::BodyTooLarge),
            head: Some((status, headers)),
        }),
        Err(error) => Err(Interrupted {
            error: Some(error),
            kind: None,
            head: Some((status, headers)),
        }),
    }
}

/// Whether a method only reads (RFC 9110's safe methods): such a request
/// may be sent again to where a redirect points.
fn reads_only(method: &reqwest::Method) -> bool {
    matches!(
        *method,
        reqwest::Method::GET | reqwest::Method::HEAD | reqwest::Method::OPTIONS
    )
}

/// The request to send next when `response` is a redirect this client
/// follows: one to the same origin (scheme, host and port) as the request,
/// at most [`MAX_REDIRECTS`] in an attempt. `again` is the request as sent,
/// of a method that only reads. Every other redirect is not followed and is
/// the attempt's answer, so that no credential and no query ever leaves for
/// another origin.
fn follow(
    mut again: reqwest::Request,
    response: &reqwest::Response,
    hops: usize,
    started: Instant,
    limit: Option<Duration>,
) -> Option<reqwest::Request> {
    let redirect = matches!(response.status().as_u16(), 301 | 302 | 303 | 307 | 308);
    if !redirect || hops >= MAX_REDIRECTS {
        return None;
    }
    let location = response.headers().get(reqwest::header::LOCATION)?;
    let target = again.url().join(location.to_str().ok()?).ok()?;
    if target.origin() != again.url().origin() {
        return None;
    }
    if let Some(limit) = limit {
        // What is left of the attempt's timeout, for the next hop.
        let left = limit.checked_sub(started.elapsed())?;
        *again.timeout_mut() = Some(left);
    }
    *again.url_mut() = target;
    Some(again)
}

/// The whole body, or `None` when it is larger than `max_body` bytes: known
/// from `Content-Length` before anything is read, else when the bytes read
/// would pass the bound. The buffer grows by doubling up to the bound, and
/// never past it: what is held is the bound at most, and the chunk being
/// read (and, while the buffer grows, its old copy).
async fn read_body(
    response: &mut reqwest::Response,
    max_body: usize,
) -> Result<Option<Bytes>, reqwest::Error> {
    let declared = response.content_length();
    if declared.is_some_and(|length| length > max_body as u64) {
        return Ok(None);
    }
    // Most bodies arrive as one chunk, which is returned as it is; more are
    // gathered into one buffer, sized from `Content-Length` when known.
    let Some(first) = response.chunk().await? else {
        return Ok(Some(Bytes::new()));
    };
    if first.len() > max_body {
        return Ok(None);
    }
    let Some(second) = response.chunk().await? else {
        return Ok(Some(first));
    };
    let capacity = declared.map_or(first.len() + second.len(), |length| length as usize);
    let mut body: Vec<u8> = Vec::with_capacity(capacity.min(max_body));
    let mut chunk = Some(second);
    body.extend_from_slice(&first);
    drop(first);
    while let Some(bytes) = chunk {
        let needed = body.len() + bytes.len();
        if needed > max_body {
            return Ok(None);
        }
        if needed > body.capacity() {
            let grown = (body.capacity() * 2).clamp(needed, max_body);
            body.reserve_exact(grown - body.len());
        }
        body.extend_from_slice(&bytes);
        chunk = response.chunk().await?;
    }
    Ok(Some(Bytes::from(body)))
}

/// What kind of failure a `reqwest` error is. `timeout` is the kind a timeout
/// of this attempt counts as: the attempt timeout's, or the call deadline's
/// when that was nearer.
fn communication_kind(
    error: &reqwest::Error,
    head_arrived: bool,
    timeout: CommunicationKind,
) -> CommunicationKind {
    if error.is_connect() {
        CommunicationKind::Connect
    } else if error.is_timeout() {
        timeout
    } else if head_arrived {
        CommunicationKind::BodyCutOff
    } else if error.is_request() || error.is_body() {
        CommunicationKind::ConnectionLost
    } else {
        CommunicationKind::Other
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_runtime_follows_no_redirect_and_sends_no_referer() {
        // reqwest's Debug names a redirect policy other than its default,
        // and the Referer setting when it is on.
        let shown = format!("{:?}", Runtime::default().http());
        assert!(shown.contains("redirect_policy"), "{shown}");
        assert!(!shown.contains("referer: true"), "{shown}");
    }
}

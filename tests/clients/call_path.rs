//! The call path every generated client goes through (`client-runtime`),
//! against a server on 127.0.0.1 that misbehaves the way gateways do.
//!
//! `Probe` is written by hand the way codegen writes a client: built by
//! `ClientBuilder`, one `Operation` constant per operation, `send()` handing
//! its request to `Runtime::execute` and decoding by status. A generated
//! client's version of each test changes only the call.

use std::time::{Duration, Instant, SystemTime};

use api_tests::{ReceivedRequest, RecordingServer, Reply};
use client_runtime::reqwest::header::ACCEPT;
use client_runtime::{
    ApiClient, ApiDescription, CallOptions, ClientBuilder, CommunicationKind, Error, IdScope,
    Operation, RequestIdHeader, Requirement, ResponseValue, RetryPolicy, Runtime,
};
use serde::Deserialize;
use serde_json::json;

/// Ids as a spec with `x-correlation-id` (per call) and `x-request-id` (per
/// attempt) declares them.
const IDS: &[RequestIdHeader] = &[
    RequestIdHeader {
        header: "x-correlation-id",
        scope: IdScope::Call,
    },
    RequestIdHeader {
        header: "x-request-id",
        scope: IdScope::Attempt,
    },
];

const GET_ORDER: Operation = Operation {
    api: "probe",
    id: "getOrder",
    method: "GET",
    path: "/orders/{order-id}",
    idempotent: true,
    request_ids: IDS,
};

const UPDATE_ORDER: Operation = Operation {
    api: "probe",
    id: "updateOrder",
    method: "PATCH",
    path: "/orders/{order-id}",
    idempotent: false,
    request_ids: IDS,
};

/// The documented success body.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
struct Order {
    id: String,
}

/// The documented error body, for 4XX and 5XX.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
struct Problem {
    code: String,
}

/// A client written the way codegen writes one.
struct Probe {
    base_url: String,
    http: client_runtime::reqwest::Client,
    runtime: Runtime,
}

impl ApiClient for Probe {
    const DESCRIPTION: ApiDescription = ApiDescription {
        name: "probe",
        default_base_url: None,
        bearer_token: Requirement::Required,
        api_key: None,
    };

    fn from_parts(base_url: &str, http: client_runtime::reqwest::Client, runtime: Runtime) -> Self {
        Probe {
            base_url: base_url.to_owned(),
            http,
            runtime,
        }
    }
}

/// The caller's own request ids, when it sets them.
#[derive(Default)]
struct CallerIds {
    correlation: Option<&'static str>,
    request: Option<&'static str>,
}

impl Probe {
    /// `GET /orders/{order-id}`.
    async fn get_order(
        &self,
        order_id: &str,
        ids: CallerIds,
        options: CallOptions,
    ) -> Result<ResponseValue<Order>, Error<Problem>> {
        let mut request = self
            .http
            .get(format!("{}/orders/{order_id}", self.base_url))
            .header(ACCEPT, "application/json");
        if let Some(id) = ids.correlation {
            request = request.header("x-correlation-id", id);
        }
        if let Some(id) = ids.request {
            request = request.header("x-request-id", id);
        }
        let request = request.build()?;
        let response = self.runtime.execute(&GET_ORDER, request, options).await?;
        match response.status().as_u16() {
            200 => response.success(),
            400..=599 => Err(response.error()),
            _ => Err(response.unexpected()),
        }
    }

    /// `PATCH /orders/{order-id}`: not idempotent.
    async fn update_order(&self, order_id: &str) -> Result<ResponseValue<Order>, Error<Problem>> {
        let request = self
            .http
            .patch(format!("{}/orders/{order_id}", self.base_url))
            .header(ACCEPT, "application/json")
            .json(&json!({"status": "CANCELLED"}))
            .build()?;
        let response = self
            .runtime
            .execute(&UPDATE_ORDER, request, CallOptions::default())
            .await?;
        match response.status().as_u16() {
            200 => response.success(),
            400..=599 => Err(response.error()),
            _ => Err(response.unexpected()),
        }
    }
}

/// Short waits, so that the tests run fast: attempts and back-offs well
/// under the deadline.
const DEADLINE: Duration = Duration::from_secs(5);
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(500);

fn quick_retries() -> RetryPolicy {
    RetryPolicy::exponential(3, Duration::from_millis(10), Duration::from_millis(50))
}

fn client(base_url: &str) -> Probe {
    ClientBuilder::new()
        .base_url(base_url)
        .bearer_token("secret-token")
        .attempt_timeout(ATTEMPT_TIMEOUT)
        .deadline(DEADLINE)
        .retry(quick_retries())
        .build()
        .unwrap()
}

/// The call's correlation id, after checking that every attempt carried the
/// same one and each its own request id.
fn one_call(requests: &[ReceivedRequest]) -> String {
    let correlation = requests[0].header("x-correlation-id").to_owned();
    let mut request_ids = Vec::new();
    for request in requests {
        assert_eq!(request.header("x-correlation-id"), correlation);
        request_ids.push(request.header("x-request-id").to_owned());
    }
    let mut distinct = request_ids.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), request_ids.len(), "{request_ids:?}");
    assert_ne!(request_ids[0], correlation);
    correlation
}

/// Runs a call and measures it.
async fn timed<T>(call: impl Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    let result = call.await;
    (result, started.elapsed())
}

/// The margin allowed past a deadline: scheduling, not waiting.
const MARGIN: Duration = Duration::from_secs(1);

#[tokio::test]
async fn a_503_then_a_200_is_retried_with_the_same_correlation_id() {
    let server = RecordingServer::start().await;
    let client = client(&server.url());
    server
        .reply(Reply::json(503, &json!({"code": "UNAVAILABLE"})))
        .reply(Reply::json(200, &json!({"id": "o-1"})));

    let (result, took) =
        timed(client.get_order("o-1", CallerIds::default(), CallOptions::new())).await;

    assert_eq!(result.unwrap().into_inner().id, "o-1");
    let first = server.received();
    assert_eq!(first.len(), 2);
    let first_call = one_call(&first);
    assert!(took < DEADLINE + MARGIN, "{took:?}");

    // The next call is another call: another correlation id.
    server.reply(Reply::json(200, &json!({"id": "o-1"})));
    client
        .get_order("o-1", CallerIds::default(), CallOptions::new())
        .await
        .unwrap();
    let all = server.received();
    assert_eq!(all.len(), 3);
    assert_ne!(one_call(&all[2..]), first_call);
}

#[tokio::test]
async fn the_callers_ids_are_kept_and_its_request_id_only_once() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(502, &json!({"code": "BAD_GATEWAY"})))
        .reply(Reply::json(200, &json!({"id": "o-1"})));
    let ids = CallerIds {
        correlation: Some("corr-1"),
        request: Some("req-1"),
    };
    client(&server.url())
        .get_order("o-1", ids, CallOptions::new())
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(one_call(&received), "corr-1");
    assert_eq!(received[0].header("x-request-id"), "req-1");
    assert_ne!(received[1].header("x-request-id"), "req-1");
}

#[tokio::test]
async fn a_429_with_retry_after_seconds_waits_that_long() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(429, &json!({"code": "SLOW_DOWN"})).header("retry-after", "1"))
        .reply(Reply::json(200, &json!({"id": "o-1"})));

    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), CallOptions::new()))
            .await;

    assert_eq!(result.unwrap().into_inner().id, "o-1");
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    // The retry left after the answer, which left after the first arrival.
    let waited = received[1].arrived - received[0].arrived;
    assert!(waited >= Duration::from_secs(1), "{waited:?}");
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_429_with_retry_after_as_an_http_date_waits_until_then() {
    let server = RecordingServer::start().await;
    // A whole second later at least: HTTP dates count whole seconds.
    let until = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    let not_before = httpdate::parse_http_date(&until).unwrap();
    server
        .reply(Reply::json(429, &json!({"code": "SLOW_DOWN"})).header("retry-after", &until))
        .reply(Reply::json(200, &json!({"id": "o-1"})));

    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), CallOptions::new()))
            .await;

    assert_eq!(result.unwrap().into_inner().id, "o-1");
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(
        received[1].arrived_at >= not_before,
        "retried at {:?}, before {until}",
        received[1].arrived_at
    );
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_retry_after_beyond_the_deadline_ends_the_call_at_once() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(503, &json!({"code": "MAINTENANCE"})).header("retry-after", "120"));
    let ids = CallerIds {
        correlation: Some("corr-ticket"),
        request: None,
    };

    let (result, took) =
        timed(client(&server.url()).get_order("o-1", ids, CallOptions::new())).await;

    let error = result.unwrap_err();
    assert_eq!(server.received().len(), 1);
    // No sleep: it ends long before the deadline it could not meet.
    assert!(took < DEADLINE / 2, "{took:?}");
    let Error::ErrorResponse(response) = &error else {
        panic!("expected the documented error, got {error:?}");
    };
    assert_eq!(response.code, "MAINTENANCE");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.headers().unwrap()["retry-after"], "120");
    assert_eq!(error.attempts(), 1);
    assert_eq!(error.request_id(), Some("corr-ticket"));
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_500_is_retried_for_a_get() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(500, &json!({"code": "OOPS"})))
        .reply(Reply::json(200, &json!({"id": "o-1"})));
    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), CallOptions::new()))
            .await;
    assert_eq!(result.unwrap().into_inner().id, "o-1");
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_500_is_not_resent_for_a_patch() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(500, &json!({"code": "OOPS"})))
        .reply(Reply::json(200, &json!({"id": "o-1"})));

    let (result, took) = timed(client(&server.url()).update_order("o-1")).await;

    let error = result.unwrap_err();
    let received = server.received();
    assert_eq!(received.len(), 1, "a PATCH after a 5xx is sent once");
    assert_eq!(received[0].method, "PATCH");
    let Error::ErrorResponse(response) = &error else {
        panic!("expected the documented error, got {error:?}");
    };
    assert_eq!(response.code, "OOPS");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.attempts(), 1);
    assert_eq!(
        error.request_id(),
        Some(received[0].header("x-correlation-id"))
    );
    assert!(!error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_503_is_not_resent_for_a_patch_either() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(503, &json!({"code": "UNAVAILABLE"})));
    let error = client(&server.url()).update_order("o-1").await.unwrap_err();
    assert_eq!(server.received().len(), 1);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_response_cut_off_is_retried_for_a_get() {
    let server = RecordingServer::start().await;
    let whole = br#"{"id": "o-1", "note": "a body long enough to cut"}"#.to_vec();
    server
        .reply(Reply::raw(200, "application/json", whole.clone()).cut_off_after(10))
        .reply(Reply::raw(200, "application/json", whole));

    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), CallOptions::new()))
            .await;

    assert_eq!(result.unwrap().into_inner().id, "o-1");
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_response_cut_off_is_not_resent_for_a_patch_and_keeps_its_status() {
    let server = RecordingServer::start().await;
    let whole = br#"{"id": "o-1", "note": "a body long enough to cut"}"#.to_vec();
    server
        .reply(Reply::raw(200, "application/json", whole.clone()).cut_off_after(10))
        .reply(Reply::raw(200, "application/json", whole));

    let error = client(&server.url()).update_order("o-1").await.unwrap_err();

    let received = server.received();
    assert_eq!(received.len(), 1);
    let Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::BodyCutOff);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(error.attempts(), 1);
    assert_eq!(
        error.request_id(),
        Some(received[0].header("x-correlation-id"))
    );
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_stalled_answer_times_the_attempt_out_and_the_next_one_answers() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(200, &json!({"id": "stale"})).delayed(ATTEMPT_TIMEOUT * 6))
        .reply(Reply::json(200, &json!({"id": "o-1"})));

    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), CallOptions::new()))
            .await;

    // The answer is the second one: the stalled one was given up.
    assert_eq!(result.unwrap().into_inner().id, "o-1");
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_stalled_answer_without_retries_is_a_timeout() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"id": "stale"})).delayed(ATTEMPT_TIMEOUT * 6));

    let options = CallOptions::new().with_retry(RetryPolicy::none());
    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), options)).await;

    let error = result.unwrap_err();
    assert_eq!(server.received().len(), 1);
    let Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Timeout);
    assert_eq!(error.status(), None);
    assert_eq!(error.attempts(), 1);
    assert!(error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn the_deadline_bounds_every_attempt() {
    let server = RecordingServer::start().await;
    let deadline = Duration::from_millis(300);
    // Each attempt may take 500 ms, but the call only 300 ms in all.
    for _ in 0..3 {
        server.reply(Reply::json(200, &json!({"id": "stale"})).delayed(Duration::from_secs(3)));
    }

    let options = CallOptions::new().with_deadline(deadline);
    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), options)).await;

    let error = result.unwrap_err();
    assert!(took < deadline + MARGIN, "{took:?}");
    let Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Deadline);
    assert_eq!(server.received().len(), 1);
    assert_eq!(error.attempts(), 1);
}

#[tokio::test]
async fn a_gateways_own_json_403_keeps_status_body_and_decode_error() {
    let server = RecordingServer::start().await;
    // Not the documented error schema: an API gateway's own body.
    let body = json!({"message": "User is not authorized to access this resource"});
    server.reply(Reply::json(403, &body));

    let error = client(&server.url())
        .get_order("o-1", CallerIds::default(), CallOptions::new())
        .await
        .unwrap_err();

    assert_eq!(server.received().len(), 1);
    let Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(response.body(), serde_json::to_vec(&body).unwrap());
    assert!(!response.is_truncated());
    let decode_error = response.decode_error().expect("the decode error is kept");
    assert!(
        decode_error.to_string().contains("missing field `code`"),
        "{decode_error}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(error.attempts(), 1);
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn an_html_502_is_retried_then_kept_with_its_status_and_body() {
    let server = RecordingServer::start().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    for _ in 0..3 {
        server.reply(Reply::raw(502, "text/html", page));
    }

    let (result, took) =
        timed(client(&server.url()).get_order("o-1", CallerIds::default(), CallOptions::new()))
            .await;

    let error = result.unwrap_err();
    let received = server.received();
    assert_eq!(received.len(), 3);
    let correlation = one_call(&received);
    let Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 502);
    assert_eq!(response.body_text(), page);
    assert_eq!(response.headers()["content-type"], "text/html");
    assert!(response.decode_error().is_some());
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.request_id(), Some(correlation.as_str()));
    assert!(error.is_retryable());
    // Neither message shows the page.
    assert!(!format!("{error} {error:?}").contains("Bad Gateway</h1>"));
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_patch() {
    // A port nothing listens on: bound, then released.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let client = client(&format!("http://{address}"));

    let (result, took) = timed(client.update_order("o-1")).await;

    let error = result.unwrap_err();
    let Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Connect);
    // It never reached a server, so every attempt was made.
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.status(), None);
    let id = error.request_id().expect("the call has an id");
    assert!(!id.is_empty());
    assert!(error.is_retryable());
    assert!(!format!("{error} {error:?}").contains("http://"));
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

/// A `tracing` layer that keeps every span (with the fields recorded on it
/// until it closed) and every event, for a test to inspect.
mod capture {
    use std::collections::BTreeMap;
    use std::fmt::Debug;
    use std::sync::{Arc, Mutex, OnceLock};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Level, Subscriber};
    use tracing_subscriber::layer::{Context, Layer};
    use tracing_subscriber::registry::LookupSpan;

    /// A closed span or an event.
    #[derive(Clone, Debug)]
    pub struct Captured {
        /// The span's id (0 for an event).
        pub id: u64,
        /// The enclosing span's id.
        pub parent_id: Option<u64>,
        /// The span's or event's name.
        pub name: String,
        /// The event's level.
        pub level: Level,
        /// The enclosing span's name.
        pub parent: Option<String>,
        /// Each field, strings as they are and other values as `Debug`.
        pub fields: BTreeMap<String, String>,
    }

    impl Captured {
        pub fn field(&self, name: &str) -> &str {
            self.fields
                .get(name)
                .unwrap_or_else(|| panic!("no field `{name}` in {self:?}"))
        }
    }

    #[derive(Clone, Default)]
    pub struct Capture {
        pub spans: Arc<Mutex<Vec<Captured>>>,
        pub events: Arc<Mutex<Vec<Captured>>>,
    }

    /// The capture of every thread of this test binary, installed once as
    /// the global subscriber.
    ///
    /// Global, not scoped to one thread: `tracing` caches whether a span is
    /// wanted for the whole process when another thread first reaches it,
    /// and with one thread-scoped subscriber, the other test threads (which
    /// have none) would have it cached as unwanted.
    pub fn global() -> &'static Capture {
        use tracing_subscriber::layer::SubscriberExt;
        static GLOBAL: OnceLock<Capture> = OnceLock::new();
        GLOBAL.get_or_init(|| {
            let capture = Capture::default();
            tracing::subscriber::set_global_default(
                tracing_subscriber::registry().with(capture.clone()),
            )
            .expect("no other test sets a global subscriber");
            capture
        })
    }

    #[derive(Default)]
    struct Fields(BTreeMap<String, String>);

    impl Visit for Fields {
        fn record_str(&mut self, field: &Field, value: &str) {
            self.0.insert(field.name().to_owned(), value.to_owned());
        }

        fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
            self.0.insert(field.name().to_owned(), format!("{value:?}"));
        }
    }

    impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
        fn on_new_span(&self, attributes: &Attributes<'_>, id: &Id, context: Context<'_, S>) {
            let mut fields = Fields::default();
            attributes.record(&mut fields);
            if let Some(span) = context.span(id) {
                span.extensions_mut().insert(fields);
            }
        }

        fn on_record(&self, id: &Id, values: &Record<'_>, context: Context<'_, S>) {
            if let Some(span) = context.span(id)
                && let Some(fields) = span.extensions_mut().get_mut::<Fields>()
            {
                values.record(fields);
            }
        }

        fn on_event(&self, event: &Event<'_>, context: Context<'_, S>) {
            let mut fields = Fields::default();
            event.record(&mut fields);
            let parent = context.event_span(event);
            self.events.lock().unwrap().push(Captured {
                id: 0,
                parent_id: parent.as_ref().map(|s| s.id().into_u64()),
                name: event.metadata().name().to_owned(),
                level: *event.metadata().level(),
                parent: parent.map(|s| s.name().to_owned()),
                fields: fields.0,
            });
        }

        fn on_close(&self, id: Id, context: Context<'_, S>) {
            let Some(span) = context.span(&id) else {
                return;
            };
            let fields = span.extensions_mut().remove::<Fields>().unwrap_or_default();
            self.spans.lock().unwrap().push(Captured {
                id: id.into_u64(),
                parent_id: span.parent().map(|p| p.id().into_u64()),
                name: span.name().to_owned(),
                level: *span.metadata().level(),
                parent: span.parent().map(|p| p.name().to_owned()),
                fields: fields.0,
            });
        }
    }
}

#[tokio::test]
async fn spans_carry_the_call_and_its_attempts_but_no_query_or_credential() {
    let capture = capture::global();

    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(503, &json!({"code": "UNAVAILABLE"})))
        .reply(Reply::json(200, &json!({"id": "order-42"})));
    let client = client(&server.url());
    // A guest's e-mail in the query, as fabric Orders sends it.
    let request = client
        .http
        .get(format!("{}/orders/order-42", client.base_url))
        .query(&[("email", "jane@example.com")])
        .build()
        .unwrap();
    let response = client
        .runtime
        .execute::<Problem>(&GET_ORDER, request, CallOptions::new())
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);

    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(
        received[0].query.as_deref(),
        Some("email=jane%40example.com")
    );
    let correlation = one_call(&received);
    assert_eq!(response.request_id(), Some(correlation.as_str()));

    let spans = capture.spans.lock().unwrap().clone();
    let events = capture.events.lock().unwrap().clone();
    // Other tests' calls are captured too: this call is the one with its id.
    let calls: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "call" && s.fields.get("request_id") == Some(&correlation))
        .collect();
    let [call] = calls.as_slice() else {
        panic!("expected one call span: {spans:#?}");
    };
    assert_eq!(call.field("api"), "probe");
    assert_eq!(call.field("operation"), "getOrder");
    assert_eq!(call.field("method"), "GET");
    assert_eq!(call.field("path"), "/orders/{order-id}");
    assert_eq!(call.field("request_id"), correlation);
    assert_eq!(call.field("attempts"), "2");
    assert_eq!(call.field("status"), "200");
    assert_eq!(call.field("outcome"), "success");

    let attempts: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "attempt" && s.parent_id == Some(call.id))
        .collect();
    assert_eq!(attempts.len(), 2, "{spans:#?}");
    for (attempt, (number, status, outcome)) in attempts
        .iter()
        .zip([("1", "503", "retry"), ("2", "200", "returned")])
    {
        assert_eq!(attempt.parent.as_deref(), Some("call"));
        assert_eq!(attempt.field("attempt"), number);
        assert_eq!(attempt.field("status"), status);
        assert_eq!(attempt.field("outcome"), outcome);
        assert!(attempt.field("duration_ms").parse::<u64>().is_ok());
    }
    assert_eq!(
        attempts[0].field("attempt_id"),
        received[0].header("x-request-id")
    );
    assert_eq!(
        attempts[1].field("attempt_id"),
        received[1].header("x-request-id")
    );

    let retries: Vec<_> = events
        .iter()
        .filter(|e| e.parent_id == Some(call.id))
        .collect();
    let [retry] = retries.as_slice() else {
        panic!("expected one retry event: {events:#?}");
    };
    assert_eq!(retry.level, tracing::Level::WARN);
    assert!(retry.field("message").starts_with("retrying"), "{retry:?}");
    assert_eq!(retry.field("reason"), "status 503");
    assert!(retry.field("wait_ms").parse::<u64>().is_ok());

    // Neither the query, nor the filled path, nor the credential, anywhere
    // (in any test's spans and events).
    let everything = format!("{spans:?}{events:?}");
    for secret in ["jane", "email", "order-42", "secret-token", "Bearer"] {
        assert!(!everything.contains(secret), "`{secret}` in {everything}");
    }
}

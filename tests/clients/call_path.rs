//! The call path every generated client goes through (`client-runtime`),
//! as a team meets it: generated clients, over real HTTP, against a server
//! on 127.0.0.1 that misbehaves the way gateways do.
//!
//! - GETs go through Adobe's `get_order`: idempotent, with a new
//!   `X-Correlation-Id` per call (the same on each retry) and a new
//!   `X-Request-Id` per attempt, and `{code, message}` as its documented
//!   error body for 400, 401, 403 and 404.
//! - PATCHes go through fabric Subscriptions' `update_order`: not
//!   idempotent, no request-id header, and a `oneOf` as its documented
//!   error body for 400, 403 and 404.
//! - A documented 5xx, typed, goes through fabric Cart's
//!   `get_customer_order_drafts` (errors `4XX` and `5XX`, one
//!   `x-fabric-request-id` per call).
//!
//! Each client is configured on `Client::builder()` with short waits, so
//! that the tests run fast: attempts and back-offs well under the deadline.

use std::time::{Duration, Instant, SystemTime};

use adobe_cpapi::RetryPolicy;
use adobe_cpapi::types::ErrorResponse as ErrorBody;
use api_tests::{
    ReceivedRequest, RecordingServer, Reply, assert_only_declared_headers, documented_example,
};
use client_runtime::{ApiClient, ClientBuilder, CommunicationKind};
use fabric_subscriptions::types::{
    OrderStatus, OrderUpdate, SubscriptionsError, UpdateOrderRequest,
};
use serde_json::{Value, json};

pub(crate) const DEADLINE: Duration = Duration::from_secs(5);
pub(crate) const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(500);
/// The margin allowed past a deadline: scheduling, not waiting.
pub(crate) const MARGIN: Duration = Duration::from_secs(1);

/// Three attempts, with back-offs of a few milliseconds.
pub(crate) fn quick_retries() -> RetryPolicy {
    RetryPolicy::exponential(3, Duration::from_millis(10), Duration::from_millis(50))
}

/// `builder` with the test's base URL, timeouts, deadline and retries.
pub(crate) fn configured<C: ApiClient>(
    builder: ClientBuilder<C>,
    base_url: &str,
) -> ClientBuilder<C> {
    builder
        .base_url(base_url)
        .connect_timeout(ATTEMPT_TIMEOUT)
        .attempt_timeout(ATTEMPT_TIMEOUT)
        .deadline(DEADLINE)
        .retry(quick_retries())
}

fn adobe(base_url: &str) -> adobe_cpapi::Client {
    configured(adobe_cpapi::Client::builder(), base_url)
        .bearer_token("adobe-token")
        .api_key("adobe-key")
        .build()
        .unwrap()
}

fn subscriptions(base_url: &str) -> fabric_subscriptions::Client {
    configured(fabric_subscriptions::Client::builder(), base_url)
        .bearer_token("subscriptions-token")
        .build()
        .unwrap()
}

fn cart(base_url: &str) -> fabric_cart::Client {
    configured(fabric_cart::Client::builder(), base_url)
        .bearer_token("cart-token")
        .build()
        .unwrap()
}

/// Adobe's `getOrder` of one order, ready to send.
fn get_order(client: &adobe_cpapi::Client) -> adobe_cpapi::builder::GetOrder<'_> {
    client.get_order().customer_id("c-1").order_id("o-1")
}

/// fabric Subscriptions' `updateOrder`, cancelling one order, ready to send.
fn cancel_order(
    client: &fabric_subscriptions::Client,
) -> fabric_subscriptions::builder::UpdateOrder<'_> {
    client.update_order().order_id("o-1").body(
        UpdateOrderRequest::builder().order(OrderUpdate::builder().status(OrderStatus::Canceled)),
    )
}

/// Adobe's documented order, with `orderId` set to `id`.
fn order(id: &str) -> Value {
    let mut order = documented_example("adobe-cpapi", "getOrder", "response 200 (order)");
    order["orderId"] = json!(id);
    order
}

/// Adobe's answer 200 with the order `id`.
fn order_reply(id: &str) -> Reply {
    Reply::json(200, &order(id))
}

/// fabric Subscriptions' answer 200 to an update.
fn updated_reply() -> Reply {
    Reply::json(200, &json!({"responseStatus": "OK"}))
}

/// The Adobe call's correlation id, after checking that every attempt
/// carried the same one, and each attempt its own request id.
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

/// A fabric Subscriptions request: a PATCH of the order, with the token and
/// no request id (the spec declares none).
fn assert_one_patch(requests: &[ReceivedRequest]) {
    let [request] = requests else {
        panic!("a PATCH is sent once, got {} requests", requests.len());
    };
    assert_eq!(request.method, "PATCH");
    assert_eq!(request.path, "/v1/orders/o-1");
    assert_eq!(
        request.header("authorization"),
        "Bearer subscriptions-token"
    );
    assert_only_declared_headers(request, &["authorization"]);
}

/// Runs a call and measures it.
pub(crate) async fn timed<T>(call: impl Future<Output = T>) -> (T, Duration) {
    let started = Instant::now();
    let result = call.await;
    (result, started.elapsed())
}

/// A base URL on 127.0.0.1 where nothing listens: a port bound, then
/// released.
pub(crate) async fn refusing_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{address}")
}

#[tokio::test]
async fn a_503_then_a_200_is_retried_with_the_same_correlation_id() {
    let server = RecordingServer::start().await;
    let client = adobe(&server.url());
    server
        .reply(Reply::json(503, &json!({"code": "UNAVAILABLE"})))
        .reply(order_reply("o-1"));

    let (result, took) = timed(get_order(&client).send()).await;

    let response = result.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let first = server.received();
    assert_eq!(first.len(), 2);
    let first_call = one_call(&first);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
    // The success says what the call did, as an error would.
    assert_eq!(response.attempts(), 2);
    assert_eq!(response.request_id(), Some(first_call.as_str()));
    assert_eq!(response.operation().map(|o| o.id), Some("getOrder"));
    assert_eq!(response.into_inner().order_id.as_deref(), Some("o-1"));

    // The next call is another call: another correlation id.
    server.reply(order_reply("o-1"));
    get_order(&client).send().await.unwrap();
    let all = server.received();
    assert_eq!(all.len(), 3);
    assert_ne!(one_call(&all[2..]), first_call);
}

#[tokio::test]
async fn the_callers_ids_are_kept_and_its_request_id_only_once() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(502, &json!({"code": "BAD_GATEWAY"})))
        .reply(order_reply("o-1"));

    get_order(&adobe(&server.url()))
        .x_correlation_id("corr-1")
        .x_request_id("req-1")
        .send()
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
        .reply(order_reply("o-1"));

    let (result, took) = timed(get_order(&adobe(&server.url())).send()).await;

    assert_eq!(
        result.unwrap().into_inner().order_id.as_deref(),
        Some("o-1")
    );
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
        .reply(order_reply("o-1"));

    let (result, took) = timed(get_order(&adobe(&server.url())).send()).await;

    assert_eq!(
        result.unwrap().into_inner().order_id.as_deref(),
        Some("o-1")
    );
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
    let body = json!({"code": "MAINTENANCE", "message": "back in two minutes"});
    server.reply(Reply::json(503, &body).header("retry-after", "120"));

    let (result, took) = timed(
        get_order(&adobe(&server.url()))
            .x_correlation_id("corr-ticket")
            .send(),
    )
    .await;

    let error = result.unwrap_err();
    assert_eq!(server.received().len(), 1);
    // No sleep: it ends long before the deadline it could not meet.
    assert!(took < DEADLINE / 2, "{took:?}");
    // 503 is not a status `getOrder` documents: the raw answer is kept.
    let adobe_cpapi::Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 503);
    assert_eq!(response.body(), serde_json::to_vec(&body).unwrap());
    assert!(response.decode_error().is_none());
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
        .reply(order_reply("o-1"));

    let (result, took) = timed(get_order(&adobe(&server.url())).send()).await;

    assert_eq!(
        result.unwrap().into_inner().order_id.as_deref(),
        Some("o-1")
    );
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_500_is_not_resent_for_a_patch() {
    let server = RecordingServer::start().await;
    let body = json!({"responseStatus": "INTERNAL_ERROR", "message": "oops"});
    server.reply(Reply::json(500, &body)).reply(updated_reply());

    let (result, took) = timed(cancel_order(&subscriptions(&server.url())).send()).await;

    let error = result.unwrap_err();
    assert_one_patch(&server.received());
    // 500 is not a status `updateOrder` documents: the raw answer is kept.
    let fabric_subscriptions::Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 500);
    assert_eq!(response.body(), serde_json::to_vec(&body).unwrap());
    assert!(response.decode_error().is_none());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.attempts(), 1);
    // The spec declares no request-id header: the call has no id.
    assert_eq!(error.request_id(), None);
    assert!(!error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_503_is_not_resent_for_a_patch_either() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(503, &json!({"message": "unavailable"})))
        .reply(updated_reply());

    let error = cancel_order(&subscriptions(&server.url()))
        .send()
        .await
        .unwrap_err();

    assert_one_patch(&server.received());
    assert!(
        matches!(error, fabric_subscriptions::Error::UnexpectedResponse(_)),
        "{error:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.attempts(), 1);
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_documented_error_of_a_patch_is_typed_by_the_branch_of_its_one_of() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(
            404,
            &json!({"responseStatus": "NOT_FOUND", "message": "Order not found"}),
        ))
        .reply(Reply::json(
            403,
            &json!({"Message": "User is not authorized to access this resource"}),
        ));
    let client = subscriptions(&server.url());

    let not_found = cancel_order(&client).send().await.unwrap_err();
    let fabric_subscriptions::Error::Documented(response) = &not_found else {
        panic!("expected the documented error, got {not_found:?}");
    };
    let SubscriptionsError::StatusError(body) = &**response else {
        panic!("expected the API's own error, got {response:?}");
    };
    assert_eq!(body.response_status.as_deref(), Some("NOT_FOUND"));
    assert_eq!(not_found.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(not_found.attempts(), 1);
    assert!(!not_found.is_retryable());

    let forbidden = cancel_order(&client).send().await.unwrap_err();
    let fabric_subscriptions::Error::Documented(response) = &forbidden else {
        panic!("expected the documented error, got {forbidden:?}");
    };
    let SubscriptionsError::GatewayError(body) = &**response else {
        panic!("expected the gateway's error, got {response:?}");
    };
    assert_eq!(
        body.message,
        "User is not authorized to access this resource"
    );
    assert_eq!(forbidden.status().map(|s| s.as_u16()), Some(403));

    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_patch_error_matching_no_branch_of_its_one_of_keeps_status_body_and_decode_error() {
    let server = RecordingServer::start().await;
    // Neither `{responseStatus, message}` nor `{Message}`.
    let body = json!({"error": "forbidden", "reason": "ip not allowed"});
    server.reply(Reply::json(403, &body)).reply(updated_reply());

    let error = cancel_order(&subscriptions(&server.url()))
        .send()
        .await
        .unwrap_err();

    assert_one_patch(&server.received());
    let fabric_subscriptions::Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(response.body(), serde_json::to_vec(&body).unwrap());
    let decode_error = response.decode_error().expect("the decode error is kept");
    assert!(
        decode_error.to_string().contains("SubscriptionsError"),
        "{decode_error}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(error.attempts(), 1);
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_response_cut_off_is_retried_for_a_get() {
    let server = RecordingServer::start().await;
    let whole = serde_json::to_vec(&order("o-1")).unwrap();
    server
        .reply(Reply::raw(200, "application/json", whole.clone()).cut_off_after(10))
        .reply(Reply::raw(200, "application/json", whole));

    let (result, took) = timed(get_order(&adobe(&server.url())).send()).await;

    assert_eq!(
        result.unwrap().into_inner().order_id.as_deref(),
        Some("o-1")
    );
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_response_cut_off_is_not_resent_for_a_patch_and_keeps_its_status() {
    let server = RecordingServer::start().await;
    let whole = br#"{"responseStatus": "OK", "message": "a body long enough to cut"}"#.to_vec();
    server
        .reply(Reply::raw(200, "application/json", whole.clone()).cut_off_after(10))
        .reply(Reply::raw(200, "application/json", whole));

    let (result, took) = timed(cancel_order(&subscriptions(&server.url())).send()).await;

    let error = result.unwrap_err();
    assert_one_patch(&server.received());
    let fabric_subscriptions::Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::BodyCutOff);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(error.attempts(), 1);
    assert_eq!(error.request_id(), None);
    assert!(!error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_stalled_answer_times_the_attempt_out_and_the_next_one_answers() {
    let server = RecordingServer::start().await;
    server
        .reply(order_reply("stale").delayed(ATTEMPT_TIMEOUT * 6))
        .reply(order_reply("o-1"));

    let (result, took) = timed(get_order(&adobe(&server.url())).send()).await;

    // The answer is the second one: the stalled one was given up.
    assert_eq!(
        result.unwrap().into_inner().order_id.as_deref(),
        Some("o-1")
    );
    let received = server.received();
    assert_eq!(received.len(), 2);
    one_call(&received);
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_stalled_answer_without_retries_is_a_timeout() {
    let server = RecordingServer::start().await;
    server.reply(order_reply("stale").delayed(ATTEMPT_TIMEOUT * 6));

    let (result, took) = timed(
        get_order(&adobe(&server.url()))
            .retry(RetryPolicy::none())
            .send(),
    )
    .await;

    let error = result.unwrap_err();
    let received = server.received();
    assert_eq!(received.len(), 1);
    let adobe_cpapi::Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Timeout);
    assert_eq!(error.status(), None);
    assert_eq!(error.attempts(), 1);
    assert_eq!(
        error.request_id(),
        Some(received[0].header("x-correlation-id"))
    );
    assert!(error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn the_deadline_bounds_every_attempt() {
    let server = RecordingServer::start().await;
    let deadline = Duration::from_millis(300);
    // Each attempt may take 500 ms, but the call only 300 ms in all.
    for _ in 0..3 {
        server.reply(order_reply("stale").delayed(Duration::from_secs(3)));
    }

    let (result, took) = timed(get_order(&adobe(&server.url())).deadline(deadline).send()).await;

    let error = result.unwrap_err();
    assert!(took < deadline + MARGIN, "{took:?}");
    let adobe_cpapi::Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Deadline);
    assert_eq!(server.received().len(), 1);
    assert_eq!(error.attempts(), 1);
}

#[tokio::test]
async fn a_gateways_own_json_403_keeps_status_body_and_decode_error() {
    let server = RecordingServer::start().await;
    // Not the documented `{code, message}`: an API gateway's own body.
    let body = json!({"message": "User is not authorized to access this resource"});
    server.reply(Reply::json(403, &body));

    let error = get_order(&adobe(&server.url())).send().await.unwrap_err();

    assert_eq!(server.received().len(), 1);
    let adobe_cpapi::Error::UnexpectedResponse(response) = &error else {
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
async fn a_documented_error_keeps_its_typed_body() {
    let server = RecordingServer::start().await;
    let body = json!({"code": "1117", "message": "Order not found"});
    server.reply(Reply::json(404, &body));

    let error = get_order(&adobe(&server.url())).send().await.unwrap_err();

    let received = server.received();
    assert_eq!(received.len(), 1);
    let adobe_cpapi::Error::Documented(response) = &error else {
        panic!("expected the documented error, got {error:?}");
    };
    assert_eq!(response.code, "1117");
    assert_eq!(response.message, "Order not found");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.attempts(), 1);
    assert_eq!(
        error.request_id(),
        Some(received[0].header("x-correlation-id"))
    );
    assert!(!error.is_retryable());

    // The type's name before 0.6 still names it, for one release.
    #[allow(deprecated)]
    fn code_of(e: &adobe_cpapi::client_runtime::ErrorResponse<ErrorBody>) -> &str {
        &e.code
    }
    let adobe_cpapi::Error::Documented(response) = error else {
        unreachable!()
    };
    assert_eq!(code_of(&response), "1117");
    let value = response.into_response_value();
    assert_eq!(value.attempts(), 1);
    assert_eq!(value.status().as_u16(), 404);
}

#[tokio::test]
async fn an_html_502_is_retried_then_kept_with_its_status_and_body() {
    let server = RecordingServer::start().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    for _ in 0..3 {
        server.reply(Reply::raw(502, "text/html", page));
    }

    let (result, took) = timed(get_order(&adobe(&server.url())).send()).await;

    let error = result.unwrap_err();
    let received = server.received();
    assert_eq!(received.len(), 3);
    let correlation = one_call(&received);
    let adobe_cpapi::Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert_eq!(response.status().as_u16(), 502);
    assert_eq!(response.body_text(), page);
    assert_eq!(response.headers()["content-type"], "text/html");
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.request_id(), Some(correlation.as_str()));
    assert!(error.is_retryable());
    // Neither message shows the page.
    assert!(!format!("{error} {error:?}").contains("Bad Gateway</h1>"));
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn a_documented_5xx_is_retried_with_one_request_id_then_typed() {
    let server = RecordingServer::start().await;
    for _ in 0..3 {
        server.reply(Reply::json(
            503,
            &json!({"type": "UNAVAILABLE", "message": "try later"}),
        ));
    }
    let client = cart(&server.url());
    let drafts = || {
        client
            .get_customer_order_drafts()
            .customer_id("c-1")
            .x_fabric_tenant_id("tenant-1")
            .send()
    };

    let (result, took) = timed(drafts()).await;

    let error = result.unwrap_err();
    let received = server.received();
    assert_eq!(received.len(), 3);
    // One id for the call, on every attempt.
    let id = received[0].header("x-fabric-request-id").to_owned();
    for request in &received {
        assert_eq!(request.header("x-fabric-request-id"), id);
    }
    let fabric_cart::Error::Documented(response) = &error else {
        panic!("expected the documented error, got {error:?}");
    };
    assert_eq!(response.type_.as_deref(), Some("UNAVAILABLE"));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.request_id(), Some(id.as_str()));
    assert!(error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");

    // The next call is another call: another id.
    server.reply(Reply::json(200, &json!([])));
    drafts().await.unwrap();
    let all = server.received();
    assert_eq!(all.len(), 4);
    assert_ne!(all[3].header("x-fabric-request-id"), id);
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_patch() {
    let client = subscriptions(&refusing_url().await);

    let (result, took) = timed(cancel_order(&client).send()).await;

    let error = result.unwrap_err();
    let fabric_subscriptions::Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Connect);
    // It never reached a server, so every attempt was made.
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.status(), None);
    assert_eq!(error.request_id(), None);
    assert!(error.is_retryable());
    // No URL (its path and query may name people) and no credential.
    let shown = format!("{error} {error:?}");
    for hidden in ["http://", "/v1/orders/o-1", "subscriptions-token"] {
        assert!(!shown.contains(hidden), "`{hidden}` in {shown}");
    }
    assert!(took < DEADLINE + MARGIN, "{took:?}");
}

#[tokio::test]
async fn one_call_sets_its_own_attempt_timeout_and_headers() {
    use adobe_cpapi::reqwest::header::{HeaderName, HeaderValue};

    let server = RecordingServer::start().await;
    // Slower than the client's attempt timeout, within this call's own.
    server.reply(order_reply("o-1").delayed(ATTEMPT_TIMEOUT * 2));
    let result = get_order(&adobe(&server.url()))
        .attempt_timeout(ATTEMPT_TIMEOUT * 8)
        .header(
            HeaderName::from_static("traceparent"),
            HeaderValue::from_static("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
        )
        // Neither a credential nor a declared header is replaced.
        .header(
            HeaderName::from_static("authorization"),
            HeaderValue::from_static("Bearer not-this-one"),
        )
        .header(
            HeaderName::from_static("x-request-id"),
            HeaderValue::from_static("not-this-either"),
        )
        .x_request_id("req-1")
        .send()
        .await;
    assert_eq!(
        result.unwrap().into_inner().order_id.as_deref(),
        Some("o-1")
    );
    let request = server.only_request();
    assert_eq!(
        request.header("traceparent"),
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    );
    assert_eq!(
        request.header_values("authorization"),
        ["Bearer adobe-token"]
    );
    assert_eq!(request.header_values("x-request-id"), ["req-1"]);
}

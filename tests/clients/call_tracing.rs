//! What a call tells beyond its result: its `tracing` spans and events, and
//! the messages of its errors. Both name the operation, the attempts, the
//! status and the request id; neither ever shows a query value (fabric
//! Orders' guest e-mail) or a credential (its API key).

use api_tests::trace_capture::Capture;
use api_tests::{RecordingServer, Reply};
use client_runtime::CommunicationKind;
use fabric_orders::types::SiteContext;
use serde_json::json;
use tracing::Instrument;

use crate::call_path::{DEADLINE, MARGIN, configured, refusing_url, timed};

/// The guest whose orders are asked for: personal data.
const EMAIL: &str = "jane.roe+orders@example.org";
/// fabric Orders' site API key: a credential.
const API_KEY: &str = "site-key-7d1f0c";

fn orders(base_url: &str) -> fabric_orders::Client {
    configured(fabric_orders::Client::builder(), base_url)
        .api_key(API_KEY)
        .build()
        .unwrap()
}

/// fabric Orders' `getGuestOrders` for [`EMAIL`], ready to send.
fn guest_orders(client: &fabric_orders::Client) -> fabric_orders::builder::GetGuestOrders<'_> {
    let site = SiteContext::try_from(SiteContext::builder().account("1234abcd5678efgh9ijklmno"))
        .expect("account is set");
    client
        .get_guest_orders()
        .order_email(EMAIL)
        .x_site_context(site)
}

/// Every form in which `value` could leak into a message, lowercase: as it
/// is, each byte percent-encoded, and in base64; for the e-mail also its
/// local part and the query value the server received (`wire`).
fn forms(value: &str, wire: Option<&str>) -> Vec<String> {
    let mut forms = vec![
        value.to_owned(),
        value.bytes().map(|b| format!("%{b:02x}")).collect(),
        base64(value.as_bytes()),
    ];
    if let Some((local, _)) = value.split_once('@') {
        forms.push(local.to_owned());
        forms.extend(local.split_once('+').map(|(name, _)| name.to_owned()));
    }
    forms.extend(wire.map(str::to_owned));
    forms.iter().map(|f| f.to_lowercase()).collect()
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(DIGITS[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Asserts that `shown` holds none of `forms`, whatever its case.
fn assert_hidden(shown: &str, forms: &[String]) {
    let lower = shown.to_lowercase();
    for form in forms {
        assert!(!lower.contains(form.as_str()), "`{form}` in:\n{shown}");
    }
}

#[tokio::test]
async fn spans_carry_the_call_and_its_attempts_but_no_email_or_key() {
    let capture = Capture::global();

    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(
            503,
            &json!({"code": "UNAVAILABLE", "message": "later"}),
        ))
        .reply(Reply::json(200, &json!([])));
    let client = orders(&server.url());

    // Other tests' calls are captured too: this call is the one inside this
    // test's own span.
    let test_span = tracing::info_span!("guest_orders_test");
    let response = guest_orders(&client)
        .send()
        .instrument(test_span.clone())
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let test_id = test_span.id().expect("the capture is on").into_u64();
    drop(test_span);

    let received = server.received();
    assert_eq!(received.len(), 2);
    let wire = received[0]
        .query
        .clone()
        .expect("the e-mail is in the query");
    assert_eq!(wire, "orderEmail=jane.roe%2Borders%40example.org");
    assert_eq!(received[0].header("x-api-key"), API_KEY);

    let spans = capture.spans.lock().unwrap().clone();
    let events = capture.events.lock().unwrap().clone();
    let calls: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "call" && s.parent_id == Some(test_id))
        .collect();
    let [call] = calls.as_slice() else {
        panic!("expected one call span: {spans:#?}");
    };
    assert_eq!(call.field("api"), "fabric-orders");
    assert_eq!(call.field("operation"), "getGuestOrders");
    assert_eq!(call.field("method"), "GET");
    assert_eq!(call.field("path"), "/api-order/orders/user/guest");
    assert_eq!(call.field("attempts"), "2");
    assert_eq!(call.field("status"), "200");
    assert_eq!(call.field("outcome"), "success");
    // fabric Orders declares no request-id header: the call has no id to
    // record (`spans_carry_the_request_ids` shows one that has).
    assert_eq!(call.fields.get("request_id"), None, "{call:?}");

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

    let retries: Vec<_> = events
        .iter()
        .filter(|e| e.parent_id == Some(call.id) && e.level == tracing::Level::WARN)
        .collect();
    let [retry] = retries.as_slice() else {
        panic!("expected one retry event: {events:#?}");
    };
    // One event at INFO when the call ends, so that a subscriber at INFO
    // that prints no span closes still sees each call.
    let ends: Vec<_> = events
        .iter()
        .filter(|e| e.parent_id == Some(call.id) && e.level == tracing::Level::INFO)
        .collect();
    let [end] = ends.as_slice() else {
        panic!("expected one event when the call ended: {events:#?}");
    };
    assert_eq!(end.field("message"), "call ended");
    assert_eq!(end.field("api"), "fabric-orders");
    assert_eq!(end.field("operation"), "getGuestOrders");
    assert_eq!(end.field("status"), "200");
    assert_eq!(end.field("attempts"), "2");
    assert_eq!(end.field("outcome"), "success");
    assert!(end.field("duration_ms").parse::<u64>().is_ok(), "{end:?}");
    assert_eq!(retry.level, tracing::Level::WARN);
    assert!(retry.field("message").starts_with("retrying"), "{retry:?}");
    assert_eq!(retry.field("reason"), "status 503");
    assert!(retry.field("wait_ms").parse::<u64>().is_ok());

    // Neither the e-mail, in any form, nor the key, nor the query's name,
    // anywhere (in any test's spans and events).
    let everything = format!("{spans:?}{events:?}");
    let mut secrets = forms(EMAIL, Some(&wire));
    secrets.extend(forms(API_KEY, None));
    secrets.push("orderemail".to_owned());
    assert_hidden(&everything, &secrets);
}

#[tokio::test]
async fn spans_carry_the_request_ids() {
    let capture = Capture::global();

    let server = RecordingServer::start().await;
    let order = api_tests::documented_example("adobe-cpapi", "getOrder", "response 200 (order)");
    server
        .reply(Reply::json(502, &json!({"code": "BAD_GATEWAY"})))
        .reply(Reply::json(200, &order));
    let client = configured(adobe_cpapi::Client::builder(), &server.url())
        .bearer_token("adobe-token")
        .api_key("adobe-key")
        .build()
        .unwrap();

    let response = client
        .get_order()
        .customer_id("customer-42")
        .order_id("order-42")
        .send()
        .await
        .unwrap();

    let received = server.received();
    assert_eq!(received.len(), 2);
    let correlation = received[0].header("x-correlation-id").to_owned();
    assert_eq!(response.status().as_u16(), 200);

    let spans = capture.spans.lock().unwrap().clone();
    let events = capture.events.lock().unwrap().clone();
    // The correlation id is a fresh UUID: it names this call alone.
    let calls: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "call" && s.fields.get("request_id") == Some(&correlation))
        .collect();
    let [call] = calls.as_slice() else {
        panic!("expected one call span: {spans:#?}");
    };
    assert_eq!(call.field("operation"), "getOrder");
    assert_eq!(
        call.field("path"),
        "/v3/customers/{customer-id}/orders/{order-id}"
    );
    assert_eq!(call.field("attempts"), "2");
    assert_eq!(call.field("status"), "200");

    let attempts: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "attempt" && s.parent_id == Some(call.id))
        .collect();
    assert_eq!(attempts.len(), 2, "{spans:#?}");
    for (attempt, request) in attempts.iter().zip(&received) {
        assert_eq!(request.header("x-correlation-id"), correlation);
        assert_eq!(attempt.field("attempt_id"), request.header("x-request-id"));
    }
    assert_ne!(
        attempts[0].field("attempt_id"),
        attempts[1].field("attempt_id")
    );

    // Neither the filled path nor a credential, anywhere.
    let everything = format!("{spans:?}{events:?}");
    for secret in [
        "customer-42",
        "order-42",
        "adobe-token",
        "adobe-key",
        "Bearer",
    ] {
        assert!(!everything.contains(secret), "`{secret}` in {everything}");
    }
}

/// An error as every message shows it: `Display`, `Debug` (plain and
/// pretty), and each `source()` in both.
fn everything_shown<E: std::fmt::Debug>(error: &fabric_orders::Error<E>) -> String {
    let mut shown = format!("{error}\n{error:?}\n{error:#?}");
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        shown.push_str(&format!("\n{cause}\n{cause:?}"));
        source = cause.source();
    }
    shown
}

#[tokio::test]
async fn a_failed_guest_orders_call_shows_neither_email_nor_key() {
    let server = RecordingServer::start().await;
    let client = orders(&server.url());
    let mut secrets = forms(EMAIL, Some("jane.roe%2Borders%40example.org"));
    secrets.extend(forms(API_KEY, None));

    // A 500 after every retry: the documented error, typed.
    for _ in 0..3 {
        server.reply(Reply::json(
            500,
            &json!({"code": "INTERNAL_SERVER_ERROR", "message": "Something went wrong"}),
        ));
    }
    let (result, took) = timed(guest_orders(&client).send()).await;
    let error = result.unwrap_err();
    let fabric_orders::Error::Documented(response) = &error else {
        panic!("expected the documented error, got {error:?}");
    };
    assert_eq!(response.message, "Something went wrong");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.attempts(), 3);
    assert!(error.is_retryable());
    assert!(took < DEADLINE + MARGIN, "{took:?}");
    assert_eq!(server.received().len(), 3);
    let shown = everything_shown(&error);
    assert!(shown.contains("fabric-orders getGuestOrders"), "{shown}");
    assert_hidden(&shown, &secrets);

    // A body that quotes the e-mail and does not decode: kept, not shown.
    server.reply(Reply::raw(
        400,
        "text/plain",
        format!("no such guest: {EMAIL}"),
    ));
    let error = guest_orders(&client).send().await.unwrap_err();
    let fabric_orders::Error::UnexpectedResponse(response) = &error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    assert!(response.body_text().contains(EMAIL));
    assert!(response.decode_error().is_some());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_hidden(&everything_shown(&error), &secrets);

    // No server at all: every attempt fails to connect.
    let client = orders(&refusing_url().await);
    let error = guest_orders(&client).send().await.unwrap_err();
    let fabric_orders::Error::Communication(failure) = &error else {
        panic!("expected a communication error, got {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::Connect);
    assert_eq!(error.attempts(), 3);
    let shown = everything_shown(&error);
    assert!(shown.contains("fabric-orders getGuestOrders"), "{shown}");
    assert_hidden(&shown, &secrets);
}

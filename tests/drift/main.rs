//! Drift at run time (`ClientBuilder::report_drift`): generated clients
//! called over HTTP on 127.0.0.1, their `tracing` output captured.
//!
//! A binary of its own: which drift is reported depends on what this
//! process reported before, and the capture is the process's only
//! subscriber. Each test calls its own operation, so that tests running in
//! parallel do not see each other's events.

use api_tests::trace_capture::{Capture, Captured};
use api_tests::{RecordingServer, Reply, documented_example};
use client_runtime::drift::TARGET;
use serde_json::{Value, json};

/// A planted value that must never reach a log: an e-mail address.
const EMAIL: &str = "jane.doe@example.com";

/// The drift events of one operation, in order.
fn drift(capture: &Capture, operation: &str) -> Vec<Captured> {
    capture
        .events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| e.target == TARGET && e.get("operation") == Some(operation))
        .cloned()
        .collect()
}

/// The capture, installed once as the process's global subscriber.
fn capture() -> &'static Capture {
    Capture::global()
}

/// `(pointer, kind)` of each event, sorted.
fn places(events: &[Captured]) -> Vec<(String, String)> {
    let mut places: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.get("pointer").unwrap_or("-").to_owned(),
                e.get("kind").unwrap_or("-").to_owned(),
            )
        })
        .collect();
    places.sort();
    places
}

fn owned(places: &[(&str, &str)]) -> Vec<(String, String)> {
    places
        .iter()
        .map(|(p, k)| ((*p).to_owned(), (*k).to_owned()))
        .collect()
}

mod subscriptions {
    use fabric_subscriptions::Client;
    use fabric_subscriptions::types::OrderStatus;

    use super::*;

    const OPERATION: &str = "getCustomerOrders";

    fn client(server: &RecordingServer, report_drift: bool) -> Client {
        Client::builder()
            .base_url(server.url())
            .bearer_token("test-token")
            .report_drift(report_drift)
            .build()
            .unwrap()
    }

    /// The documented example, its order `order` given an undeclared
    /// `giftNote` (an e-mail address) on its first line item and an unlisted
    /// status; and an undocumented key in a free-form map, which is no drift.
    fn drifted(orders: usize, order: usize) -> Value {
        let mut body = documented_example("fabric-subscriptions", OPERATION, "response 200");
        let list = body["data"]["orders"].as_array_mut().unwrap();
        let first = list[0].clone();
        list.resize(orders, first);
        let drifted = &mut list[order];
        drifted["status"] = json!("ON_HOLD");
        drifted["lineItems"][0]["giftNote"] = json!(EMAIL);
        drifted["lineItems"][0]["customAttributes"]["wrapColour"] = json!("teal-ribbon");
        body
    }

    async fn call(client: &Client) -> Vec<Option<OrderStatus>> {
        let body = client
            .get_customer_orders()
            .customer_id("606f01f441b8fc0008529916")
            .send()
            .await
            .expect("a drifted body still decodes")
            .into_inner();
        body.data
            .unwrap()
            .orders
            .iter()
            .map(|o| o.status.clone())
            .collect()
    }

    #[tokio::test]
    async fn an_undeclared_field_and_an_unlisted_value_are_each_reported_once() {
        let capture = capture();
        let server = RecordingServer::start().await;
        server
            .reply(Reply::json(200, &drifted(1, 0)))
            .reply(Reply::json(200, &drifted(1, 0)))
            .reply(Reply::json(200, &drifted(1, 0)))
            .reply(Reply::json(200, &drifted(3, 2)));

        // Off (the default), nothing is reported, and the call is as before.
        let statuses = call(&client(&server, false)).await;
        assert_eq!(statuses, [Some(OrderStatus::Unknown("ON_HOLD".into()))]);
        assert!(drift(capture, OPERATION).is_empty());

        // On: one event for each place, with where it was and what kind.
        let reporting = client(&server, true);
        let statuses = call(&reporting).await;
        assert_eq!(statuses, [Some(OrderStatus::Unknown("ON_HOLD".into()))]);
        let events = drift(capture, OPERATION);
        assert_eq!(
            places(&events),
            owned(&[
                ("/data/orders/*/lineItems/*/giftNote", "undeclared-property"),
                ("/data/orders/*/status", "unlisted-enum-value"),
            ]),
            "{events:#?}"
        );
        for event in &events {
            assert_eq!(event.level, tracing::Level::WARN);
            assert_eq!(event.get("api"), Some("fabric-subscriptions"));
            assert_eq!(event.get("status"), Some("200"));
            // The API declares no request id header.
            assert_eq!(event.get("request_id"), None);
        }

        // The same drift again, from this client or another, at another
        // index: nothing new.
        call(&reporting).await;
        call(&client(&server, true)).await;
        assert_eq!(drift(capture, OPERATION).len(), 2);
        assert_eq!(server.received().len(), 4);

        let everything = capture.everything();
        assert!(everything.contains("giftNote"), "the capture works");
        for value in [EMAIL, "ON_HOLD", "teal-ribbon"] {
            assert!(!everything.contains(value), "`{value}` was logged");
        }
    }
}

mod orders {
    use fabric_orders::Client;
    use fabric_orders::types::SiteContext;

    use super::*;

    const OPERATION: &str = "getGuestOrders";

    #[tokio::test]
    async fn a_documented_body_reports_nothing_and_a_drifted_one_no_value() {
        let capture = capture();
        let server = RecordingServer::start().await;
        let documented = documented_example("fabric-orders", OPERATION, "response 200");
        let mut drifted = documented.clone();
        // A key that is an e-mail address or a person's name is data, not a
        // property's name.
        drifted[0]["items"][0][EMAIL] = json!(true);
        drifted[0]["items"][0]["Jane-Doe"] = json!(true);
        server
            .reply(Reply::json(200, &documented))
            .reply(Reply::json(200, &drifted));
        let client = Client::builder()
            .base_url(server.url())
            .api_key("site-key")
            .report_drift(true)
            .build()
            .unwrap();
        let context = SiteContext::try_from(SiteContext::builder().account("a1")).unwrap();
        let call = || {
            client
                .get_guest_orders()
                // The guest's e-mail travels in the query.
                .order_email(EMAIL)
                .x_site_context(context.clone())
                .send()
        };

        call().await.unwrap();
        let events = drift(capture, OPERATION);
        assert!(events.is_empty(), "the documented body drifts: {events:#?}");

        call().await.unwrap();
        let events = drift(capture, OPERATION);
        assert_eq!(
            places(&events),
            owned(&[("/*/items/*/*", "undeclared-property")]),
            "{events:#?}"
        );
        assert!(!capture.everything().contains(EMAIL));
        assert!(!capture.everything().contains("Jane-Doe"));
    }
}

mod adobe {
    use adobe_cpapi::{Client, Error};

    use super::*;

    const OPERATION: &str = "getOrder";

    #[tokio::test]
    async fn a_documented_error_body_is_compared_too() {
        let capture = capture();
        let server = RecordingServer::start().await;
        let mut body = documented_example("adobe-cpapi", OPERATION, "response 404");
        body["additionalDetails"] = json!([EMAIL]);
        body["supportContact"] = json!({"email": EMAIL});
        server.reply(Reply::json(404, &body));
        let client = Client::builder()
            .base_url(server.url())
            .bearer_token("adobe-token")
            .api_key("adobe-key")
            .report_drift(true)
            .build()
            .unwrap();
        let error = client
            .get_order()
            .customer_id("9876543210")
            .order_id("0123456789")
            .x_correlation_id("corr-drift")
            .send()
            .await
            .unwrap_err();
        let Error::Documented(error) = error else {
            panic!("404 is documented: {error:?}");
        };
        assert_eq!(error.code, "1116");

        let events = drift(capture, OPERATION);
        assert_eq!(
            places(&events),
            owned(&[("/supportContact", "undeclared-property")]),
            "{events:#?}"
        );
        assert_eq!(events[0].get("status"), Some("404"));
        assert_eq!(events[0].get("api"), Some("adobe-cpapi"));
        // The request id names the call, to find it in the server's logs.
        assert_eq!(events[0].get("request_id"), Some("corr-drift"));
        assert!(!capture.everything().contains(EMAIL));
    }
}

//! The client generated from `cases/tag-features.yaml`, built with its
//! crate's tag features as a consumer chooses them: all of them (the
//! default, in `cargo test --workspace`), or one alone (CI: `cargo test -p
//! tag-features-corpus --no-default-features --features orders`). Each operation the features keep is called over HTTP
//! against a recording server on 127.0.0.1; each one they leave out is
//! absent from the client, which the compiler proves below.

use api_tests::{RecordingServer, Reply};
use serde_json::json;
use tag_features_corpus::tag_features::Client;

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::none())
        .build()
        .unwrap()
}

/// What a probe call gives when the client has no method of its name.
struct Missing;

/// Stands in for every operation's method: method resolution takes an
/// inherent method of the same name before a trait's, so a call resolves
/// here only where the build left the client's own method out.
#[allow(dead_code)]
trait Probe {
    fn get_order(&self) -> Missing {
        Missing
    }
    fn get_refund(&self) -> Missing {
        Missing
    }
    fn refund_order(&self) -> Missing {
        Missing
    }
    fn get_health(&self) -> Missing {
        Missing
    }
}

impl Probe for Client {}

/// Whether a probe call resolved to [`Probe`]'s stand-in.
fn missing<T>(_: &T) -> bool {
    std::any::type_name::<T>() == std::any::type_name::<Missing>()
}

#[tokio::test]
async fn the_client_has_the_operations_of_the_features_on_and_no_others() {
    let server = RecordingServer::start().await;
    let client = client(&server);
    let orders = cfg!(feature = "orders");
    let refunds = cfg!(feature = "refunds");
    assert_eq!(!missing(&client.get_order()), orders);
    assert_eq!(!missing(&client.get_refund()), refunds);
    // Tagged with both: either feature keeps it.
    assert_eq!(!missing(&client.refund_order()), orders || refunds);
    // Untagged: always there.
    assert!(!missing(&client.get_health()));
}

#[tokio::test]
async fn an_untagged_operation_is_always_compiled_and_calls() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"status": "up"})));
    let health = client(&server).get_health().send().await.unwrap();
    assert_eq!(health.into_inner().status.as_deref(), Some("up"));
    assert_eq!(server.only_request().path, "/health");
}

#[cfg(feature = "orders")]
#[tokio::test]
async fn an_operation_of_the_orders_feature_calls_with_the_types_it_reaches() {
    use tag_features_corpus::tag_features::types::{Money, OrderStatus};
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        200,
        &json!({"id": "o-1", "status": "SHIPPED", "total": {"amount": "9.90", "currency": "EUR"}}),
    ));
    let order = client(&server)
        .get_order()
        .order_id("o-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(order.status, Some(OrderStatus::Shipped));
    let total: Option<Money> = order.total;
    assert_eq!(total.map(|m| m.currency).as_deref(), Some("EUR"));
    assert_eq!(server.only_request().path, "/orders/o-1");
}

#[cfg(feature = "refunds")]
#[tokio::test]
async fn an_operation_of_the_refunds_feature_calls() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"id": "r-1", "reason": "LATE"})));
    let refund = client(&server)
        .get_refund()
        .refund_id("r-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(refund.id.as_deref(), Some("r-1"));
    assert_eq!(server.only_request().path, "/refunds/r-1");
}

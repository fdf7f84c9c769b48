//! fabric Cart v3: a customer's order drafts, a response the page calls `*/*`.

use api_tests::{RecordingServer, Reply, assert_only_declared_headers, documented_example};
use fabric_cart::{Client, Error};
use serde_json::json;

const API: &str = "fabric-cart";

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("cart-token")
        .build()
        .unwrap()
}

#[tokio::test]
async fn order_drafts_send_the_tenant_headers_and_decode_the_example_from_star_slash_star() {
    let server = RecordingServer::start().await;
    let example = documented_example(API, "getCustomerOrderDrafts", "response 200");
    // The page says the response is `*/*`: the client decodes JSON whatever
    // the content type says.
    server.reply(Reply::raw(
        200,
        "*/*",
        serde_json::to_vec(&example).unwrap(),
    ));

    let drafts = client(&server)
        .get_customer_order_drafts()
        .customer_id("109840938")
        .x_fabric_tenant_id("617329dfd5288b0011332311")
        .x_fabric_request_id("263e731c-45c8-11ed-b878-0242ac120002")
        .x_fabric_channel_id("12")
        .send()
        .await
        .expect("the documented response decodes")
        .into_inner();

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/v3/order-drafts/customer/109840938");
    assert_eq!(request.header("authorization"), "Bearer cart-token");
    assert_eq!(
        request.header("x-fabric-tenant-id"),
        "617329dfd5288b0011332311"
    );
    assert_eq!(
        request.header("x-fabric-request-id"),
        "263e731c-45c8-11ed-b878-0242ac120002"
    );
    assert_eq!(request.header("x-fabric-channel-id"), "12");
    assert_only_declared_headers(
        &request,
        &[
            "authorization",
            "x-fabric-tenant-id",
            "x-fabric-request-id",
            "x-fabric-channel-id",
        ],
    );

    assert_eq!(drafts.len(), 1);
    let draft = &drafts[0];
    assert_eq!(
        draft.cart_id.as_deref(),
        Some("c86f777b-1885-4ddf-961d-542ba80a69b8")
    );
    // Maps keyed by ids without hyphens.
    let address = &draft.addresses["a8577d7f0d4d4b228e857b4a2e90dc93"];
    assert_eq!(
        address.id.as_deref(),
        Some("a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93")
    );
    assert_eq!(address.city.as_deref(), Some("Santa Cruz"));
    let fulfillment = &draft.fulfillments["d6229cdb0c5b4885b1b213b94d02488e"];
    assert_eq!(fulfillment.type_.as_deref(), Some("SHIP_TO"));
    let pickup = fulfillment.pickup_person.as_ref().unwrap();
    assert_eq!(pickup.secondary.len(), 1);
    // `cacheExpiry`: a duration on a source, a behavior among behaviors.
    let product = draft
        .configuration
        .as_ref()
        .unwrap()
        .product
        .as_ref()
        .unwrap();
    assert_eq!(product.cache_expiry, Some(7776000));
    assert_eq!(
        product.behaviors.as_ref().unwrap().cache_expiry.as_deref(),
        Some("WARN")
    );
    // A line item's promotion and its proration.
    let line = &draft.line_items.as_ref().unwrap().collection[0];
    let promotion = &line.promotions.as_ref().unwrap().collection[0];
    assert_eq!(
        promotion.proration.as_ref().unwrap().spread[0].amount,
        Some(5.0)
    );
    assert_eq!(line.price_list_id.as_deref(), Some("10001"));
    let payment = &draft.payments.as_ref().unwrap().collection[0];
    assert_eq!(
        payment.attributes.as_ref().unwrap().get("gift-card-name"),
        Some(&json!("custom name"))
    );
    assert_eq!(draft.channel_id.as_deref(), Some("12"));
}

#[tokio::test]
async fn optional_headers_are_not_sent_when_not_set_and_the_request_id_is_made_up() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!([])));

    client(&server)
        .get_customer_order_drafts()
        .customer_id("c")
        .x_fabric_tenant_id("t")
        .send()
        .await
        .unwrap();

    let request = server.only_request();
    // The spec marks the request id `x-request-identity: call`: the client
    // makes one up when the caller gives none.
    let id = request.header("x-fabric-request-id");
    assert_eq!(id.len(), 36, "{id}");
    assert!(request.header_values("x-fabric-channel-id").is_empty());
    assert_only_declared_headers(
        &request,
        &["authorization", "x-fabric-tenant-id", "x-fabric-request-id"],
    );
}

#[tokio::test]
async fn client_and_server_errors_are_typed() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        404,
        &json!({"type": "NOT_FOUND", "message": "no drafts"}),
    ));
    server.reply(Reply::json(
        503,
        &json!({"type": "UNAVAILABLE", "message": "try later"}),
    ));
    let client = client(&server);
    let call = || {
        client
            .get_customer_order_drafts()
            .customer_id("c")
            .x_fabric_tenant_id("t")
            // One attempt: a 503 would be retried otherwise.
            .retry(fabric_cart::RetryPolicy::none())
            .send()
    };

    for (status, kind) in [(404, "NOT_FOUND"), (503, "UNAVAILABLE")] {
        let Error::Documented(error) = call().await.unwrap_err() else {
            panic!("{status} is a documented error");
        };
        assert_eq!(error.status(), status);
        assert_eq!(error.type_.as_deref(), Some(kind));
    }
}

#[tokio::test]
async fn a_missing_tenant_id_fails_before_anything_is_sent() {
    let server = RecordingServer::start().await;
    let error = client(&server)
        .get_customer_order_drafts()
        .customer_id("c")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidRequest(ref m) if m.contains("x_fabric_tenant_id")),
        "{error:?}"
    );
    assert!(server.received().is_empty());
}

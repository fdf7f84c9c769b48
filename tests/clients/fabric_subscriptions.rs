//! fabric Subscriptions: both operations, typed errors, unlisted enum values.

use api_tests::{
    RecordingServer, Reply, assert_only_declared_headers, assert_same_json, documented_example,
};
use fabric_subscriptions::types::{
    CustomerStatus, ItemUpdate, LineItemUpdate, OrderStatus, OrderUpdate, RetryType,
    SubscriptionsError, UpdateOrderRequest,
};
use fabric_subscriptions::{Client, Error};
use serde_json::json;

const API: &str = "fabric-subscriptions";
const TOKEN: &str = "test-token";

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token(TOKEN)
        .build()
        .expect("a client with a base URL and token builds")
}

/// What every request of this API must carry, and nothing undeclared.
fn assert_common_headers(request: &api_tests::ReceivedRequest) {
    assert_eq!(request.header("authorization"), "Bearer test-token");
    assert!(request.header_values("api-version").is_empty());
    assert_only_declared_headers(request, &["authorization"]);
}

#[tokio::test]
async fn get_customer_orders_sends_the_documented_request_and_decodes_the_example() {
    let server = RecordingServer::start().await;
    let example = documented_example(API, "getCustomerOrders", "response 200");
    server.reply(Reply::json(200, &example));

    let response = client(&server)
        .get_customer_orders()
        .customer_id("606f01f441b8fc0008529916")
        .send()
        .await
        .expect("the documented response decodes");

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.path,
        "/v1/customers/606f01f441b8fc0008529916/orders"
    );
    assert_eq!(request.query, None);
    assert!(request.body.is_empty());
    assert_common_headers(&request);

    assert_eq!(response.status(), 200);
    let body = response.into_inner();
    assert_eq!(body.response_status.as_deref(), Some("OK"));
    let orders = &body.data.as_ref().expect("data").orders;
    assert_eq!(orders.len(), 1);
    let order = &orders[0];
    assert_eq!(order.status, Some(OrderStatus::Scheduled));
    assert_eq!(order.id.as_deref(), Some("6384462ab645220008a4358a"));
    assert_eq!(order.total_amount, Some(100.0));
    let customer = order.customer.as_ref().expect("customer");
    assert_eq!(customer.status, Some(CustomerStatus::Active));
    assert_eq!(customer.contactnumber.as_deref(), Some("5555551234"));
    // `DeletedAt` on the customer, `deletedAt` on the order: both decode.
    assert_eq!(
        customer.deleted_at.map(|t| t.to_rfc3339()),
        Some("2021-01-01T00:00:00+00:00".to_owned())
    );
    assert_eq!(
        order.deleted_at.map(|t| t.to_rfc3339()),
        Some("2019-01-01T00:00:00+00:00".to_owned())
    );
    let retry = order.retry.as_ref().expect("Retry");
    assert_eq!(retry.retry_type, Some(RetryType::PaymentRetry));
    assert_eq!(retry.max_retries, Some(3));
    let attributes = &order.line_items[0]
        .custom_attributes
        .as_ref()
        .expect("customAttributes");
    assert_eq!(attributes.get("associateId"), Some(&json!(1)));
    assert_eq!(
        order.error.as_ref().and_then(|e| e.error_code.as_deref()),
        Some("ORDER_NOT_FOUND")
    );
}

#[tokio::test]
async fn update_order_sends_the_built_body_and_decodes_the_example() {
    let server = RecordingServer::start().await;
    let example = documented_example(API, "updateOrder", "response 200");
    server.reply(Reply::json(200, &example));

    // One expression: nested builders, a list of builders, a `&str` for an
    // optional string.
    let body = UpdateOrderRequest::builder().order(
        OrderUpdate::builder()
            .status(OrderStatus::Canceled)
            .line_items([
                LineItemUpdate::builder().item(ItemUpdate::builder().quantity(2).weight_unit("kg"))
            ]),
    );
    let response = client(&server)
        .update_order()
        .order_id("6384462ab645220008a4358a")
        .body(body)
        .send()
        .await
        .expect("the documented response decodes");

    let request = server.only_request();
    assert_eq!(request.method, "PATCH");
    assert_eq!(request.path, "/v1/orders/6384462ab645220008a4358a");
    assert_eq!(request.header("content-type"), "application/json");
    assert_common_headers(&request);
    // Only what was set is sent, and the request's item is `Item`, as documented.
    assert_eq!(
        request.json_body(),
        json!({"order": {"status": "CANCELED", "lineItems": [{"Item": {"quantity": 2, "weightUnit": "kg"}}]}})
    );

    let order = response
        .into_inner()
        .data
        .expect("data")
        .order
        .expect("order");
    assert_eq!(order.id.as_deref(), Some("6384462ab645220008a4358a"));
    let line = &order.line_items[0];
    assert_eq!(line.item.as_ref().and_then(|i| i.id), Some(1000000006));
    assert_eq!(
        line.subscription
            .as_ref()
            .and_then(|s| s.plan.as_ref())
            .and_then(|p| p.frequency),
        Some(30)
    );
    assert_eq!(
        order
            .ship_to
            .as_ref()
            .and_then(|a| a.postal_code.as_deref()),
        Some("02127")
    );
}

#[tokio::test]
async fn the_documented_request_example_is_sent_as_documented() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({})));
    let example = documented_example(API, "updateOrder", "request");
    let body: UpdateOrderRequest =
        serde_json::from_value(example.clone()).expect("the request example decodes");

    client(&server)
        .update_order()
        .order_id("x")
        .body(body)
        .send()
        .await
        .expect("an empty object is a valid response");

    // Sent as documented, up to the normalizations of specs/QUIRKS.md.
    assert_same_json(&example, &server.only_request().json_body());
}

#[tokio::test]
async fn errors_are_typed_and_carry_the_status() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        404,
        &json!({"responseStatus": "NOT_FOUND", "message": "Order not found"}),
    ));
    server.reply(Reply::json(
        403,
        &json!({"Message": "User is not authorized"}),
    ));
    server.reply(Reply::json(500, &json!({"oops": true})));
    let client = client(&server);

    let not_found = client
        .get_customer_orders()
        .customer_id("c")
        .send()
        .await
        .unwrap_err();
    let Error::Documented(body) = not_found else {
        panic!("expected a typed error response, got {not_found:?}");
    };
    assert_eq!(body.status(), 404);
    let SubscriptionsError::StatusError(error) = body.into_inner() else {
        panic!("404 answers {{responseStatus, message}}");
    };
    assert_eq!(error.message, "Order not found");
    assert_eq!(error.response_status.as_deref(), Some("NOT_FOUND"));

    let forbidden = client
        .update_order()
        .order_id("o")
        .body(UpdateOrderRequest::builder().order(OrderUpdate::builder()))
        .send()
        .await
        .unwrap_err();
    let Error::Documented(body) = forbidden else {
        panic!("expected a typed error response, got {forbidden:?}");
    };
    assert_eq!(body.status(), 403);
    let SubscriptionsError::GatewayError(error) = body.into_inner() else {
        panic!("403 answers {{\"Message\": ...}}");
    };
    assert_eq!(error.message, "User is not authorized");

    // A status the spec does not list is reported with the raw response
    // (sent once: a GET's 500 would be retried otherwise).
    let unexpected = client
        .get_customer_orders()
        .customer_id("c")
        .retry(fabric_subscriptions::RetryPolicy::none())
        .send()
        .await
        .unwrap_err();
    assert_eq!(unexpected.status().map(|s| s.as_u16()), Some(500));
    assert!(matches!(unexpected, Error::UnexpectedResponse(_)));
}

#[tokio::test]
async fn an_unlisted_order_status_decodes_and_stays_readable() {
    let server = RecordingServer::start().await;
    let mut example = documented_example(API, "getCustomerOrders", "response 200");
    example["data"]["orders"][0]["status"] = json!("PAUSED");
    example["data"]["orders"][0]["customer"]["status"] = json!("SUSPENDED");
    server.reply(Reply::json(200, &example));

    let body = client(&server)
        .get_customer_orders()
        .customer_id("c")
        .send()
        .await
        .expect("unlisted enum values do not fail the response")
        .into_inner();

    let order = &body.data.expect("data").orders[0];
    let status = order.status.clone().expect("status");
    assert_eq!(status, OrderStatus::Unknown("PAUSED".to_owned()));
    assert_eq!(status.as_str(), "PAUSED");
    assert_eq!(status.to_string(), "PAUSED");
    assert_eq!(
        order.customer.as_ref().and_then(|c| c.status.clone()),
        Some(CustomerStatus::Unknown("SUSPENDED".to_owned()))
    );
    // And it is sent back unchanged.
    assert_eq!(serde_json::to_value(&status).unwrap(), json!("PAUSED"));
    // Listed values still parse to their variants.
    assert_eq!("SKIPPED".parse::<OrderStatus>(), Ok(OrderStatus::Skipped));
}

#[tokio::test]
async fn the_bearer_token_is_required_when_building_the_client() {
    let error = Client::builder().build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "every operation of fabric-subscriptions needs the bearer token `bearerAuth`, and none \
         was set"
    );
    // And with no base URL, the spec's server is used.
    assert!(Client::builder().bearer_token(TOKEN).build().is_ok());
}

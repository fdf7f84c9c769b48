//! Each API's mock companion crate, as a consumer's test uses it: the real
//! client calls an httpmock server on 127.0.0.1 that the mock set up per
//! operation, matched on typed parameters and answering with documented
//! examples.

use adobe_cpapi::types::{OrderStatus, OrderType};
use adobe_cpapi_mock::MockServerExt as _;
use adobe_cpapi_mock::httpmock::MockServer;
use fabric_cart_mock::MockServerExt as _;
use fabric_orders_mock::MockServerExt as _;
use fabric_subscriptions_mock::MockServerExt as _;

fn adobe(server: &MockServer) -> adobe_cpapi::Client {
    adobe_cpapi::Client::builder()
        .base_url(server.base_url())
        .bearer_token("t")
        .api_key("k")
        .build()
        .unwrap()
}

#[tokio::test]
async fn adobe_get_order_matches_typed_path_values_and_serves_an_example() {
    let server = MockServer::start_async().await;
    // A path value with characters the client percent-encodes, and a regex
    // metacharacter: it matches exactly what the client sends.
    let mock = server
        .get_order(|when, then| {
            when.customer_id("98 76/54.3").order_id("0123456789");
            then.ok_example_order_with_promotions();
        })
        .await;

    let order = adobe(&server)
        .get_order()
        .customer_id("98 76/54.3")
        .order_id("0123456789")
        .x_correlation_id("c")
        .send()
        .await
        .expect("the mock answers the matching call")
        .into_inner();
    assert_eq!(
        order,
        adobe_cpapi_mock::examples::get_order_response_200_order_with_promotions()
    );
    assert_eq!(mock.calls_async().await, 1);

    // Another customer does not match: httpmock answers 404 with no body,
    // which the client reports with its status.
    let unmatched = adobe(&server)
        .get_order()
        .customer_id("98 76/54")
        .order_id("0123456789")
        .send()
        .await
        .unwrap_err();
    assert_eq!(unmatched.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(
        mock.calls_async().await,
        1,
        "the unmatched call is not counted"
    );
}

#[tokio::test]
async fn adobe_order_history_matches_repeated_filters_and_typed_errors() {
    let server = MockServer::start_async().await;
    let history = server
        .get_order_history(|when, then| {
            when.customer_id("c")
                .status(vec![OrderStatus::Complete, OrderStatus::Open])
                .order_type(OrderType::New)
                .limit(3u32);
            then.ok_example();
        })
        .await;
    let refused = server
        .get_order_history(|when, then| {
            when.customer_id("other");
            then.forbidden(
                &adobe_cpapi::types::ErrorResponse::try_from(
                    adobe_cpapi::types::ErrorResponse::builder()
                        .code("403003")
                        .message("Api Key is invalid"),
                )
                .unwrap(),
            );
        })
        .await;

    let page = adobe(&server)
        .get_order_history()
        .customer_id("c")
        .x_correlation_id("corr")
        .status(vec![OrderStatus::Complete, OrderStatus::Open])
        .order_type(vec![OrderType::New])
        .limit(3u32)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        page,
        adobe_cpapi_mock::examples::get_order_history_response_200()
    );

    // One status fewer than the mock requires: not matched.
    let missing_filter = adobe(&server)
        .get_order_history()
        .customer_id("c")
        .x_correlation_id("corr")
        .status(OrderStatus::Complete)
        .order_type(OrderType::New)
        .limit(3u32)
        .send()
        .await;
    assert!(missing_filter.is_err());

    let error = adobe(&server)
        .get_order_history()
        .customer_id("other")
        .x_correlation_id("corr")
        .send()
        .await
        .unwrap_err();
    let adobe_cpapi::Error::Documented(error) = error else {
        panic!("a documented 403: {error:?}");
    };
    assert_eq!(error.status(), 403);
    assert_eq!(error.code, "403003");
    assert_eq!(history.calls_async().await, 1);
    assert_eq!(refused.calls_async().await, 1);
}

#[tokio::test]
async fn fabric_subscriptions_update_order_matches_the_typed_body() {
    use fabric_subscriptions::types::{OrderStatus, OrderUpdate, UpdateOrderRequest};
    let server = MockServer::start_async().await;
    let body = UpdateOrderRequest::try_from(
        UpdateOrderRequest::builder().order(OrderUpdate::builder().status(OrderStatus::Canceled)),
    )
    .unwrap();
    let expected = body.clone();
    let mock = server
        .update_order(move |when, then| {
            when.order_id("6384462ab645220008a4358a").body(&expected);
            then.ok_example();
        })
        .await;
    let client = fabric_subscriptions::Client::builder()
        .base_url(server.base_url())
        .bearer_token("t")
        .build()
        .unwrap();

    let updated = client
        .update_order()
        .order_id("6384462ab645220008a4358a")
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        updated,
        fabric_subscriptions_mock::examples::update_order_response_200()
    );

    let other_body = UpdateOrderRequest::try_from(
        UpdateOrderRequest::builder().order(OrderUpdate::builder().status(OrderStatus::Skipped)),
    )
    .unwrap();
    let unmatched = client
        .update_order()
        .order_id("6384462ab645220008a4358a")
        .body(other_body)
        .send()
        .await;
    assert!(unmatched.is_err(), "a different body does not match");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn fabric_subscriptions_customer_orders_serve_a_documented_error() {
    let server = MockServer::start_async().await;
    server
        .get_customer_orders(|when, then| {
            when.customer_id("606f01f441b8fc0008529916");
            then.forbidden_example();
        })
        .await;
    let error = fabric_subscriptions::Client::builder()
        .base_url(server.base_url())
        .bearer_token("t")
        .build()
        .unwrap()
        .get_customer_orders()
        .customer_id("606f01f441b8fc0008529916")
        .send()
        .await
        .unwrap_err();
    let fabric_subscriptions::Error::Documented(error) = error else {
        panic!("a documented 403: {error:?}");
    };
    assert_eq!(error.status(), 403);
    assert_eq!(
        error.into_inner(),
        fabric_subscriptions_mock::examples::get_customer_orders_response_403()
    );
}

#[tokio::test]
async fn fabric_orders_guest_orders_match_the_email_and_the_json_header() {
    use fabric_orders::types::SiteContext;
    let server = MockServer::start_async().await;
    let context = || {
        SiteContext::try_from(SiteContext::builder().account("1234abcd5678efgh9ijklmno")).unwrap()
    };
    let mock = server
        .get_guest_orders(|when, then| {
            when.order_email("guest+1@example.com")
                .x_site_context(context());
            then.ok_example();
        })
        .await;
    let client = fabric_orders::Client::builder()
        .base_url(server.base_url())
        .build()
        .unwrap();
    let orders = client
        .get_guest_orders()
        .order_email("guest+1@example.com")
        .x_site_context(context())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        orders,
        fabric_orders_mock::examples::get_guest_orders_response_200()
    );
    let other = client
        .get_guest_orders()
        .order_email("someone@example.com")
        .x_site_context(context())
        .send()
        .await;
    assert!(other.is_err());
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn fabric_cart_drafts_match_headers_and_serve_range_errors() {
    let server = MockServer::start_async().await;
    let drafts = server
        .get_customer_order_drafts(|when, then| {
            when.customer_id("109840938")
                .x_fabric_tenant_id("617329dfd5288b0011332311")
                .x_fabric_channel_id_missing();
            then.ok_example();
        })
        .await;
    let failing = server
        .get_customer_order_drafts(|when, then| {
            when.customer_id("broken");
            then.server_error_example(503);
        })
        .await;
    let client = fabric_cart::Client::builder()
        .base_url(server.base_url())
        .bearer_token("t")
        .build()
        .unwrap();

    let found = client
        .get_customer_order_drafts()
        .customer_id("109840938")
        .x_fabric_tenant_id("617329dfd5288b0011332311")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        found,
        fabric_cart_mock::examples::get_customer_order_drafts_response_200()
    );

    // With the channel header the mock said must be absent: not matched.
    let with_channel = client
        .get_customer_order_drafts()
        .customer_id("109840938")
        .x_fabric_tenant_id("617329dfd5288b0011332311")
        .x_fabric_channel_id("12")
        .send()
        .await;
    assert!(with_channel.is_err());

    let error = client
        .get_customer_order_drafts()
        .customer_id("broken")
        .x_fabric_tenant_id("t")
        .send()
        .await
        .unwrap_err();
    let fabric_cart::Error::Documented(error) = error else {
        panic!("a documented 5XX: {error:?}");
    };
    assert_eq!(error.status(), 503);
    assert_eq!(
        error.into_inner(),
        fabric_cart_mock::examples::get_customer_order_drafts_response_5xx()
    );
    assert_eq!(drafts.calls_async().await, 1);
    assert!(failing.calls_async().await >= 1);
}

#[tokio::test]
async fn mocks_answer_in_sequence_a_503_then_the_order() {
    let server = MockServer::start_async().await;
    // Registered first, it answers the first call only; the next answers
    // the retry.
    let unavailable = server
        .get_order(|when, then| {
            when.order_id("0123456789");
            then.times(1).into_inner().status(503);
        })
        .await;
    let order = server
        .get_order(|when, then| {
            when.order_id("0123456789");
            then.ok_example_order();
        })
        .await;
    let answer = adobe(&server)
        .get_order()
        .customer_id("c")
        .order_id("0123456789")
        .x_correlation_id("c")
        .send()
        .await
        .expect("the retry gets the order");
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(unavailable.calls_async().await, 1);
    assert_eq!(order.calls_async().await, 1);
}

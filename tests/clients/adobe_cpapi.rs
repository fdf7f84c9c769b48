//! Adobe Commerce Partner API v3: one order, and the order history with
//! repeated filters and paging.

use adobe_cpapi::types::{DateOrDateTime, OrderStatus, OrderType};
use adobe_cpapi::{Client, Error};
use api_tests::{RecordingServer, Reply, assert_only_declared_headers, documented_example};
use serde_json::json;

const API: &str = "adobe-cpapi";
// The client sends both id headers on every call: the caller's values, or
// ids it makes up (`x-request-identity` in the spec).
const HEADERS: [&str; 4] = [
    "authorization",
    "x-api-key",
    "x-correlation-id",
    "x-request-id",
];

/// Whether `value` is a UUID as the client generates them.
fn is_uuid(value: &str) -> bool {
    value.len() == 36
        && value.split('-').map(str::len).eq([8, 4, 4, 4, 12])
        && value.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("adobe-token")
        .api_key("adobe-key")
        .build()
        .unwrap()
}

#[tokio::test]
async fn get_order_sends_credentials_and_ids_and_decodes_the_example() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        200,
        &documented_example(API, "getOrder", "response 200 (order)"),
    ));

    let order = client(&server)
        .get_order()
        .customer_id("9876543210")
        .order_id("0123456789")
        .x_correlation_id("corr-1")
        .x_request_id("req-1")
        .send()
        .await
        .expect("the documented response decodes")
        .into_inner();

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/v3/customers/9876543210/orders/0123456789");
    assert_eq!(request.header("authorization"), "Bearer adobe-token");
    assert_eq!(request.header("x-api-key"), "adobe-key");
    assert_eq!(request.header("x-correlation-id"), "corr-1");
    assert_eq!(request.header("x-request-id"), "req-1");
    assert_only_declared_headers(&request, &HEADERS);

    assert_eq!(order.order_id.as_deref(), Some("0123456789"));
    assert_eq!(order.order_type, Some(OrderType::New));
    assert_eq!(order.status, Some(OrderStatus::Complete));
    assert_eq!(order.referenced_order_id.as_deref(), Some(""));
    assert_eq!(order.line_items[0].ext_line_item_number, Some(4));
    let own = order.links.as_ref().and_then(|l| l.self_.as_ref()).unwrap();
    assert_eq!(
        own.uri.as_deref(),
        Some("/v3/customers/9876543210/orders/0123456789")
    );
}

#[tokio::test]
async fn path_ids_are_percent_encoded() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({})));
    client(&server)
        .get_order()
        .customer_id("a b/c")
        .order_id("1?2")
        .x_correlation_id("c")
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.only_request().path,
        "/v3/customers/a%20b%2Fc/orders/1%3F2"
    );
}

#[tokio::test]
async fn order_history_sends_repeated_filters_dates_and_paging() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        200,
        &documented_example(API, "getOrderHistory", "response 200"),
    ));

    let page = client(&server)
        .get_order_history()
        .customer_id("9876543210")
        .x_correlation_id("corr-2")
        .status(vec![OrderStatus::Complete, OrderStatus::Open])
        .order_type(vec![OrderType::New, OrderType::Renewal])
        .offer_id(vec![
            "80004567EA01A12".to_owned(),
            "80004561CA02A12".to_owned(),
        ])
        .reseller_id("1000177032")
        .reference_order_id("0123456789")
        .start_date(DateOrDateTime::NaiveDate("2019-05-02".parse().unwrap()))
        .end_date(DateOrDateTime::DateTime(
            "2019-05-02T22:49:54Z".parse().unwrap(),
        ))
        .limit(50u32)
        .offset(3)
        .send()
        .await
        .expect("the documented response decodes")
        .into_inner();

    let request = server.only_request();
    assert_eq!(request.path, "/v3/customers/9876543210/orders");
    let query = request.query.clone().unwrap();
    assert!(query.contains("status=1000&status=1002"), "{query}");
    let pairs = request.query_pairs();
    let values = |key: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    };
    assert_eq!(values("status"), ["1000", "1002"]);
    assert_eq!(values("order-type"), ["NEW", "RENEWAL"]);
    assert_eq!(values("offer-id"), ["80004567EA01A12", "80004561CA02A12"]);
    assert_eq!(values("reseller-id"), ["1000177032"]);
    assert_eq!(values("reference-order-id"), ["0123456789"]);
    assert_eq!(values("start-date"), ["2019-05-02"]);
    assert_eq!(values("end-date"), ["2019-05-02T22:49:54Z"]);
    assert_eq!(values("limit"), ["50"]);
    assert_eq!(values("offset"), ["3"]);
    assert_eq!(pairs.len(), 12);
    assert_only_declared_headers(&request, &HEADERS);

    assert_eq!(page.total_count, Some(9));
    assert_eq!(
        (page.count, page.offset, page.limit),
        (Some(3), Some(3), Some(3))
    );
    assert_eq!(page.items.len(), 2);
    let links = page.links.unwrap();
    assert_eq!(
        links.next.and_then(|l| l.uri).as_deref(),
        Some("/v3/customers/<customer-id>/orders?offset=6&limit=3")
    );
    assert_eq!(links.prev.and_then(|l| l.method).as_deref(), Some("GET"));
}

#[tokio::test]
async fn a_repeated_filter_takes_one_value_or_many() {
    let server = RecordingServer::start().await;
    let held = vec![OrderType::New, OrderType::Renewal];
    for _ in 0..2 {
        server.reply(Reply::json(200, &json!({"totalCount": 0, "items": []})));
    }
    let client = client(&server);
    client
        .get_order_history()
        .customer_id("c")
        .x_correlation_id("corr")
        .status(OrderStatus::Complete)
        .offer_id("80004567EA01A12")
        .order_type(&held[..1])
        .send()
        .await
        .unwrap();
    client
        .get_order_history()
        .customer_id("c")
        .x_correlation_id("corr")
        .status([OrderStatus::Complete, OrderStatus::Open])
        .offer_id(["80004567EA01A12", "80004561CA02A12"])
        .order_type(&held)
        .send()
        .await
        .unwrap();
    let received = server.received();
    let values = |at: usize, key: &str| -> Vec<String> {
        received[at]
            .query_pairs()
            .into_iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v)
            .collect()
    };
    assert_eq!(values(0, "status"), ["1000"]);
    assert_eq!(values(0, "offer-id"), ["80004567EA01A12"]);
    assert_eq!(values(0, "order-type"), ["NEW"]);
    assert_eq!(values(1, "status"), ["1000", "1002"]);
    assert_eq!(
        values(1, "offer-id"),
        ["80004567EA01A12", "80004561CA02A12"]
    );
    assert_eq!(values(1, "order-type"), ["NEW", "RENEWAL"]);
}

#[tokio::test]
async fn unset_filters_send_no_query_at_all() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"totalCount": 0, "items": []})));
    client(&server)
        .get_order_history()
        .customer_id("c")
        .x_correlation_id("corr")
        .status(Vec::<OrderStatus>::new())
        .send()
        .await
        .unwrap();
    let request = server.only_request();
    assert_eq!(request.query_pairs(), []);
    // Ids the caller did not give are made up.
    assert!(is_uuid(request.header("x-request-id")));
}

#[tokio::test]
async fn promotions_on_line_items_decode() {
    let server = RecordingServer::start().await;
    let example = documented_example(API, "getOrder", "response 200 (orderWithPromotions)");
    server.reply(Reply::json(200, &example));
    let order = client(&server)
        .get_order()
        .customer_id("9876543210")
        .order_id("5120008001")
        .x_correlation_id("c")
        .send()
        .await
        .unwrap()
        .into_inner();
    let codes: Vec<_> = order
        .line_items
        .iter()
        .flat_map(|l| &l.promotions)
        .filter_map(|p| p.code.as_deref())
        .collect();
    assert_eq!(codes, ["SUMMER_SALE_123", "WINTER_SALE_123"]);
    assert_eq!(order.line_items[1].status, Some(OrderStatus::Open));
}

#[tokio::test]
async fn each_documented_error_status_is_typed() {
    let server = RecordingServer::start().await;
    for status in [400, 401, 403, 404] {
        server.reply(Reply::json(
            status,
            &json!({"code": "1117", "message": "Invalid parameter", "additionalDetails": ["limit"]}),
        ));
    }
    let client = client(&server);
    for status in [400, 401, 403, 404] {
        let error = client
            .get_order_history()
            .customer_id("c")
            .x_correlation_id("corr")
            .send()
            .await
            .unwrap_err();
        let Error::Documented(error) = error else {
            panic!("{status} is a documented error: {error:?}");
        };
        assert_eq!(error.status(), status);
        assert_eq!(error.code, "1117");
        assert_eq!(error.additional_details, ["limit"]);
    }
}

#[tokio::test]
async fn an_unlisted_status_code_decodes() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"orderId": "1", "status": "1008"})));
    let order = client(&server)
        .get_order()
        .customer_id("c")
        .order_id("1")
        .x_correlation_id("c")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(order.status, Some(OrderStatus::Unknown("1008".to_owned())));
}

#[tokio::test]
async fn status_codes_have_named_variants_and_keep_their_wire_value() {
    // The names come from `x-enum-varnames`; the value sent and received
    // stays the code.
    for (code, named) in [
        ("1000", OrderStatus::Complete),
        ("1002", OrderStatus::Open),
        ("1004", OrderStatus::Failed),
        ("1026", OrderStatus::FailedInvalidCustomerId),
    ] {
        assert_eq!(OrderStatus::from(code), named);
        assert_eq!(named.as_str(), code);
        assert_eq!(serde_json::to_value(&named).unwrap(), json!(code));
        assert_eq!(
            serde_json::from_value::<OrderStatus>(json!(code)).unwrap(),
            named
        );
    }
}

#[tokio::test]
async fn a_value_a_setter_cannot_take_is_refused_in_the_spec_s_terms() {
    let server = RecordingServer::start().await;
    let error = client(&server)
        .get_order_history()
        .customer_id("c")
        .limit(0u32)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid request, not sent: the value given to the query parameter `limit` cannot be \
         sent: the spec asks for an integer (int32), at least 1, at most 100"
    );
    assert!(server.received().is_empty());
}

//! Rows A1... of specs/QUIRKS.md: Adobe Commerce Partner API v3 (seed 004).

use adobe_cpapi::types::{DateOrDateTime, Link, Order};
use serde_json::{Value, json};
use spec_model::schema::{openapi_to_json_schema, validate_against_json_schema};

use crate::{at, listed, numeric_types, spec, surface};

const API: &str = "adobe-cpapi";
const ORDER: &str = "/paths/~1v3~1customers~1{customer-id}~1orders~1{order-id}/get";
const HISTORY: &str = "/paths/~1v3~1customers~1{customer-id}~1orders/get";
const JSON: &str = "content/application~1json";

#[test]
fn history_example_items_are_the_order_resource() {
    // A1: each `{ Order resource }` is the first block's order.
    let s = spec(API);
    let order = at(
        &s,
        &format!("{ORDER}/responses/200/{JSON}/examples/order/value"),
    );
    let items = at(&s, &format!("{HISTORY}/responses/200/{JSON}/example/items"));
    assert_eq!(items, &json!([order, order]));
}

#[test]
fn the_promotions_block_is_a_second_order_example() {
    // A2: repaired, with `links` as the first block's, for its own order.
    let s = spec(API);
    let example = at(
        &s,
        &format!("{ORDER}/responses/200/{JSON}/examples/orderWithPromotions/value"),
    );
    assert_eq!(
        example["lineItems"][0]["promotions"],
        json!([{"code": "SUMMER_SALE_123", "result": "SUCCESS"}])
    );
    assert_eq!(
        example["links"],
        json!({"self": {"uri": "/v3/customers/9876543210/orders/5120008001", "method": "GET", "headers": []}})
    );
    let decoded: Order = serde_json::from_value(example.clone()).unwrap();
    assert_eq!(decoded.line_items.len(), 2);
}

#[test]
fn history_example_keeps_count_3_with_two_items() {
    // A3.
    let s = spec(API);
    let example = at(&s, &format!("{HISTORY}/responses/200/{JSON}/example"));
    assert_eq!(example["count"], 3);
    assert_eq!(example["items"].as_array().map(Vec::len), Some(2));
}

#[test]
fn filters_belong_to_the_orders_path() {
    // A4, A5: the filters on `/orders`, the status list as the table has it.
    let s = spec(API);
    let names: Vec<&str> = at(&s, &format!("{HISTORY}/parameters"))
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "order-type",
            "reseller-id",
            "status",
            "reference-order-id",
            "offer-id",
            "start-date",
            "end-date",
            "limit",
            "offset"
        ]
    );
    assert!(
        at(&s, ORDER)
            .get("parameters")
            .is_some_and(|p| p.as_array().map(Vec::len) == Some(1))
    );
    assert_eq!(
        at(&s, "/components/schemas/OrderStatus/enum"),
        &json!(["1000", "1002", "1004", "1026"])
    );
}

#[test]
fn the_default_server_is_the_sandbox() {
    // A7.
    assert_eq!(
        at(&spec(API), "/servers"),
        &json!([{"url": "https://partners-stage.adobe.io", "description": "Sandbox."}])
    );
}

#[test]
fn accept_and_content_type_are_not_parameters() {
    // A8: the client frames the message itself.
    let s = spec(API);
    let text = serde_json::to_string(&s.document)
        .unwrap()
        .to_ascii_lowercase();
    assert!(!text.contains("\"name\":\"accept\""));
    assert!(!text.contains("\"name\":\"content-type\""));
}

#[test]
fn request_id_is_optional_and_correlation_id_required() {
    // A10 and A22: the page requires X-Correlation-Id and the spec says so;
    // both carry ids the client makes up, so the builder takes both
    // optionally.
    let s = spec(API);
    assert_eq!(at(&s, "/components/parameters/RequestId/required"), false);
    assert_eq!(
        at(&s, "/components/parameters/RequestId/x-request-identity"),
        "attempt"
    );
    assert_eq!(
        at(&s, "/components/parameters/CorrelationId/required"),
        true
    );
    assert_eq!(
        at(
            &s,
            "/components/parameters/CorrelationId/x-request-identity"
        ),
        "call"
    );
    let operation = surface(API);
    for method in ["get_order", "get_order_history"] {
        let params = &operation.operation(method).expect(method).params;
        let required = |wire: &str| params.iter().find(|p| p.wire == wire).map(|p| p.required);
        assert_eq!(required("X-Request-Id"), Some(false), "{method}");
        assert_eq!(required("X-Correlation-Id"), Some(false), "{method}");
    }
}

#[test]
fn order_type_is_one_enum_for_the_filter_and_the_response() {
    // A21.
    let s = spec(API);
    assert_eq!(
        at(&s, &format!("{HISTORY}/parameters/0/schema/items/$ref")),
        "#/components/schemas/OrderType"
    );
    assert_eq!(
        at(&s, "/components/schemas/Order/properties/orderType/$ref"),
        "#/components/schemas/OrderType"
    );
}

#[test]
fn both_reference_order_fields_are_kept() {
    // A11.
    let order: Order = serde_json::from_value(json!({
        "referenceOrderId": "a", "referencedOrderId": "b"
    }))
    .unwrap();
    assert_eq!(
        (
            order.reference_order_id.as_deref(),
            order.referenced_order_id.as_deref()
        ),
        (Some("a"), Some("b"))
    );
}

#[test]
fn status_names_are_adobes() {
    // A12: the names, in the order of the codes.
    let s = spec(API);
    assert_eq!(
        at(&s, "/components/schemas/OrderStatus/x-enum-varnames"),
        &json!(["Complete", "Open", "Failed", "FailedInvalidCustomerId"])
    );
}

/// A schema as a validator sees it that ignores `format`, as most do.
fn without(key: &str, schema: &Value) -> Value {
    match schema {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| (k.clone(), without(key, v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| without(key, v)).collect()),
        other => other.clone(),
    }
}

#[test]
fn date_or_date_time_branches_exclude_each_other_without_formats() {
    // A13: exactly one branch matches, format or no format.
    let s = spec(API);
    let schema = openapi_to_json_schema(at(&s, "/components/schemas/DateOrDateTime"));
    let formatless = without("format", &schema);
    let dates = [
        "2019-05-02",
        "2019-05-02T22:49:54Z",
        "2019-05-02T22:49:54.125Z",
    ];
    for value in dates {
        assert_eq!(
            validate_against_json_schema(&schema, &json!(value)),
            Ok(()),
            "{value}"
        );
        assert_eq!(
            validate_against_json_schema(&formatless, &json!(value)),
            Ok(()),
            "{value}"
        );
    }
    assert!(validate_against_json_schema(&formatless, &json!("soon")).is_err());
    // Without the patterns, a string matches both branches and `oneOf` fails.
    let bare = without("pattern", &formatless);
    assert!(validate_against_json_schema(&bare, &json!("2019-05-02")).is_err());
    // Whatever the client sends matches its branch.
    for sent in [
        DateOrDateTime::NaiveDate("2019-05-02".parse().unwrap()),
        DateOrDateTime::DateTime("2019-05-02T22:49:54Z".parse().unwrap()),
        DateOrDateTime::DateTime("2019-05-02T22:49:54.123456789Z".parse().unwrap()),
    ] {
        let value = serde_json::to_value(&sent).unwrap();
        assert_eq!(
            validate_against_json_schema(&formatless, &value),
            Ok(()),
            "{value}"
        );
    }
}

#[test]
fn limit_and_offset_carry_the_pages_ranges() {
    // A14, A20: 1 to 100 and 0 up; the Rust types hold more.
    let s = spec(API);
    assert_eq!(
        at(&s, &format!("{HISTORY}/parameters/7/schema")),
        &json!({"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 25})
    );
    assert_eq!(
        at(&s, &format!("{HISTORY}/parameters/8/schema")),
        &json!({"type": "integer", "format": "int32", "minimum": 0, "default": 0})
    );
    let operation = surface(API);
    let params = &operation.operation("get_order_history").unwrap().params;
    let ty = |wire: &str| {
        params
            .iter()
            .find(|p| p.wire == wire)
            .map(|p| p.ty.short.clone())
    };
    assert_eq!(ty("limit").as_deref(), Some("NonZeroU32"));
    assert_eq!(ty("offset").as_deref(), Some("i32"));
}

#[test]
fn link_headers_are_any_json_values() {
    // A15.
    let link: Link = serde_json::from_value(json!({"headers": [{"x": 1}, "y"]})).unwrap();
    assert_eq!(link.headers.len(), 2);
}

#[test]
fn both_operations_take_the_same_headers() {
    // A18: "The request body is the same as mentioned in the previous
    // endpoint", under "Request header".
    let s = spec(API);
    assert_eq!(
        at(
            &s,
            "/paths/~1v3~1customers~1{customer-id}~1orders~1{order-id}/parameters"
        ),
        at(
            &s,
            "/paths/~1v3~1customers~1{customer-id}~1orders/parameters"
        )
    );
}

#[test]
fn adobe_numbers_are_int32() {
    // A20: every number the page shows is a count or a line number.
    assert_eq!(
        numeric_types(&spec(API)),
        listed(&[
            ("LineItem.extLineItemNumber", "integer int32"),
            ("LineItem.quantity", "integer int32"),
            ("OrderHistory.count", "integer int32"),
            ("OrderHistory.limit", "integer int32"),
            ("OrderHistory.offset", "integer int32"),
            ("OrderHistory.totalCount", "integer int32"),
        ])
    );
}

//! Rows S1... of specs/QUIRKS.md: fabric Subscriptions (seeds 000, 003).

use fabric_subscriptions::types::{
    CustomAttributes, Customer, LineItem, LineItemUpdate, Order, RetryType,
};
use serde_json::json;

use crate::{at, field_type, listed, numeric_types, spec, surface};

const API: &str = "fabric-subscriptions";

#[test]
fn subscriptions_keep_deleted_at_contactnumber_and_retry_as_written() {
    // S1, S2, S3: the wire names as the pages print them.
    let customer: Customer = serde_json::from_value(json!({
        "DeletedAt": "2021-01-01T00:00:00Z", "contactnumber": "5555551234"
    }))
    .unwrap();
    assert!(customer.deleted_at.is_some());
    assert_eq!(customer.contactnumber.as_deref(), Some("5555551234"));
    let order: Order = serde_json::from_value(json!({
        "deletedAt": "2019-01-01T00:00:00Z", "Retry": {"maxRetries": 3}
    }))
    .unwrap();
    assert!(order.deleted_at.is_some());
    assert_eq!(order.retry.and_then(|r| r.max_retries), Some(3));
    // The other spelling is not the same field.
    let customer: Customer =
        serde_json::from_value(json!({"deletedAt": "2021-01-01T00:00:00Z"})).unwrap();
    assert!(customer.deleted_at.is_none());
}

#[test]
fn subscriptions_request_item_and_response_item_are_two_schemas() {
    // S4: `Item` (ItemUpdate) in the request, `item` (Item) in the response.
    let s = spec(API);
    assert_eq!(
        at(
            &s,
            "/components/schemas/LineItemUpdate/properties/Item/$ref"
        ),
        "#/components/schemas/ItemUpdate"
    );
    assert_eq!(
        at(&s, "/components/schemas/LineItem/properties/item/$ref"),
        "#/components/schemas/Item"
    );
    let update: LineItemUpdate = serde_json::from_value(json!({"Item": {"quantity": 2}})).unwrap();
    assert_eq!(update.item.and_then(|i| i.quantity), Some(2));
    let line: LineItem =
        serde_json::from_value(json!({"item": {"id": 1000000006, "sku": "MOBO-X570"}})).unwrap();
    assert_eq!(line.item.and_then(|i| i.id), Some(1000000006));
}

#[test]
fn retry_type_keeps_the_misspelled_value() {
    // S7: `INTENTORY RETRY`, as the server sends it.
    let retry: RetryType = serde_json::from_value(json!("INTENTORY RETRY")).unwrap();
    assert_eq!(retry, RetryType::IntentoryRetry);
    assert_eq!(retry.as_str(), "INTENTORY RETRY");
    assert_eq!(
        at(&spec(API), "/components/schemas/RetryType/enum/1"),
        "INTENTORY RETRY"
    );
}

#[test]
fn deleted_at_decodes_null_and_a_date() {
    // S8: nullable date-times.
    let s = spec(API);
    for pointer in [
        "/components/schemas/Customer/properties/DeletedAt/nullable",
        "/components/schemas/Order/properties/deletedAt/nullable",
    ] {
        assert_eq!(at(&s, pointer), true, "{pointer}");
    }
    let order: Order = serde_json::from_value(json!({
        "deletedAt": null, "customer": {"DeletedAt": null}
    }))
    .unwrap();
    assert!(order.deleted_at.is_none());
    let order: Order =
        serde_json::from_value(json!({"deletedAt": "2019-01-01T00:00:00.000Z"})).unwrap();
    assert!(order.deleted_at.is_some());
}

#[test]
fn customer_orders_hold_the_same_order_schema_as_the_update() {
    // S9: 000's list and 003's order are one schema, every field optional.
    let s = spec(API);
    assert_eq!(
        at(
            &s,
            "/components/schemas/CustomerOrders/properties/orders/items/$ref"
        ),
        "#/components/schemas/Order"
    );
    assert_eq!(
        at(&s, "/components/schemas/UpdatedOrder/properties/order/$ref"),
        "#/components/schemas/Order"
    );
    assert!(
        at(&s, "/components/schemas/Order")
            .get("required")
            .is_none()
    );
    let subset: Order = serde_json::from_value(json!({"status": "SCHEDULED"})).unwrap();
    assert!(subset.ship_to.is_none() && subset.line_items.is_empty());
}

#[test]
fn custom_attributes_take_any_json_values() {
    // S10.
    let attributes: CustomAttributes = serde_json::from_value(json!({
        "associateId": 1, "storeId": "60cb", "tags": ["a"], "gift": null, "nested": {"k": true}
    }))
    .unwrap();
    assert_eq!(attributes.len(), 5);
    assert_eq!(
        at(
            &spec(API),
            "/components/schemas/CustomAttributes/additionalProperties"
        ),
        true
    );
}

#[test]
fn path_ids_are_plain_strings() {
    // S12, and C1/A6 for the other specs' path IDs.
    for (api, pointer) in [
        (
            API,
            "/paths/~1v1~1customers~1{customerId}~1orders/get/parameters/0/schema",
        ),
        (
            API,
            "/paths/~1v1~1orders~1{orderId}/patch/parameters/0/schema",
        ),
        (
            "fabric-cart",
            "/paths/~1v3~1order-drafts~1customer~1{customerId}/get/parameters/0/schema",
        ),
        ("adobe-cpapi", "/components/parameters/CustomerId/schema"),
    ] {
        assert_eq!(
            at(&spec(api), pointer),
            &json!({"type": "string"}),
            "{api} {pointer}"
        );
    }
}

#[test]
fn item_id_is_an_int64() {
    // S13: a 10-digit number, the one numeric ID of 003.
    let s = spec(API);
    assert_eq!(
        at(&s, "/components/schemas/Item/properties/id/type"),
        "integer"
    );
    assert_eq!(
        at(&s, "/components/schemas/Item/properties/id/format"),
        "int64"
    );
    assert_eq!(field_type(&surface(API), "Item", "id"), "Option<i64>");
}

#[test]
fn a_successful_order_may_carry_an_order_error() {
    // S15: both 200 examples hold `error: ORDER_NOT_FOUND` on the order.
    let s = spec(API);
    for pointer in [
        "/paths/~1v1~1customers~1{customerId}~1orders/get/responses/200/content/application~1json/example/data/orders/0/error/errorCode",
        "/paths/~1v1~1orders~1{orderId}/patch/responses/200/content/application~1json/example/data/order/error/errorCode",
    ] {
        assert_eq!(at(&s, pointer), "ORDER_NOT_FOUND", "{pointer}");
    }
    assert_eq!(
        at(&s, "/components/schemas/Order/properties/error/$ref"),
        "#/components/schemas/OrderError"
    );
    let order: Order = serde_json::from_value(json!({
        "status": "FAILED", "error": {"errorCode": "ORDER_NOT_FOUND", "errorMessage": "The order is not found"}
    }))
    .unwrap();
    assert_eq!(
        order.error.and_then(|e| e.error_code).as_deref(),
        Some("ORDER_NOT_FOUND")
    );
}

#[test]
fn update_order_requires_a_body_with_an_order() {
    // S16: the page marks neither the body nor `order` required.
    let s = spec(API);
    assert_eq!(
        at(
            &s,
            "/paths/~1v1~1orders~1{orderId}/patch/requestBody/required"
        ),
        true
    );
    assert_eq!(
        at(&s, "/components/schemas/UpdateOrderRequest/required"),
        &json!(["order"])
    );
    let op = surface(API);
    let update = op.operation("update_order").expect("update_order");
    assert_eq!(
        update.body.as_ref().map(|b| b.short.as_str()),
        Some("UpdateOrderRequest")
    );
    assert_eq!(
        field_type(&op, "UpdateOrderRequest", "order"),
        "OrderUpdate",
        "`order` is required, so it is not an Option"
    );
}

#[test]
fn ship_to_and_bill_to_keep_their_descriptions() {
    // S18: beside the $ref, inside allOf, in four places, and on the field.
    let s = spec(API);
    for schema in ["Order", "OrderUpdate"] {
        for (property, description) in [
            ("shipTo", "Ship-to address and phone details."),
            ("billTo", "Bill-to address and phone details."),
        ] {
            let base = format!("/components/schemas/{schema}/properties/{property}");
            assert_eq!(
                at(&s, &format!("{base}/description")),
                description,
                "{base}"
            );
            assert_eq!(
                at(&s, &format!("{base}/allOf")),
                &json!([{"$ref": "#/components/schemas/Address"}]),
                "{base}"
            );
        }
    }
    let root = spec_model::workspace::root().expect("the workspace root");
    let generated =
        std::fs::read_to_string(root.join("crates/fabric-subscriptions/src/generated.rs")).unwrap();
    assert_eq!(
        generated
            .matches("///Ship-to address and phone details.")
            .count(),
        2
    );
    assert_eq!(
        generated
            .matches("///Bill-to address and phone details.")
            .count(),
        2
    );
}

#[test]
fn subscriptions_numbers_are_typed_as_the_ledger_says() {
    // S19: counts and line numbers int32, the item ID int64, amounts number.
    assert_eq!(
        numeric_types(&spec(API)),
        listed(&[
            ("Item.id", "integer int64"),
            ("Item.quantity", "integer int32"),
            ("Item.weight", "number"),
            ("ItemPrice.price", "number"),
            ("ItemUpdate.quantity", "integer int32"),
            ("ItemUpdate.weight", "number"),
            ("LineItem.lineItemId", "integer int32"),
            ("Order.totalAmount", "number"),
            ("Order.totalDiscount", "number"),
            ("Order.totalTax", "number"),
            ("RetryDetails.maxRetries", "integer int32"),
            ("RetryDetails.retryAfterDays", "integer int32"),
            ("RetryDetails.retryCount", "integer int32"),
            ("Shipping.shippingAmount", "number"),
            ("Shipping.taxAmount", "number"),
            ("SubscriptionPlan.frequency", "integer int32"),
            ("Tax.taxAmount", "number"),
        ])
    );
}

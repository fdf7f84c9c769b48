//! Rows O1... of specs/QUIRKS.md: fabric Orders, legacy api-order (seed 001).

use fabric_orders::types::{
    Address, AppliedPromotion, Attribute, Order, OrderItem, PaymentIdentifier, PaymentToken,
    ShipToIds, StringOrNumber,
};
use serde_json::json;

use crate::{at, field_type, listed, numeric_types, spec, surface};

const API: &str = "fabric-orders";
const RESPONSE: &str =
    "/paths/~1api-order~1orders~1user~1guest/get/responses/200/content/application~1json";

#[test]
fn placeholders_are_arrays() {
    // O1: `"<array>"` on the page; arrays here, shown empty.
    let s = spec(API);
    for property in ["tags", "shipments", "statusDescriptions", "events"] {
        assert_eq!(
            at(
                &s,
                &format!("/components/schemas/Order/properties/{property}/type")
            ),
            "array"
        );
        assert_eq!(
            at(&s, &format!("{RESPONSE}/example/0/{property}")),
            &json!([]),
            "{property}"
        );
    }
    assert_eq!(
        at(
            &s,
            "/components/schemas/ShipTo/properties/promosApplied/items/$ref"
        ),
        "#/components/schemas/AppliedPromotion"
    );
    let order: Order =
        serde_json::from_value(json!({"tags": ["gift", {"k": 1}], "events": [1]})).unwrap();
    assert_eq!(order.tags.len(), 2);
}

#[test]
fn string_or_number_fields_take_both_forms() {
    // O4, O5, O6, O18: a string in one place, a number in another.
    let s = spec(API);
    for pointer in [
        "/components/schemas/Phone/properties/number/$ref",
        "/components/schemas/Address/properties/zipCode/$ref",
        "/components/schemas/PaymentIdentifier/properties/cardIdentifier/$ref",
        "/components/schemas/PaymentToken/properties/token/$ref",
        "/components/schemas/OrdersError/properties/code/$ref",
        "/components/schemas/OrderItem/properties/group/items/$ref",
    ] {
        assert_eq!(
            at(&s, pointer),
            "#/components/schemas/StringOrNumber",
            "{pointer}"
        );
    }
    assert_eq!(
        at(&s, "/components/schemas/StringOrNumber/oneOf"),
        &json!([{"type": "string"}, {"type": "number"}])
    );
    let address: Address = serde_json::from_value(json!({
        "zipCode": "V6B 1A1", "phone": {"number": 7780811973u64}
    }))
    .unwrap();
    assert_eq!(
        address.zip_code,
        Some(StringOrNumber::String("V6B 1A1".to_owned()))
    );
    assert_eq!(
        address.phone.and_then(|p| p.number),
        Some(StringOrNumber::Number(7780811973.0))
    );
    let card: PaymentIdentifier =
        serde_json::from_value(json!({"cardIdentifier": "1234"})).unwrap();
    assert_eq!(
        card.card_identifier,
        Some(StringOrNumber::String("1234".to_owned()))
    );
    let token: PaymentToken = serde_json::from_str(r#"{"token": 40059083049}"#).unwrap();
    assert_eq!(token.token, Some(StringOrNumber::Number(40059083049.0)));
    // Written back with the same value.
    assert_eq!(
        serde_json::to_value(&token).unwrap()["token"].as_f64(),
        Some(40059083049.0)
    );
}

#[test]
fn ship_to_id_takes_either_form_on_every_object() {
    // O7: one number on a destination and an item, a list on a payment.
    let s = spec(API);
    for schema in ["ShipTo", "OrderItem", "Payment"] {
        assert_eq!(
            at(
                &s,
                &format!("/components/schemas/{schema}/properties/shipToId/$ref")
            ),
            "#/components/schemas/ShipToIds",
            "{schema}"
        );
    }
    let item: OrderItem = serde_json::from_value(json!({"shipToId": [49, 50]})).unwrap();
    assert_eq!(item.ship_to_id, Some(ShipToIds::Array(vec![49.0, 50.0])));
    let item: OrderItem = serde_json::from_value(json!({"shipToId": 49})).unwrap();
    assert_eq!(item.ship_to_id, Some(ShipToIds::Number(49.0)));
}

#[test]
fn the_version_key_is_v_in_rust() {
    // O9.
    assert_eq!(field_type(&surface(API), "Order", "__v"), "Option<f64>");
    let order: Order = serde_json::from_value(json!({"__v": 0})).unwrap();
    assert_eq!(order.v, Some(0.0));
}

#[test]
fn attribute_values_are_any_json() {
    // O10: `true` on one attribute, a string on another.
    assert!(
        at(&spec(API), "/components/schemas/Attribute/properties/value")
            .get("type")
            .is_none()
    );
    for value in [
        json!(true),
        json!("Happy for you"),
        json!(3),
        json!({"k": [1]}),
    ] {
        let attribute: Attribute =
            serde_json::from_value(json!({"type": "any", "value": value.clone()})).unwrap();
        assert_eq!(attribute.value, Some(value));
    }
}

#[test]
fn group_is_a_list_of_ids() {
    // O11: the page's `1.2312312312312322e+23`, and the strings IDs mostly are.
    let s = spec(API);
    assert_eq!(
        at(&s, &format!("{RESPONSE}/example/0/items/0/group/0")),
        &json!(1.2312312312312322e23)
    );
    let item: OrderItem =
        serde_json::from_value(json!({"group": ["a1", 1.2312312312312322e23]})).unwrap();
    assert_eq!(
        item.group,
        [
            StringOrNumber::String("a1".to_owned()),
            StringOrNumber::Number(1.2312312312312322e23)
        ]
    );
}

#[test]
fn guest_orders_are_an_array() {
    // O15: "Response: Order", and an array in the example.
    let s = spec(API);
    assert_eq!(at(&s, &format!("{RESPONSE}/schema/type")), "array");
    assert_eq!(
        surface(API)
            .operation("get_guest_orders")
            .map(|o| o.success.short.clone()),
        Some("Vec<Order>".to_owned())
    );
}

#[test]
fn created_and_updated_at_are_date_times() {
    // O16: typed `string` on the page.
    let s = spec(API);
    for property in ["createdAt", "updatedAt"] {
        assert_eq!(
            at(
                &s,
                &format!("/components/schemas/Order/properties/{property}/format")
            ),
            "date-time"
        );
    }
    assert_eq!(
        field_type(&surface(API), "Order", "createdAt"),
        "Option<DateTime<Utc>>"
    );
}

#[test]
fn fabric_orders_numbers_are_number_except_the_header_channel() {
    // O17: the page's one numeric type, for every number of the response;
    // the header the client writes keeps a whole channel.
    assert_eq!(
        numeric_types(&spec(API)),
        listed(&[
            ("AppliedPromotion.value", "number"),
            ("Attribute.price", "number"),
            ("Order.__v", "number"),
            ("Order.channel", "number"),
            ("Order.orderTotal", "number"),
            ("Order.revision", "number"),
            ("Order.taxTotal", "number"),
            ("Order.totalQuantity", "number"),
            ("OrderItem.attributeTotalPrice", "number"),
            ("OrderItem.discount", "number"),
            ("OrderItem.estimatedTax", "number"),
            ("OrderItem.itemId", "number"),
            ("OrderItem.lineItemId", "number"),
            ("OrderItem.price", "number"),
            ("OrderItem.priceListId", "number"),
            ("OrderItem.quantity", "number"),
            ("OrderItem.total", "number"),
            ("OrderItem.weight", "number"),
            ("Payment.amount", "number"),
            ("Payment.conversion", "number"),
            ("ShipTo.estimatedTax", "number"),
            ("ShipTo.price", "number"),
            ("ShipTo.shipmentMethodId", "number"),
            ("ShipTo.total", "number"),
            ("SiteContext.channel", "integer int32"),
        ])
    );
    // A fraction from the server decodes.
    let item: OrderItem = serde_json::from_value(json!({"quantity": 1.5, "itemId": 1e3})).unwrap();
    assert_eq!((item.quantity, item.item_id), (Some(1.5), Some(1000.0)));
}

#[test]
fn order_email_is_required_though_the_curl_sample_omits_it() {
    // O19.
    let s = spec(API);
    let parameter = at(
        &s,
        "/paths/~1api-order~1orders~1user~1guest/get/parameters/0",
    );
    assert_eq!(parameter["name"], "orderEmail");
    assert_eq!(parameter["required"], true);
    let operation = surface(API);
    let param = operation
        .operation("get_guest_orders")
        .and_then(|o| o.params.iter().find(|p| p.wire == "orderEmail").cloned())
        .expect("orderEmail");
    assert!(param.required);
}

#[test]
fn the_promotion_target_key_is_on() {
    // O20: all capitals on the wire, quoted in the spec.
    let promotion: AppliedPromotion =
        serde_json::from_value(json!({"ON": {"kind": "SKU", "value": "WATCH123456"}})).unwrap();
    assert_eq!(promotion.on.and_then(|o| o.kind).as_deref(), Some("SKU"));
    assert!(
        at(
            &spec(API),
            "/components/schemas/AppliedPromotion/properties"
        )
        .get("ON")
        .is_some()
    );
}

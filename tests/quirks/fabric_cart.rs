//! Rows C1... of specs/QUIRKS.md: fabric Cart v3 (seed 002).

use fabric_cart::Client;
use fabric_cart::types::{Attributes, Behaviors, CachedSourceConfiguration, LineItem, OrderDraft};
use serde_json::json;

use crate::{at, field_type, listed, numeric_types, spec, surface};

const API: &str = "fabric-cart";

#[test]
fn cart_path_is_the_curl_one_on_api_fabric_inc() {
    // C1.
    let s = spec(API);
    assert_eq!(at(&s, "/servers/0/url"), "https://api.fabric.inc");
    assert!(
        at(&s, "/paths")
            .get("/v3/order-drafts/customer/{customerId}")
            .is_some()
    );
    assert_eq!(at(&s, "/paths").as_object().map(|p| p.len()), Some(1));
}

#[test]
fn cache_expiry_is_seconds_on_a_source_and_a_behavior_in_behaviors() {
    // C3: one name, two meanings.
    let source: CachedSourceConfiguration = serde_json::from_value(json!({
        "cacheExpiry": 7776000, "behaviors": {"cacheExpiry": "WARN"}
    }))
    .unwrap();
    assert_eq!(source.cache_expiry, Some(7776000));
    let behaviors: Option<Behaviors> = source.behaviors;
    assert_eq!(
        behaviors.and_then(|b| b.cache_expiry).as_deref(),
        Some("WARN")
    );
    let s = surface(API);
    assert_eq!(
        field_type(&s, "CachedSourceConfiguration", "cacheExpiry"),
        "Option<i64>"
    );
    assert_eq!(field_type(&s, "Behaviors", "cacheExpiry"), "Option<String>");
}

#[test]
fn addresses_and_fulfillments_are_maps_with_any_keys() {
    // C4: keys are IDs without hyphens, or anything else.
    let s = spec(API);
    for property in ["addresses", "fulfillments"] {
        let schema = at(
            &s,
            &format!("/components/schemas/OrderDraft/properties/{property}"),
        );
        assert!(schema.get("additionalProperties").is_some(), "{property}");
        assert!(schema.get("propertyNames").is_none(), "{property}");
    }
    let draft: OrderDraft = serde_json::from_value(json!({
        "addresses": {"a8577d7f0d4d4b228e857b4a2e90dc93": {"id": "a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93"}, "home": {}},
        "fulfillments": {"d6229cdb0c5b4885b1b213b94d02488e": {"type": "SHIP_TO"}}
    }))
    .unwrap();
    assert_eq!(draft.addresses.len(), 2);
    assert_eq!(draft.fulfillments.len(), 1);
}

#[test]
fn channel_id_header_is_optional() {
    // C6: "a required field" in its description, not marked required.
    let s = spec(API);
    let channel = at(
        &s,
        "/paths/~1v3~1order-drafts~1customer~1{customerId}/get/parameters/3",
    );
    assert_eq!(channel["name"], "x-fabric-channel-id");
    assert_eq!(channel["required"], false);
}

#[test]
fn line_items_are_two_schemas() {
    // C7: `order.lineItems` is a list, the top-level `lineItems` an object.
    let s = spec(API);
    assert_eq!(
        at(
            &s,
            "/components/schemas/DraftOrder/properties/lineItems/items/$ref"
        ),
        "#/components/schemas/DraftOrderLineItem"
    );
    assert_eq!(
        at(
            &s,
            "/components/schemas/OrderDraft/properties/lineItems/$ref"
        ),
        "#/components/schemas/LineItems"
    );
}

#[test]
fn cart_promotions_and_applied_promotions_are_two_schemas() {
    // C8.
    let s = spec(API);
    assert_eq!(
        at(
            &s,
            "/components/schemas/OrderDraft/properties/promotions/$ref"
        ),
        "#/components/schemas/CartPromotions"
    );
    for schema in ["LineItem", "Fulfillment"] {
        assert_eq!(
            at(
                &s,
                &format!("/components/schemas/{schema}/properties/promotions/$ref")
            ),
            "#/components/schemas/AppliedPromotions",
            "{schema}"
        );
    }
}

#[test]
fn ids_holding_numbers_are_strings() {
    // C9: `"10001"`, `"12"`: strings, leading zeros and all.
    let s = spec(API);
    for (schema, property) in [
        ("LineItem", "priceListId"),
        ("LineItem", "refId"),
        ("LineItem", "taxCode"),
        ("OrderDraft", "channelId"),
    ] {
        assert_eq!(
            at(
                &s,
                &format!("/components/schemas/{schema}/properties/{property}/type")
            ),
            "string",
            "{schema}.{property}"
        );
    }
    let line: LineItem = serde_json::from_value(json!({"priceListId": "010001"})).unwrap();
    assert_eq!(line.price_list_id.as_deref(), Some("010001"));
}

#[test]
fn attributes_are_free_form() {
    // C10: keys such as `gift-card-name`, values of any kind.
    let attributes: Attributes = serde_json::from_value(json!({
        "gift-card-name": "custom name", "rate": "5.0", "n": 1, "list": [true]
    }))
    .unwrap();
    assert_eq!(attributes.len(), 4);
}

#[test]
fn cart_requires_a_bearer_token() {
    // C12.
    assert_eq!(at(&spec(API), "/security"), &json!([{"bearerAuth": []}]));
    let error = Client::builder().build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "every operation of fabric-cart needs the bearer token `bearerAuth`, and none was set"
    );
}

#[test]
fn cart_numbers_are_typed_as_the_ledger_says() {
    // C18: counts int32, the cache expiry int64 seconds, amounts number.
    assert_eq!(
        numeric_types(&spec(API)),
        listed(&[
            ("Adjustments.total", "number"),
            ("Amount.amount", "number"),
            ("AppliedPromotion.amount", "number"),
            ("AppliedPromotion.quantity", "integer int32"),
            ("AppliedPromotions.total", "number"),
            ("AvailableSku.maxQuantity", "integer int32"),
            ("CachedSourceConfiguration.cacheExpiry", "integer int64"),
            ("CartPromotion.value", "number"),
            ("CartPromotions.total", "number"),
            ("Fees.total", "number"),
            ("InventoryCounters.backOrder", "integer int32"),
            ("InventoryCounters.preOrder", "integer int32"),
            ("ItemSummary.totalItems", "integer int32"),
            ("ItemSummary.totalUniqueItems", "integer int32"),
            ("LineItem.position", "integer int32"),
            ("LineItem.quantity", "integer int32"),
            ("LineItems.total", "number"),
            ("LinePrice.amount", "number"),
            ("LinePrice.unit", "number"),
            ("MaxQuantity.limit", "integer int32"),
            ("PaymentAuthorization.amount", "number"),
            ("Payments.authorized", "number"),
            ("PriceSummary.adjustments", "number"),
            ("PriceSummary.discounts", "number"),
            ("PriceSummary.fees", "number"),
            ("PriceSummary.fulfillments", "number"),
            ("PriceSummary.subtotal", "number"),
            ("PriceSummary.tax", "number"),
            ("PriceSummary.total", "number"),
            ("ProrationPart.amount", "number"),
            ("ProrationPart.quantity", "integer int32"),
            ("Tax.amount", "number"),
            ("Taxes.total", "number"),
        ])
    );
}

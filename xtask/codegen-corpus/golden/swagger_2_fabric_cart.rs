// @generated from xtask/codegen-corpus/cases/swagger-2-fabric-cart.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
#![allow(clippy::all)]
#![warn(missing_docs)]
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo};
/// Why a call failed: every error that came with a response keeps
/// its status, and every sent call its request id and attempts.
pub use ::client_runtime::Error;
/// A documented response: its decoded body, status and headers,
/// and the call's request id and attempts.
pub use ::client_runtime::ResponseValue;
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    #[allow(unused_imports)]
    use ::chrono::{DateTime, offset::Utc};
    #[allow(unused_imports)]
    use ::serde::{Deserialize, Serialize};
    #[allow(unused_imports)]
    use ::schemars::JsonSchema;
    ///A postal address with contact details.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Address {
        ///First address line.
        #[serde(rename = "addressLine1", skip_serializing_if = "Option::is_none")]
        pub address_line1: Option<String>,
        ///Second address line.
        #[serde(rename = "addressLine2", skip_serializing_if = "Option::is_none")]
        pub address_line2: Option<String>,
        ///Third address line.
        #[serde(rename = "addressLine3", skip_serializing_if = "Option::is_none")]
        pub address_line3: Option<String>,
        ///Fourth address line.
        #[serde(rename = "addressLine4", skip_serializing_if = "Option::is_none")]
        pub address_line4: Option<String>,
        ///City.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        ///Country.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub country: Option<String>,
        ///When the address was added.
        #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: Option<DateTime<Utc>>,
        ///E-mail address.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        ///The address's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `name`: A person's name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<PersonName>,
        ///The property `phone`: A phone number.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub phone: Option<Phone>,
        ///Postal code.
        #[serde(rename = "postalCode", skip_serializing_if = "Option::is_none")]
        pub postal_code: Option<String>,
        ///Region, state or province.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub region: Option<String>,
        ///When the address was last updated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///A price adjustment, such as one made by a customer representative.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Adjustment {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///When the adjustment was made.
        #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: Option<DateTime<Utc>>,
        ///The adjustment's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub price: Option<Amount>,
        ///Why the price was adjusted.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
        ///When the adjustment was last updated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///Price adjustments, and their total.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Adjustments {
        ///The adjustments.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<Adjustment>,
        ///The adjustments' total.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///An amount of money.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Amount {
        ///The amount.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: Option<f64>,
    }
    ///A promotion's share of the discount on a line item or fulfillment.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct AppliedPromotion {
        ///The discount.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: Option<f64>,
        ///The promotion's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `proration`: How a discount is spread over units.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub proration: Option<Proration>,
        ///How many units the discount covers.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub quantity: Option<i32>,
    }
    ///Promotions applied to a line item or a fulfillment, and their total.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct AppliedPromotions {
        ///The promotions.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<AppliedPromotion>,
        ///Their total discount.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///Custom attributes; any JSON values, keyed by name.
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct Attributes(pub ::serde_json::Map<String, ::serde_json::Value>);
    impl ::std::ops::Deref for Attributes {
        type Target = ::serde_json::Map<String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<String, ::serde_json::Value> {
            &self.0
        }
    }
    impl From<Attributes> for ::serde_json::Map<String, ::serde_json::Value> {
        fn from(value: Attributes) -> Self {
            value.0
        }
    }
    impl From<::serde_json::Map<String, ::serde_json::Value>> for Attributes {
        fn from(value: ::serde_json::Map<String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///A SKU found available.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct AvailableSku {
        ///The most that may be ordered.
        #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
        pub max_quantity: Option<i32>,
        ///The SKU.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
        ///When it was checked.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///What the cart does on each action when a check fails, such as REJECT or WARN.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Behaviors {
        ///On adding an item.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub add: Option<String>,
        ///When cached data has expired (a behavior, not a duration).
        #[serde(rename = "cacheExpiry", skip_serializing_if = "Option::is_none")]
        pub cache_expiry: Option<String>,
        ///On reading the cart.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub get: Option<String>,
        ///On updating an item.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub update: Option<String>,
    }
    ///Configuration of one data source the cart caches (product, inventory, tax, promotions).
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CachedSourceConfiguration {
        ///The property `behaviors`: What the cart does on each action when a check fails, such as REJECT or WARN.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub behaviors: Option<Behaviors>,
        ///How long cached data stays fresh, in seconds.
        #[serde(rename = "cacheExpiry", skip_serializing_if = "Option::is_none")]
        pub cache_expiry: Option<i64>,
        ///What inventory is checked by, such as SKU.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub check: Option<String>,
        ///The property `maxQuantity`: The most of one item a cart may hold.
        #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
        pub max_quantity: Option<MaxQuantity>,
    }
    ///An error.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CartError {
        ///What went wrong.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        ///The kind of error.
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
    }
    ///A promotion applied to the cart.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CartPromotion {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///The promotion's code.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        ///The promotion's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The promotion's title.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        ///The kind of discount, such as PERCENTAGE.
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
        ///The discount's value.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub value: Option<f64>,
    }
    ///Promotions applied to the whole cart.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CartPromotions {
        ///The promotions.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<CartPromotion>,
        ///Their total discount.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///How the cart behaves when its data is missing, stale or invalid.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Configuration {
        ///The property `inventory`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub inventory: Option<CachedSourceConfiguration>,
        ///The property `maxQuantity`: The most of one item a cart may hold.
        #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
        pub max_quantity: Option<MaxQuantity>,
        ///The property `order`: Order-level configuration.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub order: Option<OrderConfiguration>,
        ///The property `product`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub product: Option<CachedSourceConfiguration>,
        ///The property `promotions`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub promotions: Option<CachedSourceConfiguration>,
        ///The property `tax`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tax: Option<CachedSourceConfiguration>,
    }
    ///A coupon.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Coupon {
        ///The coupon's code.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        ///When the coupon was last updated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///Who the cart belongs to.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CustomerContext {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///The customer's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The customer's segments.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub segments: Vec<Segment>,
        ///The shopping session's ID.
        #[serde(rename = "sessionId", skip_serializing_if = "Option::is_none")]
        pub session_id: Option<String>,
    }
    ///The order the draft became, if any.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct DraftOrder {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///The order's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The order's line items.
        #[serde(rename = "lineItems", default, skip_serializing_if = "Vec::is_empty")]
        pub line_items: Vec<DraftOrderLineItem>,
        ///The order number.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub number: Option<String>,
    }
    ///A line item of the order.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct DraftOrderLineItem {
        ///The line item's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `supplementaryData`: Custom attributes; any JSON values, keyed by name.
        #[serde(rename = "supplementaryData", skip_serializing_if = "Option::is_none")]
        pub supplementary_data: Option<Attributes>,
    }
    ///A fee, such as an eco fee.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Fee {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///When the fee was added.
        #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: Option<DateTime<Utc>>,
        ///The fee's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The fee's name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub price: Option<Amount>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tax: Option<Taxes>,
        ///The property `taxDetails`: The addresses a tax is calculated between.
        #[serde(rename = "taxDetails", skip_serializing_if = "Option::is_none")]
        pub tax_details: Option<TaxDetails>,
        ///Whether the fee is taxed.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub taxable: Option<bool>,
        ///When the fee was last updated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///Fees, and their total.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Fees {
        ///The fees.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<Fee>,
        ///The fees' total.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///A fulfillment of some of the draft's items.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Fulfillment {
        ///The property `adjustments`: Price adjustments, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub adjustments: Option<Adjustments>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///The destination address's ID.
        #[serde(rename = "destinationAddress", skip_serializing_if = "Option::is_none")]
        pub destination_address: Option<String>,
        ///The property `fees`: Fees, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fees: Option<Fees>,
        ///The fulfillment's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The location it is fulfilled from.
        #[serde(rename = "locationId", skip_serializing_if = "Option::is_none")]
        pub location_id: Option<String>,
        ///The origin address's ID.
        #[serde(rename = "originAddress", skip_serializing_if = "Option::is_none")]
        pub origin_address: Option<String>,
        ///The property `pickupPerson`: Who may pick up the items.
        #[serde(rename = "pickupPerson", skip_serializing_if = "Option::is_none")]
        pub pickup_person: Option<PickupPerson>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub price: Option<Amount>,
        ///The property `promotions`: Promotions applied to a line item or a fulfillment, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub promotions: Option<AppliedPromotions>,
        ///A reference the caller gave the fulfillment.
        #[serde(rename = "refId", skip_serializing_if = "Option::is_none")]
        pub ref_id: Option<String>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tax: Option<Taxes>,
        ///The kind of fulfillment, such as SHIP_TO.
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
    }
    ///The inventory a line item is fulfilled from.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct FulfillmentInventory {
        ///The property `channels`: The inventory network used.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub channels: Option<InventoryChannels>,
        ///The kind of inventory, such as backOrder.
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
    }
    ///The inventory network used.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct InventoryChannels {
        ///The network's code, such as ShipToHome.
        #[serde(rename = "networkCode", skip_serializing_if = "Option::is_none")]
        pub network_code: Option<String>,
    }
    ///Units available by kind of stock.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct InventoryCounters {
        ///Units available on back order.
        #[serde(rename = "backOrder", skip_serializing_if = "Option::is_none")]
        pub back_order: Option<i32>,
        ///Units available on pre-order.
        #[serde(rename = "preOrder", skip_serializing_if = "Option::is_none")]
        pub pre_order: Option<i32>,
    }
    ///The latest inventory check of a line item.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct InventoryValidation {
        ///The property `channels`: The inventory network used.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub channels: Option<InventoryChannels>,
        ///The property `counters`: Units available by kind of stock.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub counters: Option<InventoryCounters>,
        ///When inventory was last checked.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///How many items the draft holds.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ItemSummary {
        ///The number of items, as the server counts them (the documented draft shows 1 for one line item of quantity 10).
        #[serde(rename = "totalItems", skip_serializing_if = "Option::is_none")]
        pub total_items: Option<i32>,
        ///The number of distinct items.
        #[serde(rename = "totalUniqueItems", skip_serializing_if = "Option::is_none")]
        pub total_unique_items: Option<i32>,
    }
    ///A line item.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct LineItem {
        ///The property `adjustments`: Price adjustments, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub adjustments: Option<Adjustments>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///When the line item was added.
        #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: Option<DateTime<Utc>>,
        ///The property `fees`: Fees, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fees: Option<Fees>,
        ///The property `fulfillment`: How a line item is fulfilled.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fulfillment: Option<LineItemFulfillment>,
        ///The line item's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The line item's position in the cart.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub position: Option<i32>,
        ///The property `price`: A line item's price.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub price: Option<LinePrice>,
        ///The price list the price came from.
        #[serde(rename = "priceListId", skip_serializing_if = "Option::is_none")]
        pub price_list_id: Option<String>,
        ///The property `promotions`: Promotions applied to a line item or a fulfillment, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub promotions: Option<AppliedPromotions>,
        ///Quantity.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub quantity: Option<i32>,
        ///A reference the caller gave the line item.
        #[serde(rename = "refId", skip_serializing_if = "Option::is_none")]
        pub ref_id: Option<String>,
        ///The product's SKU.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tax: Option<Taxes>,
        ///Tax code.
        #[serde(rename = "taxCode", skip_serializing_if = "Option::is_none")]
        pub tax_code: Option<String>,
        ///When the line item was last updated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///How a line item is fulfilled.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct LineItemFulfillment {
        ///The fulfillment's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `inventory`: The inventory a line item is fulfilled from.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub inventory: Option<FulfillmentInventory>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub price: Option<Amount>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tax: Option<Taxes>,
    }
    ///The latest check of one line item.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct LineItemValidation {
        ///The property `inventory`: The latest inventory check of a line item.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub inventory: Option<InventoryValidation>,
        ///The product's SKU.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sku: Option<String>,
    }
    ///The draft's line items, and their total.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct LineItems {
        ///The line items.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<LineItem>,
        ///The line items' total.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///A line item's price.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct LinePrice {
        ///Price of the line (unit price times quantity).
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: Option<f64>,
        ///Price of one unit.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub unit: Option<f64>,
    }
    ///The most of one item a cart may hold.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct MaxQuantity {
        ///The property `behaviors`: What the cart does on each action when a check fails, such as REJECT or WARN.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub behaviors: Option<Behaviors>,
        ///The quantity limit.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub limit: Option<i32>,
    }
    ///Order-level configuration.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct OrderConfiguration {
        ///The property `validate`: What to do when an order is placed with something missing or invalid.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub validate: Option<OrderValidation>,
    }
    ///An order draft made from a cart.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct OrderDraft {
        ///The draft's addresses, keyed by address ID (without hyphens).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub addresses: ::std::collections::BTreeMap<String, Address>,
        ///The property `adjustments`: Price adjustments, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub adjustments: Option<Adjustments>,
        ///Coupons applied.
        #[serde(
            rename = "appliedCoupons",
            default,
            skip_serializing_if = "Vec::is_empty"
        )]
        pub applied_coupons: Vec<Coupon>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///The cart the draft was made from.
        #[serde(rename = "cartId", skip_serializing_if = "Option::is_none")]
        pub cart_id: Option<String>,
        ///The sales channel ID.
        #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
        pub channel_id: Option<String>,
        ///The property `configuration`: How the cart behaves when its data is missing, stale or invalid.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub configuration: Option<Configuration>,
        ///Coupons entered.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub coupons: Vec<Coupon>,
        ///When the draft was created.
        #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: Option<DateTime<Utc>>,
        ///Currency code.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        ///The property `customerContext`: Who the cart belongs to.
        #[serde(rename = "customerContext", skip_serializing_if = "Option::is_none")]
        pub customer_context: Option<CustomerContext>,
        ///The property `fees`: Fees, and their total.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fees: Option<Fees>,
        ///The draft's fulfillments, keyed by fulfillment ID (without hyphens).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub fulfillments: ::std::collections::BTreeMap<String, Fulfillment>,
        ///The property `lineItems`: The draft's line items, and their total.
        #[serde(rename = "lineItems", skip_serializing_if = "Option::is_none")]
        pub line_items: Option<LineItems>,
        ///Coupons entered but not applied.
        #[serde(
            rename = "notAppliedCoupons",
            default,
            skip_serializing_if = "Vec::is_empty"
        )]
        pub not_applied_coupons: Vec<Coupon>,
        ///The property `order`: The order the draft became, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub order: Option<DraftOrder>,
        ///The property `payments`: The draft's payments.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub payments: Option<Payments>,
        ///The property `price`: The draft's price, by part.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub price: Option<PriceSummary>,
        ///The property `promotions`: Promotions applied to the whole cart.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub promotions: Option<CartPromotions>,
        ///What the draft still lacks before it can become an order.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub state: Vec<StateEntry>,
        ///The draft's status, such as ACTIVE.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        ///The property `summary`: How many items the draft holds.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub summary: Option<ItemSummary>,
        ///When the draft was last updated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
        ///The property `validations`: The results of the cart's latest checks.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub validations: Option<Validations>,
    }
    ///What to do when an order is placed with something missing or invalid.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct OrderValidation {
        ///When an item is invalid.
        #[serde(rename = "invalidItem", skip_serializing_if = "Option::is_none")]
        pub invalid_item: Option<String>,
        ///When an item is out of stock.
        #[serde(rename = "itemOutOfStock", skip_serializing_if = "Option::is_none")]
        pub item_out_of_stock: Option<String>,
        ///When payments do not cover the total, such as BLOCK.
        #[serde(rename = "paymentsRemaining", skip_serializing_if = "Option::is_none")]
        pub payments_remaining: Option<String>,
        ///When tax is not calculated.
        #[serde(rename = "taxRemaining", skip_serializing_if = "Option::is_none")]
        pub tax_remaining: Option<String>,
    }
    ///A payment.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Payment {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
        ///The property `authorization`: A payment's authorization.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub authorization: Option<PaymentAuthorization>,
        ///The bill-to address's ID.
        #[serde(rename = "billToAddress", skip_serializing_if = "Option::is_none")]
        pub bill_to_address: Option<String>,
        ///The property `cardDetails`: Custom attributes; any JSON values, keyed by name.
        #[serde(rename = "cardDetails", skip_serializing_if = "Option::is_none")]
        pub card_details: Option<Attributes>,
        ///The payment's ID.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///Payment method.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub method: Option<String>,
        ///The kind of payment method.
        #[serde(rename = "methodType", skip_serializing_if = "Option::is_none")]
        pub method_type: Option<String>,
        ///Payment processor.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub processor: Option<String>,
        ///Payment provider.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub provider: Option<String>,
        ///The payment's state, such as PENDING.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub state: Option<String>,
    }
    ///A payment's authorization.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct PaymentAuthorization {
        ///The amount authorized.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: Option<f64>,
        ///When the authorization expires.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub expiry: Option<DateTime<Utc>>,
        ///The property `verifier`: What verifies the authorization.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub verifier: Option<PaymentVerifier>,
    }
    ///What verifies the authorization.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct PaymentVerifier {
        ///The verifier's key.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        ///The kind of verifier, such as TOKEN.
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
    }
    ///The draft's payments.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Payments {
        ///The amount authorized so far.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub authorized: Option<f64>,
        ///The payments.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<Payment>,
    }
    ///A person and how to reach them.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Person {
        ///E-mail address.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        ///The property `name`: A person's name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<PersonName>,
        ///The property `phone`: A phone number.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub phone: Option<Phone>,
    }
    ///A person's name.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct PersonName {
        ///First name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub first: Option<String>,
        ///Last name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub last: Option<String>,
        ///Middle name or initial.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub middle: Option<String>,
    }
    ///A phone number.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Phone {
        ///The number.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub number: Option<String>,
        ///The kind of phone, such as MOBILE.
        #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
        pub type_: Option<String>,
    }
    ///Who may pick up the items.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct PickupPerson {
        ///The property `primary`: A person and how to reach them.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub primary: Option<Person>,
        ///Others who may pick them up.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub secondary: Vec<Person>,
    }
    ///The draft's price, by part.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct PriceSummary {
        ///Adjustments.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub adjustments: Option<f64>,
        ///Discounts.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub discounts: Option<f64>,
        ///Fees.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub fees: Option<f64>,
        ///Fulfillment charges.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub fulfillments: Option<f64>,
        ///Price of the items.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub subtotal: Option<f64>,
        ///Tax.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub tax: Option<f64>,
        ///Total price.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///The latest product check.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ProductValidation {
        ///The SKUs found available.
        #[serde(
            rename = "availableSkus",
            default,
            skip_serializing_if = "Vec::is_empty"
        )]
        pub available_skus: Vec<AvailableSku>,
    }
    ///The latest promotion check.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct PromotionValidation {
        ///Codes of the coupons applied.
        #[serde(
            rename = "appliedCoupons",
            default,
            skip_serializing_if = "Vec::is_empty"
        )]
        pub applied_coupons: Vec<String>,
        ///Whether promotions must be checked again.
        #[serde(rename = "refreshRequired", skip_serializing_if = "Option::is_none")]
        pub refresh_required: Option<bool>,
        ///When promotions were last checked.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///How a discount is spread over units.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Proration {
        ///The spread, part by part.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub spread: Vec<ProrationPart>,
    }
    ///A part of a prorated discount.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ProrationPart {
        ///The part's discount.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: Option<f64>,
        ///How many units it covers.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub quantity: Option<i32>,
    }
    ///A customer segment and its values.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Segment {
        ///The segment's name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        ///The customer's values in the segment.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub value: Vec<String>,
    }
    ///One thing the draft lacks.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct StateEntry {
        ///What is lacking, in words.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        ///What is lacking, such as MISSING_PAYMENT_DETAILS.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub key: Option<String>,
        ///The kind of resource, such as CART.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub resource: Option<String>,
        ///The resource's ID.
        #[serde(rename = "resourceId", skip_serializing_if = "Option::is_none")]
        pub resource_id: Option<String>,
    }
    ///One tax.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Tax {
        ///The tax amount.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: Option<f64>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub attributes: Option<Attributes>,
    }
    ///The addresses a tax is calculated between.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct TaxDetails {
        ///The destination address's ID.
        #[serde(rename = "destinationAddress", skip_serializing_if = "Option::is_none")]
        pub destination_address: Option<String>,
        ///The origin address's ID.
        #[serde(rename = "originAddress", skip_serializing_if = "Option::is_none")]
        pub origin_address: Option<String>,
    }
    ///The latest tax calculation.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct TaxValidation {
        ///When tax was last calculated.
        #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: Option<DateTime<Utc>>,
    }
    ///Taxes, and their total.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Taxes {
        ///The taxes.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collection: Vec<Tax>,
        ///The taxes' total.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: Option<f64>,
    }
    ///The results of the cart's latest checks.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Validations {
        ///Per line item.
        #[serde(rename = "lineItems", default, skip_serializing_if = "Vec::is_empty")]
        pub line_items: Vec<LineItemValidation>,
        ///The property `product`: The latest product check.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub product: Option<ProductValidation>,
        ///The property `promotions`: The latest promotion check.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub promotions: Option<PromotionValidation>,
        ///The property `tax`: The latest tax calculation.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tax: Option<TaxValidation>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[allow(unused_imports)]
        use ::chrono::{DateTime, offset::Utc};
        ::client_runtime::model_builder! {
            ///Builds a [`super::Address`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Address`, finishes it.
            Address => super::Address, super::error::ConversionError {
                /**The property `addressLine1`, optional.

First address line.

For example `123 Park Road`.*/
                address_line1: optional(String),
                /**The property `addressLine2`, optional.

Second address line.

For example `Unit 4`.*/
                address_line2: optional(String),
                /**The property `addressLine3`, optional.

Third address line.

For example `Building B`.*/
                address_line3: optional(String),
                /**The property `addressLine4`, optional.

Fourth address line.

For example `Floor 2`.*/
                address_line4: optional(String),
                /**The property `city`, optional.

City.

For example `Santa Cruz`.*/
                city: optional(String),
                /**The property `country`, optional.

Country.

For example `USA`.*/
                country: optional(String),
                /**The property `createdAt`, optional.

When the address was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                created_at: value(Option<DateTime<Utc>>),
                /**The property `email`, optional.

E-mail address.

Format `email`. For example `john@test.com`.*/
                email: optional(String),
                /**The property `id`, optional.

The address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                id: optional(String),
                ///The property `name`, optional.
                name: value(Option<super::PersonName>),
                ///The property `phone`, optional.
                phone: value(Option<super::Phone>),
                /**The property `postalCode`, optional.

Postal code.

For example `12345`.*/
                postal_code: optional(String),
                /**The property `region`, optional.

Region, state or province.

For example `California`.*/
                region: optional(String),
                /**The property `updatedAt`, optional.

When the address was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Adjustment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Adjustment`, finishes it.
            Adjustment => super::Adjustment, super::error::ConversionError {
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `createdAt`, optional.

When the adjustment was made.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                created_at: value(Option<DateTime<Utc>>),
                /**The property `id`, optional.

The adjustment's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                id: optional(String),
                ///The property `price`, optional.
                price: value(Option<super::Amount>),
                /**The property `reason`, optional.

Why the price was adjusted.

For example `Price adjustment from customer representative.`.*/
                reason: optional(String),
                /**The property `updatedAt`, optional.

When the adjustment was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Adjustments`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Adjustments`, finishes it.
            Adjustments => super::Adjustments, super::error::ConversionError {
                /**The property `collection`, optional.

The adjustments.*/
                collection: list(super::Adjustment),
                /**The property `total`, optional.

The adjustments' total.

For example `2`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Amount`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Amount`, finishes it.
            Amount => super::Amount, super::error::ConversionError {
                /**The property `amount`, optional.

The amount.

For example `12.99`.*/
                amount: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::AppliedPromotion`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AppliedPromotion`, finishes it.
            AppliedPromotion => super::AppliedPromotion, super::error::ConversionError {
                /**The property `amount`, optional.

The discount.

For example `15`.*/
                amount: value(Option<f64>),
                /**The property `id`, optional.

The promotion's ID.

For example `bb44db95-6fbd-4eed-a1ed-4d99bc91250f`.*/
                id: optional(String),
                ///The property `proration`, optional.
                proration: value(Option<super::Proration>),
                /**The property `quantity`, optional.

How many units the discount covers.

Format `int32`. For example `3`.*/
                quantity: value(Option<i32>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::AppliedPromotions`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AppliedPromotions`, finishes it.
            AppliedPromotions => super::AppliedPromotions, super::error::ConversionError {
                /**The property `collection`, optional.

The promotions.*/
                collection: list(super::AppliedPromotion),
                /**The property `total`, optional.

Their total discount.

For example `2`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::AvailableSku`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AvailableSku`, finishes it.
            AvailableSku => super::AvailableSku, super::error::ConversionError {
                /**The property `maxQuantity`, optional.

The most that may be ordered.

Format `int32`. For example `100`.*/
                max_quantity: value(Option<i32>),
                /**The property `sku`, optional.

The SKU.

For example `SKU3`.*/
                sku: optional(String),
                /**The property `updatedAt`, optional.

When it was checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Behaviors`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Behaviors`, finishes it.
            Behaviors => super::Behaviors, super::error::ConversionError {
                /**The property `add`, optional.

On adding an item.

For example `REJECT`.*/
                add: optional(String),
                /**The property `cacheExpiry`, optional.

When cached data has expired (a behavior, not a duration).

For example `WARN`.*/
                cache_expiry: optional(String),
                /**The property `get`, optional.

On reading the cart.

For example `WARN`.*/
                get: optional(String),
                /**The property `update`, optional.

On updating an item.

For example `WARN`.*/
                update: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CachedSourceConfiguration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CachedSourceConfiguration`, finishes it.
            CachedSourceConfiguration => super::CachedSourceConfiguration, super::error::ConversionError {
                ///The property `behaviors`, optional.
                behaviors: value(Option<super::Behaviors>),
                /**The property `cacheExpiry`, optional.

How long cached data stays fresh, in seconds.

Format `int64`. For example `7776000`.*/
                cache_expiry: value(Option<i64>),
                /**The property `check`, optional.

What inventory is checked by, such as SKU.

For example `SKU`.*/
                check: optional(String),
                ///The property `maxQuantity`, optional.
                max_quantity: value(Option<super::MaxQuantity>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CartError`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartError`, finishes it.
            CartError => super::CartError, super::error::ConversionError {
                /**The property `message`, optional.

What went wrong.

For example `No order drafts found for the customer`.*/
                message: optional(String),
                /**The property `type`, optional.

The kind of error.

For example `NOT_FOUND`.*/
                type_: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CartPromotion`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartPromotion`, finishes it.
            CartPromotion => super::CartPromotion, super::error::ConversionError {
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `code`, optional.

The promotion's code.

For example `15_PERCENT`.*/
                code: optional(String),
                /**The property `id`, optional.

The promotion's ID.

For example `542ba80a69b8`.*/
                id: optional(String),
                /**The property `title`, optional.

The promotion's title.

For example `15 Percent All Products`.*/
                title: optional(String),
                /**The property `type`, optional.

The kind of discount, such as PERCENTAGE.

For example `PERCENTAGE`.*/
                type_: optional(String),
                /**The property `value`, optional.

The discount's value.

For example `15`.*/
                value: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CartPromotions`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartPromotions`, finishes it.
            CartPromotions => super::CartPromotions, super::error::ConversionError {
                /**The property `collection`, optional.

The promotions.*/
                collection: list(super::CartPromotion),
                /**The property `total`, optional.

Their total discount.

For example `32`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Configuration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Configuration`, finishes it.
            Configuration => super::Configuration, super::error::ConversionError {
                ///The property `inventory`, optional.
                inventory: value(Option<super::CachedSourceConfiguration>),
                ///The property `maxQuantity`, optional.
                max_quantity: value(Option<super::MaxQuantity>),
                ///The property `order`, optional.
                order: value(Option<super::OrderConfiguration>),
                ///The property `product`, optional.
                product: value(Option<super::CachedSourceConfiguration>),
                ///The property `promotions`, optional.
                promotions: value(Option<super::CachedSourceConfiguration>),
                ///The property `tax`, optional.
                tax: value(Option<super::CachedSourceConfiguration>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Coupon`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Coupon`, finishes it.
            Coupon => super::Coupon, super::error::ConversionError {
                /**The property `code`, optional.

The coupon's code.

For example `VALID_COUPON`.*/
                code: optional(String),
                /**The property `updatedAt`, optional.

When the coupon was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CustomerContext`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CustomerContext`, finishes it.
            CustomerContext => super::CustomerContext, super::error::ConversionError {
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `id`, optional.

The customer's ID.

For example `109840938`.*/
                id: optional(String),
                /**The property `segments`, optional.

The customer's segments.*/
                segments: list(super::Segment),
                /**The property `sessionId`, optional.

The shopping session's ID.

For example `3a5fd2d3-5c96-4e57-b069-7ff2a88c1119`.*/
                session_id: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::DraftOrder`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `DraftOrder`, finishes it.
            DraftOrder => super::DraftOrder, super::error::ConversionError {
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `id`, optional.

The order's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
                id: optional(String),
                /**The property `lineItems`, optional.

The order's line items.*/
                line_items: list(super::DraftOrderLineItem),
                /**The property `number`, optional.

The order number.

For example `100001`.*/
                number: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::DraftOrderLineItem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `DraftOrderLineItem`, finishes it.
            DraftOrderLineItem => super::DraftOrderLineItem, super::error::ConversionError {
                /**The property `id`, optional.

The line item's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
                id: optional(String),
                ///The property `supplementaryData`, optional.
                supplementary_data: value(Option<super::Attributes>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Fee`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fee`, finishes it.
            Fee => super::Fee, super::error::ConversionError {
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `createdAt`, optional.

When the fee was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                created_at: value(Option<DateTime<Utc>>),
                /**The property `id`, optional.

The fee's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                id: optional(String),
                /**The property `name`, optional.

The fee's name.

For example `Eco Fee`.*/
                name: optional(String),
                ///The property `price`, optional.
                price: value(Option<super::Amount>),
                ///The property `tax`, optional.
                tax: value(Option<super::Taxes>),
                ///The property `taxDetails`, optional.
                tax_details: value(Option<super::TaxDetails>),
                /**The property `taxable`, optional.

Whether the fee is taxed.

For example `true`.*/
                taxable: value(Option<bool>),
                /**The property `updatedAt`, optional.

When the fee was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Fees`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fees`, finishes it.
            Fees => super::Fees, super::error::ConversionError {
                /**The property `collection`, optional.

The fees.*/
                collection: list(super::Fee),
                /**The property `total`, optional.

The fees' total.

For example `5`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Fulfillment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fulfillment`, finishes it.
            Fulfillment => super::Fulfillment, super::error::ConversionError {
                ///The property `adjustments`, optional.
                adjustments: value(Option<super::Adjustments>),
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `destinationAddress`, optional.

The destination address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                destination_address: optional(String),
                ///The property `fees`, optional.
                fees: value(Option<super::Fees>),
                /**The property `id`, optional.

The fulfillment's ID.

For example `d6229cdb-0c5b-4885-b1b2-13b94d02488e`.*/
                id: optional(String),
                /**The property `locationId`, optional.

The location it is fulfilled from.

For example `CA`.*/
                location_id: optional(String),
                /**The property `originAddress`, optional.

The origin address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                origin_address: optional(String),
                ///The property `pickupPerson`, optional.
                pickup_person: value(Option<super::PickupPerson>),
                ///The property `price`, optional.
                price: value(Option<super::Amount>),
                ///The property `promotions`, optional.
                promotions: value(Option<super::AppliedPromotions>),
                /**The property `refId`, optional.

A reference the caller gave the fulfillment.

For example `398427903843`.*/
                ref_id: optional(String),
                ///The property `tax`, optional.
                tax: value(Option<super::Taxes>),
                /**The property `type`, optional.

The kind of fulfillment, such as SHIP_TO.

For example `SHIP_TO`.*/
                type_: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::FulfillmentInventory`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `FulfillmentInventory`, finishes it.
            FulfillmentInventory => super::FulfillmentInventory, super::error::ConversionError {
                ///The property `channels`, optional.
                channels: value(Option<super::InventoryChannels>),
                /**The property `type`, optional.

The kind of inventory, such as backOrder.

For example `backOrder`.*/
                type_: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::InventoryChannels`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryChannels`, finishes it.
            InventoryChannels => super::InventoryChannels, super::error::ConversionError {
                /**The property `networkCode`, optional.

The network's code, such as ShipToHome.

For example `ShipToHome`.*/
                network_code: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::InventoryCounters`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryCounters`, finishes it.
            InventoryCounters => super::InventoryCounters, super::error::ConversionError {
                /**The property `backOrder`, optional.

Units available on back order.

Format `int32`. For example `15`.*/
                back_order: value(Option<i32>),
                /**The property `preOrder`, optional.

Units available on pre-order.

Format `int32`. For example `100`.*/
                pre_order: value(Option<i32>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::InventoryValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryValidation`, finishes it.
            InventoryValidation => super::InventoryValidation, super::error::ConversionError {
                ///The property `channels`, optional.
                channels: value(Option<super::InventoryChannels>),
                ///The property `counters`, optional.
                counters: value(Option<super::InventoryCounters>),
                /**The property `updatedAt`, optional.

When inventory was last checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::ItemSummary`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ItemSummary`, finishes it.
            ItemSummary => super::ItemSummary, super::error::ConversionError {
                /**The property `totalItems`, optional.

The number of items, as the server counts them (the documented draft shows 1 for one line item of quantity 10).

Format `int32`. For example `1`.*/
                total_items: value(Option<i32>),
                /**The property `totalUniqueItems`, optional.

The number of distinct items.

Format `int32`. For example `1`.*/
                total_unique_items: value(Option<i32>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::LineItem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItem`, finishes it.
            LineItem => super::LineItem, super::error::ConversionError {
                ///The property `adjustments`, optional.
                adjustments: value(Option<super::Adjustments>),
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `createdAt`, optional.

When the line item was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                created_at: value(Option<DateTime<Utc>>),
                ///The property `fees`, optional.
                fees: value(Option<super::Fees>),
                ///The property `fulfillment`, optional.
                fulfillment: value(Option<super::LineItemFulfillment>),
                /**The property `id`, optional.

The line item's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                id: optional(String),
                /**The property `position`, optional.

The line item's position in the cart.

Format `int32`. For example `1`.*/
                position: value(Option<i32>),
                ///The property `price`, optional.
                price: value(Option<super::LinePrice>),
                /**The property `priceListId`, optional.

The price list the price came from.

For example `10001`.*/
                price_list_id: optional(String),
                ///The property `promotions`, optional.
                promotions: value(Option<super::AppliedPromotions>),
                /**The property `quantity`, optional.

Quantity.

Format `int32`. For example `10`.*/
                quantity: value(Option<i32>),
                /**The property `refId`, optional.

A reference the caller gave the line item.

For example `41`.*/
                ref_id: optional(String),
                /**The property `sku`, optional.

The product's SKU.

For example `SKU3`.*/
                sku: optional(String),
                ///The property `tax`, optional.
                tax: value(Option<super::Taxes>),
                /**The property `taxCode`, optional.

Tax code.

For example `10001`.*/
                tax_code: optional(String),
                /**The property `updatedAt`, optional.

When the line item was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::LineItemFulfillment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItemFulfillment`, finishes it.
            LineItemFulfillment => super::LineItemFulfillment, super::error::ConversionError {
                /**The property `id`, optional.

The fulfillment's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
                id: optional(String),
                ///The property `inventory`, optional.
                inventory: value(Option<super::FulfillmentInventory>),
                ///The property `price`, optional.
                price: value(Option<super::Amount>),
                ///The property `tax`, optional.
                tax: value(Option<super::Taxes>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::LineItemValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItemValidation`, finishes it.
            LineItemValidation => super::LineItemValidation, super::error::ConversionError {
                ///The property `inventory`, optional.
                inventory: value(Option<super::InventoryValidation>),
                /**The property `sku`, optional.

The product's SKU.

For example `SKU3`.*/
                sku: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::LineItems`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItems`, finishes it.
            LineItems => super::LineItems, super::error::ConversionError {
                /**The property `collection`, optional.

The line items.*/
                collection: list(super::LineItem),
                /**The property `total`, optional.

The line items' total.

For example `100`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::LinePrice`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LinePrice`, finishes it.
            LinePrice => super::LinePrice, super::error::ConversionError {
                /**The property `amount`, optional.

Price of the line (unit price times quantity).

For example `100`.*/
                amount: value(Option<f64>),
                /**The property `unit`, optional.

Price of one unit.

For example `10`.*/
                unit: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::MaxQuantity`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `MaxQuantity`, finishes it.
            MaxQuantity => super::MaxQuantity, super::error::ConversionError {
                ///The property `behaviors`, optional.
                behaviors: value(Option<super::Behaviors>),
                /**The property `limit`, optional.

The quantity limit.

Format `int32`. For example `100`.*/
                limit: value(Option<i32>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::OrderConfiguration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderConfiguration`, finishes it.
            OrderConfiguration => super::OrderConfiguration, super::error::ConversionError {
                ///The property `validate`, optional.
                validate: value(Option<super::OrderValidation>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::OrderDraft`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderDraft`, finishes it.
            OrderDraft => super::OrderDraft, super::error::ConversionError {
                /**The property `addresses`, optional.

The draft's addresses, keyed by address ID (without hyphens).*/
                addresses: value(::std::collections::BTreeMap<String, super::Address>),
                ///The property `adjustments`, optional.
                adjustments: value(Option<super::Adjustments>),
                /**The property `appliedCoupons`, optional.

Coupons applied.*/
                applied_coupons: list(super::Coupon),
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                /**The property `cartId`, optional.

The cart the draft was made from.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
                cart_id: optional(String),
                /**The property `channelId`, optional.

The sales channel ID.

For example `12`.*/
                channel_id: optional(String),
                ///The property `configuration`, optional.
                configuration: value(Option<super::Configuration>),
                /**The property `coupons`, optional.

Coupons entered.*/
                coupons: list(super::Coupon),
                /**The property `createdAt`, optional.

When the draft was created.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                created_at: value(Option<DateTime<Utc>>),
                /**The property `currency`, optional.

Currency code.

For example `USD`.*/
                currency: optional(String),
                ///The property `customerContext`, optional.
                customer_context: value(Option<super::CustomerContext>),
                ///The property `fees`, optional.
                fees: value(Option<super::Fees>),
                /**The property `fulfillments`, optional.

The draft's fulfillments, keyed by fulfillment ID (without hyphens).*/
                fulfillments: value(::std::collections::BTreeMap<String, super::Fulfillment>),
                ///The property `lineItems`, optional.
                line_items: value(Option<super::LineItems>),
                /**The property `notAppliedCoupons`, optional.

Coupons entered but not applied.*/
                not_applied_coupons: list(super::Coupon),
                ///The property `order`, optional.
                order: value(Option<super::DraftOrder>),
                ///The property `payments`, optional.
                payments: value(Option<super::Payments>),
                ///The property `price`, optional.
                price: value(Option<super::PriceSummary>),
                ///The property `promotions`, optional.
                promotions: value(Option<super::CartPromotions>),
                /**The property `state`, optional.

What the draft still lacks before it can become an order.*/
                state: list(super::StateEntry),
                /**The property `status`, optional.

The draft's status, such as ACTIVE.

For example `ACTIVE`.*/
                status: optional(String),
                ///The property `summary`, optional.
                summary: value(Option<super::ItemSummary>),
                /**The property `updatedAt`, optional.

When the draft was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
                ///The property `validations`, optional.
                validations: value(Option<super::Validations>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::OrderValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderValidation`, finishes it.
            OrderValidation => super::OrderValidation, super::error::ConversionError {
                /**The property `invalidItem`, optional.

When an item is invalid.

For example `BLOCK`.*/
                invalid_item: optional(String),
                /**The property `itemOutOfStock`, optional.

When an item is out of stock.

For example `BLOCK`.*/
                item_out_of_stock: optional(String),
                /**The property `paymentsRemaining`, optional.

When payments do not cover the total, such as BLOCK.

For example `BLOCK`.*/
                payments_remaining: optional(String),
                /**The property `taxRemaining`, optional.

When tax is not calculated.

For example `BLOCK`.*/
                tax_remaining: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Payment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Payment`, finishes it.
            Payment => super::Payment, super::error::ConversionError {
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
                ///The property `authorization`, optional.
                authorization: value(Option<super::PaymentAuthorization>),
                /**The property `billToAddress`, optional.

The bill-to address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
                bill_to_address: optional(String),
                ///The property `cardDetails`, optional.
                card_details: value(Option<super::Attributes>),
                /**The property `id`, optional.

The payment's ID.

For example `6ef2067a-5d6b-4785-a090-96ea0078220d`.*/
                id: optional(String),
                /**The property `method`, optional.

Payment method.

For example `apple pay`.*/
                method: optional(String),
                /**The property `methodType`, optional.

The kind of payment method.

For example `credit card`.*/
                method_type: optional(String),
                /**The property `processor`, optional.

Payment processor.

For example `stripe`.*/
                processor: optional(String),
                /**The property `provider`, optional.

Payment provider.

For example `verifone`.*/
                provider: optional(String),
                /**The property `state`, optional.

The payment's state, such as PENDING.

For example `PENDING`.*/
                state: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::PaymentAuthorization`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PaymentAuthorization`, finishes it.
            PaymentAuthorization => super::PaymentAuthorization, super::error::ConversionError {
                /**The property `amount`, optional.

The amount authorized.

For example `8`.*/
                amount: value(Option<f64>),
                /**The property `expiry`, optional.

When the authorization expires.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                expiry: value(Option<DateTime<Utc>>),
                ///The property `verifier`, optional.
                verifier: value(Option<super::PaymentVerifier>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::PaymentVerifier`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PaymentVerifier`, finishes it.
            PaymentVerifier => super::PaymentVerifier, super::error::ConversionError {
                /**The property `key`, optional.

The verifier's key.

For example `CH39082K439R0`.*/
                key: optional(String),
                /**The property `type`, optional.

The kind of verifier, such as TOKEN.

For example `TOKEN`.*/
                type_: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Payments`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Payments`, finishes it.
            Payments => super::Payments, super::error::ConversionError {
                /**The property `authorized`, optional.

The amount authorized so far.

For example `800`.*/
                authorized: value(Option<f64>),
                /**The property `collection`, optional.

The payments.*/
                collection: list(super::Payment),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Person`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Person`, finishes it.
            Person => super::Person, super::error::ConversionError {
                /**The property `email`, optional.

E-mail address.

Format `email`. For example `john@test.com`.*/
                email: optional(String),
                ///The property `name`, optional.
                name: value(Option<super::PersonName>),
                ///The property `phone`, optional.
                phone: value(Option<super::Phone>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::PersonName`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PersonName`, finishes it.
            PersonName => super::PersonName, super::error::ConversionError {
                /**The property `first`, optional.

First name.

For example `John`.*/
                first: optional(String),
                /**The property `last`, optional.

Last name.

For example `Doe`.*/
                last: optional(String),
                /**The property `middle`, optional.

Middle name or initial.

For example `S`.*/
                middle: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Phone`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Phone`, finishes it.
            Phone => super::Phone, super::error::ConversionError {
                /**The property `number`, optional.

The number.

For example `123-456-7890`.*/
                number: optional(String),
                /**The property `type`, optional.

The kind of phone, such as MOBILE.

For example `MOBILE`.*/
                type_: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::PickupPerson`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PickupPerson`, finishes it.
            PickupPerson => super::PickupPerson, super::error::ConversionError {
                ///The property `primary`, optional.
                primary: value(Option<super::Person>),
                /**The property `secondary`, optional.

Others who may pick them up.*/
                secondary: list(super::Person),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::PriceSummary`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PriceSummary`, finishes it.
            PriceSummary => super::PriceSummary, super::error::ConversionError {
                /**The property `adjustments`, optional.

Adjustments.

For example `10`.*/
                adjustments: value(Option<f64>),
                /**The property `discounts`, optional.

Discounts.

For example `10`.*/
                discounts: value(Option<f64>),
                /**The property `fees`, optional.

Fees.

For example `5`.*/
                fees: value(Option<f64>),
                /**The property `fulfillments`, optional.

Fulfillment charges.

For example `25`.*/
                fulfillments: value(Option<f64>),
                /**The property `subtotal`, optional.

Price of the items.

For example `750`.*/
                subtotal: value(Option<f64>),
                /**The property `tax`, optional.

Tax.

For example `20`.*/
                tax: value(Option<f64>),
                /**The property `total`, optional.

Total price.

For example `800`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::ProductValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ProductValidation`, finishes it.
            ProductValidation => super::ProductValidation, super::error::ConversionError {
                /**The property `availableSkus`, optional.

The SKUs found available.*/
                available_skus: list(super::AvailableSku),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::PromotionValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PromotionValidation`, finishes it.
            PromotionValidation => super::PromotionValidation, super::error::ConversionError {
                /**The property `appliedCoupons`, optional.

Codes of the coupons applied.*/
                applied_coupons: list(String),
                /**The property `refreshRequired`, optional.

Whether promotions must be checked again.

For example `false`.*/
                refresh_required: value(Option<bool>),
                /**The property `updatedAt`, optional.

When promotions were last checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Proration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Proration`, finishes it.
            Proration => super::Proration, super::error::ConversionError {
                /**The property `spread`, optional.

The spread, part by part.*/
                spread: list(super::ProrationPart),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::ProrationPart`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ProrationPart`, finishes it.
            ProrationPart => super::ProrationPart, super::error::ConversionError {
                /**The property `amount`, optional.

The part's discount.

For example `5`.*/
                amount: value(Option<f64>),
                /**The property `quantity`, optional.

How many units it covers.

Format `int32`. For example `3`.*/
                quantity: value(Option<i32>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Segment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Segment`, finishes it.
            Segment => super::Segment, super::error::ConversionError {
                /**The property `name`, optional.

The segment's name.

For example `membership`.*/
                name: optional(String),
                /**The property `value`, optional.

The customer's values in the segment.*/
                value: list(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::StateEntry`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `StateEntry`, finishes it.
            StateEntry => super::StateEntry, super::error::ConversionError {
                /**The property `description`, optional.

What is lacking, in words.

For example `No payment details have been added to this Cart`.*/
                description: optional(String),
                /**The property `key`, optional.

What is lacking, such as MISSING_PAYMENT_DETAILS.

For example `MISSING_PAYMENT_DETAILS`.*/
                key: optional(String),
                /**The property `resource`, optional.

The kind of resource, such as CART.

For example `CART`.*/
                resource: optional(String),
                /**The property `resourceId`, optional.

The resource's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
                resource_id: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Tax`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Tax`, finishes it.
            Tax => super::Tax, super::error::ConversionError {
                /**The property `amount`, optional.

The tax amount.

For example `3`.*/
                amount: value(Option<f64>),
                ///The property `attributes`, optional.
                attributes: value(Option<super::Attributes>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::TaxDetails`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `TaxDetails`, finishes it.
            TaxDetails => super::TaxDetails, super::error::ConversionError {
                /**The property `destinationAddress`, optional.

The destination address's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
                destination_address: optional(String),
                /**The property `originAddress`, optional.

The origin address's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
                origin_address: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::TaxValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `TaxValidation`, finishes it.
            TaxValidation => super::TaxValidation, super::error::ConversionError {
                /**The property `updatedAt`, optional.

When tax was last calculated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
                updated_at: value(Option<DateTime<Utc>>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Taxes`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Taxes`, finishes it.
            Taxes => super::Taxes, super::error::ConversionError {
                /**The property `collection`, optional.

The taxes.*/
                collection: list(super::Tax),
                /**The property `total`, optional.

The taxes' total.

For example `3`.*/
                total: value(Option<f64>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Validations`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Validations`, finishes it.
            Validations => super::Validations, super::error::ConversionError {
                /**The property `lineItems`, optional.

Per line item.*/
                line_items: list(super::LineItemValidation),
                ///The property `product`, optional.
                product: value(Option<super::ProductValidation>),
                ///The property `promotions`, optional.
                promotions: value(Option<super::PromotionValidation>),
                ///The property `tax`, optional.
                tax: value(Option<super::TaxValidation>),
            }
        }
    }
    /// Error types.
    pub mod error {
        #[allow(unused_imports)]
        use ::std::fmt::Display;
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone)]
/**Client for fabric Cart API

fabric Cart v3 order drafts: the drafts a customer has, with their configuration, prices, promotions, fees, addresses, fulfillments, line items, coupons, validations and payments. Written from the fabric reference page for `GET /v3/order-drafts/customer/{customerId}`; where the page is wrong or unclear, specs/QUIRKS.md records what this spec decided.

Version: 3.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) runtime: ::client_runtime::Runtime,
}
impl Client {
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    /**
**Redirects and credentials.** `client` keeps its own redirect policy and `Referer` setting: reqwest's defaults follow a redirect to any origin, with the default headers (an API key) and a `Referer` that carries the query. Build it with `.redirect(reqwest::redirect::Policy::none()).referer(false)` for the runtime's own rule (same origin, reads only), or use [`Client::builder`], which does.*/
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            runtime: ::client_runtime::Runtime::new(client.clone()),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "3.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Get order drafts by customer

The order drafts of one customer, as created by the Create an order draft endpoint.

Sends a `GET` request to `/v3/order-drafts/customer/{customerId}`

Arguments:
- `customer_id`: The customer ID the order drafts were created for.
- `x_fabric_channel_id`: The sales channel the request is made through, for multichannel use: the default US channel is 12, the default Canada channel 11.
- `x_fabric_request_id`: Unique request ID for tracking.
- `x_fabric_tenant_id`: Identifies the tenant making the request; also called the account ID, found in Copilot.
```ignore
let response = client.get_customer_order_drafts()
    .customer_id(customer_id)
    .x_fabric_channel_id(x_fabric_channel_id)
    .x_fabric_request_id(x_fabric_request_id)
    .x_fabric_tenant_id(x_fabric_tenant_id)
    .send()
    .await;
```*/
    pub fn get_customer_order_drafts(&self) -> builder::GetCustomerOrderDrafts<'_> {
        builder::GetCustomerOrderDrafts::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_customer_order_drafts`]

[`Client::get_customer_order_drafts`]: super::Client::get_customer_order_drafts*/
    #[derive(Clone)]
    pub struct GetCustomerOrderDrafts<'a> {
        client: &'a super::Client,
        customer_id: Result<String, String>,
        x_fabric_channel_id: Result<Option<String>, String>,
        x_fabric_request_id: Result<Option<String>, String>,
        x_fabric_tenant_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetCustomerOrderDrafts<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err("customer_id was not initialized".to_string()),
                x_fabric_channel_id: Ok(None),
                x_fabric_request_id: Ok(None),
                x_fabric_tenant_id: Err(
                    "x_fabric_tenant_id was not initialized".to_string(),
                ),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        /**The path parameter `customerId`, required.

The customer ID the order drafts were created for.*/
        pub fn customer_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `customerId` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        /**The header parameter `x-fabric-channel-id`, optional.

The sales channel the request is made through, for multichannel use: the default US channel is 12, the default Canada channel 11.*/
        pub fn x_fabric_channel_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.x_fabric_channel_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the header parameter `x-fabric-channel-id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        /**The header parameter `x-fabric-request-id`, optional.

Unique request ID for tracking.*/
        pub fn x_fabric_request_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.x_fabric_request_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the header parameter `x-fabric-request-id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        /**The header parameter `x-fabric-tenant-id`, required.

Identifies the tenant making the request; also called the account ID, found in Copilot.*/
        pub fn x_fabric_tenant_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.x_fabric_tenant_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the header parameter `x-fabric-tenant-id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v3/order-drafts/customer/{customerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<Vec<types::OrderDraft>>, Error<types::CartError>> {
            let Self {
                client,
                customer_id,
                x_fabric_channel_id,
                x_fabric_request_id,
                x_fabric_tenant_id,
                options,
            } = self;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let x_fabric_channel_id = x_fabric_channel_id
                .map_err(Error::InvalidRequest)?;
            let x_fabric_request_id = x_fabric_request_id
                .map_err(Error::InvalidRequest)?;
            let x_fabric_tenant_id = x_fabric_tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/order-drafts/customer/{}", client.baseurl, encode_path(&
                customer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            if let Some(value) = x_fabric_channel_id {
                header_map.append("x-fabric-channel-id", value.to_string().try_into()?);
            }
            if let Some(value) = x_fabric_request_id {
                header_map.append("x-fabric-request-id", value.to_string().try_into()?);
            }
            header_map
                .append(
                    "x-fabric-tenant-id",
                    x_fabric_tenant_id.to_string().try_into()?,
                );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "swagger-2-fabric-cart",
                id: "getCustomerOrderDrafts",
                method: "GET",
                path: "/v3/order-drafts/customer/{customerId}",
                idempotent: true,
                request_ids: &[
                    ::client_runtime::RequestIdHeader {
                        header: "x-fabric-request-id",
                        scope: ::client_runtime::IdScope::Call,
                    },
                ],
                security: &[&["bearerAuth"]],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success(),
                _ => Err(response.error()),
            }
        }
        /// The longest this call may take, every attempt and wait between
        /// attempts included; the client's deadline when not set.
        pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
            self.options.set_deadline(deadline);
            self
        }
        /// How this call is retried; the client's policy when not set.
        /// `RetryPolicy::none()` sends it once.
        pub fn retry(mut self, policy: ::client_runtime::RetryPolicy) -> Self {
            self.options.set_retry(policy);
            self
        }
        /// How long each attempt of this call may take; the client's attempt
        /// timeout when not set.
        pub fn attempt_timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.set_attempt_timeout(timeout);
            self
        }
        /// A header to send with this call only (a tracing header, say),
        /// besides those the spec declares; one the request has already,
        /// and the credentials, keep their values. Never logged.
        pub fn header(
            mut self,
            name: ::reqwest::header::HeaderName,
            value: ::reqwest::header::HeaderValue,
        ) -> Self {
            self.options.add_header(name, value);
            self
        }
        /// Sends the request as [`send`](Self::send) does, and waits for
        /// its answer, blocking this thread: for a program without an
        /// async runtime (inside one it is refused, never sent). The
        /// call's retries, deadline and credentials are `send`'s.
        #[cfg(feature = "blocking")]
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<Vec<types::OrderDraft>>, Error<types::CartError>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    impl ::std::fmt::Debug for GetCustomerOrderDrafts<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetCustomerOrderDrafts")
                .field(
                    "customer_id",
                    &::client_runtime::Given::required(&self.customer_id),
                )
                .field(
                    "x_fabric_channel_id",
                    &::client_runtime::Given::optional(&self.x_fabric_channel_id),
                )
                .field(
                    "x_fabric_request_id",
                    &::client_runtime::Given::optional(&self.x_fabric_request_id),
                )
                .field(
                    "x_fabric_tenant_id",
                    &::client_runtime::Given::required(&self.x_fabric_tenant_id),
                )
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The base URL without its user part, and the call settings
/// (which credentials are set, never their values); not the HTTP
/// client, whose default headers may be a caller's credentials.
impl ::std::fmt::Debug for Client {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Client")
            .field("baseurl", &::client_runtime::RedactedUrl(&self.baseurl))
            .field("runtime", &self.runtime)
            .finish_non_exhaustive()
    }
}
///The API's server, from the spec: `https://api.fabric.inc`.
pub const SERVER_URL: &str = "https://api.fabric.inc";
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "swagger-2-fabric-cart",
        default_base_url: Some(SERVER_URL),
        schemes: &[
            ::client_runtime::SecurityScheme {
                name: "bearerAuth",
                kind: ::client_runtime::SchemeKind::ApiKey {
                    location: ::client_runtime::KeyLocation::Header,
                    name: "Authorization",
                },
                required: true,
            },
        ],
    };
    fn from_parts(
        base_url: &str,
        http: reqwest::Client,
        runtime: ::client_runtime::Runtime,
    ) -> Self {
        Self {
            baseurl: base_url.to_string(),
            client: http,
            runtime,
        }
    }
}
impl Client {
    ///Starts building a client. The base URL defaults to [`SERVER_URL`]; credentials are set here, once, and each operation sends those its spec asks for.
    pub fn builder() -> ClientBuilder<Self> {
        ClientBuilder::new()
    }
}

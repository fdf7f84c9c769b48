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
        #[allow(unused_imports)]
        use ::client_runtime::{field_value, IntoField, IntoOptional, IntoList};
        ///Builds a [`super::Address`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Address`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Address {
            address_line1: Result<Option<String>, String>,
            address_line2: Result<Option<String>, String>,
            address_line3: Result<Option<String>, String>,
            address_line4: Result<Option<String>, String>,
            city: Result<Option<String>, String>,
            country: Result<Option<String>, String>,
            created_at: Result<Option<DateTime<Utc>>, String>,
            email: Result<Option<String>, String>,
            id: Result<Option<String>, String>,
            name: Result<Option<super::PersonName>, String>,
            phone: Result<Option<super::Phone>, String>,
            postal_code: Result<Option<String>, String>,
            region: Result<Option<String>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            Address => super::Address, super::error::ConversionError; fields :
            address_line1, address_line2, address_line3, address_line4, city, country,
            created_at, email, id, name, phone, postal_code, region, updated_at; unset :
            address_line1, address_line2, address_line3, address_line4, city, country,
            created_at, email, id, name, phone, postal_code, region, updated_at; required
            :; defaults :
        );
        impl Address {
            /**The property `addressLine1`, optional.

First address line.

For example `123 Park Road`.*/
            pub fn address_line1<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.address_line1 = Ok(value.into_optional());
                self
            }
            /**The property `addressLine2`, optional.

Second address line.

For example `Unit 4`.*/
            pub fn address_line2<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.address_line2 = Ok(value.into_optional());
                self
            }
            /**The property `addressLine3`, optional.

Third address line.

For example `Building B`.*/
            pub fn address_line3<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.address_line3 = Ok(value.into_optional());
                self
            }
            /**The property `addressLine4`, optional.

Fourth address line.

For example `Floor 2`.*/
            pub fn address_line4<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.address_line4 = Ok(value.into_optional());
                self
            }
            /**The property `city`, optional.

City.

For example `Santa Cruz`.*/
            pub fn city<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.city = Ok(value.into_optional());
                self
            }
            /**The property `country`, optional.

Country.

For example `USA`.*/
            pub fn country<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.country = Ok(value.into_optional());
                self
            }
            /**The property `createdAt`, optional.

When the address was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.created_at = value.into_field("created_at");
                self
            }
            /**The property `email`, optional.

E-mail address.

Format `email`. For example `john@test.com`.*/
            pub fn email<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.email = Ok(value.into_optional());
                self
            }
            /**The property `id`, optional.

The address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            ///The property `name`, optional.
            pub fn name<T: IntoField<Option<super::PersonName>>>(
                mut self,
                value: T,
            ) -> Self {
                self.name = value.into_field("name");
                self
            }
            ///The property `phone`, optional.
            pub fn phone<T: IntoField<Option<super::Phone>>>(
                mut self,
                value: T,
            ) -> Self {
                self.phone = value.into_field("phone");
                self
            }
            /**The property `postalCode`, optional.

Postal code.

For example `12345`.*/
            pub fn postal_code<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.postal_code = Ok(value.into_optional());
                self
            }
            /**The property `region`, optional.

Region, state or province.

For example `California`.*/
            pub fn region<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.region = Ok(value.into_optional());
                self
            }
            /**The property `updatedAt`, optional.

When the address was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::Adjustment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Adjustment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Adjustment {
            attributes: Result<Option<super::Attributes>, String>,
            created_at: Result<Option<DateTime<Utc>>, String>,
            id: Result<Option<String>, String>,
            price: Result<Option<super::Amount>, String>,
            reason: Result<Option<String>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            Adjustment => super::Adjustment, super::error::ConversionError; fields :
            attributes, created_at, id, price, reason, updated_at; unset : attributes,
            created_at, id, price, reason, updated_at; required :; defaults :
        );
        impl Adjustment {
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `createdAt`, optional.

When the adjustment was made.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.created_at = value.into_field("created_at");
                self
            }
            /**The property `id`, optional.

The adjustment's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            ///The property `price`, optional.
            pub fn price<T: IntoField<Option<super::Amount>>>(
                mut self,
                value: T,
            ) -> Self {
                self.price = value.into_field("price");
                self
            }
            /**The property `reason`, optional.

Why the price was adjusted.

For example `Price adjustment from customer representative.`.*/
            pub fn reason<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.reason = Ok(value.into_optional());
                self
            }
            /**The property `updatedAt`, optional.

When the adjustment was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::Adjustments`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Adjustments`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Adjustments {
            collection: Result<Vec<super::Adjustment>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            Adjustments => super::Adjustments, super::error::ConversionError; fields :
            collection, total; unset : collection, total; required :; defaults :
        );
        impl Adjustments {
            /**The property `collection`, optional.

The adjustments.*/
            pub fn collection<T: IntoList<super::Adjustment>>(
                mut self,
                value: T,
            ) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
            /**The property `total`, optional.

The adjustments' total.

For example `2`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::Amount`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Amount`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Amount {
            amount: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            Amount => super::Amount, super::error::ConversionError; fields : amount;
            unset : amount; required :; defaults :
        );
        impl Amount {
            /**The property `amount`, optional.

The amount.

For example `12.99`.*/
            pub fn amount<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.amount = value.into_field("amount");
                self
            }
        }
        ///Builds a [`super::AppliedPromotion`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AppliedPromotion`, finishes it.
        #[derive(Clone, Debug)]
        pub struct AppliedPromotion {
            amount: Result<Option<f64>, String>,
            id: Result<Option<String>, String>,
            proration: Result<Option<super::Proration>, String>,
            quantity: Result<Option<i32>, String>,
        }
        ::client_runtime::model_builder!(
            AppliedPromotion => super::AppliedPromotion, super::error::ConversionError;
            fields : amount, id, proration, quantity; unset : amount, id, proration,
            quantity; required :; defaults :
        );
        impl AppliedPromotion {
            /**The property `amount`, optional.

The discount.

For example `15`.*/
            pub fn amount<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.amount = value.into_field("amount");
                self
            }
            /**The property `id`, optional.

The promotion's ID.

For example `bb44db95-6fbd-4eed-a1ed-4d99bc91250f`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            ///The property `proration`, optional.
            pub fn proration<T: IntoField<Option<super::Proration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.proration = value.into_field("proration");
                self
            }
            /**The property `quantity`, optional.

How many units the discount covers.

Format `int32`. For example `3`.*/
            pub fn quantity<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.quantity = value.into_field("quantity");
                self
            }
        }
        ///Builds a [`super::AppliedPromotions`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AppliedPromotions`, finishes it.
        #[derive(Clone, Debug)]
        pub struct AppliedPromotions {
            collection: Result<Vec<super::AppliedPromotion>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            AppliedPromotions => super::AppliedPromotions, super::error::ConversionError;
            fields : collection, total; unset : collection, total; required :; defaults :
        );
        impl AppliedPromotions {
            /**The property `collection`, optional.

The promotions.*/
            pub fn collection<T: IntoList<super::AppliedPromotion>>(
                mut self,
                value: T,
            ) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
            /**The property `total`, optional.

Their total discount.

For example `2`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::AvailableSku`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AvailableSku`, finishes it.
        #[derive(Clone, Debug)]
        pub struct AvailableSku {
            max_quantity: Result<Option<i32>, String>,
            sku: Result<Option<String>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            AvailableSku => super::AvailableSku, super::error::ConversionError; fields :
            max_quantity, sku, updated_at; unset : max_quantity, sku, updated_at;
            required :; defaults :
        );
        impl AvailableSku {
            /**The property `maxQuantity`, optional.

The most that may be ordered.

Format `int32`. For example `100`.*/
            pub fn max_quantity<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.max_quantity = value.into_field("max_quantity");
                self
            }
            /**The property `sku`, optional.

The SKU.

For example `SKU3`.*/
            pub fn sku<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.sku = Ok(value.into_optional());
                self
            }
            /**The property `updatedAt`, optional.

When it was checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::Behaviors`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Behaviors`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Behaviors {
            add: Result<Option<String>, String>,
            cache_expiry: Result<Option<String>, String>,
            get: Result<Option<String>, String>,
            update: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            Behaviors => super::Behaviors, super::error::ConversionError; fields : add,
            cache_expiry, get, update; unset : add, cache_expiry, get, update; required
            :; defaults :
        );
        impl Behaviors {
            /**The property `add`, optional.

On adding an item.

For example `REJECT`.*/
            pub fn add<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.add = Ok(value.into_optional());
                self
            }
            /**The property `cacheExpiry`, optional.

When cached data has expired (a behavior, not a duration).

For example `WARN`.*/
            pub fn cache_expiry<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.cache_expiry = Ok(value.into_optional());
                self
            }
            /**The property `get`, optional.

On reading the cart.

For example `WARN`.*/
            pub fn get<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.get = Ok(value.into_optional());
                self
            }
            /**The property `update`, optional.

On updating an item.

For example `WARN`.*/
            pub fn update<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.update = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::CachedSourceConfiguration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CachedSourceConfiguration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CachedSourceConfiguration {
            behaviors: Result<Option<super::Behaviors>, String>,
            cache_expiry: Result<Option<i64>, String>,
            check: Result<Option<String>, String>,
            max_quantity: Result<Option<super::MaxQuantity>, String>,
        }
        ::client_runtime::model_builder!(
            CachedSourceConfiguration => super::CachedSourceConfiguration,
            super::error::ConversionError; fields : behaviors, cache_expiry, check,
            max_quantity; unset : behaviors, cache_expiry, check, max_quantity; required
            :; defaults :
        );
        impl CachedSourceConfiguration {
            ///The property `behaviors`, optional.
            pub fn behaviors<T: IntoField<Option<super::Behaviors>>>(
                mut self,
                value: T,
            ) -> Self {
                self.behaviors = value.into_field("behaviors");
                self
            }
            /**The property `cacheExpiry`, optional.

How long cached data stays fresh, in seconds.

Format `int64`. For example `7776000`.*/
            pub fn cache_expiry<T: IntoField<Option<i64>>>(mut self, value: T) -> Self {
                self.cache_expiry = value.into_field("cache_expiry");
                self
            }
            /**The property `check`, optional.

What inventory is checked by, such as SKU.

For example `SKU`.*/
            pub fn check<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.check = Ok(value.into_optional());
                self
            }
            ///The property `maxQuantity`, optional.
            pub fn max_quantity<T: IntoField<Option<super::MaxQuantity>>>(
                mut self,
                value: T,
            ) -> Self {
                self.max_quantity = value.into_field("max_quantity");
                self
            }
        }
        ///Builds a [`super::CartError`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartError`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CartError {
            message: Result<Option<String>, String>,
            type_: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            CartError => super::CartError, super::error::ConversionError; fields :
            message, type_; unset : message, type_; required :; defaults :
        );
        impl CartError {
            /**The property `message`, optional.

What went wrong.

For example `No order drafts found for the customer`.*/
            pub fn message<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.message = Ok(value.into_optional());
                self
            }
            /**The property `type`, optional.

The kind of error.

For example `NOT_FOUND`.*/
            pub fn type_<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.type_ = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::CartPromotion`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartPromotion`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CartPromotion {
            attributes: Result<Option<super::Attributes>, String>,
            code: Result<Option<String>, String>,
            id: Result<Option<String>, String>,
            title: Result<Option<String>, String>,
            type_: Result<Option<String>, String>,
            value: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            CartPromotion => super::CartPromotion, super::error::ConversionError; fields
            : attributes, code, id, title, type_, value; unset : attributes, code, id,
            title, type_, value; required :; defaults :
        );
        impl CartPromotion {
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `code`, optional.

The promotion's code.

For example `15_PERCENT`.*/
            pub fn code<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.code = Ok(value.into_optional());
                self
            }
            /**The property `id`, optional.

The promotion's ID.

For example `542ba80a69b8`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `title`, optional.

The promotion's title.

For example `15 Percent All Products`.*/
            pub fn title<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.title = Ok(value.into_optional());
                self
            }
            /**The property `type`, optional.

The kind of discount, such as PERCENTAGE.

For example `PERCENTAGE`.*/
            pub fn type_<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.type_ = Ok(value.into_optional());
                self
            }
            /**The property `value`, optional.

The discount's value.

For example `15`.*/
            pub fn value<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.value = value.into_field("value");
                self
            }
        }
        ///Builds a [`super::CartPromotions`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartPromotions`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CartPromotions {
            collection: Result<Vec<super::CartPromotion>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            CartPromotions => super::CartPromotions, super::error::ConversionError;
            fields : collection, total; unset : collection, total; required :; defaults :
        );
        impl CartPromotions {
            /**The property `collection`, optional.

The promotions.*/
            pub fn collection<T: IntoList<super::CartPromotion>>(
                mut self,
                value: T,
            ) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
            /**The property `total`, optional.

Their total discount.

For example `32`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::Configuration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Configuration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Configuration {
            inventory: Result<Option<super::CachedSourceConfiguration>, String>,
            max_quantity: Result<Option<super::MaxQuantity>, String>,
            order: Result<Option<super::OrderConfiguration>, String>,
            product: Result<Option<super::CachedSourceConfiguration>, String>,
            promotions: Result<Option<super::CachedSourceConfiguration>, String>,
            tax: Result<Option<super::CachedSourceConfiguration>, String>,
        }
        ::client_runtime::model_builder!(
            Configuration => super::Configuration, super::error::ConversionError; fields
            : inventory, max_quantity, order, product, promotions, tax; unset :
            inventory, max_quantity, order, product, promotions, tax; required :;
            defaults :
        );
        impl Configuration {
            ///The property `inventory`, optional.
            pub fn inventory<T: IntoField<Option<super::CachedSourceConfiguration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.inventory = value.into_field("inventory");
                self
            }
            ///The property `maxQuantity`, optional.
            pub fn max_quantity<T: IntoField<Option<super::MaxQuantity>>>(
                mut self,
                value: T,
            ) -> Self {
                self.max_quantity = value.into_field("max_quantity");
                self
            }
            ///The property `order`, optional.
            pub fn order<T: IntoField<Option<super::OrderConfiguration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.order = value.into_field("order");
                self
            }
            ///The property `product`, optional.
            pub fn product<T: IntoField<Option<super::CachedSourceConfiguration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.product = value.into_field("product");
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T: IntoField<Option<super::CachedSourceConfiguration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.promotions = value.into_field("promotions");
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T: IntoField<Option<super::CachedSourceConfiguration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.tax = value.into_field("tax");
                self
            }
        }
        ///Builds a [`super::Coupon`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Coupon`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Coupon {
            code: Result<Option<String>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            Coupon => super::Coupon, super::error::ConversionError; fields : code,
            updated_at; unset : code, updated_at; required :; defaults :
        );
        impl Coupon {
            /**The property `code`, optional.

The coupon's code.

For example `VALID_COUPON`.*/
            pub fn code<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.code = Ok(value.into_optional());
                self
            }
            /**The property `updatedAt`, optional.

When the coupon was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::CustomerContext`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CustomerContext`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CustomerContext {
            attributes: Result<Option<super::Attributes>, String>,
            id: Result<Option<String>, String>,
            segments: Result<Vec<super::Segment>, String>,
            session_id: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            CustomerContext => super::CustomerContext, super::error::ConversionError;
            fields : attributes, id, segments, session_id; unset : attributes, id,
            segments, session_id; required :; defaults :
        );
        impl CustomerContext {
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `id`, optional.

The customer's ID.

For example `109840938`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `segments`, optional.

The customer's segments.*/
            pub fn segments<T: IntoList<super::Segment>>(mut self, value: T) -> Self {
                self.segments = field_value("segments", value.into_list());
                self
            }
            /**The property `sessionId`, optional.

The shopping session's ID.

For example `3a5fd2d3-5c96-4e57-b069-7ff2a88c1119`.*/
            pub fn session_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.session_id = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::DraftOrder`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `DraftOrder`, finishes it.
        #[derive(Clone, Debug)]
        pub struct DraftOrder {
            attributes: Result<Option<super::Attributes>, String>,
            id: Result<Option<String>, String>,
            line_items: Result<Vec<super::DraftOrderLineItem>, String>,
            number: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            DraftOrder => super::DraftOrder, super::error::ConversionError; fields :
            attributes, id, line_items, number; unset : attributes, id, line_items,
            number; required :; defaults :
        );
        impl DraftOrder {
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `id`, optional.

The order's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `lineItems`, optional.

The order's line items.*/
            pub fn line_items<T: IntoList<super::DraftOrderLineItem>>(
                mut self,
                value: T,
            ) -> Self {
                self.line_items = field_value("line_items", value.into_list());
                self
            }
            /**The property `number`, optional.

The order number.

For example `100001`.*/
            pub fn number<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.number = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::DraftOrderLineItem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `DraftOrderLineItem`, finishes it.
        #[derive(Clone, Debug)]
        pub struct DraftOrderLineItem {
            id: Result<Option<String>, String>,
            supplementary_data: Result<Option<super::Attributes>, String>,
        }
        ::client_runtime::model_builder!(
            DraftOrderLineItem => super::DraftOrderLineItem,
            super::error::ConversionError; fields : id, supplementary_data; unset : id,
            supplementary_data; required :; defaults :
        );
        impl DraftOrderLineItem {
            /**The property `id`, optional.

The line item's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            ///The property `supplementaryData`, optional.
            pub fn supplementary_data<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.supplementary_data = value.into_field("supplementary_data");
                self
            }
        }
        ///Builds a [`super::Fee`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fee`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Fee {
            attributes: Result<Option<super::Attributes>, String>,
            created_at: Result<Option<DateTime<Utc>>, String>,
            id: Result<Option<String>, String>,
            name: Result<Option<String>, String>,
            price: Result<Option<super::Amount>, String>,
            tax: Result<Option<super::Taxes>, String>,
            tax_details: Result<Option<super::TaxDetails>, String>,
            taxable: Result<Option<bool>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            Fee => super::Fee, super::error::ConversionError; fields : attributes,
            created_at, id, name, price, tax, tax_details, taxable, updated_at; unset :
            attributes, created_at, id, name, price, tax, tax_details, taxable,
            updated_at; required :; defaults :
        );
        impl Fee {
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `createdAt`, optional.

When the fee was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.created_at = value.into_field("created_at");
                self
            }
            /**The property `id`, optional.

The fee's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `name`, optional.

The fee's name.

For example `Eco Fee`.*/
            pub fn name<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.name = Ok(value.into_optional());
                self
            }
            ///The property `price`, optional.
            pub fn price<T: IntoField<Option<super::Amount>>>(
                mut self,
                value: T,
            ) -> Self {
                self.price = value.into_field("price");
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T: IntoField<Option<super::Taxes>>>(mut self, value: T) -> Self {
                self.tax = value.into_field("tax");
                self
            }
            ///The property `taxDetails`, optional.
            pub fn tax_details<T: IntoField<Option<super::TaxDetails>>>(
                mut self,
                value: T,
            ) -> Self {
                self.tax_details = value.into_field("tax_details");
                self
            }
            /**The property `taxable`, optional.

Whether the fee is taxed.

For example `true`.*/
            pub fn taxable<T: IntoField<Option<bool>>>(mut self, value: T) -> Self {
                self.taxable = value.into_field("taxable");
                self
            }
            /**The property `updatedAt`, optional.

When the fee was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::Fees`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fees`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Fees {
            collection: Result<Vec<super::Fee>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            Fees => super::Fees, super::error::ConversionError; fields : collection,
            total; unset : collection, total; required :; defaults :
        );
        impl Fees {
            /**The property `collection`, optional.

The fees.*/
            pub fn collection<T: IntoList<super::Fee>>(mut self, value: T) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
            /**The property `total`, optional.

The fees' total.

For example `5`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::Fulfillment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fulfillment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Fulfillment {
            adjustments: Result<Option<super::Adjustments>, String>,
            attributes: Result<Option<super::Attributes>, String>,
            destination_address: Result<Option<String>, String>,
            fees: Result<Option<super::Fees>, String>,
            id: Result<Option<String>, String>,
            location_id: Result<Option<String>, String>,
            origin_address: Result<Option<String>, String>,
            pickup_person: Result<Option<super::PickupPerson>, String>,
            price: Result<Option<super::Amount>, String>,
            promotions: Result<Option<super::AppliedPromotions>, String>,
            ref_id: Result<Option<String>, String>,
            tax: Result<Option<super::Taxes>, String>,
            type_: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            Fulfillment => super::Fulfillment, super::error::ConversionError; fields :
            adjustments, attributes, destination_address, fees, id, location_id,
            origin_address, pickup_person, price, promotions, ref_id, tax, type_; unset :
            adjustments, attributes, destination_address, fees, id, location_id,
            origin_address, pickup_person, price, promotions, ref_id, tax, type_;
            required :; defaults :
        );
        impl Fulfillment {
            ///The property `adjustments`, optional.
            pub fn adjustments<T: IntoField<Option<super::Adjustments>>>(
                mut self,
                value: T,
            ) -> Self {
                self.adjustments = value.into_field("adjustments");
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `destinationAddress`, optional.

The destination address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn destination_address<T: IntoOptional<String>>(
                mut self,
                value: T,
            ) -> Self {
                self.destination_address = Ok(value.into_optional());
                self
            }
            ///The property `fees`, optional.
            pub fn fees<T: IntoField<Option<super::Fees>>>(mut self, value: T) -> Self {
                self.fees = value.into_field("fees");
                self
            }
            /**The property `id`, optional.

The fulfillment's ID.

For example `d6229cdb-0c5b-4885-b1b2-13b94d02488e`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `locationId`, optional.

The location it is fulfilled from.

For example `CA`.*/
            pub fn location_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.location_id = Ok(value.into_optional());
                self
            }
            /**The property `originAddress`, optional.

The origin address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn origin_address<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.origin_address = Ok(value.into_optional());
                self
            }
            ///The property `pickupPerson`, optional.
            pub fn pickup_person<T: IntoField<Option<super::PickupPerson>>>(
                mut self,
                value: T,
            ) -> Self {
                self.pickup_person = value.into_field("pickup_person");
                self
            }
            ///The property `price`, optional.
            pub fn price<T: IntoField<Option<super::Amount>>>(
                mut self,
                value: T,
            ) -> Self {
                self.price = value.into_field("price");
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T: IntoField<Option<super::AppliedPromotions>>>(
                mut self,
                value: T,
            ) -> Self {
                self.promotions = value.into_field("promotions");
                self
            }
            /**The property `refId`, optional.

A reference the caller gave the fulfillment.

For example `398427903843`.*/
            pub fn ref_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.ref_id = Ok(value.into_optional());
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T: IntoField<Option<super::Taxes>>>(mut self, value: T) -> Self {
                self.tax = value.into_field("tax");
                self
            }
            /**The property `type`, optional.

The kind of fulfillment, such as SHIP_TO.

For example `SHIP_TO`.*/
            pub fn type_<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.type_ = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::FulfillmentInventory`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `FulfillmentInventory`, finishes it.
        #[derive(Clone, Debug)]
        pub struct FulfillmentInventory {
            channels: Result<Option<super::InventoryChannels>, String>,
            type_: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            FulfillmentInventory => super::FulfillmentInventory,
            super::error::ConversionError; fields : channels, type_; unset : channels,
            type_; required :; defaults :
        );
        impl FulfillmentInventory {
            ///The property `channels`, optional.
            pub fn channels<T: IntoField<Option<super::InventoryChannels>>>(
                mut self,
                value: T,
            ) -> Self {
                self.channels = value.into_field("channels");
                self
            }
            /**The property `type`, optional.

The kind of inventory, such as backOrder.

For example `backOrder`.*/
            pub fn type_<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.type_ = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::InventoryChannels`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryChannels`, finishes it.
        #[derive(Clone, Debug)]
        pub struct InventoryChannels {
            network_code: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            InventoryChannels => super::InventoryChannels, super::error::ConversionError;
            fields : network_code; unset : network_code; required :; defaults :
        );
        impl InventoryChannels {
            /**The property `networkCode`, optional.

The network's code, such as ShipToHome.

For example `ShipToHome`.*/
            pub fn network_code<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.network_code = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::InventoryCounters`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryCounters`, finishes it.
        #[derive(Clone, Debug)]
        pub struct InventoryCounters {
            back_order: Result<Option<i32>, String>,
            pre_order: Result<Option<i32>, String>,
        }
        ::client_runtime::model_builder!(
            InventoryCounters => super::InventoryCounters, super::error::ConversionError;
            fields : back_order, pre_order; unset : back_order, pre_order; required :;
            defaults :
        );
        impl InventoryCounters {
            /**The property `backOrder`, optional.

Units available on back order.

Format `int32`. For example `15`.*/
            pub fn back_order<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.back_order = value.into_field("back_order");
                self
            }
            /**The property `preOrder`, optional.

Units available on pre-order.

Format `int32`. For example `100`.*/
            pub fn pre_order<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.pre_order = value.into_field("pre_order");
                self
            }
        }
        ///Builds a [`super::InventoryValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct InventoryValidation {
            channels: Result<Option<super::InventoryChannels>, String>,
            counters: Result<Option<super::InventoryCounters>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            InventoryValidation => super::InventoryValidation,
            super::error::ConversionError; fields : channels, counters, updated_at; unset
            : channels, counters, updated_at; required :; defaults :
        );
        impl InventoryValidation {
            ///The property `channels`, optional.
            pub fn channels<T: IntoField<Option<super::InventoryChannels>>>(
                mut self,
                value: T,
            ) -> Self {
                self.channels = value.into_field("channels");
                self
            }
            ///The property `counters`, optional.
            pub fn counters<T: IntoField<Option<super::InventoryCounters>>>(
                mut self,
                value: T,
            ) -> Self {
                self.counters = value.into_field("counters");
                self
            }
            /**The property `updatedAt`, optional.

When inventory was last checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::ItemSummary`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ItemSummary`, finishes it.
        #[derive(Clone, Debug)]
        pub struct ItemSummary {
            total_items: Result<Option<i32>, String>,
            total_unique_items: Result<Option<i32>, String>,
        }
        ::client_runtime::model_builder!(
            ItemSummary => super::ItemSummary, super::error::ConversionError; fields :
            total_items, total_unique_items; unset : total_items, total_unique_items;
            required :; defaults :
        );
        impl ItemSummary {
            /**The property `totalItems`, optional.

The number of items, as the server counts them (the documented draft shows 1 for one line item of quantity 10).

Format `int32`. For example `1`.*/
            pub fn total_items<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.total_items = value.into_field("total_items");
                self
            }
            /**The property `totalUniqueItems`, optional.

The number of distinct items.

Format `int32`. For example `1`.*/
            pub fn total_unique_items<T: IntoField<Option<i32>>>(
                mut self,
                value: T,
            ) -> Self {
                self.total_unique_items = value.into_field("total_unique_items");
                self
            }
        }
        ///Builds a [`super::LineItem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItem`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItem {
            adjustments: Result<Option<super::Adjustments>, String>,
            attributes: Result<Option<super::Attributes>, String>,
            created_at: Result<Option<DateTime<Utc>>, String>,
            fees: Result<Option<super::Fees>, String>,
            fulfillment: Result<Option<super::LineItemFulfillment>, String>,
            id: Result<Option<String>, String>,
            position: Result<Option<i32>, String>,
            price: Result<Option<super::LinePrice>, String>,
            price_list_id: Result<Option<String>, String>,
            promotions: Result<Option<super::AppliedPromotions>, String>,
            quantity: Result<Option<i32>, String>,
            ref_id: Result<Option<String>, String>,
            sku: Result<Option<String>, String>,
            tax: Result<Option<super::Taxes>, String>,
            tax_code: Result<Option<String>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            LineItem => super::LineItem, super::error::ConversionError; fields :
            adjustments, attributes, created_at, fees, fulfillment, id, position, price,
            price_list_id, promotions, quantity, ref_id, sku, tax, tax_code, updated_at;
            unset : adjustments, attributes, created_at, fees, fulfillment, id, position,
            price, price_list_id, promotions, quantity, ref_id, sku, tax, tax_code,
            updated_at; required :; defaults :
        );
        impl LineItem {
            ///The property `adjustments`, optional.
            pub fn adjustments<T: IntoField<Option<super::Adjustments>>>(
                mut self,
                value: T,
            ) -> Self {
                self.adjustments = value.into_field("adjustments");
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `createdAt`, optional.

When the line item was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.created_at = value.into_field("created_at");
                self
            }
            ///The property `fees`, optional.
            pub fn fees<T: IntoField<Option<super::Fees>>>(mut self, value: T) -> Self {
                self.fees = value.into_field("fees");
                self
            }
            ///The property `fulfillment`, optional.
            pub fn fulfillment<T: IntoField<Option<super::LineItemFulfillment>>>(
                mut self,
                value: T,
            ) -> Self {
                self.fulfillment = value.into_field("fulfillment");
                self
            }
            /**The property `id`, optional.

The line item's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `position`, optional.

The line item's position in the cart.

Format `int32`. For example `1`.*/
            pub fn position<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.position = value.into_field("position");
                self
            }
            ///The property `price`, optional.
            pub fn price<T: IntoField<Option<super::LinePrice>>>(
                mut self,
                value: T,
            ) -> Self {
                self.price = value.into_field("price");
                self
            }
            /**The property `priceListId`, optional.

The price list the price came from.

For example `10001`.*/
            pub fn price_list_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.price_list_id = Ok(value.into_optional());
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T: IntoField<Option<super::AppliedPromotions>>>(
                mut self,
                value: T,
            ) -> Self {
                self.promotions = value.into_field("promotions");
                self
            }
            /**The property `quantity`, optional.

Quantity.

Format `int32`. For example `10`.*/
            pub fn quantity<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.quantity = value.into_field("quantity");
                self
            }
            /**The property `refId`, optional.

A reference the caller gave the line item.

For example `41`.*/
            pub fn ref_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.ref_id = Ok(value.into_optional());
                self
            }
            /**The property `sku`, optional.

The product's SKU.

For example `SKU3`.*/
            pub fn sku<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.sku = Ok(value.into_optional());
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T: IntoField<Option<super::Taxes>>>(mut self, value: T) -> Self {
                self.tax = value.into_field("tax");
                self
            }
            /**The property `taxCode`, optional.

Tax code.

For example `10001`.*/
            pub fn tax_code<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.tax_code = Ok(value.into_optional());
                self
            }
            /**The property `updatedAt`, optional.

When the line item was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::LineItemFulfillment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItemFulfillment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItemFulfillment {
            id: Result<Option<String>, String>,
            inventory: Result<Option<super::FulfillmentInventory>, String>,
            price: Result<Option<super::Amount>, String>,
            tax: Result<Option<super::Taxes>, String>,
        }
        ::client_runtime::model_builder!(
            LineItemFulfillment => super::LineItemFulfillment,
            super::error::ConversionError; fields : id, inventory, price, tax; unset :
            id, inventory, price, tax; required :; defaults :
        );
        impl LineItemFulfillment {
            /**The property `id`, optional.

The fulfillment's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            ///The property `inventory`, optional.
            pub fn inventory<T: IntoField<Option<super::FulfillmentInventory>>>(
                mut self,
                value: T,
            ) -> Self {
                self.inventory = value.into_field("inventory");
                self
            }
            ///The property `price`, optional.
            pub fn price<T: IntoField<Option<super::Amount>>>(
                mut self,
                value: T,
            ) -> Self {
                self.price = value.into_field("price");
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T: IntoField<Option<super::Taxes>>>(mut self, value: T) -> Self {
                self.tax = value.into_field("tax");
                self
            }
        }
        ///Builds a [`super::LineItemValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItemValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItemValidation {
            inventory: Result<Option<super::InventoryValidation>, String>,
            sku: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            LineItemValidation => super::LineItemValidation,
            super::error::ConversionError; fields : inventory, sku; unset : inventory,
            sku; required :; defaults :
        );
        impl LineItemValidation {
            ///The property `inventory`, optional.
            pub fn inventory<T: IntoField<Option<super::InventoryValidation>>>(
                mut self,
                value: T,
            ) -> Self {
                self.inventory = value.into_field("inventory");
                self
            }
            /**The property `sku`, optional.

The product's SKU.

For example `SKU3`.*/
            pub fn sku<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.sku = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::LineItems`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItems`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItems {
            collection: Result<Vec<super::LineItem>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            LineItems => super::LineItems, super::error::ConversionError; fields :
            collection, total; unset : collection, total; required :; defaults :
        );
        impl LineItems {
            /**The property `collection`, optional.

The line items.*/
            pub fn collection<T: IntoList<super::LineItem>>(mut self, value: T) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
            /**The property `total`, optional.

The line items' total.

For example `100`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::LinePrice`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LinePrice`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LinePrice {
            amount: Result<Option<f64>, String>,
            unit: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            LinePrice => super::LinePrice, super::error::ConversionError; fields :
            amount, unit; unset : amount, unit; required :; defaults :
        );
        impl LinePrice {
            /**The property `amount`, optional.

Price of the line (unit price times quantity).

For example `100`.*/
            pub fn amount<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.amount = value.into_field("amount");
                self
            }
            /**The property `unit`, optional.

Price of one unit.

For example `10`.*/
            pub fn unit<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.unit = value.into_field("unit");
                self
            }
        }
        ///Builds a [`super::MaxQuantity`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `MaxQuantity`, finishes it.
        #[derive(Clone, Debug)]
        pub struct MaxQuantity {
            behaviors: Result<Option<super::Behaviors>, String>,
            limit: Result<Option<i32>, String>,
        }
        ::client_runtime::model_builder!(
            MaxQuantity => super::MaxQuantity, super::error::ConversionError; fields :
            behaviors, limit; unset : behaviors, limit; required :; defaults :
        );
        impl MaxQuantity {
            ///The property `behaviors`, optional.
            pub fn behaviors<T: IntoField<Option<super::Behaviors>>>(
                mut self,
                value: T,
            ) -> Self {
                self.behaviors = value.into_field("behaviors");
                self
            }
            /**The property `limit`, optional.

The quantity limit.

Format `int32`. For example `100`.*/
            pub fn limit<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.limit = value.into_field("limit");
                self
            }
        }
        ///Builds a [`super::OrderConfiguration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderConfiguration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct OrderConfiguration {
            validate: Result<Option<super::OrderValidation>, String>,
        }
        ::client_runtime::model_builder!(
            OrderConfiguration => super::OrderConfiguration,
            super::error::ConversionError; fields : validate; unset : validate; required
            :; defaults :
        );
        impl OrderConfiguration {
            ///The property `validate`, optional.
            pub fn validate<T: IntoField<Option<super::OrderValidation>>>(
                mut self,
                value: T,
            ) -> Self {
                self.validate = value.into_field("validate");
                self
            }
        }
        ///Builds a [`super::OrderDraft`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderDraft`, finishes it.
        #[derive(Clone, Debug)]
        pub struct OrderDraft {
            addresses: Result<
                ::std::collections::BTreeMap<String, super::Address>,
                String,
            >,
            adjustments: Result<Option<super::Adjustments>, String>,
            applied_coupons: Result<Vec<super::Coupon>, String>,
            attributes: Result<Option<super::Attributes>, String>,
            cart_id: Result<Option<String>, String>,
            channel_id: Result<Option<String>, String>,
            configuration: Result<Option<super::Configuration>, String>,
            coupons: Result<Vec<super::Coupon>, String>,
            created_at: Result<Option<DateTime<Utc>>, String>,
            currency: Result<Option<String>, String>,
            customer_context: Result<Option<super::CustomerContext>, String>,
            fees: Result<Option<super::Fees>, String>,
            fulfillments: Result<
                ::std::collections::BTreeMap<String, super::Fulfillment>,
                String,
            >,
            line_items: Result<Option<super::LineItems>, String>,
            not_applied_coupons: Result<Vec<super::Coupon>, String>,
            order: Result<Option<super::DraftOrder>, String>,
            payments: Result<Option<super::Payments>, String>,
            price: Result<Option<super::PriceSummary>, String>,
            promotions: Result<Option<super::CartPromotions>, String>,
            state: Result<Vec<super::StateEntry>, String>,
            status: Result<Option<String>, String>,
            summary: Result<Option<super::ItemSummary>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
            validations: Result<Option<super::Validations>, String>,
        }
        ::client_runtime::model_builder!(
            OrderDraft => super::OrderDraft, super::error::ConversionError; fields :
            addresses, adjustments, applied_coupons, attributes, cart_id, channel_id,
            configuration, coupons, created_at, currency, customer_context, fees,
            fulfillments, line_items, not_applied_coupons, order, payments, price,
            promotions, state, status, summary, updated_at, validations; unset :
            addresses, adjustments, applied_coupons, attributes, cart_id, channel_id,
            configuration, coupons, created_at, currency, customer_context, fees,
            fulfillments, line_items, not_applied_coupons, order, payments, price,
            promotions, state, status, summary, updated_at, validations; required :;
            defaults :
        );
        impl OrderDraft {
            /**The property `addresses`, optional.

The draft's addresses, keyed by address ID (without hyphens).*/
            pub fn addresses<
                T: IntoField<::std::collections::BTreeMap<String, super::Address>>,
            >(mut self, value: T) -> Self {
                self.addresses = value.into_field("addresses");
                self
            }
            ///The property `adjustments`, optional.
            pub fn adjustments<T: IntoField<Option<super::Adjustments>>>(
                mut self,
                value: T,
            ) -> Self {
                self.adjustments = value.into_field("adjustments");
                self
            }
            /**The property `appliedCoupons`, optional.

Coupons applied.*/
            pub fn applied_coupons<T: IntoList<super::Coupon>>(
                mut self,
                value: T,
            ) -> Self {
                self.applied_coupons = field_value("applied_coupons", value.into_list());
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            /**The property `cartId`, optional.

The cart the draft was made from.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn cart_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.cart_id = Ok(value.into_optional());
                self
            }
            /**The property `channelId`, optional.

The sales channel ID.

For example `12`.*/
            pub fn channel_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.channel_id = Ok(value.into_optional());
                self
            }
            ///The property `configuration`, optional.
            pub fn configuration<T: IntoField<Option<super::Configuration>>>(
                mut self,
                value: T,
            ) -> Self {
                self.configuration = value.into_field("configuration");
                self
            }
            /**The property `coupons`, optional.

Coupons entered.*/
            pub fn coupons<T: IntoList<super::Coupon>>(mut self, value: T) -> Self {
                self.coupons = field_value("coupons", value.into_list());
                self
            }
            /**The property `createdAt`, optional.

When the draft was created.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.created_at = value.into_field("created_at");
                self
            }
            /**The property `currency`, optional.

Currency code.

For example `USD`.*/
            pub fn currency<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.currency = Ok(value.into_optional());
                self
            }
            ///The property `customerContext`, optional.
            pub fn customer_context<T: IntoField<Option<super::CustomerContext>>>(
                mut self,
                value: T,
            ) -> Self {
                self.customer_context = value.into_field("customer_context");
                self
            }
            ///The property `fees`, optional.
            pub fn fees<T: IntoField<Option<super::Fees>>>(mut self, value: T) -> Self {
                self.fees = value.into_field("fees");
                self
            }
            /**The property `fulfillments`, optional.

The draft's fulfillments, keyed by fulfillment ID (without hyphens).*/
            pub fn fulfillments<
                T: IntoField<::std::collections::BTreeMap<String, super::Fulfillment>>,
            >(mut self, value: T) -> Self {
                self.fulfillments = value.into_field("fulfillments");
                self
            }
            ///The property `lineItems`, optional.
            pub fn line_items<T: IntoField<Option<super::LineItems>>>(
                mut self,
                value: T,
            ) -> Self {
                self.line_items = value.into_field("line_items");
                self
            }
            /**The property `notAppliedCoupons`, optional.

Coupons entered but not applied.*/
            pub fn not_applied_coupons<T: IntoList<super::Coupon>>(
                mut self,
                value: T,
            ) -> Self {
                self.not_applied_coupons = field_value(
                    "not_applied_coupons",
                    value.into_list(),
                );
                self
            }
            ///The property `order`, optional.
            pub fn order<T: IntoField<Option<super::DraftOrder>>>(
                mut self,
                value: T,
            ) -> Self {
                self.order = value.into_field("order");
                self
            }
            ///The property `payments`, optional.
            pub fn payments<T: IntoField<Option<super::Payments>>>(
                mut self,
                value: T,
            ) -> Self {
                self.payments = value.into_field("payments");
                self
            }
            ///The property `price`, optional.
            pub fn price<T: IntoField<Option<super::PriceSummary>>>(
                mut self,
                value: T,
            ) -> Self {
                self.price = value.into_field("price");
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T: IntoField<Option<super::CartPromotions>>>(
                mut self,
                value: T,
            ) -> Self {
                self.promotions = value.into_field("promotions");
                self
            }
            /**The property `state`, optional.

What the draft still lacks before it can become an order.*/
            pub fn state<T: IntoList<super::StateEntry>>(mut self, value: T) -> Self {
                self.state = field_value("state", value.into_list());
                self
            }
            /**The property `status`, optional.

The draft's status, such as ACTIVE.

For example `ACTIVE`.*/
            pub fn status<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.status = Ok(value.into_optional());
                self
            }
            ///The property `summary`, optional.
            pub fn summary<T: IntoField<Option<super::ItemSummary>>>(
                mut self,
                value: T,
            ) -> Self {
                self.summary = value.into_field("summary");
                self
            }
            /**The property `updatedAt`, optional.

When the draft was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
            ///The property `validations`, optional.
            pub fn validations<T: IntoField<Option<super::Validations>>>(
                mut self,
                value: T,
            ) -> Self {
                self.validations = value.into_field("validations");
                self
            }
        }
        ///Builds a [`super::OrderValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct OrderValidation {
            invalid_item: Result<Option<String>, String>,
            item_out_of_stock: Result<Option<String>, String>,
            payments_remaining: Result<Option<String>, String>,
            tax_remaining: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            OrderValidation => super::OrderValidation, super::error::ConversionError;
            fields : invalid_item, item_out_of_stock, payments_remaining, tax_remaining;
            unset : invalid_item, item_out_of_stock, payments_remaining, tax_remaining;
            required :; defaults :
        );
        impl OrderValidation {
            /**The property `invalidItem`, optional.

When an item is invalid.

For example `BLOCK`.*/
            pub fn invalid_item<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.invalid_item = Ok(value.into_optional());
                self
            }
            /**The property `itemOutOfStock`, optional.

When an item is out of stock.

For example `BLOCK`.*/
            pub fn item_out_of_stock<T: IntoOptional<String>>(
                mut self,
                value: T,
            ) -> Self {
                self.item_out_of_stock = Ok(value.into_optional());
                self
            }
            /**The property `paymentsRemaining`, optional.

When payments do not cover the total, such as BLOCK.

For example `BLOCK`.*/
            pub fn payments_remaining<T: IntoOptional<String>>(
                mut self,
                value: T,
            ) -> Self {
                self.payments_remaining = Ok(value.into_optional());
                self
            }
            /**The property `taxRemaining`, optional.

When tax is not calculated.

For example `BLOCK`.*/
            pub fn tax_remaining<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.tax_remaining = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::Payment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Payment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Payment {
            attributes: Result<Option<super::Attributes>, String>,
            authorization: Result<Option<super::PaymentAuthorization>, String>,
            bill_to_address: Result<Option<String>, String>,
            card_details: Result<Option<super::Attributes>, String>,
            id: Result<Option<String>, String>,
            method: Result<Option<String>, String>,
            method_type: Result<Option<String>, String>,
            processor: Result<Option<String>, String>,
            provider: Result<Option<String>, String>,
            state: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            Payment => super::Payment, super::error::ConversionError; fields :
            attributes, authorization, bill_to_address, card_details, id, method,
            method_type, processor, provider, state; unset : attributes, authorization,
            bill_to_address, card_details, id, method, method_type, processor, provider,
            state; required :; defaults :
        );
        impl Payment {
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
            ///The property `authorization`, optional.
            pub fn authorization<T: IntoField<Option<super::PaymentAuthorization>>>(
                mut self,
                value: T,
            ) -> Self {
                self.authorization = value.into_field("authorization");
                self
            }
            /**The property `billToAddress`, optional.

The bill-to address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn bill_to_address<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.bill_to_address = Ok(value.into_optional());
                self
            }
            ///The property `cardDetails`, optional.
            pub fn card_details<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.card_details = value.into_field("card_details");
                self
            }
            /**The property `id`, optional.

The payment's ID.

For example `6ef2067a-5d6b-4785-a090-96ea0078220d`.*/
            pub fn id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.id = Ok(value.into_optional());
                self
            }
            /**The property `method`, optional.

Payment method.

For example `apple pay`.*/
            pub fn method<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.method = Ok(value.into_optional());
                self
            }
            /**The property `methodType`, optional.

The kind of payment method.

For example `credit card`.*/
            pub fn method_type<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.method_type = Ok(value.into_optional());
                self
            }
            /**The property `processor`, optional.

Payment processor.

For example `stripe`.*/
            pub fn processor<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.processor = Ok(value.into_optional());
                self
            }
            /**The property `provider`, optional.

Payment provider.

For example `verifone`.*/
            pub fn provider<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.provider = Ok(value.into_optional());
                self
            }
            /**The property `state`, optional.

The payment's state, such as PENDING.

For example `PENDING`.*/
            pub fn state<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.state = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::PaymentAuthorization`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PaymentAuthorization`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PaymentAuthorization {
            amount: Result<Option<f64>, String>,
            expiry: Result<Option<DateTime<Utc>>, String>,
            verifier: Result<Option<super::PaymentVerifier>, String>,
        }
        ::client_runtime::model_builder!(
            PaymentAuthorization => super::PaymentAuthorization,
            super::error::ConversionError; fields : amount, expiry, verifier; unset :
            amount, expiry, verifier; required :; defaults :
        );
        impl PaymentAuthorization {
            /**The property `amount`, optional.

The amount authorized.

For example `8`.*/
            pub fn amount<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.amount = value.into_field("amount");
                self
            }
            /**The property `expiry`, optional.

When the authorization expires.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn expiry<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.expiry = value.into_field("expiry");
                self
            }
            ///The property `verifier`, optional.
            pub fn verifier<T: IntoField<Option<super::PaymentVerifier>>>(
                mut self,
                value: T,
            ) -> Self {
                self.verifier = value.into_field("verifier");
                self
            }
        }
        ///Builds a [`super::PaymentVerifier`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PaymentVerifier`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PaymentVerifier {
            key: Result<Option<String>, String>,
            type_: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            PaymentVerifier => super::PaymentVerifier, super::error::ConversionError;
            fields : key, type_; unset : key, type_; required :; defaults :
        );
        impl PaymentVerifier {
            /**The property `key`, optional.

The verifier's key.

For example `CH39082K439R0`.*/
            pub fn key<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.key = Ok(value.into_optional());
                self
            }
            /**The property `type`, optional.

The kind of verifier, such as TOKEN.

For example `TOKEN`.*/
            pub fn type_<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.type_ = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::Payments`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Payments`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Payments {
            authorized: Result<Option<f64>, String>,
            collection: Result<Vec<super::Payment>, String>,
        }
        ::client_runtime::model_builder!(
            Payments => super::Payments, super::error::ConversionError; fields :
            authorized, collection; unset : authorized, collection; required :; defaults
            :
        );
        impl Payments {
            /**The property `authorized`, optional.

The amount authorized so far.

For example `800`.*/
            pub fn authorized<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.authorized = value.into_field("authorized");
                self
            }
            /**The property `collection`, optional.

The payments.*/
            pub fn collection<T: IntoList<super::Payment>>(mut self, value: T) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
        }
        ///Builds a [`super::Person`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Person`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Person {
            email: Result<Option<String>, String>,
            name: Result<Option<super::PersonName>, String>,
            phone: Result<Option<super::Phone>, String>,
        }
        ::client_runtime::model_builder!(
            Person => super::Person, super::error::ConversionError; fields : email, name,
            phone; unset : email, name, phone; required :; defaults :
        );
        impl Person {
            /**The property `email`, optional.

E-mail address.

Format `email`. For example `john@test.com`.*/
            pub fn email<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.email = Ok(value.into_optional());
                self
            }
            ///The property `name`, optional.
            pub fn name<T: IntoField<Option<super::PersonName>>>(
                mut self,
                value: T,
            ) -> Self {
                self.name = value.into_field("name");
                self
            }
            ///The property `phone`, optional.
            pub fn phone<T: IntoField<Option<super::Phone>>>(
                mut self,
                value: T,
            ) -> Self {
                self.phone = value.into_field("phone");
                self
            }
        }
        ///Builds a [`super::PersonName`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PersonName`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PersonName {
            first: Result<Option<String>, String>,
            last: Result<Option<String>, String>,
            middle: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            PersonName => super::PersonName, super::error::ConversionError; fields :
            first, last, middle; unset : first, last, middle; required :; defaults :
        );
        impl PersonName {
            /**The property `first`, optional.

First name.

For example `John`.*/
            pub fn first<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.first = Ok(value.into_optional());
                self
            }
            /**The property `last`, optional.

Last name.

For example `Doe`.*/
            pub fn last<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.last = Ok(value.into_optional());
                self
            }
            /**The property `middle`, optional.

Middle name or initial.

For example `S`.*/
            pub fn middle<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.middle = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::Phone`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Phone`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Phone {
            number: Result<Option<String>, String>,
            type_: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            Phone => super::Phone, super::error::ConversionError; fields : number, type_;
            unset : number, type_; required :; defaults :
        );
        impl Phone {
            /**The property `number`, optional.

The number.

For example `123-456-7890`.*/
            pub fn number<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.number = Ok(value.into_optional());
                self
            }
            /**The property `type`, optional.

The kind of phone, such as MOBILE.

For example `MOBILE`.*/
            pub fn type_<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.type_ = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::PickupPerson`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PickupPerson`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PickupPerson {
            primary: Result<Option<super::Person>, String>,
            secondary: Result<Vec<super::Person>, String>,
        }
        ::client_runtime::model_builder!(
            PickupPerson => super::PickupPerson, super::error::ConversionError; fields :
            primary, secondary; unset : primary, secondary; required :; defaults :
        );
        impl PickupPerson {
            ///The property `primary`, optional.
            pub fn primary<T: IntoField<Option<super::Person>>>(
                mut self,
                value: T,
            ) -> Self {
                self.primary = value.into_field("primary");
                self
            }
            /**The property `secondary`, optional.

Others who may pick them up.*/
            pub fn secondary<T: IntoList<super::Person>>(mut self, value: T) -> Self {
                self.secondary = field_value("secondary", value.into_list());
                self
            }
        }
        ///Builds a [`super::PriceSummary`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PriceSummary`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PriceSummary {
            adjustments: Result<Option<f64>, String>,
            discounts: Result<Option<f64>, String>,
            fees: Result<Option<f64>, String>,
            fulfillments: Result<Option<f64>, String>,
            subtotal: Result<Option<f64>, String>,
            tax: Result<Option<f64>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            PriceSummary => super::PriceSummary, super::error::ConversionError; fields :
            adjustments, discounts, fees, fulfillments, subtotal, tax, total; unset :
            adjustments, discounts, fees, fulfillments, subtotal, tax, total; required :;
            defaults :
        );
        impl PriceSummary {
            /**The property `adjustments`, optional.

Adjustments.

For example `10`.*/
            pub fn adjustments<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.adjustments = value.into_field("adjustments");
                self
            }
            /**The property `discounts`, optional.

Discounts.

For example `10`.*/
            pub fn discounts<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.discounts = value.into_field("discounts");
                self
            }
            /**The property `fees`, optional.

Fees.

For example `5`.*/
            pub fn fees<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.fees = value.into_field("fees");
                self
            }
            /**The property `fulfillments`, optional.

Fulfillment charges.

For example `25`.*/
            pub fn fulfillments<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.fulfillments = value.into_field("fulfillments");
                self
            }
            /**The property `subtotal`, optional.

Price of the items.

For example `750`.*/
            pub fn subtotal<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.subtotal = value.into_field("subtotal");
                self
            }
            /**The property `tax`, optional.

Tax.

For example `20`.*/
            pub fn tax<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.tax = value.into_field("tax");
                self
            }
            /**The property `total`, optional.

Total price.

For example `800`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::ProductValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ProductValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct ProductValidation {
            available_skus: Result<Vec<super::AvailableSku>, String>,
        }
        ::client_runtime::model_builder!(
            ProductValidation => super::ProductValidation, super::error::ConversionError;
            fields : available_skus; unset : available_skus; required :; defaults :
        );
        impl ProductValidation {
            /**The property `availableSkus`, optional.

The SKUs found available.*/
            pub fn available_skus<T: IntoList<super::AvailableSku>>(
                mut self,
                value: T,
            ) -> Self {
                self.available_skus = field_value("available_skus", value.into_list());
                self
            }
        }
        ///Builds a [`super::PromotionValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PromotionValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PromotionValidation {
            applied_coupons: Result<Vec<String>, String>,
            refresh_required: Result<Option<bool>, String>,
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            PromotionValidation => super::PromotionValidation,
            super::error::ConversionError; fields : applied_coupons, refresh_required,
            updated_at; unset : applied_coupons, refresh_required, updated_at; required
            :; defaults :
        );
        impl PromotionValidation {
            /**The property `appliedCoupons`, optional.

Codes of the coupons applied.*/
            pub fn applied_coupons<T: IntoList<String>>(mut self, value: T) -> Self {
                self.applied_coupons = field_value("applied_coupons", value.into_list());
                self
            }
            /**The property `refreshRequired`, optional.

Whether promotions must be checked again.

For example `false`.*/
            pub fn refresh_required<T: IntoField<Option<bool>>>(
                mut self,
                value: T,
            ) -> Self {
                self.refresh_required = value.into_field("refresh_required");
                self
            }
            /**The property `updatedAt`, optional.

When promotions were last checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::Proration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Proration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Proration {
            spread: Result<Vec<super::ProrationPart>, String>,
        }
        ::client_runtime::model_builder!(
            Proration => super::Proration, super::error::ConversionError; fields :
            spread; unset : spread; required :; defaults :
        );
        impl Proration {
            /**The property `spread`, optional.

The spread, part by part.*/
            pub fn spread<T: IntoList<super::ProrationPart>>(
                mut self,
                value: T,
            ) -> Self {
                self.spread = field_value("spread", value.into_list());
                self
            }
        }
        ///Builds a [`super::ProrationPart`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ProrationPart`, finishes it.
        #[derive(Clone, Debug)]
        pub struct ProrationPart {
            amount: Result<Option<f64>, String>,
            quantity: Result<Option<i32>, String>,
        }
        ::client_runtime::model_builder!(
            ProrationPart => super::ProrationPart, super::error::ConversionError; fields
            : amount, quantity; unset : amount, quantity; required :; defaults :
        );
        impl ProrationPart {
            /**The property `amount`, optional.

The part's discount.

For example `5`.*/
            pub fn amount<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.amount = value.into_field("amount");
                self
            }
            /**The property `quantity`, optional.

How many units it covers.

Format `int32`. For example `3`.*/
            pub fn quantity<T: IntoField<Option<i32>>>(mut self, value: T) -> Self {
                self.quantity = value.into_field("quantity");
                self
            }
        }
        ///Builds a [`super::Segment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Segment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Segment {
            name: Result<Option<String>, String>,
            value: Result<Vec<String>, String>,
        }
        ::client_runtime::model_builder!(
            Segment => super::Segment, super::error::ConversionError; fields : name,
            value; unset : name, value; required :; defaults :
        );
        impl Segment {
            /**The property `name`, optional.

The segment's name.

For example `membership`.*/
            pub fn name<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.name = Ok(value.into_optional());
                self
            }
            /**The property `value`, optional.

The customer's values in the segment.*/
            pub fn value<T: IntoList<String>>(mut self, value: T) -> Self {
                self.value = field_value("value", value.into_list());
                self
            }
        }
        ///Builds a [`super::StateEntry`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `StateEntry`, finishes it.
        #[derive(Clone, Debug)]
        pub struct StateEntry {
            description: Result<Option<String>, String>,
            key: Result<Option<String>, String>,
            resource: Result<Option<String>, String>,
            resource_id: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            StateEntry => super::StateEntry, super::error::ConversionError; fields :
            description, key, resource, resource_id; unset : description, key, resource,
            resource_id; required :; defaults :
        );
        impl StateEntry {
            /**The property `description`, optional.

What is lacking, in words.

For example `No payment details have been added to this Cart`.*/
            pub fn description<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.description = Ok(value.into_optional());
                self
            }
            /**The property `key`, optional.

What is lacking, such as MISSING_PAYMENT_DETAILS.

For example `MISSING_PAYMENT_DETAILS`.*/
            pub fn key<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.key = Ok(value.into_optional());
                self
            }
            /**The property `resource`, optional.

The kind of resource, such as CART.

For example `CART`.*/
            pub fn resource<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.resource = Ok(value.into_optional());
                self
            }
            /**The property `resourceId`, optional.

The resource's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn resource_id<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.resource_id = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::Tax`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Tax`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Tax {
            amount: Result<Option<f64>, String>,
            attributes: Result<Option<super::Attributes>, String>,
        }
        ::client_runtime::model_builder!(
            Tax => super::Tax, super::error::ConversionError; fields : amount,
            attributes; unset : amount, attributes; required :; defaults :
        );
        impl Tax {
            /**The property `amount`, optional.

The tax amount.

For example `3`.*/
            pub fn amount<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.amount = value.into_field("amount");
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T: IntoField<Option<super::Attributes>>>(
                mut self,
                value: T,
            ) -> Self {
                self.attributes = value.into_field("attributes");
                self
            }
        }
        ///Builds a [`super::TaxDetails`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `TaxDetails`, finishes it.
        #[derive(Clone, Debug)]
        pub struct TaxDetails {
            destination_address: Result<Option<String>, String>,
            origin_address: Result<Option<String>, String>,
        }
        ::client_runtime::model_builder!(
            TaxDetails => super::TaxDetails, super::error::ConversionError; fields :
            destination_address, origin_address; unset : destination_address,
            origin_address; required :; defaults :
        );
        impl TaxDetails {
            /**The property `destinationAddress`, optional.

The destination address's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn destination_address<T: IntoOptional<String>>(
                mut self,
                value: T,
            ) -> Self {
                self.destination_address = Ok(value.into_optional());
                self
            }
            /**The property `originAddress`, optional.

The origin address's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn origin_address<T: IntoOptional<String>>(mut self, value: T) -> Self {
                self.origin_address = Ok(value.into_optional());
                self
            }
        }
        ///Builds a [`super::TaxValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `TaxValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct TaxValidation {
            updated_at: Result<Option<DateTime<Utc>>, String>,
        }
        ::client_runtime::model_builder!(
            TaxValidation => super::TaxValidation, super::error::ConversionError; fields
            : updated_at; unset : updated_at; required :; defaults :
        );
        impl TaxValidation {
            /**The property `updatedAt`, optional.

When tax was last calculated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T: IntoField<Option<DateTime<Utc>>>>(
                mut self,
                value: T,
            ) -> Self {
                self.updated_at = value.into_field("updated_at");
                self
            }
        }
        ///Builds a [`super::Taxes`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Taxes`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Taxes {
            collection: Result<Vec<super::Tax>, String>,
            total: Result<Option<f64>, String>,
        }
        ::client_runtime::model_builder!(
            Taxes => super::Taxes, super::error::ConversionError; fields : collection,
            total; unset : collection, total; required :; defaults :
        );
        impl Taxes {
            /**The property `collection`, optional.

The taxes.*/
            pub fn collection<T: IntoList<super::Tax>>(mut self, value: T) -> Self {
                self.collection = field_value("collection", value.into_list());
                self
            }
            /**The property `total`, optional.

The taxes' total.

For example `3`.*/
            pub fn total<T: IntoField<Option<f64>>>(mut self, value: T) -> Self {
                self.total = value.into_field("total");
                self
            }
        }
        ///Builds a [`super::Validations`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Validations`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Validations {
            line_items: Result<Vec<super::LineItemValidation>, String>,
            product: Result<Option<super::ProductValidation>, String>,
            promotions: Result<Option<super::PromotionValidation>, String>,
            tax: Result<Option<super::TaxValidation>, String>,
        }
        ::client_runtime::model_builder!(
            Validations => super::Validations, super::error::ConversionError; fields :
            line_items, product, promotions, tax; unset : line_items, product,
            promotions, tax; required :; defaults :
        );
        impl Validations {
            /**The property `lineItems`, optional.

Per line item.*/
            pub fn line_items<T: IntoList<super::LineItemValidation>>(
                mut self,
                value: T,
            ) -> Self {
                self.line_items = field_value("line_items", value.into_list());
                self
            }
            ///The property `product`, optional.
            pub fn product<T: IntoField<Option<super::ProductValidation>>>(
                mut self,
                value: T,
            ) -> Self {
                self.product = value.into_field("product");
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T: IntoField<Option<super::PromotionValidation>>>(
                mut self,
                value: T,
            ) -> Self {
                self.promotions = value.into_field("promotions");
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T: IntoField<Option<super::TaxValidation>>>(
                mut self,
                value: T,
            ) -> Self {
                self.tax = value.into_field("tax");
                self
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

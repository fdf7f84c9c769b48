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
    ///A postal address with contact details.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Address {
        ///First address line.
        #[serde(
            rename = "addressLine1",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub address_line1: ::std::option::Option<::std::string::String>,
        ///Second address line.
        #[serde(
            rename = "addressLine2",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub address_line2: ::std::option::Option<::std::string::String>,
        ///Third address line.
        #[serde(
            rename = "addressLine3",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub address_line3: ::std::option::Option<::std::string::String>,
        ///Fourth address line.
        #[serde(
            rename = "addressLine4",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub address_line4: ::std::option::Option<::std::string::String>,
        ///City.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///Country.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///When the address was added.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///E-mail address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The address's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The property `name`: A person's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<PersonName>,
        ///The property `phone`: A phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<Phone>,
        ///Postal code.
        #[serde(
            rename = "postalCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postal_code: ::std::option::Option<::std::string::String>,
        ///Region, state or province.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        ///When the address was last updated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Address {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Address {
            Default::default()
        }
    }
    ///A price adjustment, such as one made by a customer representative.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Adjustment {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///When the adjustment was made.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The adjustment's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<Amount>,
        ///Why the price was adjusted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        ///When the adjustment was last updated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Adjustment {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Adjustment {
            Default::default()
        }
    }
    ///Price adjustments, and their total.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Adjustments {
        ///The adjustments.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<Adjustment>,
        ///The adjustments' total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl Adjustments {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Adjustments {
            Default::default()
        }
    }
    ///An amount of money.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Amount {
        ///The amount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: ::std::option::Option<f64>,
    }
    impl Amount {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Amount {
            Default::default()
        }
    }
    ///A promotion's share of the discount on a line item or fulfillment.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct AppliedPromotion {
        ///The discount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: ::std::option::Option<f64>,
        ///The promotion's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The property `proration`: How a discount is spread over units.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub proration: ::std::option::Option<Proration>,
        ///How many units the discount covers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i32>,
    }
    impl AppliedPromotion {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::AppliedPromotion {
            Default::default()
        }
    }
    ///Promotions applied to a line item or a fulfillment, and their total.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct AppliedPromotions {
        ///The promotions.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<AppliedPromotion>,
        ///Their total discount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl AppliedPromotions {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::AppliedPromotions {
            Default::default()
        }
    }
    ///Custom attributes; any JSON values, keyed by name.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct Attributes(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for Attributes {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<Attributes>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: Attributes) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for Attributes {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///A SKU found available.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct AvailableSku {
        ///The most that may be ordered.
        #[serde(
            rename = "maxQuantity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_quantity: ::std::option::Option<i32>,
        ///The SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sku: ::std::option::Option<::std::string::String>,
        ///When it was checked.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl AvailableSku {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::AvailableSku {
            Default::default()
        }
    }
    ///What the cart does on each action when a check fails, such as REJECT or WARN.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Behaviors {
        ///On adding an item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub add: ::std::option::Option<::std::string::String>,
        ///When cached data has expired (a behavior, not a duration).
        #[serde(
            rename = "cacheExpiry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cache_expiry: ::std::option::Option<::std::string::String>,
        ///On reading the cart.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub get: ::std::option::Option<::std::string::String>,
        ///On updating an item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update: ::std::option::Option<::std::string::String>,
    }
    impl Behaviors {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Behaviors {
            Default::default()
        }
    }
    ///Configuration of one data source the cart caches (product, inventory, tax, promotions).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct CachedSourceConfiguration {
        ///The property `behaviors`: What the cart does on each action when a check fails, such as REJECT or WARN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub behaviors: ::std::option::Option<Behaviors>,
        ///How long cached data stays fresh, in seconds.
        #[serde(
            rename = "cacheExpiry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cache_expiry: ::std::option::Option<i64>,
        ///What inventory is checked by, such as SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub check: ::std::option::Option<::std::string::String>,
        ///The property `maxQuantity`: The most of one item a cart may hold.
        #[serde(
            rename = "maxQuantity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_quantity: ::std::option::Option<MaxQuantity>,
    }
    impl CachedSourceConfiguration {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::CachedSourceConfiguration {
            Default::default()
        }
    }
    ///An error.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct CartError {
        ///What went wrong.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The kind of error.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl CartError {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::CartError {
            Default::default()
        }
    }
    ///A promotion applied to the cart.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct CartPromotion {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///The promotion's code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The promotion's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The promotion's title.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        ///The kind of discount, such as PERCENTAGE.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///The discount's value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub value: ::std::option::Option<f64>,
    }
    impl CartPromotion {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::CartPromotion {
            Default::default()
        }
    }
    ///Promotions applied to the whole cart.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct CartPromotions {
        ///The promotions.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<CartPromotion>,
        ///Their total discount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl CartPromotions {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::CartPromotions {
            Default::default()
        }
    }
    ///How the cart behaves when its data is missing, stale or invalid.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Configuration {
        ///The property `inventory`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inventory: ::std::option::Option<CachedSourceConfiguration>,
        ///The property `maxQuantity`: The most of one item a cart may hold.
        #[serde(
            rename = "maxQuantity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_quantity: ::std::option::Option<MaxQuantity>,
        ///The property `order`: Order-level configuration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<OrderConfiguration>,
        ///The property `product`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<CachedSourceConfiguration>,
        ///The property `promotions`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub promotions: ::std::option::Option<CachedSourceConfiguration>,
        ///The property `tax`: Configuration of one data source the cart caches (product, inventory, tax, promotions).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<CachedSourceConfiguration>,
    }
    impl Configuration {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Configuration {
            Default::default()
        }
    }
    ///A coupon.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Coupon {
        ///The coupon's code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///When the coupon was last updated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Coupon {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Coupon {
            Default::default()
        }
    }
    ///Who the cart belongs to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct CustomerContext {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///The customer's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The customer's segments.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub segments: ::std::vec::Vec<Segment>,
        ///The shopping session's ID.
        #[serde(
            rename = "sessionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub session_id: ::std::option::Option<::std::string::String>,
    }
    impl CustomerContext {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::CustomerContext {
            Default::default()
        }
    }
    ///The order the draft became, if any.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct DraftOrder {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///The order's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The order's line items.
        #[serde(
            rename = "lineItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub line_items: ::std::vec::Vec<DraftOrderLineItem>,
        ///The order number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub number: ::std::option::Option<::std::string::String>,
    }
    impl DraftOrder {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::DraftOrder {
            Default::default()
        }
    }
    ///A line item of the order.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct DraftOrderLineItem {
        ///The line item's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The property `supplementaryData`: Custom attributes; any JSON values, keyed by name.
        #[serde(
            rename = "supplementaryData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub supplementary_data: ::std::option::Option<Attributes>,
    }
    impl DraftOrderLineItem {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::DraftOrderLineItem {
            Default::default()
        }
    }
    ///A fee, such as an eco fee.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Fee {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///When the fee was added.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The fee's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The fee's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<Amount>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Taxes>,
        ///The property `taxDetails`: The addresses a tax is calculated between.
        #[serde(
            rename = "taxDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_details: ::std::option::Option<TaxDetails>,
        ///Whether the fee is taxed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub taxable: ::std::option::Option<bool>,
        ///When the fee was last updated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Fee {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Fee {
            Default::default()
        }
    }
    ///Fees, and their total.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Fees {
        ///The fees.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<Fee>,
        ///The fees' total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl Fees {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Fees {
            Default::default()
        }
    }
    ///A fulfillment of some of the draft's items.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Fulfillment {
        ///The property `adjustments`: Price adjustments, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adjustments: ::std::option::Option<Adjustments>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///The destination address's ID.
        #[serde(
            rename = "destinationAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub destination_address: ::std::option::Option<::std::string::String>,
        ///The property `fees`: Fees, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fees: ::std::option::Option<Fees>,
        ///The fulfillment's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The location it is fulfilled from.
        #[serde(
            rename = "locationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location_id: ::std::option::Option<::std::string::String>,
        ///The origin address's ID.
        #[serde(
            rename = "originAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub origin_address: ::std::option::Option<::std::string::String>,
        ///The property `pickupPerson`: Who may pick up the items.
        #[serde(
            rename = "pickupPerson",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pickup_person: ::std::option::Option<PickupPerson>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<Amount>,
        ///The property `promotions`: Promotions applied to a line item or a fulfillment, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub promotions: ::std::option::Option<AppliedPromotions>,
        ///A reference the caller gave the fulfillment.
        #[serde(
            rename = "refId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ref_id: ::std::option::Option<::std::string::String>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Taxes>,
        ///The kind of fulfillment, such as SHIP_TO.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl Fulfillment {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Fulfillment {
            Default::default()
        }
    }
    ///The inventory a line item is fulfilled from.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct FulfillmentInventory {
        ///The property `channels`: The inventory network used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channels: ::std::option::Option<InventoryChannels>,
        ///The kind of inventory, such as backOrder.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl FulfillmentInventory {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::FulfillmentInventory {
            Default::default()
        }
    }
    ///The inventory network used.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct InventoryChannels {
        ///The network's code, such as ShipToHome.
        #[serde(
            rename = "networkCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub network_code: ::std::option::Option<::std::string::String>,
    }
    impl InventoryChannels {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::InventoryChannels {
            Default::default()
        }
    }
    ///Units available by kind of stock.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct InventoryCounters {
        ///Units available on back order.
        #[serde(
            rename = "backOrder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub back_order: ::std::option::Option<i32>,
        ///Units available on pre-order.
        #[serde(
            rename = "preOrder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pre_order: ::std::option::Option<i32>,
    }
    impl InventoryCounters {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::InventoryCounters {
            Default::default()
        }
    }
    ///The latest inventory check of a line item.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct InventoryValidation {
        ///The property `channels`: The inventory network used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channels: ::std::option::Option<InventoryChannels>,
        ///The property `counters`: Units available by kind of stock.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub counters: ::std::option::Option<InventoryCounters>,
        ///When inventory was last checked.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl InventoryValidation {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::InventoryValidation {
            Default::default()
        }
    }
    ///How many items the draft holds.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct ItemSummary {
        ///The number of items, as the server counts them (the documented draft shows 1 for one line item of quantity 10).
        #[serde(
            rename = "totalItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_items: ::std::option::Option<i32>,
        ///The number of distinct items.
        #[serde(
            rename = "totalUniqueItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_unique_items: ::std::option::Option<i32>,
    }
    impl ItemSummary {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::ItemSummary {
            Default::default()
        }
    }
    ///A line item.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct LineItem {
        ///The property `adjustments`: Price adjustments, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adjustments: ::std::option::Option<Adjustments>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///When the line item was added.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The property `fees`: Fees, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fees: ::std::option::Option<Fees>,
        ///The property `fulfillment`: How a line item is fulfilled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fulfillment: ::std::option::Option<LineItemFulfillment>,
        ///The line item's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The line item's position in the cart.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position: ::std::option::Option<i32>,
        ///The property `price`: A line item's price.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<LinePrice>,
        ///The price list the price came from.
        #[serde(
            rename = "priceListId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub price_list_id: ::std::option::Option<::std::string::String>,
        ///The property `promotions`: Promotions applied to a line item or a fulfillment, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub promotions: ::std::option::Option<AppliedPromotions>,
        ///Quantity.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i32>,
        ///A reference the caller gave the line item.
        #[serde(
            rename = "refId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ref_id: ::std::option::Option<::std::string::String>,
        ///The product's SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sku: ::std::option::Option<::std::string::String>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Taxes>,
        ///Tax code.
        #[serde(
            rename = "taxCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_code: ::std::option::Option<::std::string::String>,
        ///When the line item was last updated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl LineItem {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::LineItem {
            Default::default()
        }
    }
    ///How a line item is fulfilled.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct LineItemFulfillment {
        ///The fulfillment's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The property `inventory`: The inventory a line item is fulfilled from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inventory: ::std::option::Option<FulfillmentInventory>,
        ///The property `price`: An amount of money.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<Amount>,
        ///The property `tax`: Taxes, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Taxes>,
    }
    impl LineItemFulfillment {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::LineItemFulfillment {
            Default::default()
        }
    }
    ///The latest check of one line item.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct LineItemValidation {
        ///The property `inventory`: The latest inventory check of a line item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inventory: ::std::option::Option<InventoryValidation>,
        ///The product's SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sku: ::std::option::Option<::std::string::String>,
    }
    impl LineItemValidation {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::LineItemValidation {
            Default::default()
        }
    }
    ///The draft's line items, and their total.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct LineItems {
        ///The line items.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<LineItem>,
        ///The line items' total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl LineItems {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::LineItems {
            Default::default()
        }
    }
    ///A line item's price.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct LinePrice {
        ///Price of the line (unit price times quantity).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: ::std::option::Option<f64>,
        ///Price of one unit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub unit: ::std::option::Option<f64>,
    }
    impl LinePrice {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::LinePrice {
            Default::default()
        }
    }
    ///The most of one item a cart may hold.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct MaxQuantity {
        ///The property `behaviors`: What the cart does on each action when a check fails, such as REJECT or WARN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub behaviors: ::std::option::Option<Behaviors>,
        ///The quantity limit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i32>,
    }
    impl MaxQuantity {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::MaxQuantity {
            Default::default()
        }
    }
    ///Order-level configuration.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct OrderConfiguration {
        ///The property `validate`: What to do when an order is placed with something missing or invalid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validate: ::std::option::Option<OrderValidation>,
    }
    impl OrderConfiguration {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::OrderConfiguration {
            Default::default()
        }
    }
    ///An order draft made from a cart.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct OrderDraft {
        ///The draft's addresses, keyed by address ID (without hyphens).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub addresses: ::std::collections::BTreeMap<::std::string::String, Address>,
        ///The property `adjustments`: Price adjustments, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adjustments: ::std::option::Option<Adjustments>,
        ///Coupons applied.
        #[serde(
            rename = "appliedCoupons",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub applied_coupons: ::std::vec::Vec<Coupon>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///The cart the draft was made from.
        #[serde(
            rename = "cartId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cart_id: ::std::option::Option<::std::string::String>,
        ///The sales channel ID.
        #[serde(
            rename = "channelId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_id: ::std::option::Option<::std::string::String>,
        ///The property `configuration`: How the cart behaves when its data is missing, stale or invalid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub configuration: ::std::option::Option<Configuration>,
        ///Coupons entered.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub coupons: ::std::vec::Vec<Coupon>,
        ///When the draft was created.
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Currency code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The property `customerContext`: Who the cart belongs to.
        #[serde(
            rename = "customerContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_context: ::std::option::Option<CustomerContext>,
        ///The property `fees`: Fees, and their total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fees: ::std::option::Option<Fees>,
        ///The draft's fulfillments, keyed by fulfillment ID (without hyphens).
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub fulfillments: ::std::collections::BTreeMap<
            ::std::string::String,
            Fulfillment,
        >,
        ///The property `lineItems`: The draft's line items, and their total.
        #[serde(
            rename = "lineItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub line_items: ::std::option::Option<LineItems>,
        ///Coupons entered but not applied.
        #[serde(
            rename = "notAppliedCoupons",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub not_applied_coupons: ::std::vec::Vec<Coupon>,
        ///The property `order`: The order the draft became, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<DraftOrder>,
        ///The property `payments`: The draft's payments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payments: ::std::option::Option<Payments>,
        ///The property `price`: The draft's price, by part.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<PriceSummary>,
        ///The property `promotions`: Promotions applied to the whole cart.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub promotions: ::std::option::Option<CartPromotions>,
        ///What the draft still lacks before it can become an order.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub state: ::std::vec::Vec<StateEntry>,
        ///The draft's status, such as ACTIVE.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///The property `summary`: How many items the draft holds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<ItemSummary>,
        ///When the draft was last updated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The property `validations`: The results of the cart's latest checks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validations: ::std::option::Option<Validations>,
    }
    impl OrderDraft {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::OrderDraft {
            Default::default()
        }
    }
    ///What to do when an order is placed with something missing or invalid.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct OrderValidation {
        ///When an item is invalid.
        #[serde(
            rename = "invalidItem",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invalid_item: ::std::option::Option<::std::string::String>,
        ///When an item is out of stock.
        #[serde(
            rename = "itemOutOfStock",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub item_out_of_stock: ::std::option::Option<::std::string::String>,
        ///When payments do not cover the total, such as BLOCK.
        #[serde(
            rename = "paymentsRemaining",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payments_remaining: ::std::option::Option<::std::string::String>,
        ///When tax is not calculated.
        #[serde(
            rename = "taxRemaining",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_remaining: ::std::option::Option<::std::string::String>,
    }
    impl OrderValidation {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::OrderValidation {
            Default::default()
        }
    }
    ///A payment.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Payment {
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
        ///The property `authorization`: A payment's authorization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization: ::std::option::Option<PaymentAuthorization>,
        ///The bill-to address's ID.
        #[serde(
            rename = "billToAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bill_to_address: ::std::option::Option<::std::string::String>,
        ///The property `cardDetails`: Custom attributes; any JSON values, keyed by name.
        #[serde(
            rename = "cardDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub card_details: ::std::option::Option<Attributes>,
        ///The payment's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Payment method.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        ///The kind of payment method.
        #[serde(
            rename = "methodType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method_type: ::std::option::Option<::std::string::String>,
        ///Payment processor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processor: ::std::option::Option<::std::string::String>,
        ///Payment provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        ///The payment's state, such as PENDING.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl Payment {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Payment {
            Default::default()
        }
    }
    ///A payment's authorization.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct PaymentAuthorization {
        ///The amount authorized.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: ::std::option::Option<f64>,
        ///When the authorization expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub expiry: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The property `verifier`: What verifies the authorization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verifier: ::std::option::Option<PaymentVerifier>,
    }
    impl PaymentAuthorization {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::PaymentAuthorization {
            Default::default()
        }
    }
    ///What verifies the authorization.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct PaymentVerifier {
        ///The verifier's key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The kind of verifier, such as TOKEN.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl PaymentVerifier {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::PaymentVerifier {
            Default::default()
        }
    }
    ///The draft's payments.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Payments {
        ///The amount authorized so far.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub authorized: ::std::option::Option<f64>,
        ///The payments.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<Payment>,
    }
    impl Payments {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Payments {
            Default::default()
        }
    }
    ///A person and how to reach them.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Person {
        ///E-mail address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The property `name`: A person's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<PersonName>,
        ///The property `phone`: A phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<Phone>,
    }
    impl Person {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Person {
            Default::default()
        }
    }
    ///A person's name.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct PersonName {
        ///First name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first: ::std::option::Option<::std::string::String>,
        ///Last name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        ///Middle name or initial.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub middle: ::std::option::Option<::std::string::String>,
    }
    impl PersonName {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::PersonName {
            Default::default()
        }
    }
    ///A phone number.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Phone {
        ///The number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub number: ::std::option::Option<::std::string::String>,
        ///The kind of phone, such as MOBILE.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl Phone {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Phone {
            Default::default()
        }
    }
    ///Who may pick up the items.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct PickupPerson {
        ///The property `primary`: A person and how to reach them.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary: ::std::option::Option<Person>,
        ///Others who may pick them up.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub secondary: ::std::vec::Vec<Person>,
    }
    impl PickupPerson {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::PickupPerson {
            Default::default()
        }
    }
    ///The draft's price, by part.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct PriceSummary {
        ///Adjustments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub adjustments: ::std::option::Option<f64>,
        ///Discounts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub discounts: ::std::option::Option<f64>,
        ///Fees.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub fees: ::std::option::Option<f64>,
        ///Fulfillment charges.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub fulfillments: ::std::option::Option<f64>,
        ///Price of the items.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub subtotal: ::std::option::Option<f64>,
        ///Tax.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub tax: ::std::option::Option<f64>,
        ///Total price.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl PriceSummary {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::PriceSummary {
            Default::default()
        }
    }
    ///The latest product check.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct ProductValidation {
        ///The SKUs found available.
        #[serde(
            rename = "availableSkus",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub available_skus: ::std::vec::Vec<AvailableSku>,
    }
    impl ProductValidation {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::ProductValidation {
            Default::default()
        }
    }
    ///The latest promotion check.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct PromotionValidation {
        ///Codes of the coupons applied.
        #[serde(
            rename = "appliedCoupons",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub applied_coupons: ::std::vec::Vec<::std::string::String>,
        ///Whether promotions must be checked again.
        #[serde(
            rename = "refreshRequired",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_required: ::std::option::Option<bool>,
        ///When promotions were last checked.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl PromotionValidation {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::PromotionValidation {
            Default::default()
        }
    }
    ///How a discount is spread over units.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Proration {
        ///The spread, part by part.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub spread: ::std::vec::Vec<ProrationPart>,
    }
    impl Proration {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Proration {
            Default::default()
        }
    }
    ///A part of a prorated discount.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct ProrationPart {
        ///The part's discount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: ::std::option::Option<f64>,
        ///How many units it covers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<i32>,
    }
    impl ProrationPart {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::ProrationPart {
            Default::default()
        }
    }
    ///A customer segment and its values.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Segment {
        ///The segment's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The customer's values in the segment.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<::std::string::String>,
    }
    impl Segment {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Segment {
            Default::default()
        }
    }
    ///One thing the draft lacks.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct StateEntry {
        ///What is lacking, in words.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///What is lacking, such as MISSING_PAYMENT_DETAILS.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The kind of resource, such as CART.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource: ::std::option::Option<::std::string::String>,
        ///The resource's ID.
        #[serde(
            rename = "resourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resource_id: ::std::option::Option<::std::string::String>,
    }
    impl StateEntry {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::StateEntry {
            Default::default()
        }
    }
    ///One tax.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Tax {
        ///The tax amount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub amount: ::std::option::Option<f64>,
        ///The property `attributes`: Custom attributes; any JSON values, keyed by name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attributes: ::std::option::Option<Attributes>,
    }
    impl Tax {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Tax {
            Default::default()
        }
    }
    ///The addresses a tax is calculated between.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct TaxDetails {
        ///The destination address's ID.
        #[serde(
            rename = "destinationAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub destination_address: ::std::option::Option<::std::string::String>,
        ///The origin address's ID.
        #[serde(
            rename = "originAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub origin_address: ::std::option::Option<::std::string::String>,
    }
    impl TaxDetails {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::TaxDetails {
            Default::default()
        }
    }
    ///The latest tax calculation.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct TaxValidation {
        ///When tax was last calculated.
        #[serde(
            rename = "updatedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl TaxValidation {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::TaxValidation {
            Default::default()
        }
    }
    ///Taxes, and their total.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Taxes {
        ///The taxes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub collection: ::std::vec::Vec<Tax>,
        ///The taxes' total.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(serialize_with = "::client_runtime::number::serialize_option")]
        pub total: ::std::option::Option<f64>,
    }
    impl Taxes {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Taxes {
            Default::default()
        }
    }
    ///The results of the cart's latest checks.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    #[non_exhaustive]
    pub struct Validations {
        ///Per line item.
        #[serde(
            rename = "lineItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub line_items: ::std::vec::Vec<LineItemValidation>,
        ///The property `product`: The latest product check.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub product: ::std::option::Option<ProductValidation>,
        ///The property `promotions`: The latest promotion check.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub promotions: ::std::option::Option<PromotionValidation>,
        ///The property `tax`: The latest tax calculation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<TaxValidation>,
    }
    impl Validations {
        ///A builder of this type: set its fields, then pass it where the type is taken, or finish it with `try_into()`.
        pub fn builder() -> builder::Validations {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        ///Builds a [`super::Address`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Address`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Address {
            address_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_line4: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::PersonName>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<super::Phone>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Address {
            fn default() -> Self {
                Self {
                    address_line1: Ok(Default::default()),
                    address_line2: Ok(Default::default()),
                    address_line3: Ok(Default::default()),
                    address_line4: Ok(Default::default()),
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    email: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                    region: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Address {
            /**The property `addressLine1`, optional.

First address line.

For example `123 Park Road`.*/
            pub fn address_line1<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.address_line1 = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `addressLine2`, optional.

Second address line.

For example `Unit 4`.*/
            pub fn address_line2<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.address_line2 = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `addressLine3`, optional.

Third address line.

For example `Building B`.*/
            pub fn address_line3<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.address_line3 = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `addressLine4`, optional.

Fourth address line.

For example `Floor 2`.*/
            pub fn address_line4<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.address_line4 = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `city`, optional.

City.

For example `Santa Cruz`.*/
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.city = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `country`, optional.

Country.

For example `USA`.*/
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.country = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `createdAt`, optional.

When the address was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /**The property `email`, optional.

E-mail address.

Format `email`. For example `john@test.com`.*/
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.email = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `id`, optional.

The address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `name`, optional.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PersonName>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The property `phone`, optional.
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Phone>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            /**The property `postalCode`, optional.

Postal code.

For example `12345`.*/
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.postal_code = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `region`, optional.

Region, state or province.

For example `California`.*/
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.region = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `updatedAt`, optional.

When the address was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Address> for super::Address {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Address,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address_line1: value.address_line1?,
                    address_line2: value.address_line2?,
                    address_line3: value.address_line3?,
                    address_line4: value.address_line4?,
                    city: value.city?,
                    country: value.country?,
                    created_at: value.created_at?,
                    email: value.email?,
                    id: value.id?,
                    name: value.name?,
                    phone: value.phone?,
                    postal_code: value.postal_code?,
                    region: value.region?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Address> for Address {
            fn from(value: super::Address) -> Self {
                Self {
                    address_line1: Ok(value.address_line1),
                    address_line2: Ok(value.address_line2),
                    address_line3: Ok(value.address_line3),
                    address_line4: Ok(value.address_line4),
                    city: Ok(value.city),
                    country: Ok(value.country),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    postal_code: Ok(value.postal_code),
                    region: Ok(value.region),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::Adjustment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Adjustment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Adjustment {
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Adjustment {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    price: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Adjustment {
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `createdAt`, optional.

When the adjustment was made.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The adjustment's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `price`, optional.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            /**The property `reason`, optional.

Why the price was adjusted.

For example `Price adjustment from customer representative.`.*/
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.reason = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `updatedAt`, optional.

When the adjustment was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Adjustment> for super::Adjustment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Adjustment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    created_at: value.created_at?,
                    id: value.id?,
                    price: value.price?,
                    reason: value.reason?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Adjustment> for Adjustment {
            fn from(value: super::Adjustment) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    price: Ok(value.price),
                    reason: Ok(value.reason),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::Adjustments`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Adjustments`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Adjustments {
            collection: ::std::result::Result<
                ::std::vec::Vec<super::Adjustment>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Adjustments {
            fn default() -> Self {
                Self {
                    collection: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl Adjustments {
            /**The property `collection`, optional.

The adjustments.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Adjustment>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            /**The property `total`, optional.

The adjustments' total.

For example `2`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Adjustments> for super::Adjustments {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Adjustments,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collection: value.collection?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::Adjustments> for Adjustments {
            fn from(value: super::Adjustments) -> Self {
                Self {
                    collection: Ok(value.collection),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::Amount`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Amount`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Amount {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Amount {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                }
            }
        }
        impl Amount {
            /**The property `amount`, optional.

The amount.

For example `12.99`.*/
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Amount> for super::Amount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Amount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { amount: value.amount? })
            }
        }
        impl ::std::convert::From<super::Amount> for Amount {
            fn from(value: super::Amount) -> Self {
                Self { amount: Ok(value.amount) }
            }
        }
        ///Builds a [`super::AppliedPromotion`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AppliedPromotion`, finishes it.
        #[derive(Clone, Debug)]
        pub struct AppliedPromotion {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            proration: ::std::result::Result<
                ::std::option::Option<super::Proration>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AppliedPromotion {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    id: Ok(Default::default()),
                    proration: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                }
            }
        }
        impl AppliedPromotion {
            /**The property `amount`, optional.

The discount.

For example `15`.*/
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The promotion's ID.

For example `bb44db95-6fbd-4eed-a1ed-4d99bc91250f`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `proration`, optional.
            pub fn proration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Proration>>,
                T::Error: ::std::fmt::Display,
            {
                self.proration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proration: {e}")
                    });
                self
            }
            /**The property `quantity`, optional.

How many units the discount covers.

Format `int32`. For example `3`.*/
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AppliedPromotion> for super::AppliedPromotion {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppliedPromotion,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    id: value.id?,
                    proration: value.proration?,
                    quantity: value.quantity?,
                })
            }
        }
        impl ::std::convert::From<super::AppliedPromotion> for AppliedPromotion {
            fn from(value: super::AppliedPromotion) -> Self {
                Self {
                    amount: Ok(value.amount),
                    id: Ok(value.id),
                    proration: Ok(value.proration),
                    quantity: Ok(value.quantity),
                }
            }
        }
        ///Builds a [`super::AppliedPromotions`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AppliedPromotions`, finishes it.
        #[derive(Clone, Debug)]
        pub struct AppliedPromotions {
            collection: ::std::result::Result<
                ::std::vec::Vec<super::AppliedPromotion>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AppliedPromotions {
            fn default() -> Self {
                Self {
                    collection: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl AppliedPromotions {
            /**The property `collection`, optional.

The promotions.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::AppliedPromotion>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            /**The property `total`, optional.

Their total discount.

For example `2`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AppliedPromotions> for super::AppliedPromotions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppliedPromotions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collection: value.collection?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::AppliedPromotions> for AppliedPromotions {
            fn from(value: super::AppliedPromotions) -> Self {
                Self {
                    collection: Ok(value.collection),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::AvailableSku`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AvailableSku`, finishes it.
        #[derive(Clone, Debug)]
        pub struct AvailableSku {
            max_quantity: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            sku: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AvailableSku {
            fn default() -> Self {
                Self {
                    max_quantity: Ok(Default::default()),
                    sku: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl AvailableSku {
            /**The property `maxQuantity`, optional.

The most that may be ordered.

Format `int32`. For example `100`.*/
            pub fn max_quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_quantity: {e}")
                    });
                self
            }
            /**The property `sku`, optional.

The SKU.

For example `SKU3`.*/
            pub fn sku<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.sku = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `updatedAt`, optional.

When it was checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AvailableSku> for super::AvailableSku {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AvailableSku,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_quantity: value.max_quantity?,
                    sku: value.sku?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::AvailableSku> for AvailableSku {
            fn from(value: super::AvailableSku) -> Self {
                Self {
                    max_quantity: Ok(value.max_quantity),
                    sku: Ok(value.sku),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::Behaviors`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Behaviors`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Behaviors {
            add: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cache_expiry: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            get: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            update: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Behaviors {
            fn default() -> Self {
                Self {
                    add: Ok(Default::default()),
                    cache_expiry: Ok(Default::default()),
                    get: Ok(Default::default()),
                    update: Ok(Default::default()),
                }
            }
        }
        impl Behaviors {
            /**The property `add`, optional.

On adding an item.

For example `REJECT`.*/
            pub fn add<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.add = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `cacheExpiry`, optional.

When cached data has expired (a behavior, not a duration).

For example `WARN`.*/
            pub fn cache_expiry<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.cache_expiry = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `get`, optional.

On reading the cart.

For example `WARN`.*/
            pub fn get<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.get = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `update`, optional.

On updating an item.

For example `WARN`.*/
            pub fn update<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.update = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<Behaviors> for super::Behaviors {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Behaviors,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    add: value.add?,
                    cache_expiry: value.cache_expiry?,
                    get: value.get?,
                    update: value.update?,
                })
            }
        }
        impl ::std::convert::From<super::Behaviors> for Behaviors {
            fn from(value: super::Behaviors) -> Self {
                Self {
                    add: Ok(value.add),
                    cache_expiry: Ok(value.cache_expiry),
                    get: Ok(value.get),
                    update: Ok(value.update),
                }
            }
        }
        ///Builds a [`super::CachedSourceConfiguration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CachedSourceConfiguration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CachedSourceConfiguration {
            behaviors: ::std::result::Result<
                ::std::option::Option<super::Behaviors>,
                ::std::string::String,
            >,
            cache_expiry: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            check: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_quantity: ::std::result::Result<
                ::std::option::Option<super::MaxQuantity>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CachedSourceConfiguration {
            fn default() -> Self {
                Self {
                    behaviors: Ok(Default::default()),
                    cache_expiry: Ok(Default::default()),
                    check: Ok(Default::default()),
                    max_quantity: Ok(Default::default()),
                }
            }
        }
        impl CachedSourceConfiguration {
            ///The property `behaviors`, optional.
            pub fn behaviors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Behaviors>>,
                T::Error: ::std::fmt::Display,
            {
                self.behaviors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behaviors: {e}")
                    });
                self
            }
            /**The property `cacheExpiry`, optional.

How long cached data stays fresh, in seconds.

Format `int64`. For example `7776000`.*/
            pub fn cache_expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cache_expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cache_expiry: {e}")
                    });
                self
            }
            /**The property `check`, optional.

What inventory is checked by, such as SKU.

For example `SKU`.*/
            pub fn check<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.check = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `maxQuantity`, optional.
            pub fn max_quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MaxQuantity>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_quantity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CachedSourceConfiguration>
        for super::CachedSourceConfiguration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CachedSourceConfiguration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behaviors: value.behaviors?,
                    cache_expiry: value.cache_expiry?,
                    check: value.check?,
                    max_quantity: value.max_quantity?,
                })
            }
        }
        impl ::std::convert::From<super::CachedSourceConfiguration>
        for CachedSourceConfiguration {
            fn from(value: super::CachedSourceConfiguration) -> Self {
                Self {
                    behaviors: Ok(value.behaviors),
                    cache_expiry: Ok(value.cache_expiry),
                    check: Ok(value.check),
                    max_quantity: Ok(value.max_quantity),
                }
            }
        }
        ///Builds a [`super::CartError`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartError`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CartError {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CartError {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CartError {
            /**The property `message`, optional.

What went wrong.

For example `No order drafts found for the customer`.*/
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.message = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `type`, optional.

The kind of error.

For example `NOT_FOUND`.*/
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.type_ = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CartError> for super::CartError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CartError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CartError> for CartError {
            fn from(value: super::CartError) -> Self {
                Self {
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                }
            }
        }
        ///Builds a [`super::CartPromotion`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartPromotion`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CartPromotion {
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CartPromotion {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    code: Ok(Default::default()),
                    id: Ok(Default::default()),
                    title: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl CartPromotion {
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `code`, optional.

The promotion's code.

For example `15_PERCENT`.*/
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.code = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `id`, optional.

The promotion's ID.

For example `542ba80a69b8`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `title`, optional.

The promotion's title.

For example `15 Percent All Products`.*/
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.title = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `type`, optional.

The kind of discount, such as PERCENTAGE.

For example `PERCENTAGE`.*/
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.type_ = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `value`, optional.

The discount's value.

For example `15`.*/
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CartPromotion> for super::CartPromotion {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CartPromotion,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    code: value.code?,
                    id: value.id?,
                    title: value.title?,
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CartPromotion> for CartPromotion {
            fn from(value: super::CartPromotion) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    code: Ok(value.code),
                    id: Ok(value.id),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        ///Builds a [`super::CartPromotions`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CartPromotions`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CartPromotions {
            collection: ::std::result::Result<
                ::std::vec::Vec<super::CartPromotion>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CartPromotions {
            fn default() -> Self {
                Self {
                    collection: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl CartPromotions {
            /**The property `collection`, optional.

The promotions.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::CartPromotion>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            /**The property `total`, optional.

Their total discount.

For example `32`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CartPromotions> for super::CartPromotions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CartPromotions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collection: value.collection?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::CartPromotions> for CartPromotions {
            fn from(value: super::CartPromotions) -> Self {
                Self {
                    collection: Ok(value.collection),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::Configuration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Configuration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Configuration {
            inventory: ::std::result::Result<
                ::std::option::Option<super::CachedSourceConfiguration>,
                ::std::string::String,
            >,
            max_quantity: ::std::result::Result<
                ::std::option::Option<super::MaxQuantity>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::OrderConfiguration>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::CachedSourceConfiguration>,
                ::std::string::String,
            >,
            promotions: ::std::result::Result<
                ::std::option::Option<super::CachedSourceConfiguration>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::CachedSourceConfiguration>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Configuration {
            fn default() -> Self {
                Self {
                    inventory: Ok(Default::default()),
                    max_quantity: Ok(Default::default()),
                    order: Ok(Default::default()),
                    product: Ok(Default::default()),
                    promotions: Ok(Default::default()),
                    tax: Ok(Default::default()),
                }
            }
        }
        impl Configuration {
            ///The property `inventory`, optional.
            pub fn inventory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CachedSourceConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.inventory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inventory: {e}")
                    });
                self
            }
            ///The property `maxQuantity`, optional.
            pub fn max_quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MaxQuantity>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_quantity: {e}")
                    });
                self
            }
            ///The property `order`, optional.
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrderConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            ///The property `product`, optional.
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CachedSourceConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CachedSourceConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.promotions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for promotions: {e}")
                    });
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CachedSourceConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Configuration> for super::Configuration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Configuration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    inventory: value.inventory?,
                    max_quantity: value.max_quantity?,
                    order: value.order?,
                    product: value.product?,
                    promotions: value.promotions?,
                    tax: value.tax?,
                })
            }
        }
        impl ::std::convert::From<super::Configuration> for Configuration {
            fn from(value: super::Configuration) -> Self {
                Self {
                    inventory: Ok(value.inventory),
                    max_quantity: Ok(value.max_quantity),
                    order: Ok(value.order),
                    product: Ok(value.product),
                    promotions: Ok(value.promotions),
                    tax: Ok(value.tax),
                }
            }
        }
        ///Builds a [`super::Coupon`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Coupon`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Coupon {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Coupon {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Coupon {
            /**The property `code`, optional.

The coupon's code.

For example `VALID_COUPON`.*/
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.code = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `updatedAt`, optional.

When the coupon was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Coupon> for super::Coupon {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Coupon,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Coupon> for Coupon {
            fn from(value: super::Coupon) -> Self {
                Self {
                    code: Ok(value.code),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::CustomerContext`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CustomerContext`, finishes it.
        #[derive(Clone, Debug)]
        pub struct CustomerContext {
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            segments: ::std::result::Result<
                ::std::vec::Vec<super::Segment>,
                ::std::string::String,
            >,
            session_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerContext {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    segments: Ok(Default::default()),
                    session_id: Ok(Default::default()),
                }
            }
        }
        impl CustomerContext {
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The customer's ID.

For example `109840938`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `segments`, optional.

The customer's segments.*/
            pub fn segments<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Segment>,
            {
                self.segments = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for segments: {e}")
                    });
                self
            }
            /**The property `sessionId`, optional.

The shopping session's ID.

For example `3a5fd2d3-5c96-4e57-b069-7ff2a88c1119`.*/
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.session_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerContext> for super::CustomerContext {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerContext,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    segments: value.segments?,
                    session_id: value.session_id?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerContext> for CustomerContext {
            fn from(value: super::CustomerContext) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    segments: Ok(value.segments),
                    session_id: Ok(value.session_id),
                }
            }
        }
        ///Builds a [`super::DraftOrder`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `DraftOrder`, finishes it.
        #[derive(Clone, Debug)]
        pub struct DraftOrder {
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line_items: ::std::result::Result<
                ::std::vec::Vec<super::DraftOrderLineItem>,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DraftOrder {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    id: Ok(Default::default()),
                    line_items: Ok(Default::default()),
                    number: Ok(Default::default()),
                }
            }
        }
        impl DraftOrder {
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The order's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `lineItems`, optional.

The order's line items.*/
            pub fn line_items<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::DraftOrderLineItem>,
            {
                self.line_items = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for line_items: {e}")
                    });
                self
            }
            /**The property `number`, optional.

The order number.

For example `100001`.*/
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.number = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<DraftOrder> for super::DraftOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DraftOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    id: value.id?,
                    line_items: value.line_items?,
                    number: value.number?,
                })
            }
        }
        impl ::std::convert::From<super::DraftOrder> for DraftOrder {
            fn from(value: super::DraftOrder) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    id: Ok(value.id),
                    line_items: Ok(value.line_items),
                    number: Ok(value.number),
                }
            }
        }
        ///Builds a [`super::DraftOrderLineItem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `DraftOrderLineItem`, finishes it.
        #[derive(Clone, Debug)]
        pub struct DraftOrderLineItem {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            supplementary_data: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DraftOrderLineItem {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    supplementary_data: Ok(Default::default()),
                }
            }
        }
        impl DraftOrderLineItem {
            /**The property `id`, optional.

The line item's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `supplementaryData`, optional.
            pub fn supplementary_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.supplementary_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for supplementary_data: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DraftOrderLineItem> for super::DraftOrderLineItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DraftOrderLineItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    supplementary_data: value.supplementary_data?,
                })
            }
        }
        impl ::std::convert::From<super::DraftOrderLineItem> for DraftOrderLineItem {
            fn from(value: super::DraftOrderLineItem) -> Self {
                Self {
                    id: Ok(value.id),
                    supplementary_data: Ok(value.supplementary_data),
                }
            }
        }
        ///Builds a [`super::Fee`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fee`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Fee {
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Taxes>,
                ::std::string::String,
            >,
            tax_details: ::std::result::Result<
                ::std::option::Option<super::TaxDetails>,
                ::std::string::String,
            >,
            taxable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fee {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    price: Ok(Default::default()),
                    tax: Ok(Default::default()),
                    tax_details: Ok(Default::default()),
                    taxable: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Fee {
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `createdAt`, optional.

When the fee was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The fee's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `name`, optional.

The fee's name.

For example `Eco Fee`.*/
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.name = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `price`, optional.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Taxes>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            ///The property `taxDetails`, optional.
            pub fn tax_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TaxDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_details: {e}")
                    });
                self
            }
            /**The property `taxable`, optional.

Whether the fee is taxed.

For example `true`.*/
            pub fn taxable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.taxable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for taxable: {e}")
                    });
                self
            }
            /**The property `updatedAt`, optional.

When the fee was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Fee> for super::Fee {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fee,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    created_at: value.created_at?,
                    id: value.id?,
                    name: value.name?,
                    price: value.price?,
                    tax: value.tax?,
                    tax_details: value.tax_details?,
                    taxable: value.taxable?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Fee> for Fee {
            fn from(value: super::Fee) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    price: Ok(value.price),
                    tax: Ok(value.tax),
                    tax_details: Ok(value.tax_details),
                    taxable: Ok(value.taxable),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::Fees`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fees`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Fees {
            collection: ::std::result::Result<
                ::std::vec::Vec<super::Fee>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fees {
            fn default() -> Self {
                Self {
                    collection: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl Fees {
            /**The property `collection`, optional.

The fees.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Fee>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            /**The property `total`, optional.

The fees' total.

For example `5`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Fees> for super::Fees {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fees,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collection: value.collection?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::Fees> for Fees {
            fn from(value: super::Fees) -> Self {
                Self {
                    collection: Ok(value.collection),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::Fulfillment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Fulfillment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Fulfillment {
            adjustments: ::std::result::Result<
                ::std::option::Option<super::Adjustments>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            destination_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fees: ::std::result::Result<
                ::std::option::Option<super::Fees>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origin_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pickup_person: ::std::result::Result<
                ::std::option::Option<super::PickupPerson>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            promotions: ::std::result::Result<
                ::std::option::Option<super::AppliedPromotions>,
                ::std::string::String,
            >,
            ref_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Taxes>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Fulfillment {
            fn default() -> Self {
                Self {
                    adjustments: Ok(Default::default()),
                    attributes: Ok(Default::default()),
                    destination_address: Ok(Default::default()),
                    fees: Ok(Default::default()),
                    id: Ok(Default::default()),
                    location_id: Ok(Default::default()),
                    origin_address: Ok(Default::default()),
                    pickup_person: Ok(Default::default()),
                    price: Ok(Default::default()),
                    promotions: Ok(Default::default()),
                    ref_id: Ok(Default::default()),
                    tax: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Fulfillment {
            ///The property `adjustments`, optional.
            pub fn adjustments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Adjustments>>,
                T::Error: ::std::fmt::Display,
            {
                self.adjustments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adjustments: {e}")
                    });
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `destinationAddress`, optional.

The destination address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn destination_address<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.destination_address = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `fees`, optional.
            pub fn fees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Fees>>,
                T::Error: ::std::fmt::Display,
            {
                self.fees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fees: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The fulfillment's ID.

For example `d6229cdb-0c5b-4885-b1b2-13b94d02488e`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `locationId`, optional.

The location it is fulfilled from.

For example `CA`.*/
            pub fn location_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.location_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `originAddress`, optional.

The origin address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn origin_address<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.origin_address = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `pickupPerson`, optional.
            pub fn pickup_person<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PickupPerson>>,
                T::Error: ::std::fmt::Display,
            {
                self.pickup_person = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pickup_person: {e}")
                    });
                self
            }
            ///The property `price`, optional.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AppliedPromotions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.promotions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for promotions: {e}")
                    });
                self
            }
            /**The property `refId`, optional.

A reference the caller gave the fulfillment.

For example `398427903843`.*/
            pub fn ref_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.ref_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Taxes>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            /**The property `type`, optional.

The kind of fulfillment, such as SHIP_TO.

For example `SHIP_TO`.*/
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.type_ = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<Fulfillment> for super::Fulfillment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Fulfillment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    adjustments: value.adjustments?,
                    attributes: value.attributes?,
                    destination_address: value.destination_address?,
                    fees: value.fees?,
                    id: value.id?,
                    location_id: value.location_id?,
                    origin_address: value.origin_address?,
                    pickup_person: value.pickup_person?,
                    price: value.price?,
                    promotions: value.promotions?,
                    ref_id: value.ref_id?,
                    tax: value.tax?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Fulfillment> for Fulfillment {
            fn from(value: super::Fulfillment) -> Self {
                Self {
                    adjustments: Ok(value.adjustments),
                    attributes: Ok(value.attributes),
                    destination_address: Ok(value.destination_address),
                    fees: Ok(value.fees),
                    id: Ok(value.id),
                    location_id: Ok(value.location_id),
                    origin_address: Ok(value.origin_address),
                    pickup_person: Ok(value.pickup_person),
                    price: Ok(value.price),
                    promotions: Ok(value.promotions),
                    ref_id: Ok(value.ref_id),
                    tax: Ok(value.tax),
                    type_: Ok(value.type_),
                }
            }
        }
        ///Builds a [`super::FulfillmentInventory`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `FulfillmentInventory`, finishes it.
        #[derive(Clone, Debug)]
        pub struct FulfillmentInventory {
            channels: ::std::result::Result<
                ::std::option::Option<super::InventoryChannels>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FulfillmentInventory {
            fn default() -> Self {
                Self {
                    channels: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl FulfillmentInventory {
            ///The property `channels`, optional.
            pub fn channels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InventoryChannels>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.channels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channels: {e}")
                    });
                self
            }
            /**The property `type`, optional.

The kind of inventory, such as backOrder.

For example `backOrder`.*/
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.type_ = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<FulfillmentInventory>
        for super::FulfillmentInventory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FulfillmentInventory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channels: value.channels?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FulfillmentInventory> for FulfillmentInventory {
            fn from(value: super::FulfillmentInventory) -> Self {
                Self {
                    channels: Ok(value.channels),
                    type_: Ok(value.type_),
                }
            }
        }
        ///Builds a [`super::InventoryChannels`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryChannels`, finishes it.
        #[derive(Clone, Debug)]
        pub struct InventoryChannels {
            network_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InventoryChannels {
            fn default() -> Self {
                Self {
                    network_code: Ok(Default::default()),
                }
            }
        }
        impl InventoryChannels {
            /**The property `networkCode`, optional.

The network's code, such as ShipToHome.

For example `ShipToHome`.*/
            pub fn network_code<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.network_code = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<InventoryChannels> for super::InventoryChannels {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryChannels,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    network_code: value.network_code?,
                })
            }
        }
        impl ::std::convert::From<super::InventoryChannels> for InventoryChannels {
            fn from(value: super::InventoryChannels) -> Self {
                Self {
                    network_code: Ok(value.network_code),
                }
            }
        }
        ///Builds a [`super::InventoryCounters`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryCounters`, finishes it.
        #[derive(Clone, Debug)]
        pub struct InventoryCounters {
            back_order: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            pre_order: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InventoryCounters {
            fn default() -> Self {
                Self {
                    back_order: Ok(Default::default()),
                    pre_order: Ok(Default::default()),
                }
            }
        }
        impl InventoryCounters {
            /**The property `backOrder`, optional.

Units available on back order.

Format `int32`. For example `15`.*/
            pub fn back_order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.back_order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for back_order: {e}")
                    });
                self
            }
            /**The property `preOrder`, optional.

Units available on pre-order.

Format `int32`. For example `100`.*/
            pub fn pre_order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.pre_order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pre_order: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InventoryCounters> for super::InventoryCounters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryCounters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    back_order: value.back_order?,
                    pre_order: value.pre_order?,
                })
            }
        }
        impl ::std::convert::From<super::InventoryCounters> for InventoryCounters {
            fn from(value: super::InventoryCounters) -> Self {
                Self {
                    back_order: Ok(value.back_order),
                    pre_order: Ok(value.pre_order),
                }
            }
        }
        ///Builds a [`super::InventoryValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `InventoryValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct InventoryValidation {
            channels: ::std::result::Result<
                ::std::option::Option<super::InventoryChannels>,
                ::std::string::String,
            >,
            counters: ::std::result::Result<
                ::std::option::Option<super::InventoryCounters>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InventoryValidation {
            fn default() -> Self {
                Self {
                    channels: Ok(Default::default()),
                    counters: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl InventoryValidation {
            ///The property `channels`, optional.
            pub fn channels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InventoryChannels>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.channels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channels: {e}")
                    });
                self
            }
            ///The property `counters`, optional.
            pub fn counters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InventoryCounters>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.counters = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for counters: {e}")
                    });
                self
            }
            /**The property `updatedAt`, optional.

When inventory was last checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InventoryValidation>
        for super::InventoryValidation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryValidation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channels: value.channels?,
                    counters: value.counters?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::InventoryValidation> for InventoryValidation {
            fn from(value: super::InventoryValidation) -> Self {
                Self {
                    channels: Ok(value.channels),
                    counters: Ok(value.counters),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::ItemSummary`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ItemSummary`, finishes it.
        #[derive(Clone, Debug)]
        pub struct ItemSummary {
            total_items: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_unique_items: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ItemSummary {
            fn default() -> Self {
                Self {
                    total_items: Ok(Default::default()),
                    total_unique_items: Ok(Default::default()),
                }
            }
        }
        impl ItemSummary {
            /**The property `totalItems`, optional.

The number of items, as the server counts them (the documented draft shows 1 for one line item of quantity 10).

Format `int32`. For example `1`.*/
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_items: {e}")
                    });
                self
            }
            /**The property `totalUniqueItems`, optional.

The number of distinct items.

Format `int32`. For example `1`.*/
            pub fn total_unique_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_unique_items = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_unique_items: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ItemSummary> for super::ItemSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ItemSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    total_items: value.total_items?,
                    total_unique_items: value.total_unique_items?,
                })
            }
        }
        impl ::std::convert::From<super::ItemSummary> for ItemSummary {
            fn from(value: super::ItemSummary) -> Self {
                Self {
                    total_items: Ok(value.total_items),
                    total_unique_items: Ok(value.total_unique_items),
                }
            }
        }
        ///Builds a [`super::LineItem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItem`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItem {
            adjustments: ::std::result::Result<
                ::std::option::Option<super::Adjustments>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            fees: ::std::result::Result<
                ::std::option::Option<super::Fees>,
                ::std::string::String,
            >,
            fulfillment: ::std::result::Result<
                ::std::option::Option<super::LineItemFulfillment>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::LinePrice>,
                ::std::string::String,
            >,
            price_list_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            promotions: ::std::result::Result<
                ::std::option::Option<super::AppliedPromotions>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            ref_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sku: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Taxes>,
                ::std::string::String,
            >,
            tax_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LineItem {
            fn default() -> Self {
                Self {
                    adjustments: Ok(Default::default()),
                    attributes: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    fees: Ok(Default::default()),
                    fulfillment: Ok(Default::default()),
                    id: Ok(Default::default()),
                    position: Ok(Default::default()),
                    price: Ok(Default::default()),
                    price_list_id: Ok(Default::default()),
                    promotions: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                    ref_id: Ok(Default::default()),
                    sku: Ok(Default::default()),
                    tax: Ok(Default::default()),
                    tax_code: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl LineItem {
            ///The property `adjustments`, optional.
            pub fn adjustments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Adjustments>>,
                T::Error: ::std::fmt::Display,
            {
                self.adjustments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adjustments: {e}")
                    });
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `createdAt`, optional.

When the line item was added.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            ///The property `fees`, optional.
            pub fn fees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Fees>>,
                T::Error: ::std::fmt::Display,
            {
                self.fees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fees: {e}")
                    });
                self
            }
            ///The property `fulfillment`, optional.
            pub fn fulfillment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::LineItemFulfillment>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fulfillment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fulfillment: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The line item's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `position`, optional.

The line item's position in the cart.

Format `int32`. For example `1`.*/
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position: {e}")
                    });
                self
            }
            ///The property `price`, optional.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LinePrice>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            /**The property `priceListId`, optional.

The price list the price came from.

For example `10001`.*/
            pub fn price_list_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.price_list_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AppliedPromotions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.promotions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for promotions: {e}")
                    });
                self
            }
            /**The property `quantity`, optional.

Quantity.

Format `int32`. For example `10`.*/
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            /**The property `refId`, optional.

A reference the caller gave the line item.

For example `41`.*/
            pub fn ref_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.ref_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `sku`, optional.

The product's SKU.

For example `SKU3`.*/
            pub fn sku<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.sku = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Taxes>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            /**The property `taxCode`, optional.

Tax code.

For example `10001`.*/
            pub fn tax_code<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.tax_code = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `updatedAt`, optional.

When the line item was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LineItem> for super::LineItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LineItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    adjustments: value.adjustments?,
                    attributes: value.attributes?,
                    created_at: value.created_at?,
                    fees: value.fees?,
                    fulfillment: value.fulfillment?,
                    id: value.id?,
                    position: value.position?,
                    price: value.price?,
                    price_list_id: value.price_list_id?,
                    promotions: value.promotions?,
                    quantity: value.quantity?,
                    ref_id: value.ref_id?,
                    sku: value.sku?,
                    tax: value.tax?,
                    tax_code: value.tax_code?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::LineItem> for LineItem {
            fn from(value: super::LineItem) -> Self {
                Self {
                    adjustments: Ok(value.adjustments),
                    attributes: Ok(value.attributes),
                    created_at: Ok(value.created_at),
                    fees: Ok(value.fees),
                    fulfillment: Ok(value.fulfillment),
                    id: Ok(value.id),
                    position: Ok(value.position),
                    price: Ok(value.price),
                    price_list_id: Ok(value.price_list_id),
                    promotions: Ok(value.promotions),
                    quantity: Ok(value.quantity),
                    ref_id: Ok(value.ref_id),
                    sku: Ok(value.sku),
                    tax: Ok(value.tax),
                    tax_code: Ok(value.tax_code),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::LineItemFulfillment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItemFulfillment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItemFulfillment {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inventory: ::std::result::Result<
                ::std::option::Option<super::FulfillmentInventory>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Taxes>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LineItemFulfillment {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    inventory: Ok(Default::default()),
                    price: Ok(Default::default()),
                    tax: Ok(Default::default()),
                }
            }
        }
        impl LineItemFulfillment {
            /**The property `id`, optional.

The fulfillment's ID.

For example `6d65755f-b1d9-4c9d-bb5b-118d317f8db4`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `inventory`, optional.
            pub fn inventory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FulfillmentInventory>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.inventory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inventory: {e}")
                    });
                self
            }
            ///The property `price`, optional.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Taxes>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LineItemFulfillment>
        for super::LineItemFulfillment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LineItemFulfillment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    inventory: value.inventory?,
                    price: value.price?,
                    tax: value.tax?,
                })
            }
        }
        impl ::std::convert::From<super::LineItemFulfillment> for LineItemFulfillment {
            fn from(value: super::LineItemFulfillment) -> Self {
                Self {
                    id: Ok(value.id),
                    inventory: Ok(value.inventory),
                    price: Ok(value.price),
                    tax: Ok(value.tax),
                }
            }
        }
        ///Builds a [`super::LineItemValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItemValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItemValidation {
            inventory: ::std::result::Result<
                ::std::option::Option<super::InventoryValidation>,
                ::std::string::String,
            >,
            sku: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LineItemValidation {
            fn default() -> Self {
                Self {
                    inventory: Ok(Default::default()),
                    sku: Ok(Default::default()),
                }
            }
        }
        impl LineItemValidation {
            ///The property `inventory`, optional.
            pub fn inventory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InventoryValidation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.inventory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inventory: {e}")
                    });
                self
            }
            /**The property `sku`, optional.

The product's SKU.

For example `SKU3`.*/
            pub fn sku<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.sku = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<LineItemValidation> for super::LineItemValidation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LineItemValidation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    inventory: value.inventory?,
                    sku: value.sku?,
                })
            }
        }
        impl ::std::convert::From<super::LineItemValidation> for LineItemValidation {
            fn from(value: super::LineItemValidation) -> Self {
                Self {
                    inventory: Ok(value.inventory),
                    sku: Ok(value.sku),
                }
            }
        }
        ///Builds a [`super::LineItems`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LineItems`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LineItems {
            collection: ::std::result::Result<
                ::std::vec::Vec<super::LineItem>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LineItems {
            fn default() -> Self {
                Self {
                    collection: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl LineItems {
            /**The property `collection`, optional.

The line items.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::LineItem>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            /**The property `total`, optional.

The line items' total.

For example `100`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LineItems> for super::LineItems {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LineItems,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collection: value.collection?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::LineItems> for LineItems {
            fn from(value: super::LineItems) -> Self {
                Self {
                    collection: Ok(value.collection),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::LinePrice`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `LinePrice`, finishes it.
        #[derive(Clone, Debug)]
        pub struct LinePrice {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            unit: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LinePrice {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    unit: Ok(Default::default()),
                }
            }
        }
        impl LinePrice {
            /**The property `amount`, optional.

Price of the line (unit price times quantity).

For example `100`.*/
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            /**The property `unit`, optional.

Price of one unit.

For example `10`.*/
            pub fn unit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinePrice> for super::LinePrice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinePrice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    unit: value.unit?,
                })
            }
        }
        impl ::std::convert::From<super::LinePrice> for LinePrice {
            fn from(value: super::LinePrice) -> Self {
                Self {
                    amount: Ok(value.amount),
                    unit: Ok(value.unit),
                }
            }
        }
        ///Builds a [`super::MaxQuantity`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `MaxQuantity`, finishes it.
        #[derive(Clone, Debug)]
        pub struct MaxQuantity {
            behaviors: ::std::result::Result<
                ::std::option::Option<super::Behaviors>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MaxQuantity {
            fn default() -> Self {
                Self {
                    behaviors: Ok(Default::default()),
                    limit: Ok(Default::default()),
                }
            }
        }
        impl MaxQuantity {
            ///The property `behaviors`, optional.
            pub fn behaviors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Behaviors>>,
                T::Error: ::std::fmt::Display,
            {
                self.behaviors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for behaviors: {e}")
                    });
                self
            }
            /**The property `limit`, optional.

The quantity limit.

Format `int32`. For example `100`.*/
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MaxQuantity> for super::MaxQuantity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MaxQuantity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    behaviors: value.behaviors?,
                    limit: value.limit?,
                })
            }
        }
        impl ::std::convert::From<super::MaxQuantity> for MaxQuantity {
            fn from(value: super::MaxQuantity) -> Self {
                Self {
                    behaviors: Ok(value.behaviors),
                    limit: Ok(value.limit),
                }
            }
        }
        ///Builds a [`super::OrderConfiguration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderConfiguration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct OrderConfiguration {
            validate: ::std::result::Result<
                ::std::option::Option<super::OrderValidation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderConfiguration {
            fn default() -> Self {
                Self {
                    validate: Ok(Default::default()),
                }
            }
        }
        impl OrderConfiguration {
            ///The property `validate`, optional.
            pub fn validate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrderValidation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.validate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validate: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderConfiguration> for super::OrderConfiguration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderConfiguration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { validate: value.validate? })
            }
        }
        impl ::std::convert::From<super::OrderConfiguration> for OrderConfiguration {
            fn from(value: super::OrderConfiguration) -> Self {
                Self {
                    validate: Ok(value.validate),
                }
            }
        }
        ///Builds a [`super::OrderDraft`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderDraft`, finishes it.
        #[derive(Clone, Debug)]
        pub struct OrderDraft {
            addresses: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, super::Address>,
                ::std::string::String,
            >,
            adjustments: ::std::result::Result<
                ::std::option::Option<super::Adjustments>,
                ::std::string::String,
            >,
            applied_coupons: ::std::result::Result<
                ::std::vec::Vec<super::Coupon>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            cart_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            configuration: ::std::result::Result<
                ::std::option::Option<super::Configuration>,
                ::std::string::String,
            >,
            coupons: ::std::result::Result<
                ::std::vec::Vec<super::Coupon>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer_context: ::std::result::Result<
                ::std::option::Option<super::CustomerContext>,
                ::std::string::String,
            >,
            fees: ::std::result::Result<
                ::std::option::Option<super::Fees>,
                ::std::string::String,
            >,
            fulfillments: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, super::Fulfillment>,
                ::std::string::String,
            >,
            line_items: ::std::result::Result<
                ::std::option::Option<super::LineItems>,
                ::std::string::String,
            >,
            not_applied_coupons: ::std::result::Result<
                ::std::vec::Vec<super::Coupon>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::DraftOrder>,
                ::std::string::String,
            >,
            payments: ::std::result::Result<
                ::std::option::Option<super::Payments>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::PriceSummary>,
                ::std::string::String,
            >,
            promotions: ::std::result::Result<
                ::std::option::Option<super::CartPromotions>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::vec::Vec<super::StateEntry>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<super::ItemSummary>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            validations: ::std::result::Result<
                ::std::option::Option<super::Validations>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderDraft {
            fn default() -> Self {
                Self {
                    addresses: Ok(Default::default()),
                    adjustments: Ok(Default::default()),
                    applied_coupons: Ok(Default::default()),
                    attributes: Ok(Default::default()),
                    cart_id: Ok(Default::default()),
                    channel_id: Ok(Default::default()),
                    configuration: Ok(Default::default()),
                    coupons: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    customer_context: Ok(Default::default()),
                    fees: Ok(Default::default()),
                    fulfillments: Ok(Default::default()),
                    line_items: Ok(Default::default()),
                    not_applied_coupons: Ok(Default::default()),
                    order: Ok(Default::default()),
                    payments: Ok(Default::default()),
                    price: Ok(Default::default()),
                    promotions: Ok(Default::default()),
                    state: Ok(Default::default()),
                    status: Ok(Default::default()),
                    summary: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                    validations: Ok(Default::default()),
                }
            }
        }
        impl OrderDraft {
            /**The property `addresses`, optional.

The draft's addresses, keyed by address ID (without hyphens).*/
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<::std::string::String, super::Address>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for addresses: {e}")
                    });
                self
            }
            ///The property `adjustments`, optional.
            pub fn adjustments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Adjustments>>,
                T::Error: ::std::fmt::Display,
            {
                self.adjustments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adjustments: {e}")
                    });
                self
            }
            /**The property `appliedCoupons`, optional.

Coupons applied.*/
            pub fn applied_coupons<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Coupon>,
            {
                self.applied_coupons = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for applied_coupons: {e}"
                        )
                    });
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            /**The property `cartId`, optional.

The cart the draft was made from.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn cart_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.cart_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `channelId`, optional.

The sales channel ID.

For example `12`.*/
            pub fn channel_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.channel_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `configuration`, optional.
            pub fn configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Configuration>>,
                T::Error: ::std::fmt::Display,
            {
                self.configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for configuration: {e}")
                    });
                self
            }
            /**The property `coupons`, optional.

Coupons entered.*/
            pub fn coupons<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Coupon>,
            {
                self.coupons = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for coupons: {e}")
                    });
                self
            }
            /**The property `createdAt`, optional.

When the draft was created.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /**The property `currency`, optional.

Currency code.

For example `USD`.*/
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.currency = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `customerContext`, optional.
            pub fn customer_context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CustomerContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customer_context = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_context: {e}"
                        )
                    });
                self
            }
            ///The property `fees`, optional.
            pub fn fees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Fees>>,
                T::Error: ::std::fmt::Display,
            {
                self.fees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fees: {e}")
                    });
                self
            }
            /**The property `fulfillments`, optional.

The draft's fulfillments, keyed by fulfillment ID (without hyphens).*/
            pub fn fulfillments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        super::Fulfillment,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fulfillments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fulfillments: {e}")
                    });
                self
            }
            ///The property `lineItems`, optional.
            pub fn line_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LineItems>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_items: {e}")
                    });
                self
            }
            /**The property `notAppliedCoupons`, optional.

Coupons entered but not applied.*/
            pub fn not_applied_coupons<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Coupon>,
            {
                self.not_applied_coupons = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for not_applied_coupons: {e}"
                        )
                    });
                self
            }
            ///The property `order`, optional.
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DraftOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            ///The property `payments`, optional.
            pub fn payments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Payments>>,
                T::Error: ::std::fmt::Display,
            {
                self.payments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payments: {e}")
                    });
                self
            }
            ///The property `price`, optional.
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PriceSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CartPromotions>>,
                T::Error: ::std::fmt::Display,
            {
                self.promotions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for promotions: {e}")
                    });
                self
            }
            /**The property `state`, optional.

What the draft still lacks before it can become an order.*/
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::StateEntry>,
            {
                self.state = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            /**The property `status`, optional.

The draft's status, such as ACTIVE.

For example `ACTIVE`.*/
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.status = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `summary`, optional.
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
            /**The property `updatedAt`, optional.

When the draft was last updated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            ///The property `validations`, optional.
            pub fn validations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Validations>>,
                T::Error: ::std::fmt::Display,
            {
                self.validations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for validations: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderDraft> for super::OrderDraft {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderDraft,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    adjustments: value.adjustments?,
                    applied_coupons: value.applied_coupons?,
                    attributes: value.attributes?,
                    cart_id: value.cart_id?,
                    channel_id: value.channel_id?,
                    configuration: value.configuration?,
                    coupons: value.coupons?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    customer_context: value.customer_context?,
                    fees: value.fees?,
                    fulfillments: value.fulfillments?,
                    line_items: value.line_items?,
                    not_applied_coupons: value.not_applied_coupons?,
                    order: value.order?,
                    payments: value.payments?,
                    price: value.price?,
                    promotions: value.promotions?,
                    state: value.state?,
                    status: value.status?,
                    summary: value.summary?,
                    updated_at: value.updated_at?,
                    validations: value.validations?,
                })
            }
        }
        impl ::std::convert::From<super::OrderDraft> for OrderDraft {
            fn from(value: super::OrderDraft) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    adjustments: Ok(value.adjustments),
                    applied_coupons: Ok(value.applied_coupons),
                    attributes: Ok(value.attributes),
                    cart_id: Ok(value.cart_id),
                    channel_id: Ok(value.channel_id),
                    configuration: Ok(value.configuration),
                    coupons: Ok(value.coupons),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    customer_context: Ok(value.customer_context),
                    fees: Ok(value.fees),
                    fulfillments: Ok(value.fulfillments),
                    line_items: Ok(value.line_items),
                    not_applied_coupons: Ok(value.not_applied_coupons),
                    order: Ok(value.order),
                    payments: Ok(value.payments),
                    price: Ok(value.price),
                    promotions: Ok(value.promotions),
                    state: Ok(value.state),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                    updated_at: Ok(value.updated_at),
                    validations: Ok(value.validations),
                }
            }
        }
        ///Builds a [`super::OrderValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `OrderValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct OrderValidation {
            invalid_item: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_out_of_stock: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payments_remaining: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_remaining: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderValidation {
            fn default() -> Self {
                Self {
                    invalid_item: Ok(Default::default()),
                    item_out_of_stock: Ok(Default::default()),
                    payments_remaining: Ok(Default::default()),
                    tax_remaining: Ok(Default::default()),
                }
            }
        }
        impl OrderValidation {
            /**The property `invalidItem`, optional.

When an item is invalid.

For example `BLOCK`.*/
            pub fn invalid_item<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.invalid_item = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `itemOutOfStock`, optional.

When an item is out of stock.

For example `BLOCK`.*/
            pub fn item_out_of_stock<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.item_out_of_stock = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `paymentsRemaining`, optional.

When payments do not cover the total, such as BLOCK.

For example `BLOCK`.*/
            pub fn payments_remaining<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.payments_remaining = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `taxRemaining`, optional.

When tax is not calculated.

For example `BLOCK`.*/
            pub fn tax_remaining<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.tax_remaining = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<OrderValidation> for super::OrderValidation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderValidation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invalid_item: value.invalid_item?,
                    item_out_of_stock: value.item_out_of_stock?,
                    payments_remaining: value.payments_remaining?,
                    tax_remaining: value.tax_remaining?,
                })
            }
        }
        impl ::std::convert::From<super::OrderValidation> for OrderValidation {
            fn from(value: super::OrderValidation) -> Self {
                Self {
                    invalid_item: Ok(value.invalid_item),
                    item_out_of_stock: Ok(value.item_out_of_stock),
                    payments_remaining: Ok(value.payments_remaining),
                    tax_remaining: Ok(value.tax_remaining),
                }
            }
        }
        ///Builds a [`super::Payment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Payment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Payment {
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            authorization: ::std::result::Result<
                ::std::option::Option<super::PaymentAuthorization>,
                ::std::string::String,
            >,
            bill_to_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            card_details: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            processor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Payment {
            fn default() -> Self {
                Self {
                    attributes: Ok(Default::default()),
                    authorization: Ok(Default::default()),
                    bill_to_address: Ok(Default::default()),
                    card_details: Ok(Default::default()),
                    id: Ok(Default::default()),
                    method: Ok(Default::default()),
                    method_type: Ok(Default::default()),
                    processor: Ok(Default::default()),
                    provider: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl Payment {
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
            ///The property `authorization`, optional.
            pub fn authorization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PaymentAuthorization>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.authorization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for authorization: {e}")
                    });
                self
            }
            /**The property `billToAddress`, optional.

The bill-to address's ID.

For example `a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93`.*/
            pub fn bill_to_address<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.bill_to_address = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `cardDetails`, optional.
            pub fn card_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.card_details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_details: {e}")
                    });
                self
            }
            /**The property `id`, optional.

The payment's ID.

For example `6ef2067a-5d6b-4785-a090-96ea0078220d`.*/
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `method`, optional.

Payment method.

For example `apple pay`.*/
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.method = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `methodType`, optional.

The kind of payment method.

For example `credit card`.*/
            pub fn method_type<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.method_type = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `processor`, optional.

Payment processor.

For example `stripe`.*/
            pub fn processor<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.processor = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `provider`, optional.

Payment provider.

For example `verifone`.*/
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.provider = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `state`, optional.

The payment's state, such as PENDING.

For example `PENDING`.*/
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.state = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<Payment> for super::Payment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Payment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attributes: value.attributes?,
                    authorization: value.authorization?,
                    bill_to_address: value.bill_to_address?,
                    card_details: value.card_details?,
                    id: value.id?,
                    method: value.method?,
                    method_type: value.method_type?,
                    processor: value.processor?,
                    provider: value.provider?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::Payment> for Payment {
            fn from(value: super::Payment) -> Self {
                Self {
                    attributes: Ok(value.attributes),
                    authorization: Ok(value.authorization),
                    bill_to_address: Ok(value.bill_to_address),
                    card_details: Ok(value.card_details),
                    id: Ok(value.id),
                    method: Ok(value.method),
                    method_type: Ok(value.method_type),
                    processor: Ok(value.processor),
                    provider: Ok(value.provider),
                    state: Ok(value.state),
                }
            }
        }
        ///Builds a [`super::PaymentAuthorization`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PaymentAuthorization`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PaymentAuthorization {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            expiry: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            verifier: ::std::result::Result<
                ::std::option::Option<super::PaymentVerifier>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentAuthorization {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    expiry: Ok(Default::default()),
                    verifier: Ok(Default::default()),
                }
            }
        }
        impl PaymentAuthorization {
            /**The property `amount`, optional.

The amount authorized.

For example `8`.*/
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            /**The property `expiry`, optional.

When the authorization expires.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry: {e}")
                    });
                self
            }
            ///The property `verifier`, optional.
            pub fn verifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PaymentVerifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.verifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verifier: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentAuthorization>
        for super::PaymentAuthorization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentAuthorization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    expiry: value.expiry?,
                    verifier: value.verifier?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentAuthorization> for PaymentAuthorization {
            fn from(value: super::PaymentAuthorization) -> Self {
                Self {
                    amount: Ok(value.amount),
                    expiry: Ok(value.expiry),
                    verifier: Ok(value.verifier),
                }
            }
        }
        ///Builds a [`super::PaymentVerifier`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PaymentVerifier`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PaymentVerifier {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentVerifier {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl PaymentVerifier {
            /**The property `key`, optional.

The verifier's key.

For example `CH39082K439R0`.*/
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.key = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `type`, optional.

The kind of verifier, such as TOKEN.

For example `TOKEN`.*/
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.type_ = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<PaymentVerifier> for super::PaymentVerifier {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentVerifier,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentVerifier> for PaymentVerifier {
            fn from(value: super::PaymentVerifier) -> Self {
                Self {
                    key: Ok(value.key),
                    type_: Ok(value.type_),
                }
            }
        }
        ///Builds a [`super::Payments`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Payments`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Payments {
            authorized: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            collection: ::std::result::Result<
                ::std::vec::Vec<super::Payment>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Payments {
            fn default() -> Self {
                Self {
                    authorized: Ok(Default::default()),
                    collection: Ok(Default::default()),
                }
            }
        }
        impl Payments {
            /**The property `authorized`, optional.

The amount authorized so far.

For example `800`.*/
            pub fn authorized<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.authorized = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for authorized: {e}")
                    });
                self
            }
            /**The property `collection`, optional.

The payments.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Payment>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Payments> for super::Payments {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Payments,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authorized: value.authorized?,
                    collection: value.collection?,
                })
            }
        }
        impl ::std::convert::From<super::Payments> for Payments {
            fn from(value: super::Payments) -> Self {
                Self {
                    authorized: Ok(value.authorized),
                    collection: Ok(value.collection),
                }
            }
        }
        ///Builds a [`super::Person`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Person`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Person {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::PersonName>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<super::Phone>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Person {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                }
            }
        }
        impl Person {
            /**The property `email`, optional.

E-mail address.

Format `email`. For example `john@test.com`.*/
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.email = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            ///The property `name`, optional.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PersonName>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            ///The property `phone`, optional.
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Phone>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Person> for super::Person {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Person,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    name: value.name?,
                    phone: value.phone?,
                })
            }
        }
        impl ::std::convert::From<super::Person> for Person {
            fn from(value: super::Person) -> Self {
                Self {
                    email: Ok(value.email),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                }
            }
        }
        ///Builds a [`super::PersonName`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PersonName`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PersonName {
            first: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            middle: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PersonName {
            fn default() -> Self {
                Self {
                    first: Ok(Default::default()),
                    last: Ok(Default::default()),
                    middle: Ok(Default::default()),
                }
            }
        }
        impl PersonName {
            /**The property `first`, optional.

First name.

For example `John`.*/
            pub fn first<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.first = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `last`, optional.

Last name.

For example `Doe`.*/
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.last = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `middle`, optional.

Middle name or initial.

For example `S`.*/
            pub fn middle<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.middle = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<PersonName> for super::PersonName {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonName,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    first: value.first?,
                    last: value.last?,
                    middle: value.middle?,
                })
            }
        }
        impl ::std::convert::From<super::PersonName> for PersonName {
            fn from(value: super::PersonName) -> Self {
                Self {
                    first: Ok(value.first),
                    last: Ok(value.last),
                    middle: Ok(value.middle),
                }
            }
        }
        ///Builds a [`super::Phone`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Phone`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Phone {
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Phone {
            fn default() -> Self {
                Self {
                    number: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Phone {
            /**The property `number`, optional.

The number.

For example `123-456-7890`.*/
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.number = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `type`, optional.

The kind of phone, such as MOBILE.

For example `MOBILE`.*/
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.type_ = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<Phone> for super::Phone {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Phone,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    number: value.number?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Phone> for Phone {
            fn from(value: super::Phone) -> Self {
                Self {
                    number: Ok(value.number),
                    type_: Ok(value.type_),
                }
            }
        }
        ///Builds a [`super::PickupPerson`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PickupPerson`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PickupPerson {
            primary: ::std::result::Result<
                ::std::option::Option<super::Person>,
                ::std::string::String,
            >,
            secondary: ::std::result::Result<
                ::std::vec::Vec<super::Person>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PickupPerson {
            fn default() -> Self {
                Self {
                    primary: Ok(Default::default()),
                    secondary: Ok(Default::default()),
                }
            }
        }
        impl PickupPerson {
            ///The property `primary`, optional.
            pub fn primary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Person>>,
                T::Error: ::std::fmt::Display,
            {
                self.primary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for primary: {e}")
                    });
                self
            }
            /**The property `secondary`, optional.

Others who may pick them up.*/
            pub fn secondary<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Person>,
            {
                self.secondary = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for secondary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PickupPerson> for super::PickupPerson {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PickupPerson,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    primary: value.primary?,
                    secondary: value.secondary?,
                })
            }
        }
        impl ::std::convert::From<super::PickupPerson> for PickupPerson {
            fn from(value: super::PickupPerson) -> Self {
                Self {
                    primary: Ok(value.primary),
                    secondary: Ok(value.secondary),
                }
            }
        }
        ///Builds a [`super::PriceSummary`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PriceSummary`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PriceSummary {
            adjustments: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            discounts: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            fees: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            fulfillments: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            subtotal: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PriceSummary {
            fn default() -> Self {
                Self {
                    adjustments: Ok(Default::default()),
                    discounts: Ok(Default::default()),
                    fees: Ok(Default::default()),
                    fulfillments: Ok(Default::default()),
                    subtotal: Ok(Default::default()),
                    tax: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl PriceSummary {
            /**The property `adjustments`, optional.

Adjustments.

For example `10`.*/
            pub fn adjustments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.adjustments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for adjustments: {e}")
                    });
                self
            }
            /**The property `discounts`, optional.

Discounts.

For example `10`.*/
            pub fn discounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.discounts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discounts: {e}")
                    });
                self
            }
            /**The property `fees`, optional.

Fees.

For example `5`.*/
            pub fn fees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.fees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fees: {e}")
                    });
                self
            }
            /**The property `fulfillments`, optional.

Fulfillment charges.

For example `25`.*/
            pub fn fulfillments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.fulfillments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fulfillments: {e}")
                    });
                self
            }
            /**The property `subtotal`, optional.

Price of the items.

For example `750`.*/
            pub fn subtotal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtotal = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtotal: {e}")
                    });
                self
            }
            /**The property `tax`, optional.

Tax.

For example `20`.*/
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            /**The property `total`, optional.

Total price.

For example `800`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PriceSummary> for super::PriceSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PriceSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    adjustments: value.adjustments?,
                    discounts: value.discounts?,
                    fees: value.fees?,
                    fulfillments: value.fulfillments?,
                    subtotal: value.subtotal?,
                    tax: value.tax?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::PriceSummary> for PriceSummary {
            fn from(value: super::PriceSummary) -> Self {
                Self {
                    adjustments: Ok(value.adjustments),
                    discounts: Ok(value.discounts),
                    fees: Ok(value.fees),
                    fulfillments: Ok(value.fulfillments),
                    subtotal: Ok(value.subtotal),
                    tax: Ok(value.tax),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::ProductValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ProductValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct ProductValidation {
            available_skus: ::std::result::Result<
                ::std::vec::Vec<super::AvailableSku>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductValidation {
            fn default() -> Self {
                Self {
                    available_skus: Ok(Default::default()),
                }
            }
        }
        impl ProductValidation {
            /**The property `availableSkus`, optional.

The SKUs found available.*/
            pub fn available_skus<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::AvailableSku>,
            {
                self.available_skus = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_skus: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductValidation> for super::ProductValidation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductValidation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available_skus: value.available_skus?,
                })
            }
        }
        impl ::std::convert::From<super::ProductValidation> for ProductValidation {
            fn from(value: super::ProductValidation) -> Self {
                Self {
                    available_skus: Ok(value.available_skus),
                }
            }
        }
        ///Builds a [`super::PromotionValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `PromotionValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct PromotionValidation {
            applied_coupons: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            refresh_required: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PromotionValidation {
            fn default() -> Self {
                Self {
                    applied_coupons: Ok(Default::default()),
                    refresh_required: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl PromotionValidation {
            /**The property `appliedCoupons`, optional.

Codes of the coupons applied.*/
            pub fn applied_coupons<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<::std::string::String>,
            {
                self.applied_coupons = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for applied_coupons: {e}"
                        )
                    });
                self
            }
            /**The property `refreshRequired`, optional.

Whether promotions must be checked again.

For example `false`.*/
            pub fn refresh_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_required = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_required: {e}"
                        )
                    });
                self
            }
            /**The property `updatedAt`, optional.

When promotions were last checked.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PromotionValidation>
        for super::PromotionValidation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PromotionValidation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    applied_coupons: value.applied_coupons?,
                    refresh_required: value.refresh_required?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::PromotionValidation> for PromotionValidation {
            fn from(value: super::PromotionValidation) -> Self {
                Self {
                    applied_coupons: Ok(value.applied_coupons),
                    refresh_required: Ok(value.refresh_required),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::Proration`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Proration`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Proration {
            spread: ::std::result::Result<
                ::std::vec::Vec<super::ProrationPart>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Proration {
            fn default() -> Self {
                Self {
                    spread: Ok(Default::default()),
                }
            }
        }
        impl Proration {
            /**The property `spread`, optional.

The spread, part by part.*/
            pub fn spread<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::ProrationPart>,
            {
                self.spread = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for spread: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Proration> for super::Proration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Proration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { spread: value.spread? })
            }
        }
        impl ::std::convert::From<super::Proration> for Proration {
            fn from(value: super::Proration) -> Self {
                Self { spread: Ok(value.spread) }
            }
        }
        ///Builds a [`super::ProrationPart`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ProrationPart`, finishes it.
        #[derive(Clone, Debug)]
        pub struct ProrationPart {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProrationPart {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                }
            }
        }
        impl ProrationPart {
            /**The property `amount`, optional.

The part's discount.

For example `5`.*/
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            /**The property `quantity`, optional.

How many units it covers.

Format `int32`. For example `3`.*/
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProrationPart> for super::ProrationPart {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProrationPart,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    quantity: value.quantity?,
                })
            }
        }
        impl ::std::convert::From<super::ProrationPart> for ProrationPart {
            fn from(value: super::ProrationPart) -> Self {
                Self {
                    amount: Ok(value.amount),
                    quantity: Ok(value.quantity),
                }
            }
        }
        ///Builds a [`super::Segment`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Segment`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Segment {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Segment {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl Segment {
            /**The property `name`, optional.

The segment's name.

For example `membership`.*/
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.name = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `value`, optional.

The customer's values in the segment.*/
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<::std::string::String>,
            {
                self.value = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Segment> for super::Segment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Segment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Segment> for Segment {
            fn from(value: super::Segment) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }
        ///Builds a [`super::StateEntry`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `StateEntry`, finishes it.
        #[derive(Clone, Debug)]
        pub struct StateEntry {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StateEntry {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    key: Ok(Default::default()),
                    resource: Ok(Default::default()),
                    resource_id: Ok(Default::default()),
                }
            }
        }
        impl StateEntry {
            /**The property `description`, optional.

What is lacking, in words.

For example `No payment details have been added to this Cart`.*/
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.description = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `key`, optional.

What is lacking, such as MISSING_PAYMENT_DETAILS.

For example `MISSING_PAYMENT_DETAILS`.*/
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.key = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `resource`, optional.

The kind of resource, such as CART.

For example `CART`.*/
            pub fn resource<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.resource = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `resourceId`, optional.

The resource's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn resource_id<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.resource_id = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<StateEntry> for super::StateEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StateEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    key: value.key?,
                    resource: value.resource?,
                    resource_id: value.resource_id?,
                })
            }
        }
        impl ::std::convert::From<super::StateEntry> for StateEntry {
            fn from(value: super::StateEntry) -> Self {
                Self {
                    description: Ok(value.description),
                    key: Ok(value.key),
                    resource: Ok(value.resource),
                    resource_id: Ok(value.resource_id),
                }
            }
        }
        ///Builds a [`super::Tax`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Tax`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Tax {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            attributes: ::std::result::Result<
                ::std::option::Option<super::Attributes>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tax {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    attributes: Ok(Default::default()),
                }
            }
        }
        impl Tax {
            /**The property `amount`, optional.

The tax amount.

For example `3`.*/
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            ///The property `attributes`, optional.
            pub fn attributes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attributes>>,
                T::Error: ::std::fmt::Display,
            {
                self.attributes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attributes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tax> for super::Tax {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tax,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    attributes: value.attributes?,
                })
            }
        }
        impl ::std::convert::From<super::Tax> for Tax {
            fn from(value: super::Tax) -> Self {
                Self {
                    amount: Ok(value.amount),
                    attributes: Ok(value.attributes),
                }
            }
        }
        ///Builds a [`super::TaxDetails`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `TaxDetails`, finishes it.
        #[derive(Clone, Debug)]
        pub struct TaxDetails {
            destination_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origin_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaxDetails {
            fn default() -> Self {
                Self {
                    destination_address: Ok(Default::default()),
                    origin_address: Ok(Default::default()),
                }
            }
        }
        impl TaxDetails {
            /**The property `destinationAddress`, optional.

The destination address's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn destination_address<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.destination_address = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
            /**The property `originAddress`, optional.

The origin address's ID.

For example `c86f777b-1885-4ddf-961d-542ba80a69b8`.*/
            pub fn origin_address<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoOptional<::std::string::String>,
            {
                self.origin_address = ::std::result::Result::Ok(
                    ::client_runtime::IntoOptional::into_optional(value),
                );
                self
            }
        }
        impl ::std::convert::TryFrom<TaxDetails> for super::TaxDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaxDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    destination_address: value.destination_address?,
                    origin_address: value.origin_address?,
                })
            }
        }
        impl ::std::convert::From<super::TaxDetails> for TaxDetails {
            fn from(value: super::TaxDetails) -> Self {
                Self {
                    destination_address: Ok(value.destination_address),
                    origin_address: Ok(value.origin_address),
                }
            }
        }
        ///Builds a [`super::TaxValidation`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `TaxValidation`, finishes it.
        #[derive(Clone, Debug)]
        pub struct TaxValidation {
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaxValidation {
            fn default() -> Self {
                Self {
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl TaxValidation {
            /**The property `updatedAt`, optional.

When tax was last calculated.

Format `date-time`. For example `2024-06-13T16:50:00.682Z`.*/
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TaxValidation> for super::TaxValidation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaxValidation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::TaxValidation> for TaxValidation {
            fn from(value: super::TaxValidation) -> Self {
                Self {
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        ///Builds a [`super::Taxes`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Taxes`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Taxes {
            collection: ::std::result::Result<
                ::std::vec::Vec<super::Tax>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Taxes {
            fn default() -> Self {
                Self {
                    collection: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl Taxes {
            /**The property `collection`, optional.

The taxes.*/
            pub fn collection<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::Tax>,
            {
                self.collection = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for collection: {e}")
                    });
                self
            }
            /**The property `total`, optional.

The taxes' total.

For example `3`.*/
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Taxes> for super::Taxes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Taxes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    collection: value.collection?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::Taxes> for Taxes {
            fn from(value: super::Taxes) -> Self {
                Self {
                    collection: Ok(value.collection),
                    total: Ok(value.total),
                }
            }
        }
        ///Builds a [`super::Validations`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Validations`, finishes it.
        #[derive(Clone, Debug)]
        pub struct Validations {
            line_items: ::std::result::Result<
                ::std::vec::Vec<super::LineItemValidation>,
                ::std::string::String,
            >,
            product: ::std::result::Result<
                ::std::option::Option<super::ProductValidation>,
                ::std::string::String,
            >,
            promotions: ::std::result::Result<
                ::std::option::Option<super::PromotionValidation>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::TaxValidation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Validations {
            fn default() -> Self {
                Self {
                    line_items: Ok(Default::default()),
                    product: Ok(Default::default()),
                    promotions: Ok(Default::default()),
                    tax: Ok(Default::default()),
                }
            }
        }
        impl Validations {
            /**The property `lineItems`, optional.

Per line item.*/
            pub fn line_items<T>(mut self, value: T) -> Self
            where
                T: ::client_runtime::IntoList<super::LineItemValidation>,
            {
                self.line_items = ::client_runtime::IntoList::into_list(value)
                    .map_err(|e| {
                        format!("error converting supplied value for line_items: {e}")
                    });
                self
            }
            ///The property `product`, optional.
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProductValidation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for product: {e}")
                    });
                self
            }
            ///The property `promotions`, optional.
            pub fn promotions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PromotionValidation>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.promotions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for promotions: {e}")
                    });
                self
            }
            ///The property `tax`, optional.
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TaxValidation>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Validations> for super::Validations {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Validations,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    line_items: value.line_items?,
                    product: value.product?,
                    promotions: value.promotions?,
                    tax: value.tax?,
                })
            }
        }
        impl ::std::convert::From<super::Validations> for Validations {
            fn from(value: super::Validations) -> Self {
                Self {
                    line_items: Ok(value.line_items),
                    product: Ok(value.product),
                    promotions: Ok(value.promotions),
                    tax: Ok(value.tax),
                }
            }
        }
        impl ::std::convert::TryFrom<Address> for ::std::option::Option<super::Address> {
            type Error = super::error::ConversionError;
            fn try_from(value: Address) -> ::std::result::Result<Self, Self::Error> {
                super::Address::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Adjustment>
        for ::std::option::Option<super::Adjustment> {
            type Error = super::error::ConversionError;
            fn try_from(value: Adjustment) -> ::std::result::Result<Self, Self::Error> {
                super::Adjustment::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Adjustments>
        for ::std::option::Option<super::Adjustments> {
            type Error = super::error::ConversionError;
            fn try_from(value: Adjustments) -> ::std::result::Result<Self, Self::Error> {
                super::Adjustments::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Amount> for ::std::option::Option<super::Amount> {
            type Error = super::error::ConversionError;
            fn try_from(value: Amount) -> ::std::result::Result<Self, Self::Error> {
                super::Amount::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<AppliedPromotion>
        for ::std::option::Option<super::AppliedPromotion> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppliedPromotion,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::AppliedPromotion::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<AppliedPromotions>
        for ::std::option::Option<super::AppliedPromotions> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AppliedPromotions,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::AppliedPromotions::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<AvailableSku>
        for ::std::option::Option<super::AvailableSku> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AvailableSku,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::AvailableSku::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Behaviors>
        for ::std::option::Option<super::Behaviors> {
            type Error = super::error::ConversionError;
            fn try_from(value: Behaviors) -> ::std::result::Result<Self, Self::Error> {
                super::Behaviors::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<CachedSourceConfiguration>
        for ::std::option::Option<super::CachedSourceConfiguration> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CachedSourceConfiguration,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::CachedSourceConfiguration::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<CartError>
        for ::std::option::Option<super::CartError> {
            type Error = super::error::ConversionError;
            fn try_from(value: CartError) -> ::std::result::Result<Self, Self::Error> {
                super::CartError::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<CartPromotion>
        for ::std::option::Option<super::CartPromotion> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CartPromotion,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::CartPromotion::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<CartPromotions>
        for ::std::option::Option<super::CartPromotions> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CartPromotions,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::CartPromotions::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Configuration>
        for ::std::option::Option<super::Configuration> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Configuration,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::Configuration::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Coupon> for ::std::option::Option<super::Coupon> {
            type Error = super::error::ConversionError;
            fn try_from(value: Coupon) -> ::std::result::Result<Self, Self::Error> {
                super::Coupon::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<CustomerContext>
        for ::std::option::Option<super::CustomerContext> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerContext,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::CustomerContext::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<DraftOrder>
        for ::std::option::Option<super::DraftOrder> {
            type Error = super::error::ConversionError;
            fn try_from(value: DraftOrder) -> ::std::result::Result<Self, Self::Error> {
                super::DraftOrder::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<DraftOrderLineItem>
        for ::std::option::Option<super::DraftOrderLineItem> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DraftOrderLineItem,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::DraftOrderLineItem::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Fee> for ::std::option::Option<super::Fee> {
            type Error = super::error::ConversionError;
            fn try_from(value: Fee) -> ::std::result::Result<Self, Self::Error> {
                super::Fee::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Fees> for ::std::option::Option<super::Fees> {
            type Error = super::error::ConversionError;
            fn try_from(value: Fees) -> ::std::result::Result<Self, Self::Error> {
                super::Fees::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Fulfillment>
        for ::std::option::Option<super::Fulfillment> {
            type Error = super::error::ConversionError;
            fn try_from(value: Fulfillment) -> ::std::result::Result<Self, Self::Error> {
                super::Fulfillment::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<FulfillmentInventory>
        for ::std::option::Option<super::FulfillmentInventory> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FulfillmentInventory,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::FulfillmentInventory::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<InventoryChannels>
        for ::std::option::Option<super::InventoryChannels> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryChannels,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::InventoryChannels::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<InventoryCounters>
        for ::std::option::Option<super::InventoryCounters> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryCounters,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::InventoryCounters::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<InventoryValidation>
        for ::std::option::Option<super::InventoryValidation> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InventoryValidation,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::InventoryValidation::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<ItemSummary>
        for ::std::option::Option<super::ItemSummary> {
            type Error = super::error::ConversionError;
            fn try_from(value: ItemSummary) -> ::std::result::Result<Self, Self::Error> {
                super::ItemSummary::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<LineItem>
        for ::std::option::Option<super::LineItem> {
            type Error = super::error::ConversionError;
            fn try_from(value: LineItem) -> ::std::result::Result<Self, Self::Error> {
                super::LineItem::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<LineItemFulfillment>
        for ::std::option::Option<super::LineItemFulfillment> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LineItemFulfillment,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::LineItemFulfillment::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<LineItemValidation>
        for ::std::option::Option<super::LineItemValidation> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LineItemValidation,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::LineItemValidation::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<LineItems>
        for ::std::option::Option<super::LineItems> {
            type Error = super::error::ConversionError;
            fn try_from(value: LineItems) -> ::std::result::Result<Self, Self::Error> {
                super::LineItems::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<LinePrice>
        for ::std::option::Option<super::LinePrice> {
            type Error = super::error::ConversionError;
            fn try_from(value: LinePrice) -> ::std::result::Result<Self, Self::Error> {
                super::LinePrice::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<MaxQuantity>
        for ::std::option::Option<super::MaxQuantity> {
            type Error = super::error::ConversionError;
            fn try_from(value: MaxQuantity) -> ::std::result::Result<Self, Self::Error> {
                super::MaxQuantity::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<OrderConfiguration>
        for ::std::option::Option<super::OrderConfiguration> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderConfiguration,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::OrderConfiguration::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<OrderDraft>
        for ::std::option::Option<super::OrderDraft> {
            type Error = super::error::ConversionError;
            fn try_from(value: OrderDraft) -> ::std::result::Result<Self, Self::Error> {
                super::OrderDraft::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<OrderValidation>
        for ::std::option::Option<super::OrderValidation> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderValidation,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::OrderValidation::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Payment> for ::std::option::Option<super::Payment> {
            type Error = super::error::ConversionError;
            fn try_from(value: Payment) -> ::std::result::Result<Self, Self::Error> {
                super::Payment::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<PaymentAuthorization>
        for ::std::option::Option<super::PaymentAuthorization> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentAuthorization,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::PaymentAuthorization::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<PaymentVerifier>
        for ::std::option::Option<super::PaymentVerifier> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentVerifier,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::PaymentVerifier::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Payments>
        for ::std::option::Option<super::Payments> {
            type Error = super::error::ConversionError;
            fn try_from(value: Payments) -> ::std::result::Result<Self, Self::Error> {
                super::Payments::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Person> for ::std::option::Option<super::Person> {
            type Error = super::error::ConversionError;
            fn try_from(value: Person) -> ::std::result::Result<Self, Self::Error> {
                super::Person::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<PersonName>
        for ::std::option::Option<super::PersonName> {
            type Error = super::error::ConversionError;
            fn try_from(value: PersonName) -> ::std::result::Result<Self, Self::Error> {
                super::PersonName::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Phone> for ::std::option::Option<super::Phone> {
            type Error = super::error::ConversionError;
            fn try_from(value: Phone) -> ::std::result::Result<Self, Self::Error> {
                super::Phone::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<PickupPerson>
        for ::std::option::Option<super::PickupPerson> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PickupPerson,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::PickupPerson::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<PriceSummary>
        for ::std::option::Option<super::PriceSummary> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PriceSummary,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::PriceSummary::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<ProductValidation>
        for ::std::option::Option<super::ProductValidation> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductValidation,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::ProductValidation::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<PromotionValidation>
        for ::std::option::Option<super::PromotionValidation> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PromotionValidation,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::PromotionValidation::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Proration>
        for ::std::option::Option<super::Proration> {
            type Error = super::error::ConversionError;
            fn try_from(value: Proration) -> ::std::result::Result<Self, Self::Error> {
                super::Proration::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<ProrationPart>
        for ::std::option::Option<super::ProrationPart> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProrationPart,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::ProrationPart::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Segment> for ::std::option::Option<super::Segment> {
            type Error = super::error::ConversionError;
            fn try_from(value: Segment) -> ::std::result::Result<Self, Self::Error> {
                super::Segment::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<StateEntry>
        for ::std::option::Option<super::StateEntry> {
            type Error = super::error::ConversionError;
            fn try_from(value: StateEntry) -> ::std::result::Result<Self, Self::Error> {
                super::StateEntry::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Tax> for ::std::option::Option<super::Tax> {
            type Error = super::error::ConversionError;
            fn try_from(value: Tax) -> ::std::result::Result<Self, Self::Error> {
                super::Tax::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<TaxDetails>
        for ::std::option::Option<super::TaxDetails> {
            type Error = super::error::ConversionError;
            fn try_from(value: TaxDetails) -> ::std::result::Result<Self, Self::Error> {
                super::TaxDetails::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<TaxValidation>
        for ::std::option::Option<super::TaxValidation> {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaxValidation,
            ) -> ::std::result::Result<Self, Self::Error> {
                super::TaxValidation::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Taxes> for ::std::option::Option<super::Taxes> {
            type Error = super::error::ConversionError;
            fn try_from(value: Taxes) -> ::std::result::Result<Self, Self::Error> {
                super::Taxes::try_from(value).map(Some)
            }
        }
        impl ::std::convert::TryFrom<Validations>
        for ::std::option::Option<super::Validations> {
            type Error = super::error::ConversionError;
            fn try_from(value: Validations) -> ::std::result::Result<Self, Self::Error> {
                super::Validations::try_from(value).map(Some)
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
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
        customer_id: Result<::std::string::String, String>,
        x_fabric_channel_id: Result<Option<::std::string::String>, String>,
        x_fabric_request_id: Result<Option<::std::string::String>, String>,
        x_fabric_tenant_id: Result<::std::string::String, String>,
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
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
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
        pub fn x_fabric_channel_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
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
        pub fn x_fabric_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
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
        pub fn x_fabric_tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
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
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::OrderDraft>>,
            Error<types::CartError>,
        > {
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
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::OrderDraft>>,
            Error<types::CartError>,
        > {
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

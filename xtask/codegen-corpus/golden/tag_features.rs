// @generated from xtask/codegen-corpus/cases/tag-features.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    use ::std::fmt::Display;
    #[allow(unused_imports)]
    use ::serde::{Deserialize, Serialize};
    #[allow(unused_imports)]
    use ::schemars::JsonSchema;
    ///`Health`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Health {
        ///The property `status`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    ///`Money`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Money {
        ///The property `amount`.
        pub amount: String,
        ///The property `currency`.
        pub currency: String,
    }
    #[cfg(feature = "orders")]
    ///`Order`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Order {
        ///The property `id`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `status`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<OrderStatus>,
        ///The property `total`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub total: Option<Money>,
    }
    #[cfg(feature = "orders")]
    #[derive(
        Deserialize,
        Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        JsonSchema
    )]
    ///`OrderStatus`
    #[non_exhaustive]
    pub enum OrderStatus {
        ///The value `OPEN`.
        #[serde(rename = "OPEN")]
        Open,
        ///The value `SHIPPED`.
        #[serde(rename = "SHIPPED")]
        Shipped,
        /// A value this version of the spec does not list, kept exactly as
        /// the server sent it.
        #[serde(untagged)]
        Unknown(String),
    }
    #[cfg(feature = "orders")]
    impl OrderStatus {
        /// The value as it is sent and received.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "OPEN",
                Self::Shipped => "SHIPPED",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    #[cfg(feature = "orders")]
    impl Display for OrderStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    #[cfg(feature = "orders")]
    impl From<&str> for OrderStatus {
        fn from(value: &str) -> Self {
            match value {
                "OPEN" => Self::Open,
                "SHIPPED" => Self::Shipped,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    #[cfg(feature = "orders")]
    impl From<String> for OrderStatus {
        fn from(value: String) -> Self {
            Self::from(value.as_str())
        }
    }
    #[cfg(feature = "orders")]
    impl ::std::str::FromStr for OrderStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    ///`Refund`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Refund {
        ///The property `amount`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub amount: Option<Money>,
        ///The property `id`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        ///The property `reason`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub reason: Option<RefundReason>,
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    #[derive(
        Deserialize,
        Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        JsonSchema
    )]
    ///`RefundReason`
    #[non_exhaustive]
    pub enum RefundReason {
        ///The value `DAMAGED`.
        #[serde(rename = "DAMAGED")]
        Damaged,
        ///The value `LATE`.
        #[serde(rename = "LATE")]
        Late,
        /// A value this version of the spec does not list, kept exactly as
        /// the server sent it.
        #[serde(untagged)]
        Unknown(String),
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl RefundReason {
        /// The value as it is sent and received.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Damaged => "DAMAGED",
                Self::Late => "LATE",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl Display for RefundReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl From<&str> for RefundReason {
        fn from(value: &str) -> Self {
            match value {
                "DAMAGED" => Self::Damaged,
                "LATE" => Self::Late,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl From<String> for RefundReason {
        fn from(value: String) -> Self {
            Self::from(value.as_str())
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl ::std::str::FromStr for RefundReason {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    ///`RefundRequest`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct RefundRequest {
        ///The property `reason`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub reason: Option<RefundReason>,
    }
    ///`Unused`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Unused {
        ///The property `note`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::Health`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Health`, finishes it.
            Health => super::Health, super::error::ConversionError {
                ///The property `status`, optional.
                status: optional(String),
            }
        }
        #[cfg(any(feature = "orders", feature = "refunds"))]
        ::client_runtime::model_builder! {
            ///Builds a [`super::Money`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Money`, finishes it.
            Money => super::Money, super::error::ConversionError {
                ///The property `amount`, required.
                amount: value(String) required,
                ///The property `currency`, required.
                currency: value(String) required,
            }
        }
        #[cfg(feature = "orders")]
        ::client_runtime::model_builder! {
            ///Builds a [`super::Order`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Order`, finishes it.
            Order => super::Order, super::error::ConversionError {
                ///The property `id`, optional.
                id: optional(String),
                /**The property `status`, optional.

One of `OPEN`, `SHIPPED`.*/
                status: value(Option<super::OrderStatus>),
                ///The property `total`, optional.
                total: value(Option<super::Money>),
            }
        }
        #[cfg(any(feature = "orders", feature = "refunds"))]
        ::client_runtime::model_builder! {
            ///Builds a [`super::Refund`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Refund`, finishes it.
            Refund => super::Refund, super::error::ConversionError {
                ///The property `amount`, optional.
                amount: value(Option<super::Money>),
                ///The property `id`, optional.
                id: optional(String),
                /**The property `reason`, optional.

One of `DAMAGED`, `LATE`.*/
                reason: value(Option<super::RefundReason>),
            }
        }
        #[cfg(any(feature = "orders", feature = "refunds"))]
        ::client_runtime::model_builder! {
            ///Builds a [`super::RefundRequest`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `RefundRequest`, finishes it.
            RefundRequest => super::RefundRequest, super::error::ConversionError {
                /**The property `reason`, optional.

One of `DAMAGED`, `LATE`.*/
                reason: value(Option<super::RefundReason>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Unused`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Unused`, finishes it.
            Unused => super::Unused, super::error::ConversionError {
                ///The property `note`, optional.
                note: optional(String),
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
/**Client for Tag features

Version: 1*/
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
        "1"
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
    /**Sends a `GET` request to `/health`

```ignore
let response = client.get_health()
    .send()
    .await;
```*/
    pub fn get_health(&self) -> builder::GetHealth<'_> {
        builder::GetHealth::new(self)
    }
    #[cfg(feature = "orders")]
    /**Sends a `GET` request to `/orders/{orderId}`

```ignore
let response = client.get_order()
    .order_id(order_id)
    .send()
    .await;
```*/
    pub fn get_order(&self) -> builder::GetOrder<'_> {
        builder::GetOrder::new(self)
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    /**Sends a `POST` request to `/orders/{orderId}/refunds`

```ignore
let response = client.refund_order()
    .order_id(order_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn refund_order(&self) -> builder::RefundOrder<'_> {
        builder::RefundOrder::new(self)
    }
    #[cfg(feature = "refunds")]
    /**Sends a `GET` request to `/refunds/{refundId}`

```ignore
let response = client.get_refund()
    .refund_id(refund_id)
    .send()
    .await;
```*/
    pub fn get_refund(&self) -> builder::GetRefund<'_> {
        builder::GetRefund::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    #[allow(unused_imports)]
    use ::std::fmt::Display;
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_health`]

[`Client::get_health`]: super::Client::get_health*/
    #[derive(Clone)]
    pub struct GetHealth<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetHealth<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/health`
        pub async fn send(self) -> Result<ResponseValue<types::Health>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/health", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "tag-features",
                id: "getHealth",
                method: "GET",
                path: "/health",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success(),
                _ => Err(response.unexpected()),
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Health>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    #[cfg(feature = "orders")]
    /**Builder for [`Client::get_order`]

[`Client::get_order`]: super::Client::get_order*/
    #[derive(Clone)]
    pub struct GetOrder<'a> {
        client: &'a super::Client,
        order_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    #[cfg(feature = "orders")]
    impl<'a> GetOrder<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `orderId`, required.
        pub fn order_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.order_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `orderId` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/orders/{orderId}`
        pub async fn send(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            let Self { client, order_id, options } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& order_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "tag-features",
                id: "getOrder",
                method: "GET",
                path: "/orders/{orderId}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success(),
                _ => Err(response.unexpected()),
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    /**Builder for [`Client::refund_order`]

[`Client::refund_order`]: super::Client::refund_order*/
    #[derive(Clone)]
    pub struct RefundOrder<'a> {
        client: &'a super::Client,
        order_id: Result<String, String>,
        body: Result<types::builder::RefundRequest, String>,
        options: ::client_runtime::CallOptions,
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl<'a> RefundOrder<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                order_id: Err("order_id was not initialized".to_string()),
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `orderId`, required.
        pub fn order_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.order_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `orderId` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The request body: its model, or the model's builder.
        pub fn body<V: TryInto<types::RefundRequest>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::RefundRequest>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RefundRequest` for body failed: {}", s)
                });
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(
                    types::builder::RefundRequest,
                ) -> types::builder::RefundRequest,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders/{orderId}/refunds`
        pub async fn send(self) -> Result<ResponseValue<types::Refund>, Error<()>> {
            let Self { client, order_id, body, options } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RefundRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}/refunds", client.baseurl, encode_path(& order_id
                .to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "tag-features",
                id: "refundOrder",
                method: "POST",
                path: "/orders/{orderId}/refunds",
                idempotent: false,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                201u16 => response.success(),
                _ => Err(response.unexpected()),
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Refund>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    #[cfg(feature = "refunds")]
    /**Builder for [`Client::get_refund`]

[`Client::get_refund`]: super::Client::get_refund*/
    #[derive(Clone)]
    pub struct GetRefund<'a> {
        client: &'a super::Client,
        refund_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    #[cfg(feature = "refunds")]
    impl<'a> GetRefund<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                refund_id: Err("refund_id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `refundId`, required.
        pub fn refund_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.refund_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `refundId` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/refunds/{refundId}`
        pub async fn send(self) -> Result<ResponseValue<types::Refund>, Error<()>> {
            let Self { client, refund_id, options } = self;
            let refund_id = refund_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/refunds/{}", client.baseurl, encode_path(& refund_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "tag-features",
                id: "getRefund",
                method: "GET",
                path: "/refunds/{refundId}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success(),
                _ => Err(response.unexpected()),
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Refund>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    impl ::std::fmt::Debug for GetHealth<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetHealth")
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    #[cfg(feature = "orders")]
    impl ::std::fmt::Debug for GetOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetOrder")
                .field("order_id", &::client_runtime::Given::required(&self.order_id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    #[cfg(any(feature = "orders", feature = "refunds"))]
    impl ::std::fmt::Debug for RefundOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("RefundOrder")
                .field("order_id", &::client_runtime::Given::required(&self.order_id))
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    #[cfg(feature = "refunds")]
    impl ::std::fmt::Debug for GetRefund<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetRefund")
                .field("refund_id", &::client_runtime::Given::required(&self.refund_id))
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
///The API's server, from the spec: `https://corpus.example`.
pub const SERVER_URL: &str = "https://corpus.example";
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "tag-features",
        default_base_url: Some(SERVER_URL),
        schemes: &[],
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

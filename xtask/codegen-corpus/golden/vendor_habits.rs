// @generated from xtask/codegen-corpus/cases/vendor-habits.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    use ::serde::{Deserialize, Serialize};
    #[allow(unused_imports)]
    use ::schemars::JsonSchema;
    ///`ListOrdersFilter`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ListOrdersFilter {
        ///The property `customer`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub customer: Option<String>,
        ///The property `status`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
    }
    ///`Order`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Order {
        ///A format on an array, which says nothing, as vendors write it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[serde(serialize_with = "::client_runtime::number::serialize_list")]
        pub credits: Vec<f64>,
        ///The property `id`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<OrderId>,
        ///Bounded below by nothing, as vendors write it.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub label: Option<OrderLabel>,
        ///Anything but a number.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<::serde_json::Value>,
    }
    ///`OrderId`
    #[derive(Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, JsonSchema)]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct OrderId(String);
    impl ::std::ops::Deref for OrderId {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    impl From<OrderId> for String {
        fn from(value: OrderId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrderId {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^(?!tmp-)[a-z0-9-]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^(?!tmp-)[a-z0-9-]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl TryFrom<&str> for OrderId {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl TryFrom<String> for OrderId {
        type Error = self::error::ConversionError;
        fn try_from(value: String) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> Deserialize<'de> for OrderId {
        fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Bounded below by nothing, as vendors write it.
    #[derive(Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, JsonSchema)]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct OrderLabel(String);
    impl ::std::ops::Deref for OrderLabel {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    impl From<OrderLabel> for String {
        fn from(value: OrderLabel) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrderLabel {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> Result<Self, self::error::ConversionError> {
            if value.chars().count() > 40usize {
                return Err("longer than 40 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl TryFrom<&str> for OrderLabel {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl TryFrom<String> for OrderLabel {
        type Error = self::error::ConversionError;
        fn try_from(value: String) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> Deserialize<'de> for OrderLabel {
        fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`Period`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Period {
        ///The property `month`.
        pub month: i64,
        ///The property `year`.
        pub year: i64,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::ListOrdersFilter`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ListOrdersFilter`, finishes it.
            ListOrdersFilter => super::ListOrdersFilter, super::error::ConversionError {
                ///`customer`, as its signature says.
                customer: optional(String),
                ///`status`, as its signature says.
                status: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Order`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Order`, finishes it.
            Order => super::Order, super::error::ConversionError {
                /**The property `credits`, optional.

A format on an array, which says nothing, as vendors write it.

Format `double`.*/
                credits: list(f64),
                /**The property `id`, optional.

Matches `^(?!tmp-)[a-z0-9-]+$`.*/
                id: value(Option<super::OrderId>),
                /**The property `label`, optional.

Bounded below by nothing, as vendors write it.

Characters, at least `0`. Characters, at most `40`.*/
                label: value(Option<super::OrderLabel>),
                /**The property `note`, optional.

Anything but a number.*/
                note: value(Option<::serde_json::Value>),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Period`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Period`, finishes it.
            Period => super::Period, super::error::ConversionError {
                ///The property `month`, required.
                month: value(i64) required,
                ///The property `year`, required.
                year: value(i64) required,
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
/**Client for Vendor habits

Version: 2*/
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
        "2"
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
    /**Public, whatever the API's security

Sends a `GET` request to `/health`

```ignore
let response = client.get_health()
    .send()
    .await;
```*/
    pub fn get_health(&self) -> builder::GetHealth<'_> {
        builder::GetHealth::new(self)
    }
    /**An HTTP scheme of the vendor's own, sent as it is

Sends a `GET` request to `/legacy`

```ignore
let response = client.get_legacy()
    .send()
    .await;
```*/
    pub fn get_legacy(&self) -> builder::GetLegacy<'_> {
        builder::GetLegacy::new(self)
    }
    /**A bearer token, or the partner key and a session cookie together

Sends a `GET` request to `/orders`

Arguments:
- `filter`
- `tags`
- `type_`: A keyword as a name.
- `x_trace`
```ignore
let response = client.list_orders()
    .filter(filter)
    .tags(tags)
    .type_(type_)
    .x_trace(x_trace)
    .send()
    .await;
```*/
    pub fn list_orders(&self) -> builder::ListOrders<'_> {
        builder::ListOrders::new(self)
    }
    /**No operationId, and the API's security

Sends a `GET` request to `/orders/{orderId}`

```ignore
let response = client.get_orders_by_order_id()
    .order_id(order_id)
    .send()
    .await;
```*/
    pub fn get_orders_by_order_id(&self) -> builder::GetOrdersByOrderId<'_> {
        builder::GetOrdersByOrderId::new(self)
    }
    /**A user name and password

Sends a `DELETE` request to `/orders/{orderId}`

```ignore
let response = client.delete_order()
    .order_id(order_id)
    .send()
    .await;
```*/
    pub fn delete_order(&self) -> builder::DeleteOrder<'_> {
        builder::DeleteOrder::new(self)
    }
    /**An API key in the query, and an OAuth 2.0 access token

Sends a `GET` request to `/reports/{period}`

```ignore
let response = client.get_report()
    .period(period)
    .send()
    .await;
```*/
    pub fn get_report(&self) -> builder::GetReport<'_> {
        builder::GetReport::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    #[allow(unused_imports)]
    use ::client_runtime::OneOrMany;
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
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/health", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "vendor-habits",
                id: "getHealth",
                method: "GET",
                path: "/health",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                204u16 => response.empty(),
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
        pub fn send_blocking(self) -> Result<ResponseValue<()>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_legacy`]

[`Client::get_legacy`]: super::Client::get_legacy*/
    #[derive(Clone)]
    pub struct GetLegacy<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetLegacy<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/legacy`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/legacy", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "vendor-habits",
                id: "getLegacy",
                method: "GET",
                path: "/legacy",
                idempotent: true,
                request_ids: &[],
                security: &[&["legacyToken"]],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                204u16 => response.empty(),
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
        pub fn send_blocking(self) -> Result<ResponseValue<()>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::list_orders`]

[`Client::list_orders`]: super::Client::list_orders*/
    #[derive(Clone)]
    pub struct ListOrders<'a> {
        client: &'a super::Client,
        filter: Result<Option<types::ListOrdersFilter>, String>,
        tags: Result<Option<Vec<String>>, String>,
        type_: Result<Option<String>, String>,
        x_trace: Result<Option<Vec<String>>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> ListOrders<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                tags: Ok(None),
                type_: Ok(None),
                x_trace: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `filter`, optional.
        pub fn filter<V: TryInto<types::ListOrdersFilter>>(mut self, value: V) -> Self {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `filter` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///The query parameter `tags`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn tags<V: OneOrMany<String>>(mut self, value: V) -> Self {
            self.tags = Ok(Some(value.into_vec()));
            self
        }
        /**The query parameter `type`, optional.

A keyword as a name.*/
        pub fn type_<V: TryInto<String>>(mut self, value: V) -> Self {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `type` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The header parameter `X-Trace`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn x_trace<V: OneOrMany<String>>(mut self, value: V) -> Self {
            self.x_trace = Ok(Some(value.into_vec()));
            self
        }
        ///Sends a `GET` request to `/orders`
        pub async fn send(self) -> Result<ResponseValue<Vec<types::Order>>, Error<()>> {
            const FILTER_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "filter",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::DeepObject,
                explode: false,
            };
            const TAGS_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "tags",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::PipeDelimited,
                explode: false,
            };
            const X_TRACE_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "X-Trace",
                location: ::client_runtime::wire::Location::Header,
                style: ::client_runtime::wire::Style::Simple,
                explode: false,
            };
            let Self { client, filter, tags, type_, x_trace, options } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let x_trace = x_trace.map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = x_trace {
                header_map
                    .append(
                        "X-Trace",
                        X_TRACE_PARAMETER
                            .serialize(&value)
                            .unwrap_or_default()
                            .try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            if let Some(query) = FILTER_PARAMETER.serialize(&filter) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            if let Some(query) = TAGS_PARAMETER.serialize(&tags) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "vendor-habits",
                id: "listOrders",
                method: "GET",
                path: "/orders",
                idempotent: true,
                request_ids: &[],
                security: &[&["bearerAuth"], &["partnerKey", "session"]],
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
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<Vec<types::Order>>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_orders_by_order_id`]

[`Client::get_orders_by_order_id`]: super::Client::get_orders_by_order_id*/
    #[derive(Clone)]
    pub struct GetOrdersByOrderId<'a> {
        client: &'a super::Client,
        order_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetOrdersByOrderId<'a> {
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
                api: "vendor-habits",
                id: "getOrdersByOrderId",
                method: "GET",
                path: "/orders/{orderId}",
                idempotent: true,
                request_ids: &[],
                security: &[&["partnerKey"]],
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
    /**Builder for [`Client::delete_order`]

[`Client::delete_order`]: super::Client::delete_order*/
    #[derive(Clone)]
    pub struct DeleteOrder<'a> {
        client: &'a super::Client,
        order_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> DeleteOrder<'a> {
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
        ///Sends a `DELETE` request to `/orders/{orderId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, order_id, options } = self;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& order_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.delete(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "vendor-habits",
                id: "deleteOrder",
                method: "DELETE",
                path: "/orders/{orderId}",
                idempotent: true,
                request_ids: &[],
                security: &[&["basicAuth"]],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                204u16 => response.empty(),
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
        pub fn send_blocking(self) -> Result<ResponseValue<()>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_report`]

[`Client::get_report`]: super::Client::get_report*/
    #[derive(Clone)]
    pub struct GetReport<'a> {
        client: &'a super::Client,
        period: Result<types::Period, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetReport<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                period: Err("period was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `period`, required.
        pub fn period<V: TryInto<types::Period>>(mut self, value: V) -> Self {
            self.period = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `period` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/reports/{period}`
        pub async fn send(self) -> Result<ResponseValue<String>, Error<()>> {
            const PERIOD_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "period",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Matrix,
                explode: true,
            };
            let Self { client, period, options } = self;
            let period = period.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reports/{}", client.baseurl, PERIOD_PARAMETER.serialize(& period)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "vendor-habits",
                id: "getReport",
                method: "GET",
                path: "/reports/{period}",
                idempotent: true,
                request_ids: &[],
                security: &[&["oauth", "reportKey"]],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("text/csv"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success_text_with(::std::convert::identity),
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
        pub fn send_blocking(self) -> Result<ResponseValue<String>, Error<()>> {
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
    impl ::std::fmt::Debug for GetLegacy<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetLegacy")
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for ListOrders<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListOrders")
                .field("filter", &::client_runtime::Given::optional(&self.filter))
                .field("tags", &::client_runtime::Given::optional(&self.tags))
                .field("type_", &::client_runtime::Given::optional(&self.type_))
                .field("x_trace", &::client_runtime::Given::optional(&self.x_trace))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetOrdersByOrderId<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetOrdersByOrderId")
                .field("order_id", &::client_runtime::Given::required(&self.order_id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for DeleteOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("DeleteOrder")
                .field("order_id", &::client_runtime::Given::required(&self.order_id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetReport<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetReport")
                .field("period", &::client_runtime::Given::required(&self.period))
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
///The API's server, from the spec: `https://{region}.corpus.example/{version}`, with each variable at its default.
pub const SERVER_URL: &str = "https://eu.corpus.example/v2";
/**The API's server, from the spec: `https://{region}.corpus.example/{version}`, with these variables:

- `region` (default `eu`): Where the account lives. One of `eu`, `us`.
- `version` (default `v2`)

A value a variable's `enum` does not list is refused.*/
pub fn server_url(region: &str, version: &str) -> Result<String, BuildError> {
    {
        const ALLOWED: &[&str] = &["eu", "us"];
        if !ALLOWED.contains(&region) {
            return Err(BuildError::InvalidServerVariable {
                variable: "region",
                value: region.to_owned(),
                allowed: ALLOWED,
            });
        }
    }
    Ok(format!("https://{region}.corpus.example/{version}"))
}
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "vendor-habits",
        default_base_url: Some(SERVER_URL),
        schemes: &[
            ::client_runtime::SecurityScheme {
                name: "basicAuth",
                kind: ::client_runtime::SchemeKind::Basic,
                required: false,
            },
            ::client_runtime::SecurityScheme {
                name: "bearerAuth",
                kind: ::client_runtime::SchemeKind::Bearer,
                required: false,
            },
            ::client_runtime::SecurityScheme {
                name: "legacyToken",
                kind: ::client_runtime::SchemeKind::Http {
                    scheme: "Token",
                },
                required: false,
            },
            ::client_runtime::SecurityScheme {
                name: "oauth",
                kind: ::client_runtime::SchemeKind::OAuth2 {
                    token_url: Some("https://corpus.example/token"),
                    scopes: &["reports"],
                },
                required: false,
            },
            ::client_runtime::SecurityScheme {
                name: "partnerKey",
                kind: ::client_runtime::SchemeKind::ApiKey {
                    location: ::client_runtime::KeyLocation::Header,
                    name: "X-Partner-Key",
                },
                required: false,
            },
            ::client_runtime::SecurityScheme {
                name: "reportKey",
                kind: ::client_runtime::SchemeKind::ApiKey {
                    location: ::client_runtime::KeyLocation::Query,
                    name: "api_key",
                },
                required: false,
            },
            ::client_runtime::SecurityScheme {
                name: "session",
                kind: ::client_runtime::SchemeKind::ApiKey {
                    location: ::client_runtime::KeyLocation::Cookie,
                    name: "sid",
                },
                required: false,
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

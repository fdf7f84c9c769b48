// @generated from xtask/codegen-corpus/cases/pass-short-paths.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`Order`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Order {
        ///The property `channel`: A label, a schema whose name is also the standard library's.
        #[serde(default = "defaults::order_channel")]
        pub channel: ::std::string::String,
        ///The property `id`: A label, a schema whose name is also the standard library's.
        pub id: ::std::string::String,
        ///The property `notes`: A label, a schema whose name is also the standard library's.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub notes: Vec<::std::string::String>,
        ///The property `placedAt`.
        #[serde(rename = "placedAt", skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]
        pub placed_at: Option<DateTime<Utc>>,
        ///The property `quantity`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub quantity: Option<::std::num::NonZeroU32>,
        ///The property `sku`.
        pub sku: OrderSku,
    }
    ///`OrderSku`
    #[derive(Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, JsonSchema)]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct OrderSku(::std::string::String);
    impl ::std::ops::Deref for OrderSku {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl From<OrderSku> for ::std::string::String {
        fn from(value: OrderSku) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrderSku {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl TryFrom<&str> for OrderSku {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl TryFrom<::std::string::String> for OrderSku {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> Deserialize<'de> for OrderSku {
        fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A label, a schema whose name is also the standard library's.
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct String {
        ///The property `text`: A label, a schema whose name is also the standard library's.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub text: Option<::std::string::String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[allow(unused_imports)]
        use ::chrono::{DateTime, offset::Utc};
        ::client_runtime::model_builder! {
            ///Builds a [`super::Order`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Order`, finishes it.
            Order => super::Order, super::error::ConversionError {
                /**The property `channel`, optional.

When not sent: `web`.*/
                channel: value(::std::string::String) default(super::defaults::order_channel()),
                ///The property `id`, required.
                id: value(::std::string::String) required,
                ///The property `notes`, optional.
                notes: list(::std::string::String),
                /**The property `placedAt`, optional.

Format `date-time`.*/
                placed_at: value(Option<DateTime<Utc>>),
                /**The property `quantity`, optional.

At least `1`. Format `int32`.*/
                quantity: value(Option<::std::num::NonZeroU32>),
                /**The property `sku`, required.

Characters, at most `8`.*/
                sku: value(super::OrderSku) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::String`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `String`, finishes it.
            String => super::String, super::error::ConversionError {
                ///The property `text`, optional.
                text: optional(::std::string::String),
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn order_channel() -> ::std::string::String {
            "web".to_string()
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
/**Client for Short paths

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
    /**Sends a `GET` request to `/labels`

```ignore
let response = client.get_label()
    .send()
    .await;
```*/
    pub fn get_label(&self) -> builder::GetLabel<'_> {
        builder::GetLabel::new(self)
    }
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
    /**Builder for [`Client::get_label`]

[`Client::get_label`]: super::Client::get_label*/
    #[derive(Clone)]
    pub struct GetLabel<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetLabel<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/labels`
        pub async fn send(self) -> Result<ResponseValue<types::String>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/labels", client.baseurl,);
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
                api: "pass-short-paths",
                id: "getLabel",
                method: "GET",
                path: "/labels",
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::String>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_order`]

[`Client::get_order`]: super::Client::get_order*/
    #[derive(Clone)]
    pub struct GetOrder<'a> {
        client: &'a super::Client,
        order_id: Result<::std::string::String, String>,
        options: ::client_runtime::CallOptions,
    }
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
        pub fn order_id<V: TryInto<::std::string::String>>(mut self, value: V) -> Self {
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
                api: "pass-short-paths",
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
    impl ::std::fmt::Debug for GetLabel<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetLabel")
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetOrder")
                .field("order_id", &::client_runtime::Given::required(&self.order_id))
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
        name: "pass-short-paths",
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

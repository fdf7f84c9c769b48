// @generated from xtask/codegen-corpus/cases/pass-setter-arguments.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
#![allow(clippy::all)]
#![warn(missing_docs)]
#[allow(unused_imports)]
use ::client_runtime::OneOrMany;
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
    ///`Line`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Line {
        ///The property `gift_note`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub gift_note: Option<String>,
        ///The property `sku`.
        pub sku: String,
    }
    ///`Order`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Order {
        ///The property `lines`.
        pub lines: Vec<Line>,
        ///The property `note`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
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
    ///`Status`
    #[non_exhaustive]
    pub enum Status {
        ///The value `open`.
        #[serde(rename = "open")]
        Open,
        ///The value `closed`.
        #[serde(rename = "closed")]
        Closed,
        /// A value this version of the spec does not list, kept exactly as
        /// the server sent it.
        #[serde(untagged)]
        Unknown(String),
    }
    impl Status {
        /// The value as it is sent and received.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "open",
                Self::Closed => "closed",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl From<&str> for Status {
        fn from(value: &str) -> Self {
            match value {
                "open" => Self::Open,
                "closed" => Self::Closed,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for Status {
        fn from(value: String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for Status {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::Line`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Line`, finishes it.
            Line => super::Line, super::error::ConversionError {
                ///The property `gift_note`, optional.
                gift_note: optional(String),
                ///The property `sku`, required.
                sku: value(String) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Order`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Order`, finishes it.
            Order => super::Order, super::error::ConversionError {
                ///The property `lines`, required.
                lines: list(super::Line) required,
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
/**Client for Setters

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
    /**Sends a `POST` request to `/orders`

```ignore
let response = client.create_order()
    .status(status)
    .tag(tag)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_order(&self) -> builder::CreateOrder<'_> {
        builder::CreateOrder::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    #[allow(unused_imports)]
    use ::std::fmt::Display;
    #[allow(unused_imports)]
    use ::client_runtime::OneOrMany;
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::create_order`]

[`Client::create_order`]: super::Client::create_order*/
    #[derive(Clone)]
    pub struct CreateOrder<'a> {
        client: &'a super::Client,
        status: Result<Option<Vec<types::Status>>, String>,
        tag: Result<Vec<String>, String>,
        body: Result<types::builder::Order, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> CreateOrder<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                status: Ok(None),
                tag: Err("tag was not initialized".to_string()),
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `status`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn status<V: OneOrMany<types::Status>>(mut self, value: V) -> Self {
            self.status = Ok(Some(value.into_vec()));
            self
        }
        ///The query parameter `tag`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn tag<V: OneOrMany<String>>(mut self, value: V) -> Self {
            self.tag = Ok(value.into_vec());
            self
        }
        ///The request body: its model, or the model's builder.
        pub fn body<V: TryInto<types::Order>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::Order>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Order` for body failed: {}", s));
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(types::builder::Order) -> types::builder::Order,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/orders`
        pub async fn send(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            let Self { client, status, tag, body, options } = self;
            let status = status.map_err(Error::InvalidRequest)?;
            let tag = tag.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Order::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tag", &tag))
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "pass-setter-arguments",
                id: "createOrder",
                method: "POST",
                path: "/orders",
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Order>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    impl ::std::fmt::Debug for CreateOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CreateOrder")
                .field("status", &::client_runtime::Given::optional(&self.status))
                .field("tag", &::client_runtime::Given::required(&self.tag))
                .field("body", &::client_runtime::Given::required(&self.body))
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
impl OneOrMany<types::Status> for types::Status {
    fn into_vec(self) -> Vec<Self> {
        ::std::vec![self]
    }
}
///The API's server, from the spec: `https://corpus.example`.
pub const SERVER_URL: &str = "https://corpus.example";
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "pass-setter-arguments",
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

// @generated from xtask/codegen-corpus/cases/openapi-3-1.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`Parcel`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Parcel {
        ///The property `id`.
        pub id: String,
        ///Always `parcel`.
        pub kind: ParcelKind,
        ///The property `note`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
        ///Who receives it, when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub receiver: Option<Person>,
        ///Who sent it.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sender: Option<Person>,
        ///The property `tracking`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tracking: Option<ParcelTracking>,
        ///Kilograms, more than none.
        #[serde(serialize_with = "::client_runtime::number::serialize")]
        pub weight: f64,
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
    ///Always `parcel`.
    #[non_exhaustive]
    pub enum ParcelKind {
        ///The value `parcel`.
        #[serde(rename = "parcel")]
        Parcel,
        /// A value this version of the spec does not list, kept exactly as
        /// the server sent it.
        #[serde(untagged)]
        Unknown(String),
    }
    impl ParcelKind {
        /// The value as it is sent and received.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Parcel => "parcel",
                Self::Unknown(value) => value.as_str(),
            }
        }
    }
    impl Display for ParcelKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl From<&str> for ParcelKind {
        fn from(value: &str) -> Self {
            match value {
                "parcel" => Self::Parcel,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for ParcelKind {
        fn from(value: String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ParcelKind {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    ///`ParcelShippedPayload`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ParcelShippedPayload {
        ///The property `carrier`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub carrier: Option<String>,
        ///The property `parcelId`.
        #[serde(rename = "parcelId")]
        pub parcel_id: String,
    }
    ///`ParcelTracking`
    #[derive(Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd, JsonSchema)]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct ParcelTracking(String);
    impl ::std::ops::Deref for ParcelTracking {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    impl From<ParcelTracking> for String {
        fn from(value: ParcelTracking) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ParcelTracking {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> Result<Self, self::error::ConversionError> {
            if value.chars().count() > 20usize {
                return Err("longer than 20 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl TryFrom<&str> for ParcelTracking {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl TryFrom<String> for ParcelTracking {
        type Error = self::error::ConversionError;
        fn try_from(value: String) -> Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> Deserialize<'de> for ParcelTracking {
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
    ///`Person`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Person {
        ///The property `name`.
        pub name: String,
    }
    ///`Problem`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Problem {
        ///The property `message`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::Parcel`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Parcel`, finishes it.
            Parcel => super::Parcel, super::error::ConversionError {
                /**The property `id`, required.

For example `p-1`.*/
                id: value(String) required,
                /**The property `kind`, required.

Always `parcel`.

One of `parcel`.*/
                kind: value(super::ParcelKind) required,
                ///The property `note`, optional.
                note: optional(String),
                /**The property `receiver`, optional.

Who receives it, when known.*/
                receiver: value(Option<super::Person>),
                /**The property `sender`, optional.

Who sent it.*/
                sender: value(Option<super::Person>),
                /**The property `tracking`, optional.

Characters, at most `20`.*/
                tracking: value(Option<super::ParcelTracking>),
                /**The property `weight`, required.

Kilograms, more than none.

At least `0`.*/
                weight: value(f64) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::ParcelShippedPayload`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ParcelShippedPayload`, finishes it.
            ParcelShippedPayload => super::ParcelShippedPayload, super::error::ConversionError {
                ///The property `carrier`, optional.
                carrier: optional(String),
                /**The property `parcelId`, required.

For example `p-1`.*/
                parcel_id: value(String) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Person`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Person`, finishes it.
            Person => super::Person, super::error::ConversionError {
                ///The property `name`, required.
                name: value(String) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Problem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Problem`, finishes it.
            Problem => super::Problem, super::error::ConversionError {
                ///The property `message`, optional.
                message: optional(String),
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
/**Client for OpenAPI 3.1

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
    /**Sends a `GET` request to `/parcels/{parcelId}`

```ignore
let response = client.get_parcel()
    .parcel_id(parcel_id)
    .send()
    .await;
```*/
    pub fn get_parcel(&self) -> builder::GetParcel<'_> {
        builder::GetParcel::new(self)
    }
    /**Sends a `PUT` request to `/parcels/{parcelId}`

```ignore
let response = client.put_parcel()
    .parcel_id(parcel_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn put_parcel(&self) -> builder::PutParcel<'_> {
        builder::PutParcel::new(self)
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
    /**Builder for [`Client::get_parcel`]

[`Client::get_parcel`]: super::Client::get_parcel*/
    #[derive(Clone)]
    pub struct GetParcel<'a> {
        client: &'a super::Client,
        parcel_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetParcel<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                parcel_id: Err("parcel_id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `parcelId`, required.
        pub fn parcel_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.parcel_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `parcelId` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/parcels/{parcelId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Parcel>, Error<types::Problem>> {
            let Self { client, parcel_id, options } = self;
            let parcel_id = parcel_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/parcels/{}", client.baseurl, encode_path(& parcel_id.to_string()),
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
                api: "openapi-3-1",
                id: "getParcel",
                method: "GET",
                path: "/parcels/{parcelId}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success(),
                404u16 => Err(response.error()),
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
        ) -> Result<ResponseValue<types::Parcel>, Error<types::Problem>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::put_parcel`]

[`Client::put_parcel`]: super::Client::put_parcel*/
    #[derive(Clone)]
    pub struct PutParcel<'a> {
        client: &'a super::Client,
        parcel_id: Result<String, String>,
        body: Result<types::builder::Parcel, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PutParcel<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                parcel_id: Err("parcel_id was not initialized".to_string()),
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `parcelId`, required.
        pub fn parcel_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.parcel_id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `parcelId` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The request body: its model, or the model's builder.
        pub fn body<V: TryInto<types::Parcel>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::Parcel>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Parcel` for body failed: {}", s));
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(types::builder::Parcel) -> types::builder::Parcel,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/parcels/{parcelId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, parcel_id, body, options } = self;
            let parcel_id = parcel_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Parcel::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/parcels/{}", client.baseurl, encode_path(& parcel_id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "openapi-3-1",
                id: "putParcel",
                method: "PUT",
                path: "/parcels/{parcelId}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                204u16 => response.empty(),
                400u16 => Err(response.error()),
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
        pub fn send_blocking(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    impl ::std::fmt::Debug for GetParcel<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetParcel")
                .field("parcel_id", &::client_runtime::Given::required(&self.parcel_id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PutParcel<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PutParcel")
                .field("parcel_id", &::client_runtime::Given::required(&self.parcel_id))
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
///The API's server, from the spec: `https://corpus.example`.
pub const SERVER_URL: &str = "https://corpus.example";
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "openapi-3-1",
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

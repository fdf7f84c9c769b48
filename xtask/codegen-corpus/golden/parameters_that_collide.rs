// @generated from xtask/codegen-corpus/cases/parameters-that-collide.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`UpdateThingBody`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct UpdateThingBody {
        ///The property `name`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::UpdateThingBody`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `UpdateThingBody`, finishes it.
            UpdateThingBody => super::UpdateThingBody, super::error::ConversionError {
                ///`name`, as its signature says.
                name: optional(String),
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
/**Client for Parameters that collide

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
    /**Sends a `GET` request to `/things/{id}`

```ignore
let response = client.get_thing()
    .id(id)
    .body(body)
    .deadline_2(deadline_2)
    .header_map_2(header_map_2)
    .id_2(id_2)
    .new_2(new_2)
    .page_size(page_size)
    .page_size_2(page_size_2)
    .retry_2(retry_2)
    .send_2(send_2)
    .x_id(x_id)
    .x_id_2(x_id_2)
    .send()
    .await;
```*/
    pub fn get_thing(&self) -> builder::GetThing<'_> {
        builder::GetThing::new(self)
    }
    /**Sends a `POST` request to `/things/{id}`

```ignore
let response = client.update_thing()
    .id(id)
    .body_2(body_2)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_thing(&self) -> builder::UpdateThing<'_> {
        builder::UpdateThing::new(self)
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
    /**Builder for [`Client::get_thing`]

[`Client::get_thing`]: super::Client::get_thing*/
    #[derive(Clone)]
    pub struct GetThing<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        body: Result<Option<String>, String>,
        deadline_2: Result<Option<String>, String>,
        header_map_2: Result<Option<String>, String>,
        id_2: Result<Option<String>, String>,
        new_2: Result<Option<String>, String>,
        page_size: Result<Option<i32>, String>,
        page_size_2: Result<Option<i32>, String>,
        retry_2: Result<Option<i32>, String>,
        send_2: Result<Option<String>, String>,
        x_id: Result<Option<String>, String>,
        x_id_2: Result<Option<String>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetThing<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(None),
                deadline_2: Ok(None),
                header_map_2: Ok(None),
                id_2: Ok(None),
                new_2: Ok(None),
                page_size: Ok(None),
                page_size_2: Ok(None),
                retry_2: Ok(None),
                send_2: Ok(None),
                x_id: Ok(None),
                x_id_2: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The query parameter `body`, optional.
        pub fn body<V: TryInto<String>>(mut self, value: V) -> Self {
            self.body = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `body` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The query parameter `deadline`, optional.
        pub fn deadline_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.deadline_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `deadline` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The query parameter `header_map`, optional.
        pub fn header_map_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.header_map_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `header_map` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The query parameter `id`, optional.
        pub fn id_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.id_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The query parameter `new`, optional.
        pub fn new_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.new_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `new` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        /**The query parameter `page-size`, optional.

Format `int32`.*/
        pub fn page_size<V: TryInto<i32>>(mut self, value: V) -> Self {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `page-size` cannot be sent: the spec asks for an integer (int32)"
                        .to_string()
                });
            self
        }
        /**The query parameter `page_size`, optional.

Format `int32`.*/
        pub fn page_size_2<V: TryInto<i32>>(mut self, value: V) -> Self {
            self.page_size_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `page_size` cannot be sent: the spec asks for an integer (int32)"
                        .to_string()
                });
            self
        }
        /**The query parameter `retry`, optional.

Format `int32`.*/
        pub fn retry_2<V: TryInto<i32>>(mut self, value: V) -> Self {
            self.retry_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `retry` cannot be sent: the spec asks for an integer (int32)"
                        .to_string()
                });
            self
        }
        ///The query parameter `send`, optional.
        pub fn send_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.send_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `send` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The header parameter `X-Id`, optional.
        pub fn x_id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.x_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the header parameter `X-Id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The header parameter `x-id`, optional.
        pub fn x_id_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.x_id_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the header parameter `x-id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/things/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self {
                client,
                id,
                body,
                deadline_2,
                header_map_2,
                id_2,
                new_2,
                page_size,
                page_size_2,
                retry_2,
                send_2,
                x_id,
                x_id_2,
                options,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let deadline_2 = deadline_2.map_err(Error::InvalidRequest)?;
            let header_map_2 = header_map_2.map_err(Error::InvalidRequest)?;
            let id_2 = id_2.map_err(Error::InvalidRequest)?;
            let new_2 = new_2.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let page_size_2 = page_size_2.map_err(Error::InvalidRequest)?;
            let retry_2 = retry_2.map_err(Error::InvalidRequest)?;
            let send_2 = send_2.map_err(Error::InvalidRequest)?;
            let x_id = x_id.map_err(Error::InvalidRequest)?;
            let x_id_2 = x_id_2.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/things/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            if let Some(value) = x_id {
                header_map.append("X-Id", value.to_string().try_into()?);
            }
            if let Some(value) = x_id_2 {
                header_map.append("x-id", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("body", &body))
                .query(&progenitor_client::QueryParam::new("deadline", &deadline_2))
                .query(&progenitor_client::QueryParam::new("header_map", &header_map_2))
                .query(&progenitor_client::QueryParam::new("id", &id_2))
                .query(&progenitor_client::QueryParam::new("new", &new_2))
                .query(&progenitor_client::QueryParam::new("page-size", &page_size))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size_2))
                .query(&progenitor_client::QueryParam::new("retry", &retry_2))
                .query(&progenitor_client::QueryParam::new("send", &send_2))
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameters-that-collide",
                id: "getThing",
                method: "GET",
                path: "/things/{id}",
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
    /**Builder for [`Client::update_thing`]

[`Client::update_thing`]: super::Client::update_thing*/
    #[derive(Clone)]
    pub struct UpdateThing<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        body_2: Result<Option<String>, String>,
        body: Result<types::builder::UpdateThingBody, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> UpdateThing<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body_2: Ok(None),
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<String>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The query parameter `body`, optional.
        pub fn body_2<V: TryInto<String>>(mut self, value: V) -> Self {
            self.body_2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `body` cannot be sent: the spec asks for a string"
                        .to_string()
                });
            self
        }
        ///The request body: its model, or the model's builder.
        pub fn body<V: TryInto<types::UpdateThingBody>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::UpdateThingBody>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateThingBody` for body failed: {}", s)
                });
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(
                    types::builder::UpdateThingBody,
                ) -> types::builder::UpdateThingBody,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/things/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, body_2, body, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body_2 = body_2.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateThingBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/things/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .query(&progenitor_client::QueryParam::new("body", &body_2))
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameters-that-collide",
                id: "updateThing",
                method: "POST",
                path: "/things/{id}",
                idempotent: false,
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
    impl ::std::fmt::Debug for GetThing<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetThing")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("body", &::client_runtime::Given::optional(&self.body))
                .field(
                    "deadline_2",
                    &::client_runtime::Given::optional(&self.deadline_2),
                )
                .field(
                    "header_map_2",
                    &::client_runtime::Given::optional(&self.header_map_2),
                )
                .field("id_2", &::client_runtime::Given::optional(&self.id_2))
                .field("new_2", &::client_runtime::Given::optional(&self.new_2))
                .field("page_size", &::client_runtime::Given::optional(&self.page_size))
                .field(
                    "page_size_2",
                    &::client_runtime::Given::optional(&self.page_size_2),
                )
                .field("retry_2", &::client_runtime::Given::optional(&self.retry_2))
                .field("send_2", &::client_runtime::Given::optional(&self.send_2))
                .field("x_id", &::client_runtime::Given::optional(&self.x_id))
                .field("x_id_2", &::client_runtime::Given::optional(&self.x_id_2))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for UpdateThing<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UpdateThing")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("body_2", &::client_runtime::Given::optional(&self.body_2))
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
        name: "parameters-that-collide",
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

// @generated from xtask/codegen-corpus/cases/bodies-by-media-type.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`Label`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Label {
        ///The property `url`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }
    ///`Order`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Order {
        ///The property `id`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
    }
    ///`Problem`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Problem {
        ///The property `status`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<i32>,
        ///The property `title`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::Label`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Label`, finishes it.
            Label => super::Label, super::error::ConversionError {
                ///The property `url`, optional.
                url: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Order`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Order`, finishes it.
            Order => super::Order, super::error::ConversionError {
                ///The property `id`, optional.
                id: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Problem`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Problem`, finishes it.
            Problem => super::Problem, super::error::ConversionError {
                /**The property `status`, optional.

Format `int32`.*/
                status: value(Option<i32>),
                ///The property `title`, optional.
                title: optional(String),
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
/**Client for Bodies by media type

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
    /**Sends a `GET` request to `/archive`

```ignore
let response = client.get_archive()
    .send()
    .await;
```*/
    pub fn get_archive(&self) -> builder::GetArchive<'_> {
        builder::GetArchive::new(self)
    }
    /**Sends a `GET` request to `/invoices/{id}`

```ignore
let response = client.get_invoice()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_invoice(&self) -> builder::GetInvoice<'_> {
        builder::GetInvoice::new(self)
    }
    /**Sends a `GET` request to `/labels/{id}`

```ignore
let response = client.get_label()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_label(&self) -> builder::GetLabel<'_> {
        builder::GetLabel::new(self)
    }
    /**Sends a `GET` request to `/legacy/orders`

```ignore
let response = client.get_legacy_orders()
    .send()
    .await;
```*/
    pub fn get_legacy_orders(&self) -> builder::GetLegacyOrders<'_> {
        builder::GetLegacyOrders::new(self)
    }
    /**Sends a `GET` request to `/orders/export`

```ignore
let response = client.export_orders()
    .send()
    .await;
```*/
    pub fn export_orders(&self) -> builder::ExportOrders<'_> {
        builder::ExportOrders::new(self)
    }
    /**Sends a `GET` request to `/orders/{id}`

```ignore
let response = client.get_order()
    .id(id)
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
    /**Builder for [`Client::get_archive`]

[`Client::get_archive`]: super::Client::get_archive*/
    #[derive(Clone)]
    pub struct GetArchive<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetArchive<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/archive`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::client_runtime::Binary>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/archive", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getArchive",
                method: "GET",
                path: "/archive",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/zip"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                _ => response.success_binary_with(::std::convert::identity),
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
        ///Sends the same request as [`Self::send`], and gives a success's body as a stream of chunks, read as they arrive: a download of any size in bounded memory. Until the status and headers arrive, the call path applies as for `send` (retries of what is safe to retry, the attempt timeout, request ids); after that, the call's deadline bounds the reading, and a body cut off ends the stream with its error, never sent again. A documented error is decoded as `send` decodes it.
        pub async fn send_streaming(
            self,
        ) -> Result<ResponseValue<::client_runtime::BodyStream>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/archive", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getArchive",
                method: "GET",
                path: "/archive",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/zip"),
                );
            let response = client
                .runtime
                .execute_streaming(
                    &OPERATION,
                    request,
                    options,
                    |status: u16| match status {
                        _ => true,
                    },
                )
                .await?;
            let response = match response {
                ::client_runtime::Streamed::Stream(stream) => return Ok(stream),
                ::client_runtime::Streamed::Complete(response) => response,
            };
            match response.status().as_u16() {
                _ => Err(response.unexpected()),
            }
        }
        /// Sends the request as [`send`](Self::send) does, and waits for
        /// its answer, blocking this thread: for a program without an
        /// async runtime (inside one it is refused, never sent). The
        /// call's retries, deadline and credentials are `send`'s.
        #[cfg(feature = "blocking")]
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<::client_runtime::Binary>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_invoice`]

[`Client::get_invoice`]: super::Client::get_invoice*/
    #[derive(Clone)]
    pub struct GetInvoice<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetInvoice<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/invoices/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::client_runtime::Binary>, Error<types::Problem>> {
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getInvoice",
                method: "GET",
                path: "/invoices/{id}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/pdf, application/problem+json",
                    ),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success_binary_with(::std::convert::identity),
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
        ///Sends the same request as [`Self::send`], and gives a success's body as a stream of chunks, read as they arrive: a download of any size in bounded memory. Until the status and headers arrive, the call path applies as for `send` (retries of what is safe to retry, the attempt timeout, request ids); after that, the call's deadline bounds the reading, and a body cut off ends the stream with its error, never sent again. A documented error is decoded as `send` decodes it.
        pub async fn send_streaming(
            self,
        ) -> Result<ResponseValue<::client_runtime::BodyStream>, Error<types::Problem>> {
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getInvoice",
                method: "GET",
                path: "/invoices/{id}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/pdf, application/problem+json",
                    ),
                );
            let response = client
                .runtime
                .execute_streaming(
                    &OPERATION,
                    request,
                    options,
                    |status: u16| match status {
                        200u16 => true,
                        404u16 => false,
                        _ => false,
                    },
                )
                .await?;
            let response = match response {
                ::client_runtime::Streamed::Stream(stream) => return Ok(stream),
                ::client_runtime::Streamed::Complete(response) => response,
            };
            match response.status().as_u16() {
                404u16 => Err(response.error()),
                _ => Err(response.unexpected()),
            }
        }
        /// Sends the request as [`send`](Self::send) does, and waits for
        /// its answer, blocking this thread: for a program without an
        /// async runtime (inside one it is refused, never sent). The
        /// call's retries, deadline and credentials are `send`'s.
        #[cfg(feature = "blocking")]
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<::client_runtime::Binary>, Error<types::Problem>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_label`]

[`Client::get_label`]: super::Client::get_label*/
    #[derive(Clone)]
    pub struct GetLabel<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetLabel<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/labels/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Label>, Error<()>> {
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/labels/{}", client.baseurl, encode_path(& id.to_string()),
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
                api: "bodies-by-media-type",
                id: "getLabel",
                method: "GET",
                path: "/labels/{id}",
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Label>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_legacy_orders`]

[`Client::get_legacy_orders`]: super::Client::get_legacy_orders*/
    #[derive(Clone)]
    pub struct GetLegacyOrders<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetLegacyOrders<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/legacy/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::client_runtime::Binary>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/legacy/orders", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getLegacyOrders",
                method: "GET",
                path: "/legacy/orders",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/xml"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success_binary_with(::std::convert::identity),
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
        ///Sends the same request as [`Self::send`], and gives a success's body as a stream of chunks, read as they arrive: a download of any size in bounded memory. Until the status and headers arrive, the call path applies as for `send` (retries of what is safe to retry, the attempt timeout, request ids); after that, the call's deadline bounds the reading, and a body cut off ends the stream with its error, never sent again. A documented error is decoded as `send` decodes it.
        pub async fn send_streaming(
            self,
        ) -> Result<ResponseValue<::client_runtime::BodyStream>, Error<()>> {
            let Self { client, options } = self;
            let url = format!("{}/legacy/orders", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getLegacyOrders",
                method: "GET",
                path: "/legacy/orders",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/xml"),
                );
            let response = client
                .runtime
                .execute_streaming(
                    &OPERATION,
                    request,
                    options,
                    |status: u16| match status {
                        200u16 => true,
                        _ => false,
                    },
                )
                .await?;
            let response = match response {
                ::client_runtime::Streamed::Stream(stream) => return Ok(stream),
                ::client_runtime::Streamed::Complete(response) => response,
            };
            match response.status().as_u16() {
                _ => Err(response.unexpected()),
            }
        }
        /// Sends the request as [`send`](Self::send) does, and waits for
        /// its answer, blocking this thread: for a program without an
        /// async runtime (inside one it is refused, never sent). The
        /// call's retries, deadline and credentials are `send`'s.
        #[cfg(feature = "blocking")]
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<::client_runtime::Binary>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::export_orders`]

[`Client::export_orders`]: super::Client::export_orders*/
    #[derive(Clone)]
    pub struct ExportOrders<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> ExportOrders<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/orders/export`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<String>, Error<::client_runtime::ErrorText>> {
            let Self { client, options } = self;
            let url = format!("{}/orders/export", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "exportOrders",
                method: "GET",
                path: "/orders/export",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("text/csv, text/html"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success_text_with(::std::convert::identity),
                503u16 => Err(response.error_text_with(::std::convert::identity)),
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
        ) -> Result<ResponseValue<String>, Error<::client_runtime::ErrorText>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::get_order`]

[`Client::get_order`]: super::Client::get_order*/
    #[derive(Clone)]
    pub struct GetOrder<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> GetOrder<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
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
        ///Sends a `GET` request to `/orders/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Order>, Error<types::Problem>> {
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "bodies-by-media-type",
                id: "getOrder",
                method: "GET",
                path: "/orders/{id}",
                idempotent: true,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/vnd.api+json, application/problem+json",
                    ),
                );
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
        ) -> Result<ResponseValue<types::Order>, Error<types::Problem>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    impl ::std::fmt::Debug for GetArchive<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetArchive")
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetInvoice<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetInvoice")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetLabel<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetLabel")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetLegacyOrders<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetLegacyOrders")
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for ExportOrders<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ExportOrders")
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for GetOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetOrder")
                .field("id", &::client_runtime::Given::required(&self.id))
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
        name: "bodies-by-media-type",
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

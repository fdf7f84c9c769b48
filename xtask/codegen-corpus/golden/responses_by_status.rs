// @generated from xtask/codegen-corpus/cases/responses-by-status.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`CreateOrderAccepted`
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
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct CreateOrderAccepted(pub String);
    impl ::std::ops::Deref for CreateOrderAccepted {
        type Target = String;
        fn deref(&self) -> &String {
            &self.0
        }
    }
    impl From<CreateOrderAccepted> for String {
        fn from(value: CreateOrderAccepted) -> Self {
            value.0
        }
    }
    impl From<String> for CreateOrderAccepted {
        fn from(value: String) -> Self {
            Self(value)
        }
    }
    impl Display for CreateOrderAccepted {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CreateOrderAccepted {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`CreateOrderAcceptedBody`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CreateOrderAcceptedBody {
        ///The property `jobId`.
        #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
        pub job_id: Option<String>,
    }
    ///`CreateOrderBadRequest`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CreateOrderBadRequest {
        ///The property `errors`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub errors: Vec<FieldError>,
    }
    ///`CreateOrderError`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct CreateOrderError {
        ///The property `code`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
    }
    ///`FieldError`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct FieldError {
        ///The property `field`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub field: Option<String>,
        ///The property `message`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }
    ///`GetHealthServiceUnavailable`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct GetHealthServiceUnavailable {
        ///The property `reason`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
    }
    ///`GetOrderNotFound`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct GetOrderNotFound {
        ///The property `message`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
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
        ///The property `title`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
    }
    ///`Unauthorized`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Unauthorized {
        ///The property `error`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error: Option<String>,
        ///The property `error_description`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error_description: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::CreateOrderAcceptedBody`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CreateOrderAcceptedBody`, finishes it.
            CreateOrderAcceptedBody => super::CreateOrderAcceptedBody, super::error::ConversionError {
                ///`job_id`, as its signature says.
                job_id: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CreateOrderBadRequest`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CreateOrderBadRequest`, finishes it.
            CreateOrderBadRequest => super::CreateOrderBadRequest, super::error::ConversionError {
                ///`errors`, as its signature says.
                errors: list(super::FieldError),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::CreateOrderError`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `CreateOrderError`, finishes it.
            CreateOrderError => super::CreateOrderError, super::error::ConversionError {
                ///The property `code`, optional.
                code: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::FieldError`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `FieldError`, finishes it.
            FieldError => super::FieldError, super::error::ConversionError {
                ///The property `field`, optional.
                field: optional(String),
                ///The property `message`, optional.
                message: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::GetHealthServiceUnavailable`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `GetHealthServiceUnavailable`, finishes it.
            GetHealthServiceUnavailable => super::GetHealthServiceUnavailable, super::error::ConversionError {
                ///`reason`, as its signature says.
                reason: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::GetOrderNotFound`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `GetOrderNotFound`, finishes it.
            GetOrderNotFound => super::GetOrderNotFound, super::error::ConversionError {
                ///`message`, as its signature says.
                message: optional(String),
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
                ///The property `title`, optional.
                title: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Unauthorized`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Unauthorized`, finishes it.
            Unauthorized => super::Unauthorized, super::error::ConversionError {
                ///`error`, as its signature says.
                error: optional(String),
                ///`error_description`, as its signature says.
                error_description: optional(String),
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
    ///What `createOrder` answers when it succeeds: a variant per documented status, with its body. The status itself is on the `ResponseValue`.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateOrderSuccess {
        ///`201`: The order, created.
        Created(super::types::Order),
        ///`202`: Accepted; a job will create it.
        Accepted(super::types::CreateOrderAcceptedBody),
        ///`204`: The same order existed; nothing was created.
        NoContent,
    }
    ///The documented errors of `createOrder`: a variant per documented status, with its body. The status itself is on the `DocumentedError`.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateOrderErrorStatus {
        ///`400`: The fields at fault.
        BadRequest(super::types::CreateOrderBadRequest),
        ///`401`: The token was refused.
        Unauthorized(super::types::Unauthorized),
        ///`404`: No such customer.
        NotFound,
        ///`409`: A conflicting order.
        Conflict(super::types::Problem),
        ///`4XX`: Any other client error.
        ClientError(super::types::Problem),
        ///`default`: Anything else.
        Default(super::types::Problem),
    }
    ///What `getOrder` answers when it succeeds: a variant per documented status, with its body. The status itself is on the `ResponseValue`.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetOrderSuccess {
        ///`200`: The order.
        Ok(super::types::Order),
        ///`304`: Not modified since.
        NotModified,
    }
    ///The documented errors of `getOrder`: a variant per documented status, with its body. The status itself is on the `DocumentedError`.
    #[derive(Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetOrderError {
        ///`404`: No such order.
        NotFound(super::types::GetOrderNotFound),
        ///`410`: The order is gone.
        Gone(super::types::GetOrderNotFound),
        ///`5XX`: The server failed, and says so in a string.
        ServerError(String),
    }
}
#[derive(Clone)]
/**Client for Responses by status

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
    /**Sends a `POST` request to `/orders`

```ignore
let response = client.create_order()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_order(&self) -> builder::CreateOrder<'_> {
        builder::CreateOrder::new(self)
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
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::Order>,
            Error<types::GetHealthServiceUnavailable>,
        > {
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
                api: "responses-by-status",
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
                503u16 => Err(response.error()),
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
        ) -> Result<
            ResponseValue<types::Order>,
            Error<types::GetHealthServiceUnavailable>,
        > {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::create_order`]

[`Client::create_order`]: super::Client::create_order*/
    #[derive(Clone)]
    pub struct CreateOrder<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Order, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> CreateOrder<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
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
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateOrderSuccess>,
            Error<types::CreateOrderErrorStatus>,
        > {
            let Self { client, body, options } = self;
            let body = body
                .and_then(|v| types::Order::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/orders", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "responses-by-status",
                id: "createOrder",
                method: "POST",
                path: "/orders",
                idempotent: false,
                request_ids: &[],
                security: &[],
            };
            request
                .headers_mut()
                .insert(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                201u16 => response.success_with(types::CreateOrderSuccess::Created),
                202u16 => response.success_with(types::CreateOrderSuccess::Accepted),
                204u16 => {
                    response.success_without_body(types::CreateOrderSuccess::NoContent)
                }
                400u16 => {
                    Err(response.error_with(types::CreateOrderErrorStatus::BadRequest))
                }
                401u16 => {
                    Err(response.error_with(types::CreateOrderErrorStatus::Unauthorized))
                }
                404u16 => {
                    Err(
                        response
                            .error_without_body(types::CreateOrderErrorStatus::NotFound),
                    )
                }
                409u16 => {
                    Err(response.error_with(types::CreateOrderErrorStatus::Conflict))
                }
                400u16..=499u16 => {
                    Err(response.error_with(types::CreateOrderErrorStatus::ClientError))
                }
                _ => Err(response.error_with(types::CreateOrderErrorStatus::Default)),
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
            ResponseValue<types::CreateOrderSuccess>,
            Error<types::CreateOrderErrorStatus>,
        > {
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
        ) -> Result<ResponseValue<types::GetOrderSuccess>, Error<types::GetOrderError>> {
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/orders/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "responses-by-status",
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
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success_with(types::GetOrderSuccess::Ok),
                304u16 => {
                    response.success_without_body(types::GetOrderSuccess::NotModified)
                }
                404u16 => Err(response.error_with(types::GetOrderError::NotFound)),
                410u16 => Err(response.error_with(types::GetOrderError::Gone)),
                500u16..=599u16 => {
                    Err(response.error_with(types::GetOrderError::ServerError))
                }
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
        ) -> Result<ResponseValue<types::GetOrderSuccess>, Error<types::GetOrderError>> {
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
    impl ::std::fmt::Debug for CreateOrder<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CreateOrder")
                .field("body", &::client_runtime::Given::required(&self.body))
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
        name: "responses-by-status",
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

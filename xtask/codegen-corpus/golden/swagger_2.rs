// @generated from xtask/codegen-corpus/cases/swagger-2.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`AddNoteBody`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct AddNoteBody {
        ///The property `text`.
        pub text: String,
    }
    ///`Parcel`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Parcel {
        ///The property `id`.
        pub id: String,
        ///The property `note`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
        ///The property `weight`.
        #[serde(serialize_with = "::client_runtime::number::serialize")]
        pub weight: f64,
    }
    ///`ParcelList`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ParcelList {
        ///The property `parcels`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub parcels: Vec<Parcel>,
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
            ///Builds a [`super::AddNoteBody`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `AddNoteBody`, finishes it.
            AddNoteBody => super::AddNoteBody, super::error::ConversionError {
                ///`text`, as its signature says.
                text: value(String) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Parcel`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Parcel`, finishes it.
            Parcel => super::Parcel, super::error::ConversionError {
                ///The property `id`, required.
                id: value(String) required,
                ///The property `note`, optional.
                note: optional(String),
                ///The property `weight`, required.
                weight: value(f64) required,
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::ParcelList`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ParcelList`, finishes it.
            ParcelList => super::ParcelList, super::error::ConversionError {
                ///The property `parcels`, optional.
                parcels: list(super::Parcel),
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
    ///The parts of a `multipart/form-data` body: a method per part, each encoded as the spec says. A part that is a list is given once per item.
    #[derive(Debug, Default)]
    pub struct UploadLabelForm {
        pub(crate) parts: ::client_runtime::upload::Multipart,
    }
    impl UploadLabelForm {
        /// A form with no part given yet.
        pub fn new() -> Self {
            Self::default()
        }
        /**`label`: a file, sent as `application/octet-stream` unless the part says. Required.

The label, a PDF.*/
        pub fn label(mut self, file: ::client_runtime::upload::FilePart) -> Self {
            self.parts.file("label", file, "application/octet-stream");
            self
        }
        /**`printer`: a value, sent as text (`text/plain`). Optional.

*/
        pub fn printer<V: Display>(mut self, value: V) -> Self {
            self.parts.text("printer", value.to_string(), "text/plain");
            self
        }
    }
}
#[derive(Clone)]
/**Client for Swagger 2.0

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
    /**Sends a `GET` request to `/parcels`

```ignore
let response = client.list_parcels()
    .ids(ids)
    .limit(limit)
    .tags(tags)
    .send()
    .await;
```*/
    pub fn list_parcels(&self) -> builder::ListParcels<'_> {
        builder::ListParcels::new(self)
    }
    /**Sends a `POST` request to `/parcels`

```ignore
let response = client.create_parcel()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_parcel(&self) -> builder::CreateParcel<'_> {
        builder::CreateParcel::new(self)
    }
    /**Sends a `POST` request to `/parcels/{parcelId}/label`

```ignore
let response = client.upload_label()
    .parcel_id(parcel_id)
    .send()
    .await;
```*/
    pub fn upload_label(&self) -> builder::UploadLabel<'_> {
        builder::UploadLabel::new(self)
    }
    /**Sends a `POST` request to `/parcels/{parcelId}/notes`

```ignore
let response = client.add_note()
    .parcel_id(parcel_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_note(&self) -> builder::AddNote<'_> {
        builder::AddNote::new(self)
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
    /**Builder for [`Client::list_parcels`]

[`Client::list_parcels`]: super::Client::list_parcels*/
    #[derive(Clone)]
    pub struct ListParcels<'a> {
        client: &'a super::Client,
        ids: Result<Option<Vec<String>>, String>,
        limit: Result<Option<::std::num::NonZeroU32>, String>,
        tags: Result<Option<Vec<String>>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> ListParcels<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Ok(None),
                limit: Ok(None),
                tags: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `ids`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn ids<V: OneOrMany<String>>(mut self, value: V) -> Self {
            self.ids = Ok(Some(value.into_vec()));
            self
        }
        /**The query parameter `limit`, optional.

At least `1`. Format `int32`.*/
        pub fn limit<V: TryInto<::std::num::NonZeroU32>>(mut self, value: V) -> Self {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `limit` cannot be sent: the spec asks for an integer (int32), at least 1"
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
        ///Sends a `GET` request to `/parcels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ParcelList>, Error<types::Problem>> {
            const IDS_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "ids",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::Form,
                explode: false,
            };
            let Self { client, ids, limit, tags, options } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let url = format!("{}/parcels", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .headers(header_map)
                .build()?;
            if let Some(query) = IDS_PARAMETER.serialize(&ids) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "swagger-2",
                id: "listParcels",
                method: "GET",
                path: "/parcels",
                idempotent: true,
                request_ids: &[],
                security: &[&["apiKey"]],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                200u16 => response.success(),
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
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<types::ParcelList>, Error<types::Problem>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::create_parcel`]

[`Client::create_parcel`]: super::Client::create_parcel*/
    #[derive(Clone)]
    pub struct CreateParcel<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Parcel, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> CreateParcel<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
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
        ///Sends a `POST` request to `/parcels`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Parcel>, Error<types::Problem>> {
            let Self { client, body, options } = self;
            let body = body
                .and_then(|v| types::Parcel::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/parcels", client.baseurl,);
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
                api: "swagger-2",
                id: "createParcel",
                method: "POST",
                path: "/parcels",
                idempotent: false,
                request_ids: &[],
                security: &[&["apiKey"]],
            };
            let response = client.runtime.execute(&OPERATION, request, options).await?;
            match response.status().as_u16() {
                201u16 => response.success(),
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
        pub fn send_blocking(
            self,
        ) -> Result<ResponseValue<types::Parcel>, Error<types::Problem>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::upload_label`]

[`Client::upload_label`]: super::Client::upload_label*/
    #[derive()]
    pub struct UploadLabel<'a> {
        client: &'a super::Client,
        parcel_id: Result<String, String>,
        options: ::client_runtime::CallOptions,
        body: Result<Option<types::UploadLabelForm>, String>,
    }
    impl<'a> UploadLabel<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                parcel_id: Err("parcel_id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
                body: Ok(None),
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
        ///Sends a `POST` request to `/parcels/{parcelId}/label`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, parcel_id, options, body } = self;
            let parcel_id = parcel_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/parcels/{}/label", client.baseurl, encode_path(& parcel_id
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
                .headers(header_map)
                .build()?;
            let request = {
                let form = body
                    .and_then(|form| {
                        form.unwrap_or_default().parts.into_form(&["label"])
                    })
                    .map_err(Error::InvalidRequest)?;
                ::client_runtime::upload::with_multipart(&client.client, request, form)?
            };
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "swagger-2",
                id: "uploadLabel",
                method: "POST",
                path: "/parcels/{parcelId}/label",
                idempotent: false,
                request_ids: &[],
                security: &[&["apiKey"]],
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
        ///The body, `multipart/form-data`: a form with its parts (`label`, `printer`).
        pub fn body(mut self, form: types::UploadLabelForm) -> Self {
            self.body = Ok(Some(form));
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
    /**Builder for [`Client::add_note`]

[`Client::add_note`]: super::Client::add_note*/
    #[derive(Clone)]
    pub struct AddNote<'a> {
        client: &'a super::Client,
        parcel_id: Result<String, String>,
        body: Result<types::builder::AddNoteBody, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> AddNote<'a> {
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
        pub fn body<V: TryInto<types::AddNoteBody>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::AddNoteBody>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AddNoteBody` for body failed: {}", s)
                });
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(
                    types::builder::AddNoteBody,
                ) -> types::builder::AddNoteBody,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/parcels/{parcelId}/notes`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, parcel_id, body, options } = self;
            let parcel_id = parcel_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::AddNoteBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/parcels/{}/notes", client.baseurl, encode_path(& parcel_id
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
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "swagger-2",
                id: "addNote",
                method: "POST",
                path: "/parcels/{parcelId}/notes",
                idempotent: false,
                request_ids: &[],
                security: &[&["apiKey"]],
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
    impl ::std::fmt::Debug for ListParcels<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListParcels")
                .field("ids", &::client_runtime::Given::optional(&self.ids))
                .field("limit", &::client_runtime::Given::optional(&self.limit))
                .field("tags", &::client_runtime::Given::optional(&self.tags))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for CreateParcel<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CreateParcel")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for UploadLabel<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UploadLabel")
                .field("parcel_id", &::client_runtime::Given::required(&self.parcel_id))
                .field("options", &self.options)
                .field("body", &::client_runtime::Given::optional(&self.body))
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for AddNote<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AddNote")
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
///The API's server, from the spec: `https://corpus.example/v2`.
pub const SERVER_URL: &str = "https://corpus.example/v2";
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "swagger-2",
        default_base_url: Some(SERVER_URL),
        schemes: &[
            ::client_runtime::SecurityScheme {
                name: "apiKey",
                kind: ::client_runtime::SchemeKind::ApiKey {
                    location: ::client_runtime::KeyLocation::Header,
                    name: "X-Api-Key",
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

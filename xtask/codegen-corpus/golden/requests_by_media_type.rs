// @generated from xtask/codegen-corpus/cases/requests-by-media-type.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`Meta`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Meta {
        ///The property `author`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub author: Option<String>,
    }
    ///`Thing`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Thing {
        ///The property `name`.
        pub name: String,
        ///The property `size`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub size: Option<i64>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::Meta`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Meta`, finishes it.
            Meta => super::Meta, super::error::ConversionError {
                ///The property `author`, optional.
                author: optional(String),
            }
        }
        ::client_runtime::model_builder! {
            ///Builds a [`super::Thing`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Thing`, finishes it.
            Thing => super::Thing, super::error::ConversionError {
                ///The property `name`, required.
                name: value(String) required,
                ///The property `size`, optional.
                size: value(Option<i64>),
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
    pub struct PutAvatarForm {
        pub(crate) parts: ::client_runtime::upload::Multipart,
    }
    impl PutAvatarForm {
        /// A form with no part given yet.
        pub fn new() -> Self {
            Self::default()
        }
        /**`image`: a file, sent as `application/octet-stream` unless the part says. Required.

*/
        pub fn image(mut self, file: ::client_runtime::upload::FilePart) -> Self {
            self.parts.file("image", file, "application/octet-stream");
            self
        }
    }
    ///The parts of a `multipart/form-data` body: a method per part, each encoded as the spec says. A part that is a list is given once per item.
    #[derive(Debug, Default)]
    pub struct UploadDocumentForm {
        pub(crate) parts: ::client_runtime::upload::Multipart,
    }
    impl UploadDocumentForm {
        /// A form with no part given yet.
        pub fn new() -> Self {
            Self::default()
        }
        /**`file`: a file, sent as `application/pdf` unless the part says. Required.

The document itself.*/
        pub fn file(mut self, file: ::client_runtime::upload::FilePart) -> Self {
            self.parts.file("file", file, "application/pdf");
            self
        }
        /**`meta`: a value, sent as JSON (`application/json`). Optional.

*/
        pub fn meta(mut self, value: &self::Meta) -> Self {
            self.parts.json("meta", value, "application/json");
            self
        }
        /**`notes`: a value, sent as text (`text/markdown`). Optional.

*/
        pub fn notes<V: Display>(mut self, value: V) -> Self {
            self.parts.text("notes", value.to_string(), "text/markdown");
            self
        }
        /**`pages`: a value, sent as text (`text/plain`). Optional.

*/
        pub fn pages<V: Display>(mut self, value: V) -> Self {
            self.parts.text("pages", value.to_string(), "text/plain");
            self
        }
        /**`tags`: a value, sent as text (`text/plain`). Optional. Each call adds one more part of this name.

*/
        pub fn tags<V: Display>(mut self, value: V) -> Self {
            self.parts.text("tags", value.to_string(), "text/plain");
            self
        }
        /**`title`: a value, sent as text (`text/plain`). Required.

*/
        pub fn title<V: Display>(mut self, value: V) -> Self {
            self.parts.text("title", value.to_string(), "text/plain");
            self
        }
    }
}
#[derive(Clone)]
/**Client for Requests by media type

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
    /**Sends a `POST` request to `/api-things`

```ignore
let response = client.create_api_thing()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_api_thing(&self) -> builder::CreateApiThing<'_> {
        builder::CreateApiThing::new(self)
    }
    /**Sends a `PUT` request to `/avatars`

```ignore
let response = client.put_avatar()
    .send()
    .await;
```*/
    pub fn put_avatar(&self) -> builder::PutAvatar<'_> {
        builder::PutAvatar::new(self)
    }
    /**Sends a `PUT` request to `/blobs/{id}`

```ignore
let response = client.put_blob()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn put_blob(&self) -> builder::PutBlob<'_> {
        builder::PutBlob::new(self)
    }
    /**Sends a `POST` request to `/documents`

```ignore
let response = client.upload_document()
    .send()
    .await;
```*/
    pub fn upload_document(&self) -> builder::UploadDocument<'_> {
        builder::UploadDocument::new(self)
    }
    /**Sends a `POST` request to `/forms`

```ignore
let response = client.submit_form()
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_form(&self) -> builder::SubmitForm<'_> {
        builder::SubmitForm::new(self)
    }
    /**Sends a `PUT` request to `/images`

```ignore
let response = client.put_image()
    .body(body)
    .send()
    .await;
```*/
    pub fn put_image(&self) -> builder::PutImage<'_> {
        builder::PutImage::new(self)
    }
    /**Sends a `POST` request to `/imports`

```ignore
let response = client.import_csv()
    .body(body)
    .send()
    .await;
```*/
    pub fn import_csv(&self) -> builder::ImportCsv<'_> {
        builder::ImportCsv::new(self)
    }
    /**Sends a `POST` request to `/notes`

```ignore
let response = client.add_note()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_note(&self) -> builder::AddNote<'_> {
        builder::AddNote::new(self)
    }
    /**Sends a `PUT` request to `/reports`

```ignore
let response = client.put_report()
    .body(body)
    .send()
    .await;
```*/
    pub fn put_report(&self) -> builder::PutReport<'_> {
        builder::PutReport::new(self)
    }
    /**Sends a `POST` request to `/things`

```ignore
let response = client.add_thing()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_thing(&self) -> builder::AddThing<'_> {
        builder::AddThing::new(self)
    }
    /**Sends a `PATCH` request to `/things/{id}`

```ignore
let response = client.patch_thing()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn patch_thing(&self) -> builder::PatchThing<'_> {
        builder::PatchThing::new(self)
    }
    /**Sends a `PUT` request to `/xml`

```ignore
let response = client.put_xml()
    .body(body)
    .send()
    .await;
```*/
    pub fn put_xml(&self) -> builder::PutXml<'_> {
        builder::PutXml::new(self)
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
    /**Builder for [`Client::create_api_thing`]

[`Client::create_api_thing`]: super::Client::create_api_thing*/
    #[derive(Clone)]
    pub struct CreateApiThing<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Thing, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> CreateApiThing<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The body, encoded as JSON and sent as `application/vnd.api+json`.
        pub fn body<V: TryInto<types::Thing>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::Thing>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Thing` for body failed: {}", s));
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(types::builder::Thing) -> types::builder::Thing,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api-things`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options } = self;
            let body = body
                .and_then(|v| types::Thing::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api-things", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            ::client_runtime::upload::set_content_type(
                &mut request,
                "application/vnd.api+json",
            );
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "createApiThing",
                method: "POST",
                path: "/api-things",
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
    /**Builder for [`Client::put_avatar`]

[`Client::put_avatar`]: super::Client::put_avatar*/
    #[derive()]
    pub struct PutAvatar<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
        body_as: Result<Option<::client_runtime::upload::RawBody>, String>,
        body: Result<Option<types::PutAvatarForm>, String>,
    }
    impl<'a> PutAvatar<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
                body_as: Ok(None),
                body: Ok(None),
            }
        }
        ///Sends a `PUT` request to `/avatars`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, options, body_as, body } = self;
            let body_as = body_as.map_err(Error::InvalidRequest)?;
            let url = format!("{}/avatars", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.put(url).headers(header_map).build()?;
            let request = match body_as {
                Some(raw) => {
                    let mut request = request;
                    raw.apply(&mut request);
                    request
                }
                None => {
                    let request = {
                        let form = body
                            .and_then(|form| {
                                form.unwrap_or_default().parts.into_form(&["image"])
                            })
                            .map_err(Error::InvalidRequest)?;
                        ::client_runtime::upload::with_multipart(
                            &client.client,
                            request,
                            form,
                        )?
                    };
                    request
                }
            };
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "putAvatar",
                method: "PUT",
                path: "/avatars",
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
        ///The body, `multipart/form-data`: a form with its parts (`image`).
        pub fn body(mut self, form: types::PutAvatarForm) -> Self {
            self.body = Ok(Some(form));
            self
        }
        ///The body as bytes in any media type the operation documents (`image/png`, `multipart/form-data`), sent instead of the typed body with that `Content-Type`. Another media type fails the call with `Error::InvalidRequest`.
        pub fn body_as<B: Into<::client_runtime::upload::Bytes>>(
            mut self,
            media_type: &str,
            body: B,
        ) -> Self {
            self.body_as = ::client_runtime::upload::RawBody::new(
                    &["image/png", "multipart/form-data"],
                    media_type,
                    body,
                )
                .map(Some);
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
    /**Builder for [`Client::put_blob`]

[`Client::put_blob`]: super::Client::put_blob*/
    #[derive()]
    pub struct PutBlob<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        body: Result<reqwest::Body, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PutBlob<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
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
        ///The body as bytes, sent as they are as `application/octet-stream`. `body_stream` takes a stream instead.
        pub fn body<B: TryInto<reqwest::Body>>(mut self, value: B) -> Self {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/blobs/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, body, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/blobs/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "putBlob",
                method: "PUT",
                path: "/blobs/{id}",
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
        /// The body as a stream of byte chunks. It is sent once: a call
        /// whose body is a stream is never retried after it started.
        pub fn body_stream<S: ::client_runtime::upload::TryStream + Send + 'static>(
            mut self,
            stream: S,
        ) -> Self
        where
            S::Error: Into<::client_runtime::upload::StreamError>,
            ::client_runtime::upload::Bytes: From<S::Ok>,
        {
            self.body = Ok(::client_runtime::upload::stream_body(stream));
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
    /**Builder for [`Client::upload_document`]

[`Client::upload_document`]: super::Client::upload_document*/
    #[derive()]
    pub struct UploadDocument<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
        body: Result<Option<types::UploadDocumentForm>, String>,
    }
    impl<'a> UploadDocument<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
                body: Ok(None),
            }
        }
        ///Sends a `POST` request to `/documents`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, options, body } = self;
            let url = format!("{}/documents", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.post(url).headers(header_map).build()?;
            let request = {
                let form = body
                    .and_then(|form| {
                        form.unwrap_or_default().parts.into_form(&["file", "title"])
                    })
                    .map_err(Error::InvalidRequest)?;
                ::client_runtime::upload::with_multipart(&client.client, request, form)?
            };
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "uploadDocument",
                method: "POST",
                path: "/documents",
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
        ///The body, `multipart/form-data`: a form with its parts (`file`, `meta`, `notes`, `pages`, `tags`, `title`).
        pub fn body(mut self, form: types::UploadDocumentForm) -> Self {
            self.body = Ok(Some(form));
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
    /**Builder for [`Client::submit_form`]

[`Client::submit_form`]: super::Client::submit_form*/
    #[derive(Clone)]
    pub struct SubmitForm<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Thing, String>,
        options: ::client_runtime::CallOptions,
        body_as: Result<Option<::client_runtime::upload::RawBody>, String>,
    }
    impl<'a> SubmitForm<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
                body_as: Ok(None),
            }
        }
        ///The request body: its model, or the model's builder.
        pub fn body<V: TryInto<types::Thing>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::Thing>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Thing` for body failed: {}", s));
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(types::builder::Thing) -> types::builder::Thing,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/forms`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options, body_as } = self;
            let body_as = body_as.map_err(Error::InvalidRequest)?;
            let body = match &body_as {
                Some(_) => None,
                None => {
                    Some(
                        body
                            .and_then(|v| {
                                types::Thing::try_from(v).map_err(|e| e.to_string())
                            })
                            .map_err(Error::InvalidRequest)?,
                    )
                }
            };
            let url = format!("{}/forms", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = {
                let builder = client.client.post(url);
                match body {
                    Some(body) => builder.form_urlencoded(&body)?,
                    None => builder,
                }
            }
                .headers(header_map)
                .build()?;
            if let Some(raw) = body_as {
                raw.apply(&mut request);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "submitForm",
                method: "POST",
                path: "/forms",
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
        ///The body as bytes in any media type the operation documents (`application/x-www-form-urlencoded`, `text/plain`), sent instead of the typed body with that `Content-Type`. Another media type fails the call with `Error::InvalidRequest`.
        pub fn body_as<B: Into<::client_runtime::upload::Bytes>>(
            mut self,
            media_type: &str,
            body: B,
        ) -> Self {
            self.body_as = ::client_runtime::upload::RawBody::new(
                    &["application/x-www-form-urlencoded", "text/plain"],
                    media_type,
                    body,
                )
                .map(Some);
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
    /**Builder for [`Client::put_image`]

[`Client::put_image`]: super::Client::put_image*/
    #[derive()]
    pub struct PutImage<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
        options: ::client_runtime::CallOptions,
        body_as: Result<Option<::client_runtime::upload::RawBody>, String>,
    }
    impl<'a> PutImage<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
                body_as: Ok(None),
            }
        }
        ///The body as bytes, sent as they are as `image/jpeg`. `body_stream` takes a stream instead.
        pub fn body<B: TryInto<reqwest::Body>>(mut self, value: B) -> Self {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/images`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options, body_as } = self;
            let body_as = body_as.map_err(Error::InvalidRequest)?;
            let body = match &body_as {
                Some(_) => None,
                None => Some(body.map_err(Error::InvalidRequest)?),
            };
            let url = format!("{}/images", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = {
                let builder = client
                    .client
                    .put(url)
                    .header(
                        ::reqwest::header::CONTENT_TYPE,
                        ::reqwest::header::HeaderValue::from_static(
                            "application/octet-stream",
                        ),
                    );
                match body {
                    Some(body) => builder.body(body),
                    None => builder,
                }
            }
                .headers(header_map)
                .build()?;
            ::client_runtime::upload::set_content_type(&mut request, "image/jpeg");
            if let Some(raw) = body_as {
                raw.apply(&mut request);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "putImage",
                method: "PUT",
                path: "/images",
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
        /// The body as a stream of byte chunks. It is sent once: a call
        /// whose body is a stream is never retried after it started.
        pub fn body_stream<S: ::client_runtime::upload::TryStream + Send + 'static>(
            mut self,
            stream: S,
        ) -> Self
        where
            S::Error: Into<::client_runtime::upload::StreamError>,
            ::client_runtime::upload::Bytes: From<S::Ok>,
        {
            self.body = Ok(::client_runtime::upload::stream_body(stream));
            self
        }
        ///The body as bytes in any media type the operation documents (`image/jpeg`, `image/png`), sent instead of the typed body with that `Content-Type`. Another media type fails the call with `Error::InvalidRequest`.
        pub fn body_as<B: Into<::client_runtime::upload::Bytes>>(
            mut self,
            media_type: &str,
            body: B,
        ) -> Self {
            self.body_as = ::client_runtime::upload::RawBody::new(
                    &["image/jpeg", "image/png"],
                    media_type,
                    body,
                )
                .map(Some);
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
    /**Builder for [`Client::import_csv`]

[`Client::import_csv`]: super::Client::import_csv*/
    #[derive()]
    pub struct ImportCsv<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> ImportCsv<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The body as text, sent as `text/csv`.
        pub fn body<V: TryInto<String>>(mut self, value: V) -> Self {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `String` for body failed".to_string())
                .map(|v| v.into());
            self
        }
        ///Sends a `POST` request to `/imports`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/imports", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static("text/plain"),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            ::client_runtime::upload::set_content_type(&mut request, "text/csv");
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "importCsv",
                method: "POST",
                path: "/imports",
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
    /**Builder for [`Client::add_note`]

[`Client::add_note`]: super::Client::add_note*/
    #[derive()]
    pub struct AddNote<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> AddNote<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The request body: its model, or the model's builder.
        pub fn body<V: TryInto<String>>(mut self, value: V) -> Self {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `String` for body failed".to_string())
                .map(|v| v.into());
            self
        }
        ///Sends a `POST` request to `/notes`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/notes", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static("text/plain"),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "addNote",
                method: "POST",
                path: "/notes",
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
    /**Builder for [`Client::put_report`]

[`Client::put_report`]: super::Client::put_report*/
    #[derive()]
    pub struct PutReport<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PutReport<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The body as bytes, sent as they are as `application/pdf`. `body_stream` takes a stream instead.
        pub fn body<B: TryInto<reqwest::Body>>(mut self, value: B) -> Self {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/reports`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/reports", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            ::client_runtime::upload::set_content_type(&mut request, "application/pdf");
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "putReport",
                method: "PUT",
                path: "/reports",
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
        /// The body as a stream of byte chunks. It is sent once: a call
        /// whose body is a stream is never retried after it started.
        pub fn body_stream<S: ::client_runtime::upload::TryStream + Send + 'static>(
            mut self,
            stream: S,
        ) -> Self
        where
            S::Error: Into<::client_runtime::upload::StreamError>,
            ::client_runtime::upload::Bytes: From<S::Ok>,
        {
            self.body = Ok(::client_runtime::upload::stream_body(stream));
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
    /**Builder for [`Client::add_thing`]

[`Client::add_thing`]: super::Client::add_thing*/
    #[derive(Clone)]
    pub struct AddThing<'a> {
        client: &'a super::Client,
        body: Result<types::builder::Thing, String>,
        options: ::client_runtime::CallOptions,
        body_as: Result<Option<::client_runtime::upload::RawBody>, String>,
    }
    impl<'a> AddThing<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(Default::default()),
                options: ::client_runtime::CallOptions::default(),
                body_as: Ok(None),
            }
        }
        ///The body, encoded as JSON and sent as `application/json`.
        pub fn body<V: TryInto<types::Thing>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::Thing>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Thing` for body failed: {}", s));
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(types::builder::Thing) -> types::builder::Thing,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/things`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options, body_as } = self;
            let body_as = body_as.map_err(Error::InvalidRequest)?;
            let body = match &body_as {
                Some(_) => None,
                None => {
                    Some(
                        body
                            .and_then(|v| {
                                types::Thing::try_from(v).map_err(|e| e.to_string())
                            })
                            .map_err(Error::InvalidRequest)?,
                    )
                }
            };
            let url = format!("{}/things", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = {
                let builder = client.client.post(url);
                match body {
                    Some(body) => builder.json(&body),
                    None => builder,
                }
            }
                .headers(header_map)
                .build()?;
            if let Some(raw) = body_as {
                raw.apply(&mut request);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "addThing",
                method: "POST",
                path: "/things",
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
        ///The body as bytes in any media type the operation documents (`application/json`, `application/x-www-form-urlencoded`, `application/xml`), sent instead of the typed body with that `Content-Type`. Another media type fails the call with `Error::InvalidRequest`.
        pub fn body_as<B: Into<::client_runtime::upload::Bytes>>(
            mut self,
            media_type: &str,
            body: B,
        ) -> Self {
            self.body_as = ::client_runtime::upload::RawBody::new(
                    &[
                        "application/json",
                        "application/x-www-form-urlencoded",
                        "application/xml",
                    ],
                    media_type,
                    body,
                )
                .map(Some);
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
    /**Builder for [`Client::patch_thing`]

[`Client::patch_thing`]: super::Client::patch_thing*/
    #[derive(Clone)]
    pub struct PatchThing<'a> {
        client: &'a super::Client,
        id: Result<String, String>,
        body: Result<types::builder::Thing, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PatchThing<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
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
        ///The body, encoded as JSON and sent as `application/merge-patch+json; charset=utf-8`.
        pub fn body<V: TryInto<types::Thing>>(mut self, value: V) -> Self
        where
            <V as TryInto<types::Thing>>::Error: Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `Thing` for body failed: {}", s));
            self
        }
        ///Changes the request body given so far: `f` gets its builder and returns it.
        pub fn body_map<
            F: std::ops::FnOnce(types::builder::Thing) -> types::builder::Thing,
        >(mut self, f: F) -> Self {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/things/{id}`
        pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<()>> {
            let Self { client, id, body, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::Thing::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/things/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            ::client_runtime::upload::set_content_type(
                &mut request,
                "application/merge-patch+json; charset=utf-8",
            );
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "patchThing",
                method: "PATCH",
                path: "/things/{id}",
                idempotent: false,
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
        pub fn send_blocking(self) -> Result<ResponseValue<types::Thing>, Error<()>> {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    /**Builder for [`Client::put_xml`]

[`Client::put_xml`]: super::Client::put_xml*/
    #[derive()]
    pub struct PutXml<'a> {
        client: &'a super::Client,
        body: Result<reqwest::Body, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PutXml<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The body as bytes, sent as they are as `application/xml`: XML is not typed, so encode it yourself. `body_stream` takes a stream instead.
        pub fn body<B: TryInto<reqwest::Body>>(mut self, value: B) -> Self {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `reqwest::Body` for body failed".to_string()
                });
            self
        }
        ///Sends a `PUT` request to `/xml`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, body, options } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/xml", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static(
                        "application/octet-stream",
                    ),
                )
                .body(body)
                .headers(header_map)
                .build()?;
            ::client_runtime::upload::set_content_type(&mut request, "application/xml");
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "requests-by-media-type",
                id: "putXml",
                method: "PUT",
                path: "/xml",
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
        /// The body as a stream of byte chunks. It is sent once: a call
        /// whose body is a stream is never retried after it started.
        pub fn body_stream<S: ::client_runtime::upload::TryStream + Send + 'static>(
            mut self,
            stream: S,
        ) -> Self
        where
            S::Error: Into<::client_runtime::upload::StreamError>,
            ::client_runtime::upload::Bytes: From<S::Ok>,
        {
            self.body = Ok(::client_runtime::upload::stream_body(stream));
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
    impl ::std::fmt::Debug for CreateApiThing<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CreateApiThing")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PutAvatar<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PutAvatar")
                .field("options", &self.options)
                .field("body_as", &::client_runtime::Given::optional(&self.body_as))
                .field("body", &::client_runtime::Given::optional(&self.body))
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PutBlob<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PutBlob")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for UploadDocument<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UploadDocument")
                .field("options", &self.options)
                .field("body", &::client_runtime::Given::optional(&self.body))
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for SubmitForm<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("SubmitForm")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .field("body_as", &::client_runtime::Given::optional(&self.body_as))
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PutImage<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PutImage")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .field("body_as", &::client_runtime::Given::optional(&self.body_as))
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for ImportCsv<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ImportCsv")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for AddNote<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AddNote")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PutReport<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PutReport")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for AddThing<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AddThing")
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .field("body_as", &::client_runtime::Given::optional(&self.body_as))
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PatchThing<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PatchThing")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("body", &::client_runtime::Given::required(&self.body))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PutXml<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PutXml")
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
        name: "requests-by-media-type",
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

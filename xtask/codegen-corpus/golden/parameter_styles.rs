// @generated from xtask/codegen-corpus/cases/parameter-styles.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`Person`
    #[derive(Deserialize, Serialize, Clone, Debug, Default, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct Person {
        ///The property `firstName`.
        #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String>,
        ///The property `role`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub role: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::Person`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `Person`, finishes it.
            Person => super::Person, super::error::ConversionError {
                ///The property `firstName`, optional.
                first_name: optional(String),
                ///The property `role`, optional.
                role: optional(String),
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
/**Client for Parameter styles

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
    /**simple: 3,4,5; role,admin,firstName,Alex; role=admin,firstName=Alex

Sends a `GET` request to `/headers`

```ignore
let response = client.header_styles()
    .x_ids(x_ids)
    .x_person(x_person)
    .x_person_exploded(x_person_exploded)
    .send()
    .await;
```*/
    pub fn header_styles(&self) -> builder::HeaderStyles<'_> {
        builder::HeaderStyles::new(self)
    }
    /**label, exploded: .3.4.5

Sends a `GET` request to `/label-exploded/{id}`

```ignore
let response = client.path_label_array_exploded()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_label_array_exploded(&self) -> builder::PathLabelArrayExploded<'_> {
        builder::PathLabelArrayExploded::new(self)
    }
    /**label, one value: .5

Sends a `GET` request to `/label-scalar/{id}`

```ignore
let response = client.path_label_scalar()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_label_scalar(&self) -> builder::PathLabelScalar<'_> {
        builder::PathLabelScalar::new(self)
    }
    /**label: .3.4.5

Sends a `GET` request to `/label/{id}`

```ignore
let response = client.path_label_array()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_label_array(&self) -> builder::PathLabelArray<'_> {
        builder::PathLabelArray::new(self)
    }
    /**matrix, exploded: ;id=3;id=4;id=5

Sends a `GET` request to `/matrix-exploded/{id}`

```ignore
let response = client.path_matrix_array_exploded()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_matrix_array_exploded(&self) -> builder::PathMatrixArrayExploded<'_> {
        builder::PathMatrixArrayExploded::new(self)
    }
    /**matrix, exploded: ;role=admin;firstName=Alex

Sends a `GET` request to `/matrix-object-exploded/{id}`

```ignore
let response = client.path_matrix_object_exploded()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_matrix_object_exploded(&self) -> builder::PathMatrixObjectExploded<'_> {
        builder::PathMatrixObjectExploded::new(self)
    }
    /**matrix: ;id=role,admin,firstName,Alex

Sends a `GET` request to `/matrix-object/{id}`

```ignore
let response = client.path_matrix_object()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_matrix_object(&self) -> builder::PathMatrixObject<'_> {
        builder::PathMatrixObject::new(self)
    }
    /**matrix: ;id=3,4,5

Sends a `GET` request to `/matrix/{id}`

```ignore
let response = client.path_matrix_array()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_matrix_array(&self) -> builder::PathMatrixArray<'_> {
        builder::PathMatrixArray::new(self)
    }
    /**deepObject: id[role]=admin&id[firstName]=Alex

Sends a `GET` request to `/query/deep`

```ignore
let response = client.query_deep_object()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_deep_object(&self) -> builder::QueryDeepObject<'_> {
        builder::QueryDeepObject::new(self)
    }
    /**form, exploded (the default): id=3&id=4&id=5

Sends a `GET` request to `/query/form-array`

```ignore
let response = client.query_form_array()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_form_array(&self) -> builder::QueryFormArray<'_> {
        builder::QueryFormArray::new(self)
    }
    /**form, not exploded: id=3,4,5

Sends a `GET` request to `/query/form-array-flat`

```ignore
let response = client.query_form_array_flat()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_form_array_flat(&self) -> builder::QueryFormArrayFlat<'_> {
        builder::QueryFormArrayFlat::new(self)
    }
    /**form, exploded: role=admin&firstName=Alex

Sends a `GET` request to `/query/form-object`

```ignore
let response = client.query_form_object()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_form_object(&self) -> builder::QueryFormObject<'_> {
        builder::QueryFormObject::new(self)
    }
    /**form, not exploded: id=role,admin,firstName,Alex

Sends a `GET` request to `/query/form-object-flat`

```ignore
let response = client.query_form_object_flat()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_form_object_flat(&self) -> builder::QueryFormObjectFlat<'_> {
        builder::QueryFormObjectFlat::new(self)
    }
    /**pipeDelimited: id=3|4|5

Sends a `GET` request to `/query/pipe`

```ignore
let response = client.query_pipe_delimited()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_pipe_delimited(&self) -> builder::QueryPipeDelimited<'_> {
        builder::QueryPipeDelimited::new(self)
    }
    /**spaceDelimited: id=3%204%205

Sends a `GET` request to `/query/space`

```ignore
let response = client.query_space_delimited()
    .id(id)
    .send()
    .await;
```*/
    pub fn query_space_delimited(&self) -> builder::QuerySpaceDelimited<'_> {
        builder::QuerySpaceDelimited::new(self)
    }
    /**simple, exploded: role=admin,firstName=Alex

Sends a `GET` request to `/simple-object-exploded/{id}`

```ignore
let response = client.path_simple_object_exploded()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_simple_object_exploded(&self) -> builder::PathSimpleObjectExploded<'_> {
        builder::PathSimpleObjectExploded::new(self)
    }
    /**simple: role,admin,firstName,Alex

Sends a `GET` request to `/simple-object/{id}`

```ignore
let response = client.path_simple_object()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_simple_object(&self) -> builder::PathSimpleObject<'_> {
        builder::PathSimpleObject::new(self)
    }
    /**simple: 3,4,5

Sends a `GET` request to `/simple/{id}`

```ignore
let response = client.path_simple_array()
    .id(id)
    .send()
    .await;
```*/
    pub fn path_simple_array(&self) -> builder::PathSimpleArray<'_> {
        builder::PathSimpleArray::new(self)
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
    /**Builder for [`Client::header_styles`]

[`Client::header_styles`]: super::Client::header_styles*/
    #[derive(Clone)]
    pub struct HeaderStyles<'a> {
        client: &'a super::Client,
        x_ids: Result<Option<Vec<i64>>, String>,
        x_person: Result<types::Person, String>,
        x_person_exploded: Result<Option<types::Person>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> HeaderStyles<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                x_ids: Ok(None),
                x_person: Err("x_person was not initialized".to_string()),
                x_person_exploded: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The header parameter `X-Ids`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn x_ids<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.x_ids = Ok(Some(value.into_vec()));
            self
        }
        ///The header parameter `X-Person`, required.
        pub fn x_person<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.x_person = value
                .try_into()
                .map_err(|_| {
                    "the value given to the header parameter `X-Person` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///The header parameter `X-Person-Exploded`, optional.
        pub fn x_person_exploded<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.x_person_exploded = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the header parameter `X-Person-Exploded` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/headers`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const X_IDS_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "X-Ids",
                location: ::client_runtime::wire::Location::Header,
                style: ::client_runtime::wire::Style::Simple,
                explode: false,
            };
            const X_PERSON_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "X-Person",
                location: ::client_runtime::wire::Location::Header,
                style: ::client_runtime::wire::Style::Simple,
                explode: false,
            };
            const X_PERSON_EXPLODED_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "X-Person-Exploded",
                location: ::client_runtime::wire::Location::Header,
                style: ::client_runtime::wire::Style::Simple,
                explode: true,
            };
            let Self { client, x_ids, x_person, x_person_exploded, options } = self;
            let x_ids = x_ids.map_err(Error::InvalidRequest)?;
            let x_person = x_person.map_err(Error::InvalidRequest)?;
            let x_person_exploded = x_person_exploded.map_err(Error::InvalidRequest)?;
            let url = format!("{}/headers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            if let Some(value) = x_ids {
                header_map
                    .append(
                        "X-Ids",
                        X_IDS_PARAMETER.serialize(&value).unwrap_or_default().try_into()?,
                    );
            }
            header_map
                .append(
                    "X-Person",
                    X_PERSON_PARAMETER
                        .serialize(&x_person)
                        .unwrap_or_default()
                        .try_into()?,
                );
            if let Some(value) = x_person_exploded {
                header_map
                    .append(
                        "X-Person-Exploded",
                        X_PERSON_EXPLODED_PARAMETER
                            .serialize(&value)
                            .unwrap_or_default()
                            .try_into()?,
                    );
            }
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "headerStyles",
                method: "GET",
                path: "/headers",
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
    /**Builder for [`Client::path_label_array_exploded`]

[`Client::path_label_array_exploded`]: super::Client::path_label_array_exploded*/
    #[derive(Clone)]
    pub struct PathLabelArrayExploded<'a> {
        client: &'a super::Client,
        id: Result<Vec<i64>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathLabelArrayExploded<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(value.into_vec());
            self
        }
        ///Sends a `GET` request to `/label-exploded/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Label,
                explode: true,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/label-exploded/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathLabelArrayExploded",
                method: "GET",
                path: "/label-exploded/{id}",
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
    /**Builder for [`Client::path_label_scalar`]

[`Client::path_label_scalar`]: super::Client::path_label_scalar*/
    #[derive(Clone)]
    pub struct PathLabelScalar<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathLabelScalar<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<i64>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for an integer"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/label-scalar/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Label,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/label-scalar/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathLabelScalar",
                method: "GET",
                path: "/label-scalar/{id}",
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
    /**Builder for [`Client::path_label_array`]

[`Client::path_label_array`]: super::Client::path_label_array*/
    #[derive(Clone)]
    pub struct PathLabelArray<'a> {
        client: &'a super::Client,
        id: Result<Vec<i64>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathLabelArray<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(value.into_vec());
            self
        }
        ///Sends a `GET` request to `/label/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Label,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/label/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathLabelArray",
                method: "GET",
                path: "/label/{id}",
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
    /**Builder for [`Client::path_matrix_array_exploded`]

[`Client::path_matrix_array_exploded`]: super::Client::path_matrix_array_exploded*/
    #[derive(Clone)]
    pub struct PathMatrixArrayExploded<'a> {
        client: &'a super::Client,
        id: Result<Vec<i64>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathMatrixArrayExploded<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(value.into_vec());
            self
        }
        ///Sends a `GET` request to `/matrix-exploded/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Matrix,
                explode: true,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/matrix-exploded/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathMatrixArrayExploded",
                method: "GET",
                path: "/matrix-exploded/{id}",
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
    /**Builder for [`Client::path_matrix_object_exploded`]

[`Client::path_matrix_object_exploded`]: super::Client::path_matrix_object_exploded*/
    #[derive(Clone)]
    pub struct PathMatrixObjectExploded<'a> {
        client: &'a super::Client,
        id: Result<types::Person, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathMatrixObjectExploded<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/matrix-object-exploded/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Matrix,
                explode: true,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/matrix-object-exploded/{}", client.baseurl, ID_PARAMETER.serialize(&
                id).unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathMatrixObjectExploded",
                method: "GET",
                path: "/matrix-object-exploded/{id}",
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
    /**Builder for [`Client::path_matrix_object`]

[`Client::path_matrix_object`]: super::Client::path_matrix_object*/
    #[derive(Clone)]
    pub struct PathMatrixObject<'a> {
        client: &'a super::Client,
        id: Result<types::Person, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathMatrixObject<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/matrix-object/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Matrix,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/matrix-object/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathMatrixObject",
                method: "GET",
                path: "/matrix-object/{id}",
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
    /**Builder for [`Client::path_matrix_array`]

[`Client::path_matrix_array`]: super::Client::path_matrix_array*/
    #[derive(Clone)]
    pub struct PathMatrixArray<'a> {
        client: &'a super::Client,
        id: Result<Vec<i64>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathMatrixArray<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(value.into_vec());
            self
        }
        ///Sends a `GET` request to `/matrix/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Matrix,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/matrix/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathMatrixArray",
                method: "GET",
                path: "/matrix/{id}",
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
    /**Builder for [`Client::query_deep_object`]

[`Client::query_deep_object`]: super::Client::query_deep_object*/
    #[derive(Clone)]
    pub struct QueryDeepObject<'a> {
        client: &'a super::Client,
        id: Result<Option<types::Person>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QueryDeepObject<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, optional.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/query/deep`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::DeepObject,
                explode: true,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/deep", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            if let Some(query) = ID_PARAMETER.serialize(&id) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "queryDeepObject",
                method: "GET",
                path: "/query/deep",
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
    /**Builder for [`Client::query_form_array`]

[`Client::query_form_array`]: super::Client::query_form_array*/
    #[derive(Clone)]
    pub struct QueryFormArray<'a> {
        client: &'a super::Client,
        id: Result<Option<Vec<i64>>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QueryFormArray<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(Some(value.into_vec()));
            self
        }
        ///Sends a `GET` request to `/query/form-array`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/form-array", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "queryFormArray",
                method: "GET",
                path: "/query/form-array",
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
    /**Builder for [`Client::query_form_array_flat`]

[`Client::query_form_array_flat`]: super::Client::query_form_array_flat*/
    #[derive(Clone)]
    pub struct QueryFormArrayFlat<'a> {
        client: &'a super::Client,
        id: Result<Vec<i64>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QueryFormArrayFlat<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(value.into_vec());
            self
        }
        ///Sends a `GET` request to `/query/form-array-flat`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::Form,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/form-array-flat", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            if let Some(query) = ID_PARAMETER.serialize(&id) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "queryFormArrayFlat",
                method: "GET",
                path: "/query/form-array-flat",
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
    /**Builder for [`Client::query_form_object`]

[`Client::query_form_object`]: super::Client::query_form_object*/
    #[derive(Clone)]
    pub struct QueryFormObject<'a> {
        client: &'a super::Client,
        id: Result<Option<types::Person>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QueryFormObject<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, optional.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/query/form-object`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::Form,
                explode: true,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/form-object", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            if let Some(query) = ID_PARAMETER.serialize(&id) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "queryFormObject",
                method: "GET",
                path: "/query/form-object",
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
    /**Builder for [`Client::query_form_object_flat`]

[`Client::query_form_object_flat`]: super::Client::query_form_object_flat*/
    #[derive(Clone)]
    pub struct QueryFormObjectFlat<'a> {
        client: &'a super::Client,
        id: Result<Option<types::Person>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QueryFormObjectFlat<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, optional.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "the value given to the query parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/query/form-object-flat`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::Form,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/form-object-flat", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            if let Some(query) = ID_PARAMETER.serialize(&id) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "queryFormObjectFlat",
                method: "GET",
                path: "/query/form-object-flat",
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
    /**Builder for [`Client::query_pipe_delimited`]

[`Client::query_pipe_delimited`]: super::Client::query_pipe_delimited*/
    #[derive(Clone)]
    pub struct QueryPipeDelimited<'a> {
        client: &'a super::Client,
        id: Result<Option<Vec<i64>>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QueryPipeDelimited<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(Some(value.into_vec()));
            self
        }
        ///Sends a `GET` request to `/query/pipe`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::PipeDelimited,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/pipe", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            if let Some(query) = ID_PARAMETER.serialize(&id) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "queryPipeDelimited",
                method: "GET",
                path: "/query/pipe",
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
    /**Builder for [`Client::query_space_delimited`]

[`Client::query_space_delimited`]: super::Client::query_space_delimited*/
    #[derive(Clone)]
    pub struct QuerySpaceDelimited<'a> {
        client: &'a super::Client,
        id: Result<Option<Vec<i64>>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> QuerySpaceDelimited<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The query parameter `id`, optional.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(Some(value.into_vec()));
            self
        }
        ///Sends a `GET` request to `/query/space`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Query,
                style: ::client_runtime::wire::Style::SpaceDelimited,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/query/space", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            if let Some(query) = ID_PARAMETER.serialize(&id) {
                ::client_runtime::wire::append_query(request.url_mut(), &query);
            }
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "querySpaceDelimited",
                method: "GET",
                path: "/query/space",
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
    /**Builder for [`Client::path_simple_object_exploded`]

[`Client::path_simple_object_exploded`]: super::Client::path_simple_object_exploded*/
    #[derive(Clone)]
    pub struct PathSimpleObjectExploded<'a> {
        client: &'a super::Client,
        id: Result<types::Person, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathSimpleObjectExploded<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/simple-object-exploded/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Simple,
                explode: true,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/simple-object-exploded/{}", client.baseurl, ID_PARAMETER.serialize(&
                id).unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathSimpleObjectExploded",
                method: "GET",
                path: "/simple-object-exploded/{id}",
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
    /**Builder for [`Client::path_simple_object`]

[`Client::path_simple_object`]: super::Client::path_simple_object*/
    #[derive(Clone)]
    pub struct PathSimpleObject<'a> {
        client: &'a super::Client,
        id: Result<types::Person, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathSimpleObject<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        pub fn id<V: TryInto<types::Person>>(mut self, value: V) -> Self {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "the value given to the path parameter `id` cannot be sent: the spec asks for an object"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/simple-object/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Simple,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/simple-object/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathSimpleObject",
                method: "GET",
                path: "/simple-object/{id}",
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
    /**Builder for [`Client::path_simple_array`]

[`Client::path_simple_array`]: super::Client::path_simple_array*/
    #[derive(Clone)]
    pub struct PathSimpleArray<'a> {
        client: &'a super::Client,
        id: Result<Vec<i64>, String>,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> PathSimpleArray<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///The path parameter `id`, required.
        /**

Takes one value or many: a value, a `Vec`, an array or a slice.*/
        pub fn id<V: OneOrMany<i64>>(mut self, value: V) -> Self {
            self.id = Ok(value.into_vec());
            self
        }
        ///Sends a `GET` request to `/simple/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<()>> {
            const ID_PARAMETER: ::client_runtime::wire::Parameter = ::client_runtime::wire::Parameter {
                name: "id",
                location: ::client_runtime::wire::Location::Path,
                style: ::client_runtime::wire::Style::Simple,
                explode: false,
            };
            let Self { client, id, options } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/simple/{}", client.baseurl, ID_PARAMETER.serialize(& id)
                .unwrap_or_default(),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: "parameter-styles",
                id: "pathSimpleArray",
                method: "GET",
                path: "/simple/{id}",
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
    impl ::std::fmt::Debug for HeaderStyles<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("HeaderStyles")
                .field("x_ids", &::client_runtime::Given::optional(&self.x_ids))
                .field("x_person", &::client_runtime::Given::required(&self.x_person))
                .field(
                    "x_person_exploded",
                    &::client_runtime::Given::optional(&self.x_person_exploded),
                )
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathLabelArrayExploded<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathLabelArrayExploded")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathLabelScalar<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathLabelScalar")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathLabelArray<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathLabelArray")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathMatrixArrayExploded<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathMatrixArrayExploded")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathMatrixObjectExploded<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathMatrixObjectExploded")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathMatrixObject<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathMatrixObject")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathMatrixArray<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathMatrixArray")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QueryDeepObject<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QueryDeepObject")
                .field("id", &::client_runtime::Given::optional(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QueryFormArray<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QueryFormArray")
                .field("id", &::client_runtime::Given::optional(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QueryFormArrayFlat<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QueryFormArrayFlat")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QueryFormObject<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QueryFormObject")
                .field("id", &::client_runtime::Given::optional(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QueryFormObjectFlat<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QueryFormObjectFlat")
                .field("id", &::client_runtime::Given::optional(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QueryPipeDelimited<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QueryPipeDelimited")
                .field("id", &::client_runtime::Given::optional(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for QuerySpaceDelimited<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("QuerySpaceDelimited")
                .field("id", &::client_runtime::Given::optional(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathSimpleObjectExploded<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathSimpleObjectExploded")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathSimpleObject<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathSimpleObject")
                .field("id", &::client_runtime::Given::required(&self.id))
                .field("options", &self.options)
                .finish_non_exhaustive()
        }
    }
    impl ::std::fmt::Debug for PathSimpleArray<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PathSimpleArray")
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
        name: "parameter-styles",
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

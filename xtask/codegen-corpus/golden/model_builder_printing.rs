// @generated from xtask/codegen-corpus/cases/model-builder-printing.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
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
    ///`ListSubscriptionsResponseItemsItemWithALongName`
    #[derive(Deserialize, Serialize, Clone, Debug, PartialEq, JsonSchema)]
    #[non_exhaustive]
    pub struct ListSubscriptionsResponseItemsItemWithALongName {
        /**The subscription's id.
Written as in C: /* an id */, never empty.
More text after the comment.
__model_builder_arguments_0*/
        pub id: String,
        ///The property `note`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
    /// Types for composing complex structures.
    pub mod builder {
        ::client_runtime::model_builder! {
            ///Builds a [`super::ListSubscriptionsResponseItemsItemWithALongName`] field by field: each setter takes the field's value (or its own builder), and `try_into()`, or any setter or `body` that takes a `ListSubscriptionsResponseItemsItemWithALongName`, finishes it.
            ListSubscriptionsResponseItemsItemWithALongName => super::ListSubscriptionsResponseItemsItemWithALongName, super::error::ConversionError {
                /**The property `id`, required.

The subscription's id.
Written as in C: /* an id */, never empty.
More text after the comment.
__model_builder_arguments_0*/
                id: value(String) required,
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
/**Client for Model builder printing

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
    /**Sends a `GET` request to `/subscriptions`

```ignore
let response = client.list_subscriptions()
    .send()
    .await;
```*/
    pub fn list_subscriptions(&self) -> builder::ListSubscriptions<'_> {
        builder::ListSubscriptions::new(self)
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
    /**Builder for [`Client::list_subscriptions`]

[`Client::list_subscriptions`]: super::Client::list_subscriptions*/
    #[derive(Clone)]
    pub struct ListSubscriptions<'a> {
        client: &'a super::Client,
        options: ::client_runtime::CallOptions,
    }
    impl<'a> ListSubscriptions<'a> {
        ///A builder of this operation for `client`; the client's method of the operation's name makes one.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                options: ::client_runtime::CallOptions::default(),
            }
        }
        ///Sends a `GET` request to `/subscriptions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionsResponseItemsItemWithALongName>,
            Error<()>,
        > {
            let Self { client, options } = self;
            let url = format!("{}/subscriptions", client.baseurl,);
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
                api: "model-builder-printing",
                id: "listSubscriptions",
                method: "GET",
                path: "/subscriptions",
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
        pub fn send_blocking(
            self,
        ) -> Result<
            ResponseValue<types::ListSubscriptionsResponseItemsItemWithALongName>,
            Error<()>,
        > {
            ::client_runtime::blocking::wait(self.send())
        }
    }
    impl ::std::fmt::Debug for ListSubscriptions<'_> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListSubscriptions")
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
pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};
impl ::client_runtime::ApiClient for Client {
    const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
        name: "model-builder-printing",
        default_base_url: None,
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
    ///Starts building a client. Give it a base URL (see [`server_url`]) and the credentials, once; each operation sends those its spec asks for.
    pub fn builder() -> ClientBuilder<Self> {
        ClientBuilder::new()
    }
}

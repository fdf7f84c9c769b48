//! Building a client: its base URL and credentials (from the spec, through
//! [`ApiClient`]), its HTTP client, and the [`Runtime`] its calls go
//! through.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};

use crate::redact::RedactedUrl;
use crate::retry::RetryPolicy;
use crate::runtime::{
    DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_BODY_SIZE,
    Runtime,
};

/// How much of a credential an API's spec asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// Every request must carry it.
    Required,
    /// Requests may carry it.
    Optional,
    /// The spec does not declare it: the client never sends it.
    NotDeclared,
}

/// What a generated crate tells the runtime about its API, from its spec.
#[derive(Clone, Copy, Debug)]
pub struct ApiDescription {
    /// The API's name (its spec's file stem), for messages.
    pub name: &'static str,
    /// The base URL used when the caller sets none: the spec's first server,
    /// when its URL has no variables to fill in.
    pub default_base_url: Option<&'static str>,
    /// The `Authorization: Bearer <token>` credential.
    pub bearer_token: Requirement,
    /// The header that carries an API key, and how much it is asked for.
    pub api_key: Option<(&'static str, Requirement)>,
}

/// Implemented by each generated `Client`, so that [`ClientBuilder`] can make one.
pub trait ApiClient: Sized {
    /// The API's server and credentials, from its spec.
    const DESCRIPTION: ApiDescription;

    /// Makes the client from what [`ClientBuilder::build`] set up: the base
    /// URL (without a trailing slash), the HTTP client that carries the
    /// credentials, and the runtime every call goes through (which sends
    /// with that same HTTP client).
    fn from_parts(base_url: &str, http: reqwest::Client, runtime: Runtime) -> Self;
}

/// Builds an API client; see the crate documentation.
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder<C> {
    base_url: Option<String>,
    bearer_token: Option<String>,
    api_key: Option<String>,
    user_agent: Option<String>,
    connect_timeout: Duration,
    attempt_timeout: Duration,
    deadline: Duration,
    retry: RetryPolicy,
    report_drift: bool,
    max_body_size: usize,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Credentials stay out of logs.
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url.as_deref().map(RedactedUrl))
            .field("bearer_token", &self.bearer_token.as_ref().map(|_| "<set>"))
            .field("api_key", &self.api_key.as_ref().map(|_| "<set>"))
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("report_drift", &self.report_drift)
            .field("max_body_size", &self.max_body_size)
            .finish()
    }
}

impl<C: ApiClient> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C: ApiClient> ClientBuilder<C> {
    /// A builder with no base URL, no credentials, and the default
    /// timeouts, deadline and retry policy (see the crate documentation).
    pub fn new() -> Self {
        Self {
            base_url: None,
            bearer_token: None,
            api_key: None,
            user_agent: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            deadline: DEFAULT_DEADLINE,
            retry: RetryPolicy::default(),
            report_drift: false,
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            client: PhantomData,
        }
    }

    /// The URL that operation paths are appended to: scheme, host, optional
    /// port and path prefix, such as `https://api.example.com/v2`.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// The token sent as `Authorization: Bearer <token>` on every request.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = Some(token.into());
        self
    }

    /// The API key sent on every request, in the header the spec names.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// How long connecting to the server may take (default
    /// [`DEFAULT_CONNECT_TIMEOUT`](crate::DEFAULT_CONNECT_TIMEOUT), 5 s). A
    /// connection that fails is retried, whatever the operation: the request
    /// never reached the server.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long one attempt may take, from sending the request to reading
    /// the last byte of the body, connecting included (default
    /// [`DEFAULT_ATTEMPT_TIMEOUT`](crate::DEFAULT_ATTEMPT_TIMEOUT), 10 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// How long a whole call may take, every attempt and back-off sleep
    /// included (default [`DEFAULT_DEADLINE`](crate::DEFAULT_DEADLINE),
    /// 30 s). A call can set its own.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// When and how often a failed attempt is retried (default
    /// [`RetryPolicy::default`]); [`RetryPolicy::none`] turns retries off.
    /// A call can set its own.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Whether the client reports drift (off by default): the first time in
    /// the process that an operation's response carries a property its
    /// model does not declare, or a string enum value it does not list, a
    /// `tracing` event with the target [`drift::TARGET`](crate::drift::TARGET)
    /// says where (a JSON pointer), never the value. Off, it costs a `bool`
    /// check per response; on, one more pass over each body that decoded,
    /// while a subscriber listens. See [`crate::drift`].
    pub fn report_drift(mut self, on: bool) -> Self {
        self.report_drift = on;
        self
    }

    /// The largest response body a call reads, in bytes (default
    /// [`DEFAULT_MAX_BODY_SIZE`](crate::DEFAULT_MAX_BODY_SIZE), 16 MiB). A
    /// response whose `Content-Length` is larger is not read at all; one
    /// without it is read until it passes the bound. Either way the call
    /// fails with [`CommunicationKind::BodyTooLarge`](crate::CommunicationKind::BodyTooLarge),
    /// keeping the status and headers, is not retried, and no more than this
    /// many bytes of the body were held.
    pub fn max_body_size(mut self, bytes: usize) -> Self {
        self.max_body_size = bytes;
        self
    }

    /// The `User-Agent` header sent on every request (none by default).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Makes the client, or says which setting is missing or wrong.
    pub fn build(self) -> Result<C, BuildError> {
        let api = C::DESCRIPTION;
        for (setting, value) in [
            ("connect_timeout", self.connect_timeout),
            ("attempt_timeout", self.attempt_timeout),
            ("deadline", self.deadline),
        ] {
            if value.is_zero() {
                return Err(BuildError::ZeroDuration { setting });
            }
        }
        let base_url = match self.base_url.as_deref().or(api.default_base_url) {
            Some(url) => checked_base_url(url)?,
            None => return Err(BuildError::MissingBaseUrl { api: api.name }),
        };

        let mut headers = HeaderMap::new();
        let bearer = self.bearer_token.map(|token| format!("Bearer {token}"));
        if let Some(value) = credential(api, "bearer token", api.bearer_token, bearer)? {
            headers.insert(AUTHORIZATION, value);
        }
        let (key_header, key_requirement) = api.api_key.unwrap_or(("", Requirement::NotDeclared));
        if let Some(value) = credential(api, "API key", key_requirement, self.api_key)? {
            let name = HeaderName::from_bytes(key_header.as_bytes()).map_err(|_| {
                BuildError::InvalidCredential {
                    credential: "API key header name",
                }
            })?;
            headers.insert(name, value);
        }

        // The client's own timeout bounds a request sent without the
        // runtime; the runtime sets each attempt's own. Redirects are the
        // runtime's to follow (same origin, reads only), and no `Referer`
        // is sent: it would carry the query, which may be personal data.
        let mut http = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(self.connect_timeout)
            .timeout(self.attempt_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false);
        if let Some(user_agent) = self.user_agent {
            http = http.user_agent(user_agent);
        }
        let http = http.build().map_err(BuildError::Http)?;
        let runtime = Runtime::new(http.clone())
            .with_retry(self.retry)
            .with_attempt_timeout(self.attempt_timeout)
            .with_http_timeout(self.attempt_timeout)
            .with_deadline(self.deadline)
            .with_drift_report(self.report_drift)
            .with_max_body_size(self.max_body_size);
        Ok(C::from_parts(&base_url, http, runtime))
    }
}

/// Checks a credential against what the spec asks for, and makes its header
/// value (marked sensitive, so that it is never logged).
fn credential(
    api: ApiDescription,
    credential: &'static str,
    requirement: Requirement,
    value: Option<String>,
) -> Result<Option<HeaderValue>, BuildError> {
    match (requirement, value) {
        (Requirement::NotDeclared, Some(_)) => Err(BuildError::UndeclaredCredential {
            api: api.name,
            credential,
        }),
        (Requirement::Required, None) => Err(BuildError::MissingCredential {
            api: api.name,
            credential,
        }),
        (_, None) => Ok(None),
        (_, Some(value)) => {
            let mut value = HeaderValue::try_from(value)
                .map_err(|_| BuildError::InvalidCredential { credential })?;
            value.set_sensitive(true);
            Ok(Some(value))
        }
    }
}

/// An absolute http(s) URL, without the trailing slash (operation paths start
/// with one).
fn checked_base_url(url: &str) -> Result<String, BuildError> {
    let invalid = |reason: &str| BuildError::InvalidBaseUrl {
        url: RedactedUrl(url).to_string(),
        reason: reason.to_owned(),
    };
    let parsed = reqwest::Url::parse(url).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL has no query or fragment"));
    }
    // The HTTP client would send them as Basic credentials, which no spec
    // here declares, and they would show wherever the URL is printed.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid(
            "a base URL carries no user name or password: set the credentials on the builder",
        ));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// Why a client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// No base URL was given, and the spec's server has variables to fill in,
    /// is relative, or is missing.
    MissingBaseUrl {
        /// The API's name.
        api: &'static str,
    },
    /// The base URL is not an absolute http(s) URL without a user part.
    /// `url` shows any user name and password as `***`.
    InvalidBaseUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The spec requires a credential that was not given.
    MissingCredential {
        /// The API's name.
        api: &'static str,
        /// Which credential.
        credential: &'static str,
    },
    /// A credential was given that the spec does not declare, so it would
    /// never be sent.
    UndeclaredCredential {
        /// The API's name.
        api: &'static str,
        /// Which credential.
        credential: &'static str,
    },
    /// A credential holds characters that an HTTP header cannot.
    InvalidCredential {
        /// Which credential.
        credential: &'static str,
    },
    /// A timeout or the deadline was set to zero, which no call could meet.
    ZeroDuration {
        /// Which setting: `connect_timeout`, `attempt_timeout` or `deadline`.
        setting: &'static str,
    },
    /// The HTTP client could not be set up (for example, no TLS backend).
    Http(reqwest::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingBaseUrl { api } => write!(
                f,
                "{api}: no base URL was set, and the spec gives none to use as it is (its server \
                 URL has variables to fill in, is relative, or is missing): set one with `.base_url(...)`"
            ),
            Self::InvalidBaseUrl { url, reason } => {
                write!(f, "`{url}` is not a usable base URL: {reason}")
            }
            Self::MissingCredential { api, credential } => {
                write!(f, "{api} requires a {credential}, and none was set")
            }
            Self::UndeclaredCredential { api, credential } => write!(
                f,
                "{api} declares no {credential} in its spec, so one cannot be set"
            ),
            Self::InvalidCredential { credential } => {
                write!(
                    f,
                    "the {credential} holds characters an HTTP header cannot carry"
                )
            }
            Self::ZeroDuration { setting } => {
                write!(f, "`{setting}` must be longer than zero")
            }
            Self::Http(e) => write!(f, "the HTTP client could not be set up: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Http(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A client that keeps what it was built with, for inspection.
    #[derive(Debug)]
    struct Probe {
        base_url: String,
        runtime: Runtime,
    }

    impl ApiClient for Probe {
        const DESCRIPTION: ApiDescription = ApiDescription {
            name: "probe",
            default_base_url: Some("https://probe.example/v1/"),
            bearer_token: Requirement::Required,
            api_key: None,
        };
        fn from_parts(base_url: &str, _: reqwest::Client, runtime: Runtime) -> Self {
            Probe {
                base_url: base_url.to_owned(),
                runtime,
            }
        }
    }

    #[derive(Debug)]
    struct Templated;

    impl ApiClient for Templated {
        const DESCRIPTION: ApiDescription = ApiDescription {
            name: "templated",
            default_base_url: None,
            bearer_token: Requirement::NotDeclared,
            api_key: Some(("x-api-key", Requirement::Optional)),
        };
        fn from_parts(_: &str, _: reqwest::Client, _: Runtime) -> Self {
            Templated
        }
    }

    #[test]
    fn default_base_url_comes_from_the_spec_without_trailing_slash() {
        let probe: Probe = ClientBuilder::new().bearer_token("t").build().unwrap();
        assert_eq!(probe.base_url, "https://probe.example/v1");
    }

    #[test]
    fn a_required_credential_must_be_given() {
        let e = ClientBuilder::<Probe>::new().build().unwrap_err();
        assert_eq!(
            e.to_string(),
            "probe requires a bearer token, and none was set"
        );
    }

    #[test]
    fn an_undeclared_credential_is_refused() {
        let e = ClientBuilder::<Probe>::new()
            .bearer_token("t")
            .api_key("k")
            .build()
            .unwrap_err();
        assert!(matches!(
            e,
            BuildError::UndeclaredCredential {
                credential: "API key",
                ..
            }
        ));
    }

    #[test]
    fn a_server_with_variables_needs_a_base_url() {
        let e = ClientBuilder::<Templated>::new().build().unwrap_err();
        assert!(matches!(e, BuildError::MissingBaseUrl { api: "templated" }));
        assert!(
            ClientBuilder::<Templated>::new()
                .base_url("http://127.0.0.1:1")
                .build()
                .is_ok()
        );
    }

    #[test]
    fn base_urls_are_checked() {
        for bad in ["not a url", "ftp://x.example", "https://x.example/?q=1"] {
            let e = ClientBuilder::<Probe>::new()
                .base_url(bad)
                .bearer_token("t")
                .build()
                .unwrap_err();
            assert!(matches!(e, BuildError::InvalidBaseUrl { .. }), "{bad}: {e}");
        }
    }

    #[test]
    fn credentials_with_newlines_are_refused() {
        let e = ClientBuilder::<Probe>::new()
            .bearer_token("a\nb")
            .build()
            .unwrap_err();
        assert!(matches!(e, BuildError::InvalidCredential { .. }));
    }

    #[test]
    fn debug_output_hides_credentials() {
        let builder = ClientBuilder::<Probe>::new().bearer_token("secret-token");
        let shown = format!("{builder:?}");
        assert!(!shown.contains("secret-token"), "{shown}");
    }

    #[test]
    fn the_runtime_gets_the_builder_settings() {
        let probe: Probe = ClientBuilder::new()
            .bearer_token("t")
            .attempt_timeout(Duration::from_millis(700))
            .deadline(Duration::from_secs(3))
            .retry(RetryPolicy::none())
            .report_drift(true)
            .build()
            .unwrap();
        assert!(probe.runtime.reports_drift());
        assert_eq!(probe.runtime.attempt_timeout(), Duration::from_millis(700));
        assert_eq!(probe.runtime.deadline(), Duration::from_secs(3));
        assert_eq!(probe.runtime.retry_policy().max_attempts(), 1);
    }

    #[test]
    fn the_defaults_are_the_documented_ones() {
        let probe: Probe = ClientBuilder::new().bearer_token("t").build().unwrap();
        assert_eq!(DEFAULT_CONNECT_TIMEOUT, Duration::from_secs(5));
        assert_eq!(probe.runtime.attempt_timeout(), Duration::from_secs(10));
        assert_eq!(probe.runtime.deadline(), Duration::from_secs(30));
        assert_eq!(*probe.runtime.retry_policy(), RetryPolicy::default());
        assert!(!probe.runtime.reports_drift());
    }

    #[test]
    fn zero_durations_are_refused() {
        let e = ClientBuilder::<Probe>::new()
            .bearer_token("t")
            .deadline(Duration::ZERO)
            .build()
            .unwrap_err();
        assert_eq!(e.to_string(), "`deadline` must be longer than zero");
    }
}

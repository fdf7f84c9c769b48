//! Building a client: its base URL and credentials (from the spec, through
//! [`ApiClient`]), its HTTP client, and the [`Runtime`] its calls go
//! through.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use crate::credentials::{Credentials, SchemeKind, SecurityScheme, Unusable};
use crate::redact::RedactedUrl;
use crate::retry::RetryPolicy;
use crate::runtime::{
    DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_BODY_SIZE,
    Runtime,
};
use crate::token::{ClientCredentials, TokenCache, TokenSource};

/// What a generated crate tells the runtime about its API, from its spec.
#[derive(Clone, Copy, Debug)]
pub struct ApiDescription {
    /// The API's name (its spec's file stem), for messages.
    pub name: &'static str,
    /// The base URL used when the caller sets none: the spec's first server,
    /// with each of its variables at its default.
    pub default_base_url: Option<&'static str>,
    /// The security schemes the spec declares, in its order.
    pub schemes: &'static [SecurityScheme],
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
    credentials: Vec<(Given, Secret)>,
    user_agent: Option<String>,
    connect_timeout: Duration,
    attempt_timeout: Duration,
    deadline: Duration,
    retry: RetryPolicy,
    report_drift: bool,
    max_body_size: usize,
    http: Option<reqwest::Client>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Credentials stay out of logs.
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url.as_deref().map(RedactedUrl))
            .field(
                "credentials",
                &self
                    .credentials
                    .iter()
                    .map(|(given, _)| given)
                    .collect::<Vec<_>>(),
            )
            .field("user_agent", &self.user_agent)
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("report_drift", &self.report_drift)
            .field("max_body_size", &self.max_body_size)
            .field("http", &self.http.as_ref().map(|_| "<the caller's>"))
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
            credentials: Vec::new(),
            user_agent: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            deadline: DEFAULT_DEADLINE,
            retry: RetryPolicy::default(),
            report_drift: false,
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            http: None,
            client: PhantomData,
        }
    }

    /// The URL that operation paths are appended to: scheme, host, optional
    /// port and path prefix, such as `https://api.example.com/v2`.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// The token sent as `Authorization: Bearer <token>` by the operations
    /// whose security asks for it: the API's one bearer scheme (an `http`
    /// `bearer`, `oauth2` or `openIdConnect` scheme). An API with several
    /// names each with [`credential`](Self::credential).
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.credentials
            .push((Given::Kind(Kind::Bearer), Secret::Text(token.into())));
        self
    }

    /// Where the API's one bearer or OAuth 2.0 scheme gets its tokens: asked
    /// when a call needs one, cached, renewed ahead of expiry, and once
    /// more on a 401 (see [`crate::token`]). A [`ClientCredentials`], or
    /// a closure returning a [`Token`](crate::Token).
    pub fn token_source(mut self, source: impl TokenSource) -> Self {
        self.credentials.push((
            Given::Kind(Kind::Bearer),
            Secret::Source(TokenCache::new(source)),
        ));
        self
    }

    /// [`token_source`](Self::token_source) for the scheme the spec calls
    /// `scheme`.
    pub fn credential_source(
        mut self,
        scheme: impl Into<String>,
        source: impl TokenSource,
    ) -> Self {
        self.credentials.push((
            Given::Scheme(scheme.into()),
            Secret::Source(TokenCache::new(source)),
        ));
        self
    }

    /// OAuth 2.0 client credentials for the API's one `oauth2` scheme with
    /// a `clientCredentials` flow: tokens are asked from the spec's token
    /// URL with the flow's scopes (to ask otherwise, give
    /// [`token_source`](Self::token_source) a [`ClientCredentials`] of your
    /// own).
    pub fn client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.credentials.push((
            Given::Kind(Kind::ClientCredentials),
            Secret::ClientCredentials(ClientCredentials::new("", client_id, client_secret)),
        ));
        self
    }

    /// The API key sent by the operations whose security asks for it, where
    /// the spec says (a header, a query parameter or a cookie): the API's
    /// one `apiKey` scheme. An API with several names each with
    /// [`credential`](Self::credential).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.credentials
            .push((Given::Kind(Kind::ApiKey), Secret::Text(key.into())));
        self
    }

    /// The user name and password sent as `Authorization: Basic ...` by the
    /// operations whose security asks for it: the API's one `http` `basic`
    /// scheme.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl AsRef<str>) -> Self {
        let mut pair = user.into();
        pair.push(':');
        pair.push_str(password.as_ref());
        self.credentials
            .push((Given::Kind(Kind::Basic), Secret::Text(pair)));
        self
    }

    /// The credential of the security scheme the spec calls `scheme` (its
    /// key in `components/securitySchemes`), sent by the operations whose
    /// security asks for it: a token, an API key, another `http` scheme's
    /// credential, or `user:password` for a `basic` scheme.
    pub fn credential(mut self, scheme: impl Into<String>, value: impl Into<String>) -> Self {
        self.credentials
            .push((Given::Scheme(scheme.into()), Secret::Text(value.into())));
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

    /// The HTTP client to send with, set up by the caller (a proxy, custom
    /// TLS roots, a connection pool shared with other code). The builder's
    /// credentials, retries, deadline, attempt timeout and body bound still
    /// apply, each call setting its attempt's timeout; its connect timeout,
    /// `User-Agent` and redirect policy are the caller's client's own (build
    /// it with `.redirect(reqwest::redirect::Policy::none()).referer(false)`
    /// for the runtime's rule: same origin, reads only).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
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

        let credentials = credentials(api, self.credentials)?;

        // The client's own timeout bounds a request sent without the
        // runtime; the runtime sets each attempt's own. Redirects are the
        // runtime's to follow (same origin, reads only), and no `Referer`
        // is sent: it would carry the query, which may be personal data.
        let (http, runtime) = match self.http {
            // Its own timeout is unknown: each attempt sets its own.
            Some(http) => (http.clone(), Runtime::new(http)),
            None => {
                crate::tls::install_provider();
                let mut http = reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout)
                    .timeout(self.attempt_timeout)
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false);
                if let Some(user_agent) = self.user_agent {
                    http = http.user_agent(user_agent);
                }
                let http = http.build().map_err(BuildError::Http)?;
                let runtime = Runtime::new(http.clone()).with_http_timeout(self.attempt_timeout);
                (http, runtime)
            }
        };
        let runtime = runtime
            .with_retry(self.retry)
            .with_attempt_timeout(self.attempt_timeout)
            .with_deadline(self.deadline)
            .with_drift_report(self.report_drift)
            .with_max_body_size(self.max_body_size)
            .with_credentials(credentials);
        Ok(C::from_parts(&base_url, http, runtime))
    }
}

/// A credential as the caller named it: by what it is, or by its scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Given {
    Kind(Kind),
    Scheme(String),
}

/// A credential's value; never shown.
enum Secret {
    Text(String),
    Source(TokenCache),
    ClientCredentials(ClientCredentials),
}

/// The kinds of credential the builder has a setter for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Bearer,
    ApiKey,
    Basic,
    ClientCredentials,
}

impl Kind {
    fn setter(self) -> &'static str {
        match self {
            Kind::Bearer => "bearer_token",
            Kind::ApiKey => "api_key",
            Kind::Basic => "basic_auth",
            Kind::ClientCredentials => "client_credentials",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Kind::Bearer => SchemeKind::Bearer.noun(),
            Kind::ApiKey => "API key",
            Kind::Basic => SchemeKind::Basic.noun(),
            Kind::ClientCredentials => "OAuth 2.0 client credentials flow",
        }
    }

    fn answers(self, scheme: SchemeKind) -> bool {
        matches!(
            (self, scheme),
            (Kind::Bearer, SchemeKind::Bearer | SchemeKind::OAuth2 { .. })
                | (Kind::ApiKey, SchemeKind::ApiKey { .. })
                | (Kind::Basic, SchemeKind::Basic)
                | (
                    Kind::ClientCredentials,
                    SchemeKind::OAuth2 {
                        token_url: Some(_),
                        ..
                    }
                )
        )
    }
}

/// The credentials given, checked against the schemes the spec declares:
/// each answers exactly one scheme, and every scheme that every operation
/// needs has one.
fn credentials(
    api: ApiDescription,
    given: Vec<(Given, Secret)>,
) -> Result<Credentials, BuildError> {
    let mut credentials = Credentials::none(api.schemes);
    for (given, value) in given {
        let index = match &given {
            Given::Scheme(name) => {
                api.schemes
                    .iter()
                    .position(|s| s.name == name)
                    .ok_or_else(|| BuildError::UndeclaredCredential {
                        api: api.name,
                        credential: format!("security scheme `{name}`"),
                    })?
            }
            Given::Kind(kind) => {
                let mut answering = api
                    .schemes
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| kind.answers(s.kind));
                match (answering.next(), answering.next()) {
                    (None, _) => {
                        return Err(BuildError::UndeclaredCredential {
                            api: api.name,
                            credential: kind.noun().to_owned(),
                        });
                    }
                    (Some((index, _)), None) => index,
                    (Some(_), Some(_)) => {
                        return Err(BuildError::AmbiguousCredential {
                            api: api.name,
                            setter: kind.setter(),
                            schemes: api
                                .schemes
                                .iter()
                                .filter(|s| kind.answers(s.kind))
                                .map(|s| s.name)
                                .collect(),
                        });
                    }
                }
            }
        };
        let scheme = api.schemes[index];
        let source = match value {
            // Either way the message says both what a header cannot carry
            // and what a basic scheme's value must be.
            Secret::Text(value) => {
                credentials.set(index, &value).map_err(|_: Unusable| {
                    BuildError::InvalidCredential {
                        credential: scheme.name,
                    }
                })?;
                continue;
            }
            Secret::Source(cache) => cache,
            Secret::ClientCredentials(flow) => {
                let SchemeKind::OAuth2 {
                    token_url: Some(url),
                    scopes,
                } = scheme.kind
                else {
                    unreachable!("`client_credentials` answers such schemes only")
                };
                TokenCache::new(flow.token_url_or(Some(url)).scopes(scopes.iter().copied()))
            }
        };
        if !matches!(scheme.kind, SchemeKind::Bearer | SchemeKind::OAuth2 { .. }) {
            return Err(BuildError::UndeclaredCredential {
                api: api.name,
                credential: format!(
                    "token source for `{}`, which is no bearer or OAuth 2.0 scheme",
                    scheme.name
                ),
            });
        }
        credentials.set_source(index, source);
    }
    for (index, scheme) in api.schemes.iter().enumerate() {
        if scheme.required && !credentials.is_set(index) {
            return Err(BuildError::MissingCredential {
                api: api.name,
                credential: scheme.kind.noun(),
                scheme: scheme.name,
            });
        }
    }
    Ok(credentials)
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
    /// Every operation of the API needs a credential that was not given.
    MissingCredential {
        /// The API's name.
        api: &'static str,
        /// What the credential is: `bearer token`, `API key`, ...
        credential: &'static str,
        /// The security scheme's name in the spec.
        scheme: &'static str,
    },
    /// A credential was given that the spec does not declare, or that no
    /// operation's security names, so it would never be sent.
    UndeclaredCredential {
        /// The API's name.
        api: &'static str,
        /// Which credential: what it is, or the scheme named.
        credential: String,
    },
    /// A setter such as `bearer_token` was used where the spec declares
    /// several schemes of its kind: name one with `credential`.
    AmbiguousCredential {
        /// The API's name.
        api: &'static str,
        /// The setter used.
        setter: &'static str,
        /// The schemes it could mean.
        schemes: Vec<&'static str>,
    },
    /// A credential holds characters that an HTTP header (or a cookie)
    /// cannot, or a basic scheme's has no `:` between user and password.
    InvalidCredential {
        /// The security scheme's name in the spec.
        credential: &'static str,
    },
    /// A server variable was given a value its `enum` in the spec does not
    /// list (from the crate's `server_url`).
    InvalidServerVariable {
        /// The variable's name in the spec.
        variable: &'static str,
        /// The value given.
        value: String,
        /// The values the spec allows.
        allowed: &'static [&'static str],
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
            Self::MissingCredential {
                api,
                credential,
                scheme,
            } => write!(
                f,
                "every operation of {api} needs the {credential} `{scheme}`, and none was set"
            ),
            Self::AmbiguousCredential {
                api,
                setter,
                schemes,
            } => {
                write!(f, "{api} declares several schemes `{setter}` could set (")?;
                for (i, scheme) in schemes.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}`{scheme}`")?;
                }
                write!(f, "): name one with `.credential(scheme, value)`")
            }
            Self::UndeclaredCredential { api, credential } => write!(
                f,
                "{api} declares no {credential} that any operation sends, so one cannot be set"
            ),
            Self::InvalidCredential { credential } => {
                write!(
                    f,
                    "the credential of `{credential}` holds characters an HTTP header cannot \
                     carry, or (for a basic scheme) no `:` between user and password"
                )
            }
            Self::InvalidServerVariable {
                variable,
                value,
                allowed,
            } => write!(
                f,
                "the server variable `{variable}` is one of `{}`, not `{value}`",
                allowed.join("`, `")
            ),
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
            schemes: &[SecurityScheme {
                name: "token",
                kind: SchemeKind::Bearer,
                required: true,
            }],
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
            schemes: &[
                SecurityScheme {
                    name: "key",
                    kind: SchemeKind::ApiKey {
                        location: crate::KeyLocation::Header,
                        name: "x-api-key",
                    },
                    required: false,
                },
                SecurityScheme {
                    name: "partnerKey",
                    kind: SchemeKind::ApiKey {
                        location: crate::KeyLocation::Query,
                        name: "partner_key",
                    },
                    required: false,
                },
            ],
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
            "every operation of probe needs the bearer token `token`, and none was set"
        );
    }

    #[test]
    fn an_undeclared_credential_is_refused() {
        let e = ClientBuilder::<Probe>::new()
            .bearer_token("t")
            .api_key("k")
            .build()
            .unwrap_err();
        assert!(
            matches!(&e, BuildError::UndeclaredCredential { credential, .. } if credential == "API key"),
            "{e}"
        );
        let e = ClientBuilder::<Probe>::new()
            .credential("tokn", "t")
            .build()
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "probe declares no security scheme `tokn` that any operation sends, so one cannot be set"
        );
    }

    #[test]
    fn a_setter_that_could_mean_two_schemes_is_refused() {
        let e = ClientBuilder::<Templated>::new()
            .base_url("http://127.0.0.1:1")
            .api_key("k")
            .build()
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "templated declares several schemes `api_key` could set (`key`, `partnerKey`): \
             name one with `.credential(scheme, value)`"
        );
        ClientBuilder::<Templated>::new()
            .base_url("http://127.0.0.1:1")
            .credential("partnerKey", "k")
            .build()
            .unwrap();
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
        let builder = ClientBuilder::<Probe>::new()
            .bearer_token("secret-token")
            .credential("token", "second-secret");
        let shown = format!("{builder:?}");
        assert!(!shown.contains("secret"), "{shown}");
        let probe: Probe = builder.build().unwrap();
        let shown = format!("{:?}", probe.runtime);
        assert!(!shown.contains("secret"), "{shown}");
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

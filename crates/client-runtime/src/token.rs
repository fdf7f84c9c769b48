//! Credentials that renew: a [`TokenSource`] is asked for an access token
//! (and when it expires) when a call needs one, instead of the client
//! holding one token for ever.
//!
//! - The token is cached, and asked for again [`REFRESH_MARGIN`] before it
//!   expires, so that no call is sent with a token about to lapse.
//! - One refresh at a time: every call that needs a token while one is
//!   being fetched waits for that one (100 concurrent calls, one request to
//!   the token endpoint).
//! - A failed refresh is not cached: the next call asks again.
//! - A call answered `401 Unauthorized` gets a fresh token once and is sent
//!   once more (a 401 means the request was not processed, so this is safe
//!   whatever the method); a second 401 is the call's answer.
//!
//! Ready sources: a closure or any type implementing [`TokenSource`] for a
//! flow of your own, and [`ClientCredentials`] for OAuth 2.0's client
//! credentials grant (RFC 6749 section 4.4). A fixed token
//! ([`ClientBuilder::bearer_token`](crate::ClientBuilder::bearer_token))
//! needs none of this and costs nothing.
//!
//! No token, secret or `Authorization` header is in any `Debug`, `Display`,
//! error, span or event.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use reqwest::header::HeaderValue;

/// How long before its expiry a cached token is replaced: a call is never
/// sent with a token that has less than this left.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(30);

/// An access token, and when it stops being valid (if the source knows).
#[derive(Clone)]
pub struct Token {
    secret: String,
    expires_at: Option<Instant>,
}

impl Token {
    /// A token that is valid until `expires_in` from now.
    pub fn new(secret: impl Into<String>, expires_in: Option<Duration>) -> Self {
        Token {
            secret: secret.into(),
            expires_at: expires_in.and_then(|d| Instant::now().checked_add(d)),
        }
    }

    /// The token itself, for a source that hands it on.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// When it expires, if known.
    pub fn expires_at(&self) -> Option<Instant> {
        self.expires_at
    }

    /// Whether it can still be sent at `now`: it does not expire within
    /// [`REFRESH_MARGIN`].
    fn fresh_at(&self, now: Instant) -> bool {
        self.expires_at
            .is_none_or(|at| at.saturating_duration_since(now) > REFRESH_MARGIN)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("secret", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// Why a token could not be had. Never holds a token or a secret.
#[derive(Debug)]
#[non_exhaustive]
pub enum TokenError {
    /// The token endpoint refused the request (RFC 6749 section 5.2):
    /// `invalid_client`, `invalid_scope`, ... Not retried.
    Refused {
        /// The HTTP status.
        status: u16,
        /// The OAuth error code, when the body gave one.
        error: Option<String>,
    },
    /// The token endpoint could not be reached, or did not answer in time,
    /// or answered with a 5XX: retried by the call path's rules, the call
    /// having never reached the API.
    Unavailable(String),
    /// A source of the caller's own failed: its message.
    Failed(String),
}

impl TokenError {
    /// Whether asking again may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Refused { status, error } => match error {
                Some(error) => write!(
                    f,
                    "the token endpoint refused the client ({status}, `{error}`)"
                ),
                None => write!(f, "the token endpoint refused the client ({status})"),
            },
            Self::Unavailable(why) => write!(f, "the token endpoint is unavailable: {why}"),
            Self::Failed(why) => write!(f, "no token could be had: {why}"),
        }
    }
}

impl std::error::Error for TokenError {}

/// What a [`TokenSource`] returns: a boxed future, so that sources of any
/// kind fit one client.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Token, TokenError>> + Send + 'a>>;

/// Where a client gets its access tokens: asked when a call needs a token
/// and the cached one is missing, about to expire, or was refused.
pub trait TokenSource: Send + Sync + 'static {
    /// A new token.
    fn token(&self) -> TokenFuture<'_>;
}

impl<F, Fut> TokenSource for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Token, TokenError>> + Send + 'static,
{
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self())
    }
}

/// A token source with its cache: shared by every call of one client.
#[derive(Clone)]
pub(crate) struct TokenCache {
    inner: Arc<CacheInner>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenCache")
    }
}

struct CacheInner {
    source: Box<dyn TokenSource>,
    /// The cached token, as the header it goes in.
    cached: RwLock<Option<(HeaderValue, Token)>>,
    /// Held while a token is fetched: the calls that need one wait here.
    refreshing: tokio::sync::Mutex<()>,
    /// When the last fetch failed as unavailable, and why: a call that
    /// waited for that fetch takes its answer instead of asking again.
    failed: RwLock<Option<(Instant, String)>>,
}

impl TokenCache {
    pub(crate) fn new(source: impl TokenSource) -> Self {
        TokenCache {
            inner: Arc::new(CacheInner {
                source: Box::new(source),
                cached: RwLock::new(None),
                refreshing: tokio::sync::Mutex::new(()),
                failed: RwLock::new(None),
            }),
        }
    }

    /// The cached token's header value, when it can still be sent.
    fn fresh(&self, now: Instant) -> Option<HeaderValue> {
        let cached = self.inner.cached.read().unwrap_or_else(|e| e.into_inner());
        cached
            .as_ref()
            .filter(|(_, token)| token.fresh_at(now))
            .map(|(header, _)| header.clone())
    }

    /// `Authorization: Bearer <token>`, from the cache or from the source.
    pub(crate) async fn header(&self) -> Result<HeaderValue, TokenError> {
        let asked = Instant::now();
        if let Some(header) = self.fresh(asked) {
            return Ok(header);
        }
        let _one_at_a_time = self.inner.refreshing.lock().await;
        // Another call may have refreshed it while this one waited, or
        // failed to: then that answer is this call's too.
        if let Some(header) = self.fresh(Instant::now()) {
            return Ok(header);
        }
        if let Some((at, why)) = &*self.inner.failed.read().unwrap_or_else(|e| e.into_inner())
            && *at >= asked
        {
            return Err(TokenError::Unavailable(why.clone()));
        }
        self.fetch().await
    }

    /// Forgets `refused`, if it is the cached token: the API answered 401
    /// to it, and the call could not be sent again with another.
    pub(crate) fn forget(&self, refused: &HeaderValue) {
        let mut cached = self.inner.cached.write().unwrap_or_else(|e| e.into_inner());
        if cached.as_ref().is_some_and(|(header, _)| header == refused) {
            *cached = None;
        }
    }

    /// A token other than `refused` (which the API answered 401 to): the
    /// cached one if another call already replaced it, else a new one.
    pub(crate) async fn replace(&self, refused: &HeaderValue) -> Result<HeaderValue, TokenError> {
        let _one_at_a_time = self.inner.refreshing.lock().await;
        {
            let cached = self.inner.cached.read().unwrap_or_else(|e| e.into_inner());
            if let Some((header, token)) = cached.as_ref()
                && header != refused
                && token.fresh_at(Instant::now())
            {
                return Ok(header.clone());
            }
        }
        self.fetch().await
    }

    /// Asks the source, and caches what it gives (not a failure).
    async fn fetch(&self) -> Result<HeaderValue, TokenError> {
        let token = match self.inner.source.token().await {
            Ok(token) => token,
            Err(error) => {
                if let TokenError::Unavailable(why) = &error {
                    *self.inner.failed.write().unwrap_or_else(|e| e.into_inner()) =
                        Some((Instant::now(), why.clone()));
                }
                return Err(error);
            }
        };
        *self.inner.failed.write().unwrap_or_else(|e| e.into_inner()) = None;
        let mut header =
            HeaderValue::try_from(format!("Bearer {}", token.secret)).map_err(|_| {
                TokenError::Failed("the token holds characters a header cannot carry".into())
            })?;
        header.set_sensitive(true);
        *self.inner.cached.write().unwrap_or_else(|e| e.into_inner()) =
            Some((header.clone(), token));
        Ok(header)
    }
}

/// How the client authenticates itself to the token endpoint (RFC 6749
/// section 2.3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAuth {
    /// HTTP Basic with the client id and secret (the RFC's default, which
    /// every server supports).
    Basic,
    /// `client_id` and `client_secret` as form fields of the request body.
    Body,
}

/// OAuth 2.0's client credentials grant (RFC 6749 section 4.4) as a
/// [`TokenSource`]: a `POST` of `grant_type=client_credentials` (and the
/// scopes and extra fields) to the token URL, on the same HTTP stack as the
/// API, with its own timeouts; the answer's `access_token` and
/// `expires_in` are the token.
#[derive(Clone)]
pub struct ClientCredentials {
    token_url: String,
    client_id: String,
    client_secret: String,
    scopes: Vec<String>,
    fields: Vec<(String, String)>,
    auth: ClientAuth,
    timeout: Duration,
    /// Made on the first request, and kept.
    http: Arc<std::sync::OnceLock<reqwest::Client>>,
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &crate::RedactedUrl(&self.token_url))
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("scopes", &self.scopes)
            .field("auth", &self.auth)
            .finish_non_exhaustive()
    }
}

impl ClientCredentials {
    /// The grant against `token_url`, for this client.
    pub fn new(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        ClientCredentials {
            token_url: token_url.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            scopes: Vec::new(),
            fields: Vec::new(),
            auth: ClientAuth::Basic,
            timeout: Duration::from_secs(10),
            http: Arc::default(),
        }
    }

    /// The scopes asked for (none by default: the server's default).
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Another form field the server requires (an `audience`, say).
    pub fn form_field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.fields.push((name.into(), value.into()));
        self
    }

    /// How the client id and secret are sent (default [`ClientAuth::Basic`]).
    pub fn client_auth(mut self, auth: ClientAuth) -> Self {
        self.auth = auth;
        self
    }

    /// How long one token request may take (default 10 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The token URL, when the builder has a spec's to offer instead.
    pub(crate) fn token_url_or(mut self, spec: Option<&str>) -> Self {
        if self.token_url.is_empty()
            && let Some(url) = spec
        {
            self.token_url = url.to_owned();
        }
        self
    }

    async fn request(&self) -> Result<Token, TokenError> {
        let http = match self.http.get() {
            Some(http) => http.clone(),
            None => {
                // No redirect is followed: it would take the secret along.
                crate::tls::install_provider();
                let http = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false)
                    .connect_timeout(self.timeout)
                    .build()
                    .map_err(|e| TokenError::Unavailable(e.without_url().to_string()))?;
                self.http.get_or_init(|| http).clone()
            }
        };
        let mut form: Vec<(&str, &str)> = vec![("grant_type", "client_credentials")];
        let scope = self.scopes.join(" ");
        if !scope.is_empty() {
            form.push(("scope", &scope));
        }
        if self.auth == ClientAuth::Body {
            form.push(("client_id", &self.client_id));
            form.push(("client_secret", &self.client_secret));
        }
        for (name, value) in &self.fields {
            form.push((name, value));
        }
        let mut request = http
            .post(&self.token_url)
            .timeout(self.timeout)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(
                form.iter()
                    .map(|(name, value)| format!("{}={}", form_encode(name), form_encode(value)))
                    .collect::<Vec<_>>()
                    .join("&"),
            );
        if self.auth == ClientAuth::Basic {
            // RFC 6749 section 2.3.1: each form-encoded, then Basic.
            let user = form_encode(&self.client_id);
            let password = form_encode(&self.client_secret);
            request = request.basic_auth(user, Some(password));
        }
        let response = request
            .send()
            .await
            .map_err(|e| TokenError::Unavailable(e.without_url().to_string()))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| TokenError::Unavailable(e.without_url().to_string()))?;
        if status.is_server_error() || status.as_u16() == 429 {
            return Err(TokenError::Unavailable(format!(
                "status {}",
                status.as_u16()
            )));
        }
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        if !status.is_success() {
            let error = json
                .get("error")
                .and_then(serde_json::Value::as_str)
                // An OAuth error code is ASCII without quotes or backslashes
                // (RFC 6749 section 5.2); anything else is not shown.
                .filter(|e| {
                    e.bytes()
                        .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
                })
                .map(str::to_owned);
            return Err(TokenError::Refused {
                status: status.as_u16(),
                error,
            });
        }
        let Some(access_token) = json.get("access_token").and_then(serde_json::Value::as_str)
        else {
            return Err(TokenError::Failed(
                "the token endpoint's answer has no `access_token`".into(),
            ));
        };
        // A number of seconds; some servers write it as a string, or with a
        // fraction.
        let expires_in = match json.get("expires_in") {
            Some(serde_json::Value::Number(n)) => n.as_f64(),
            Some(serde_json::Value::String(s)) => s.trim().parse::<f64>().ok(),
            _ => None,
        }
        .filter(|secs| secs.is_finite() && *secs >= 0.0)
        .map(Duration::from_secs_f64);
        Ok(Token::new(access_token, expires_in))
    }
}

impl TokenSource for ClientCredentials {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self.request())
    }
}

/// `application/x-www-form-urlencoded` of one value.
fn form_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn a_token_is_replaced_ahead_of_its_expiry() {
        let now = Instant::now();
        assert!(Token::new("t", None).fresh_at(now));
        assert!(Token::new("t", Some(REFRESH_MARGIN * 2)).fresh_at(now));
        assert!(!Token::new("t", Some(REFRESH_MARGIN / 2)).fresh_at(now));
    }

    #[test]
    fn debug_shows_no_secret() {
        let shown = format!(
            "{:?} {:?}",
            Token::new("tok-secret", None),
            ClientCredentials::new("https://t.example/token", "id", "client-secret")
        );
        assert!(!shown.contains("secret\""), "{shown}");
        assert!(
            !shown.contains("tok-secret") && !shown.contains("client-secret"),
            "{shown}"
        );
    }

    #[tokio::test]
    async fn a_failed_refresh_is_not_cached() {
        let asked = Arc::new(AtomicUsize::new(0));
        let counter = asked.clone();
        let cache = TokenCache::new(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            async move {
                if n == 0 {
                    Err(TokenError::Unavailable("down".into()))
                } else {
                    Ok(Token::new("t", None))
                }
            }
        });
        assert!(cache.header().await.is_err());
        assert_eq!(cache.header().await.unwrap(), "Bearer t");
        assert_eq!(cache.header().await.unwrap(), "Bearer t");
        assert_eq!(asked.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn calls_waiting_for_a_fetch_that_fails_share_its_failure() {
        let asked = Arc::new(AtomicUsize::new(0));
        let counter = asked.clone();
        let cache = TokenCache::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            async {
                tokio::time::sleep(Duration::from_millis(50)).await;
                Err::<Token, _>(TokenError::Unavailable("down".into()))
            }
        });
        let (a, b) = tokio::join!(cache.header(), cache.header());
        assert!(a.is_err() && b.is_err());
        assert_eq!(asked.load(Ordering::SeqCst), 1, "one request for both");
        // A later call asks again.
        assert!(cache.header().await.is_err());
        assert_eq!(asked.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_token_refused_by_the_api_is_forgotten() {
        let asked = Arc::new(AtomicUsize::new(0));
        let counter = asked.clone();
        let cache = TokenCache::new(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            async move { Ok(Token::new(format!("t{n}"), None)) }
        });
        let first = cache.header().await.unwrap();
        cache.forget(&first);
        assert_eq!(cache.header().await.unwrap(), "Bearer t1");
    }

    #[test]
    fn form_encoding_is_rfc_6749_s() {
        assert_eq!(form_encode("a b:c/é"), "a+b%3Ac%2F%C3%A9");
    }
}

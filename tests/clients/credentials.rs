//! Credentials that renew (`client_runtime::token`), through a generated
//! client over HTTP: a token source asked when a call needs a token,
//! cached until it nears expiry, one refresh shared by concurrent calls,
//! one new token and one resend on a 401, and a token endpoint's refusal
//! failing the call without retries and without the secret anywhere.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use adobe_cpapi::Client;
use adobe_cpapi::client_runtime::token::{ClientCredentials, REFRESH_MARGIN, Token, TokenError};
use adobe_cpapi::client_runtime::{ClientBuilder, TokenSource};
use api_tests::trace_capture::Capture;
use api_tests::{RecordingServer, Reply};
use serde_json::json;

const SECRET: &str = "planted-client-secret-5b1e";

/// A source that hands out `t0`, `t1`, ... each valid for `valid`, and
/// counts how often it was asked.
fn counting_source(valid: Duration) -> (Arc<AtomicUsize>, impl TokenSource) {
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    let source = move || {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        async move { Ok::<_, TokenError>(Token::new(format!("t{n}"), Some(valid))) }
    };
    (asked, source)
}

fn builder(api: &RecordingServer) -> ClientBuilder<Client> {
    Client::builder().base_url(api.url()).api_key("adobe-key")
}

async fn get_order(
    client: &Client,
) -> Result<(), adobe_cpapi::Error<adobe_cpapi::types::ErrorResponse>> {
    client
        .get_order()
        .customer_id("c")
        .order_id("o")
        .x_correlation_id("corr")
        .send()
        .await
        .map(|_| ())
}

fn bearers(api: &RecordingServer) -> Vec<String> {
    api.received()
        .iter()
        .map(|r| r.header("authorization").to_owned())
        .collect()
}

#[tokio::test]
async fn a_token_is_cached_and_replaced_ahead_of_its_expiry() {
    let api = RecordingServer::start().await;
    for _ in 0..6 {
        api.reply(Reply::json(200, &json!({})));
    }
    // An hour: one token serves three calls.
    let (asked, source) = counting_source(Duration::from_secs(3600));
    let client = builder(&api).token_source(source).build().unwrap();
    for _ in 0..3 {
        get_order(&client).await.unwrap();
    }
    assert_eq!(asked.load(Ordering::SeqCst), 1);
    // Valid for the margin only: replaced before every call, though it
    // has not expired yet.
    let (asked, source) = counting_source(REFRESH_MARGIN);
    let client = builder(&api).token_source(source).build().unwrap();
    for _ in 0..3 {
        get_order(&client).await.unwrap();
    }
    assert_eq!(asked.load(Ordering::SeqCst), 3);
    assert_eq!(
        bearers(&api),
        [
            "Bearer t0",
            "Bearer t0",
            "Bearer t0",
            "Bearer t0",
            "Bearer t1",
            "Bearer t2"
        ]
    );
}

#[tokio::test]
async fn a_hundred_concurrent_calls_cause_one_token_request() {
    let tokens = RecordingServer::start().await;
    tokens.reply(Reply::json(
        200,
        &json!({"access_token": "tok-1", "token_type": "Bearer", "expires_in": 3600}),
    ));
    let api = RecordingServer::start().await;
    for _ in 0..100 {
        api.reply(Reply::json(200, &json!({})));
    }
    let flow = ClientCredentials::new(format!("{}/oauth/token", tokens.url()), "my-app", SECRET)
        .scopes(["orders:read", "orders:write"]);
    let client = builder(&api).token_source(flow).build().unwrap();
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let client = client.clone();
        calls.spawn(async move { get_order(&client).await });
    }
    while let Some(result) = calls.join_next().await {
        result.unwrap().unwrap();
    }
    let asked = tokens.only_request();
    assert_eq!(asked.method, "POST");
    assert_eq!(asked.path, "/oauth/token");
    assert_eq!(
        asked.header("content-type"),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        String::from_utf8(asked.body.clone()).unwrap(),
        "grant_type=client_credentials&scope=orders%3Aread+orders%3Awrite"
    );
    // RFC 6749 section 2.3.1: HTTP Basic, id and secret form-encoded.
    assert_eq!(
        asked.header("authorization"),
        "Basic bXktYXBwOnBsYW50ZWQtY2xpZW50LXNlY3JldC01YjFl"
    );
    assert_eq!(bearers(&api), vec!["Bearer tok-1"; 100]);
}

#[tokio::test]
async fn a_401_gets_one_new_token_and_one_resend_and_a_second_401_is_returned() {
    let api = RecordingServer::start().await;
    api.reply(Reply::json(401, &json!({"message": "expired"})));
    api.reply(Reply::json(200, &json!({})));
    let (asked, source) = counting_source(Duration::from_secs(3600));
    let client = builder(&api).token_source(source).build().unwrap();
    get_order(&client).await.unwrap();
    assert_eq!(bearers(&api), ["Bearer t0", "Bearer t1"]);
    assert_eq!(asked.load(Ordering::SeqCst), 2);

    api.reply(Reply::json(401, &json!({"message": "no"})));
    api.reply(Reply::json(401, &json!({"message": "still no"})));
    let error = get_order(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(error.attempts(), 2);
    assert_eq!(
        bearers(&api)[2..],
        ["Bearer t1".to_owned(), "Bearer t2".to_owned()]
    );
    // No loop: one new token per call.
    assert_eq!(asked.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_refused_client_fails_the_call_at_once_and_no_output_shows_the_secret() {
    let tokens = RecordingServer::start().await;
    tokens.reply(Reply::json(
        401,
        &json!({"error": "invalid_client", "error_description": "unknown client"}),
    ));
    let api = RecordingServer::start().await;
    let capture = Capture::global();
    let flow = ClientCredentials::new(format!("{}/token", tokens.url()), "my-app", SECRET);
    let client = builder(&api).token_source(flow.clone()).build().unwrap();
    let error = get_order(&client).await.unwrap_err();
    assert!(
        matches!(
            &error,
            adobe_cpapi::Error::Token(TokenError::Refused { status: 401, error: Some(e) })
                if e == "invalid_client"
        ),
        "{error:?}"
    );
    assert!(!error.is_retryable());
    assert_eq!(tokens.received().len(), 1, "a refusal is not retried");
    assert!(api.received().is_empty(), "the API saw nothing");
    assert_eq!(
        error.to_string(),
        "not sent: the token endpoint refused the client (401, `invalid_client`)"
    );
    let shown = format!(
        "{error}\n{error:?}\n{client:?}\n{flow:?}\n{}",
        capture.everything()
    );
    assert!(!shown.contains(SECRET), "the secret is shown in:\n{shown}");
}

#[tokio::test]
async fn a_token_endpoint_that_is_down_is_asked_again() {
    let tokens = RecordingServer::start().await;
    tokens.reply(Reply::json(503, &json!({})));
    tokens.reply(Reply::json(200, &json!({"access_token": "tok-2"})));
    let api = RecordingServer::start().await;
    api.reply(Reply::json(200, &json!({})));
    let flow = ClientCredentials::new(format!("{}/token", tokens.url()), "my-app", SECRET);
    let client = builder(&api).token_source(flow).build().unwrap();
    get_order(&client).await.unwrap();
    assert_eq!(tokens.received().len(), 2);
    assert_eq!(bearers(&api), ["Bearer tok-2"]);
}

/// The README's example, with its own imports.
mod readme {
    // README "Credentials that renew": begin
    use std::time::Duration;

    use adobe_cpapi::Client;
    use adobe_cpapi::client_runtime::token::{ClientCredentials, Token, TokenError};

    /// A fixed token: set once, sent as it is (it never renews).
    pub fn fixed(token: &str, key: &str) -> Result<Client, adobe_cpapi::BuildError> {
        Client::builder().bearer_token(token).api_key(key).build()
    }

    /// Any flow of your own: a closure (or a type implementing
    /// `TokenSource`) asked when a call needs a token; the token is cached
    /// until 30 s before it expires, and asked again after a 401.
    pub fn from_a_closure(key: &str) -> Result<Client, adobe_cpapi::BuildError> {
        Client::builder()
            .token_source(|| async {
                let token = std::env::var("ADOBE_TOKEN")
                    .map_err(|_| TokenError::Failed("ADOBE_TOKEN is not set".into()))?;
                Ok(Token::new(token, Some(Duration::from_secs(300))))
            })
            .api_key(key)
            .build()
    }

    /// OAuth 2.0 client credentials (RFC 6749 section 4.4): tokens asked
    /// from the token URL with the client's id and secret. A spec whose
    /// `oauth2` scheme declares the flow gives `.client_credentials(id,
    /// secret)` its token URL and scopes.
    pub fn client_credentials(
        id: &str,
        secret: &str,
        key: &str,
    ) -> Result<Client, adobe_cpapi::BuildError> {
        let flow = ClientCredentials::new("https://ims.example.com/token", id, secret)
            .scopes(["openid", "orders.read"])
            .form_field("audience", "partners");
        Client::builder().token_source(flow).api_key(key).build()
    }
    // README: end
}

#[test]
fn the_readme_shows_the_token_sources() {
    readme::fixed("t", "k").unwrap();
    readme::from_a_closure("k").unwrap();
    readme::client_credentials("id", "secret", "k").unwrap();
    api_tests::assert_readme_shows(
        "### Credentials that renew",
        "Credentials that renew",
        include_str!("credentials.rs"),
        "tests/clients/credentials.rs",
    );
}

#[tokio::test]
async fn a_caller_s_http_client_keeps_its_headers_and_gets_credentials_and_retries() {
    let api = RecordingServer::start().await;
    api.reply(Reply::json(503, &json!({})));
    api.reply(Reply::json(200, &json!({})));
    let mut headers = adobe_cpapi::reqwest::header::HeaderMap::new();
    headers.insert("x-team", "orders".parse().unwrap());
    let http = adobe_cpapi::reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    let client = builder(&api)
        .http_client(http)
        .bearer_token("tok")
        .build()
        .unwrap();
    get_order(&client).await.unwrap();
    let received = api.received();
    assert_eq!(received.len(), 2, "the 503 was retried");
    for request in &received {
        assert_eq!(request.header("x-team"), "orders");
        assert_eq!(request.header("authorization"), "Bearer tok");
        assert_eq!(request.header("x-api-key"), "adobe-key");
    }
}

#[tokio::test]
async fn an_expiry_written_as_a_string_is_read() {
    // 20 s, within the refresh margin: each call asks anew. Read as no
    // expiry, the first token would serve both calls.
    let tokens = RecordingServer::start().await;
    for token in ["tok-3", "tok-4"] {
        tokens.reply(Reply::json(
            200,
            &json!({"access_token": token, "expires_in": "20"}),
        ));
    }
    let api = RecordingServer::start().await;
    api.reply(Reply::json(200, &json!({})));
    api.reply(Reply::json(200, &json!({})));
    let flow = ClientCredentials::new(format!("{}/token", tokens.url()), "my-app", SECRET);
    let client = builder(&api).token_source(flow).build().unwrap();
    get_order(&client).await.unwrap();
    get_order(&client).await.unwrap();
    assert_eq!(bearers(&api), ["Bearer tok-3", "Bearer tok-4"]);
}

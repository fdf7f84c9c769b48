//! The client generated from `cases/vendor-habits.yaml`, a spec with the
//! habits of vendors' published documents, called over HTTP: each
//! operation sends exactly the credentials its own `security` names (read
//! here from the headers, query and cookies the server received), the URL
//! its server's variables make, and its parameters in their styles; and
//! the mock generated beside it matches those requests.

use api_tests::{ReceivedRequest, RecordingServer, Reply};
use client_runtime::{BuildError, Error};
use codegen_corpus::vendor_habits::types::{ListOrdersFilter as Filter, Period};
use codegen_corpus::vendor_habits::{Client, SERVER_URL, server_url};
use serde_json::json;

const TOKEN: &str = "token-7c1f";
const PARTNER_KEY: &str = "partner-5d2e";
const SESSION: &str = "session9a4b";
const REPORT_KEY: &str = "report-3b8c";

/// A client of `server` with every credential the spec declares.
fn client_with_every_credential(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .credential("bearerAuth", TOKEN)
        .credential("partnerKey", PARTNER_KEY)
        .credential("session", SESSION)
        .basic_auth("ops", "pa:ss")
        .credential("reportKey", REPORT_KEY)
        .credential("oauth", "oauth-access")
        .credential("legacyToken", "legacy-1")
        .build()
        .unwrap()
}

/// Every credential a request carried, wherever it was: the headers that
/// carry them, the cookies, and the query's key.
fn credentials_sent(request: &ReceivedRequest) -> Vec<String> {
    let mut sent = Vec::new();
    for name in ["authorization", "x-partner-key", "cookie"] {
        for value in request.header_values(name) {
            sent.push(format!("{name}: {value}"));
        }
    }
    for (name, value) in request.query_pairs() {
        if name == "api_key" {
            sent.push(format!("query {name}={value}"));
        }
    }
    sent
}

async fn one_call<F, Fut>(reply: Reply, call: F) -> ReceivedRequest
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let server = RecordingServer::start().await;
    server.reply(reply);
    call(client_with_every_credential(&server)).await;
    server.only_request()
}

#[tokio::test]
async fn an_operation_with_empty_security_sends_no_credential() {
    let request = one_call(Reply::raw(204, "text/plain", Vec::new()), |c| async move {
        c.get_health().send().await.unwrap();
    })
    .await;
    assert_eq!(credentials_sent(&request), Vec::<String>::new());
}

#[tokio::test]
async fn an_operation_without_security_sends_the_api_s() {
    // No operationId: the method is named from GET /orders/{orderId}.
    let request = one_call(Reply::json(200, &json!({"id": "o-1"})), |c| async move {
        c.get_orders_by_order_id()
            .order_id("o-1")
            .send()
            .await
            .unwrap();
    })
    .await;
    assert_eq!(request.path, "/orders/o-1");
    assert_eq!(
        credentials_sent(&request),
        [format!("x-partner-key: {PARTNER_KEY}")]
    );
}

#[tokio::test]
async fn the_first_alternative_the_client_can_meet_is_sent_alone() {
    let request = one_call(Reply::json(200, &json!([])), |c| async move {
        c.list_orders().send().await.unwrap();
    })
    .await;
    assert_eq!(
        credentials_sent(&request),
        [format!("authorization: Bearer {TOKEN}")]
    );

    // Without the token, the second alternative: key and cookie together.
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!([])));
    let client = Client::builder()
        .base_url(server.url())
        .credential("partnerKey", PARTNER_KEY)
        .credential("session", SESSION)
        .build()
        .unwrap();
    client.list_orders().send().await.unwrap();
    assert_eq!(
        credentials_sent(&server.only_request()),
        [
            format!("x-partner-key: {PARTNER_KEY}"),
            format!("cookie: sid={SESSION}")
        ]
    );
}

#[tokio::test]
async fn basic_query_oauth_and_a_vendor_scheme_are_sent_as_their_types_say() {
    let request = one_call(Reply::raw(204, "text/plain", Vec::new()), |c| async move {
        c.delete_order().order_id("o-1").send().await.unwrap();
    })
    .await;
    // base64("ops:pa:ss"): the password keeps its colon.
    assert_eq!(
        credentials_sent(&request),
        ["authorization: Basic b3BzOnBhOnNz"]
    );

    let request = one_call(Reply::raw(200, "text/csv", "a,b\n"), |c| async move {
        let period: Period = Period::builder().year(2026).month(12).try_into().unwrap();
        c.get_report().period(period).send().await.unwrap();
    })
    .await;
    // The matrix style, exploded; the key after the spec's own query.
    assert_eq!(request.path, "/reports/;month=12;year=2026");
    assert_eq!(
        credentials_sent(&request),
        [
            "authorization: Bearer oauth-access".to_owned(),
            format!("query api_key={REPORT_KEY}")
        ]
    );

    let request = one_call(Reply::raw(204, "text/plain", Vec::new()), |c| async move {
        c.get_legacy().send().await.unwrap();
    })
    .await;
    assert_eq!(
        credentials_sent(&request),
        ["authorization: Token legacy-1"]
    );
}

#[test]
fn a_setter_that_could_mean_two_schemes_asks_for_the_scheme_s_name() {
    // `bearerAuth` and `oauth` both send bearer tokens.
    let error = Client::builder().bearer_token(TOKEN).build().unwrap_err();
    assert_eq!(
        error.to_string(),
        "vendor-habits declares several schemes `bearer_token` could set (`bearerAuth`, \
         `oauth`): name one with `.credential(scheme, value)`"
    );
    assert!(!format!("{error:?}").contains(TOKEN));
}

#[tokio::test]
async fn a_missing_credential_fails_before_sending_and_names_the_scheme() {
    let server = RecordingServer::start().await;
    let client = Client::builder()
        .base_url(server.url())
        .credential("bearerAuth", TOKEN)
        .build()
        .unwrap();
    let error = client
        .delete_order()
        .order_id("o-1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::MissingCredential(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "vendor-habits deleteOrder was not sent: it needs the credential `basicAuth`, \
         and the client was built without it: set it on the builder"
    );
    assert!(!format!("{error:?}").contains(TOKEN));
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn parameters_go_in_their_styles() {
    let request = one_call(Reply::json(200, &json!([])), |c| async move {
        let filter: Filter = Filter::builder()
            .status(Some("open".to_owned()))
            .customer(Some("c 1".to_owned()))
            .try_into()
            .unwrap();
        c.list_orders()
            .filter(filter)
            .tags(vec!["a".to_owned(), "b".to_owned()])
            .x_trace(vec!["t1".to_owned(), "t2".to_owned()])
            .send()
            .await
            .unwrap();
    })
    .await;
    assert_eq!(
        request.query.as_deref(),
        Some("filter[customer]=c%201&filter[status]=open&tags=a|b")
    );
    assert_eq!(request.header("x-trace"), "t1,t2");
}

#[test]
fn the_server_s_variables_take_their_defaults_or_the_caller_s_values() {
    assert_eq!(SERVER_URL, "https://eu.corpus.example/v2");
    assert_eq!(
        server_url("us", "v3").unwrap(),
        "https://us.corpus.example/v3"
    );
    let error = server_url("apac", "v2").unwrap_err();
    assert!(
        matches!(
            error,
            BuildError::InvalidServerVariable {
                variable: "region",
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "the server variable `region` is one of `eu`, `us`, not `apac`"
    );
    // The defaults make a client without a base URL.
    Client::builder().build().unwrap();
}

/// The mock generated beside the client (`mocks/vendor_habits.rs`).
// A mock crate's public items; these tests use some of them.
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../mocks/vendor_habits.rs"]
mod mock;

#[tokio::test]
async fn the_mock_matches_what_the_client_sends() {
    use httpmock::MockServer;
    use mock::MockServerExt;

    let server = MockServer::start_async().await;
    let filter = || -> Filter {
        Filter::builder()
            .status(Some("open".to_owned()))
            .try_into()
            .unwrap()
    };
    let period = || -> Period { Period::builder().year(2026).month(1).try_into().unwrap() };
    let orders = server
        .list_orders(|when, then| {
            when.filter(filter())
                .tags(vec!["a".to_owned(), "b".to_owned()]);
            then.ok(&vec![]);
        })
        .await;
    let report = server
        .get_report(|when, then| {
            when.period(period());
            then.ok("a,b\n");
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .credential("bearerAuth", TOKEN)
        .credential("reportKey", REPORT_KEY)
        .credential("oauth", "oauth-access")
        .build()
        .unwrap();
    client
        .list_orders()
        .filter(filter())
        .tags(vec!["a".to_owned(), "b".to_owned()])
        .send()
        .await
        .unwrap();
    client.get_report().period(period()).send().await.unwrap();
    assert_eq!(orders.calls_async().await, 1);
    assert_eq!(report.calls_async().await, 1);
}

/// The README's example, with its own imports.
mod readme {
    // README "Credentials": begin
    use codegen_corpus::vendor_habits::{Client, Error, server_url};

    /// A client of the API's `us` region, with the credentials some of its
    /// operations ask for; each operation sends only those its spec names.
    pub async fn report(
        partner_key: &str,
        report_key: &str,
        token: &str,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let client = Client::builder()
            .base_url(server_url("us", "v2")?) // checked against the spec's `enum`
            .credential("partnerKey", partner_key) // a scheme, by its name in the spec
            .credential("reportKey", report_key)
            .credential("oauth", token)
            .build()?;
        client.get_health().send().await?; // `security: []`: sends none of them
        match client.delete_order().order_id("o-1").send().await {
            // `basicAuth` was not set: nothing was sent.
            Err(Error::MissingCredential(missing)) => eprintln!("{missing}"),
            other => {
                other?;
            }
        }
        Ok(())
    }
    // README: end
}

#[test]
fn the_readme_shows_this_example() {
    // The example compiles; it names a real host, so it is not called.
    let _ = readme::report;
    api_tests::assert_readme_shows(
        "## Credentials",
        "Credentials",
        include_str!("vendor_habits.rs"),
        "xtask/codegen-corpus/tests/vendor_habits.rs",
    );
}

#[tokio::test]
async fn the_mock_serves_the_client_credentials_token_endpoint() {
    use client_runtime::ClientCredentials;
    use httpmock::MockServer;
    use mock::MockServerExt;

    let server = MockServer::start_async().await;
    let token = server.oauth_token("mock-token", 3600).await;
    let report = server
        .get_report(|when, then| {
            let period: Period = Period::builder().year(2026).month(1).try_into().unwrap();
            when.period(period);
            then.ok("a,b\n");
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .credential("reportKey", REPORT_KEY)
        .credential_source(
            "oauth",
            ClientCredentials::new(server.url("/token"), "my-app", "my-secret"),
        )
        .build()
        .unwrap();
    for _ in 0..2 {
        let period: Period = Period::builder().year(2026).month(1).try_into().unwrap();
        client.get_report().period(period).send().await.unwrap();
    }
    assert_eq!(token.calls_async().await, 1, "the token is cached");
    assert_eq!(report.calls_async().await, 2);
}

#[test]
fn the_spec_s_client_credentials_flow_is_offered_by_the_builder() {
    // The spec's token URL and scopes: building needs no request.
    let client = Client::builder()
        .client_credentials("my-app", "planted-secret-77")
        .credential("reportKey", REPORT_KEY)
        .build()
        .unwrap();
    assert!(!format!("{client:?}").contains("planted-secret-77"));
    // An API without such a flow has no use for it.
    let error = codegen_corpus::parameter_styles::Client::builder()
        .client_credentials("my-app", "planted-secret-77")
        .build()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "parameter-styles declares no OAuth 2.0 client credentials flow that any operation \
         sends, so one cannot be set"
    );
}

#[test]
fn a_scheme_no_operation_names_takes_no_credential() {
    // `retiredKey` is declared, and no requirement names it: a credential
    // for it would never be sent.
    let error = Client::builder()
        .credential("retiredKey", "k")
        .build()
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "vendor-habits declares no security scheme `retiredKey` that any operation sends, so \
         one cannot be set"
    );
}

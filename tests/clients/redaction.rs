//! No `Debug` or `Display` of a client, an operation builder or a build
//! error shows a parameter value, a credential or a URL's user part.

use fabric_orders::types::SiteContext;
use fabric_orders::{BuildError, Client};

const EMAIL: &str = "jane.doe@example.com";
const PASSWORD: &str = "hunter2-password";
const API_KEY: &str = "site-key-secret";

fn assert_hidden(shown: &str) {
    for planted in [EMAIL, PASSWORD, API_KEY, "1234abcd5678efgh9ijklmno"] {
        assert!(!shown.contains(planted), "`{planted}` shown in:\n{shown}");
    }
}

#[test]
fn an_operation_builder_shows_which_parameters_were_given_not_their_values() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:1")
        .api_key(API_KEY)
        .build()
        .unwrap();
    let context =
        SiteContext::try_from(SiteContext::builder().account("1234abcd5678efgh9ijklmno")).unwrap();
    let builder = client
        .get_guest_orders()
        .order_email(EMAIL)
        .x_site_context(context);
    let shown = format!("{builder:?}\n{builder:#?}");
    assert_hidden(&shown);
    assert!(shown.contains("order_email: <set>"), "{shown}");

    let unset = client.get_guest_orders();
    assert!(
        format!("{unset:?}").contains("order_email: <not set or invalid>"),
        "{unset:?}"
    );

    let paged = adobe_cpapi::Client::builder()
        .base_url("http://127.0.0.1:1")
        .bearer_token("t")
        .api_key("k")
        .build()
        .unwrap();
    let history = paged.get_order_history().customer_id(EMAIL);
    let shown = format!("{history:?}");
    assert_hidden(&shown);
    assert!(shown.contains("limit: <not set>"), "{shown}");
}

#[test]
fn a_client_shows_no_credential_and_no_user_part() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:1/prefix")
        .api_key(API_KEY)
        .build()
        .unwrap();
    let shown = format!("{client:?}\n{client:#?}");
    assert_hidden(&shown);
    assert!(shown.contains("http://127.0.0.1:1/prefix"), "{shown}");

    // A client made around an HTTP client of the caller's, with a user
    // part in its base URL.
    let url = format!("http://jane:{PASSWORD}@127.0.0.1:1");
    let client = Client::new_with_client(&url, reqwest_client());
    assert_hidden(&format!("{client:?}"));
}

fn reqwest_client() -> fabric_orders::reqwest::Client {
    fabric_orders::reqwest::Client::new()
}

#[test]
fn a_base_url_with_a_user_part_is_refused_without_showing_it() {
    let builder = Client::builder().base_url(format!("https://jane:{PASSWORD}@api.example.com"));
    assert_hidden(&format!("{builder:?}"));
    let error = builder.build().unwrap_err();
    assert!(matches!(error, BuildError::InvalidBaseUrl { .. }));
    let shown = format!("{error}\n{error:?}");
    assert_hidden(&shown);
    assert!(shown.contains("no user name or password"), "{shown}");
}

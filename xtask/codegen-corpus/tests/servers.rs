//! The clients generated from specs with no server, or a relative one:
//! they have no default base URL, so the builder asks for one with an error
//! that says so, and a client given one calls it.

use api_tests::{RecordingServer, Reply};
use client_runtime::BuildError;
use serde_json::json;

#[test]
fn without_a_usable_server_the_builder_asks_for_a_base_url() {
    let missing = codegen_corpus::server_missing::Client::builder().build();
    let relative = codegen_corpus::server_relative::Client::builder().build();
    for error in [missing.unwrap_err(), relative.unwrap_err()] {
        assert!(
            matches!(error, BuildError::MissingBaseUrl { .. }),
            "{error}"
        );
        assert!(
            error.to_string().contains("set one with `.base_url(...)`"),
            "{error}"
        );
    }
}

#[tokio::test]
async fn a_client_given_a_base_url_calls_it_with_the_relative_servers_path() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"id": "t-1"})));
    // The relative server is `/v1`: the caller's base URL carries it.
    let client = codegen_corpus::server_relative::Client::builder()
        .base_url(format!("{}/v1", server.url()))
        .build()
        .unwrap();
    let thing = client.get_thing().send().await.unwrap().into_inner();
    assert_eq!(thing.id.as_deref(), Some("t-1"));
    assert_eq!(server.only_request().path, "/v1/things");
}

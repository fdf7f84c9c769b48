//! The client generated from `cases/ignored-header-parameters.yaml`: header
//! parameters named Accept, Content-Type and Authorization are ignored, as
//! OpenAPI says, so a call needs none of them and sends what its media
//! types say.

use api_tests::{RecordingServer, Reply};
use codegen_corpus::ignored_header_parameters::Client;
use codegen_corpus::ignored_header_parameters::types::Thing;
use serde_json::json;

#[tokio::test]
async fn a_call_needs_no_accept_content_type_or_authorization_setter() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(201, &json!({"id": "t-1"})));
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let created = client
        .create_thing()
        .x_store("s-1")
        .body(Thing::builder().id("t-1".to_owned()))
        .send()
        .await
        .expect("no required Accept or Content-Type to set");

    assert_eq!(created.into_inner().id.as_deref(), Some("t-1"));
    let request = server.only_request();
    assert_eq!(request.header_values("content-type"), ["application/json"]);
    assert_eq!(request.header("x-store"), "s-1");
    assert!(request.header_values("authorization").is_empty());
}

//! The client generated from `cases/names-that-collide.yaml`: enum values
//! and properties that would get one Rust name are numbered (the
//! `collisions` pass), and each still goes over the wire as the spec
//! writes it.

use api_tests::{RecordingServer, Reply};
use codegen_corpus::names_that_collide::Client;
use codegen_corpus::names_that_collide::types::{Status, Thing};
use serde_json::json;

#[test]
fn values_that_differ_in_case_or_are_named_unknown_are_variants_of_their_own() {
    let decoded: Vec<Status> =
        serde_json::from_value(json!(["active", "ACTIVE", "unknown", "+", "-", "paused"])).unwrap();
    assert_eq!(
        decoded,
        [
            Status::Active,
            Status::Active2,
            Status::Unknown2,
            Status::X,
            Status::X2,
            Status::Unknown("paused".to_owned()),
        ]
    );
    assert_eq!(
        serde_json::to_value(&decoded).unwrap(),
        json!(["active", "ACTIVE", "unknown", "+", "-", "paused"])
    );
    assert_eq!(Status::Active2.as_str(), "ACTIVE");
    assert_eq!(Status::from("unknown"), Status::Unknown2);
    // The spec's default, `ACTIVE`, is the numbered variant.
    assert_eq!(Status::default(), Status::Active2);
}

#[test]
fn properties_that_would_be_one_field_keep_their_wire_names() {
    let body = json!({"a-b": "dash", "a_b": "underscore", "self": "lower", "Self": "upper"});
    let thing: Thing = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(thing.a_b, "dash");
    assert_eq!(thing.a_b_2.as_deref(), Some("underscore"));
    assert_eq!(thing.self_.as_deref(), Some("upper"));
    assert_eq!(thing.self_2.as_deref(), Some("lower"));
    assert_eq!(serde_json::to_value(&thing).unwrap(), body);
}

#[tokio::test]
async fn a_numbered_variant_is_sent_as_its_value() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!({"a-b": "x", "status": "unknown"})));
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let thing = client
        .get_thing()
        .status(Status::Active2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        server.only_request().query.as_deref(),
        Some("status=ACTIVE")
    );
    assert_eq!(thing.status, Some(Status::Unknown2));
}

#[tokio::test]
async fn components_whose_keys_would_be_one_type_are_numbered_in_key_order() {
    use codegen_corpus::component_names_one_rust_type::Client;
    use codegen_corpus::component_names_one_rust_type::types::{
        Flagged, GetThingSuccess, OrderItem2, OrderItem3,
    };

    let server = RecordingServer::start().await;
    server.reply(Reply::json(202, &json!("a kind")));
    server.reply(Reply::json(203, &json!({"flag": true})));
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let kind = client.get_thing().send().await.unwrap().into_inner();
    // The names are the types': a `String` newtype and a `bool` one.
    let _: fn(&OrderItem2) -> &str = |k| k.as_str();
    let _: fn(OrderItem3) -> bool = bool::from;
    assert!(
        matches!(&kind, GetThingSuccess::Accepted(k) if k.as_str() == "a kind"),
        "{kind:?}"
    );
    let flagged = client.get_thing().send().await.unwrap().into_inner();
    assert!(
        matches!(&flagged, GetThingSuccess::NonAuthoritativeInformation(Flagged { flag: Some(f), .. }) if **f),
        "{flagged:?}"
    );
}

#[tokio::test]
async fn parameters_whose_methods_would_be_one_are_numbered_and_sent_by_their_own_names() {
    use codegen_corpus::parameters_that_collide::Client;

    let server = RecordingServer::start().await;
    server.reply(Reply::raw(204, "text/plain", Vec::new()));
    server.reply(Reply::raw(204, "text/plain", Vec::new()));
    let client = Client::builder().base_url(server.url()).build().unwrap();
    client
        .get_thing()
        .id("p1")
        .id_2("q1")
        .x_id("upper")
        .x_id_2("lower")
        .send_2("s")
        .retry_2(3)
        .header_map_2("h")
        .new_2("n")
        .deadline_2("d")
        .page_size(10)
        .page_size_2(20)
        .body("g")
        .send()
        .await
        .unwrap();
    let request = &server.received()[0];
    assert_eq!(request.path, "/things/p1");
    assert_eq!(
        request.query.as_deref(),
        Some("body=g&deadline=d&header_map=h&id=q1&new=n&page-size=10&page_size=20&retry=3&send=s")
    );
    // One header name in HTTP, whatever its case: both values go.
    assert_eq!(request.header_values("x-id"), ["upper", "lower"]);

    let body: codegen_corpus::parameters_that_collide::types::UpdateThingBody =
        serde_json::from_value(json!({"name": "n"})).unwrap();
    client
        .update_thing()
        .id("p2")
        .body_2("b")
        .body(body)
        .send()
        .await
        .unwrap();
    let request = &server.received()[1];
    assert_eq!(request.query.as_deref(), Some("body=b"));
    assert_eq!(request.json_body(), json!({"name": "n"}));
}

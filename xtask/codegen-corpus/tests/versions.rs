//! The clients generated from `cases/openapi-3-1.yaml` and
//! `cases/swagger-2.yaml`: specs read as written in OpenAPI 3.1 and Swagger
//! 2.0. The Swagger client is called over HTTP against a recording server
//! on 127.0.0.1 (its server from `host`/`basePath`, its key from
//! `securityDefinitions`, a `csv` and a `multi` array, a `body`, a file
//! upload and a form from `formData`); each case's documented examples are
//! valid in its version's dialect and round-trip through the generated
//! types.

use std::path::Path;

use api_tests::{RecordingServer, Reply};
use client_runtime::upload::FilePart;
use codegen_corpus::{openapi_3_1, swagger_2};
use serde_json::{Value, json};
use spec_model::spec::Spec;
use spec_model::version::Version;

fn case(name: &str) -> Spec {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    Spec::load(dir, Path::new(&format!("cases/{name}.yaml"))).unwrap_or_else(|e| panic!("{e}"))
}

/// `value` without the object keys whose value is `null`: the generated
/// types read a `null` field as an absent one, and do not send it.
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> Value {
    let decoded: T = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{value} does not decode: {e}"));
    serde_json::to_value(decoded).unwrap()
}

/// Every documented example of `spec`: valid against its schema in the
/// dialect of the spec's version, and the same after a round trip through
/// the type `types` names for its label.
/// An example's label, and the round trip through its type.
type RoundTrip<'a> = (&'a str, fn(&Value) -> Value);

fn examples_round_trip(spec: &Spec, types: &[RoundTrip<'_>]) {
    let examples = spec_model::examples::documented(spec);
    assert_eq!(
        examples.len(),
        types.len(),
        "{:?}",
        examples.iter().map(|e| e.label()).collect::<Vec<_>>()
    );
    for example in &examples {
        spec_model::schema::validate_example(spec, &example.schema_pointer, &example.value)
            .unwrap_or_else(|e| panic!("{}: {e}", example.label()));
        let (_, trip) = types
            .iter()
            .find(|(label, _)| *label == example.label())
            .unwrap_or_else(|| panic!("no type for {}", example.label()));
        assert_eq!(
            trip(&example.value),
            without_nulls(&example.value),
            "{}",
            example.label()
        );
    }
}

#[test]
fn the_3_1_case_reads_its_constructs_and_its_examples_round_trip() {
    use openapi_3_1::types::{Parcel, ParcelKind, ParcelShippedPayload, Problem};
    let spec = case("openapi-3-1");
    assert_eq!(spec.version, Version::OpenApi31);
    examples_round_trip(
        &spec,
        &[
            ("getParcel response 200", round_trip::<Parcel>),
            ("getParcel response 404", round_trip::<Problem>),
            ("putParcel request", round_trip::<Parcel>),
        ],
    );
    // `const` is a one-value enum; the webhook's payload is a type.
    let kind: ParcelKind = serde_json::from_value(json!("parcel")).unwrap();
    assert_eq!(kind.as_str(), "parcel");
    let payload = json!({"parcelId": "p-1", "carrier": null});
    assert_eq!(
        round_trip::<ParcelShippedPayload>(&payload),
        json!({"parcelId": "p-1"})
    );
    // The example proof reads 3.1's meaning: a weight of 0 is not above
    // the exclusive minimum, and a `null` note is a valid one.
    let schema = "/components/schemas/Parcel";
    let parcel = json!({"id": "p", "kind": "parcel", "weight": 0, "note": null});
    let error = spec_model::schema::validate_example(&spec, schema, &parcel).unwrap_err();
    assert!(error.contains("weight"), "{error}");
    let parcel = json!({"id": "p", "kind": "parcel", "weight": 0.1, "note": null});
    spec_model::schema::validate_example(&spec, schema, &parcel).unwrap();
    let parcel = json!({"id": "p", "kind": "box", "weight": 1});
    assert!(spec_model::schema::validate_example(&spec, schema, &parcel).is_err());
}

#[test]
fn the_swagger_2_case_examples_by_media_type_round_trip() {
    use swagger_2::types::{Parcel, ParcelList, Problem};
    let spec = case("swagger-2");
    assert_eq!(spec.version, Version::Swagger20);
    examples_round_trip(
        &spec,
        &[
            ("listParcels response 200", round_trip::<ParcelList>),
            ("listParcels response 400", round_trip::<Problem>),
            ("createParcel response 201", round_trip::<Parcel>),
        ],
    );
}

fn client(server: &RecordingServer) -> swagger_2::Client {
    swagger_2::Client::builder()
        .base_url(server.url())
        .api_key("k-1")
        .retry(client_runtime::RetryPolicy::none())
        .build()
        .unwrap()
}

#[test]
fn the_swagger_2_server_is_host_base_path_and_scheme() {
    assert_eq!(swagger_2::SERVER_URL, "https://corpus.example/v2");
}

#[tokio::test]
async fn a_swagger_2_query_sends_csv_and_multi_arrays_as_written_with_the_key() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        200,
        &json!({"parcels": [{"id": "p-1", "weight": 2.5}]}),
    ));
    let listed = client(&server)
        .list_parcels()
        .ids(vec!["a".to_owned(), "b".to_owned()])
        .tags(vec!["x".to_owned(), "y".to_owned()])
        .limit(5)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.parcels[0].id, "p-1");
    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/parcels");
    assert_eq!(request.header("x-api-key"), "k-1");
    let mut pairs = request.query_pairs();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("ids".to_owned(), "a,b".to_owned()),
            ("limit".to_owned(), "5".to_owned()),
            ("tags".to_owned(), "x".to_owned()),
            ("tags".to_owned(), "y".to_owned()),
        ]
    );
}

#[tokio::test]
async fn a_swagger_2_body_parameter_is_the_json_body_and_an_error_keeps_its_type() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(201, &json!({"id": "p-2", "weight": 1.0})))
        .reply(Reply::json(400, &json!({"message": "no"})));
    let client = client(&server);
    let parcel = Parcel::try_from(
        Parcel::builder()
            .id("p-2".to_owned())
            .weight(1.0)
            .note(Some("fragile".to_owned())),
    )
    .unwrap();
    let stored = client
        .create_parcel()
        .body(parcel.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(stored.into_inner().id, "p-2");
    let received = server.received();
    assert_eq!(received[0].method, "POST");
    assert_eq!(received[0].header("content-type"), "application/json");
    assert_eq!(
        received[0].json_body(),
        json!({"id": "p-2", "weight": 1, "note": "fragile"})
    );
    match client.create_parcel().body(parcel).send().await {
        Err(swagger_2::Error::Documented(e)) => {
            assert_eq!(e.status().as_u16(), 400);
            assert_eq!(e.into_inner().message.as_deref(), Some("no"));
        }
        other => panic!("{other:?}"),
    }
}

use swagger_2::types::Parcel;

#[tokio::test]
async fn swagger_2_form_data_is_a_multipart_upload_or_a_url_encoded_form() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(204, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""));
    let client = client(&server);
    client
        .upload_label()
        .parcel_id("p/1")
        .body(
            swagger_2::types::UploadLabelForm::new()
                .label(FilePart::bytes(b"%PDF-1.7".to_vec()).file_name("label.pdf"))
                .printer("front desk"),
        )
        .send()
        .await
        .unwrap();
    client
        .add_note()
        .parcel_id("p-1")
        .body(
            swagger_2::types::AddNoteBody::try_from(
                swagger_2::types::AddNoteBody::builder().text("leave at door".to_owned()),
            )
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(received[0].path, "/parcels/p%2F1/label");
    assert!(
        received[0]
            .header("content-type")
            .starts_with("multipart/form-data; boundary="),
        "{}",
        received[0].header("content-type")
    );
    let body = String::from_utf8_lossy(&received[0].body).into_owned();
    assert!(
        body.contains("name=\"label\"; filename=\"label.pdf\"") && body.contains("%PDF-1.7"),
        "{body}"
    );
    assert!(
        body.contains("name=\"printer\"") && body.contains("front desk"),
        "{body}"
    );
    assert_eq!(received[1].path, "/parcels/p-1/notes");
    assert_eq!(
        received[1].header("content-type"),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(
        String::from_utf8_lossy(&received[1].body),
        "text=leave+at+door"
    );
}

/// A request's method, path, query, body and headers.
type Wire = (
    String,
    String,
    Option<String>,
    Vec<u8>,
    Vec<(String, String)>,
);

/// A request as compared between two clients: its method, path, query,
/// body, and each header's name and value (a `x-fabric-request-id` the
/// call made up, by its presence).
fn on_the_wire(request: &api_tests::ReceivedRequest, made_up_id: bool) -> Wire {
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(name, value)| {
            let value = if made_up_id && name == "x-fabric-request-id" {
                "<made up>".to_owned()
            } else {
                value.clone()
            };
            (name.clone(), value)
        })
        .collect();
    headers.sort();
    (
        request.method.clone(),
        request.path.clone(),
        request.query.clone(),
        request.body.clone(),
        headers,
    )
}

/// fabric Cart written in Swagger 2.0 (`cases/swagger-2-fabric-cart.yaml`)
/// sends what fabric Cart's own client, from the 3.0 spec, sends: the same
/// request for each call, with and without the optional headers, and the
/// same answer decoded.
#[tokio::test]
async fn fabric_cart_written_in_swagger_2_calls_the_same_requests_as_its_crate() {
    let example =
        api_tests::documented_example("fabric-cart", "getCustomerOrderDrafts", "response 200");
    let server = RecordingServer::start().await;
    for _ in 0..4 {
        server.reply(Reply::json(200, &example));
    }
    let from_2 = codegen_corpus::swagger_2_fabric_cart::Client::builder()
        .base_url(server.url())
        .api_key("Bearer cart-token")
        .build()
        .unwrap();
    let from_3 = fabric_cart::Client::builder()
        .base_url(server.url())
        .bearer_token("cart-token")
        .build()
        .unwrap();

    let drafts_2 = from_2
        .get_customer_order_drafts()
        .customer_id("109840938")
        .x_fabric_tenant_id("617329dfd5288b0011332311")
        .x_fabric_request_id("263e731c-45c8-11ed-b878-0242ac120002")
        .x_fabric_channel_id("12")
        .send()
        .await
        .unwrap()
        .into_inner();
    let drafts_3 = from_3
        .get_customer_order_drafts()
        .customer_id("109840938")
        .x_fabric_tenant_id("617329dfd5288b0011332311")
        .x_fabric_request_id("263e731c-45c8-11ed-b878-0242ac120002")
        .x_fabric_channel_id("12")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        serde_json::to_value(&drafts_2).unwrap(),
        serde_json::to_value(&drafts_3).unwrap()
    );
    from_2
        .get_customer_order_drafts()
        .customer_id("a b/c")
        .x_fabric_tenant_id("t")
        .send()
        .await
        .unwrap();
    from_3
        .get_customer_order_drafts()
        .customer_id("a b/c")
        .x_fabric_tenant_id("t")
        .send()
        .await
        .unwrap();

    let sent = server.received();
    assert_eq!(sent.len(), 4);
    assert_eq!(on_the_wire(&sent[0], false), on_the_wire(&sent[1], false));
    assert_eq!(on_the_wire(&sent[2], true), on_the_wire(&sent[3], true));
    assert_eq!(sent[0].header("authorization"), "Bearer cart-token");
    assert_eq!(sent[2].path, "/v3/order-drafts/customer/a%20b%2Fc");
}

/// The mock generated beside the Swagger 2.0 client (`mocks/swagger_2.rs`):
/// it matches a `csv` array as the client sends it, and answers with the
/// example documented under the response's media type.
// A mock crate's public items; this test uses some of them.
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../mocks/swagger_2.rs"]
mod mock;

#[tokio::test]
async fn the_swagger_2_mock_matches_the_client_and_answers_the_documented_example() {
    use mock::MockServerExt;
    let server = httpmock::MockServer::start_async().await;
    let listed = server
        .list_parcels(|when, then| {
            when.ids(vec!["a".to_owned(), "b".to_owned()]);
            then.ok_example();
        })
        .await;
    let client = swagger_2::Client::builder()
        .base_url(server.base_url())
        .api_key("k")
        .build()
        .unwrap();
    let parcels = client
        .list_parcels()
        .ids(vec!["a".to_owned(), "b".to_owned()])
        .send()
        .await
        .unwrap()
        .into_inner();
    listed.assert_async().await;
    let example = spec_model::examples::documented(&case("swagger-2"))
        .into_iter()
        .find(|e| e.label() == "listParcels response 200")
        .unwrap();
    assert_eq!(
        serde_json::to_value(parcels).unwrap(),
        without_nulls(&example.value)
    );
}

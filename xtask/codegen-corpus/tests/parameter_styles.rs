//! The client generated from `cases/parameter-styles.yaml`, called over
//! HTTP: every style and explode of OpenAPI 3.0 puts its parameter in the
//! path, the query or a header as OpenAPI's style table writes it, read
//! here from the raw path, query string and headers the server received.
//!
//! `id` is the array `[3, 4, 5]` or the object `Person { role: "admin",
//! firstName: "Alex" }`. An object's fields are written in the order of its
//! model's fields, which the generated models keep alphabetical
//! (`firstName` before `role`); OpenAPI's table writes the same fields.

use api_tests::{ReceivedRequest, RecordingServer, Reply};
use codegen_corpus::parameter_styles::Client;
use codegen_corpus::parameter_styles::types::Person;

fn person() -> Person {
    Person::builder()
        .role("admin".to_owned())
        .first_name("Alex".to_owned())
        .try_into()
        .unwrap()
}

const IDS: [i64; 3] = [3, 4, 5];

/// Starts a server that answers one call with 204, and a client of it.
async fn serve() -> (RecordingServer, Client) {
    let server = RecordingServer::start().await;
    server.reply(Reply::raw(204, "text/plain", Vec::new()));
    let client = Client::builder().base_url(server.url()).build().unwrap();
    (server, client)
}

/// The raw path and query string of the one request.
fn path_and_query(server: &RecordingServer) -> (String, Option<String>) {
    let ReceivedRequest { path, query, .. } = server.only_request();
    (path, query)
}

macro_rules! query_test {
    ($name:ident, $op:ident, $value:expr, $query:literal) => {
        #[tokio::test]
        async fn $name() {
            let (server, client) = serve().await;
            client.$op().id($value).send().await.unwrap();
            let (_, query) = path_and_query(&server);
            assert_eq!(query.as_deref(), Some($query));
        }
    };
}

macro_rules! path_test {
    ($name:ident, $op:ident, $value:expr, $path:literal) => {
        #[tokio::test]
        async fn $name() {
            let (server, client) = serve().await;
            client.$op().id($value).send().await.unwrap();
            assert_eq!(path_and_query(&server), ($path.to_owned(), None));
        }
    };
}

query_test!(
    form_arrays_repeat_the_name,
    query_form_array,
    IDS.to_vec(),
    "id=3&id=4&id=5"
);
query_test!(
    form_arrays_not_exploded_join_with_commas,
    query_form_array_flat,
    IDS.to_vec(),
    "id=3,4,5"
);
query_test!(
    form_objects_send_each_field,
    query_form_object,
    person(),
    "firstName=Alex&role=admin"
);
query_test!(
    form_objects_not_exploded_join_names_and_values,
    query_form_object_flat,
    person(),
    "id=firstName,Alex,role,admin"
);
query_test!(
    space_delimited_arrays_join_with_encoded_spaces,
    query_space_delimited,
    IDS.to_vec(),
    "id=3%204%205"
);
query_test!(
    pipe_delimited_arrays_join_with_pipes,
    query_pipe_delimited,
    IDS.to_vec(),
    "id=3|4|5"
);
query_test!(
    deep_objects_name_each_field_in_brackets,
    query_deep_object,
    person(),
    "id[firstName]=Alex&id[role]=admin"
);

path_test!(
    simple_arrays_join_with_commas,
    path_simple_array,
    IDS.to_vec(),
    "/simple/3,4,5"
);
path_test!(
    simple_objects_join_names_and_values,
    path_simple_object,
    person(),
    "/simple-object/firstName,Alex,role,admin"
);
path_test!(
    simple_objects_exploded_pair_names_and_values,
    path_simple_object_exploded,
    person(),
    "/simple-object-exploded/firstName=Alex,role=admin"
);
path_test!(
    label_arrays_start_each_value_with_a_dot,
    path_label_array,
    IDS.to_vec(),
    "/label/.3.4.5"
);
path_test!(
    label_arrays_exploded_too,
    path_label_array_exploded,
    IDS.to_vec(),
    "/label-exploded/.3.4.5"
);
path_test!(
    label_values_start_with_a_dot,
    path_label_scalar,
    5,
    "/label-scalar/.5"
);
path_test!(
    matrix_arrays_name_the_list,
    path_matrix_array,
    IDS.to_vec(),
    "/matrix/;id=3,4,5"
);
path_test!(
    matrix_arrays_exploded_name_each_value,
    path_matrix_array_exploded,
    IDS.to_vec(),
    "/matrix-exploded/;id=3;id=4;id=5"
);
path_test!(
    matrix_objects_name_the_object,
    path_matrix_object,
    person(),
    "/matrix-object/;id=firstName,Alex,role,admin"
);
path_test!(
    matrix_objects_exploded_name_each_field,
    path_matrix_object_exploded,
    person(),
    "/matrix-object-exploded/;firstName=Alex;role=admin"
);

#[tokio::test]
async fn headers_are_simple_exploded_or_not() {
    let (server, client) = serve().await;
    client
        .header_styles()
        .x_ids(IDS.to_vec())
        .x_person(person())
        .x_person_exploded(person())
        .send()
        .await
        .unwrap();
    let request = server.only_request();
    assert_eq!(request.header("x-ids"), "3,4,5");
    assert_eq!(request.header("x-person"), "firstName,Alex,role,admin");
    assert_eq!(
        request.header("x-person-exploded"),
        "firstName=Alex,role=admin"
    );
}

#[tokio::test]
async fn an_optional_parameter_not_given_is_not_sent() {
    let (server, client) = serve().await;
    client
        .header_styles()
        .x_person(person())
        .send()
        .await
        .unwrap();
    assert!(server.only_request().header_values("x-ids").is_empty());

    let (server, client) = serve().await;
    client.query_deep_object().send().await.unwrap();
    assert_eq!(path_and_query(&server).1, None);
}

#[tokio::test]
async fn a_delimiter_inside_a_value_is_encoded() {
    let (server, client) = serve().await;
    let person: Person = Person::builder()
        .role("a|b".to_owned())
        .first_name("A & B".to_owned())
        .try_into()
        .unwrap();
    client.query_deep_object().id(person).send().await.unwrap();
    assert_eq!(
        path_and_query(&server).1.as_deref(),
        Some("id[firstName]=A%20%26%20B&id[role]=a%7Cb")
    );
}

/// The mock generated beside the client (`mocks/parameter_styles.rs`):
/// its typed matchers write each value with the client's own serializer.
// A mock crate's public items; these tests use some of them.
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../mocks/parameter_styles.rs"]
mod mock;

mod mocked {
    use super::mock::MockServerExt;
    use super::{IDS, person};
    use codegen_corpus::parameter_styles::Client;
    use httpmock::MockServer;

    fn client(server: &MockServer) -> Client {
        Client::builder()
            .base_url(server.base_url())
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn a_mock_matches_each_style_as_the_client_sends_it() {
        let server = MockServer::start_async().await;
        let mocks = [
            server
                .query_form_array_flat(|when, then| {
                    when.id(IDS.to_vec());
                    then.no_content();
                })
                .await,
            server
                .query_form_object(|when, then| {
                    when.id(person());
                    then.no_content();
                })
                .await,
            server
                .query_form_object_flat(|when, then| {
                    when.id(person());
                    then.no_content();
                })
                .await,
            server
                .query_space_delimited(|when, then| {
                    when.id(IDS.to_vec());
                    then.no_content();
                })
                .await,
            server
                .query_pipe_delimited(|when, then| {
                    when.id(IDS.to_vec());
                    then.no_content();
                })
                .await,
            server
                .query_deep_object(|when, then| {
                    when.id(person());
                    then.no_content();
                })
                .await,
            server
                .path_simple_object_exploded(|when, then| {
                    when.id(person());
                    then.no_content();
                })
                .await,
            server
                .path_label_array(|when, then| {
                    when.id(IDS.to_vec());
                    then.no_content();
                })
                .await,
            server
                .path_matrix_array_exploded(|when, then| {
                    when.id(IDS.to_vec());
                    then.no_content();
                })
                .await,
            server
                .path_matrix_object(|when, then| {
                    when.id(person());
                    then.no_content();
                })
                .await,
            server
                .header_styles(|when, then| {
                    when.x_ids(IDS.to_vec())
                        .x_person(person())
                        .x_person_exploded(person());
                    then.no_content();
                })
                .await,
        ];
        let client = client(&server);
        client
            .query_form_array_flat()
            .id(IDS.to_vec())
            .send()
            .await
            .unwrap();
        client
            .query_form_object()
            .id(person())
            .send()
            .await
            .unwrap();
        client
            .query_form_object_flat()
            .id(person())
            .send()
            .await
            .unwrap();
        client
            .query_space_delimited()
            .id(IDS.to_vec())
            .send()
            .await
            .unwrap();
        client
            .query_pipe_delimited()
            .id(IDS.to_vec())
            .send()
            .await
            .unwrap();
        client
            .query_deep_object()
            .id(person())
            .send()
            .await
            .unwrap();
        client
            .path_simple_object_exploded()
            .id(person())
            .send()
            .await
            .unwrap();
        client
            .path_label_array()
            .id(IDS.to_vec())
            .send()
            .await
            .unwrap();
        client
            .path_matrix_array_exploded()
            .id(IDS.to_vec())
            .send()
            .await
            .unwrap();
        client
            .path_matrix_object()
            .id(person())
            .send()
            .await
            .unwrap();
        client
            .header_styles()
            .x_ids(IDS.to_vec())
            .x_person(person())
            .x_person_exploded(person())
            .send()
            .await
            .unwrap();
        for mock in &mocks {
            assert_eq!(mock.calls_async().await, 1);
        }
    }

    #[tokio::test]
    async fn a_mock_does_not_match_another_value() {
        let server = MockServer::start_async().await;
        let mock = server
            .query_pipe_delimited(|when, then| {
                when.id(IDS.to_vec());
                then.no_content();
            })
            .await;
        let other = client(&server)
            .query_pipe_delimited()
            .id(vec![3, 4])
            .send()
            .await
            .unwrap_err();
        assert_eq!(other.status().map(|s| s.as_u16()), Some(404));
        assert_eq!(mock.calls_async().await, 0);
    }

    #[tokio::test]
    async fn a_styled_list_takes_one_value_in_the_client_and_the_mock_alike() {
        let server = MockServer::start_async().await;
        let mock = server
            .query_pipe_delimited(|when, then| {
                when.id(7);
                then.no_content();
            })
            .await;
        client(&server)
            .query_pipe_delimited()
            .id(7)
            .send()
            .await
            .unwrap();
        assert_eq!(mock.calls_async().await, 1);
    }
}

//! The client generated from `cases/pass-setter-arguments.yaml`: setters
//! take what a caller holds (the `setter_arguments` pass), and send what
//! the spec says.

use api_tests::{RecordingServer, Reply};
use codegen_corpus::pass_setter_arguments::Client;
use codegen_corpus::pass_setter_arguments::types::{Line, Order, Status};
use serde_json::json;

#[tokio::test]
async fn one_value_a_str_and_builders_in_one_expression() {
    let server = RecordingServer::start().await;
    let order = json!({"note": "n", "lines": [{"sku": "a", "gift_note": "g"}, {"sku": "b"}]});
    server.reply(Reply::json(201, &order));
    server.reply(Reply::json(201, &order));
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let created = client
        .create_order()
        .status(Status::Open)
        .tag("red")
        .body(Order::builder().note("n").lines([
            Line::builder().sku("a").gift_note("g"),
            Line::builder().sku("b"),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(created.lines.len(), 2);

    // The forms that worked before still do: a `Vec`, an `Option`, models.
    let line: Line = Line::builder().sku("b").try_into().unwrap();
    client
        .create_order()
        .status(vec![Status::Open, Status::Closed])
        .tag(vec!["red".to_owned(), "blue".to_owned()])
        .body(Order::builder().note(None).lines(vec![line]))
        .send()
        .await
        .unwrap();

    let received = server.received();
    assert_eq!(received[0].query.as_deref(), Some("status=open&tag=red"));
    assert_eq!(received[0].json_body(), order);
    assert_eq!(
        received[1].query.as_deref(),
        Some("status=open&status=closed&tag=red&tag=blue")
    );
    assert_eq!(received[1].json_body(), json!({"lines": [{"sku": "b"}]}));
}

#[test]
fn a_list_item_that_cannot_be_built_fails_the_model_naming_the_field() {
    // `sku` is required: the builder of the list's item is incomplete.
    let error =
        Order::try_from(Order::builder().lines([Line::builder().gift_note("g")])).unwrap_err();
    // The field, the item, and what the item lacks.
    let error = error.to_string();
    assert!(
        error.contains("lines") && error.contains("item 0") && error.contains("sku"),
        "{error}"
    );
}

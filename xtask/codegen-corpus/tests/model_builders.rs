//! The client generated from `cases/pass-short-paths.yaml`: its builders
//! are `model_builder!` calls and its setters take `IntoField`, its names
//! spelled short, a schema called `String` beside the standard library's.
//! What a builder does is the same as typify's own: how it starts, what it
//! says when a value does not fit, and the first failure in field order.

use api_tests::{RecordingServer, Reply};
use codegen_corpus::pass_short_paths::Client;
use codegen_corpus::pass_short_paths::types::{self, Order, builder};
use serde_json::json;

#[test]
fn a_builder_starts_at_the_defaults_and_names_what_is_missing_or_does_not_fit() {
    let order: Order = Order::builder().id("o-1").sku("a-1").try_into().unwrap();
    assert_eq!(order.channel, "web");
    assert_eq!(order.quantity, None);

    let missing = Order::try_from(Order::builder().sku("a-1")).unwrap_err();
    assert_eq!(missing.to_string(), "no value supplied for id");

    // `sku` has at most 8 characters: a longer one does not fit.
    let refused =
        Option::<Order>::try_from(Order::builder().id("o-1").sku("much too long")).unwrap_err();
    assert!(
        refused
            .to_string()
            .starts_with("error converting supplied value for sku: "),
        "{refused}"
    );
    // The first failure in field order: `id` comes before `sku`.
    let first = Order::try_from(Order::builder().sku("much too long")).unwrap_err();
    assert_eq!(first.to_string(), "no value supplied for id");

    // A builder starts from a model, and gives it back.
    let again: Order = builder::Order::from(order.clone()).try_into().unwrap();
    assert_eq!(again, order);
}

#[tokio::test]
async fn the_model_called_string_and_the_standard_string_both_decode() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        200,
        &json!({"id": "o-1", "sku": "a-1", "channel": "store", "notes": ["a", "b"], "quantity": 2}),
    ));
    server.reply(Reply::json(200, &json!({"text": "fragile"})));
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let order = client.get_order().order_id("o-1").send().await.unwrap();
    assert_eq!(order.channel, "store");
    assert_eq!(order.notes, ["a", "b"]);
    assert_eq!(order.quantity.map(|q| q.get()), Some(2));

    let label: types::String = client.get_label().send().await.unwrap().into_inner();
    assert_eq!(label.text.as_deref(), Some("fragile"));
    let text: std::string::String = label.text.unwrap();
    assert_eq!(text, "fragile");
}

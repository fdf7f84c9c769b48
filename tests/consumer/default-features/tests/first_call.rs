//! The consumer's call, over HTTP, against a server on 127.0.0.1.

#[path = "../../common/server.rs"]
mod server;

const ORDERS: &str =
    r#"{"data":{"orders":[{"id":"o1","status":"CANCELED"},{"id":"o2","status":"SOMETHING_NEW"}]}}"#;

#[tokio::test]
async fn a_team_calls_the_api_through_the_crate() {
    let (base_url, server) = server::answer_once(ORDERS);
    let statuses = consumer_default::subscription_statuses(&base_url, "c1")
        .await
        .unwrap();
    assert_eq!(statuses, ["CANCELED", "SOMETHING_NEW"]);
    let request = server.join().unwrap();
    assert!(
        request.starts_with("GET /v1/customers/c1/orders"),
        "{request}"
    );
    assert!(
        request.contains("authorization: Bearer consumer-token"),
        "{request}"
    );
}

//! `send_blocking()` (the `blocking` feature): a program without an async
//! runtime calls the API through the same call path as `send().await`.

use api_tests::{RecordingServer, Reply};
use codegen_corpus::pass_setter_arguments::types::{Line, Order};
use codegen_corpus::pass_setter_arguments::{Client, Error};
use serde_json::json;

/// The recording server, served by a runtime of its own: the test's
/// thread has none, as a command-line tool's has none.
fn server() -> (tokio::runtime::Runtime, RecordingServer) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(RecordingServer::start());
    (runtime, server)
}

fn order() -> serde_json::Value {
    json!({"lines": [{"sku": "a"}]})
}

#[test]
fn a_blocking_call_is_sent_and_answered_without_a_runtime_of_the_callers() {
    let (_runtime, server) = server();
    server
        .reply(Reply::json(503, &json!({})))
        .reply(Reply::json(201, &order()))
        .reply(Reply::json(201, &order()));
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let body = || Order::builder().lines([Line::builder().sku("a")]);

    // A POST is not resent after a 503 unless the spec says so: the first
    // call ends with the 503, the second is answered.
    let refused = client.create_order().tag("t").body(body()).send_blocking();
    assert!(
        matches!(&refused, Err(Error::UnexpectedResponse(e)) if e.status().as_u16() == 503),
        "{refused:?}"
    );
    let created = client
        .create_order()
        .tag("t")
        .body(body())
        .send_blocking()
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.attempts(), 1);
    assert_eq!(created.lines[0].sku, "a");
    // Calls from two threads at once share the client.
    std::thread::scope(|scope| {
        let call = scope.spawn(|| client.create_order().tag("u").body(body()).send_blocking());
        assert!(call.join().unwrap().is_ok());
    });
    assert_eq!(server.received().len(), 3);
}

#[tokio::test]
async fn inside_an_async_runtime_a_blocking_call_is_refused_and_not_sent() {
    let server = RecordingServer::start().await;
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let refused = client
        .create_order()
        .tag("t")
        .body(Order::builder().lines([Line::builder().sku("a")]))
        .send_blocking();
    assert!(
        matches!(&refused, Err(Error::InvalidRequest(m)) if m.contains("send().await")),
        "{refused:?}"
    );
    assert!(server.received().is_empty());
}

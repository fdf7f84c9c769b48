//! Response bodies are read with a bound: a body larger than the client
//! reads fails the call with its status kept, without being read whole.

use api_tests::{RecordingServer, Reply, documented_example};
use client_runtime::{CommunicationKind, DEFAULT_MAX_BODY_SIZE};
use fabric_orders::{Client, Error};

use crate::guest_orders::call;

/// 256 MiB: sixteen times the default bound.
const HUGE: u64 = 256 * 1024 * 1024;

fn assert_too_large(error: &Error<fabric_orders::types::OrdersError>, status: u16) {
    let Error::Communication(failure) = error else {
        panic!("expected a communication failure: {error:?}");
    };
    assert_eq!(failure.kind(), CommunicationKind::BodyTooLarge);
    assert_eq!(failure.status().map(|s| s.as_u16()), Some(status));
    assert_eq!(error.attempts(), 1, "the same body would be as large again");
    assert!(!error.is_retryable());
    assert!(
        error.to_string().contains("larger than the client reads"),
        "{error}"
    );
}

#[tokio::test]
async fn a_body_announced_larger_than_the_bound_is_not_read() {
    let server = RecordingServer::start().await;
    let reply = Reply::generated(500, HUGE, true);
    server.reply(reply.clone());
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let error = call(&client).await.unwrap_err();

    assert_too_large(&error, 500);
    // The client hung up after the head: what went out is what the sockets
    // could buffer, not the body.
    assert!(
        reply.bytes_sent() < HUGE / 4,
        "{} bytes sent",
        reply.bytes_sent()
    );
}

#[tokio::test]
async fn a_chunked_body_is_read_only_up_to_the_bound() {
    let server = RecordingServer::start().await;
    let reply = Reply::generated(200, HUGE, false);
    server.reply(reply.clone());
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let error = call(&client).await.unwrap_err();

    assert_too_large(&error, 200);
    let sent = reply.bytes_sent();
    assert!(sent >= DEFAULT_MAX_BODY_SIZE as u64, "{sent} bytes sent");
    assert!(sent < HUGE / 4, "{sent} bytes sent: the body was read on");
}

#[tokio::test]
async fn the_bound_is_set_on_the_builder() {
    let example = documented_example("fabric-orders", "getGuestOrders", "response 200");
    let length = serde_json::to_vec(&example).unwrap().len();
    for (bound, fits) in [(length, true), (length - 1, false)] {
        let server = RecordingServer::start().await;
        server.reply(Reply::json(200, &example));
        let client = Client::builder()
            .base_url(server.url())
            .max_body_size(bound)
            .build()
            .unwrap();
        let result = call(&client).await;
        match (fits, result) {
            (true, Ok(())) => {}
            (false, Err(error)) => assert_too_large(&error, 200),
            (_, other) => panic!("bound {bound} for a body of {length}: {other:?}"),
        }
    }
}

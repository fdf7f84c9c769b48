//! Redirects: a client follows one only to the origin it was configured
//! with, and only for a method that reads, so that no credential, query
//! (a guest's e-mail) or body ever leaves for another server, and no
//! request that may change state is sent twice.

use api_tests::{RecordingServer, Reply, documented_example};
use client_runtime::MAX_REDIRECTS;
use fabric_orders::{Client, Error};

use crate::guest_orders::call as guest_orders;
use fabric_subscriptions::types::{OrderStatus, OrderUpdate, UpdateOrderRequest};
use serde_json::json;

fn orders_client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .api_key("site-key-secret")
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_not_followed_and_sends_nothing_there() {
    let configured = RecordingServer::start().await;
    let elsewhere = RecordingServer::start().await;
    let location = format!(
        "{}/api-order/orders/user/guest?orderEmail=jane%40example.com",
        elsewhere.url()
    );
    configured.reply(Reply::raw(302, "text/plain", "moved").header("location", &location));

    let error = guest_orders(&orders_client(&configured))
        .await
        .expect_err("a redirect is not a documented answer");

    // Nothing reached the other server: no API key, no e-mail, no Referer.
    assert!(
        elsewhere.received().is_empty(),
        "{:?}",
        elsewhere.received()
    );
    // The redirect itself is the answer, with its status and where it
    // pointed, for the caller to decide.
    let Error::UnexpectedResponse(response) = &error else {
        panic!("expected the redirect as an unexpected response: {error:?}");
    };
    assert_eq!(response.status(), 302);
    assert_eq!(response.headers()["location"], location.as_str());
    assert_eq!(configured.received().len(), 1);
    assert!(
        configured
            .only_request()
            .header_values("referer")
            .is_empty()
    );
}

#[tokio::test]
async fn a_redirect_to_another_host_name_on_the_same_port_is_another_origin() {
    let configured = RecordingServer::start().await;
    // The same server, named otherwise: `localhost` is not the configured
    // `127.0.0.1`, so the redirect is not followed.
    let elsewhere = configured.url().replace("127.0.0.1", "localhost");
    configured.reply(Reply::raw(307, "text/plain", "").header(
        "location",
        &format!("{elsewhere}/api-order/orders/user/guest"),
    ));
    let error = guest_orders(&orders_client(&configured)).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert_eq!(configured.received().len(), 1);
}

#[tokio::test]
async fn a_get_redirected_within_its_origin_is_followed_with_its_credentials() {
    let server = RecordingServer::start().await;
    server
        .reply(
            Reply::raw(301, "text/plain", "")
                .header("location", "/api-order/v2/orders/user/guest?orderEmail=x"),
        )
        .reply(Reply::json(
            200,
            &documented_example("fabric-orders", "getGuestOrders", "response 200"),
        ));

    guest_orders(&orders_client(&server))
        .await
        .expect("the answer at the new place decodes");

    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[1].path, "/api-order/v2/orders/user/guest");
    assert_eq!(received[1].header("x-api-key"), "site-key-secret");
    assert!(received[1].header_values("referer").is_empty());
}

#[tokio::test]
async fn a_redirect_loop_within_the_origin_ends_after_the_last_hop() {
    let server = RecordingServer::start().await;
    for _ in 0..=MAX_REDIRECTS {
        server.reply(
            Reply::raw(302, "text/plain", "").header("location", "/api-order/orders/user/guest"),
        );
    }
    let client = Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::none())
        .build()
        .unwrap();
    let error = guest_orders(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(302));
    assert_eq!(server.received().len(), MAX_REDIRECTS + 1);
}

#[tokio::test]
async fn a_patch_redirected_within_its_origin_is_not_sent_again() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(307, "text/plain", "").header("location", "/v1/orders/elsewhere"))
        .reply(Reply::json(200, &json!({})));
    let client = fabric_subscriptions::Client::builder()
        .base_url(server.url())
        .bearer_token("token-secret")
        .build()
        .unwrap();

    let result = client
        .update_order()
        .order_id("6384462ab645220008a4358a")
        .body(
            UpdateOrderRequest::builder()
                .order(OrderUpdate::builder().status(OrderStatus::Canceled)),
        )
        .send()
        .await;

    let error = result.expect_err("the redirect is the answer");
    assert!(
        matches!(error, fabric_subscriptions::Error::UnexpectedResponse(_)),
        "{error:?}"
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    // Sent once: a PATCH may have changed state, and the client does not
    // know that sending it elsewhere is safe.
    assert_eq!(server.received().len(), 1);
}

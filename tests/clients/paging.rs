//! Auto-pagination: a paged operation's `stream()` and `pages()` against a
//! loopback server that serves pages the way real servers do, and the ways
//! they go wrong. Each test checks the items and their order, the requests
//! made, and that the stream ends.

use adobe_cpapi::Client;
use adobe_cpapi::types::OrderStatus;
use api_tests::{RecordingServer, Reply};
use client_runtime::paging::{StreamExt, TryStreamExt};
use serde_json::{Value, json};

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .bearer_token("t")
        .api_key("k")
        .build()
        .unwrap()
}

/// A page of orders `ids`, with the page metadata a server sends.
fn page(ids: &[u32], offset: u64, limit: u64, total: Option<u64>, next: Option<u64>) -> Reply {
    let mut body = json!({
        "count": ids.len(),
        "offset": offset,
        "limit": limit,
        "items": ids.iter().map(|id| json!({"orderId": id.to_string()})).collect::<Vec<_>>(),
        "links": {"self": {"uri": format!("/v3/customers/c/orders?offset={offset}&limit={limit}")}},
    });
    if let Some(total) = total {
        body["totalCount"] = json!(total);
    }
    if let Some(next) = next {
        body["links"]["next"] =
            json!({"uri": format!("/v3/customers/c/orders?offset={next}&limit={limit}")});
    }
    Reply::json(200, &body)
}

/// The same page without any links, as a server that does not send them.
fn page_without_links(ids: &[u32]) -> Reply {
    Reply::json(
        200,
        &json!({"items": ids.iter().map(|id| json!({"orderId": id.to_string()})).collect::<Vec<Value>>()}),
    )
}

/// The `offset` (and `limit`) each request asked for, in order.
fn offsets(server: &RecordingServer) -> Vec<(String, String)> {
    server
        .received()
        .iter()
        .map(|request| {
            let pairs = request.query_pairs();
            let value = |key: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            (value("offset"), value("limit"))
        })
        .collect()
}

fn ids(orders: &[adobe_cpapi::types::Order]) -> Vec<u32> {
    orders
        .iter()
        .map(|o| o.order_id.as_deref().unwrap().parse().unwrap())
        .collect()
}

fn history(client: &Client) -> adobe_cpapi::builder::GetOrderHistory<'_> {
    client
        .get_order_history()
        .customer_id("c")
        .x_correlation_id("corr")
        .limit(3u32)
}

#[tokio::test]
async fn three_full_pages_and_a_short_last_one_follow_the_next_links() {
    let server = RecordingServer::start().await;
    server
        .reply(page(&[1, 2, 3], 0, 3, Some(11), Some(3)))
        .reply(page(&[4, 5, 6], 3, 3, Some(11), Some(6)))
        .reply(page(&[7, 8, 9], 6, 3, Some(11), Some(9)))
        .reply(page(&[10, 11], 9, 3, Some(11), None));
    let orders: Vec<_> = history(&client(&server))
        .status(vec![OrderStatus::Complete])
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), (1..=11).collect::<Vec<_>>());
    let asked: Vec<(String, String)> = ["0", "3", "6", "9"]
        .iter()
        .map(|o| ((*o).to_owned(), "3".to_owned()))
        .collect();
    assert_eq!(offsets(&server), asked);
    // Every page keeps the call's filters.
    for request in server.received() {
        assert!(
            request
                .query_pairs()
                .contains(&("status".to_owned(), "1000".to_owned()))
        );
    }
}

#[tokio::test]
async fn a_total_that_is_a_multiple_of_the_limit_asks_for_no_page_past_it() {
    let server = RecordingServer::start().await;
    // The server (wrongly) offers a next link on the last page: the total
    // says there is nothing there, so it is not asked for.
    server
        .reply(page(&[1, 2, 3], 0, 3, Some(6), Some(3)))
        .reply(page(&[4, 5, 6], 3, 3, Some(6), Some(6)));
    let orders: Vec<_> = history(&client(&server))
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), [1, 2, 3, 4, 5, 6]);
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn an_empty_first_page_ends_the_stream_at_once() {
    let server = RecordingServer::start().await;
    server.reply(page(&[], 0, 3, Some(0), None));
    let client = client(&server);
    let mut pages = Box::pin(history(&client).pages());
    let first = pages.next().await.expect("one page").unwrap();
    assert!(first.items.is_empty());
    assert!(pages.next().await.is_none());
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn a_failing_second_page_ends_the_stream_with_its_error() {
    let server = RecordingServer::start().await;
    server
        .reply(page(&[1, 2, 3], 0, 3, Some(9), Some(3)))
        .reply(Reply::json(
            400,
            &json!({"code": "1117", "message": "Invalid parameter"}),
        ));
    let client = client(&server);
    let mut stream = Box::pin(history(&client).stream());
    let mut seen = Vec::new();
    let mut error = None;
    while let Some(item) = stream.next().await {
        match item {
            Ok(order) => seen.push(order),
            Err(e) => error = Some(e),
        }
    }
    assert_eq!(ids(&seen), [1, 2, 3]);
    let Some(adobe_cpapi::Error::Documented(error)) = error else {
        panic!("the second page's documented error ends the stream");
    };
    assert_eq!(error.status(), 400);
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_repeated_next_link_is_an_error_not_a_hang() {
    let server = RecordingServer::start().await;
    server
        .reply(page(&[1, 2, 3], 0, 3, None, Some(3)))
        .reply(page(&[4, 5, 6], 3, 3, None, Some(3)));
    let results: Vec<_> = history(&client(&server)).stream().collect().await;
    let (items, errors): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    let items: Vec<_> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(ids(&items), [1, 2, 3, 4, 5, 6]);
    assert_eq!(errors.len(), 1);
    let shown = errors[0].as_ref().unwrap_err().to_string();
    assert!(shown.contains("already fetched"), "{shown}");
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_server_that_ignores_the_limit_is_paged_by_what_it_sent() {
    let server = RecordingServer::start().await;
    // Asked for 3, the server sends 5 and no links: the next page starts
    // after the 5 received. With neither links nor a total, only an empty
    // page says there is nothing more.
    server
        .reply(page_without_links(&[1, 2, 3, 4, 5]))
        .reply(page_without_links(&[6, 7, 8, 9, 10]))
        .reply(page_without_links(&[11, 12]))
        .reply(page_without_links(&[]));
    let orders: Vec<_> = history(&client(&server))
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), (1..=12).collect::<Vec<_>>());
    let asked: Vec<String> = offsets(&server).into_iter().map(|(o, _)| o).collect();
    assert_eq!(asked, ["0", "5", "10", "12"]);
}

#[tokio::test]
async fn a_server_that_clamps_the_page_size_yields_every_item() {
    let server = RecordingServer::start().await;
    // Asked for 500, the server serves at most 2 a page (as Adobe serves
    // at most 100), sends no links, and says there are 5 in all: a page
    // shorter than asked is not the end while the total says more.
    let clamped = |ids: &[u32]| {
        Reply::json(
            200,
            &json!({
                "totalCount": 5,
                "count": ids.len(),
                "items": ids.iter().map(|id| json!({"orderId": id.to_string()})).collect::<Vec<Value>>(),
            }),
        )
    };
    server
        .reply(clamped(&[1, 2]))
        .reply(clamped(&[3, 4]))
        .reply(clamped(&[5]));
    let orders: Vec<_> = history(&client(&server))
        .limit(500u32)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), [1, 2, 3, 4, 5]);
    let asked: Vec<String> = offsets(&server).into_iter().map(|(o, _)| o).collect();
    assert_eq!(asked, ["0", "2", "4"]);
}

#[tokio::test]
async fn paging_starts_at_the_callers_offset() {
    let server = RecordingServer::start().await;
    server.reply(page(&[7, 8], 6, 3, Some(8), None));
    let orders: Vec<_> = history(&client(&server))
        .offset(6u32)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&orders), [7, 8]);
    assert_eq!(offsets(&server), [("6".to_owned(), "3".to_owned())]);
}

#[tokio::test]
async fn a_server_that_ignores_the_offset_ends_the_stream_with_an_error_not_a_loop() {
    let server = RecordingServer::start().await;
    // No links, no total, and the same two orders whatever the offset: a
    // counting pager would ask forever.
    for _ in 0..5 {
        server.reply(page_without_links(&[1, 2]));
    }
    let results: Vec<_> = history(&client(&server)).stream().collect().await;
    let (items, errors): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    let items: Vec<_> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(ids(&items), [1, 2]);
    assert_eq!(errors.len(), 1);
    let shown = errors[0].as_ref().unwrap_err().to_string();
    assert!(shown.contains("ignores the offset"), "{shown}");
    assert_eq!(server.received().len(), 2);
}

//! fabric Orders (legacy api-order): guest orders by e-mail, with the JSON
//! site-context header.

use api_tests::{RecordingServer, Reply, assert_only_declared_headers, documented_example};
use fabric_orders::types::{Attribute, OrdersError, ShipToIds, SiteContext, StringOrNumber};
use fabric_orders::{BuildError, Client, Error};
use serde_json::json;

const API: &str = "fabric-orders";

fn site_context() -> SiteContext {
    SiteContext::try_from(
        SiteContext::builder()
            .account("1234abcd5678efgh9ijklmno")
            .channel(12)
            .stage("production".to_owned()),
    )
    .expect("account is set")
}

#[tokio::test]
async fn guest_orders_send_the_email_and_the_site_context_as_json() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        200,
        &documented_example(API, "getGuestOrders", "response 200"),
    ));
    let client = Client::builder()
        .base_url(server.url())
        .api_key("site-key")
        .build()
        .unwrap();

    let orders = client
        .get_guest_orders()
        .order_email("guest+1@example.com")
        .x_site_context(site_context())
        .send()
        .await
        .expect("the documented response decodes")
        .into_inner();

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/api-order/orders/user/guest");
    assert_eq!(
        request.query_pairs(),
        [("orderEmail".to_owned(), "guest+1@example.com".to_owned())]
    );
    // The header decodes back to the same JSON object.
    let sent: serde_json::Value = serde_json::from_str(request.header("x-site-context")).unwrap();
    assert_eq!(
        sent,
        json!({"account": "1234abcd5678efgh9ijklmno", "channel": 12, "stage": "production"})
    );
    assert_eq!(request.header("x-api-key"), "site-key");
    assert_only_declared_headers(&request, &["x-site-context", "x-api-key"]);

    let order = &orders[0];
    assert_eq!(order.id.as_deref(), Some("60271eb8f69adb00083a80ac"));
    assert_eq!(order.order_id.as_deref(), Some("1461-8514-32344"));
    assert_eq!(order.order_total, Some(8433.0));
    assert_eq!(order.v, Some(0.0));
    // `_id` beside `id`: both kept.
    let attribute = &order.attributes[0];
    assert_eq!(
        attribute.underscore_id.as_deref(),
        Some("60271baf8e1368000914bd0e")
    );
    assert_eq!(attribute.id.as_deref(), Some("60271baf8e1368000914bd0e"));
    assert_eq!(attribute.value, Some(json!(true)));
    assert_eq!(
        order.items[0].attributes[0].value,
        Some(json!("Happy for you"))
    );
    // One field, a string in one place and a number in another.
    let ship_to = &order.ship_to[0];
    let address = ship_to.address.as_ref().unwrap();
    assert_eq!(
        address.phone.as_ref().unwrap().number,
        Some(StringOrNumber::String("998-992-9404".to_owned()))
    );
    assert_eq!(address.zip_code, Some(StringOrNumber::Number(98004.0)));
    let payment = &order.payments[0];
    let bill_to = payment.bill_to_address.as_ref().unwrap();
    assert_eq!(
        bill_to.phone.as_ref().unwrap().number,
        Some(StringOrNumber::Number(7780811973.0))
    );
    // `shipToId`: a number on a destination, a list on a payment.
    assert_eq!(ship_to.ship_to_id, Some(ShipToIds::Number(49.0)));
    assert_eq!(payment.ship_to_id, Some(ShipToIds::Array(vec![49.0])));
    assert_eq!(
        payment.payment_token.as_ref().and_then(|t| t.token.clone()),
        Some(StringOrNumber::Number(40059083049.0))
    );
    assert_eq!(
        order.items[0].promos_applied[0]
            .on
            .as_ref()
            .and_then(|o| o.kind.as_deref()),
        Some("SKU")
    );
}

#[tokio::test]
async fn ids_decode_as_strings_or_any_json_number_and_ship_to_ids_in_either_form() {
    // What a JavaScript server prints for a long numeric ID (`1.23e+23`),
    // what other writers print for whole numbers (`1.0`, `1e3`), IDs as
    // strings, and `shipToId` in the form the page shows elsewhere.
    let body = r#"[{
        "items": [{"group": ["5f1a", 1.2312312312312322e+23, 7], "shipToId": [49, 50]}],
        "shipTo": [{"shipToId": [49]}],
        "payments": [{
            "shipToId": 49,
            "paymentIdentifier": {"cardIdentifier": 1.0},
            "paymentToken": {"token": 1e3}
        }]
    }]"#;
    let server = RecordingServer::start().await;
    server.reply(Reply::raw(200, "application/json", body));
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let orders = client
        .get_guest_orders()
        .order_email("guest@example.com")
        .x_site_context(site_context())
        .send()
        .await
        .expect("every form decodes")
        .into_inner();

    let item = &orders[0].items[0];
    assert_eq!(
        item.group,
        [
            StringOrNumber::String("5f1a".to_owned()),
            StringOrNumber::Number(1.2312312312312322e23),
            StringOrNumber::Number(7.0),
        ]
    );
    assert_eq!(item.ship_to_id, Some(ShipToIds::Array(vec![49.0, 50.0])));
    assert_eq!(
        orders[0].ship_to[0].ship_to_id,
        Some(ShipToIds::Array(vec![49.0]))
    );
    let payment = &orders[0].payments[0];
    assert_eq!(payment.ship_to_id, Some(ShipToIds::Number(49.0)));
    assert_eq!(
        payment
            .payment_identifier
            .as_ref()
            .and_then(|p| p.card_identifier.clone()),
        Some(StringOrNumber::Number(1.0))
    );
    assert_eq!(
        payment.payment_token.as_ref().and_then(|t| t.token.clone()),
        Some(StringOrNumber::Number(1000.0))
    );
}

#[tokio::test]
async fn underscore_id_and_id_are_both_written_back() {
    let attribute: Attribute = serde_json::from_value(json!({"_id": "a", "id": "b"})).unwrap();
    assert_eq!(
        serde_json::to_value(&attribute).unwrap(),
        json!({"_id": "a", "id": "b"})
    );
    let built = Attribute::try_from(Attribute::builder().underscore_id("c".to_owned())).unwrap();
    assert_eq!(serde_json::to_value(&built).unwrap(), json!({"_id": "c"}));
}

#[tokio::test]
async fn no_api_key_is_sent_when_none_is_set() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(200, &json!([])));
    let client = Client::builder().base_url(server.url()).build().unwrap();

    let orders = client
        .get_guest_orders()
        .order_email("guest@example.com")
        .x_site_context(site_context())
        .send()
        .await
        .unwrap();

    assert!(orders.into_inner().is_empty());
    let request = server.only_request();
    assert!(request.header_values("x-api-key").is_empty());
    assert_only_declared_headers(&request, &["x-site-context"]);
}

#[tokio::test]
async fn errors_are_typed_with_and_without_a_code() {
    let server = RecordingServer::start().await;
    server.reply(Reply::json(
        400,
        &json!({"code": "REQUEST_VALIDATION", "message": "bad email"}),
    ));
    server.reply(Reply::json(403, &json!({"message": "Forbidden"})));
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let call = || {
        client
            .get_guest_orders()
            .order_email("x@example.com")
            .x_site_context(site_context())
            .send()
    };

    let Error::Documented(bad) = call().await.unwrap_err() else {
        panic!("400 is a documented error");
    };
    assert_eq!(bad.status(), 400);
    let body: &OrdersError = &bad;
    assert_eq!(
        body.code,
        Some(StringOrNumber::String("REQUEST_VALIDATION".to_owned()))
    );
    assert_eq!(body.message, "bad email");

    let Error::Documented(forbidden) = call().await.unwrap_err() else {
        panic!("403 is a documented error");
    };
    assert_eq!(forbidden.status(), 403);
    assert_eq!(forbidden.code, None);
    assert_eq!(forbidden.message, "Forbidden");
}

#[test]
fn the_server_url_is_filled_in_from_the_customer_name() {
    assert_eq!(
        fabric_orders::server_url("acme"),
        "https://prod01-apigw.acme.fabric.zone"
    );
    // The server has a variable, so there is no default base URL.
    let error = Client::builder().build().unwrap_err();
    assert!(matches!(
        error,
        BuildError::MissingBaseUrl {
            api: "fabric-orders"
        }
    ));
}

//! The client generated from `cases/responses-by-status.yaml`, called over
//! HTTP against a recording server on 127.0.0.1: each documented status
//! decodes into its own typed body (or is recognised without one), each code
//! before its range and `default` last, and anything undocumented or
//! misfitting keeps its status, headers and raw body.

use api_tests::{RecordingServer, Reply};
use codegen_corpus::responses_by_status::types::{
    CreateOrderErrorStatus, CreateOrderSuccess, GetOrderError, GetOrderSuccess, Order,
};
use codegen_corpus::responses_by_status::{Client, Error};
use serde_json::json;

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::none())
        .build()
        .unwrap()
}

async fn create(
    server: &RecordingServer,
) -> Result<(u16, CreateOrderSuccess), Error<CreateOrderErrorStatus>> {
    let body = Order::builder().id("o-1".to_owned());
    let answer = client(server).create_order().body(body).send().await?;
    Ok((answer.status().as_u16(), answer.into_inner()))
}

/// The documented error of a call that failed with one: its status and
/// its typed value.
fn documented<E>(error: Error<E>) -> (u16, E) {
    match error {
        Error::Documented(e) => (e.status().as_u16(), e.into_inner()),
        other => panic!("expected a documented error, got {other}"),
    }
}

#[tokio::test]
async fn each_success_status_decodes_into_its_own_body() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(201, &json!({"id": "o-1"})))
        .reply(Reply::json(202, &json!({"jobId": "j-9"})))
        .reply(Reply::raw(204, "text/plain", ""));

    let (status, created) = create(&server).await.unwrap();
    assert_eq!(status, 201);
    let CreateOrderSuccess::Created(order) = created else {
        panic!("201 is Created: {created:?}");
    };
    assert_eq!(order.id.as_deref(), Some("o-1"));

    let (status, accepted) = create(&server).await.unwrap();
    assert_eq!(status, 202);
    let CreateOrderSuccess::Accepted(job) = accepted else {
        panic!("202 is Accepted: {accepted:?}");
    };
    assert_eq!(job.job_id.as_deref(), Some("j-9"));

    let (status, nothing) = create(&server).await.unwrap();
    assert_eq!((status, nothing), (204, CreateOrderSuccess::NoContent));
}

#[tokio::test]
async fn each_error_status_decodes_by_code_then_range_then_default() {
    let server = RecordingServer::start().await;
    let problem = json!({"title": "no"});
    server
        .reply(Reply::json(
            400,
            &json!({"errors": [{"field": "id", "message": "taken"}]}),
        ))
        .reply(Reply::json(401, &json!({"error": "invalid_token"})))
        // A body where none is documented is dropped.
        .reply(Reply::json(404, &json!({"ignored": true})))
        .reply(Reply::json(409, &problem))
        .reply(Reply::json(418, &problem))
        .reply(Reply::json(500, &problem));

    let (status, bad) = documented(create(&server).await.unwrap_err());
    assert_eq!(status, 400);
    let CreateOrderErrorStatus::BadRequest(fields) = bad else {
        panic!("400 is BadRequest: {bad:?}");
    };
    assert_eq!(fields.errors[0].field.as_deref(), Some("id"));

    let (status, refused) = documented(create(&server).await.unwrap_err());
    assert_eq!(status, 401);
    let CreateOrderErrorStatus::Unauthorized(oauth) = refused else {
        panic!("401 is Unauthorized: {refused:?}");
    };
    assert_eq!(oauth.error.as_deref(), Some("invalid_token"));

    let (status, missing) = documented(create(&server).await.unwrap_err());
    assert_eq!((status, missing), (404, CreateOrderErrorStatus::NotFound));

    // 409 is its own code; 418 falls to `4XX`; 500 to `default`.
    for (code, expected) in [(409, "Conflict"), (418, "ClientError"), (500, "Default")] {
        let (status, error) = documented(create(&server).await.unwrap_err());
        assert_eq!(status, code);
        let (variant, title) = match error {
            CreateOrderErrorStatus::Conflict(p) => ("Conflict", p.title),
            CreateOrderErrorStatus::ClientError(p) => ("ClientError", p.title),
            CreateOrderErrorStatus::Default(p) => ("Default", p.title),
            other => panic!("{code}: {other:?}"),
        };
        assert_eq!((variant, title.as_deref()), (expected, Some("no")));
    }
}

#[tokio::test]
async fn a_code_beside_its_range_is_the_code_and_a_bodiless_success_is_recognised() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(304, "text/plain", ""))
        .reply(Reply::json(410, &json!({"message": "gone"})))
        .reply(Reply::json(503, &json!("maintenance")));
    let client = client(&server);
    let get = || client.get_order().id("o-1").send();

    let not_modified = get().await.unwrap();
    assert_eq!(not_modified.status().as_u16(), 304);
    assert_eq!(not_modified.into_inner(), GetOrderSuccess::NotModified);

    let (status, gone) = documented(get().await.unwrap_err());
    assert_eq!(status, 410);
    // 404 and 410 share one inline schema: one type.
    let GetOrderError::Gone(body) = gone else {
        panic!("410 is Gone: {gone:?}");
    };
    assert_eq!(body.message.as_deref(), Some("gone"));

    let (status, failed) = documented(get().await.unwrap_err());
    assert_eq!(
        (status, failed),
        (503, GetOrderError::ServerError("maintenance".to_owned()))
    );
}

#[tokio::test]
async fn an_undocumented_status_or_a_misfitting_body_keeps_status_headers_and_raw_body() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(299, "text/html", "<p>odd</p>").header("x-trace", "t-1"))
        .reply(Reply::json(201, &json!({"id": 5})));
    let client = client(&server);

    let undocumented = client.get_order().id("o-1").send().await.unwrap_err();
    let Error::UnexpectedResponse(response) = undocumented else {
        panic!("299 is undocumented: {undocumented:?}");
    };
    assert_eq!(response.status().as_u16(), 299);
    assert_eq!(response.headers()["x-trace"], "t-1");
    assert_eq!(response.body(), b"<p>odd</p>");
    assert!(response.decode_error().is_none());

    let misfit = create(&server).await.unwrap_err();
    let Error::UnexpectedResponse(response) = misfit else {
        panic!("an id that is a number does not fit: {misfit:?}");
    };
    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(response.body(), br#"{"id":5}"#);
    assert!(response.decode_error().is_some());
}

/// The README's example, with its own imports.
mod readme {
    // README "Responses": begin
    use codegen_corpus::responses_by_status::types::CreateOrderErrorStatus as Refusal;
    use codegen_corpus::responses_by_status::types::{CreateOrderSuccess, Order};
    use codegen_corpus::responses_by_status::{Client, Error};

    /// Places an order, and says what came of it.
    pub async fn place(client: &Client, order: Order) -> Result<String, Error<Refusal>> {
        match client.create_order().body(order).send().await {
            Ok(answer) => Ok(match answer.into_inner() {
                CreateOrderSuccess::Created(order) => format!("created {:?}", order.id),
                CreateOrderSuccess::Accepted(job) => format!("queued as job {:?}", job.job_id),
                CreateOrderSuccess::NoContent => "it was there already".to_owned(),
                // `#[non_exhaustive]`: a status the spec documents later.
                other => format!("{other:?}"),
            }),
            // A documented error: its status, and the body of that status.
            Err(Error::Documented(refusal)) => {
                let status = refusal.status();
                Ok(match refusal.into_inner() {
                    Refusal::BadRequest(fields) => {
                        format!("{status}: {} fields", fields.errors.len())
                    }
                    Refusal::NotFound => format!("{status}: no such customer"),
                    Refusal::Conflict(problem) | Refusal::ClientError(problem) => {
                        format!("{status}: {:?}", problem.title)
                    }
                    other => format!("{status}: {other:?}"),
                })
            }
            // Anything undocumented, and failures to communicate.
            Err(other) => Err(other),
        }
    }
    // README: end
}
use readme::place;

#[tokio::test]
async fn the_readme_example_says_what_each_status_meant() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(202, &json!({"jobId": "j-9"})))
        .reply(Reply::json(400, &json!({"errors": [{"field": "id"}]})))
        .reply(Reply::raw(404, "text/plain", ""))
        .reply(Reply::json(418, &json!({"title": "teapot"})))
        .reply(Reply::raw(299, "text/plain", "?"));
    let client = client(&server);
    let order = || Order::try_from(Order::builder().id("o-1".to_owned())).unwrap();
    let mut seen = Vec::new();
    for _ in 0..4 {
        seen.push(place(&client, order()).await.unwrap());
    }
    assert_eq!(
        seen,
        [
            "queued as job Some(\"j-9\")",
            "400 Bad Request: 1 fields",
            "404 Not Found: no such customer",
            "418 I'm a teapot: Some(\"teapot\")",
        ]
    );
    assert!(matches!(
        place(&client, order()).await,
        Err(Error::UnexpectedResponse(_))
    ));
}

#[test]
fn the_readme_shows_this_example() {
    api_tests::assert_readme_shows(
        "## Responses",
        "Responses",
        include_str!("responses.rs"),
        "xtask/codegen-corpus/tests/responses.rs",
    );
}

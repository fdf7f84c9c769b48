//! The client generated from `cases/bodies-by-media-type.yaml`, over HTTP
//! against a recording server on 127.0.0.1: each body arrives as the server
//! sent it (JSON by other names typed, text as a string, bytes byte-exact),
//! each request asks for what the operation documents, and a download can
//! be read as a stream.

use api_tests::{RecordingServer, Reply};
use client_runtime::paging::StreamExt;
use codegen_corpus::bodies_by_media_type::{Client, Error};
use serde_json::json;

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn json_by_other_names_is_typed_and_asked_for_by_its_name() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(
            200,
            "application/vnd.api+json",
            r#"{"id":"o-1"}"#,
        ))
        .reply(Reply::raw(
            404,
            "application/problem+json",
            r#"{"title":"gone","status":404}"#,
        ));
    let client = client(&server);

    let order = client.get_order().id("o-1").send().await.unwrap();
    assert_eq!(order.into_inner().id.as_deref(), Some("o-1"));
    let asked = server.received()[0].header("accept").to_owned();
    assert_eq!(asked, "application/vnd.api+json, application/problem+json");

    let error = client.get_order().id("o-2").send().await.unwrap_err();
    let Error::Documented(problem) = error else {
        panic!("a documented problem: {error:?}");
    };
    assert_eq!(
        (problem.status().as_u16(), problem.status),
        (404, Some(404))
    );
}

#[tokio::test]
async fn text_arrives_as_a_string_and_xml_as_its_bytes() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(200, "text/csv", "id,total\no-1,10\n"))
        .reply(Reply::raw(
            200,
            "application/xml",
            "<orders><order id=\"o-1\"/></orders>",
        ));
    let client = client(&server);

    let csv = client.export_orders().send().await.unwrap().into_inner();
    assert_eq!(csv, "id,total\no-1,10\n");
    assert_eq!(server.received()[0].header("accept"), "text/csv, text/html");

    let xml = client
        .get_legacy_orders()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(xml.content_type(), Some("application/xml"));
    assert_eq!(&xml.bytes()[..], b"<orders><order id=\"o-1\"/></orders>");
}

#[tokio::test]
async fn a_file_arrives_byte_exact_with_its_content_type_and_json_is_chosen_when_offered() {
    // Every byte value, so that nothing is read as text on the way.
    let pdf: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(200, "application/pdf", pdf.clone()))
        .reply(Reply::json(
            200,
            &json!({"url": "https://labels.example/1"}),
        ));
    let client = client(&server);

    let invoice = client
        .get_invoice()
        .id("i-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(invoice.content_type(), Some("application/pdf"));
    assert_eq!(invoice.bytes().as_ref(), pdf.as_slice());

    // A label is documented as an image or as JSON: JSON is asked for.
    let label = client
        .get_label()
        .id("l-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(label.url.as_deref(), Some("https://labels.example/1"));
    assert_eq!(server.received()[1].header("accept"), "application/json");
}

#[tokio::test]
async fn a_download_is_read_as_a_stream_of_chunks_and_an_error_still_decodes() {
    // Larger than the client's body bound: only a stream can read it.
    let len = 20 * 1024 * 1024;
    let server = RecordingServer::start().await;
    let reply = Reply::generated(200, len, false);
    server.reply(reply.clone()).reply(Reply::raw(
        404,
        "application/problem+json",
        r#"{"title":"no such invoice"}"#,
    ));
    let client = client(&server);

    let download = client
        .get_invoice()
        .id("i-1")
        .send_streaming()
        .await
        .unwrap();
    assert_eq!(download.status().as_u16(), 200);
    let mut stream = download.into_inner();
    let (mut read, mut chunks) = (0u64, 0);
    while let Some(chunk) = stream.next().await {
        read += chunk.unwrap().len() as u64;
        chunks += 1;
    }
    assert_eq!(read, len);
    assert!(chunks > 1, "read in chunks, not whole");

    let error = client
        .get_invoice()
        .id("i-2")
        .send_streaming()
        .await
        .unwrap_err();
    let Error::Documented(problem) = error else {
        panic!("a documented problem: {error:?}");
    };
    assert_eq!(problem.title.as_deref(), Some("no such invoice"));

    // The same download read whole is refused as larger than the bound.
    server.reply(Reply::generated(200, len, false));
    let whole = client.get_invoice().id("i-1").send().await.unwrap_err();
    assert!(
        whole.to_string().contains("larger than the client reads"),
        "{whole}"
    );
}

/// The README's example, with its own imports.
mod readme {
    // README "Bodies that are not JSON": begin
    use client_runtime::paging::StreamExt;
    use codegen_corpus::bodies_by_media_type::Client;

    /// Saves an invoice to `file` as it arrives, however large it is.
    pub async fn save_invoice(
        client: &Client,
        id: &str,
        file: &mut impl std::io::Write,
    ) -> Result<u64, Box<dyn std::error::Error>> {
        let download = client.get_invoice().id(id).send_streaming().await?;
        let mut chunks = download.into_inner();
        let mut written = 0;
        while let Some(chunk) = chunks.next().await {
            // A body cut off ends the stream with its error.
            let chunk = chunk?;
            file.write_all(&chunk)?;
            written += chunk.len() as u64;
        }
        Ok(written)
    }
    // README: end
}

#[tokio::test]
async fn the_readme_example_saves_a_download_as_it_arrives() {
    let pdf: Vec<u8> = (0..=255u8).cycle().take(300_000).collect();
    let server = RecordingServer::start().await;
    server.reply(Reply::raw(200, "application/pdf", pdf.clone()));
    let mut file = Vec::new();
    let written = readme::save_invoice(&client(&server), "i-1", &mut file)
        .await
        .unwrap();
    assert_eq!((written, file), (pdf.len() as u64, pdf));
}

#[test]
fn the_readme_shows_this_example() {
    api_tests::assert_readme_shows(
        "## Bodies that are not JSON",
        "Bodies that are not JSON",
        include_str!("bodies.rs"),
        "xtask/codegen-corpus/tests/bodies.rs",
    );
}

#[tokio::test]
async fn a_streamed_download_after_a_redirect_is_bounded_by_the_deadline_not_the_attempt() {
    // Reading 256 MiB takes longer than the 50 ms an attempt may take; the
    // stream is bounded by the call's deadline, after a redirect too.
    let len = 256 * 1024 * 1024;
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(302, "text/plain", "").header("location", "/invoices/i-1/file"))
        .reply(Reply::generated(200, len, false));
    let client = Client::builder()
        .base_url(server.url())
        .attempt_timeout(std::time::Duration::from_millis(50))
        .deadline(std::time::Duration::from_secs(120))
        .build()
        .unwrap();

    let mut stream = client
        .get_invoice()
        .id("i-1")
        .send_streaming()
        .await
        .unwrap()
        .into_inner();
    let mut read = 0u64;
    while let Some(chunk) = stream.next().await {
        read += chunk.expect("no timeout while the deadline lasts").len() as u64;
    }
    assert_eq!(read, len);
    assert_eq!(server.received()[1].path, "/invoices/i-1/file");
}

#[tokio::test]
async fn only_a_success_streams_so_a_503_is_retried_first() {
    // `default` is the only documented answer, and so the success: a 503
    // is still retried, as `send()` would retry it, before the body streams.
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(503, "text/plain", "busy"))
        .reply(Reply::raw(200, "application/zip", "PK-zipped"));
    let client = Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::exponential(
            2,
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(1),
        ))
        .build()
        .unwrap();

    let download = client.get_archive().send_streaming().await.unwrap();
    assert_eq!(download.status().as_u16(), 200);
    let mut stream = download.into_inner();
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        bytes.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(bytes, b"PK-zipped");
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn an_error_in_text_is_read_and_its_debug_hides_it() {
    let server = RecordingServer::start().await;
    let page = "<p>no export for jane@example.com</p>";
    for _ in 0..3 {
        server.reply(Reply::raw(503, "text/html", page));
    }
    let error = client(&server).export_orders().send().await.unwrap_err();
    let shown = format!("{error}\n{error:?}\n{error:#?}");
    assert!(!shown.contains("jane@example.com"), "{shown}");
    let Error::Documented(documented) = error else {
        panic!("a documented error: {error:?}");
    };
    assert_eq!(documented.status().as_u16(), 503);
    assert_eq!(documented.into_inner().as_str(), page);
}

//! The client generated from `cases/requests-by-media-type.yaml`, called
//! over HTTP against a recording server on 127.0.0.1: each request carries
//! the body and the `Content-Type` the spec declares (JSON by other names,
//! bytes byte-exact, text, a multipart form that parses into its parts),
//! another documented media type can be sent instead, and a stream body is
//! sent once.

use std::time::Duration;

use api_tests::{ReceivedRequest, RecordingServer, Reply};
use client_runtime::upload::FilePart;
use codegen_corpus::requests_by_media_type::types::{
    Meta, PutAvatarForm, Thing, UploadDocumentForm,
};
use codegen_corpus::requests_by_media_type::{Client, Error};
use serde_json::json;

fn client(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::none())
        .build()
        .unwrap()
}

fn thing(name: &str) -> Thing {
    Thing::try_from(Thing::builder().name(name.to_owned()).size(Some(3))).unwrap()
}

/// Every byte value, so that nothing is taken for text.
fn all_bytes() -> Vec<u8> {
    (0..=255u8).chain((0..=255u8).rev()).collect()
}

#[tokio::test]
async fn json_by_other_names_is_sent_with_the_declared_content_type() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::json(200, &json!({"name": "a"})))
        .reply(Reply::raw(204, "text/plain", ""));
    let client = client(&server);
    client
        .patch_thing()
        .id("t-1")
        .body(thing("a"))
        .send()
        .await
        .unwrap();
    client
        .create_api_thing()
        .body(thing("b"))
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(
        received[0].header_values("content-type"),
        ["application/merge-patch+json; charset=utf-8"]
    );
    assert_eq!(received[0].json_body(), json!({"name": "a", "size": 3}));
    assert_eq!(
        received[1].header_values("content-type"),
        ["application/vnd.api+json"]
    );
    assert_eq!(received[1].json_body(), json!({"name": "b", "size": 3}));
}

#[tokio::test]
async fn bytes_are_sent_byte_exact_with_their_media_type() {
    let server = RecordingServer::start().await;
    for _ in 0..4 {
        server.reply(Reply::raw(204, "text/plain", ""));
    }
    let client = client(&server);
    client
        .put_blob()
        .id("b-1")
        .body(all_bytes())
        .send()
        .await
        .unwrap();
    client.put_report().body(all_bytes()).send().await.unwrap();
    // XML is not typed: bytes with their media type.
    client
        .put_xml()
        .body(b"<thing><name>x</name></thing>".to_vec())
        .send()
        .await
        .unwrap();
    client.put_image().body(all_bytes()).send().await.unwrap();
    let received = server.received();
    let seen: Vec<(Vec<&str>, &[u8])> = received
        .iter()
        .map(|r| (r.header_values("content-type"), r.body.as_slice()))
        .collect();
    let bytes = all_bytes();
    assert_eq!(
        seen,
        [
            (vec!["application/octet-stream"], bytes.as_slice()),
            (vec!["application/pdf"], bytes.as_slice()),
            (
                vec!["application/xml"],
                b"<thing><name>x</name></thing>".as_slice()
            ),
            // Of two image types, the first by name.
            (vec!["image/jpeg"], bytes.as_slice()),
        ]
    );
}

#[tokio::test]
async fn text_is_sent_as_the_declared_text_type() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(204, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""));
    let client = client(&server);
    client
        .import_csv()
        .body("id,name\n1,é\n")
        .send()
        .await
        .unwrap();
    client.add_note().body("a note").send().await.unwrap();
    let received = server.received();
    assert_eq!(received[0].header_values("content-type"), ["text/csv"]);
    assert_eq!(received[0].body, "id,name\n1,é\n".as_bytes());
    assert_eq!(received[1].header_values("content-type"), ["text/plain"]);
    assert_eq!(received[1].body, b"a note");
}

#[tokio::test]
async fn another_documented_media_type_is_sent_instead_of_the_typed_body() {
    let server = RecordingServer::start().await;
    for _ in 0..4 {
        server.reply(Reply::raw(204, "text/plain", ""));
    }
    let client = client(&server);
    // JSON first when it is offered.
    client.add_thing().body(thing("j")).send().await.unwrap();
    client
        .add_thing()
        .body_as("application/xml", "<thing/>")
        .send()
        .await
        .unwrap();
    // Without JSON, the form.
    client.submit_form().body(thing("f")).send().await.unwrap();
    client
        .put_image()
        .body_as("image/png", all_bytes())
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(
        received[0].header_values("content-type"),
        ["application/json"]
    );
    assert_eq!(received[0].json_body(), json!({"name": "j", "size": 3}));
    assert_eq!(
        received[1].header_values("content-type"),
        ["application/xml"]
    );
    assert_eq!(received[1].body, b"<thing/>");
    assert_eq!(
        received[2].header_values("content-type"),
        ["application/x-www-form-urlencoded"]
    );
    assert_eq!(received[2].body, b"name=f&size=3");
    assert_eq!(received[3].header_values("content-type"), ["image/png"]);
    assert_eq!(received[3].body, all_bytes());

    // An undocumented media type is refused before anything is sent.
    let refused = client
        .add_thing()
        .body_as("text/csv", "a,b")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidRequest(why) if why.contains("application/xml")),
        "{refused:?}"
    );
    assert_eq!(server.received().len(), 4);
}

#[tokio::test]
async fn a_multipart_body_can_be_replaced_by_another_documented_media_type() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(204, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""));
    let client = client(&server);
    // Multipart before bytes.
    let form = PutAvatarForm::new().image(FilePart::bytes(all_bytes()).file_name("me.png"));
    client.put_avatar().body(form).send().await.unwrap();
    client
        .put_avatar()
        .body_as("image/png", all_bytes())
        .send()
        .await
        .unwrap();
    let received = server.received();
    let parts = parse_multipart(&received[0]);
    assert_eq!(parts.len(), 1);
    assert_eq!(
        (parts[0].name.as_str(), parts[0].file_name.as_deref()),
        ("image", Some("me.png"))
    );
    assert_eq!(parts[0].body, all_bytes());
    assert_eq!(received[1].header_values("content-type"), ["image/png"]);
    assert_eq!(received[1].body, all_bytes());
}

/// One part of a multipart body as the server parsed it.
#[derive(Debug, PartialEq)]
struct ParsedPart {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// Parses a `multipart/form-data` body by the boundary its `Content-Type`
/// names (RFC 7578): each part's name, file name, content type and bytes.
fn parse_multipart(request: &ReceivedRequest) -> Vec<ParsedPart> {
    let content_type = request.header("content-type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not multipart: {content_type}"));
    let delimiter = format!("--{boundary}");
    let body = &request.body;
    let mut parts = Vec::new();
    let mut at = find(body, delimiter.as_bytes(), 0).expect("a first boundary");
    loop {
        at += delimiter.len();
        if body[at..].starts_with(b"--") {
            break;
        }
        at += 2; // CRLF after the boundary
        let head_end = find(body, b"\r\n\r\n", at).expect("a part's head");
        let head = std::str::from_utf8(&body[at..head_end]).unwrap();
        let next =
            find(body, format!("\r\n{delimiter}").as_bytes(), head_end).expect("the next boundary");
        let mut part = ParsedPart {
            name: String::new(),
            file_name: None,
            content_type: None,
            body: body[head_end + 4..next].to_vec(),
        };
        for line in head.split("\r\n") {
            let (name, value) = line.split_once(": ").unwrap();
            match name.to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    for field in value.split("; ").skip(1) {
                        let (key, quoted) = field.split_once('=').unwrap();
                        let unquoted = quoted.trim_matches('"').to_owned();
                        match key {
                            "name" => part.name = unquoted,
                            "filename" => part.file_name = Some(unquoted),
                            _ => {}
                        }
                    }
                }
                "content-type" => part.content_type = Some(value.to_owned()),
                _ => {}
            }
        }
        parts.push(part);
        at = next + 2;
    }
    parts
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

#[tokio::test]
async fn a_multipart_upload_parses_as_its_parts() {
    let server = RecordingServer::start().await;
    server.reply(Reply::raw(204, "text/plain", ""));
    let meta = Meta::try_from(Meta::builder().author(Some("ann".to_owned()))).unwrap();
    let form = UploadDocumentForm::new()
        .file(FilePart::bytes(all_bytes()).file_name("q3.pdf"))
        .title("Q3 report")
        .pages(12)
        .meta(&meta)
        .tags("finance")
        .tags("2026")
        .notes("# Notes");
    client(&server)
        .upload_document()
        .body(form)
        .send()
        .await
        .unwrap();
    let part =
        |name: &str, file_name: Option<&str>, content_type: Option<&str>, body: &[u8]| ParsedPart {
            name: name.to_owned(),
            file_name: file_name.map(str::to_owned),
            content_type: content_type.map(str::to_owned),
            body: body.to_vec(),
        };
    assert_eq!(
        parse_multipart(&server.only_request()),
        [
            // The spec's `encoding` gives the file's content type.
            part(
                "file",
                Some("q3.pdf"),
                Some("application/pdf"),
                &all_bytes()
            ),
            part("title", None, None, b"Q3 report"),
            part("pages", None, None, b"12"),
            part(
                "meta",
                None,
                Some("application/json"),
                br#"{"author":"ann"}"#
            ),
            part("tags", None, None, b"finance"),
            part("tags", None, None, b"2026"),
            part("notes", None, Some("text/markdown"), b"# Notes"),
        ]
    );
}

#[tokio::test]
async fn a_file_part_keeps_the_content_type_it_is_given_and_a_missing_part_is_refused() {
    let server = RecordingServer::start().await;
    server.reply(Reply::raw(204, "text/plain", ""));
    let client = client(&server);
    let form = UploadDocumentForm::new()
        .title("scan")
        .file(FilePart::bytes(b"GIF89a".to_vec()).content_type("image/gif"));
    client.upload_document().body(form).send().await.unwrap();
    let parts = parse_multipart(&server.only_request());
    assert_eq!(parts[1].content_type.as_deref(), Some("image/gif"));

    let refused = client
        .upload_document()
        .body(UploadDocumentForm::new().title("no file"))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidRequest(why) if why.contains("`file` is required")),
        "{refused:?}"
    );
    assert_eq!(server.received().len(), 1);
}

fn retrying(server: &RecordingServer) -> Client {
    Client::builder()
        .base_url(server.url())
        .retry(client_runtime::RetryPolicy::exponential(
            3,
            Duration::ZERO,
            Duration::ZERO,
        ))
        .build()
        .unwrap()
}

#[tokio::test]
async fn bytes_are_sent_again_on_a_retry_and_a_stream_only_once() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(503, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""))
        .reply(Reply::raw(503, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""));
    let client = retrying(&server);
    // A PUT is retried after a 503; bytes can be sent again.
    client
        .put_blob()
        .id("b")
        .body(all_bytes())
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert!(received.iter().all(|r| r.body == all_bytes()));

    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        vec![Ok(b"first ".to_vec()), Ok(b"second".to_vec())];
    let failed = client
        .put_blob()
        .id("s")
        .body_stream(futures_util::stream::iter(chunks))
        .send()
        .await
        .unwrap_err();
    assert_eq!(failed.status().map(|s| s.as_u16()), Some(503));
    let received = server.received();
    assert_eq!(received.len(), 3, "a stream is never sent twice");
    assert_eq!(received[2].body, b"first second");
    assert_eq!(
        received[2].header_values("content-type"),
        ["application/octet-stream"]
    );
}

#[tokio::test]
async fn a_multipart_upload_is_sent_once_even_where_a_retry_is_allowed() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(503, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""));
    let form = UploadDocumentForm::new()
        .title("t")
        .file(FilePart::bytes(all_bytes()));
    let failed = retrying(&server)
        .upload_document()
        .body(form)
        .send()
        .await
        .unwrap_err();
    assert_eq!(failed.status().map(|s| s.as_u16()), Some(503));
    let only = server.only_request();
    // Every part's length is known, so the form's is too.
    assert_eq!(only.header("content-length"), only.body.len().to_string());
}

/// The README's example, with its own imports.
mod readme {
    // README "Uploads and request bodies": begin
    use client_runtime::upload::FilePart;
    use codegen_corpus::requests_by_media_type::types::{Meta, UploadDocumentForm};
    use codegen_corpus::requests_by_media_type::{Client, Error};

    /// Uploads a PDF with its title and tags (`multipart/form-data`), then
    /// the same report as the raw `application/pdf` body of another call.
    pub async fn upload(client: &Client, pdf: Vec<u8>) -> Result<(), Error<()>> {
        let meta = Meta::try_from(Meta::builder().author(Some("ann".to_owned())))
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        let form = UploadDocumentForm::new()
            // A file part: bytes (or `FilePart::stream`), a file name, and
            // the spec's content type unless `.content_type()` says another.
            .file(FilePart::bytes(pdf.clone()).file_name("q3.pdf"))
            .title("Q3 report") // text
            .meta(&meta) // JSON
            .tags("finance") // a list: one part per call
            .tags("2026");
        client.upload_document().body(form).send().await?;

        // Bytes: sent byte for byte, as the spec's media type.
        client.put_report().body(pdf).send().await?;
        Ok(())
    }
    // README: end
}

#[tokio::test]
async fn the_readme_example_uploads_a_form_and_bytes() {
    let server = RecordingServer::start().await;
    server
        .reply(Reply::raw(204, "text/plain", ""))
        .reply(Reply::raw(204, "text/plain", ""));
    readme::upload(&client(&server), b"%PDF-1.7".to_vec())
        .await
        .unwrap();
    let received = server.received();
    let names: Vec<String> = parse_multipart(&received[0])
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["file", "title", "meta", "tags", "tags"]);
    assert_eq!(
        received[1].header_values("content-type"),
        ["application/pdf"]
    );
    assert_eq!(received[1].body, b"%PDF-1.7");
}

#[test]
fn the_readme_shows_this_example() {
    api_tests::assert_readme_shows(
        "### Uploads and request bodies",
        "Uploads and request bodies",
        include_str!("requests.rs"),
        "xtask/codegen-corpus/tests/requests.rs",
    );
}

//! Test support shared by every API's tests.
//!
//! [`RecordingServer`] is a real HTTP/1.1 server on 127.0.0.1: the generated
//! clients reach it through their own reqwest stack, exactly as they would
//! reach the real API. It records each request as received, and when, and
//! answers with the replies a test queued, in order. A reply can misbehave
//! the way gateways do: stall before answering, or cut its body off.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime};

use http_body_util::BodyExt;
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

mod json_compare;
pub mod trace_capture;

/// The README's Rust examples, compiled by `cargo test` so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;
pub use json_compare::{assert_same_json, first_difference};

/// Fails unless the README shows the very code a test compiles: the first
/// `rust,ignore` block under the README's heading `heading` (such as
/// `## Responses`) must be the lines of `source` (a test file's text)
/// between `// README "<name>": begin` and `// README: end`, less the four
/// spaces of the module that holds them. `file` names the test file in the
/// message.
pub fn assert_readme_shows(heading: &str, name: &str, source: &str, file: &str) {
    let readme = include_str!("../../README.md");
    let begin = format!("// README \"{name}\": begin\n");
    let start = source.find(&begin).expect("the example's begin marker") + begin.len();
    let end = source[start..]
        .find("// README: end")
        .expect("the example's end marker")
        + start;
    let example: Vec<&str> = source[start..end]
        .lines()
        .map(|line| line.strip_prefix("    ").unwrap_or(line))
        .collect();
    let section = &readme[readme
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no `{heading}`"))..];
    let block = section
        .split("```rust,ignore")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap_or_else(|| panic!("README's `{heading}` has no `rust,ignore` block"));
    assert_eq!(
        block.trim(),
        example.join("\n").trim(),
        "README `{heading}` shows other code than {file} compiles"
    );
}

/// The documented example of `api`'s operation `operation_id`, for `message`
/// (`"request"`, `"response 200"`, or for a named example
/// `"response 200 (name)"`), read from `specs/<api>.yaml`.
pub fn documented_example(api: &str, operation_id: &str, message: &str) -> serde_json::Value {
    let root = spec_model::workspace::root().expect("the workspace root");
    let path = spec_model::workspace::Api {
        name: api.to_owned(),
    }
    .spec_path();
    let spec = spec_model::spec::Spec::load(&root, &path).unwrap_or_else(|e| panic!("{e}"));
    let examples = spec_model::examples::documented(&spec);
    let found: Vec<_> = examples
        .iter()
        .filter(|e| e.label() == format!("{operation_id} {message}"))
        .collect();
    match found.as_slice() {
        [one] => one.value.clone(),
        other => panic!(
            "expected one example for {api} {operation_id} {message}, found {}",
            other.len()
        ),
    }
}

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct ReceivedRequest {
    /// `GET`, `PATCH`, ...
    pub method: String,
    /// The path, percent-encoded as sent.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// Every header, names lowercase, in the order received.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
    /// When the request arrived (its head), on the monotonic clock: to
    /// measure the wait between two attempts.
    pub arrived: Instant,
    /// When the request arrived, on the system clock: to compare with an
    /// HTTP date such as a `Retry-After`.
    pub arrived_at: SystemTime,
}

impl ReceivedRequest {
    /// The values of a header (case-insensitive name).
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The one value of a header; panics if it is absent or repeated.
    pub fn header(&self, name: &str) -> &str {
        match self.header_values(name).as_slice() {
            [one] => one,
            other => panic!("expected one `{name}` header, got {other:?}"),
        }
    }

    /// The names of all headers received, lowercase and sorted.
    pub fn header_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.headers.iter().map(|(n, _)| n.clone()).collect();
        names.sort();
        names.dedup();
        names
    }

    /// The body parsed as JSON; panics if it is not JSON.
    pub fn json_body(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "request body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The query's `(key, value)` pairs, percent-decoded, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let Some(query) = &self.query else {
            return Vec::new();
        };
        query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(key), percent_decode(value))
            })
            .collect()
    }
}

/// Headers that any HTTP client sends to frame a request, whatever the spec.
/// Everything else a client sends must be declared by the spec.
pub const FRAMING_HEADERS: &[&str] = &["accept", "content-length", "content-type", "host"];

/// Asserts that every header received is a framing header or one of
/// `declared` (lowercase), so that nothing the spec does not declare is sent.
pub fn assert_only_declared_headers(request: &ReceivedRequest, declared: &[&str]) {
    let undeclared: Vec<String> = request
        .header_names()
        .into_iter()
        .filter(|name| {
            !FRAMING_HEADERS.contains(&name.as_str()) && !declared.contains(&name.as_str())
        })
        .collect();
    assert!(
        undeclared.is_empty(),
        "the client sent headers the spec does not declare: {undeclared:?} (all: {:?})",
        request.headers
    );
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A reply the server sends to one request.
#[derive(Clone, Debug)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// More headers, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// How long the server waits, once the request has arrived, before it
    /// answers.
    pub delay: Duration,
    /// Sends only this many bytes of the body, then closes the connection,
    /// though `Content-Length` announced the whole body.
    pub cut_off_after: Option<usize>,
    /// A body of this many bytes made while it is sent, instead of `body`:
    /// a large body that the server never holds whole.
    pub generated: Option<Generated>,
}

/// A body made while it is sent (see [`Reply::generated`]).
#[derive(Clone, Debug)]
pub struct Generated {
    /// How many bytes.
    pub len: u64,
    /// Whether `Content-Length` announces them (else the body is chunked).
    pub announced: bool,
    /// How many bytes the server has handed to the connection so far.
    pub sent: Arc<AtomicU64>,
}

impl Reply {
    /// A JSON reply with the given status.
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::raw(
            status,
            "application/json",
            serde_json::to_vec(body).expect("a JSON value serializes"),
        )
    }

    /// A reply with the given status, content type and raw body.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            content_type: Some(content_type.to_owned()),
            headers: Vec::new(),
            body: body.into(),
            delay: Duration::ZERO,
            cut_off_after: None,
            generated: None,
        }
    }

    /// A reply whose body is `len` bytes of filler (spaces), made in
    /// 64 KiB chunks while it is sent, announced in `Content-Length` or
    /// chunked. [`Reply::bytes_sent`] says how much of it went out.
    pub fn generated(status: u16, len: u64, announced: bool) -> Reply {
        Reply {
            generated: Some(Generated {
                len,
                announced,
                sent: Arc::new(AtomicU64::new(0)),
            }),
            ..Reply::raw(status, "application/json", Vec::new())
        }
    }

    /// How many bytes of a generated body the server has handed to the
    /// connection (0 for any other reply): a client that stops reading
    /// stops it too, up to what the sockets buffer.
    pub fn bytes_sent(&self) -> u64 {
        self.generated
            .as_ref()
            .map_or(0, |g| g.sent.load(Ordering::Relaxed))
    }

    /// The same reply with one more header.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The same reply, sent `delay` after the request arrived: longer than
    /// the client's attempt timeout, it is a stalled server.
    pub fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// The same reply, cut off after `bytes` bytes of its body (which must
    /// be longer): the connection closes in the middle of the response.
    pub fn cut_off_after(mut self, bytes: usize) -> Reply {
        assert!(bytes < self.body.len(), "a cut needs a longer body");
        self.cut_off_after = Some(bytes);
        self
    }
}

#[derive(Default)]
struct State {
    received: Vec<ReceivedRequest>,
    replies: VecDeque<Reply>,
}

/// An HTTP server on 127.0.0.1 that records requests and sends queued replies.
/// It stops when dropped.
pub struct RecordingServer {
    address: SocketAddr,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl RecordingServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start() -> RecordingServer {
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .await
            .expect("bind a port on 127.0.0.1");
        let address = listener
            .local_addr()
            .expect("a bound socket has an address");
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let state = Arc::clone(&shared);
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| {
                        let state = Arc::clone(&state);
                        async move { Ok::<_, Infallible>(answer(request, &state).await) }
                    });
                    // A client that hangs up early is not the server's failure.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        RecordingServer {
            address,
            state,
            task,
        }
    }

    /// The server's base URL, `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Queues the reply to the next request not yet answered.
    pub fn reply(&self, reply: Reply) -> &Self {
        self.state.lock().unwrap().replies.push_back(reply);
        self
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<ReceivedRequest> {
        self.state.lock().unwrap().received.clone()
    }

    /// The only request received; panics if there was not exactly one.
    pub fn only_request(&self) -> ReceivedRequest {
        match self.received().as_slice() {
            [one] => one.clone(),
            other => panic!("expected exactly one request, got {}", other.len()),
        }
    }
}

impl Drop for RecordingServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn answer(request: Request<Incoming>, state: &Mutex<State>) -> Response<ReplyBody> {
    let arrived = Instant::now();
    let arrived_at = SystemTime::now();
    let (parts, body) = request.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes().to_vec(),
        Err(e) => format!("<body could not be read: {e}>").into_bytes(),
    };
    let received = ReceivedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
        arrived,
        arrived_at,
    };
    let reply = {
        let mut state = state.lock().unwrap();
        state.received.push(received);
        state.replies.pop_front()
    };
    let reply = reply.unwrap_or_else(|| Reply::raw(599, "text/plain", "no reply was queued"));
    // The next request is answered meanwhile: its reply was taken above.
    tokio::time::sleep(reply.delay).await;
    let mut response = Response::builder().status(reply.status);
    if let Some(content_type) = reply.content_type {
        response = response.header("content-type", content_type);
    }
    for (name, value) in &reply.headers {
        response = response.header(name, value);
    }
    let body = match reply.generated {
        Some(generated) => ReplyBody::generated(generated),
        None => ReplyBody::new(reply.body, reply.cut_off_after),
    };
    response.body(body).expect("status and headers are valid")
}

/// A reply's body: whole, or cut off, or generated. The length of a whole
/// or cut body is always the whole body's, so that hyper announces it in
/// `Content-Length`.
struct ReplyBody {
    announced: Option<u64>,
    data: Option<Bytes>,
    state: Cut,
    /// A generated body: what is left to make, and the count of what went.
    generated: Option<(u64, Arc<AtomicU64>)>,
}

/// One chunk of a generated body.
const GENERATED_CHUNK: usize = 64 * 1024;

enum Cut {
    /// The body is sent whole.
    No,
    /// The part was handed over: pause once, so that hyper sends it.
    PartSent,
    /// Then fail, so that hyper closes the connection.
    Paused,
}

impl ReplyBody {
    fn new(body: Vec<u8>, cut_off_after: Option<usize>) -> Self {
        let announced = body.len() as u64;
        let (data, state) = match cut_off_after {
            Some(bytes) => (Bytes::from(body).slice(..bytes), Cut::PartSent),
            None => (Bytes::from(body), Cut::No),
        };
        ReplyBody {
            announced: Some(announced),
            data: Some(data).filter(|d| !d.is_empty()),
            state,
            generated: None,
        }
    }

    fn generated(generated: Generated) -> Self {
        ReplyBody {
            announced: generated.announced.then_some(generated.len),
            data: None,
            state: Cut::No,
            generated: Some((generated.len, generated.sent)),
        }
    }
}

impl Body for ReplyBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        if let Some((left, sent)) = &mut this.generated {
            if *left == 0 {
                return Poll::Ready(None);
            }
            let len = GENERATED_CHUNK.min(usize::try_from(*left).unwrap_or(usize::MAX));
            *left -= len as u64;
            sent.fetch_add(len as u64, Ordering::Relaxed);
            return Poll::Ready(Some(Ok(Frame::data(Bytes::from(vec![b' '; len])))));
        }
        if let Some(data) = this.data.take() {
            return Poll::Ready(Some(Ok(Frame::data(data))));
        }
        match this.state {
            Cut::No => Poll::Ready(None),
            Cut::PartSent => {
                // Pending makes hyper flush what it has before polling again.
                this.state = Cut::Paused;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
            Cut::Paused => Poll::Ready(Some(Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionAborted,
                "the reply is cut off here on purpose",
            )))),
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.generated {
            Some((left, _)) => *left == 0,
            None => self.data.is_none() && matches!(self.state, Cut::No),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self.announced {
            Some(length) => SizeHint::with_exact(length),
            None => SizeHint::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_pairs_are_percent_decoded() {
        let request = ReceivedRequest {
            method: "GET".into(),
            path: "/".into(),
            query: Some("a=1&b=x%40y.z&c=two+words&d=%zz".into()),
            headers: vec![],
            body: vec![],
            arrived: Instant::now(),
            arrived_at: SystemTime::now(),
        };
        assert_eq!(
            request.query_pairs(),
            [
                ("a".to_owned(), "1".to_owned()),
                ("b".to_owned(), "x@y.z".to_owned()),
                ("c".to_owned(), "two words".to_owned()),
                ("d".to_owned(), "%zz".to_owned()),
            ]
        );
    }

    #[test]
    #[should_panic(expected = "headers the spec does not declare: [\"api-version\"]")]
    fn undeclared_headers_are_caught() {
        let request = ReceivedRequest {
            method: "GET".into(),
            path: "/".into(),
            query: None,
            headers: vec![
                ("host".into(), "x".into()),
                ("api-version".into(), "1.0".into()),
            ],
            body: vec![],
            arrived: Instant::now(),
            arrived_at: SystemTime::now(),
        };
        assert_only_declared_headers(&request, &["authorization"]);
    }
}

//! The server the calls go to: HTTP/1.1 on 127.0.0.1, in the same process
//! and on the same thread as the client, answering every request with one
//! body as fast as hyper can, so that what differs between two calls is the
//! client's own work.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// A running server; it stops when dropped.
pub struct Server {
    addr: SocketAddr,
    accept: JoinHandle<()>,
}

impl Server {
    /// Starts answering every request with `body` as `application/json`,
    /// status 200. Must be called inside a tokio runtime with I/O enabled.
    pub async fn start(body: Bytes) -> std::io::Result<Server> {
        Server::answering(move || Full::new(body.clone())).await
    }

    /// Starts answering every request with `len` bytes of filler, made
    /// while they are sent (the server never holds them), its length
    /// announced in `Content-Length` or the body chunked.
    pub async fn start_large(len: u64, announced: bool) -> std::io::Result<Server> {
        Server::answering(move || Filler {
            left: len,
            announced,
        })
        .await
    }

    /// Starts answering every request, status 200, `application/json`,
    /// with the body `make` makes for it.
    async fn answering<B, F>(make: F) -> std::io::Result<Server>
    where
        B: Body<Data = Bytes, Error = Infallible> + Send + 'static,
        F: Fn() -> B + Clone + Send + Sync + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let accept = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                let make = make.clone();
                let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                    let body = make();
                    async move {
                        // The request body is read to its end, as a real
                        // server would before answering.
                        let _ = request.into_body().collect().await;
                        let mut response = Response::new(body);
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        Ok::<_, Infallible>(response)
                    }
                });
                tokio::spawn(async move {
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Ok(Server { addr, accept })
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// What a large body is made of, 64 KiB at a time.
static FILLER: [u8; 64 * 1024] = [b' '; 64 * 1024];

/// A body of `left` more bytes of filler.
struct Filler {
    left: u64,
    announced: bool,
}

impl Body for Filler {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        if this.left == 0 {
            return Poll::Ready(None);
        }
        let len = FILLER
            .len()
            .min(usize::try_from(this.left).unwrap_or(usize::MAX));
        this.left -= len as u64;
        Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(&FILLER[..len])))))
    }

    fn is_end_stream(&self) -> bool {
        self.left == 0
    }

    fn size_hint(&self) -> SizeHint {
        if self.announced {
            SizeHint::with_exact(self.left)
        } else {
            SizeHint::default()
        }
    }
}

//! Peak memory of one large response through a generated client, against
//! the same response read whole with raw reqwest.
//!
//! Each side runs in a process of its own (this bench target run again
//! with `--memory`), so that neither inherits the other's heap, and reads
//! its peak resident set (`VmHWM` in `/proc/self/status`) above where it
//! rested before the call (`VmRSS`). The server sends the body as it goes,
//! so the figure is the client's. A client with the default bound
//! ([`DEFAULT_MAX_BODY_SIZE`]) stops reading at the bound; raw reqwest's
//! `bytes()` holds the whole body (and a copy while it joins its chunks).

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::process::Command;

use adobe_cpapi::client_runtime::DEFAULT_MAX_BODY_SIZE;
use serde_json::Value;

use crate::calls::Registered;
use crate::report::{Comparison, Side};

/// How large the body is: 256 MiB, sixteen times the default bound.
pub const LARGE_BODY: u64 = 256 * 1024 * 1024;

/// How large the streamed download is: 1 GiB.
pub const DOWNLOAD: u64 = 1024 * 1024 * 1024;

/// Which side of a memory row a process measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The generated client, with its default bound: the call must fail
    /// with a body too large.
    Client,
    /// Raw reqwest, reading the whole body with `bytes()`.
    Raw,
}

impl Reader {
    fn arg(self) -> &'static str {
        match self {
            Reader::Client => "client",
            Reader::Raw => "raw",
        }
    }

    /// The reader an argument names.
    pub fn from_arg(arg: &str) -> Option<Reader> {
        match arg {
            "client" => Some(Reader::Client),
            "raw" => Some(Reader::Raw),
            _ => None,
        }
    }
}

/// Reads a large body from `base_url` with `reader`, the request body being
/// the operation's documented request example (`null` for none).
pub type MemoryRunner =
    fn(String, Value, Reader) -> Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// The two memory rows, Content-Length announced and chunked, for the
/// call `registered`: each side measured by a child process running
/// `exe` (this bench target) with `--input input --memory ...`.
pub fn rows(exe: &Path, input: &Path, registered: &Registered) -> Result<Vec<Comparison>, String> {
    let mut rows = Vec::new();
    for announced in [true, false] {
        let framing = if announced {
            "Content-Length announced"
        } else {
            "chunked"
        };
        eprintln!(
            "memory: {} {}, {framing}",
            registered.api, registered.operation
        );
        let peak = |reader: Reader| -> Result<u64, String> {
            let output = Command::new(exe)
                .arg("--input")
                .arg(input)
                .args(["--memory", registered.api, reader.arg()])
                .arg(if announced { "announced" } else { "chunked" })
                .output()
                .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
            let text = String::from_utf8_lossy(&output.stdout);
            if !output.status.success() {
                return Err(format!(
                    "the memory run of {} ({}) failed: {}",
                    registered.api,
                    reader.arg(),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            text.trim()
                .parse()
                .map_err(|_| format!("the memory run printed `{}`, not a number", text.trim()))
        };
        let side = |name: String, bytes: u64| Side {
            name,
            mean_ns: 0.0,
            p50_ns: 0.0,
            p99_ns: 0.0,
            samples: 1,
            peak_bytes: Some(bytes),
        };
        rows.push(Comparison {
            group: "memory".to_owned(),
            case: format!(
                "{} {}, a {} MiB body, {framing}",
                registered.api,
                registered.operation,
                LARGE_BODY >> 20
            ),
            bytes: LARGE_BODY as usize,
            subject: side(
                format!(
                    "generated client (bound {} MiB)",
                    DEFAULT_MAX_BODY_SIZE >> 20
                ),
                peak(Reader::Client)?,
            ),
            baseline: side("raw reqwest, read whole".to_owned(), peak(Reader::Raw)?),
            bound_bytes: Some(DEFAULT_MAX_BODY_SIZE as u64),
        });
    }
    Ok(rows)
}

/// In the child process: reads the large body once with `reader` and
/// returns how far the resident set rose above where it rested before.
pub fn measure(
    registered: &Registered,
    request_body: Value,
    reader: Reader,
    announced: bool,
) -> Result<u64, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a tokio runtime: {e}"))?;
    runtime.block_on(async {
        let server = crate::server::Server::start_large(LARGE_BODY, announced)
            .await
            .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
        let resting = status_kib("VmRSS")?;
        (registered.memory)(server.base_url(), request_body, reader).await?;
        let peak = status_kib("VmHWM")?;
        Ok(peak.saturating_sub(resting) * 1024)
    })
}

/// A figure of `/proc/self/status`, in KiB.
fn status_kib(field: &str) -> Result<u64, String> {
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("peak memory is read from /proc/self/status: {e}"))?;
    status
        .lines()
        .find_map(|line| {
            let value = line.strip_prefix(field)?.strip_prefix(':')?;
            value.trim().strip_suffix("kB")?.trim().parse().ok()
        })
        .ok_or_else(|| format!("/proc/self/status has no `{field}`"))
}

/// Which side of the streamed-download row a process measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    /// A generated client's `send_streaming()`, its chunks counted.
    Streamed,
    /// Raw reqwest reading the whole body with `bytes()`.
    Whole,
}

impl Download {
    fn arg(self) -> &'static str {
        match self {
            Download::Streamed => "streamed",
            Download::Whole => "whole",
        }
    }

    /// The side an argument names.
    pub fn from_arg(arg: &str) -> Option<Download> {
        match arg {
            "streamed" => Some(Download::Streamed),
            "whole" => Some(Download::Whole),
            _ => None,
        }
    }
}

/// The streamed-download row: a 1 GiB file through a generated client's
/// `send_streaming()` against raw reqwest reading it whole, each in a
/// process of its own (`exe --memory-download <side>`).
pub fn download_row(exe: &Path) -> Result<Comparison, String> {
    eprintln!("memory: a {} GiB download, streamed", DOWNLOAD >> 30);
    let peak = |side: Download| -> Result<u64, String> {
        let output = Command::new(exe)
            .args(["--memory-download", side.arg()])
            .output()
            .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
        let text = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            return Err(format!(
                "the download run ({}) failed: {}",
                side.arg(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        text.trim()
            .parse()
            .map_err(|_| format!("the download run printed `{}`, not a number", text.trim()))
    };
    let side = |name: &str, bytes: u64| Side {
        name: name.to_owned(),
        mean_ns: 0.0,
        p50_ns: 0.0,
        p99_ns: 0.0,
        samples: 1,
        peak_bytes: Some(bytes),
    };
    Ok(Comparison {
        group: "memory".to_owned(),
        case: format!(
            "a {} GiB file (bodies-by-media-type getInvoice), chunked",
            DOWNLOAD >> 30
        ),
        bytes: DOWNLOAD as usize,
        subject: side(
            "generated client, send_streaming()",
            peak(Download::Streamed)?,
        ),
        baseline: side("raw reqwest, read whole", peak(Download::Whole)?),
        bound_bytes: Some(DEFAULT_MAX_BODY_SIZE as u64),
    })
}

/// In the child process: downloads the 1 GiB file once, as `side` says,
/// and returns how far the resident set rose above where it rested.
pub fn measure_download(side: Download) -> Result<u64, String> {
    use codegen_corpus::bodies_by_media_type::Client;
    use futures_util::StreamExt;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a tokio runtime: {e}"))?;
    runtime.block_on(async {
        let server = crate::server::Server::start_large(DOWNLOAD, false)
            .await
            .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
        let client = Client::builder()
            .base_url(server.base_url())
            // Reading a gibibyte takes longer than the default deadline on
            // a slow machine.
            .deadline(std::time::Duration::from_secs(600))
            .build()
            .map_err(|e| e.to_string())?;
        let resting = status_kib("VmRSS")?;
        let read = match side {
            Download::Streamed => {
                let mut stream = client
                    .get_invoice()
                    .id("i-1")
                    .send_streaming()
                    .await
                    .map_err(|e| e.to_string())?
                    .into_inner();
                let mut read = 0u64;
                while let Some(chunk) = stream.next().await {
                    read += chunk.map_err(|e| e.to_string())?.len() as u64;
                }
                read
            }
            Download::Whole => {
                let url = format!("{}/invoices/i-1", server.base_url());
                let bytes = adobe_cpapi::reqwest::get(url)
                    .await
                    .and_then(|r| r.error_for_status())
                    .map_err(|e| e.to_string())?
                    .bytes()
                    .await
                    .map_err(|e| e.to_string())?;
                bytes.len() as u64
            }
        };
        if read != DOWNLOAD {
            return Err(format!("read {read} bytes of {DOWNLOAD}"));
        }
        let peak = status_kib("VmHWM")?;
        Ok(peak.saturating_sub(resting) * 1024)
    })
}

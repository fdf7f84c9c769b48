//! Calls from code that is not async (a command-line tool, a build script):
//! each operation's `send_blocking()`, with the `blocking` feature, runs
//! the same `send()` to its end on a runtime of the client's own and
//! returns its result. There is no second call path: retries, deadlines,
//! credentials, request ids and tracing are the async call's.
//!
//! The runtime is one worker thread, started by the first blocking call of
//! the process and kept, shared by every client: connections the HTTP
//! clients pool stay served by it between calls. A call blocks the calling
//! thread only; several threads may call at once.
//!
//! On a thread of an async runtime it is refused, never sent: in an async
//! task it would hold a thread the runtime counts on (and wait forever for
//! anything served by that runtime, a test's server say). tokio cannot tell
//! that thread from one of its `spawn_blocking` threads, so there too it is
//! refused; use `send().await`, or `Handle::current().block_on(send())`
//! inside `spawn_blocking`.

use std::future::Future;
use std::sync::OnceLock;

use crate::error::Error;

/// Runs `call` (an operation's `send()`) to its end, blocking this thread.
///
/// Inside an async runtime this would block one of the runtime's threads,
/// and tokio refuses it with a panic: it is an [`Error::InvalidRequest`]
/// instead, never sent; use `send().await` there.
pub fn wait<T, E>(call: impl Future<Output = Result<T, Error<E>>>) -> Result<T, Error<E>> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(Error::InvalidRequest(
            "send_blocking() was called on a thread of an async runtime, which it would block: \
             use send().await there (or Handle::current().block_on(send()) inside spawn_blocking)"
                .into(),
        ));
    }
    match runtime() {
        Ok(runtime) => runtime.block_on(call),
        Err(message) => Err(Error::InvalidRequest(message.clone())),
    }
}

/// The process's runtime for blocking calls, started on first use.
fn runtime() -> &'static Result<tokio::runtime::Runtime, String> {
    static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("client-runtime-blocking")
            .enable_all()
            .build()
            .map_err(|e| format!("the runtime for blocking calls could not start: {e}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_future_runs_to_its_end_on_the_blocking_runtime() {
        let answer: Result<u32, Error<()>> = wait(async {
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            Ok(7)
        });
        assert_eq!(answer.ok(), Some(7));
    }

    #[tokio::test]
    async fn inside_an_async_runtime_it_is_refused_not_a_panic() {
        let answer: Result<u32, Error<()>> = wait(async { Ok(7) });
        assert!(
            matches!(&answer, Err(Error::InvalidRequest(m)) if m.contains("send().await")),
            "{answer:?}"
        );
    }
}

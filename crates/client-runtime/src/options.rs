//! What one call may set for itself, over the client's settings.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};

use crate::retry::RetryPolicy;

/// Per-call overrides of the client's deadline, retry policy and attempt
/// timeout, and headers for one call. The default overrides nothing.
///
/// Generated operation builders hold one and fill it from their
/// `.deadline(..)`, `.retry(..)`, `.attempt_timeout(..)` and `.header(..)`
/// setters.
///
/// ```
/// use std::time::Duration;
/// use client_runtime::{CallOptions, RetryPolicy};
///
/// let options = CallOptions::new()
///     .with_deadline(Duration::from_secs(5))
///     .with_retry(RetryPolicy::none());
/// assert_eq!(options.deadline(), Some(Duration::from_secs(5)));
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CallOptions {
    deadline: Option<Duration>,
    retry: Option<RetryPolicy>,
    attempt_timeout: Option<Duration>,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A header's value may be a secret: its name only.
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("CallOptions")
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("headers", &names)
            .finish()
    }
}

impl CallOptions {
    /// No overrides: the client's settings apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// This call's deadline: the longest the whole call may take, attempts
    /// and back-off sleeps included, from when it starts.
    pub fn set_deadline(&mut self, deadline: Duration) {
        self.deadline = Some(deadline);
    }

    /// This call's retry policy.
    pub fn set_retry(&mut self, retry: RetryPolicy) {
        self.retry = Some(retry);
    }

    /// How long each attempt of this call may take (the client's
    /// attempt timeout when not set).
    pub fn set_attempt_timeout(&mut self, timeout: Duration) {
        self.attempt_timeout = Some(timeout);
    }

    /// A header to send with this call, besides those its spec declares.
    /// A header the request has already (`Content-Type`, `Accept`, one its
    /// spec declares and the call was given) keeps its value, and so do
    /// the client's credentials. The value is marked sensitive: no log
    /// shows it.
    pub fn add_header(&mut self, name: HeaderName, mut value: HeaderValue) {
        value.set_sensitive(true);
        self.headers.push((name, value));
    }

    /// [`set_deadline`](Self::set_deadline), by value.
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.set_deadline(deadline);
        self
    }

    /// [`set_retry`](Self::set_retry), by value.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.set_retry(retry);
        self
    }

    /// The deadline set for this call, if any.
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The retry policy set for this call, if any.
    pub fn retry(&self) -> Option<&RetryPolicy> {
        self.retry.as_ref()
    }

    /// The attempt timeout set for this call, if any.
    pub fn attempt_timeout(&self) -> Option<Duration> {
        self.attempt_timeout
    }

    /// The headers added for this call.
    pub fn headers(&self) -> &[(HeaderName, HeaderValue)] {
        &self.headers
    }
}

//! What one call may set for itself, over the client's settings.

use std::time::Duration;

use crate::retry::RetryPolicy;

/// Per-call overrides of the client's deadline and retry policy. The
/// default overrides nothing.
///
/// Generated operation builders hold one and fill it from their
/// `.deadline(..)` and `.retry(..)` setters.
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallOptions {
    deadline: Option<Duration>,
    retry: Option<RetryPolicy>,
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
}

//! How many attempts a call may make, and how long to wait between them.

use std::time::{Duration, SystemTime};

use retry_policies::policies::ExponentialBackoff;
use retry_policies::{Jitter, RetryDecision, RetryPolicy as _};

/// How many attempts a call may make and how long it waits before each
/// retry: exponential back-off with full jitter.
///
/// The wait before retry number `n` (1 for the first retry) is drawn
/// uniformly between zero and `min(max_backoff, first_backoff × 2ⁿ⁻¹)`.
/// A server's `Retry-After` makes it wait at least that long, and the call's
/// deadline bounds it all (see the crate documentation).
///
/// ```
/// use std::time::Duration;
/// use client_runtime::RetryPolicy;
///
/// let default = RetryPolicy::default(); // 3 attempts, 200 ms, capped at 5 s
/// assert_eq!(default.max_attempts(), 3);
/// let patient = RetryPolicy::exponential(5, Duration::from_millis(500), Duration::from_secs(10));
/// assert_eq!(patient.max_attempts(), 5);
/// assert_eq!(RetryPolicy::none().max_attempts(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    backoff: ExponentialBackoff,
}

impl RetryPolicy {
    /// Attempts a call makes in all, unless configured otherwise.
    pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
    /// The upper bound of the first back-off, unless configured otherwise.
    pub const DEFAULT_FIRST_BACKOFF: Duration = Duration::from_millis(200);
    /// No back-off is longer than this, unless configured otherwise.
    pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(5);

    /// One attempt: nothing is retried.
    pub fn none() -> Self {
        Self::exponential(1, Duration::ZERO, Duration::ZERO)
    }

    /// At most `max_attempts` attempts in all (the first included; 0 counts
    /// as 1), waiting up to `first_backoff` before the first retry, twice as
    /// long before each next one, and never more than `max_backoff` (a
    /// `first_backoff` above `max_backoff` is lowered to it).
    pub fn exponential(max_attempts: u32, first_backoff: Duration, max_backoff: Duration) -> Self {
        let max_attempts = max_attempts.max(1);
        let backoff = ExponentialBackoff::builder()
            .retry_bounds(first_backoff.min(max_backoff), max_backoff)
            .jitter(Jitter::Full)
            .base(2)
            .build_with_max_retries(max_attempts - 1);
        RetryPolicy {
            max_attempts,
            backoff,
        }
    }

    /// How many attempts a call makes at most, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The upper bound of the wait before the first retry.
    pub fn first_backoff(&self) -> Duration {
        self.backoff.min_retry_interval
    }

    /// The longest wait between two attempts (before `Retry-After`).
    pub fn max_backoff(&self) -> Duration {
        self.backoff.max_retry_interval
    }

    /// How long to wait after `attempts_made` attempts before the next one,
    /// or `None` when no attempt is left.
    pub(crate) fn backoff(&self, attempts_made: u32) -> Option<Duration> {
        let retries_made = attempts_made.checked_sub(1)?;
        let now = SystemTime::now();
        match self.backoff.should_retry(now, retries_made) {
            RetryDecision::DoNotRetry => None,
            RetryDecision::Retry { execute_after } => {
                Some(execute_after.duration_since(now).unwrap_or(Duration::ZERO))
            }
        }
    }
}

impl Default for RetryPolicy {
    /// [`DEFAULT_MAX_ATTEMPTS`](Self::DEFAULT_MAX_ATTEMPTS) attempts, from
    /// [`DEFAULT_FIRST_BACKOFF`](Self::DEFAULT_FIRST_BACKOFF), capped at
    /// [`DEFAULT_MAX_BACKOFF`](Self::DEFAULT_MAX_BACKOFF).
    fn default() -> Self {
        Self::exponential(
            Self::DEFAULT_MAX_ATTEMPTS,
            Self::DEFAULT_FIRST_BACKOFF,
            Self::DEFAULT_MAX_BACKOFF,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: usize = 2000;

    fn waits(policy: &RetryPolicy, attempts_made: u32) -> Vec<Duration> {
        (0..SAMPLES)
            .map(|_| policy.backoff(attempts_made).expect("an attempt is left"))
            .collect()
    }

    #[test]
    fn default_policy_is_three_attempts_from_200ms_capped_at_5s() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.max_attempts(), 3);
        assert_eq!(policy.first_backoff(), Duration::from_millis(200));
        assert_eq!(policy.max_backoff(), Duration::from_secs(5));
    }

    #[test]
    fn each_backoff_is_full_jitter_under_its_exponential_bound() {
        let policy =
            RetryPolicy::exponential(4, Duration::from_millis(200), Duration::from_secs(5));
        for (attempts_made, bound) in [(1, 200), (2, 400), (3, 800)] {
            let bound = Duration::from_millis(bound);
            let waits = waits(&policy, attempts_made);
            let longest = waits.iter().max().unwrap();
            let shortest = waits.iter().min().unwrap();
            // retry-policies computes the wait in floating point: a draw at
            // the top of the range lands past it, by up to 0.5 % (seen:
            // 804 ms for 800).
            assert!(
                *longest <= bound + bound / 100,
                "after {attempts_made}: {longest:?} > {bound:?}"
            );
            // Full jitter spreads over the whole range, down to nearly zero:
            // among 2000 uniform draws, one below a quarter and one above
            // three quarters of the bound is all but certain.
            assert!(*shortest < bound / 4, "after {attempts_made}: {shortest:?}");
            assert!(
                *longest > bound * 3 / 4,
                "after {attempts_made}: {longest:?}"
            );
        }
    }

    #[test]
    fn backoff_is_capped() {
        let policy = RetryPolicy::exponential(30, Duration::from_secs(1), Duration::from_secs(5));
        for wait in waits(&policy, 20) {
            assert!(wait <= Duration::from_secs(5), "{wait:?}");
        }
    }

    #[test]
    fn no_backoff_once_the_attempts_are_spent() {
        let policy = RetryPolicy::default();
        assert!(policy.backoff(2).is_some());
        assert_eq!(policy.backoff(3), None);
        assert_eq!(RetryPolicy::none().backoff(1), None);
        assert_eq!(
            RetryPolicy::exponential(0, Duration::ZERO, Duration::ZERO).max_attempts(),
            1
        );
    }

    #[test]
    fn a_first_backoff_above_the_cap_is_lowered_to_it() {
        let policy = RetryPolicy::exponential(2, Duration::from_secs(9), Duration::from_secs(1));
        assert_eq!(policy.first_backoff(), Duration::from_secs(1));
        assert!(policy.backoff(1).unwrap() <= Duration::from_secs(1));
    }
}

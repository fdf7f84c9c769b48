//! The `Retry-After` response header: how long the server asks the client
//! to wait, as a number of seconds or as an HTTP date.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// How long from `now` the response's `Retry-After` asks to wait, if it has
/// one that parses; a date in the past asks for no wait.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // More seconds than a u64 holds is "never" for any deadline.
        let seconds = value.parse().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn parsed(value: &str, now: SystemTime) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        retry_after(&headers, now)
    }

    #[test]
    fn seconds() {
        let now = SystemTime::now();
        assert_eq!(parsed("1", now), Some(Duration::from_secs(1)));
        assert_eq!(parsed(" 120 ", now), Some(Duration::from_secs(120)));
        assert_eq!(parsed("0", now), Some(Duration::ZERO));
        assert_eq!(
            parsed("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
    }

    #[test]
    fn http_dates_are_measured_from_now() {
        // Sun, 06 Nov 1994 08:49:37 GMT, the RFC's own example.
        let date = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        let now = date - Duration::from_secs(90);
        assert_eq!(
            parsed("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(Duration::from_secs(90))
        );
        // The two obsolete forms HTTP still accepts.
        assert_eq!(
            parsed("Sunday, 06-Nov-94 08:49:37 GMT", now),
            Some(Duration::from_secs(90))
        );
        assert_eq!(
            parsed("Sun Nov  6 08:49:37 1994", now),
            Some(Duration::from_secs(90))
        );
    }

    #[test]
    fn a_past_date_means_no_wait() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777 + 5);
        assert_eq!(
            parsed("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn anything_else_is_ignored() {
        let now = SystemTime::now();
        for value in ["", "-1", "1.5", "soon", "Sun, 06 Nov 1994"] {
            assert_eq!(parsed(value, now), None, "{value:?}");
        }
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }
}

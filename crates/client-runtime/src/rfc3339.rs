//! Date-times written as JSON in one piece: the generated models' date-time
//! fields serialize through here (`cargo xtask codegen` adds the
//! `serialize_with`), because chrono's own `Serialize` formats through
//! `Display`, which serde_json escapes fragment by fragment; that made a
//! date-time about eight times as slow to encode as a string.
//!
//! The text is exactly chrono's: `2022-11-30T10:34:58.517Z`, with the
//! fraction of a second in 3, 6 or 9 digits as needed, or none. A year
//! outside `0..=9999` or a leap second is left to chrono itself.

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::{Serialize, Serializer};

/// The longest text written here: `9999-12-31T23:59:59.999999999Z`.
const MAX_LEN: usize = 30;

/// Serializes a date-time as chrono does, in one string.
///
/// ```
/// # use client_runtime::reexports::chrono::{DateTime, Utc};
/// #[derive(serde::Serialize)]
/// struct Order {
///     #[serde(serialize_with = "client_runtime::rfc3339::serialize")]
///     created_at: DateTime<Utc>,
/// }
/// let created_at = "2022-11-30T10:34:58.517Z".parse().unwrap();
/// let json = serde_json::to_string(&Order { created_at }).unwrap();
/// assert_eq!(json, r#"{"created_at":"2022-11-30T10:34:58.517Z"}"#);
/// ```
pub fn serialize<S: Serializer>(value: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    let mut buffer = [0u8; MAX_LEN];
    match write(value, &mut buffer) {
        Some(len) => serializer.serialize_str(as_str(&buffer[..len])),
        None => value.serialize(serializer),
    }
}

/// [`serialize`] for an optional date-time: `null` for `None`, as serde
/// writes it (a field that skips `None` never gets here).
pub fn serialize_option<S: Serializer>(
    value: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serialize(value, serializer),
        None => serializer.serialize_none(),
    }
}

/// Writes `value` into `buffer`, returning the length, or `None` when chrono
/// writes it another way (a year outside `0..=9999`, a leap second).
fn write(value: &DateTime<Utc>, buffer: &mut [u8; MAX_LEN]) -> Option<usize> {
    let date = value.date_naive();
    let time = value.time();
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = time.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    let mut text = Text { buffer, len: 0 };
    text.digits(4, year);
    text.byte(b'-');
    text.digits(2, date.month());
    text.byte(b'-');
    text.digits(2, date.day());
    text.byte(b'T');
    text.digits(2, time.hour());
    text.byte(b':');
    text.digits(2, time.minute());
    text.byte(b':');
    text.digits(2, time.second());
    // As few digits of the fraction as say it exactly: 0, 3, 6 or 9.
    let fraction = match nanos {
        0 => None,
        n if n % 1_000_000 == 0 => Some((3, n / 1_000_000)),
        n if n % 1_000 == 0 => Some((6, n / 1_000)),
        n => Some((9, n)),
    };
    if let Some((count, n)) = fraction {
        text.byte(b'.');
        text.digits(count, n);
    }
    text.byte(b'Z');
    Some(text.len)
}

/// A text being written into a buffer long enough for it.
struct Text<'a> {
    buffer: &'a mut [u8; MAX_LEN],
    len: usize,
}

impl Text<'_> {
    fn byte(&mut self, byte: u8) {
        self.buffer[self.len] = byte;
        self.len += 1;
    }

    /// `n` in exactly `count` decimal digits, zeros first.
    fn digits(&mut self, count: usize, mut n: u32) {
        for place in self.buffer[self.len..self.len + count].iter_mut().rev() {
            *place = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.len += count;
    }
}

fn as_str(ascii: &[u8]) -> &str {
    std::str::from_utf8(ascii).expect("only ASCII digits and separators are written")
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};

    use super::*;

    #[derive(Serialize)]
    struct Ours(#[serde(serialize_with = "serialize")] DateTime<Utc>);

    #[derive(Serialize)]
    struct OursOptional(#[serde(serialize_with = "serialize_option")] Option<DateTime<Utc>>);

    fn assert_as_chrono(value: DateTime<Utc>) {
        assert_eq!(
            serde_json::to_string(&Ours(value)).unwrap(),
            serde_json::to_string(&value).unwrap(),
            "{value:?}"
        );
    }

    fn at(year: i32, month: u32, day: u32, h: u32, m: u32, s: u32, nanos: u32) -> DateTime<Utc> {
        let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
        Utc.from_utc_datetime(&date.and_hms_nano_opt(h, m, s, nanos).unwrap())
    }

    #[test]
    fn writes_what_chrono_writes_at_every_precision_and_edge() {
        for nanos in [
            0,
            1,
            10,
            999,
            1_000,
            517_000,
            1_000_000,
            517_000_000,
            517_123_000,
            517_123_456,
            999_999_999,
            // A leap second, which chrono writes as second 60.
            1_500_000_000,
        ] {
            assert_as_chrono(at(2022, 11, 30, 10, 34, 59, nanos));
        }
        for year in [-1, 0, 1, 9, 99, 999, 1970, 9999, 10_000, 262_000] {
            assert_as_chrono(at(year, 1, 2, 3, 4, 5, 6_000_000));
            assert_as_chrono(at(year, 12, 31, 23, 59, 59, 0));
        }
    }

    #[test]
    fn writes_what_chrono_writes_over_many_instants() {
        // A deterministic spread over 1900..2200, every precision.
        for seed in crate::test_spread(0x2545_f491_4f6c_dd1d, 20_000) {
            let seconds = (seed % 9_467_280_000) as i64 - 2_208_988_800;
            let nanos = match seed % 4 {
                0 => 0,
                1 => (seed >> 8) as u32 % 1_000 * 1_000_000,
                2 => (seed >> 8) as u32 % 1_000_000 * 1_000,
                _ => (seed >> 8) as u32 % 1_000_000_000,
            };
            assert_as_chrono(Utc.timestamp_opt(seconds, nanos).unwrap());
        }
    }

    #[test]
    fn an_absent_date_time_is_null() {
        let value = at(2019, 5, 2, 22, 49, 54, 0);
        assert_eq!(
            serde_json::to_string(&OursOptional(Some(value))).unwrap(),
            r#""2019-05-02T22:49:54Z""#
        );
        assert_eq!(serde_json::to_string(&OursOptional(None)).unwrap(), "null");
    }
}

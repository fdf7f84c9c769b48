//! Numbers a spec types `number` (Rust `f64`) written as they are sent: a
//! whole value without a fraction (`10`, not `10.0`). The generated models'
//! `f64` fields serialize through here (`cargo xtask codegen` adds the
//! `serialize_with`), so that a decoded body is written back as it came, a
//! server that parses an amount or an id as an integer accepts what a client
//! sends, and a whole number costs an integer's formatting, not a float's.
//!
//! Only values that an `f64` holds exactly as an integer are written so
//! (up to 2⁵³ in size); any other value, `-0.0` included, is written as
//! serde_json writes an `f64`.

use serde::Serializer;

/// The largest size below which every whole `f64` is an exact integer.
const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53

/// Serializes `value` as an integer when it is whole, else as an `f64`.
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Line {
///     #[serde(serialize_with = "client_runtime::number::serialize")]
///     price: f64,
/// }
/// assert_eq!(serde_json::to_string(&Line { price: 10.0 }).unwrap(), r#"{"price":10}"#);
/// assert_eq!(serde_json::to_string(&Line { price: 12.99 }).unwrap(), r#"{"price":12.99}"#);
/// ```
pub fn serialize<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    let value = *value;
    if value.fract() == 0.0 && value.abs() < EXACT && !(value == 0.0 && value.is_sign_negative()) {
        // Exact: a whole number below 2^53 in size converts without loss.
        serializer.serialize_i64(value as i64)
    } else {
        serializer.serialize_f64(value)
    }
}

/// [`serialize`] for an optional number: `null` for `None`, as serde writes
/// it (a field that skips `None` never gets here).
pub fn serialize_option<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serialize(value, serializer),
        None => serializer.serialize_none(),
    }
}

/// [`serialize`] for each number of a list.
pub fn serialize_list<S: Serializer>(values: &[f64], serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = serializer.serialize_seq(Some(values.len()))?;
    for value in values {
        seq.serialize_element(&Whole(*value))?;
    }
    seq.end()
}

/// One number, serialized by [`serialize`].
struct Whole(f64);

impl serde::Serialize for Whole {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(&self.0, serializer)
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde_json::{Value, json};

    #[derive(Serialize)]
    struct Model {
        #[serde(serialize_with = "super::serialize")]
        plain: f64,
        #[serde(serialize_with = "super::serialize_option")]
        optional: Option<f64>,
        #[serde(serialize_with = "super::serialize_list")]
        list: Vec<f64>,
    }

    fn written(value: f64) -> String {
        serde_json::to_string(&Model {
            plain: value,
            optional: Some(value),
            list: vec![value],
        })
        .unwrap()
    }

    #[test]
    fn a_whole_number_is_written_without_a_fraction() {
        for (value, text) in [
            (10.0, "10"),
            (0.0, "0"),
            (-3.0, "-3"),
            (1_000_000_006.0, "1000000006"),
            (9_007_199_254_740_991.0, "9007199254740991"),
        ] {
            assert_eq!(
                written(value),
                format!(r#"{{"plain":{text},"optional":{text},"list":[{text}]}}"#)
            );
        }
    }

    #[test]
    fn any_other_number_is_written_as_an_f64() {
        for value in [
            12.99,
            -0.5,
            -0.0,
            9_007_199_254_740_992.0,
            1.2312312312312322e23,
            1e300,
        ] {
            let text = serde_json::to_string(&value).unwrap();
            assert_eq!(
                written(value),
                format!(r#"{{"plain":{text},"optional":{text},"list":[{text}]}}"#)
            );
        }
    }

    #[test]
    fn every_number_reads_back_as_the_same_number() {
        for seed in crate::test_spread(0x9e37_79b9_7f4a_7c15, 20_000) {
            let value = match seed % 3 {
                0 => (seed >> 11) as f64,
                1 => ((seed >> 20) as f64) / 100.0,
                _ => f64::from_bits(seed >> 2),
            };
            if !value.is_finite() {
                continue;
            }
            let text = written(value);
            let back: Value = serde_json::from_str(&text).unwrap();
            if back["plain"].is_i64() {
                // Written as an integer: read back exactly.
                assert_eq!(
                    back["plain"].as_i64().map(|n| n as f64),
                    Some(value),
                    "{value:e}"
                );
            } else {
                // Written as serde_json writes the f64.
                let own = serde_json::to_string(&value).unwrap();
                assert_eq!(
                    text,
                    format!(r#"{{"plain":{own},"optional":{own},"list":[{own}]}}"#)
                );
            }
            assert_eq!(back["list"], json!([back["plain"]]));
        }
    }

    #[test]
    fn an_absent_number_is_null() {
        let model = Model {
            plain: 1.5,
            optional: None,
            list: Vec::new(),
        };
        assert_eq!(
            serde_json::to_string(&model).unwrap(),
            r#"{"plain":1.5,"optional":null,"list":[]}"#
        );
    }
}

//! Comparing JSON as the models mean it: what a decode and re-encode may
//! change, and nothing else.
//!
//! These changes are the normalizations recorded in specs/QUIRKS.md:
//! - N5, a whole number read with a fraction or an exponent (`1.0`, `1e3`)
//!   may be written as the integer it is (`1`, `1000`);
//! - N2, a `date-time` string is compared by the instant it names: chrono
//!   writes `2019-01-01T00:00:00.000Z` back as `2019-01-01T00:00:00Z`;
//! - N3, a field that was `null` may be absent;
//! - N4, a field that was an empty array or object may be absent.
//!
//! Anything else (a field dropped, renamed or added, a string that became a
//! number, a number written another way, `10` as `10.0`, an array that lost
//! an item) is a difference, reported at the JSON
//! pointer where it first appears.

use serde_json::Value;

/// The first place where `actual` differs from `expected`, as
/// `"<json pointer>: <what differs>"`, or `None` when they are the same.
pub fn first_difference(expected: &Value, actual: &Value) -> Option<String> {
    difference_at(String::new(), expected, actual)
}

/// Panics with the place of the first difference, if any.
#[track_caller]
pub fn assert_same_json(expected: &Value, actual: &Value) {
    if let Some(difference) = first_difference(expected, actual) {
        panic!("JSON differs at {difference}");
    }
}

fn difference_at(pointer: String, expected: &Value, actual: &Value) -> Option<String> {
    let at = |what: String| {
        let place = if pointer.is_empty() {
            "/".to_owned()
        } else {
            pointer.clone()
        };
        Some(format!("{place}: {what}"))
    };
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, e_value) in e {
                let child = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                match a.get(key) {
                    Some(a_value) => {
                        if let Some(d) = difference_at(child, e_value, a_value) {
                            return Some(d);
                        }
                    }
                    None if is_empty_or_null(e_value) => {}
                    None => return at(format!("field `{key}` was dropped")),
                }
            }
            a.keys()
                .find(|key| !e.contains_key(*key))
                .and_then(|key| at(format!("field `{key}` was added")))
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return at(format!("{} items became {}", e.len(), a.len()));
            }
            e.iter()
                .zip(a)
                .enumerate()
                .find_map(|(i, (e, a))| difference_at(format!("{pointer}/{i}"), e, a))
        }
        (Value::Number(e), Value::Number(a)) => {
            // Written as it was read: an integer as an integer, a float as
            // the same float; or a whole float as its integer (N5).
            let whole_as_integer = e.is_f64()
                && !a.is_f64()
                && e.as_f64().is_some_and(|x| x.fract() == 0.0)
                && e.as_f64() == a.as_f64();
            if e == a || whole_as_integer {
                None
            } else {
                at(format!("{e} became {a}"))
            }
        }
        (Value::String(e), Value::String(a)) => {
            if e == a || same_instant(e, a) {
                None
            } else {
                at(format!("{e:?} became {a:?}"))
            }
        }
        (e, a) if e == a => None,
        (e, a) => at(format!("{} became {}", kind(e), kind(a))),
    }
}

fn is_empty_or_null(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        _ => false,
    }
}

fn same_instant(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_normalizations_are_not_differences() {
        let documented = json!({
            "amount": 10, "at": "2019-01-01T00:00:00.000Z",
            "gone": null, "tags": [], "map": {}
        });
        let written = json!({"amount": 10, "at": "2019-01-01T00:00:00Z"});
        assert_eq!(first_difference(&documented, &written), None);
        // A whole number read with a fraction may lose it (N5)...
        let read = json!({"amount": 10.0, "id": 1e3});
        let written = json!({"amount": 10, "id": 1000});
        assert_eq!(first_difference(&read, &written), None);
        // ...but one read without a fraction may not gain one (N1 is gone),
        // and a fraction that is not zero is kept.
        assert_eq!(
            first_difference(&json!({"amount": 10}), &json!({"amount": 10.0})),
            Some("/amount: 10 became 10.0".to_owned())
        );
        assert!(first_difference(&json!({"amount": 10.5}), &json!({"amount": 10})).is_some());
        // But a dropped empty string, zero or false is a difference.
        for kept in [json!(""), json!(0), json!(false)] {
            let documented = json!({"kept": kept});
            assert!(first_difference(&documented, &json!({})).is_some());
        }
    }

    #[test]
    fn differences_are_named_at_their_json_pointer() {
        let documented = json!({"a": {"b/c": [1, {"d": "x"}]}});
        let cases = [
            (
                json!({"a": {"b/c": [1, {"d": 1}]}}),
                "/a/b~1c/1/d: string \"x\" became number 1",
            ),
            (
                json!({"a": {"b/c": [1, {}]}}),
                "/a/b~1c/1: field `d` was dropped",
            ),
            (
                json!({"a": {"b/c": [1, {"d": "x", "e": 0}]}}),
                "/a/b~1c/1: field `e` was added",
            ),
            (json!({"a": {"b/c": [1]}}), "/a/b~1c: 2 items became 1"),
            (
                json!({"a": {"b/c": [2, {"d": "x"}]}}),
                "/a/b~1c/0: 1 became 2",
            ),
            (
                json!({"a": {"b/c": [1, {"d": "2019-01-01T00:00:00Z"}]}}),
                "/a/b~1c/1/d: \"x\" became \"2019-01-01T00:00:00Z\"",
            ),
        ];
        for (changed, expected) in cases {
            assert_eq!(
                first_difference(&documented, &changed).as_deref(),
                Some(expected)
            );
        }
    }

    #[test]
    fn different_instants_differ() {
        let d = first_difference(
            &json!("2019-01-01T00:00:00Z"),
            &json!("2019-01-01T00:00:01Z"),
        );
        assert!(d.is_some());
    }
}

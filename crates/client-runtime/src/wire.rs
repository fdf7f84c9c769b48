//! How typed values look on the wire, for code that must match what a
//! client sends without sending it itself: the mock companion crates match
//! a typed query parameter against the strings the client puts in the URL.

use serde::Serialize;

/// The query-string values a typed parameter is sent as: one for a scalar,
/// one per item for a list (sent as repeated keys), none for a null. Strings
/// are sent as they are, numbers and booleans as JSON writes them.
///
/// ```
/// assert_eq!(client_runtime::wire::query_values(&vec!["1000", "1002"]), ["1000", "1002"]);
/// assert_eq!(client_runtime::wire::query_values(&25u64), ["25"]);
/// assert!(client_runtime::wire::query_values(&None::<u8>).is_empty());
/// ```
pub fn query_values<T: Serialize + ?Sized>(value: &T) -> Vec<String> {
    fn flatten(value: serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => out.push(s),
            serde_json::Value::Array(items) => {
                for item in items {
                    flatten(item, out);
                }
            }
            other => out.push(other.to_string()),
        }
    }
    let mut out = Vec::new();
    // A value that does not serialize sends nothing; the generated types
    // always serialize.
    if let Ok(value) = serde_json::to_value(value) {
        flatten(value, &mut out);
    }
    out
}

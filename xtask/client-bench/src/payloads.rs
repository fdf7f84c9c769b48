//! Which payloads are measured: each API's largest documented example, and
//! a synthetic one grown from a documented example to a given size.

use serde_json::Value;

use crate::input::DocumentedExample;

/// The largest of `examples` (by compact JSON size) that `keep` accepts; the
/// first of equals.
pub fn largest(
    examples: &[DocumentedExample],
    keep: impl Fn(&DocumentedExample) -> bool,
) -> Option<&DocumentedExample> {
    examples
        .iter()
        .filter(|e| keep(e))
        .fold(None, |best: Option<&DocumentedExample>, e| match best {
            Some(b) if b.bytes() >= e.bytes() => Some(b),
            _ => Some(e),
        })
}

/// `value` with its largest array (by encoded size) lengthened, its own
/// items repeated in turn, until the whole encodes to at least `min_bytes`.
/// `None` when it has no array with an item.
pub fn grown(value: &Value, min_bytes: usize) -> Option<Value> {
    let pointer = largest_array(value, String::new())?.1;
    let mut grown = value.clone();
    let size = encoded_len(value);
    let items = grown.pointer_mut(&pointer)?.as_array_mut()?;
    let originals = items.clone();
    let per_item = originals.iter().map(encoded_len).sum::<usize>() / originals.len() + 1;
    let more = min_bytes.saturating_sub(size).div_ceil(per_item);
    items.extend(originals.iter().cycle().take(more).cloned());
    Some(grown)
}

/// The non-empty array with the largest encoding, with its JSON pointer.
fn largest_array(value: &Value, at: String) -> Option<(usize, String)> {
    let children: Box<dyn Iterator<Item = (String, &Value)>> = match value {
        Value::Array(items) => Box::new(items.iter().enumerate().map(|(i, v)| (i.to_string(), v))),
        Value::Object(fields) => Box::new(fields.iter().map(|(k, v)| (escape(k), v))),
        _ => return None,
    };
    let own = match value {
        Value::Array(items) if !items.is_empty() => Some((encoded_len(value), at.clone())),
        _ => None,
    };
    children
        .filter_map(|(key, child)| largest_array(child, format!("{at}/{key}")))
        .chain(own)
        .max_by_key(|(size, _)| *size)
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn encoded_len(value: &Value) -> usize {
    serde_json::to_vec(value).map_or(0, |v| v.len())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_largest_array_grows_to_the_size_asked() {
        let value =
            json!({"id": "x", "data": [{"items": [1, 2]}, {"items": [{"name": "long enough"}]}]});
        let longer = grown(&value, 2_000).unwrap();
        assert!(encoded_len(&longer) >= 2_000);
        let data = longer["data"].as_array().unwrap();
        assert!(data.len() > 2);
        assert_eq!(data[2], value["data"][0]);
        assert_eq!(data[3], value["data"][1]);
        assert_eq!(longer["id"], "x");
        assert_eq!(grown(&json!({"a": []}), 100), None);
    }
}

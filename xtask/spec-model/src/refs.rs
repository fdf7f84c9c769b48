//! JSON pointers into a spec, and the `$ref`s between its nodes.

use serde_json::Value;

/// Appends one reference token to a JSON pointer (RFC 6901 escaping).
pub fn pointer_push(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}

/// Follows local `$ref`s from the node at `pointer` to the node that holds
/// the content, and returns that node's pointer. A chain longer than 16
/// links (a cycle) stops where it is.
pub fn resolve(document: &Value, pointer: &str) -> String {
    let mut pointer = pointer.to_owned();
    for _ in 0..16 {
        match document
            .pointer(&pointer)
            .and_then(|node| node.get("$ref"))
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(target) => pointer = target.to_owned(),
            None => break,
        }
    }
    pointer
}

/// One `$ref` in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The pointer of the object that holds the `$ref`.
    pub at: String,
    /// The `$ref`'s value, such as `#/components/schemas/Order`.
    pub target: String,
}

/// Every `$ref` in the document, in document order. Examples are data, and
/// `x-` extensions are the vendor's: a `$ref` key inside either is not a
/// reference.
pub fn references(document: &Value) -> Vec<Reference> {
    fn walk(value: &Value, pointer: String, found: &mut Vec<Reference>) {
        match value {
            Value::Object(object) => {
                if let Some(target) = object.get("$ref").and_then(Value::as_str) {
                    found.push(Reference {
                        at: pointer.clone(),
                        target: target.to_owned(),
                    });
                }
                for (key, child) in object {
                    // Examples are data, and a vendor's `x-` extension is
                    // not OpenAPI: a `$ref` key in either refers to nothing
                    // the generator reads.
                    if key == "example" || key.starts_with("x-") {
                        continue;
                    }
                    walk(child, pointer_push(&pointer, key), found);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{pointer}/{i}"), found);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(document, String::new(), &mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resolves_chains_and_escapes_tokens() {
        let document = json!({
            "a": {"$ref": "#/b"},
            "b": {"$ref": "#/c~1d"},
            "c/d": {"type": "string"},
            "loop": {"$ref": "#/loop"},
        });
        assert_eq!(resolve(&document, "/a"), "/c~1d");
        assert_eq!(resolve(&document, "/loop"), "/loop");
        assert_eq!(pointer_push("/paths", "/v1/{id}~x"), "/paths/~1v1~1{id}~0x");
    }

    #[test]
    fn references_skip_examples_and_vendor_extensions() {
        let document = json!({
            "x": {"$ref": "#/y"},
            "example": {"$ref": "not a reference"},
            "x-examples": {"one": {"$ref": "#/components/examples/One/value"}},
            "list": [{"$ref": "#/z"}],
        });
        let targets: Vec<_> = references(&document)
            .into_iter()
            .map(|r| (r.at, r.target))
            .collect();
        assert_eq!(
            targets,
            [
                ("/list/0".to_owned(), "#/z".to_owned()),
                ("/x".to_owned(), "#/y".to_owned())
            ]
        );
    }
}

//! Checking a captured body (a request's or a response's) against what the
//! spec declares for it: which media type, whether it is JSON, and its
//! schema.
//!
//! The generated clients decode JSON whatever `Content-Type` the server
//! sends, so the captured media type only picks among declared ones; when it
//! is not declared, the declared JSON media type applies.

use serde_json::Value;

use super::finding::{Drift, Example, Kind};
use super::shape::Checker;
use spec_model::refs::pointer_push;

/// What became of a body.
#[derive(Debug, PartialEq, Eq)]
pub enum Checked {
    /// It was checked, or there was nothing to check.
    Done,
    /// The capture did not save it.
    NotCaptured,
}

/// Checks `bytes`, a body captured with media type `mime`, against the
/// `content` of the request body or response at `holder` (a resolved
/// pointer into `document`). `subject` names the body in findings. The
/// bytes are taken, and dropped as soon as they are parsed.
pub fn check(
    checker: &Checker<'_>,
    document: &Value,
    holder: &str,
    bytes: Option<Vec<u8>>,
    mime: Option<&str>,
    subject: &str,
) -> (Vec<Drift>, Checked) {
    let whole = |kind, declared: String| Drift {
        pointer: String::new(),
        raw_pointer: String::new(),
        kind,
        subject: subject.to_owned(),
        declared,
        found: None,
        example: Example::None,
    };
    let content = document
        .pointer(&format!("{holder}/content"))
        .and_then(Value::as_object)
        .filter(|c| !c.is_empty());
    let Some(content) = content else {
        let has_body = bytes.is_some_and(|b| !b.iter().all(u8::is_ascii_whitespace));
        let found = if has_body {
            vec![whole(Kind::UndeclaredBody, "no body".into())]
        } else {
            Vec::new()
        };
        return (found, Checked::Done);
    };

    let essence = mime
        .and_then(|m| m.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase());
    let media_type = essence
        .as_deref()
        .and_then(|e| content.keys().find(|k| k.eq_ignore_ascii_case(e)))
        .or_else(|| content.keys().find(|k| is_json(k)))
        .or_else(|| content.keys().next())
        .expect("content is not empty");
    if !is_json(media_type) {
        // Only JSON bodies are checked.
        return (Vec::new(), Checked::Done);
    }
    let Some(bytes) = bytes else {
        return (Vec::new(), Checked::NotCaptured);
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        let declared = format!("`{media_type}` declared; the body is empty");
        return (vec![whole(Kind::NotJson, declared)], Checked::Done);
    }
    let parsed = serde_json::from_slice::<Value>(&bytes);
    // The value is what is checked: the text need not stay beside it.
    drop(bytes);
    let Ok(value) = parsed else {
        let declared = format!("`{media_type}` declared; the body is not JSON");
        return (vec![whole(Kind::NotJson, declared)], Checked::Done);
    };
    let media_pointer = pointer_push(&format!("{holder}/content"), media_type);
    let schema = format!("{media_pointer}/schema");
    if document.pointer(&schema).is_none() {
        return (Vec::new(), Checked::Done);
    }
    (checker.check(&schema, &value, &[], subject), Checked::Done)
}

/// Whether a declared media type is JSON: `application/json` or another
/// `application/*+json` type, as the generated clients read them
/// (`spec_model::operation::media_kind`). Any other body (text, a file, a
/// wildcard) the clients do not type, and is not checked.
pub fn is_json(media_type: &str) -> bool {
    spec_model::operation::media_kind(media_type) == spec_model::operation::MediaKind::Json
}

#[cfg(test)]
mod tests {
    use super::is_json;

    #[test]
    fn json_is_json_by_any_name_and_nothing_else() {
        for json in [
            "application/json",
            "application/problem+json",
            "Application/VND.API+JSON; charset=utf-8",
        ] {
            assert!(is_json(json), "{json}");
        }
        // The clients read these as text or bytes, so conform leaves them be.
        for other in [
            "*/*",
            "application/*",
            "text/csv",
            "application/xml",
            "application/pdf",
        ] {
            assert!(!is_json(other), "{other}");
        }
    }
}

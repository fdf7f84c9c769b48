//! Checking a captured response against its operation: the status must be
//! documented (by itself, by its range such as `4XX`, or by `default`), and
//! the body must be what that response declares.

use serde_json::Value;

use super::body::{self, Checked};
use super::finding::{Drift, Example, Kind, Place};
use super::har::{EntryProblem, Response};
use super::routes::Operation;
use super::shape::Checker;
use spec_model::operation::Status as StatusKey;
use spec_model::refs::pointer_push;
use spec_model::refs::resolve;

/// Everything wrong with `response` to `operation`, and whether its body
/// was captured. The body's text is taken out of `response` and dropped
/// once parsed.
pub fn check(
    checker: &Checker<'_>,
    document: &Value,
    operation: &Operation<'_>,
    response: &mut Response,
) -> Result<(Vec<(Place, Drift)>, Checked), EntryProblem> {
    let status = response.status.to_string();
    let documented: Vec<&String> = operation
        .operation
        .get("responses")
        .and_then(Value::as_object)
        .map(|r| r.keys().collect())
        .unwrap_or_default();
    // The documented response the client decodes this status by: its
    // code, else its range, else `default` (`spec_model::operation`).
    let code = response.status;
    let key = documented
        .iter()
        .filter_map(|k| StatusKey::parse(k).map(|s| (s, k)))
        .filter(|(s, _)| u16::try_from(code).is_ok_and(|code| s.matches(code)))
        .min_by_key(|(s, _)| s.decoding_order())
        .map(|(_, k)| k);
    let Some(key) = key else {
        let list: Vec<&str> = documented.iter().map(|k| k.as_str()).collect();
        let drift = Drift {
            pointer: String::new(),
            raw_pointer: String::new(),
            kind: Kind::UndocumentedStatus,
            subject: operation.id.clone(),
            declared: list.join(", "),
            found: None,
            example: Example::None,
        };
        return Ok((vec![(Place::Response { status }, drift)], Checked::Done));
    };
    // HTTP sends these without content, and so the client reads none.
    if matches!(
        StatusKey::parse(key),
        Some(StatusKey::Code(204 | 205 | 304))
    ) {
        return Ok((Vec::new(), Checked::Done));
    }
    let holder = resolve(
        document,
        &pointer_push(&format!("{}/responses", operation.pointer), key),
    );
    let bytes = response
        .content
        .take_bytes()
        .map_err(|message| EntryProblem {
            field: "response.content.text".into(),
            message,
        })?;
    let (drifts, checked) = body::check(
        checker,
        document,
        &holder,
        bytes,
        response.content.mime_type.as_deref(),
        "the response body",
    );
    let place = Place::Response {
        status: (*key).clone(),
    };
    Ok((
        drifts.into_iter().map(|d| (place.clone(), d)).collect(),
        checked,
    ))
}

//! Checking a captured request against its operation: every required
//! parameter (path, query, header) and body present, and every value of its
//! declared type.
//!
//! A parameter's text is read as its schema says before it is checked like
//! any JSON value: `25` is an integer where the schema is `integer` (and the
//! string `"25"` where it is `string`); `true`/`false` are booleans where it
//! is `boolean`; an `array` is the values of a repeated query parameter (or
//! a header's or non-exploded parameter's comma-separated values), each read
//! as the item schema says; a parameter declared with `content:
//! application/json` is parsed as JSON. Text that reads as no declared type
//! stays a string, which the check then reports as the wrong type.
//!
//! Credentials (`securitySchemes`) are not checked: tools strip them from
//! exported captures.

use percent_encoding::percent_decode_str;
use serde_json::Value;

use super::body::{self, is_json};
use super::finding::{Drift, Example, Kind, Place};
use super::har::{EntryProblem, Request};
use super::routes::Matched;
use super::shape::Checker;
use spec_model::refs::resolve;

/// A declared parameter.
struct Parameter<'d> {
    /// Its resolved pointer.
    pointer: String,
    name: &'d str,
    location: &'d str,
    required: bool,
    explode: bool,
}

/// Everything wrong with `request`, sent to the operation it `matched`.
/// The body's text is taken out of `request` and dropped once parsed.
pub fn check(
    checker: &Checker<'_>,
    document: &Value,
    matched: &Matched<'_, '_>,
    url: &url::Url,
    request: &mut Request,
) -> Result<Vec<(Place, Drift)>, EntryProblem> {
    let operation = matched.operation;
    let mut found = Vec::new();
    for parameter in parameters(document, &operation.item_pointer, &operation.pointer) {
        let values: Vec<String> = match parameter.location {
            "path" => matched
                .path_parameters
                .iter()
                .filter(|(name, _)| name == parameter.name)
                .map(|(_, raw)| percent_decode_str(raw).decode_utf8_lossy().into_owned())
                .collect(),
            "query" => url
                .query_pairs()
                .filter(|(name, _)| name == parameter.name)
                .map(|(_, value)| value.into_owned())
                .collect(),
            "header" => request
                .headers
                .iter()
                .filter(|h| h.name.eq_ignore_ascii_case(parameter.name))
                .map(|h| h.value.clone())
                .collect(),
            _ => continue,
        };
        let place = Place::Parameter {
            location: parameter.location.to_owned(),
            name: parameter.name.to_owned(),
        };
        if values.is_empty() {
            if parameter.required {
                let drift = Drift {
                    pointer: String::new(),
                    raw_pointer: String::new(),
                    kind: Kind::MissingRequired,
                    subject: operation.id.clone(),
                    declared: "required".into(),
                    found: None,
                    example: Example::None,
                };
                found.push((place, drift));
            }
            continue;
        }
        for drift in check_values(checker, document, &parameter, &values) {
            found.push((place.clone(), drift));
        }
    }

    let bytes = match &mut request.post_data {
        Some(data) => data.take_bytes().map_err(|message| EntryProblem {
            field: "request.postData.text".into(),
            message,
        })?,
        None => None,
    };
    let empty = bytes
        .as_deref()
        .is_none_or(|b| b.iter().all(u8::is_ascii_whitespace));
    let declared = operation
        .operation
        .get("requestBody")
        .map(|_| resolve(document, &format!("{}/requestBody", operation.pointer)));
    if declared.is_none() && !empty {
        let drift = Drift {
            pointer: String::new(),
            raw_pointer: String::new(),
            kind: Kind::UndeclaredBody,
            subject: operation.id.clone(),
            declared: "no body".into(),
            found: None,
            example: Example::None,
        };
        found.push((Place::RequestBody, drift));
    }
    if let Some(body_pointer) = declared {
        let required = document
            .pointer(&format!("{body_pointer}/required"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if empty {
            if required {
                let drift = Drift {
                    pointer: String::new(),
                    raw_pointer: String::new(),
                    kind: Kind::MissingRequired,
                    subject: operation.id.clone(),
                    declared: "required".into(),
                    found: None,
                    example: Example::None,
                };
                found.push((Place::RequestBody, drift));
            }
        } else {
            let mime = request
                .post_data
                .as_ref()
                .and_then(|d| d.mime_type.as_deref());
            let (drifts, _) = body::check(
                checker,
                document,
                &body_pointer,
                bytes,
                mime,
                "the request body",
            );
            found.extend(drifts.into_iter().map(|d| (Place::RequestBody, d)));
        }
    }
    Ok(found)
}

/// The parameters of an operation: its path item's, then its own, an
/// operation's parameter replacing the path item's of the same name and
/// location.
fn parameters<'d>(document: &'d Value, item_pointer: &str, pointer: &str) -> Vec<Parameter<'d>> {
    let mut found: Vec<Parameter<'d>> = Vec::new();
    for holder in [item_pointer, pointer] {
        let count = document
            .pointer(&format!("{holder}/parameters"))
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for index in 0..count {
            let pointer = resolve(document, &format!("{holder}/parameters/{index}"));
            let Some(parameter) = document.pointer(&pointer) else {
                continue;
            };
            let (Some(name), Some(location)) = (
                parameter.get("name").and_then(Value::as_str),
                parameter.get("in").and_then(Value::as_str),
            ) else {
                continue;
            };
            // OpenAPI's defaults: query parameters are `form` (exploded),
            // path and header parameters `simple` (comma-separated).
            let default_style = if location == "query" {
                "form"
            } else {
                "simple"
            };
            let style = parameter.get("style").and_then(Value::as_str);
            let explode = parameter
                .get("explode")
                .and_then(Value::as_bool)
                .unwrap_or(style.unwrap_or(default_style) == "form");
            found.retain(|p| !(p.name == name && p.location == location));
            found.push(Parameter {
                pointer,
                name,
                location,
                required: location == "path"
                    || parameter.get("required").and_then(Value::as_bool) == Some(true),
                explode,
            });
        }
    }
    found
}

/// The drift of a parameter's values: read as its schema says, then checked.
fn check_values(
    checker: &Checker<'_>,
    document: &Value,
    parameter: &Parameter<'_>,
    values: &[String],
) -> Vec<Drift> {
    let names = [parameter.name];
    let schema = format!("{}/schema", parameter.pointer);
    if document.pointer(&schema).is_some() {
        let value = read_as(document, &schema, values, parameter.explode);
        return checker.check(&schema, &value, &names, parameter.name);
    }
    // `content`: one media type, whose schema the value is written in.
    let content = document
        .pointer(&format!("{}/content", parameter.pointer))
        .and_then(Value::as_object);
    let Some((media_type, _)) = content.and_then(|c| c.iter().next()) else {
        return Vec::new();
    };
    if !is_json(media_type) {
        return Vec::new();
    }
    let schema =
        spec_model::refs::pointer_push(&format!("{}/content", parameter.pointer), media_type);
    match serde_json::from_str::<Value>(&values[0]) {
        Ok(value) => checker.check(&format!("{schema}/schema"), &value, &names, parameter.name),
        Err(_) => vec![Drift {
            pointer: String::new(),
            raw_pointer: String::new(),
            kind: Kind::NotJson,
            subject: parameter.name.to_owned(),
            declared: format!("`{media_type}` declared; the value is not JSON"),
            found: None,
            example: Example::None,
        }],
    }
}

/// Parameter text as the JSON value its schema reads it as.
fn read_as(document: &Value, schema: &str, values: &[String], explode: bool) -> Value {
    let types = declared_types(document, schema);
    if types.iter().any(|t| t == "array") {
        let items = format!("{}/items", resolve(document, schema));
        let texts: Vec<&str> = if values.len() == 1 && !explode {
            values[0].split(',').collect()
        } else {
            values.iter().map(String::as_str).collect()
        };
        let item_types = declared_types(document, &items);
        return Value::Array(texts.into_iter().map(|t| scalar(t, &item_types)).collect());
    }
    scalar(&values[0], &types)
}

/// Text as a scalar of the first declared type it reads as; else a string.
fn scalar(text: &str, types: &[String]) -> Value {
    let declared = |t: &str| types.iter().any(|d| d == t);
    if declared("integer")
        && let Ok(n) = text.parse::<i64>()
    {
        return Value::from(n);
    }
    if declared("number")
        && let Some(n) = text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
    {
        return Value::Number(n);
    }
    if declared("boolean") && matches!(text, "true" | "false") {
        return Value::Bool(text == "true");
    }
    Value::String(text.to_owned())
}

/// The types a schema declares, its `$ref`s followed, and its `oneOf`,
/// `anyOf` and `allOf` branches' types gathered.
fn declared_types(document: &Value, schema: &str) -> Vec<String> {
    let pointer = resolve(document, schema);
    let Some(node) = document.pointer(&pointer) else {
        return Vec::new();
    };
    let mut types: Vec<String> = node
        .get("type")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .into_iter()
        .collect();
    for keyword in ["oneOf", "anyOf", "allOf"] {
        let count = node
            .get(keyword)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for index in 0..count {
            types.extend(declared_types(
                document,
                &format!("{pointer}/{keyword}/{index}"),
            ));
        }
    }
    types
}

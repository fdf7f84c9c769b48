//! Checking a captured request against its operation: every required
//! parameter (path, query, header) and body present, and every value of its
//! declared type.
//!
//! A parameter's text is read as its schema says before it is checked like
//! any JSON value: `25` is an integer where the schema is `integer` (and the
//! string `"25"` where it is `string`); `true`/`false` are booleans where it
//! is `boolean`; an `array` or an `object` is read back from its text as
//! its `style` and `explode` write it (every style of OpenAPI 3.0: see
//! [`super::styles`]), each item or field read as its own schema says; a
//! parameter declared with `content: application/json` is parsed as JSON. Text that reads as no declared type
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
use super::styles::{self, Read, Shape, Wire};
use spec_model::refs::resolve;

/// A declared parameter.
struct Parameter<'d> {
    /// Its resolved pointer.
    pointer: String,
    name: &'d str,
    location: &'d str,
    required: bool,
    style: &'d str,
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
    // Names decoded, values as sent: a style splits a value before its
    // items are decoded (see `styles::read`).
    let query: Vec<(String, String)> = url
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_decode_str(&name.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned();
            (name, value.to_owned())
        })
        .collect();
    for parameter in parameters(document, &operation.item_pointer, &operation.pointer) {
        let segment = matched
            .path_parameters
            .iter()
            .find(|(name, _)| name == parameter.name)
            .map(|(_, raw)| raw.clone());
        let header: Vec<String> = request
            .headers
            .iter()
            .filter(|h| h.name.eq_ignore_ascii_case(parameter.name))
            .map(|h| h.value.clone())
            .collect();
        if !matches!(parameter.location, "path" | "query" | "header") {
            continue;
        }
        let place = Place::Parameter {
            location: parameter.location.to_owned(),
            name: parameter.name.to_owned(),
        };
        let value = read_parameter(document, &parameter, segment.as_deref(), &header, &query);
        let Some(value) = value else {
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
        };
        for drift in check_value(checker, document, &parameter, value) {
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
                style: style.unwrap_or(default_style),
                explode,
            });
        }
    }
    found
}

/// What a parameter carries, before it is checked: its text read back as
/// its style writes it (see [`styles`]), or, for a `content` parameter,
/// its one value as text.
enum Carried {
    Styled(Read),
    Text(String),
}

/// The parameter as the request carries it, or `None` when it is absent.
fn read_parameter(
    document: &Value,
    parameter: &Parameter<'_>,
    segment: Option<&str>,
    header: &[String],
    query: &[(String, String)],
) -> Option<Carried> {
    let schema = format!("{}/schema", parameter.pointer);
    if document.pointer(&schema).is_none() {
        let decoded = |text: &str| percent_decode_str(text).decode_utf8_lossy().into_owned();
        let text = match parameter.location {
            "path" => segment.map(decoded),
            "header" => header.first().cloned(),
            _ => query
                .iter()
                .find(|(name, _)| name == parameter.name)
                .map(|(_, value)| decoded(&value.replace('+', " "))),
        };
        return text.map(Carried::Text);
    }
    let types = declared_types(document, &schema);
    let resolved = resolve(document, &schema);
    let node = document.pointer(&resolved);
    let shape = if types.iter().any(|t| t == "array") {
        Shape::Array
    } else if types.iter().any(|t| t == "object")
        || node.is_some_and(|n| n.get("properties").is_some())
    {
        Shape::Object
    } else {
        Shape::Scalar
    };
    let properties: Vec<&str> = node
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let wire = Wire {
        name: parameter.name,
        location: parameter.location,
        style: parameter.style,
        explode: parameter.explode,
    };
    styles::read(wire, shape, &properties, segment, header, query).map(Carried::Styled)
}

/// The drift of a parameter's value: read as its schema says, then checked.
fn check_value(
    checker: &Checker<'_>,
    document: &Value,
    parameter: &Parameter<'_>,
    carried: Carried,
) -> Vec<Drift> {
    let names = [parameter.name];
    let schema = format!("{}/schema", parameter.pointer);
    let text = match carried {
        Carried::Styled(read) => {
            let value = typed(document, &schema, read);
            return checker.check(&schema, &value, &names, parameter.name);
        }
        Carried::Text(text) => text,
    };
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
    match serde_json::from_str::<Value>(&text) {
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

/// A parameter's text, read back, as the JSON value its schema reads it
/// as: each item and field as its own schema's type.
fn typed(document: &Value, schema: &str, read: Read) -> Value {
    let resolved = resolve(document, schema);
    match read {
        Read::Scalar(text) => scalar(&text, &declared_types(document, schema)),
        Read::List(items) => {
            let item_types = declared_types(document, &format!("{resolved}/items"));
            Value::Array(items.iter().map(|t| scalar(t, &item_types)).collect())
        }
        Read::Fields(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, text)| {
                    let property =
                        spec_model::refs::pointer_push(&format!("{resolved}/properties"), &key);
                    let value = scalar(&text, &declared_types(document, &property));
                    (key, value)
                })
                .collect(),
        ),
    }
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

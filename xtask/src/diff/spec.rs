//! The API view: each operation's parameters, bodies and responses,
//! flattened and compared, each change classed by the direction its message
//! travels.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::spec::Spec;
use spec_model::walk::{operations_in, parameters};

use super::{Change, Impact, change};

/// What a property (or a parameter, or a whole body) is, for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shape {
    ty: String,
    required: bool,
    nullable: bool,
    values: Option<BTreeSet<String>>,
    limits: BTreeMap<&'static str, String>,
}

/// Which way a message travels, which decides what breaks a client.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// The client sends it: new requirements break.
    Sent,
    /// The client receives it: losing anything breaks.
    Received,
}

const LIMITS: [&str; 7] = [
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
];

/// Flattens a schema into `path -> Shape`: `a.b`, `list[]`, `map{}`.
fn flatten(
    document: &Value,
    pointer: &str,
    path: &str,
    required: bool,
    seen: &mut Vec<String>,
    out: &mut BTreeMap<String, Shape>,
) {
    let resolved = resolve(document, pointer);
    let Some(schema) = document.pointer(&resolved) else {
        return;
    };
    if seen.contains(&resolved) {
        out.entry(path.to_owned()).or_insert(Shape {
            ty: format!("recursive {}", resolved.rsplit('/').next().unwrap_or("")),
            required,
            nullable: false,
            values: None,
            limits: BTreeMap::new(),
        });
        return;
    }
    seen.push(resolved.clone());
    // allOf: the parts, merged at the same place.
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        for i in 0..parts.len() {
            flatten(
                document,
                &format!("{resolved}/allOf/{i}"),
                path,
                required,
                seen,
                out,
            );
        }
    }
    let alternatives = ["oneOf", "anyOf"].iter().find_map(|k| {
        schema
            .get(*k)
            .and_then(Value::as_array)
            .map(|a| (*k, a.len()))
    });
    let ty = match (schema.get("type").and_then(Value::as_str), alternatives) {
        (_, Some((kind, count))) => {
            let names: Vec<String> = (0..count)
                .map(|i| describe(document, &format!("{resolved}/{kind}/{i}")))
                .collect();
            format!("{kind}({})", names.join(", "))
        }
        (Some(t), None) => match schema.get("format").and_then(Value::as_str) {
            Some(format) => format!("{t} ({format})"),
            None => t.to_owned(),
        },
        (None, None) if schema.get("properties").is_some() => "object".to_owned(),
        (None, None) if schema.get("allOf").is_some() => "object".to_owned(),
        (None, None) => "any".to_owned(),
    };
    let values = schema.get("enum").and_then(Value::as_array).map(|values| {
        values
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect()
    });
    let limits = LIMITS
        .iter()
        .filter_map(|k| schema.get(*k).map(|v| (*k, v.to_string())))
        .collect();
    let shape = Shape {
        ty,
        required,
        nullable: schema.get("nullable") == Some(&Value::Bool(true)),
        values,
        limits,
    };
    if schema.get("allOf").is_none() || !out.contains_key(path) {
        out.insert(path.to_owned(), shape);
    }
    let join = |name: &str| {
        if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        let required_names: BTreeSet<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for name in properties.keys() {
            flatten(
                document,
                &pointer_push(&format!("{resolved}/properties"), name),
                &join(name),
                required_names.contains(name.as_str()),
                seen,
                out,
            );
        }
    }
    if schema.get("items").is_some() {
        flatten(
            document,
            &format!("{resolved}/items"),
            &format!("{path}[]"),
            true,
            seen,
            out,
        );
    }
    if schema
        .get("additionalProperties")
        .is_some_and(Value::is_object)
    {
        flatten(
            document,
            &format!("{resolved}/additionalProperties"),
            &format!("{path}{{}}"),
            true,
            seen,
            out,
        );
    }
    if let Some((kind, count)) = alternatives {
        for i in 0..count {
            let alternative = format!("{resolved}/{kind}/{i}");
            let name = describe(document, &alternative);
            flatten(
                document,
                &alternative,
                &format!("{path}<{name}>"),
                true,
                seen,
                out,
            );
        }
    }
    seen.pop();
}

/// A schema's name, if it is a `$ref`, else its type.
fn describe(document: &Value, pointer: &str) -> String {
    let schema = document.pointer(pointer);
    match schema.and_then(|s| s.get("$ref")).and_then(Value::as_str) {
        Some(target) => target.rsplit('/').next().unwrap_or(target).to_owned(),
        None => schema
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str)
            .unwrap_or("any")
            .to_owned(),
    }
}

/// One operation, flattened.
struct Operation {
    name: String,
    params: BTreeMap<String, BTreeMap<String, Shape>>,
    body: Option<BTreeMap<String, Shape>>,
    responses: BTreeMap<String, BTreeMap<String, Shape>>,
}

fn operations(spec: &Spec) -> BTreeMap<String, Operation> {
    let document = &spec.document;
    let mut found = BTreeMap::new();
    for at in operations_in(document) {
        let (path, method, pointer, operation) = (at.path, at.method, &at.pointer, at.operation);
        let key = format!("{} {path}", method.to_uppercase());
        let name = operation
            .get("operationId")
            .and_then(Value::as_str)
            .map_or_else(|| key.clone(), str::to_owned);
        let mut params = BTreeMap::new();
        for parameter in parameters(document, &at) {
            let mut shapes = BTreeMap::new();
            if let Some(schema) = &parameter.schema_pointer {
                flatten(
                    document,
                    schema,
                    "",
                    parameter.required,
                    &mut Vec::new(),
                    &mut shapes,
                );
            }
            params.insert(
                format!("{} parameter `{}`", parameter.location, parameter.name),
                shapes,
            );
        }
        let body = operation.get("requestBody").map(|_| {
            let body_pointer = resolve(document, &format!("{pointer}/requestBody"));
            let required =
                document.pointer(&format!("{body_pointer}/required")) == Some(&Value::Bool(true));
            json_body(document, &body_pointer, required)
        });
        let mut responses = BTreeMap::new();
        if let Some(statuses) = operation.get("responses").and_then(Value::as_object) {
            for status in statuses.keys() {
                let response = resolve(
                    document,
                    &pointer_push(&format!("{pointer}/responses"), status),
                );
                responses.insert(status.clone(), json_body(document, &response, true));
            }
        }
        found.insert(
            key,
            Operation {
                name,
                params,
                body,
                responses,
            },
        );
    }
    found
}

/// The flattened schema of a request or response's (first) media type.
fn json_body(document: &Value, pointer: &str, required: bool) -> BTreeMap<String, Shape> {
    let mut shapes = BTreeMap::new();
    let media = document
        .pointer(&format!("{pointer}/content"))
        .and_then(Value::as_object)
        .and_then(|c| c.keys().next().cloned());
    if let Some(media) = media {
        let schema = format!(
            "{}/schema",
            pointer_push(&format!("{pointer}/content"), &media)
        );
        flatten(
            document,
            &schema,
            "",
            required,
            &mut Vec::new(),
            &mut shapes,
        );
    }
    shapes
}

/// What changed in the API between two versions of a spec.
pub fn api_changes(base: &Spec, head: &Spec) -> Vec<Change> {
    use Impact::*;
    let mut changes = Vec::new();
    let (old, new) = (operations(base), operations(head));
    for (key, op) in &old {
        let Some(now) = new.get(key) else {
            changes.push(change(
                Breaking,
                format!("`{}` ({key})", op.name),
                "operation removed",
            ));
            continue;
        };
        let at = |what: &str| format!("`{}` {what}", now.name);
        for (param, shapes) in &op.params {
            match now.params.get(param) {
                None => changes.push(change(Breaking, at(param), "parameter removed")),
                Some(now_shapes) => compare_shapes(
                    shapes,
                    now_shapes,
                    Direction::Sent,
                    &at(param),
                    &mut changes,
                ),
            }
        }
        for (param, shapes) in &now.params {
            if !op.params.contains_key(param) {
                let required = shapes.get("").is_some_and(|s| s.required);
                let impact = if required { Breaking } else { NonBreaking };
                let what = if required {
                    "required parameter added"
                } else {
                    "optional parameter added"
                };
                changes.push(change(impact, at(param), what));
            }
        }
        match (&op.body, &now.body) {
            (Some(_), None) => {
                changes.push(change(Breaking, at("request body"), "request body removed"))
            }
            (None, Some(body)) => {
                let required = body.get("").is_some_and(|s| s.required);
                changes.push(change(
                    if required { Breaking } else { NonBreaking },
                    at("request body"),
                    "request body added",
                ));
            }
            (Some(a), Some(b)) => {
                compare_shapes(a, b, Direction::Sent, &at("request"), &mut changes)
            }
            (None, None) => {}
        }
        for (status, shapes) in &op.responses {
            match now.responses.get(status) {
                None => changes.push(change(
                    Breaking,
                    at(&format!("response {status}")),
                    "response status removed",
                )),
                Some(now_shapes) => compare_shapes(
                    shapes,
                    now_shapes,
                    Direction::Received,
                    &at(&format!("response {status}")),
                    &mut changes,
                ),
            }
        }
        for status in now.responses.keys() {
            if !op.responses.contains_key(status) {
                changes.push(change(
                    NonBreaking,
                    at(&format!("response {status}")),
                    "response status added",
                ));
            }
        }
    }
    for (key, op) in &new {
        if !old.contains_key(key) {
            changes.push(change(
                NonBreaking,
                format!("`{}` ({key})", op.name),
                "operation added",
            ));
        }
    }
    changes
}

fn compare_shapes(
    old: &BTreeMap<String, Shape>,
    new: &BTreeMap<String, Shape>,
    direction: Direction,
    place: &str,
    changes: &mut Vec<Change>,
) {
    use Impact::*;
    let sent = direction == Direction::Sent;
    let noun = if sent { "request" } else { "response" };
    let here = |path: &str| {
        if path.is_empty() {
            place.to_owned()
        } else {
            format!("{place}: `{path}`")
        }
    };
    for (path, was) in old {
        let Some(now) = new.get(path) else {
            // Only the outermost removal is worth a row.
            if !removed_parent(old, new, path) {
                changes.push(change(
                    Breaking,
                    here(path),
                    format!("{noun} property removed"),
                ));
            }
            continue;
        };
        if was.ty != now.ty {
            changes.push(change(
                Breaking,
                here(path),
                format!("type changed from {} to {}", was.ty, now.ty),
            ));
        }
        // At the root, this is a parameter's or a request body's own flag.
        if was.required != now.required {
            let (impact, what) = match (sent, now.required) {
                (true, true) => (Breaking, "optional → required"),
                (true, false) => (NonBreaking, "required → optional"),
                (false, false) => (Breaking, "required → optional (may now be absent)"),
                (false, true) => (NonBreaking, "optional → required"),
            };
            changes.push(change(impact, here(path), what));
        }
        if was.nullable != now.nullable {
            let breaking = if sent { !now.nullable } else { now.nullable };
            let what = if now.nullable {
                "now nullable"
            } else {
                "no longer nullable"
            };
            changes.push(change(
                if breaking { Breaking } else { NonBreaking },
                here(path),
                what,
            ));
        }
        match (&was.values, &now.values) {
            (Some(a), Some(b)) => {
                for removed in a.difference(b) {
                    changes.push(change(
                        Breaking,
                        here(path),
                        format!("enum value `{removed}` removed"),
                    ));
                }
                for added in b.difference(a) {
                    // Enums are open: an unlisted value already decoded.
                    changes.push(change(
                        NonBreaking,
                        here(path),
                        format!("enum value `{added}` added"),
                    ));
                }
            }
            (None, Some(_)) => changes.push(change(
                if sent { Breaking } else { NonBreaking },
                here(path),
                "narrowed to an enum",
            )),
            (Some(_), None) => changes.push(change(
                if sent { NonBreaking } else { Breaking },
                here(path),
                "enum constraint removed",
            )),
            (None, None) => {}
        }
        for limit in LIMITS {
            let (a, b) = (was.limits.get(limit), now.limits.get(limit));
            if a == b {
                continue;
            }
            let narrowed = match (
                limit,
                a.and_then(|v| v.parse::<f64>().ok()),
                b.and_then(|v| v.parse::<f64>().ok()),
            ) {
                ("pattern", _, _) => b.is_some(),
                (_, None, Some(_)) => true,
                (_, Some(_), None) => false,
                (l, Some(x), Some(y)) if l.starts_with("min") => y > x,
                (_, Some(x), Some(y)) => y < x,
                _ => false,
            };
            let what = format!(
                "`{limit}` {} → {}",
                a.map_or("none", String::as_str),
                b.map_or("none", String::as_str)
            );
            let impact = if sent && narrowed {
                Breaking
            } else {
                NonBreaking
            };
            changes.push(change(impact, here(path), what));
        }
    }
    for (path, now) in new {
        if old.contains_key(path) || removed_parent(new, old, path) {
            continue;
        }
        let impact = if sent && now.required {
            Breaking
        } else {
            NonBreaking
        };
        let what = match (sent, now.required) {
            (true, true) => "required request property added",
            (true, false) => "optional request property added",
            (false, _) => "response property added",
        };
        changes.push(change(impact, here(path), what));
    }
}

/// Whether a parent of `path` is in `from` but not in `to` (so the parent's
/// row says it all).
fn removed_parent(
    from: &BTreeMap<String, Shape>,
    to: &BTreeMap<String, Shape>,
    path: &str,
) -> bool {
    let mut current = path;
    while let Some(cut) = current.rfind(['.', '[', '{', '<']) {
        current = &current[..cut];
        if from.contains_key(current) && !to.contains_key(current) {
            return true;
        }
    }
    false
}

//! `cargo xtask diff --base <rev>`: what a spec change does to the teams
//! that consume the generated crates, as a Markdown report for a pull
//! request.
//!
//! Two views of each changed spec:
//! - the API: operations, parameters (headers among them), request and
//!   response properties, enum values and statuses, each change classed
//!   breaking or not for a client, by direction (what a client sends may
//!   not grow new requirements; what it receives may not lose anything);
//! - the Rust API of the generated crate, from the code generated for each
//!   side: what a consumer's code would no longer compile, or would fail at
//!   run time (a newly required parameter).
//!
//! The semver bump of each crate follows from both.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

use crate::examples::resolve;
use crate::spec::{Spec, operations_in, pointer_push};
use crate::surface::{Model, Surface};

/// Whether a change breaks consumers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Their code or their calls stop working.
    Breaking,
    /// Nothing they do stops working.
    NonBreaking,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Breaking or not.
    pub impact: Impact,
    /// Where: an operation and a place in it, or a Rust item.
    pub place: String,
    /// What changed.
    pub what: String,
}

fn change(impact: Impact, place: impl Into<String>, what: impl Into<String>) -> Change {
    Change {
        impact,
        place: place.into(),
        what: what.into(),
    }
}

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
        let (path, method, item_pointer, pointer, operation) = (
            at.path,
            at.method,
            at.item_pointer,
            at.pointer,
            at.operation,
        );
        let key = format!("{} {path}", method.to_uppercase());
        let name = operation
            .get("operationId")
            .and_then(Value::as_str)
            .map_or_else(|| key.clone(), str::to_owned);
        let mut params = BTreeMap::new();
        for list in [
            format!("{item_pointer}/parameters"),
            format!("{pointer}/parameters"),
        ] {
            let count = document
                .pointer(&list)
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for i in 0..count {
                let p = resolve(document, &format!("{list}/{i}"));
                let Some(param) = document.pointer(&p) else {
                    continue;
                };
                let location = param.get("in").and_then(Value::as_str).unwrap_or("");
                let param_name = param.get("name").and_then(Value::as_str).unwrap_or("");
                let required = param.get("required") == Some(&Value::Bool(true));
                let schema = match param.get("content").and_then(Value::as_object) {
                    Some(content) => content
                        .keys()
                        .next()
                        .map(|m| format!("{}/schema", pointer_push(&format!("{p}/content"), m))),
                    None => Some(format!("{p}/schema")),
                };
                let mut shapes = BTreeMap::new();
                if let Some(schema) = schema {
                    flatten(
                        document,
                        &schema,
                        "",
                        required,
                        &mut Vec::new(),
                        &mut shapes,
                    );
                }
                params.insert(format!("{location} parameter `{param_name}`"), shapes);
            }
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

/// What changed in the Rust API of a generated crate.
pub fn rust_changes(base: &Surface, head: &Surface) -> Vec<Change> {
    use Impact::*;
    let mut changes = Vec::new();
    for op in &base.operations {
        let place = format!("`Client::{}`", op.method);
        let Some(now) = head.operation(&op.method) else {
            changes.push(change(
                Breaking,
                place,
                "method removed: calls to it no longer compile",
            ));
            continue;
        };
        for p in &op.params {
            match now.params.iter().find(|q| q.name == p.name) {
                None => changes.push(change(
                    Breaking,
                    format!("{place} `.{}()`", p.name),
                    "setter removed: calls to it no longer compile",
                )),
                Some(q) => {
                    if q.ty != p.ty {
                        changes.push(change(
                            Breaking,
                            format!("{place} `.{}()`", p.name),
                            format!("takes `{}` instead of `{}`", q.ty.short, p.ty.short),
                        ));
                    }
                    if q.required && !p.required {
                        changes.push(change(
                            Breaking,
                            format!("{place} `.{}()`", p.name),
                            "now required: `send()` fails without it",
                        ));
                    }
                }
            }
        }
        for q in &now.params {
            if !op.params.iter().any(|p| p.name == q.name) {
                let (impact, what) = if q.required {
                    (Breaking, "new required setter: `send()` fails without it")
                } else {
                    (NonBreaking, "new optional setter")
                };
                changes.push(change(impact, format!("{place} `.{}()`", q.name), what));
            }
        }
        for (what, a, b) in [
            (
                "body",
                op.body.as_ref().map(|t| &t.short),
                now.body.as_ref().map(|t| &t.short),
            ),
            (
                "success type",
                Some(&op.success.short),
                Some(&now.success.short),
            ),
            ("error type", Some(&op.error.short), Some(&now.error.short)),
        ] {
            if a != b {
                let show = |t: Option<&String>| t.map_or("none".to_owned(), |t| format!("`{t}`"));
                changes.push(change(
                    Breaking,
                    place.clone(),
                    format!("{what} {} → {}", show(a), show(b)),
                ));
            }
        }
    }
    for op in &head.operations {
        if base.operation(&op.method).is_none() {
            changes.push(change(
                NonBreaking,
                format!("`Client::{}`", op.method),
                "method added",
            ));
        }
    }
    for model in &base.models {
        let place = format!("`types::{}`", model.name());
        let Some(now) = head.models.iter().find(|m| m.name() == model.name()) else {
            changes.push(change(
                Breaking,
                place,
                "type removed: code naming it no longer compiles",
            ));
            continue;
        };
        match (model, now) {
            (Model::Struct { fields: a, .. }, Model::Struct { fields: b, .. }) => {
                for field in a {
                    match b.iter().find(|f| f.name == field.name) {
                        None => changes.push(change(
                            Breaking,
                            format!("{place} `.{}`", field.name),
                            "field removed: code reading it no longer compiles",
                        )),
                        Some(f) if f.ty != field.ty => changes.push(change(
                            Breaking,
                            format!("{place} `.{}`", field.name),
                            format!("type `{}` → `{}`", field.ty.short, f.ty.short),
                        )),
                        Some(f) if f.json != field.json => changes.push(change(
                            Breaking,
                            format!("{place} `.{}`", field.name),
                            format!(
                                "JSON name `{}` → `{}`: compiles, but reads and writes other JSON",
                                field.json, f.json
                            ),
                        )),
                        Some(_) => {}
                    }
                }
                for field in b {
                    if !a.iter().any(|f| f.name == field.name) {
                        let optional = ["Option<", "Vec<", "BTreeMap<"]
                            .iter()
                            .any(|p| field.ty.short.starts_with(p));
                        let (impact, what) = if optional {
                            (NonBreaking, "field added (the type is `#[non_exhaustive]`)")
                        } else {
                            (Breaking, "required field added: builders fail without it")
                        };
                        changes.push(change(impact, format!("{place} `.{}`", field.name), what));
                    }
                }
            }
            (Model::Enum { variants: a, .. }, Model::Enum { variants: b, .. }) => {
                for v in a {
                    match b.iter().find(|w| w.name == v.name) {
                        None => changes.push(change(
                            Breaking,
                            format!("{place}::{}", v.name),
                            "variant removed: code naming it no longer compiles",
                        )),
                        Some(w) if w.holds != v.holds || w.json != v.json => changes.push(change(
                            Breaking,
                            format!("{place}::{}", v.name),
                            "variant changed",
                        )),
                        Some(_) => {}
                    }
                }
                for v in b {
                    if !a.iter().any(|w| w.name == v.name) {
                        changes.push(change(
                            NonBreaking,
                            format!("{place}::{}", v.name),
                            "variant added (the enum is `#[non_exhaustive]`)",
                        ));
                    }
                }
            }
            (Model::Newtype { inner: a, .. }, Model::Newtype { inner: b, .. }) if a != b => {
                changes.push(change(
                    Breaking,
                    place,
                    format!("wraps `{}` instead of `{}`", b.short, a.short),
                ));
            }
            (Model::Newtype { .. }, Model::Newtype { .. }) => {}
            _ => changes.push(change(
                Breaking,
                place,
                "changed kind (struct, enum or newtype)",
            )),
        }
    }
    for model in &head.models {
        if !base.models.iter().any(|m| m.name() == model.name()) {
            changes.push(change(
                NonBreaking,
                format!("`types::{}`", model.name()),
                "type added",
            ));
        }
    }
    changes
}

/// The version after a change, by Cargo's semver rules: while the major is
/// 0, a breaking change bumps the minor and anything else the patch.
pub fn next_version(current: &str, breaking: bool) -> String {
    use crate::release::bump::{Level, next};
    match semver::Version::parse(current) {
        Ok(version) => {
            let level = if breaking {
                Level::Breaking
            } else {
                Level::Compatible
            };
            next(&version, level).to_string()
        }
        Err(_) => format!("(cannot read version `{current}`)"),
    }
}

/// One spec's part of the report.
pub struct SpecReport {
    /// The API's name.
    pub api: String,
    /// `added`, `removed`, or `changed`.
    pub status: &'static str,
    /// API changes.
    pub api_changes: Vec<Change>,
    /// Rust API changes.
    pub rust_changes: Vec<Change>,
    /// The crate's version now.
    pub version: String,
}

impl SpecReport {
    /// Whether anything in it breaks consumers.
    pub fn breaking(&self) -> bool {
        self.status == "removed"
            || self
                .api_changes
                .iter()
                .chain(&self.rust_changes)
                .any(|c| c.impact == Impact::Breaking)
    }
}

/// The Markdown report.
pub fn markdown(base: &str, reports: &[SpecReport]) -> String {
    let mut out = String::new();
    if reports.is_empty() {
        let _ = writeln!(out, "No spec changes since `{base}`.");
        return out;
    }
    let _ = writeln!(
        out,
        "## What this change does to the API clients (since `{base}`)\n"
    );
    for report in reports {
        let verdict = if report.breaking() {
            "**breaking**"
        } else {
            "non-breaking"
        };
        let spec = format!("specs/{}.yaml", report.api);
        let _ = writeln!(
            out,
            "### `{spec}` ({}) → crate `{}`: {verdict}\n",
            report.status, report.api
        );
        if report.status == "removed" {
            let _ = writeln!(
                out,
                "The spec is gone, and with it the crate: every consumer breaks.\n"
            );
            continue;
        }
        if report.status == "added" {
            let _ = writeln!(
                out,
                "A new API, and a new crate: nothing existing changes.\n"
            );
            continue;
        }
        if report.api_changes.is_empty() && report.rust_changes.is_empty() {
            let _ = writeln!(out, "Only descriptions or examples changed.\n");
        }
        table(&mut out, "API change", &report.api_changes);
        table(&mut out, "Rust API change", &report.rust_changes);
        if report.status == "changed" {
            let _ = writeln!(
                out,
                "Semver: `{}` → `{}`{}.\n",
                report.version,
                next_version(&report.version, report.breaking()),
                if report.breaking() && report.version.starts_with("0.") {
                    " (a breaking change bumps the minor while the major is 0)"
                } else {
                    ""
                }
            );
        }
    }
    let breaking = reports.iter().filter(|r| r.breaking()).count();
    let _ = writeln!(
        out,
        "{} spec(s) changed; {}.",
        reports.len(),
        if breaking == 0 {
            "nothing breaking".to_owned()
        } else {
            format!("**{breaking} with breaking changes**")
        }
    );
    out
}

fn table(out: &mut String, heading: &str, changes: &[Change]) {
    if changes.is_empty() {
        return;
    }
    let mut sorted = changes.to_vec();
    sorted.sort();
    let _ = writeln!(out, "| {heading} | where | for consumers |\n|---|---|---|");
    for c in sorted {
        let impact = match c.impact {
            Impact::Breaking => "**breaking**",
            Impact::NonBreaking => "non-breaking",
        };
        let _ = writeln!(
            out,
            "| {} | {} | {impact} |",
            c.what.replace('|', "\\|"),
            c.place.replace('|', "\\|")
        );
    }
    out.push('\n');
}

/// Compares every spec at git revision `base` with the working tree: the
/// report, and whether anything is breaking.
pub fn run(root: &std::path::Path, base: &str) -> Result<(String, bool), String> {
    let reports = reports(root, base)?;
    let breaking = reports.iter().any(SpecReport::breaking);
    Ok((markdown(base, &reports), breaking))
}

/// Each spec that differs between git revision `base` and the working tree,
/// with what its change does: the report's content, per crate.
pub fn reports(root: &std::path::Path, base: &str) -> Result<Vec<SpecReport>, String> {
    let git = |args: &[&str]| crate::release::git::run(root, args);
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{base}^{{commit}}"),
    ])
    .map_err(|_| format!("`{base}` is not a git revision here"))?;
    let listed = git(&["ls-tree", "--name-only", base, "--", "specs/"])?;
    let mut names: BTreeSet<String> = listed
        .lines()
        .filter_map(|l| {
            l.strip_prefix("specs/")?
                .strip_suffix(".yaml")
                .map(str::to_owned)
        })
        .collect();
    let current = crate::project::apis(root).map_err(|e| format!("cannot list specs/: {e}"))?;
    names.extend(current.iter().map(|a| a.name.clone()));
    let mut reports = Vec::new();
    for name in names {
        reports.extend(report(root, base, &name)?);
    }
    Ok(reports)
}

/// What the change of one spec between git revision `base` and the working
/// tree does, or `None` when the spec is the same (or exists on neither side).
pub fn report(
    root: &std::path::Path,
    base: &str,
    name: &str,
) -> Result<Option<SpecReport>, String> {
    let api = crate::project::Api {
        name: name.to_owned(),
    };
    let path = api.spec_path();
    let old = crate::release::git::run(root, &["show", &format!("{base}:specs/{name}.yaml")]).ok();
    let new = std::fs::read_to_string(root.join(&path)).ok();
    let version = crate::manifest::crate_version(root, &api.crate_dir()).map_or_else(
        |e| format!("(cannot read the version: {e})"),
        |v| v.to_string(),
    );
    let empty = |status| SpecReport {
        api: name.to_owned(),
        status,
        api_changes: vec![],
        rust_changes: vec![],
        version: version.clone(),
    };
    let (old, new) = match (old, new) {
        (Some(old), Some(new)) if old == new => return Ok(None),
        (Some(old), Some(new)) => (old, new),
        (None, Some(_)) => return Ok(Some(empty("added"))),
        (Some(_), None) => return Ok(Some(empty("removed"))),
        (None, None) => return Ok(None),
    };
    let old = Spec::parse(&path, &old).map_err(|e| format!("at {base}: {e}"))?;
    let new = Spec::parse(&path, &new).map_err(|e| e.to_string())?;
    let surface = |spec: &Spec| -> Result<Surface, String> {
        let code = crate::codegen::generate(spec).map_err(|e| e.to_string())?;
        Surface::of_source(&code)
    };
    let rust = match (surface(&old), surface(&new)) {
        (Ok(a), Ok(b)) => rust_changes(&a, &b),
        (Err(e), _) => vec![change(
            Impact::Breaking,
            "(the spec at the base)",
            format!("cannot be generated: {e}"),
        )],
        (_, Err(e)) => vec![change(
            Impact::Breaking,
            "(the spec now)",
            format!("cannot be generated: {e}"),
        )],
    };
    Ok(Some(SpecReport {
        api: name.to_owned(),
        status: "changed",
        api_changes: api_changes(&old, &new),
        rust_changes: rust,
        version,
    }))
}

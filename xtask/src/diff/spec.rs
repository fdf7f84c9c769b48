//! The API view: each operation's parameters, bodies and responses,
//! flattened and compared, and the spec's servers, security and component
//! schemas; each change is tagged with its kind from the
//! [catalogue], whose verdict follows the direction its
//! message travels and what the generated crate makes of it.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::operation::{Kind as ResponseKind, Operation as Model};
use spec_model::refs::{pointer_push, resolve};
use spec_model::spec::Spec;
use spec_model::walk::{operations_in, parameters};

use super::families::{
    Alteration, BOUNDS, Composition, ParameterChange, Place, alteration_id, alternative_id,
    bound_id, how, parameter_id,
};
use super::{Change, catalogue, change};

/// What a property (or a parameter, or a whole body) is, for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shape {
    ty: String,
    format: Option<String>,
    required: bool,
    nullable: bool,
    default: Option<String>,
    values: Option<BTreeSet<String>>,
    limits: BTreeMap<&'static str, Value>,
    deprecated: bool,
    read_only: bool,
    write_only: bool,
    /// The parts of an `allOf`, by name.
    parts: BTreeSet<String>,
}

impl Shape {
    fn written(&self) -> String {
        match &self.format {
            Some(format) => format!("{} ({format})", self.ty),
            None => self.ty.clone(),
        }
    }

    /// The Rust type the generator gives a scalar of this type and format:
    /// only some formats have their own.
    fn rust_key(&self) -> String {
        let format = self.format.as_deref();
        match (self.ty.as_str(), format) {
            ("integer", None | Some("int64")) => "i64".to_owned(),
            ("number", None | Some("double")) => "f64".to_owned(),
            ("integer" | "number", Some(f)) => f.to_owned(),
            (
                "string",
                Some(f @ ("date-time" | "date" | "uuid" | "ipv4" | "ipv6" | "ip" | "binary")),
            ) => f.to_owned(),
            (t, _) => t.to_owned(),
        }
    }
}

/// Which way a message travels, which decides what breaks a client, and
/// which kinds name its changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// A parameter the client sends, where it is sent.
    Parameter(Place),
    /// A body the client sends.
    Sent,
    /// A body the client receives.
    Received,
    /// A response header.
    Header,
}

impl Direction {
    /// The place of the value at `path` (`""` the root).
    fn place(self, path: &str) -> Place {
        match self {
            Direction::Parameter(place) => place,
            Direction::Sent if path.is_empty() => Place::RequestBody,
            Direction::Sent => Place::RequestProperty,
            Direction::Received if path.is_empty() => Place::ResponseBody,
            Direction::Received => Place::ResponseProperty,
            Direction::Header => Place::ResponseHeader,
        }
    }
}

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
            format: None,
            required,
            nullable: false,
            default: None,
            values: None,
            limits: BTreeMap::new(),
            deprecated: false,
            read_only: false,
            write_only: false,
            parts: BTreeSet::new(),
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
        (_, Some((kind, _))) => kind.to_owned(),
        (Some(t), None) => t.to_owned(),
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
    let limits = BOUNDS
        .iter()
        .filter_map(|b| schema.get(b.keyword).map(|v| (b.keyword, v.clone())))
        .collect();
    let flag = |k: &str| schema.get(k) == Some(&Value::Bool(true));
    let shape = Shape {
        ty,
        format: schema
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_owned),
        required,
        nullable: schema.get("nullable") == Some(&Value::Bool(true)),
        default: schema.get("default").map(Value::to_string),
        values,
        limits,
        deprecated: flag("deprecated"),
        read_only: flag("readOnly"),
        write_only: flag("writeOnly"),
        parts: schema
            .get("allOf")
            .and_then(Value::as_array)
            .map(|parts| {
                (0..parts.len())
                    .map(|i| describe(document, &format!("{resolved}/allOf/{i}")))
                    .collect()
            })
            .unwrap_or_default(),
    };
    match out.get_mut(path) {
        // The parts' merged shape stays; it is made of these parts.
        Some(merged) if schema.get("allOf").is_some() => merged.parts = shape.parts,
        _ => {
            out.insert(path.to_owned(), shape);
        }
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

/// One parameter, flattened.
struct Parameter {
    location: String,
    name: String,
    style: String,
    explode: bool,
    deprecated: bool,
    identity: Option<Value>,
    shapes: BTreeMap<String, Shape>,
}

/// A body by media type: its flattened schema and, for forms and
/// multipart, how each field is encoded.
type Media = BTreeMap<String, (BTreeMap<String, Shape>, BTreeMap<String, String>)>;

/// A response header: whether it is required, and its schema, flattened.
type Header = (bool, BTreeMap<String, Shape>);

/// Security requirements: alternatives, each scheme with its scopes.
type Requirements = BTreeSet<BTreeMap<String, BTreeSet<String>>>;

/// One operation, flattened.
struct Operation {
    key: String,
    name: String,
    derived: bool,
    deprecated: bool,
    tags: BTreeSet<String>,
    params: BTreeMap<String, Parameter>,
    body: Option<(bool, Media)>,
    responses: BTreeMap<String, (Media, BTreeMap<String, Header>)>,
    security: Requirements,
    paging: Option<Value>,
    idempotent: bool,
    model: Option<Model>,
}

fn requirements(list: &Value) -> Requirements {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|alternative| {
            alternative
                .iter()
                .map(|(scheme, scopes)| {
                    let scopes = scopes
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect();
                    (scheme.clone(), scopes)
                })
                .collect()
        })
        .collect()
}

fn operations(spec: &Spec) -> BTreeMap<String, Operation> {
    let document = &spec.document;
    let derived: BTreeSet<&String> = spec.derived_operation_ids.iter().collect();
    let global_security = document.get("security").cloned().unwrap_or(Value::Null);
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
            let object = document.pointer(&parameter.pointer);
            let field = |k: &str| object.and_then(|o| o.get(k));
            let style = field("style")
                .and_then(Value::as_str)
                .unwrap_or(match parameter.location.as_str() {
                    "query" | "cookie" => "form",
                    _ => "simple",
                })
                .to_owned();
            let explode = field("explode")
                .and_then(Value::as_bool)
                .unwrap_or(style == "form");
            params.insert(
                format!("{} parameter `{}`", parameter.location, parameter.name),
                Parameter {
                    location: parameter.location.clone(),
                    name: parameter.name.clone(),
                    style,
                    explode,
                    deprecated: field("deprecated") == Some(&Value::Bool(true)),
                    identity: field("x-request-identity").cloned(),
                    shapes,
                },
            );
        }
        let body = operation.get("requestBody").map(|_| {
            let body_pointer = resolve(document, &format!("{pointer}/requestBody"));
            let required =
                document.pointer(&format!("{body_pointer}/required")) == Some(&Value::Bool(true));
            (required, media(document, &body_pointer, required))
        });
        let mut responses = BTreeMap::new();
        if let Some(statuses) = operation.get("responses").and_then(Value::as_object) {
            for status in statuses.keys() {
                let response = resolve(
                    document,
                    &pointer_push(&format!("{pointer}/responses"), status),
                );
                responses.insert(
                    status.clone(),
                    (
                        media(document, &response, true),
                        headers(document, &response),
                    ),
                );
            }
        }
        let security = requirements(operation.get("security").unwrap_or(&global_security));
        found.insert(
            key.clone(),
            Operation {
                key,
                derived: derived.contains(pointer),
                name,
                deprecated: operation.get("deprecated") == Some(&Value::Bool(true)),
                tags: operation
                    .get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
                params,
                body,
                responses,
                security,
                paging: operation.get("x-pagination").cloned(),
                idempotent: operation.get("x-idempotent") == Some(&Value::Bool(true)),
                model: Model::of(document, &at),
            },
        );
    }
    found
}

/// Every media type of a request or response body, flattened.
fn media(document: &Value, pointer: &str, required: bool) -> Media {
    let mut out = Media::new();
    let content = document
        .pointer(&format!("{pointer}/content"))
        .and_then(Value::as_object);
    for (media, object) in content.into_iter().flatten() {
        let at = pointer_push(&format!("{pointer}/content"), media);
        let mut shapes = BTreeMap::new();
        flatten(
            document,
            &format!("{at}/schema"),
            "",
            required,
            &mut Vec::new(),
            &mut shapes,
        );
        let encoding = object
            .get("encoding")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(field, e)| (field.clone(), e.to_string()))
            .collect();
        out.insert(media.clone(), (shapes, encoding));
    }
    out
}

fn headers(document: &Value, pointer: &str) -> BTreeMap<String, Header> {
    let mut out = BTreeMap::new();
    let listed = document
        .pointer(&format!("{pointer}/headers"))
        .and_then(Value::as_object);
    for name in listed.into_iter().flatten().map(|(k, _)| k) {
        let at = resolve(document, &pointer_push(&format!("{pointer}/headers"), name));
        let header = document.pointer(&at);
        let required = header.and_then(|h| h.get("required")) == Some(&Value::Bool(true));
        let mut shapes = BTreeMap::new();
        flatten(
            document,
            &format!("{at}/schema"),
            "",
            required,
            &mut Vec::new(),
            &mut shapes,
        );
        out.insert(name.to_ascii_lowercase(), (required, shapes));
    }
    out
}

/// What changed in the API between two versions of a spec.
pub fn api_changes(base: &Spec, head: &Spec) -> Vec<Change> {
    let mut changes = Vec::new();
    let (old, new) = (operations(base), operations(head));
    // Operations are the same one when their method and path are, or, failing
    // that, their name.
    let mut pairs: Vec<(&Operation, &Operation)> = Vec::new();
    let mut gone: Vec<&Operation> = Vec::new();
    for (key, op) in &old {
        match new.get(key) {
            Some(now) => pairs.push((op, now)),
            None => gone.push(op),
        }
    }
    let mut arrived: Vec<&Operation> = new.values().filter(|o| !old.contains_key(&o.key)).collect();
    for op in gone {
        match arrived.iter().position(|n| n.name == op.name) {
            Some(i) => {
                let now = arrived.remove(i);
                changes.push(change(
                    "operation-path-changed",
                    format!("`{}`", op.name),
                    format!("{} → {}", op.key, now.key),
                ));
                pairs.push((op, now));
            }
            None => changes.push(change(
                "operation-removed",
                format!("`{}` ({})", op.name, op.key),
                "operation removed",
            )),
        }
    }
    for op in arrived {
        changes.push(change(
            "operation-added",
            format!("`{}` ({})", op.name, op.key),
            "operation added",
        ));
    }
    for (op, now) in pairs {
        compare_operations(op, now, &mut changes);
    }
    compare_schemas(&base.document, &head.document, &mut changes);
    compare_security_schemes(&base.document, &head.document, &mut changes);
    compare_servers(&base.document, &head.document, &mut changes);
    compare_enum_varnames(&base.document, &head.document, &mut changes);
    compare_rust_names(&base.document, &head.document, &mut changes);
    changes
}

fn compare_operations(op: &Operation, now: &Operation, changes: &mut Vec<Change>) {
    let at = |what: &str| format!("`{}` {what}", now.name);
    if op.name != now.name {
        let kind = match (op.derived, now.derived) {
            (true, false) => "operation-id-added",
            (false, true) => "operation-id-removed",
            _ => "operation-id-changed",
        };
        changes.push(change(
            kind,
            format!("`{}` ({})", now.name, now.key),
            format!("named `{}` before", op.name),
        ));
    }
    if op.deprecated != now.deprecated {
        let (kind, what) = if now.deprecated {
            ("operation-deprecated", "deprecated")
        } else {
            ("operation-undeprecated", "no longer deprecated")
        };
        changes.push(change(kind, format!("`{}`", now.name), what));
    }
    for tag in op.tags.difference(&now.tags) {
        changes.push(change(
            "operation-tag-removed",
            format!("`{}`", now.name),
            format!("tag `{tag}` removed"),
        ));
    }
    for tag in now.tags.difference(&op.tags) {
        changes.push(change(
            "operation-tag-added",
            format!("`{}`", now.name),
            format!("tag `{tag}` added"),
        ));
    }
    compare_parameters(op, now, changes);
    match (&op.body, &now.body) {
        (Some(_), None) => changes.push(change(
            "request-body-removed",
            at("request body"),
            "request body removed",
        )),
        (None, Some((required, _))) => changes.push(change(
            if *required {
                "request-body-added-required"
            } else {
                "request-body-added-optional"
            },
            at("request body"),
            "request body added",
        )),
        (Some((was, a)), Some((is, b))) => {
            if was != is {
                let (kind, what) = if *is {
                    ("request-body-became-required", "optional → required")
                } else {
                    ("request-body-became-optional", "required → optional")
                };
                changes.push(change(kind, at("request body"), what));
            }
            compare_media(a, b, Direction::Sent, &at("request"), changes);
        }
        (None, None) => {}
    }
    for (status, (media, headers)) in &op.responses {
        let place = at(&format!("response {status}"));
        match now.responses.get(status) {
            None => changes.push(change(
                &format!("response-{}-status-removed", status_class(status)),
                place,
                "response status removed",
            )),
            Some((now_media, now_headers)) => {
                compare_media(media, now_media, Direction::Received, &place, changes);
                compare_headers(headers, now_headers, &place, changes);
            }
        }
    }
    for status in now.responses.keys() {
        if !op.responses.contains_key(status) {
            changes.push(change(
                &format!("response-{}-status-added", status_class(status)),
                at(&format!("response {status}")),
                "response status added",
            ));
        }
    }
    if let (Some(a), Some(b)) = (&op.model, &now.model) {
        for (kind, id, noun) in [
            (
                ResponseKind::Success,
                "response-success-type-changed",
                "success",
            ),
            (ResponseKind::Error, "response-error-type-changed", "error"),
        ] {
            if type_of(a.shape(kind)) != type_of(b.shape(kind)) {
                changes.push(change(
                    id,
                    at("responses"),
                    format!("the {noun} statuses' bodies now make another type"),
                ));
            }
        }
    }
    compare_security(&op.security, &now.security, &at("security"), changes);
    match (&op.paging, &now.paging) {
        (None, Some(_)) => changes.push(change(
            "extension-pagination-added",
            at("`x-pagination`"),
            "paged",
        )),
        (Some(_), None) => changes.push(change(
            "extension-pagination-removed",
            at("`x-pagination`"),
            "no longer paged",
        )),
        (Some(a), Some(b)) if a != b => changes.push(change(
            "extension-pagination-changed",
            at("`x-pagination`"),
            "pages another way",
        )),
        _ => {}
    }
    if op.idempotent != now.idempotent {
        let (kind, what) = if now.idempotent {
            ("extension-idempotent-added", "marked idempotent")
        } else {
            (
                "extension-idempotent-removed",
                "no longer marked idempotent",
            )
        };
        changes.push(change(kind, at("`x-idempotent`"), what));
    }
}

/// The type the bodies of responses of one kind decode into, as far as
/// its name goes: a `$ref` names its own; an inline schema is named after
/// the operation, so a change inside it (a bound, a property) leaves the
/// type the same, and is reported where it is; only another sort of value
/// (an object for a string, an array for an object) is another type.
fn type_of(shape: spec_model::operation::Shape) -> spec_model::operation::Shape {
    use spec_model::operation::Shape;
    match shape {
        Shape::One(schema) if schema.get("$ref").is_none() => {
            let sort = ["oneOf", "anyOf", "allOf", "type"]
                .iter()
                .find_map(|k| schema.get(*k).map(|v| (*k, v)))
                .map(|(k, v)| match k {
                    "type" => v.clone(),
                    _ => Value::String(k.to_owned()),
                });
            Shape::One(serde_json::json!({ "inline": sort }))
        }
        other => other,
    }
}

/// What a documented status is to the client: a success (below 400), an
/// error, or `default`, each of which it decodes its own way.
fn status_class(status: &str) -> &'static str {
    match status.as_bytes().first() {
        _ if status == "default" => "default",
        Some(b'1' | b'2' | b'3') => "success",
        _ => "error",
    }
}

fn compare_parameters(op: &Operation, now: &Operation, changes: &mut Vec<Change>) {
    let at = |what: &str| format!("`{}` {what}", now.name);
    // A parameter whose location the generator refuses (a cookie) has no
    // kinds of its own: the Rust API table says the spec cannot be
    // generated.
    let id = |p: &Parameter, c: ParameterChange| {
        Place::parameter(&p.location).map(|place| parameter_id(place, c))
    };
    let push = |changes: &mut Vec<Change>, id: Option<String>, place: String, what: String| {
        if let Some(id) = id {
            push_known(changes, &id, place, what);
        }
    };
    for (key, param) in &op.params {
        let Some(is) = now.params.get(key) else {
            let moved = now.params.values().find(|p| {
                p.name == param.name
                    && p.location != param.location
                    && !op
                        .params
                        .values()
                        .any(|q| q.name == p.name && q.location == p.location)
            });
            match moved {
                Some(p) => changes.push(change(
                    "parameter-location-changed",
                    at(&format!("parameter `{}`", param.name)),
                    format!("moved from {} to {}", param.location, p.location),
                )),
                None => push(
                    changes,
                    id(param, ParameterChange::Removed),
                    at(key),
                    "parameter removed".to_owned(),
                ),
            }
            continue;
        };
        if param.style != is.style {
            push(
                changes,
                id(is, ParameterChange::StyleChanged),
                at(key),
                format!("`style` {} → {}", param.style, is.style),
            );
        }
        if param.explode != is.explode {
            push(
                changes,
                id(is, ParameterChange::ExplodeChanged),
                at(key),
                format!("`explode` {} → {}", param.explode, is.explode),
            );
        }
        if param.identity != is.identity {
            push(
                changes,
                Some("extension-request-identity-changed".to_owned()),
                at(key),
                "`x-request-identity` changed".to_owned(),
            );
        }
        let Some(place) = Place::parameter(&is.location) else {
            continue;
        };
        if param.deprecated != is.deprecated {
            let (alteration, what) = if is.deprecated {
                (Alteration::Deprecated, "deprecated")
            } else {
                (Alteration::Undeprecated, "no longer deprecated")
            };
            push(
                changes,
                Some(alteration_id(place, alteration)),
                at(key),
                what.to_owned(),
            );
        }
        compare_shapes(
            &param.shapes,
            &is.shapes,
            Direction::Parameter(place),
            &at(key),
            changes,
        );
    }
    for (key, param) in &now.params {
        if op.params.contains_key(key)
            || op
                .params
                .values()
                .any(|p| p.name == param.name && !now.params.contains_key(&key_of(p)))
        {
            continue;
        }
        let required = param.shapes.get("").is_some_and(|s| s.required);
        let (kind, what) = if required {
            (ParameterChange::RequiredAdded, "required parameter added")
        } else {
            (ParameterChange::OptionalAdded, "optional parameter added")
        };
        push(changes, id(param, kind), at(key), what.to_owned());
    }
}

fn key_of(p: &Parameter) -> String {
    format!("{} parameter `{}`", p.location, p.name)
}

fn compare_media(a: &Media, b: &Media, direction: Direction, place: &str, out: &mut Vec<Change>) {
    let sent = direction == Direction::Sent;
    let several = a.len() > 1 || b.len() > 1;
    for (media, (shapes, encoding)) in a {
        let here = if several {
            format!("{place} ({media})")
        } else {
            place.to_owned()
        };
        match b.get(media) {
            None if !several && b.len() == 1 => {
                // One media type for another: the body is another.
                let (other, (now_shapes, _)) = b.iter().next().expect("one media type");
                out.push(change(
                    if sent {
                        "request-media-type-removed"
                    } else {
                        "response-media-type-removed"
                    },
                    place.to_owned(),
                    format!("`{media}` → `{other}`"),
                ));
                compare_shapes(shapes, now_shapes, direction, place, out);
            }
            None => out.push(change(
                if sent {
                    "request-media-type-removed"
                } else {
                    "response-media-type-removed"
                },
                here,
                format!("`{media}` removed"),
            )),
            Some((now_shapes, now_encoding)) => {
                compare_shapes(shapes, now_shapes, direction, &here, out);
                for field in encoding
                    .keys()
                    .chain(now_encoding.keys())
                    .collect::<BTreeSet<_>>()
                {
                    if encoding.get(field) != now_encoding.get(field) {
                        out.push(change(
                            "request-form-encoding-changed",
                            format!("{here}: `{field}`"),
                            "encoded another way",
                        ));
                    }
                }
            }
        }
    }
    if !several && a.len() == 1 && b.len() == 1 {
        return;
    }
    for media in b.keys() {
        if !a.contains_key(media) {
            out.push(change(
                if sent {
                    "request-media-type-added"
                } else {
                    "response-media-type-added"
                },
                format!("{place} ({media})"),
                format!("`{media}` added"),
            ));
        }
    }
}

fn compare_headers(
    a: &BTreeMap<String, Header>,
    b: &BTreeMap<String, Header>,
    place: &str,
    out: &mut Vec<Change>,
) {
    for (name, (required, shapes)) in a {
        let here = format!("{place}: header `{name}`");
        match b.get(name) {
            None if *required => out.push(change(
                "response-header-removed-required",
                here,
                "required header removed",
            )),
            None => out.push(change(
                "response-header-removed-optional",
                here,
                "optional header removed",
            )),
            Some((now_required, now_shapes)) => {
                if required != now_required {
                    let (kind, what) = if *now_required {
                        ("response-header-became-required", "optional → required")
                    } else {
                        ("response-header-became-optional", "required → optional")
                    };
                    out.push(change(kind, here.clone(), what));
                }
                compare_shapes(shapes, now_shapes, Direction::Header, &here, out);
            }
        }
    }
    for name in b.keys() {
        if !a.contains_key(name) {
            out.push(change(
                "response-header-added",
                format!("{place}: header `{name}`"),
                "header added",
            ));
        }
    }
}

/// Pushes a change of kind `id`, when the catalogue has the kind: a change
/// that cannot happen where it is in a spec the generator takes (a header
/// that is null, an object's bound on a header) has none, and the Rust API
/// table says that side cannot be generated.
fn push_known(changes: &mut Vec<Change>, id: &str, place: String, what: impl Into<String>) {
    if catalogue::find(id).is_some() {
        changes.push(change(id, place, what));
    }
}

fn compare_shapes(
    old: &BTreeMap<String, Shape>,
    new: &BTreeMap<String, Shape>,
    direction: Direction,
    place: &str,
    changes: &mut Vec<Change>,
) {
    let param = matches!(direction, Direction::Parameter(_));
    let received = matches!(direction, Direction::Received | Direction::Header);
    let noun = if received { "response" } else { "request" };
    let here = |path: &str| {
        if path.is_empty() {
            place.to_owned()
        } else {
            format!("{place}: `{path}`")
        }
    };
    let composition = |shapes: &BTreeMap<String, Shape>, path: &str| {
        let parent = path.rsplit_once('<').map_or("", |(p, _)| p);
        shapes
            .get(parent)
            .and_then(|s| Composition::of_keyword(&s.ty))
            .map(|c| (direction.place(parent), c))
    };
    for (path, was) in old {
        let at = direction.place(path);
        let alter = |changes: &mut Vec<Change>, a: Alteration, what: String| {
            push_known(changes, &alteration_id(at, a), here(path), what);
        };
        let Some(now) = new.get(path) else {
            if let Some(renamed) = renamed_to(old, new, path) {
                if !removed_parent(old, new, path) {
                    changes.push(change(
                        "property-renamed-same-rust-name",
                        here(path),
                        format!("JSON name now `{renamed}`"),
                    ));
                }
                continue;
            }
            // Only the outermost removal is worth a row.
            if !removed_parent(old, new, path) {
                let (kind, what) = match (alternative_of(path), composition(old, path)) {
                    (Some(_), Some((at, c))) => {
                        (alternative_id(at, c, false), "alternative removed")
                    }
                    _ => match direction {
                        Direction::Parameter(p) if path.is_empty() => (
                            parameter_id(p, ParameterChange::Removed),
                            "property removed",
                        ),
                        _ => (format!("{noun}-property-removed"), "property removed"),
                    },
                };
                push_known(changes, &kind, here(path), format!("{noun} {what}"));
            }
            continue;
        };
        if was.ty != now.ty {
            alter(
                changes,
                Alteration::TypeChanged,
                format!("type changed from {} to {}", was.written(), now.written()),
            );
        } else if was.format != now.format {
            let kind = if was.rust_key() != now.rust_key() {
                Alteration::TypeChanged
            } else {
                Alteration::FormatChanged
            };
            alter(
                changes,
                kind,
                format!("type changed from {} to {}", was.written(), now.written()),
            );
        }
        // At the root, a parameter's or a request body's own flag, reported
        // with them; a response header's, by `compare_headers`.
        let own = !path.is_empty() && direction != Direction::Header;
        if was.required != now.required && own {
            let kind = if now.required {
                format!("{noun}-property-became-required")
            } else {
                format!("{noun}-property-became-optional")
            };
            let what = match (received, now.required) {
                (true, false) => "required → optional (may now be absent)",
                (_, true) => "optional → required",
                (false, false) => "required → optional",
            };
            push_known(changes, &kind, here(path), what);
        }
        if let Direction::Parameter(p) = direction
            && path.is_empty()
            && was.required != now.required
        {
            let (kind, what) = if now.required {
                (ParameterChange::BecameRequired, "optional → required")
            } else {
                (ParameterChange::BecameOptional, "required → optional")
            };
            push_known(changes, &parameter_id(p, kind), here(path), what);
        }
        if was.nullable != now.nullable {
            let (kind, what) = if now.nullable {
                (Alteration::NullableAdded, "now nullable")
            } else {
                (Alteration::NullableRemoved, "no longer nullable")
            };
            alter(changes, kind, what.to_owned());
        }
        if was.default != now.default {
            let kind = match (&was.default, &now.default) {
                (None, _) => Alteration::DefaultAdded,
                (_, None) => Alteration::DefaultRemoved,
                _ => Alteration::DefaultChanged,
            };
            let what = format!(
                "default {} → {}",
                was.default.as_deref().unwrap_or("none"),
                now.default.as_deref().unwrap_or("none")
            );
            alter(changes, kind, what);
        }
        // A parameter's own `deprecated` is compared with the parameter.
        for (flag, (a, b), (on, off)) in [
            (
                "deprecated",
                (
                    was.deprecated && !(param && path.is_empty()),
                    now.deprecated && !(param && path.is_empty()),
                ),
                (Alteration::Deprecated, Alteration::Undeprecated),
            ),
            (
                "readOnly",
                (was.read_only, now.read_only),
                (Alteration::ReadOnlyAdded, Alteration::ReadOnlyRemoved),
            ),
            (
                "writeOnly",
                (was.write_only, now.write_only),
                (Alteration::WriteOnlyAdded, Alteration::WriteOnlyRemoved),
            ),
        ] {
            if a != b {
                let what = format!("`{flag}` {a} → {b}");
                alter(changes, if b { on } else { off }, what);
            }
        }
        match (&was.values, &now.values) {
            (Some(a), Some(b)) => {
                for removed in a.difference(b) {
                    alter(
                        changes,
                        Alteration::EnumValueRemoved,
                        format!("enum value `{removed}` removed"),
                    );
                }
                for added in b.difference(a) {
                    alter(
                        changes,
                        Alteration::EnumValueAdded,
                        format!("enum value `{added}` added"),
                    );
                }
            }
            (None, Some(_)) => alter(
                changes,
                Alteration::BecameEnum,
                "narrowed to an enum".into(),
            ),
            (Some(_), None) => alter(
                changes,
                Alteration::EnumRemoved,
                "enum constraint removed".into(),
            ),
            (None, None) => {}
        }
        for part in was.parts.difference(&now.parts) {
            push_known(
                changes,
                &alternative_id(at, Composition::AllOf, false),
                here(path),
                format!("`allOf` part `{part}` removed"),
            );
        }
        for part in now.parts.difference(&was.parts) {
            push_known(
                changes,
                &alternative_id(at, Composition::AllOf, true),
                here(path),
                format!("`allOf` part `{part}` added"),
            );
        }
        for b in &BOUNDS {
            let (x, y) = (was.limits.get(b.keyword), now.limits.get(b.keyword));
            let Some(how) = how(b, x, y) else {
                continue;
            };
            let show = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), Value::to_string);
            let what = format!("`{}` {} → {}", b.keyword, show(x), show(y));
            push_known(changes, &bound_id(at, b, how), here(path), what);
        }
    }
    for (path, now) in new {
        if old.contains_key(path)
            || removed_parent(new, old, path)
            || renamed_to(new, old, path).is_some()
        {
            continue;
        }
        let (kind, what) = match (composition(new, path), received, now.required) {
            (Some((at, c)), _, _) if alternative_of(path).is_some() => {
                (alternative_id(at, c, true), "alternative added")
            }
            (_, true, true) => (
                "response-property-added-required".to_owned(),
                "required response property added",
            ),
            (_, true, false) => (
                "response-property-added-optional".to_owned(),
                "optional response property added",
            ),
            (_, false, true) => (
                "request-property-added-required".to_owned(),
                "required request property added",
            ),
            (_, false, false) => (
                "request-property-added-optional".to_owned(),
                "optional request property added",
            ),
        };
        push_known(changes, &kind, here(path), what);
    }
}

/// The path in `to` that `path` (gone from `to`) was renamed to, when both
/// give the same Rust name: the same letters and digits, case aside.
fn renamed_to<'a>(
    from: &BTreeMap<String, Shape>,
    to: &'a BTreeMap<String, Shape>,
    path: &str,
) -> Option<&'a str> {
    let rust = |p: &str| -> String {
        p.chars()
            .filter(|c| c.is_ascii_alphanumeric() || "._[]{}<>".contains(*c))
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let wanted = rust(path);
    to.keys()
        .find(|q| !from.contains_key(*q) && *q != path && rust(q) == wanted)
        .map(String::as_str)
}

/// The alternative a path ends in (`a<Cat>`), if it does.
fn alternative_of(path: &str) -> Option<&str> {
    path.strip_suffix('>')
        .and_then(|p| p.rsplit_once('<'))
        .map(|(_, name)| name)
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

fn compare_security(a: &Requirements, b: &Requirements, place: &str, out: &mut Vec<Change>) {
    if a == b {
        return;
    }
    let public = |r: &Requirements| r.is_empty() || r.iter().any(BTreeMap::is_empty);
    match (public(a), public(b)) {
        (false, true) => {
            out.push(change(
                "security-disabled",
                place.to_owned(),
                "credentials no longer needed",
            ));
            return;
        }
        (true, false) => {
            out.push(change(
                "security-enabled",
                place.to_owned(),
                "credentials now needed",
            ));
            return;
        }
        _ => {}
    }
    // An alternative that keeps its schemes and asks other scopes, or
    // that gains or loses a scheme sent beside the others, is the same
    // alternative changed: paired first, so that what is left was removed
    // or added whole.
    let mut removed: Vec<&Alternative> = a.difference(b).collect();
    let mut added: Vec<&Alternative> = b.difference(a).collect();
    let same_schemes = |x: &Alternative, y: &Alternative| x.keys().eq(y.keys());
    let within = |x: &Alternative, y: &Alternative| x.keys().all(|k| y.contains_key(k));
    for pairing in [
        &same_schemes as &dyn Fn(&Alternative, &Alternative) -> bool,
        &|x: &Alternative, y: &Alternative| within(x, y) || within(y, x),
    ] {
        let mut i = 0;
        while i < removed.len() {
            let was = removed[i];
            match added.iter().position(|now| pairing(was, now)) {
                Some(j) => {
                    let now = added.remove(j);
                    removed.remove(i);
                    compare_alternative(was, now, place, out);
                }
                None => i += 1,
            }
        }
    }
    for alternative in removed {
        out.push(change(
            "security-alternative-removed",
            place.to_owned(),
            format!("`{}` no longer accepted", shown(alternative)),
        ));
    }
    for alternative in added {
        out.push(change(
            "security-alternative-added",
            place.to_owned(),
            format!("`{}` now accepted", shown(alternative)),
        ));
    }
}

/// One alternative of a requirement list: its schemes, each with the
/// OAuth 2.0 scopes it asks for.
type Alternative = BTreeMap<String, BTreeSet<String>>;

/// The same alternative, changed: schemes sent beside the others added or
/// removed, and scopes asked of a scheme added or removed.
fn compare_alternative(was: &Alternative, now: &Alternative, place: &str, out: &mut Vec<Change>) {
    for scheme in now.keys().filter(|k| !was.contains_key(*k)) {
        out.push(change(
            "security-requirement-scheme-added",
            place.to_owned(),
            format!("`{scheme}` now needed beside `{}`", shown(was)),
        ));
    }
    for scheme in was.keys().filter(|k| !now.contains_key(*k)) {
        out.push(change(
            "security-requirement-scheme-removed",
            place.to_owned(),
            format!("`{scheme}` no longer needed beside `{}`", shown(now)),
        ));
    }
    for (scheme, scopes) in was {
        let Some(now_scopes) = now.get(scheme) else {
            continue;
        };
        for scope in now_scopes.difference(scopes) {
            out.push(change(
                "security-scope-added",
                place.to_owned(),
                format!("`{scheme}`: scope `{scope}` now needed"),
            ));
        }
        for scope in scopes.difference(now_scopes) {
            out.push(change(
                "security-scope-removed",
                place.to_owned(),
                format!("`{scheme}`: scope `{scope}` no longer needed"),
            ));
        }
    }
}

fn shown(alternative: &Alternative) -> String {
    alternative.keys().cloned().collect::<Vec<_>>().join(" + ")
}

fn object<'a>(document: &'a Value, pointer: &str) -> BTreeMap<&'a String, &'a Value> {
    document
        .pointer(pointer)
        .and_then(Value::as_object)
        .map(|o| o.iter().collect())
        .unwrap_or_default()
}

/// What of a security scheme the client reads to send its credential: the
/// scheme without its descriptions, each OAuth 2.0 flow's scopes by name
/// only (their descriptions are text), and, when `token_url_apart`, the
/// client credentials flow's token URL left to its own kind.
fn sent_as(scheme: &Value, token_url_apart: bool) -> Value {
    let mut scheme = scheme.clone();
    if let Some(o) = scheme.as_object_mut() {
        o.remove("description");
    }
    if let Some(flows) = scheme.get_mut("flows").and_then(Value::as_object_mut) {
        for (name, flow) in flows.iter_mut() {
            let Some(flow) = flow.as_object_mut() else {
                continue;
            };
            if let Some(scopes) = flow.get("scopes").and_then(Value::as_object) {
                let names: Vec<Value> = scopes.keys().cloned().map(Value::String).collect();
                flow.insert("scopes".to_owned(), Value::Array(names));
            }
            if token_url_apart && name == "clientCredentials" {
                flow.remove("tokenUrl");
            }
        }
    }
    scheme
}

fn compare_security_schemes(a: &Value, b: &Value, out: &mut Vec<Change>) {
    let (old, new) = (
        object(a, "/components/securitySchemes"),
        object(b, "/components/securitySchemes"),
    );
    for (name, scheme) in &old {
        let place = format!("security scheme `{name}`");
        match new.get(name) {
            None => out.push(change("security-scheme-removed", place, "removed")),
            Some(now) => {
                let token_url = |v: &Value| {
                    v.pointer("/flows/clientCredentials/tokenUrl")
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                };
                let (was_url, now_url) = (token_url(scheme), token_url(now));
                if let (Some(was_url), Some(now_url)) = (&was_url, &now_url)
                    && was_url != now_url
                {
                    out.push(change(
                        "security-token-url-changed",
                        place.clone(),
                        format!("`clientCredentials` token URL `{was_url}` → `{now_url}`"),
                    ));
                }
                let apart = was_url.is_some() && now_url.is_some();
                compare_scheme(&sent_as(scheme, apart), &sent_as(now, apart), &place, out);
            }
        }
    }
    for name in new.keys() {
        if !old.contains_key(name) {
            out.push(change(
                "security-scheme-added",
                format!("security scheme `{name}`"),
                "added",
            ));
        }
    }
}

/// One security scheme, as the client reads it ([`sent_as`]) on both
/// sides: its type, its HTTP scheme, where its key goes, its OAuth 2.0
/// flows and their scopes, each a kind; anything else it says, one more.
fn compare_scheme(was: &Value, now: &Value, place: &str, out: &mut Vec<Change>) {
    if was == now {
        return;
    }
    let text = |v: &Value, k: &str| match v.get(k) {
        Some(Value::String(s)) => format!("`{s}`"),
        Some(other) => other.to_string(),
        None => "none".to_owned(),
    };
    let mut push = |kind: &str, what: String| out.push(change(kind, place.to_owned(), what));
    if was.get("type") != now.get("type") {
        push(
            "security-scheme-type-changed",
            format!("type {} → {}", text(was, "type"), text(now, "type")),
        );
        return;
    }
    let mut rest = (was.clone(), now.clone());
    let mut take = |keys: &[&str]| -> bool {
        let mut differ = false;
        for k in keys {
            let (a, b) = (
                rest.0.as_object_mut().and_then(|o| o.remove(*k)),
                rest.1.as_object_mut().and_then(|o| o.remove(*k)),
            );
            differ |= a != b;
        }
        differ
    };
    if take(&["scheme"]) {
        push(
            "security-scheme-http-scheme-changed",
            format!("scheme {} → {}", text(was, "scheme"), text(now, "scheme")),
        );
    }
    if take(&["in", "name"]) {
        push(
            "security-scheme-api-key-moved",
            format!(
                "key in {} as {} → in {} as {}",
                text(was, "in"),
                text(was, "name"),
                text(now, "in"),
                text(now, "name")
            ),
        );
    }
    let flows = |v: &Value| -> BTreeMap<String, Value> {
        v.get("flows")
            .and_then(Value::as_object)
            .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default()
    };
    let (fa, fb) = (flows(was), flows(now));
    take(&["flows"]);
    let mut other = rest.0 != rest.1;
    for (flow, a) in &fa {
        let Some(b) = fb.get(flow) else {
            push(
                "security-scheme-flow-removed",
                format!("flow `{flow}` removed"),
            );
            continue;
        };
        let scopes = |v: &Value| -> BTreeSet<String> {
            v.get("scopes")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        };
        let (sa, sb) = (scopes(a), scopes(b));
        for scope in sa.difference(&sb) {
            push(
                "security-scheme-scope-removed",
                format!("flow `{flow}`: scope `{scope}` removed"),
            );
        }
        for scope in sb.difference(&sa) {
            push(
                "security-scheme-scope-added",
                format!("flow `{flow}`: scope `{scope}` added"),
            );
        }
        let without_scopes = |v: &Value| {
            let mut v = v.clone();
            if let Some(o) = v.as_object_mut() {
                o.remove("scopes");
            }
            v
        };
        other |= without_scopes(a) != without_scopes(b);
    }
    for flow in fb.keys().filter(|f| !fa.contains_key(*f)) {
        push("security-scheme-flow-added", format!("flow `{flow}` added"));
    }
    if other {
        push(
            "security-scheme-changed",
            "changed otherwise (a URL, a bearer format...)".to_owned(),
        );
    }
}

fn compare_servers(a: &Value, b: &Value, out: &mut Vec<Change>) {
    let list = |d: &Value| -> Vec<Value> {
        d.get("servers")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let (old, new) = (list(a), list(b));
    let url = |s: &Value| {
        s.get("url")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    // Servers are compared in order: the first is the default base URL.
    for (i, server) in old.iter().enumerate() {
        let place = format!("server `{}`", url(server));
        let Some(now) = new.get(i) else {
            out.push(change("server-removed", place, "removed"));
            continue;
        };
        if url(server) != url(now) {
            out.push(change(
                "server-url-changed",
                place.clone(),
                format!("now `{}`", url(now)),
            ));
        }
        let vars = |s: &Value| -> BTreeMap<String, Value> {
            s.get("variables")
                .and_then(Value::as_object)
                .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default()
        };
        let (va, vb) = (vars(server), vars(now));
        for (name, var) in &va {
            let here = format!("{place} variable `{name}`");
            let Some(is) = vb.get(name) else {
                out.push(change("server-variable-removed", here, "removed"));
                continue;
            };
            if var.get("default") != is.get("default") {
                out.push(change(
                    "server-variable-default-changed",
                    here.clone(),
                    format!(
                        "default {} → {}",
                        var.get("default").unwrap_or(&Value::Null),
                        is.get("default").unwrap_or(&Value::Null)
                    ),
                ));
            }
            // The first server's URL is the client's default base URL,
            // unless a variable's default is a placeholder.
            let placeholder = |v: &Value| v.get("x-placeholder") == Some(&Value::Bool(true));
            if i == 0 && placeholder(var) != placeholder(is) {
                let (kind, what) = if placeholder(is) {
                    (
                        "server-variable-placeholder-added",
                        "its default is now a placeholder (`x-placeholder: true`): no default base URL",
                    )
                } else {
                    (
                        "server-variable-placeholder-removed",
                        "its default is no longer a placeholder: the server is the default base URL",
                    )
                };
                out.push(change(kind, here.clone(), what));
            }
            let values = |v: &Value| -> BTreeSet<String> {
                v.get("enum")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(Value::to_string)
                    .collect()
            };
            let (ea, eb) = (values(var), values(is));
            // `server_url(...)` checks a variable with an `enum`, and so
            // returns a `Result`, which one without does not.
            let listed = |v: &Value| v.get("enum").and_then(Value::as_array).is_some();
            match (listed(var), listed(is)) {
                (false, true) => {
                    out.push(change(
                        "server-variable-became-enum",
                        here.clone(),
                        format!(
                            "now one of {}",
                            eb.iter().cloned().collect::<Vec<_>>().join(", ")
                        ),
                    ));
                    continue;
                }
                (true, false) => {
                    out.push(change(
                        "server-variable-enum-removed",
                        here.clone(),
                        "any value now",
                    ));
                    continue;
                }
                _ => {}
            }
            for v in ea.difference(&eb) {
                out.push(change(
                    "server-variable-enum-value-removed",
                    here.clone(),
                    format!("value {v} removed"),
                ));
            }
            for v in eb.difference(&ea) {
                out.push(change(
                    "server-variable-enum-value-added",
                    here.clone(),
                    format!("value {v} added"),
                ));
            }
        }
        for name in vb.keys() {
            if !va.contains_key(name) {
                out.push(change(
                    "server-variable-added",
                    format!("{place} variable `{name}`"),
                    "added",
                ));
            }
        }
    }
    for server in new.iter().skip(old.len()) {
        out.push(change(
            "server-added",
            format!("server `{}`", url(server)),
            "added",
        ));
    }
}

/// Component schemas: added, removed, or renamed with the same content.
fn compare_schemas(a: &Value, b: &Value, out: &mut Vec<Change>) {
    let (old, new) = (
        object(a, "/components/schemas"),
        object(b, "/components/schemas"),
    );
    let mut added: Vec<&&String> = new.keys().filter(|k| !old.contains_key(**k)).collect();
    for (name, schema) in &old {
        if new.contains_key(name) {
            continue;
        }
        match added.iter().position(|n| new[**n] == *schema) {
            Some(i) => {
                let renamed = added.remove(i);
                out.push(change(
                    "schema-renamed",
                    format!("schema `{name}`"),
                    format!("now `{renamed}`"),
                ));
            }
            None => out.push(change(
                "schema-removed",
                format!("schema `{name}`"),
                "removed",
            )),
        }
    }
    for name in added {
        out.push(change("schema-added", format!("schema `{name}`"), "added"));
    }
}

/// `x-enum-varnames` beside an enum: the Rust names of its variants.
fn compare_enum_varnames(a: &Value, b: &Value, out: &mut Vec<Change>) {
    let (old, new) = (
        object(a, "/components/schemas"),
        object(b, "/components/schemas"),
    );
    for (name, schema) in &old {
        let Some(now) = new.get(name) else { continue };
        let names = |s: &Value| -> BTreeMap<String, Value> {
            let values = s.get("enum").and_then(Value::as_array);
            let names = s.get("x-enum-varnames").and_then(Value::as_array);
            match (values, names) {
                (Some(v), Some(n)) => v
                    .iter()
                    .map(Value::to_string)
                    .zip(n.iter().cloned())
                    .collect(),
                _ => BTreeMap::new(),
            }
        };
        let (x, y) = (names(schema), names(now));
        if x.iter()
            .any(|(value, name)| y.get(value).is_some_and(|n| n != name))
        {
            out.push(change(
                "extension-enum-varnames-changed",
                format!("schema `{name}`"),
                "variant names changed",
            ));
        }
    }
}

/// Names the generator numbers where two would be one Rust name (see
/// `codegen::passes::collisions` and `refuse::type_names`): an enum value,
/// a property or a component that keeps its name in the spec but gets
/// another in Rust, because a value, property or component added (or
/// removed) moves the numbers. The Rust API table shows the rename itself.
fn compare_rust_names(a: &Value, b: &Value, out: &mut Vec<Change>) {
    use crate::codegen::passes::collisions::{MARK, mark};
    use crate::codegen::refuse::Case;
    use crate::codegen::refuse::names::typify;
    use crate::codegen::refuse::type_names::component_types;
    let (was, now) = (component_types(a), component_types(b));
    for (key, name) in &was {
        if let Some(other) = now.get(key)
            && other != name
        {
            out.push(change(
                "schema-rust-name-changed",
                format!("schema `{key}`"),
                format!("its Rust type `{name}` is now `{other}`"),
            ));
        }
    }
    let marked = |document: &Value| {
        let mut document = document.clone();
        mark(&mut document);
        document
    };
    let (marked_a, marked_b) = (marked(a), marked(b));
    // Each name as written, and the name the generator reads: with the
    // mark and its number where it is numbered.
    let plain = |name: &str| name.split(MARK).next().unwrap_or(name).to_owned();
    let numbered = |names: Vec<String>| -> BTreeMap<String, String> {
        names.into_iter().map(|n| (plain(&n), n)).collect()
    };
    let values = |schema: &Value| {
        numbered(
            schema
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
        )
    };
    let properties = |schema: &Value| {
        numbered(
            schema
                .get("properties")
                .and_then(Value::as_object)
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default(),
        )
    };
    for pointer in spec_model::walk::schemas(a) {
        let (Some(x), Some(y)) = (marked_a.pointer(&pointer), marked_b.pointer(&pointer)) else {
            continue;
        };
        for (noun, case, (before, after)) in [
            ("enum value", Case::Pascal, (values(x), values(y))),
            ("property", Case::Snake, (properties(x), properties(y))),
        ] {
            for (name, old) in &before {
                if let Some(new) = after.get(name)
                    && new != old
                {
                    out.push(change(
                        "schema-rust-name-changed",
                        format!("`{pointer}`: {noun} `{name}`"),
                        format!(
                            "its Rust name `{}` is now `{}`: {}",
                            typify(old, case),
                            typify(new, case),
                            if old.contains(MARK) && !new.contains(MARK) {
                                format!("the {noun} that took it is gone")
                            } else {
                                format!("another {noun} takes it")
                            }
                        ),
                    ));
                }
            }
        }
    }
}

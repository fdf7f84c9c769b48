//! Drift at run time: what a response carried that its model does not know.
//!
//! The models are lenient on purpose: a property the spec does not declare is
//! dropped while decoding, and a string enum value it does not list decodes
//! as the enum's `Unknown` variant. Calls keep working, and nobody learns
//! that the server and the spec disagree. A client built with
//! [`ClientBuilder::report_drift(true)`](crate::ClientBuilder::report_drift)
//! says so: the first time in the process that an operation's response (a
//! documented success, or a documented error body) shows a given drift, it
//! emits one `tracing` event, at level WARN with the target [`TARGET`], with
//! these fields:
//!
//! | field | what it holds |
//! |---|---|
//! | `api` | the API's name, such as `fabric-subscriptions` |
//! | `operation` | the spec's `operationId` |
//! | `status` | the response's status |
//! | `pointer` | where, as a JSON pointer with array indices and map keys folded to `*`, such as `/data/*/orders/*/giftNote` (`""` is the body itself) |
//! | `kind` | [`DriftKind::as_str`]: `undeclared-property` or `unlisted-enum-value` |
//! | `request_id` | the call's request id, when the operation declares one |
//!
//! The value is never part of the event: it may be personal data. An
//! undeclared property's name is shown only when it reads as a name (a
//! letter, `_` or `$` first, then letters, digits, `_`, `-` or `$`; at most
//! 64 characters and six digits); a key that looks like data (an e-mail
//! address, an id) is folded to `*`, as `cargo xtask conform` does.
//!
//! Each drift is reported once per process for each API, operation,
//! pointer and kind; after [`MAX_REPORTED`] distinct ones, a last event says
//! that reporting stops.
//!
//! **How it is found.** The model's JSON Schema (derived by `schemars`, once
//! per type for the process) is compared with the body parsed as JSON: one
//! more pass over the body's bytes after the decode, done only when the
//! option is on and a subscriber listens to [`TARGET`] at WARN. An object is
//! read as closed when its schema lists `properties` and allows no other
//! (`additionalProperties` absent), which is what a generated struct's schema
//! says; maps (`additionalProperties` with a schema) are open. An open
//! enum's schema is an `anyOf` of the listed values and a plain string (the
//! `Unknown` variant): a string outside the list is an unlisted value. Of
//! the branches of any other `anyOf` or `oneOf` (an untagged union), the
//! first the value fits (its type, required properties, listed values) is
//! the one read, as serde picks the first variant that decodes.

use std::any::TypeId;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

use reqwest::StatusCode;
use schemars::JsonSchema;
use serde_json::{Map, Value};

use crate::call::CallInfo;

/// The `tracing` target of drift events: `client_runtime::drift`. Filter on
/// it to route them, as in `RUST_LOG=client_runtime::drift=warn`.
pub const TARGET: &str = "client_runtime::drift";

/// How many distinct drifts (API, operation, pointer, kind) one process
/// reports; past that, a last event says so and nothing more is reported.
pub const MAX_REPORTED: usize = 1024;

/// How many distinct drifts one body can show; the rest of a body that
/// departs this far is not read.
const MAX_PER_BODY: usize = 64;

/// How deep the comparison follows a body. serde_json decodes at most 128
/// levels, so a body that decoded is never deeper.
const MAX_DEPTH: usize = 160;

/// How deep a union branch is checked before it is taken as fitting.
const MAX_FIT_DEPTH: usize = 32;

/// What a response carried that its model does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DriftKind {
    /// A property the model does not declare: decoding dropped it.
    UndeclaredProperty,
    /// A string enum value the model does not list: it decoded as
    /// `Unknown`.
    UnlistedEnumValue,
}

impl DriftKind {
    /// The kind as events show it, in the words of `cargo xtask conform`:
    /// `undeclared-property` or `unlisted-enum-value`.
    pub fn as_str(self) -> &'static str {
        match self {
            DriftKind::UndeclaredProperty => "undeclared-property",
            DriftKind::UnlistedEnumValue => "unlisted-enum-value",
        }
    }
}

impl fmt::Display for DriftKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place where a body departs from its model: a JSON pointer (array
/// indices and map keys folded to `*`) and a kind. Never the value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Drift {
    pointer: String,
    kind: DriftKind,
}

impl Drift {
    /// Where, such as `/data/*/orders/*/giftNote`; `""` is the body itself.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What kind of departure.
    pub fn kind(&self) -> DriftKind {
        self.kind
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at `{}`", self.kind, self.pointer)
    }
}

/// Every place where `body`, a JSON value that decodes into `T`, carries a
/// property `T` does not declare or a string enum value it does not list;
/// each folded pointer and kind once, in pointer order. Nothing is reported,
/// only returned.
///
/// ```
/// use client_runtime::drift::{self, DriftKind};
///
/// #[derive(serde::Deserialize, schemars::JsonSchema)]
/// struct Order {
///     id: String,
/// }
///
/// let body = serde_json::json!([{"id": "1", "giftNote": "for Pat"}]);
/// let found = drift::find::<Vec<Order>>(&body);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].pointer(), "/*/giftNote");
/// assert_eq!(found[0].kind(), DriftKind::UndeclaredProperty);
/// ```
pub fn find<T: JsonSchema + 'static>(body: &Value) -> Vec<Drift> {
    let schema = schema_of::<T>();
    let mut walk = Walk {
        root: &schema,
        pointer: String::new(),
        found: BTreeSet::new(),
    };
    walk.value(body, &schema, 0);
    walk.found.into_iter().collect()
}

/// Reports, as `tracing` events, each drift in `body` (which decoded into
/// `T`) not reported before in this process. Called by
/// [`Response`](crate::Response) when the client reports drift.
pub(crate) fn report<T: JsonSchema + 'static>(body: &[u8], status: StatusCode, call: &CallInfo) {
    // Nobody listens: not even the parse is done.
    if !tracing::enabled!(target: TARGET, tracing::Level::WARN) {
        return;
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let found = find::<T>(&value);
    if found.is_empty() {
        return;
    }
    let operation = call.operation();
    let (first, limit_reached) = first_seen(operation.api, operation.id, found);
    for drift in first {
        tracing::warn!(
            target: TARGET,
            api = operation.api,
            operation = operation.id,
            status = status.as_u16(),
            pointer = drift.pointer.as_str(),
            kind = drift.kind.as_str(),
            request_id = call.request_id(),
            "the response carried what the spec does not declare (reported once per process)",
        );
    }
    if limit_reached {
        tracing::warn!(
            target: TARGET,
            limit = MAX_REPORTED,
            "drift reports stop here: this process has reported as many as it reports",
        );
    }
}

/// The drifts of `found` not seen before in this process, remembered now;
/// and whether this call filled the process's allowance.
fn first_seen(api: &'static str, operation: &'static str, found: Vec<Drift>) -> (Vec<Drift>, bool) {
    type Seen = HashSet<(&'static str, &'static str, Drift)>;
    static SEEN: OnceLock<Mutex<Seen>> = OnceLock::new();
    let mut seen = SEEN
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let mut first = Vec::new();
    let mut limit_reached = false;
    for drift in found {
        if seen.len() >= MAX_REPORTED {
            break;
        }
        if seen.insert((api, operation, drift.clone())) {
            first.push(drift);
            limit_reached = seen.len() == MAX_REPORTED;
        }
    }
    (first, limit_reached)
}

/// `T`'s JSON Schema as JSON, made once per type for the process.
fn schema_of<T: JsonSchema + 'static>() -> Arc<Value> {
    static SCHEMAS: OnceLock<RwLock<HashMap<TypeId, Arc<Value>>>> = OnceLock::new();
    let schemas = SCHEMAS.get_or_init(RwLock::default);
    let id = TypeId::of::<T>();
    if let Some(schema) = schemas
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&id)
    {
        return Arc::clone(schema);
    }
    let schema = Arc::new(schemars::schema_for!(T).to_value());
    let mut schemas = schemas.write().unwrap_or_else(PoisonError::into_inner);
    Arc::clone(schemas.entry(id).or_insert(schema))
}

/// The comparison of one body with its model's schema.
struct Walk<'s> {
    /// The whole schema, where `$ref`s point.
    root: &'s Value,
    /// Where the walk is, folded.
    pointer: String,
    found: BTreeSet<Drift>,
}

impl<'s> Walk<'s> {
    fn value(&mut self, value: &Value, schema: &'s Value, depth: usize) {
        if depth > MAX_DEPTH || self.found.len() >= MAX_PER_BODY {
            return;
        }
        // A boolean schema, or a `$ref` that leads nowhere, says nothing to
        // compare with.
        let Some(Value::Object(keywords)) = resolve(self.root, schema) else {
            return;
        };
        if let Some(branches) = union(keywords) {
            if let Some(listed) = open_enum(self.root, branches) {
                if let Value::String(s) = value
                    && !listed.iter().any(|v| v.as_str() == Some(s))
                {
                    self.record(DriftKind::UnlistedEnumValue);
                }
                return;
            }
            if let Some(branch) = branches
                .iter()
                .find(|branch| fits(self.root, value, branch, 0))
            {
                self.value(value, branch, depth + 1);
            }
            return;
        }
        match value {
            Value::Object(fields) => self.object(fields, keywords, depth),
            Value::Array(items) => {
                if let Some(schema) = keywords.get("items") {
                    for item in items {
                        let at = self.push("*");
                        self.value(item, schema, depth + 1);
                        self.pointer.truncate(at);
                    }
                }
            }
            _ => {}
        }
    }

    fn object(
        &mut self,
        fields: &Map<String, Value>,
        keywords: &'s Map<String, Value>,
        depth: usize,
    ) {
        let shape = Shape::of(self.root, keywords);
        // No declared properties and no map: nothing is declared either way
        // (a free-form object).
        if !shape.declares && shape.additional.is_none() {
            return;
        }
        for (key, value) in fields {
            if let Some(schema) = shape.property(key) {
                let at = self.push(&escape(key));
                self.value(value, schema, depth + 1);
                self.pointer.truncate(at);
                continue;
            }
            match shape.additional {
                // Refused while decoding: nothing decoded silently.
                Some(Value::Bool(false)) => {}
                Some(schema) => {
                    let at = self.push("*");
                    self.value(value, schema, depth + 1);
                    self.pointer.truncate(at);
                }
                None => {
                    let at = self.push(key_token(key));
                    self.record(DriftKind::UndeclaredProperty);
                    self.pointer.truncate(at);
                }
            }
            if self.found.len() >= MAX_PER_BODY {
                return;
            }
        }
    }

    /// Appends `/token` to the pointer; returns the length to cut back to.
    fn push(&mut self, token: &str) -> usize {
        let at = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(token);
        at
    }

    fn record(&mut self, kind: DriftKind) {
        if self.found.len() < MAX_PER_BODY {
            self.found.insert(Drift {
                pointer: self.pointer.clone(),
                kind,
            });
        }
    }
}

/// What an object schema declares: its own `properties` and those of its
/// `allOf` parts, and the `additionalProperties` of the first that has one.
struct Shape<'s> {
    parts: Vec<&'s Map<String, Value>>,
    declares: bool,
    additional: Option<&'s Value>,
}

impl<'s> Shape<'s> {
    fn of(root: &'s Value, keywords: &'s Map<String, Value>) -> Shape<'s> {
        let mut parts = vec![keywords];
        let mut at = 0;
        while at < parts.len() && parts.len() < 64 {
            if let Some(Value::Array(all)) = parts[at].get("allOf") {
                for part in all {
                    if let Some(Value::Object(part)) = resolve(root, part) {
                        parts.push(part);
                    }
                }
            }
            at += 1;
        }
        let declares = parts.iter().any(|p| p.contains_key("properties"));
        let additional = parts.iter().find_map(|p| p.get("additionalProperties"));
        Shape {
            parts,
            declares,
            additional,
        }
    }

    fn property(&self, key: &str) -> Option<&'s Value> {
        self.parts
            .iter()
            .find_map(|part| match part.get("properties") {
                Some(Value::Object(properties)) => properties.get(key),
                _ => None,
            })
    }
}

/// The schema `schema` stands for, its `$ref`s (into `root`) followed.
fn resolve<'s>(root: &'s Value, mut schema: &'s Value) -> Option<&'s Value> {
    for _ in 0..32 {
        match schema.get("$ref") {
            Some(Value::String(reference)) => schema = pointed(root, reference)?,
            _ => return Some(schema),
        }
    }
    None
}

/// The schema a local reference (`#/$defs/Name`, its name percent-encoded
/// as schemars writes it) points to in `root`.
fn pointed<'s>(root: &'s Value, reference: &str) -> Option<&'s Value> {
    let pointer = reference.strip_prefix('#')?;
    let mut at = root;
    for token in pointer.split('/').skip(1) {
        let token = percent_decoded(token)?
            .replace("~1", "/")
            .replace("~0", "~");
        at = at.get(token.as_str())?;
    }
    Some(at)
}

fn percent_decoded(token: &str) -> Option<String> {
    if !token.contains('%') {
        return Some(token.to_owned());
    }
    let bytes = token.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = token.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The branches of an `anyOf` or a `oneOf`.
fn union(keywords: &Map<String, Value>) -> Option<&Vec<Value>> {
    match keywords.get("anyOf").or_else(|| keywords.get("oneOf")) {
        Some(Value::Array(branches)) => Some(branches),
        _ => None,
    }
}

/// The listed values, when `branches` are an open enum's: listed strings
/// (`enum` or `const`), then a plain string, the `Unknown` variant.
fn open_enum<'s>(root: &'s Value, branches: &'s [Value]) -> Option<Vec<&'s Value>> {
    let (last, listed) = branches.split_last()?;
    if listed.is_empty() || !is_plain_string(resolve(root, last)?) {
        return None;
    }
    let mut values = Vec::new();
    for branch in listed {
        let branch = resolve(root, branch)?;
        match (branch.get("enum"), branch.get("const")) {
            (Some(Value::Array(listed)), None) => values.extend(listed),
            (None, Some(one)) => values.push(one),
            _ => return None,
        }
    }
    values.iter().all(|v| v.is_string()).then_some(values)
}

/// `{"type": "string"}`, with nothing but annotations beside it.
fn is_plain_string(schema: &Value) -> bool {
    let Value::Object(keywords) = schema else {
        return false;
    };
    keywords.get("type").and_then(Value::as_str) == Some("string")
        && keywords.keys().all(|k| {
            matches!(
                k.as_str(),
                "type" | "description" | "title" | "examples" | "deprecated" | "$comment"
            )
        })
}

/// Whether `value` fits `schema` as far as choosing a union's branch needs:
/// types, listed values, required properties, closed objects, and the same
/// of what they contain. Formats and ranges are not checked.
fn fits(root: &Value, value: &Value, schema: &Value, depth: usize) -> bool {
    if depth > MAX_FIT_DEPTH {
        return true;
    }
    let Some(schema) = resolve(root, schema) else {
        return true;
    };
    let keywords = match schema {
        Value::Bool(b) => return *b,
        Value::Object(keywords) => keywords,
        _ => return true,
    };
    if let Some(types) = keywords.get("type") {
        let matches = match types {
            Value::String(t) => has_type(value, t),
            Value::Array(ts) => ts
                .iter()
                .filter_map(Value::as_str)
                .any(|t| has_type(value, t)),
            _ => true,
        };
        if !matches {
            return false;
        }
    }
    if let Some(Value::Array(listed)) = keywords.get("enum")
        && !listed.contains(value)
    {
        return false;
    }
    if let Some(one) = keywords.get("const")
        && one != value
    {
        return false;
    }
    if let Some(branches) = union(keywords)
        && !branches.iter().any(|b| fits(root, value, b, depth + 1))
    {
        return false;
    }
    if let Some(Value::Array(all)) = keywords.get("allOf")
        && !all.iter().all(|b| fits(root, value, b, depth + 1))
    {
        return false;
    }
    match value {
        Value::Object(fields) => {
            if let Some(Value::Array(required)) = keywords.get("required")
                && !required
                    .iter()
                    .filter_map(Value::as_str)
                    .all(|name| fields.contains_key(name))
            {
                return false;
            }
            let properties = match keywords.get("properties") {
                Some(Value::Object(properties)) => Some(properties),
                _ => None,
            };
            let additional = keywords.get("additionalProperties");
            fields
                .iter()
                .all(|(key, value)| match properties.and_then(|p| p.get(key)) {
                    Some(schema) => fits(root, value, schema, depth + 1),
                    None => additional.is_none_or(|s| fits(root, value, s, depth + 1)),
                })
        }
        Value::Array(items) => keywords
            .get("items")
            .is_none_or(|s| items.iter().all(|item| fits(root, item, s, depth + 1))),
        _ => true,
    }
}

/// Whether `value` is of the JSON Schema type `name`, as serde decodes it:
/// an `integer` is a number written without a fraction or exponent.
fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        _ => true,
    }
}

/// A declared property's name as a pointer token (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// An undeclared property's name as a pointer shows it: the name when it
/// reads as one (a letter, `_` or `$` first, then letters, digits, `_`, `-`,
/// `$`; at most 64 characters and six digits), else `*`: such keys are data
/// (ids, e-mail addresses), not names. The rule of `cargo xtask conform`.
fn key_token(key: &str) -> &str {
    let mut chars = key.chars();
    let first = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$');
    let rest = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    let digits = key.chars().filter(char::is_ascii_digit).count();
    if first && rest && key.len() <= 64 && digits <= 6 {
        key
    } else {
        "*"
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use schemars::JsonSchema;
    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    /// An open enum, as codegen writes one.
    #[derive(Deserialize, JsonSchema, Debug, PartialEq)]
    enum Status {
        #[serde(rename = "OPEN")]
        Open,
        #[serde(rename = "SHIPPED")]
        Shipped,
        /// A value this version of the spec does not list.
        #[serde(untagged)]
        Unknown(String),
    }

    /// A closed enum: an unlisted value does not decode, so it is no drift.
    #[derive(Deserialize, JsonSchema)]
    enum Channel {
        #[serde(rename = "web")]
        Web,
    }

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    struct Line {
        sku: String,
        status: Option<Status>,
        #[serde(default)]
        history: Vec<Status>,
    }

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    struct Order {
        id: String,
        #[serde(rename = "lineItems", default)]
        line_items: Vec<Line>,
        #[serde(default)]
        attributes: serde_json::Map<String, Value>,
        #[serde(default)]
        totals: HashMap<String, Line>,
        parent: Option<Box<Order>>,
        channel: Option<Channel>,
        anything: Option<Value>,
    }

    /// Two shapes of error body, told apart by their required properties.
    #[derive(Deserialize, JsonSchema)]
    #[serde(untagged)]
    #[allow(dead_code)]
    enum Problem {
        Status(StatusProblem),
        Gateway(GatewayProblem),
    }

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    struct StatusProblem {
        message: String,
        code: Option<String>,
    }

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    struct GatewayProblem {
        #[serde(rename = "Message")]
        message: String,
    }

    #[derive(Deserialize, JsonSchema)]
    #[serde(transparent)]
    #[allow(dead_code)]
    struct Orders(Vec<Order>);

    /// `find`, as `(pointer, kind)` pairs, after checking that the body
    /// really decodes into `T` (drift is only looked for then).
    fn found<T: for<'de> Deserialize<'de> + JsonSchema + 'static>(
        body: Value,
    ) -> Vec<(String, &'static str)> {
        if let Err(e) = serde_json::from_value::<T>(body.clone()) {
            panic!("the body does not decode: {e}");
        }
        find::<T>(&body)
            .into_iter()
            .map(|d| (d.pointer().to_owned(), d.kind().as_str()))
            .collect()
    }

    fn pairs(expected: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        expected
            .iter()
            .map(|(p, k)| ((*p).to_owned(), *k))
            .collect()
    }

    #[test]
    fn a_body_the_model_knows_shows_nothing() {
        let body = json!({
            "id": "o-1",
            "lineItems": [{"sku": "A", "status": "OPEN", "history": ["OPEN", "SHIPPED"]}],
            "attributes": {"anyKey": {"nested": [1, 2]}},
            "totals": {"EUR": {"sku": "B", "status": null}},
            "parent": {"id": "o-0", "parent": null},
            "channel": "web",
            "anything": {"free": ["form"]},
        });
        assert_eq!(found::<Order>(body), pairs(&[]));
    }

    #[test]
    fn undeclared_properties_are_found_at_folded_pointers() {
        let body = json!([
            {"id": "1", "lineItems": [{"sku": "A"}, {"sku": "B", "giftNote": "pat@example.com"}]},
            {"id": "2", "lineItems": [{"sku": "C", "giftNote": "x"}], "loyalty": {"tier": 3}},
            {"id": "3", "parent": {"id": "0", "legacyId": 7}},
            {"id": "4", "totals": {"USD": {"sku": "D", "taxCode": "T1"}}},
        ]);
        assert_eq!(
            found::<Vec<Order>>(body),
            pairs(&[
                ("/*/lineItems/*/giftNote", "undeclared-property"),
                ("/*/loyalty", "undeclared-property"),
                ("/*/parent/legacyId", "undeclared-property"),
                ("/*/totals/*/taxCode", "undeclared-property"),
            ])
        );
    }

    #[test]
    fn unlisted_enum_values_are_found_where_they_decoded_as_unknown() {
        let body = json!({
            "id": "1",
            "lineItems": [
                {"sku": "A", "status": "ON_HOLD", "history": ["OPEN", "RETURNED"]},
                {"sku": "B", "status": "OPEN"},
            ],
        });
        let order: Order = serde_json::from_value(body.clone()).unwrap();
        assert_eq!(
            order.line_items[0].status,
            Some(Status::Unknown("ON_HOLD".into()))
        );
        assert_eq!(
            found::<Order>(body),
            pairs(&[
                ("/lineItems/*/history/*", "unlisted-enum-value"),
                ("/lineItems/*/status", "unlisted-enum-value"),
            ])
        );
        // The enum as the whole body: the pointer is the body itself.
        assert_eq!(
            found::<Status>(json!("LOST")),
            pairs(&[("", "unlisted-enum-value")])
        );
        assert_eq!(found::<Status>(json!("SHIPPED")), pairs(&[]));
    }

    #[test]
    fn the_schema_of_an_open_enum_is_the_one_recognized() {
        // If schemars ever writes open enums differently, this says so
        // before unlisted values silently go unreported.
        let schema = schema_of::<Status>();
        let branches = union(schema.as_object().unwrap()).expect("an anyOf");
        let listed = open_enum(&schema, branches).expect("an open enum");
        assert_eq!(listed, [&json!("OPEN"), &json!("SHIPPED")]);
        let schema = schema_of::<Channel>();
        assert!(union(schema.as_object().unwrap()).is_none());
    }

    #[test]
    fn a_union_is_read_through_the_branch_serde_picks() {
        // `Message` is required by the gateway's shape only: a body with it
        // and without `message` is the gateway's, and knows nothing more.
        assert_eq!(found::<Problem>(json!({"Message": "denied"})), pairs(&[]));
        // Both fit the first branch: serde reads it, and drops `Message`.
        assert_eq!(
            found::<Problem>(json!({"message": "bad", "Message": "denied", "trace": "t"})),
            pairs(&[
                ("/Message", "undeclared-property"),
                ("/trace", "undeclared-property"),
            ])
        );
    }

    #[test]
    fn keys_that_look_like_data_are_folded_and_declared_keys_escaped() {
        let body = json!({
            "id": "1",
            "pat@example.com": true,
            "a8577d7f0d4d4b228e857b4a2e90dc93": 1,
            "12": 2,
            "x-trace_id$": 3,
        });
        assert_eq!(
            found::<Order>(body),
            pairs(&[
                ("/*", "undeclared-property"),
                ("/x-trace_id$", "undeclared-property")
            ])
        );
        assert_eq!(escape("a/b~c"), "a~1b~0c");
    }

    #[test]
    fn references_are_read_as_schemars_writes_them() {
        let root = json!({"$defs": {"A/B~C": {"type": "string"}}});
        assert_eq!(
            pointed(&root, "#/$defs/A%2FB~0C"),
            Some(&json!({"type": "string"}))
        );
        assert_eq!(pointed(&root, "#"), Some(&root));
        assert_eq!(pointed(&root, "#/$defs/Missing"), None);
        assert_eq!(pointed(&root, "#/$defs/%zz"), None);
    }

    #[test]
    fn a_body_that_departs_everywhere_is_read_only_so_far() {
        let fields: Map<String, Value> =
            (0..500).map(|i| (format!("extra{i}"), json!(i))).collect();
        let mut body = json!({"id": "1"});
        body.as_object_mut().unwrap().extend(fields);
        assert_eq!(found::<Order>(body).len(), MAX_PER_BODY);
    }

    #[test]
    fn each_drift_is_first_seen_once_per_operation() {
        let drift = |pointer: &str| Drift {
            pointer: pointer.to_owned(),
            kind: DriftKind::UndeclaredProperty,
        };
        let (first, _) = first_seen("unit-api", "opA", vec![drift("/a"), drift("/b")]);
        assert_eq!(first, [drift("/a"), drift("/b")]);
        let (first, _) = first_seen("unit-api", "opA", vec![drift("/a"), drift("/c")]);
        assert_eq!(first, [drift("/c")]);
        // The same place in another operation is another drift.
        let (first, _) = first_seen("unit-api", "opB", vec![drift("/a")]);
        assert_eq!(first, [drift("/a")]);
    }

    #[test]
    fn the_schema_is_made_once_per_type() {
        assert!(Arc::ptr_eq(&schema_of::<Orders>(), &schema_of::<Orders>()));
        assert!(!Arc::ptr_eq(&schema_of::<Orders>(), &schema_of::<Order>()));
    }
}

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
//! undeclared property's name is shown only when it reads as an identifier:
//! a letter, `_` or `$` first, then only ASCII letters, digits, `_` and `$`;
//! at most 64 characters; at most six digits, and no more than four in a
//! row (`giftNote`, `DeletedAt`, `gift_note`). Any other key is folded to
//! `*`, since a body can be keyed by data: `Jane-Doe`, `jane.doe`,
//! `Jane Doe`, an e-mail address, a phone number, an id. A person's name
//! written as an identifier (`JaneDoe`) cannot be told from a property's
//! name, and is shown. `cargo xtask conform` folds keys by this same code.
//!
//! Each drift is reported once per process for each API, operation,
//! pointer and kind; after [`MAX_REPORTED`] distinct ones, a last event says
//! that reporting stops.
//!
//! **How it is found.** The model's JSON Schema, as `schemars` derives it
//! from the generated type, is compiled once per type for the process (its
//! `$ref`s followed, its open enums recognized) and compared with the body
//! parsed as JSON: one more pass over the body's bytes after the decode,
//! made only when the option is on and a subscriber listens to [`TARGET`]
//! at WARN. Off, the option costs a `bool` check per response. An object is
//! read as closed when its schema lists `properties` and says nothing of
//! others (`additionalProperties` absent), which is what a generated
//! struct's schema says; a map (`additionalProperties` with a schema)
//! declares any key. An open enum's schema is an `anyOf` of the listed
//! values and a plain string (the `Unknown` variant): a string outside the
//! list is an unlisted value. Of the branches of any other `anyOf` or
//! `oneOf` (an `Option`, an untagged union), the one read is the only one
//! whose top level the value fits, or else the first it fits all the way
//! down (types, listed values, required properties), as serde picks the
//! first variant that decodes.
//!
//! **What it does not report.** A value of another type than the declared
//! one, a required property missing or an unexpected `null` fail the decode
//! (an [`Error::UnexpectedResponse`](crate::Error::UnexpectedResponse) that
//! keeps the decode error), as does a status the spec does not document;
//! integer enums take any integer. `cargo xtask conform` finds all of these
//! in captured traffic, with example values where they are not personal.

use std::any::TypeId;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};

use reqwest::StatusCode;
use schemars::JsonSchema;
use serde_json::Value;

use crate::call::CallInfo;

mod model;
mod property_name;
mod walk;

use model::Model;

/// The `tracing` target of drift events: `client_runtime::drift`. Filter on
/// it to route them, as in `RUST_LOG=client_runtime::drift=warn`.
pub const TARGET: &str = "client_runtime::drift";

/// How many distinct drifts (API, operation, pointer, kind) one process
/// reports; past that, a last event says so and nothing more is reported.
pub const MAX_REPORTED: usize = 1024;

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
    walk::drifts(&model_of::<T>(), body).into_iter().collect()
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

/// `T`'s JSON Schema, compiled once per type for the process.
fn model_of<T: JsonSchema + 'static>() -> Arc<Model> {
    static MODELS: OnceLock<RwLock<HashMap<TypeId, Arc<Model>>>> = OnceLock::new();
    let models = MODELS.get_or_init(RwLock::default);
    let id = TypeId::of::<T>();
    if let Some(model) = models
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&id)
    {
        return Arc::clone(model);
    }
    let model = Arc::new(Model::compile(&schemars::schema_for!(T).to_value()));
    let mut models = models.write().unwrap_or_else(PoisonError::into_inner);
    Arc::clone(models.entry(id).or_insert(model))
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
        let model = model_of::<Status>();
        let root = model.node(model.root());
        assert_eq!(root.union.len(), 2);
        assert_eq!(
            root.open_enum.as_deref(),
            Some(&["OPEN".to_owned(), "SHIPPED".to_owned()][..])
        );
        let model = model_of::<Channel>();
        assert!(model.node(model.root()).open_enum.is_none());
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

    #[derive(Deserialize, JsonSchema)]
    #[allow(dead_code)]
    struct Odd {
        #[serde(rename = "a/b~c")]
        odd: Option<Status>,
    }

    #[test]
    fn keys_that_look_like_data_are_folded_and_declared_keys_escaped() {
        let body = json!({
            "id": "1",
            "pat@example.com": true,
            "a8577d7f0d4d4b228e857b4a2e90dc93": 1,
            "12": 2,
            "trace_id$": 3,
        });
        assert_eq!(
            found::<Order>(body),
            pairs(&[
                ("/*", "undeclared-property"),
                ("/trace_id$", "undeclared-property")
            ])
        );
        assert_eq!(
            found::<Odd>(json!({"a/b~c": "LOST"})),
            pairs(&[("/a~1b~0c", "unlisted-enum-value")])
        );
    }

    #[test]
    fn keys_that_could_be_a_persons_name_or_id_are_folded() {
        let body = json!({
            "id": "1",
            "Jane-Doe": true,
            "jane.doe": true,
            "Jane Doe": true,
            "jane+doe@example.com": true,
            "tel5551234567": true,
            "giftNote": true,
            "DeletedAt": true,
            "gift_note": true,
        });
        assert_eq!(
            found::<Order>(body),
            pairs(&[
                ("/*", "undeclared-property"),
                ("/DeletedAt", "undeclared-property"),
                ("/giftNote", "undeclared-property"),
                ("/gift_note", "undeclared-property"),
            ])
        );
    }

    #[test]
    fn references_are_read_as_schemars_writes_them() {
        let root = json!({"$defs": {"A/B~C": {"type": "string"}}});
        let pointed = model::pointed;
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
        let fields: serde_json::Map<String, Value> =
            (0..500).map(|i| (format!("extra{i}"), json!(i))).collect();
        let mut body = json!({"id": "1"});
        body.as_object_mut().unwrap().extend(fields);
        assert_eq!(found::<Order>(body).len(), walk::MAX_PER_BODY);
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
    fn the_schema_is_compiled_once_per_type() {
        assert!(Arc::ptr_eq(&model_of::<Orders>(), &model_of::<Orders>()));
        assert!(!Arc::ptr_eq(&model_of::<Orders>(), &model_of::<Order>()));
    }
}

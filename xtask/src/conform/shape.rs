//! Checking a JSON value against a schema of a spec: what the spec does not
//! know, then whatever else makes the value invalid.
//!
//! The first pass walks the value beside its schema (following `$ref`s,
//! merging `allOf`, choosing the `oneOf`/`anyOf` branch that fits best) and
//! reads every object as closed: a property the schema does not declare is a
//! finding even without `additionalProperties: false`, unless the schema
//! allows other properties explicitly (`additionalProperties: true` or a
//! schema, which makes the object a map). It reports undeclared properties,
//! enum values not listed, types other than the declared one (an integer
//! must be written without a fraction, as the generated clients decode it),
//! required properties that are absent and `null`s where the schema is not
//! `nullable`.
//!
//! The second pass validates the value against the schema as JSON Schema
//! ([`spec_model::schema::spec_validator`]): each error there that the first pass
//! did not already explain (one at, above or below a place it reported) is
//! an [`Kind::InvalidValue`], described without the value.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::finding::{Drift, Example, Kind};
use super::personal::{SpecWords, key_token};
use spec_model::refs::pointer_push;
use spec_model::refs::resolve;

/// Checks values against the schemas of one spec; keeps each schema's
/// compiled validator for the next value.
pub struct Checker<'d> {
    document: &'d Value,
    /// What decides which captured values a finding may show.
    words: &'d SpecWords,
    validators: RefCell<HashMap<String, Option<jsonschema::Validator>>>,
}

/// Where the walk is: the pointer as it stands and folded, the property
/// names on the way (to screen values), and the schema element's name.
#[derive(Clone)]
struct At {
    raw: String,
    folded: String,
    names: Vec<String>,
    subject: String,
    /// `oneOf`/`anyOf` branches entered at this same place: a schema whose
    /// branch refers back to it would otherwise never end.
    branch_depth: usize,
}

impl At {
    fn property(&self, key: &str, declared: bool) -> At {
        let token = if declared { key } else { key_token(key) };
        let mut names = self.names.clone();
        names.push(key.to_owned());
        At {
            raw: pointer_push(&self.raw, key),
            folded: pointer_push(&self.folded, token),
            names,
            subject: format!("{}.{token}", self.subject),
            branch_depth: 0,
        }
    }

    fn item(&self, index: usize) -> At {
        At {
            raw: format!("{}/{index}", self.raw),
            folded: format!("{}/*", self.folded),
            names: self.names.clone(),
            subject: format!("{}[]", self.subject),
            branch_depth: 0,
        }
    }

    fn map_value(&self, key: &str) -> At {
        At {
            raw: pointer_push(&self.raw, key),
            folded: format!("{}/*", self.folded),
            names: self.names.clone(),
            subject: format!("{}.*", self.subject),
            branch_depth: 0,
        }
    }

    /// The drift at this place; its example screened by `words`.
    fn drift(
        &self,
        words: &SpecWords,
        kind: Kind,
        subject: &str,
        declared: String,
        value: Option<&Value>,
    ) -> Drift {
        Drift {
            pointer: self.folded.clone(),
            raw_pointer: self.raw.clone(),
            kind,
            subject: subject.to_owned(),
            declared,
            found: value.map(|v| json_type(v).to_owned()),
            example: match value {
                None => Example::None,
                Some(v) => match words.shown_value(self.names.iter().map(String::as_str), v) {
                    Some(shown) => Example::Shown(shown),
                    None => Example::Hidden,
                },
            },
        }
    }
}

/// Whether an object may hold properties it does not declare.
#[derive(Clone, Debug, PartialEq)]
enum Additional {
    /// Not said, or `false`: read as closed.
    Closed,
    /// `true` or `{}`: any other property.
    Open,
    /// A schema: the object is a map of such values.
    Schema(String),
}

/// A schema with its `$ref`s followed and its `allOf` merged.
struct Flat<'d> {
    name: Option<String>,
    types: Option<Vec<&'d str>>,
    nullable: bool,
    enumeration: Option<&'d Vec<Value>>,
    properties: Vec<(&'d str, String)>,
    required: Vec<&'d str>,
    additional: Additional,
    items: Option<String>,
    alternatives: Vec<Vec<String>>,
}

impl Flat<'_> {
    /// Whether the schema says nothing about the value's type: anything,
    /// `null` included, fits.
    fn is_any(&self) -> bool {
        self.types.is_none()
            && self.enumeration.is_none()
            && self.properties.is_empty()
            && self.required.is_empty()
            && self.items.is_none()
            && self.alternatives.is_empty()
    }

    fn property(&self, key: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, pointer)| pointer.as_str())
    }
}

impl<'d> Checker<'d> {
    /// A checker for the schemas of `document`, a spec, whose findings show
    /// the values `words` allows.
    pub fn new(document: &'d Value, words: &'d SpecWords) -> Checker<'d> {
        Checker {
            document,
            words,
            validators: RefCell::new(HashMap::new()),
        }
    }

    /// Everything wrong with `value` against the schema at `schema_pointer`.
    /// `names` are the names the value is under already (a parameter's),
    /// for screening; `subject` names the value in findings.
    pub fn check(
        &self,
        schema_pointer: &str,
        value: &Value,
        names: &[&str],
        subject: &str,
    ) -> Vec<Drift> {
        let at = At {
            raw: String::new(),
            folded: String::new(),
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            subject: subject.to_owned(),
            branch_depth: 0,
        };
        let mut found = Vec::new();
        self.walk(schema_pointer, value, &at, &mut found);
        let invalid = self.invalid(schema_pointer, value, &at, &found);
        found.extend(invalid);
        found
    }

    fn walk(&self, pointer: &str, value: &Value, at: &At, out: &mut Vec<Drift>) {
        let flat = self.flatten(pointer, 0);
        let subject = flat.name.clone().unwrap_or_else(|| at.subject.clone());
        let at = &At {
            subject: subject.clone(),
            ..at.clone()
        };

        if value.is_null() {
            if !self.accepts_null(&flat, 0) {
                out.push(at.drift(
                    self.words,
                    Kind::UnexpectedNull,
                    &subject,
                    "not nullable".into(),
                    Some(value),
                ));
            }
            return;
        }
        if let Some(types) = &flat.types
            && !types.iter().any(|t| is_of_type(t, value))
        {
            out.push(at.drift(
                self.words,
                Kind::WrongType,
                &subject,
                types.join(" or "),
                Some(value),
            ));
            return;
        }
        if let Some(values) = flat.enumeration
            && !values.contains(value)
        {
            out.push(at.drift(
                self.words,
                Kind::UnlistedEnumValue,
                &subject,
                enum_list(values),
                Some(value),
            ));
            return;
        }
        for branches in &flat.alternatives {
            self.walk_alternatives(branches, value, at, out);
        }
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    if let Some(property) = flat.property(key) {
                        self.walk(property, child, &at.property(key, true), out);
                        continue;
                    }
                    match &flat.additional {
                        Additional::Open => {}
                        Additional::Schema(values) => {
                            self.walk(values, child, &at.map_value(key), out);
                        }
                        Additional::Closed => {
                            let shaped = !flat.properties.is_empty()
                                || flat.types.as_ref().is_some_and(|t| t.contains(&"object"));
                            if shaped && flat.alternatives.is_empty() {
                                out.push(at.property(key, false).drift(
                                    self.words,
                                    Kind::UndeclaredProperty,
                                    &subject,
                                    "not declared".into(),
                                    Some(child),
                                ));
                            }
                        }
                    }
                }
                for required in &flat.required {
                    if !object.contains_key(*required) {
                        out.push(at.property(required, true).drift(
                            self.words,
                            Kind::MissingRequired,
                            &subject,
                            "required".into(),
                            None,
                        ));
                    }
                }
            }
            Value::Array(items) => {
                if let Some(schema) = &flat.items {
                    for (index, item) in items.iter().enumerate() {
                        self.walk(schema, item, &at.item(index), out);
                    }
                }
            }
            _ => {}
        }
    }

    /// A `oneOf` or `anyOf`: nothing when some branch fits; one wrong type
    /// naming every branch's type when the value's type fits none; else
    /// what the branch that fits best says.
    fn walk_alternatives(&self, branches: &[String], value: &Value, at: &At, out: &mut Vec<Drift>) {
        if at.branch_depth > 16 {
            return;
        }
        let at = &At {
            branch_depth: at.branch_depth + 1,
            ..at.clone()
        };
        let mut results = Vec::new();
        for branch in branches {
            let mut found = Vec::new();
            self.walk(branch, value, at, &mut found);
            if found.is_empty() {
                return;
            }
            results.push(found);
        }
        let wrong_type_here = |found: &Vec<Drift>| {
            found
                .iter()
                .find(|d| d.kind == Kind::WrongType && d.raw_pointer == at.raw)
                .map(|d| d.declared.clone())
        };
        let declared: Option<Vec<String>> = results.iter().map(wrong_type_here).collect();
        if let Some(mut declared) = declared {
            declared.dedup();
            out.push(at.drift(
                self.words,
                Kind::WrongType,
                &at.subject,
                declared.join(" or "),
                Some(value),
            ));
            return;
        }
        if let Some(best) = results.into_iter().min_by_key(Vec::len) {
            out.extend(best);
        }
    }

    fn accepts_null(&self, flat: &Flat<'_>, depth: usize) -> bool {
        flat.nullable
            || flat.is_any()
            || flat.enumeration.is_some_and(|e| e.contains(&Value::Null))
            || (flat.types.is_none()
                && !flat.alternatives.is_empty()
                && flat.alternatives.iter().all(|branches| {
                    branches
                        .iter()
                        .any(|b| depth < 16 && self.accepts_null(&self.flatten(b, 0), depth + 1))
                }))
    }

    /// The schema at `pointer`, its `$ref`s followed and its `allOf`s
    /// merged into one.
    fn flatten(&self, pointer: &str, depth: usize) -> Flat<'d> {
        let pointer = resolve(self.document, pointer);
        let schema = self.document.pointer(&pointer);
        let get = |key: &str| schema.and_then(|s| s.get(key));
        let name = pointer
            .strip_prefix("/components/schemas/")
            .filter(|n| !n.contains('/'))
            .map(|n| n.replace("~1", "/").replace("~0", "~"));
        let mut flat = Flat {
            name,
            types: get("type").and_then(Value::as_str).map(|t| vec![t]),
            nullable: get("nullable") == Some(&Value::Bool(true)),
            enumeration: get("enum").and_then(Value::as_array),
            properties: get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(name, _)| {
                    (
                        name.as_str(),
                        pointer_push(&format!("{pointer}/properties"), name),
                    )
                })
                .collect(),
            required: get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect(),
            additional: match get("additionalProperties") {
                None | Some(Value::Bool(false)) => Additional::Closed,
                Some(Value::Object(o)) if !o.is_empty() => {
                    Additional::Schema(format!("{pointer}/additionalProperties"))
                }
                Some(_) => Additional::Open,
            },
            items: get("items").map(|_| format!("{pointer}/items")),
            alternatives: ["oneOf", "anyOf"]
                .into_iter()
                .filter_map(|keyword| {
                    let branches = get(keyword)?.as_array()?;
                    Some(
                        (0..branches.len())
                            .map(|i| format!("{pointer}/{keyword}/{i}"))
                            .collect(),
                    )
                })
                .collect(),
        };
        let parts = get("allOf").and_then(Value::as_array).map_or(0, Vec::len);
        if parts == 0 || depth > 16 {
            return flat;
        }
        let mut all_nullable = true;
        for i in 0..parts {
            let part = self.flatten(&format!("{pointer}/allOf/{i}"), depth + 1);
            all_nullable &= part.nullable;
            flat.types = match (flat.types.take(), part.types) {
                (Some(a), Some(b)) => Some(a.into_iter().filter(|t| b.contains(t)).collect()),
                (a, b) => a.or(b),
            };
            flat.enumeration = flat.enumeration.or(part.enumeration);
            for (name, schema) in part.properties {
                if flat.property(name).is_none() {
                    flat.properties.push((name, schema));
                }
            }
            flat.required.extend(part.required);
            flat.additional = match (flat.additional, part.additional) {
                (Additional::Open, _) | (_, Additional::Open) => Additional::Open,
                (Additional::Schema(s), _) | (_, Additional::Schema(s)) => Additional::Schema(s),
                _ => Additional::Closed,
            };
            flat.items = flat.items.or(part.items);
            flat.alternatives.extend(part.alternatives);
            if parts == 1 && flat.name.is_none() {
                flat.name = part.name;
            }
        }
        flat.nullable |= all_nullable;
        flat
    }

    /// The JSON Schema errors the walk did not explain.
    fn invalid(
        &self,
        schema_pointer: &str,
        value: &Value,
        root: &At,
        walked: &[Drift],
    ) -> Vec<Drift> {
        let mut validators = self.validators.borrow_mut();
        let validator = validators
            .entry(schema_pointer.to_owned())
            .or_insert_with(|| {
                spec_model::schema::spec_validator(self.document, schema_pointer).ok()
            });
        let Some(validator) = validator else {
            return Vec::new();
        };
        // Looked up, not scanned: a body that departs at each of n items
        // gives n walked drifts and n errors, which scanning compares n * n
        // times.
        let reported = Reported::new(walked);
        let mut found: Vec<Drift> = Vec::new();
        let mut found_at: HashSet<String> = HashSet::new();
        for error in validator.iter_errors(value) {
            let raw = error.instance_path().as_str();
            if reported.relates_to(raw) || found_at.contains(raw) {
                continue;
            }
            found_at.insert(raw.to_owned());
            let keyword = error.kind().keyword();
            let declared = if SAFE_MESSAGES.contains(&keyword) {
                error.masked_with("the value").to_string()
            } else {
                format!("fails `{keyword}`")
            };
            let at = self.locate(schema_pointer, value, raw, root);
            let here = value.pointer(raw);
            found.push(at.drift(self.words, Kind::InvalidValue, &at.subject, declared, here));
        }
        found
    }

    /// The walk's place for the value at `raw` (a pointer into `value`):
    /// its folded pointer, names and subject, found by following the schema
    /// along the pointer.
    fn locate(&self, schema_pointer: &str, value: &Value, raw: &str, root: &At) -> At {
        let mut at = At {
            raw: root.raw.clone(),
            ..root.clone()
        };
        let mut schema = Some(schema_pointer.to_owned());
        let mut node = value;
        for token in raw.split('/').skip(1) {
            let key = token.replace("~1", "/").replace("~0", "~");
            let flat = schema.as_deref().map(|s| self.flatten(s, 0));
            if let Some(name) = flat.as_ref().and_then(|f| f.name.clone()) {
                at.subject = name;
            }
            match node {
                Value::Array(items) => {
                    let index = key.parse().unwrap_or_default();
                    at = at.item(index);
                    schema = flat.and_then(|f| f.items);
                    node = items.get(index).unwrap_or(&Value::Null);
                }
                Value::Object(object) => {
                    let declared = flat.as_ref().and_then(|f| {
                        f.property(&key).map(str::to_owned).or_else(|| {
                            f.alternatives
                                .iter()
                                .flatten()
                                .find_map(|b| self.flatten(b, 0).property(&key).map(str::to_owned))
                        })
                    });
                    match (declared, flat.map(|f| f.additional)) {
                        (Some(property), _) => {
                            at = at.property(&key, true);
                            schema = Some(property);
                        }
                        (None, Some(Additional::Schema(values))) => {
                            at = at.map_value(&key);
                            schema = Some(values);
                        }
                        _ => {
                            at = at.property(&key, false);
                            schema = None;
                        }
                    }
                    node = object.get(&key).unwrap_or(&Value::Null);
                }
                _ => break,
            }
        }
        at
    }
}

/// Keywords whose masked message says nothing of the value but its place.
const SAFE_MESSAGES: &[&str] = &[
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "pattern",
    "multipleOf",
    "uniqueItems",
    "oneOf",
    "anyOf",
];

/// The places (raw pointers) the walk reported, to tell whether another
/// place is one of them, above one or below one in as many lookups as the
/// place is deep, however many places were reported.
struct Reported<'a> {
    /// Each reported place.
    at: HashSet<&'a str>,
    /// Each place above a reported one: its ancestors, the root (`""`)
    /// included.
    above: HashSet<&'a str>,
}

impl<'a> Reported<'a> {
    fn new(walked: &'a [Drift]) -> Reported<'a> {
        let mut at = HashSet::new();
        let mut above = HashSet::new();
        for drift in walked {
            let raw = drift.raw_pointer.as_str();
            at.insert(raw);
            above.extend(raw.match_indices('/').map(|(slash, _)| &raw[..slash]));
        }
        Reported { at, above }
    }

    /// Whether `raw` is a reported place, or above or below one.
    fn relates_to(&self, raw: &str) -> bool {
        self.at.contains(raw)
            || self.above.contains(raw)
            || raw
                .match_indices('/')
                .any(|(slash, _)| self.at.contains(&raw[..slash]))
    }
}

/// An enum's values for a report: at most twelve, as JSON.
fn enum_list(values: &[Value]) -> String {
    let mut shown: Vec<String> = values.iter().take(12).map(Value::to_string).collect();
    if values.len() > 12 {
        shown.push(format!("and {} more", values.len() - 12));
    }
    shown.join(", ")
}

/// The JSON type of a value; a number is an `integer` when it has no
/// fraction part as written.
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_of_type(declared: &str, value: &Value) -> bool {
    match declared {
        "number" => value.is_number(),
        other => json_type(value) == other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn document() -> Value {
        json!({"components": {"schemas": {
            "Order": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"},
                "status": {"$ref": "#/components/schemas/Status"},
                "total": {"type": "integer"},
                "deletedAt": {"type": "string", "format": "date-time", "nullable": true},
                "createdAt": {"type": "string", "format": "date-time"},
                "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
                "attributes": {"type": "object", "additionalProperties": true},
                "byId": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Line"}},
                "code": {"oneOf": [{"type": "string"}, {"type": "integer"}]}
            }},
            "Status": {"type": "string", "enum": ["NEW", "DONE"]},
            "Line": {"allOf": [{"$ref": "#/components/schemas/Base"}], "properties": {"qty": {"type": "integer"}}},
            "Base": {"type": "object", "properties": {"sku": {"type": "string"}}}
        }}})
    }

    fn check(value: Value) -> Vec<(String, Kind, String)> {
        let document = document();
        let words = SpecWords::default();
        let checker = Checker::new(&document, &words);
        checker
            .check("/components/schemas/Order", &value, &[], "body")
            .into_iter()
            .map(|d| (d.pointer, d.kind, d.declared))
            .collect()
    }

    #[test]
    fn a_conforming_value_has_no_drift() {
        let found = check(json!({
            "id": "a", "status": "NEW", "total": 3, "deletedAt": null,
            "createdAt": "2021-01-01T00:00:00Z",
            "lines": [{"sku": "S", "qty": 1}], "attributes": {"anything": [1]},
            "byId": {"x1": {"sku": "T"}}, "code": 7
        }));
        assert_eq!(found, []);
    }

    #[test]
    fn each_kind_at_its_folded_pointer() {
        let found = check(json!({
            "status": "LOST", "total": 1.5, "createdAt": null,
            "lines": [{"sku": "S"}, {"sku": "S", "colour": "RED"}],
            "byId": {"x1": {"sku": 5}}, "code": true, "extra": {}
        }));
        let kinds: Vec<(&str, Kind)> = found.iter().map(|(p, k, _)| (p.as_str(), *k)).collect();
        // Properties in key order, then the required ones that are absent.
        assert_eq!(
            kinds,
            [
                ("/byId/*/sku", Kind::WrongType),
                ("/code", Kind::WrongType),
                ("/createdAt", Kind::UnexpectedNull),
                ("/extra", Kind::UndeclaredProperty),
                ("/lines/*/colour", Kind::UndeclaredProperty),
                ("/status", Kind::UnlistedEnumValue),
                ("/total", Kind::WrongType),
                ("/id", Kind::MissingRequired),
            ]
        );
        assert_eq!(found[1].2, "string or integer");
        assert_eq!(found[6].2, "integer");
    }

    #[test]
    fn a_branch_that_refers_back_to_its_schema_ends() {
        // Without a bound, checking a value the string branch refuses would
        // recurse until the stack overflows.
        let document = json!({"components": {"schemas": {
            "Loop": {"oneOf": [{"$ref": "#/components/schemas/Loop"}, {"type": "string"}]}
        }}});
        let words = SpecWords::default();
        let checker = Checker::new(&document, &words);
        let pointer = "/components/schemas/Loop";
        for value in [json!("a"), json!(1), json!(null)] {
            let found = checker.check(pointer, &value, &[], "body");
            assert!(found.len() <= 1, "{value}: {found:?}");
        }
    }

    /// Whether one pointer is the other, or above or below it: what
    /// [`Reported::relates_to`] answers by lookups, said plainly.
    fn related(a: &str, b: &str) -> bool {
        a == b
            || a.is_empty()
            || b.is_empty()
            || a.strip_prefix(b).is_some_and(|rest| rest.starts_with('/'))
            || b.strip_prefix(a).is_some_and(|rest| rest.starts_with('/'))
    }

    #[test]
    fn reported_places_relate_as_pointers_do() {
        let drift = |raw: &str| Drift {
            pointer: String::new(),
            raw_pointer: raw.to_owned(),
            kind: Kind::WrongType,
            subject: String::new(),
            declared: String::new(),
            found: None,
            example: Example::None,
        };
        let places = [
            "", "/a", "/a/b", "/a/b/0", "/a/bc", "/ab", "/a//b", "/a/", "/x/y", "/x~1y",
        ];
        let sets: [&[&str]; 6] = [
            &[],
            &[""],
            &["/a/b"],
            &["/a/b/0", "/x/y"],
            &["/a//b"],
            &["/a/", "/x~1y"],
        ];
        for set in sets {
            let walked: Vec<Drift> = set.iter().map(|raw| drift(raw)).collect();
            let reported = Reported::new(&walked);
            for raw in places {
                assert_eq!(
                    reported.relates_to(raw),
                    set.iter().any(|w| related(w, raw)),
                    "{raw:?} against {set:?}"
                );
            }
        }
    }

    #[test]
    fn a_body_that_departs_at_every_item_is_checked_in_linear_time() {
        // Each item is a wrong type the walk reports and an invalid date
        // only the validator sees, so each validator error is compared with
        // every place reported before it: one by one, some 5 * 10^9
        // comparisons (minutes); by lookups, a few per error.
        let document = json!({"components": {"schemas": {
            "Batch": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
            }},
            "Item": {"type": "object", "properties": {
                "at": {"type": "string", "format": "date-time"},
                "n": {"type": "integer"}
            }}
        }}});
        let words = SpecWords::default();
        let checker = Checker::new(&document, &words);
        let items = 50_000;
        let body = json!({"items": vec![json!({"at": "noon", "n": "x"}); items]});
        let found = checker.check("/components/schemas/Batch", &body, &[], "body");
        let count = |kind: Kind, pointer: &str| {
            found
                .iter()
                .filter(|d| d.kind == kind && d.pointer == pointer)
                .count()
        };
        assert_eq!(count(Kind::WrongType, "/items/*/n"), items);
        assert_eq!(count(Kind::InvalidValue, "/items/*/at"), items);
        assert_eq!(found.len(), 2 * items);
    }

    #[test]
    fn other_rules_come_from_the_validator_without_the_value() {
        let document = document();
        let words = SpecWords::default();
        let checker = Checker::new(&document, &words);
        let found = checker.check(
            "/components/schemas/Order",
            &json!({"id": "a", "createdAt": "pat@example.com"}),
            &[],
            "body",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::InvalidValue);
        assert_eq!(found[0].pointer, "/createdAt");
        assert_eq!(found[0].declared, "the value is not a \"date-time\"");
        assert_eq!(found[0].example, Example::Hidden);
    }
}

//! Schemas: the Rust names of their types, fields and enum variants;
//! recursion; the keywords the generator cannot take; defaults.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::schema::validate_against_spec;
use spec_model::walk::{self, operations_in, parameters};

use super::Check;
use super::names::{self, Case};
use super::rules::{
    DEFAULT_VALUE, ENUM_COLLISION, RUST_NAME_COLLISION, SCHEMA_CYCLE, TYPE_NAME, UNSUPPORTED_SCHEMA,
};
use crate::codegen::responses::ResponseTypes;

impl Check<'_> {
    pub(super) fn schemas(&mut self) {
        for pointer in walk::schemas(self.doc) {
            let Some(schema) = self.at(&pointer).cloned() else {
                continue;
            };
            self.fields(&pointer, &schema);
            self.enumeration(&pointer, &schema);
            // A `not`, and a pattern the client cannot compile, are left
            // unchecked by the client (`prepare` drops them); lint says so.
            if let Some(default) = schema.get("default") {
                self.default(&pointer, default);
            }
        }
        self.type_names();
        self.cycles();
    }

    /// No two properties become one Rust field.
    fn fields(&mut self, pointer: &str, schema: &Value) {
        if schema.get("properties").is_none() {
            return;
        }
        let properties = self.keys_in_order(&format!("{pointer}/properties"));
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (property, field) in names::fields(properties.iter().map(String::as_str)) {
            if let Some(other) = seen.insert(field.clone(), property) {
                self.refuse(
                    &pointer_push(&format!("{pointer}/properties"), property),
                    &RUST_NAME_COLLISION,
                    format!("`{other}` and `{property}` both become the Rust field `{field}`: rename one (wire names cannot be changed by the client)"),
                );
            }
        }
    }

    /// A string enum's values become distinct variants, none `Unknown`; an
    /// enum's values are of one JSON type.
    fn enumeration(&mut self, pointer: &str, schema: &Value) {
        let Some(values) = schema.get("enum").and_then(Value::as_array) else {
            return;
        };
        let kinds: BTreeSet<&str> = values
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| match v {
                Value::String(_) => "string",
                Value::Number(_) => "number",
                Value::Bool(_) => "boolean",
                Value::Array(_) => "array",
                _ => "object",
            })
            .collect();
        if kinds.len() > 1 {
            let kinds: Vec<&str> = kinds.into_iter().collect();
            self.refuse(&format!("{pointer}/enum"), &UNSUPPORTED_SCHEMA, format!("the enum mixes {} values, and the generator panics on that: give it one `type` and values of that type", kinds.join(" and ")));
            return;
        }
        let strings: Vec<(usize, &str)> = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.as_str().map(|s| (i, s)))
            .collect();
        let variants = names::variants(strings.iter().map(|(_, s)| *s));
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for ((index, _), (value, variant)) in strings.iter().zip(&variants) {
            let value_pointer = format!("{pointer}/enum/{index}");
            if variant == "Unknown" {
                self.refuse(&value_pointer, &ENUM_COLLISION, format!("`{value}` becomes the variant `Unknown`, which holds the values the spec does not list: drop it, or make the schema a plain string"));
            } else if let Some(other) = seen.insert(variant, value) {
                self.refuse(&value_pointer, &ENUM_COLLISION, format!("`{other}` and `{value}` both become the Rust variant `{variant}`, and the generator panics on that: drop one, or make the schema a plain string"));
            }
        }
    }

    /// A default is valid against its own schema.
    fn default(&mut self, pointer: &str, default: &Value) {
        match validate_against_spec(self.doc, pointer, default) {
            Err(e) if !e.starts_with("the schema is not a valid JSON Schema") => self.refuse(
                &format!("{pointer}/default"),
                &DEFAULT_VALUE,
                format!("the default does not fit its schema ({e}), and the generator rejects the spec: fix the default, or drop it"),
            ),
            _ => {}
        }
    }

    /// No two schemas become one Rust type: the named ones, and the inline
    /// ones that are named by their title or after their place.
    fn type_names(&mut self) {
        // Rust type name -> where it was first given, and to what. Two
        // component schemas never share a name; an inline schema may share
        // one with an identical schema (typify then makes one type).
        let mut types: BTreeMap<String, (String, Option<Value>)> = BTreeMap::new();
        let mut claim = |check: &mut Self,
                         name: String,
                         at: String,
                         schema: Option<Value>,
                         what: String| {
            match types.get(&name) {
                Some((first, first_schema))
                    if first_schema.is_none() || schema.is_none() || *first_schema != schema =>
                {
                    let first = first.clone();
                    check.refuse(&at, &TYPE_NAME, format!("{what} becomes the Rust type `{name}`, like the schema at {first}: rename one"));
                }
                Some(_) => {}
                None => {
                    types.insert(name, (at, schema));
                }
            }
        };
        let response_types = ResponseTypes::of(self.doc);
        let named: Vec<(String, Value)> = self
            .keys_in_order("/components/schemas")
            .into_iter()
            .filter_map(|name| {
                let schema = self
                    .at(&pointer_push("/components/schemas", &name))?
                    .clone();
                Some((name, schema))
            })
            .collect();
        for (name, _) in &named {
            let at = pointer_push("/components/schemas", name);
            let rust = names::typify(name, Case::Pascal);
            claim(self, rust, at, None, format!("schema `{name}`"));
        }
        for (name, schema) in &named {
            let at = pointer_push("/components/schemas", name);
            for (rust, inner_at, inner) in inline_types(self.doc, schema, &at, name) {
                let what = format!("the inline schema at {inner_at}");
                claim(self, rust, inner_at, Some(inner), what);
            }
        }
        for operation in operations_in(self.doc) {
            let Some(id) = operation.operation_id() else {
                continue;
            };
            let mut places: Vec<(String, String)> = Vec::new();
            for parameter in parameters(self.doc, &operation) {
                if let Some(schema) = parameter.schema_pointer {
                    places.push((format!("{id}-{}", parameter.name), schema));
                }
            }
            if operation.operation.get("requestBody").is_some() {
                let body = resolve(self.doc, &format!("{}/requestBody", operation.pointer));
                if let Some(content) = self
                    .at(&format!("{body}/content"))
                    .and_then(Value::as_object)
                {
                    for media in content.keys() {
                        let media_pointer = pointer_push(&format!("{body}/content"), media);
                        places.push((format!("{id}-body"), format!("{media_pointer}/schema")));
                    }
                }
            }
            // An inline response schema is named by `codegen::responses`
            // where progenitor would misname it, and by progenitor (after
            // the operation) where it is the one success body.
            let responses_pointer = format!("{}/responses", operation.pointer);
            let statuses: Vec<String> = self
                .at(&responses_pointer)
                .and_then(Value::as_object)
                .map(|responses| responses.keys().cloned().collect())
                .unwrap_or_default();
            {
                for status in &statuses {
                    let response = resolve(self.doc, &pointer_push(&responses_pointer, status));
                    let json = format!("{response}/content/application~1json/schema");
                    if let Some(name) = response_types.named.get(&json) {
                        let Some(schema) = self.at(&json).cloned() else {
                            continue;
                        };
                        let rust = names::typify(name, Case::Pascal);
                        let what = format!("the inline schema at {json}");
                        claim(self, rust, json.clone(), Some(schema.clone()), what);
                        for (rust, inner_at, inner) in inline_types(self.doc, &schema, &json, name)
                        {
                            let what = format!("the inline schema at {inner_at}");
                            claim(self, rust, inner_at, Some(inner), what);
                        }
                    } else {
                        places.push((format!("{id}-response"), json));
                    }
                }
            }
            for (raw, at) in places {
                let Some(schema) = self.at(&at).cloned() else {
                    continue;
                };
                if schema.get("$ref").is_some() || !needs_type(&schema) {
                    continue;
                }
                let rust = names::progenitor(&raw, Case::Pascal);
                let what = format!("the inline schema at {at}");
                claim(self, rust, at.clone(), Some(schema.clone()), what);
                for (rust, inner_at, inner) in inline_types(self.doc, &schema, &at, &raw) {
                    let what = format!("the inline schema at {inner_at}");
                    claim(self, rust, inner_at, Some(inner), what);
                }
            }
        }
    }

    /// No schema is itself again through `$ref`, `allOf`, `oneOf` or `anyOf`
    /// alone: each cycle must pass through a property, `items` or
    /// `additionalProperties`.
    fn cycles(&mut self) {
        let Some(named) = self.at("/components/schemas").and_then(Value::as_object) else {
            return;
        };
        // name -> the names it is directly made of, with the `$ref` pointer.
        let mut edges: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for (name, schema) in named {
            let at = pointer_push("/components/schemas", name);
            let mut found = Vec::new();
            direct_refs(schema, &at, &mut found);
            edges.insert(name.clone(), found);
        }
        let order = self.keys_in_order("/components/schemas");
        let mut reported: BTreeSet<String> = BTreeSet::new();
        for start in &order {
            if reported.contains(start) {
                continue;
            }
            if let Some(path) = cycle_from(start, &edges) {
                let names: Vec<&str> = path.iter().map(|(n, _)| n.as_str()).collect();
                reported.extend(names.iter().map(|n| (*n).to_owned()));
                let shown = format!("{} → {start}", names.join(" → "));
                let (_, ref_pointer) = &path[0];
                self.refuse(ref_pointer, &SCHEMA_CYCLE, format!("`{start}` is itself again through `$ref`/`allOf`/`oneOf`/`anyOf` alone ({shown}): it has no JSON value, and its Rust type would hold itself (it does not compile, or decoding overflows the stack); put the recursion under a property or `items`, or remove it"));
            }
        }
    }
}

/// Whether typify gives this inline schema a type of its own.
fn needs_type(schema: &Value) -> bool {
    ["properties", "enum", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| schema.get(*k).is_some())
}

/// The types typify makes for the inline schemas inside `schema` (named
/// `raw`, at `at`): a titled schema is named by its title; the others after
/// their place (`Order.status` is `OrderStatus`, its items `OrderStatusItem`).
fn inline_types(
    document: &Value,
    schema: &Value,
    at: &str,
    raw: &str,
) -> Vec<(String, String, Value)> {
    let mut found = Vec::new();
    let mut children: Vec<(String, String)> = Vec::new();
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for property in properties.keys() {
            children.push((
                pointer_push(&format!("{at}/properties"), property),
                format!("{raw}_{property}"),
            ));
        }
    }
    for (key, suffix) in [("items", "Item"), ("additionalProperties", "Value")] {
        if schema.get(key).is_some_and(Value::is_object) {
            children.push((format!("{at}/{key}"), format!("{raw}{suffix}")));
        }
    }
    for (child_at, child_raw) in children {
        let Some(child) = document.pointer(&child_at) else {
            continue;
        };
        if child.get("$ref").is_some() {
            continue;
        }
        let raw = match child.get("title").and_then(Value::as_str) {
            Some(title) => title.to_owned(),
            None => child_raw,
        };
        if needs_type(child) {
            found.push((
                names::typify(&raw, Case::Pascal),
                child_at.clone(),
                child.clone(),
            ));
        }
        found.extend(inline_types(document, child, &child_at, &raw));
    }
    found
}

/// The component schemas `schema` is made of directly: through `$ref`,
/// and the members of `allOf`, `oneOf` and `anyOf`, not through properties,
/// `items` or `additionalProperties`. Each with the pointer of its `$ref`.
fn direct_refs(schema: &Value, at: &str, found: &mut Vec<(String, String)>) {
    if let Some(name) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        found.push((
            name.replace("~1", "/").replace("~0", "~"),
            format!("{at}/$ref"),
        ));
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, member) in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            direct_refs(member, &format!("{at}/{key}/{i}"), found);
        }
    }
}

/// A cycle of direct references back to `start`, as the names along it
/// (from `start`) with the `$ref` each leaves by; the shortest one found
/// breadth-first.
fn cycle_from(
    start: &str,
    edges: &BTreeMap<String, Vec<(String, String)>>,
) -> Option<Vec<(String, String)>> {
    // name -> (previous name, the `$ref` pointer that led here)
    let mut came_from: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(name) = queue.pop_front() {
        for (next, ref_pointer) in edges.get(name).into_iter().flatten() {
            if next == start {
                let mut path = vec![(name.to_owned(), ref_pointer.clone())];
                let mut at = name;
                while at != start {
                    let (previous, pointer) = came_from[at];
                    path.push((previous.to_owned(), pointer.to_owned()));
                    at = previous;
                }
                path.reverse();
                return Some(path);
            }
            if !came_from.contains_key(next.as_str()) && edges.contains_key(next) {
                came_from.insert(next, (name, ref_pointer));
                queue.push_back(next);
            }
        }
    }
    None
}

//! The Rust type each schema becomes, worked out before generation, and
//! the collisions between them resolved where that can be done.
//!
//! Component schemas are named after their keys; an inline schema after its
//! `title`, or else after its place (`Order.status` is `OrderStatus`, its
//! items `OrderStatusItem`); an operation's inline parameter, body or
//! response schema as progenitor names it, or as `codegen::responses` does.
//!
//! **The rule.** Names are given in the order a reader meets the schemas:
//! components in the order they are written, then each operation's places.
//! The first schema keeps a name; an identical schema may share it (typify
//! makes one type). A component whose key becomes a name an earlier key
//! has, in byte order (`order-item` after `OrderItem`), and an inline schema
//! inside a component (or inside another inline schema) whose name is
//! taken, is named anew: the name with `2`, `3`... added, the first that is
//! free (a component's key is changed in what progenitor is given, with
//! every `$ref` to it; an inline schema gets the name as its `title`); the
//! schemas inside it are then named after the new name. What cannot be
//! named anew that way (an operation's own inline schema, which progenitor
//! names after the operation) is a conflict, which codegen refuses.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::spec::Spec;
use spec_model::walk::{operations_in, parameters};

use super::names::{self, Case};
use crate::codegen::responses::ResponseTypes;

/// What the names plan found.
#[derive(Debug, Default)]
pub struct TypeNames {
    /// Inline schemas named anew: where each is → the title that names it.
    pub retitled: BTreeMap<String, String>,
    /// Components named anew: the key as written → the key progenitor is
    /// given.
    pub renamed: BTreeMap<String, String>,
    /// What cannot be named anew: where, and what to do.
    pub conflicts: Vec<(String, String)>,
}

/// Rust type name → where it was first given, and to what (`None` for a
/// component, which no other schema can share).
type Claimed = BTreeMap<String, (String, Option<Value>)>;

/// The names of every schema of `spec`, collisions resolved where they can
/// be; see the module docs.
pub fn plan(spec: &Spec) -> TypeNames {
    let document = &spec.document;
    let mut plan = TypeNames::default();
    let mut claimed = Claimed::new();

    let types = component_types(document);
    let components: Vec<&String> = types.keys().collect();
    for name in &components {
        let at = pointer_push("/components/schemas", name);
        let rust = types[*name].clone();
        if rust != names::typify(name, Case::Pascal) {
            plan.renamed.insert((*name).clone(), rust.clone());
        }
        claimed.insert(rust, (at, None));
    }
    for name in &components {
        let at = pointer_push("/components/schemas", name);
        let raw = plan.renamed.get(*name).unwrap_or(name).clone();
        if let Some(schema) = document.pointer(&at) {
            inner(&mut plan, &mut claimed, document, schema, &at, &raw);
        }
    }

    let response_types = ResponseTypes::of(document);
    // The inline bodies of `components/responses` are named after their
    // component and generated whoever uses them (`prepare` moves them
    // under `components/schemas`), used or not.
    for (json, name) in &response_types.named {
        if !json.starts_with("/components/responses/") {
            continue;
        }
        if let Some(schema) = document.pointer(json) {
            claim_named_body(&mut plan, &mut claimed, document, schema, json, name);
        }
    }
    for operation in operations_in(document) {
        let Some(id) = operation.operation_id() else {
            continue;
        };
        let mut places: Vec<(String, String)> = Vec::new();
        for parameter in parameters(document, &operation) {
            if let Some(schema) = parameter.schema_pointer {
                places.push((format!("{id}-{}", parameter.name), schema));
            }
        }
        // Only the media type the client types becomes `<OperationId>Body`:
        // the others are sent as bytes (`body_as`), and have no type.
        if let Some(body) = spec_model::request::RequestBody::of(document, &operation) {
            let chosen = body.chosen();
            places.push((format!("{id}-body"), format!("{}/schema", chosen.pointer)));
        }
        // An inline response schema is named by `codegen::responses` where
        // progenitor would misname it, and by progenitor (after the
        // operation) where it is the one success body.
        let responses_pointer = format!("{}/responses", operation.pointer);
        let statuses: Vec<String> = document
            .pointer(&responses_pointer)
            .and_then(Value::as_object)
            .map(|responses| responses.keys().cloned().collect())
            .unwrap_or_default();
        for status in &statuses {
            let response = resolve(document, &pointer_push(&responses_pointer, status));
            let json = format!("{response}/content/application~1json/schema");
            match (response_types.named.get(&json), document.pointer(&json)) {
                (Some(name), Some(schema)) => {
                    claim_named_body(&mut plan, &mut claimed, document, schema, &json, name);
                }
                (Some(_), None) => {}
                (None, _) => places.push((format!("{id}-response"), json)),
            }
        }
        for (raw, at) in places {
            let Some(schema) = document.pointer(&at) else {
                continue;
            };
            if schema.get("$ref").is_some() || !needs_type(schema) {
                continue;
            }
            let rust = names::progenitor(&raw, Case::Pascal);
            let what = format!("the inline schema at {at}");
            claim(
                &mut plan,
                &mut claimed,
                rust,
                at.clone(),
                Some(schema.clone()),
                what,
            );
            inner(&mut plan, &mut claimed, document, schema, &at, &raw);
        }
    }
    plan
}

/// The Rust type of each component schema, by its key: its key in
/// UpperCamelCase, or, where an earlier key (in byte order) has that name,
/// the name with the first number from 2 that no component has.
pub fn component_types(document: &Value) -> BTreeMap<String, String> {
    let keys: Vec<&String> = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    let plain: Vec<String> = keys
        .iter()
        .map(|k| names::typify(k, Case::Pascal))
        .collect();
    // Sets, not lists: a spec of thousands of schemas looks each name up
    // once per schema.
    let every_plain: BTreeSet<&String> = plain.iter().collect();
    let mut given: BTreeMap<String, String> = BTreeMap::new();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for (key, name) in keys.into_iter().zip(&plain) {
        let name = if taken.contains(name) {
            (2..)
                .map(|n| format!("{name}{n}"))
                .find(|candidate| !taken.contains(candidate) && !every_plain.contains(candidate))
                .expect("some number is free")
        } else {
            name.clone()
        };
        taken.insert(name.clone());
        given.insert(key.clone(), name);
    }
    given
}

/// Claims the name `codegen::responses` gives the inline body schema at
/// `json`, and names the schemas inside it.
fn claim_named_body(
    plan: &mut TypeNames,
    claimed: &mut Claimed,
    document: &Value,
    schema: &Value,
    json: &str,
    name: &str,
) {
    let rust = names::typify(name, Case::Pascal);
    let what = format!("the inline schema at {json}");
    claim(
        plan,
        claimed,
        rust,
        json.to_owned(),
        Some(schema.clone()),
        what,
    );
    inner(plan, claimed, document, schema, json, name);
}

/// Gives `name` to the schema at `at`, or records a conflict when another
/// schema has it.
fn claim(
    plan: &mut TypeNames,
    claimed: &mut Claimed,
    name: String,
    at: String,
    schema: Option<Value>,
    what: String,
) {
    match claimed.get(&name) {
        Some((first, first_schema))
            if first_schema.is_none() || schema.is_none() || *first_schema != schema =>
        {
            let message = format!(
                "{what} becomes the Rust type `{name}`, like the schema at {first}: rename one"
            );
            plan.conflicts.push((at, message));
        }
        Some(_) => {}
        None => {
            claimed.insert(name, (at, schema));
        }
    }
}

/// Names the inline schemas inside `schema` (named `raw`, at `at`), each
/// after its title or its place, anew where that name is another schema's.
fn inner(
    plan: &mut TypeNames,
    claimed: &mut Claimed,
    document: &Value,
    schema: &Value,
    at: &str,
    raw: &str,
) {
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
    // The members of a composition are not named here (typify merges an
    // `allOf`, and names variants its own way), but the schemas inside them
    // are named like any other: by title, or after their place.
    for keyword in ["allOf", "oneOf", "anyOf"] {
        let count = schema
            .get(keyword)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for index in 0..count {
            let member_at = format!("{at}/{keyword}/{index}");
            if let Some(member) = document.pointer(&member_at)
                && member.get("$ref").is_none()
            {
                inner(plan, claimed, document, member, &member_at, raw);
            }
        }
    }
    for (child_at, child_raw) in children {
        let Some(child) = document.pointer(&child_at) else {
            continue;
        };
        if child.get("$ref").is_some() {
            continue;
        }
        let mut raw = match child.get("title").and_then(Value::as_str) {
            Some(title) => title.to_owned(),
            None => child_raw,
        };
        if needs_type(child) {
            let name = names::typify(&raw, Case::Pascal);
            let taken = claimed
                .get(&name)
                .is_some_and(|(_, first)| first.as_ref() != Some(child));
            let name = if taken {
                let fresh = (2..)
                    .map(|n| format!("{name}{n}"))
                    .find(|candidate| !claimed.contains_key(candidate))
                    .expect("some number is free");
                plan.retitled.insert(child_at.clone(), fresh.clone());
                raw = fresh.clone();
                fresh
            } else {
                name
            };
            claimed
                .entry(name)
                .or_insert_with(|| (child_at.clone(), Some(child.clone())));
        }
        inner(plan, claimed, document, child, &child_at, &raw);
    }
}

/// Whether typify makes a type of its own for an inline schema.
pub fn needs_type(schema: &Value) -> bool {
    ["properties", "enum", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| schema.get(*k).is_some())
}

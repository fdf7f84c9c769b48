//! Schemas: the Rust names of their types, fields and enum variants;
//! recursion; the keywords the generator cannot take; defaults.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::refs::pointer_push;
use spec_model::schema::validate_against_spec;
use spec_model::walk;

use super::rules::{DEFAULT_VALUE, SCHEMA_CYCLE, TYPE_NAME, UNSUPPORTED_SCHEMA};
use super::{Check, type_names};

impl Check<'_> {
    pub(super) fn schemas(&mut self) {
        for pointer in walk::schemas(self.doc) {
            let Some(schema) = self.at(&pointer).cloned() else {
                continue;
            };
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

    /// An enum's values are of one JSON type. (Values that would be one
    /// variant are numbered: the `collisions` pass.)
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

    /// No two schemas become one Rust type: what [`type_names::plan`]
    /// cannot resolve by naming an inline schema anew is refused.
    fn type_names(&mut self) {
        for (at, message) in type_names::plan(self.spec).conflicts {
            self.refuse(&at, &TYPE_NAME, message);
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

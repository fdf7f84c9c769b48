//! `specs/QUIRKS.md`, checked: the ledger is well formed and every check it
//! names exists ([`ledger`]), and each row that a test can check is checked
//! against the spec and the generated types (one module per spec, and
//! [`all_specs`] for the rows that hold for every spec).
//!
//! A row's tests check what the row says the spec decides, so that the
//! ledger cannot drift from the spec unnoticed.

mod adobe_cpapi;
mod all_specs;
mod fabric_cart;
mod fabric_orders;
mod fabric_subscriptions;
mod ledger;

use serde_json::Value;
use spec_model::spec::Spec;
use spec_model::surface::{Model, Surface};

/// The spec of `api`, loaded as codegen loads it.
pub fn spec(api: &str) -> Spec {
    let root = spec_model::workspace::root().expect("the workspace root");
    let path = spec_model::workspace::Api {
        name: api.to_owned(),
    }
    .spec_path();
    Spec::load(&root, &path).unwrap_or_else(|e| panic!("{e}"))
}

/// The node at `pointer` in `spec`; a test that names a place the spec no
/// longer has fails with the place.
pub fn at<'a>(spec: &'a Spec, pointer: &str) -> &'a Value {
    spec.document
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{} has nothing at {pointer}", spec.path.display()))
}

/// The public surface of `api`'s generated crate.
pub fn surface(api: &str) -> Surface {
    let root = spec_model::workspace::root().expect("the workspace root");
    let path = spec_model::workspace::Api {
        name: api.to_owned(),
    }
    .generated_path();
    let source = std::fs::read_to_string(root.join(&path))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Surface::of_source(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The Rust type (short form) of the field that `model` keeps the JSON
/// property `json` in.
pub fn field_type(surface: &Surface, model: &str, json: &str) -> String {
    let Some(Model::Struct { fields, .. }) = surface.models.iter().find(|m| m.name() == model)
    else {
        panic!("no struct `{model}` in the generated code");
    };
    fields
        .iter()
        .find(|f| f.json == json)
        .map(|f| f.ty.short.clone())
        .unwrap_or_else(|| panic!("`{model}` has no field for `{json}`"))
}

/// The numeric properties of a spec's component schemas, as
/// `Schema.property` with their `type` and `format` (`-` for none); an
/// array of numbers is listed by its items' type.
pub fn numeric_properties(spec: &Spec) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    let schemas = at(spec, "/components/schemas").as_object().unwrap();
    for (name, schema) in schemas {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (property, value) in properties {
            let value = value.get("items").unwrap_or(value);
            let ty = value.get("type").and_then(Value::as_str).unwrap_or("");
            if ty == "integer" || ty == "number" {
                let format = value.get("format").and_then(Value::as_str).unwrap_or("-");
                found.push((
                    format!("{name}.{property}"),
                    ty.to_owned(),
                    format.to_owned(),
                ));
            }
        }
    }
    found.sort();
    found
}

/// `numeric_properties`, as the `(property, type and format)` pairs a
/// test lists: `("Item.id", "integer int64")`.
pub fn numeric_types(spec: &Spec) -> Vec<(String, String)> {
    numeric_properties(spec)
        .into_iter()
        .map(|(p, t, f)| {
            let shown = if f == "-" { t } else { format!("{t} {f}") };
            (p, shown)
        })
        .collect()
}

/// Sorted `(property, type)` pairs from a test's list.
pub fn listed(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut listed: Vec<(String, String)> = pairs
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    listed.sort();
    listed
}

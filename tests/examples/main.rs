//! Every documented example in `specs/`, request and response bodies alike,
//! checked three ways:
//!
//! 1. it is valid against the spec's own schema for its media type;
//! 2. it is valid against the JSON Schema that schemars derives from the
//!    generated Rust type;
//! 3. it decodes into that type and encodes back to the same JSON, up to the
//!    normalizations `specs/QUIRKS.md` lists, and nothing else.
//!
//! Examples are found in the specs; the Rust type of each comes from
//! `catalog/`, which `cargo xtask codegen` writes. And each example, as
//! decoded, is an insta snapshot; and none shows drift (what a client that
//! reports drift would report), so that drift reports start from silence.

use std::fmt::Debug;
use std::path::Path;

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use spec_model::examples::Example;
use spec_model::spec::Spec;

#[rustfmt::skip]
mod catalog;
mod checks;
mod planted;

/// A documented example, and the Rust type it decodes into.
pub struct Entry {
    /// The spec, as `specs/<api>.yaml`.
    pub spec: &'static str,
    /// `operationId` and message, such as `getOrder response 200`.
    pub label: &'static str,
    /// Where the example is in the spec.
    pub pointer: &'static str,
    /// Where the schema it must satisfy is in the spec.
    pub schema_pointer: &'static str,
    /// The Rust type's name.
    pub rust_type: &'static str,
    /// Decodes into the type and encodes back.
    pub round_trip: fn(&Value) -> Result<Value, String>,
    /// The JSON Schema schemars derives from the type.
    pub rust_schema: fn() -> Value,
    /// The decoded value, pretty-printed with `Debug`.
    pub decoded: fn(&Value) -> Result<String, String>,
    /// What the example carries that the type does not know, as a client
    /// that reports drift finds it (`client_runtime::drift`).
    pub drift: fn(&Value) -> Vec<String>,
}

impl Entry {
    /// An entry for examples that decode into `T`.
    pub fn new<T: DeserializeOwned + Serialize + JsonSchema + Debug + 'static>(
        spec: &'static str,
        label: &'static str,
        pointer: &'static str,
        schema_pointer: &'static str,
    ) -> Entry {
        Entry {
            spec,
            label,
            pointer,
            schema_pointer,
            // The public path: the crate re-exports its `generated` module.
            rust_type: public_path(std::any::type_name::<T>()),
            round_trip: |value| {
                let decoded: T = serde_json::from_value(value.clone())
                    .map_err(|e| format!("does not decode: {e}"))?;
                serde_json::to_value(&decoded).map_err(|e| format!("does not encode: {e}"))
            },
            rust_schema: || {
                serde_json::to_value(schemars::schema_for!(T)).expect("a schema is JSON")
            },
            decoded: |value| {
                let decoded: T = serde_json::from_value(value.clone())
                    .map_err(|e| format!("does not decode: {e}"))?;
                Ok(format!("{decoded:#?}"))
            },
            drift: |value| {
                client_runtime::drift::find::<T>(value)
                    .iter()
                    .map(ToString::to_string)
                    .collect()
            },
        }
    }
}

/// A type's path as consumers write it: each API crate re-exports its private
/// `generated` module.
fn public_path(type_name: &'static str) -> &'static str {
    Box::leak(type_name.replace("::generated::", "::").into_boxed_str())
}

/// Every spec, loaded, with its documented examples.
fn documented() -> Vec<(Spec, Vec<Example>)> {
    let root = spec_model::workspace::root().expect("the workspace root");
    spec_model::workspace::apis(&root)
        .expect("specs/ lists")
        .into_iter()
        .map(|api| {
            let spec = Spec::load(&root, &api.spec_path()).unwrap_or_else(|e| panic!("{e}"));
            let examples = spec_model::examples::documented(&spec);
            (spec, examples)
        })
        .collect()
}

fn entry_for<'a>(entries: &'a [Entry], spec: &Spec, example: &Example) -> Option<&'a Entry> {
    entries
        .iter()
        .find(|e| Path::new(e.spec) == spec.path && e.pointer == example.pointer)
}

#[test]
fn every_documented_example_passes_all_three_checks() {
    let entries = catalog::all();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (spec, examples) in documented() {
        for example in &examples {
            let place = format!("{} {}", spec.path.display(), example.label());
            let Some(entry) = entry_for(&entries, &spec, example) else {
                failures.push(format!(
                    "{place}: not in tests/examples/catalog; run `cargo xtask codegen`"
                ));
                continue;
            };
            let results = [
                (
                    "the spec's schema",
                    checks::against_spec_schema(&spec, &example.schema_pointer, &example.value),
                ),
                (
                    "the Rust type's schema",
                    checks::against_rust_schema(&(entry.rust_schema)(), &example.value),
                ),
                (
                    "round trip",
                    checks::round_trip(entry.round_trip, &example.value),
                ),
            ];
            for (check, result) in results {
                if let Err(e) = result {
                    failures.push(format!("{place} ({}): {check}: {e}", entry.rust_type));
                }
            }
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(
        checked,
        entries.len(),
        "the catalog lists examples the specs no longer have: run `cargo xtask codegen`"
    );
    assert!(checked > 0);
}

#[test]
fn no_documented_example_shows_drift() {
    let entries = catalog::all();
    let mut drifted = Vec::new();
    for (spec, examples) in documented() {
        for example in &examples {
            let entry =
                entry_for(&entries, &spec, example).expect("checked by the round-trip test");
            for drift in (entry.drift)(&example.value) {
                drifted.push(format!(
                    "{} {} ({}): {drift}",
                    spec.path.display(),
                    example.label(),
                    entry.rust_type
                ));
            }
        }
    }
    assert!(
        drifted.is_empty(),
        "documented examples a client would report as drift:\n{}",
        drifted.join("\n")
    );
}

#[test]
fn decoded_examples_match_their_snapshots() {
    let entries = catalog::all();
    for (spec, examples) in documented() {
        let api = spec.api.clone();
        for example in &examples {
            let entry =
                entry_for(&entries, &spec, example).expect("checked by the round-trip test");
            let decoded = (entry.decoded)(&example.value)
                .unwrap_or_else(|e| panic!("{}: {e}", example.label()));
            let name = snapshot_name(&api, example);
            insta::with_settings!({
                description => format!("{} {} decoded into {}", spec.path.display(), example.label(), entry.rust_type),
                omit_expression => true,
            }, {
                insta::assert_snapshot!(name, decoded);
            });
        }
    }
}

fn snapshot_name(api: &str, example: &Example) -> String {
    format!("{api}__{}", example.label())
        .replace([' ', '(', ')'], "_")
        .trim_end_matches('_')
        .to_owned()
}

#[test]
fn every_snapshot_belongs_to_a_documented_example() {
    let expected: Vec<String> = documented()
        .iter()
        .flat_map(|(spec, examples)| {
            examples
                .iter()
                .map(|e| format!("examples__{}.snap", snapshot_name(&spec.api, e)))
        })
        .collect();
    let dir = spec_model::workspace::root()
        .expect("the workspace root")
        .join("tests/examples/snapshots");
    for entry in std::fs::read_dir(&dir).expect("the snapshots folder") {
        let file = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            expected.contains(&file),
            "{file} belongs to no documented example: delete it (the example was removed or renamed)"
        );
    }
}

#[test]
fn the_readme_states_how_many_examples_are_checked() {
    let count: usize = documented()
        .iter()
        .map(|(_, examples)| examples.len())
        .sum();
    let readme = std::fs::read_to_string(
        spec_model::workspace::root()
            .expect("the workspace root")
            .join("README.md"),
    )
    .unwrap();
    let stated = format!("**{count} documented examples**");
    assert!(readme.contains(&stated), "README.md should say {stated}");
}

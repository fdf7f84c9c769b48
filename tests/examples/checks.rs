//! The three checks every documented example passes.

use serde_json::Value;

use api_tests::first_difference;
use spec_model::schema::{validate_against_json_schema, validate_example};
use spec_model::spec::Spec;

/// Check 1: the example is valid against the spec's own schema, in the JSON
/// Schema dialect of the spec's version (draft 4, which OpenAPI 3.0's
/// schemas extend; 2020-12 for OpenAPI 3.1) with formats checked.
pub fn against_spec_schema(
    spec: &Spec,
    schema_pointer: &str,
    example: &Value,
) -> Result<(), String> {
    validate_example(spec, schema_pointer, example)
}

/// Check 2: the example is valid against the JSON Schema schemars derives
/// from the generated type.
pub fn against_rust_schema(schema: &Value, example: &Value) -> Result<(), String> {
    validate_against_json_schema(schema, example)
}

/// Check 3: the example decodes into the type and encodes back to the same
/// JSON, up to the normalizations in specs/QUIRKS.md.
pub fn round_trip(
    round_trip: fn(&Value) -> Result<Value, String>,
    example: &Value,
) -> Result<(), String> {
    let back = round_trip(example)?;
    match first_difference(example, &back) {
        None => Ok(()),
        Some(difference) => Err(format!("encodes back differently at {difference}")),
    }
}

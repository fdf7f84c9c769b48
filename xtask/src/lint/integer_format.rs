//! The lint rule `integer-format`: every integer schema names its range.
//!
//! JSON Schema's `integer` has no bound; the Rust type the generator gives
//! it does (`i64` when nothing is said). An integer the spec admits and the
//! type cannot hold fails the whole response at decode. `format: int32` or
//! `format: int64` (OpenAPI's two integer formats) makes the spec say the
//! range the type holds: `i32` or `i64`, `NonZeroU32` or `NonZeroU64` with
//! `minimum: 1`. A `minimum` or `maximum` must lie within that range.

use serde_json::Value;

use spec_model::refs::pointer_push;
use spec_model::spec::Spec;

use super::Finding;
use super::rule::INTEGER_FORMAT;

/// The formats OpenAPI 3.0 defines for `integer`, with their ranges.
const FORMATS: [(&str, i128, i128); 2] = [
    ("int32", i32::MIN as i128, i32::MAX as i128),
    ("int64", i64::MIN as i128, i64::MAX as i128),
];

/// The `integer-format` findings of a spec.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut schemas = Vec::new();
    integer_schemas(&spec.document, String::new(), &mut schemas);
    let mut findings = Vec::new();
    for (pointer, schema) in schemas {
        let mut report = |at: String, message: String| {
            findings.push(Finding {
                file: spec.path.clone(),
                position: spec.position(&at),
                pointer: at,
                rule: &INTEGER_FORMAT,
                message,
            });
        };
        let format = schema.get("format").and_then(Value::as_str);
        let Some((name, min, max)) = FORMATS.iter().find(|(f, _, _)| Some(*f) == format) else {
            let what = match format {
                Some(other) => format!("`format: {other}` is not an OpenAPI integer format"),
                None => "an integer with no `format`".to_owned(),
            };
            report(
                pointer.clone(),
                format!(
                    "{what}: write `format: int32` or `format: int64`, the range its Rust type (i32, i64) holds; \
                     an unbounded integer admits values the client cannot decode"
                ),
            );
            continue;
        };
        for bound in ["minimum", "maximum"] {
            let Some(value) = schema.get(bound) else {
                continue;
            };
            let fits = value
                .as_i64()
                .map(i128::from)
                .or_else(|| value.as_u64().map(i128::from))
                .is_some_and(|v| (*min..=*max).contains(&v));
            if !fits {
                report(
                    pointer_push(&pointer, bound),
                    format!(
                        "`{bound}: {value}` is not a whole number within `{name}`: bring it within the format's range, or widen the format"
                    ),
                );
            }
        }
    }
    findings
}

/// Every schema object whose `type` is `integer`, with its pointer.
/// Examples, defaults and enum values are data and are not searched.
fn integer_schemas<'a>(value: &'a Value, pointer: String, found: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(object) => {
            if object.get("type").and_then(Value::as_str) == Some("integer") {
                found.push((pointer.clone(), value));
            }
            for (key, child) in object {
                if matches!(key.as_str(), "example" | "examples" | "default" | "enum")
                    || key.starts_with("x-")
                {
                    continue;
                }
                integer_schemas(child, pointer_push(&pointer, key), found);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                integer_schemas(child, format!("{pointer}/{i}"), found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn messages(schemas: &str) -> Vec<(String, String)> {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        let spec = Spec::parse(Path::new("specs/demo.yaml"), &text).unwrap();
        lint(&spec)
            .into_iter()
            .map(|f| (f.pointer, f.message))
            .collect()
    }

    #[test]
    fn integers_with_a_format_and_bounds_within_it_pass() {
        let found = messages(
            "    A: {type: integer, format: int32, minimum: 1, maximum: 100}\n    B: {type: integer, format: int64, example: 3}\n    C: {type: number}\n    D: {type: object, properties: {type: {type: string}}}\n",
        );
        assert_eq!(found, []);
    }

    #[test]
    fn a_missing_or_foreign_format_and_a_bound_outside_it_are_found() {
        let found = messages(
            "    A: {type: integer}\n    B: {type: integer, format: uint8}\n    C: {type: integer, format: int32, maximum: 3000000000}\n    D: {type: array, items: {type: integer}}\n",
        );
        let pointers: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/components/schemas/A",
                "/components/schemas/B",
                "/components/schemas/C/maximum",
                "/components/schemas/D/items"
            ]
        );
        assert!(
            found[0].1.starts_with("an integer with no `format`"),
            "{}",
            found[0].1
        );
        assert!(
            found[1].1.starts_with("`format: uint8` is not"),
            "{}",
            found[1].1
        );
        assert!(
            found[2]
                .1
                .starts_with("`maximum: 3000000000` is not a whole number within `int32`"),
            "{}",
            found[2].1
        );
    }
}

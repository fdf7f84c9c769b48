//! The lint rule `ref-siblings`: nothing beside a `$ref`.
//!
//! In OpenAPI 3.0 a `$ref` object stands for its target, and any key
//! written beside it (a `description`, `nullable`, an `example`) is ignored
//! by validators and by the generator alike: a description written there is
//! silently lost. Wrapping the reference in `allOf` keeps it:
//!
//! ```yaml
//! shipTo:
//!   description: Ship-to address and phone details.
//!   allOf:
//!     - $ref: "#/components/schemas/Address"
//! ```

use serde_json::Value;

use spec_model::refs::pointer_push;
use spec_model::spec::Spec;
use spec_model::version::Version;

use super::Finding;
use super::rule::REF_SIBLINGS;

/// The `ref-siblings` findings of a spec.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut findings = Vec::new();
    walk(spec, &spec.document, String::new(), &mut findings);
    findings
}

fn walk(spec: &Spec, value: &Value, pointer: String, findings: &mut Vec<Finding>) {
    match value {
        Value::Object(object) => {
            if object.contains_key("$ref") {
                for key in object.keys().filter(|k| *k != "$ref") {
                    let at = pointer_push(&pointer, key);
                    findings.push(Finding {
                        file: spec.path.clone(),
                        position: spec.position(&at),
                        pointer: at,
                        rule: &REF_SIBLINGS,
                        message: match spec.version {
                            // A 3.1 schema keeps what is beside its `$ref`:
                            // only a reference to another component is left.
                            Version::OpenApi31 => format!(
                                "`{key}` beside a `$ref` to a component that is not a schema is not read by the generator: write `{key}` on the component the `$ref` names"
                            ),
                            version => format!(
                                "`{key}` beside a `$ref` is ignored in {}: wrap the reference in `allOf: [{{$ref: ...}}]` and keep `{key}` beside the `allOf`",
                                version.name()
                            ),
                        },
                    });
                }
            }
            for (key, child) in object {
                // Examples are data: a `$ref` key inside one is not a reference.
                if key == "example" || key == "examples" {
                    continue;
                }
                walk(spec, child, pointer_push(&pointer, key), findings);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(spec, child, format!("{pointer}/{i}"), findings);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn keys_beside_a_ref_are_found_and_allof_passes() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object}\n    B:\n      type: object\n      properties:\n        lost:\n          description: Lost.\n          $ref: '#/components/schemas/A'\n        kept:\n          description: Kept.\n          allOf: [{$ref: '#/components/schemas/A'}]\n      example: {x: {$ref: data, note: data}}\n";
        let spec = Spec::parse(Path::new("specs/demo.yaml"), text).unwrap();
        let found: Vec<(String, usize)> = lint(&spec)
            .into_iter()
            .map(|f| (f.pointer, f.position.unwrap().line))
            .collect();
        assert_eq!(
            found,
            [(
                "/components/schemas/B/properties/lost/description".to_owned(),
                11
            )]
        );
    }
}

//! Components: every one is used.

use std::collections::BTreeSet;

use serde_json::Value;
use spec_model::refs::pointer_push;
use spec_model::walk::operations_in;

use super::Lint;
use super::rule::UNUSED_COMPONENT;

impl Lint<'_> {
    pub(super) fn unused_components(&mut self) {
        let used: BTreeSet<String> = self.refs.iter().map(|r| r.target.clone()).collect();
        for kind in [
            "schemas",
            "responses",
            "parameters",
            "requestBodies",
            "headers",
            "examples",
        ] {
            let base = format!("/components/{kind}");
            let Some(components) = self.doc.pointer(&base).and_then(Value::as_object) else {
                continue;
            };
            let names: Vec<String> = components.keys().cloned().collect();
            for name in names {
                let pointer = pointer_push(&base, &name);
                if !used.contains(&format!("#{pointer}")) {
                    self.report(
                        &pointer,
                        &UNUSED_COMPONENT,
                        format!("`{name}` is not used: remove it, or `$ref` it where it belongs"),
                    );
                }
            }
        }
        let mut in_security = BTreeSet::new();
        let mut requirements: Vec<&Value> = self
            .doc
            .get("security")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .collect();
        for at in operations_in(self.doc) {
            if let Some(list) = at.operation.get("security").and_then(Value::as_array) {
                requirements.extend(list);
            }
        }
        for requirement in requirements {
            if let Some(requirement) = requirement.as_object() {
                in_security.extend(requirement.keys().cloned());
            }
        }
        let schemes: Vec<String> = self
            .doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default();
        for name in schemes {
            if !in_security.contains(&name) {
                self.report(&pointer_push("/components/securitySchemes", &name), &UNUSED_COMPONENT, format!("security scheme `{name}` is in no `security` requirement: add it to `security`, or remove it"));
            }
        }
    }
}

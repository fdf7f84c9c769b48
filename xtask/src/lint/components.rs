//! Components: every one is used.

use std::collections::BTreeSet;

use serde_json::Value;
use spec_model::refs::pointer_push;

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
        // As the client sends them: each operation's own security, or the
        // API's where it has none.
        let in_security = spec_model::security::used(self.doc);
        let schemes: Vec<String> = self
            .doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default();
        for name in schemes {
            if !in_security.contains(&name) {
                self.report(&pointer_push("/components/securitySchemes", &name), &UNUSED_COMPONENT, format!("security scheme `{name}` is in no operation's `security` requirement (its own, or the API's where it has none), so it is never sent: add it to `security`, or remove it"));
            }
        }
    }
}

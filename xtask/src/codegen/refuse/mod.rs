//! The first stage of `cargo xtask codegen`: what the generator will not
//! take, found in the spec before progenitor runs, each with the place of
//! the offending node and what to write instead.
//!
//! Every check here names something progenitor rejects or panics on, gets
//! silently wrong, or turns into Rust that does not compile or that crashes
//! while decoding. `codegen` refuses a spec with any of them and writes
//! nothing; `cargo xtask lint` reports the same [`Refusal`]s as findings,
//! with the rule that explains each ([`rules`]). The checks are grouped by
//! what they look at, one file each.

use serde_json::Value;
use spec_model::spec::{Diagnostic, Position, Spec};

use crate::rule::Rule;

mod extensions;
pub mod names;
mod operations;
mod parameters;
mod references;
mod responses;
pub mod rules;
mod schemas;
mod servers;
pub mod type_names;

pub use names::Case;
pub use rules::RULES;

/// Why the generator will not take a spec, at one place in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The rule the spec breaks.
    pub rule: &'static Rule,
    /// The JSON pointer of the offending node.
    pub pointer: String,
    /// Where it is in the file.
    pub position: Option<Position>,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl Refusal {
    /// The refusal as codegen reports it: the place, the message, and where
    /// the rule is explained.
    pub fn diagnostic(&self, spec: &Spec) -> Diagnostic {
        Diagnostic {
            file: spec.path.clone(),
            position: self.position,
            // A spec written in 3.1 or Swagger 2.0: the node as written.
            pointer: Some(spec.written_pointer(&self.pointer)),
            message: format!(
                "{} (`cargo xtask lint --explain {}`)",
                self.message, self.rule.id
            ),
        }
    }
}

/// Everything in `spec` the generator will not take, in document order.
pub fn check(spec: &Spec) -> Vec<Refusal> {
    let mut check = Check {
        spec,
        doc: &spec.document,
        component_types: type_names::component_types(&spec.document),
        found: Vec::new(),
    };
    check.references();
    check.servers_and_security();
    check.operations();
    check.schemas();
    check.extensions();
    check.found.sort_by_key(|r| {
        (
            r.position.map_or(usize::MAX, |p| p.line),
            r.position.map_or(0, |p| p.column),
            r.rule.id,
        )
    });
    check.found.dedup();
    check.found
}

/// One spec being checked, and what was found so far.
struct Check<'a> {
    spec: &'a Spec,
    doc: &'a Value,
    /// [`type_names::component_types`], worked out once.
    component_types: std::collections::BTreeMap<String, String>,
    found: Vec<Refusal>,
}

impl Check<'_> {
    /// Refuses the node at `pointer`.
    fn refuse(&mut self, pointer: &str, rule: &'static Rule, message: impl Into<String>) {
        let position = self.spec.position(pointer);
        self.refuse_at(pointer, position, rule, message);
    }

    /// Refuses the node at `pointer`, found at `position` (a place inside
    /// the node's text).
    fn refuse_at(
        &mut self,
        pointer: &str,
        position: Option<Position>,
        rule: &'static Rule,
        message: impl Into<String>,
    ) {
        self.found.push(Refusal {
            rule,
            pointer: pointer.to_owned(),
            position,
            message: message.into(),
        });
    }

    fn at(&self, pointer: &str) -> Option<&Value> {
        self.doc.pointer(pointer)
    }

    /// The keys of the mapping at `pointer` in the order the file has them
    /// (the JSON model keeps them sorted), so that of two names that clash,
    /// the second one written is the one refused.
    fn keys_in_order(&self, pointer: &str) -> Vec<String> {
        let mut keys: Vec<String> = self
            .at(pointer)
            .and_then(Value::as_object)
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort_by_key(|key| {
            let position = self
                .spec
                .position(&spec_model::refs::pointer_push(pointer, key));
            position.map(|p| (p.line, p.column))
        });
        keys
    }
}

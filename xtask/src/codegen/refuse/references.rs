//! `$ref`s: local, resolving, and a schema `$ref` names a whole schema.

use spec_model::refs::references;

use super::Check;
use super::rules::{SCHEMA_REF, UNRESOLVED_REF};

impl Check<'_> {
    /// Every `$ref` is local and resolves; one in a schema names a schema
    /// under `components/schemas`. Each finding points at the `$ref`'s value.
    pub(super) fn references(&mut self) {
        for reference in references(self.doc) {
            let (at, target) = (&reference.at, &reference.target);
            let pointer = format!("{at}/$ref");
            let Some(local) = target.strip_prefix('#') else {
                self.refuse(
                    &pointer,
                    &UNRESOLVED_REF,
                    format!("`{target}` is not in this file: specs are self-contained, so copy the definition under `components` and point at it"),
                );
                continue;
            };
            if self.at(local).is_none() {
                self.refuse(
                    &pointer,
                    &UNRESOLVED_REF,
                    format!("`{target}` points at nothing: name an existing component"),
                );
                continue;
            }
            let in_schema = at.starts_with("/components/schemas/")
                || at.split('/').any(|token| token == "schema");
            let names_a_schema = local
                .strip_prefix("/components/schemas/")
                .is_some_and(|name| !name.contains('/'));
            if in_schema && !names_a_schema {
                self.refuse(
                    &pointer,
                    &SCHEMA_REF,
                    format!("`{target}` is not a schema under `components/schemas`, and the generator follows a schema `$ref` only to one: name this schema there and `$ref` it"),
                );
            }
        }
    }
}

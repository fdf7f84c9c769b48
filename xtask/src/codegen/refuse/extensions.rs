//! The vendor extensions codegen acts on (see [`crate::codegen::extensions`]
//! and the `enum_varnames` pass): each one's problems, refused here like
//! any other.

use spec_model::spec::Diagnostic;

use super::Check;
use super::rules::{ENUM_VARNAMES, IDEMPOTENCY, PAGINATION, REQUEST_IDENTITY};
use crate::codegen::extensions::{self, paging};
use crate::codegen::passes::enum_varnames;
use crate::rule::Rule;

impl Check<'_> {
    pub(super) fn extensions(&mut self) {
        let spec = self.spec;
        self.diagnostics(&PAGINATION, paging::read(spec).err().unwrap_or_default());
        self.diagnostics(&IDEMPOTENCY, extensions::idempotency_problems(spec));
        self.diagnostics(
            &REQUEST_IDENTITY,
            extensions::request_identity_problems(spec),
        );
        self.diagnostics(&ENUM_VARNAMES, enum_varnames::problems(spec));
    }

    /// The extensions' own diagnostics, refused under `rule`.
    fn diagnostics(&mut self, rule: &'static Rule, problems: Vec<Diagnostic>) {
        for problem in problems {
            let pointer = problem.pointer.unwrap_or_default();
            self.refuse_at(&pointer, problem.position, rule, problem.message);
        }
    }
}

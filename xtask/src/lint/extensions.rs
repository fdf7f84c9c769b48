//! The vendor extensions codegen reads: the problems codegen would refuse
//! them for, here with a rule and a line.

use spec_model::spec::Diagnostic;

use super::rule::{ENUM_VARNAMES, IDEMPOTENCY, PAGINATION, REQUEST_IDENTITY, Rule};
use super::{Finding, Lint};
use crate::codegen::extensions::{self, paging};
use crate::codegen::passes;

impl Lint<'_> {
    pub(super) fn extensions(&mut self) {
        let paging = paging::read(self.spec).err().unwrap_or_default();
        self.diagnostics(&PAGINATION, paging);
        let varnames = passes::enum_varnames::problems(self.spec);
        self.diagnostics(&ENUM_VARNAMES, varnames);
        let idempotency = extensions::idempotency_problems(self.spec);
        self.diagnostics(&IDEMPOTENCY, idempotency);
        let identity = extensions::request_identity_problems(self.spec);
        self.diagnostics(&REQUEST_IDENTITY, identity);
    }

    /// Codegen's own diagnostics, reported under `rule`.
    fn diagnostics(&mut self, rule: &'static Rule, problems: Vec<Diagnostic>) {
        for problem in problems {
            self.findings.push(Finding {
                file: problem.file,
                position: problem.position,
                pointer: problem.pointer.unwrap_or_default(),
                rule,
                message: problem.message,
            });
        }
    }
}

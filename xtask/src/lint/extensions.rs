//! The vendor extensions codegen reads: the problems codegen would refuse
//! them for, here with a rule and a line.

use super::rule::PAGINATION;
use super::{Finding, Lint};
use crate::codegen::paging;

impl Lint<'_> {
    pub(super) fn extensions(&mut self) {
        if let Err(problems) = paging::read(self.spec) {
            for problem in problems {
                self.findings.push(Finding {
                    file: problem.file,
                    position: problem.position,
                    pointer: problem.pointer.unwrap_or_default(),
                    rule: &PAGINATION,
                    message: problem.message,
                });
            }
        }
    }
}

//! `servers` and `securitySchemes`: what the client glue can turn into a
//! base URL and credentials. The glue's own checks, reported here.

use super::Check;
use super::rules::{SECURITY_SCHEME, SERVER};
use crate::codegen::glue;

impl Check<'_> {
    /// What the client glue would refuse at generation.
    pub(super) fn servers_and_security(&mut self) {
        let problems = [
            (&SERVER, glue::server_problem(self.spec)),
            (&SECURITY_SCHEME, glue::security_problem(self.spec)),
        ];
        for (rule, problem) in problems {
            if let Some(problem) = problem {
                let pointer = problem.pointer.unwrap_or_default();
                self.refuse_at(&pointer, problem.position, rule, problem.message);
            }
        }
    }
}

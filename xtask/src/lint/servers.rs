//! What the client glue needs from `servers` and `securitySchemes`: its own
//! checks, reported here with a rule and a line.

use super::rule::{SECURITY_SCHEME, SERVER};
use super::{Finding, Lint};
use crate::codegen::glue;

impl Lint<'_> {
    /// What `client_glue` would refuse at generation: its checks, here
    /// with a rule and a line.
    pub(super) fn servers_and_security(&mut self) {
        let problems = [
            (&SERVER, glue::server_problem(self.spec)),
            (&SECURITY_SCHEME, glue::security_problem(self.spec)),
        ];
        for (rule, problem) in problems {
            if let Some(problem) = problem {
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
}

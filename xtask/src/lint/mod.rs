//! `cargo xtask lint`: every check a spec must pass before review, with no
//! network. Each finding names the file, line and column (or the JSON
//! pointer), a rule, and what to write instead. The rules are values in
//! [`rule`]; the checks are grouped by what they look at, one file each.
//!
//! Three families of rules:
//! - the file is an OpenAPI 3.0 document (it reads and parses);
//! - the generator takes it: the checks `cargo xtask codegen` itself runs
//!   before generating ([`crate::codegen::refuse`]), reported here as
//!   findings, so that what passes lint generates;
//! - house rules that keep the generated crates documented and the examples
//!   honest.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;
use spec_model::refs::{Reference, references};
use spec_model::spec::{Position, Spec};
use spec_model::workspace::crate_name_problem;

mod bodies;
mod components;
mod integer_format;
mod operations;
mod parameters;
mod ref_siblings;
pub mod rule;
mod schemas;
mod yaml11;

pub use rule::{Rule, Severity};

use crate::codegen::{dependencies, refuse};

/// One problem in a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The spec file, relative to the workspace root.
    pub file: PathBuf,
    /// Where in the file, when a line is known.
    pub position: Option<Position>,
    /// The JSON pointer of the place.
    pub pointer: String,
    /// The rule it breaks.
    pub rule: &'static Rule,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}", self.file.display(), p.line, p.column)?,
            None if self.pointer.is_empty() => write!(f, "{}", self.file.display())?,
            None => write!(f, "{}#{}", self.file.display(), self.pointer.escape_debug())?,
        }
        write!(
            f,
            ": {}[{}]: {}",
            self.rule.severity, self.rule.id, self.message
        )
    }
}

/// Lints the spec at `path` (relative to `root`), and whether the workspace
/// at `root` has the crates its generated code will need.
pub fn lint_file(root: &Path, path: &Path) -> Vec<Finding> {
    match Spec::load(root, path) {
        Ok(spec) => {
            let mut findings = lint(&spec);
            // The YAML 1.1 rule reads the text: it needs each scalar's style.
            if let Ok(text) = std::fs::read_to_string(root.join(path)) {
                findings.extend(yaml11::findings(&spec.path, &text));
            }
            for problem in dependencies::workspace_problems(root, &spec) {
                findings.push(Finding {
                    file: problem.file,
                    position: problem.position,
                    pointer: problem.pointer.unwrap_or_default(),
                    rule: &dependencies::WORKSPACE_DEPENDENCY,
                    message: problem.message,
                });
            }
            findings.sort_by_key(|f| f.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
            findings
        }
        Err(diagnostic) => {
            let misnamed = path
                .file_stem()
                .and_then(|stem| stem.to_str())
                .is_none_or(|stem| crate_name_problem(stem).is_some());
            let rule = if misnamed {
                &rule::SPEC_NAME
            } else if diagnostic.message.starts_with("OpenAPI ")
                || diagnostic.message.starts_with("Swagger ")
            {
                &rule::OPENAPI_VERSION
            } else {
                &rule::OPENAPI_VALID
            };
            vec![Finding {
                file: diagnostic.file,
                position: diagnostic.position,
                pointer: diagnostic.pointer.unwrap_or_default(),
                rule,
                message: diagnostic.message,
            }]
        }
    }
}

/// Lints a parsed spec; findings in document order.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut lint = Lint {
        spec,
        doc: &spec.document,
        refs: {
            // The schemas a 3.1 spec's webhooks carry are used there.
            let mut refs = references(&spec.document);
            if let Some(webhooks) = spec.document.get("x-webhooks") {
                refs.extend(references(webhooks).into_iter().map(|mut r| {
                    r.at = format!("/x-webhooks{}", r.at);
                    r
                }));
            }
            refs
        },
        findings: Vec::new(),
    };
    for (pointer, message) in spec.version_notes() {
        lint.findings.push(Finding {
            file: spec.path.clone(),
            position: spec.position(pointer),
            pointer: spec.written_pointer(pointer),
            rule: &rule::VERSION_LEFTOVER,
            message: message.clone(),
        });
    }
    for refusal in refuse::check(spec) {
        lint.findings.push(Finding {
            file: spec.path.clone(),
            position: refusal.position,
            pointer: refusal.pointer,
            rule: refusal.rule,
            message: refusal.message,
        });
    }
    lint.operations();
    lint.schemas();
    lint.unused_components();
    lint.findings.extend(integer_format::lint(spec));
    lint.findings.extend(ref_siblings::lint(spec));
    lint.findings.sort_by_key(|f| {
        (
            f.position.map_or(usize::MAX, |p| p.line),
            f.position.map_or(0, |p| p.column),
            f.rule.id,
        )
    });
    lint.findings.dedup();
    // A spec written in 3.1 or Swagger 2.0 is read in its 3.0 form: each
    // finding names the node as written.
    for finding in &mut lint.findings {
        finding.pointer = spec.written_pointer(&finding.pointer);
    }
    lint.findings
}

/// One spec being linted, and what was found so far.
struct Lint<'a> {
    spec: &'a Spec,
    doc: &'a Value,
    /// Every `$ref` in the spec.
    refs: Vec<Reference>,
    findings: Vec<Finding>,
}

impl Lint<'_> {
    fn report(&mut self, pointer: &str, rule: &'static Rule, message: impl Into<String>) {
        self.findings.push(Finding {
            file: self.spec.path.clone(),
            position: self.spec.position(pointer),
            pointer: pointer.to_owned(),
            rule,
            message: message.into(),
        });
    }

    fn at(&self, pointer: &str) -> Option<&Value> {
        self.doc.pointer(pointer)
    }
}

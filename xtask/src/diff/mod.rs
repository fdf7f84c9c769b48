//! `cargo xtask diff --base <rev>`: what a spec change does to the teams
//! that consume the generated crates, as a Markdown report for a pull
//! request.
//!
//! Two views of each changed spec:
//! - the API: operations, parameters (headers among them), request and
//!   response properties, enum values and statuses, each change classed
//!   breaking or not for a client, by direction (what a client sends may
//!   not grow new requirements; what it receives may not lose anything);
//! - the Rust API of the generated crate, from the code generated for each
//!   side: what a consumer's code would no longer compile, or would fail at
//!   run time (a newly required parameter).
//!
//! The semver bump of each crate follows from both.
//!
//! Every change is of a kind in the [`catalogue`], which gives its verdict
//! for consumers of the generated crate and why; the two views must agree
//! ([`disagreements`]).
//!
//! One file per stage: [`git`] reads the base, [`spec`] compares the APIs,
//! [`rust`] the generated code, [`version`] gives the bump, [`report`](mod@report) writes
//! the Markdown; [`catalogue`] is the list of kinds.

use std::collections::BTreeSet;

use spec_model::spec::Spec;
use spec_model::workspace::{self, Api};

pub mod catalogue;
pub mod families;
pub mod git;
pub mod report;
pub mod rust;
pub mod spec;
pub mod version;

pub use report::markdown;
pub use rust::{RustView, rust_changes};
pub use spec::api_changes;
pub use version::next_version;

/// Whether a change breaks consumers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Their code or their calls stop working.
    Breaking,
    /// Nothing they do stops working.
    NonBreaking,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Breaking or not (from its kind's verdict).
    pub impact: Impact,
    /// Its kind's id in the [`catalogue`].
    pub kind: &'static str,
    /// Where: an operation and a place in it, or a Rust item.
    pub place: String,
    /// What changed.
    pub what: String,
}

impl Change {
    /// A change of the kind `kind` (an id of the [`catalogue`]).
    ///
    /// # Panics
    ///
    /// When `kind` is not in the catalogue: a bug in `diff`, which the
    /// tests catch.
    pub fn new(kind: &str, place: impl Into<String>, what: impl Into<String>) -> Change {
        let found = catalogue::find(kind)
            .unwrap_or_else(|| panic!("`{kind}` is not in the catalogue of change kinds"));
        Change {
            impact: if found.verdict.is_breaking() {
                Impact::Breaking
            } else {
                Impact::NonBreaking
            },
            kind: found.id,
            place: place.into(),
            what: what.into(),
        }
    }

    /// Its kind in the catalogue.
    pub fn kind(&self) -> &'static catalogue::Kind {
        catalogue::find(self.kind).expect("a change's kind is in the catalogue")
    }

    /// What it does to consumers.
    pub fn verdict(&self) -> catalogue::Verdict {
        self.kind().verdict
    }
}

fn change(kind: &str, place: impl Into<String>, what: impl Into<String>) -> Change {
    Change::new(kind, place, what)
}

/// Where the Rust API table and the spec table disagree, each a sentence:
/// a spec change whose kind says the generated crate breaks must show a
/// break there, and a break there must come from a spec change that can
/// cause one. Empty when they agree; anything else is a bug in `diff`.
pub fn disagreements(api: &[Change], rust: &[Change]) -> Vec<String> {
    use catalogue::{InRust, Verdict};
    let mut found = Vec::new();
    let rust_worst = rust.iter().map(Change::verdict).min();
    for c in api {
        let needed = match c.kind().in_rust {
            InRust::Compile => Verdict::BreakingCompile,
            InRust::Runtime => Verdict::BreakingRuntime,
            _ => continue,
        };
        if rust_worst.is_none_or(|worst| worst > needed) {
            found.push(format!(
                "`{}` at {} is {} for the generated crate, but the Rust API table shows nothing as bad",
                c.kind,
                c.place,
                needed.label()
            ));
        }
    }
    // A side the generator refuses says so itself.
    for r in rust
        .iter()
        .filter(|r| r.verdict().is_breaking() && r.kind != "rust-cannot-generate")
    {
        let explained = api.iter().any(|c| {
            let kind = c.kind();
            match kind.in_rust {
                InRust::Compile | InRust::Depends => true,
                InRust::Runtime => r.verdict() == Verdict::BreakingRuntime,
                _ => false,
            }
        });
        if !explained {
            found.push(format!(
                "`{}` at {} ({}) comes from no spec change that can cause it",
                r.kind,
                r.place,
                r.verdict().label()
            ));
        }
    }
    found
}

/// One spec's part of the report.
pub struct SpecReport {
    /// The API's name.
    pub api: String,
    /// `added`, `removed`, or `changed`.
    pub status: &'static str,
    /// API changes.
    pub api_changes: Vec<Change>,
    /// Rust API changes.
    pub rust_changes: Vec<Change>,
    /// The crate's version now.
    pub version: String,
}

impl SpecReport {
    /// Whether anything in it breaks consumers.
    pub fn breaking(&self) -> bool {
        self.status == "removed"
            || self
                .api_changes
                .iter()
                .chain(&self.rust_changes)
                .any(|c| c.impact == Impact::Breaking)
    }
}

/// Compares every spec at git revision `base` with the working tree: the
/// report, and whether anything is breaking.
pub fn run(root: &std::path::Path, base: &str) -> Result<(String, bool), String> {
    let reports = reports(root, base)?;
    let breaking = reports.iter().any(SpecReport::breaking);
    Ok((markdown(base, &reports), breaking))
}

/// One report per spec that differs between git revision `base` and the
/// working tree.
pub fn reports(root: &std::path::Path, base: &str) -> Result<Vec<SpecReport>, String> {
    git::verify_revision(root, base)?;
    let mut names: BTreeSet<String> = git::specs_at(root, base)?;
    let current = workspace::apis(root).map_err(|e| format!("cannot list specs/: {e}"))?;
    names.extend(current.iter().map(|a| a.name.clone()));
    let mut reports = Vec::new();
    for name in names {
        reports.extend(report(root, base, &name)?);
    }
    Ok(reports)
}

/// What the change of one spec between git revision `base` and the working
/// tree does, or `None` when the spec is the same (or exists on neither side).
pub fn report(
    root: &std::path::Path,
    base: &str,
    name: &str,
) -> Result<Option<SpecReport>, String> {
    let api = Api {
        name: name.to_owned(),
    };
    let path = api.spec_path();
    let old = git::show(root, base, &path);
    let new = std::fs::read_to_string(root.join(&path)).ok();
    let version = version::crate_version(root, &api);
    let empty = |status| SpecReport {
        api: name.to_owned(),
        status,
        api_changes: vec![],
        rust_changes: vec![],
        version: version.clone(),
    };
    let (old, new) = match (old, new) {
        (Some(old), Some(new)) if old == new => return Ok(None),
        (Some(old), Some(new)) => (old, new),
        (None, Some(_)) => return Ok(Some(empty("added"))),
        (Some(_), None) => return Ok(Some(empty("removed"))),
        (None, None) => return Ok(None),
    };
    let old = Spec::parse(&path, &old).map_err(|e| format!("at {base}: {e}"))?;
    let new = Spec::parse(&path, &new).map_err(|e| e.to_string())?;
    let (api_changes, rust_changes, same_code) = compare_code(&old, &new);
    // Another version of OpenAPI, YAML written another way, a `$ref` for
    // what was inline: the same meaning, and the same crate, which is no
    // change at all (a description that changes the docs is one).
    if api_changes.is_empty() && rust_changes.is_empty() && same_code {
        return Ok(None);
    }
    Ok(Some(SpecReport {
        api: name.to_owned(),
        status: "changed",
        api_changes,
        rust_changes,
        version,
    }))
}

/// Both views of the change from `old` to `new`: the API's, and the Rust
/// API's of the code generated for each.
pub fn compare(old: &Spec, new: &Spec) -> (Vec<Change>, Vec<Change>) {
    let (api, rust, _) = compare_code(old, new);
    (api, rust)
}

/// What the generator makes of one side: the Rust API of its code and the
/// code itself, or why it cannot be generated. [`compare_generated`] takes
/// two, so that a caller comparing many pairs generates each side once.
pub type Generated = Result<(RustView, String), String>;

/// Generates `spec`, for [`compare_generated`].
pub fn generate(spec: &Spec) -> Generated {
    let generated = crate::codegen::generate(spec).map_err(|e| e.to_string())?;
    Ok((RustView::of_file(&generated.tree)?, generated.text))
}

/// [`compare`], with each side's code generated already (by [`generate`]).
pub fn compare_generated(
    old: &Spec,
    new: &Spec,
    old_code: &Generated,
    new_code: &Generated,
) -> (Vec<Change>, Vec<Change>) {
    let (rust, _) = rust_view(old_code, new_code);
    (api_changes(old, new), rust)
}

/// The Rust API changes from one side's code to the other's, and whether
/// the code is the same, byte for byte.
fn rust_view(old: &Generated, new: &Generated) -> (Vec<Change>, bool) {
    match (old, new) {
        (Ok((a, code_a)), Ok((b, code_b))) => (rust_changes(a, b), code_a == code_b),
        (Err(e), _) => (
            vec![change(
                "rust-cannot-generate",
                "(the spec at the base)",
                format!("cannot be generated: {e}"),
            )],
            false,
        ),
        (_, Err(e)) => (
            vec![change(
                "rust-cannot-generate",
                "(the spec now)",
                format!("cannot be generated: {e}"),
            )],
            false,
        ),
    }
}

/// [`compare`], and whether the code generated for both is the same, byte
/// for byte (docs included).
fn compare_code(old: &Spec, new: &Spec) -> (Vec<Change>, Vec<Change>, bool) {
    let (rust, same) = rust_view(&generate(old), &generate(new));
    (api_changes(old, new), rust, same)
}

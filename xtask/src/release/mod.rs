//! `cargo xtask release [--base REV] [--check]`: prepares each crate's
//! next release from what changed since its last one.
//!
//! For every crate under `crates/` (each API crate, and the runtime), from
//! its base ([`base`]: its newest `<crate>-v<version>` tag, or `--base`):
//! the changes ([`changes`]: `cargo xtask diff`'s for an API crate), the
//! version they need by Cargo's semver rules ([`bump`]), and a
//! `CHANGELOG.md` entry ([`changelog`]). Without `--check` it writes them:
//! the crate's `version` (with `toml_edit`, so the manifest's comments
//! stay), the runtime's requirement in the root manifest, the release tag
//! named in the READMEs, and the changelog entry. With `--check` it writes
//! nothing and fails when a crate changed and its version or changelog did
//! not follow.

pub mod base;
pub mod changes;
pub mod public_api;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use semver::Version;

use crate::changelog;
use crate::diff::version::{self as bump, Level};
use crate::manifest::{self, Manifest};
use changes::Changes;
use spec_model::workspace as project;

/// The runtime's package name, and its folder under `crates/`.
pub const RUNTIME: &str = "client-runtime";

/// What `release` was asked.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// One base for every crate, instead of each crate's last release.
    pub base: Option<String>,
    /// Write nothing; fail where a release is due and missing.
    pub check: bool,
    /// The date new changelog entries carry (`YYYY-MM-DD`).
    pub date: String,
}

/// What `release` did or found.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// What to print: one paragraph per crate.
    pub report: String,
    /// Problems `--check` found, each naming its crate.
    pub problems: Vec<String>,
}

/// One crate's release, worked out.
struct Plan {
    name: String,
    dir: PathBuf,
    base: Option<base::Base>,
    base_version: Option<Version>,
    current: Version,
    target: Version,
    changes: Changes,
}

/// Runs the release (or the check) over every crate of the workspace at
/// `root`.
pub fn run(root: &Path, options: &Options) -> Result<Outcome, String> {
    let mut outcome = Outcome::default();
    let runtime_dir = Path::new("crates").join(RUNTIME);
    let mut breaking_runtime = None;
    if root.join(&runtime_dir).join("Cargo.toml").exists() {
        let plan = plan(root, RUNTIME, &runtime_dir, options, |rev| {
            changes::runtime(root, rev, &runtime_dir)
        })?;
        if plan.changes.level == Some(Level::Breaking) {
            let from = plan.base_version.as_ref().unwrap_or(&plan.current);
            breaking_runtime = Some((from.to_string(), plan.target.to_string()));
        }
        finish(root, plan, options, &mut outcome)?;
        check_runtime_requirement(root, &runtime_dir, options, &mut outcome)?;
    }
    let apis = project::apis(root).map_err(|e| format!("cannot list specs/: {e}"))?;
    for api in apis {
        let dir = api.crate_dir();
        if !root.join(&dir).join("Cargo.toml").exists() {
            continue;
        }
        let runtime = breaking_runtime.clone();
        let api_plan = plan(root, &api.name, &dir, options, |rev| {
            changes::api_crate(root, rev, &api.name, &dir, runtime.clone())
        })?;
        let api_breaking = api_plan.changes.level == Some(Level::Breaking);
        finish(root, api_plan, options, &mut outcome)?;

        let mock_dir = api.mock_crate_dir();
        if root.join(&mock_dir).join("Cargo.toml").exists() {
            check_requirement_of(root, &mock_dir, &api.name, &dir, options, &mut outcome)?;
            let mock_plan = plan(root, &api.mock_name(), &mock_dir, options, |rev| {
                changes::mock_crate(root, rev, &mock_dir, &api.name, api_breaking)
            })?;
            finish(root, mock_plan, options, &mut outcome)?;
        }
    }
    lockfiles(root, options, &mut outcome)?;
    Ok(outcome)
}

fn plan(
    root: &Path,
    name: &str,
    dir: &Path,
    options: &Options,
    changes_since: impl Fn(&str) -> Result<Changes, String>,
) -> Result<Plan, String> {
    let current = manifest::crate_version(root, dir)?;
    let base = base::resolve(root, name, dir, options.base.as_deref())?;
    let (base_version, changes) = match &base {
        Some(b) => (
            base::version_at(root, &b.rev, dir),
            changes_since(&b.rev).map_err(|e| format!("{name}: {e}"))?,
        ),
        None => (None, Changes::default()),
    };
    let required = match (&base_version, changes.level) {
        (Some(v), Some(level)) => Some(bump::next(v, level)),
        (Some(v), None) => Some(v.clone()),
        (None, _) => None,
    };
    let target = match required {
        Some(required) if required > current => required,
        _ => current.clone(),
    };
    Ok(Plan {
        name: name.to_owned(),
        dir: dir.to_owned(),
        base,
        base_version,
        current,
        target,
        changes,
    })
}

/// Writes (or, with `--check`, checks) one crate's release, and reports it.
fn finish(root: &Path, plan: Plan, options: &Options, outcome: &mut Outcome) -> Result<(), String> {
    let name = &plan.name;
    let changelog_path = plan.dir.join("CHANGELOG.md");
    let changelog = std::fs::read_to_string(root.join(&changelog_path)).unwrap_or_default();
    let since = plan.base.as_ref().map_or("never released".to_owned(), |b| {
        format!("since {}", b.described)
    });
    let breaking = plan
        .changes
        .lines
        .iter()
        .filter(|l| l.text.starts_with("**Breaking:**"))
        .count();
    let counted = match (plan.changes.lines.len(), plan.changes.notes.is_empty()) {
        (0, _) => "internal changes only".to_owned(),
        (n, internal) => format!(
            "{n} change(s) to the public API ({breaking} breaking){}",
            if internal {
                ""
            } else {
                " and internal changes"
            }
        ),
    };
    let report = &mut outcome.report;
    // The first release of a crate that has none: its entry is all it needs.
    let Some(base_version) = &plan.base_version else {
        let has_entry = changelog::section(&changelog, &plan.current.to_string()).is_some();
        let _ = writeln!(report, "{name} {}: {since}", plan.current);
        if has_entry {
            let _ = writeln!(report, "  {} has its entry", changelog_path.display());
        } else if options.check {
            outcome.problems.push(format!(
                "{name}: {} has no `## [{}]` entry for the crate's first release; run `cargo xtask release`",
                changelog_path.display(),
                plan.current
            ));
        } else {
            let first = [changelog::Line {
                section: "Added",
                text: "First release.".to_owned(),
            }];
            let text = changelog::with_entry(
                &changelog,
                name,
                &plan.current.to_string(),
                &options.date,
                &first,
            );
            write(root, &changelog_path, &text)?;
            let _ = writeln!(
                report,
                "  wrote the first entry of {}",
                changelog_path.display()
            );
        }
        return Ok(());
    };
    if plan.changes.level.is_none() {
        let _ = writeln!(report, "{name} {}: nothing changed {since}", plan.current);
        return Ok(());
    }
    let version = plan.target.to_string();
    let missing = changelog::missing(&changelog, &version, &plan.changes.lines);
    let has_section = changelog::section(&changelog, &version).is_some();
    let _ = writeln!(report, "{name}: {counted} {since} ({base_version} then)");
    if options.check {
        if plan.target > plan.current {
            outcome.problems.push(format!(
                "{name}: version {} must be at least {} after {counted} {since}; run `cargo xtask release`",
                plan.current, plan.target
            ));
        }
        if !has_section {
            outcome.problems.push(format!(
                "{name}: {} has no `## [{version}]` entry; run `cargo xtask release`",
                changelog_path.display()
            ));
        } else if !missing.is_empty() {
            let lines: Vec<String> = missing
                .iter()
                .map(|l| format!("    - {}", l.text))
                .collect();
            outcome.problems.push(format!(
                "{name}: the `## [{version}]` entry of {} lacks {} change(s); run `cargo xtask release`:\n{}",
                changelog_path.display(),
                missing.len(),
                lines.join("\n")
            ));
        }
        if outcome
            .problems
            .iter()
            .all(|p| !p.starts_with(&format!("{name}:")))
        {
            let _ = writeln!(report, "  {version} and its changelog entry are in place");
        }
        return Ok(());
    }
    if plan.target != plan.current {
        let manifest_path = plan.dir.join("Cargo.toml");
        let mut manifest = Manifest::read(root, &manifest_path)?;
        manifest.set_package_version(&plan.target)?;
        manifest.write(root)?;
        let _ = writeln!(
            report,
            "  version {} → {} in {}",
            plan.current,
            plan.target,
            manifest_path.display()
        );
        for readme in [plan.dir.join("README.md"), PathBuf::from("README.md")] {
            let Ok(text) = std::fs::read_to_string(root.join(&readme)) else {
                continue;
            };
            let old = base::tag(name, &plan.current);
            if text.contains(&old) {
                write(
                    root,
                    &readme,
                    &text.replace(&old, &base::tag(name, &plan.target)),
                )?;
                let _ = writeln!(
                    report,
                    "  {} now names the tag {}",
                    readme.display(),
                    base::tag(name, &plan.target)
                );
            }
        }
    }
    let mut lines = plan.changes.lines.clone();
    if !has_section {
        lines.extend(plan.changes.notes.iter().cloned());
    }
    let text = changelog::with_entry(&changelog, name, &version, &options.date, &lines);
    if text != changelog {
        write(root, &changelog_path, &text)?;
        let _ = writeln!(
            report,
            "  wrote the `## [{version}]` entry of {}",
            changelog_path.display()
        );
    } else {
        let _ = writeln!(
            report,
            "  the `## [{version}]` entry of {} is complete",
            changelog_path.display()
        );
    }
    if plan.target != plan.current {
        let _ = writeln!(
            report,
            "  once committed and merged, tag the release: git tag {}",
            base::tag(name, &plan.target)
        );
    }
    Ok(())
}

/// The API crates' requirement on the runtime (in the root manifest's
/// `[workspace.dependencies]`) is the runtime's version: set it, or with
/// `--check` say where it is not.
fn check_runtime_requirement(
    root: &Path,
    runtime_dir: &Path,
    options: &Options,
    outcome: &mut Outcome,
) -> Result<(), String> {
    let version = manifest::crate_version(root, runtime_dir)?.to_string();
    let path = Path::new("Cargo.toml");
    let mut workspace = Manifest::read(root, path)?;
    let Some(requirement) = workspace.workspace_dependency_version(RUNTIME) else {
        return Ok(());
    };
    if requirement == version {
        return Ok(());
    }
    if options.check {
        outcome.problems.push(format!(
            "{RUNTIME}: Cargo.toml's [workspace.dependencies] asks for {RUNTIME} `{requirement}`, and the crate is {version}; run `cargo xtask release`"
        ));
        return Ok(());
    }
    workspace.set_workspace_dependency_version(RUNTIME, &version)?;
    workspace.write(root)?;
    let _ = writeln!(
        outcome.report,
        "  Cargo.toml: the API crates now ask for {RUNTIME} {version}"
    );
    Ok(())
}

/// A crate that depends on another by path and version (a mock crate on its
/// API crate) asks for the version that crate is now.
fn check_requirement_of(
    root: &Path,
    dependent_dir: &Path,
    dependency: &str,
    dependency_dir: &Path,
    options: &Options,
    outcome: &mut Outcome,
) -> Result<(), String> {
    let version = manifest::crate_version(root, dependency_dir)?.to_string();
    let path = dependent_dir.join("Cargo.toml");
    let mut dependent = Manifest::read(root, &path)?;
    let Some(requirement) = dependent.dependency_version(dependency) else {
        return Ok(());
    };
    if requirement == version {
        return Ok(());
    }
    if options.check {
        outcome.problems.push(format!(
            "{}: asks for {dependency} `{requirement}`, and the crate is {version}; run `cargo xtask release`",
            path.display()
        ));
        return Ok(());
    }
    dependent.set_dependency_version(dependency, &version)?;
    dependent.write(root)?;
    let _ = writeln!(
        outcome.report,
        "  {}: now asks for {dependency} {version}",
        path.display()
    );
    Ok(())
}

/// The committed lockfiles that name the crates' versions, both used with
/// `--locked`: the workspace's own, and the consumer's outside it
/// (`tests/consumer/`). A release updates them (offline: only the path
/// crates change), a check says when one is stale; a workspace that keeps
/// no lockfile is left without one.
const LOCKED_MANIFESTS: [&str; 2] = ["Cargo.toml", "tests/consumer/Cargo.toml"];

fn lockfiles(root: &Path, options: &Options, outcome: &mut Outcome) -> Result<(), String> {
    for manifest in LOCKED_MANIFESTS.map(Path::new) {
        if root.join(manifest.with_file_name("Cargo.lock")).exists() {
            lockfile(root, manifest, options, outcome)?;
        }
    }
    Ok(())
}

/// Keeps the lockfile of `manifest` in step with the crates' versions.
fn lockfile(
    root: &Path,
    manifest: &Path,
    options: &Options,
    outcome: &mut Outcome,
) -> Result<(), String> {
    let lock = manifest.with_file_name("Cargo.lock");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let run = |args: &[&str]| {
        std::process::Command::new(&cargo)
            .args(args)
            .arg("--manifest-path")
            .arg(root.join(manifest))
            .current_dir(root)
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))
    };
    let locked = run(&["metadata", "--locked", "--format-version", "1"])?;
    if locked.status.success() {
        return Ok(());
    }
    // Only a lockfile that `--locked` refuses is stale; any other failure (no
    // network for a package not yet downloaded) is cargo's to explain.
    let stderr = String::from_utf8_lossy(&locked.stderr);
    if !stderr.contains("--locked") {
        return Err(format!(
            "{}: `cargo metadata --locked` failed: {}",
            lock.display(),
            stderr.trim()
        ));
    }
    if options.check {
        outcome.problems.push(format!(
            "{} does not have the crates' versions; run `cargo xtask release`",
            lock.display()
        ));
        return Ok(());
    }
    let updated = run(&["update", "--workspace", "--offline"])?;
    if !updated.status.success() {
        return Err(format!(
            "{}: `cargo update --workspace` failed: {}",
            lock.display(),
            String::from_utf8_lossy(&updated.stderr).trim()
        ));
    }
    let _ = writeln!(
        outcome.report,
        "{}: now has the crates' versions",
        lock.display()
    );
    Ok(())
}

fn write(root: &Path, path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(root.join(path), text)
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

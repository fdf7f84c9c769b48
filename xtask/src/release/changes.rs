//! What changed in a crate since its base, as changelog lines and a semver
//! level.
//!
//! - An API crate: the changes `cargo xtask diff` reports for its spec
//!   (both views, API and Rust API); when the spec is the same but the
//!   generated file is not (a new generator), the Rust API changes between
//!   the two generated files; any other change to its sources or its
//!   dependencies is internal. A breaking runtime release is breaking for
//!   every API crate, which re-exports the runtime.
//! - The runtime: the changes of its public API read from its sources
//!   ([`PublicApi`]), a new incompatible requirement of a crate it
//!   re-exports, and, when neither, any change to its sources or
//!   dependencies as internal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::public_api::PublicApi;
use crate::changelog::Line;
use crate::diff::git;
use crate::diff::version::Level;
use crate::diff::{self, Change, Impact, RustView};
use crate::manifest::Manifest;

/// A crate's changes since its base.
#[derive(Clone, Debug, Default)]
pub struct Changes {
    /// The changelog lines that must be in the entry.
    pub lines: Vec<Line>,
    /// Lines written into a new entry but not required of it (internal
    /// changes: their wording is the maintainers' to improve).
    pub notes: Vec<Line>,
    /// How much they matter; `None` when nothing changed.
    pub level: Option<Level>,
}

impl Changes {
    fn add(&mut self, view: &str, changes: &[Change]) {
        let mut sorted = changes.to_vec();
        sorted.sort();
        for change in &sorted {
            self.lines.push(line_from_change(view, change));
            let level = match change.impact {
                Impact::Breaking => Level::Breaking,
                Impact::NonBreaking => Level::Compatible,
            };
            self.raise(level);
        }
    }

    fn raise(&mut self, level: Level) {
        self.level = self.level.max(Some(level));
    }

    /// Files changed that are not in the public API: a patch, and a note.
    fn internal(&mut self, files: &[String]) {
        if files.is_empty() {
            return;
        }
        self.raise(Level::Internal);
        let shown: Vec<String> = files.iter().map(|f| format!("`{f}`")).collect();
        self.notes.push(Line::internal(&format!(
            "Internal changes, public API unchanged: {}",
            shown.join(", ")
        )));
    }
}

/// A mock companion crate's changes since `base`: its public API read as a
/// library's; and, when its API crate's release is breaking (its types are
/// in the mock's signatures), a breaking change too.
pub fn mock_crate(
    root: &Path,
    base: &str,
    crate_dir: &Path,
    api_crate: &str,
    api_breaking: bool,
) -> Result<Changes, String> {
    let mut changes = runtime(root, base, crate_dir)?;
    if api_breaking {
        changes.lines.push(Line {
            section: "Changed",
            text: format!(
                "**Breaking:** a breaking release of `{api_crate}`, whose types are in this crate's API"
            ),
        });
        changes.raise(Level::Breaking);
    }
    Ok(changes)
}

/// An API crate's changes since `base`; `runtime` is the runtime's release,
/// when it is a breaking one: (from, to).
pub fn api_crate(
    root: &Path,
    base: &str,
    name: &str,
    crate_dir: &Path,
    breaking_runtime: Option<(String, String)>,
) -> Result<Changes, String> {
    let mut changes = Changes::default();
    let report = diff::report(root, base, name)?;
    let spec_changed = report.is_some();
    if let Some(report) = &report {
        match report.status {
            "removed" => {
                changes.lines.push(Line {
                    section: "Removed",
                    text: "**Breaking:** the spec and the crate are removed".to_owned(),
                });
                changes.raise(Level::Breaking);
            }
            "added" => {}
            _ => {
                changes.add("API", &report.api_changes);
                changes.add("Rust API", &report.rust_changes);
                if report.api_changes.is_empty() && report.rust_changes.is_empty() {
                    changes.notes.push(Line::internal(
                        "Documentation: descriptions or examples in the spec changed",
                    ));
                    changes.raise(Level::Internal);
                }
            }
        }
    }
    let generated = crate_dir.join("src").join("generated.rs");
    let mut other = source_changes(root, base, crate_dir)?;
    if spec_changed {
        // The spec's changes are its generated file's.
        other.retain(|f| Path::new(f) != generated);
    } else if other.iter().any(|f| Path::new(f) == generated) {
        other.retain(|f| Path::new(f) != generated);
        let old = git::show(root, base, &generated).unwrap_or_default();
        let new = std::fs::read_to_string(root.join(&generated)).unwrap_or_default();
        let surface = |code: &str, side: &str| {
            RustView::of_source(code).map_err(|e| format!("{} {side}: {e}", generated.display()))
        };
        let rust = diff::rust_changes(&surface(&old, "at the base")?, &surface(&new, "now")?);
        if rust.is_empty() {
            other.push(generated.display().to_string());
        }
        changes.add("Rust API", &rust);
    }
    // What the hand-written lib.rs exports beside the generated module.
    let lib = crate_dir.join("src").join("lib.rs");
    if other.iter().any(|f| Path::new(f) == lib) {
        let exports = |text: String| {
            let files = [
                ("lib.rs".to_owned(), text),
                ("generated.rs".to_owned(), String::new()),
            ];
            PublicApi::read(&files.into()).map_err(|e| format!("{}: {e}", crate_dir.display()))
        };
        let old = exports(git::show(root, base, &lib).unwrap_or_default())?;
        let new = exports(std::fs::read_to_string(root.join(&lib)).unwrap_or_default())?;
        let found = old.changes(&new);
        if !found.is_empty() {
            other.retain(|f| Path::new(f) != lib);
        }
        changes.add("Rust API", &found);
    }
    changes.internal(&other);
    if let Some((from, to)) = breaking_runtime {
        changes.lines.push(Line {
            section: "Changed",
            text: format!(
                "**Breaking:** `client-runtime` {from} → {to}, which this crate re-exports: \
                 see its CHANGELOG.md"
            ),
        });
        changes.raise(Level::Breaking);
    }
    Ok(changes)
}

/// The runtime's changes since `base`.
/// A library crate's changes since `base` (the runtime, a mock crate): its
/// public items read from its sources, and the crates it re-exports.
pub fn runtime(root: &Path, base: &str, crate_dir: &Path) -> Result<Changes, String> {
    let mut changes = Changes::default();
    let src = crate_dir.join("src");
    let old = PublicApi::read(&sources_at(root, base, &src)?)
        .map_err(|e| format!("{} at {base}: {e}", crate_dir.display()))?;
    let new = PublicApi::read(&sources_now(root, &src)?)
        .map_err(|e| format!("{}: {e}", crate_dir.display()))?;
    let mut found = old.changes(&new);
    found.extend(reexported_requirements(root, base, &new)?);
    changes.add("Rust API", &found);
    if found.is_empty() {
        let files = source_changes(root, base, crate_dir)?;
        changes.internal(&files);
    }
    Ok(changes)
}

/// A crate re-exported by the runtime whose requirement (in the root
/// manifest's `[workspace.dependencies]`) moved to an incompatible version.
fn reexported_requirements(
    root: &Path,
    base: &str,
    api: &PublicApi,
) -> Result<Vec<Change>, String> {
    let path = Path::new("Cargo.toml");
    let now = Manifest::read(root, path)?;
    let Some(then) = git::show(root, base, path) else {
        return Ok(vec![]);
    };
    let then = Manifest::parse(path, &then).map_err(|e| format!("at {base}: {e}"))?;
    let mut found = Vec::new();
    for entry in api.entries.values() {
        let Some(shown) = entry.signature.strip_prefix("pub use ") else {
            continue;
        };
        let krate = shown.split("::").next().unwrap_or(shown);
        for name in [krate.to_owned(), krate.replace('_', "-")] {
            let (Some(a), Some(b)) = (
                then.workspace_dependency_version(&name),
                now.workspace_dependency_version(&name),
            ) else {
                continue;
            };
            if compatibility(&a) != compatibility(&b) {
                found.push(Change::new(
                    "rust-reexport-incompatible",
                    format!("re-exported `{krate}`"),
                    format!("requirement `{a}` → `{b}`: its types in the API changed"),
                ));
            }
            break;
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

/// The part of a version requirement Cargo treats as compatible:
/// `"0.13.5"` → `0.13`, `"1.0.226"` → `1`, `"=0.15.1"` → `0.15`.
fn compatibility(requirement: &str) -> String {
    let version = requirement.trim_start_matches(['=', '^', '~', ' ']);
    let parts: Vec<&str> = version.split('.').collect();
    match parts.as_slice() {
        ["0", "0", patch, ..] => format!("0.0.{patch}"),
        ["0", minor, ..] => format!("0.{minor}"),
        [major, ..] => (*major).to_owned(),
        [] => String::new(),
    }
}

/// Files of the crate that changed since `base` and may change what it
/// does: its sources, and its manifest's dependencies or features (not its
/// version, description or other metadata).
fn source_changes(root: &Path, base: &str, crate_dir: &Path) -> Result<Vec<String>, String> {
    let src = crate_dir.join("src");
    let mut files = git::changed_files(root, base, &[&src])?;
    let manifest = crate_dir.join("Cargo.toml");
    if let Some(then) = git::show(root, base, &manifest) {
        let then = Manifest::parse(&manifest, &then).map_err(|e| format!("at {base}: {e}"))?;
        let now = Manifest::read(root, &manifest)?;
        let tables = ["dependencies", "features", "target"];
        if tables
            .iter()
            .any(|t| then.table_content(t) != now.table_content(t))
        {
            files.push(manifest.display().to_string());
        }
        // The root manifest's entries for the dependencies it inherits.
        let root_path = Path::new("Cargo.toml");
        if let Some(root_then) = git::show(root, base, root_path) {
            let root_then =
                Manifest::parse(root_path, &root_then).map_err(|e| format!("at {base}: {e}"))?;
            let root_now = Manifest::read(root, root_path)?;
            for name in now.inherited_dependencies() {
                if root_then.workspace_dependency_content(&name)
                    != root_now.workspace_dependency_content(&name)
                {
                    files.push(format!("Cargo.toml ([workspace.dependencies] {name})"));
                }
            }
        }
    }
    Ok(files)
}

/// The `.rs` files under `src` (relative to the root) at `rev`, keyed by
/// their path relative to `src`.
fn sources_at(root: &Path, rev: &str, src: &Path) -> Result<BTreeMap<String, String>, String> {
    let listed = git::run(
        root,
        &[
            "ls-tree",
            "-r",
            "--name-only",
            rev,
            "--",
            &src.display().to_string(),
        ],
    )?;
    let mut files = BTreeMap::new();
    for path in listed.lines().filter(|p| p.ends_with(".rs")) {
        let path = PathBuf::from(path);
        if let (Ok(relative), Some(text)) = (path.strip_prefix(src), git::show(root, rev, &path)) {
            files.insert(relative.display().to_string(), text);
        }
    }
    Ok(files)
}

/// The `.rs` files under `src` in the working tree.
fn sources_now(root: &Path, src: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.join(src)];
    while let Some(dir) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
                let relative = path
                    .strip_prefix(root.join(src))
                    .map_err(|e| e.to_string())?;
                files.insert(relative.display().to_string(), text);
            }
        }
    }
    Ok(files)
}

/// A change as `diff` reports it, as a changelog line: in the section its
/// wording says, prefixed with which view it comes from (`API`, `Rust API`).
fn line_from_change(view: &str, change: &Change) -> Line {
    let what = change.what.as_str();
    let section = if what.contains("removed") {
        "Removed"
    } else if what.contains("added") {
        "Added"
    } else {
        "Changed"
    };
    let mark = if change.impact == Impact::Breaking {
        "**Breaking:** "
    } else {
        ""
    };
    Line {
        section,
        text: format!("{mark}{view}: {}: {what}", change.place),
    }
}

#[cfg(test)]
mod tests {
    use super::compatibility;

    #[test]
    fn requirements_are_compared_by_what_cargo_treats_as_compatible() {
        assert_eq!(compatibility("0.13.5"), compatibility("0.13.9"));
        assert_ne!(compatibility("0.13.5"), compatibility("0.14.0"));
        assert_eq!(compatibility("1.0.226"), compatibility("^1.2"));
        assert_ne!(compatibility("1.0.226"), compatibility("2"));
        assert_eq!(compatibility("=0.15.1"), "0.15");
        assert_ne!(compatibility("0.0.3"), compatibility("0.0.4"));
    }
}

//! Build times (`cargo xtask bench --builds`, since they take minutes and
//! scratch target directories): a generated crate's rebuild after its code
//! changes, and a cold build of one client with its dependencies; ours, and
//! the peer's crate for the same spec when the peer is installed.
//!
//! Both sides are built the same way: `cargo build` in the dev profile,
//! with [`BUILD_ENV`]; a rebuild follows a touch of every generated source
//! file (their contents are left alone), as after a spec change, and is
//! timed after one build not counted; a cold build starts from an empty
//! target directory, with every dependency's source already downloaded,
//! and ours is built as a consumer's profile builds it (without the
//! workspace's dev-profile optimization of the generator's dependencies).
//! Scratch directories are made outside the repository and removed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

use spec_model::workspace::Api;

use super::peer::Peer;
use super::table::median;

/// The environment of every timed build, on both sides, so that neither the
/// caller's environment nor a manifest decides it: incremental compilation
/// on, as cargo's dev profile has it and as a maintainer rebuilds (not
/// `CARGO_INCREMENTAL=0`, which would time a rebuild no one sees); and
/// debug info as line tables, the workspace's dev profile, applied to the
/// peer's crate too (it has no profile of its own; a consumer's decides).
pub const BUILD_ENV: [(&str, &str); 2] = [
    ("CARGO_INCREMENTAL", "1"),
    ("CARGO_PROFILE_DEV_DEBUG", "line-tables-only"),
];

fn cargo(dir: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(dir)
        .envs(BUILD_ENV)
        .stdin(Stdio::null());
    command
}

/// Why a command failed: its first `error` line and the place it names,
/// or its last line; short enough for a table cell.
fn first_error(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    match lines.iter().position(|l| l.starts_with("error")) {
        Some(at) => {
            let place = lines[at + 1..]
                .iter()
                .take(2)
                .find_map(|l| l.trim_start().strip_prefix("--> "));
            match place {
                Some(place) => format!("{} ({place})", lines[at]),
                None => lines[at].to_owned(),
            }
        }
        None => lines.last().copied().unwrap_or_default().to_owned(),
    }
}

/// Runs `command`; its seconds, or its first error.
fn timed(mut command: Command) -> Result<f64, String> {
    let started = Instant::now();
    let output = command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    let took = started.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(first_error(&String::from_utf8_lossy(&output.stderr)));
    }
    Ok(took)
}

/// Marks `files` changed, leaving their contents alone.
fn touch(files: &[PathBuf]) -> Result<(), String> {
    let now = SystemTime::now();
    for file in files {
        std::fs::File::options()
            .append(true)
            .open(file)
            .and_then(|f| f.set_modified(now))
            .map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// The median seconds of `runs` builds, each after `files` are touched,
/// after one build not counted (it builds what is missing).
fn rebuild_median(
    files: &[PathBuf],
    runs: usize,
    build: impl Fn() -> Command,
) -> Result<f64, String> {
    let mut samples = Vec::new();
    for run in 0..=runs {
        touch(files)?;
        let took = timed(build())?;
        if run > 0 {
            samples.push(took);
        }
    }
    Ok(median(&samples))
}

/// The median seconds of `runs` rebuilds of `api`'s crate in the
/// workspace's target directory, each after its `generated.rs` is touched.
pub fn rebuild_seconds(root: &Path, api: &Api, runs: usize) -> Result<f64, String> {
    let generated = root.join(api.generated_path());
    rebuild_median(&[generated], runs, || {
        let mut command = cargo(root);
        command.args(["build", "--locked", "-p", &api.name]);
        command
    })
    .map_err(|e| format!("building {}: {e}", api.name))
}

/// Seconds for a cold build of `api`'s crate and its dependencies, in a
/// scratch target directory outside the repository, removed afterwards.
pub fn cold_build_seconds(root: &Path, api: &Api) -> Result<f64, String> {
    cold_build_seconds_with(root, api, None)
}

/// [`cold_build_seconds`] with `features` instead of the crate's default
/// features (a TLS provider of its own choosing), or with the defaults
/// for `None`.
pub fn cold_build_seconds_with(
    root: &Path,
    api: &Api,
    features: Option<&str>,
) -> Result<f64, String> {
    // Downloads are the network's, not the build's: none is timed.
    let mut fetch = cargo(root);
    fetch.args(["fetch", "--locked", "--quiet"]);
    timed(fetch).map_err(|e| format!("cargo fetch: {e}"))?;
    let scratch = super::scratch_dir("cold-build")?;
    let mut command = cargo(root);
    command
        .env("CARGO_TARGET_DIR", scratch.path())
        .args(["build", "--locked", "-p", &api.name]);
    // As a consumer builds it: the workspace optimizes the generator's
    // dependencies (syn, serde_json...) in its dev profile for `cargo
    // xtask`, which a consumer's own profile does not.
    for package in dev_profile_overrides(root)? {
        command
            .arg("--config")
            .arg(format!("profile.dev.package.{package}.opt-level=0"));
    }
    if let Some(features) = features {
        command.args(["--no-default-features", "--features", features]);
    }
    timed(command).map_err(|e| format!("building {}: {e}", api.name))
}

/// The packages whose dev profile the workspace's `Cargo.toml` overrides
/// (`[profile.dev.package.<name>]`).
pub fn dev_profile_overrides(root: &Path) -> Result<Vec<String>, String> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let manifest: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(manifest
        .get("profile")
        .and_then(|p| p.get("dev"))
        .and_then(|d| d.get("package"))
        .and_then(|p| p.as_table_like())
        .map(|packages| packages.iter().map(|(name, _)| name.to_owned()).collect())
        .unwrap_or_default())
}

/// The peer's crates, one per spec, generated into a scratch directory
/// outside the repository with one target directory that they share (so
/// that their dependencies are built once); removed when dropped.
#[derive(Debug)]
pub struct PeerCrates {
    scratch: tempfile::TempDir,
}

impl PeerCrates {
    /// Generates the peer's crate for each of `apis` and downloads what
    /// they depend on (not timed: the generation is timed elsewhere, the
    /// download is the network's).
    pub fn generate(peer: &Peer, root: &Path, apis: &[Api]) -> Result<PeerCrates, String> {
        let crates = PeerCrates {
            scratch: super::scratch_dir("peer-builds")?,
        };
        for api in apis {
            let dir = crates.crate_dir(api);
            peer.generate(root, api, &dir)?;
            for step in ["generate-lockfile", "fetch"] {
                let mut command = cargo(&dir);
                command.args([step, "--quiet"]);
                timed(command).map_err(|e| format!("cargo {step} in {}: {e}", dir.display()))?;
            }
        }
        Ok(crates)
    }

    fn crate_dir(&self, api: &Api) -> PathBuf {
        self.scratch.path().join(&api.name)
    }

    fn build(&self, api: &Api) -> Command {
        let mut command = cargo(&self.crate_dir(api));
        command
            .env("CARGO_TARGET_DIR", self.scratch.path().join("target"))
            .args(["build", "--frozen"]);
        command
    }

    /// Seconds for a cold build of the peer's crate for `api` with its
    /// dependencies: call it first, while the shared target directory is
    /// empty.
    pub fn cold_build_seconds(&self, api: &Api) -> Result<f64, String> {
        timed(self.build(api)).map_err(|e| format!("does not build: {e}"))
    }

    /// The median seconds of `runs` rebuilds of the peer's crate for `api`,
    /// each after every `.rs` file it generated is touched.
    pub fn rebuild_seconds(&self, api: &Api, runs: usize) -> Result<f64, String> {
        let mut files = Vec::new();
        rust_files(&self.crate_dir(api).join("src"), &mut files)?;
        rebuild_median(&files, runs, || self.build(api)).map_err(|e| format!("does not build: {e}"))
    }
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            rust_files(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dev_profile_overrides_are_read_from_the_workspace_manifest() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(
            root.path().join("Cargo.toml"),
            "[workspace]\n[profile.dev.package.syn]\nopt-level = 2\n[profile.dev.package.serde_json]\nopt-level = 2\n",
        )
        .unwrap();
        assert_eq!(
            dev_profile_overrides(root.path()).unwrap(),
            ["syn", "serde_json"]
        );
    }

    #[test]
    fn first_error_names_the_place() {
        let stderr = "   Compiling openapi v3.0.0 (/tmp/x)\n\
                      error[E0428]: the name `String` is defined multiple times\n  \
                      --> src/models/date.rs:20:5\n   |\n\
                      error: could not compile `openapi` (lib) due to 5 previous errors\n";
        assert_eq!(
            first_error(stderr),
            "error[E0428]: the name `String` is defined multiple times (src/models/date.rs:20:5)"
        );
        assert_eq!(
            first_error("warning: x\nerror: could not compile `a`\n"),
            "error: could not compile `a`"
        );
        assert_eq!(first_error("killed\n"), "killed");
    }
}

//! `cargo xtask release` on a scratch workspace in a git repository: two API
//! crates and a runtime, released once and tagged; then a planted change.

use std::fs;
use std::path::Path;
use std::process::Command;

/// The lint suite's clean spec: it generates a real client.
const SPEC: &str = include_str!("lint/clean.yaml");

const ROOT_MANIFEST: &str = "[workspace]\nmembers = [\"crates/*\"]\n\n[workspace.package]\nedition = \"2024\"\n\n[workspace.dependencies]\n# The runtime, without its default features.\nclient-runtime = { path = \"crates/client-runtime\", version = \"0.1.0\", default-features = false }\nserde = \"1.0.200\"\n";

const RUNTIME_LIB: &str = "//! The runtime.\npub mod reexports;\n/// Builds clients.\npub struct ClientBuilder { timeout: u64 }\nimpl ClientBuilder {\n    /// A builder.\n    pub fn new() -> Self { ClientBuilder { timeout: 1 } }\n}\n";
const RUNTIME_REEXPORTS: &str = "//! Re-exports.\npub use serde;\n";

fn manifest(name: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\n# Its own version, bumped by `cargo xtask release`.\nversion = \"0.1.0\" # keep this comment\nedition.workspace = true\n\n[dependencies]\nclient-runtime.workspace = true\nserde.workspace = true\n"
    )
}

fn changelog(name: &str) -> String {
    format!(
        "# Changelog\n\nWhat changed in `{name}`.\n\n## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- First release.\n"
    )
}

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn read(root: &Path, path: &str) -> String {
    fs::read_to_string(root.join(path)).unwrap()
}

fn git(root: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A workspace with the APIs `clean` and `other` (the same spec) and the
/// runtime, committed; tagged as released unless `tagged` is false.
fn workspace(tagged: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "Cargo.toml", ROOT_MANIFEST);
    write(
        root,
        "README.md",
        "Pin `clean = { git = \"…\", tag = \"clean-v0.1.0\" }`.\n",
    );
    write(
        root,
        "crates/client-runtime/Cargo.toml",
        &manifest("client-runtime"),
    );
    write(
        root,
        "crates/client-runtime/CHANGELOG.md",
        &changelog("client-runtime"),
    );
    write(root, "crates/client-runtime/src/lib.rs", RUNTIME_LIB);
    write(
        root,
        "crates/client-runtime/src/reexports.rs",
        RUNTIME_REEXPORTS,
    );
    for name in ["clean", "other"] {
        write(root, &format!("specs/{name}.yaml"), SPEC);
        write(root, &format!("crates/{name}/Cargo.toml"), &manifest(name));
        write(
            root,
            &format!("crates/{name}/CHANGELOG.md"),
            &changelog(name),
        );
        write(
            root,
            &format!("crates/{name}/README.md"),
            &format!("# {name}\n\n`tag = \"{name}-v0.1.0\"`\n"),
        );
        write(
            root,
            &format!("crates/{name}/src/lib.rs"),
            "//! A client.\n",
        );
    }
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "release 0.1.0"]);
    if tagged {
        for name in ["client-runtime", "clean", "other"] {
            git(root, &["tag", &format!("{name}-v0.1.0")]);
        }
    }
    dir
}

fn release(root: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("release")
        .args(args)
        .env("XTASK_WORKSPACE_ROOT", root)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Removes the enum value `SMALL` from `clean`'s spec: breaking in both
/// views.
fn plant_breaking_change(root: &Path) {
    let spec = read(root, "specs/clean.yaml");
    assert!(spec.contains("enum: [BIG, SMALL]"));
    write(
        root,
        "specs/clean.yaml",
        &spec.replace("enum: [BIG, SMALL]", "enum: [BIG]"),
    );
}

#[test]
fn nothing_changed_since_the_tags_passes_the_check() {
    let dir = workspace(true);
    let (code, out, err) = release(dir.path(), &["--check"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("clean 0.1.0: nothing changed since tag `clean-v0.1.0`"),
        "{out}"
    );
}

#[test]
fn a_breaking_spec_change_bumps_exactly_its_crate_and_writes_its_entry() {
    let dir = workspace(true);
    let root = dir.path();
    plant_breaking_change(root);
    let untouched: Vec<(&str, String)> = [
        "crates/other/Cargo.toml",
        "crates/other/CHANGELOG.md",
        "crates/client-runtime/Cargo.toml",
        "crates/client-runtime/CHANGELOG.md",
        "Cargo.toml",
    ]
    .into_iter()
    .map(|p| (p, read(root, p)))
    .collect();

    // The check fails, and says why and what to run.
    let (code, out, err) = release(root, &["--check"]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        err.contains("error: clean: version 0.1.0 must be at least 0.2.0"),
        "{err}"
    );
    assert!(err.contains("run `cargo xtask release`"), "{err}");
    assert!(!err.contains("other:"), "{err}");

    let (code, out, err) = release(root, &[]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("version 0.1.0 → 0.2.0 in crates/clean/Cargo.toml"),
        "{out}"
    );
    assert!(out.contains("git tag clean-v0.2.0"), "{out}");
    // The version, with the manifest's comments where they were.
    assert_eq!(
        read(root, "crates/clean/Cargo.toml"),
        manifest("clean").replace("version = \"0.1.0\"", "version = \"0.2.0\"")
    );
    let log = read(root, "crates/clean/CHANGELOG.md");
    let entry = log
        .split("## [0.2.0] - ")
        .nth(1)
        .and_then(|rest| rest.split("## [0.1.0]").next())
        .unwrap_or_else(|| panic!("no 0.2.0 entry above 0.1.0:\n{log}"));
    assert!(
        entry.contains("### Removed\n\n- **Breaking:** API: ")
            && entry.contains(
                "- **Breaking:** API: `getThing` response 200: `kind`: enum value `SMALL` removed\n"
            ),
        "{log}"
    );
    assert!(
        entry.contains(
            "- **Breaking:** Rust API: `types::Kind`::Small: variant removed: code naming it no longer compiles\n"
        ),
        "{log}"
    );
    assert!(log.starts_with(&changelog("clean")[..40]), "{log}");
    assert!(read(root, "crates/clean/README.md").contains("tag = \"clean-v0.2.0\""));
    assert!(read(root, "README.md").contains("tag = \"clean-v0.2.0\""));
    // Nothing else moved.
    for (path, before) in &untouched {
        assert_eq!(&read(root, path), before, "{path} changed");
    }

    // Now the check passes, and a second run changes nothing.
    let (code, out, err) = release(root, &["--check"]);
    assert_eq!(code, Some(0), "{out}{err}");
    let again = release(root, &[]);
    assert_eq!(again.0, Some(0));
    assert!(again.1.contains("is complete"), "{}", again.1);
    assert_eq!(read(root, "crates/clean/CHANGELOG.md"), log);
}

#[test]
fn a_bumped_version_without_its_changelog_entry_fails_the_check() {
    let dir = workspace(true);
    let root = dir.path();
    plant_breaking_change(root);
    write(
        root,
        "crates/clean/Cargo.toml",
        &manifest("clean").replace("0.1.0", "0.2.0"),
    );
    let (code, _, err) = release(root, &["--check"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("clean: crates/clean/CHANGELOG.md has no `## [0.2.0]` entry"),
        "{err}"
    );
    // A patch bump is not enough for a breaking change.
    write(
        root,
        "crates/clean/Cargo.toml",
        &manifest("clean").replace("0.1.0", "0.1.1"),
    );
    let (_, _, err) = release(root, &["--check"]);
    assert!(
        err.contains("clean: version 0.1.1 must be at least 0.2.0"),
        "{err}"
    );
}

#[test]
fn without_tags_the_last_release_is_the_commit_of_its_changelog_entry() {
    let dir = workspace(false);
    let root = dir.path();
    let (code, out, err) = release(root, &["--check"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("clean 0.1.0: nothing changed since commit "),
        "{out}"
    );

    plant_breaking_change(root);
    git(root, &["commit", "-q", "-am", "a spec change, unreleased"]);
    let (code, _, err) = release(root, &["--check"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("clean: version 0.1.0 must be at least 0.2.0"),
        "{err}"
    );

    assert_eq!(release(root, &[]).0, Some(0));
    assert_eq!(release(root, &["--check"]).0, Some(0));
    // Once the release is committed, it is the base.
    git(root, &["commit", "-q", "-am", "release clean 0.2.0"]);
    let (code, out, _) = release(root, &["--check"]);
    assert_eq!(code, Some(0));
    assert!(
        out.contains("clean 0.2.0: nothing changed since commit "),
        "{out}"
    );
}

#[test]
fn a_breaking_runtime_change_releases_the_runtime_and_every_api_crate() {
    let dir = workspace(true);
    let root = dir.path();
    write(
        root,
        "crates/client-runtime/src/lib.rs",
        &RUNTIME_LIB
            .replace("pub fn new() -> Self", "pub fn new(timeout: u64) -> Self")
            .replace("ClientBuilder { timeout: 1 }", "ClientBuilder { timeout }"),
    );
    let (code, out, err) = release(root, &[]);
    assert_eq!(code, Some(0), "{out}{err}");
    let runtime_log = read(root, "crates/client-runtime/CHANGELOG.md");
    assert!(
        runtime_log.contains(
            "### Changed\n\n- **Breaking:** Rust API: `ClientBuilder::new`: changed: `fn new() -> Self` → `fn new(_: u64) -> Self`\n"
        ),
        "{runtime_log}"
    );
    assert!(
        read(root, "Cargo.toml").contains(
            "client-runtime = { path = \"crates/client-runtime\", version = \"0.2.0\", default-features = false }"
        ),
        "the API crates ask for the new runtime"
    );
    for name in ["clean", "other"] {
        assert!(read(root, &format!("crates/{name}/Cargo.toml")).contains("version = \"0.2.0\""));
        assert!(
            read(root, &format!("crates/{name}/CHANGELOG.md")).contains(
                "- **Breaking:** `client-runtime` 0.1.0 → 0.2.0, which this crate re-exports"
            ),
            "{name}"
        );
    }
    assert_eq!(release(root, &["--check"]).0, Some(0));
}

#[test]
fn an_incompatible_requirement_of_a_reexported_crate_is_breaking() {
    let dir = workspace(true);
    let root = dir.path();
    write(
        root,
        "Cargo.toml",
        &ROOT_MANIFEST.replace("serde = \"1.0.200\"", "serde = \"2.0.0\""),
    );
    let (code, _, err) = release(root, &["--check"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("client-runtime: version 0.1.0 must be at least 0.2.0"),
        "{err}"
    );
    // A compatible one is not a change of the API.
    write(
        root,
        "Cargo.toml",
        &ROOT_MANIFEST.replace("serde = \"1.0.200\"", "serde = \"1.0.300\""),
    );
    let (_, _, err) = release(root, &["--check"]);
    assert!(!err.contains("must be at least 0.2.0"), "{err}");
}

#[test]
fn a_base_that_is_not_a_revision_is_named() {
    let dir = workspace(true);
    let (code, _, err) = release(dir.path(), &["--base", "no-such-rev"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("`no-such-rev` is not a git revision here"),
        "{err}"
    );
    let (code, _, err) = release(dir.path(), &["--bogus"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("unexpected argument '--bogus'"), "{err}");
}

#[test]
fn a_spec_moved_to_openapi_3_1_with_the_same_meaning_releases_nothing() {
    let dir = workspace(true);
    let root = dir.path();
    // `upgrade` writes the 3.1 spec only when it generates the same code.
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["upgrade", "specs/clean.yaml"])
        .current_dir(root)
        .env("XTASK_WORKSPACE_ROOT", root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let spec = read(root, "specs/clean.yaml");
    assert!(spec.starts_with("openapi: \"3.1"), "{spec}");
    assert_ne!(spec, SPEC);

    // Neither `diff` nor `release` sees a change, so nothing is bumped.
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["diff", "--base", "HEAD"])
        .env("XTASK_WORKSPACE_ROOT", root)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert!(report.contains("No spec changes since `HEAD`"), "{report}");
    let (code, out, err) = release(root, &["--check"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("clean 0.1.0: nothing changed since tag `clean-v0.1.0`"),
        "{out}"
    );
    let (code, out, err) = release(root, &[]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert_eq!(
        read(root, "crates/clean/Cargo.toml"),
        manifest("clean"),
        "{out}"
    );
    assert_eq!(read(root, "crates/clean/CHANGELOG.md"), changelog("clean"));
}

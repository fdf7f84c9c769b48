//! `diff`'s Rust API verdict on each planted change, compared with
//! cargo-semver-checks' on the crates generated from the base and the
//! planted spec.
//!
//! cargo-semver-checks is slow to install and to run, so this is not part
//! of CI. To run it:
//!
//! ```sh
//! cargo install cargo-semver-checks --locked
//! cargo test -p xtask --test semver_cross_check -- --ignored --nocapture
//! ```
//!
//! Where the two disagree, [`DISAGREEMENTS`] says why `diff` is right; the
//! test fails on any other disagreement.

use std::path::Path;
use std::process::Command;

mod planted;

use planted::{BASE, PLANTS};

/// Planted changes that cargo-semver-checks does not call breaking, and why
/// they are: each breaks consumers in a way it does not look for.
const DISAGREEMENTS: &[(&str, &str)] = &[
    (
        "parameter made required",
        "every signature is the same: the builder's `.kind()` setter still \
         exists, but `send()` now fails with `Error::InvalidRequest` when \
         it was not called, so code that compiled fails at run time",
    ),
    (
        "type narrowed",
        "the field `Problem::message` changes type from `Option<String>` to \
         `Option<ProblemMessage>`, so code reading it as a string no longer \
         compiles; cargo-semver-checks has no lint for a public field's type",
    ),
];

/// A crate named `clean` with `code` as its generated module, built like
/// the API crates.
fn write_crate(dir: &Path, code: &str) {
    let root = spec_model::workspace::root().unwrap();
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"clean\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [dependencies]\n\
             chrono = {{ version = \"0.4.42\", default-features = false, features = [\"serde\", \"std\"] }}\n\
             client-runtime = {{ path = \"{}\", default-features = false }}\n\
             progenitor-client = \"=0.15.1\"\n\
             reqwest = {{ version = \"0.13.5\", default-features = false, features = [\"json\", \"query\"] }}\n\
             schemars = {{ version = \"1.2.3\", features = [\"chrono04\"] }}\n\
             serde = {{ version = \"1.0.226\", features = [\"derive\"] }}\n\
             serde_json = \"1.0.150\"\n\n[workspace]\n",
            root.join("crates/client-runtime").display()
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("src/lib.rs"),
        "//! Generated.\n#[rustfmt::skip]\nmod generated;\npub use generated::*;\n",
    )
    .unwrap();
    std::fs::write(dir.join("src/generated.rs"), code).unwrap();
    // The workspace's versions.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

fn generate(text: &str) -> String {
    let spec = spec_model::spec::Spec::parse(Path::new("specs/clean.yaml"), text).unwrap();
    xtask::codegen::generate(&spec).unwrap().text
}

#[test]
#[ignore = "needs cargo-semver-checks; slow"]
fn diff_and_cargo_semver_checks_agree_on_each_planted_change() {
    let scratch = tempfile::tempdir().unwrap();
    let base = scratch.path().join("base");
    write_crate(&base, &generate(BASE));
    let target = spec_model::workspace::root()
        .unwrap()
        .join("target/semver-cross-check");
    let mut disagreements = Vec::new();
    for plant in PLANTS {
        let head = scratch.path().join(plant.name.replace(' ', "-"));
        write_crate(&head, &generate(&plant.spec()));
        let output = Command::new("cargo")
            .args(["semver-checks", "check-release", "--release-type", "patch"])
            .arg("--manifest-path")
            .arg(head.join("Cargo.toml"))
            .arg("--baseline-root")
            .arg(&base)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .expect("cargo-semver-checks is installed");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !text.contains("error: running cargo-doc") && !text.contains("no such command"),
            "{}: cargo-semver-checks did not run:\n{text}",
            plant.name
        );
        let theirs = !output.status.success();
        let lints: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("--- failure "))
            .collect();
        println!(
            "{:<26} diff: {:<12} cargo-semver-checks: {:<12} {lints:?}",
            plant.name,
            if plant.rust_breaking {
                "breaking"
            } else {
                "compatible"
            },
            if theirs { "breaking" } else { "compatible" },
        );
        if theirs != plant.rust_breaking {
            disagreements.push(plant.name);
        }
    }
    let explained: Vec<&str> = DISAGREEMENTS.iter().map(|(name, _)| *name).collect();
    assert_eq!(disagreements, explained);
}

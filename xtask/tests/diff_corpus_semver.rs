//! cargo-semver-checks against `diff`, on every planted change that touches
//! the Rust API: the diff corpus's folders (`xtask/diff-corpus/`), the
//! families' pairs made from tables (`families/mod.rs`), and the changes
//! planted in the lint suite's clean spec (`planted/mod.rs`). The crates
//! generated from both sides are built side by side, and cargo-semver-checks'
//! verdict must be `diff`'s where it can see the break; a run-time break
//! (a builder that now fails in `send()`, a path the server no longer
//! answers) is `diff`'s alone, since the signatures are the same.
//!
//! cargo-semver-checks is not a dependency of this workspace, and CI
//! machines have only the toolchain: where it is not installed (`cargo
//! semver-checks --version` fails), the test says it was skipped and passes
//! at once. To run it: `cargo install cargo-semver-checks --locked`, then
//! `cargo test -p xtask --test diff_corpus_semver -- --nocapture` (it builds
//! two crates per planted change, which takes a while).

use std::path::{Path, PathBuf};
use std::process::Command;

use spec_model::spec::Spec;
use xtask::diff::catalogue::Verdict;
use xtask::diff::compare;

mod families;
mod planted;

/// Rust API changes cargo-semver-checks has no lint for, each a compile
/// break `diff` reports that it may not: where its verdict is "compatible"
/// and every compile-time break `diff` found is one of these, the two are
/// not said to disagree.
const UNSEEN_BY_SEMVER_CHECKS: &[(&str, &str)] = &[
    (
        "rust-field-type-changed",
        "a public field's type: code reading it as the old type no longer compiles (the lint \
         suite's `type narrowed`: `Problem::message` from `Option<String>` to \
         `Option<ProblemMessage>`)",
    ),
    (
        "rust-setter-type-changed",
        "a builder setter's generic bound (`TryInto<T>`): calls passing the old type no longer compile",
    ),
    (
        "rust-success-type-changed",
        "the type parameter of an async method's return type",
    ),
    (
        "rust-error-type-changed",
        "the type parameter of an async method's return type",
    ),
    ("rust-body-type-changed", "a builder setter's generic bound"),
    ("rust-variant-changed", "the type a tuple variant holds"),
    (
        "rust-variant-renamed",
        "a variant whose name another value takes: both names exist after, so it sees a variant added",
    ),
    (
        "rust-field-renamed",
        "a field whose name another property takes: both names exist after, so it sees a field added",
    ),
    (
        "rust-newtype-inner-changed",
        "the type a tuple struct wraps, behind its private field",
    ),
    (
        "rust-builder-method-removed",
        "a method on a builder type reached only through `Client`, when its signature changes",
    ),
];

fn installed() -> bool {
    Command::new("cargo")
        .args(["semver-checks", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("diff-corpus")
}

/// A crate named `corpus` with `code` as its generated module, built like
/// the API crates.
fn write_crate(dir: &Path, code: &str) {
    let root = spec_model::workspace::root().unwrap();
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"corpus\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
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

fn parse(name: &str, text: &str) -> Spec {
    Spec::parse(Path::new("specs/corpus.yaml"), text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// One planted change: a name, and the spec before and after.
struct Planted {
    name: String,
    before: Spec,
    after: Spec,
}

/// Every planted change of the three sets.
fn planted() -> Vec<Planted> {
    let mut out = Vec::new();
    let mut folders: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    for folder in folders {
        let side = |file: &str| {
            let text = std::fs::read_to_string(corpus_dir().join(&folder).join(file)).unwrap();
            parse(&folder, &text)
        };
        out.push(Planted {
            before: side("before.yaml"),
            after: side("after.yaml"),
            name: format!("diff-corpus/{folder}"),
        });
    }
    for case in families::cases() {
        let name = format!("family {} at {}", case.kind, case.place);
        out.push(Planted {
            before: parse(&name, &case.before),
            after: parse(&name, &case.after),
            name,
        });
    }
    for plant in planted::PLANTS {
        let name = format!(
            "lint suite: {} (diff: {})",
            plant.name,
            if plant.rust_breaking {
                "breaking"
            } else {
                "compatible"
            }
        );
        out.push(Planted {
            before: parse(&name, planted::BASE),
            after: parse(&name, &plant.spec()),
            name,
        });
    }
    out
}

#[test]
fn cargo_semver_checks_agrees_with_diff_on_each_planted_rust_change() {
    if !installed() {
        println!(
            "skipped: cargo-semver-checks is not installed (`cargo semver-checks --version` failed), \
             so diff's Rust API verdicts were not compared with its own"
        );
        return;
    }
    let scratch = tempfile::tempdir().unwrap();
    let target = scratch.path().join("target");
    let mut disagreements = Vec::new();
    let mut compared = 0;
    for (i, plant) in planted().into_iter().enumerate() {
        let (_, rust) = compare(&plant.before, &plant.after);
        if rust.is_empty() || rust.iter().any(|c| c.kind == "rust-cannot-generate") {
            continue;
        }
        let generate = |s: &Spec| xtask::codegen::generate(s).unwrap().text;
        let (old, new) = (
            scratch.path().join(format!("{i}-before")),
            scratch.path().join(format!("{i}-after")),
        );
        write_crate(&old, &generate(&plant.before));
        write_crate(&new, &generate(&plant.after));
        let output = Command::new("cargo")
            .args(["semver-checks", "check-release", "--release-type", "patch"])
            .arg("--manifest-path")
            .arg(new.join("Cargo.toml"))
            .arg("--baseline-root")
            .arg(&old)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .unwrap();
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
        compared += 1;
        let theirs = !output.status.success();
        let compile: Vec<&str> = rust
            .iter()
            .filter(|c| c.verdict() == Verdict::BreakingCompile)
            .map(|c| c.kind)
            .collect();
        let ours = !compile.is_empty();
        let unseen = compile
            .iter()
            .all(|k| UNSEEN_BY_SEMVER_CHECKS.iter().any(|(u, _)| u == k));
        let lints: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("--- failure "))
            .collect();
        println!(
            "{}: diff {compile:?}, cargo-semver-checks {} {lints:?}",
            plant.name,
            if theirs { "breaking" } else { "compatible" }
        );
        match (ours, theirs) {
            (true, false) if unseen => {}
            (true, false) => disagreements.push(format!(
                "{}: diff says breaking at compile time ({compile:?}), cargo-semver-checks compatible",
                plant.name
            )),
            (false, true) => disagreements.push(format!(
                "{}: cargo-semver-checks says breaking, diff finds no compile-time break:\n{text}",
                plant.name
            )),
            _ => {}
        }
    }
    println!("compared {compared} planted changes with cargo-semver-checks");
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

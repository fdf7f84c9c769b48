//! `cargo xtask lint` on small specs that each plant one problem
//! (`tests/lint/*.yaml`): each gives exactly the findings its
//! `# expect: <rule> <line>:<column>` lines name (`-` for the file as a
//! whole), every rule of the lint's
//! own is planted somewhere (the generator's rules are planted in the
//! codegen corpus, `tests/corpus.rs`), and the repository's own specs pass.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::lint::lint_file;
use xtask::lint::rule::{HOUSE_RULES, VALIDITY_RULES, all as all_rules};

/// The fixtures of the checkout under test, found at run time.
fn fixtures_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo test sets it"))
        .join("tests/lint")
}

fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

fn expected(name: &str) -> BTreeSet<(String, String)> {
    std::fs::read_to_string(fixtures_dir().join(name))
        .unwrap()
        .lines()
        .filter_map(|line| line.strip_prefix("# expect: "))
        .map(|rest| {
            let (rule, place) = rest
                .split_once(' ')
                .expect("# expect: <rule> <line>:<column>");
            (rule.to_owned(), place.to_owned())
        })
        .collect()
}

#[test]
fn each_planted_problem_is_found_at_its_line_and_nothing_else() {
    for name in fixtures() {
        let findings = lint_file(&fixtures_dir(), Path::new(&name));
        let actual: BTreeSet<(String, String)> = findings
            .iter()
            .map(|f| {
                let place = f
                    .position
                    .map_or_else(|| "-".to_owned(), |p| format!("{}:{}", p.line, p.column));
                (f.rule.id.to_owned(), place)
            })
            .collect();
        let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert_eq!(actual, expected(&name), "{name}:\n{}", shown.join("\n"));
        for finding in &findings {
            assert!(
                finding.to_string().starts_with(&format!("{name}:")),
                "{finding}"
            );
        }
    }
}

#[test]
fn every_lint_rule_is_planted_in_a_fixture() {
    let planted: BTreeSet<String> = fixtures()
        .iter()
        .flat_map(|n| expected(n))
        .map(|(rule, _)| rule)
        .collect();
    for rule in VALIDITY_RULES.iter().chain(HOUSE_RULES) {
        assert!(planted.contains(rule.id), "no fixture plants `{}`", rule.id);
    }
    // And no fixture expects a rule that does not exist.
    for rule in &planted {
        assert!(
            all_rules().iter().any(|r| r.id == rule),
            "unknown rule `{rule}`"
        );
    }
}

#[test]
fn the_clean_fixture_and_the_repository_specs_pass() {
    assert_eq!(lint_file(&fixtures_dir(), Path::new("clean.yaml")), []);
    let root = spec_model::workspace::root().unwrap();
    for api in spec_model::workspace::apis(&root).unwrap() {
        let findings = lint_file(&root, &api.spec_path());
        let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert!(findings.is_empty(), "{}", shown.join("\n"));
    }
}

#[test]
fn the_command_prints_file_line_column_and_rule_and_fails() {
    let run = |spec: &str| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["lint", spec])
            .env("XTASK_WORKSPACE_ROOT", fixtures_dir())
            .output()
            .unwrap()
    };
    let bad = run("parameter-style.yaml");
    assert_eq!(bad.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&bad.stdout);
    assert!(
        stdout.starts_with(
            "parameter-style.yaml:31:18: error[parameter-style]: style `deepObject` is for an object"
        ),
        "{stdout}"
    );
    let good = run("clean.yaml");
    assert_eq!(
        good.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
}

/// The README's list of what codegen refuses is the generator's own list,
/// between the `refusals` markers.
#[test]
fn the_readme_lists_every_refusal() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo test sets it"))
        .join("..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let start = "<!-- refusals: generated from xtask/src/codegen/refuse/rules.rs -->\n";
    let end = "<!-- end of refusals -->";
    let from = readme
        .find(start)
        .expect("the README has the refusals markers")
        + start.len();
    let to = readme[from..].find(end).expect("the end marker") + from;
    let expected = xtask::lint::rule::refusals_markdown();
    assert_eq!(
        &readme[from..to],
        expected,
        "README.md's list of refusals is stale; put this between its markers:\n{expected}"
    );
}

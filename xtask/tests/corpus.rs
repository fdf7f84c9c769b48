//! The codegen corpus: small specs that each bend one rule
//! (`xtask/codegen-corpus/cases/`), and a few files that are not specs at
//! all (built below, byte by byte). Each is either
//!
//! - refused: its `# expect: <rule> <line>:<column> <what to write instead>`
//!   lines name every refusal; `cargo xtask codegen` reports each at that
//!   place and writes nothing, and `cargo xtask lint` reports the same; or
//! - generated: what codegen gives is its golden file
//!   (`xtask/codegen-corpus/golden/`), which the `codegen-corpus` crate
//!   compiles (and decodes with, in its tests). `# exercises: <pass>` marks
//!   the case that shows a post-processing pass at work: without the pass,
//!   the output differs.
//!
//! After a change to the generator, `CORPUS_BLESS=1 cargo test -p xtask
//! --test corpus` rewrites the goldens and the corpus crate's module list;
//! review the diff before committing.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use spec_model::spec::{Position, Spec};
use xtask::codegen::{
    self,
    passes::{FINAL_PASSES, PASSES},
    refuse,
};
use xtask::lint::{self, rule::HOUSE_RULES};

const BLESS: &str = "CORPUS_BLESS";

/// The corpus, in the checkout under test (found at run time).
fn corpus_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo test sets it"))
        .join("codegen-corpus")
}

/// One expected refusal.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Expect {
    rule: String,
    /// `line:column`, or `-` for a problem with the file as a whole.
    place: String,
    /// Part of the message: what to write instead.
    fragment: String,
}

struct Case {
    name: String,
    bytes: Vec<u8>,
    expects: Vec<Expect>,
    exercises: Vec<String>,
    /// `# mock`: its mock crate is generated too, into
    /// `codegen-corpus/mocks/`, for the corpus crate's tests to serve.
    mock: bool,
}

impl Case {
    /// The path messages and golden headers name it by.
    fn shown_path(&self) -> PathBuf {
        Path::new("xtask/codegen-corpus/cases").join(format!("{}.yaml", self.name))
    }

    fn golden_name(&self) -> String {
        self.name.replace('-', "_")
    }

    fn spec(&self) -> Spec {
        Spec::from_bytes(&self.shown_path(), &self.bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", self.name))
    }
}

fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = fs::read_dir(corpus_dir().join("cases"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .map(|path| {
            let bytes = fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let expects = text
                .lines()
                .filter_map(|line| line.strip_prefix("# expect: "))
                .map(|rest| {
                    let mut parts = rest.splitn(3, ' ');
                    let mut next = || parts.next().unwrap_or_default().to_owned();
                    Expect {
                        rule: next(),
                        place: next(),
                        fragment: next(),
                    }
                })
                .collect();
            let exercises = text
                .lines()
                .filter_map(|line| line.strip_prefix("# exercises: "))
                .map(str::to_owned)
                .collect();
            let mock = text.lines().any(|line| line == "# mock");
            Case {
                name: path.file_stem().unwrap().to_string_lossy().into_owned(),
                bytes,
                expects,
                exercises,
                mock,
            }
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(
        cases.len() > 90,
        "the corpus is in {}",
        corpus_dir().display()
    );
    cases
}

/// Files that are no spec at all, which a YAML file with `# expect:` lines
/// cannot hold.
fn byte_cases() -> Vec<(&'static str, Vec<u8>, Expect)> {
    let expect = |place: &str, fragment: &str| Expect {
        rule: "openapi-valid".into(),
        place: place.into(),
        fragment: fragment.into(),
    };
    let utf16 = |text: &str, big_endian: bool| -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|unit| {
                if big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                }
            })
            .collect()
    };
    let spec = "openapi: 3.0.3\ninfo:\n  title: Bytes\n  version: \"1\"\npaths: {}\n";
    // One 100 KiB scalar aliased 10,000 times: 180 KiB that would read as
    // a gigabyte.
    let alias_bomb = format!(
        "{spec}x-big: &big {}\nx-many:\n{}",
        "x".repeat(100 * 1024),
        "  - *big\n".repeat(10_000)
    );
    let deep_block: String = (1..3000)
        .map(|indent| format!("{}a:\n", " ".repeat(indent)))
        .collect();
    vec![
        ("empty", Vec::new(), expect("-", "the file is empty")),
        (
            "blank",
            b"  \n\n".to_vec(),
            expect("-", "the file is empty"),
        ),
        (
            "binary",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
            expect("3:1", "the file is binary, not YAML text"),
        ),
        (
            "zero-byte-in-text",
            b"openapi: 3.0.3\ninfo:\n  title: A\x00B\n".to_vec(),
            expect("3:11", "the file is binary, not YAML text"),
        ),
        (
            "latin-1",
            b"openapi: 3.0.3\ninfo:\n  title: Caf\xe9\n".to_vec(),
            expect("3:13", "byte 0xE9 here is not valid UTF-8"),
        ),
        (
            "utf-16-le",
            [&[0xFF, 0xFE][..], &utf16(spec, false)].concat(),
            expect("-", "the file is UTF-16 (little-endian) text"),
        ),
        (
            "utf-16-be",
            [&[0xFE, 0xFF][..], &utf16(spec, true)].concat(),
            expect("-", "the file is UTF-16 (big-endian) text"),
        ),
        (
            "utf-16-without-mark",
            utf16(spec, false),
            expect("-", "UTF-16 text without a byte order mark"),
        ),
        (
            "alias-bomb-of-bytes",
            alias_bomb.into_bytes(),
            // The 164th alias (line 7 + 164) passes 16 MiB: each copy is
            // 102,400 bytes and 64 for the node.
            expect(
                "171:5",
                "YAML aliases here expand the spec by more than 16 MiB in all",
            ),
        ),
        (
            "nested-3000-deep",
            format!("{spec}x-deep:\n{deep_block}").into_bytes(),
            // `x-deep:` is on line 6, at level 1; line 6 + n opens level
            // n + 1 at column n + 1.
            expect("70:65", "nested more than 64 levels deep"),
        ),
        (
            "nested-100000-deep-in-brackets",
            format!(
                "{spec}x-deep: {}{}\n",
                "[".repeat(100_000),
                "]".repeat(100_000)
            )
            .into_bytes(),
            expect("6:", "nested more than 64 levels deep"),
        ),
    ]
}

fn place(position: Option<Position>) -> String {
    position.map_or_else(|| "-".to_owned(), |p| format!("{}:{}", p.line, p.column))
}

/// The place `expected` names matches `actual` (an expected `6:` matches any
/// column of line 6).
fn same_place(expected: &str, actual: &str) -> bool {
    expected == actual || (expected.ends_with(':') && actual.starts_with(expected))
}

/// What lint says of a file, without the house rules (the corpus specs are
/// minimal, not documented).
fn generator_findings(dir: &Path, file: &str) -> Vec<(Expect, String)> {
    lint::lint_file(dir, Path::new(file))
        .into_iter()
        .filter(|f| !HOUSE_RULES.contains(&f.rule))
        .map(|f| {
            let shown = f.to_string();
            (
                Expect {
                    rule: f.rule.id.to_owned(),
                    place: place(f.position),
                    fragment: f.message,
                },
                shown,
            )
        })
        .collect()
}

#[test]
fn lint_reports_each_refused_case_where_it_bends_the_rule_and_says_what_to_write() {
    let dir = corpus_dir().join("cases");
    for case in cases().iter().filter(|c| !c.expects.is_empty()) {
        let file = format!("{}.yaml", case.name);
        let found = generator_findings(&dir, &file);
        let shown: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            found.len(),
            case.expects.len(),
            "{file}: expected {:?}, found:\n{}",
            case.expects,
            shown.join("\n")
        );
        for ((finding, shown), expect) in found.iter().zip(&case.expects) {
            assert!(
                finding.rule == expect.rule
                    && same_place(&expect.place, &finding.place)
                    && finding.fragment.contains(&expect.fragment),
                "{file}: expected {expect:?}, found {shown}"
            );
        }
    }
}

#[test]
fn codegen_refuses_each_refused_case_with_the_same_words_before_progenitor_runs() {
    for case in cases().iter().filter(|c| !c.expects.is_empty()) {
        let Ok(spec) = Spec::from_bytes(&case.shown_path(), &case.bytes) else {
            // A file that is no OpenAPI 3.0 document is refused by the same
            // loader in codegen and lint; the binary test below shows it.
            continue;
        };
        let refusals = refuse::check(&spec);
        let found: Vec<(String, String)> = refusals
            .iter()
            .map(|r| (r.rule.id.to_owned(), place(r.position)))
            .collect();
        let expected: Vec<(String, String)> = case
            .expects
            .iter()
            .map(|e| (e.rule.clone(), e.place.clone()))
            .collect();
        assert_eq!(found, expected, "{}", case.name);
        // Generation stops at the first refusal, before progenitor runs.
        let first = codegen::generate(&spec).err().expect("refused");
        assert_eq!(
            place(first.position),
            case.expects[0].place,
            "{}",
            case.name
        );
        assert!(
            first.message.contains(&case.expects[0].fragment)
                && first.message.ends_with(&format!(
                    "(`cargo xtask lint --explain {}`)",
                    case.expects[0].rule
                )),
            "{}: {first}",
            case.name
        );
    }
}

#[test]
fn files_that_are_no_spec_are_named_with_what_is_wrong() {
    for (name, bytes, expect) in byte_cases() {
        let e = Spec::from_bytes(Path::new(name), &bytes).expect_err(name);
        assert!(
            same_place(&expect.place, &place(e.position)) && e.message.contains(&expect.fragment),
            "{name}: expected {expect:?}, found {e}"
        );
    }
}

/// Every refused case and every byte case, in one scratch workspace, through
/// the binary: one error line per expected refusal, at its place, and not a
/// file written.
#[test]
fn the_codegen_command_reports_every_refusal_and_writes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let specs = root.path().join("specs");
    fs::create_dir_all(&specs).unwrap();
    let mut expected: Vec<(String, Expect)> = Vec::new();
    for case in cases().into_iter().filter(|c| !c.expects.is_empty()) {
        fs::write(specs.join(format!("{}.yaml", case.name)), &case.bytes).unwrap();
        for expect in case.expects {
            expected.push((case.name.clone(), expect));
        }
    }
    for (name, bytes, expect) in byte_cases() {
        fs::write(specs.join(format!("{name}.yaml")), bytes).unwrap();
        expected.push((name.to_owned(), expect));
    }
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("codegen")
        .env("XTASK_WORKSPACE_ROOT", root.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    for (name, expect) in &expected {
        let at = match expect.place.as_str() {
            "-" => format!("error: specs/{name}.yaml: "),
            place => format!("error: specs/{name}.yaml:{place}"),
        };
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&at) && l.contains(&expect.fragment)),
            "expected `{at}` ... `{}` in:\n{stderr}",
            expect.fragment
        );
    }
    assert_eq!(lines.len(), expected.len(), "{stderr}");
    assert!(stderr.contains("no file was written"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let left: Vec<_> = fs::read_dir(root.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only specs/ is there");
}

/// The golden file of a generated case: what codegen gives, with a first
/// line that says how it is made.
fn golden_text(case: &Case, generated: &str) -> String {
    let body = generated.split_once('\n').map_or("", |(_, rest)| rest);
    format!(
        "// @generated from {} by the corpus test (`{BLESS}=1 cargo test -p xtask --test corpus`). Do not edit by hand.\n{body}",
        case.shown_path().display()
    )
}

/// A generated mock's text with each path into its client's crate `lib`
/// (`::lib::types::X`, `lib::types::X`) turned into one into that client's
/// module of the corpus crate.
fn in_corpus_crate(text: &str, lib: &str) -> String {
    let needle = format!("{lib}::");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        let before = &rest[..at];
        let starts_a_path = !before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let mut kept = before;
        if starts_a_path {
            kept = kept.strip_suffix("::").unwrap_or(kept);
            out.push_str(kept);
            out.push_str("::codegen_corpus::");
        } else {
            out.push_str(kept);
        }
        out.push_str(&needle);
        rest = &rest[at + needle.len()..];
    }
    out.push_str(rest);
    out
}

/// Goldens compiled by a crate of their own (beside the corpus crate, in
/// `../codegen-corpus/<name>/`), not by the corpus crate: the tag-features
/// case, whose crate CI builds with one tag's feature alone.
const OWN_CRATE: &[&str] = &["tag_features"];

/// The corpus crate's `lib.rs`: one module per golden file.
fn corpus_lib(goldens: &[String]) -> String {
    let mut lib = format!(
        "// @generated by the corpus test (`{BLESS}=1 cargo test -p xtask --test corpus`). Do not edit by hand.\n\
         //! Every corpus spec the generator takes (`../cases/`), generated (`../golden/`) and\n\
         //! compiled: one module each. `decode` decodes with some of them.\n\n\
         // The specs' text is documentation, not Rust: a `[name]` in it is no link.\n\
         #![allow(rustdoc::broken_intra_doc_links)]\n\n"
    );
    for name in goldens.iter().filter(|g| !OWN_CRATE.contains(&g.as_str())) {
        lib.push_str(&format!(
            "/// The client of the case `{case}.yaml`.\n#[rustfmt::skip]\n#[path = \"../golden/{name}.rs\"]\npub mod {name};\n",
            case = name.replace('_', "-"),
        ));
    }
    lib.push_str("\n#[cfg(test)]\nmod decode;\n");
    lib
}

#[test]
fn generated_cases_match_their_goldens_and_the_corpus_crate_compiles_them_all() {
    let bless = std::env::var_os(BLESS).is_some();
    let dir = corpus_dir();
    let mut goldens = Vec::new();
    let mut stale = Vec::new();
    for case in cases().iter().filter(|c| c.expects.is_empty()) {
        let file = format!("{}.yaml", case.name);
        let found = generator_findings(&dir.join("cases"), &file);
        assert!(found.is_empty(), "{file}: {:?}", found);
        let spec = case.spec();
        let generated = codegen::generate(&spec).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut written = vec![(
            dir.join("golden")
                .join(format!("{}.rs", case.golden_name())),
            golden_text(case, &generated.text),
        )];
        if case.mock {
            let api = spec_model::workspace::Api {
                name: case.name.clone(),
            };
            let mock = codegen::mock::generate(&api, &spec, &generated.tree)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            // The mock names its client's crate; here the client is a
            // module of the corpus crate, which the tests depend on.
            let lib = case.golden_name();
            let text = in_corpus_crate(&mock.text, &lib);
            written.push((
                dir.join("mocks").join(format!("{lib}.rs")),
                golden_text(case, &text),
            ));
        }
        for (path, golden) in written {
            if fs::read_to_string(&path).ok().as_deref() != Some(golden.as_str()) {
                if bless {
                    fs::create_dir_all(path.parent().unwrap()).unwrap();
                    fs::write(&path, &golden).unwrap();
                } else {
                    stale.push(path.display().to_string());
                }
            }
        }
        goldens.push(case.golden_name());
    }
    let lib_path = dir.join("src/lib.rs");
    let lib = corpus_lib(&goldens);
    if fs::read_to_string(&lib_path).ok().as_deref() != Some(lib.as_str()) {
        if bless {
            fs::write(&lib_path, &lib).unwrap();
        } else {
            stale.push(lib_path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "what codegen gives differs from the goldens: run `{BLESS}=1 cargo test -p xtask --test corpus` and review the diff of:\n{}",
        stale.join("\n")
    );
    // No golden is left over from a case that is gone.
    let on_disk: BTreeSet<String> = fs::read_dir(dir.join("golden"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(on_disk, goldens.into_iter().collect::<BTreeSet<_>>());
}

#[test]
fn every_pass_has_a_golden_that_shows_it_at_work() {
    let cases = cases();
    for pass in PASSES.iter().chain(FINAL_PASSES) {
        let exercising: Vec<&Case> = cases
            .iter()
            .filter(|c| c.exercises.iter().any(|e| e == pass.name))
            .collect();
        assert!(
            !exercising.is_empty(),
            "no corpus case says `# exercises: {}`: add a small spec that needs the pass",
            pass.name
        );
        for case in exercising {
            assert!(case.expects.is_empty(), "{}: a generated case", case.name);
            let spec = case.spec();
            let with = codegen::generate(&spec).unwrap().text;
            // Without the pass, the output differs, or is not even code
            // that compiles (which the last check before printing finds).
            if let Ok(without) = codegen::generate_skipping(&spec, &[pass.name]) {
                assert_ne!(
                    with, without.text,
                    "{}: the output is the same without `{}`",
                    case.name, pass.name
                );
            }
        }
    }
    for case in &cases {
        for name in &case.exercises {
            assert!(
                PASSES.iter().chain(FINAL_PASSES).any(|p| p.name == name),
                "{}: no pass `{name}`",
                case.name
            );
        }
    }
}

#[test]
fn every_generator_rule_is_planted_in_the_corpus() {
    let planted: BTreeSet<String> = cases()
        .into_iter()
        .flat_map(|c| c.expects)
        .map(|e| e.rule)
        .collect();
    for rule in refuse::RULES {
        assert!(
            planted.contains(rule.id),
            "no corpus case plants `{}`",
            rule.id
        );
    }
}

//! The diff corpus: `xtask/diff-corpus/<kind>[--<variant>]/` holds a spec
//! pair (`before.yaml`, `after.yaml`) that plants one change of the kind the
//! folder names, and `expected.txt`, the report `diff` gives on it (both
//! views, one change a line). `same-meaning--<name>/` folders hold pairs
//! that say the same thing, and expect nothing.
//!
//! After a change to `diff`, `DIFF_CORPUS_BLESS=1 cargo test -p xtask --test
//! diff_corpus` rewrites every `expected.txt` (and the README's list of
//! kinds); review the diff.
//!
//! The families of kinds (a bound, a type, an enum... at each place a
//! value can be) are planted from tables instead (`families/mod.rs`): one
//! pair per kind, each run through the real `diff`, the kind, its verdict
//! and its place asserted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use spec_model::spec::Spec;
use xtask::diff::catalogue::{self, KINDS};
use xtask::diff::report::plain;
use xtask::diff::{Change, Generated, compare, compare_generated, disagreements, generate};

mod families;

const BLESS: &str = "DIFF_CORPUS_BLESS";

/// Kinds that no spec pair can plant: they come from the hand-written
/// crates `release` reads, and `release`'s own tests plant them.
const NOT_FROM_A_SPEC: &[&str] = &[
    "rust-item-added",
    "rust-item-added-breaking",
    "rust-item-removed",
    "rust-item-changed",
    "rust-reexport-incompatible",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("diff-corpus")
}

/// Every case: (folder name, the kind it plants, or `None` for a pair
/// with the same meaning).
fn cases() -> Vec<(String, Option<String>)> {
    let mut found: Vec<(String, Option<String>)> = std::fs::read_dir(corpus_dir())
        .expect("xtask/diff-corpus exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .map(|name| {
            let kind = name.split("--").next().unwrap_or(&name).to_owned();
            let kind = (kind != "same-meaning").then_some(kind);
            (name, kind)
        })
        .collect();
    found.sort();
    found
}

/// Reads one side; a spec that does not parse fails with its
/// file:line:column.
fn read(case: &str, side: &str) -> Result<Spec, String> {
    let path = corpus_dir().join(case).join(side);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Spec::parse(&Path::new("xtask/diff-corpus").join(case).join(side), &text)
        .map_err(|e| e.to_string())
}

fn run(case: &str) -> Result<(Vec<Change>, Vec<Change>), String> {
    Ok(compare(
        &read(case, "before.yaml")?,
        &read(case, "after.yaml")?,
    ))
}

/// One side of a pair, read and generated, or why it could not be read.
type Side = Result<(Spec, Generated), String>;

#[test]
fn each_planted_change_is_reported_by_its_kind_as_expected() {
    let bless = std::env::var_os(BLESS).is_some();
    let mut failures = Vec::new();
    let cases = cases();
    // Most cases share their base: each side is generated once, by the
    // first case that has it.
    let mut sides: BTreeMap<(&str, String), String> = BTreeMap::new();
    for (case, _) in &cases {
        for side in ["before.yaml", "after.yaml"] {
            let text =
                std::fs::read_to_string(corpus_dir().join(case).join(side)).unwrap_or_default();
            sides.entry((side, text)).or_insert_with(|| case.clone());
        }
    }
    let keys: Vec<(&str, String)> = sides.keys().cloned().collect();
    let generated: BTreeMap<(&str, String), Side> = keys
        .iter()
        .cloned()
        .zip(in_parallel(&keys, |key| {
            let spec = read(&sides[key], key.0)?;
            let code = generate(&spec);
            Ok((spec, code))
        }))
        .collect();
    let found = cases.iter().map(|(case, _)| {
        let side = |file: &'static str| {
            let text =
                std::fs::read_to_string(corpus_dir().join(case).join(file)).unwrap_or_default();
            generated[&(file, text)].as_ref().map_err(Clone::clone)
        };
        let ((before, before_code), (after, after_code)) =
            (side("before.yaml")?, side("after.yaml")?);
        Ok::<_, String>(compare_generated(before, after, before_code, after_code))
    });
    let found: Vec<_> = found.collect();
    for ((case, kind), found) in cases.into_iter().zip(found) {
        let (api, rust) = match found {
            Ok(found) => found,
            Err(e) => {
                failures.push(format!("{case}: {e}"));
                continue;
            }
        };
        let report = plain(&api, &rust);
        let expected_path = corpus_dir().join(&case).join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &report).unwrap();
        } else {
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != report {
                failures.push(format!(
                    "{case}: the report differs from expected.txt:\n--- expected\n{expected}--- found\n{report}"
                ));
            }
        }
        match &kind {
            Some(kind) => {
                if !api.iter().chain(&rust).any(|c| c.kind == kind) {
                    failures.push(format!("{case}: no change of kind `{kind}` in:\n{report}"));
                }
            }
            None => {
                if !report.is_empty() {
                    failures.push(format!(
                        "{case}: the same meaning, yet changes reported:\n{report}"
                    ));
                }
            }
        }
        if kind.as_deref() != Some("rust-cannot-generate")
            && rust.iter().any(|c| c.kind == "rust-cannot-generate")
        {
            failures.push(format!("{case}: a side cannot be generated:\n{report}"));
        }
        for d in disagreements(&api, &rust) {
            failures.push(format!("{case}: the tables disagree: {d}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s) (after a change to diff, `{BLESS}=1` rewrites expected.txt):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// `f` of each item, on every core, in the items' order: generating the
/// code of both sides is most of the time a planted pair takes.
fn in_parallel<I: Sync, O: Send>(items: &[I], f: impl Fn(&I) -> O + Sync) -> Vec<O> {
    let done = Mutex::new(BTreeMap::new());
    let next = Mutex::new(0usize);
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = {
                        let mut next = next.lock().unwrap();
                        *next += 1;
                        *next - 1
                    };
                    let Some(item) = items.get(i) else { break };
                    let out = f(item);
                    done.lock().unwrap().insert(i, out);
                }
            });
        }
    });
    done.into_inner().unwrap().into_values().collect()
}

/// Each side of every family pair, generated once (many pairs share a
/// side).
fn generate_all(texts: &BTreeSet<&str>) -> BTreeMap<String, (Spec, Generated)> {
    let texts: Vec<&str> = texts.iter().copied().collect();
    let generated = in_parallel(&texts, |text| {
        let spec = Spec::parse(Path::new("specs/planted.yaml"), text)
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        let code = generate(&spec);
        (spec, code)
    });
    texts
        .into_iter()
        .map(str::to_owned)
        .zip(generated)
        .collect()
}

#[test]
fn each_planted_family_change_is_reported_with_its_verdict_and_place() {
    let started = std::time::Instant::now();
    let cases = families::cases();
    let texts: BTreeSet<&str> = cases
        .iter()
        .flat_map(|c| [c.before.as_str(), c.after.as_str()])
        .collect();
    let generated = generate_all(&texts);
    let mut failures = Vec::new();
    for case in &cases {
        let (before, before_code) = &generated[&case.before];
        let (after, after_code) = &generated[&case.after];
        let (api, rust) = compare_generated(before, after, before_code, after_code);
        let report = plain(&api, &rust);
        let kind = catalogue::find(&case.kind).expect("a family's kind is in the catalogue");
        let found = api
            .iter()
            .any(|c| c.kind == case.kind && c.place == case.place && c.verdict() == kind.verdict);
        if !found {
            failures.push(format!(
                "{}: not reported at {}:\n{report}",
                case.kind, case.place
            ));
        }
        // Nothing else changed but what is at the planted place, or in it
        // (an `allOf` part's properties); a whole body of another type is
        // what a call returns, too.
        let inside = case.place.trim_end_matches('`');
        for c in &api {
            let returns = c.kind == "response-success-type-changed"
                && case.kind == "response-body-type-changed";
            if !c.place.starts_with(inside) && !returns {
                failures.push(format!("{}: also {} at {}", case.kind, c.kind, c.place));
            }
        }
        if rust.iter().any(|c| c.kind == "rust-cannot-generate") {
            failures.push(format!(
                "{}: a side cannot be generated:\n{report}",
                case.kind
            ));
        }
        for d in disagreements(&api, &rust) {
            failures.push(format!("{}: the tables disagree: {d}", case.kind));
        }
    }
    println!(
        "{} family pairs ({} specs generated) in {:.1?}",
        cases.len(),
        texts.len(),
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_kind_is_planted_and_every_case_names_a_kind() {
    let mut planted: BTreeSet<String> = cases().into_iter().filter_map(|(_, k)| k).collect();
    planted.extend(families::cases().into_iter().map(|c| c.kind));
    for kind in &planted {
        assert!(
            catalogue::find(kind).is_some(),
            "xtask/diff-corpus/{kind}*: no such kind in the catalogue"
        );
    }
    let missing: Vec<&str> = KINDS
        .iter()
        .map(|k| k.id)
        .filter(|id| !planted.contains(*id) && !NOT_FROM_A_SPEC.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "kinds with no planted case: {missing:?}"
    );
    assert!(
        cases().iter().any(|(_, k)| k.is_none()),
        "no pair with the same meaning"
    );
}

#[test]
fn the_check_that_the_tables_agree_finds_a_rust_break_the_spec_does_not_explain() {
    // A spec change that the generated crate must show as a compile-time
    // break, and a Rust table that shows nothing: the check says so.
    let api = vec![Change::new(
        "response-property-removed",
        "`getThing` response 200: `id`",
        "response property removed",
    )];
    assert_eq!(disagreements(&api, &[]).len(), 1);
    // A run-time break in the Rust table with only a non-breaking spec
    // change beside it (the required array once reported as a plain field
    // added would have been the reverse).
    let api = vec![Change::new(
        "request-property-added-optional",
        "`createThing` request: `x`",
        "optional request property added",
    )];
    let rust = vec![Change::new(
        "rust-field-added-required",
        "`types::NewThing` `.x`",
        "required field added",
    )];
    assert_eq!(disagreements(&api, &rust).len(), 1);
    let rust = vec![Change::new(
        "rust-field-added-optional",
        "`types::NewThing` `.x`",
        "field added",
    )];
    assert_eq!(disagreements(&api, &rust), Vec::<String>::new());
}

#[test]
fn a_spec_that_does_not_parse_is_named_with_its_line_and_column() {
    let scratch = tempfile::tempdir().unwrap();
    let path = scratch.path().join("bad.yaml");
    std::fs::write(&path, "openapi: 3.0.3\ninfo: [\n").unwrap();
    let error = Spec::parse(Path::new("bad.yaml"), "openapi: 3.0.3\ninfo: [\n").unwrap_err();
    let text = error.to_string();
    assert!(text.starts_with("bad.yaml:"), "{text}");
    assert!(
        text.split(':')
            .nth(1)
            .is_some_and(|l| l.parse::<u32>().is_ok()),
        "{text}"
    );
}

/// The README's list of kinds, between its markers.
const BEGIN: &str = "<!-- diff kinds: begin (generated from xtask/src/diff/catalogue.rs) -->\n";
const END: &str = "<!-- diff kinds: end -->";

#[test]
fn the_readme_lists_the_kinds_of_the_catalogue() {
    let path = spec_model::workspace::root().unwrap().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("README has the kinds' begin marker")
        + BEGIN.len();
    let end = readme[start..]
        .find(END)
        .expect("README has the kinds' end marker")
        + start;
    let wanted = catalogue::markdown();
    if std::env::var_os(BLESS).is_some() {
        let written = format!("{}{wanted}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, written).unwrap();
        return;
    }
    assert!(
        readme[start..end] == wanted,
        "README.md's list of change kinds is not the catalogue's: run `{BLESS}=1 cargo test -p xtask --test diff_corpus`"
    );
}

#[test]
fn a_required_array_added_to_a_request_model_is_breaking_in_both_tables() {
    // The builder fails without it, exactly as for a required string.
    for case in [
        "request-property-added-required--array",
        "request-property-added-required",
    ] {
        let (api, rust) = run(case).unwrap();
        let breaking = |changes: &[Change], kind: &str| {
            changes
                .iter()
                .any(|c| c.kind == kind && c.verdict() == catalogue::Verdict::BreakingRuntime)
        };
        assert!(
            breaking(&api, "request-property-added-required"),
            "{case}: {api:#?}"
        );
        assert!(
            breaking(&rust, "rust-field-added-required"),
            "{case}: {rust:#?}"
        );
    }
}

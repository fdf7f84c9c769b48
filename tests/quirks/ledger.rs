//! The ledger's form: every row has a stable, unique, well-formed id and a
//! `checked by` cell that names checks that exist (a test function in this
//! workspace, or a rule of `cargo xtask lint`), or says `none:` and why no
//! check can be written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One table row of `specs/QUIRKS.md`.
struct Row {
    /// The line it is on, from 1.
    line: usize,
    /// Its cells, trimmed.
    cells: Vec<String>,
    /// The header cells of its table.
    header: Vec<String>,
}

fn quirks() -> String {
    std::fs::read_to_string(
        spec_model::workspace::root()
            .expect("the workspace root")
            .join("specs/QUIRKS.md"),
    )
    .expect("specs/QUIRKS.md")
}

/// The cells of a Markdown table line (`| a | b |`); a `\|` is a pipe
/// inside a cell.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            other => cell.push(other),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

/// Every data row of every table, with its table's header.
fn rows(text: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut header: Option<Vec<String>> = None;
    let mut previous_was_table = false;
    for (i, line) in text.lines().enumerate() {
        let is_table = line.trim_start().starts_with('|');
        if !is_table {
            header = None;
            previous_was_table = false;
            continue;
        }
        let parsed = cells(line);
        if !previous_was_table {
            header = Some(parsed);
        } else if !parsed
            .iter()
            .all(|c| c.chars().all(|c| c == '-' || c == ':'))
        {
            rows.push(Row {
                line: i + 1,
                cells: parsed,
                header: header.clone().unwrap_or_default(),
            });
        }
        previous_was_table = true;
    }
    rows
}

/// An id: a section letter and a number from 1, such as `S14` or `V1`.
/// G: every spec; S, O, C, A: one spec each; V: the standard validators;
/// N: the normalizations of a round trip.
fn well_formed(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('G' | 'S' | 'O' | 'C' | 'A' | 'V' | 'N'))
        && chars
            .clone()
            .next()
            .is_some_and(|c| ('1'..='9').contains(&c))
        && chars.all(|c| c.is_ascii_digit())
}

/// The names of every `#[test]` and `#[tokio::test]` function in the
/// workspace's own sources.
fn test_functions() -> BTreeSet<String> {
    fn walk(dir: &Path, found: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "target" | "node_modules" | ".git") {
                    walk(&path, found);
                }
            } else if name.ends_with(".rs") && name != "generated.rs" {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let lines: Vec<&str> = text.lines().collect();
                for (i, line) in lines.iter().enumerate() {
                    let line = line.trim();
                    if !(line.starts_with("#[test]") || line.starts_with("#[tokio::test")) {
                        continue;
                    }
                    let Some(signature) = lines[i + 1..].iter().take(4).find(|l| l.contains("fn "))
                    else {
                        continue;
                    };
                    let after = signature.split("fn ").nth(1).unwrap_or("");
                    let name: String = after
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    found.insert(name);
                }
            }
        }
    }
    let root = spec_model::workspace::root().expect("the workspace root");
    let mut found = BTreeSet::new();
    for dir in ["tests", "xtask", "crates"] {
        walk(&root.join(dir), &mut found);
    }
    found
}

/// What a `checked by` cell names: `(kind, name)` for each
/// ``test `name` `` and ``lint `rule` ``, and what else it says.
fn named_checks(cell: &str) -> (Vec<(String, String)>, String) {
    let mut checks = Vec::new();
    let mut rest = String::new();
    let mut text = cell;
    while !text.is_empty() {
        let found = ["test `", "lint `"]
            .iter()
            .filter_map(|start| text.find(start).map(|at| (at, *start)))
            .min();
        let Some((at, start)) = found else {
            rest.push_str(text);
            break;
        };
        rest.push_str(&text[..at]);
        let after = &text[at + start.len()..];
        let Some(end) = after.find('`') else {
            rest.push_str(&text[at..]);
            break;
        };
        checks.push((start[..4].to_owned(), after[..end].to_owned()));
        text = &after[end + 1..];
    }
    (checks, rest)
}

/// The lint's rule ids, as its fixtures plant them: xtask's own tests keep
/// that set equal to the rules (every rule planted, no fixture expecting a
/// rule that does not exist), so this crate need not build the linter.
fn lint_rules() -> BTreeSet<String> {
    let root = spec_model::workspace::root().expect("the workspace root");
    let mut rules = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("xtask/tests/lint")).expect("the lint fixtures") {
        let text = std::fs::read_to_string(entry.expect("a fixture").path()).unwrap_or_default();
        rules.extend(text.lines().filter_map(|line| {
            let rest = line.strip_prefix("# expect: ")?;
            rest.split_whitespace().next().map(str::to_owned)
        }));
    }
    rules
}

#[test]
fn every_ledger_row_has_a_unique_well_formed_id_and_names_checks_that_exist() {
    let text = quirks();
    let rows = rows(&text);
    assert!(rows.len() > 50, "only {} rows found", rows.len());
    let tests = test_functions();
    let rules = lint_rules();
    let rules: BTreeSet<&str> = rules.iter().map(String::as_str).collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for row in &rows {
        let place = format!("specs/QUIRKS.md:{}", row.line);
        if row.header.first().map(String::as_str) != Some("id")
            || row.header.last().map(String::as_str) != Some("checked by")
        {
            problems.push(format!(
                "{place}: the table's first column must be `id` and its last `checked by`"
            ));
            continue;
        }
        if row.cells.len() != row.header.len() {
            problems.push(format!(
                "{place}: {} cells where the header has {}",
                row.cells.len(),
                row.header.len()
            ));
            continue;
        }
        let id = &row.cells[0];
        if !well_formed(id) {
            problems.push(format!(
                "{place}: `{id}` is not an id (a letter of G S O C A V N, then a number from 1)"
            ));
        }
        if let Some(first) = seen.insert(id.clone(), row.line) {
            problems.push(format!("{place}: `{id}` is also the id on line {first}"));
        }
        if row.cells.iter().any(String::is_empty) {
            problems.push(format!("{place}: `{id}` has an empty cell"));
        }
        let checked_by = row.cells.last().expect("cells");
        if let Some(reason) = checked_by.strip_prefix("none:") {
            if reason.split_whitespace().count() < 3 {
                problems.push(format!(
                    "{place}: `{id}` says no check can be written, but not why"
                ));
            }
            continue;
        }
        let (checks, rest) = named_checks(checked_by);
        if checks.is_empty() {
            problems.push(format!(
                "{place}: `{id}` names no check: write test `name`, lint `rule`, or `none: why`"
            ));
        }
        if !rest.split([',', ';']).all(|part| part.trim().is_empty()) {
            problems.push(format!(
                "{place}: `{id}`'s checks are not a list of test `name` and lint `rule`: `{checked_by}`"
            ));
        }
        for (kind, name) in checks {
            let exists = match kind.as_str() {
                "test" => tests.contains(&name),
                _ => rules.contains(name.as_str()),
            };
            if !exists {
                problems.push(format!(
                    "{place}: `{id}` names {kind} `{name}`, which does not exist"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rule_turned_off_for_redocly_is_justified_by_a_ledger_row() {
    let root = spec_model::workspace::root().expect("the workspace root");
    let config = std::fs::read_to_string(root.join(".ci/redocly/redocly.yaml"))
        .expect(".ci/redocly/redocly.yaml");
    let off: Vec<&str> = config
        .lines()
        .filter_map(|l| l.trim().strip_suffix(": off"))
        .collect();
    let ledger = quirks();
    let justified: Vec<String> = rows(&ledger)
        .into_iter()
        .filter(|r| r.cells.first().is_some_and(|id| id.starts_with('V')))
        .map(|r| r.cells.join(" | "))
        .collect();
    for rule in off {
        assert!(
            justified
                .iter()
                .any(|row| row.contains(&format!("`{rule}`"))),
            "Redocly's `{rule}` is off in .ci/redocly/redocly.yaml, but no V row of specs/QUIRKS.md names it"
        );
    }
}

#[test]
fn the_ledger_reader_finds_bad_rows() {
    // The reader itself, on a small ledger with one problem of each kind.
    assert!(well_formed("S14") && well_formed("V1"));
    assert!(!well_formed("S0") && !well_formed("X1") && !well_formed("S") && !well_formed("S1a"));
    let text = "| id | what | checked by |\n|---|---|---|\n| S1 | a \\| b | test `x`, lint `y` |\n\n| id | what |\n|---|---|\n| O1 | c |\n";
    let rows = rows(text);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].cells, ["S1", "a | b", "test `x`, lint `y`"]);
    assert_eq!(rows[0].line, 3);
    assert_eq!(rows[1].header, ["id", "what"]);
    let (checks, rest) = named_checks("test `a`, lint `b-c`; and more");
    assert_eq!(
        checks,
        [
            ("test".to_owned(), "a".to_owned()),
            ("lint".to_owned(), "b-c".to_owned())
        ]
    );
    assert_eq!(rest, ", ; and more");
    assert!(test_functions().contains("the_ledger_reader_finds_bad_rows"));
}

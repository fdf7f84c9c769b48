//! The drift report: Markdown to paste into a pull request, or JSON for
//! tools; each finding with a suggested row for `specs/QUIRKS.md`, numbered
//! after the ledger's last row for that API and written in its columns
//! (`#`, `seed: where`, `the page shows`, `the spec decides`, `why`), the
//! capture standing where a seed stands.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Value, json};

use super::finding::{Example, Finding, Kind, Place, Tally};

/// What `specs/QUIRKS.md` holds for one API: its section's heading, and the
/// prefix and last number of its rows (`S`, 14).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// The heading's text, such as "fabric Subscriptions v1 — `specs/...`".
    pub heading: String,
    /// The rows' prefix.
    pub prefix: String,
    /// The highest row number.
    pub last: u32,
}

/// The sections of `specs/QUIRKS.md` by API name; empty when there is no
/// such file.
pub fn ledger(root: &Path) -> BTreeMap<String, Section> {
    let text = std::fs::read_to_string(root.join("specs/QUIRKS.md")).unwrap_or_default();
    let mut sections: BTreeMap<String, Section> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            current = heading
                .split_once("`specs/")
                .and_then(|(_, rest)| rest.split_once(".yaml`"))
                .map(|(api, _)| api.to_owned());
            if let Some(api) = &current {
                sections.entry(api.clone()).or_default().heading = heading.to_owned();
            }
            continue;
        }
        let (Some(api), Some(row)) = (&current, line.strip_prefix("| ")) else {
            continue;
        };
        let id = row.split(" |").next().unwrap_or_default().trim();
        let digits = id.trim_start_matches(|c: char| c.is_ascii_uppercase());
        let prefix = &id[..id.len() - digits.len()];
        if let (false, Ok(number)) = (prefix.is_empty(), digits.parse::<u32>()) {
            let section = sections.entry(api.clone()).or_default();
            section.prefix = prefix.to_owned();
            section.last = section.last.max(number);
        }
    }
    sections
}

/// How a report is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown, for a pull request.
    Markdown,
    /// JSON, for tools.
    Json,
}

/// One finding with its words and its suggested ledger row.
struct Row<'f> {
    finding: &'f Finding,
    detail: String,
    quirk: String,
}

/// The report of `tally`, with ledger rows numbered after `sections`.
pub fn render(tally: &Tally, sections: &BTreeMap<String, Section>, format: Format) -> String {
    let findings = tally.findings();
    let mut next: BTreeMap<&str, u32> = BTreeMap::new();
    let rows: Vec<Row<'_>> = findings
        .iter()
        .map(|finding| {
            let api = finding.key.api.as_str();
            let section = sections.get(api);
            let number = next
                .entry(api)
                .or_insert_with(|| section.map_or(0, |s| s.last));
            *number += 1;
            let id = match section {
                Some(s) if !s.prefix.is_empty() => format!("{}{number}", s.prefix),
                _ => format!("?{number}"),
            };
            Row {
                finding,
                detail: detail(finding),
                quirk: quirk_row(&id, finding),
            }
        })
        .collect();
    match format {
        Format::Markdown => markdown(tally, sections, &rows),
        Format::Json => json_report(tally, &rows),
    }
}

/// The finding in words: its kind, and what was declared and found.
fn detail(f: &Finding) -> String {
    let found = f.found.iter().cloned().collect::<Vec<_>>().join(", ");
    match f.key.kind {
        Kind::UndocumentedStatus => format!("undocumented status (documented: {})", f.declared),
        Kind::UndeclaredProperty => format!("undeclared property ({found})"),
        Kind::UnlistedEnumValue => format!("enum value not listed in `{}`", f.subject),
        Kind::WrongType => format!("declared {}, found {found}", f.declared),
        Kind::MissingRequired => "required, absent".into(),
        Kind::UnexpectedNull => "null, not nullable".into(),
        Kind::InvalidValue => format!("invalid: {}", f.declared),
        Kind::NotJson => format!("not JSON: {}", f.declared),
        Kind::UndeclaredBody => "a body where none is declared".into(),
    }
}

/// The last token of a pointer, unescaped: the property a finding is about.
fn property(pointer: &str) -> &str {
    pointer.rsplit('/').next().unwrap_or_default()
}

/// A suggested `specs/QUIRKS.md` row.
fn quirk_row(id: &str, f: &Finding) -> String {
    let key = &f.key;
    let prop = property(&key.pointer);
    let subject = &f.subject;
    let found = f.found.iter().cloned().collect::<Vec<_>>().join(" or ");
    let value = match &f.example {
        Example::Shown(value) => Some(value.as_str()),
        _ => None,
    };
    let pointer = if key.pointer.is_empty() {
        String::new()
    } else {
        format!(", `{}`", key.pointer)
    };
    let place = key.place.to_string();
    let (page, decision) = match key.kind {
        Kind::UndocumentedStatus => (
            format!("statuses {}", f.declared),
            format!(
                "document status {} for `{}`, with the body it carries",
                status_of(&key.place),
                key.operation
            ),
        ),
        Kind::UndeclaredProperty => (
            format!("no `{prop}` on `{subject}`"),
            format!("declare `{prop}` on `{subject}`, optional ({found})"),
        ),
        Kind::UnlistedEnumValue => (
            format!("`{subject}`: {}", f.declared),
            match value {
                Some(value) => format!("add `{value}` to `{subject}`"),
                None => format!("add the value seen to `{subject}`"),
            },
        ),
        Kind::WrongType => (
            format!("`{subject}` is {}", f.declared),
            format!("`{subject}` admits {found} too (a `oneOf`), or becomes {found}"),
        ),
        Kind::MissingRequired if prop.is_empty() => {
            (format!("{place} required"), format!("{place} is optional"))
        }
        Kind::MissingRequired => (
            format!("`{subject}` requires `{prop}`"),
            format!("`{prop}` is optional on `{subject}`"),
        ),
        Kind::UnexpectedNull => (
            format!("`{subject}` not nullable"),
            format!("`{subject}` is `nullable: true`"),
        ),
        Kind::InvalidValue => (
            format!("`{subject}`: {}", f.declared),
            format!("relax the rule of `{subject}` to what the server sends"),
        ),
        Kind::NotJson => (
            f.declared.clone(),
            format!("declare the media type of {place} as sent"),
        ),
        Kind::UndeclaredBody => (
            format!("no body for {place}"),
            format!("declare the body of {place}"),
        ),
    };
    let who = match (&key.place, key.kind) {
        (Place::Response { .. }, Kind::MissingRequired) => "the server leaves it out",
        (Place::Response { .. }, _) => "the server sends it",
        (_, Kind::MissingRequired) => "captured requests leave it out",
        _ => "captured requests send it",
    };
    let such_as = match (key.kind, value) {
        (Kind::UndeclaredProperty | Kind::WrongType | Kind::InvalidValue, Some(value)) => {
            format!(", such as `{value}`")
        }
        _ => String::new(),
    };
    let why = format!(
        "{who}: {} of {}{such_as}",
        f.entries,
        plural(f.of, "captured entry", "captured entries")
    );
    let cells = [
        id.to_owned(),
        format!("capture: `{}` {place}{pointer}", key.operation),
        page,
        decision,
        why,
    ];
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    format!("| {} |", cells.join(" | "))
}

fn status_of(place: &Place) -> &str {
    match place {
        Place::Response { status } => status,
        _ => "",
    }
}

/// Text fit for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn example_cell(example: &Example) -> String {
    match example {
        Example::Shown(value) => format!("`{}`", cell(value)),
        Example::Hidden => "hidden".into(),
        Example::None => String::new(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary(tally: &Tally) -> String {
    let mut text = format!(
        "Read {}: {}. {} matched an operation, {} matched none",
        plural(tally.captures.len(), "capture", "captures"),
        plural(tally.entries, "entry", "entries"),
        tally.matched,
        tally.unmatched.values().sum::<usize>(),
    );
    if tally.preflights > 0 {
        let _ = write!(
            text,
            ", {} CORS preflights were not checked",
            tally.preflights
        );
    }
    text.push('.');
    if tally.no_response > 0 {
        let _ = write!(
            text,
            " {} matched entries got no response.",
            tally.no_response
        );
    }
    if tally.bodies_not_captured > 0 {
        let _ = write!(
            text,
            " The captures did not save {} response bodies, which were not checked.",
            tally.bodies_not_captured
        );
    }
    text
}

fn markdown(tally: &Tally, sections: &BTreeMap<String, Section>, rows: &[Row<'_>]) -> String {
    let mut out = String::from("## Captured traffic against the specs\n\n");
    out.push_str(&summary(tally));
    out.push_str("\n\n");
    if rows.is_empty() {
        out.push_str("No findings: every matched entry agrees with its spec.\n");
    } else {
        let _ = writeln!(
            out,
            "**{}** where the traffic departs from the specs, each listed once with the entries \
             that showed it. Array indices and map keys are folded to `*`; values are shown only \
             where they cannot be personal data.\n",
            plural(rows.len(), "finding", "findings")
        );
        out.push_str("| API | operation | where | pointer | finding | entries | example |\n");
        out.push_str("|---|---|---|---|---|---|---|\n");
        for row in rows {
            let f = row.finding;
            let pointer = if f.key.pointer.is_empty() {
                String::new()
            } else {
                format!("`{}`", cell(&f.key.pointer))
            };
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {} | {} of {} | {} |",
                cell(&f.key.api),
                cell(&f.key.operation),
                cell(&f.key.place.to_string()),
                pointer,
                cell(&row.detail),
                f.entries,
                f.of,
                example_cell(&f.example),
            );
        }
        out.push_str("\n### Suggested rows for `specs/QUIRKS.md`\n");
        let mut api: Option<&str> = None;
        for row in rows {
            let this = row.finding.key.api.as_str();
            if api != Some(this) {
                api = Some(this);
                let heading = sections.get(this).map_or_else(
                    || format!("a new section for `specs/{this}.yaml`"),
                    |s| format!("under \"{}\"", s.heading),
                );
                let _ = write!(
                    out,
                    "\n{}, {heading}:\n\n| # | seed: where | the page shows | the spec decides | why |\n|---|---|---|---|---|\n",
                    cell(this)
                );
            }
            out.push_str(&row.quirk);
            out.push('\n');
        }
    }
    if !tally.unmatched.is_empty() {
        out.push_str(
            "\n### Entries that match no operation\n\nNot findings: traffic to other APIs, or \
             to operations no spec describes yet. Path segments and host labels that no spec \
             writes are folded to `*`, and so are methods other than HTTP's own; queries are \
             left out.\n\n| method | host | path | entries | why |\n|---|---|---|---|---|\n",
        );
        for (entry, count) in &tally.unmatched {
            let _ = writeln!(
                out,
                "| {} | {} | `{}` | {count} | {} |",
                cell(&entry.method),
                cell(&entry.host),
                cell(&entry.path),
                cell(&entry.reason)
            );
        }
    }
    out
}

fn json_report(tally: &Tally, rows: &[Row<'_>]) -> String {
    let findings: Vec<Value> = rows
        .iter()
        .map(|row| {
            let f = row.finding;
            let mut finding = json!({
                "api": f.key.api,
                "operation": f.key.operation,
                "route": f.route,
                "where": f.key.place.to_string(),
                "pointer": f.key.pointer,
                "kind": f.key.kind.slug(),
                "detail": row.detail,
                "subject": f.subject,
                "declared": f.declared,
                "found": f.found,
                "entries": f.entries,
                "of": f.of,
                "example_hidden": f.example == Example::Hidden,
                "quirks_row": row.quirk,
            });
            // `example` is there only when a value may be shown; it is the
            // value itself.
            if let Example::Shown(value) = &f.example {
                finding["example"] = serde_json::from_str(value).unwrap_or(Value::Null);
            }
            finding
        })
        .collect();
    let unmatched: Vec<Value> = tally
        .unmatched
        .iter()
        .map(|(e, count)| {
            json!({
                "method": e.method,
                "host": e.host,
                "path": e.path,
                "reason": e.reason,
                "entries": count,
            })
        })
        .collect();
    let report = json!({
        "captures": tally.captures,
        "entries": tally.entries,
        "matched": tally.matched,
        "preflights": tally.preflights,
        "no_response": tally.no_response,
        "bodies_not_captured": tally.bodies_not_captured,
        "findings": findings,
        "unmatched": unmatched,
    });
    let mut text = serde_json::to_string_pretty(&report).expect("a JSON value serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ledger_gives_each_api_its_prefix_and_last_number() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let sections = ledger(root);
        let subscriptions = &sections["fabric-subscriptions"];
        assert_eq!(subscriptions.prefix, "S");
        assert!(subscriptions.last >= 14, "{subscriptions:?}");
        assert!(
            subscriptions
                .heading
                .contains("`specs/fabric-subscriptions.yaml`")
        );
        assert_eq!(sections["adobe-cpapi"].prefix, "A");
        // The normalizations belong to no API.
        assert!(sections.values().all(|s| s.prefix != "N"));
    }
}

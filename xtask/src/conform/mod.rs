//! `cargo xtask conform <capture>...`: is the spec still true? Captured
//! traffic (HAR 1.2) checked against the specs, and a report of where the
//! real servers depart from them.
//!
//! The specs are written by hand from documentation that has errors; a
//! server sends fields nobody documented, statuses nobody listed, enum
//! values added last month. The generated clients stay quiet about them
//! (unknown fields are dropped, unknown enum values decode as `Unknown`),
//! so this task gives a maintainer the evidence to update a spec:
//!
//! 1. [`har`] reads each capture as a stream, one entry at a time;
//! 2. [`routes`] matches the entry to an operation of a spec in `specs/`;
//! 3. [`request`] and [`response`] check the request's parameters and body
//!    and the response's status and body; [`shape`] checks a JSON value
//!    against its schema, objects read as closed;
//! 4. [`finding`] tallies each finding once, over every entry that showed
//!    it; [`personal`] decides which values may be shown: only those that
//!    cannot be personal data by what they are (small integers, booleans,
//!    `null`, and the specs' own words);
//! 5. [`report`] writes Markdown for a pull request, or JSON for tools, with
//!    a suggested `specs/QUIRKS.md` row for each finding.

pub mod body;
pub mod finding;
pub mod har;
pub mod personal;
// The rule by which an undeclared property's name is shown or folded, shared
// with drift at run time as one file: conform and the runtime must fold the
// same keys, and xtask does not depend on the runtime.
#[path = "../../../crates/client-runtime/src/drift/property_name.rs"]
mod property_name;
pub mod report;
pub mod request;
pub mod response;
pub mod routes;
pub mod shape;
pub mod styles;

use std::path::{Path, PathBuf};

use finding::{Tally, Unmatched};
use har::{Entry, EntryProblem};
use personal::SpecWords;
use routes::Routes;
use shape::Checker;

use spec_model::spec::Spec;
use spec_model::workspace as project;

/// Every spec of the workspace at `root`, parsed.
pub fn load_specs(root: &Path) -> Result<Vec<Spec>, Vec<String>> {
    let apis = project::apis(root).map_err(|e| vec![format!("cannot list specs/: {e}")])?;
    let mut specs = Vec::new();
    let mut problems = Vec::new();
    for api in apis {
        match Spec::load(root, &api.spec_path()) {
            Ok(spec) => specs.push(spec),
            Err(e) => problems.push(e.to_string()),
        }
    }
    if problems.is_empty() {
        Ok(specs)
    } else {
        Err(problems)
    }
}

/// The capture files `inputs` name: each file as given, and every `*.har`
/// directly inside each folder, in name order.
pub fn capture_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Vec<String>> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let listed = std::fs::read_dir(input).and_then(|entries| {
                entries
                    .map(|e| e.map(|e| e.path()))
                    .collect::<Result<Vec<_>, _>>()
            });
            match listed {
                Ok(mut found) => {
                    found.retain(|p| {
                        p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("har"))
                    });
                    found.sort();
                    if found.is_empty() {
                        problems.push(format!("{}: no *.har file in this folder", input.display()));
                    }
                    files.extend(found);
                }
                Err(e) => {
                    problems.push(format!("{}: cannot list the folder: {e}", input.display()))
                }
            }
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            problems.push(format!("{}: no such file or folder", input.display()));
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

/// Reads every capture and checks each entry against `specs`. Every capture
/// is read even after one fails, so that all bad input is reported at once.
pub fn check_captures(specs: &[Spec], captures: &[PathBuf]) -> Result<Tally, Vec<String>> {
    let routes = Routes::new(specs);
    let words = SpecWords::of(specs);
    let checkers: Vec<Checker<'_>> = specs
        .iter()
        .map(|s| Checker::new(&s.document, &words))
        .collect();
    let mut tally = Tally::default();
    let mut problems = Vec::new();
    for capture in captures {
        tally.captures.push(capture.display().to_string());
        let result = har::read_capture(capture, |_, entry| {
            check_entry(specs, &routes, &checkers, &words, &mut tally, entry)
        });
        if let Err(e) = result {
            problems.push(e.to_string());
        }
    }
    if problems.is_empty() {
        Ok(tally)
    } else {
        Err(problems)
    }
}

/// Checks the captures `inputs` name against the specs of the workspace at
/// `root`: the tally, or every reason it could not be made.
pub fn run(root: &Path, inputs: &[PathBuf]) -> Result<Tally, Vec<String>> {
    let specs = load_specs(root)?;
    let captures = capture_files(inputs)?;
    check_captures(&specs, &captures)
}

fn check_entry(
    specs: &[Spec],
    routes: &Routes<'_>,
    checkers: &[Checker<'_>],
    words: &SpecWords,
    tally: &mut Tally,
    entry: Entry,
) -> Result<(), EntryProblem> {
    tally.entries += 1;
    // Owned, so that each body's text is let go of once it is parsed.
    let Entry {
        mut request,
        mut response,
    } = entry;
    // The URL is never echoed: its query may hold personal data.
    let url = url::Url::parse(&request.url).map_err(|e| EntryProblem {
        field: "request.url".into(),
        message: format!("not an absolute URL ({e})"),
    })?;
    let preflight = request.method.eq_ignore_ascii_case("OPTIONS")
        && request
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case("access-control-request-method"));
    if preflight {
        tally.preflights += 1;
        return Ok(());
    }
    let host = url.host_str().unwrap_or_default();
    let matched = match routes.find(&request.method, host, url.path()) {
        Ok(matched) => matched,
        Err(reason) => {
            tally.unmatched(Unmatched {
                method: personal::shown_method(&request.method).to_owned(),
                host: words.fold_host(host),
                path: words.fold_path(url.path()),
                reason,
            });
            return Ok(());
        }
    };
    let operation = matched.operation;
    let document = &specs[operation.spec].document;
    let checker = &checkers[operation.spec];

    let mut seen = request::check(checker, document, &matched, &url, &mut request)?;
    if response.status > 0 {
        let (drifts, checked) = response::check(checker, document, operation, &mut response)?;
        seen.extend(drifts);
        if checked == body::Checked::NotCaptured {
            tally.bodies_not_captured += 1;
        }
    } else {
        tally.no_response += 1;
    }
    let route = format!("{} {}", operation.method.to_uppercase(), operation.path);
    tally.record(operation.api, &operation.id, &route, seen);
    Ok(())
}

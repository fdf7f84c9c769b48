//! The Markdown report a reviewer pastes into the pull request: for each
//! changed spec, a one-line summary, then its changes breaking first, each
//! with its kind (`cargo xtask diff --explain KIND` says why) and what a
//! consumer must change; and the plain text the diff corpus keeps.

use std::fmt::Write as _;

use super::catalogue::Verdict;
use super::{Change, SpecReport, disagreements, next_version};

/// The changes sorted for reading: breaking at compile time first, then at
/// run time, then the rest; by place within each.
pub fn sorted(changes: &[Change]) -> Vec<Change> {
    let mut sorted = changes.to_vec();
    sorted.sort_by(|a, b| {
        (a.verdict(), &a.place, &a.what, a.kind).cmp(&(b.verdict(), &b.place, &b.what, b.kind))
    });
    sorted
}

/// How many changes of each verdict: compile time, run time, non-breaking.
fn counts(changes: &[&Change]) -> (usize, usize, usize) {
    let count = |v| changes.iter().filter(|c| c.verdict() == v).count();
    (
        count(Verdict::BreakingCompile),
        count(Verdict::BreakingRuntime),
        count(Verdict::NonBreaking),
    )
}

/// One line for a crate: its version bump and how many changes of each
/// verdict.
pub fn summary(report: &SpecReport) -> String {
    let all: Vec<&Change> = report
        .api_changes
        .iter()
        .chain(&report.rust_changes)
        .collect();
    let (compile, runtime, fine) = counts(&all);
    let bump = format!(
        "`{}` → `{}`",
        report.version,
        next_version(&report.version, report.breaking())
    );
    match report.status {
        "removed" => format!("crate `{}`: removed, every consumer breaks", report.api),
        "added" => format!("crate `{}`: new, nothing existing changes", report.api),
        _ => format!(
            "crate `{}` {bump}: {compile} breaking at compile time, {runtime} at run time, {fine} non-breaking",
            report.api
        ),
    }
}

/// The Markdown report.
pub fn markdown(base: &str, reports: &[SpecReport]) -> String {
    let mut out = String::new();
    if reports.is_empty() {
        let _ = writeln!(out, "No spec changes since `{base}`.");
        return out;
    }
    let _ = writeln!(
        out,
        "## What this change does to the API clients (since `{base}`)\n"
    );
    for report in reports {
        let _ = writeln!(out, "- {}", summary(report));
    }
    out.push('\n');
    for report in reports {
        let verdict = if report.breaking() {
            "**breaking**"
        } else {
            "non-breaking"
        };
        let spec = format!("specs/{}.yaml", report.api);
        let _ = writeln!(
            out,
            "### `{spec}` ({}) → crate `{}`: {verdict}\n",
            report.status, report.api
        );
        if report.status == "removed" {
            let _ = writeln!(
                out,
                "The spec is gone, and with it the crate: every consumer breaks.\n"
            );
            continue;
        }
        if report.status == "added" {
            let _ = writeln!(
                out,
                "A new API, and a new crate: nothing existing changes.\n"
            );
            continue;
        }
        if report.api_changes.is_empty() && report.rust_changes.is_empty() {
            let _ = writeln!(out, "Only descriptions or examples changed.\n");
        }
        table(&mut out, "API change", &report.api_changes);
        table(&mut out, "Rust API change", &report.rust_changes);
        let disagree = disagreements(&report.api_changes, &report.rust_changes);
        if !disagree.is_empty() {
            let _ = writeln!(
                out,
                "**The two tables disagree**, which is a bug in `cargo xtask diff`; go by the worse verdict:\n"
            );
            for d in disagree {
                let _ = writeln!(out, "- {d}");
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "Semver: `{}` → `{}`{}.\n",
            report.version,
            next_version(&report.version, report.breaking()),
            if report.breaking() && report.version.starts_with("0.") {
                " (a breaking change bumps the minor while the major is 0)"
            } else {
                ""
            }
        );
    }
    let breaking = reports.iter().filter(|r| r.breaking()).count();
    let _ = writeln!(
        out,
        "{} spec(s) changed; {}. `cargo xtask diff --explain KIND` says why a kind has its verdict.",
        reports.len(),
        if breaking == 0 {
            "nothing breaking".to_owned()
        } else {
            format!("**{breaking} with breaking changes**")
        }
    );
    out
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

fn table(out: &mut String, heading: &str, changes: &[Change]) {
    if changes.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "| {heading} | where | for consumers | kind | what a consumer must change |\n|---|---|---|---|---|"
    );
    for c in sorted(changes) {
        let verdict = c.verdict();
        let shown = if verdict.is_breaking() {
            format!("**{}**", verdict.label())
        } else {
            verdict.label().to_owned()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {shown} | `{}` | {} |",
            escape(&c.what),
            escape(&c.place),
            c.kind,
            escape(c.kind().action)
        );
    }
    out.push('\n');
}

/// The changes as plain lines, one a change, for the diff corpus:
/// `view verdict kind place: what`, breaking first.
pub fn plain(api: &[Change], rust: &[Change]) -> String {
    let mut out = String::new();
    for (view, changes) in [("api", api), ("rust", rust)] {
        for c in sorted(changes) {
            let verdict = match c.verdict() {
                Verdict::BreakingCompile => "breaking-compile",
                Verdict::BreakingRuntime => "breaking-runtime",
                Verdict::NonBreaking => "non-breaking",
            };
            let _ = writeln!(out, "{view} {verdict} {} {}: {}", c.kind, c.place, c.what);
        }
    }
    out
}

//! The Markdown report a reviewer pastes into the pull request.

use std::fmt::Write as _;

use super::{Change, Impact, SpecReport, next_version};

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
        if report.status == "changed" {
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
    }
    let breaking = reports.iter().filter(|r| r.breaking()).count();
    let _ = writeln!(
        out,
        "{} spec(s) changed; {}.",
        reports.len(),
        if breaking == 0 {
            "nothing breaking".to_owned()
        } else {
            format!("**{breaking} with breaking changes**")
        }
    );
    out
}

fn table(out: &mut String, heading: &str, changes: &[Change]) {
    if changes.is_empty() {
        return;
    }
    let mut sorted = changes.to_vec();
    sorted.sort();
    let _ = writeln!(out, "| {heading} | where | for consumers |\n|---|---|---|");
    for c in sorted {
        let impact = match c.impact {
            Impact::Breaking => "**breaking**",
            Impact::NonBreaking => "non-breaking",
        };
        let _ = writeln!(
            out,
            "| {} | {} | {impact} |",
            c.what.replace('|', "\\|"),
            c.place.replace('|', "\\|")
        );
    }
    out.push('\n');
}

//! What a release writes, as text: a crate's `CHANGELOG.md` in the Keep a
//! Changelog layout (one `## [version] - date` section per release, newest
//! first, below an `## [Unreleased]` section, each with `### Added`,
//! `### Changed`, `### Removed` and `### Fixed` lists), and its release tag.
//! Shared by `release` and by codegen's skeleton of a new crate, so it
//! depends on neither.

use semver::Version;

/// A crate's release tag: `<crate>-v<version>`.
pub fn tag(crate_name: &str, version: &Version) -> String {
    format!("{crate_name}-v{version}")
}

/// The Keep a Changelog headings, in the order they are written.
pub const SECTIONS: [&str; 4] = ["Added", "Changed", "Removed", "Fixed"];

/// One line of an entry.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Line {
    /// One of [`SECTIONS`].
    pub section: &'static str,
    /// The bullet's text, without the `- `; breaking ones start with
    /// `**Breaking:**`.
    pub text: String,
}

impl Line {
    /// A change that is not in the public API (a commit's subject): a fix
    /// when it says so, else a change.
    pub fn internal(subject: &str) -> Line {
        let section = if subject.to_lowercase().starts_with("fix") {
            "Fixed"
        } else {
            "Changed"
        };
        Line {
            section,
            text: subject.to_owned(),
        }
    }
}

/// The first lines of a new changelog.
pub fn preamble(crate_name: &str) -> String {
    format!(
        "# Changelog\n\nWhat changed in each version of `{crate_name}`. The format follows\n\
         [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow\n\
         Cargo's semver rules (while the version is `0.x`, a breaking change bumps the\n\
         minor). `cargo xtask release` writes each entry from the changes\n\
         `cargo xtask diff` reports, and marks those that break callers\n\
         **Breaking**.\n\n## [Unreleased]\n"
    )
}

/// The heading line of `version`'s section, without its date.
fn heading(version: &str) -> String {
    format!("## [{version}]")
}

/// The text of `version`'s section (from its heading to the next `## `),
/// if the changelog has one.
pub fn section<'a>(changelog: &'a str, version: &str) -> Option<&'a str> {
    let heading = heading(version);
    let start = line_starts(changelog).find(|&i| changelog[i..].starts_with(&heading))?;
    let body = start + heading.len();
    let end = line_starts(changelog)
        .filter(|&i| i > start && changelog[i..].starts_with("## "))
        .find(|&i| i >= body)
        .unwrap_or(changelog.len());
    Some(&changelog[start..end])
}

fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1))
}

/// The lines of `lines` that `version`'s section does not have.
pub fn missing<'a>(changelog: &str, version: &str, lines: &'a [Line]) -> Vec<&'a Line> {
    let Some(section) = section(changelog, version) else {
        return lines.iter().collect();
    };
    lines
        .iter()
        .filter(|line| !section.lines().any(|l| l == format!("- {}", line.text)))
        .collect()
}

/// The changelog with `lines` in `version`'s section: added to the
/// section when it exists (each line once), or in a new section dated `date`
/// placed above the newest release, below `## [Unreleased]`.
pub fn with_entry(
    changelog: &str,
    crate_name: &str,
    version: &str,
    date: &str,
    lines: &[Line],
) -> String {
    let changelog = if changelog.trim().is_empty() {
        preamble(crate_name)
    } else {
        changelog.to_owned()
    };
    let missing: Vec<&Line> = missing(&changelog, version, lines);
    if let Some(existing) = section(&changelog, version) {
        if missing.is_empty() {
            return changelog;
        }
        let start = changelog.find(existing).unwrap_or(0);
        let merged = merge(existing, &missing);
        return format!(
            "{}{merged}{}",
            &changelog[..start],
            &changelog[start + existing.len()..]
        );
    }
    // What `## [Unreleased]` gathered goes into the release, which leaves
    // it empty (Keep a Changelog).
    let (changelog, unreleased) = take_unreleased(&changelog);
    let mut lines: Vec<Line> = lines.to_vec();
    for line in unreleased {
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    let mut entry = format!("{} - {date}\n", heading(version));
    if lines.is_empty() {
        entry.push_str("\nNo change to the public API.\n");
    }
    for name in SECTIONS {
        let in_section: Vec<&Line> = lines.iter().filter(|l| l.section == name).collect();
        if in_section.is_empty() {
            continue;
        }
        entry.push_str(&format!("\n### {name}\n\n"));
        for line in in_section {
            entry.push_str(&format!("- {}\n", line.text));
        }
    }
    entry.push('\n');
    // Below `## [Unreleased]` and its notes, above the newest release.
    let release = line_starts(&changelog).find(|&i| {
        changelog[i..].starts_with("## [") && !changelog[i..].starts_with("## [Unreleased]")
    });
    match release {
        Some(at) => format!("{}{entry}{}", &changelog[..at], &changelog[at..]),
        None => {
            let mut text = changelog.clone();
            if !text.ends_with("\n\n") {
                text.push('\n');
            }
            text.push_str(&entry);
            text.truncate(text.trim_end().len());
            text.push('\n');
            text
        }
    }
}

/// The changelog with its `## [Unreleased]` section emptied, and the
/// bullets that were in it, each in the `### ...` list it was under
/// ("Changed" for a bullet under none).
fn take_unreleased(changelog: &str) -> (String, Vec<Line>) {
    const UNRELEASED: &str = "## [Unreleased]\n";
    let Some(start) = changelog.find(UNRELEASED) else {
        return (changelog.to_owned(), Vec::new());
    };
    let body_start = start + UNRELEASED.len();
    let body_end = changelog[body_start..]
        .find("\n## [")
        .map_or(changelog.len(), |at| body_start + at + 1);
    let mut lines = Vec::new();
    let mut section = "Changed";
    for text in changelog[body_start..body_end].lines() {
        if let Some(name) = text.strip_prefix("### ") {
            section = SECTIONS
                .iter()
                .find(|s| **s == name.trim())
                .copied()
                .unwrap_or("Changed");
        } else if let Some(bullet) = text.strip_prefix("- ") {
            lines.push(Line {
                section,
                text: bullet.trim().to_owned(),
            });
        }
    }
    let emptied = format!("{}\n{}", &changelog[..body_start], &changelog[body_end..]);
    (emptied, lines)
}

/// `section` with each of `missing` appended to the list it belongs in
/// (the list is made when the section has none).
fn merge(section: &str, missing: &[&Line]) -> String {
    let mut text = section.trim_end().to_owned();
    for name in SECTIONS {
        let add: Vec<&&Line> = missing.iter().filter(|l| l.section == name).collect();
        if add.is_empty() {
            continue;
        }
        let bullets: String = add.iter().map(|l| format!("- {}\n", l.text)).collect();
        let list_heading = format!("### {name}\n");
        match text.find(&list_heading) {
            Some(at) => {
                // After the list's last bullet.
                let list_start = at + list_heading.len();
                let list_end = text[list_start..]
                    .find("\n### ")
                    .map_or(text.len(), |i| list_start + i);
                let insert_at = text[..list_end].trim_end().len();
                text.insert_str(insert_at, &format!("\n{}", bullets.trim_end()));
            }
            None => text.push_str(&format!("\n\n### {name}\n\n{}", bullets.trim_end())),
        }
    }
    text.push_str("\n\n");
    text
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = civil_date(seconds / 86_400);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The Gregorian date `days` days after 1970-01-01.
fn civil_date(days: u64) -> (u64, u64, u64) {
    // Eras of 400 years (146 097 days) starting on March 1st, so that the
    // leap day ends a year.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_takes_what_unreleased_gathered() {
        let before = "# Changelog\n\n## [Unreleased]\n\n### Changed\n\n- **Breaking:** a note\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- First.\n";
        let after = with_entry(
            before,
            "x",
            "0.2.0",
            "2026-02-02",
            &[Line {
                section: "Added",
                text: "a thing".into(),
            }],
        );
        let release = section(&after, "0.2.0").expect("the new entry");
        assert!(release.contains("- a thing"), "{after}");
        assert!(release.contains("- **Breaking:** a note"), "{after}");
        let unreleased =
            &after[after.find("## [Unreleased]").unwrap()..after.find("## [0.2.0]").unwrap()];
        assert!(!unreleased.contains("a note"), "{after}");
        assert!(after.contains("## [0.1.0] - 2026-01-01\n\n### Added\n\n- First.\n"));
    }

    #[test]
    fn dates_are_gregorian() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(11_017), (2000, 3, 1));
        assert_eq!(civil_date(20_453), (2025, 12, 31));
        assert_eq!(civil_date(20_454), (2026, 1, 1));
    }

    fn line(section: &'static str, text: &str) -> Line {
        Line {
            section,
            text: text.to_owned(),
        }
    }

    const LOG: &str = "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- First release.\n";

    #[test]
    fn a_new_entry_goes_above_the_newest_release() {
        let lines = [
            line(
                "Removed",
                "**Breaking:** Rust API: `types::Kind`::Small: variant removed",
            ),
            line(
                "Added",
                "API: `getThing` response 400: response status added",
            ),
        ];
        let text = with_entry(LOG, "x", "0.2.0", "2026-02-02", &lines);
        assert_eq!(
            text,
            "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.2.0] - 2026-02-02\n\n### Added\n\n\
             - API: `getThing` response 400: response status added\n\n### Removed\n\n\
             - **Breaking:** Rust API: `types::Kind`::Small: variant removed\n\n\
             ## [0.1.0] - 2026-01-01\n\n### Added\n\n- First release.\n"
        );
        assert!(missing(&text, "0.2.0", &lines).is_empty());
        assert_eq!(missing(LOG, "0.2.0", &lines).len(), 2);
        // Writing it again changes nothing.
        assert_eq!(with_entry(&text, "x", "0.2.0", "2026-03-03", &lines), text);
    }

    #[test]
    fn an_existing_entry_gets_only_the_lines_it_lacks() {
        let lines = [
            line("Added", "First release."),
            line("Fixed", "Fix the retry"),
        ];
        let text = with_entry(LOG, "x", "0.1.0", "2026-02-02", &lines);
        assert_eq!(
            text,
            LOG.replace(
                "- First release.\n",
                "- First release.\n\n### Fixed\n\n- Fix the retry\n\n"
            )
        );
        let more = with_entry(
            &text,
            "x",
            "0.1.0",
            "2026-02-02",
            &[line("Added", "Another")],
        );
        assert!(
            more.contains("- First release.\n- Another\n\n### Fixed"),
            "{more}"
        );
    }

    #[test]
    fn a_missing_changelog_is_started() {
        let text = with_entry(
            "",
            "x",
            "0.1.0",
            "2026-02-02",
            &[line("Added", "First release.")],
        );
        assert!(text.starts_with("# Changelog\n"), "{text}");
        assert!(
            text.ends_with(
                "## [Unreleased]\n\n## [0.1.0] - 2026-02-02\n\n### Added\n\n- First release.\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn sections_are_found_by_version_only() {
        assert!(section(LOG, "0.1.0").unwrap().contains("First release."));
        assert!(section(LOG, "0.1").is_none());
        assert!(section(LOG, "0.2.0").is_none());
    }
}

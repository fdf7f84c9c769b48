//! What a crate's release is compared with: its last release.
//!
//! Releases are tagged one crate at a time, `<crate>-v<version>`
//! (`fabric-cart-v0.2.0`), so that a team pins the tag of the crate it uses.
//! The last release of a crate is its tag with the highest version. Where a
//! crate has no tag yet (a clone without tags, or before the first one is
//! made), it is the commit that added the section of the version the crate
//! has at `HEAD` to its `CHANGELOG.md`: the commit `cargo xtask release`'s
//! result was committed in.

use std::path::Path;

use semver::Version;

use crate::diff::git;
use crate::manifest::Manifest;

pub use crate::changelog::tag;

/// A revision to compare with, and how it was found (for messages).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Base {
    /// A git revision.
    pub rev: String,
    /// Where it comes from, such as "tag `fabric-cart-v0.1.0`".
    pub described: String,
}

/// The base of `crate_name`: `explicit` when given, else its last release;
/// `None` when it has never been released.
pub fn resolve(
    root: &Path,
    crate_name: &str,
    crate_dir: &Path,
    explicit: Option<&str>,
) -> Result<Option<Base>, String> {
    if let Some(rev) = explicit {
        if !git::is_commit(root, rev) {
            return Err(format!("`{rev}` is not a git revision here"));
        }
        return Ok(Some(Base {
            rev: rev.to_owned(),
            described: format!("`{rev}`"),
        }));
    }
    let prefix = format!("{crate_name}-v");
    let tags = git::run(root, &["tag", "--list", &format!("{prefix}*")])?;
    let newest = tags
        .lines()
        .filter_map(|t| Some((Version::parse(t.strip_prefix(&prefix)?).ok()?, t)))
        .max();
    if let Some((_, tag)) = newest {
        return Ok(Some(Base {
            rev: tag.to_owned(),
            described: format!("tag `{tag}`"),
        }));
    }
    let Some(version) = version_at(root, "HEAD", crate_dir) else {
        return Ok(None);
    };
    let changelog = crate_dir.join("CHANGELOG.md");
    let added = git::run(
        root,
        &[
            "log",
            // Releases are made on the main line: a commit on a branch that
            // was merged later is not one.
            "--first-parent",
            "--reverse",
            "--format=%H",
            "-S",
            &format!("## [{version}]"),
            "HEAD",
            "--",
            &changelog.display().to_string(),
        ],
    )?;
    Ok(added.lines().next().map(|commit| Base {
        rev: commit.to_owned(),
        described: format!(
            "commit {} (no tag `{prefix}*`: the commit that added {version} to {})",
            &commit[..commit.len().min(12)],
            changelog.display()
        ),
    }))
}

/// The crate's version at revision `rev`, if the crate exists there.
pub fn version_at(root: &Path, rev: &str, crate_dir: &Path) -> Option<Version> {
    let path = crate_dir.join("Cargo.toml");
    let manifest = Manifest::parse(&path, &git::show(root, rev, &path)?).ok()?;
    let workspace = git::show(root, rev, Path::new("Cargo.toml"))
        .and_then(|text| Manifest::parse(Path::new("Cargo.toml"), &text).ok());
    manifest.package_version(workspace.as_ref()).ok()
}

//! Crate versions: what a crate is at now, and what a change makes it, by
//! Cargo's semver rules.

use semver::Version;
use spec_model::workspace::Api;

/// How much a change matters to a crate's consumers, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing in the public API changed (a fix, an internal change).
    Internal,
    /// The public API changed in a way no consumer's code notices (something
    /// added).
    Compatible,
    /// Some consumer's code stops compiling or working.
    Breaking,
}

/// The version after a change of `level`. Cargo treats `0.y.z` and `0.y.w`
/// as compatible, and `0.0.z` as compatible with nothing: while the major is
/// 0, a breaking change bumps the minor (the patch in `0.0.z`) and anything
/// else the patch; from 1.0, breaking bumps the major, an addition the minor
/// and anything else the patch.
pub fn next(version: &Version, level: Level) -> Version {
    let (major, minor, patch) = (version.major, version.minor, version.patch);
    match (major, minor, level) {
        (0, 0, _) => Version::new(0, 0, patch + 1),
        (0, _, Level::Breaking) => Version::new(0, minor + 1, 0),
        (0, _, _) => Version::new(0, minor, patch + 1),
        (_, _, Level::Breaking) => Version::new(major + 1, 0, 0),
        (_, _, Level::Compatible) => Version::new(major, minor + 1, 0),
        (_, _, Level::Internal) => Version::new(major, minor, patch + 1),
    }
}

/// The version after a change, as text: while the major is 0, a breaking
/// change bumps the minor and anything else the patch.
pub fn next_version(current: &str, breaking: bool) -> String {
    match Version::parse(current) {
        Ok(version) => {
            let level = if breaking {
                Level::Breaking
            } else {
                Level::Compatible
            };
            next(&version, level).to_string()
        }
        Err(_) => format!("(cannot read version `{current}`)"),
    }
}

/// The crate's version (its own, or the workspace's it inherits), as text.
pub fn crate_version(root: &std::path::Path, api: &Api) -> String {
    crate::manifest::crate_version(root, &api.crate_dir()).map_or_else(
        |e| format!("(cannot read the version: {e})"),
        |v| v.to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).unwrap()
    }

    #[test]
    fn below_one_a_breaking_change_bumps_the_minor() {
        assert_eq!(next(&v("0.1.3"), Level::Breaking), v("0.2.0"));
        assert_eq!(next(&v("0.1.3"), Level::Compatible), v("0.1.4"));
        assert_eq!(next(&v("0.1.3"), Level::Internal), v("0.1.4"));
    }

    #[test]
    fn in_0_0_every_change_bumps_the_patch() {
        assert_eq!(next(&v("0.0.4"), Level::Breaking), v("0.0.5"));
        assert_eq!(next(&v("0.0.4"), Level::Internal), v("0.0.5"));
    }

    #[test]
    fn from_one_on_each_level_has_its_part() {
        assert_eq!(next(&v("1.4.2"), Level::Breaking), v("2.0.0"));
        assert_eq!(next(&v("1.4.2"), Level::Compatible), v("1.5.0"));
        assert_eq!(next(&v("1.4.2"), Level::Internal), v("1.4.3"));
    }
}

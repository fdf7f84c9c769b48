//! Crate versions: what a crate is at now, and what a change makes it.

use spec_model::workspace::Api;

/// The version after a change, by Cargo's semver rules: while the major is
/// 0, a breaking change bumps the minor and anything else the patch.
pub fn next_version(current: &str, breaking: bool) -> String {
    let parts: Vec<u64> = current.split('.').filter_map(|p| p.parse().ok()).collect();
    let [major, minor, patch] = parts[..] else {
        return format!("(cannot read version `{current}`)");
    };
    match (major, breaking) {
        (0, true) => format!("0.{}.0", minor + 1),
        (0, false) => format!("0.{minor}.{}", patch + 1),
        (_, true) => format!("{}.0.0", major + 1),
        (_, false) => format!("{major}.{}.0", minor + 1),
    }
}

/// The crate's version: its own, or the workspace's.
pub fn crate_version(root: &std::path::Path, api: &Api) -> String {
    let read = |path: std::path::PathBuf, section: Option<&str>| -> Option<String> {
        let text = std::fs::read_to_string(path).ok()?;
        let mut in_section = section.is_none();
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_section =
                    section.is_none_or(|s| line == s) && (section.is_some() || line == "[package]");
                continue;
            }
            if in_section && let Some(value) = line.strip_prefix("version = ") {
                return Some(value.trim_matches('"').to_owned());
            }
        }
        None
    };
    read(root.join(api.crate_dir()).join("Cargo.toml"), None)
        .or_else(|| read(root.join("Cargo.toml"), Some("[workspace.package]")))
        .unwrap_or_else(|| "0.1.0".to_owned())
}

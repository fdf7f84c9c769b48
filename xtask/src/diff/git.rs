//! Reading the base side of a comparison from git.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Runs git in `root`; its standard output, or its error message.
fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Fails unless `rev` names a commit here.
pub fn verify_revision(root: &Path, rev: &str) -> Result<(), String> {
    git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map(|_| ())
    .map_err(|_| format!("`{rev}` is not a git revision here"))
}

/// The API names of the specs at `rev`.
pub fn specs_at(root: &Path, rev: &str) -> Result<BTreeSet<String>, String> {
    let listed = git(root, &["ls-tree", "--name-only", rev, "--", "specs/"])?;
    Ok(listed
        .lines()
        .filter_map(|l| {
            l.strip_prefix("specs/")?
                .strip_suffix(".yaml")
                .map(str::to_owned)
        })
        .collect())
}

/// A file's contents at `rev`, if it exists there.
pub fn file_at(root: &Path, rev: &str, path: &Path) -> Option<String> {
    // git names paths with forward slashes on every platform.
    let path = path
        .iter()
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    git(root, &["show", &format!("{rev}:{path}")]).ok()
}

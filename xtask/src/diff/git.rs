//! Running git in the workspace, for the tasks that compare with a
//! revision (`diff`, `release`).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Runs `git args` in `root`: its standard output, or its error message.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
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

/// The file at `path` (relative to the root) in revision `rev`, if it exists
/// there. git names paths with forward slashes on every platform.
pub fn show(root: &Path, rev: &str, path: &Path) -> Option<String> {
    let path = path
        .iter()
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    run(root, &["show", &format!("{rev}:{path}")]).ok()
}

/// Whether `rev` names a commit.
pub fn is_commit(root: &Path, rev: &str) -> bool {
    run(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .is_ok()
}

/// Fails unless `rev` names a commit here.
pub fn verify_revision(root: &Path, rev: &str) -> Result<(), String> {
    if is_commit(root, rev) {
        Ok(())
    } else {
        Err(format!("`{rev}` is not a git revision here"))
    }
}

/// The API names of the specs at `rev`.
pub fn specs_at(root: &Path, rev: &str) -> Result<BTreeSet<String>, String> {
    let listed = run(root, &["ls-tree", "--name-only", rev, "--", "specs/"])?;
    Ok(listed
        .lines()
        .filter_map(|l| {
            l.strip_prefix("specs/")?
                .strip_suffix(".yaml")
                .map(str::to_owned)
        })
        .collect())
}

/// The files under `paths` that differ between `rev` and the working tree
/// (untracked files included), relative to the root.
pub fn changed_files(root: &Path, rev: &str, paths: &[&Path]) -> Result<Vec<String>, String> {
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["diff", "--name-only", rev, "--"];
    args.extend(paths.iter().map(String::as_str));
    let mut files: Vec<String> = run(root, &args)?.lines().map(str::to_owned).collect();
    let mut untracked = vec!["ls-files", "--others", "--exclude-standard", "--"];
    untracked.extend(paths.iter().map(String::as_str));
    files.extend(run(root, &untracked)?.lines().map(str::to_owned));
    files.sort();
    files.dedup();
    Ok(files)
}

/// The subjects of the commits after `rev` up to `HEAD` that touch `paths`,
/// oldest first.
pub fn subjects(root: &Path, rev: &str, paths: &[&Path]) -> Result<Vec<String>, String> {
    let range = format!("{rev}..HEAD");
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["log", "--reverse", "--format=%s", range.as_str(), "--"];
    args.extend(paths.iter().map(String::as_str));
    Ok(run(root, &args)?.lines().map(str::to_owned).collect())
}

//! Where things live in the workspace. The list of APIs is the list of files
//! in `specs/`: nothing else names them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The root of the workspace this process works on, found at run time so
/// that one binary serves whichever checkout runs it (a target directory is
/// often shared by several checkouts and worktrees):
///
/// 1. `XTASK_WORKSPACE_ROOT`, when set (the xtask's own tests point it at
///    scratch workspaces);
/// 2. else the workspace of the package cargo is running: cargo sets
///    `CARGO_MANIFEST_DIR` for `cargo run` and `cargo test` at run time;
/// 3. else the workspace around the current directory.
///
/// Cases 2 and 3 ask `cargo locate-project --workspace`, once per process.
pub fn root() -> Result<PathBuf, String> {
    if let Some(root) = std::env::var_os("XTASK_WORKSPACE_ROOT") {
        return Ok(PathBuf::from(root));
    }
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FOUND.get_or_init(locate).clone()
}

fn locate() -> Result<PathBuf, String> {
    let start = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => std::env::current_dir()
            .map_err(|e| format!("cannot read the current directory: {e}"))?,
    };
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .current_dir(&start)
        .output()
        .map_err(|e| format!("cannot run `cargo locate-project`: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "no cargo workspace around {}: {}",
            start.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let manifest = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    Path::new(&manifest)
        .parent()
        .map(Path::to_owned)
        .ok_or_else(|| format!("`cargo locate-project` named no folder: {manifest}"))
}

/// One API: a spec and the crate generated from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    /// The spec's file stem, which is also the crate's package name.
    pub name: String,
}

impl Api {
    /// The spec, relative to the workspace root.
    pub fn spec_path(&self) -> PathBuf {
        Path::new("specs").join(format!("{}.yaml", self.name))
    }

    /// The crate's folder, relative to the workspace root.
    pub fn crate_dir(&self) -> PathBuf {
        Path::new("crates").join(&self.name)
    }

    /// The generated source file, relative to the workspace root.
    pub fn generated_path(&self) -> PathBuf {
        self.crate_dir().join("src").join("generated.rs")
    }

    /// The mock companion crate's package name.
    pub fn mock_name(&self) -> String {
        format!("{}-mock", self.name)
    }

    /// The mock companion crate's folder, relative to the workspace root.
    pub fn mock_crate_dir(&self) -> PathBuf {
        Path::new("crates").join(self.mock_name())
    }

    /// The mock companion crate's generated source, relative to the
    /// workspace root.
    pub fn mock_generated_path(&self) -> PathBuf {
        self.mock_crate_dir().join("src").join("generated.rs")
    }

    /// The crate's library name as Rust code spells it.
    pub fn lib_name(&self) -> String {
        self.name.replace('-', "_")
    }
}

/// Why a spec's file stem `name` cannot name its crate, if it cannot.
///
/// The stem is the package name of the API crate and of its mock crate,
/// and, with `-` as `_`, the library name that generated Rust paths and
/// modules are spelled with; so it follows cargo's rules for a package
/// name: ASCII letters, digits, `-` and `_`, not starting with a digit,
/// and (as a library name) no Rust keyword.
pub fn crate_name_problem(name: &str) -> Option<String> {
    let lib = name.replace('-', "_");
    let fits = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && syn::parse_str::<syn::Ident>(&lib).is_ok();
    (!fits).then(|| {
        format!(
            "the file name `{}` is not a crate name: a spec's file name is its crate's name, \
             so it is ASCII letters, digits, `-` and `_`, does not start with a digit, and is \
             not a Rust keyword; the crates here are kebab-case, such as `fabric-orders`: \
             rename the file",
            name.escape_debug()
        )
    })
}

/// Every API, in name order: one for each `specs/*.yaml`, whatever its
/// name ([`crate_name_problem`] says which names a spec may not have: the
/// tasks refuse those when they read the spec, naming the file).
pub fn apis(root: &Path) -> std::io::Result<Vec<Api>> {
    let mut apis = Vec::new();
    for entry in std::fs::read_dir(root.join("specs"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "yaml")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        {
            apis.push(Api {
                name: stem.to_owned(),
            });
        }
    }
    apis.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(apis)
}

/// The APIs that `names` select (all of them when `names` is empty), or the
/// first name that is not an API.
pub fn select(all: Vec<Api>, names: &[String]) -> Result<Vec<Api>, String> {
    if names.is_empty() {
        return Ok(all);
    }
    names
        .iter()
        .map(|name| {
            all.iter()
                .find(|api| &api.name == name)
                .cloned()
                .ok_or_else(|| {
                    let known: Vec<_> = all.iter().map(|a| a.name.as_str()).collect();
                    format!(
                        "no spec named `{name}`: expected specs/{name}.yaml (APIs: {})",
                        known.join(", ")
                    )
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_follow_cargo_s_rules() {
        for good in ["fabric-orders", "adobe_cpapi", "a1", "Orders"] {
            assert_eq!(crate_name_problem(good), None, "{good}");
        }
        for bad in [
            "",
            "..",
            "Bad Name",
            "1x",
            "caf\u{e9}",
            "a.b",
            "self",
            "fn",
            "_",
        ] {
            let problem = crate_name_problem(bad).unwrap_or_else(|| panic!("{bad:?} passes"));
            assert!(
                problem.starts_with(&format!("the file name `{bad}` is not a crate name")),
                "{problem}"
            );
        }
    }
}

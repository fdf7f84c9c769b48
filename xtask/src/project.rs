//! Where things live in the workspace. The list of APIs is the list of files
//! in `specs/`: nothing else names them.

use std::path::{Path, PathBuf};

/// The workspace root: the parent of this crate's folder, unless
/// `XTASK_WORKSPACE_ROOT` names another (the xtask's own tests run it on
/// scratch workspaces).
pub fn root() -> PathBuf {
    if let Some(root) = std::env::var_os("XTASK_WORKSPACE_ROOT") {
        return PathBuf::from(root);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the workspace root")
        .to_owned()
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

    /// The crate's library name as Rust code spells it.
    pub fn lib_name(&self) -> String {
        self.name.replace('-', "_")
    }
}

/// Every API, in name order: one for each `specs/*.yaml`.
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

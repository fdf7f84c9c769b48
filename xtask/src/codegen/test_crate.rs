//! The test crate (`tests/`) and the client bench (`xtask/client-bench/`)
//! depend on every API crate; codegen keeps those lists in step with
//! `specs/`.

use std::fs;
use std::path::{Path, PathBuf};

use spec_model::spec::Diagnostic;
use spec_model::workspace::Api;

use super::Output;

/// The test crate's manifest with one dependency per API crate and one per
/// mock crate, between the `# BEGIN API crates` and `# END API crates`
/// lines.
pub fn manifest(root: &Path, apis: &[Api]) -> Result<Output, Diagnostic> {
    let lines = apis
        .iter()
        .flat_map(|api| {
            [
                (api.name.clone(), api.crate_dir()),
                (api.mock_name(), api.mock_crate_dir()),
            ]
        })
        .map(|(name, dir)| format!("{name} = {{ path = \"../{}\" }}\n", dir.display()))
        .collect();
    with_api_block(root, PathBuf::from("tests/Cargo.toml"), lines)
}

/// Where the client bench's manifest is.
pub const BENCH_MANIFEST: &str = "xtask/client-bench/Cargo.toml";

/// The client bench's manifest with one dependency per API crate, without
/// TLS (it calls 127.0.0.1 only), between the same lines.
pub fn bench_manifest(root: &Path, apis: &[Api]) -> Result<Output, Diagnostic> {
    let lines = apis
        .iter()
        .map(|api| {
            format!(
                "{} = {{ path = \"../../{}\", default-features = false }}\n",
                api.name,
                api.crate_dir().display()
            )
        })
        .collect();
    with_api_block(root, PathBuf::from(BENCH_MANIFEST), lines)
}

/// The manifest at `path` with `block` between its `# BEGIN API crates` and
/// `# END API crates` lines.
fn with_api_block(root: &Path, path: PathBuf, block: String) -> Result<Output, Diagnostic> {
    const BEGIN: &str = "# BEGIN API crates";
    const END: &str = "# END API crates";
    let current = fs::read_to_string(root.join(&path)).unwrap_or_default();
    let problem = |message: &str| Diagnostic {
        file: path.clone(),
        position: None,
        pointer: None,
        message: message.to_owned(),
    };
    let start = current.find(BEGIN).ok_or_else(|| {
        problem("no `# BEGIN API crates` line: codegen writes the API crates there")
    })?;
    let block_start = start
        + current[start..]
            .find('\n')
            .map_or(current.len() - start, |n| n + 1);
    let end = current[block_start..]
        .find(END)
        .map(|n| block_start + n)
        .ok_or_else(|| problem("no `# END API crates` line after `# BEGIN API crates`"))?;
    let contents = format!("{}{block}{}", &current[..block_start], &current[end..]);
    Ok(Output { path, contents })
}

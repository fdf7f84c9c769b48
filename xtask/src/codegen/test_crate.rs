//! The test crate (`tests/`) depends on every API crate; codegen keeps that
//! list in step with `specs/`.

use std::fs;
use std::path::{Path, PathBuf};

use spec_model::spec::Diagnostic;
use spec_model::workspace::Api;

use super::Output;

/// The test crate's manifest with one dependency per API crate, between the
/// `# BEGIN API crates` and `# END API crates` lines.
pub fn manifest(root: &Path, apis: &[Api]) -> Result<Output, Diagnostic> {
    const BEGIN: &str = "# BEGIN API crates";
    const END: &str = "# END API crates";
    let path = PathBuf::from("tests/Cargo.toml");
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
    let block: String = apis
        .iter()
        .flat_map(|api| {
            [
                (api.name.clone(), api.crate_dir()),
                (api.mock_name(), api.mock_crate_dir()),
            ]
        })
        .map(|(name, dir)| format!("{name} = {{ path = \"../{}\" }}\n", dir.display()))
        .collect();
    let contents = format!("{}{block}{}", &current[..block_start], &current[end..]);
    Ok(Output { path, contents })
}

//! The last stage: writing what the specs give, or, with `--check`,
//! showing how it differs from what is committed.

use std::fs;
use std::path::{Path, PathBuf};

use super::Output;

/// Writes the outputs that differ from what is on disk; returns their paths.
pub fn write(root: &Path, outputs: &[Output]) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for output in outputs {
        let target = root.join(&output.path);
        if fs::read_to_string(&target).ok().as_deref() == Some(output.contents.as_str()) {
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut staging = target.clone().into_os_string();
        staging.push(".codegen-tmp");
        fs::write(&staging, &output.contents)?;
        fs::rename(&staging, &target)?;
        written.push(output.path.clone());
    }
    Ok(written)
}

/// A unified diff for each output that differs from what is on disk.
pub fn differences(root: &Path, outputs: &[Output]) -> Vec<String> {
    outputs
        .iter()
        .filter_map(|output| {
            let current = fs::read_to_string(root.join(&output.path)).unwrap_or_default();
            if current == output.contents {
                return None;
            }
            let shown = output.path.display().to_string();
            Some(
                similar::TextDiff::from_lines(&current, &output.contents)
                    .unified_diff()
                    .context_radius(3)
                    .header(
                        &format!("{shown} (committed)"),
                        &format!("{shown} (from spec)"),
                    )
                    .to_string(),
            )
        })
        .collect()
}

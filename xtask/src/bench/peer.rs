//! The peer: openapi-generator's Rust client generator
//! (`openapi-generator-cli generate -g rust`) on the same specs, when it is
//! installed (`pip install openapi-generator-cli` brings it with its jar;
//! it needs Java). Timed as whole processes, since that is how it runs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use spec_model::workspace::Api;

/// The peer's program.
pub const PROGRAM: &str = "openapi-generator-cli";

/// Seconds the peer takes to generate a client for every spec, once; or why
/// it was not measured.
pub fn generation_seconds(root: &Path, apis: &[Api]) -> Result<f64, String> {
    let version = Command::new(PROGRAM)
        .arg("version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !version.is_ok_and(|s| s.success()) {
        return Err(format!(
            "`{PROGRAM}` is not installed (`pip install openapi-generator-cli`, with Java)"
        ));
    }
    let out = super::client::scratch_dir(root)?.join("peer");
    let mut total = 0.0;
    for api in apis {
        let dir = out.join(&api.name);
        let _ = std::fs::remove_dir_all(&dir);
        let started = Instant::now();
        let output = Command::new(PROGRAM)
            .current_dir(root)
            .args(["generate", "-g", "rust", "-i"])
            .arg(api.spec_path())
            .arg("-o")
            .arg(&dir)
            .output()
            .map_err(|e| format!("cannot run {PROGRAM}: {e}"))?;
        total += started.elapsed().as_secs_f64();
        if !output.status.success() {
            return Err(format!(
                "{PROGRAM} failed on {}: {}",
                api.spec_path().display(),
                String::from_utf8_lossy(&output.stderr)
                    .lines()
                    .last()
                    .unwrap_or_default()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    Ok(total)
}

//! Build times of a generated crate (`cargo xtask bench --builds`, since
//! they take minutes and a scratch target directory): its rebuild after its
//! code changes, and a cold build with its dependencies.

use std::path::Path;
use std::process::Command;
use std::time::{Instant, SystemTime};

use spec_model::workspace::Api;

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

fn timed(mut command: Command) -> Result<f64, String> {
    let started = Instant::now();
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let took = started.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "{command:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(took)
}

/// The median seconds of `runs` rebuilds of `api`'s crate, each after its
/// `generated.rs` is marked changed (its contents are left alone), as after
/// a spec change; one rebuild first, not counted, builds what is missing.
pub fn rebuild_seconds(root: &Path, api: &Api, runs: usize) -> Result<f64, String> {
    let generated = root.join(api.generated_path());
    let mut samples = Vec::new();
    for run in 0..=runs {
        std::fs::File::options()
            .append(true)
            .open(&generated)
            .and_then(|f| f.set_modified(SystemTime::now()))
            .map_err(|e| format!("{}: {e}", generated.display()))?;
        let mut command = cargo();
        command
            .current_dir(root)
            .args(["build", "--locked", "--quiet", "-p", &api.name]);
        let took = timed(command)?;
        if run > 0 {
            samples.push(took);
        }
    }
    Ok(super::table::median(&samples))
}

/// Seconds for a cold build of `api`'s crate and its dependencies, in a
/// scratch target directory that is removed afterwards.
pub fn cold_build_seconds(root: &Path, api: &Api) -> Result<f64, String> {
    let dir = super::client::scratch_dir(root)?.join("cold-build");
    let _ = std::fs::remove_dir_all(&dir);
    let mut command = cargo();
    command
        .current_dir(root)
        .env("CARGO_TARGET_DIR", &dir)
        .args(["build", "--locked", "--quiet", "-p", &api.name]);
    let took = timed(command);
    let _ = std::fs::remove_dir_all(&dir);
    took
}

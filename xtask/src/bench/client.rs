//! The per-call and serde figures: measured by the `client-bench` crate's
//! bench target in its own process (optimized, as a service would run it),
//! given every documented example as JSON, its figures read back.

use std::path::Path;
use std::process::Command;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use spec_model::examples::{self, Message};
use spec_model::spec::Spec;
use spec_model::workspace::Api;

/// What the bench target reads: every documented example.
#[derive(Serialize)]
struct Input {
    examples: Vec<DocumentedExample>,
}

#[derive(Serialize)]
struct DocumentedExample {
    api: String,
    spec: String,
    operation: String,
    message: String,
    pointer: String,
    value: Value,
}

/// What the bench target writes.
#[derive(Debug, Deserialize)]
pub struct Results {
    /// One per comparison.
    pub rows: Vec<Comparison>,
}

/// One comparison: ours against a baseline, in nanoseconds.
#[derive(Debug, Deserialize)]
pub struct Comparison {
    /// `call`, `drift`, `decode`, `encode` or `memory`.
    pub group: String,
    /// What was compared.
    pub case: String,
    /// The payload's size in bytes.
    pub bytes: usize,
    /// Ours.
    pub subject: Side,
    /// The baseline.
    pub baseline: Side,
    /// A `memory` row's bound on the client's body, in bytes: its target
    /// is measured against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound_bytes: Option<u64>,
}

/// One side's figures.
#[derive(Debug, Deserialize)]
pub struct Side {
    /// What it is.
    pub name: String,
    /// Mean, in nanoseconds.
    pub mean_ns: f64,
    /// Median.
    pub p50_ns: f64,
    /// 99th percentile.
    pub p99_ns: f64,
    /// Samples counted.
    pub samples: usize,
    /// A `memory` row's figure: the peak memory above rest, in bytes.
    #[serde(default)]
    pub peak_bytes: Option<u64>,
}

/// Builds and runs the bench target: optimized with `cargo bench`, or once
/// per case in the test profile with `quick`.
pub fn run(root: &Path, apis: &[Api], quick: bool) -> Result<Results, String> {
    let mut examples = Vec::new();
    for api in apis {
        let spec = Spec::load(root, &api.spec_path()).map_err(|e| e.to_string())?;
        for example in examples::documented(&spec) {
            examples.push(DocumentedExample {
                api: api.name.clone(),
                spec: spec.path.display().to_string(),
                operation: example.operation_id.clone(),
                message: match &example.message {
                    Message::Request => "request".to_owned(),
                    Message::Response(status) => status.clone(),
                },
                pointer: example.pointer.clone(),
                value: example.value.clone(),
            });
        }
    }
    let dir = scratch_dir(root)?;
    let input = dir.join("examples.json");
    let results = dir.join("results.json");
    let text = serde_json::to_string(&Input { examples }).expect("examples encode");
    std::fs::write(&input, text).map_err(|e| format!("{}: {e}", input.display()))?;
    let _ = std::fs::remove_file(&results);

    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(root);
    if quick {
        // The whole workspace selected, so that features unify as in `cargo
        // test --workspace` and nothing is built twice; only this target runs.
        command.args(["test", "--locked", "--workspace", "--bench", "client", "--"]);
        command.arg("--quick");
    } else {
        command.args([
            "bench",
            "--locked",
            "-p",
            "client-bench",
            "--bench",
            "client",
            "--",
        ]);
    }
    command
        .arg("--input")
        .arg(&input)
        .arg("--results")
        .arg(&results);
    eprintln!("running {command:?}");
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("the client bench failed ({status})"));
    }
    let text =
        std::fs::read_to_string(&results).map_err(|e| format!("{}: {e}", results.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", results.display()))
}

/// `target/bench/`, where the bench's input and output files go.
pub fn scratch_dir(root: &Path) -> Result<std::path::PathBuf, String> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), std::path::PathBuf::from);
    let dir = target.join("bench");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

//! Codegen, timed stage by stage in this process: exactly what `cargo
//! xtask codegen --check` runs, built in the same profile, with an observer
//! that notes when each stage of each spec ends.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use spec_model::workspace::Api;

use crate::codegen::{self, Stage};

/// The figures of one run of every stage over every spec.
#[derive(Debug, Default)]
pub struct Iteration {
    /// Seconds per spec and stage.
    pub stages: BTreeMap<(PathBuf, Stage), f64>,
    /// Seconds for the whole of `codegen --check` in process: every output,
    /// then the comparison with what is on disk.
    pub whole: f64,
    /// Seconds to parse each spec's printed `generated.rs` again, as the
    /// example catalog once did; it no longer does.
    pub reparse: BTreeMap<PathBuf, f64>,
}

/// Runs `codegen --check` once in process, timing its stages.
pub fn iteration(root: &Path, apis: &[Api]) -> Result<Iteration, String> {
    let mut figures = Iteration::default();
    let started = Instant::now();
    let mut last = started;
    let outputs = codegen::outputs_observed(root, apis, apis, &mut |spec, stage| {
        let now = Instant::now();
        *figures
            .stages
            .entry((spec.to_path_buf(), stage))
            .or_default() += (now - last).as_secs_f64();
        last = now;
    })
    .map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let differences = codegen::differences(root, &outputs);
    figures.whole = started.elapsed().as_secs_f64();
    if !differences.is_empty() {
        return Err(format!(
            "{} generated files differ from their specs; run `{}` first",
            differences.len(),
            codegen::COMMAND
        ));
    }
    for api in apis {
        let generated = api.generated_path();
        let Some(output) = outputs.iter().find(|o| o.path == generated) else {
            continue;
        };
        let at = Instant::now();
        let parsed = syn::parse_file(&output.contents);
        let took = at.elapsed().as_secs_f64();
        parsed.map_err(|e| format!("{}: {e}", generated.display()))?;
        figures.reparse.insert(api.spec_path(), took);
    }
    Ok(figures)
}

/// The median over iterations of the sum over specs of one stage.
pub fn stage_median(iterations: &[Iteration], stage: Stage) -> f64 {
    let totals: Vec<f64> = iterations
        .iter()
        .map(|i| {
            i.stages
                .iter()
                .filter(|((_, s), _)| *s == stage)
                .map(|(_, t)| t)
                .sum()
        })
        .collect();
    super::table::median(&totals)
}

/// The median over iterations of every stage of one spec.
pub fn spec_median(iterations: &[Iteration], spec: &Path) -> f64 {
    let totals: Vec<f64> = iterations
        .iter()
        .map(|i| {
            i.stages
                .iter()
                .filter(|((p, _), _)| p == spec)
                .map(|(_, t)| t)
                .sum()
        })
        .collect();
    super::table::median(&totals)
}

//! `cargo xtask bench`: one table of every figure the project watches, each
//! beside a baseline measured in the same run.
//!
//! - [`codegen`]: codegen stage by stage, in this process, so in the
//!   profile `cargo xtask` itself is built in; and `cargo xtask codegen
//!   --check` as a whole process, through cargo, as a maintainer runs it;
//! - [`client`]: one call through each generated client against raw
//!   reqwest, and decoding and encoding against `serde_json::Value`,
//!   measured by the optimized `client-bench` crate;
//! - [`peer`]: openapi-generator on the same specs, when it is on `PATH`;
//! - [`builds`]: with `--builds`, a generated crate's rebuild and a cold
//!   build of one client, beside the peer's crate for the same spec.
//!
//! With `--quick`, everything runs once and nothing is worth quoting: CI
//! runs it so that the benchmarks keep building and running.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use spec_model::workspace::Api;

use crate::codegen::Stage;

pub mod builds;
pub mod client;
pub mod codegen;
pub mod growth;
pub mod peer;
pub mod table;

use table::{Row, Target, median, seconds_text};

/// What to run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Each measurement once: proves the benchmarks run, measures nothing.
    pub quick: bool,
    /// Also the build times (minutes, and a scratch target directory).
    pub builds: bool,
    /// Only codegen over specs of growing size ([`growth`]).
    pub growth_only: bool,
}

/// The table, and notes on what was not measured.
#[derive(Debug, Default)]
pub struct Report {
    /// Every row.
    pub rows: Vec<Row>,
    /// What was skipped, and what the figures are.
    pub notes: Vec<String>,
}

/// `cargo xtask codegen --check` must take at most this long, as a whole
/// process through cargo.
pub const CODEGEN_CHECK_TARGET_SECONDS: f64 = 0.35;
/// ...and be at least this many times faster than the peer.
pub const PEER_SPEEDUP_TARGET: f64 = 30.0;
/// A call through the generated client may take at most this many times
/// as long as raw reqwest.
pub const CALL_RATIO_TARGET: f64 = 1.05;
/// Decoding into the generated types must be at least this many times
/// faster than into `serde_json::Value`.
pub const DECODE_SPEEDUP_TARGET: f64 = 1.3;
/// Encoding the generated types must be at least as fast as `Value`.
pub const ENCODE_SPEEDUP_TARGET: f64 = 1.0;
/// Generated lines, at most this many times the peer's for the same specs.
pub const PEER_LINES_TARGET: f64 = 1.5;
/// A generated crate's rebuild after a spec change, at most.
pub const REBUILD_TARGET_SECONDS: f64 = 1.0;
/// The API crates' feature for TLS whose cryptography is ring, whose cold
/// build the table gives beside the default one.
pub const RING_FEATURE: &str = "rustls-ring";
/// Rounds of the peer's generation over every spec, counted.
const PEER_ROUNDS: usize = 3;
/// Rebuilds counted, per crate and side.
const REBUILD_RUNS: usize = 5;

/// A scratch directory outside the repository (in the system's temporary
/// directory, uniquely named), removed when the value is dropped.
pub fn scratch_dir(label: &str) -> Result<tempfile::TempDir, String> {
    tempfile::Builder::new()
        .prefix(&format!("xtask-bench-{label}-"))
        .tempdir()
        .map_err(|e| {
            format!(
                "cannot make a scratch directory in {}: {e}",
                std::env::temp_dir().display()
            )
        })
}

/// Runs every benchmark over `apis`.
pub fn run(root: &Path, apis: &[Api], options: Options) -> Result<Report, String> {
    let mut report = Report::default();
    if options.growth_only {
        if !options.quick {
            size_rows(root, apis, peer::find().as_ref(), &mut report)?;
        }
        growth_rows(root, options, &mut report)?;
        return Ok(report);
    }
    let profile = if cfg!(debug_assertions) {
        "dev"
    } else {
        "release"
    };
    report.notes.push(format!(
        "codegen: measured in this `cargo xtask` process (profile {profile}), the median of {} runs \
         over the {} specs; calls, drift, decode and encode: the `client-bench` crate{}",
        iterations(options),
        apis.len(),
        if options.quick {
            ", once each (quick mode: no figure here means anything)"
        } else {
            " built with `cargo bench` (release)"
        }
    ));

    let peer = if options.quick {
        Err("not run in quick mode".to_owned())
    } else {
        peer::find()
    };
    let generation = peer.as_ref().map_err(Clone::clone).and_then(|peer| {
        eprintln!(
            "peer: {} `generate -g rust`, {PEER_ROUNDS} rounds over the specs ...",
            peer.name()
        );
        peer.generation_seconds(root, apis, PEER_ROUNDS)
            .map(|seconds| (peer.name(), seconds))
    });
    match &generation {
        Ok(_) => report.notes.push(format!(
            "openapi-generator (the peer): `{} generate -g rust -i specs/<api>.yaml`, one process \
             per spec, the median of {PEER_ROUNDS} rounds after one not counted",
            peer::PROGRAM
        )),
        Err(why) => report
            .notes
            .push(format!("openapi-generator (the peer): skipped: {why}")),
    }
    codegen_rows(root, apis, options, generation.ok(), &mut report)?;
    if !options.quick {
        size_rows(root, apis, peer.as_ref(), &mut report)?;
    }
    growth_rows(root, options, &mut report)?;

    eprintln!("client: building and running the client bench ...");
    let results = client::run(root, apis, options.quick)?;
    report.rows.extend(results.rows.iter().map(client_row));

    if options.builds && !options.quick {
        build_rows(root, apis, peer.as_ref(), &mut report)?;
    } else {
        report.notes.push(
            "build times: not measured (`cargo xtask bench --builds` measures them)".to_owned(),
        );
    }
    Ok(report)
}

fn iterations(options: Options) -> usize {
    if options.quick { 1 } else { 10 }
}

fn codegen_rows(
    root: &Path,
    apis: &[Api],
    options: Options,
    peer: Option<(String, f64)>,
    report: &mut Report,
) -> Result<(), String> {
    eprintln!("codegen: {} runs in process ...", iterations(options));
    if !options.quick {
        // Warm the file cache and the allocator; not counted.
        codegen::iteration(root, apis)?;
    }
    let runs = (0..iterations(options))
        .map(|_| codegen::iteration(root, apis))
        .collect::<Result<Vec<_>, _>>()?;
    let whole = median(&runs.iter().map(|r| r.whole).collect::<Vec<_>>());
    let peer_text = |ours: f64| {
        peer.as_ref().map_or_else(String::new, |(name, seconds)| {
            format!(
                "{name} `generate -g rust`, {} specs: {} (ours {:.1}× faster)",
                apis.len(),
                seconds_text(*seconds),
                seconds / ours
            )
        })
    };
    let peer_target = |ours: f64| {
        peer.as_ref().map(|(_, seconds)| {
            Target::ratio_at_most(
                ours / seconds,
                1.0 / PEER_SPEEDUP_TARGET,
                &format!("≥ {PEER_SPEEDUP_TARGET}× faster than the peer"),
            )
        })
    };

    if !options.quick {
        eprintln!("codegen: `cargo xtask codegen --check` as a whole process ...");
        let process = whole_process(root, 5)?;
        report.rows.push(Row {
            what: format!(
                "`cargo xtask codegen --check`, {} specs, whole process through cargo",
                apis.len()
            ),
            ours: seconds_text(process),
            baseline: peer_text(process),
            ratio: peer.as_ref().map(|(_, p)| process / p),
            targets: std::iter::once(Target::seconds_at_most(
                process,
                CODEGEN_CHECK_TARGET_SECONDS,
            ))
            .chain(peer_target(process))
            .collect(),
        });
    }
    report.rows.push(Row {
        what: format!("codegen --check in process, {} specs", apis.len()),
        ours: seconds_text(whole),
        baseline: peer_text(whole),
        ratio: peer.as_ref().map(|(_, p)| whole / p),
        targets: peer_target(whole).into_iter().collect(),
    });
    let whole_text = format!("all stages: {}", seconds_text(whole));
    for stage in Stage::ALL {
        let took = codegen::stage_median(&runs, stage);
        report.rows.push(Row {
            what: format!("codegen stage: {}", stage.name()),
            ours: seconds_text(took),
            baseline: whole_text.clone(),
            ratio: Some(took / whole),
            targets: Vec::new(),
        });
        if stage == Stage::Catalog {
            let reparse = median(
                &runs
                    .iter()
                    .map(|r| r.reparse.values().sum())
                    .collect::<Vec<f64>>(),
            );
            let last = report.rows.last_mut().expect("just pushed");
            last.baseline = format!(
                "parsing the printed generated.rs again: {}",
                seconds_text(reparse)
            );
            last.ratio = Some(took / reparse);
            last.targets = vec![Target {
                text: "no second parse".to_owned(),
                met: took < reparse,
            }];
        }
    }
    for api in apis {
        let took = codegen::spec_median(&runs, &api.spec_path());
        report.rows.push(Row {
            what: format!("codegen of {}", api.spec_path().display()),
            ours: seconds_text(took),
            baseline: whole_text.clone(),
            ratio: Some(took / whole),
            targets: Vec::new(),
        });
    }
    Ok(())
}

/// The lines of each API's `generated.rs` (as committed: `codegen --check`
/// keeps them the specs'), beside the Rust the peer generates for the same
/// spec, and the four together against [`PEER_LINES_TARGET`].
fn size_rows(
    root: &Path,
    apis: &[Api],
    peer: Result<&peer::Peer, &String>,
    report: &mut Report,
) -> Result<(), String> {
    let scratch = scratch_dir("peer-size")?;
    let mut ours_total = peer::Size::default();
    let mut peer_total = peer::Size::default();
    for api in apis {
        let path = root.join(api.generated_path());
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut ours = peer::Size::default();
        ours.add(&text);
        ours_total.lines += ours.lines;
        ours_total.bytes += ours.bytes;
        let theirs = match peer {
            Ok(peer) => {
                eprintln!("peer: the size of its client for {} ...", api.name);
                Some(peer.generated_size(root, api, &scratch.path().join(&api.name))?)
            }
            Err(_) => None,
        };
        if let Some(theirs) = theirs {
            peer_total.lines += theirs.lines;
            peer_total.bytes += theirs.bytes;
        }
        report.rows.push(size_row(
            &format!("generated lines of {}", api.generated_path().display()),
            ours,
            theirs,
            peer,
            false,
        ));
    }
    let theirs = peer.is_ok().then_some(peer_total);
    report.rows.push(size_row(
        &format!("generated lines, {} specs", apis.len()),
        ours_total,
        theirs,
        peer,
        true,
    ));
    Ok(())
}

fn size_row(
    what: &str,
    ours: peer::Size,
    theirs: Option<peer::Size>,
    peer: Result<&peer::Peer, &String>,
    with_target: bool,
) -> Row {
    let kb = |s: peer::Size| format!("{} lines ({:.0} KB)", s.lines, s.bytes as f64 / 1000.0);
    let ratio = theirs.map(|t| ours.lines as f64 / t.lines as f64);
    Row {
        what: what.to_owned(),
        ours: kb(ours),
        baseline: match (theirs, peer) {
            (Some(t), Ok(p)) => format!("{}'s `src/**/*.rs`: {}", p.name(), kb(t)),
            (_, Err(why)) => format!("the peer: skipped: {why}"),
            _ => String::new(),
        },
        ratio,
        targets: match ratio {
            Some(r) if with_target => vec![Target::ratio_at_most(
                r,
                PEER_LINES_TARGET,
                &format!("≤ {PEER_LINES_TARGET:.1}× the peer's"),
            )],
            _ => Vec::new(),
        },
    }
}

/// The rows of codegen over specs of growing size: one per size, each
/// against the smallest per operation, then the slopes (the largest size
/// against the smallest, per operation and per KB) of the whole, of the
/// generated lines and of each stage.
fn growth_rows(root: &Path, options: Options, report: &mut Report) -> Result<(), String> {
    let measured = growth::measure(root, options.quick)?;
    let (Some(smallest), Some(largest)) = (measured.first(), measured.last()) else {
        return Ok(());
    };
    let per_operation = |m: &growth::Measured, figure: f64| figure / m.operations as f64;
    let slope = |figure: &dyn Fn(&growth::Measured) -> f64| {
        per_operation(largest, figure(largest)) / per_operation(smallest, figure(smallest))
    };
    let linear = |ratio: f64| {
        Target::ratio_at_most(
            ratio,
            growth::LINEAR_SLOPE_TARGET,
            &format!("≤ {:.2}× (linear)", growth::LINEAR_SLOPE_TARGET),
        )
    };
    let nearest_megabyte = measured
        .iter()
        .min_by_key(|m| m.bytes.abs_diff(growth::MEGABYTE))
        .map(|m| m.operations);
    for m in &measured {
        let mut targets = Vec::new();
        if !options.quick && Some(m.operations) == nearest_megabyte {
            targets.push(Target::seconds_at_most(
                m.check,
                growth::MEGABYTE_CHECK_TARGET_SECONDS,
            ));
        }
        report.rows.push(Row {
            what: format!(
                "codegen --check in process of {} grown to {} operations, {} schemas, {:.0} KB; \
                 per operation",
                growth::SOURCE,
                m.operations,
                m.schemas,
                m.bytes as f64 / 1000.0
            ),
            ours: format!(
                "{} (generating {}); {} lines, mock {} lines",
                seconds_text(m.check),
                seconds_text(m.codegen),
                m.lines,
                m.mock_lines
            ),
            baseline: format!(
                "{} operations: {}",
                smallest.operations,
                seconds_text(smallest.check)
            ),
            ratio: Some(per_operation(m, m.check) / per_operation(smallest, smallest.check)),
            targets,
        });
    }
    let span = format!(
        "{} operations against {}",
        largest.operations, smallest.operations
    );
    let check = slope(&|m| m.check);
    report.rows.push(Row {
        what: format!("growth slope: `--check` time per operation, {span}"),
        ours: seconds_text(per_operation(largest, largest.check)),
        baseline: seconds_text(per_operation(smallest, smallest.check)),
        ratio: Some(check),
        targets: vec![linear(check)],
    });
    let per_kb = |m: &growth::Measured| m.check / (m.bytes as f64 / 1000.0);
    let kb = per_kb(largest) / per_kb(smallest);
    report.rows.push(Row {
        what: format!("growth slope: `--check` time per KB of YAML, {span}"),
        ours: seconds_text(per_kb(largest)),
        baseline: seconds_text(per_kb(smallest)),
        ratio: Some(kb),
        targets: vec![linear(kb)],
    });
    let lines = slope(&|m| m.lines as f64);
    report.rows.push(Row {
        what: format!("growth slope: generated lines per operation, {span}"),
        ours: format!("{:.0}", per_operation(largest, largest.lines as f64)),
        baseline: format!("{:.0}", per_operation(smallest, smallest.lines as f64)),
        ratio: Some(lines),
        targets: vec![linear(lines)],
    });
    for stage in Stage::ALL {
        let time = |m: &growth::Measured| m.stages.get(&stage).copied().unwrap_or_default();
        let ratio = slope(&time);
        report.rows.push(Row {
            what: format!(
                "growth slope of stage {}: time per operation, {span}",
                stage.name()
            ),
            ours: format!(
                "{} ({} in all)",
                seconds_text(per_operation(largest, time(largest))),
                seconds_text(time(largest))
            ),
            baseline: format!(
                "{} ({} in all)",
                seconds_text(per_operation(smallest, time(smallest))),
                seconds_text(time(smallest))
            ),
            ratio: Some(ratio),
            targets: vec![linear(ratio)],
        });
    }
    report.notes.push(format!(
        "growth: {} repeated under new names (examples and descriptions left out), each size \
         generated in this process and checked against its outputs written once to a scratch \
         directory, the median of {} runs after one not counted",
        growth::SOURCE,
        if options.quick { 1 } else { 3 }
    ));
    Ok(())
}

/// The median wall time of `runs` runs of `cargo xtask codegen --check`,
/// after one not counted.
fn whole_process(root: &Path, runs: usize) -> Result<f64, String> {
    let mut samples = Vec::new();
    for run in 0..=runs {
        let started = Instant::now();
        let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .current_dir(root)
            .args(["xtask", "codegen", "--check"])
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let took = started.elapsed().as_secs_f64();
        if !output.status.success() {
            return Err(format!(
                "`cargo xtask codegen --check` failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        if run > 0 {
            samples.push(took);
        }
    }
    Ok(median(&samples))
}

fn client_row(comparison: &client::Comparison) -> Row {
    if comparison.group == "memory" {
        return memory_row(comparison);
    }
    let ours = &comparison.subject;
    let base = &comparison.baseline;
    let ratio = ours.mean_ns / base.mean_ns;
    let size = format!("{:.1} KB", comparison.bytes as f64 / 1000.0);
    let (what, target) = match comparison.group.as_str() {
        "call" => (
            format!("one call: {} ({size})", comparison.case),
            Some(Target::ratio_at_most(ratio, CALL_RATIO_TARGET, "≤ 1.05×")),
        ),
        // What reporting drift costs when it is on: a second parse of each
        // body and a walk beside its schema, whose time depends on the
        // body; the row says what it is, against no limit.
        "drift" => (
            format!("one call, drift reports on: {} ({size})", comparison.case),
            None,
        ),
        // Renewing credentials, while the cached token is good: one read
        // of the cache per call.
        "token" => (
            format!(
                "one call, token from a source: {} ({size})",
                comparison.case
            ),
            Some(Target::ratio_at_most(ratio, 1.01, "≤ 1.01×")),
        ),
        "decode" => (
            format!("decode: {} ({size})", comparison.case),
            Some(Target::ratio_at_most(
                ratio,
                1.0 / DECODE_SPEEDUP_TARGET,
                "≤ 0.77× (≥ 1.3× faster)",
            )),
        ),
        _ => (
            format!("encode: {} ({size})", comparison.case),
            Some(Target::ratio_at_most(
                ratio,
                1.0 / ENCODE_SPEEDUP_TARGET,
                "≤ 1.00×",
            )),
        ),
    };
    let figures = |side: &client::Side| {
        if matches!(comparison.group.as_str(), "call" | "drift" | "token") {
            format!(
                "mean {} · p50 {} · p99 {}",
                seconds_text(side.mean_ns / 1e9),
                seconds_text(side.p50_ns / 1e9),
                seconds_text(side.p99_ns / 1e9)
            )
        } else {
            format!("mean {}", seconds_text(side.mean_ns / 1e9))
        }
    };
    Row {
        what,
        ours: format!("{}: {}", ours.name, figures(ours)),
        baseline: format!("{}: {}", base.name, figures(base)),
        ratio: Some(ratio),
        targets: target.into_iter().collect(),
    }
}

/// A memory row: the peak memory of a body far larger than the client
/// reads, through the client against raw reqwest reading it whole; the
/// target is twice the client's bound (the body held, and the buffer it
/// grows into).
fn memory_row(comparison: &client::Comparison) -> Row {
    let mib = |side: &client::Side| side.peak_bytes.unwrap_or(0) as f64 / f64::from(1 << 20);
    let (ours, base) = (&comparison.subject, &comparison.baseline);
    let limit = 2.0 * comparison.bound_bytes.unwrap_or(0) as f64 / f64::from(1 << 20);
    Row {
        what: format!("peak memory: {}", comparison.case),
        ours: format!("{}: {:.1} MiB", ours.name, mib(ours)),
        baseline: format!("{}: {:.1} MiB", base.name, mib(base)),
        ratio: Some(mib(ours) / mib(base)),
        targets: vec![Target {
            text: format!("≤ {limit:.0} MiB (2 × the bound)"),
            met: mib(ours) <= limit,
        }],
    }
}

/// The build rows: every API's rebuild, and a cold build of the API with
/// the largest spec (the most code to build); each beside the peer's crate
/// for the same spec. Cold builds run one at a time, each in its own
/// scratch target directory.
fn build_rows(
    root: &Path,
    apis: &[Api],
    peer: Result<&peer::Peer, &String>,
    report: &mut Report,
) -> Result<(), String> {
    let mut ours_rebuilds = Vec::new();
    for api in apis {
        eprintln!("builds: rebuilding {} ...", api.name);
        ours_rebuilds.push(builds::rebuild_seconds(root, api, REBUILD_RUNS)?);
    }
    let Some(cold_api) = apis
        .iter()
        .max_by_key(|api| std::fs::metadata(root.join(api.spec_path())).map_or(0, |m| m.len()))
    else {
        return Ok(());
    };
    eprintln!("builds: cold build of {} (minutes) ...", cold_api.name);
    let ours_cold = builds::cold_build_seconds(root, cold_api)?;
    eprintln!(
        "builds: cold build of {} with `{RING_FEATURE}` (minutes) ...",
        cold_api.name
    );
    let ring_cold = builds::cold_build_seconds_with(root, cold_api, Some(RING_FEATURE))?;

    // The peer's figures, or why there is none: per API, and the cold build.
    let (peer_rebuilds, peer_cold): (Vec<Result<f64, String>>, Result<f64, String>) = match peer {
        Err(why) => (
            apis.iter()
                .map(|_| Err(format!("skipped: {why}")))
                .collect(),
            Err(format!("skipped: {why}")),
        ),
        Ok(peer) => {
            eprintln!("builds: generating the peer's crates ...");
            match builds::PeerCrates::generate(peer, root, apis) {
                Err(why) => (
                    apis.iter().map(|_| Err(why.clone())).collect(),
                    Err(why.clone()),
                ),
                Ok(crates) => {
                    eprintln!(
                        "builds: cold build of the peer's {} (minutes) ...",
                        cold_api.name
                    );
                    let cold = crates.cold_build_seconds(cold_api);
                    let rebuilds = apis
                        .iter()
                        .map(|api| {
                            eprintln!("builds: rebuilding the peer's {} ...", api.name);
                            crates.rebuild_seconds(api, REBUILD_RUNS)
                        })
                        .collect();
                    (rebuilds, cold)
                }
            }
        }
    };
    let peer_name = peer.map_or_else(|_| "openapi-generator".to_owned(), peer::Peer::name);
    let baseline = |figure: &Result<f64, String>| match figure {
        Ok(seconds) => format!("{peer_name}'s crate: {}", seconds_text(*seconds)),
        Err(why) => format!("{peer_name}'s crate: {why}"),
    };

    for ((api, ours), theirs) in apis.iter().zip(ours_rebuilds).zip(&peer_rebuilds) {
        report.rows.push(Row {
            what: format!(
                "rebuild of `{}` after its generated code changes (dev, incremental)",
                api.name
            ),
            ours: seconds_text(ours),
            baseline: baseline(theirs),
            ratio: theirs.as_ref().ok().map(|theirs| ours / theirs),
            targets: vec![Target::seconds_at_most(ours, REBUILD_TARGET_SECONDS)],
        });
    }
    report.rows.push(Row {
        what: format!(
            "cold build of `{}` (the largest spec) with its dependencies (dev)",
            cold_api.name
        ),
        ours: seconds_text(ours_cold),
        baseline: baseline(&peer_cold),
        ratio: peer_cold.as_ref().ok().map(|theirs| ours_cold / theirs),
        targets: peer_cold
            .as_ref()
            .ok()
            .map(|theirs| Target::ratio_at_most(ours_cold / theirs, 1.0, "≤ the peer's"))
            .into_iter()
            .collect(),
    });
    report.rows.push(Row {
        what: format!(
            "cold build of `{}` with `--no-default-features --features {RING_FEATURE}` (TLS on \
             ring) with its dependencies (dev)",
            cold_api.name
        ),
        ours: seconds_text(ring_cold),
        baseline: format!(
            "default features (`rustls`, TLS on aws-lc-rs): {}",
            seconds_text(ours_cold)
        ),
        ratio: Some(ring_cold / ours_cold),
        targets: peer_cold
            .as_ref()
            .ok()
            .map(|theirs| {
                Target::ratio_at_most(
                    ring_cold / theirs,
                    1.0,
                    "≤ the peer's (its crate's default)",
                )
            })
            .into_iter()
            .collect(),
    });
    report.notes.push(format!(
        "build times: `cargo build` in the dev profile with {}, on both sides; a rebuild is the \
         median of {REBUILD_RUNS} after every generated source file is touched (ours: \
         `generated.rs`; the peer's: every file under src/), in the workspace's target directory \
         for ours and in one shared by the peer's crates; a cold build starts from an empty \
         target directory with every source downloaded, ours with the workspace's Cargo.lock \
         and as a consumer's profile builds it (the workspace's dev-profile optimization of the \
         generator's dependencies turned off with `--config`), the peer's with one resolved just \
         before",
        builds::BUILD_ENV
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(" ")
    ));
    Ok(())
}

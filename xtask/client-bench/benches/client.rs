//! The bench target `cargo xtask bench` runs:
//! `client --input <examples.json> --results <results.json> [--quick]
//! [--filter TEXT]` (only the comparisons whose `group case` contain TEXT,
//! such as `call adobe`, for a profiler) [--no-subscriber] (no tracing
//! subscriber: what the spans cost is the difference).
//!
//! `client --input <examples.json> --memory <api> <client|raw>
//! <announced|chunked>` is one side of a memory row, run by the others in
//! a process of its own: it prints the peak memory above rest, in bytes;
//! `client --memory-download <streamed|whole>` likewise for the 1 GiB
//! download row.
//!
//! It installs the tracing subscriber a production service would (the
//! `fmt` layer at INFO, written nowhere), so that the call path's spans are
//! really built, then runs every comparison and writes their figures.

use std::path::PathBuf;
use std::process::ExitCode;

use client_bench::input::Input;
use client_bench::memory::{Download, Reader};
use client_bench::{Budget, run};

fn main() -> ExitCode {
    match main_result() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn main_result() -> Result<(), String> {
    let mut input = None;
    let mut results = None;
    let mut budget = Budget::FULL;
    let mut filter = None;
    let mut subscriber = true;
    let mut memory = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--input" => input = args.next().map(PathBuf::from),
            "--results" => results = args.next().map(PathBuf::from),
            "--quick" => budget = Budget::QUICK,
            "--filter" => filter = args.next(),
            "--no-subscriber" => subscriber = false,
            "--memory" => memory = Some((args.next(), args.next(), args.next())),
            "--memory-download" => {
                let side = args.next().and_then(|a| Download::from_arg(&a));
                let side = side.ok_or("--memory-download: `streamed` or `whole`")?;
                println!("{}", client_bench::memory::measure_download(side)?);
                return Ok(());
            }
            // `cargo bench` passes `--bench`; the rest is cargo's own.
            _ => {}
        }
    }
    let Some(input_path) = input else {
        return Err("run by `cargo xtask bench`, which passes --input and --results".to_owned());
    };
    let text = std::fs::read_to_string(&input_path)
        .map_err(|e| format!("{}: {e}", input_path.display()))?;
    let input: Input =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", input_path.display()))?;

    if let Some(memory) = memory {
        let (Some(api), Some(reader), Some(framing)) = memory else {
            return Err(
                "--memory takes an API, `client` or `raw`, and `announced` or `chunked`".to_owned(),
            );
        };
        let reader = Reader::from_arg(&reader).ok_or("--memory: `client` or `raw`")?;
        let peak = run::memory_child(&input, &api, reader, framing == "announced")?;
        println!("{peak}");
        return Ok(());
    }
    let Some(results) = results else {
        return Err("run by `cargo xtask bench`, which passes --input and --results".to_owned());
    };

    if subscriber {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::INFO)
            .with_writer(std::io::sink)
            .init();
    }

    let figures = run::run(&input, &input_path, budget, filter.as_deref())?;
    let text = serde_json::to_string_pretty(&figures).expect("figures encode");
    std::fs::write(&results, text).map_err(|e| format!("{}: {e}", results.display()))
}

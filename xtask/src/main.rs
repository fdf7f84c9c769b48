//! The workspace's build tasks, run as `cargo xtask <task>`.
//!
//! - `codegen [--check] [API...]`: regenerate `crates/<api>/src/generated.rs`
//!   from `specs/<api>.yaml` (all APIs when none is named). With `--check`,
//!   write nothing and fail, with a diff, where a committed file differs from
//!   what its spec gives.

use std::process::ExitCode;

use xtask::{codegen, project};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  codegen [--check] [API...]   regenerate crates/<api>/src/generated.rs from specs/<api>.yaml
                               (every API when none is named); --check writes nothing and fails,
                               with a diff, if a generated file differs from what its spec gives
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("codegen") => codegen_task(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn codegen_task(args: &[String]) -> ExitCode {
    let check = args.iter().any(|a| a == "--check");
    if let Some(flag) = args.iter().find(|a| a.starts_with('-') && *a != "--check") {
        eprintln!("error: unknown option `{flag}`\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let names: Vec<String> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .cloned()
        .collect();

    let root = project::root();
    let all = match project::apis(&root) {
        Ok(all) => all,
        Err(e) => {
            eprintln!("error: cannot list specs/: {e}");
            return ExitCode::FAILURE;
        }
    };
    let apis = match project::select(all.clone(), &names) {
        Ok(apis) => apis,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    let outputs = match codegen::outputs(&root, &all, &apis) {
        Ok(outputs) => outputs,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            eprintln!(
                "codegen failed for {} of {} specs; no file was written",
                problems.len(),
                apis.len()
            );
            return ExitCode::FAILURE;
        }
    };

    if check {
        let diffs = codegen::differences(&root, &outputs);
        if diffs.is_empty() {
            println!("all {} generated files match their specs", outputs.len());
            return ExitCode::SUCCESS;
        }
        for diff in &diffs {
            print!("{diff}");
        }
        eprintln!(
            "error: {} generated files differ from what their specs give; run `{}` and commit the result",
            diffs.len(),
            codegen::COMMAND
        );
        return ExitCode::FAILURE;
    }

    match codegen::write(&root, &outputs) {
        Ok(written) => {
            for path in &written {
                println!("wrote {}", path.display());
            }
            println!(
                "generated {} of {} APIs; {} files changed",
                apis.len(),
                all.len(),
                written.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: writing the generated files failed: {e}");
            ExitCode::FAILURE
        }
    }
}

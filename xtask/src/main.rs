//! The workspace's build tasks, run as `cargo xtask <task>`.
//!
//! - `codegen [--check] [API...]`: regenerate `crates/<api>/src/generated.rs`
//!   from `specs/<api>.yaml` (all APIs when none is named). With `--check`,
//!   write nothing and fail, with a diff, where a committed file differs from
//!   what its spec gives.

use std::process::ExitCode;

use xtask::{codegen, diff, lint, project, release};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  codegen [--check] [API...]   regenerate crates/<api>/src/generated.rs from specs/<api>.yaml
                               (every API when none is named); --check writes nothing and fails,
                               with a diff, if a generated file differs from what its spec gives
  lint [--rules] [SPEC...]     check specs (every specs/*.yaml when none is named; a SPEC is a
                               path) for what the generator cannot take and the house rules;
                               --rules lists the rules
  diff --base <REV>            report, as Markdown, what the specs' changes since git revision REV
                               do to consumers: API and Rust API changes, breaking or not, and
                               each crate's semver bump; exits 1 when anything is breaking
  release [--base REV] [--check]
                               bump each crate's version and write its CHANGELOG.md entry from
                               what changed since its last release (tag <crate>-v<version>, or
                               REV); --check writes nothing and fails where either is missing
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("codegen") => codegen_task(&args[1..]),
        Some("lint") => lint_task(&args[1..]),
        Some("diff") => diff_task(&args[1..]),
        Some("release") => release::cli::task(&args[1..], USAGE),
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

fn lint_task(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "--rules") {
        for (rule, what) in lint::RULES {
            println!("{rule:<28}{what}");
        }
        return ExitCode::SUCCESS;
    }
    if let Some(flag) = args.iter().find(|a| a.starts_with('-')) {
        eprintln!("error: unknown option `{flag}`\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let root = project::root();
    let paths: Vec<std::path::PathBuf> = if args.is_empty() {
        match project::apis(&root) {
            Ok(apis) => apis.iter().map(project::Api::spec_path).collect(),
            Err(e) => {
                eprintln!("error: cannot list specs/: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        args.iter().map(std::path::PathBuf::from).collect()
    };
    let mut findings = 0;
    for path in &paths {
        for finding in lint::lint_file(&root, path) {
            println!("{finding}");
            findings += 1;
        }
    }
    if findings == 0 {
        println!("{} specs checked: no problems", paths.len());
        ExitCode::SUCCESS
    } else {
        eprintln!("{findings} problems in {} specs checked", paths.len());
        ExitCode::FAILURE
    }
}

fn diff_task(args: &[String]) -> ExitCode {
    let base = match args {
        [flag, rev] if flag == "--base" => rev.clone(),
        [flag] if flag.starts_with("--base=") => flag["--base=".len()..].to_owned(),
        _ => {
            eprintln!("error: `diff` takes `--base <git revision>`\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match diff::run(&project::root(), &base) {
        Ok((report, breaking)) => {
            print!("{report}");
            if breaking {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

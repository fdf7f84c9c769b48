//! `cargo xtask release [--base REV] [--check]` on the command line.

use std::process::ExitCode;

use super::{Options, run, today};
use crate::project;

/// `cargo xtask release` on the command line: its arguments, what it
/// prints, and its exit status (1 when `--check` finds a problem, 2 on bad
/// arguments or an error).
pub fn task(args: &[String], usage: &str) -> std::process::ExitCode {
    let mut options = Options {
        date: today(),
        ..Options::default()
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--check" => options.check = true,
            "--base" => match rest.next() {
                Some(rev) => options.base = Some(rev.clone()),
                None => {
                    eprintln!("error: `--base` takes a git revision\n\n{usage}");
                    return ExitCode::from(2);
                }
            },
            other if other.starts_with("--base=") => {
                options.base = Some(other["--base=".len()..].to_owned());
            }
            other => {
                eprintln!("error: `release` does not take `{other}`\n\n{usage}");
                return ExitCode::from(2);
            }
        }
    }
    match run(&project::root(), &options) {
        Ok(outcome) => {
            print!("{}", outcome.report);
            if outcome.problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                for problem in &outcome.problems {
                    eprintln!("error: {problem}");
                }
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

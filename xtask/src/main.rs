//! The workspace's build tasks, run as `cargo xtask <task>`; `cargo xtask
//! --help` lists them and `cargo xtask <task> --help` explains each.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use spec_model::workspace::{self, Api};
use xtask::lint::Rule;
use xtask::{bench, codegen, conform, diff, lint, release};

/// The workspace's build tasks: generate the API crates from their specs,
/// and review spec changes.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate crates/<api>/src/generated.rs (and the files beside it)
    /// from specs/<api>.yaml.
    Codegen {
        /// Write nothing; fail, with a diff, if a generated file differs
        /// from what its spec gives.
        #[arg(long)]
        check: bool,
        /// The APIs to generate (spec file stems); every API when none is
        /// named.
        apis: Vec<String>,
    },
    /// Check specs for what the generator cannot take and for the house
    /// rules; exits 1 on any finding.
    Lint {
        /// List the rules and what each checks.
        #[arg(long, conflicts_with_all = ["explain", "specs"])]
        rules: bool,
        /// Explain one rule: why it exists and what to write instead.
        #[arg(long, value_name = "RULE", conflicts_with = "specs")]
        explain: Option<String>,
        /// The spec files to check; every specs/*.yaml when none is named.
        specs: Vec<PathBuf>,
    },
    /// Report, as Markdown, what the specs' changes since a git revision do
    /// to consumers; exits 1 when anything is breaking.
    Diff {
        /// The git revision to compare the working tree's specs with.
        #[arg(long, value_name = "REV", required_unless_present_any = ["explain", "kinds"])]
        base: Option<String>,
        /// Explain one kind of change: its verdict for consumers, and why.
        #[arg(long, value_name = "KIND", conflicts_with_all = ["base", "kinds"])]
        explain: Option<String>,
        /// List every kind of change, as the README shows them.
        #[arg(long, conflicts_with = "base")]
        kinds: bool,
    },
    /// Prepare a release: bump the version of each crate whose public API or
    /// code changed since its last release (tag <crate>-v<version>, or the
    /// given base), by Cargo's semver rules, and write its CHANGELOG.md
    /// entry from the same changes `diff` reports.
    Release {
        /// Compare with this git revision instead of each crate's last release.
        #[arg(long, value_name = "REV")]
        base: Option<String>,
        /// Write nothing; fail when a crate's public API changed and its
        /// version or changelog did not follow.
        #[arg(long)]
        check: bool,
    },
    /// Measure codegen stage by stage, a call through each generated client
    /// against raw reqwest, and decoding and encoding the generated types
    /// against serde_json::Value; print one table, each figure beside its
    /// baseline from the same run.
    Bench {
        /// Run each benchmark once, in the test profile: proves they still
        /// build and run (CI), measures nothing.
        #[arg(long)]
        quick: bool,
        /// Also measure build times: each generated crate's rebuild, and a
        /// cold build of one in a scratch target directory, beside the
        /// peer's crates when openapi-generator-cli is on PATH (minutes).
        #[arg(long, conflicts_with = "quick")]
        builds: bool,
        /// Only codegen over specs of growing size (a real spec's
        /// operations and schemas repeated, 10 to 1,000 operations): the
        /// slope of each stage, to find a cost that grows faster than the
        /// spec.
        #[arg(long, conflicts_with = "builds")]
        growth: bool,
    },
    /// Check captured traffic (HAR 1.2 files, or folders of *.har) against
    /// the specs: what the servers send that the specs do not say, with a
    /// suggested specs/QUIRKS.md row for each finding; exits 0 when nothing
    /// is found, 1 on findings, 2 on bad input.
    Conform {
        /// How to print the report.
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
        /// HAR files, or folders of them.
        #[arg(required = true, value_name = "CAPTURE")]
        captures: Vec<PathBuf>,
    },
    /// Rewrite specs written in OpenAPI 3.0 or Swagger 2.0 in OpenAPI 3.1,
    /// with the same meaning: written only when the 3.1 spec generates the
    /// same code (comments are not carried over; the keys come in
    /// OpenAPI's usual order).
    Upgrade {
        /// The spec files to rewrite, such as specs/fabric-orders.yaml.
        #[arg(required = true)]
        specs: Vec<PathBuf>,
    },
}

/// How `conform` prints its report.
#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// For a pull request.
    Markdown,
    /// For tools.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = match workspace::root() {
        Ok(root) => root,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match cli.task {
        Task::Codegen { check, apis } => codegen_task(&root, check, &apis),
        Task::Lint {
            rules,
            explain,
            specs,
        } => {
            if rules {
                list_rules()
            } else if let Some(id) = explain {
                explain_rule(&id)
            } else {
                lint_task(&root, specs)
            }
        }
        Task::Diff {
            base,
            explain,
            kinds,
        } => {
            if kinds {
                print!("{}", diff::catalogue::markdown());
                ExitCode::SUCCESS
            } else if let Some(id) = explain {
                match diff::catalogue::explain(&id) {
                    Ok(text) => {
                        print!("{text}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("error: {e}");
                        ExitCode::from(2)
                    }
                }
            } else {
                diff_task(&root, base.as_deref().unwrap_or("HEAD"))
            }
        }
        Task::Conform { format, captures } => conform_task(&root, format, &captures),
        Task::Release { base, check } => release_task(&root, base, check),
        Task::Bench {
            quick,
            builds,
            growth,
        } => bench_task(
            &root,
            bench::Options {
                quick,
                builds,
                growth_only: growth,
            },
        ),
        Task::Upgrade { specs } => upgrade_task(&root, &specs),
    }
}

fn bench_task(root: &std::path::Path, options: bench::Options) -> ExitCode {
    let apis = match workspace::apis(root) {
        Ok(apis) => apis,
        Err(e) => {
            eprintln!("error: cannot list specs/: {e}");
            return ExitCode::FAILURE;
        }
    };
    match bench::run(root, &apis, options) {
        Ok(report) => {
            print!("{}", bench::table::render(&report.rows));
            for note in &report.notes {
                println!("\n- {note}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn release_task(root: &std::path::Path, base: Option<String>, check: bool) -> ExitCode {
    let options = release::Options {
        base,
        check,
        date: xtask::changelog::today(),
    };
    match release::run(root, &options) {
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

fn conform_task(root: &std::path::Path, format: ReportFormat, captures: &[PathBuf]) -> ExitCode {
    let format = match format {
        ReportFormat::Markdown => conform::report::Format::Markdown,
        ReportFormat::Json => conform::report::Format::Json,
    };
    match conform::run(root, captures) {
        Ok(tally) => {
            let sections = conform::report::ledger(root);
            print!("{}", conform::report::render(&tally, &sections, format));
            if tally.findings().is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            ExitCode::from(2)
        }
    }
}

fn codegen_task(root: &std::path::Path, check: bool, names: &[String]) -> ExitCode {
    let all = match workspace::apis(root) {
        Ok(all) => all,
        Err(e) => {
            eprintln!("error: cannot list specs/: {e}");
            return ExitCode::FAILURE;
        }
    };
    let apis = match workspace::select(all.clone(), names) {
        Ok(apis) => apis,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    let outputs = match codegen::outputs(root, &all, &apis) {
        Ok(outputs) => outputs,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            let failed: std::collections::BTreeSet<_> = problems.iter().map(|p| &p.file).collect();
            eprintln!(
                "codegen failed for {} of {} specs; no file was written",
                failed.len(),
                apis.len()
            );
            return ExitCode::FAILURE;
        }
    };

    if check {
        let diffs = codegen::differences(root, &outputs);
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

    match codegen::write(root, &outputs) {
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

fn list_rules() -> ExitCode {
    for rule in lint::rule::all() {
        println!("{:<28}{}", rule.id, rule.summary);
    }
    println!(
        "\n`cargo xtask lint --explain RULE` says why a rule exists and what to write instead."
    );
    ExitCode::SUCCESS
}

fn explain_rule(id: &str) -> ExitCode {
    match Rule::find(id) {
        Some(rule) => {
            println!("{} ({}): {}\n", rule.id, rule.severity, rule.summary);
            println!("{}", rule.explanation);
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: no rule `{id}`; `cargo xtask lint --rules` lists them");
            ExitCode::from(2)
        }
    }
}

fn lint_task(root: &std::path::Path, specs: Vec<PathBuf>) -> ExitCode {
    let paths: Vec<PathBuf> = if specs.is_empty() {
        match workspace::apis(root) {
            Ok(apis) => apis.iter().map(Api::spec_path).collect(),
            Err(e) => {
                eprintln!("error: cannot list specs/: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        specs
    };
    let mut findings = 0;
    for path in &paths {
        for finding in lint::lint_file(root, path) {
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

fn diff_task(root: &std::path::Path, base: &str) -> ExitCode {
    match diff::run(root, base) {
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

fn upgrade_task(root: &std::path::Path, specs: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in specs {
        match xtask::upgrade::upgrade_file(root, path) {
            Ok(xtask::upgrade::Outcome::Upgraded(from)) => println!(
                "{}: rewritten from {} in OpenAPI 3.1; review it and move its comments across",
                path.display(),
                from.name()
            ),
            Ok(xtask::upgrade::Outcome::AlreadyCurrent) => {
                println!("{}: already OpenAPI 3.1, left as it is", path.display());
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

//! The peer: openapi-generator's Rust client generator
//! (`openapi-generator-cli generate -g rust`) on the same specs, when it is
//! on `PATH`. It is never a dependency of the project: install it for
//! measuring only, outside the repository (see [`INSTALL`]). Timed as whole
//! processes, since that is how it runs; it is given local files only, and
//! reaches no network while it generates.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use spec_model::workspace::Api;

use super::table::median;

/// The peer's program.
pub const PROGRAM: &str = "openapi-generator-cli";

/// How to install the peer for a measurement, outside the repository.
pub const INSTALL: &str = "python3 -m venv /path/outside/the/repo && \
     /path/outside/the/repo/bin/pip install openapi-generator-cli, then put its bin/ on PATH; \
     it runs its jar with Java 11 or later";

/// The size of generated Rust.
#[derive(Clone, Copy, Debug, Default)]
pub struct Size {
    /// Lines.
    pub lines: usize,
    /// Bytes.
    pub bytes: usize,
}

impl Size {
    /// Counts `text` in.
    pub fn add(&mut self, text: &str) {
        self.lines += text.lines().count();
        self.bytes += text.len();
    }
}

/// The peer, found on `PATH`.
#[derive(Clone, Debug)]
pub struct Peer {
    /// What `openapi-generator-cli version` prints, such as `7.26.0`.
    pub version: String,
}

/// The peer, or why it cannot be run.
pub fn find() -> Result<Peer, String> {
    let output = Command::new(PROGRAM)
        .arg("version")
        .stdin(Stdio::null())
        .output();
    match output {
        Ok(output) if output.status.success() => Ok(Peer {
            version: String::from_utf8_lossy(&output.stdout)
                .lines()
                .map(str::trim)
                .rfind(|line| !line.is_empty())
                .unwrap_or("(unknown version)")
                .to_owned(),
        }),
        _ => Err(format!("`{PROGRAM}` is not on PATH ({INSTALL})")),
    }
}

impl Peer {
    /// The peer's name and version, as the table shows it.
    pub fn name(&self) -> String {
        format!("openapi-generator {}", self.version)
    }

    /// Generates `api`'s Rust client into `dir` (replacing what is there),
    /// as `generate -g rust` does by default; returns the seconds it took.
    pub fn generate(&self, root: &Path, api: &Api, dir: &Path) -> Result<f64, String> {
        let _ = std::fs::remove_dir_all(dir);
        let started = Instant::now();
        let output = Command::new(PROGRAM)
            .current_dir(root)
            .args(["generate", "-g", "rust", "-i"])
            .arg(api.spec_path())
            .arg("-o")
            .arg(dir)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {PROGRAM}: {e}"))?;
        let took = started.elapsed().as_secs_f64();
        if !output.status.success() {
            // It logs to stdout; its last lines say what went wrong.
            let mut log = String::from_utf8_lossy(&output.stdout).into_owned();
            log.push_str(&String::from_utf8_lossy(&output.stderr));
            let tail: Vec<&str> = log.lines().rev().take(5).collect();
            return Err(format!(
                "{PROGRAM} failed on {}: {}",
                api.spec_path().display(),
                tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
            ));
        }
        Ok(took)
    }

    /// The lines and bytes of the Rust the peer generates for `api` (every
    /// `.rs` file under its `src/`), generated into `dir`.
    pub fn generated_size(&self, root: &Path, api: &Api, dir: &Path) -> Result<Size, String> {
        self.generate(root, api, dir)?;
        let mut size = Size::default();
        let mut stack = vec![dir.join("src")];
        while let Some(at) = stack.pop() {
            let entries =
                std::fs::read_dir(&at).map_err(|e| format!("cannot read {}: {e}", at.display()))?;
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    size.add(&text);
                }
            }
        }
        Ok(size)
    }

    /// The median seconds of `rounds` rounds of generating a client for
    /// every spec, after one round not counted (it warms the file cache),
    /// in a scratch directory outside the repository, removed afterwards.
    pub fn generation_seconds(
        &self,
        root: &Path,
        apis: &[Api],
        rounds: usize,
    ) -> Result<f64, String> {
        let scratch = super::scratch_dir("peer-codegen")?;
        let mut totals = Vec::new();
        for round in 0..=rounds {
            let mut total = 0.0;
            for api in apis {
                total += self.generate(root, api, &scratch.path().join(&api.name))?;
            }
            if round > 0 {
                totals.push(total);
            }
        }
        Ok(median(&totals))
    }
}

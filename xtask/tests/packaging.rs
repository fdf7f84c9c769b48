//! What every crate under `crates/` needs to be packaged and consumed
//! outside the workspace, read from `cargo metadata`: package metadata,
//! license files, a README that is its docs page and says what the skeleton
//! says, a changelog entry for its version, and a `rust-version` that its
//! dependencies do not exceed (only one toolchain is installed, so this is
//! how the declared minimum is proved). The dependencies are those of this
//! machine's platform: a test reads no network, and cargo downloads only
//! those; a Windows- or macOS-only dependency is not checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use spec_model::workspace as project;

/// The workspace's metadata, read offline (no test reaches the network),
/// so resolved for this machine's platform only: that is what `cargo test`
/// has downloaded, while the packages of other platforms (Windows console
/// crates) may never have been.
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .args(["--filter-platform", &host()])
        .current_dir(project::root().expect("the workspace root"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The target triple of the `rustc` that cargo runs.
fn host() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = Command::new(rustc).arg("-vV").output().unwrap();
    assert!(output.status.success(), "rustc -vV failed");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .expect("rustc -vV names its host")
        .to_owned()
}

/// The packages whose manifests are under `crates/`, by id.
fn packaged(metadata: &Value) -> Vec<&Value> {
    let crates = project::root().expect("the workspace root").join("crates");
    metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| Path::new(p["manifest_path"].as_str().unwrap()).starts_with(&crates))
        .collect()
}

fn dir_of(package: &Value) -> PathBuf {
    Path::new(package["manifest_path"].as_str().unwrap())
        .parent()
        .unwrap()
        .to_owned()
}

#[test]
fn every_crate_has_the_metadata_a_package_needs() {
    let metadata = metadata();
    let packages = packaged(&metadata);
    assert!(packages.len() >= 2, "{packages:?}");
    let root = project::root().expect("the workspace root");
    for package in packages {
        let name = package["name"].as_str().unwrap();
        for field in [
            "description",
            "license",
            "repository",
            "readme",
            "rust_version",
        ] {
            assert!(
                package[field].as_str().is_some_and(|v| !v.is_empty()),
                "{name}: no `{field}`"
            );
        }
        for field in ["keywords", "categories"] {
            assert!(
                package[field].as_array().is_some_and(|v| !v.is_empty()),
                "{name}: no `{field}`"
            );
        }
        // Off crates.io; a private registry may take it.
        assert_eq!(
            package["publish"],
            serde_json::json!(["internal"]),
            "{name}"
        );
        let dir = dir_of(package);
        for license in ["LICENSE-MIT", "LICENSE-APACHE"] {
            assert_eq!(
                std::fs::read_to_string(dir.join(license)).ok(),
                std::fs::read_to_string(root.join(license)).ok(),
                "{name}: {license} must be the root's"
            );
        }
        let lib = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
        assert!(
            lib.contains("#![doc = include_str!(\"../README.md\")]"),
            "{name}: its README is its docs page"
        );
        let version = package["version"].as_str().unwrap();
        let changelog = std::fs::read_to_string(dir.join("CHANGELOG.md")).unwrap_or_default();
        assert!(
            changelog.contains(&format!("\n## [{version}] - ")),
            "{name}: CHANGELOG.md has no entry for {version}"
        );
    }
}

#[test]
fn every_api_crate_readme_has_the_skeleton_sections() {
    let metadata = metadata();
    for package in packaged(&metadata) {
        let name = package["name"].as_str().unwrap();
        if name == xtask::release::RUNTIME {
            continue;
        }
        let version = package["version"].as_str().unwrap();
        let readme = std::fs::read_to_string(dir_of(package).join("README.md")).unwrap();
        assert!(readme.starts_with(&format!("# {name}\n")), "{name}");
        if let Some(api) = name.strip_suffix("-mock") {
            for (what, section) in [
                (
                    "use it",
                    xtask::codegen::skeleton::mock_use_it(name, api, version),
                ),
                (
                    "versions",
                    xtask::codegen::skeleton::mock_versions(name, api),
                ),
            ] {
                assert!(
                    readme.contains(&section),
                    "{name}'s README lacks the {what} section as `cargo xtask codegen` writes it:\n{section}"
                );
            }
            continue;
        }
        for (what, section) in [
            ("use it", xtask::codegen::skeleton::use_it(name, version)),
            (
                "shared",
                xtask::codegen::skeleton::shared_sections(name, version),
            ),
        ] {
            assert!(
                readme.contains(&section),
                "{name}'s README lacks the {what} section as `cargo xtask codegen` writes it:\n{section}"
            );
        }
    }
}

#[test]
fn every_api_crate_offers_each_tls_provider_of_the_runtime() {
    let metadata = metadata();
    for package in packaged(&metadata) {
        let name = package["name"].as_str().unwrap();
        if name == xtask::release::RUNTIME || name.ends_with("-mock") {
            continue;
        }
        for feature in ["rustls", "rustls-ring"] {
            assert_eq!(
                package["features"][feature],
                serde_json::json!([format!("client-runtime/{feature}")]),
                "{name}'s `{feature}` feature"
            );
        }
        assert_eq!(
            package["features"]["default"],
            serde_json::json!(["rustls"]),
            "{name}"
        );
    }
}

/// `"1.88"`, `"1.85.0"` → comparable numbers.
fn rust_version(text: &str) -> (u64, u64, u64) {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().unwrap());
    (
        parts.next().unwrap(),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

#[test]
fn no_dependency_asks_for_a_newer_rust_than_the_crate_declares() {
    let metadata = metadata();
    let packages: BTreeMap<&str, &Value> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p))
        .collect();
    // What each package needs to build: its normal and build dependencies.
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for node in metadata["resolve"]["nodes"].as_array().unwrap() {
        let id = node["id"].as_str().unwrap();
        let needed = node["deps"].as_array().unwrap().iter().filter(|dep| {
            dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].as_str() != Some("dev"))
        });
        edges.insert(id, needed.map(|d| d["pkg"].as_str().unwrap()).collect());
    }
    for package in packaged(&metadata) {
        let name = package["name"].as_str().unwrap();
        let declared = package["rust_version"].as_str().unwrap();
        let mut seen = BTreeSet::new();
        let mut stack = vec![package["id"].as_str().unwrap()];
        while let Some(id) = stack.pop() {
            if seen.insert(id) {
                stack.extend(edges.get(id).into_iter().flatten());
            }
        }
        assert!(seen.len() > 10, "{name}: {seen:?}");
        for id in seen {
            let dependency = packages[id];
            if let Some(needed) = dependency["rust_version"].as_str() {
                assert!(
                    rust_version(needed) <= rust_version(declared),
                    "{name} declares rust-version {declared}, and its dependency {} {} needs {needed}",
                    dependency["name"].as_str().unwrap(),
                    dependency["version"].as_str().unwrap()
                );
            }
        }
    }
}

//! The hand-written part of a new API crate, made once when its spec first
//! appears. After that the files are the maintainers': codegen never touches
//! them again.
//!
//! It has the layout of every API crate: a manifest with the package
//! metadata and its own version, a README that is the crate's documentation
//! page (its first call compiled as a doctest), a CHANGELOG.md with the first
//! release, the license files, and a `lib.rs` of a few lines.

use crate::codegen::Output;
use crate::project::Api;
use crate::release;
use crate::spec::Spec;
use crate::surface::Surface;

/// The license texts each package carries (cargo packages only what is in
/// the crate's folder); the workspace root holds the same files.
const LICENSES: [(&str, &str); 2] = [
    ("LICENSE-MIT", include_str!("../../LICENSE-MIT")),
    ("LICENSE-APACHE", include_str!("../../LICENSE-APACHE")),
];

/// A new crate's first version.
const FIRST_VERSION: &str = "0.1.0";

/// The crate's files, for a crate that does not exist yet; `generated` is
/// its generated client, whose first operation the README calls.
pub fn files(api: &Api, spec: &Spec, generated: &str) -> Vec<Output> {
    let title = &spec.openapi.info.title;
    let name = &api.name;
    let lib_name = api.lib_name();
    let spec_path = api.spec_path().display().to_string();
    let description = spec
        .openapi
        .info
        .description
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_owned();
    let manifest = format!(
        r#"[package]
name = "{name}"
# This crate's own version: `cargo xtask release` bumps it from what changed in
# its spec, and CHANGELOG.md says what each version changed.
version = "{FIRST_VERSION}"
description = "Typed client for the {title}, generated from {spec_path}."
readme = "README.md"
keywords = ["commerce", "orders", "openapi", "api-client"]
categories = ["api-bindings", "web-programming::http-client"]
edition.workspace = true
rust-version.workspace = true
license.workspace = true
repository.workspace = true
# Never crates.io: a private registry configured as `internal`, or a git
# dependency (which needs no registry).
publish = ["internal"]

[features]
default = ["rustls"]
# TLS (rustls) for the API's https server. Without it the client reaches only
# http:// base URLs.
rustls = ["client-runtime/rustls"]

[dependencies]
chrono.workspace = true
client-runtime.workspace = true
progenitor-client.workspace = true
reqwest.workspace = true
schemars.workspace = true
serde.workspace = true
serde_json.workspace = true

[lints]
workspace = true
"#
    );
    let first_operation = Surface::of_source(generated)
        .ok()
        .and_then(|s| s.operations.first().map(|o| o.method.clone()));
    let call = match first_operation {
        Some(method) => format!(
            "    // One method per operation; set its parameters, then send.\n    \
             let response = client.{method}().send().await?;\n    \
             println!(\"{{:?}}\", response.status());\n"
        ),
        None => String::new(),
    };
    let readme = format!(
        "# {name}\n\nTyped client for the {title}, generated from `{spec_path}`.\n\n{description}\n\n\
         {use_it}\n\n```rust,no_run\nuse {lib_name}::Client;\n\n\
         async fn first_call() -> Result<(), Box<dyn std::error::Error>> {{\n    \
         // The base URL defaults to the spec's server; credentials are set once.\n    \
         let client = Client::builder().build()?;\n{call}    Ok(())\n}}\n```\n\n\
         The client and models are generated from `{spec_path}` by\n\
         `cargo xtask codegen` into `generated.rs`, which is never edited by hand.\n\n\
         {shared}",
        use_it = use_it(name, FIRST_VERSION),
        shared = shared_sections(name, FIRST_VERSION),
    );
    let lib = "#![doc = include_str!(\"../README.md\")]\n\n\
               #[rustfmt::skip]\nmod generated;\n\n\
               // The crates whose types this API exposes (listed in that module).\n\
               #[doc(no_inline)]\npub use ::client_runtime::reexports::*;\n\
               pub use generated::*;\n"
        .to_owned();
    let changelog = release::changelog::with_entry(
        "",
        name,
        FIRST_VERSION,
        &release::today(),
        &[release::changelog::Line {
            section: "Added",
            text: format!("First release: a typed client for the {title}."),
        }],
    );
    let dir = api.crate_dir();
    let mut outputs = vec![
        Output {
            path: dir.join("Cargo.toml"),
            contents: manifest,
        },
        Output {
            path: dir.join("src").join("lib.rs"),
            contents: lib,
        },
        Output {
            path: dir.join("README.md"),
            contents: readme.replace("\n\n\n", "\n\n"),
        },
        Output {
            path: dir.join("CHANGELOG.md"),
            contents: changelog,
        },
    ];
    outputs.extend(LICENSES.iter().map(|(file, text)| Output {
        path: dir.join(file),
        contents: (*text).to_owned(),
    }));
    outputs
}

/// The README's "Use it" section, up to its first call.
pub fn use_it(name: &str, version: &str) -> String {
    let tag = release::base::tag(name, &semver_or_zero(version));
    format!(
        "## Use it\n\n```toml\n[dependencies]\n\
         {name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\" }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n```\n\n\
         (or `path = \"…/crates/{name}\"` in a checkout of this repository). A first\ncall:"
    )
}

/// The README sections every API crate has in the same words: its
/// features, the crates it re-exports, and how it is versioned.
pub fn shared_sections(name: &str, version: &str) -> String {
    let lib = name.replace('-', "_");
    let tag = release::base::tag(name, &semver_or_zero(version));
    format!(
        "## Features\n\n\
         | feature | default | what it does |\n|---|---|---|\n\
         | `rustls` | on | TLS (rustls) for the API's `https://` server |\n\n\
         Without `rustls` no TLS stack is compiled at all (no rustls, no aws-lc: a cold\n\
         debug build takes less than half as long), and the client reaches only\n\
         `http://` base URLs, such as a test server or a local proxy:\n\n\
         ```toml\n{name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\", default-features = false }}\n```\n\n\
         To name TLS explicitly rather than through the defaults:\n\n\
         ```toml\n{name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\", default-features = false, features = [\"rustls\"] }}\n```\n\n\
         ## Crates it re-exports\n\n\
         Types from other crates are part of this crate's API, so it re-exports those\n\
         crates at the versions it was built with: use `{lib}::chrono`,\n\
         `{lib}::serde_json`, `{lib}::reqwest`, `{lib}::progenitor_client`,\n\
         `{lib}::serde`, `{lib}::schemars` and `{lib}::client_runtime` instead of\n\
         adding them to your own `Cargo.toml` and matching versions by hand. The list,\n\
         and where each crate's types appear, is kept once, in `client_runtime::reexports`.\n\n\
         ## Versions\n\n\
         This crate has its own version, and `CHANGELOG.md` says what each one\n\
         changed. It follows Cargo's semver rules: while the version is `0.x`, a\n\
         breaking change bumps the minor (`0.1.3` → `0.2.0`) and anything else the\n\
         patch. Each release is tagged `{name}-v<version>`: pin that tag.\n"
    )
}

fn semver_or_zero(version: &str) -> semver::Version {
    semver::Version::parse(version).unwrap_or(semver::Version::new(0, 0, 0))
}

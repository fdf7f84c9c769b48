//! The hand-written part of a new API crate, made once when its spec first
//! appears. After that the files are the maintainers': codegen never touches
//! them again.

use spec_model::spec::Spec;
use spec_model::workspace::Api;

use super::Output;

/// `Cargo.toml` and `src/lib.rs` for a crate that does not exist yet.
pub fn files(api: &Api, spec: &Spec) -> Vec<Output> {
    let title = &spec.openapi.info.title;
    let description = spec
        .openapi
        .info
        .description
        .as_deref()
        .unwrap_or("")
        .lines()
        .map(|line| format!("//! {line}").trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n");
    let name = &api.name;
    let spec_path = api.spec_path().display().to_string();
    let manifest = format!(
        r#"[package]
name = "{name}"
description = "Typed client for the {title}, generated from {spec_path}."
version.workspace = true
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true

[features]
default = ["rustls"]
# TLS for the API's https server.
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
    let lib = format!(
        r#"//! Typed client for the {title}.
//!
{description}
//!
//! Build a [`Client`] once with [`Client::builder`], then call one method per
//! operation. The client and its models are generated from `{spec_path}` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;
"#
    );
    vec![
        Output {
            path: api.crate_dir().join("Cargo.toml"),
            contents: manifest,
        },
        Output {
            path: api.crate_dir().join("src").join("lib.rs"),
            contents: lib,
        },
    ]
}

/// `Cargo.toml` and `src/lib.rs` for a mock companion crate that does not
/// exist yet.
pub fn mock_files(api: &Api, spec: &Spec) -> Vec<Output> {
    let title = &spec.openapi.info.title;
    let name = &api.name;
    let lib = api.lib_name();
    let mock = api.mock_name();
    let spec_path = api.spec_path().display().to_string();
    let manifest = format!(
        r#"[package]
name = "{mock}"
description = "A typed mock server for testing code that calls the {title} through the `{name}` crate; generated from {spec_path}."
version.workspace = true
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true

[dependencies]
client-runtime.workspace = true
httpmock.workspace = true
progenitor-client.workspace = true
regex.workspace = true
serde_json.workspace = true
{name} = {{ path = "../{name}" }}

[lints]
workspace = true
"#
    );
    let lib_rs = format!(
        r#"//! A typed mock of the {title} for the tests of code that calls it
//! through [`{lib}`]: an [`httpmock`] server that answers each operation as
//! a test tells it to, matched on the operation's typed parameters, with
//! every documented example ready as an answer.
//!
//! Generated from `{spec_path}` by `cargo xtask codegen` into
//! `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;
pub use httpmock;
"#
    );
    vec![
        Output {
            path: api.mock_crate_dir().join("Cargo.toml"),
            contents: manifest,
        },
        Output {
            path: api.mock_crate_dir().join("src").join("lib.rs"),
            contents: lib_rs,
        },
    ]
}

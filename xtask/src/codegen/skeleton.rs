//! The hand-written part of a new API crate, made once when its spec first
//! appears. After that the files are the maintainers': codegen never touches
//! them again.
//!
//! It has the layout of every API crate: a manifest with the package
//! metadata and its own version, a README that is the crate's documentation
//! page (its first call compiled as a doctest), a CHANGELOG.md with the first
//! release, the license files, and a `lib.rs` of a few lines.
//!
//! The spec's title goes into lines of them as one line of text (in the
//! manifests, as part of a TOML string), and its description into the
//! README as Markdown that holds no doctest ([`super::text`]).

use spec_model::spec::Spec;
use spec_model::surface::Surface;
use spec_model::workspace::Api;

use super::Output;
use super::passes::tag_features;
use super::refuse::{Case, names};
use super::text::{inert_markdown, one_line, toml_string};
use crate::changelog;

/// The license texts each package carries (cargo packages only what is in
/// the crate's folder); the workspace root holds the same files.
const LICENSES: [(&str, &str); 2] = [
    ("LICENSE-MIT", include_str!("../../../LICENSE-MIT")),
    ("LICENSE-APACHE", include_str!("../../../LICENSE-APACHE")),
];

/// A new crate's first version.
const FIRST_VERSION: &str = "0.1.0";

/// The crate's files, for a crate that does not exist yet; `generated` is
/// its generated client, whose first operation the README calls.
pub fn files(api: &Api, spec: &Spec, generated: &syn::File) -> Vec<Output> {
    let title = one_line(&spec.openapi.info.title);
    let name = &api.name;
    let lib_name = api.lib_name();
    let spec_path = api.spec_path().display().to_string();
    let description = inert_markdown(spec.openapi.info.description.as_deref().unwrap_or(""))
        .trim()
        .to_owned();
    let package_description = toml_string(&format!(
        "Typed client for the {title}, generated from {spec_path}."
    ));
    let manifest = format!(
        r#"[package]
name = "{name}"
# This crate's own version: `cargo xtask release` bumps it from what changed in
# its spec, and CHANGELOG.md says what each version changed.
version = "{FIRST_VERSION}"
description = {package_description}
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
# The same TLS with ring instead of aws-lc-rs as its cryptography: a shorter
# cold build. Use it with `default-features = false`.
rustls-ring = ["client-runtime/rustls-ring"]
# `send_blocking()` on every operation, for a program without an async
# runtime: the same call path, on a runtime of one thread the client starts.
blocking = ["client-runtime/blocking"]

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
    let first_operation = Surface::of_file(generated)
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
         {tags}{shared}",
        use_it = use_it(name, FIRST_VERSION),
        tags = tag_section(name, FIRST_VERSION, &tag_features::features(spec)),
        shared = shared_sections(name, FIRST_VERSION),
    );
    let lib = "#![doc = include_str!(\"../README.md\")]\n\
               // The spec's text is documentation, not Rust: a `[name]` in it is\n\
               // no link to an item.\n\
               #![allow(rustdoc::broken_intra_doc_links)]\n\n\
               #[rustfmt::skip]\nmod generated;\n\n\
               // The crates whose types this API exposes (listed in that module).\n\
               #[doc(no_inline)]\npub use ::client_runtime::reexports::*;\n\
               pub use generated::*;\n"
        .to_owned();
    package(
        &api.crate_dir(),
        name,
        &format!("First release: a typed client for the {title}."),
        [manifest, lib, readme],
    )
}

/// The README's "Use it" section, up to its first call.
pub fn use_it(name: &str, version: &str) -> String {
    let tag = changelog::tag(name, &semver_or_zero(version));
    format!(
        "## Use it\n\n```toml\n[dependencies]\n\
         {name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\" }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n```\n\n\
         (or `path = \"…/crates/{name}\"` in a checkout of this repository). A first\ncall:"
    )
}

/// The README section of a crate whose spec's operations name two tags or
/// more: one feature per tag, to take part of the API (none otherwise).
pub fn tag_section(name: &str, version: &str, features: &[tag_features::TagFeature]) -> String {
    let Some(first) = features.first() else {
        return String::new();
    };
    let tag = changelog::tag(name, &semver_or_zero(version));
    let rows: String = features
        .iter()
        .map(|f| {
            format!(
                "| `{}` | `{}` | {} |\n",
                f.feature,
                f.tag.replace('|', "\\|").replace('\n', " "),
                f.operations
                    .iter()
                    .map(|id| format!("`{}`", names::progenitor(id, Case::Snake)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!(
        "## Part of the API\n\n\
         Each tag of the spec is a feature, and `default` turns them all on. A\n\
         build that lists only the tags it calls compiles only their operations'\n\
         methods and builders, and the types those reach: a type that operations\n\
         of several tags use comes with any of them, and operations without a tag\n\
         (and the types they reach) are always there.\n\n\
         | feature | tag | operations |\n|---|---|---|\n{rows}\n\
         ```toml\n{name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\", default-features = false, features = [\"rustls\", \"{feature}\"] }}\n```\n\n",
        feature = first.feature,
    )
}

/// The README sections every API crate has in the same words: its
/// features, the crates it re-exports, and how it is versioned.
pub fn shared_sections(name: &str, version: &str) -> String {
    let lib = name.replace('-', "_");
    let tag = changelog::tag(name, &semver_or_zero(version));
    format!(
        "## Features\n\n\
         | feature | default | what it does |\n|---|---|---|\n\
         | `rustls` | on | TLS (rustls, with aws-lc-rs as its cryptography) for the API's `https://` server |\n\
         | `rustls-ring` | off | the same TLS with ring as its cryptography: a shorter cold build |\n\
         | `blocking` | off | `send_blocking()` on every operation, for a program without an async runtime |\n\n\
         Without `rustls` no TLS stack is compiled at all (no rustls, no aws-lc: a cold\n\
         debug build takes less than half as long), and the client reaches only\n\
         `http://` base URLs, such as a test server or a local proxy:\n\n\
         ```toml\n{name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\", default-features = false }}\n```\n\n\
         To name TLS explicitly rather than through the defaults:\n\n\
         ```toml\n{name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\", default-features = false, features = [\"rustls\"] }}\n```\n\n\
         TLS with ring instead of aws-lc-rs (no CMake build of the AWS-LC C library;\n\
         the client installs ring as the process's rustls provider, unless the\n\
         application installed one first):\n\n\
         ```toml\n{name} = {{ git = \"<this repository's URL>\", tag = \"{tag}\", default-features = false, features = [\"rustls-ring\"] }}\n```\n\n\
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

/// The files of a mock companion crate that does not exist yet: the same
/// layout as an API crate's, for a crate that consumers take as a
/// dev-dependency. `first_answer` is the mock's first operation and one of
/// its ready answers, which the README shows.
pub fn mock_files(api: &Api, spec: &Spec, first_answer: Option<(String, String)>) -> Vec<Output> {
    let title = one_line(&spec.openapi.info.title);
    let name = &api.name;
    let lib = api.lib_name();
    let mock = api.mock_name();
    let mock_lib = mock.replace('-', "_");
    let spec_path = api.spec_path().display().to_string();
    let package_description = toml_string(&format!(
        "A typed mock server for testing code that calls the {title} through the `{name}` \
         crate; generated from {spec_path}."
    ));
    let manifest = format!(
        r#"[package]
name = "{mock}"
# This crate's own version: `cargo xtask release` bumps it from what changed in
# its public API (and with every breaking release of `{name}`), and
# CHANGELOG.md says what each version changed.
version = "{FIRST_VERSION}"
description = {package_description}
readme = "README.md"
keywords = ["commerce", "openapi", "mock", "testing"]
categories = ["development-tools::testing"]
edition.workspace = true
rust-version.workspace = true
license.workspace = true
repository.workspace = true
# Never crates.io: a private registry configured as `internal`, or a git
# dependency (which needs no registry).
publish = ["internal"]

[dependencies]
client-runtime.workspace = true
httpmock.workspace = true
progenitor-client.workspace = true
regex.workspace = true
serde_json.workspace = true
{name} = {{ path = "../{name}", version = "{FIRST_VERSION}", default-features = false }}

[lints]
workspace = true
"#
    );
    let example = match first_answer {
        Some((operation, answer)) => format!(
            "\n```rust,no_run\nuse {mock_lib}::MockServerExt as _;\nuse {mock_lib}::httpmock::MockServer;\n\n\
             async fn a_test_of_your_code() {{\n    \
             let server = MockServer::start_async().await;\n    \
             let mock = server\n        .{operation}(|when, then| {{\n            \
             // Narrow the match with `when`'s typed parameters.\n            \
             let _ = when;\n            then.{answer}();\n        }})\n        .await;\n    \
             // Point the code under test at `server.base_url()`, run it, then:\n    \
             assert_eq!(mock.calls_async().await, 1);\n}}\n```\n"
        ),
        None => String::new(),
    };
    let readme = format!(
        "# {mock}\n\nA typed mock of the {title}, for the tests of code that calls it through\n\
         `{name}`: an [httpmock](https://docs.rs/httpmock) server that answers each\n\
         operation as a test tells it to, matched on the operation's typed parameters,\n\
         with every documented example of `{spec_path}` ready as an answer.\n\n\
         {use_it}\n{example}\n\
         Each operation is a method of `MockServerExt` on `httpmock::MockServer`:\n\
         `when` matches the operation's parameters exactly as the `{lib}` client sends\n\
         them, `then` answers with a typed body per documented status, or with a\n\
         documented example (`ok_example()`, ...); the returned `Mock` says how often\n\
         it was called. The examples are also in `{mock_lib}::examples`, as JSON and\n\
         decoded.\n\n\
         Mocks answer in sequence: the one registered first answers, `then.times(n)`\n\
         makes it answer `n` calls only, and the mock registered next answers after it,\n\
         so a first call can get a 503 (`then.times(1).into_inner().status(503)`) and\n\
         the retry a typed answer; each `Mock`'s `calls_async()` says how often it was\n\
         used. Test data is built in one expression: a model's setter takes a nested\n\
         model's builder, a list of models an array of builders, and an optional string\n\
         a `&str` (`Model::builder().items([Item::builder().name(\"a\")])`, then\n\
         `try_into()`).\n\n\
         The code is generated from `{spec_path}` by `cargo xtask codegen` into\n\
         `generated.rs`, which is never edited by hand.\n\n\
         {versions}",
        use_it = mock_use_it(&mock, name, FIRST_VERSION),
        versions = mock_versions(&mock, name),
    );
    let lib_rs = "#![doc = include_str!(\"../README.md\")]\n\n\
                  #[rustfmt::skip]\nmod generated;\n\n\
                  pub use generated::*;\n\
                  // The mock server crate, at the version the wrappers are built on.\n\
                  pub use httpmock;\n"
        .to_owned();
    package(
        &api.mock_crate_dir(),
        &mock,
        &format!("First release: a typed mock server for the {title}."),
        [manifest, lib_rs, readme],
    )
}

/// A new package's files: its manifest, `lib.rs` and README as given, its
/// first changelog entry, and the license files.
fn package(
    dir: &std::path::Path,
    name: &str,
    first_entry: &str,
    [manifest, lib, readme]: [String; 3],
) -> Vec<Output> {
    let changelog = changelog::with_entry(
        "",
        name,
        FIRST_VERSION,
        &changelog::today(),
        &[changelog::Line {
            section: "Added",
            text: first_entry.to_owned(),
        }],
    );
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

/// A mock crate README's "Use it" section: a dev-dependency beside the API
/// crate, at the same release.
pub fn mock_use_it(mock: &str, api: &str, version: &str) -> String {
    let tag = changelog::tag(mock, &semver_or_zero(version));
    format!(
        "## Use it\n\n```toml\n[dev-dependencies]\n\
         {mock} = {{ git = \"<this repository's URL>\", tag = \"{tag}\" }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n```\n\n\
         beside `{api}` in `[dependencies]`. A test:"
    )
}

/// A mock crate README's "Versions" section.
pub fn mock_versions(mock: &str, api: &str) -> String {
    format!(
        "## Versions\n\n\
         This crate has its own version, and `CHANGELOG.md` says what each one\n\
         changed. It follows Cargo's semver rules, and a breaking release of `{api}`\n\
         is a breaking release of this crate too. Each release is tagged\n\
         `{mock}-v<version>`: pin that tag.\n"
    )
}

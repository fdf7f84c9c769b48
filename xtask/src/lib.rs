//! The workspace's build tasks, as a library: the `cargo xtask` binary is a
//! thin command line over it. Each task is a folder, each stage of it a file:
//!
//! - [`codegen`]: a spec in, a generated crate out — prepare the spec,
//!   generate with progenitor, post-process in small passes, add the glue to
//!   the shared runtime, print; and the crate skeleton and example catalog;
//! - [`lint`]: the rules a spec must pass before review, each a typed value
//!   with an id, a severity and an explanation;
//! - [`diff`]: what a spec change does to consumers, from git, the specs and
//!   the code generated for both sides;
//! - [`release`]: versions and changelogs from those changes;
//! - [`conform`]: what captured traffic says the specs do not;
//! - [`upgrade`]: a 3.0 or Swagger 2.0 spec rewritten in OpenAPI 3.1;
//! - [`bench`](mod@bench): what codegen and a call cost, against baselines measured in
//!   the same run.
//!
//! [`manifest`] reads and edits the crates' `Cargo.toml`s, [`changelog`]
//! writes their `CHANGELOG.md`s.
//!
//! What the tasks read (the spec with positions, `$ref`s, the walk over
//! operations and parameters, the generated surface) is the `spec-model`
//! crate, which the tests share.

pub mod bench;
pub mod changelog;
pub mod codegen;
pub mod conform;
pub mod diff;
pub mod lint;
pub mod manifest;
pub mod release;
pub mod rule;
pub mod upgrade;

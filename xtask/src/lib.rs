//! The workspace's build tasks, as a library: the `cargo xtask` binary is a
//! thin command line over it, and the tests read specs with [`spec`].

pub mod catalog;
pub mod client_glue;
pub mod codegen;
pub mod diff;
pub mod examples;
pub mod lint;
pub mod manifest;
pub mod postprocess;
pub mod prepare;
pub mod progenitor;
pub mod project;
pub mod release;
pub mod schema;
pub mod skeleton;
pub mod spec;
pub mod surface;

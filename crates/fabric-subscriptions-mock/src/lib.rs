#![doc = include_str!("../README.md")]

#[rustfmt::skip]
mod generated;

pub use generated::*;
// The mock server crate, at the version the wrappers are built on.
pub use httpmock;

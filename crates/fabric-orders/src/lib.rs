#![doc = include_str!("../README.md")]
// The spec's text is documentation, not Rust: a `[name]` in it is
// no link to an item.
#![allow(rustdoc::broken_intra_doc_links)]

#[rustfmt::skip]
mod generated;

// The crates whose types this API exposes (listed in that module).
#[doc(no_inline)]
pub use ::client_runtime::reexports::*;
pub use generated::*;

#![doc = include_str!("../README.md")]

#[rustfmt::skip]
mod generated;

// The crates whose types this API exposes (listed in that module).
#[doc(no_inline)]
pub use ::client_runtime::reexports::*;
pub use generated::*;

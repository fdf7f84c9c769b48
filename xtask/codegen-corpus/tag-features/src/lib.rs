//! The client of the corpus case `tag-features.yaml` (`../golden/`), in a
//! crate of its own so that a build with one tag's feature alone compiles
//! it and nothing else. The corpus test writes the golden; this file is
//! written by hand.

// The spec's text is documentation, not Rust: a `[name]` in it is no link.
#![allow(rustdoc::broken_intra_doc_links)]

/// The client of the case `tag-features.yaml`.
#[rustfmt::skip]
#[path = "../../golden/tag_features.rs"]
pub mod tag_features;

//! What a call through a generated client costs against raw reqwest, and
//! what decoding and encoding the generated types costs against
//! `serde_json::Value`: the measurements `cargo xtask bench` runs and puts
//! in its table.
//!
//! `cargo xtask bench` gives this crate's bench target every documented
//! example of the specs (it reads them with `spec-model`, which this crate
//! does not build); the Rust type of each comes from the example catalog
//! that codegen writes for the tests (`tests/examples/catalog/`), so no
//! type is listed here by hand. Only the calls are: one per API, for the
//! operation whose documented success body is the API's largest
//! ([`calls`]), checked against the examples on every run.
//!
//! Every comparison is measured in pairs, the two sides alternating within
//! one run ([`measure`]), so a machine whose speed drifts moves both.

pub mod calls;
pub mod input;
pub mod measure;
pub mod memory;
pub mod payloads;
pub mod report;
pub mod run;
pub mod server;

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

// The catalog codegen writes for the tests: `Entry::new::<Type>(...)` for
// every documented example, naming `crate::Entry`.
#[rustfmt::skip]
#[allow(missing_docs)]
#[path = "../../../tests/examples/catalog/mod.rs"]
mod catalog;

/// Encodes one decoded value, returning the encoded length.
pub type Encoder = Box<dyn FnMut() -> usize>;

/// A documented example's Rust type, as decode and encode functions over
/// it. Built by the example catalog.
pub struct Entry {
    /// The spec, as `specs/<api>.yaml`.
    pub spec: &'static str,
    /// `operationId` and message, such as `getOrder response 200`.
    pub label: &'static str,
    /// Where the example is in the spec.
    pub pointer: &'static str,
    /// The Rust type's path, as consumers write it.
    pub rust_type: String,
    /// Decodes JSON into the type, and drops it.
    pub decode: fn(&[u8]) -> Result<(), String>,
    /// Decodes JSON into the type once, and gives a function that encodes
    /// that value, returning the encoded length.
    pub encoder: fn(&[u8]) -> Result<Encoder, String>,
}

impl Entry {
    /// An entry for examples that decode into `T` (the catalog's four
    /// arguments; the schema pointer is not needed here).
    pub fn new<T: DeserializeOwned + Serialize + 'static>(
        spec: &'static str,
        label: &'static str,
        pointer: &'static str,
        _schema_pointer: &'static str,
    ) -> Entry {
        Entry {
            spec,
            label,
            pointer,
            rust_type: public_path::<T>(),
            decode: |bytes| {
                let decoded: T = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
                drop(std::hint::black_box(decoded));
                Ok(())
            },
            encoder: |bytes| {
                let decoded: T = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
                Ok(Box::new(move || {
                    let encoded = serde_json::to_vec(std::hint::black_box(&decoded))
                        .expect("a generated type encodes");
                    encoded.len()
                }))
            },
        }
    }
}

/// A type's path as consumers write it: each API crate re-exports its
/// private `generated` module.
pub fn public_path<T: ?Sized>() -> String {
    std::any::type_name::<T>().replace("::generated::", "::")
}

/// Every documented example's entry.
pub fn entries() -> Vec<Entry> {
    catalog::all()
}

/// How long each comparison runs.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    /// Pairs run first and not counted.
    pub warmup: usize,
    /// At most this many pairs are counted...
    pub max_pairs: usize,
    /// ...and no more are started after this long.
    pub max_time: Duration,
}

impl Budget {
    /// Each side once: the quick mode that CI runs, which proves the
    /// benchmarks still build and run, and measures nothing.
    pub const QUICK: Budget = Budget {
        warmup: 0,
        max_pairs: 1,
        max_time: Duration::ZERO,
    };

    /// Figures worth quoting on a 2-core machine: a few seconds per row.
    pub const FULL: Budget = Budget {
        warmup: 300,
        max_pairs: 5_000,
        max_time: Duration::from_secs(3),
    };
}

//! What the bench target hands back to `cargo xtask bench`: one record per
//! comparison, both sides' figures in nanoseconds.

use serde::{Deserialize, Serialize};

/// The bench target's output file.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Results {
    /// One per comparison, in the order they ran.
    pub rows: Vec<Comparison>,
}

/// One comparison: ours against a baseline, measured in pairs.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Comparison {
    /// `call`, `drift`, `decode`, `encode` or `memory`.
    pub group: String,
    /// What was compared, such as `fabric-cart getCustomerOrderDrafts 200`.
    pub case: String,
    /// The payload's size in bytes.
    pub bytes: usize,
    /// Ours: the generated client (reporting drift, in `drift`), or the
    /// generated types.
    pub subject: Side,
    /// The baseline: raw reqwest, the same client not reporting drift, or
    /// `serde_json::Value`.
    pub baseline: Side,
    /// A `memory` row's bound on the client's body, in bytes: its target
    /// is measured against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound_bytes: Option<u64>,
}

/// One side of a comparison.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Side {
    /// What it is.
    pub name: String,
    /// Mean, in nanoseconds.
    pub mean_ns: f64,
    /// Median.
    pub p50_ns: f64,
    /// 99th percentile.
    pub p99_ns: f64,
    /// Samples counted.
    pub samples: usize,
    /// The peak memory of the process above where it rested before, in
    /// bytes: the figure of a `memory` row, whose times are zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peak_bytes: Option<u64>,
}

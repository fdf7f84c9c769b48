//! What `cargo xtask bench` hands the bench target: every documented
//! example of every spec, read by `spec-model` as the tests read them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The bench target's input file.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Input {
    /// Every documented example of every spec.
    pub examples: Vec<DocumentedExample>,
}

/// One documented example.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct DocumentedExample {
    /// The API's name, its spec's file stem.
    pub api: String,
    /// The spec, as `specs/<api>.yaml`.
    pub spec: String,
    /// The operation's `operationId`.
    pub operation: String,
    /// `request`, or the response's status (`200`, `4XX`, `default`).
    pub message: String,
    /// Where the example is in the spec.
    pub pointer: String,
    /// The example.
    pub value: Value,
}

impl DocumentedExample {
    /// Whether it is the body of a success response.
    pub fn is_success(&self) -> bool {
        self.message.starts_with('2')
    }

    /// Its size as compact JSON, the size a server would send.
    pub fn bytes(&self) -> usize {
        serde_json::to_vec(&self.value).map_or(0, |v| v.len())
    }
}

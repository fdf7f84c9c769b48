//! `x-idempotent: true` on a POST or PATCH says that sending it twice has
//! the effect of sending it once, so the runtime may retry it after a
//! timeout or a 5xx like a GET. Without it, such an operation is sent again
//! only when it certainly never reached the server.

use serde_json::Value;
use spec_model::spec::{Diagnostic, Spec};
use spec_model::walk::OperationAt;

/// The extension's name.
pub const EXTENSION: &str = "x-idempotent";

/// The methods HTTP defines as idempotent.
const IDEMPOTENT_METHODS: [&str; 6] = ["get", "head", "put", "delete", "options", "trace"];

/// Whether the operation may be sent again after a failure that may have
/// reached the server: its method says so, or its spec does.
pub fn idempotent(spec: &Spec, at: &OperationAt<'_>) -> Result<bool, Diagnostic> {
    let by_method = IDEMPOTENT_METHODS.contains(&at.method);
    let Some(declared) = at.operation.get(EXTENSION) else {
        return Ok(by_method);
    };
    let pointer = format!("{}/{EXTENSION}", at.pointer);
    let Value::Bool(declared) = declared else {
        return Err(spec.diagnostic(&pointer, "`x-idempotent` is `true` or `false`"));
    };
    if by_method {
        return Err(spec.diagnostic(
            &pointer,
            format!(
                "{} is idempotent by definition: remove `x-idempotent`",
                at.method.to_uppercase()
            ),
        ));
    }
    Ok(*declared)
}

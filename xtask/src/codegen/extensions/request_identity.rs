//! `x-request-identity` on a header parameter says that the header carries
//! an id of the call, which the client makes up (a UUID) when the caller
//! gives none:
//!
//! - `call`: one value for every attempt of a call, a new one for the next
//!   call (a correlation id, which lets a server recognise a retry);
//! - `attempt`: a new value for every attempt (a request id that must never
//!   repeat).
//!
//! The parameter is optional in the generated builder whatever its
//! `required`, since the client always sends it.

use serde_json::Value;
use spec_model::refs::resolve;
use spec_model::spec::{Diagnostic, Spec};
use spec_model::walk::ParameterAt;

/// The extension's name.
pub const EXTENSION: &str = "x-request-identity";

/// How long a request id lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdScope {
    /// One value for every attempt of a call.
    Call,
    /// A new value for every attempt.
    Attempt,
}

/// The parameter's id scope, if it carries a request id.
pub fn request_identity(
    spec: &Spec,
    parameter: &ParameterAt,
) -> Result<Option<IdScope>, Diagnostic> {
    let document = &spec.document;
    let Some(value) = document
        .pointer(&parameter.pointer)
        .and_then(|p| p.get(EXTENSION))
    else {
        return Ok(None);
    };
    let pointer = format!("{}/{EXTENSION}", parameter.pointer);
    let scope = match value.as_str() {
        Some("call") => IdScope::Call,
        Some("attempt") => IdScope::Attempt,
        _ => {
            return Err(spec.diagnostic(
                &pointer,
                "`x-request-identity` is `call` (one id for every attempt of a call) or `attempt` (a new id for every attempt)",
            ));
        }
    };
    if parameter.location != "header" {
        return Err(spec.diagnostic(
            &pointer,
            format!(
                "`{}` is a {} parameter: only a header carries a request id",
                parameter.name, parameter.location
            ),
        ));
    }
    let is_string = parameter
        .schema_pointer
        .as_ref()
        .and_then(|s| document.pointer(&resolve(document, s)))
        .and_then(|s| s.get("type"))
        .and_then(Value::as_str)
        == Some("string");
    if !is_string {
        return Err(spec.diagnostic(
            &pointer,
            format!(
                "`{}` carries a generated id: its schema is `type: string`",
                parameter.name
            ),
        ));
    }
    Ok(Some(scope))
}

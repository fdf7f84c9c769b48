//! The vendor extensions a spec uses to say what is specific to its API,
//! each read here once: codegen acts on them (and refuses a spec whose
//! extensions it cannot act on), lint reports their problems with a rule
//! and a line. No Rust code elsewhere names an operation or a header.
//!
//! - `x-pagination` on an operation: [`paging`];
//! - `x-idempotent` on a POST or PATCH operation: [`idempotency`];
//! - `x-request-identity` on a header parameter: [`request_identity`](mod@request_identity);
//! - `x-enum-varnames` on a string enum: the `enum_varnames` pass;
//! - `x-placeholder` on a server variable: the client glue
//!   ([`glue::PLACEHOLDER`](crate::codegen::glue::PLACEHOLDER)).

use spec_model::spec::{Diagnostic, Spec};
use spec_model::walk::{operations_in, parameters};

pub mod idempotency;
pub mod paging;
pub mod request_identity;

pub use idempotency::idempotent;
pub use request_identity::{IdScope, request_identity};

/// Every problem with the spec's `x-idempotent`s, in document order.
pub fn idempotency_problems(spec: &Spec) -> Vec<Diagnostic> {
    operations_in(&spec.document)
        .iter()
        .filter_map(|at| idempotent(spec, at).err())
        .collect()
}

/// Every problem with the spec's `x-request-identity`s, each once (a
/// parameter under components serves several operations).
pub fn request_identity_problems(spec: &Spec) -> Vec<Diagnostic> {
    let mut problems: Vec<Diagnostic> = Vec::new();
    for at in operations_in(&spec.document) {
        for parameter in parameters(&spec.document, &at) {
            if let Err(problem) = request_identity(spec, &parameter)
                && !problems.iter().any(|p| p.pointer == problem.pointer)
            {
                problems.push(problem);
            }
        }
    }
    problems
}

/// Every problem with the extensions the call path reads.
pub fn call_problems(spec: &Spec) -> Vec<Diagnostic> {
    let mut problems = idempotency_problems(spec);
    problems.extend(request_identity_problems(spec));
    problems
}

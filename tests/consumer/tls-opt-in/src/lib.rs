//! The API crates used from outside their workspace; see ../../README.md.

#[path = "../../common/calls.rs"]
mod calls;

pub use calls::{other_first_calls, subscription_statuses};

//! A typed mock of the fabric Orders API (legacy api-order) for the tests of code that calls it
//! through [`fabric_orders`]: an [`httpmock`] server that answers each operation as
//! a test tells it to, matched on the operation's typed parameters, with
//! every documented example ready as an answer.
//!
//! Generated from `specs/fabric-orders.yaml` by `cargo xtask codegen` into
//! `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;
pub use httpmock;

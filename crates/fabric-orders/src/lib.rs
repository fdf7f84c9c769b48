//! Typed client for the fabric Orders API (legacy api-order).
//!
//! The legacy fabric order service: a guest's orders, looked up by e-mail. Written from the fabric reference page for `GET /api-order/orders/user/guest`; where the page is wrong or unclear, specs/QUIRKS.md records what this spec decided.
//!
//! Build a [`Client`] once with [`Client::builder`], then call one method per
//! operation. The client and its models are generated from `specs/fabric-orders.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;

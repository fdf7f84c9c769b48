//! Typed client for the Adobe Commerce Partner API.
//!
//! Adobe Commerce Partner API (CPAPI, VIP Marketplace) v3 orders: one order of a customer, and a customer's order history. Written from Adobe's "Get order details" page; where the page is wrong or unclear, specs/QUIRKS.md records what this spec decided.
//!
//! Build a [`Client`] once with [`Client::builder`], then call one method per
//! operation. The client and its models are generated from `specs/adobe-cpapi.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;

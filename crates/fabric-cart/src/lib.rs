//! Typed client for the fabric Cart API.
//!
//! fabric Cart v3 order drafts: the drafts a customer has, with their configuration, prices, promotions, fees, addresses, fulfillments, line items, coupons, validations and payments. Written from the fabric reference page for `GET /v3/order-drafts/customer/{customerId}`; where the page is wrong or unclear, specs/QUIRKS.md records what this spec decided.
//!
//! Build a [`Client`] once with [`Client::builder`], then call one method per
//! operation. The client and its models are generated from `specs/fabric-cart.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;

//! Typed client for the fabric Subscriptions API.
//!
//! Orders placed by fabric subscriptions: list a customer's orders and update one order. Written from the fabric reference pages for `GET /v1/customers/{customerId}/orders` and `PATCH /v1/orders/{orderId}`; where those pages disagree, specs/QUIRKS.md records what this spec decided.
//!
//! Build a [`Client`] once with [`Client::builder`], then call one method per
//! operation. The client and its models are generated from `specs/fabric-subscriptions.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand.

#[rustfmt::skip]
mod generated;

pub use generated::*;

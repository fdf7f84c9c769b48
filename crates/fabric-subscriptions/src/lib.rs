//! Typed client for the fabric Subscriptions API v1: a customer's
//! subscription orders, and updates to one order.
//!
//! ```no_run
//! use fabric_subscriptions::types::{OrderStatus, OrderUpdate, UpdateOrderRequest};
//! use fabric_subscriptions::{Client, Error};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! // Base URL (default: the production server) and token are set once.
//! let client = Client::builder().bearer_token("<token>").build()?;
//!
//! let orders = client
//!     .get_customer_orders()
//!     .customer_id("606f01f441b8fc0008529916")
//!     .send()
//!     .await?
//!     .into_inner();
//! for order in orders.data.iter().flat_map(|d| &d.orders) {
//!     // Statuses the spec does not list arrive as `OrderStatus::Unknown`.
//!     println!("{:?} {:?}", order.id, order.status.as_ref().map(OrderStatus::as_str));
//! }
//!
//! let cancel = UpdateOrderRequest::builder()
//!     .order(OrderUpdate::builder().status(OrderStatus::Canceled));
//! match client.update_order().order_id("6384462ab645220008a4358a").body(cancel).send().await {
//!     Ok(updated) => println!("now {:?}", updated.into_inner().data),
//!     // 400, 403 and 404 answers are typed, with their status.
//!     Err(Error::ErrorResponse(e)) => println!("{}: {:?}", e.status(), e.into_inner()),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! Models are built with their builders (`Type::builder()`), and are
//! `#[non_exhaustive]`: a field or value the spec adds later does not break
//! code written today. Every request sends the bearer token and the headers
//! the spec declares, nothing else.
//!
//! The client and models are generated from `specs/fabric-subscriptions.yaml`
//! by `cargo xtask codegen` into `generated.rs`, which is never edited by hand;
//! `specs/QUIRKS.md` says where the spec departs from fabric's reference pages.

#[rustfmt::skip]
mod generated;

pub use generated::*;

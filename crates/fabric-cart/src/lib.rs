//! Typed client for the fabric Cart API v3: a customer's order drafts.
//!
//! ```no_run
//! use fabric_cart::Client;
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder().bearer_token("<token>").build()?;
//!
//! let drafts = client
//!     .get_customer_order_drafts()
//!     .customer_id("109840938")
//!     .x_fabric_tenant_id("617329dfd5288b0011332311")
//!     .x_fabric_channel_id("12") // optional: 12 is the US channel, 11 Canada
//!     .send()
//!     .await?
//!     .into_inner();
//! for draft in &drafts {
//!     // Addresses and fulfillments are maps keyed by id.
//!     for (id, address) in &draft.addresses {
//!         println!("{id}: {:?}", address.city);
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! The client and models are generated from `specs/fabric-cart.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand;
//! `specs/QUIRKS.md` says where the spec departs from fabric's reference page.

#[rustfmt::skip]
mod generated;

pub use generated::*;

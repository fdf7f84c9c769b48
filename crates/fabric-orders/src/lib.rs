//! Typed client for the fabric Orders API (legacy `api-order`): a guest's
//! orders, looked up by e-mail.
//!
//! ```no_run
//! use fabric_orders::types::SiteContext;
//! use fabric_orders::Client;
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! // The server is on your own gateway: fill in your customer name.
//! let client = Client::builder()
//!     .base_url(fabric_orders::server_url("acme"))
//!     .api_key("<optional key>")
//!     .build()?;
//!
//! // The `x-site-context` header is typed; it is sent JSON-encoded.
//! let site = SiteContext::try_from(
//!     SiteContext::builder().account("1234abcd5678efgh9ijklmno").channel(12),
//! )?;
//! let orders = client
//!     .get_guest_orders()
//!     .order_email("guest@example.com")
//!     .x_site_context(site)
//!     .send()
//!     .await?
//!     .into_inner();
//! for order in &orders {
//!     println!("{:?}: {:?} {:?}", order.order_id, order.order_total, order.status);
//! }
//! # Ok(()) }
//! ```
//!
//! Where the API sends one field as a string in one place and a number in
//! another (phone numbers, ZIP codes, card identifiers, group IDs), the
//! model is [`types::StringOrNumber`], and both decode; `shipToId`, one
//! number or a list of them, is [`types::ShipToIds`]. Numbers are `f64`, as
//! the page types them and as the server's JavaScript holds them. Objects
//! that carry both `_id` and `id` keep both: `_id` is the field
//! `underscore_id`.
//!
//! The client and models are generated from `specs/fabric-orders.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand;
//! `specs/QUIRKS.md` says where the spec departs from fabric's reference page.

#[rustfmt::skip]
mod generated;

pub use generated::*;

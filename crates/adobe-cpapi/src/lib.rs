//! Typed client for the Adobe Commerce Partner API (CPAPI, VIP Marketplace)
//! v3: one order of a customer, and a customer's order history.
//!
//! ```no_run
//! use adobe_cpapi::types::{DateOrDateTime, OrderStatus};
//! use adobe_cpapi::Client;
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! // Default base URL: the sandbox. Both credentials are required.
//! let client = Client::builder()
//!     .bearer_token("<token>")
//!     .api_key("<integration key>")
//!     .build()?;
//!
//! let page = client
//!     .get_order_history()
//!     .customer_id("9876543210")
//!     .x_correlation_id("2b5f3a3e-2a61-4c1b-8d5e-7f0d7f1f9c10")
//!     // Repeated filters are sent as repeated keys: status=1000&status=1002.
//!     .status(vec![OrderStatus::Complete, OrderStatus::Open])
//!     .start_date(DateOrDateTime::NaiveDate("2019-05-02".parse()?))
//!     .limit(50u32)
//!     .send()
//!     .await?
//!     .into_inner();
//! println!("{:?} of {:?}", page.count, page.total_count);
//! if let Some(next) = page.links.and_then(|l| l.next) {
//!     println!("next page: {:?}", next.uri);
//! }
//! # Ok(()) }
//! ```
//!
//! Status codes are strings on the wire ("1000"); in Rust they carry the
//! meaning Adobe publishes for them (`OrderStatus::Complete` is "1000",
//! `Open` "1002", `Failed` "1004", `FailedInvalidCustomerId` "1026"), and an
//! unlisted one decodes as `OrderStatus::Unknown`. Every documented error (400, 401, 403, 404) is an
//! [`Error::ErrorResponse`] with the status and a typed
//! [`types::ErrorResponse`].
//!
//! The client and models are generated from `specs/adobe-cpapi.yaml` by
//! `cargo xtask codegen` into `generated.rs`, which is never edited by hand;
//! `specs/QUIRKS.md` says where the spec departs from Adobe's page.

#[rustfmt::skip]
mod generated;

pub use generated::*;

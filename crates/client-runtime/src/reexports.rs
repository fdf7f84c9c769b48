//! The crates whose types are part of the API crates' public API,
//! re-exported at the versions the clients were built with.
//!
//! Each API crate re-exports this module's contents at its root
//! (`pub use ::client_runtime::reexports::*;` in its `lib.rs`), so a consumer
//! names `fabric_cart::chrono::NaiveDate` or `adobe_cpapi::serde_json::Value`
//! and never has to add these crates to its own `Cargo.toml` at a matching
//! version. The list is deliberate: a crate is here because its types appear
//! in the generated code's signatures or trait impls.
//!
//! | crate | where its types appear |
//! |---|---|
//! | [`chrono`] | date and date-time fields (`DateTime<Utc>`, `NaiveDate`) |
//! | [`serde_json`] | free-form fields (`serde_json::Value`, `serde_json::Map`) |
//! | [`reqwest`] | `Client::new_with_client` takes a `reqwest::Client`; responses and errors carry a `reqwest::StatusCode` and a `reqwest::header::HeaderMap` |
//! | [`progenitor_client`] | `ByteStream` (also at each API crate's root) and the `ClientInfo`/`ClientHooks` traits each `Client` implements |
//! | [`serde`] | every model implements `Serialize` and `Deserialize` |
//! | [`schemars`] | every model implements `JsonSchema` |
//! | [`uuid`] | fields and parameters of format `uuid` (`Uuid`) |
//! | [`client_runtime`](crate) | `Error` and `ResponseValue` (also at each API crate's root), `ClientBuilder`, `BuildError`, `RetryPolicy`, the `ApiClient` trait each `Client` implements, and `paging`'s streams and their `StreamExt`/`TryStreamExt` |
//!
//! A new major version of one of these (a new minor, below 1.0) changes the
//! API crates' public API: `cargo xtask release` calls it breaking for the
//! runtime, and so for every API crate.

// Shown as re-exports, not copied: the crates have their own docs.
#[doc(no_inline)]
pub use crate as client_runtime;
#[doc(no_inline)]
pub use chrono;
#[doc(no_inline)]
pub use progenitor_client;
#[doc(no_inline)]
pub use reqwest;
#[doc(no_inline)]
pub use schemars;
#[doc(no_inline)]
pub use serde;
#[doc(no_inline)]
pub use serde_json;
#[doc(no_inline)]
pub use uuid;

#[cfg(test)]
mod tests {
    // A consumer of an API whose models have `format: uuid` fields builds
    // them with the API crate's `uuid`, at the version the crate names.
    #[test]
    fn a_uuid_field_is_set_with_the_reexported_crate() {
        use super::uuid::Uuid;
        let id = Uuid::parse_str("a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93").unwrap();
        assert_eq!(id.to_string(), "a8577d7f-0d4d-4b22-8e85-7b4a2e90dc93");
    }
}

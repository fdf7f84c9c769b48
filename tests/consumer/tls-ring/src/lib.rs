//! The API crates used from outside their workspace with TLS on ring; see
//! ../../README.md.

#[path = "../../common/calls.rs"]
mod calls;

pub use calls::{other_first_calls, subscription_statuses};

/// A client of fabric Subscriptions for its `https://` server: building it
/// sets up TLS, with ring as the provider.
pub fn https_client() -> Result<fabric_subscriptions::Client, Box<dyn std::error::Error>> {
    Ok(fabric_subscriptions::Client::builder()
        .base_url("https://api.example.com")
        .bearer_token("consumer-token")
        .build()?)
}

//! Each API's generated client, called over real HTTP against a recording
//! server on 127.0.0.1: what it sends, and what it makes of the answers.

mod adobe_cpapi;
mod body_limits;
mod call_path;
mod call_tracing;
mod credentials;
mod fabric_cart;
mod fabric_orders;
mod fabric_subscriptions;
mod guest_orders;
mod mocks;
mod paging;
mod redaction;
mod redirects;

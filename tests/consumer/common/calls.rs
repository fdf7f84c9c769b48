// A first call of each API, written as a team would from the crates'
// READMEs, and the crates' re-exports used in place of direct dependencies.
// Both consumer crates compile this file as their library.

use std::error::Error;

// Types from other crates, named through the API crates' re-exports.
use adobe_cpapi::serde_json::Value;
use fabric_cart::chrono::{DateTime, Utc};
use fabric_orders::reqwest::StatusCode;

/// The status of each of a customer's subscription orders, from the API at
/// `base_url`.
pub async fn subscription_statuses(
    base_url: &str,
    customer_id: &str,
) -> Result<Vec<String>, Box<dyn Error>> {
    let client = fabric_subscriptions::Client::builder()
        .base_url(base_url)
        .bearer_token("consumer-token")
        .build()?;
    let response = client
        .get_customer_orders()
        .customer_id(customer_id)
        .send()
        .await?;
    let statuses = response
        .into_inner()
        .data
        .iter()
        .flat_map(|d| &d.orders)
        .filter_map(|o| o.status.as_ref())
        .map(|s| s.as_str().to_owned())
        .collect();
    Ok(statuses)
}

/// A first call of each other API: compiled, not run.
pub async fn other_first_calls() -> Result<(), Box<dyn Error>> {
    let cart = fabric_cart::Client::builder()
        .bearer_token("<token>")
        .build()?;
    let drafts = cart
        .get_customer_order_drafts()
        .customer_id("109840938")
        .x_fabric_tenant_id("617329dfd5288b0011332311")
        .send()
        .await?
        .into_inner();
    let created: Vec<Option<DateTime<Utc>>> = drafts.iter().map(|d| d.created_at).collect();
    println!("{created:?}");

    let orders = fabric_orders::Client::builder()
        .base_url(fabric_orders::server_url("acme"))
        .build()?;
    match orders
        .get_guest_orders()
        .order_email("guest@example.com")
        .send()
        .await
    {
        Err(fabric_orders::Error::Documented(e)) if e.status() == StatusCode::NOT_FOUND => {}
        other => println!("{:?}", other.map(|r| r.into_inner().len())),
    }

    let adobe = adobe_cpapi::Client::builder()
        .bearer_token("<token>")
        .api_key("<key>")
        .build()?;
    let order = adobe
        .get_order()
        .customer_id("9876543210")
        .order_id("5120008001")
        .x_correlation_id("2b5f3a3e-2a61-4c1b-8d5e-7f0d7f1f9c10")
        .send()
        .await?
        .into_inner();
    println!("{} line items", order.line_items.len());
    // Free-form JSON is `serde_json::Value`.
    let link = adobe_cpapi::types::Link::default();
    let headers: &Vec<Value> = &link.headers;
    println!("{headers:?}");
    Ok(())
}

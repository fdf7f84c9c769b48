//! One call that carries personal data in its query (fabric Orders' guest
//! orders by e-mail), for the tests of what must never leave with it or
//! hold too much of its answer.

use fabric_orders::types::{OrdersError, SiteContext};
use fabric_orders::{Client, Error};

/// The guest's e-mail address each call sends.
pub const EMAIL: &str = "jane@example.com";

/// A guest's orders, the answer dropped.
pub async fn call(client: &Client) -> Result<(), Error<OrdersError>> {
    let context = SiteContext::try_from(SiteContext::builder().account("1234abcd5678efgh9ijklmno"))
        .expect("account is set");
    client
        .get_guest_orders()
        .order_email(EMAIL)
        .x_site_context(context)
        .send()
        .await
        .map(drop)
}

//! One call per API through its generated client, against the same request
//! sent with raw reqwest — the client's own `reqwest::Client`, so the same
//! connection pool and default headers — and decoded into the same
//! generated type.
//!
//! The client side is the whole call path as production runs it: the
//! builder, the default retry policy, request ids, the deadline, and spans
//! under the subscriber the bench target installs.
//!
//! The same call also runs with drift reports on against the same client
//! with them off (the default), which is what turning them on costs.
//!
//! Each API's call is the operation whose documented success body is the
//! API's largest; [`CALLS`] names it, and the run fails when the
//! specs say otherwise, so this list cannot silently go stale.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use adobe_cpapi::client_runtime::{ApiClient, ClientBuilder, SchemeKind, Token};
use adobe_cpapi::progenitor_client::ClientInfo;
use adobe_cpapi::reqwest;

use crate::memory::{MemoryRunner, Reader};
use crate::report::Comparison;
use crate::server::Server;
use crate::{Budget, measure, public_path};

/// One operation called through a generated client, and the same request
/// written with raw reqwest.
pub trait Call: 'static {
    /// The API (its spec's file stem).
    const API: &'static str;
    /// The operation's `operationId`.
    const OPERATION: &'static str;
    /// The generated client.
    type Client: ApiClient + ClientInfo<()>;
    /// The type the success body decodes into.
    type Success: DeserializeOwned + 'static;
    /// The request body (`()` for none), from the operation's documented
    /// request example.
    type Body: Serialize + DeserializeOwned + Clone;

    /// The call through the generated client.
    fn call(
        client: &Self::Client,
        body: Self::Body,
    ) -> impl Future<Output = Result<Self::Success, String>>;

    /// The same request, with raw reqwest.
    fn raw(http: &reqwest::Client, base_url: &str, body: &Self::Body) -> reqwest::RequestBuilder;
}

/// What a comparison calls with: the success body the server answers, and
/// the request example (`null` for none).
pub struct Case {
    /// What the table calls it.
    pub label: String,
    /// The body the server answers with.
    pub payload: Bytes,
    /// The operation's documented request example, or `null`.
    pub request_body: Value,
}

/// A measuring function for one [`Call`].
pub type Runner =
    for<'a> fn(&'a Case, Budget) -> Pin<Box<dyn Future<Output = Result<Comparison, String>> + 'a>>;

/// One API's call, type-erased.
pub struct Registered {
    /// [`Call::API`].
    pub api: &'static str,
    /// [`Call::OPERATION`].
    pub operation: &'static str,
    /// The success type's path, to check against the example catalog.
    pub success_type: fn() -> String,
    /// Measures it against raw reqwest.
    pub run: Runner,
    /// Measures it with drift reports on against off.
    pub drift: Runner,
    /// Reads a large body with the client or with raw reqwest, for
    /// [`crate::memory`].
    pub memory: MemoryRunner,
    /// Times the call with its bearer token from a token source (cached)
    /// against the same call with a fixed token; `None` for an API that
    /// declares no bearer scheme.
    pub token: Option<Runner>,
}

const fn register<C: Call>() -> Registered {
    Registered {
        api: C::API,
        operation: C::OPERATION,
        success_type: public_path::<C::Success>,
        run: runner::<C>,
        drift: drift_runner::<C>,
        memory: memory_runner::<C>,
        token: if has_bearer::<C>() {
            Some(token_runner::<C>)
        } else {
            None
        },
    }
}

/// Whether `C`'s API declares a scheme whose token a source can give.
const fn has_bearer<C: Call>() -> bool {
    let schemes = <C::Client as ApiClient>::DESCRIPTION.schemes;
    let mut i = 0;
    while i < schemes.len() {
        if matches!(
            schemes[i].kind,
            SchemeKind::Bearer | SchemeKind::OAuth2 { .. }
        ) {
            return true;
        }
        i += 1;
    }
    false
}

fn token_runner<C: Call>(
    case: &Case,
    budget: Budget,
) -> Pin<Box<dyn Future<Output = Result<Comparison, String>> + '_>> {
    Box::pin(compare_token::<C>(case, budget))
}

/// Every API's call.
pub const CALLS: &[Registered] = &[
    register::<AdobeOrderHistory>(),
    register::<FabricCartOrderDrafts>(),
    register::<FabricGuestOrders>(),
    register::<FabricUpdateOrder>(),
];

fn runner<C: Call>(
    case: &Case,
    budget: Budget,
) -> Pin<Box<dyn Future<Output = Result<Comparison, String>> + '_>> {
    Box::pin(compare::<C>(case, budget))
}

fn drift_runner<C: Call>(
    case: &Case,
    budget: Budget,
) -> Pin<Box<dyn Future<Output = Result<Comparison, String>> + '_>> {
    Box::pin(compare_drift::<C>(case, budget))
}

fn memory_runner<C: Call>(
    base_url: String,
    request_body: Value,
    reader: Reader,
) -> Pin<Box<dyn Future<Output = Result<(), String>>>> {
    Box::pin(read_large::<C>(base_url, request_body, reader))
}

/// Reads the large body the server at `base_url` sends: through the
/// client, which must refuse it as too large having read at most its
/// bound, or whole with raw reqwest.
async fn read_large<C: Call>(
    base_url: String,
    request_body: Value,
    reader: Reader,
) -> Result<(), String> {
    let body: C::Body = serde_json::from_value(request_body)
        .map_err(|e| place::<C>(format!("the request example does not decode: {e}")))?;
    let client = client_with_credentials::<C>(&base_url, false, false)?;
    match reader {
        Reader::Client => match C::call(&client, body).await {
            Err(e) if e.contains("larger than the client reads") => Ok(()),
            Err(e) => Err(place::<C>(format!("expected a body too large, got: {e}"))),
            Ok(_) => Err(place::<C>("a 256 MiB body decoded".to_owned())),
        },
        Reader::Raw => {
            let bytes = C::raw(client.client(), &base_url, &body)
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(|e| e.to_string())?
                .bytes()
                .await
                .map_err(|e| e.to_string())?;
            std::hint::black_box(bytes.len());
            Ok(())
        }
    }
}

/// A client of `C`'s API at `base_url` with every credential its spec
/// declares; its bearer tokens from a token source when `from_source`.
fn client_with_credentials<C: Call>(
    base_url: &str,
    report_drift: bool,
    from_source: bool,
) -> Result<C::Client, String> {
    let api = <C::Client as ApiClient>::DESCRIPTION;
    let mut builder = ClientBuilder::<C::Client>::new()
        .base_url(base_url)
        .report_drift(report_drift);
    for scheme in api.schemes {
        let value = match scheme.kind {
            SchemeKind::Basic => "bench:password",
            SchemeKind::Bearer | SchemeKind::OAuth2 { .. } if from_source => {
                builder = builder.credential_source(scheme.name, || async {
                    Ok(Token::new(
                        "bench-credential",
                        Some(Duration::from_secs(3600)),
                    ))
                });
                continue;
            }
            _ => "bench-credential",
        };
        builder = builder.credential(scheme.name, value);
    }
    builder.build().map_err(|e| place::<C>(e.to_string()))
}

/// What both comparisons start from: a server on 127.0.0.1 answering with
/// the case's payload, and the request body to call with.
struct Setup<C: Call> {
    // Kept alive while the comparison runs.
    _server: Server,
    base_url: String,
    body: C::Body,
}

impl<C: Call> Setup<C> {
    async fn start(case: &Case) -> Result<Self, String> {
        let server = Server::start(case.payload.clone())
            .await
            .map_err(|e| place::<C>(format!("cannot listen on 127.0.0.1: {e}")))?;
        let body = serde_json::from_value(case.request_body.clone())
            .map_err(|e| place::<C>(format!("the request example does not decode: {e}")))?;
        Ok(Setup {
            base_url: server.base_url(),
            _server: server,
            body,
        })
    }

    /// A client with every credential its spec declares, reporting drift or
    /// not; checked with one call.
    async fn client(&self, report_drift: bool) -> Result<C::Client, String> {
        self.client_with(report_drift, false).await
    }

    /// [`client`](Self::client), its bearer tokens from a token source
    /// when `from_source`.
    async fn client_with(
        &self,
        report_drift: bool,
        from_source: bool,
    ) -> Result<C::Client, String> {
        let client = client_with_credentials::<C>(&self.base_url, report_drift, from_source)?;
        C::call(&client, self.body.clone())
            .await
            .map_err(place::<C>)?;
        Ok(client)
    }
}

fn place<C: Call>(e: String) -> String {
    format!("{} {}: {e}", C::API, C::OPERATION)
}

/// Times the call through the client against raw reqwest.
async fn compare<C: Call>(case: &Case, budget: Budget) -> Result<Comparison, String> {
    let setup = Setup::<C>::start(case).await?;
    let client = setup.client(false).await?;
    let http = client.client().clone();
    let (base_url, body) = (&setup.base_url, &setup.body);
    raw::<C>(&http, base_url, body).await.map_err(place::<C>)?;

    let comparison = timed(
        budget,
        ("call", case),
        ("generated client", async || {
            let decoded = C::call(&client, body.clone()).await;
            drop(std::hint::black_box(decoded.expect("checked above")));
        }),
        ("raw reqwest", async || {
            let decoded = raw::<C>(&http, base_url, body).await;
            drop(std::hint::black_box(decoded.expect("checked above")));
        }),
    );
    Ok(comparison.await)
}

/// Times the call through a client that reports drift against the same
/// client that does not. The body is a documented example, so no drift is
/// found: what is timed is the check itself, the pass over every response
/// that a client reporting drift makes.
async fn compare_drift<C: Call>(case: &Case, budget: Budget) -> Result<Comparison, String> {
    let setup = Setup::<C>::start(case).await?;
    let reporting = setup.client(true).await?;
    let silent = setup.client(false).await?;
    let body = &setup.body;

    let call = async |client| {
        let decoded = C::call(client, body.clone()).await;
        drop(std::hint::black_box(decoded.expect("checked above")));
    };
    let comparison = timed(
        budget,
        ("drift", case),
        ("drift reports on", async || call(&reporting).await),
        ("off (the default)", async || call(&silent).await),
    );
    Ok(comparison.await)
}

/// Times the call with its token from a source (cached, so asked once)
/// against the same call with a fixed token: what renewing credentials
/// cost a call that does not renew.
async fn compare_token<C: Call>(case: &Case, budget: Budget) -> Result<Comparison, String> {
    let setup = Setup::<C>::start(case).await?;
    let sourced = setup.client_with(false, true).await?;
    let fixed = setup.client(false).await?;
    let body = &setup.body;
    let call = async |client| {
        let decoded = C::call(client, body.clone()).await;
        drop(std::hint::black_box(decoded.expect("checked above")));
    };
    let comparison = timed(
        budget,
        ("token", case),
        ("token from a source", async || call(&sourced).await),
        ("fixed token", async || call(&fixed).await),
    );
    Ok(comparison.await)
}

/// Times two named sides in alternating pairs, as the row `group` of `case`.
async fn timed(
    budget: Budget,
    (group, case): (&str, &Case),
    (subject, run_subject): (&str, impl AsyncFnMut()),
    (baseline, run_baseline): (&str, impl AsyncFnMut()),
) -> Comparison {
    let [ours, theirs] = measure::pairs_async(budget, run_subject, run_baseline).await;
    Comparison {
        group: group.to_owned(),
        case: case.label.clone(),
        bytes: case.payload.len(),
        subject: measure::side(subject, ours),
        baseline: measure::side(baseline, theirs),
        bound_bytes: None,
    }
}

/// The raw request, its status checked and its body decoded, as a caller
/// without the generated client would write it. The body is cloned as the
/// client side clones it, so that both do the same work for it.
async fn raw<C: Call>(
    http: &reqwest::Client,
    base_url: &str,
    body: &C::Body,
) -> Result<C::Success, String> {
    let body = body.clone();
    C::raw(http, base_url, &body)
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| e.to_string())?
        .json::<C::Success>()
        .await
        .map_err(|e| e.to_string())
}

/// Adobe Commerce Partner API: a customer's order history.
pub struct AdobeOrderHistory;

impl Call for AdobeOrderHistory {
    const API: &'static str = "adobe-cpapi";
    const OPERATION: &'static str = "getOrderHistory";
    type Client = adobe_cpapi::Client;
    type Success = adobe_cpapi::types::OrderHistory;
    type Body = ();

    async fn call(client: &Self::Client, (): ()) -> Result<Self::Success, String> {
        let response = client.get_order_history().customer_id("9876543210").send();
        Ok(response.await.map_err(|e| e.to_string())?.into_inner())
    }

    fn raw(http: &reqwest::Client, base_url: &str, (): &()) -> reqwest::RequestBuilder {
        http.get(format!("{base_url}/v3/customers/9876543210/orders"))
    }
}

/// fabric Cart: a customer's order drafts.
pub struct FabricCartOrderDrafts;

impl Call for FabricCartOrderDrafts {
    const API: &'static str = "fabric-cart";
    const OPERATION: &'static str = "getCustomerOrderDrafts";
    type Client = fabric_cart::Client;
    type Success = Vec<fabric_cart::types::OrderDraft>;
    type Body = ();

    async fn call(client: &Self::Client, (): ()) -> Result<Self::Success, String> {
        let response = client
            .get_customer_order_drafts()
            .customer_id("109840938")
            .x_fabric_tenant_id("617329dfd5288b0011332311")
            .send();
        Ok(response.await.map_err(|e| e.to_string())?.into_inner())
    }

    fn raw(http: &reqwest::Client, base_url: &str, (): &()) -> reqwest::RequestBuilder {
        http.get(format!("{base_url}/v3/order-drafts/customer/109840938"))
            .header("x-fabric-tenant-id", "617329dfd5288b0011332311")
    }
}

/// fabric Orders: a guest's orders by e-mail.
pub struct FabricGuestOrders;

fn site_context() -> fabric_orders::types::SiteContext {
    fabric_orders::types::SiteContext::try_from(
        fabric_orders::types::SiteContext::builder()
            .account("1234abcd5678efgh9ijklmno")
            .channel(12),
    )
    .expect("account is set")
}

impl Call for FabricGuestOrders {
    const API: &'static str = "fabric-orders";
    const OPERATION: &'static str = "getGuestOrders";
    type Client = fabric_orders::Client;
    type Success = Vec<fabric_orders::types::Order>;
    type Body = ();

    async fn call(client: &Self::Client, (): ()) -> Result<Self::Success, String> {
        let response = client
            .get_guest_orders()
            .order_email("guest@example.com")
            .x_site_context(site_context())
            .send();
        Ok(response.await.map_err(|e| e.to_string())?.into_inner())
    }

    fn raw(http: &reqwest::Client, base_url: &str, (): &()) -> reqwest::RequestBuilder {
        let context = serde_json::to_string(&site_context()).expect("a site context encodes");
        http.get(format!("{base_url}/api-order/orders/user/guest"))
            .query(&[("orderEmail", "guest@example.com")])
            .header("x-site-context", context)
    }
}

/// fabric Subscriptions: update an order.
pub struct FabricUpdateOrder;

impl Call for FabricUpdateOrder {
    const API: &'static str = "fabric-subscriptions";
    const OPERATION: &'static str = "updateOrder";
    type Client = fabric_subscriptions::Client;
    type Success = fabric_subscriptions::types::UpdateOrderResponse;
    type Body = fabric_subscriptions::types::UpdateOrderRequest;

    async fn call(client: &Self::Client, body: Self::Body) -> Result<Self::Success, String> {
        let response = client
            .update_order()
            .order_id("6384462ab645220008a4358a")
            .body(body)
            .send();
        Ok(response.await.map_err(|e| e.to_string())?.into_inner())
    }

    fn raw(http: &reqwest::Client, base_url: &str, body: &Self::Body) -> reqwest::RequestBuilder {
        http.patch(format!("{base_url}/v1/orders/6384462ab645220008a4358a"))
            .json(body)
    }
}

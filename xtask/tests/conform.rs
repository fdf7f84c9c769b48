//! `cargo xtask conform` as a maintainer runs it: the binary on captures
//! built from the specs' own documented examples, judged by its exit status
//! and its reports.
//!
//! The captures are built when the tests run, from every documented response
//! example of every spec in `specs/` (with the request its operation's
//! documented parameter examples make), so that the perfect capture stays
//! perfect as the specs change; drift is planted into copies of those
//! entries. The malformed captures are small hand-written files under
//! `tests/conform/`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use base64::Engine as _;
use serde_json::{Value, json};
use spec_model::examples::{Message, documented};
use spec_model::refs::resolve;
use spec_model::spec::Spec;
use spec_model::walk::operations_in;

fn root() -> PathBuf {
    spec_model::workspace::root().expect("the workspace root")
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("XTASK_WORKSPACE_ROOT", root())
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("the xtask binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn specs() -> Vec<Spec> {
    xtask::conform::load_specs(&root()).unwrap_or_else(|e| panic!("{e:?}"))
}

/// One exchange to write into a capture.
#[derive(Clone, Debug)]
struct Exchange {
    operation: String,
    status: String,
    method: String,
    url: url::Url,
    headers: Vec<(String, String)>,
    request_body: Option<Value>,
    response_status: u16,
    response_body: Value,
}

/// A parameter's documented example, as the text a request carries: a
/// `content` parameter's as JSON, an array's items one by one.
fn parameter_texts(parameter: &Value) -> Vec<String> {
    let example = parameter.get("example").cloned().or_else(|| {
        let content = parameter.get("content")?.as_object()?;
        let (_, media) = content.iter().next()?;
        Some(Value::String(media.get("example")?.to_string()))
    });
    match example {
        Some(Value::Array(items)) => items.iter().map(scalar_text).collect(),
        Some(value) => vec![scalar_text(&value)],
        None => vec!["x".into()],
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Every documented response example of every spec, as an exchange whose
/// request is made of the operation's documented parameter and request
/// body examples.
fn documented_exchanges(specs: &[Spec]) -> Vec<Exchange> {
    let mut exchanges = Vec::new();
    for spec in specs {
        let document = &spec.document;
        let server = document["servers"][0].clone();
        let mut base = server["url"].as_str().unwrap().to_owned();
        for (name, variable) in server
            .get("variables")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            base = base.replace(
                &format!("{{{name}}}"),
                variable["default"].as_str().unwrap(),
            );
        }
        let examples = documented(spec);
        for at in operations_in(document) {
            let id = at.operation["operationId"].as_str().unwrap().to_owned();
            let mut path = at.path.to_owned();
            let mut query = Vec::new();
            let mut headers = Vec::new();
            for holder in [&at.item_pointer, &at.pointer] {
                let count = document
                    .pointer(&format!("{holder}/parameters"))
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                for index in 0..count {
                    let pointer = resolve(document, &format!("{holder}/parameters/{index}"));
                    let parameter = document.pointer(&pointer).unwrap();
                    let name = parameter["name"].as_str().unwrap();
                    let texts = parameter_texts(parameter);
                    match parameter["in"].as_str().unwrap() {
                        "path" => path = path.replace(&format!("{{{name}}}"), &texts[0]),
                        "query" => query.extend(texts.into_iter().map(|t| (name.to_owned(), t))),
                        "header" => headers.push((name.to_owned(), texts.join(","))),
                        _ => {}
                    }
                }
            }
            let mut url = url::Url::parse(&format!("{base}{path}")).unwrap();
            if !query.is_empty() {
                url.query_pairs_mut().extend_pairs(&query);
            }
            let request_body = examples
                .iter()
                .find(|e| e.operation_id == id && e.message == Message::Request)
                .map(|e| e.value.clone());
            for example in examples.iter().filter(|e| e.operation_id == id) {
                let Message::Response(status) = &example.message else {
                    continue;
                };
                let response_status = match status.as_str() {
                    "4XX" => 404,
                    "5XX" | "default" => 503,
                    code => code.parse().unwrap(),
                };
                exchanges.push(Exchange {
                    operation: id.clone(),
                    status: status.clone(),
                    method: at.method.to_uppercase(),
                    url: url.clone(),
                    headers: headers.clone(),
                    request_body: request_body.clone(),
                    response_status,
                    response_body: example.value.clone(),
                });
            }
        }
    }
    exchanges
}

/// An exchange as a HAR 1.2 entry, the way browser dev tools write one.
fn entry(exchange: &Exchange) -> Value {
    let mut headers: Vec<Value> = vec![json!({"name": "Accept", "value": "application/json"})];
    headers.extend(
        exchange
            .headers
            .iter()
            .map(|(name, value)| json!({"name": name, "value": value})),
    );
    let query: Vec<Value> = exchange
        .url
        .query_pairs()
        .map(|(name, value)| json!({"name": name, "value": value}))
        .collect();
    let body = exchange.response_body.to_string();
    let mut request = json!({
        "method": exchange.method,
        "url": exchange.url.as_str(),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": headers,
        "queryString": query,
        "headersSize": -1,
        "bodySize": 0,
    });
    if let Some(sent) = &exchange.request_body {
        request["postData"] = json!({"mimeType": "application/json", "text": sent.to_string()});
    }
    json!({
        "startedDateTime": "2024-06-13T16:50:00.682Z",
        "time": 12,
        "request": request,
        "response": {
            "status": exchange.response_status,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
            "content": {"size": body.len(), "mimeType": "application/json; charset=utf-8", "text": body},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 12, "receive": 0},
    })
}

fn har(entries: Vec<Value>) -> String {
    let document = json!({"log": {
        "version": "1.2",
        "creator": {"name": "xtask conform tests", "version": "1"},
        "entries": entries,
    }});
    serde_json::to_string_pretty(&document).unwrap()
}

/// The response body of an entry, base64-encoded as some tools save it.
fn base64_body(mut entry: Value) -> Value {
    let content = &mut entry["response"]["content"];
    let text = content["text"].as_str().unwrap().to_owned();
    content["text"] = json!(base64::engine::general_purpose::STANDARD.encode(text));
    content["encoding"] = json!("base64");
    entry
}

/// Every documented exchange, the first response body base64-encoded.
fn perfect_entries(specs: &[Spec]) -> Vec<Value> {
    let mut entries: Vec<Value> = documented_exchanges(specs).iter().map(entry).collect();
    assert!(
        entries.len() >= 15,
        "every documented response example is an entry"
    );
    entries[0] = base64_body(entries[0].clone());
    entries
}

/// The exchange of `operation` documented for `status`.
fn exchange(specs: &[Spec], operation: &str, status: &str) -> Exchange {
    documented_exchanges(specs)
        .into_iter()
        .find(|e| e.operation == operation && e.status == status)
        .unwrap_or_else(|| panic!("no documented {operation} {status}"))
}

/// Sets the value at `pointer` in a response body (creating the last key).
fn plant(body: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let holder = body
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match holder {
        Value::Object(object) => {
            object.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        _ => panic!("{parent} holds no children"),
    }
}

fn remove(body: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let removed = body
        .pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key);
    assert!(removed.is_some(), "nothing at {pointer}");
}

const PLANTED_EMAIL: &str = "pat.kake@example.com";

/// The capture with one planted drift of every kind, each in its own entry
/// or two, beside untouched documented entries.
fn drift_entries(specs: &[Spec]) -> Vec<Value> {
    let mut entries = Vec::new();

    // An undeclared property holding an e-mail address, in two orders of two
    // entries (counted once per entry), and an enum value no spec lists.
    let mut orders = exchange(specs, "getCustomerOrders", "200");
    let order = orders.response_body["data"]["orders"][0].clone();
    orders.response_body["data"]["orders"] = json!([order.clone(), order]);
    plant(
        &mut orders.response_body,
        "/data/orders/0/giftNote",
        json!(PLANTED_EMAIL),
    );
    plant(
        &mut orders.response_body,
        "/data/orders/1/giftNote",
        json!(PLANTED_EMAIL),
    );
    plant(
        &mut orders.response_body,
        "/data/orders/1/status",
        json!("ON_HOLD"),
    );
    entries.push(entry(&orders));
    // The second one base64-encoded: it is decoded before it is checked.
    entries.push(base64_body(entry(&orders)));

    // A number written as a string, and a null where none is allowed.
    let mut order = exchange(specs, "getOrder", "200");
    plant(
        &mut order.response_body,
        "/lineItems/0/quantity",
        json!("1"),
    );
    plant(&mut order.response_body, "/creationDate", Value::Null);
    entries.push(entry(&order));

    // A required property absent from an error body.
    let mut not_found = exchange(specs, "getOrder", "404");
    remove(&mut not_found.response_body, "/code");
    entries.push(entry(&not_found));

    // A status the operation does not document.
    let mut teapot = exchange(specs, "getOrder", "404");
    teapot.response_status = 418;
    entries.push(entry(&teapot));

    // A required query parameter absent.
    let mut guest = exchange(specs, "getGuestOrders", "200");
    guest.url.set_query(None);
    entries.push(entry(&guest));

    // A required header absent, answered by a gateway's HTML page.
    let mut drafts = exchange(specs, "getCustomerOrderDrafts", "200");
    drafts
        .headers
        .retain(|(name, _)| name != "x-fabric-tenant-id");
    let mut drafts = entry(&drafts);
    drafts["response"]["content"]["text"] = json!("<html><body>Bad gateway</body></html>");
    entries.push(drafts);

    // A request body with a property the spec does not declare.
    let mut update = exchange(specs, "updateOrder", "200");
    let sent = update.request_body.as_mut().unwrap();
    plant(sent, "/order/priority", json!("HIGH"));
    entries.push(entry(&update));

    // A query value that is not of its declared type.
    let mut history = exchange(specs, "getOrderHistory", "200");
    let query: Vec<(String, String)> = history
        .url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "limit" {
                "ten".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    history.url.query_pairs_mut().clear().extend_pairs(&query);
    entries.push(entry(&history));

    // Untouched documented entries: they add to "of", not to findings.
    entries.push(entry(&exchange(specs, "getCustomerOrders", "200")));
    entries.push(entry(&exchange(specs, "getOrder", "200")));
    entries
}

/// Each finding of a JSON report as `operation | where | pointer | kind |
/// entries`.
fn identities(report: &Value) -> BTreeSet<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let field = |name: &str| f[name].as_str().unwrap().to_owned();
            format!(
                "{} | {} | {} | {} | {}",
                field("operation"),
                field("where"),
                field("pointer"),
                field("kind"),
                f["entries"]
            )
        })
        .collect()
}

fn write_capture(dir: &Path, name: &str, entries: Vec<Value>) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, har(entries)).unwrap();
    path
}

fn run_on(paths: &[&Path], json: bool) -> Output {
    let mut args = vec!["conform"];
    if json {
        args.extend(["--format", "json"]);
    }
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(paths.iter().map(String::as_str));
    xtask(&args)
}

#[test]
fn the_documented_examples_conform_to_their_specs() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let entries = perfect_entries(&specs);
    let count = entries.len();
    let capture = write_capture(dir.path(), "perfect.har", entries);

    let out = run_on(&[&capture], false);
    let markdown = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{markdown}{}",
        text(&out.stderr)
    );
    assert!(markdown.contains("No findings"), "{markdown}");
    assert!(
        markdown.contains(&format!(
            "{count} entries. {count} matched an operation, 0 matched none"
        )),
        "{markdown}"
    );

    let out = run_on(&[&capture], true);
    assert_eq!(out.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"], json!([]));
    assert_eq!(report["matched"], json!(count));
}

#[test]
fn planted_drift_of_every_kind_is_reported_once_at_its_folded_pointer() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let capture = write_capture(dir.path(), "drift.har", drift_entries(&specs));

    let out = run_on(&[&capture], true);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: BTreeSet<String> = [
        "getCustomerOrders | response 200 | /data/orders/*/giftNote | undeclared-property | 2",
        "getCustomerOrders | response 200 | /data/orders/*/status | unlisted-enum-value | 2",
        "getOrder | response 200 | /lineItems/*/quantity | wrong-type | 1",
        "getOrder | response 200 | /creationDate | unexpected-null | 1",
        "getOrder | response 404 | /code | missing-required | 1",
        "getOrder | response 418 |  | undocumented-status | 1",
        "getGuestOrders | query `orderEmail` |  | missing-required | 1",
        "getCustomerOrderDrafts | header `x-fabric-tenant-id` |  | missing-required | 1",
        "getCustomerOrderDrafts | response 200 |  | not-json | 1",
        "getOrderHistory | query `limit` |  | wrong-type | 1",
        "updateOrder | request body | /order/priority | undeclared-property | 1",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(identities(&report), expected, "{report:#}");

    let finding = |pointer: &str, kind: &str| -> Value {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["pointer"] == pointer && f["kind"] == kind)
            .cloned()
            .unwrap()
    };
    // Counted per entry, out of the operation's entries.
    assert_eq!(
        finding("/data/orders/*/giftNote", "undeclared-property")["of"],
        3
    );
    // A value no spec lists may be someone's name, however much it reads
    // as a code: it is not shown.
    let status = finding("/data/orders/*/status", "unlisted-enum-value");
    assert_eq!(
        (status.get("example"), &status["example_hidden"]),
        (None, &json!(true))
    );
    // Ledger rows are numbered after the last of their API's section.
    let ledger = xtask::conform::report::ledger(&root());
    let (s, a) = (
        ledger["fabric-subscriptions"].last,
        ledger["adobe-cpapi"].last,
    );
    assert!(status["quirks_row"].as_str().unwrap().starts_with(&format!(
        "| S{} | capture: `getCustomerOrders` response 200, `/data/orders/*/status` |",
        s + 2
    )));
    let note = finding("/data/orders/*/giftNote", "undeclared-property");
    assert_eq!(note.get("example"), None);
    assert_eq!(note["example_hidden"], true);
    assert_eq!(note["found"], json!(["string"]));
    let quantity = finding("/lineItems/*/quantity", "wrong-type");
    assert_eq!(
        (&quantity["declared"], &quantity["found"]),
        (&json!("integer"), &json!(["string"]))
    );
    assert_eq!(quantity["example_hidden"], true);
    // A null says nothing of anyone: it is shown.
    let null = finding("/creationDate", "unexpected-null");
    assert_eq!(null.get("example"), Some(&Value::Null));
    // A query value that is no code is not shown either.
    let limit = finding("", "wrong-type");
    assert_eq!(
        (&limit["where"], &limit["example_hidden"]),
        (&json!("query `limit`"), &json!(true))
    );
    let teapot = finding("", "undocumented-status");
    assert_eq!(teapot["declared"], "200, 400, 401, 403, 404");

    // The Markdown report says the same, with its ledger rows.
    let out = run_on(&[&capture], false);
    assert_eq!(out.status.code(), Some(1));
    let markdown = text(&out.stdout);
    for line in [
        "| fabric-subscriptions | `getCustomerOrders` | response 200 | `/data/orders/*/giftNote` | undeclared property (string) | 2 of 3 | hidden |".to_owned(),
        "| fabric-subscriptions | `getCustomerOrders` | response 200 | `/data/orders/*/status` | enum value not listed in `OrderStatus` | 2 of 3 | hidden |".to_owned(),
        "| adobe-cpapi | `getOrder` | response 418 |  | undocumented status (documented: 200, 400, 401, 403, 404) | 1 of 4 |  |".to_owned(),
        "| # | seed: where | the page shows | the spec decides | why |".to_owned(),
        format!("| S{} | capture: `getCustomerOrders` response 200, `/data/orders/*/giftNote` | no `giftNote` on `Order` | declare `giftNote` on `Order`, optional (string) | the server sends it: 2 of 3 captured entries |", s + 1),
        format!("| S{} | capture: `getCustomerOrders` response 200, `/data/orders/*/status` | `OrderStatus`: \"SCHEDULED\", \"CANCELED\", \"SUCCESS\", \"SKIPPED\", \"RETRY\", \"SUBMITTED\", \"FAILED\" | add the value seen to `OrderStatus` | the server sends it: 2 of 3 captured entries |", s + 2),
        format!("| A{} | capture: `getOrder` response 404, `/code` | `ErrorResponse` requires `code` | `code` is optional on `ErrorResponse` | the server leaves it out: 1 of 4 captured entries |", a + 3),
    ] {
        assert!(markdown.contains(&line), "expected\n{line}\nin\n{markdown}");
    }
    assert!(markdown.contains("**11 findings**"), "{markdown}");
}

#[test]
fn personal_data_is_never_printed() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let capture = write_capture(dir.path(), "drift.har", drift_entries(&specs));
    for json in [false, true] {
        let out = run_on(&[&capture], json);
        assert_eq!(out.status.code(), Some(1));
        let shown = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(shown.contains("giftNote"), "{shown}");
        // ON_HOLD is listed by no spec: as much a name as a status.
        for secret in [PLANTED_EMAIL, "@example.com", "guest%40", "ON_HOLD"] {
            assert!(!shown.contains(secret), "{secret} in\n{shown}");
        }
    }
}

#[test]
fn a_value_is_shown_only_when_it_cannot_be_personal() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let mut orders = exchange(&specs, "getCustomerOrders", "200");
    let order = orders.response_body["data"]["orders"][0].clone();
    orders.response_body["data"]["orders"] = json!([order.clone(), order]);
    // An upper-case word no spec lists reads as a code and as a name alike.
    plant(
        &mut orders.response_body,
        "/data/orders/0/status",
        json!("JANE"),
    );
    // A word a spec lists (a customer's status) is no one's.
    plant(
        &mut orders.response_body,
        "/data/orders/1/status",
        json!("ACTIVE"),
    );
    // A small integer is shown, a long one (a date, a phone number) not.
    plant(&mut orders.response_body, "/data/orders/0/id", json!(1234));
    plant(
        &mut orders.response_body,
        "/data/orders/0/createdAt",
        json!(19850412),
    );
    // A name in a path, on a host named after someone, with a method no
    // one uses: none of it is a spec's word.
    let mut elsewhere = exchange(&specs, "getOrder", "200");
    elsewhere.url =
        url::Url::parse("https://jane-doe.example.net/customers/Jane-Doe/orders").unwrap();
    let mut odd_method = exchange(&specs, "getOrder", "200");
    odd_method.method = "JANEDOE".into();
    let capture = write_capture(
        dir.path(),
        "values.har",
        vec![entry(&orders), entry(&elsewhere), entry(&odd_method)],
    );

    let out = run_on(&[&capture], true);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let finding = |pointer: &str| -> Value {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["pointer"] == pointer)
            .cloned()
            .unwrap_or_else(|| panic!("no finding at {pointer}: {report:#}"))
    };
    // JANE came first; ACTIVE is the first value that may be shown.
    assert_eq!(finding("/data/orders/*/status")["example"], "ACTIVE");
    assert_eq!(finding("/data/orders/*/id")["example"], 1234);
    let created = finding("/data/orders/*/createdAt");
    assert_eq!(
        (created.get("example"), &created["example_hidden"]),
        (None, &json!(true))
    );
    let unmatched: Vec<(&str, &str, &str)> = report["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let field = |name: &str| e[name].as_str().unwrap();
            (field("method"), field("host"), field("path"))
        })
        .collect();
    assert_eq!(
        unmatched,
        [
            ("*", "partners-stage.adobe.io", "/v3/customers/*/orders/*"),
            ("GET", "*.*.*", "/customers/*/orders"),
        ]
    );

    for json in [false, true] {
        let out = run_on(&[&capture], json);
        assert_eq!(out.status.code(), Some(1));
        let shown = format!("{}{}", text(&out.stdout), text(&out.stderr)).to_lowercase();
        assert!(shown.contains("active"), "{shown}");
        for secret in ["jane", "19850412", "example.net"] {
            assert!(!shown.contains(secret), "{secret} in\n{shown}");
        }
    }
}

#[test]
fn keys_that_could_be_names_are_folded_in_pointers() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let mut orders = exchange(&specs, "getCustomerOrders", "200");
    // A map keyed by customer, where the spec declares none: the keys are
    // data.
    plant(
        &mut orders.response_body,
        "/data/orders/0/Jane-Doe",
        json!(true),
    );
    plant(
        &mut orders.response_body,
        "/data/orders/0/jane.doe",
        json!(true),
    );
    plant(
        &mut orders.response_body,
        "/data/orders/0/gift_note",
        json!(true),
    );
    let capture = write_capture(dir.path(), "keys.har", vec![entry(&orders)]);

    let out = run_on(&[&capture], true);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let pointers: BTreeSet<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(
        pointers,
        BTreeSet::from(["/data/orders/*/*", "/data/orders/*/gift_note"])
    );
    for json in [false, true] {
        let shown = text(&run_on(&[&capture], json).stdout).to_lowercase();
        assert!(shown.contains("gift_note"), "{shown}");
        assert!(!shown.contains("jane"), "{shown}");
    }
}

#[test]
fn unmatched_entries_are_listed_with_what_no_spec_writes_folded_and_are_not_findings() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let mut elsewhere = exchange(&specs, "getOrder", "200");
    elsewhere.url =
        url::Url::parse("https://api.fabric.inc/v9/carts/8d2c11f0?email=pat%40example.com")
            .unwrap();
    let mut preflight = entry(&exchange(&specs, "getOrder", "200"));
    preflight["request"]["method"] = json!("OPTIONS");
    preflight["request"]["headers"] =
        json!([{"name": "Access-Control-Request-Method", "value": "GET"}]);
    let mut wrong_method = exchange(&specs, "getOrder", "200");
    wrong_method.method = "DELETE".into();
    let capture = write_capture(
        dir.path(),
        "other.har",
        vec![
            entry(&elsewhere),
            entry(&elsewhere),
            preflight,
            entry(&wrong_method),
        ],
    );

    let out = run_on(&[&capture], false);
    let markdown = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{markdown}");
    assert!(
        markdown.contains(
            "4 entries. 0 matched an operation, 3 matched none, 1 CORS preflights were not checked"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "| GET | api.fabric.inc | `/*/*/*` | 2 | no operation of any spec has this path |"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("| DELETE | partners-stage.adobe.io | `/v3/customers/*/orders/*` | 1 | the path is `/v3/customers/{customer-id}/orders/{order-id}` of adobe-cpapi, which has no DELETE operation |"),
        "{markdown}"
    );
    assert!(!markdown.contains("example.com"), "{markdown}");
}

#[test]
fn a_folder_is_every_capture_in_it() {
    let specs = specs();
    let dir = tempfile::tempdir().unwrap();
    let perfect = perfect_entries(&specs);
    let drift = drift_entries(&specs);
    let total = perfect.len() + drift.len();
    write_capture(dir.path(), "a-perfect.har", perfect);
    write_capture(dir.path(), "b-drift.HAR", drift);
    fs::write(dir.path().join("notes.txt"), "not a capture").unwrap();

    let out = run_on(&[dir.path()], true);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let captures: Vec<&str> = report["captures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(captures.len(), 2, "{captures:?}");
    assert!(captures[0].ends_with("a-perfect.har") && captures[1].ends_with("b-drift.HAR"));
    assert_eq!(report["entries"], json!(total));
    assert_eq!(identities(&report).len(), 11);

    let empty = tempfile::tempdir().unwrap();
    let out = run_on(&[empty.path()], false);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no *.har file in this folder"));
}

fn fixture(name: &str) -> PathBuf {
    root().join("xtask/tests/conform").join(name)
}

#[test]
fn malformed_captures_are_named_with_their_entry_and_exit_2() {
    for (name, expected) in [
        ("not-json.har", "not-json.har:1:1: not JSON: expected value"),
        (
            "no-log.har",
            "no-log.har:44:1: not a HAR capture: the document has no `log`",
        ),
        (
            "no-entries.har",
            "no-entries.har:8:3: log: not a HAR capture: `log` has no `entries`",
        ),
        (
            "missing-field.har",
            ": log.entries[1].response: not a HAR 1.2 capture: missing field `status`",
        ),
        (
            "truncated.har",
            ": log.entries[2].request.url: the file ends early; is the capture truncated?",
        ),
        (
            "bad-base64.har",
            "bad-base64.har: log.entries[0].response.content.text: `encoding` is base64, but `text` is not base64",
        ),
        (
            "relative-url.har",
            "relative-url.har: log.entries[1].request.url: not an absolute URL",
        ),
    ] {
        let path = fixture(name);
        let out = run_on(&[&path], false);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{name}: expected {expected:?} in\n{stderr}"
        );
        assert!(stderr.contains(&path.display().to_string()), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(text(&out.stdout), "", "{name}: no report on bad input");
    }

    // Every bad capture is reported, even beside a good one.
    let out = run_on(
        &[&fixture("not-json.har"), &fixture("truncated.har")],
        false,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).matches("error: ").count(), 2);

    let out = xtask(&["conform", "no/such/capture.har"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/capture.har: no such file or folder"));
    assert_eq!(xtask(&["conform"]).status.code(), Some(2));
    assert_eq!(
        xtask(&["conform", "--format", "xml", "a.har"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_capture_is_read_one_entry_at_a_time() {
    // The entries before the truncation were handed over, one by one,
    // before the reader reached the end: nothing waits for the whole file.
    let mut seen = Vec::new();
    let result = xtask::conform::har::read_capture(&fixture("truncated.har"), |index, entry| {
        seen.push((index, entry.response.status));
        Ok(())
    });
    assert!(result.is_err());
    assert_eq!(seen, [(0, 200), (1, 200)]);
}

/// A status is matched as the client decodes it (code, then range, then
/// `default`), and a 204 is read without a body, whatever the spec writes
/// under it: an empty 204 is no finding.
#[test]
fn an_empty_204_is_no_finding_though_the_spec_gives_it_a_body() {
    let workspace = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(workspace.path().join("specs")).unwrap();
    std::fs::write(
        workspace.path().join("specs/drafts.yaml"),
        "openapi: 3.0.3\ninfo: {title: d, version: '1'}\nservers: [{url: 'https://d.example'}]\n\
         paths:\n  /drafts:\n    delete:\n      operationId: deleteDrafts\n      responses:\n\
         \x20       '204': {description: gone, content: {application/json: {schema: {type: object}}}}\n\
         \x20       '4XX': {description: no, content: {application/json: {schema: {type: object, required: [code]}}}}\n\
         \x20       '404': {description: none, content: {application/json: {schema: {type: object}}}}\n",
    )
    .unwrap();
    let exchange = |status: u16, body: &str| {
        json!({
            "startedDateTime": "2024-06-13T16:50:00.682Z",
            "time": 1,
            "request": {"method": "DELETE", "url": "https://d.example/drafts", "httpVersion": "HTTP/1.1",
                        "cookies": [], "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
            "response": {"status": status, "statusText": "", "httpVersion": "HTTP/1.1", "cookies": [],
                         "headers": [], "content": {"size": body.len(), "mimeType": "application/json", "text": body},
                         "redirectURL": "", "headersSize": -1, "bodySize": -1},
            "cache": {},
            "timings": {"send": 0, "wait": 1, "receive": 0},
        })
    };
    // The 404 body lacks the `code` the 4XX schema requires: it is the
    // 404's own schema that applies.
    let capture = workspace.path().join("session.har");
    std::fs::write(&capture, har(vec![exchange(204, ""), exchange(404, "{}")])).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["conform"])
        .arg(&capture)
        .env("XTASK_WORKSPACE_ROOT", workspace.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

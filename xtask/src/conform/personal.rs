//! Telling personal data from the rest, so that a report made from real
//! traffic can be pasted into a pull request.
//!
//! The rule errs on hiding, and it judges a value by what it is, never by
//! where it was: a value captured from traffic is shown only when both hold:
//!
//! - the value is one that can identify no one: `null`, a boolean, an
//!   integer of at most four digits (`-9999` to `9999`, written without a
//!   fraction or exponent), or a string that the specs themselves write as a
//!   value: one an `enum` or `const` of any spec lists, or a literal segment
//!   of any spec's path template or server base path ([`SpecWords`]).
//!   Every other string (an upper-case word such as `JANE` as much as an
//!   e-mail address, a name, a phone number or a token), every other number,
//!   and every object and array (shown by their type only) is `hidden`;
//! - and no name on its way (the property names of the JSON pointer, the
//!   undeclared property's own name, or the parameter's name) contains a word
//!   that suggests personal data or a credential ([`PERSONAL_WORDS`], matched
//!   case-insensitively anywhere in the name, and [`PERSONAL_TOKENS`], matched
//!   as whole words of a camelCase, snake_case or kebab-case name): a small
//!   integer under `pin` or `birthYear` is hidden too.
//!
//! Strings of the specs' examples, defaults and `x-` extensions do not count
//! as the specs' words: examples are written with made-up people's names and
//! addresses, which a capture may hold for real.
//!
//! Names taken from traffic are screened by the same measure: an undeclared
//! property whose name does not read as a property name (see [`key_token`])
//! is folded to `*` in pointers; in the list of entries that match no
//! operation, a path segment is shown only when it is a literal segment of
//! some spec's path template or server base path, a host's label only when
//! it is a literal label of some spec's server host, and a method only when
//! it is one of HTTP's own; everything else is folded to `*`
//! ([`SpecWords::fold_path`], [`SpecWords::fold_host`], [`shown_method`]).

use std::collections::HashSet;

use serde_json::Value;

use super::routes::servers_of;
use spec_model::spec::Spec;

/// Words that mark a name as holding personal data or a credential when they
/// occur anywhere in it (`customerEmail`, `billToAddress`, `apiKeyToken`).
pub const PERSONAL_WORDS: &[&str] = &[
    "mail",
    "name",
    "phone",
    "mobile",
    "fax",
    "address",
    "street",
    "city",
    "zip",
    "postal",
    "postcode",
    "birth",
    "passport",
    "licen",
    "national",
    "gender",
    "token",
    "secret",
    "password",
    "passwd",
    "credential",
    "auth",
    "cookie",
    "session",
    "card",
    "iban",
    "account",
    "signature",
    "customer",
    "contact",
    "person",
    "user",
    "owner",
    "holder",
    "recipient",
    "buyer",
    "shopper",
    "guest",
    "first",
    "last",
    "middle",
    "surname",
    "message",
    "note",
    "comment",
    "instruction",
    "location",
    "latitude",
    "longitude",
];

/// Short words that mark a name only as a whole word of it (`ip`, `dob`),
/// since as substrings they occur in harmless names (`shipTo`).
pub const PERSONAL_TOKENS: &[&str] = &[
    "ip", "dob", "ssn", "key", "pin", "cvv", "cvc", "lat", "lng", "lon", "geo", "vat", "tin",
];

/// Whether a property or parameter name suggests personal data.
pub fn is_personal_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if PERSONAL_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    words(name).any(|w| PERSONAL_TOKENS.contains(&w.as_str()))
}

/// The words of a camelCase, PascalCase, snake_case or kebab-case name, in
/// lower case.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    let mut split = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                split.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            split.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        split.push(current);
    }
    split.into_iter()
}

/// An undeclared property's name as a pointer shows it, or `*`: the rule
/// drift at run time folds keys by, from the one file that holds it.
pub use super::property_name::key_token;

/// The words the specs themselves write, which a report may repeat from
/// traffic: such a word says nothing of anyone that the specs do not say.
#[derive(Debug, Default)]
pub struct SpecWords {
    /// Strings an `enum` or `const` lists, and literal path segments.
    values: HashSet<String>,
    /// Literal segments of path templates and server base paths.
    segments: HashSet<String>,
    /// Literal labels of server hosts.
    host_labels: HashSet<String>,
}

impl SpecWords {
    /// The words of `specs`.
    pub fn of(specs: &[Spec]) -> SpecWords {
        let mut words = SpecWords::default();
        for spec in specs {
            let document = &spec.document;
            let mut segments: Vec<&str> = Vec::new();
            let servers = servers_of(document);
            for server in &servers {
                if let Some(host) = &server.host {
                    words.host_labels.extend(
                        host.split('.')
                            .filter(|label| is_literal(label))
                            .map(str::to_ascii_lowercase),
                    );
                }
                segments.extend(server.base.iter().map(String::as_str));
            }
            let templates = document.get("paths").and_then(Value::as_object);
            for template in templates.into_iter().flatten().map(|(t, _)| t) {
                segments.extend(template.split('/'));
            }
            for segment in segments.into_iter().filter(|s| is_literal(s)) {
                words.segments.insert(segment.to_owned());
                words.values.insert(segment.to_owned());
            }
            listed_strings(document, false, &mut words.values);
        }
        words
    }

    /// The value as a report may show it (compact JSON), or `None` when it
    /// might be personal data. `names` are the property or parameter names
    /// on the value's way, outermost first.
    pub fn shown_value<'a>(
        &self,
        names: impl IntoIterator<Item = &'a str>,
        value: &Value,
    ) -> Option<String> {
        if names.into_iter().any(is_personal_name) {
            return None;
        }
        let harmless = match value {
            Value::Null | Value::Bool(_) => true,
            Value::Number(n) => n.as_i64().is_some_and(|i| i.unsigned_abs() <= 9999),
            Value::String(s) => self.values.contains(s.as_str()),
            Value::Array(_) | Value::Object(_) => false,
        };
        harmless.then(|| value.to_string())
    }

    /// A URL path (percent-encoded, as the URL has it) with every segment
    /// that is no literal segment of a spec's path folded to `*`. The query
    /// is never part of it.
    pub fn fold_path(&self, path: &str) -> String {
        let folded: Vec<&str> = path
            .split('/')
            .map(|segment| {
                if segment.is_empty() || self.segments.contains(segment) {
                    segment
                } else {
                    "*"
                }
            })
            .collect();
        folded.join("/")
    }

    /// A host with every label that is no literal label of a spec's server
    /// host folded to `*` (`*.*.com`): a tenant's or a person's name, or an
    /// address, is not shown.
    pub fn fold_host(&self, host: &str) -> String {
        if host.is_empty() {
            return String::new();
        }
        let folded: Vec<&str> = host
            .split('.')
            .map(|label| {
                if self.host_labels.contains(&label.to_ascii_lowercase()) {
                    label
                } else {
                    "*"
                }
            })
            .collect();
        folded.join(".")
    }
}

/// Whether a segment of a path template, or a label of a host template, is
/// written out rather than a variable (`{customerId}`, `{tenant}`).
fn is_literal(piece: &str) -> bool {
    !piece.is_empty() && !piece.contains(['{', '}'])
}

/// Every string an `enum` or `const` lists in `node`, a spec or a part of
/// it, into `out`. `in_map` is whether the node's keys are names (of
/// properties, of components) rather than keywords.
fn listed_strings(node: &Value, in_map: bool, out: &mut HashSet<String>) {
    match node {
        Value::Object(object) => {
            for (key, child) in object {
                if in_map {
                    listed_strings(child, false, out);
                    continue;
                }
                match key.as_str() {
                    "enum" => out.extend(
                        child
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(Value::as_str)
                            .map(str::to_owned),
                    ),
                    "const" => out.extend(child.as_str().map(str::to_owned)),
                    // Illustrations, not values the API defines: examples
                    // are written with made-up names a capture may hold for
                    // real.
                    "example" | "examples" | "default" => {}
                    extension if extension.starts_with("x-") => {}
                    "properties" | "patternProperties" | "schemas" | "definitions" | "$defs" => {
                        listed_strings(child, true, out)
                    }
                    _ => listed_strings(child, false, out),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                listed_strings(item, false, out);
            }
        }
        _ => {}
    }
}

/// HTTP's own methods: a method is shown only as one of these.
const METHODS: &[&str] = &[
    "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "CONNECT",
];

/// A captured method as a report may show it: one of HTTP's own methods,
/// upper case, or `*`; any other token is text a client chose.
pub fn shown_method(method: &str) -> &'static str {
    METHODS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(method))
        .copied()
        .unwrap_or("*")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    #[test]
    fn names_that_suggest_personal_data() {
        for name in [
            "email",
            "customerEmail",
            "orderEmail",
            "firstName",
            "contactnumber",
            "billToAddress",
            "zipCode",
            "apiKey",
            "x-api-key",
            "cardIdentifier",
            "ip",
            "clientIp",
            "Authorization",
            "shipmentInstructions",
        ] {
            assert!(is_personal_name(name), "{name}");
        }
        for name in [
            "status",
            "shipToId",
            "shipping",
            "description",
            "retryType",
            "orderId",
            "currencyCode",
            "keyword",
        ] {
            assert!(!is_personal_name(name), "{name}");
        }
    }

    fn words() -> SpecWords {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers:\n  - url: https://prod01-apigw.{tenant}.example.com/base\npaths:\n  /v3/customers/{customer-id}/orders:\n    get:\n      operationId: getOrders\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n    Status: {type: string, enum: [SHIPPED, PAYMENT RETRY], example: Pat}\n    Kind: {const: gift, default: Jane, x-names: [Doe]}\n    Names:\n      type: object\n      properties:\n        example: {type: string, enum: [LISTED]}\n";
        SpecWords::of(&[Spec::parse(Path::new("specs/t.yaml"), text).unwrap()])
    }

    #[test]
    fn only_small_integers_and_the_specs_own_words_are_shown() {
        let words = words();
        let show = |v: Value| words.shown_value(["status"], &v);
        assert_eq!(show(json!("SHIPPED")), Some("\"SHIPPED\"".into()));
        assert_eq!(
            show(json!("PAYMENT RETRY")),
            Some("\"PAYMENT RETRY\"".into())
        );
        assert_eq!(show(json!("gift")), Some("\"gift\"".into()));
        assert_eq!(show(json!("LISTED")), Some("\"LISTED\"".into()));
        assert_eq!(show(json!("customers")), Some("\"customers\"".into()));
        assert_eq!(show(json!(42)), Some("42".into()));
        assert_eq!(show(json!(-9999)), Some("-9999".into()));
        assert_eq!(show(json!(null)), Some("null".into()));
        assert_eq!(show(json!(true)), Some("true".into()));
        for hidden in [
            // Upper-case words and digit strings no spec writes: a name or
            // an id as much as a code.
            json!("JANE"),
            json!("PAYMENT_RETRY"),
            json!("1004"),
            // What the specs write only as an example, a default or in an
            // extension.
            json!("Pat"),
            json!("Jane"),
            json!("Doe"),
            json!("pat@example.com"),
            json!("Pat Kake"),
            json!("5555551234"),
            json!("eyJhbGciOiJIUzI1NiJ9"),
            json!(10000),
            json!(7780811973_i64),
            json!(1.5),
            json!(48.8566),
            json!({"a": 1}),
            json!(["SHIPPED"]),
            json!(""),
        ] {
            assert_eq!(show(hidden.clone()), None, "{hidden}");
        }
        // A harmless value under a personal name is hidden too.
        assert_eq!(
            words.shown_value(["customer", "status"], &json!("SHIPPED")),
            None
        );
        assert_eq!(words.shown_value(["birthYear"], &json!(1985)), None);
    }

    #[test]
    fn paths_hosts_and_methods_show_only_what_the_specs_write() {
        let words = words();
        assert_eq!(
            words.fold_path("/base/v3/customers/Jane-Doe/orders"),
            "/base/v3/customers/*/orders"
        );
        assert_eq!(
            words.fold_path("/v3/customers/9876543210/orders/pat%40example.com/"),
            "/v3/customers/*/orders/*/"
        );
        assert_eq!(words.fold_path("/v9/carts/JANE"), "/*/*/*");
        assert_eq!(
            words.fold_host("prod01-apigw.jane-doe.example.com"),
            "prod01-apigw.*.example.com"
        );
        assert_eq!(words.fold_host("127.0.0.1"), "*.*.*.*");
        assert_eq!(words.fold_host(""), "");
        assert_eq!(shown_method("delete"), "DELETE");
        assert_eq!(shown_method("JANEDOE"), "*");
    }
}

//! Telling personal data from the rest, so that a report made from real
//! traffic can be pasted into a pull request.
//!
//! The rule errs on hiding. A value captured from traffic is shown only when
//! both hold:
//!
//! - no name on its way (the property names of the JSON pointer, the
//!   undeclared property's own name, or the parameter's name) contains a word
//!   that suggests personal data or a credential ([`PERSONAL_WORDS`], matched
//!   case-insensitively anywhere in the name, and [`PERSONAL_TOKENS`], matched
//!   as whole words of a camelCase, snake_case or kebab-case name);
//! - the value itself can identify no one: `null`, a boolean, a number of at
//!   most six digits, or a string that reads as a code: 1 to 40 characters of
//!   upper-case letters, digits and `_`, `-`, `.` between them, with at most six
//!   digits (`SHIPPED`, `PAYMENT_RETRY`, `1004`). Lower-case words, spaces,
//!   `@`, long digit runs (phone, card and account numbers) and anything
//!   token-like are never shown. Objects and arrays are never shown, only
//!   their type.
//!
//! Names taken from traffic are screened too: an undeclared property whose
//! name does not read as a property name (see [`key_token`]) is folded to
//! `*` in pointers, and a path segment that is not a plain word is folded to
//! `{id}` in the list of entries that match no operation ([`fold_path`]).

use serde_json::Value;

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

/// The value as a report may show it (compact JSON), or `None` when it
/// might be personal data. `names` are the property or parameter names on
/// the value's way, outermost first.
pub fn shown_value<'a>(names: impl IntoIterator<Item = &'a str>, value: &Value) -> Option<String> {
    if names.into_iter().any(is_personal_name) {
        return None;
    }
    let harmless = match value {
        Value::Null | Value::Bool(_) => true,
        Value::Number(n) => n.to_string().chars().filter(char::is_ascii_digit).count() <= 6,
        Value::String(s) => is_code(s),
        Value::Array(_) | Value::Object(_) => false,
    };
    harmless.then(|| value.to_string())
}

/// Whether a string reads as a code, such as an enum value: upper-case
/// letters and digits, words joined by `_`, `-` or `.`, at most 40
/// characters and at most six digits.
pub fn is_code(s: &str) -> bool {
    let upper_or_digit = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
    !s.is_empty()
        && s.len() <= 40
        && s.chars().filter(char::is_ascii_digit).count() <= 6
        && s.split(['_', '-', '.'])
            .all(|word| !word.is_empty() && word.chars().all(upper_or_digit))
}

/// A property name taken from traffic, as a pointer may show it: the name
/// when it reads as a property name (a letter, `_` or `$` first, then
/// letters, digits, `_`, `-`, `$`; at most 64 characters and six digits),
/// else `*`: such keys are data (ids, e-mail addresses), not names.
pub fn key_token(key: &str) -> &str {
    let mut chars = key.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$');
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    let digits = key.chars().filter(char::is_ascii_digit).count();
    if first_ok && rest_ok && key.len() <= 64 && digits <= 6 {
        key
    } else {
        "*"
    }
}

/// A URL path with everything that may identify someone folded to `{id}`:
/// only plain words (letters, `-`, `_`; at most 40 characters) and version
/// segments (`v1`, `v3.1`) are kept. The query is never part of it.
pub fn fold_path(path: &str) -> String {
    let folded: Vec<&str> = path
        .split('/')
        .map(|segment| {
            let word = !segment.is_empty()
                && segment.len() <= 40
                && segment
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_');
            let version = segment.strip_prefix('v').is_some_and(|n| {
                !n.is_empty() && n.len() <= 5 && n.chars().all(|c| c.is_ascii_digit() || c == '.')
            });
            if segment.is_empty() || word || version {
                segment
            } else {
                "{id}"
            }
        })
        .collect();
    folded.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn only_codes_and_small_scalars_are_shown() {
        let show = |v: Value| shown_value(["status"], &v);
        assert_eq!(show(json!("SHIPPED")), Some("\"SHIPPED\"".into()));
        assert_eq!(
            show(json!("PAYMENT_RETRY")),
            Some("\"PAYMENT_RETRY\"".into())
        );
        assert_eq!(show(json!("1004")), Some("\"1004\"".into()));
        assert_eq!(show(json!(42)), Some("42".into()));
        assert_eq!(show(json!(null)), Some("null".into()));
        assert_eq!(show(json!(true)), Some("true".into()));
        for hidden in [
            json!("pat@example.com"),
            json!("Pat Kake"),
            json!("holard"),
            json!("5555551234"),
            json!("+1-555-555-1234"),
            json!("PAYMENT RETRY"),
            json!("eyJhbGciOiJIUzI1NiJ9"),
            json!(7780811973_i64),
            json!({"a": 1}),
            json!(["A"]),
            json!(""),
        ] {
            assert_eq!(show(hidden.clone()), None, "{hidden}");
        }
        // A harmless value under a personal name is hidden too.
        assert_eq!(shown_value(["customer", "status"], &json!("ACTIVE")), None);
    }

    #[test]
    fn keys_and_paths_fold_what_looks_like_data() {
        assert_eq!(key_token("giftNote"), "giftNote");
        assert_eq!(key_token("__v"), "__v");
        assert_eq!(key_token("pat@example.com"), "*");
        assert_eq!(key_token("a8577d7f0d4d4b228e857b4a2e90dc93"), "*");
        assert_eq!(key_token("12"), "*");
        assert_eq!(
            fold_path("/v3/customers/9876543210/orders/pat%40example.com"),
            "/v3/customers/{id}/orders/{id}"
        );
        assert_eq!(
            fold_path("/data-subscription/v1/orders/6384462ab645220008a4358a"),
            "/data-subscription/v1/orders/{id}"
        );
    }
}

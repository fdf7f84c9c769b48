//! The security a spec declares: its schemes (`components/securitySchemes`)
//! as a client sends them, and the requirements of each operation (its own
//! `security`, or the API's when it has none).
//!
//! A requirement list is a list of alternatives, each a set of schemes
//! sent together (OpenAPI 3.0, "Security Requirement Object"): `[]` asks
//! for nothing, and an empty alternative (`{}`) makes the credentials
//! optional.

use serde_json::Value;

use crate::refs::{pointer_push, resolve};
use crate::spec::{Diagnostic, Spec};
use crate::walk::{OperationAt, operations_in};

/// One security scheme, as the client sends its credential.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheme {
    /// Its key in `components/securitySchemes`.
    pub name: String,
    /// Where it is written (after any `$ref`).
    pub pointer: String,
    /// How its credential is sent.
    pub kind: SchemeKind,
}

/// How a scheme's credential is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`: `http` `bearer`, and the access
    /// token of `openIdConnect`, which is a bearer token.
    Bearer,
    /// `oauth2`: its access token as a bearer token, fixed or renewed; the
    /// token URL and scopes of its `clientCredentials` flow, if it has one.
    OAuth2 {
        /// The flow's `tokenUrl`.
        token_url: Option<String>,
        /// The flow's scopes, by name.
        scopes: Vec<String>,
    },
    /// `Authorization: Basic <base64 of user:password>`.
    Basic,
    /// `Authorization: <scheme> <credential>`, another `http` scheme whose
    /// credential is sent as it is.
    Http(String),
    /// An API key in a header, a query parameter or a cookie.
    ApiKey {
        /// `header`, `query` or `cookie`.
        location: KeyLocation,
        /// The header, parameter or cookie name.
        name: String,
    },
}

/// Where an API key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyLocation {
    /// A header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// HTTP authentication schemes that answer a challenge from the server
/// (RFC 7616 digest, SPNEGO, HOBA, mutual, SCRAM): a credential set once on
/// a client cannot be sent for them.
const CHALLENGE_SCHEMES: [&str; 6] = [
    "digest",
    "negotiate",
    "hoba",
    "mutual",
    "scram-sha-1",
    "scram-sha-256",
];

/// Every scheme of the spec, in its order, or why one cannot be sent.
pub fn schemes(spec: &Spec) -> Result<Vec<Scheme>, Diagnostic> {
    let document = &spec.document;
    let mut found = Vec::new();
    let declared = document
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object);
    for name in declared.into_iter().flat_map(|m| m.keys()) {
        let listed_at = pointer_push("/components/securitySchemes", name);
        let pointer = resolve(document, &listed_at);
        let Some(scheme) = document.pointer(&pointer) else {
            return Err(spec.diagnostic(
                &listed_at,
                "this `$ref` resolves to nothing: point it at a security scheme",
            ));
        };
        let text = |key: &str| scheme.get(key).and_then(Value::as_str).unwrap_or("");
        let kind = match text("type") {
            "http" => {
                let http = text("scheme").to_ascii_lowercase();
                match http.as_str() {
                    "bearer" => SchemeKind::Bearer,
                    "basic" => SchemeKind::Basic,
                    _ if CHALLENGE_SCHEMES.contains(&http.as_str()) => {
                        return Err(spec.diagnostic(
                            &pointer_push(&pointer, "scheme"),
                            format!(
                                "`{http}` answers a challenge from the server, which a credential set once cannot: \
                                 the client sends `bearer`, `basic`, other `http` schemes whose credential is sent as it is, and `apiKey`s"
                            ),
                        ));
                    }
                    "" => {
                        return Err(spec.diagnostic(
                            &pointer,
                            "an `http` security scheme needs its `scheme`, such as `bearer` or `basic`",
                        ));
                    }
                    // As written: the credential is sent after it.
                    _ => SchemeKind::Http(text("scheme").to_owned()),
                }
            }
            "openIdConnect" => SchemeKind::Bearer,
            "oauth2" => {
                let flow_at = format!("{pointer}/flows/clientCredentials");
                let flow = scheme.pointer("/flows/clientCredentials");
                let token_url = flow
                    .and_then(|f| f.get("tokenUrl"))
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                if let Some(url) = &token_url
                    && !(url.starts_with("https://") || url.starts_with("http://"))
                {
                    return Err(spec.diagnostic(
                        &format!("{flow_at}/tokenUrl"),
                        format!("the token URL `{url}` is not an absolute http(s) URL, which the client must ask tokens from: write the whole URL"),
                    ));
                }
                let scopes = flow
                    .and_then(|f| f.get("scopes"))
                    .and_then(Value::as_object)
                    .map(|s| s.keys().cloned().collect())
                    .unwrap_or_default();
                SchemeKind::OAuth2 { token_url, scopes }
            }
            "apiKey" => {
                let location = match text("in") {
                    "header" => KeyLocation::Header,
                    "query" => KeyLocation::Query,
                    "cookie" => KeyLocation::Cookie,
                    other => {
                        return Err(spec.diagnostic(
                            &pointer_push(&pointer, "in"),
                            format!(
                                "an `apiKey` goes `in` `header`, `query` or `cookie`, not `{other}`"
                            ),
                        ));
                    }
                };
                let key_name = text("name");
                if key_name.is_empty() {
                    return Err(spec.diagnostic(
                        &pointer,
                        "an `apiKey` security scheme needs the `name` of its header, parameter or cookie",
                    ));
                }
                SchemeKind::ApiKey {
                    location,
                    name: key_name.to_owned(),
                }
            }
            other => {
                return Err(spec.diagnostic(
                    &pointer_push(&pointer, "type"),
                    format!(
                        "the client cannot send a security scheme of type `{other}`: \
                         it sends `http`, `apiKey`, and the access tokens of `oauth2` and `openIdConnect`"
                    ),
                ));
            }
        };
        found.push(Scheme {
            name: name.clone(),
            pointer,
            kind,
        });
    }
    Ok(found)
}

/// An operation's security requirements: where they are written, and the
/// alternatives, each the names of the schemes sent together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirements {
    /// The pointer of the `security` list that applies (the operation's,
    /// or the top-level one); `None` when neither is written.
    pub pointer: Option<String>,
    /// The alternatives, in the spec's order.
    pub alternatives: Vec<Vec<String>>,
}

/// The requirements that apply to the operation at `at`.
pub fn requirements(document: &Value, at: &OperationAt<'_>) -> Requirements {
    let (pointer, list) = match at.operation.get("security") {
        Some(list) => (pointer_push(&at.pointer, "security"), list),
        None => match document.get("security") {
            Some(list) => ("/security".to_owned(), list),
            None => {
                return Requirements {
                    pointer: None,
                    alternatives: Vec::new(),
                };
            }
        },
    };
    let alternatives = list
        .as_array()
        .into_iter()
        .flatten()
        .map(|alternative| {
            alternative
                .as_object()
                .into_iter()
                .flat_map(|m| m.keys().cloned())
                .collect()
        })
        .collect();
    Requirements {
        pointer: Some(pointer),
        alternatives,
    }
}

/// The schemes some operation's requirements name (its own `security`, or
/// the API's when it has none): the only ones any call can send.
pub fn used(document: &Value) -> std::collections::BTreeSet<String> {
    operations_in(document)
        .iter()
        .flat_map(|at| requirements(document, at).alternatives)
        .flatten()
        .collect()
}

/// The first requirement, of the API or of an operation, that names a
/// scheme the spec does not declare: invalid OpenAPI, and a credential no
/// client could be given.
pub fn undeclared(spec: &Spec, schemes: &[Scheme]) -> Option<Diagnostic> {
    let document = &spec.document;
    let mut lists: Vec<(String, &Value)> = Vec::new();
    if let Some(list) = document.get("security") {
        lists.push(("/security".to_owned(), list));
    }
    for at in operations_in(document) {
        if let Some(list) = at.operation.get("security") {
            lists.push((pointer_push(&at.pointer, "security"), list));
        }
    }
    for (pointer, list) in lists {
        for (i, alternative) in list.as_array().into_iter().flatten().enumerate() {
            for name in alternative.as_object().into_iter().flat_map(|m| m.keys()) {
                if !schemes.iter().any(|s| &s.name == name) {
                    let at = pointer_push(&pointer_push(&pointer, &i.to_string()), name);
                    return Some(spec.diagnostic(
                        &at,
                        format!("`{name}` is not in components/securitySchemes: declare it there, or name a scheme that is"),
                    ));
                }
            }
        }
    }
    None
}

/// The schemes every operation needs: named in each alternative of each
/// operation, none of which can go without credentials. A client without
/// one of them could make no call. None when the spec has no operation.
pub fn required_by_every_operation(document: &Value, schemes: &[Scheme]) -> Vec<String> {
    let operations = operations_in(document);
    if operations.is_empty() {
        return Vec::new();
    }
    let all: Vec<Requirements> = operations
        .iter()
        .map(|at| requirements(document, at))
        .collect();
    schemes
        .iter()
        .filter(|scheme| {
            all.iter().all(|r| {
                !r.alternatives.is_empty()
                    && r.alternatives.iter().all(|a| a.contains(&scheme.name))
            })
        })
        .map(|scheme| scheme.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn spec(text: &str) -> Spec {
        Spec::parse(Path::new("specs/demo.yaml"), text).unwrap()
    }

    const SPEC: &str = "openapi: 3.0.3
info: {title: t, version: '1'}
security: [{key: []}]
paths:
  /health:
    get:
      operationId: health
      security: []
      responses: {'200': {description: ok}}
  /orders:
    get:
      operationId: orders
      security: [{token: []}, {key: [], session: []}, {}]
      responses: {'200': {description: ok}}
    post:
      operationId: order
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
    token: {$ref: '#/components/securitySchemes/oauth'}
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://t.example/token', scopes: {}}}}
    session: {type: apiKey, in: cookie, name: sid}
";

    #[test]
    fn each_operation_has_its_own_or_the_api_s_requirements() {
        let spec = spec(SPEC);
        let found: Vec<_> = operations_in(&spec.document)
            .iter()
            .map(|at| requirements(&spec.document, at).alternatives)
            .collect();
        let names = |v: &[&[&str]]| -> Vec<Vec<String>> {
            v.iter()
                .map(|a| a.iter().map(|s| s.to_string()).collect())
                .collect()
        };
        assert_eq!(
            found,
            vec![
                names(&[]),
                names(&[&["token"], &["key", "session"], &[]]),
                names(&[&["key"]]),
            ]
        );
    }

    #[test]
    fn schemes_are_sent_as_their_type_says() {
        let spec = spec(SPEC);
        let schemes = schemes(&spec).unwrap();
        let kinds: Vec<_> = schemes.iter().map(|s| (&*s.name, &s.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                (
                    "key",
                    &SchemeKind::ApiKey {
                        location: KeyLocation::Query,
                        name: "api_key".into()
                    }
                ),
                (
                    "oauth",
                    &SchemeKind::OAuth2 {
                        token_url: Some("https://t.example/token".into()),
                        scopes: vec![]
                    }
                ),
                (
                    "session",
                    &SchemeKind::ApiKey {
                        location: KeyLocation::Cookie,
                        name: "sid".into()
                    }
                ),
                (
                    "token",
                    &SchemeKind::OAuth2 {
                        token_url: Some("https://t.example/token".into()),
                        scopes: vec![]
                    }
                ),
            ]
        );
        assert!(undeclared(&spec, &schemes).is_none());
        // `/health` asks for nothing.
        assert!(required_by_every_operation(&spec.document, &schemes).is_empty());
    }

    #[test]
    fn a_requirement_naming_no_scheme_is_refused_where_it_is_written() {
        let text = SPEC.replace("{key: [], session: []}", "{key: [], sesion: []}");
        let spec = spec(&text);
        let schemes = schemes(&spec).unwrap();
        let diagnostic = undeclared(&spec, &schemes).unwrap();
        assert_eq!(
            diagnostic.pointer.as_deref(),
            Some("/paths/~1orders/get/security/1/sesion")
        );
        assert!(
            diagnostic.to_string().contains("specs/demo.yaml:13:"),
            "{diagnostic}"
        );
    }

    #[test]
    fn a_challenge_scheme_is_refused() {
        let text = SPEC.replace(
            "session: {type: apiKey, in: cookie, name: sid}",
            "session: {type: http, scheme: Digest}",
        );
        let e = schemes(&spec(&text)).unwrap_err();
        assert!(e.message.contains("`digest` answers a challenge"), "{e}");
    }

    #[test]
    fn a_scheme_every_operation_needs_is_required() {
        let text = SPEC
            .replace("      security: []\n", "")
            .replace(", {}]", "]")
            .replace(
                "{token: []}, {key: [], session: []}",
                "{key: [], token: []}",
            );
        let spec = spec(&text);
        let schemes = schemes(&spec).unwrap();
        assert_eq!(
            required_by_every_operation(&spec.document, &schemes),
            vec!["key".to_owned()]
        );
    }
}

//! Which operation of which spec a captured request was made to.
//!
//! A request matches an operation when its method is the operation's and its
//! URL path is one of the spec's servers' base paths (the path part of the
//! server URL, `/data-subscription`) followed by the operation's path
//! template, segment by segment; a `{name}` matches any one segment (and,
//! within a segment, any text between the literal parts). The host is not
//! looked at, so a capture made through a proxy or against a test server
//! still matches, unless operations of two specs claim the request: then the
//! specs whose server host matches the request's host (server variables
//! matching any one label) are kept. Among the operations left, the one with
//! the most literal segments wins (`/orders/mine` before `/orders/{id}`), as
//! OpenAPI says concrete paths match first.

use serde_json::Value;

use super::personal::shown_method;
use spec_model::spec::Spec;
use spec_model::walk::operations_in;

/// One operation a request can be matched to.
#[derive(Debug)]
pub struct Operation<'s> {
    /// The index of its spec in the list the routes were built from.
    pub spec: usize,
    /// Its spec's API name.
    pub api: &'s str,
    /// Its `operationId`, or `METHOD /path` when it has none.
    pub id: String,
    /// Its HTTP method, lower case.
    pub method: &'static str,
    /// Its path template.
    pub path: &'s str,
    /// The path item's pointer (path-level parameters are under it).
    pub item_pointer: String,
    /// The operation's pointer.
    pub pointer: String,
    /// The operation.
    pub operation: &'s Value,
}

/// A server of a spec: an optional host template and a base path.
#[derive(Debug)]
pub(super) struct Server {
    /// The host template, without a port.
    pub(super) host: Option<String>,
    /// The base path's segments.
    pub(super) base: Vec<String>,
}

/// Every operation of every spec, ready to match requests.
#[derive(Debug)]
pub struct Routes<'s> {
    operations: Vec<Operation<'s>>,
    servers: Vec<Vec<Server>>,
}

/// The operation a request matched, and its path parameters' raw
/// (percent-encoded) values.
#[derive(Debug)]
pub struct Matched<'r, 's> {
    /// The operation.
    pub operation: &'r Operation<'s>,
    /// Each path parameter's name and value as it stood in the URL.
    pub path_parameters: Vec<(String, String)>,
}

impl<'s> Routes<'s> {
    /// The operations of `specs`.
    pub fn new(specs: &'s [Spec]) -> Routes<'s> {
        let mut operations = Vec::new();
        let mut servers = Vec::new();
        for (index, spec) in specs.iter().enumerate() {
            servers.push(servers_of(&spec.document));
            for at in operations_in(&spec.document) {
                let id = at
                    .operation
                    .get("operationId")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("{} {}", at.method.to_uppercase(), at.path));
                operations.push(Operation {
                    spec: index,
                    api: &spec.api,
                    id,
                    method: at.method,
                    path: at.path,
                    item_pointer: at.item_pointer,
                    pointer: at.pointer,
                    operation: at.operation,
                });
            }
        }
        Routes {
            operations,
            servers,
        }
    }

    /// The operation `method` on `host` and `path` (the URL's path,
    /// percent-encoded) was made to, or why there is none.
    pub fn find(&self, method: &str, host: &str, path: &str) -> Result<Matched<'_, 's>, String> {
        let method = method.to_ascii_lowercase();
        let host = host.to_ascii_lowercase();
        let requested = segments(path);
        let mut by_path = Vec::new();
        for operation in &self.operations {
            let template = segments(operation.path);
            for server in &self.servers[operation.spec] {
                if let Some(path_parameters) = match_path(&server.base, &template, &requested) {
                    by_path.push(Candidate {
                        operation,
                        path_parameters,
                        on_host: server.host.as_deref().is_some_and(|h| {
                            match_template(&h.to_ascii_lowercase(), &host, '.').is_some()
                        }),
                        literals: template.iter().filter(|s| !s.contains('{')).count(),
                    });
                }
            }
        }
        if by_path.is_empty() {
            return Err("no operation of any spec has this path".into());
        }
        let mut candidates: Vec<&Candidate<'_, '_>> = by_path
            .iter()
            .filter(|c| c.operation.method == method)
            .collect();
        if candidates.is_empty() {
            let mut templates: Vec<String> = by_path
                .iter()
                .map(|c| format!("`{}` of {}", c.operation.path, c.operation.api))
                .collect();
            templates.dedup();
            // The method is captured text: named only as one of HTTP's own.
            let named = match shown_method(&method) {
                "*" => "operation for this method".to_owned(),
                shown => format!("{shown} operation"),
            };
            return Err(format!(
                "the path is {}, which has no {named}",
                templates.join(", ")
            ));
        }
        if claimants(&candidates).len() > 1 {
            let on_host: Vec<_> = candidates.iter().copied().filter(|c| c.on_host).collect();
            if on_host.is_empty() || claimants(&on_host).len() > 1 {
                return Err(format!(
                    "claimed by {}; the host matches none of their servers alone",
                    claimants(&candidates).join(" and ")
                ));
            }
            candidates = on_host;
        }
        let best = candidates
            .iter()
            .map(|c| c.literals)
            .max()
            .unwrap_or_default();
        let chosen = candidates
            .into_iter()
            .find(|c| c.literals == best)
            .expect("one candidate has the most literal segments");
        Ok(Matched {
            operation: chosen.operation,
            path_parameters: chosen.path_parameters.clone(),
        })
    }
}

/// An operation whose path matches a request.
struct Candidate<'r, 's> {
    operation: &'r Operation<'s>,
    path_parameters: Vec<(String, String)>,
    /// Whether the server the path matched under has the request's host.
    on_host: bool,
    /// The template's segments without a variable.
    literals: usize,
}

/// The distinct APIs of some candidates, in order.
fn claimants(candidates: &[&Candidate<'_, '_>]) -> Vec<String> {
    let mut apis: Vec<String> = Vec::new();
    for candidate in candidates {
        if !apis.iter().any(|a| a == candidate.operation.api) {
            apis.push(candidate.operation.api.to_owned());
        }
    }
    apis
}

/// A spec's servers; a spec without any is served from `/`, as OpenAPI says.
pub(super) fn servers_of(document: &Value) -> Vec<Server> {
    let mut servers: Vec<Server> = document
        .get("servers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.get("url").and_then(Value::as_str))
        .map(|url| {
            let (host, path) = match url.split_once("://") {
                Some((_, rest)) => match rest.find('/') {
                    Some(slash) => (Some(&rest[..slash]), &rest[slash..]),
                    None => (Some(rest), ""),
                },
                None => (None, url),
            };
            // A port is not part of the host a capture compares.
            let host = host.map(|h| match h.rsplit_once(':') {
                Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name.to_owned(),
                _ => h.to_owned(),
            });
            Server {
                host,
                base: segments(path).into_iter().map(str::to_owned).collect(),
            }
        })
        .collect();
    if servers.is_empty() {
        servers.push(Server {
            host: None,
            base: Vec::new(),
        });
    }
    servers
}

/// The segments of a path, without the empty ones a leading or trailing
/// `/` makes.
fn segments(path: &str) -> Vec<&str> {
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    if path.is_empty() {
        Vec::new()
    } else {
        path.split('/').collect()
    }
}

/// Matches a request path against a server base path and an operation's
/// template; the template's variables with what they matched.
fn match_path(base: &[String], template: &[&str], path: &[&str]) -> Option<Vec<(String, String)>> {
    if path.len() != base.len() + template.len() {
        return None;
    }
    let mut parameters = Vec::new();
    for (pattern, segment) in base
        .iter()
        .map(String::as_str)
        .chain(template.iter().copied())
        .zip(path)
    {
        parameters.extend(match_template(pattern, segment, '/')?);
    }
    // Variables of the base path are server variables, not parameters.
    let server_variables: usize = base.iter().map(|b| b.matches('{').count()).sum();
    Some(parameters.split_off(server_variables))
}

/// Matches `text` against a template whose `{name}`s match one or more
/// characters other than `stop`; the variables' values, in template order.
pub fn match_template(template: &str, text: &str, stop: char) -> Option<Vec<(String, String)>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            pieces.push(Piece::Literal(&rest[..open]));
        }
        pieces.push(Piece::Variable(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest));
    }
    let mut values = Vec::new();
    match_pieces(&pieces, text, stop, &mut values).then(|| {
        values.reverse();
        values
    })
}

enum Piece<'t> {
    Literal(&'t str),
    Variable(&'t str),
}

fn match_pieces(
    pieces: &[Piece<'_>],
    text: &str,
    stop: char,
    values: &mut Vec<(String, String)>,
) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Literal(literal), rest)) => text
            .strip_prefix(literal)
            .is_some_and(|after| match_pieces(rest, after, stop, values)),
        Some((Piece::Variable(name), rest)) => {
            let limit = text.find(stop).unwrap_or(text.len());
            // Longest first, so that `{a}.json` leaves `.json` to the literal.
            for end in (1..=limit).rev().filter(|&end| text.is_char_boundary(end)) {
                if match_pieces(rest, &text[end..], stop, values) {
                    values.push(((*name).to_owned(), text[..end].to_owned()));
                    return true;
                }
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn spec(name: &str, server: &str, paths: &str) -> Spec {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers:\n  - url: {server}\npaths:\n{paths}"
        );
        Spec::parse(Path::new(&format!("specs/{name}.yaml")), &text).unwrap()
    }

    const ORDERS: &str = "  /v1/orders/{orderId}:\n    get: {operationId: getOrder, responses: {'200': {description: ok}}}\n  /v1/orders/mine:\n    get: {operationId: getMine, responses: {'200': {description: ok}}}\n";

    #[test]
    fn base_path_and_template_match_and_literals_win() {
        let specs = [spec("a", "https://api.example.com/base", ORDERS)];
        let routes = Routes::new(&specs);
        let found = routes
            .find("GET", "elsewhere", "/base/v1/orders/42")
            .unwrap();
        assert_eq!(found.operation.id, "getOrder");
        assert_eq!(
            found.path_parameters,
            [("orderId".to_owned(), "42".to_owned())]
        );
        assert_eq!(
            routes
                .find("GET", "h", "/base/v1/orders/mine")
                .unwrap()
                .operation
                .id,
            "getMine"
        );
        assert!(routes.find("GET", "h", "/v1/orders/42").is_err());
        let wrong_method = routes
            .find("DELETE", "h", "/base/v1/orders/42")
            .unwrap_err();
        assert!(
            wrong_method.contains("no DELETE operation"),
            "{wrong_method}"
        );
    }

    #[test]
    fn the_host_decides_only_between_specs() {
        let specs = [
            spec("a", "https://a.example.com", ORDERS),
            spec("b", "https://{tenant}.b.example.com", ORDERS),
        ];
        let routes = Routes::new(&specs);
        let on = |host| {
            routes
                .find("GET", host, "/v1/orders/1")
                .map(|m| m.operation.api)
        };
        assert_eq!(on("a.example.com"), Ok("a"));
        assert_eq!(on("acme.b.example.com"), Ok("b"));
        let neither = on("localhost").unwrap_err();
        assert!(neither.contains("claimed by a and b"), "{neither}");
    }

    #[test]
    fn templates_match_within_segments() {
        assert_eq!(
            match_template("{id}.json", "12.json", '/'),
            Some(vec![("id".to_owned(), "12".to_owned())])
        );
        assert_eq!(
            match_template(
                "prod01-apigw.{c}.fabric.zone",
                "prod01-apigw.a.b.fabric.zone",
                '.'
            ),
            None
        );
    }
}

//! Operations: ids, the Rust names made of them, methods the HTTP client
//! has; then each operation's parameters, body and responses.

use std::collections::BTreeMap;

use spec_model::walk::{OperationAt, operations_in};

use super::Check;
use super::names::{self, Case};
use super::rules::{HTTP_METHOD, OPERATION_ID, OPERATION_NAME, PATH_TEMPLATE};

/// Methods a generated `Client` has before any operation: its constructor,
/// the client glue's `builder`, `ClientInfo`'s, the request hooks of
/// `ClientHooks` (which a builder calls on the client, so an operation of
/// that name breaks every operation) and `ApiClient`'s.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "new_with_client",
    "baseurl",
    "client",
    "inner",
    "api_version",
    "pre",
    "exec",
    "post",
    "from_http_client",
];

/// Names the generated `builder` module imports, which a builder struct
/// named after an operation would clash with.
const BUILDER_IMPORTS: &[&str] = &[
    "Error",
    "ResponseValue",
    "ByteStream",
    "ClientInfo",
    "ClientHooks",
    "OperationInfo",
    "RequestBuilderExt",
];

impl Check<'_> {
    pub(super) fn operations(&mut self) {
        let document = self.doc;
        for path in self.keys_in_order("/paths") {
            if let Some(c) = path.chars().find(|c| c.is_whitespace() || c.is_control()) {
                let encoded: String = c
                    .encode_utf8(&mut [0; 4])
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect();
                self.refuse(
                    &spec_model::refs::pointer_push("/paths", &path),
                    &PATH_TEMPLATE,
                    format!(
                        "the path holds `{}`, which a URL path cannot, and the client's \
                         documentation shows the path as written: percent-encode it \
                         (`{encoded}`), or leave it out",
                        c.escape_debug()
                    ),
                );
            }
        }
        // operationId -> its pointer; method name -> (operationId, pointer).
        let mut ids: BTreeMap<&str, String> = BTreeMap::new();
        let mut methods: BTreeMap<String, (&str, String)> = BTreeMap::new();
        for at in operations_in(document) {
            if matches!(at.method, "options" | "trace") {
                self.refuse(
                    &at.pointer,
                    &HTTP_METHOD,
                    format!("the generated client cannot send `{}` requests, and the code would not compile: leave this operation out", at.method.to_uppercase()),
                );
            }
            let id_pointer = format!("{}/operationId", at.pointer);
            // An operation written without an id has the one spec-model
            // derived: only a repeated id is refused (OpenAPI asks ids to
            // be unique, and the client's methods must be).
            match at.operation_id() {
                None => {}
                Some(id) => {
                    if let Some(first) = ids.insert(id, at.pointer.clone()) {
                        self.refuse(
                            &id_pointer,
                            &OPERATION_ID,
                            format!("operationId `{id}` is also used at {first}: make it unique"),
                        );
                    } else {
                        self.operation_name(id, &id_pointer, &mut methods);
                    }
                }
            }
            self.operation(&at);
        }
    }

    fn operation_name<'a>(
        &mut self,
        id: &'a str,
        id_pointer: &str,
        methods: &mut BTreeMap<String, (&'a str, String)>,
    ) {
        let method = names::progenitor(id, Case::Snake);
        let builder = names::progenitor(id, Case::Pascal);
        if CLIENT_METHODS.contains(&method.as_str()) {
            self.refuse(
                id_pointer,
                &OPERATION_NAME,
                format!("operationId `{id}` becomes `Client::{method}`, a method the client already has: name the operation after what it does, such as `get{builder}`"),
            );
        } else if BUILDER_IMPORTS.contains(&builder.as_str()) {
            self.refuse(
                id_pointer,
                &OPERATION_NAME,
                format!("operationId `{id}` becomes the builder `builder::{builder}`, which clashes with the generated code's `{builder}`: name the operation after what it does, such as `get{builder}`"),
            );
        } else if let Some((other, _)) = methods.get(&method) {
            self.refuse(
                id_pointer,
                &OPERATION_NAME,
                format!(
                    "operationIds `{other}` and `{id}` both become `Client::{method}`: rename one"
                ),
            );
        } else {
            methods.insert(method, (id, id_pointer.to_owned()));
        }
    }

    fn operation(&mut self, at: &OperationAt<'_>) {
        self.parameters(at);
        self.request_body(at);
        self.responses(at);
    }
}

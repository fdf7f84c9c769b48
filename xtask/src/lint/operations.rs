//! Operations: documentation, tags, documented errors.

use std::collections::BTreeSet;

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::walk::{OperationAt, operations_in};

use super::Lint;
use super::rule::{
    DEFAULT_SERVER, DESCRIPTION, ERROR_RESPONSE, OPERATION_ID_WRITTEN, SERVER_VARIABLE_DEFAULT,
    SUMMARY, TAG,
};
use crate::codegen::glue::PLACEHOLDER;

impl Lint<'_> {
    pub(super) fn operations(&mut self) {
        let declared_tags: BTreeSet<String> = self
            .doc
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| t.get("name").and_then(Value::as_str).map(str::to_owned))
            .collect();
        for at in operations_in(self.doc) {
            self.operation(&at, &declared_tags);
        }
        let server = self.doc.pointer("/servers/0/url").and_then(Value::as_str);
        if !server.is_some_and(|url| url.starts_with("https://") || url.starts_with("http://")) {
            let (pointer, what) = match server {
                Some(url) => (
                    "/servers/0/url",
                    format!("the server URL `{url}` is not absolute"),
                ),
                None => ("", "the spec names no server".to_owned()),
            };
            self.report(
                pointer,
                &DEFAULT_SERVER,
                format!("{what}: the client has no default base URL, and callers must set one; write the API's absolute URL"),
            );
        }
        // A variable without an `enum` whose default is a placeholder
        // would send every call to a host nobody chose: the spec says
        // which it is.
        let variables = self
            .doc
            .pointer("/servers/0/variables")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (name, variable) in &variables {
            if variable.get("enum").is_none() && variable.get(PLACEHOLDER).is_none() {
                let pointer = spec_model::refs::pointer_push("/servers/0/variables", name);
                self.report(
                    &pointer,
                    &SERVER_VARIABLE_DEFAULT,
                    format!("server variable `{name}` has no `enum`, and its default is the client's unless said otherwise: write `{PLACEHOLDER}: true` if the default is no server of its own (the caller must then choose), or `{PLACEHOLDER}: false` if it is one"),
                );
            }
        }
        for pointer in &self.spec.derived_operation_ids {
            let name = self
                .doc
                .pointer(&format!("{pointer}/operationId"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            self.report(
                pointer,
                &OPERATION_ID_WRITTEN,
                format!("no operationId: codegen names the method after the path (`{name}`); write one, such as `getOrder`"),
            );
        }
    }

    fn operation(&mut self, at: &OperationAt<'_>, declared_tags: &BTreeSet<String>) {
        let (pointer, operation) = (at.pointer.as_str(), at.operation);
        for (field, rule, what) in [
            ("summary", &SUMMARY, "a one-line summary"),
            ("description", &DESCRIPTION, "a description of what it does"),
        ] {
            if operation
                .get(field)
                .and_then(Value::as_str)
                .is_none_or(|s| s.trim().is_empty())
            {
                self.report(pointer, rule, format!("no `{field}`: add {what}"));
            }
        }
        match operation.get("tags").and_then(Value::as_array) {
            Some(tags) if !tags.is_empty() => {
                for (i, tag) in tags.iter().enumerate() {
                    let name = tag.as_str().unwrap_or_default();
                    if !declared_tags.contains(name) {
                        self.report(
                            &format!("{pointer}/tags/{i}"),
                            &TAG,
                            format!("tag `{name}` is not declared: add it to the top-level `tags` with a description"),
                        );
                    }
                }
            }
            _ => self.report(
                pointer,
                &TAG,
                "no `tags`: add one, declared in the top-level `tags`",
            ),
        }

        self.parameters(at);
        if operation.get("requestBody").is_some() {
            let body_pointer = resolve(self.doc, &format!("{pointer}/requestBody"));
            self.content(&body_pointer, false);
        }
        self.responses(pointer, operation);
    }

    pub(super) fn responses(&mut self, pointer: &str, operation: &Value) {
        let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
            return;
        };
        for status in responses.keys() {
            let response_pointer = resolve(
                self.doc,
                &pointer_push(&format!("{pointer}/responses"), status),
            );
            self.content(&response_pointer, true);
        }
        if !responses
            .keys()
            .any(|s| s.starts_with('4') || s.starts_with('5') || s == "default")
        {
            self.report(
                &format!("{pointer}/responses"),
                &ERROR_RESPONSE,
                "no error response: document at least one 4XX or 5XX status with its body",
            );
        }
    }
}

//! Operations: ids, documentation, tags, and responses the generator can
//! take.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::walk::{OperationAt, operations_in};

use super::Lint;
use super::rule::{
    DESCRIPTION, DIFFERING_ERROR_SCHEMAS, DIFFERING_SUCCESS_SCHEMAS, ERROR_RESPONSE, OPERATION_ID,
    SUMMARY, TAG,
};

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
        let mut operation_ids: BTreeMap<String, String> = BTreeMap::new();
        let document = self.doc;
        for at in operations_in(document) {
            self.operation(&at, &declared_tags);
            let (operation, pointer) = (at.operation, at.pointer);
            match operation.get("operationId").and_then(Value::as_str) {
                    Some(id) => {
                        if let Some(first) = operation_ids.insert(id.to_owned(), pointer.clone()) {
                            self.report(
                                &format!("{pointer}/operationId"),
                                &OPERATION_ID,
                                format!("operationId `{id}` is also used at {first}: make it unique"),
                            );
                        }
                    }
                    None => self.report(
                        &pointer,
                        &OPERATION_ID,
                        "no operationId: add one in camelCase, such as `getOrder`; it names the client method",
                    ),
                }
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
        let mut success = BTreeMap::new();
        let mut errors = BTreeMap::new();
        for status in responses.keys() {
            let response_pointer = resolve(
                self.doc,
                &pointer_push(&format!("{pointer}/responses"), status),
            );
            self.content(&response_pointer, true);
            let schema = self
                .at(&response_pointer)
                .and_then(|r| r.get("content"))
                .and_then(Value::as_object)
                .and_then(|c| c.values().next())
                .and_then(|m| m.get("schema"))
                .cloned();
            let is_success = status.starts_with('2');
            let is_error =
                status.starts_with('4') || status.starts_with('5') || status == "default";
            if let Some(schema) = schema {
                let key = serde_json::to_string(&schema).unwrap_or_default();
                if is_success {
                    success.insert(key, status.clone());
                } else if is_error {
                    errors.insert(key, status.clone());
                }
            } else if is_error {
                errors
                    .entry(String::new())
                    .or_insert_with(|| status.clone());
            }
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
        let schemas_of =
            |set: &BTreeMap<String, String>| set.keys().filter(|k| !k.is_empty()).count();
        if schemas_of(&success) > 1 {
            let statuses: Vec<_> = success.values().cloned().collect();
            self.report(&format!("{pointer}/responses"), &DIFFERING_SUCCESS_SCHEMAS, format!("success responses {} have different schemas; the generator panics on that: give them one schema (a oneOf, if need be)", statuses.join(", ")));
        }
        if schemas_of(&errors) > 1 {
            let statuses: Vec<_> = errors.values().cloned().collect();
            self.report(&format!("{pointer}/responses"), &DIFFERING_ERROR_SCHEMAS, format!("error responses {} have different schemas; the generator panics on that: give them one schema (a oneOf of the bodies)", statuses.join(", ")));
        }
    }
}

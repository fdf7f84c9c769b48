//! Parameters: the path template, the kinds and styles the generator
//! rejects or gets wrong, and the builder method each becomes.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::refs::resolve;
use spec_model::walk::{OperationAt, ParameterAt, parameters};

use super::Check;
use super::names::{self, Case};
use super::rules::{
    COOKIE_PARAMETER, EXPLODE_FALSE, PARAMETER_CONTENT, PARAMETER_NAME, PARAMETER_STYLE,
    PARAMETER_TYPE, PATH_PARAMS,
};

/// Methods every operation builder has, and names its generated `send`
/// uses for itself: a parameter of one of these names would clash. `stream`,
/// `pages`, `deadline` and `retry` are kept for the builders' own use.
const BUILDER_METHODS: &[&str] = &[
    "new",
    "send",
    "stream",
    "pages",
    "deadline",
    "retry",
    "header_map",
];

/// The builder methods of an operation with a request body.
const BODY_METHODS: &[&str] = &["body", "body_map", "body_as", "body_stream"];

impl Check<'_> {
    pub(super) fn parameters(&mut self, operation: &OperationAt<'_>) {
        let params: Vec<ParameterAt> = parameters(self.doc, operation);
        let template: BTreeSet<&str> = operation
            .path
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}'))
            .map(|(name, _)| name)
            .collect();
        for name in &template {
            if !params
                .iter()
                .any(|p| p.location == "path" && p.name == *name)
            {
                let placeholder = format!("{{{name}}}");
                self.refuse_at(
                    &operation.item_pointer,
                    self.spec.position_in(&operation.item_pointer, &placeholder),
                    &PATH_PARAMS,
                    format!("the path has `{placeholder}` but {} has no `in: path` parameter `{name}`: declare it, with `required: true`", operation.method.to_uppercase()),
                );
            }
        }
        let has_body = operation.operation.get("requestBody").is_some();
        let mut setters: BTreeMap<String, &ParameterAt> = BTreeMap::new();
        for parameter in &params {
            self.parameter(parameter, &template);
            let setter = names::progenitor(&parameter.name, Case::Snake);
            let name_pointer = format!("{}/name", parameter.pointer);
            let name = &parameter.name;
            if BUILDER_METHODS.contains(&setter.as_str())
                || (has_body && BODY_METHODS.contains(&setter.as_str()))
            {
                self.refuse(
                    &name_pointer,
                    &PARAMETER_NAME,
                    format!("parameter `{name}` would be the builder method `{setter}`, which the builder has already: the client cannot take it"),
                );
            } else if let Some(other) = setters.get(&setter) {
                self.refuse(
                    &name_pointer,
                    &PARAMETER_NAME,
                    format!("the {} parameter `{}` and the {} parameter `{name}` both become the builder method `{setter}`: rename one, or leave one out", other.location, other.name, parameter.location),
                );
            } else {
                setters.insert(setter, parameter);
            }
        }
    }

    fn parameter(&mut self, parameter: &ParameterAt, template: &BTreeSet<&str>) {
        let p = &parameter.pointer;
        let (location, name) = (parameter.location.as_str(), &parameter.name);
        let Some(param) = self.at(p).cloned() else {
            return;
        };
        if location == "path" {
            if !template.contains(name.as_str()) {
                self.refuse(&format!("{p}/name"), &PATH_PARAMS, format!("path parameter `{name}` is not in the path, so it would never be sent: remove it or add `{{{name}}}` to the path"));
            } else if !parameter.required {
                let at = if param.get("required").is_some() {
                    format!("{p}/required")
                } else {
                    format!("{p}/name")
                };
                self.refuse(&at, &PATH_PARAMS, format!("path parameter `{name}` is not required, and the generator panics on that: add `required: true`"));
            }
        }
        if location == "cookie" {
            self.refuse(&format!("{p}/in"), &COOKIE_PARAMETER, format!("cookie parameter `{name}`: the generator rejects cookies; send it as a header, if the API accepts one"));
        }
        if let Some(style) = param.get("style").and_then(Value::as_str)
            && matches!(style, "deepObject" | "pipeDelimited" | "spaceDelimited")
        {
            self.refuse(
                &format!("{p}/style"),
                &PARAMETER_STYLE,
                format!(
                    "style `{style}` is rejected by the generator: use `form` with `explode: true`"
                ),
            );
        }
        if let Some(content) = param.get("content").and_then(Value::as_object) {
            let supported = location == "header"
                && content.len() == 1
                && content
                    .get("application/json")
                    .and_then(|m| m.pointer("/schema/$ref"))
                    .and_then(Value::as_str)
                    .is_some_and(|r| r.starts_with("#/components/schemas/"));
            if !supported {
                self.refuse(&format!("{p}/content"), &PARAMETER_CONTENT, format!("`content` on `{name}`: only a header may carry JSON, as `content: {{application/json: {{schema: {{$ref: '#/components/schemas/...'}}}}}}`; otherwise use `schema`"));
            }
            return;
        }
        let schema_at = format!("{p}/schema");
        let Some(schema) = self.at(&resolve(self.doc, &schema_at)).cloned() else {
            return;
        };
        let kind = kind_of(&schema);
        if location == "query"
            && kind == Kind::Array
            && param.get("explode") == Some(&Value::Bool(false))
        {
            self.refuse(&format!("{p}/explode"), &EXPLODE_FALSE, format!("`explode: false` on `{name}` is ignored by the generator, which sends repeated keys: remove it, or take a comma-joined string"));
        }
        let problem = match (location, kind) {
            ("header" | "path", Kind::Array) => Some("an array"),
            ("header" | "path" | "query", Kind::Object) => Some("an object"),
            ("header", _) if schema.get("nullable") == Some(&Value::Bool(true)) => Some("nullable"),
            _ => None,
        };
        if let Some(problem) = problem {
            let fix = match location {
                "query" => "take its fields as separate query parameters",
                _ => "take a string (or a number, integer or boolean), not nullable",
            };
            self.refuse(&schema_at, &PARAMETER_TYPE, format!("{location} parameter `{name}` is {problem}, which the generated code cannot send: {fix}"));
        }
    }
}

/// What kind of value a (resolved) schema describes, as far as parameters
/// care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Array,
    Object,
    Other,
}

fn kind_of(schema: &Value) -> Kind {
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => Kind::Array,
        Some("object") => Kind::Object,
        Some(_) => Kind::Other,
        None if schema.get("properties").is_some()
            || schema.get("additionalProperties").is_some() =>
        {
            Kind::Object
        }
        None if schema.get("items").is_some() => Kind::Array,
        None => Kind::Other,
    }
}

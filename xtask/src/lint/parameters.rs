//! Parameters: the path template, descriptions, and the kinds the generator
//! rejects or gets wrong.

use std::collections::BTreeSet;

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::walk::{OperationAt, ParameterAt, parameters};

use super::Lint;
use super::rule::{
    COOKIE_PARAMETER, EXPLODE_FALSE, HEADER_ARRAY, PARAMETER_CONTENT, PARAMETER_DESCRIPTION,
    PARAMETER_STYLE, PATH_PARAMS, QUERY_HEADER_NAME,
};

impl Lint<'_> {
    pub(super) fn parameters(&mut self, operation: &OperationAt<'_>) {
        let (path, pointer) = (operation.path, operation.pointer.as_str());
        let params: Vec<ParameterAt> = parameters(self.doc, operation);
        let template: BTreeSet<String> = path
            .split(['{', '}'])
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        for name in &template {
            if !params
                .iter()
                .any(|p| p.location == "path" && &p.name == name)
            {
                self.report(
                    pointer,
                    &PATH_PARAMS,
                    format!("the path has `{{{name}}}` but no `in: path` parameter `{name}`: declare it, required"),
                );
            }
        }
        let mut query_names = BTreeSet::new();
        let mut header_names = BTreeSet::new();
        for parameter in params {
            let (location, name, p) = (parameter.location, parameter.name, parameter.pointer);
            let param = self.at(&p).cloned().unwrap_or(Value::Null);
            if location == "path" && !template.contains(&name) {
                self.report(&p, &PATH_PARAMS, format!("path parameter `{name}` is not in the path: remove it or add `{{{name}}}` to the path"));
            }
            if param
                .get("description")
                .and_then(Value::as_str)
                .is_none_or(|s| s.trim().is_empty())
            {
                self.report(&p, &PARAMETER_DESCRIPTION, format!("parameter `{name}` has no description: say what it is and what values it takes"));
            }
            match location.as_str() {
                "cookie" => self.report(&p, &COOKIE_PARAMETER, format!("cookie parameter `{name}`: the generator rejects cookies; send it as a header")),
                "query" => {
                    query_names.insert(name.to_ascii_lowercase());
                }
                "header" => {
                    header_names.insert(name.to_ascii_lowercase());
                }
                _ => {}
            }
            if let Some(style) = param.get("style").and_then(Value::as_str)
                && matches!(style, "deepObject" | "pipeDelimited" | "spaceDelimited")
            {
                self.report(&format!("{p}/style"), &PARAMETER_STYLE, format!("style `{style}` is rejected by the generator: use `form` with `explode: true`"));
            }
            let schema_pointer = resolve(self.doc, &format!("{p}/schema"));
            let is_array = self
                .at(&schema_pointer)
                .and_then(|s| s.get("type"))
                .and_then(Value::as_str)
                == Some("array");
            if location == "query" && is_array && param.get("explode") == Some(&Value::Bool(false))
            {
                self.report(&format!("{p}/explode"), &EXPLODE_FALSE, format!("`explode: false` on `{name}` is ignored by the generator, which sends repeated keys: remove it, or take a comma-joined string"));
            }
            if location == "header" && is_array {
                self.report(&p, &HEADER_ARRAY, format!("header `{name}` is an array, which the generated code cannot send: take a string"));
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
                    self.report(&p, &PARAMETER_CONTENT, format!("`content` on `{name}`: only a header may carry JSON, as `content: {{application/json: {{schema: {{$ref: '#/components/schemas/...'}}}}}}`; otherwise use `schema`"));
                }
                for (media, value) in content {
                    let media_pointer = pointer_push(&format!("{p}/content"), media);
                    self.examples_of(&media_pointer, value, &format!("{media_pointer}/schema"));
                }
            } else {
                self.examples_of(&p, &param, &format!("{p}/schema"));
            }
        }
        for name in query_names.intersection(&header_names) {
            self.report(pointer, &QUERY_HEADER_NAME, format!("a query and a header parameter are both named `{name}`: the generated code does not compile; rename one"));
        }
    }
}

//! Parameters: the path template, the styles OpenAPI does not allow where
//! they are written, and the kinds the generator rejects.

use std::collections::BTreeSet;

use serde_json::Value;
use spec_model::refs::resolve;
use spec_model::walk::{OperationAt, ParameterAt, parameters};

use super::Check;
use super::rules::{
    COOKIE_PARAMETER, PARAMETER_CONTENT, PARAMETER_STYLE, PARAMETER_TYPE, PATH_PARAMS,
};
use crate::codegen::passes::parameter_styles::{
    Kind, default_style, inline_parameter_type, kind_of, rust_type,
};

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
        // Parameters whose builder methods would be one are numbered (the
        // `collisions` pass); lint reports them.
        for parameter in &params {
            self.parameter(parameter, &template, operation.operation_id());
        }
    }

    fn parameter(
        &mut self,
        parameter: &ParameterAt,
        template: &BTreeSet<&str>,
        operation_id: Option<&str>,
    ) {
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
        if let Some(style) = param.get("style").and_then(Value::as_str) {
            let allowed: &[&str] = match location {
                "path" => &["simple", "label", "matrix"],
                "query" => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
                "header" => &["simple"],
                _ => &["form"],
            };
            let fits = match style {
                "deepObject" => kind == Kind::Object,
                "spaceDelimited" | "pipeDelimited" => kind != Kind::Scalar,
                _ => true,
            };
            if !allowed.contains(&style) {
                let default = default_style(location);
                self.refuse(
                    &format!("{p}/style"),
                    &PARAMETER_STYLE,
                    format!("style `{style}` is not one OpenAPI allows in the {location}: write one of `{}`, or leave it out for `{default}`", allowed.join("`, `")),
                );
            } else if !fits {
                let what = if style == "deepObject" {
                    "an object"
                } else {
                    "an array or an object"
                };
                self.refuse(
                    &format!("{p}/style"),
                    &PARAMETER_STYLE,
                    format!("style `{style}` is for {what}, and `{name}` is not one: leave the style out for `{}`", default_style(location)),
                );
            }
        }
        // An object written inline is named after the operation; an
        // array's items must have a name of their own.
        let inline = operation_id.map(|id| inline_parameter_type(id, name));
        if kind != Kind::Scalar
            && rust_type(
                self.doc,
                &self.component_types,
                &schema_at,
                inline.as_deref(),
            )
            .is_none()
        {
            self.refuse(&schema_at, &PARAMETER_TYPE, format!("{location} parameter `{name}` is an array whose items are an object written inline, which the client cannot name as a type: declare the items' schema under `components/schemas` and `$ref` it"));
        }
        if location == "header" && schema.get("nullable") == Some(&Value::Bool(true)) {
            self.refuse(&schema_at, &PARAMETER_TYPE, format!("header parameter `{name}` is nullable, and a header cannot carry a null: leave `nullable` out, and the header out when there is no value"));
        }
    }
}

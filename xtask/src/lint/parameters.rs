//! Parameters: descriptions and examples.

use serde_json::Value;
use spec_model::refs::pointer_push;
use spec_model::walk::{OperationAt, parameters};

use super::Lint;
use super::rule::{PARAMETER_DESCRIPTION, PARAMETER_NAME};
use crate::codegen::passes::collisions::parameter_setters;

impl Lint<'_> {
    pub(super) fn parameters(&mut self, operation: &OperationAt<'_>) {
        for (parameter, setter, number) in parameter_setters(self.doc, operation) {
            if number.is_some() {
                let name = &parameter.name;
                self.report(&format!("{}/name", parameter.pointer), &PARAMETER_NAME, format!("parameter `{name}` would be a builder method the operation has already, so it is `{setter}`: rename it if the API allows"));
            }
        }
        for parameter in parameters(self.doc, operation) {
            let (name, p) = (parameter.name, parameter.pointer);
            let param = self.at(&p).cloned().unwrap_or(Value::Null);
            if param
                .get("description")
                .and_then(Value::as_str)
                .is_none_or(|s| s.trim().is_empty())
            {
                self.report(&p, &PARAMETER_DESCRIPTION, format!("parameter `{name}` has no description: say what it is and what values it takes"));
            }
            if let Some(content) = param.get("content").and_then(Value::as_object) {
                for (media, value) in content {
                    let media_pointer = pointer_push(&format!("{p}/content"), media);
                    self.examples_of(&media_pointer, value, &format!("{media_pointer}/schema"));
                }
            } else {
                self.examples_of(&p, &param, &format!("{p}/schema"));
            }
        }
    }
}

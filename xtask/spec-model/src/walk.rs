//! The operations of a spec, and the parameters that apply to each: the one
//! walk that codegen, lint, diff and the tests share.

use serde_json::Value;

use crate::refs::{pointer_push, resolve};

/// The HTTP methods an OpenAPI path item may hold operations under.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of a document's `paths`.
pub struct OperationAt<'a> {
    /// Its path template, such as `/v1/orders/{orderId}`.
    pub path: &'a str,
    /// Its HTTP method, lower case.
    pub method: &'static str,
    /// The path item's pointer: path-level parameters are under it.
    pub item_pointer: String,
    /// The operation's pointer.
    pub pointer: String,
    /// The operation itself.
    pub operation: &'a Value,
}

impl<'a> OperationAt<'a> {
    /// The `operationId`, if the operation has one.
    pub fn operation_id(&self) -> Option<&'a str> {
        self.operation.get("operationId").and_then(Value::as_str)
    }
}

/// Every operation of an OpenAPI document, in document order.
pub fn operations_in(document: &Value) -> Vec<OperationAt<'_>> {
    let mut found = Vec::new();
    for (path, item) in document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let item_pointer = pointer_push("/paths", path);
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                found.push(OperationAt {
                    path,
                    method,
                    pointer: pointer_push(&item_pointer, method),
                    item_pointer: item_pointer.clone(),
                    operation,
                });
            }
        }
    }
    found
}

/// A parameter that applies to an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParameterAt {
    /// Where the parameter is written as it appears in the operation's (or
    /// the path item's) list: the list entry, which may be a `$ref`.
    pub listed_at: String,
    /// Where the parameter object itself is, `$ref`s followed.
    pub pointer: String,
    /// Its `name`.
    pub name: String,
    /// Its `in`: `path`, `query`, `header` or `cookie`.
    pub location: String,
    /// Whether it is `required: true`.
    pub required: bool,
    /// Where its schema is: `schema`, or the schema of its one `content`
    /// media type.
    pub schema_pointer: Option<String>,
}

/// The parameters that apply to `operation`, in the order a reader finds
/// them: the path item's first, then the operation's. An operation's
/// parameter replaces a path-level one of the same name and location, as
/// OpenAPI says.
pub fn parameters(document: &Value, operation: &OperationAt<'_>) -> Vec<ParameterAt> {
    let mut found: Vec<ParameterAt> = Vec::new();
    for list in [
        format!("{}/parameters", operation.item_pointer),
        format!("{}/parameters", operation.pointer),
    ] {
        let count = document
            .pointer(&list)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for i in 0..count {
            let listed_at = format!("{list}/{i}");
            let pointer = resolve(document, &listed_at);
            let Some(param) = document.pointer(&pointer) else {
                continue;
            };
            let text = |key: &str| {
                param
                    .get(key)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned()
            };
            let schema_pointer = match param.get("content").and_then(Value::as_object) {
                Some(content) => content
                    .keys()
                    .next()
                    .map(|m| format!("{}/schema", pointer_push(&format!("{pointer}/content"), m))),
                None => param.get("schema").map(|_| format!("{pointer}/schema")),
            };
            let parameter = ParameterAt {
                name: text("name"),
                location: text("in"),
                required: param.get("required") == Some(&Value::Bool(true)),
                schema_pointer,
                listed_at,
                pointer,
            };
            found.retain(|p| !(p.name == parameter.name && p.location == parameter.location));
            found.push(parameter);
        }
    }
    found
}

/// Every schema of a document, in pointer order: the named ones under
/// `components/schemas`, the ones written inline (parameters, bodies,
/// responses, headers), and every schema nested in those (properties,
/// `items`, `additionalProperties`, `not`, `allOf`/`oneOf`/`anyOf`
/// members), `$ref`s not followed.
pub fn schemas(document: &Value) -> Vec<String> {
    let mut roots = Vec::new();
    if let Some(named) = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for name in named.keys() {
            roots.push(pointer_push("/components/schemas", name));
        }
    }
    collect_inline_schemas(document, &mut roots);
    let mut all = Vec::new();
    for pointer in roots {
        collect_subschemas(document, &pointer, &mut all);
    }
    all.sort();
    all.dedup();
    all
}

/// Schemas written inline under paths and the non-schema components.
fn collect_inline_schemas(document: &Value, found: &mut Vec<String>) {
    fn walk(value: &Value, pointer: String, found: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    let child_pointer = pointer_push(&pointer, key);
                    if key == "schema" {
                        found.push(child_pointer);
                    } else if key != "example" && key != "examples" {
                        walk(child, child_pointer, found);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{pointer}/{i}"), found);
                }
            }
            _ => {}
        }
    }
    if let Some(paths) = document.get("paths") {
        walk(paths, "/paths".to_owned(), found);
    }
    for kind in ["responses", "parameters", "requestBodies", "headers"] {
        if let Some(section) = document.pointer(&format!("/components/{kind}")) {
            walk(section, format!("/components/{kind}"), found);
        }
    }
}

/// A schema and every schema nested in it (not following `$ref`s).
fn collect_subschemas(document: &Value, pointer: &str, found: &mut Vec<String>) {
    let Some(schema) = document.pointer(pointer) else {
        return;
    };
    found.push(pointer.to_owned());
    for child in subschemas(schema) {
        collect_subschemas(document, &format!("{pointer}{child}"), found);
    }
}

/// The relative pointers (`/properties/id`, `/items`, `/allOf/0`...) of
/// the schemas written directly inside `schema`.
pub fn subschemas(schema: &Value) -> Vec<String> {
    let mut found = Vec::new();
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for name in properties.keys() {
            found.push(pointer_push("/properties", name));
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if schema.get(key).is_some_and(Value::is_object) {
            found.push(format!("/{key}"));
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        let count = schema
            .get(key)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for i in 0..count {
            found.push(format!("/{key}/{i}"));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operation_parameters_replace_path_level_ones() {
        let document = json!({
            "paths": {"/a/{id}": {
                "parameters": [
                    {"$ref": "#/components/parameters/Id"},
                    {"name": "v", "in": "query", "schema": {"type": "string"}},
                ],
                "get": {"parameters": [
                    {"name": "v", "in": "query", "required": true, "schema": {"type": "integer"}},
                    {"name": "h", "in": "header", "content": {"application/json": {"schema": {}}}},
                ]},
            }},
            "components": {"parameters": {"Id": {"name": "id", "in": "path", "required": true, "schema": {}}}},
        });
        let operations = operations_in(&document);
        let found = parameters(&document, &operations[0]);
        let summary: Vec<_> = found
            .iter()
            .map(|p| (p.name.as_str(), p.location.as_str(), p.required))
            .collect();
        assert_eq!(
            summary,
            [
                ("id", "path", true),
                ("v", "query", true),
                ("h", "header", false)
            ]
        );
        assert_eq!(found[0].pointer, "/components/parameters/Id");
        let all = schemas(&document);
        assert!(all.contains(&"/components/parameters/Id/schema".to_owned()));
        assert!(all.contains(
            &"/paths/~1a~1{id}/get/parameters/1/content/application~1json/schema".to_owned()
        ));
        assert_eq!(found[0].listed_at, "/paths/~1a~1{id}/parameters/0");
        assert_eq!(
            found[2].schema_pointer.as_deref(),
            Some("/paths/~1a~1{id}/get/parameters/1/content/application~1json/schema")
        );
    }
}

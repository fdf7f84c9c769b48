//! `x-pagination`: how a spec says that an operation's results come in
//! pages, read once for codegen (which then gives the operation's builder
//! `pages()` and `stream()`) and for lint (which reports the same problems
//! with a rule and a line).
//!
//! ```yaml
//! x-pagination:
//!   offset: offset          # the query parameter that says where a page starts
//!   limit: limit            # the query parameter that says how long a page is
//!   items: items            # the success body's list of items
//!   total: totalCount       # optional: the success body's count of all items
//!   next: links.next.uri    # optional: the success body's link to the next page
//! ```
//!
//! Parameters are named as they are on the wire; body fields as dotted JSON
//! property paths from the success schema.

use serde_json::Value;
use spec_model::refs::{pointer_push, resolve};
use spec_model::spec::{Diagnostic, Spec};
use spec_model::walk::{OperationAt, operations_in, parameters};

/// The extension's name.
pub const EXTENSION: &str = "x-pagination";

/// One operation's paging, checked against its spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The operation's `operationId`.
    pub operation_id: String,
    /// The offset query parameter, by its wire name.
    pub offset: String,
    /// The limit query parameter, by its wire name.
    pub limit: String,
    /// The JSON property path to the items.
    pub items: Vec<String>,
    /// The JSON property path to the total, if the body has one.
    pub total: Option<Vec<String>>,
    /// The JSON property path to the next page's link, if the body has one.
    pub next: Option<Vec<String>>,
}

/// Every operation's paging, or every problem with an `x-pagination`.
pub fn read(spec: &Spec) -> Result<Vec<Paging>, Vec<Diagnostic>> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for at in operations_in(&spec.document) {
        if at.operation.get(EXTENSION).is_none() {
            continue;
        }
        match one(spec, &at) {
            Ok(paging) => found.push(paging),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

fn one(spec: &Spec, at: &OperationAt<'_>) -> Result<Paging, Diagnostic> {
    let document = &spec.document;
    let pointer = format!("{}/{EXTENSION}", at.pointer);
    let Some(extension) = at.operation.get(EXTENSION).and_then(Value::as_object) else {
        return Err(spec.diagnostic(
            &pointer,
            "`x-pagination` is a mapping: `{offset: <query parameter>, limit: <query parameter>, items: <field>, total: <field>, next: <field path>}`",
        ));
    };
    for key in extension.keys() {
        if !["offset", "limit", "items", "total", "next"].contains(&key.as_str()) {
            return Err(spec.diagnostic(
                &pointer_push(&pointer, key),
                format!(
                    "`{key}` is not an `x-pagination` key: use offset, limit, items, total, next"
                ),
            ));
        }
    }
    let text = |key: &str| -> Result<Option<String>, Diagnostic> {
        match extension.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
            Some(_) => Err(spec.diagnostic(
                &pointer_push(&pointer, key),
                format!("`{key}` names a parameter or field: a non-empty string"),
            )),
        }
    };
    let required = |key: &str| -> Result<String, Diagnostic> {
        text(key)?.ok_or_else(|| spec.diagnostic(&pointer, format!("`x-pagination` needs `{key}`")))
    };

    let operation_id = at.operation_id().unwrap_or_default().to_owned();
    let params = parameters(document, at);
    let integer_query = |key: &str| -> Result<String, Diagnostic> {
        let name = required(key)?;
        let place = pointer_push(&pointer, key);
        let Some(param) = params
            .iter()
            .find(|p| p.name == name && p.location == "query")
        else {
            return Err(spec.diagnostic(
                &place,
                format!("`{key}: {name}`: the operation has no query parameter `{name}`"),
            ));
        };
        let schema_type = param
            .schema_pointer
            .as_ref()
            .and_then(|s| document.pointer(&resolve(document, s)))
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str);
        if schema_type != Some("integer") {
            return Err(spec.diagnostic(
                &place,
                format!("`{key}: {name}`: the parameter must be an integer to page by it"),
            ));
        }
        Ok(name)
    };
    let offset = integer_query("offset")?;
    let limit = integer_query("limit")?;

    // A page is one type: an operation whose success statuses carry
    // different bodies answers with an enum the pager cannot read.
    if let Some(model) = spec_model::operation::Operation::of(document, at)
        && model.shape(spec_model::operation::Kind::Success)
            == spec_model::operation::Shape::Several
    {
        return Err(spec.diagnostic(
            &pointer,
            "a paged operation's success statuses must share one body: give them one schema, \
             or page only the status the pages come with",
        ));
    }
    let Some(success) = success_schema(document, &at.pointer) else {
        return Err(spec.diagnostic(
            &pointer,
            "a paged operation needs a 2XX response with a JSON body",
        ));
    };
    let field = |key: &str, path: &str, wanted: &str| -> Result<Vec<String>, Diagnostic> {
        let segments: Vec<String> = path.split('.').map(str::to_owned).collect();
        let mut schema = success.clone();
        for (i, segment) in segments.iter().enumerate() {
            let properties = pointer_push(&format!("{schema}/properties"), segment);
            if document.pointer(&properties).is_none() {
                return Err(spec.diagnostic(
                    &pointer_push(&pointer, key),
                    format!(
                        "`{key}: {path}`: the success body has no property `{}`",
                        segments[..=i].join(".")
                    ),
                ));
            }
            schema = resolve(document, &properties);
        }
        let actual = document
            .pointer(&schema)
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str)
            .unwrap_or("an untyped value");
        if actual != wanted {
            return Err(spec.diagnostic(
                &pointer_push(&pointer, key),
                format!("`{key}: {path}` is {actual}; it must be {wanted}"),
            ));
        }
        Ok(segments)
    };
    let items = field("items", &required("items")?, "array")?;
    let total = text("total")?
        .map(|path| field("total", &path, "integer"))
        .transpose()?;
    let next = text("next")?
        .map(|path| field("next", &path, "string"))
        .transpose()?;
    Ok(Paging {
        operation_id,
        offset,
        limit,
        items,
        total,
        next,
    })
}

/// The schema (`$ref`s followed) of the operation's first 2XX JSON body.
fn success_schema(document: &Value, operation: &str) -> Option<String> {
    let responses = document
        .pointer(&format!("{operation}/responses"))?
        .as_object()?;
    let status = responses.keys().find(|s| s.starts_with('2'))?;
    let response = resolve(
        document,
        &pointer_push(&format!("{operation}/responses"), status),
    );
    let schema = pointer_push(&format!("{response}/content"), "application/json");
    let schema = format!("{schema}/schema");
    document.pointer(&schema)?;
    Some(resolve(document, &schema))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn spec(extension: &str) -> Spec {
        let text = format!(
            r#"openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /things:
    get:
      operationId: listThings
      x-pagination: {extension}
      parameters:
        - {{name: offset, in: query, schema: {{type: integer}}}}
        - {{name: limit, in: query, schema: {{type: integer}}}}
        - {{name: kind, in: query, schema: {{type: string}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  things: {{type: array, items: {{type: string}}}}
                  total: {{type: integer}}
                  links:
                    type: object
                    properties:
                      next: {{type: string}}
"#
        );
        Spec::parse(Path::new("specs/t.yaml"), &text).unwrap()
    }

    fn problem(extension: &str) -> String {
        read(&spec(extension)).unwrap_err().remove(0).message
    }

    #[test]
    fn pages_of_different_bodies_are_refused() {
        let paged = spec("{offset: offset, limit: limit, items: things}");
        assert!(read(&paged).is_ok());
        // A bodiless 202 beside the page: the success is an enum.
        let mut document = paged.document.clone();
        document["paths"]["/things"]["get"]["responses"]["202"] =
            serde_json::json!({"description": "later"});
        let text = serde_json::to_string(&document).unwrap();
        let two = Spec::parse(Path::new("specs/t.yaml"), &text).unwrap();
        let problems = read(&two).unwrap_err();
        assert!(
            problems[0]
                .message
                .starts_with("a paged operation's success statuses must share one body"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn a_complete_extension_is_read() {
        let found = read(&spec(
            "{offset: offset, limit: limit, items: things, total: total, next: links.next}",
        ))
        .unwrap();
        assert_eq!(found[0].items, ["things"]);
        assert_eq!(
            found[0].next.as_deref(),
            Some(&["links".to_owned(), "next".to_owned()][..])
        );
    }

    #[test]
    fn each_name_must_exist_with_its_type() {
        assert!(
            problem("{offset: start, limit: limit, items: things}")
                .contains("no query parameter `start`")
        );
        assert!(
            problem("{offset: kind, limit: limit, items: things}").contains("must be an integer")
        );
        assert!(
            problem("{offset: offset, limit: limit, items: total}").contains("it must be array")
        );
        assert!(
            problem("{offset: offset, limit: limit, items: things, next: links.prev}")
                .contains("no property `links.prev`")
        );
        assert!(problem("{offset: offset, limit: limit}").contains("needs `items`"));
        assert!(
            problem("{offset: offset, limit: limit, items: things, cursor: x}")
                .contains("not an `x-pagination` key")
        );
    }
}

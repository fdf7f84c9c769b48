//! `cargo xtask lint`: every check a spec must pass before review, with no
//! network. Each finding names the file, line and column (or the JSON
//! pointer), a rule, and what to write instead.
//!
//! Three families of rules:
//! - the spec is valid OpenAPI 3.0 (it parses, `$ref`s resolve, path
//!   parameters match the path);
//! - nothing progenitor rejects, panics on, or silently gets wrong (see
//!   `../shared/notes/progenitor-0.15.md`), caught before generation;
//! - house rules that keep the generated crates documented and the examples
//!   honest.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

use crate::client_glue;
use crate::examples::resolve;
use crate::schema::validate_against_spec;
use crate::spec::{Position, Spec, operations_in, pointer_push};

/// One problem in a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The spec file, relative to the workspace root.
    pub file: PathBuf,
    /// Where in the file, when a line is known.
    pub position: Option<Position>,
    /// The JSON pointer of the place.
    pub pointer: String,
    /// The rule's name.
    pub rule: &'static str,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}", self.file.display(), p.line, p.column)?,
            None => write!(f, "{}#{}", self.file.display(), self.pointer)?,
        }
        write!(f, ": error[{}]: {}", self.rule, self.message)
    }
}

/// Every rule, with what it checks: `cargo xtask lint --rules` prints this.
pub const RULES: &[(&str, &str)] = &[
    (
        "openapi-3.0",
        "the spec is OpenAPI 3.0.x (3.1 is not supported by the generator)",
    ),
    (
        "openapi-valid",
        "the spec parses as an OpenAPI 3.0 document",
    ),
    (
        "unresolved-ref",
        "every $ref is local and points at something",
    ),
    (
        "path-params",
        "the path's {parameters} and its `in: path` parameters match",
    ),
    ("operation-id", "every operation has a unique operationId"),
    ("summary", "every operation has a summary"),
    ("description", "every operation has a description"),
    (
        "tag",
        "every operation has a tag, declared in the top-level tags",
    ),
    (
        "error-response",
        "every operation documents at least one error response",
    ),
    ("parameter-description", "every parameter has a description"),
    (
        "property-description",
        "every property has a description (a $ref'd one, on its schema)",
    ),
    ("response-example", "every response body has an example"),
    ("example-valid", "every example is valid against its schema"),
    ("unused-component", "every component is used"),
    (
        "server",
        "the spec names a server (the client's default base URL)",
    ),
    (
        "security-scheme",
        "security schemes are http bearer or apiKey in a header",
    ),
    (
        "json-media-type",
        "a JSON body is declared application/json, not */* or text/plain",
    ),
    (
        "inline-error-schema",
        "a schema under components/responses is a $ref to a named schema",
    ),
    (
        "differing-success-schemas",
        "an operation's success responses share one schema",
    ),
    (
        "differing-error-schemas",
        "an operation's error responses share one schema",
    ),
    (
        "rust-name-collision",
        "no two properties of one schema become the same Rust field",
    ),
    (
        "enum-collision",
        "no two enum values become the same Rust variant, and none is `Unknown`",
    ),
    (
        "explode-false",
        "array query parameters are exploded (repeated keys)",
    ),
    ("cookie-parameter", "no cookie parameters"),
    (
        "parameter-style",
        "no deepObject, pipeDelimited or spaceDelimited parameters",
    ),
    (
        "parameter-content",
        "`content` only on a header carrying a named JSON schema",
    ),
    ("header-array", "no array-typed header parameters"),
    (
        "query-header-name",
        "no query and header parameter of the same name in one operation",
    ),
    (
        crate::yaml11::RULE,
        "no plain scalar that YAML 1.1 and YAML 1.2 read differently (`ON`, `012`, `1:20`, dates)",
    ),
    (
        crate::enum_varnames::RULE,
        "each `x-enum-varnames` gives one unique UpperCamelCase Rust name per enum value",
    ),
    (
        crate::ref_siblings::RULE,
        "nothing beside a `$ref` (OpenAPI 3.0 ignores it): wrap the `$ref` in `allOf`",
    ),
    (
        crate::integer_format::RULE,
        "each integer has `format: int32` or `int64`, and bounds within it",
    ),
];

/// Lints the spec at `path` (relative to `root`).
pub fn lint_file(root: &Path, path: &Path) -> Vec<Finding> {
    match Spec::load(root, path) {
        Ok(spec) => {
            let mut findings = lint(&spec);
            // The YAML 1.1 rule reads the text: it needs each scalar's style.
            if let Ok(text) = std::fs::read_to_string(root.join(path)) {
                findings.extend(crate::yaml11::findings(&spec.path, &text));
                findings
                    .sort_by_key(|f| f.position.map_or((usize::MAX, 0), |p| (p.line, p.column)));
            }
            findings
        }
        Err(diagnostic) => {
            let rule = if diagnostic.message.starts_with("OpenAPI ") {
                "openapi-3.0"
            } else {
                "openapi-valid"
            };
            vec![Finding {
                file: diagnostic.file,
                position: diagnostic.position,
                pointer: diagnostic.pointer.unwrap_or_default(),
                rule,
                message: diagnostic.message,
            }]
        }
    }
}

/// Lints a parsed spec; findings in document order.
pub fn lint(spec: &Spec) -> Vec<Finding> {
    let mut refs = Vec::new();
    collect_refs(&spec.document, String::new(), &mut refs);
    let mut lint = Lint {
        spec,
        doc: &spec.document,
        refs,
        findings: Vec::new(),
    };
    lint.references();
    lint.servers_and_security();
    lint.operations();
    lint.schemas();
    lint.component_responses();
    lint.unused_components();
    lint.findings.extend(crate::integer_format::lint(spec));
    lint.findings.extend(crate::enum_varnames::lint(spec));
    lint.findings.extend(crate::ref_siblings::lint(spec));
    lint.findings.sort_by_key(|f| {
        (
            f.position.map_or(usize::MAX, |p| p.line),
            f.position.map_or(0, |p| p.column),
            f.rule,
        )
    });
    lint.findings.dedup();
    lint.findings
}

struct Lint<'a> {
    spec: &'a Spec,
    doc: &'a Value,
    /// Every `$ref`: (pointer of the object holding it, target).
    refs: Vec<(String, String)>,
    findings: Vec<Finding>,
}

impl Lint<'_> {
    fn report(&mut self, pointer: &str, rule: &'static str, message: impl Into<String>) {
        self.findings.push(Finding {
            file: self.spec.path.clone(),
            position: self.spec.position(pointer),
            pointer: pointer.to_owned(),
            rule,
            message: message.into(),
        });
    }

    fn at(&self, pointer: &str) -> Option<&Value> {
        self.doc.pointer(pointer)
    }

    /// Every `$ref` is local and resolves.
    fn references(&mut self) {
        // Taken for the loop (reporting needs `&mut self`), then put back.
        let refs = std::mem::take(&mut self.refs);
        for (pointer, target) in &refs {
            match target.strip_prefix('#') {
                Some(local) if self.at(local).is_some() => {}
                Some(_) => self.report(
                    pointer,
                    "unresolved-ref",
                    format!("`{target}` points at nothing: name an existing component"),
                ),
                None => self.report(
                    pointer,
                    "unresolved-ref",
                    format!("`{target}` is not in this file: specs are self-contained, so copy the definition under components"),
                ),
            }
        }
        self.refs = refs;
    }

    /// What `client_glue` would refuse at generation: its checks, here
    /// with a rule and a line.
    fn servers_and_security(&mut self) {
        let problems = [
            ("server", client_glue::server_problem(self.spec)),
            ("security-scheme", client_glue::security_problem(self.spec)),
        ];
        for (rule, problem) in problems {
            if let Some(problem) = problem {
                self.findings.push(Finding {
                    file: problem.file,
                    position: problem.position,
                    pointer: problem.pointer.unwrap_or_default(),
                    rule,
                    message: problem.message,
                });
            }
        }
    }

    fn operations(&mut self) {
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
            let (operation, pointer) = (at.operation, at.pointer);
            self.operation(
                at.path,
                &at.item_pointer,
                &pointer,
                operation,
                &declared_tags,
            );
            match operation.get("operationId").and_then(Value::as_str) {
                    Some(id) => {
                        if let Some(first) = operation_ids.insert(id.to_owned(), pointer.clone()) {
                            self.report(
                                &format!("{pointer}/operationId"),
                                "operation-id",
                                format!("operationId `{id}` is also used at {first}: make it unique"),
                            );
                        }
                    }
                    None => self.report(
                        &pointer,
                        "operation-id",
                        "no operationId: add one in camelCase, such as `getOrder`; it names the client method",
                    ),
                }
        }
    }

    fn operation(
        &mut self,
        path: &str,
        item_pointer: &str,
        pointer: &str,
        operation: &Value,
        declared_tags: &BTreeSet<String>,
    ) {
        for (field, rule, what) in [
            ("summary", "summary", "a one-line summary"),
            (
                "description",
                "description",
                "a description of what it does",
            ),
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
                            "tag",
                            format!("tag `{name}` is not declared: add it to the top-level `tags` with a description"),
                        );
                    }
                }
            }
            _ => self.report(
                pointer,
                "tag",
                "no `tags`: add one, declared in the top-level `tags`",
            ),
        }

        self.parameters(path, item_pointer, pointer);
        if operation.get("requestBody").is_some() {
            let body_pointer = resolve(self.doc, &format!("{pointer}/requestBody"));
            self.content(&body_pointer, false);
        }
        self.responses(pointer, operation);
    }

    fn parameters(&mut self, path: &str, item_pointer: &str, pointer: &str) {
        // Path-level parameters apply unless the operation redefines them.
        let mut params: BTreeMap<(String, String), String> = BTreeMap::new();
        for list in [
            format!("{item_pointer}/parameters"),
            format!("{pointer}/parameters"),
        ] {
            let count = self.at(&list).and_then(Value::as_array).map_or(0, Vec::len);
            for i in 0..count {
                let p = resolve(self.doc, &format!("{list}/{i}"));
                let Some(param) = self.at(&p) else {
                    continue;
                };
                let name = param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                let location = param
                    .get("in")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                params.insert((location, name), p);
            }
        }
        let template: BTreeSet<String> = path
            .split(['{', '}'])
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        for name in &template {
            if !params.contains_key(&("path".to_owned(), name.clone())) {
                self.report(
                    pointer,
                    "path-params",
                    format!("the path has `{{{name}}}` but no `in: path` parameter `{name}`: declare it, required"),
                );
            }
        }
        let mut query_names = BTreeSet::new();
        let mut header_names = BTreeSet::new();
        for ((location, name), p) in params.clone() {
            let param = self.at(&p).cloned().unwrap_or(Value::Null);
            if location == "path" && !template.contains(&name) {
                self.report(&p, "path-params", format!("path parameter `{name}` is not in the path: remove it or add `{{{name}}}` to the path"));
            }
            if param
                .get("description")
                .and_then(Value::as_str)
                .is_none_or(|s| s.trim().is_empty())
            {
                self.report(&p, "parameter-description", format!("parameter `{name}` has no description: say what it is and what values it takes"));
            }
            match location.as_str() {
                "cookie" => self.report(&p, "cookie-parameter", format!("cookie parameter `{name}`: the generator rejects cookies; send it as a header")),
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
                self.report(&format!("{p}/style"), "parameter-style", format!("style `{style}` is rejected by the generator: use `form` with `explode: true`"));
            }
            let schema_pointer = resolve(self.doc, &format!("{p}/schema"));
            let is_array = self
                .at(&schema_pointer)
                .and_then(|s| s.get("type"))
                .and_then(Value::as_str)
                == Some("array");
            if location == "query" && is_array && param.get("explode") == Some(&Value::Bool(false))
            {
                self.report(&format!("{p}/explode"), "explode-false", format!("`explode: false` on `{name}` is ignored by the generator, which sends repeated keys: remove it, or take a comma-joined string"));
            }
            if location == "header" && is_array {
                self.report(&p, "header-array", format!("header `{name}` is an array, which the generated code cannot send: take a string"));
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
                    self.report(&p, "parameter-content", format!("`content` on `{name}`: only a header may carry JSON, as `content: {{application/json: {{schema: {{$ref: '#/components/schemas/...'}}}}}}`; otherwise use `schema`"));
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
            self.report(pointer, "query-header-name", format!("a query and a header parameter are both named `{name}`: the generated code does not compile; rename one"));
        }
    }

    fn responses(&mut self, pointer: &str, operation: &Value) {
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
                "error-response",
                "no error response: document at least one 4XX or 5XX status with its body",
            );
        }
        let schemas_of =
            |set: &BTreeMap<String, String>| set.keys().filter(|k| !k.is_empty()).count();
        if schemas_of(&success) > 1 {
            let statuses: Vec<_> = success.values().cloned().collect();
            self.report(&format!("{pointer}/responses"), "differing-success-schemas", format!("success responses {} have different schemas; the generator panics on that: give them one schema (a oneOf, if need be)", statuses.join(", ")));
        }
        if schemas_of(&errors) > 1 {
            let statuses: Vec<_> = errors.values().cloned().collect();
            self.report(&format!("{pointer}/responses"), "differing-error-schemas", format!("error responses {} have different schemas; the generator panics on that: give them one schema (a oneOf of the bodies)", statuses.join(", ")));
        }
    }

    /// A request body's or response's `content`: JSON media types, examples.
    fn content(&mut self, pointer: &str, is_response: bool) {
        let Some(content) = self
            .at(&format!("{pointer}/content"))
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        let has_json = content
            .keys()
            .any(|m| m == "application/json" || m.ends_with("+json"));
        for (media, value) in &content {
            let media_pointer = pointer_push(&format!("{pointer}/content"), media);
            let schema_pointer = format!("{media_pointer}/schema");
            let structured = self
                .at(&resolve(self.doc, &schema_pointer))
                .is_some_and(|schema| {
                    schema.get("$ref").is_some()
                        || matches!(
                            schema.get("type").and_then(Value::as_str),
                            Some("object" | "array")
                        )
                        || schema.get("properties").is_some()
                        || schema.get("oneOf").is_some()
                });
            if !has_json && structured && (media == "*/*" || media.starts_with("text/")) {
                self.report(&media_pointer, "json-media-type", format!("a JSON body declared as `{media}`: the generator then returns raw bytes; declare `application/json`"));
            }
            if is_response
                && value.get("schema").is_some()
                && value.get("example").is_none()
                && value.get("examples").is_none()
            {
                self.report(
                    &media_pointer,
                    "response-example",
                    "this response body has no example: add `example:` with a documented payload",
                );
            }
            self.examples_of(&media_pointer, value, &schema_pointer);
        }
    }

    /// Checks the `example` and `examples` of an object that has a schema at
    /// `schema_pointer`.
    fn examples_of(&mut self, pointer: &str, holder: &Value, schema_pointer: &str) {
        if self.at(schema_pointer).is_none() {
            return;
        }
        let mut values = Vec::new();
        if let Some(example) = holder.get("example") {
            values.push((format!("{pointer}/example"), example.clone()));
        }
        if let Some(named) = holder.get("examples").and_then(Value::as_object) {
            for name in named.keys() {
                let example_pointer = resolve(
                    self.doc,
                    &pointer_push(&format!("{pointer}/examples"), name),
                );
                if let Some(value) = self.at(&format!("{example_pointer}/value")) {
                    values.push((format!("{example_pointer}/value"), value.clone()));
                }
            }
        }
        for (example_pointer, value) in values {
            self.example(&example_pointer, schema_pointer, &value);
        }
    }

    /// Checks one example against the schema at `schema_pointer`. A schema
    /// that cannot be built (a dangling `$ref`) is `unresolved-ref`'s finding.
    fn example(&mut self, example_pointer: &str, schema_pointer: &str, value: &Value) {
        match validate_against_spec(self.doc, schema_pointer, value) {
            Err(e) if !e.starts_with("the schema is not a valid JSON Schema") => self.report(
                example_pointer,
                "example-valid",
                format!("the example is not valid against its schema, {e}: fix the example or the schema"),
            ),
            _ => {}
        }
    }

    /// Every schema in the document, inline or named: descriptions, Rust
    /// names, enums, schema-level examples.
    fn schemas(&mut self) {
        let mut schemas = Vec::new();
        if let Some(named) = self
            .doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            for name in named.keys() {
                schemas.push(pointer_push("/components/schemas", name));
            }
        }
        collect_inline_schemas(self.doc, &mut schemas);
        let mut all = Vec::new();
        for pointer in schemas {
            collect_subschemas(self.doc, &pointer, &mut all);
        }
        all.sort();
        all.dedup();
        for pointer in all {
            let Some(schema) = self.at(&pointer).cloned() else {
                continue;
            };
            self.schema(&pointer, &schema);
        }
    }

    fn schema(&mut self, pointer: &str, schema: &Value) {
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            let mut rust_names: BTreeMap<String, String> = BTreeMap::new();
            for (name, property) in properties {
                let property_pointer = pointer_push(&format!("{pointer}/properties"), name);
                let described = match property.get("$ref").and_then(Value::as_str) {
                    Some(target) => target
                        .strip_prefix('#')
                        .and_then(|t| self.at(t))
                        .and_then(|t| t.get("description"))
                        .is_some(),
                    None => property.get("description").is_some(),
                };
                if !described {
                    let fix = if property.get("$ref").is_some() {
                        "give the referenced schema a description"
                    } else {
                        "add a description"
                    };
                    self.report(
                        &property_pointer,
                        "property-description",
                        format!("property `{name}` has no description: {fix}"),
                    );
                }
                // Leading underscores are spelled out by codegen (`_id` is
                // `underscore_id`), so only the rest can collide.
                let underscores = name.len() - name.trim_start_matches('_').len();
                let rust = format!(
                    "{}{}",
                    "underscore_".repeat(underscores),
                    name.to_snake_case()
                );
                if let Some(other) = rust_names.insert(rust.clone(), name.clone()) {
                    self.report(&property_pointer, "rust-name-collision", format!("`{other}` and `{name}` both become the Rust field `{rust}`: rename one (wire names cannot be changed by the client)"));
                }
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let mut variants: BTreeMap<String, String> = BTreeMap::new();
            for (i, value) in values.iter().enumerate() {
                let Some(text) = value.as_str() else {
                    continue;
                };
                let variant = text.to_upper_camel_case();
                let value_pointer = format!("{pointer}/enum/{i}");
                if variant == "Unknown" {
                    self.report(&value_pointer, "enum-collision", format!("`{text}` becomes the variant `Unknown`, which holds values the spec does not list: the generator refuses it"));
                }
                if let Some(other) = variants.insert(variant.clone(), text.to_owned()) {
                    self.report(&value_pointer, "enum-collision", format!("`{other}` and `{text}` both become the Rust variant `{variant}`; the generator panics on that: drop one, or make the schema a plain string"));
                }
            }
        }
        if let Some(example) = schema.get("example") {
            self.example(&format!("{pointer}/example"), pointer, example);
        }
    }

    /// A schema written inline under `components/responses` is named after
    /// the first operation that uses it, the same name as its success type.
    fn component_responses(&mut self) {
        let Some(responses) = self
            .doc
            .pointer("/components/responses")
            .and_then(Value::as_object)
            .cloned()
        else {
            return;
        };
        for (name, response) in &responses {
            let Some(content) = response.get("content").and_then(Value::as_object) else {
                continue;
            };
            for (media, value) in content {
                if let Some(schema) = value.get("schema")
                    && schema.get("$ref").is_none()
                {
                    let pointer = pointer_push(
                        &format!("{}/content", pointer_push("/components/responses", name)),
                        media,
                    );
                    self.report(&format!("{pointer}/schema"), "inline-error-schema", "an inline schema here is given the success type's name, and the error body is decoded as the success type: name the schema under components/schemas and `$ref` it");
                }
            }
        }
    }

    fn unused_components(&mut self) {
        let used: BTreeSet<String> = self.refs.iter().map(|(_, target)| target.clone()).collect();
        for kind in [
            "schemas",
            "responses",
            "parameters",
            "requestBodies",
            "headers",
            "examples",
        ] {
            let base = format!("/components/{kind}");
            let Some(components) = self.doc.pointer(&base).and_then(Value::as_object) else {
                continue;
            };
            let names: Vec<String> = components.keys().cloned().collect();
            for name in names {
                let pointer = pointer_push(&base, &name);
                if !used.contains(&format!("#{pointer}")) {
                    self.report(
                        &pointer,
                        "unused-component",
                        format!("`{name}` is not used: remove it, or `$ref` it where it belongs"),
                    );
                }
            }
        }
        let mut in_security = BTreeSet::new();
        let mut requirements: Vec<&Value> = self
            .doc
            .get("security")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .collect();
        for at in operations_in(self.doc) {
            if let Some(list) = at.operation.get("security").and_then(Value::as_array) {
                requirements.extend(list);
            }
        }
        for requirement in requirements {
            if let Some(requirement) = requirement.as_object() {
                in_security.extend(requirement.keys().cloned());
            }
        }
        let schemes: Vec<String> = self
            .doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default();
        for name in schemes {
            if !in_security.contains(&name) {
                self.report(&pointer_push("/components/securitySchemes", &name), "unused-component", format!("security scheme `{name}` is in no `security` requirement: add it to `security`, or remove it"));
            }
        }
    }
}

/// Every `$ref` in the document: (pointer of the object holding it, target).
fn collect_refs(value: &Value, pointer: String, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(object) => {
            if let Some(target) = object.get("$ref").and_then(Value::as_str) {
                found.push((pointer.clone(), target.to_owned()));
            }
            for (key, child) in object {
                // Examples are data: a `$ref` key inside one is not a reference.
                if key == "example" {
                    continue;
                }
                collect_refs(child, pointer_push(&pointer, key), found);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_refs(child, format!("{pointer}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// Schemas written inline under paths (parameters, bodies, responses).
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
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for name in properties.keys() {
            collect_subschemas(
                document,
                &pointer_push(&format!("{pointer}/properties"), name),
                found,
            );
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if schema.get(key).is_some_and(Value::is_object) {
            collect_subschemas(document, &format!("{pointer}/{key}"), found);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        let count = schema
            .get(key)
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for i in 0..count {
            collect_subschemas(document, &format!("{pointer}/{key}/{i}"), found);
        }
    }
}

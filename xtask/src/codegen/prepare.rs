//! What progenitor is given: the spec, with the few constructs it cannot take
//! rewritten into ones it can. The spec itself stays the contract; each
//! rewrite is undone or completed by code that `client_glue` adds, or
//! documented in the generated code.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::OpenAPI;
use serde_json::{Value, json};

use spec_model::operation::MediaKind;
use spec_model::refs::pointer_push;
use spec_model::request::RequestBody;
use spec_model::spec::{Diagnostic, Spec};
use spec_model::walk::{self, operations_in, parameters};

use super::extensions::request_identity;
use super::passes::parameter_styles::styled;
use super::responses::{ResponseTypes, owned};
use super::text::inert_markdown;

/// The spec as progenitor sees it, and what was rewritten.
pub struct Prepared {
    /// The rewritten model.
    pub openapi: OpenAPI,
    /// Names of the component schemas that header parameters carry as JSON.
    pub json_header_types: Vec<String>,
}

/// Rewrites what progenitor cannot take as written, and what it would
/// write into the code as more than text:
/// - every title, summary and description, and the API's version, becomes
///   Markdown without a doctest ([`inert_markdown`]): progenitor and typify
///   copy them into doc comments, where a code block would be compiled and
///   run by `cargo test`;
/// - header parameters declared with `content: application/json` (a JSON
///   document in a header, as OpenAPI spells it) become string headers:
///   progenitor rejects `content` parameters. The client then takes the
///   header's typed value and sends it JSON-encoded;
/// - a header with `x-request-identity` is optional for progenitor, whatever
///   its `required`: the runtime sends a generated id when the caller gives
///   none;
/// - a parameter that progenitor would not send as its `style` and
///   `explode` say (arrays and objects in paths and headers, objects in
///   the query, any style but the location's default) is a plain string for
///   progenitor, without style: the `parameter_styles` pass gives the
///   builder its type back and writes it with `client_runtime::wire`;
/// - inline body schemas that progenitor would misname are named and moved
///   under `components/schemas`, and an operation whose statuses have
///   different bodies shows progenitor one bodiless `200`: the `responses`
///   pass writes its answer types and its decoding from the operation model
///   (see [`super::responses`]);
/// - enum values and properties that would get one Rust name are numbered
///   (see [`super::passes::collisions`]);
/// - each request body is shown as the one media type progenitor can take
///   that types it as the client will (`show_one_request_body`); the
///   `request_bodies` pass writes the declared `Content-Type`, the other
///   media types and multipart bodies into `send()`.
pub fn prepare(spec: &Spec) -> Result<Prepared, Diagnostic> {
    let mut document = spec.document.clone();
    // Schemas whose names are taken, named anew (see `refuse::type_names`):
    // typify names an inline schema by its title, a component by its key.
    // First: the plan's places are the spec's, and naming response bodies
    // moves them (their titles go along).
    let names = super::refuse::type_names::plan(spec);
    for (pointer, title) in &names.retitled {
        if let Some(schema) = document.pointer_mut(pointer).and_then(Value::as_object_mut) {
            schema.insert("title".into(), Value::String(title.clone()));
        }
    }
    name_response_schemas(spec, &mut document);
    drop_ignored_headers(&mut document);
    drop_unchecked_keywords(&mut document);
    show_one_request_body(spec, &mut document);
    let mut json_header_types = Vec::new();

    for pointer in identity_headers(spec)? {
        if let Some(parameter) = document
            .pointer_mut(&pointer)
            .and_then(Value::as_object_mut)
        {
            parameter.insert("required".into(), Value::Bool(false));
        }
    }

    for styled in styled(&spec.document) {
        // An object written inline becomes a component of its own, which
        // the `parameter_styles` pass gives the builder as its type.
        if let Some((name, at)) = &styled.inline
            && let Some(schema) = spec.document.pointer(at)
            && let Some(schemas) = document
                .as_object_mut()
                .and_then(|d| d.entry("components").or_insert(json!({})).as_object_mut())
                .and_then(|c| c.entry("schemas").or_insert(json!({})).as_object_mut())
        {
            schemas.insert(name.clone(), schema.clone());
        }
        if let Some(parameter) = document
            .pointer_mut(&styled.pointer)
            .and_then(Value::as_object_mut)
        {
            parameter.remove("style");
            parameter.remove("explode");
            parameter.insert("schema".into(), json!({"type": "string"}));
        }
    }

    let mut seen = Vec::new();
    let operations = operations_in(&spec.document);
    let parameters = operations
        .iter()
        .flat_map(|operation| parameters(&spec.document, operation))
        .map(|parameter| parameter.pointer);
    for pointer in parameters {
        // A parameter written once under components is rewritten once.
        if seen.contains(&pointer) {
            continue;
        }
        seen.push(pointer.clone());
        let Some(parameter) = spec.document.pointer(&pointer) else {
            continue;
        };
        let Some(content) = parameter.get("content").and_then(Value::as_object) else {
            continue;
        };
        if parameter.get("in").and_then(Value::as_str) != Some("header") {
            return Err(spec.diagnostic(
                &pointer,
                "only header parameters may use `content`; use `schema` instead",
            ));
        }
        let (media_type, media) = match content.iter().next() {
            Some((m, media)) if content.len() == 1 && m == "application/json" => (m, media),
            _ => {
                return Err(spec.diagnostic(
                    &format!("{pointer}/content"),
                    "a header's `content` must be exactly one `application/json` entry",
                ));
            }
        };
        let schema_ref = media
            .pointer("/schema/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"));
        let Some(type_name) = schema_ref else {
            return Err(spec.diagnostic(
                &pointer_push(&format!("{pointer}/content"), media_type),
                "a JSON header's schema must be a `$ref` to components/schemas, so the client can take it as a named type",
            ));
        };
        let description = parameter
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let target = document.pointer_mut(&pointer).expect("the same document");
        let object = target.as_object_mut().expect("a parameter is an object");
        object.remove("content");
        object.insert("schema".into(), json!({"type": "string"}));
        object.insert(
            "description".into(),
            Value::String(format!(
                "{description}\n\nPass a `types::{type_name}`: it is sent JSON-encoded."
            )),
        );
        if !json_header_types.iter().any(|t| t == type_name) {
            json_header_types.push(type_name.to_owned());
        }
    }

    // The last rewrites by pointer: they rename parameters, components and
    // properties.
    super::passes::collisions::mark_parameters(&spec.document, &mut document);
    rename_components(&mut document, &names.renamed);
    super::passes::collisions::mark(&mut document);
    open_non_string_enums(&mut document);
    inert_texts(&mut document, false);
    // The client's documentation shows it after `Version: `.
    if let Some(Value::String(version)) = document.pointer_mut("/info/version") {
        *version = inert_markdown(version);
    }

    let openapi = serde_json::from_value(document)
        .map_err(|e| spec.file_diagnostic(format!("the prepared spec no longer parses: {e}")))?;
    Ok(Prepared {
        openapi,
        json_header_types,
    })
}

/// Fields whose values map names the spec chooses to objects: there, a
/// name such as `description` or `default` is no field.
const NAMED: &[&str] = &[
    "callbacks",
    "content",
    "encoding",
    "examples",
    "headers",
    "links",
    "parameters",
    "paths",
    "properties",
    "requestBodies",
    "responses",
    "schemas",
    "securitySchemes",
    "variables",
];

/// Fields whose values are data, which no documentation shows as prose.
const DATA: &[&str] = &["const", "default", "enum", "example", "value"];

/// Every title, summary and description in `value` (an object whose keys
/// are names the spec chose when `named`), as Markdown that holds no
/// doctest: progenitor and typify write them into doc comments as they are.
fn inert_texts(value: &mut Value, named: bool) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                if named {
                    inert_texts(field, false);
                } else if key.starts_with("x-") || DATA.contains(&key.as_str()) {
                    continue;
                } else if let ("title" | "summary" | "description", Value::String(text)) =
                    (key.as_str(), &mut *field)
                {
                    *text = inert_markdown(text);
                } else {
                    inert_texts(field, NAMED.contains(&key.as_str()));
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                inert_texts(item, false);
            }
        }
        _ => {}
    }
}

/// Applies [`ResponseTypes`]: each named inline body schema moves under
/// `components/schemas`, and each operation whose answers the generator
/// types ([`owned`]) keeps one bodiless `200` for progenitor, which then writes no decoding of its own
/// worth keeping and panics on nothing.
fn name_response_schemas(spec: &Spec, document: &mut Value) {
    let types = ResponseTypes::of(&spec.document);
    for (pointer, name) in &types.named {
        let Some(schema) = document.pointer_mut(pointer) else {
            continue;
        };
        let moved = std::mem::replace(
            schema,
            json!({"$ref": format!("#/components/schemas/{name}")}),
        );
        if let Some(schemas) = components_schemas(document) {
            schemas.insert(name.clone(), moved);
        }
    }
    for operation in types.operations.iter().filter(|op| owned(op)) {
        if let Some(object) = document
            .pointer_mut(&operation.pointer)
            .and_then(Value::as_object_mut)
        {
            object.insert(
                "responses".into(),
                json!({"200": {"description": "Decoded by the `responses` pass."}}),
            );
        }
    }
}

/// Gives each component in `renamed` its new key, and points every
/// `$ref` to it there. The other rewrites find schemas by their pointers in
/// the spec as written, so this runs after them.
fn rename_components(document: &mut Value, renamed: &BTreeMap<String, String>) {
    if renamed.is_empty() {
        return;
    }
    let target = |key: &str| pointer_push("#/components/schemas", key);
    let targets: BTreeMap<String, String> = renamed
        .iter()
        .map(|(old, new)| (target(old), target(new)))
        .collect();
    fn repoint(value: &mut Value, targets: &BTreeMap<String, String>) {
        match value {
            Value::Object(object) => {
                for (key, child) in object.iter_mut() {
                    match child {
                        // A `$ref` into a schema is refused (`schema-ref`).
                        Value::String(reference) if key == "$ref" => {
                            if let Some(new) = targets.get(reference.as_str()) {
                                *reference = new.clone();
                            }
                        }
                        _ => repoint(child, targets),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| repoint(item, targets)),
            _ => {}
        }
    }
    repoint(document, &targets);
    if let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for (old, new) in renamed {
            if let Some(schema) = schemas.remove(old) {
                schemas.insert(new.clone(), schema);
            }
        }
    }
}

/// OpenAPI 3.0 says a header parameter named `Accept`, `Content-Type` or
/// `Authorization` "SHALL be ignored": the media types and the security
/// schemes say those. Vendors declare them anyway (BigCommerce on nearly
/// every operation, `required: true`), which made each a setter that
/// `send()` failed without. They are left out of what progenitor sees.
fn drop_ignored_headers(document: &mut Value) {
    // A path item's list is every one of its operations': each list is
    // filtered once, by the indexes of the spec as written.
    let lists: BTreeSet<String> = walk::operations_in(document)
        .iter()
        .flat_map(|at| {
            [
                format!("{}/parameters", at.item_pointer),
                format!("{}/parameters", at.pointer),
            ]
        })
        .collect();
    let snapshot = document.clone();
    for list in lists {
        let Some(parameters) = document.pointer_mut(&list).and_then(Value::as_array_mut) else {
            continue;
        };
        let mut index = 0;
        parameters.retain(|_| {
            let listed_at = format!("{list}/{index}");
            index += 1;
            let parameter = snapshot.pointer(&spec_model::refs::resolve(&snapshot, &listed_at));
            let ignored = parameter.is_some_and(|p| {
                p.get("in").and_then(Value::as_str) == Some("header")
                    && p.get("name").and_then(Value::as_str).is_some_and(|name| {
                        ["accept", "content-type", "authorization"]
                            .contains(&name.to_ascii_lowercase().as_str())
                    })
            });
            !ignored
        });
    }
}

/// Lower bounds of zero and formats of arrays, objects and booleans, which
/// say nothing; and what the client leaves
/// unchecked, and progenitor would refuse or turn into code that panics: a `not` (typify cannot express "anything but"),
/// and a `pattern` the regex engine of the generated code (regress) cannot
/// compile (a look-behind, say). The value is then taken without that
/// check, and `cargo xtask lint` reports each (rules `unchecked-not`,
/// `unchecked-pattern`); the server still checks what it checks.
fn drop_unchecked_keywords(document: &mut Value) {
    for_each_schema(document, |schema| {
        schema.remove("not");
        let uncompilable = schema
            .get("pattern")
            .and_then(Value::as_str)
            .is_some_and(|pattern| regress::Regex::new(pattern).is_err());
        if uncompilable {
            schema.remove("pattern");
        }
        // A lower bound of zero bounds nothing, and typify would check it
        // (`count() < 0`), which rustc warns is useless (BigCommerce's
        // specs write `minLength: 0`).
        for bound in ["minLength", "minItems", "minProperties"] {
            if schema.get(bound).and_then(Value::as_u64) == Some(0) {
                schema.remove(bound);
            }
        }
        // A `format` on an array, an object or a boolean says nothing
        // (JSON Schema's formats are of strings, OpenAPI's also of
        // numbers), and typify panics on one (BigCommerce's customers spec
        // has an array of `format: double`).
        if matches!(
            schema.get("type").and_then(Value::as_str),
            Some("array" | "object" | "boolean")
        ) {
            schema.remove("format");
        }
    });
}

/// progenitor takes one request media type, of four: JSON, a form, text
/// and bytes. Each body is shown as the media type the client types
/// ([`RequestBody::chosen`]) under the name progenitor knows for its kind:
/// JSON by any name as `application/json`, any text as `text/plain` (a
/// `String`), anything the generator does not type as
/// `application/octet-stream` (bytes). A form loses its `encoding`, which
/// progenitor does not read (a field it would change is refused). A
/// multipart body is not shown at all: the pass writes its builder.
fn show_one_request_body(spec: &Spec, document: &mut Value) {
    for at in operations_in(&spec.document) {
        let Some(body) = RequestBody::of(&spec.document, &at) else {
            continue;
        };
        let chosen = body.chosen();
        let media = spec
            .document
            .pointer(&chosen.pointer)
            .cloned()
            .unwrap_or_else(|| json!({}));
        let shown = match chosen.kind {
            MediaKind::Json if body.media.len() == 1 && chosen.media_type == "application/json" => {
                continue;
            }
            MediaKind::Json => json!({"application/json": without_encoding(media)}),
            MediaKind::Form => {
                json!({"application/x-www-form-urlencoded": without_encoding(media)})
            }
            MediaKind::Text => json!({"text/plain": {"schema": {"type": "string"}}}),
            MediaKind::Bytes => {
                json!({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}})
            }
            MediaKind::Multipart => {
                if let Some(operation) = document
                    .pointer_mut(&at.pointer)
                    .and_then(Value::as_object_mut)
                {
                    operation.remove("requestBody");
                }
                continue;
            }
        };
        if let Some(content) = document.pointer_mut(&body.content_pointer) {
            *content = shown;
        }
    }
}

fn without_encoding(mut media: Value) -> Value {
    if let Some(object) = media.as_object_mut() {
        object.remove("encoding");
    }
    media
}

/// `components/schemas` of a document, made if it is missing.
fn components_schemas(document: &mut Value) -> Option<&mut serde_json::Map<String, Value>> {
    let root = document.as_object_mut()?;
    let components = root
        .entry("components")
        .or_insert_with(|| json!({}))
        .as_object_mut()?;
    components
        .entry("schemas")
        .or_insert_with(|| json!({}))
        .as_object_mut()
}

/// The parameters that carry a request id, each once.
fn identity_headers(spec: &Spec) -> Result<Vec<String>, Diagnostic> {
    let mut found = Vec::new();
    for at in operations_in(&spec.document) {
        for parameter in parameters(&spec.document, &at) {
            if request_identity(spec, &parameter)?.is_some() && !found.contains(&parameter.pointer)
            {
                found.push(parameter.pointer);
            }
        }
    }
    Ok(found)
}

/// An `enum` of numbers or booleans: typify makes it a closed newtype whose
/// JSON Schema code does not compile against schemars 1, and a value the
/// spec does not list would fail the whole response. Like string enums
/// (which the `open_enums` pass opens), the client takes any value of the
/// type; the listed values go into the description.
fn open_non_string_enums(document: &mut Value) {
    for_each_schema(document, |schema| {
        let Some(values) = schema.get("enum").and_then(Value::as_array) else {
            return;
        };
        let listed: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
        let opens = !listed.is_empty()
            && (listed.iter().all(|v| v.is_number()) || listed.iter().all(|v| v.is_boolean()));
        if !opens {
            return;
        }
        let shown: Vec<String> = listed.iter().map(ToString::to_string).collect();
        let note = format!(
            "The spec lists the values {}; the client takes any.",
            shown.join(", ")
        );
        let description = match schema.get("description").and_then(Value::as_str) {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        };
        schema.remove("enum");
        schema.insert("description".into(), Value::String(description));
    });
}

/// Runs `edit` on every schema of `document`, inline or named.
fn for_each_schema(
    document: &mut Value,
    mut edit: impl FnMut(&mut serde_json::Map<String, Value>),
) {
    for pointer in walk::schemas(&document.clone()) {
        if let Some(schema) = document
            .pointer_mut(&pointer)
            .and_then(Value::as_object_mut)
        {
            edit(schema);
        }
    }
}

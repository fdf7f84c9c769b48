//! Swagger 2.0 lowered to the OpenAPI 3.0 form.
//!
//! | 2.0 as written | read as |
//! |---|---|
//! | `host`, `basePath`, `schemes` | one server per scheme, `<scheme>://<host><basePath>` (`https` when no scheme is written; a relative URL without `host`) |
//! | `definitions`, `parameters`, `responses` | `components/schemas`, `components/parameters`, `components/responses`; every `$ref` follows |
//! | `securityDefinitions` | `components/securitySchemes`: `basic` is HTTP basic; `apiKey` as written; `oauth2` flows by name (`application` is client credentials, `accessCode` authorization code) |
//! | a parameter's `type`, `format`, `items`, `enum`, bounds, `default` | its `schema` |
//! | `collectionFormat` | `csv`: `style: form` (query) or `simple` (path, header), `explode: false`; `ssv`: `spaceDelimited`; `pipes`: `pipeDelimited`; `multi`: `form`, `explode: true` |
//! | an `in: body` parameter | the `requestBody`, one media type per `consumes` (`application/json` when none is written) |
//! | `in: formData` parameters | a `requestBody` object schema, one property per parameter: `multipart/form-data` when `consumes` names it or a parameter is a `file`, else `application/x-www-form-urlencoded` |
//! | `type: file` | `type: string`, `format: binary` |
//! | a response's `schema` | its `content`, one media type per `produces` (`application/json` when none is written) |
//! | a response's `examples` by media type | the `example` of that media type |
//! | a response header's `type`... | its `schema` |
//! | `x-nullable: true` | `nullable: true` |
//! | a `discriminator` property name | `discriminator: {propertyName: ...}` |
//!
//! Refused at its node, with what to write instead: `collectionFormat: tsv`,
//! a `body` or `formData` parameter under the top-level `parameters` (write
//! it in the operation), an operation's own `schemes`.

use serde_json::{Map, Value, json};

use super::{Origins, Refusal, rewrite_refs};
use crate::refs::pointer_push;

fn refusal(pointer: &str, message: impl Into<String>) -> Refusal {
    Refusal {
        pointer: pointer.to_owned(),
        message: format!("Swagger 2.0: {}", message.into()),
    }
}

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// The keywords of a 2.0 parameter (or header, or `items`) that belong to
/// its schema in 3.0.
const SCHEMA_KEYWORDS: [&str; 19] = [
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
    "x-enum-varnames",
    "x-enum-descriptions",
];

/// Lowers a Swagger 2.0 document; a refusal's pointer is the node as
/// written.
pub fn lower(document: Value) -> Result<(Value, Origins), Refusal> {
    let mut origins = Origins::default();
    let Value::Object(mut written) = document else {
        return Ok((document, origins));
    };
    for key in [
        "definitions",
        "parameters",
        "responses",
        "securityDefinitions",
        "paths",
    ] {
        if written.get(key).is_some_and(|v| !v.is_object()) {
            return Err(refusal(
                &format!("/{key}"),
                format!("`{key}` is a mapping of names to their definitions"),
            ));
        }
    }
    for key in ["consumes", "produces", "schemes"] {
        if written.get(key).is_some_and(|v| !v.is_array()) {
            return Err(refusal(
                &format!("/{key}"),
                format!("`{key}` is a list, such as `[application/json]`"),
            ));
        }
    }
    let mut root = Map::new();
    root.insert("openapi".into(), json!("3.0.3"));
    origins.record("/openapi", "/swagger");
    written.remove("swagger");

    let servers = servers(&written);
    if servers.is_some()
        && let Some(key) = ["host", "basePath", "schemes"]
            .iter()
            .find(|k| written.contains_key(**k))
    {
        origins.record("/servers", format!("/{key}"));
    }
    for key in ["host", "basePath", "schemes"] {
        written.remove(key);
    }
    if let Some(servers) = servers {
        root.insert("servers".into(), servers);
    }
    let consumes = media_types(written.remove("consumes"));
    let produces = media_types(written.remove("produces"));

    let mut components = Map::new();
    if let Some(definitions) = written.remove("definitions") {
        let mut definitions = definitions;
        if let Some(named) = definitions.as_object_mut() {
            for value in named.values_mut() {
                schema(value);
            }
        }
        components.insert("schemas".into(), definitions);
        origins.record("/components/schemas", "/definitions");
    }
    if let Some(Value::Object(parameters)) = written.remove("parameters") {
        let mut lowered = Map::new();
        for (name, parameter) in parameters {
            let at = pointer_push("/parameters", &name);
            match parameter.get("in").and_then(Value::as_str) {
                Some("body" | "formData") => {
                    return Err(refusal(
                        &pointer_push(&at, "in"),
                        "a body or form parameter is the request body of the operation that \
                         takes it: write it in the operation's `parameters` instead of `$ref`ing \
                         it",
                    ));
                }
                _ => {
                    let new_at = pointer_push("/components/parameters", &name);
                    lowered.insert(name, parameter_of(parameter, &new_at, &at, &mut origins)?);
                }
            }
        }
        components.insert("parameters".into(), Value::Object(lowered));
        origins.record("/components/parameters", "/parameters");
    }
    if let Some(Value::Object(responses)) = written.remove("responses") {
        let mut lowered = Map::new();
        for (name, response) in responses {
            let at = pointer_push("/components/responses", &name);
            lowered.insert(name, response_of(response, &produces, &at, &mut origins)?);
        }
        components.insert("responses".into(), Value::Object(lowered));
        origins.record("/components/responses", "/responses");
    }
    if let Some(Value::Object(schemes)) = written.remove("securityDefinitions") {
        let mut lowered = Map::new();
        for (name, scheme) in schemes {
            let at = pointer_push("/securityDefinitions", &name);
            lowered.insert(name, security_scheme(scheme, &at)?);
        }
        components.insert("securitySchemes".into(), Value::Object(lowered));
        origins.record("/components/securitySchemes", "/securityDefinitions");
    }

    let mut paths = Map::new();
    if let Some(Value::Object(written_paths)) = written.remove("paths") {
        for (path, item) in written_paths {
            let at = pointer_push("/paths", &path);
            paths.insert(
                path,
                path_item(item, &at, &consumes, &produces, &mut origins)?,
            );
        }
    }
    // What is left (info, security, tags, externalDocs, extensions) is
    // written alike in 3.0.
    for (key, value) in written {
        root.insert(key, value);
    }
    root.insert("paths".into(), Value::Object(paths));
    if !components.is_empty() {
        root.insert("components".into(), Value::Object(components));
    }
    let mut document = Value::Object(root);
    rewrite_refs(&mut document, &|target| {
        [
            ("#/definitions/", "#/components/schemas/"),
            ("#/parameters/", "#/components/parameters/"),
            ("#/responses/", "#/components/responses/"),
        ]
        .iter()
        .find_map(|(from, to)| target.strip_prefix(from).map(|rest| format!("{to}{rest}")))
    });
    Ok((document, origins))
}

/// The servers `host`, `basePath` and `schemes` make, if any is written.
fn servers(written: &Map<String, Value>) -> Option<Value> {
    let host = written.get("host").and_then(Value::as_str);
    let base = written
        .get("basePath")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if host.is_none() && base.is_empty() {
        return None;
    }
    let Some(host) = host else {
        return Some(json!([{ "url": base }]));
    };
    let schemes: Vec<&str> = written
        .get("schemes")
        .and_then(Value::as_array)
        .map(|s| s.iter().filter_map(Value::as_str).collect())
        .filter(|s: &Vec<&str>| !s.is_empty())
        .unwrap_or_else(|| vec!["https"]);
    Some(Value::Array(
        schemes
            .into_iter()
            .map(|scheme| json!({ "url": format!("{scheme}://{host}{base}") }))
            .collect(),
    ))
}

fn media_types(value: Option<Value>) -> Option<Vec<String>> {
    value.and_then(|v| {
        v.as_array().map(|list| {
            list.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
    })
}

/// A 2.0 schema in 3.0 terms, and every schema inside it.
fn schema(node: &mut Value) {
    let Some(object) = node.as_object_mut() else {
        return;
    };
    if object.get("type").and_then(Value::as_str) == Some("file") {
        object.insert("type".into(), json!("string"));
        object.insert("format".into(), json!("binary"));
    }
    if let Some(nullable) = object.remove("x-nullable") {
        object.insert("nullable".into(), nullable);
    }
    if let Some(Value::String(property)) = object.get("discriminator") {
        let property = property.clone();
        object.insert("discriminator".into(), json!({ "propertyName": property }));
    }
    for child in crate::walk::subschemas(node) {
        if let Some(sub) = node.pointer_mut(&child) {
            schema(sub);
        }
    }
}

/// The schema of a non-body parameter, a header or an `items`: its schema
/// keywords, `items` lowered too.
fn schema_of_simple(object: &mut Map<String, Value>) -> Value {
    let mut found = Map::new();
    for keyword in SCHEMA_KEYWORDS {
        if let Some(value) = object.remove(keyword) {
            found.insert(keyword.into(), value);
        }
    }
    if let Some(Value::Object(mut items)) = found.remove("items") {
        items.remove("collectionFormat");
        found.insert("items".into(), schema_of_simple(&mut items));
    }
    let mut schema_value = Value::Object(found);
    schema(&mut schema_value);
    schema_value
}

/// A non-body parameter: its schema keywords under `schema`, its
/// `collectionFormat` as `style` and `explode`.
fn parameter_of(
    parameter: Value,
    at: &str,
    written_at: &str,
    origins: &mut Origins,
) -> Result<Value, Refusal> {
    let Value::Object(mut object) = parameter else {
        return Ok(parameter);
    };
    if object.contains_key("$ref") {
        origins.record(at, written_at);
        return Ok(Value::Object(object));
    }
    let location = object
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let format = object.remove("collectionFormat");
    if object
        .get("items")
        .and_then(|i| i.get("collectionFormat"))
        .is_some()
    {
        return Err(refusal(
            &format!("{written_at}/items/collectionFormat"),
            "an array of arrays in one parameter has no wire form the clients send: write one \
             array",
        ));
    }
    let is_array = object.get("type").and_then(Value::as_str) == Some("array");
    let schema_value = schema_of_simple(&mut object);
    object.insert("schema".into(), schema_value);
    if is_array {
        let format_name = format
            .as_ref()
            .and_then(Value::as_str)
            .unwrap_or("csv")
            .to_owned();
        let (style, explode) = match (format_name.as_str(), location.as_str()) {
            ("csv", "query" | "cookie") => ("form", false),
            ("csv", _) => ("simple", false),
            ("multi", "query") => ("form", true),
            ("ssv", "query") => ("spaceDelimited", false),
            ("pipes", "query") => ("pipeDelimited", false),
            (other, _) => {
                return Err(refusal(
                    &pointer_push(written_at, "collectionFormat"),
                    format!(
                        "`collectionFormat: {other}` has no wire form the clients send for a \
                         {location} parameter: write `csv` (or, in a query, `multi`, `ssv` or \
                         `pipes`)"
                    ),
                ));
            }
        };
        object.insert("style".into(), json!(style));
        object.insert("explode".into(), json!(explode));
        if format.is_some() {
            origins.record(
                pointer_push(at, "style"),
                pointer_push(written_at, "collectionFormat"),
            );
            origins.record(
                pointer_push(at, "explode"),
                pointer_push(written_at, "collectionFormat"),
            );
        }
    }
    origins.record(pointer_push(at, "schema"), written_at.to_owned());
    origins.record(at, written_at);
    Ok(Value::Object(object))
}

/// A 2.0 response: its `schema` under each media type of `produces`, its
/// `examples` as each media type's `example`, its headers' schemas.
fn response_of(
    response: Value,
    produces: &Option<Vec<String>>,
    at: &str,
    origins: &mut Origins,
) -> Result<Value, Refusal> {
    let Value::Object(mut object) = response else {
        return Ok(response);
    };
    if object.contains_key("$ref") {
        return Ok(Value::Object(object));
    }
    let schema_value = object.remove("schema").map(|mut s| {
        schema(&mut s);
        s
    });
    let examples = object.remove("examples");
    let mut content = Map::new();
    if let Some(schema_value) = &schema_value {
        let types = produces
            .clone()
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| vec!["application/json".into()]);
        for media_type in types {
            let media_at = pointer_push(&pointer_push(at, "content"), &media_type);
            origins.record(
                pointer_push(&media_at, "schema"),
                pointer_push(at, "schema"),
            );
            origins.record(media_at, pointer_push(at, "schema"));
            content.insert(media_type, json!({ "schema": schema_value }));
        }
    }
    if let Some(Value::Object(examples)) = examples {
        for (media_type, example) in examples {
            let media_at = pointer_push(&pointer_push(at, "content"), &media_type);
            let written = pointer_push(&pointer_push(at, "examples"), &media_type);
            let entry = content.entry(media_type).or_insert_with(|| {
                let mut media = Map::new();
                if let Some(schema_value) = &schema_value {
                    media.insert("schema".into(), schema_value.clone());
                }
                Value::Object(media)
            });
            if let Some(entry) = entry.as_object_mut() {
                entry.insert("example".into(), example);
            }
            origins.record(pointer_push(&media_at, "example"), written);
        }
    }
    if !content.is_empty() {
        object.insert("content".into(), Value::Object(content));
    }
    if let Some(Value::Object(headers)) = object.get_mut("headers") {
        for (name, header) in headers.iter_mut() {
            if let Some(header) = header.as_object_mut() {
                if header.contains_key("$ref") {
                    continue;
                }
                if header.contains_key("collectionFormat") {
                    header.remove("collectionFormat");
                }
                let schema_value = schema_of_simple(header);
                header.insert("schema".into(), schema_value);
                let header_at = pointer_push(&pointer_push(at, "headers"), name);
                origins.record(pointer_push(&header_at, "schema"), header_at);
            }
        }
    }
    Ok(Value::Object(object))
}

fn security_scheme(scheme: Value, at: &str) -> Result<Value, Refusal> {
    let Value::Object(mut object) = scheme else {
        return Ok(scheme);
    };
    match object.get("type").and_then(Value::as_str) {
        Some("basic") => {
            object.insert("type".into(), json!("http"));
            object.insert("scheme".into(), json!("basic"));
        }
        Some("oauth2") => {
            let flow = object
                .remove("flow")
                .and_then(|f| f.as_str().map(str::to_owned))
                .unwrap_or_default();
            let name = match flow.as_str() {
                "implicit" => "implicit",
                "password" => "password",
                "application" => "clientCredentials",
                "accessCode" => "authorizationCode",
                other => {
                    return Err(refusal(
                        &pointer_push(at, "flow"),
                        format!(
                            "no OAuth 2 flow `{other}`: write `implicit`, `password`, \
                             `application` or `accessCode`"
                        ),
                    ));
                }
            };
            let mut details = Map::new();
            for key in ["authorizationUrl", "tokenUrl", "scopes"] {
                if let Some(value) = object.remove(key) {
                    details.insert(key.into(), value);
                }
            }
            details.entry("scopes").or_insert_with(|| json!({}));
            object.insert("flows".into(), json!({ name: details }));
        }
        _ => {}
    }
    Ok(Value::Object(object))
}

/// A path item: its parameters, and each operation's parameters, body and
/// responses.
fn path_item(
    item: Value,
    at: &str,
    consumes: &Option<Vec<String>>,
    produces: &Option<Vec<String>>,
    origins: &mut Origins,
) -> Result<Value, Refusal> {
    let Value::Object(mut item) = item else {
        return Ok(item);
    };
    if item.contains_key("$ref") {
        return Err(refusal(
            &pointer_push(at, "$ref"),
            "a path item `$ref` is not read: write the path item here",
        ));
    }
    // Body and form parameters written for the whole path go to each
    // operation, which lists them with its own.
    let shared: Vec<(usize, Value)> = item
        .remove("parameters")
        .and_then(|p| p.as_array().cloned())
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .collect();
    let (shared_bodies, shared_simple): (Vec<_>, Vec<_>) =
        shared.into_iter().partition(|(_, p)| {
            matches!(
                p.get("in").and_then(Value::as_str),
                Some("body" | "formData")
            )
        });
    if !shared_simple.is_empty() {
        let mut lowered = Vec::new();
        for (j, (i, parameter)) in shared_simple.into_iter().enumerate() {
            let new_at = format!("{at}/parameters/{j}");
            let written_at = format!("{at}/parameters/{i}");
            lowered.push(parameter_of(parameter, &new_at, &written_at, origins)?);
        }
        item.insert("parameters".into(), Value::Array(lowered));
    }
    for method in METHODS {
        let Some(operation) = item.remove(method) else {
            continue;
        };
        let op_at = pointer_push(at, method);
        let lowered = operation_of(
            operation,
            &op_at,
            &shared_bodies,
            at,
            consumes,
            produces,
            origins,
        )?;
        item.insert(method.into(), lowered);
    }
    Ok(Value::Object(item))
}

fn operation_of(
    operation: Value,
    at: &str,
    shared_bodies: &[(usize, Value)],
    path_at: &str,
    consumes: &Option<Vec<String>>,
    produces: &Option<Vec<String>>,
    origins: &mut Origins,
) -> Result<Value, Refusal> {
    let Value::Object(mut operation) = operation else {
        return Ok(operation);
    };
    if operation.contains_key("schemes") {
        return Err(refusal(
            &pointer_push(at, "schemes"),
            "an operation's own `schemes` would need its own servers, which the clients do not \
             have: write the schemes once, at the top of the spec",
        ));
    }
    let consumes = media_types(operation.remove("consumes")).or_else(|| consumes.clone());
    let produces = media_types(operation.remove("produces")).or_else(|| produces.clone());

    // (index as written, pointer as written, parameter)
    let mut bodies: Vec<(String, Value)> = shared_bodies
        .iter()
        .map(|(i, p)| (format!("{path_at}/parameters/{i}"), p.clone()))
        .collect();
    let mut simple = Vec::new();
    let written: Vec<Value> = operation
        .remove("parameters")
        .and_then(|p| p.as_array().cloned())
        .unwrap_or_default();
    for (i, parameter) in written.into_iter().enumerate() {
        let written_at = format!("{at}/parameters/{i}");
        match parameter.get("in").and_then(Value::as_str) {
            Some("body" | "formData") => {
                // One written for the path is replaced by the operation's.
                let name = parameter.get("name").cloned();
                bodies.retain(|(_, p)| p.get("name") != name.as_ref());
                bodies.push((written_at, parameter));
            }
            _ => simple.push((written_at, parameter)),
        }
    }
    if !simple.is_empty() {
        let mut lowered = Vec::new();
        for (j, (written_at, parameter)) in simple.into_iter().enumerate() {
            let new_at = format!("{at}/parameters/{j}");
            lowered.push(parameter_of(parameter, &new_at, &written_at, origins)?);
        }
        operation.insert("parameters".into(), Value::Array(lowered));
    }
    if let Some(body) = request_body(bodies, at, &consumes, origins)? {
        operation.insert("requestBody".into(), body);
    }
    if let Some(Value::Object(responses)) = operation.remove("responses") {
        let mut lowered = Map::new();
        for (status, response) in responses {
            let response_at = pointer_push(&pointer_push(at, "responses"), &status);
            lowered.insert(
                status,
                response_of(response, &produces, &response_at, origins)?,
            );
        }
        operation.insert("responses".into(), Value::Object(lowered));
    }
    Ok(Value::Object(operation))
}

/// The request body that an operation's `body` parameter, or its
/// `formData` parameters, make.
fn request_body(
    bodies: Vec<(String, Value)>,
    at: &str,
    consumes: &Option<Vec<String>>,
    origins: &mut Origins,
) -> Result<Option<Value>, Refusal> {
    let body_at = pointer_push(at, "requestBody");
    let (body, form): (Vec<_>, Vec<_>) = bodies
        .into_iter()
        .partition(|(_, p)| p.get("in").and_then(Value::as_str) == Some("body"));
    if let (Some((written_at, _)), false) = (body.first(), form.is_empty()) {
        return Err(refusal(
            written_at,
            "an operation takes a `body` parameter or `formData` parameters, not both: write one",
        ));
    }
    if let Some((written_at, parameter)) = body.into_iter().next_back() {
        let mut schema_value = parameter
            .get("schema")
            .cloned()
            .unwrap_or_else(|| json!({}));
        schema(&mut schema_value);
        let types = consumes
            .clone()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| vec!["application/json".into()]);
        let mut content = Map::new();
        for media_type in types {
            let media_at = pointer_push(&pointer_push(&body_at, "content"), &media_type);
            origins.record(
                pointer_push(&media_at, "schema"),
                pointer_push(&written_at, "schema"),
            );
            origins.record(media_at, written_at.clone());
            content.insert(media_type, json!({ "schema": schema_value }));
        }
        let mut lowered = Map::new();
        if let Some(description) = parameter.get("description") {
            lowered.insert("description".into(), description.clone());
        }
        let required = parameter
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if required {
            lowered.insert("required".into(), json!(true));
        }
        lowered.insert("content".into(), Value::Object(content));
        origins.record(body_at, written_at);
        return Ok(Some(Value::Object(lowered)));
    }
    if form.is_empty() {
        return Ok(None);
    }
    let has_file = form
        .iter()
        .any(|(_, p)| p.get("type").and_then(Value::as_str) == Some("file"));
    let listed = consumes.clone().unwrap_or_default();
    let media_type = if has_file || listed.iter().any(|m| m == "multipart/form-data") {
        "multipart/form-data"
    } else {
        "application/x-www-form-urlencoded"
    };
    if has_file && !listed.is_empty() && !listed.iter().any(|m| m == "multipart/form-data") {
        let (written_at, _) = &form[0];
        return Err(refusal(
            written_at,
            "a `file` parameter is sent as `multipart/form-data`: list it in `consumes`",
        ));
    }
    let media_at = pointer_push(&pointer_push(&body_at, "content"), media_type);
    let schema_at = pointer_push(&media_at, "schema");
    let mut properties = Map::new();
    let mut required = Vec::new();
    for (written_at, parameter) in form {
        let Value::Object(mut object) = parameter else {
            continue;
        };
        let name = object
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if let Some(format) = object.get("collectionFormat").and_then(Value::as_str)
            && format != "multi"
        {
            return Err(refusal(
                &pointer_push(&written_at, "collectionFormat"),
                format!(
                    "a form field's `collectionFormat: {format}` is not sent by the clients: \
                         write `collectionFormat: multi` (the field repeated per value)"
                ),
            ));
        }
        if object.get("required").and_then(Value::as_bool) == Some(true) {
            required.push(json!(name));
        }
        let mut property = schema_of_simple(&mut object);
        if let (Some(description), Some(property)) =
            (object.get("description"), property.as_object_mut())
        {
            property.insert("description".into(), description.clone());
        }
        let property_at = pointer_push(&pointer_push(&schema_at, "properties"), &name);
        origins.record(property_at, written_at);
        properties.insert(name, property);
    }
    let mut form_schema = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        form_schema["required"] = Value::Array(required);
    }
    let any_required = form_schema.get("required").is_some();
    let mut lowered = json!({ "content": { media_type: { "schema": form_schema } } });
    if any_required {
        lowered["required"] = json!(true);
    }
    Ok(Some(lowered))
}

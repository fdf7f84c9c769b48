//! OpenAPI 3.1 lowered to the OpenAPI 3.0 form, with JSON Schema 2020-12
//! meaning.
//!
//! | 3.1 as written | read as |
//! |---|---|
//! | `type: [T, "null"]` | `type: T`, `nullable: true` |
//! | `oneOf`/`anyOf` with a `{type: "null"}` member | the other member (a `$ref` in `allOf`), `nullable: true` |
//! | `const: v` | `enum: [v]` |
//! | `exclusiveMinimum: n` (a number) | `minimum: n`, `exclusiveMinimum: true` (the stricter of it and `minimum`) |
//! | `examples: [a, ...]` in a schema | `example: a` (and every value in `x-examples` when there are more) |
//! | `$ref` with keywords beside it | the keywords, and `allOf: [{$ref}]`: a description beside a `$ref` is kept |
//! | `description`/`summary` beside a `$ref` to a parameter, response, request body or header | a copy of the component with that description (the summary as `x-summary`) |
//! | `contentEncoding: base64` / `contentMediaType` | `format: byte` / `format: binary` |
//! | `true` as a schema | `{}` |
//! | `$schema` (the spec's dialect), `jsonSchemaDialect` | checked, then read |
//! | `info.summary`, `license.identifier` | `x-summary`, `x-identifier` (kept, not in the generated code) |
//! | `components.pathItems` | each path item copied where `paths` `$ref`s it |
//! | `webhooks` | kept as `x-webhooks`; each inline payload schema becomes the type `<Webhook>Payload` under `components/schemas` (a `$ref`'d payload is already a type); no client method (the API calls the webhook, not the client) |
//! | a path-less spec | `paths: {}` |
//! | `nullable: true` (3.0's, not 3.1's: left by a conversion) | `nullable: true`, as its writer meant; lint reports it (rule `version-leftover`) |
//!
//! Refused at its node, with what to write instead: a type list of two
//! types besides `null`, a schema that is only `null` outside a
//! `oneOf`/`anyOf`, a boolean `exclusiveMinimum`,
//! `false` as a schema, keywords the generator has no Rust for
//! (`prefixItems`, `if`/`then`/`else`, `patternProperties`,
//! `unevaluatedProperties`, `$defs`, `$dynamicRef`...), a dialect other
//! than 3.1's, and `mutualTLS` security.

use serde_json::{Map, Value, json};

use super::{Origins, Refusal, upper_camel};
use crate::refs::pointer_push;

/// The dialects whose schemas mean what 3.1's do.
const DIALECTS: [&str; 2] = [
    "https://spec.openapis.org/oas/3.1/dialect/base",
    "https://json-schema.org/draft/2020-12/schema",
];

/// Keywords of JSON Schema 2020-12 that the generator has no Rust for.
const REFUSED: [(&str, &str); 17] = [
    (
        "prefixItems",
        "a tuple has no generated type: write an object with one named property per position",
    ),
    (
        "if",
        "a conditional schema has no generated type: write `oneOf` with one schema per case",
    ),
    (
        "then",
        "a conditional schema has no generated type: write `oneOf` with one schema per case",
    ),
    (
        "else",
        "a conditional schema has no generated type: write `oneOf` with one schema per case",
    ),
    (
        "dependentSchemas",
        "dependent schemas have no generated type: write `oneOf` with one schema per case",
    ),
    (
        "dependentRequired",
        "dependent requirements are not checked by the generated types: write the rule in the description",
    ),
    (
        "patternProperties",
        "properties by pattern have no generated type: write `additionalProperties` with the value's schema",
    ),
    (
        "propertyNames",
        "a rule on property names is not checked by the generated types: write `additionalProperties` and say the rule in the description",
    ),
    (
        "unevaluatedProperties",
        "write `additionalProperties` instead, which the generated types read",
    ),
    (
        "unevaluatedItems",
        "write `items` instead, which the generated types read",
    ),
    (
        "contains",
        "`contains` is not checked by the generated types: write `items` and say the rule in the description",
    ),
    (
        "$defs",
        "schemas defined inside a schema are not named types: write them under `components/schemas` and `$ref` them there",
    ),
    (
        "$dynamicRef",
        "dynamic references have no generated type: write a `$ref` to a schema under `components/schemas`",
    ),
    (
        "$dynamicAnchor",
        "dynamic anchors have no generated type: write a `$ref` to a schema under `components/schemas`",
    ),
    (
        "$anchor",
        "anchors are not read: `$ref` the schema by its pointer under `components/schemas`",
    ),
    (
        "$id",
        "schema ids are not read: `$ref` the schema by its pointer under `components/schemas`",
    ),
    (
        "$recursiveRef",
        "`$recursiveRef` is not 2020-12: write a `$ref` to a schema under `components/schemas`",
    ),
];

fn refusal(pointer: &str, message: impl Into<String>) -> Refusal {
    Refusal {
        pointer: pointer.to_owned(),
        message: format!("OpenAPI 3.1: {}", message.into()),
    }
}

/// Lowers an OpenAPI 3.1 document; a refusal's pointer is the node as
/// written.
pub fn lower(mut document: Value) -> Result<(Value, Origins), Refusal> {
    let mut origins = Origins::default();
    lower_in_place(&mut document, &mut origins).map_err(|mut refused| {
        refused.pointer = origins.written(&refused.pointer);
        refused
    })?;
    Ok((document, origins))
}

fn lower_in_place(document: &mut Value, origins: &mut Origins) -> Result<(), Refusal> {
    let Some(root) = document.as_object_mut() else {
        return Ok(());
    };
    if let Some(dialect) = root.remove("jsonSchemaDialect")
        && !dialect.as_str().is_some_and(|d| DIALECTS.contains(&d))
    {
        return Err(refusal(
            "/jsonSchemaDialect",
            format!(
                "the dialect {dialect} is not read: schemas are read as JSON Schema 2020-12 \
                     with OpenAPI 3.1's vocabulary; write `jsonSchemaDialect: {}` or leave it out",
                DIALECTS[0]
            ),
        ));
    }
    root.insert("openapi".into(), Value::String("3.0.3".into()));
    if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
        rename(info, "summary", "x-summary", "/info", origins);
        if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
            rename(
                license,
                "identifier",
                "x-identifier",
                "/info/license",
                origins,
            );
        }
    }
    root.entry("paths").or_insert_with(|| json!({}));

    inline_path_items(document, origins)?;
    described_references(document, origins)?;
    for root in schema_roots(document) {
        if let Some(node) = document.pointer_mut(&root) {
            schema(node, &root, origins)?;
        }
    }
    lift_webhook_payloads(document, origins)?;
    if let Some(schemes) = document
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
    {
        for (name, scheme) in schemes {
            if scheme.get("type").and_then(Value::as_str) == Some("mutualTLS") {
                return Err(refusal(
                    &pointer_push(&pointer_push("/components/securitySchemes", name), "type"),
                    "mutual TLS is set up on the `reqwest::Client` the builder is given \
                     (`Client::builder().client(...)`), not generated: remove the scheme, and \
                     say in the API's description that the client needs a certificate",
                ));
            }
        }
    }
    Ok(())
}

fn rename(object: &mut Map<String, Value>, from: &str, to: &str, at: &str, origins: &mut Origins) {
    if let Some(value) = object.remove(from) {
        object.insert(to.into(), value);
        origins.record(pointer_push(at, to), pointer_push(at, from));
    }
}

/// Copies each `components/pathItems` entry where a path (or a webhook)
/// `$ref`s it, and removes `components/pathItems`.
fn inline_path_items(document: &mut Value, origins: &mut Origins) -> Result<(), Refusal> {
    let items = document
        .pointer_mut("/components")
        .and_then(Value::as_object_mut)
        .and_then(|c| c.remove("pathItems"));
    let items = items.unwrap_or_else(|| json!({}));
    for section in ["paths", "webhooks"] {
        let Some(paths) = document.get_mut(section).and_then(Value::as_object_mut) else {
            continue;
        };
        for (path, item) in paths.iter_mut() {
            let Some(target) = item.get("$ref").and_then(Value::as_str) else {
                continue;
            };
            let at = pointer_push(&format!("/{section}"), path);
            let Some(name) = target.strip_prefix("#/components/pathItems/") else {
                return Err(refusal(
                    &pointer_push(&at, "$ref"),
                    format!(
                        "a path item `$ref` is read only to `#/components/pathItems/<name>`; \
                         `{target}` is not: write the path item there"
                    ),
                ));
            };
            let name = name.replace("~1", "/").replace("~0", "~");
            let Some(found) = items.get(&name) else {
                return Err(refusal(
                    &pointer_push(&at, "$ref"),
                    format!(
                        "no path item `{name}` under `components/pathItems`: add it, or fix the name"
                    ),
                ));
            };
            if found.get("$ref").is_some() {
                return Err(refusal(
                    &pointer_push(&at, "$ref"),
                    format!("the path item `{name}` is itself a `$ref`: write the path item there"),
                ));
            }
            let mut copy = found.clone();
            if let (Some(copy), Some(written)) = (copy.as_object_mut(), item.as_object()) {
                // `summary` and `description` beside the `$ref` win.
                for (key, value) in written.iter().filter(|(k, _)| *k != "$ref") {
                    copy.insert(key.clone(), value.clone());
                }
            }
            *item = copy;
            origins.record(at, pointer_push("/components/pathItems", &name));
        }
    }
    Ok(())
}

/// A reference to a parameter, response, request body or header with a
/// `description` (or `summary`) beside it: in 3.1 those override the
/// component's, so the reference becomes a copy of the component with
/// them. Schemas are not concerned (their `$ref` siblings are kept by
/// [`schema`]).
fn described_references(document: &mut Value, origins: &mut Origins) -> Result<(), Refusal> {
    const KINDS: [&str; 4] = ["parameters", "responses", "requestBodies", "headers"];
    fn walk(
        value: &Value,
        pointer: String,
        found: &mut Vec<(String, String, String)>,
    ) -> Result<(), Refusal> {
        let Value::Object(object) = value else {
            if let Value::Array(items) = value {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{pointer}/{i}"), found)?;
                }
            }
            return Ok(());
        };
        if let Some(target) = object.get("$ref").and_then(Value::as_str) {
            let overrides = object.keys().any(|k| k == "description" || k == "summary");
            let kind = KINDS
                .iter()
                .find(|kind| target.starts_with(&format!("#/components/{kind}/")));
            if let (true, Some(kind)) = (overrides, kind) {
                found.push((pointer, target.to_owned(), (*kind).to_owned()));
            }
            return Ok(());
        }
        for (key, child) in object {
            if key == "schema" || key == "example" || key == "examples" || key.starts_with("x-") {
                continue;
            }
            walk(child, pointer_push(&pointer, key), found)?;
        }
        Ok(())
    }
    let mut found = Vec::new();
    for section in ["/paths", "/webhooks"] {
        if let Some(value) = document.pointer(section) {
            walk(value, section.to_owned(), &mut found)?;
        }
    }
    for (at, target, kind) in found {
        let target_pointer = target.trim_start_matches('#').to_owned();
        let Some(component) = document.pointer(&target_pointer).cloned() else {
            // A dangling reference is `unresolved-ref`'s to report.
            continue;
        };
        let Value::Object(mut copy) = component else {
            continue;
        };
        if copy.contains_key("$ref") {
            return Err(refusal(
                &pointer_push(&at, "$ref"),
                format!(
                    "a description beside a `$ref` to a {kind} component that is itself a                      `$ref`: point at the component that `$ref` names"
                ),
            ));
        }
        let Some(written) = document.pointer_mut(&at) else {
            continue;
        };
        // The copy's nodes are written in the component; what the
        // reference overrides, beside the `$ref` (where `at` is).
        for key in copy.keys() {
            if key != "description" || written.get("description").is_none() {
                origins.record(pointer_push(&at, key), pointer_push(&target_pointer, key));
            }
        }
        if let Some(description) = written.get("description") {
            copy.insert("description".into(), description.clone());
        }
        if let Some(summary) = written.get("summary") {
            copy.insert("x-summary".into(), summary.clone());
            origins.record(pointer_push(&at, "x-summary"), pointer_push(&at, "summary"));
        }
        *written = Value::Object(copy);
    }
    Ok(())
}

/// The pointers of the schemas that are no part of another schema: those
/// under `components/schemas`, and each `schema` under paths, webhooks and
/// the other components.
fn schema_roots(document: &Value) -> Vec<String> {
    fn walk(value: &Value, pointer: String, found: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    let at = pointer_push(&pointer, key);
                    if key == "schema" {
                        found.push(at);
                    } else if key != "example" && key != "examples" && !key.starts_with("x-") {
                        walk(child, at, found);
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
    let mut found = Vec::new();
    if let Some(named) = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        found.extend(named.keys().map(|n| pointer_push("/components/schemas", n)));
    }
    for section in ["/paths", "/webhooks"] {
        if let Some(value) = document.pointer(section) {
            walk(value, section.to_owned(), &mut found);
        }
    }
    for kind in ["responses", "parameters", "requestBodies", "headers"] {
        let at = format!("/components/{kind}");
        if let Some(value) = document.pointer(&at) {
            walk(value, at, &mut found);
        }
    }
    found
}

/// A member of `oneOf`/`anyOf` that only admits `null`.
fn is_null_only(member: &Value) -> bool {
    let Some(object) = member.as_object() else {
        return false;
    };
    let only_null = match (object.get("type"), object.get("const"), object.get("enum")) {
        (Some(Value::String(t)), None, None) => t == "null",
        (Some(Value::Array(types)), None, None) => types.iter().all(|t| t == "null"),
        (None, Some(Value::Null), None) => true,
        (None, None, Some(Value::Array(values))) => values.iter().all(Value::is_null),
        _ => false,
    };
    only_null
        && object
            .keys()
            .all(|k| ["type", "const", "enum", "description", "title"].contains(&k.as_str()))
}

/// Lowers the schema `node` at `at` (a lowered pointer) and every schema
/// inside it.
fn schema(node: &mut Value, at: &str, origins: &mut Origins) -> Result<(), Refusal> {
    match node {
        Value::Bool(true) => {
            *node = json!({});
            return Ok(());
        }
        Value::Bool(false) => {
            return Err(refusal(
                at,
                "`false` as a schema (nothing is valid) has no generated type: leave the node out",
            ));
        }
        _ => {}
    }
    let Some(object) = node.as_object_mut() else {
        return Ok(());
    };
    // `nullable`, left behind by a conversion from 3.0, is no 3.1 keyword:
    // validators ignore it. Its writer meant that null is a value, and a
    // client that refused a null would fail on what the API sends, so it is
    // read as 3.0 read it; lint says what to write instead.
    if let Some(nullable) = object.get("nullable") {
        if nullable.as_bool().is_none() {
            return Err(refusal(
                &pointer_push(at, "nullable"),
                "`nullable` is not OpenAPI 3.1, and not a boolean either: write `type: [<type>, \"null\"]`",
            ));
        }
        origins.note(
            pointer_push(at, "nullable"),
            "`nullable` is not OpenAPI 3.1 (validators ignore it; the client reads it as 3.0 did): \
             write `type: [<type>, \"null\"]`, or `oneOf: [{$ref: ...}, {type: \"null\"}]` for a reference",
        );
        if nullable == &Value::Bool(false) {
            object.remove("nullable");
        }
    }
    at_most_one_null_member(object, at, origins)?;

    for (keyword, instead) in REFUSED {
        if object.contains_key(keyword) {
            return Err(refusal(
                &pointer_push(at, keyword),
                format!("`{keyword}`: {instead}"),
            ));
        }
    }
    for keyword in ["minContains", "maxContains"] {
        if object.contains_key(keyword) {
            return Err(refusal(
                &pointer_push(at, keyword),
                format!(
                    "`{keyword}` is not checked by the generated types: leave it out and say the rule in the description"
                ),
            ));
        }
    }
    if let Some(dialect) = object.remove("$schema")
        && !dialect.as_str().is_some_and(|d| DIALECTS.contains(&d))
    {
        return Err(refusal(
            &pointer_push(at, "$schema"),
            format!(
                "the dialect {dialect} is not read: write `$schema: {}` or leave it out",
                DIALECTS[0]
            ),
        ));
    }
    rename(object, "$comment", "x-comment", at, origins);

    // A `$ref` with keywords beside it: in 3.1 both apply.
    if object.contains_key("$ref") && object.len() > 1 {
        if object.contains_key("allOf") {
            return Err(refusal(
                &pointer_push(at, "$ref"),
                "a `$ref` beside `allOf`: write the reference as one more member of `allOf`",
            ));
        }
        let target = object.remove("$ref").unwrap_or_default();
        object.insert("allOf".into(), json!([{ "$ref": target }]));
        origins.record(format!("{at}/allOf/0/$ref"), pointer_push(at, "$ref"));
        origins.record(format!("{at}/allOf/0"), at.to_owned());
    }

    match object.get("type") {
        Some(Value::Array(types)) => {
            let nullable = types.iter().any(|t| t == "null");
            let others: Vec<&Value> = types.iter().filter(|t| *t != "null").collect();
            match others.as_slice() {
                [one] => {
                    let one = (*one).clone();
                    object.insert("type".into(), one);
                    if nullable {
                        object.insert("nullable".into(), Value::Bool(true));
                    }
                }
                [] => {
                    return Err(refusal(
                        &pointer_push(at, "type"),
                        "a schema that is only `null` has no generated type: write it as a member \
                         of `oneOf` beside the schema it makes optional, or `type: [<type>, \"null\"]`",
                    ));
                }
                _ => {
                    return Err(refusal(
                        &pointer_push(at, "type"),
                        format!(
                            "a value of any of the types {} has no one Rust type: write `oneOf` \
                             with one schema per type",
                            Value::Array(others.into_iter().cloned().collect())
                        ),
                    ));
                }
            }
        }
        Some(Value::String(t)) if t == "null" => {
            return Err(refusal(
                &pointer_push(at, "type"),
                "a schema that is only `null` has no generated type: write it as a member of \
                 `oneOf` beside the schema it makes optional, or `type: [<type>, \"null\"]`",
            ));
        }
        _ => {}
    }

    if let Some(value) = object.remove("const") {
        if object.contains_key("enum") {
            return Err(refusal(
                &pointer_push(at, "const"),
                "`const` beside `enum`: write one of them",
            ));
        }
        object.insert("enum".into(), Value::Array(vec![value]));
        origins.record(pointer_push(at, "enum"), pointer_push(at, "const"));
    }

    for (exclusive, inclusive, stricter) in [
        ("exclusiveMinimum", "minimum", std::cmp::Ordering::Greater),
        ("exclusiveMaximum", "maximum", std::cmp::Ordering::Less),
    ] {
        match object.get(exclusive) {
            Some(Value::Number(bound)) => {
                let bound = bound.clone();
                let wins = match object.get(inclusive).and_then(Value::as_f64) {
                    Some(other) => bound
                        .as_f64()
                        .and_then(|b| b.partial_cmp(&other))
                        .is_none_or(|o| o == stricter || o == std::cmp::Ordering::Equal),
                    None => true,
                };
                if wins {
                    object.insert(inclusive.into(), Value::Number(bound));
                    object.insert(exclusive.into(), Value::Bool(true));
                    origins.record(pointer_push(at, inclusive), pointer_push(at, exclusive));
                } else {
                    object.remove(exclusive);
                }
            }
            Some(Value::Bool(_)) => {
                return Err(refusal(
                    &pointer_push(at, exclusive),
                    format!(
                        "in OpenAPI 3.1 `{exclusive}` is the bound itself: write \
                         `{exclusive}: <number>` instead of `{inclusive}` and `{exclusive}: true`"
                    ),
                ));
            }
            _ => {}
        }
    }

    match object.remove("examples") {
        Some(Value::Array(examples)) => {
            if !object.contains_key("example")
                && let Some(first) = examples.first()
            {
                object.insert("example".into(), first.clone());
                origins.record(pointer_push(at, "example"), format!("{at}/examples/0"));
            }
            if examples.len() > 1 {
                object.insert("x-examples".into(), Value::Array(examples));
                origins.record(pointer_push(at, "x-examples"), pointer_push(at, "examples"));
            }
        }
        Some(_) => {
            return Err(refusal(
                &pointer_push(at, "examples"),
                "in a 3.1 schema `examples` is a list of values: write `examples: [<value>, ...]`",
            ));
        }
        None => {}
    }

    if let Some(encoding) = object.remove("contentEncoding") {
        if encoding != "base64" {
            return Err(refusal(
                &pointer_push(at, "contentEncoding"),
                format!(
                    "the encoding {encoding} is not read: write `contentEncoding: base64`, or bytes as the body's media type"
                ),
            ));
        }
        object.remove("contentMediaType");
        object.insert("format".into(), Value::String("byte".into()));
    } else if object.remove("contentMediaType").is_some() {
        object
            .entry("format")
            .or_insert_with(|| Value::String("binary".into()));
    }

    for child in crate::walk::subschemas(node) {
        let at = format!("{at}{child}");
        if let Some(sub) = node.pointer_mut(&child) {
            schema(sub, &at, origins)?;
        }
    }
    Ok(())
}

/// Removes the members of `oneOf`/`anyOf` that only admit `null`, making
/// the schema `nullable`; one member left is merged into the schema (a
/// `$ref` as `allOf: [{$ref}]`).
fn at_most_one_null_member(
    object: &mut Map<String, Value>,
    at: &str,
    origins: &mut Origins,
) -> Result<(), Refusal> {
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Array(members)) = object.get(key) else {
            continue;
        };
        if !members.iter().any(is_null_only) {
            continue;
        }
        let kept: Vec<(usize, Value)> = members
            .iter()
            .enumerate()
            .filter(|(_, m)| !is_null_only(m))
            .map(|(i, m)| (i, m.clone()))
            .collect();
        object.remove(key);
        object.insert("nullable".into(), Value::Bool(true));
        match kept.as_slice() {
            [] => {
                return Err(refusal(
                    &pointer_push(at, key),
                    "every member only admits `null`: a value that is always `null` has no \
                     generated type; leave the property out",
                ));
            }
            [(i, member)] => {
                let written = format!("{at}/{key}/{i}");
                let Some(fields) = member.as_object() else {
                    continue;
                };
                if fields.len() == 1 && fields.contains_key("$ref") {
                    if object.contains_key("allOf") {
                        return Err(refusal(
                            &written,
                            "a nullable reference beside `allOf`: write the reference as one \
                             more member of `allOf`, and `type: [..., \"null\"]` where it is \
                             defined",
                        ));
                    }
                    object.insert("allOf".into(), Value::Array(vec![member.clone()]));
                    origins.record(format!("{at}/allOf/0"), written);
                } else {
                    for (field, value) in fields {
                        if object.contains_key(field) {
                            return Err(refusal(
                                &pointer_push(&written, field),
                                format!(
                                    "`{field}` is written both here and beside the `{key}`: \
                                     write it once"
                                ),
                            ));
                        }
                        object.insert(field.clone(), value.clone());
                        origins.record(pointer_push(at, field), pointer_push(&written, field));
                    }
                }
            }
            _ => {
                let members = kept.iter().map(|(_, m)| m.clone()).collect();
                for (j, (i, _)) in kept.iter().enumerate() {
                    origins.record(format!("{at}/{key}/{j}"), format!("{at}/{key}/{i}"));
                }
                object.insert(key.into(), Value::Array(members));
            }
        }
    }
    Ok(())
}

/// Keeps `webhooks` as `x-webhooks`, each inline request payload schema
/// moved under `components/schemas` as `<Webhook>Payload` and `$ref`'d.
fn lift_webhook_payloads(document: &mut Value, origins: &mut Origins) -> Result<(), Refusal> {
    let Some(mut webhooks) = document
        .as_object_mut()
        .and_then(|root| root.remove("webhooks"))
    else {
        return Ok(());
    };
    origins.record("/x-webhooks", "/webhooks");
    let mut lifted: Vec<(String, String, Value)> = Vec::new();
    let taken = |name: &str, document: &Value, lifted: &[(String, String, Value)]| {
        document
            .pointer(&pointer_push("/components/schemas", name))
            .is_some()
            || lifted.iter().any(|(n, _, _)| n == name)
    };
    if let Some(hooks) = webhooks.as_object_mut() {
        for (hook, item) in hooks.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (method, operation) in item.iter_mut() {
                let Some(content) = operation
                    .pointer_mut("/requestBody/content")
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                for (media_type, media) in content.iter_mut() {
                    let Some(schema) = media.get_mut("schema") else {
                        continue;
                    };
                    if schema.get("$ref").is_some() {
                        continue;
                    }
                    let wanted = format!("{}Payload", upper_camel(hook));
                    let mut name = wanted.clone();
                    let mut n = 2;
                    while taken(&name, document, &lifted) {
                        name = format!("{wanted}{n}");
                        n += 1;
                    }
                    let written = [hook.as_str(), method, "requestBody", "content", media_type]
                        .iter()
                        .fold("/webhooks".to_owned(), |p, t| pointer_push(&p, t))
                        + "/schema";
                    let taken_schema = std::mem::replace(
                        schema,
                        json!({ "$ref": format!("#/components/schemas/{name}") }),
                    );
                    lifted.push((name, written, taken_schema));
                }
            }
        }
    }
    let Some(root) = document.as_object_mut() else {
        return Ok(());
    };
    if !lifted.is_empty() {
        let components = root
            .entry("components")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or_else(|| refusal("/components", "`components` is a mapping"))?;
        let schemas = components
            .entry("schemas")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or_else(|| refusal("/components/schemas", "`schemas` is a mapping"))?;
        for (name, written, schema) in lifted {
            origins.record(pointer_push("/components/schemas", &name), written);
            schemas.insert(name, schema);
        }
    }
    root.insert("x-webhooks".into(), webhooks);
    Ok(())
}

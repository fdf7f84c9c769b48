//! progenitor documents an operation's parameters nowhere a caller looks:
//! its builder's setters, which an editor shows at `.order_email(`, have no
//! documentation. Each setter gets its parameter's: where it goes, whether
//! the call needs it, its description, and what the spec says of its values
//! (allowed values, bounds, pattern, format, default, example). And a value
//! the setter cannot take fails `send()` with a message in the spec's terms
//! (`limit`, an integer of at least 1), not progenitor's Rust type
//! (`conversion to NonZeroU32 for limit failed`).

use std::collections::HashMap;

use serde_json::Value;
use spec_model::refs::resolve;
use spec_model::spec::Spec;
use spec_model::walk::operations_in;
use syn::visit_mut::VisitMut;
use syn::{ImplItem, Item, parse_quote};

use super::collisions::parameter_setters;
use super::syntax::operation_builders;
use crate::codegen::refuse::{Case, names};
use crate::codegen::text::inert_markdown;

/// Documents every parameter setter; see the module docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let document = &spec.document;
    let builders = operation_builders(file)?;
    let impls = inherent_impls(builders);
    for at in operations_in(document) {
        let Some(id) = at.operation_id() else {
            continue;
        };
        let builder = names::progenitor(id, Case::Pascal);
        let Some(found) = impls.get(builder.as_str()) else {
            continue;
        };
        for (parameter, setter, _) in parameter_setters(document, &at) {
            let doc = setter_doc(document, &parameter);
            let refused = refusal(document, &parameter);
            let progenitors = format!(" for {setter} failed");
            for &index in found {
                let Item::Impl(imp) = &mut builders[index] else {
                    continue;
                };
                for member in &mut imp.items {
                    if let ImplItem::Fn(f) = member
                        && f.sig.ident == setter
                    {
                        f.attrs.insert(0, parse_quote!(#[doc = #doc]));
                        Reword {
                            ending: &progenitors,
                            message: &refused,
                        }
                        .visit_block_mut(&mut f.block);
                    }
                }
            }
        }
    }
    document_model_setters(file, spec)
}

/// The models' builders (typify's, under `types::builder`): each setter of
/// a component schema's builder gets its property's description.
fn document_model_setters(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let document = &spec.document;
    let Some(schemas) = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(());
    };
    let types = crate::codegen::refuse::type_names::component_types(document);
    let Ok(types_module) = super::syntax::types_module(file) else {
        return Ok(());
    };
    let Ok(builders) = super::syntax::builder_module(types_module) else {
        return Ok(());
    };
    let impls = inherent_impls(builders);
    for (key, schema) in schemas {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        let Some(rust) = types.get(key) else { continue };
        let Some(found) = impls.get(rust.as_str()) else {
            continue;
        };
        let fields = names::fields(properties.keys().map(String::as_str));
        for &index in found {
            let Item::Impl(imp) = &mut builders[index] else {
                continue;
            };
            for member in &mut imp.items {
                let ImplItem::Fn(f) = member else { continue };
                let Some((property, _)) = fields.iter().find(|(_, field)| f.sig.ident == field)
                else {
                    continue;
                };
                let description = properties[*property]
                    .get("description")
                    .and_then(Value::as_str)
                    .map(|d| format!("\n\n{}", inert_markdown(d.trim())))
                    .unwrap_or_default();
                let required = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .is_some_and(|r| r.iter().any(|n| n.as_str() == Some(*property)));
                let need = if required { "required" } else { "optional" };
                let mut doc = format!("The property `{property}`, {need}.{description}");
                // Its schema's facts: the property's own, or its `$ref`'s.
                let own = &properties[*property];
                let at = spec_model::refs::pointer_push(
                    &spec_model::refs::pointer_push("/components/schemas", key),
                    "properties",
                );
                let at = spec_model::refs::pointer_push(&at, property);
                let schema = document.pointer(&resolve(document, &at)).unwrap_or(own);
                let example = own.get("example").or_else(|| schema.get("example"));
                let facts = schema_facts(Some(schema), example, "When not sent");
                if !facts.is_empty() {
                    doc.push_str("\n\n");
                    doc.push_str(&facts.join(" "));
                }
                f.attrs.insert(0, parse_quote!(#[doc = #doc]));
            }
        }
    }
    Ok(())
}

/// The inherent impls among `items`, by the last segment of their type's
/// path (`GetThing<'a>`: the builder, whatever its lifetime), each name
/// with the indices of its impls in order: found once, so that a spec of
/// a thousand operations does not scan every builder for each of them.
fn inherent_impls(items: &[Item]) -> HashMap<String, Vec<usize>> {
    let mut found: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let syn::Type::Path(p) = &*imp.self_ty else {
            continue;
        };
        if let Some(last) = p.path.segments.last() {
            found.entry(last.ident.to_string()).or_default().push(index);
        }
    }
    found
}

/// Replaces progenitor's message for a value its setter could not convert.
struct Reword<'a> {
    ending: &'a str,
    message: &'a str,
}

impl VisitMut for Reword<'_> {
    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        let value = lit.value();
        if value.starts_with("conversion to `") && value.ends_with(self.ending) {
            *lit = syn::LitStr::new(self.message, lit.span());
        }
    }
}

/// What `send()` says of a value the setter could not take.
fn refusal(document: &Value, parameter: &spec_model::walk::ParameterAt) -> String {
    let facts = value_facts(document, parameter);
    let what = if facts.is_empty() {
        "a value of its schema".to_owned()
    } else {
        facts.join(" ")
    };
    format!(
        "the value given to the {} parameter `{}` cannot be sent: the spec asks for {what}",
        parameter.location, parameter.name
    )
}

/// What the spec says of a parameter's values, in words, for a message.
fn value_facts(document: &Value, parameter: &spec_model::walk::ParameterAt) -> Vec<String> {
    let Some(schema) = parameter
        .schema_pointer
        .as_deref()
        .and_then(|p| document.pointer(&resolve(document, p)))
    else {
        return Vec::new();
    };
    let mut facts = Vec::new();
    let kind = schema
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("value");
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let mut first = format!("{article} {kind}");
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        first.push_str(&format!(" ({format})"));
    }
    facts.push(first);
    for (key, what) in [("minimum", "at least"), ("maximum", "at most")] {
        if let Some(bound) = schema.get(key) {
            facts.push(format!("{what} {bound}"));
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        facts.push(format!("one of {}", values.join(", ")));
    }
    let last = facts.len() - 1;
    facts
        .into_iter()
        .enumerate()
        .map(|(i, f)| if i < last { format!("{f},") } else { f })
        .collect()
}

/// The documentation of one parameter's setter.
fn setter_doc(document: &Value, parameter: &spec_model::walk::ParameterAt) -> String {
    let param = document.pointer(&parameter.pointer);
    let need = if parameter.required {
        "required"
    } else {
        "optional"
    };
    let mut doc = format!(
        "The {} parameter `{}`, {need}.",
        parameter.location, parameter.name
    );
    if let Some(description) = param
        .and_then(|p| p.get("description"))
        .and_then(Value::as_str)
        .filter(|d| !d.trim().is_empty())
    {
        doc.push_str("\n\n");
        doc.push_str(&inert_markdown(description.trim()));
    }
    let schema = parameter
        .schema_pointer
        .as_deref()
        .and_then(|p| document.pointer(&resolve(document, p)));
    let example = param
        .and_then(|p| p.get("example"))
        .or_else(|| schema.and_then(|s| s.get("example")));
    let facts = schema_facts(schema, example, "The server's default");
    if !facts.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&facts.join(" "));
    }
    doc
}

/// What a schema says of its values, as sentences of a setter's docs:
/// allowed values, bounds, pattern, format, default (`default` names it)
/// and an example.
fn schema_facts(schema: Option<&Value>, example: Option<&Value>, default: &str) -> Vec<String> {
    let mut facts = Vec::new();
    let text = |v: &Value| match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    };
    if let Some(schema) = schema {
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let values: Vec<String> = values.iter().map(text).collect();
            facts.push(format!("One of {}.", values.join(", ")));
        }
        for (key, what) in [
            ("minimum", "At least"),
            ("maximum", "At most"),
            ("minLength", "Characters, at least"),
            ("maxLength", "Characters, at most"),
            ("minItems", "Items, at least"),
            ("maxItems", "Items, at most"),
        ] {
            if let Some(bound) = schema.get(key) {
                facts.push(format!("{what} {}.", text(bound)));
            }
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            facts.push(format!("Matches `{pattern}`."));
        }
        if let Some(format) = schema.get("format").and_then(Value::as_str) {
            facts.push(format!("Format `{format}`."));
        }
        if let Some(value) = schema.get("default") {
            facts.push(format!("{default}: {}.", text(value)));
        }
    }
    if let Some(example) = example {
        let shown = match example {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        facts.push(format!("For example `{shown}`."));
    }
    facts
}

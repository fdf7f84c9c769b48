//! progenitor documents an operation's parameters nowhere a caller looks:
//! its builder's setters, which an editor shows at `.order_email(`, have no
//! documentation. Each setter gets its parameter's: where it goes, whether
//! the call needs it, its description, and what the spec says of its values
//! (allowed values, bounds, pattern, format, default, example).

use serde_json::Value;
use spec_model::refs::resolve;
use spec_model::spec::Spec;
use spec_model::walk::operations_in;
use syn::{ImplItem, Item, parse_quote};

use super::collisions::parameter_setters;
use super::syntax::{last_is, operation_builders};
use crate::codegen::refuse::{Case, names};
use crate::codegen::text::inert_markdown;

/// Documents every parameter setter; see the module docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let document = &spec.document;
    let builders = operation_builders(file)?;
    for at in operations_in(document) {
        let Some(id) = at.operation_id() else {
            continue;
        };
        let builder = names::progenitor(id, Case::Pascal);
        for (parameter, setter, _) in parameter_setters(document, &at) {
            let doc = setter_doc(document, &parameter);
            for item in builders.iter_mut() {
                let Item::Impl(imp) = item else { continue };
                // `GetThing<'a>`: the builder, whatever its lifetime.
                let named =
                    matches!(&*imp.self_ty, syn::Type::Path(p) if last_is(&p.path, &builder));
                if imp.trait_.is_some() || !named {
                    continue;
                }
                for member in &mut imp.items {
                    if let ImplItem::Fn(f) = member
                        && f.sig.ident == setter
                    {
                        f.attrs.insert(0, parse_quote!(#[doc = #doc]));
                    }
                }
            }
        }
    }
    Ok(())
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
    let mut facts = Vec::new();
    if let Some(schema) = schema {
        let text = |v: &Value| match v {
            Value::String(s) => format!("`{s}`"),
            other => format!("`{other}`"),
        };
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
        if let Some(default) = schema.get("default") {
            facts.push(format!("The server's default: {}.", text(default)));
        }
    }
    let example = param
        .and_then(|p| p.get("example"))
        .or_else(|| schema.and_then(|s| s.get("example")));
    if let Some(example) = example {
        let shown = match example {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        facts.push(format!("For example `{shown}`."));
    }
    if !facts.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&facts.join(" "));
    }
    doc
}

//! Names that collide, told apart by a documented, deterministic rule
//! instead of refused.
//!
//! typify names an enum's variants after its values and a struct's fields
//! after its properties. Where two would get one name (`active` and
//! `ACTIVE`, `+` and `-`, `deletedAt` and `DeletedAt`), or a value would
//! take `Unknown` (the variant kept for values the spec does not list),
//! it panics or writes code that does not compile. So before generation,
//! each value or property whose name is taken is shown to typify with a
//! number after it, behind an invisible mark ([`MARK`]): it is then named
//! with that number (`Active2`, `deleted_at_2`), the lowest from 2 that is
//! free, in the order of the enum's values, or of the property names
//! sorted, or of the parameters as listed (path parameters first, which
//! keep their names: the path template names them). After generation [`restore`] (the `collisions` pass) takes the
//! marks out of every string in the code, so the wire names are the spec's
//! again. `cargo xtask lint` reports each such name (rule
//! `enum-collision`, `rust-name-collision`) as a house rule: a reader of
//! the Rust cannot tell `Active` from `Active2` by the names alone.

use std::collections::BTreeSet;

use proc_macro2::{Group, Literal, TokenStream, TokenTree};
use serde_json::Value;
use spec_model::walk::schemas;

use crate::codegen::refuse::{Case, names};

/// U+2063 INVISIBLE SEPARATOR: in no name a spec writes, and not a
/// character of an identifier, so typify starts a new word at it.
pub const MARK: char = '\u{2063}';

/// Marks each enum value and property whose Rust name is taken, in every
/// schema of `document` (see the module docs).
pub fn mark(document: &mut Value) {
    let pointers = schemas(document);
    for pointer in &pointers {
        if let Some(schema) = document.pointer_mut(pointer) {
            mark_enum(schema);
        }
    }
    // Deepest first: renaming a property moves the schemas under it.
    for pointer in pointers.iter().rev() {
        if let Some(schema) = document.pointer_mut(pointer) {
            mark_properties(schema);
        }
    }
}

/// The methods an operation's builder has before its parameters'; a
/// parameter named like one is numbered. `header_map` is a local of
/// progenitor's `send()`.
pub const BUILDER_METHODS: &[&str] = &[
    "new",
    "send",
    "stream",
    "pages",
    "deadline",
    "retry",
    "attempt_timeout",
    "header",
    "header_map",
];

/// The builder methods of an operation with a request body.
pub const BODY_METHODS: &[&str] = &["body", "body_map", "body_as", "body_stream"];

/// The builder method of each parameter of the operation at `at` that has
/// one (not `Accept`, `Content-Type` or `Authorization` headers, which the
/// client leaves out), and the number its name is shown to progenitor
/// with when the plain name is taken.
pub fn parameter_setters(
    document: &Value,
    at: &spec_model::walk::OperationAt<'_>,
) -> Vec<(spec_model::walk::ParameterAt, String, Option<usize>)> {
    let listed = spec_model::walk::parameters(document, at);
    let mut taken: Vec<String> = BUILDER_METHODS.iter().map(|m| (*m).to_owned()).collect();
    if at.operation.get("requestBody").is_some() {
        taken.extend(BODY_METHODS.iter().map(|m| (*m).to_owned()));
    }
    let ignored = |p: &spec_model::walk::ParameterAt| {
        p.location == "header"
            && ["accept", "content-type", "authorization"]
                .contains(&p.name.to_ascii_lowercase().as_str())
    };
    let mut setters = Vec::new();
    let (path, other): (Vec<_>, Vec<_>) = listed
        .into_iter()
        .filter(|p| !ignored(p))
        .partition(|p| p.location == "path");
    for parameter in path {
        let setter = names::progenitor(&parameter.name, Case::Snake);
        taken.push(setter.clone());
        setters.push((parameter, setter, None));
    }
    for parameter in other {
        let plain = names::progenitor(&parameter.name, Case::Snake);
        if !taken.contains(&plain) {
            taken.push(plain.clone());
            setters.push((parameter, plain, None));
            continue;
        }
        let (n, setter) = (2..)
            .map(|n| {
                (
                    n,
                    names::progenitor(&marked(&parameter.name, n), Case::Snake),
                )
            })
            .find(|(_, setter)| !taken.contains(setter))
            .expect("a free number");
        taken.push(setter.clone());
        setters.push((parameter, setter, Some(n)));
    }
    setters
}

/// Each parameter whose builder method is taken, shown to progenitor with
/// its number (see [`parameter_setters`]): its entry in the operation's
/// own list, found in `prepared` by name and location, becomes a copy with
/// the marked name. A path item's list serves all its operations, which
/// may number one of its parameters differently: where one does, the
/// list's parameters are first copied into each operation's own (unless
/// the operation has its own of the name) and the path item's list goes.
/// `spec` is the spec as written, whose lists `prepared` may have
/// shortened.
pub fn mark_parameters(spec: &Value, prepared: &mut Value) {
    let operations = spec_model::walk::operations_in(spec);
    let marks: Vec<_> = operations
        .iter()
        .map(|at| {
            let numbered: Vec<_> = parameter_setters(spec, at)
                .into_iter()
                .filter_map(|(parameter, _, n)| n.map(|n| (parameter, n)))
                .collect();
            (at, numbered)
        })
        .collect();
    let shared_numbered: BTreeSet<&str> = marks
        .iter()
        .filter(|(at, numbered)| {
            numbered.iter().any(|(p, _)| {
                p.listed_at
                    .starts_with(&format!("{}/parameters/", at.item_pointer))
            })
        })
        .map(|(at, _)| at.item_pointer.as_str())
        .collect();
    for item in shared_numbered {
        push_down(prepared, item);
    }
    for (at, numbered) in marks {
        for (parameter, n) in numbered {
            let holder = format!("{}/parameters", at.pointer);
            let snapshot = prepared.clone();
            let Some(list) = prepared.pointer_mut(&holder).and_then(Value::as_array_mut) else {
                continue;
            };
            for (i, entry) in list.iter_mut().enumerate() {
                let resolved = spec_model::refs::resolve(&snapshot, &format!("{holder}/{i}"));
                let Some(object) = snapshot.pointer(&resolved) else {
                    continue;
                };
                let same = object.get("name").and_then(Value::as_str) == Some(&parameter.name)
                    && object.get("in").and_then(Value::as_str) == Some(&parameter.location);
                if same {
                    let mut copy = object.clone();
                    copy["name"] = Value::String(marked(&parameter.name, n));
                    *entry = copy;
                }
            }
        }
    }
}

/// Copies the parameters of the path item at `item` into each of its
/// operations' own lists (an operation's own parameter of the same name
/// and location stays, as OpenAPI says), and removes the item's list.
fn push_down(prepared: &mut Value, item: &str) {
    let Some(shared) = prepared
        .pointer(&format!("{item}/parameters"))
        .and_then(Value::as_array)
        .cloned()
    else {
        return;
    };
    let snapshot = prepared.clone();
    let identity = |entry: &Value, base: &str| -> Option<(String, String)> {
        let resolved = spec_model::refs::resolve(&snapshot, base);
        let object = snapshot.pointer(&resolved).unwrap_or(entry);
        Some((
            object.get("name")?.as_str()?.to_owned(),
            object.get("in")?.as_str()?.to_owned(),
        ))
    };
    let shared: Vec<(Option<(String, String)>, Value)> = shared
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            (
                identity(entry, &format!("{item}/parameters/{i}")),
                entry.clone(),
            )
        })
        .collect();
    let Some(item_object) = prepared.pointer_mut(item).and_then(Value::as_object_mut) else {
        return;
    };
    item_object.remove("parameters");
    for method in spec_model::walk::METHODS {
        let operation_at = format!("{item}/{method}");
        let Some(own) = snapshot
            .pointer(&format!("{operation_at}/parameters"))
            .cloned()
        else {
            if let Some(operation) = item_object.get_mut(method).and_then(Value::as_object_mut) {
                let copies: Vec<Value> = shared.iter().map(|(_, e)| e.clone()).collect();
                operation.insert("parameters".into(), Value::Array(copies));
            }
            continue;
        };
        let own_ids: Vec<Option<(String, String)>> = own
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(i, entry)| identity(entry, &format!("{operation_at}/parameters/{i}")))
            .collect();
        if let Some(list) = item_object
            .get_mut(method)
            .and_then(|o| o.get_mut("parameters"))
            .and_then(Value::as_array_mut)
        {
            for (id, entry) in &shared {
                if id.is_none() || !own_ids.contains(id) {
                    list.push(entry.clone());
                }
            }
        }
    }
}

/// `value` with `n` behind the mark.
fn marked(value: &str, n: usize) -> String {
    format!("{value}{MARK}{n}")
}

/// A string enum's values, marked where typify would give two one variant
/// or one `Unknown`. An enum that names its variants (`x-enum-varnames`)
/// is left to that extension.
fn mark_enum(schema: &mut Value) {
    if schema.get(super::enum_varnames::EXTENSION).is_some() {
        return;
    }
    let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) else {
        return;
    };
    let strings: Vec<String> = values
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    let variants = names::variants(strings.iter().map(String::as_str));
    let clash = variants
        .iter()
        .enumerate()
        .any(|(i, (_, v))| v == "Unknown" || variants[..i].iter().any(|(_, w)| w == v));
    if !clash {
        return;
    }
    // typify's first naming, each value in UpperCamelCase, made unique.
    let mut taken = vec!["Unknown".to_owned()];
    let mut renamed: Vec<(String, String)> = Vec::new();
    for value in values.iter_mut() {
        let Some(text) = value.as_str() else {
            continue;
        };
        let name = names::typify(text, Case::Pascal);
        if !taken.contains(&name) {
            taken.push(name);
            continue;
        }
        let (n, name) = (2..)
            .map(|n| (n, names::typify(&marked(text, n), Case::Pascal)))
            .find(|(_, name)| !taken.contains(name))
            .expect("a free number");
        taken.push(name);
        renamed.push((text.to_owned(), marked(text, n)));
        *value = Value::String(marked(text, n));
    }
    // A default that names a numbered value names it as typify now sees it.
    if let Some(Value::String(default)) = schema.get_mut("default")
        && let Some((_, new)) = renamed.iter().find(|(old, _)| old == default)
    {
        *default = new.clone();
    }
}

/// An object's properties, the later of two that would be one field marked
/// (in its `required` too).
fn mark_properties(schema: &mut Value) {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let fields = names::fields(properties.keys().map(String::as_str));
    let mut taken: Vec<String> = Vec::new();
    let mut renames = Vec::new();
    for (property, field) in &fields {
        if !taken.contains(field) {
            taken.push(field.clone());
            continue;
        }
        let (n, field) = (2..)
            .map(|n| (n, names::typify(&marked(property, n), Case::Snake)))
            .find(|(_, field)| !taken.contains(field) && !fields.iter().any(|(_, f)| f == field))
            .expect("a free number");
        taken.push(field);
        renames.push((property.to_string(), marked(property, n)));
    }
    for (old, new) in renames {
        if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut)
            && let Some(property) = properties.remove(&old)
        {
            properties.insert(new.clone(), property);
        }
        for name in schema
            .get_mut("required")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            if name.as_str() == Some(&old) {
                *name = Value::String(new.clone());
            }
        }
    }
}

/// The `collisions` pass: every string in the code without its marks and
/// their numbers, so that what is sent and read is the spec's name.
pub fn restore(file: &mut syn::File, _: &spec_model::spec::Spec) -> Result<(), String> {
    struct Unmark;
    impl syn::visit_mut::VisitMut for Unmark {
        fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
            let value = lit.value();
            if value.contains(MARK) {
                *lit = syn::LitStr::new(&unmarked(&value), lit.span());
            }
        }
        // `#[serde(rename = "...")]` and macro calls are token streams,
        // whose strings the visit above does not reach.
        fn visit_meta_list_mut(&mut self, list: &mut syn::MetaList) {
            list.tokens = unmark_tokens(std::mem::take(&mut list.tokens));
        }
        fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
            mac.tokens = unmark_tokens(std::mem::take(&mut mac.tokens));
        }
    }
    syn::visit_mut::visit_file_mut(&mut Unmark, file);
    Ok(())
}

/// `tokens` with every string literal in it unmarked.
fn unmark_tokens(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut unmarked = Group::new(group.delimiter(), unmark_tokens(group.stream()));
                unmarked.set_span(group.span());
                TokenTree::Group(unmarked)
            }
            TokenTree::Literal(literal) => {
                match syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into()) {
                    Ok(lit) if lit.value().contains(MARK) => {
                        let mut fresh = Literal::string(&unmarked(&lit.value()));
                        fresh.set_span(literal.span());
                        TokenTree::Literal(fresh)
                    }
                    _ => TokenTree::Literal(literal),
                }
            }
            other => other,
        })
        .collect()
}

/// `text` without each mark and the digits after it.
fn unmarked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == MARK {
            while chars.peek().is_some_and(char::is_ascii_digit) {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn values_that_would_be_one_variant_are_numbered_in_their_order() {
        let mut schema =
            json!({"type": "string", "enum": ["active", "ACTIVE", "Active", "unknown", "+", "-"]});
        mark_enum(&mut schema);
        let values: Vec<String> = schema["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| names::typify(v.as_str().unwrap(), Case::Pascal))
            .collect();
        assert_eq!(
            values,
            ["Active", "Active2", "Active3", "Unknown2", "X", "X2"]
        );
        assert_eq!(unmarked(schema["enum"][2].as_str().unwrap()), "Active");
    }

    #[test]
    fn an_enum_without_a_clash_is_left_as_written() {
        let mut schema = json!({"enum": ["a", "b"]});
        mark_enum(&mut schema);
        assert_eq!(schema, json!({"enum": ["a", "b"]}));
    }

    #[test]
    fn properties_that_would_be_one_field_are_numbered_in_name_order() {
        let mut schema = json!({
            "type": "object",
            "required": ["deletedAt"],
            "properties": {"DeletedAt": {}, "deletedAt": {}, "deleted_at_2": {}}
        });
        mark_properties(&mut schema);
        let fields: Vec<String> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(|p| names::typify(p, Case::Snake))
            .collect();
        let mut sorted = fields.clone();
        sorted.sort();
        assert_eq!(sorted, ["deleted_at", "deleted_at_2", "deleted_at_3"]);
        assert_eq!(
            unmarked(schema["required"][0].as_str().unwrap()),
            "deletedAt"
        );
    }
}

//! Every public item of a generated crate has documentation, so that the
//! crate builds with `-D missing_docs` and an editor shows something at
//! each name. progenitor and typify document what the spec describes; this
//! pass writes the rest from what the item is: a property by its wire name,
//! an enum value by the value sent, a model's builder by its model.

use std::collections::BTreeMap;

use spec_model::spec::Spec;
use spec_model::surface::{RustType, doc_text, serde_rename};
use syn::{Attribute, Fields, ImplItem, Item, Visibility, parse_quote};

/// Documents every public item left without documentation.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    let described = type_descriptions(&file.items);
    document_items(&mut file.items, Place::Root, &described);
    Ok(())
}

/// The first paragraph of each documented model's docs, by its name: a
/// property whose schema is a `$ref` has no description of its own (a 3.0
/// `$ref` takes none beside it), and its type's says what it holds.
fn type_descriptions(items: &[Item]) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let Some(types) = items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    }) else {
        return found;
    };
    for item in types {
        let (ident, attrs) = match item {
            Item::Struct(s) => (&s.ident, &s.attrs),
            Item::Enum(e) => (&e.ident, &e.attrs),
            _ => continue,
        };
        let text = doc_text(attrs);
        let first = text.trim().split("\n\n").next().unwrap_or_default().trim();
        // typify's own docs of a type it named (`Foo`) say nothing new.
        if !first.is_empty() && !first.starts_with('`') {
            found.insert(ident.to_string(), first.replace('\n', " "));
        }
    }
    found
}

/// The model a field's type holds: `Links` of `Option<Links>`,
/// `Vec<Box<LineItem>>`, `HashMap<String, Tax>`.
fn held_type(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.iter().rev().find_map(|a| match a {
            syn::GenericArgument::Type(t) => held_type(t),
            _ => None,
        }),
        _ => Some(last.ident.to_string()),
    }
}

/// Which module the items are in, which says what a struct is.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Root,
    Types,
    /// `types::builder`: the models' builders.
    ModelBuilders,
    /// `builder`: the operations' builders.
    OperationBuilders,
    Other,
}

fn document_items(items: &mut [Item], place: Place, described: &BTreeMap<String, String>) {
    for item in items {
        match item {
            Item::Mod(m) => {
                let inner = match (place, m.ident.to_string().as_str()) {
                    (Place::Root, "types") => Place::Types,
                    (Place::Root, "builder") => Place::OperationBuilders,
                    (Place::Types, "builder") => Place::ModelBuilders,
                    _ => Place::Other,
                };
                if public(&m.vis) && !documented(&m.attrs) {
                    let doc = format!("The `{}` module.", m.ident);
                    m.attrs.insert(0, parse_quote!(#[doc = #doc]));
                }
                if let Some((_, items)) = &mut m.content {
                    document_items(items, inner, described);
                }
            }
            Item::Struct(s) => {
                if public(&s.vis) && !documented(&s.attrs) {
                    let name = s.ident.to_string();
                    let doc = match place {
                        Place::ModelBuilders => format!(
                            "Builds a [`super::{name}`] field by field: each setter takes the \
                             field's value (or its own builder), and `try_into()`, or any setter \
                             or `body` that takes a `{name}`, finishes it."
                        ),
                        _ => format!("The spec's `{name}`, which it describes no further."),
                    };
                    s.attrs.insert(0, parse_quote!(#[doc = #doc]));
                }
                if let Fields::Named(fields) = &mut s.fields {
                    for field in &mut fields.named {
                        if public(&field.vis) && !documented(&field.attrs) {
                            let ident = field.ident.as_ref().map(ToString::to_string);
                            let wire = serde_rename(&field.attrs)
                                .or(ident.map(|i| i.trim_start_matches("r#").to_owned()))
                                .unwrap_or_default();
                            let doc = match held_type(&field.ty).and_then(|t| described.get(&t)) {
                                Some(description) => {
                                    format!("The property `{wire}`: {description}")
                                }
                                None => format!("The property `{wire}`."),
                            };
                            field.attrs.insert(0, parse_quote!(#[doc = #doc]));
                        }
                    }
                }
            }
            Item::Enum(e) => {
                if public(&e.vis) && !documented(&e.attrs) {
                    let doc = format!("The spec's `{}`, which it describes no further.", e.ident);
                    e.attrs.insert(0, parse_quote!(#[doc = #doc]));
                }
                for variant in &mut e.variants {
                    if documented(&variant.attrs) {
                        continue;
                    }
                    let doc = match &variant.fields {
                        Fields::Unit => {
                            let value =
                                serde_rename(&variant.attrs).unwrap_or(variant.ident.to_string());
                            format!("The value `{value}`.")
                        }
                        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                            let ty = &fields.unnamed[0].ty;
                            format!("A value that is a `{}`.", RustType::of(ty).short)
                        }
                        _ => format!("The `{}` form.", variant.ident),
                    };
                    variant.attrs.insert(0, parse_quote!(#[doc = #doc]));
                }
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                for member in &mut imp.items {
                    let ImplItem::Fn(f) = member else { continue };
                    if !public(&f.vis) || documented(&f.attrs) {
                        continue;
                    }
                    let doc = match (f.sig.ident.to_string().as_str(), place) {
                        ("builder", _) => "A builder of this type: set its fields, then pass \
                                           it where the type is taken, or finish it with \
                                           `try_into()`."
                            .to_owned(),
                        ("new", Place::OperationBuilders) => "A builder of this operation for \
                                                              `client`; the client's method of \
                                                              the operation's name makes one."
                            .to_owned(),
                        ("body", Place::OperationBuilders) => "The request body: its model, or \
                                                               the model's builder."
                            .to_owned(),
                        ("body_map", Place::OperationBuilders) => "Changes the request body \
                                                                   given so far: `f` gets its \
                                                                   builder and returns it."
                            .to_owned(),
                        (name, _) => format!("`{name}`, as its signature says."),
                    };
                    f.attrs.insert(0, parse_quote!(#[doc = #doc]));
                }
            }
            Item::Type(t) if public(&t.vis) && !documented(&t.attrs) => {
                let doc = format!("The spec's `{}`.", t.ident);
                t.attrs.insert(0, parse_quote!(#[doc = #doc]));
            }
            Item::Const(c) if public(&c.vis) && !documented(&c.attrs) => {
                let doc = format!("`{}`.", c.ident);
                c.attrs.insert(0, parse_quote!(#[doc = #doc]));
            }
            _ => {}
        }
    }
}

fn public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn documented(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("doc"))
}

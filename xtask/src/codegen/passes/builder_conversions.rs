//! One line per model for its builder's conversions. typify writes, for
//! each model, `TryFrom<builder> for Model` and `From<Model> for builder`,
//! and `optional_builders` adds `TryFrom<builder> for Option<Model>`: three
//! impls that differ from one model to the next by names alone, and that
//! list every field twice. Where a model's three are exactly those shapes,
//! they become one call of the runtime's `builder_conversions!`, which
//! writes the same impls; any other shape is left as it is. It runs after
//! `tag_features`, and the call keeps the impls' `cfg`.

use std::collections::HashMap;

use quote::ToTokens;
use spec_model::spec::Spec;
use syn::{Fields, Ident, Item, ItemImpl, parse_quote};

use super::syntax::{builder_module, types_module};

/// Which of a model's three conversions an impl is.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Conversion {
    /// `TryFrom<builder::X> for super::X`.
    Finish,
    /// `TryFrom<builder::X> for Option<super::X>`.
    FinishOptional,
    /// `From<super::X> for builder::X`.
    Start,
}

/// Replaces each model's conversions; see the module docs.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    let types = types_module(file)?;
    // typify writes builders for structs only: a spec without one has none.
    if !types.iter().any(|item| matches!(item, Item::Struct(_))) {
        return Ok(());
    }
    let builders = builder_module(types)?;
    let structs: Vec<(Ident, Vec<Ident>)> = builders
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => match &s.fields {
                Fields::Named(named) => Some((
                    s.ident.clone(),
                    named.named.iter().filter_map(|f| f.ident.clone()).collect(),
                )),
                _ => None,
            },
            _ => None,
        })
        .collect();
    // Each conversion impl by its kind and its builder's name, found once.
    let mut found: HashMap<(Conversion, String), usize> = HashMap::new();
    for (at, item) in builders.iter().enumerate() {
        if let Item::Impl(imp) = item
            && let Some(key) = conversion_of(imp)
        {
            found.insert(key, at);
        }
    }
    let mut replaced: HashMap<usize, Option<Item>> = HashMap::new();
    for (name, fields) in &structs {
        let expected = expected_impls(name, fields);
        let mut places = Vec::new();
        for (kind, want) in &expected {
            let Some(&at) = found.get(&(*kind, name.to_string())) else {
                break;
            };
            let Item::Impl(imp) = &builders[at] else {
                break;
            };
            if without_attrs(imp) != *want {
                break;
            }
            places.push((at, imp.attrs.clone()));
        }
        // All three, gated alike.
        let [(first, attrs), (second, a2), (third, a3)] = places.as_slice() else {
            continue;
        };
        if attrs != a2 || attrs != a3 {
            continue;
        }
        let call: Item = parse_quote! {
            #(#attrs)*
            ::client_runtime::builder_conversions!(
                #name => super::#name, super::error::ConversionError; #(#fields),*
            );
        };
        replaced.insert(*first, Some(call));
        replaced.insert(*second, None);
        replaced.insert(*third, None);
    }
    let items = std::mem::take(builders);
    *builders = items
        .into_iter()
        .enumerate()
        .filter_map(|(at, item)| match replaced.remove(&at) {
            Some(call) => call,
            None => Some(item),
        })
        .collect();
    Ok(())
}

/// Which conversion `imp` is, and its builder's name, by its trait and
/// self type alone.
fn conversion_of(imp: &ItemImpl) -> Option<(Conversion, String)> {
    let (path, _) = imp.trait_.as_ref()?;
    let last = path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(syn::Type::Path(argument))) = args.args.first() else {
        return None;
    };
    let syn::Type::Path(self_ty) = &*imp.self_ty else {
        return None;
    };
    let name = |p: &syn::Path| p.segments.last().map(|s| s.ident.to_string());
    match last.ident.to_string().as_str() {
        "TryFrom" if name(&self_ty.path).as_deref() == Some("Option") => {
            Some((Conversion::FinishOptional, name(&argument.path)?))
        }
        "TryFrom" => Some((Conversion::Finish, name(&argument.path)?)),
        "From" => Some((Conversion::Start, name(&self_ty.path)?)),
        _ => None,
    }
}

/// The three impls as typify and `optional_builders` write them for the
/// builder `name` with `fields`, each as tokens.
fn expected_impls(name: &Ident, fields: &[Ident]) -> [(Conversion, String); 3] {
    let finish: ItemImpl = parse_quote! {
        impl ::std::convert::TryFrom<#name> for super::#name {
            type Error = super::error::ConversionError;
            fn try_from(value: #name) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { #(#fields: value.#fields?),* })
            }
        }
    };
    let optional: ItemImpl = parse_quote! {
        impl ::std::convert::TryFrom<#name> for ::std::option::Option<super::#name> {
            type Error = super::error::ConversionError;
            fn try_from(value: #name) -> ::std::result::Result<Self, Self::Error> {
                super::#name::try_from(value).map(Some)
            }
        }
    };
    let start: ItemImpl = parse_quote! {
        impl ::std::convert::From<super::#name> for #name {
            fn from(value: super::#name) -> Self {
                Self { #(#fields: Ok(value.#fields)),* }
            }
        }
    };
    [
        (Conversion::Finish, tokens(&finish)),
        (Conversion::FinishOptional, tokens(&optional)),
        (Conversion::Start, tokens(&start)),
    ]
}

/// An impl's tokens, its attributes (a `cfg`) left out.
fn without_attrs(imp: &ItemImpl) -> String {
    let mut imp = imp.clone();
    imp.attrs.clear();
    tokens(&imp)
}

/// An impl's tokens, a struct expression's trailing comma left out.
fn tokens(imp: &ItemImpl) -> String {
    imp.to_token_stream().to_string().replace(", }", "}")
}

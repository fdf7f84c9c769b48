//! Finding one's way in progenitor's output: the modules it writes, and
//! what an item is.

use syn::{Attribute, Item, Type};

/// The `types` module that holds the models.
pub fn types_module(file: &mut syn::File) -> Result<&mut Vec<Item>, String> {
    submodule(&mut file.items, "types")
}

/// The `builder` module that holds the operations' builders (not the
/// models' builders under `types`).
pub fn operation_builders(file: &mut syn::File) -> Result<&mut Vec<Item>, String> {
    submodule(&mut file.items, "builder")
}

/// The value of field `name` of a struct expression, when it is a string
/// literal: `id` of `Operation { id: "getOrder", .. }`.
pub fn str_field(fields: &syn::ExprStruct, name: &str) -> Option<String> {
    fields
        .fields
        .iter()
        .find_map(|field| match (&field.member, &field.expr) {
            (
                syn::Member::Named(member),
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(value),
                    ..
                }),
            ) if member == name => Some(value.value()),
            _ => None,
        })
}

/// The `….execute(…)` call of `let <response> = ….execute(…).await?;`,
/// the statement `call_path` writes into each `send()`.
pub fn execute_call(stmt: &syn::Stmt) -> Option<&syn::ExprMethodCall> {
    let syn::Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Expr::Try(tried) = &*local.init.as_ref()?.expr else {
        return None;
    };
    let syn::Expr::Await(awaited) = &*tried.expr else {
        return None;
    };
    match &*awaited.base {
        syn::Expr::MethodCall(call) if call.method == "execute" => Some(call),
        _ => None,
    }
}

/// The `builder` module inside `types`.
pub fn builder_module(types: &mut [Item]) -> Result<&mut Vec<Item>, String> {
    submodule(types, "builder")
}

/// The items of the inline module `name` among `items`.
fn submodule<'a>(items: &'a mut [Item], name: &str) -> Result<&'a mut Vec<Item>, String> {
    items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        })
        .ok_or_else(|| {
            format!("the generated code has no `{name}` module: has progenitor's output changed?")
        })
}

/// The paths named in an item's `#[derive(...)]` attributes.
pub fn derives(attrs: &[Attribute]) -> Vec<syn::Path> {
    let mut found = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            found.push(meta.path.clone());
            Ok(())
        });
    }
    found
}

/// Whether a path's last segment is `name` (`::serde::Deserialize` is
/// `Deserialize`).
pub fn last_is(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|s| s.ident == name)
}

/// Whether `ty` is the plain path `name`.
pub fn is_type(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident(name))
}

/// The name of `ty` when it is a plain path of one segment (`Status`, as
/// [`is_type`] matches it): to look a type up by name instead of
/// comparing it with every name.
pub fn plain_type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

/// Whether an impl block's trait is the one named (by its last segment).
pub fn implements(imp: &syn::ItemImpl, name: &str) -> bool {
    imp.trait_
        .as_ref()
        .and_then(|(path, _)| path.segments.last())
        .is_some_and(|s| s.ident == name)
}

/// The methods of the inherent impls among `items` (setters, with `new`,
/// `send` and the like).
pub fn inherent_methods(items: &mut [Item]) -> impl Iterator<Item = &mut syn::ImplItemFn> {
    items
        .iter_mut()
        .filter_map(|item| match item {
            Item::Impl(imp) if imp.trait_.is_none() => Some(&mut imp.items),
            _ => None,
        })
        .flatten()
        .filter_map(|member| match member {
            syn::ImplItem::Fn(f) => Some(f),
            _ => None,
        })
}

/// `X` of a predicate `V: std::convert::TryInto<X>`.
pub fn try_into_target(predicate: &syn::WherePredicate) -> Option<Type> {
    let syn::WherePredicate::Type(bound) = predicate else {
        return None;
    };
    bound.bounds.iter().find_map(|b| match b {
        syn::TypeParamBound::Trait(t) if last_is(&t.path, "TryInto") => {
            match &t.path.segments.last()?.arguments {
                syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
                    syn::GenericArgument::Type(ty) => Some(ty.clone()),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    })
}

/// Whether a predicate is `T::Error: ...`.
pub fn is_error_bound(predicate: &syn::WherePredicate) -> bool {
    matches!(predicate, syn::WherePredicate::Type(bound)
        if matches!(&bound.bounded_ty, Type::Path(p) if p.path.segments.len() == 2 && last_is(&p.path, "Error")))
}

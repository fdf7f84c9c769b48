//! The last look at the generated code before it is printed: no name is
//! defined twice where Rust allows it once. [`refuse`](super::refuse) keeps
//! such specs out by predicting the generator's names; this finds what a
//! prediction missed, so that a spec never yields code that does not
//! compile, only a clear error.

use std::collections::{BTreeMap, BTreeSet};

use spec_model::model_builder::{Call, Kind};
use syn::{Fields, ImplItem, Item, Type};

/// The first name the code defines twice in one place, described.
pub fn duplicate(file: &syn::File) -> Option<String> {
    duplicate_in(&file.items, "the crate root")
}

fn duplicate_in(items: &[Item], place: &str) -> Option<String> {
    let mut types = BTreeSet::new();
    // type -> its inherent methods
    let mut methods: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in items {
        let defined = match item {
            Item::Struct(s) => {
                if let Fields::Named(fields) = &s.fields {
                    let mut seen = BTreeSet::new();
                    for field in fields.named.iter().filter_map(|f| f.ident.as_ref()) {
                        if !seen.insert(field.to_string()) {
                            return Some(format!(
                                "the struct `{}` in {place} has two fields `{field}`",
                                s.ident
                            ));
                        }
                    }
                }
                Some(s.ident.clone())
            }
            Item::Enum(e) => Some(e.ident.clone()),
            Item::Type(t) => Some(t.ident.clone()),
            // A model's builder, its struct and setters in one call.
            Item::Macro(m) => match Call::of(&m.mac) {
                Some(call) => {
                    let mut seen = BTreeSet::new();
                    let known = methods.entry(call.builder.to_string()).or_default();
                    for field in &call.fields {
                        if !seen.insert(field.name.to_string()) {
                            return Some(format!(
                                "the struct `{}` in {place} has two fields `{}`",
                                call.builder, field.name
                            ));
                        }
                        if field.kind != Kind::Custom && !known.insert(field.name.to_string()) {
                            return Some(format!(
                                "`{}` in {place} has two methods `{}`",
                                call.builder, field.name
                            ));
                        }
                    }
                    Some(call.builder)
                }
                None => None,
            },
            Item::Mod(m) => {
                if let Some((_, inner)) = &m.content
                    && let Some(found) = duplicate_in(inner, &format!("`{}`", m.ident))
                {
                    return Some(found);
                }
                Some(m.ident.clone())
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let Type::Path(self_ty) = &*imp.self_ty else {
                    continue;
                };
                let Some(name) = self_ty.path.segments.last() else {
                    continue;
                };
                let known = methods.entry(name.ident.to_string()).or_default();
                for inner in &imp.items {
                    if let ImplItem::Fn(f) = inner
                        && !known.insert(f.sig.ident.to_string())
                    {
                        return Some(format!(
                            "`{}` in {place} has two methods `{}`",
                            name.ident, f.sig.ident
                        ));
                    }
                }
                None
            }
            _ => None,
        };
        if let Some(ident) = defined
            && !types.insert(ident.to_string())
        {
            return Some(format!("{place} defines `{ident}` twice"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn found(tokens: proc_macro2::TokenStream) -> Option<String> {
        duplicate(&syn::parse2(tokens).unwrap())
    }

    #[test]
    fn names_defined_twice_are_found() {
        assert_eq!(
            found(quote! { struct A; mod m { struct B; } impl A { fn f() {} } }),
            None
        );
        assert_eq!(
            found(quote! { mod types { struct A; enum A {} } }).as_deref(),
            Some("`types` defines `A` twice")
        );
        assert_eq!(
            found(quote! { struct A { x: u8, x: u8 } }).as_deref(),
            Some("the struct `A` in the crate root has two fields `x`")
        );
        assert_eq!(
            found(quote! { impl C { fn f() {} } impl C { fn f() {} } }).as_deref(),
            Some("`C` in the crate root has two methods `f`")
        );
    }

    #[test]
    fn a_model_builder_call_defines_its_struct_and_setters() {
        let call = quote! {
            ::client_runtime::model_builder! {
                A => super::A, E { x: value(u8), y: custom(u8) }
            }
        };
        assert_eq!(
            found(quote! { mod builder { struct A; #call } }).as_deref(),
            Some("`builder` defines `A` twice")
        );
        assert_eq!(
            found(quote! { #call impl A { fn x() {} } }).as_deref(),
            Some("`A` in the crate root has two methods `x`")
        );
        // A `custom` field's setter is the crate's own.
        assert_eq!(found(quote! { #call impl A { fn y() {} } }), None);
        assert_eq!(
            found(quote! {
                ::client_runtime::model_builder! { A => super::A, E { x: value(u8), x: list(u8) } }
            })
            .as_deref(),
            Some("the struct `A` in the crate root has two fields `x`")
        );
    }
}

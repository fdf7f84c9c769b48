//! A value the spec does not list yet must not fail a whole response.

use std::collections::HashSet;

use spec_model::spec::Spec;
use spec_model::surface::serde_rename;
use syn::{Fields, Item, ItemEnum, parse_quote};

use super::syntax::{derives, implements, last_is, plain_type_name, types_module};

/// Opens every string enum; see [`open_string_enums`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    open_string_enums(types_module(file)?)
}

/// Makes every string enum open: values the spec does not list decode into
/// an `Unknown(String)` variant instead of failing the whole response.
///
/// typify's enum and its conversion impls are replaced by ones written here:
/// the enum loses `Copy` (it now holds a `String`), and parsing from a string
/// can no longer fail.
fn open_string_enums(types: &mut Vec<Item>) -> Result<(), String> {
    // One walk over the module: a spec of a thousand enums would otherwise
    // scan (and shift) every item once for each.
    let names: HashSet<String> = types
        .iter()
        .filter_map(|item| match item {
            Item::Enum(e) if is_string_enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut opened = Vec::with_capacity(types.len() + 5 * names.len());
    for item in std::mem::take(types) {
        match item {
            // Conversions that typify wrote for the closed enum.
            Item::Impl(imp)
                if ["Display", "FromStr", "TryFrom"]
                    .iter()
                    .any(|t| implements(&imp, t))
                    && plain_type_name(&imp.self_ty).is_some_and(|name| names.contains(&name)) => {}
            Item::Enum(closed) if names.contains(&closed.ident.to_string()) => {
                opened.extend(open_enum(closed)?);
            }
            other => opened.push(other),
        }
    }
    *types = opened;
    Ok(())
}

/// An enum of unit variants that serde reads from strings.
fn is_string_enum(e: &ItemEnum) -> bool {
    !e.variants.is_empty()
        && e.variants.iter().all(|v| matches!(v.fields, Fields::Unit))
        && derives(&e.attrs).iter().any(|d| last_is(d, "Deserialize"))
}

/// The value serde reads and writes for a unit variant.
fn wire_name(variant: &syn::Variant) -> String {
    serde_rename(&variant.attrs).unwrap_or_else(|| variant.ident.to_string())
}

fn open_enum(mut e: ItemEnum) -> Result<Vec<Item>, String> {
    let name = e.ident.clone();
    if e.variants.iter().any(|v| v.ident == "Unknown") {
        return Err(format!(
            "enum `{name}` has a value named `Unknown`, the name kept for values the spec does not list"
        ));
    }
    let kept: Vec<syn::Path> = derives(&e.attrs)
        .into_iter()
        .filter(|d| !d.is_ident("Copy"))
        .collect();
    e.attrs.retain(|a| !a.path().is_ident("derive"));
    e.attrs.insert(0, parse_quote!(#[derive(#(#kept),*)]));

    let variants: Vec<_> = e.variants.iter().map(|v| v.ident.clone()).collect();
    let values: Vec<_> = e.variants.iter().map(wire_name).collect();
    e.variants.push(parse_quote! {
        /// A value this version of the spec does not list, kept exactly as
        /// the server sent it.
        #[serde(untagged)]
        Unknown(::std::string::String)
    });

    let items: Vec<Item> = vec![
        Item::Enum(e),
        parse_quote! {
            impl #name {
                /// The value as it is sent and received.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#variants => #values,)*
                        Self::Unknown(value) => value.as_str(),
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        },
        parse_quote! {
            impl ::std::convert::From<&str> for #name {
                fn from(value: &str) -> Self {
                    match value {
                        #(#values => Self::#variants,)*
                        other => Self::Unknown(other.to_owned()),
                    }
                }
            }
        },
        parse_quote! {
            impl ::std::convert::From<::std::string::String> for #name {
                fn from(value: ::std::string::String) -> Self {
                    Self::from(value.as_str())
                }
            }
        },
        parse_quote! {
            impl ::std::str::FromStr for #name {
                type Err = ::std::convert::Infallible;
                fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                    Ok(Self::from(value))
                }
            }
        },
    ];
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::TokenStream;
    use quote::{ToTokens, quote};

    fn file(tokens: TokenStream) -> syn::File {
        syn::parse2(tokens).unwrap()
    }

    #[test]
    fn string_enums_gain_an_unknown_variant_and_lose_copy() {
        let mut types = file(quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug)]
            pub enum Status {
                #[serde(rename = "ACTIVE")]
                Active,
                #[serde(rename = "IN ACTIVE")]
                InActive,
            }
            impl ::std::fmt::Display for Status { fn fmt(&self) {} }
            impl ::std::str::FromStr for Status { type Err = (); }
            impl ::std::convert::TryFrom<&str> for Status { type Error = (); }
            impl ::std::default::Default for Status { fn default() -> Self { Self::Active } }
        })
        .items;
        open_string_enums(&mut types).unwrap();
        let Item::Enum(e) = &types[0] else { panic!() };
        assert_eq!(e.variants.last().unwrap().ident, "Unknown");
        assert!(!derives(&e.attrs).iter().any(|d| last_is(d, "Copy")));
        // typify's fallible conversions are replaced, Default is kept.
        let impls: Vec<_> = types
            .iter()
            .filter_map(|i| match i {
                Item::Impl(imp) => imp
                    .trait_
                    .as_ref()
                    .map(|(p, _)| p.segments.last().unwrap().ident.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(impls, ["Display", "From", "From", "FromStr", "Default"]);
        let from_str = types
            .iter()
            .find_map(|i| match i {
                Item::Impl(imp) if implements(imp, "FromStr") => Some(imp),
                _ => None,
            })
            .unwrap();
        assert!(
            from_str
                .to_token_stream()
                .to_string()
                .contains("Infallible")
        );
        let shown = types[1].to_token_stream().to_string();
        assert!(
            shown.contains("Self :: InActive => \"IN ACTIVE\""),
            "{shown}"
        );
    }

    #[test]
    fn a_value_named_unknown_is_refused() {
        let mut types = file(quote! {
            #[derive(::serde::Deserialize)]
            pub enum Status { Unknown }
        })
        .items;
        let e = open_string_enums(&mut types).unwrap_err();
        assert!(e.contains("`Status`"), "{e}");
    }
}

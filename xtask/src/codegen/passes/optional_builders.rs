//! A model's builder can fill an optional field of the model's type, not
//! only a required one.

use spec_model::spec::Spec;
use syn::{Item, Type, parse_quote};

use super::syntax::{builder_module, types_module};

/// Adds the conversions; see [`optional_field_conversions`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    let types = types_module(file)?;
    // typify writes builders for structs only: a spec without one has none.
    if !types.iter().any(|item| matches!(item, Item::Struct(_))) {
        return Ok(());
    }
    let models = builder_module(types)?;
    let conversions = optional_field_conversions(models);
    models.extend(conversions);
    Ok(())
}

/// typify lets a builder stand for a required field of its type, but not for
/// an optional one. For each `impl TryFrom<builder::X> for X` this adds the
/// same conversion into `Option<X>`, so that
/// `.item(Item::builder().quantity(2))` works whether or not `item` is
/// required.
fn optional_field_conversions(builders: &[Item]) -> Vec<Item> {
    builders
        .iter()
        .filter_map(|item| match item {
            Item::Impl(imp) if imp.trait_.as_ref().is_some_and(|(path, _)| {
                path.segments.last().is_some_and(|s| s.ident == "TryFrom")
            }) && matches!(&*imp.self_ty, Type::Path(p) if p.path.segments.first().is_some_and(|s| s.ident == "super")) =>
            {
                let (path, _) = imp.trait_.as_ref()?;
                let syn::PathArguments::AngleBracketed(args) = &path.segments.last()?.arguments else {
                    return None;
                };
                let builder = args.args.first()?;
                let model = &imp.self_ty;
                Some(parse_quote! {
                    impl ::std::convert::TryFrom<#builder> for ::std::option::Option<#model> {
                        type Error = super::error::ConversionError;
                        fn try_from(value: #builder) -> ::std::result::Result<Self, Self::Error> {
                            #model::try_from(value).map(Some)
                        }
                    }
                })
            }
            _ => None,
        })
        .collect()
}

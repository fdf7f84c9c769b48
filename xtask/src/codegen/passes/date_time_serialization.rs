//! A model's date-times are written in one piece. chrono serializes a
//! `DateTime<Utc>` through `Display`, which serde_json escapes fragment by
//! fragment: about eight times the cost of a string, which made the models
//! with many date-times slower to encode than `serde_json::Value`. The
//! runtime writes the same text at once (`client_runtime::rfc3339`).

use spec_model::spec::Spec;
use syn::{Attribute, Fields, GenericArgument, Item, PathArguments, Type, parse_quote};

use super::syntax::{derives, last_is, types_module};

/// Adds the runtime's serializer to each date-time field; see
/// [`serialize_date_times_at_once`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    serialize_date_times_at_once(types_module(file)?);
    Ok(())
}

/// Every field of a serializable model whose type is `DateTime<Utc>` or
/// `Option<DateTime<Utc>>` gains `#[serde(serialize_with = ...)]`. Other
/// shapes (a list of date-times) keep chrono's own, which writes the same
/// text, more slowly.
fn serialize_date_times_at_once(types: &mut [Item]) {
    let plain: Attribute =
        parse_quote!(#[serde(serialize_with = "::client_runtime::rfc3339::serialize")]);
    let optional: Attribute =
        parse_quote!(#[serde(serialize_with = "::client_runtime::rfc3339::serialize_option")]);
    for item in types {
        let Item::Struct(model) = item else {
            continue;
        };
        if !derives(&model.attrs)
            .iter()
            .any(|d| last_is(d, "Serialize"))
        {
            continue;
        }
        let fields = match &mut model.fields {
            Fields::Named(fields) => fields.named.iter_mut(),
            Fields::Unnamed(fields) => fields.unnamed.iter_mut(),
            Fields::Unit => continue,
        };
        for field in fields {
            if is_utc_date_time(&field.ty) {
                field.attrs.push(plain.clone());
            } else if option_of(&field.ty).is_some_and(is_utc_date_time) {
                field.attrs.push(optional.clone());
            }
        }
    }
}

/// Whether `ty` is chrono's `DateTime<Utc>`, however the path is written.
fn is_utc_date_time(ty: &Type) -> bool {
    single_argument(ty, "DateTime")
        .is_some_and(|arg| matches!(arg, Type::Path(p) if last_is(&p.path, "Utc")))
}

/// `T` when `ty` is `Option<T>`.
fn option_of(ty: &Type) -> Option<&Type> {
    single_argument(ty, "Option")
}

/// The one type argument of `ty` when its path ends in `name<...>`.
fn single_argument<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    match arguments.args.iter().collect::<Vec<_>>()[..] {
        [GenericArgument::Type(ty)] => Some(ty),
        _ => None,
    }
}

//! Some field types are written by the runtime instead of their own
//! `Serialize`, so that a model encodes what it decoded, closer to the
//! speed of `serde_json::Value`:
//!
//! - a date-time (`DateTime<Utc>`): chrono formats it through `Display`,
//!   which serde_json escapes fragment by fragment, about eight times the
//!   cost of a string; `client_runtime::rfc3339` writes the same text at
//!   once;
//! - a `number` (`f64`): serde_json writes a whole `10` back as `10.0`,
//!   slowly, and a server that reads the field as an integer may refuse it;
//!   `client_runtime::number` writes it as it came.

use spec_model::spec::Spec;
use spec_model::surface::generic_args;
use syn::{Attribute, Field, Fields, Item, LitStr, Type};

use super::syntax::{derives, is_type, last_is, types_module};

/// A field type the runtime writes, and the runtime's functions for it.
struct FieldSerializer {
    /// Whether a type is the one written (`f64`, `DateTime<Utc>`).
    is: fn(&Type) -> bool,
    /// The runtime module whose `serialize`, `serialize_option` and, when
    /// it has one, `serialize_list` write it.
    module: &'static str,
    /// Whether the module writes a list (`Vec<T>`) too.
    list: bool,
}

const FIELD_SERIALIZERS: &[FieldSerializer] = &[
    FieldSerializer {
        is: is_utc_date_time,
        module: "::client_runtime::rfc3339",
        list: false,
    },
    FieldSerializer {
        is: is_f64,
        module: "::client_runtime::number",
        list: true,
    },
];

/// Adds the runtime's serializers; see [`serialize_through_the_runtime`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    serialize_through_the_runtime(types_module(file)?);
    Ok(())
}

/// Every field of a serializable model, or of a variant of a serializable
/// enum, whose type is one of [`FIELD_SERIALIZERS`] (itself, an `Option` of
/// it, or where the runtime writes lists, a `Vec` of it) gains
/// `#[serde(serialize_with = ...)]`. Other shapes (a map of them, a list of
/// date-times or of optional numbers, an `f32`) keep their own `Serialize`:
/// a date-time's text is the same, written more slowly; a whole number is
/// written with a fraction (`10.0`). No spec here has such a shape; one that
/// does shows it in the example round trip, which compares numbers exactly.
fn serialize_through_the_runtime(types: &mut [Item]) {
    for item in types {
        let (attrs, fields): (_, Vec<&mut Fields>) = match item {
            Item::Struct(model) => (&model.attrs, vec![&mut model.fields]),
            Item::Enum(model) => (
                &model.attrs,
                model.variants.iter_mut().map(|v| &mut v.fields).collect(),
            ),
            _ => continue,
        };
        if !derives(attrs).iter().any(|d| last_is(d, "Serialize")) {
            continue;
        }
        for fields in fields {
            fields.iter_mut().for_each(add_serializer);
        }
    }
}

/// Adds the `serialize_with` that writes `field`, if a runtime module does.
fn add_serializer(field: &mut Field) {
    let function = FIELD_SERIALIZERS.iter().find_map(|s| {
        if (s.is)(&field.ty) {
            Some(format!("{}::serialize", s.module))
        } else if argument_of(&field.ty, "Option").is_some_and(s.is) {
            Some(format!("{}::serialize_option", s.module))
        } else if s.list && argument_of(&field.ty, "Vec").is_some_and(s.is) {
            Some(format!("{}::serialize_list", s.module))
        } else {
            None
        }
    });
    if let Some(function) = function {
        let function = LitStr::new(&function, proc_macro2::Span::call_site());
        let attr: Attribute = syn::parse_quote!(#[serde(serialize_with = #function)]);
        field.attrs.push(attr);
    }
}

/// Whether `ty` is chrono's `DateTime<Utc>`, however the path is written.
fn is_utc_date_time(ty: &Type) -> bool {
    argument_of(ty, "DateTime")
        .is_some_and(|arg| matches!(arg, Type::Path(p) if last_is(&p.path, "Utc")))
}

fn is_f64(ty: &Type) -> bool {
    is_type(ty, "f64")
}

/// The one type argument of `ty` when its path ends in `name<...>`.
fn argument_of<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    if !last_is(&path.path, name) {
        return None;
    }
    match generic_args(ty)[..] {
        [argument] => Some(argument),
        _ => None,
    }
}

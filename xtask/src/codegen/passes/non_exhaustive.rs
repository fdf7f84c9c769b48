//! A field or variant the spec adds later breaks no consumer.

use spec_model::spec::Spec;
use syn::{Attribute, Item, parse_quote};

use super::syntax::types_module;

/// Marks the models; see [`mark_models_non_exhaustive`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    mark_models_non_exhaustive(types_module(file)?);
    Ok(())
}

/// Models are built through their builders (`Type::builder()`), and read by
/// field. `#[non_exhaustive]` keeps it that way, so that a field or variant a
/// spec adds later does not break a consumer's struct literal or match.
fn mark_models_non_exhaustive(types: &mut [Item]) {
    let attr: Attribute = parse_quote!(#[non_exhaustive]);
    for item in types {
        match item {
            Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => {
                s.attrs.push(attr.clone());
            }
            Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => {
                e.attrs.push(attr.clone());
            }
            _ => {}
        }
    }
}

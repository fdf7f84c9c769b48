//! typify names the variants of an untagged `oneOf` `Variant0`,
//! `Variant1`...; this pass names each after the type it holds.

use std::collections::{HashMap, HashSet};

use heck::ToUpperCamelCase;

use spec_model::spec::Spec;
use syn::visit_mut::{self, VisitMut};
use syn::{Fields, Item, Type};

use super::syntax::{plain_type_name, types_module};

/// Names numbered variants; see [`name_untagged_variants`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    name_untagged_variants(types_module(file)?);
    Ok(())
}

/// typify names the variants of a `oneOf` of unnamed schemas `Variant0`,
/// `Variant1`, ... Where each variant holds one value of a distinct type,
/// the variant is named after that type instead (`NaiveDate`, `DateTime`,
/// `F64`).
fn name_untagged_variants(types: &mut [Item]) {
    let mut renames: Vec<(String, Vec<(String, syn::Ident)>)> = Vec::new();
    for item in types.iter_mut() {
        let Item::Enum(e) = item else {
            continue;
        };
        let numbered = e.variants.iter().all(|v| {
            v.ident
                .to_string()
                .strip_prefix("Variant")
                .is_some_and(|n| n.parse::<u32>().is_ok())
                && matches!(&v.fields, Fields::Unnamed(f) if f.unnamed.len() == 1)
        });
        if !numbered {
            continue;
        }
        let names: Vec<Option<syn::Ident>> = e
            .variants
            .iter()
            .map(|v| match &v.fields {
                // A primitive's name (`f64`, `bool`) in UpperCamelCase, as
                // a variant's is.
                Fields::Unnamed(f) => match &f.unnamed[0].ty {
                    Type::Path(p) => p.path.segments.last().map(|s| {
                        syn::Ident::new(&s.ident.to_string().to_upper_camel_case(), s.ident.span())
                    }),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let unique: HashSet<String> = names.iter().flatten().map(ToString::to_string).collect();
        if names.iter().any(Option::is_none) || unique.len() != names.len() {
            continue;
        }
        let mut pairs = Vec::new();
        for (variant, name) in e.variants.iter_mut().zip(names.into_iter().flatten()) {
            pairs.push((variant.ident.to_string(), name.clone()));
            variant.ident = name;
        }
        renames.push((e.ident.to_string(), pairs));
    }
    let renames: HashMap<String, Vec<(String, syn::Ident)>> = renames.into_iter().collect();
    for item in types.iter_mut() {
        let Item::Impl(imp) = item else {
            continue;
        };
        if let Some(pairs) = plain_type_name(&imp.self_ty).and_then(|name| renames.get(&name)) {
            RenameVariants(pairs).visit_item_impl_mut(imp);
        }
    }
}

/// Renames path segments `VariantN` to their new names.
struct RenameVariants<'a>(&'a [(String, syn::Ident)]);

impl VisitMut for RenameVariants<'_> {
    fn visit_path_segment_mut(&mut self, segment: &mut syn::PathSegment) {
        if let Some((_, new)) = self.0.iter().find(|(old, _)| segment.ident == old) {
            segment.ident = new.clone();
        }
        visit_mut::visit_path_segment_mut(self, segment);
    }
}

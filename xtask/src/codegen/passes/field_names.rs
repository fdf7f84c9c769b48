//! typify gives two JSON properties one Rust field name where they differ
//! only by leading underscores (`_id` beside `id`), and the code does not
//! compile. This pass spells the underscores out.

use std::collections::HashMap;

use heck::ToSnakeCase;
use quote::format_ident;
use spec_model::spec::Spec;
use spec_model::surface::serde_rename;
use syn::visit_mut::{self, VisitMut};
use syn::{Fields, Item, Type};

use super::syntax::{builder_module, types_module};

/// Renames colliding fields; see [`disambiguate_field_names`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    disambiguate_field_names(types_module(file)?)
}

/// typify names the properties `_id` and `id` of one object both `id`, and
/// the result does not compile. A field whose JSON name has leading
/// underscores is renamed to spell them out (`_id` becomes `underscore_id`;
/// serde still reads and writes `_id`), in the model and in its builder.
/// Other collisions are refused with the names involved.
fn disambiguate_field_names(types: &mut [Item]) -> Result<(), String> {
    // (type, field, which of the fields with that name, new name)
    let mut renames: Vec<(String, String, usize, syn::Ident)> = Vec::new();
    for item in types.iter_mut() {
        let Item::Struct(model) = item else {
            continue;
        };
        let Fields::Named(fields) = &mut model.fields else {
            continue;
        };
        let idents: Vec<String> = fields
            .named
            .iter()
            .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
            .collect();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for field in fields.named.iter_mut() {
            let Some(ident) = field.ident.as_ref().map(ToString::to_string) else {
                continue;
            };
            if idents.iter().filter(|i| **i == ident).count() < 2 {
                continue;
            }
            let occurrence = seen.entry(ident.clone()).or_default();
            let index = *occurrence;
            *occurrence += 1;
            let json = serde_rename(&field.attrs).unwrap_or_else(|| ident.clone());
            let underscores = json.len() - json.trim_start_matches('_').len();
            if underscores == 0 {
                if json.to_snake_case() == ident {
                    continue;
                }
                return Err(format!(
                    "`{}` has two properties that become the field `{ident}` in Rust, one of them `{json}`: \
                     rename one in the spec",
                    model.ident
                ));
            }
            let new = format_ident!("{}{ident}", "underscore_".repeat(underscores));
            renames.push((model.ident.to_string(), ident, index, new.clone()));
            field.ident = Some(new);
        }
    }
    if renames.is_empty() {
        return Ok(());
    }
    let builders = builder_module(types)?;
    for item in builders.iter_mut() {
        let type_name = match item {
            Item::Struct(s) => s.ident.to_string(),
            Item::Impl(imp) => match &*imp.self_ty {
                Type::Path(p) => p
                    .path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .unwrap_or_default(),
                _ => continue,
            },
            _ => continue,
        };
        for (_, field, index, new) in renames.iter().filter(|r| r.0 == type_name) {
            let mut rename = RenameField {
                field,
                index: *index,
                new,
                seen_fields: 0,
                seen_inits: 0,
                seen_methods: 0,
            };
            rename.visit_item_mut(item);
        }
    }
    Ok(())
}

/// Renames the `index`-th field called `field` in a builder struct, the
/// `index`-th initializer of it in each struct expression (and the field it
/// reads), and the `index`-th setter of that name (and the field it writes).
struct RenameField<'a> {
    field: &'a str,
    index: usize,
    new: &'a syn::Ident,
    seen_fields: usize,
    seen_inits: usize,
    seen_methods: usize,
}

impl VisitMut for RenameField<'_> {
    fn visit_field_mut(&mut self, f: &mut syn::Field) {
        if f.ident.as_ref().is_some_and(|i| i == self.field) {
            if self.seen_fields == self.index {
                f.ident = Some(self.new.clone());
            }
            self.seen_fields += 1;
        }
    }
    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        let mut seen = 0;
        for init in e.fields.iter_mut() {
            if matches!(&init.member, syn::Member::Named(i) if i == self.field) {
                if seen == self.index {
                    init.member = syn::Member::Named(self.new.clone());
                    RenameAccess(self.field, self.new).visit_expr_mut(&mut init.expr);
                }
                seen += 1;
            }
        }
        self.seen_inits += seen;
    }
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        if f.sig.ident == self.field {
            if self.seen_methods == self.index {
                f.sig.ident = self.new.clone();
                RenameAccess(self.field, self.new).visit_block_mut(&mut f.block);
            }
            self.seen_methods += 1;
        } else {
            visit_mut::visit_impl_item_fn_mut(self, f);
        }
    }
}

/// Renames field accesses `x.field` to `x.new`.
struct RenameAccess<'a>(&'a str, &'a syn::Ident);

impl VisitMut for RenameAccess<'_> {
    fn visit_expr_field_mut(&mut self, e: &mut syn::ExprField) {
        if matches!(&e.member, syn::Member::Named(i) if i == self.0) {
            e.member = syn::Member::Named(self.1.clone());
        }
        visit_mut::visit_expr_field_mut(self, e);
    }
}

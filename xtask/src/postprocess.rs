//! Changes made to progenitor's output before it is written, each one for a
//! promise the generated crates make that progenitor alone does not keep.
//!
//! Every pass works on the syntax tree and fails loudly when the code it
//! expects is not there, so a new progenitor version that changes its output
//! is noticed at `cargo xtask codegen`, not by a consumer.

use std::collections::{HashMap, HashSet};

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident};
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Fields, ImplItem, Item, ItemEnum, Stmt, Type, parse_quote};

/// Applies every pass to a generated file.
pub fn apply(file: &mut syn::File, spec: &crate::spec::Spec) -> Result<(), String> {
    crate::enum_varnames::rename(file, spec)?;
    strip_api_version_header(file)?;
    remove_unchecked_constructor(file)?;
    let types = types_module(file)?;
    disambiguate_field_names(types)?;
    name_untagged_variants(types);
    open_string_enums(types)?;
    mark_models_non_exhaustive(types);
    let models = builder_module(types)?;
    let builders_for_optional_fields = optional_field_conversions(models);
    models.extend(builders_for_optional_fields);
    Ok(())
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

/// The JSON name in a field's or variant's `#[serde(rename = "...")]`, if
/// it has one.
pub(crate) fn serde_rename(attrs: &[Attribute]) -> Option<String> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                found = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    found
}

/// typify names the variants of a `oneOf` of unnamed schemas `Variant0`,
/// `Variant1`, ... Where each variant holds one value of a distinct type,
/// the variant is named after that type instead (`NaiveDate`, `DateTime`).
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
                Fields::Unnamed(f) => match &f.unnamed[0].ty {
                    Type::Path(p) => p.path.segments.last().map(|s| s.ident.clone()),
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
    for item in types.iter_mut() {
        let Item::Impl(imp) = item else {
            continue;
        };
        for (enum_name, pairs) in &renames {
            if is_type(&imp.self_ty, enum_name) {
                RenameVariants(pairs).visit_item_impl_mut(imp);
            }
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

/// The `types` module that holds the models.
fn types_module(file: &mut syn::File) -> Result<&mut Vec<Item>, String> {
    submodule(&mut file.items, "types")
}

/// The `builder` module inside `types`.
fn builder_module(types: &mut [Item]) -> Result<&mut Vec<Item>, String> {
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

/// progenitor sends `api-version: <info.version>` with every request, a header
/// no spec here declares. The statement that adds it goes; so does the `mut`
/// on a header map that nothing else is added to.
fn strip_api_version_header(file: &mut syn::File) -> Result<(), String> {
    struct Strip {
        removed: usize,
        operations: usize,
    }
    impl VisitMut for Strip {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block.stmts.retain(|stmt| {
                !stmt
                    .to_token_stream()
                    .to_string()
                    .contains("\"api-version\"")
            });
            let removed = before - block.stmts.len();
            if removed > 0 {
                self.removed += removed;
                let appends = block.stmts.iter().any(|stmt| {
                    stmt.to_token_stream()
                        .to_string()
                        .contains("header_map . append")
                });
                if !appends {
                    for stmt in &mut block.stmts {
                        if let Stmt::Local(local) = stmt
                            && let syn::Pat::Ident(binding) = &mut local.pat
                            && binding.ident == "header_map"
                        {
                            binding.mutability = None;
                        }
                    }
                }
            }
            visit_mut::visit_block_mut(self, block);
        }
        fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
            if f.sig.ident == "send" && f.sig.asyncness.is_some() {
                self.operations += 1;
            }
            visit_mut::visit_impl_item_fn_mut(self, f);
        }
    }
    let mut strip = Strip {
        removed: 0,
        operations: 0,
    };
    strip.visit_file_mut(file);
    if strip.removed != strip.operations {
        return Err(format!(
            "expected to remove one `api-version` header per operation ({}), removed {}: \
             has progenitor's output changed?",
            strip.operations, strip.removed
        ));
    }
    Ok(())
}

/// `Client::new` builds a client with no credentials and panics if the HTTP
/// client cannot be made; `Client::builder()` replaces it.
fn remove_unchecked_constructor(file: &mut syn::File) -> Result<(), String> {
    for item in &mut file.items {
        if let Item::Impl(imp) = item
            && imp.trait_.is_none()
            && is_type(&imp.self_ty, "Client")
        {
            let before = imp.items.len();
            imp.items
                .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "new"));
            if imp.items.len() < before {
                return Ok(());
            }
        }
    }
    Err(
        "the generated code has no `Client::new` to replace: has progenitor's output changed?"
            .into(),
    )
}

/// Makes every string enum open: values the spec does not list decode into
/// an `Unknown(String)` variant instead of failing the whole response.
///
/// typify's enum and its conversion impls are replaced by ones written here:
/// the enum loses `Copy` (it now holds a `String`), and parsing from a string
/// can no longer fail.
fn open_string_enums(types: &mut Vec<Item>) -> Result<(), String> {
    let names: Vec<syn::Ident> = types
        .iter()
        .filter_map(|item| match item {
            Item::Enum(e) if is_string_enum(e) => Some(e.ident.clone()),
            _ => None,
        })
        .collect();
    for name in &names {
        // Conversions that typify wrote for the closed enum.
        types.retain(|item| match item {
            Item::Impl(imp) => {
                !(is_type(&imp.self_ty, &name.to_string())
                    && imp.trait_.as_ref().is_some_and(|(path, _)| {
                        let last = path.segments.last().map(|s| s.ident.to_string());
                        matches!(last.as_deref(), Some("Display" | "FromStr" | "TryFrom"))
                    }))
            }
            _ => true,
        });
        let index = types
            .iter()
            .position(|item| matches!(item, Item::Enum(e) if &e.ident == name))
            .expect("the enum was found above");
        let Item::Enum(closed) = types.remove(index) else {
            unreachable!()
        };
        let open = open_enum(closed)?;
        for (offset, item) in open.into_iter().enumerate() {
            types.insert(index + offset, item);
        }
    }
    Ok(())
}

/// An enum of unit variants that serde reads from strings.
fn is_string_enum(e: &ItemEnum) -> bool {
    !e.variants.is_empty()
        && e.variants.iter().all(|v| matches!(v.fields, Fields::Unit))
        && derives(&e.attrs).iter().any(|d| d.ends_with("Deserialize"))
}

/// The paths named in an item's `#[derive(...)]` attributes.
fn derives(attrs: &[Attribute]) -> Vec<String> {
    let mut found = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            found.push(meta.path.to_token_stream().to_string().replace(' ', ""));
            Ok(())
        });
    }
    found
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
    let kept: Vec<TokenStream> = derives(&e.attrs)
        .into_iter()
        .filter(|d| d != "Copy")
        .map(|d| syn::parse_str::<syn::Path>(&d).map(|p| p.to_token_stream()))
        .collect::<Result<_, _>>()
        .map_err(|err| err.to_string())?;
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

/// Whether `ty` is the plain path `name`.
fn is_type(ty: &Type, name: &str) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident(name))
}

/// Whether an impl block's trait is the one named (by its last segment).
#[cfg(test)]
fn implements(imp: &syn::ItemImpl, name: &str) -> bool {
    imp.trait_
        .as_ref()
        .and_then(|(path, _)| path.segments.last())
        .is_some_and(|s| s.ident == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

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
        assert!(!derives(&e.attrs).contains(&"Copy".to_owned()));
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

    #[test]
    fn the_api_version_header_goes_and_its_map_is_no_longer_mut() {
        let mut f = file(quote! {
            impl B {
                pub async fn send(self) {
                    let mut header_map = HeaderMap::with_capacity(1usize);
                    header_map.append(HeaderName::from_static("api-version"), V::from_static("1"));
                    request.headers(header_map);
                }
            }
        });
        strip_api_version_header(&mut f).unwrap();
        let shown = f.to_token_stream().to_string();
        assert!(!shown.contains("api-version"), "{shown}");
        assert!(shown.contains("let header_map"), "{shown}");
    }

    #[test]
    fn a_missing_api_version_header_is_reported() {
        let mut f = file(quote! {
            impl B { pub async fn send(self) { request.send(); } }
        });
        let e = strip_api_version_header(&mut f).unwrap_err();
        assert!(e.contains("has progenitor's output changed?"), "{e}");
    }
}

//! How generated code spells the names it uses from other crates.
//! progenitor and typify write each in full (`::std::option::Option<::std::
//! string::String>`, `::chrono::DateTime<::chrono::offset::Utc>`), so that
//! no name from a spec can shadow it; in a large spec that spelling is a
//! large part of the generated lines, most of it wrapped over several. The
//! generated files spell a name as the prelude does (`Option<String>`), or
//! import it once in each module that uses it (`DateTime<Utc>`), wherever
//! nothing in the file has the same name: [`shorten`] writes that, and
//! [`expand`] reads it back in full, so that what reads generated code (the
//! surface, `diff`) compares the two spellings alike.

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream, TokenTree};
use quote::ToTokens;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

/// The standard library's paths that the prelude names, and its names for
/// them. Longer paths first, so that `Option::Some` is one name, `Some`.
const PRELUDE: &[(&[&str], &str)] = &[
    (&["std", "option", "Option", "Some"], "Some"),
    (&["std", "option", "Option", "None"], "None"),
    (&["std", "result", "Result", "Ok"], "Ok"),
    (&["std", "result", "Result", "Err"], "Err"),
    (&["std", "option", "Option"], "Option"),
    (&["std", "result", "Result"], "Result"),
    (&["std", "string", "String"], "String"),
    (&["std", "string", "ToString"], "ToString"),
    (&["std", "vec", "Vec"], "Vec"),
    (&["std", "boxed", "Box"], "Box"),
    (&["std", "convert", "From"], "From"),
    (&["std", "convert", "Into"], "Into"),
    (&["std", "convert", "TryFrom"], "TryFrom"),
    (&["std", "convert", "TryInto"], "TryInto"),
    (&["std", "default", "Default"], "Default"),
    (&["std", "clone", "Clone"], "Clone"),
    (&["std", "iter", "Iterator"], "Iterator"),
    (&["std", "iter", "IntoIterator"], "IntoIterator"),
    (&["std", "iter", "Extend"], "Extend"),
    (&["std", "cmp", "PartialEq"], "PartialEq"),
    (&["std", "cmp", "Eq"], "Eq"),
    (&["std", "cmp", "PartialOrd"], "PartialOrd"),
    (&["std", "cmp", "Ord"], "Ord"),
    (&["std", "marker", "Send"], "Send"),
    (&["std", "marker", "Sync"], "Sync"),
    (&["std", "marker", "Copy"], "Copy"),
];

/// Names that a module imports (`use ::chrono::DateTime;`) where it uses
/// them: those that generated code names often, in long paths.
const IMPORTED: &[(&[&str], &str)] = &[
    (&["std", "fmt", "Display"], "Display"),
    (&["chrono", "DateTime"], "DateTime"),
    (&["chrono", "offset", "Utc"], "Utc"),
    (&["chrono", "NaiveDate"], "NaiveDate"),
    (&["client_runtime", "field_value"], "field_value"),
    (&["client_runtime", "IntoField"], "IntoField"),
    (&["client_runtime", "IntoOptional"], "IntoOptional"),
    (&["client_runtime", "IntoList"], "IntoList"),
    (&["client_runtime", "OneOrMany"], "OneOrMany"),
    (&["serde", "Deserialize"], "Deserialize"),
    (&["serde", "Serialize"], "Serialize"),
    (&["schemars", "JsonSchema"], "JsonSchema"),
];

/// Spells the standard library's names in `file` as the prelude does,
/// except a name that something in the file also defines or imports (a
/// model called `String`): that one stays in full everywhere. A file that
/// imports with a glob (`use x::*`), whose names cannot be known here,
/// is left as it is.
pub fn shorten(file: &mut syn::File) {
    let Some(defined) = defined_names(file) else {
        return;
    };
    let mut shorten = Shorten {
        defined: &defined,
        imports: vec![BTreeSet::new()],
        qself: None,
    };
    shorten.visit_file_mut(file);
    let used = shorten.imports.pop().unwrap_or_default();
    file.items.splice(0..0, imports(&used));
}

/// Every name that an item or a `use` brings into some module of `file`
/// (a conservative reading: a name defined anywhere counts everywhere);
/// none when the file imports with a glob, whose names cannot be known.
pub fn defined_names(file: &syn::File) -> Option<BTreeSet<String>> {
    let mut names = DefinedNames::default();
    names.visit_file(file);
    (!names.glob).then_some(names.names)
}

/// Spells `file` as its readers compare it: the standard library's prelude
/// names in full again, and the names a module imported where it uses
/// them, except a prelude name that something in the file defines or
/// imports itself (which is what such a name means there); and no list of
/// type arguments, generics or parameters ends in the comma that the
/// printer writes where it wraps one over lines.
pub fn expand(file: &mut syn::File) {
    let mut names = DefinedNames::default();
    names.visit_file(file);
    let mut expand = Expand {
        defined: &names.names,
        imports: vec![take_imports(&mut file.items)],
        qself: None,
    };
    for item in &mut file.items {
        expand.visit_item_mut(item);
    }
}

/// Token text (`:: std :: string :: String`) with the prelude's names
/// written short (`String`): for showing a signature read in full.
pub fn prelude_text(tokens: &str) -> String {
    let mut text = tokens.to_owned();
    for (full, short) in PRELUDE {
        let spelled = format!(":: {}", full.join(" :: "));
        text = text.replace(&spelled, short);
    }
    text
}

/// [`expand`]ed, as a copy.
pub fn expanded(file: &syn::File) -> syn::File {
    let mut file = file.clone();
    expand(&mut file);
    file
}

/// Every name an item or a `use` brings into a module of the file, in any
/// module (a conservative reading: a name defined anywhere counts
/// everywhere).
#[derive(Default)]
struct DefinedNames {
    names: BTreeSet<String>,
    glob: bool,
}

impl<'ast> Visit<'ast> for DefinedNames {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        // `model_builder! { Order => ... }` defines the builder `Order`.
        if let syn::Item::Macro(i) = item
            && let Some(builder) = crate::model_builder::builder_name(&i.mac)
        {
            self.names.insert(builder.to_string());
        }
        let ident = match item {
            syn::Item::Const(i) => Some(&i.ident),
            syn::Item::Enum(i) => Some(&i.ident),
            syn::Item::ExternCrate(i) => Some(i.rename.as_ref().map_or(&i.ident, |(_, r)| r)),
            syn::Item::Fn(i) => Some(&i.sig.ident),
            syn::Item::Macro(i) => i.ident.as_ref(),
            syn::Item::Mod(i) => Some(&i.ident),
            syn::Item::Static(i) => Some(&i.ident),
            syn::Item::Struct(i) => Some(&i.ident),
            syn::Item::Trait(i) => Some(&i.ident),
            syn::Item::TraitAlias(i) => Some(&i.ident),
            syn::Item::Type(i) => Some(&i.ident),
            syn::Item::Union(i) => Some(&i.ident),
            _ => None,
        };
        if let Some(ident) = ident {
            self.names.insert(ident.to_string());
        }
        syn::visit::visit_item(self, item);
    }

    fn visit_use_name(&mut self, name: &'ast syn::UseName) {
        self.names.insert(name.ident.to_string());
    }

    fn visit_use_rename(&mut self, rename: &'ast syn::UseRename) {
        self.names.insert(rename.rename.to_string());
    }

    fn visit_use_glob(&mut self, _: &'ast syn::UseGlob) {
        self.glob = true;
    }

    // A type parameter shadows within its item; counted like the rest.
    fn visit_type_param(&mut self, param: &'ast syn::TypeParam) {
        self.names.insert(param.ident.to_string());
        syn::visit::visit_type_param(self, param);
    }
}

struct Shorten<'a> {
    defined: &'a BTreeSet<String>,
    /// For each module being visited, innermost last: the [`IMPORTED`]
    /// names it uses, by index.
    imports: Vec<BTreeSet<usize>>,
    /// The `qself` position of the path about to be visited
    /// (`<T as ::std::convert::TryInto<U>>::Error` has 3): its segments
    /// up to there are the trait's, all of which a shortening must cover.
    qself: Option<usize>,
}

impl Shorten<'_> {
    /// The short spelling of `path`, if it has one that is not shadowed;
    /// an imported name is noted as used in the current module.
    fn short(&mut self, path: &syn::Path) -> Option<syn::Path> {
        // Most paths start elsewhere (`super::Order`, `value`): one look.
        let first = path.segments.first()?;
        if !PRELUDE
            .iter()
            .chain(IMPORTED)
            .any(|(full, _)| first.ident == full[0])
        {
            return None;
        }
        let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
        let matches = |full: &[&str]| {
            segments.len() >= full.len()
                && full.iter().zip(&segments).all(|(name, s)| s.ident == name)
                // Type arguments only on the last of the matched segments.
                && segments[..full.len() - 1].iter().all(|s| s.arguments.is_none())
        };
        let (full, short, import) = match PRELUDE.iter().find(|(full, _)| matches(full)) {
            Some((full, short)) => (*full, *short, None),
            None => {
                let at = IMPORTED.iter().position(|(full, _)| matches(full))?;
                (IMPORTED[at].0, IMPORTED[at].1, Some(at))
            }
        };
        if self.defined.contains(short) || self.qself.is_some_and(|at| at < full.len()) {
            return None;
        }
        if let (Some(at), Some(module)) = (import, self.imports.last_mut()) {
            module.insert(at);
        }
        let matched = segments[full.len() - 1];
        let mut shortened = syn::Path {
            leading_colon: None,
            segments: Default::default(),
        };
        shortened.segments.push(syn::PathSegment {
            ident: syn::Ident::new(short, matched.ident.span()),
            arguments: matched.arguments.clone(),
        });
        for rest in &segments[full.len()..] {
            shortened.segments.push((*rest).clone());
        }
        Some(shortened)
    }
}

/// The `use` items of the [`IMPORTED`] names at `used`, one per crate.
/// Allowed unused: a crate feature may leave out the items that use one.
fn imports(used: &BTreeSet<usize>) -> Vec<syn::Item> {
    let ident = |name: &str| syn::Ident::new(name, proc_macro2::Span::call_site());
    let mut by_crate: Vec<(&str, Vec<&[&str]>)> = Vec::new();
    for &at in used {
        let (krate, rest) = IMPORTED[at].0.split_first().expect("a path");
        match by_crate.iter_mut().find(|(k, _)| k == krate) {
            Some((_, paths)) => paths.push(rest),
            None => by_crate.push((krate, vec![rest])),
        }
    }
    by_crate
        .into_iter()
        .map(|(krate, paths)| {
            let krate = ident(krate);
            let paths: Vec<syn::Path> = paths
                .iter()
                .map(|rest| {
                    let rest = rest.iter().map(|name| ident(name));
                    syn::parse_quote!(#(#rest)::*)
                })
                .collect();
            if let [path] = paths.as_slice() {
                syn::parse_quote!(#[allow(unused_imports)] use ::#krate::#path;)
            } else {
                syn::parse_quote!(#[allow(unused_imports)] use ::#krate::{#(#paths),*};)
            }
        })
        .collect()
}

impl VisitMut for Shorten<'_> {
    // A model's builder names the fields' types inside its macro call.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        crate::model_builder::Call::rewrite(mac, self);
        syn::visit_mut::visit_macro_mut(self, mac);
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        // `::std::...`, or `std::...` where nothing in the file is `std`.
        let absolute = path.leading_colon.is_some()
            || (path.segments.first().is_some_and(|s| s.ident == "std")
                && !self.defined.contains("std"));
        if absolute && let Some(short) = self.short(path) {
            *path = short;
        }
        // The paths inside (type arguments) have no `qself` of their own.
        self.qself = None;
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_type_path_mut(&mut self, ty: &mut syn::TypePath) {
        visit_qualified(self, &mut ty.qself, &mut ty.path);
    }

    fn visit_expr_path_mut(&mut self, expr: &mut syn::ExprPath) {
        for attr in &mut expr.attrs {
            self.visit_attribute_mut(attr);
        }
        visit_qualified(self, &mut expr.qself, &mut expr.path);
    }

    fn visit_item_mod_mut(&mut self, module: &mut syn::ItemMod) {
        self.imports.push(BTreeSet::new());
        syn::visit_mut::visit_item_mod_mut(self, module);
        let used = self.imports.pop().unwrap_or_default();
        if let Some((_, items)) = &mut module.content {
            items.splice(0..0, imports(&used));
        }
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        // serde's attributes name functions in strings:
        // `skip_serializing_if = "::std::option::Option::is_none"`.
        if attr.path().is_ident("serde")
            && let syn::Meta::List(list) = &mut attr.meta
        {
            let tokens = std::mem::take(&mut list.tokens);
            list.tokens = rewrite_path_strings(tokens, &mut |path| self.short(path));
        }
        // A derive names macros by path: `::serde::Deserialize`.
        if attr.path().is_ident("derive")
            && let Ok(paths) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
        {
            let paths: Vec<syn::Path> = paths
                .into_iter()
                .map(|path| self.short(&path).unwrap_or(path))
                .collect();
            *attr = syn::parse_quote!(#[derive(#(#paths),*)]);
        }
        syn::visit_mut::visit_attribute_mut(self, attr);
    }
}

struct Expand<'a> {
    defined: &'a BTreeSet<String>,
    /// For each module being visited, innermost last: the [`IMPORTED`]
    /// names it imports, by index.
    imports: Vec<BTreeSet<usize>>,
    /// The `qself` position of the path about to be visited, as in
    /// [`Shorten`]: a path whose trait is all one segment is expanded.
    qself: Option<usize>,
}

/// A visitor that keeps the `qself` position of the path it is about to
/// visit, as [`Shorten`] and [`Expand`] do.
trait KeepsQself: VisitMut {
    fn qself_slot(&mut self) -> &mut Option<usize>;
}

impl KeepsQself for Shorten<'_> {
    fn qself_slot(&mut self) -> &mut Option<usize> {
        &mut self.qself
    }
}

impl KeepsQself for Expand<'_> {
    fn qself_slot(&mut self) -> &mut Option<usize> {
        &mut self.qself
    }
}

/// Visits a path that may have a `qself` (`<T as Trait>::Error`), keeping
/// the position where the trait's segments end right as the visitor
/// shortens or lengthens the path.
fn visit_qualified<V: KeepsQself>(
    visitor: &mut V,
    qself: &mut Option<syn::QSelf>,
    path: &mut syn::Path,
) {
    let Some(q) = qself else {
        visitor.visit_path_mut(path);
        return;
    };
    visitor.visit_type_mut(&mut q.ty);
    let before = path.segments.len();
    *visitor.qself_slot() = Some(q.position);
    visitor.visit_path_mut(path);
    *visitor.qself_slot() = None;
    let after = path.segments.len();
    q.position = (q.position + after).saturating_sub(before);
}

/// Takes the `use` items that import only [`IMPORTED`] names out of a
/// module's `items`; returns those names' indexes.
fn take_imports(items: &mut Vec<syn::Item>) -> BTreeSet<usize> {
    let mut taken = BTreeSet::new();
    items.retain(|item| {
        let syn::Item::Use(used) = item else {
            return true;
        };
        if used.leading_colon.is_none() {
            return true;
        }
        let mut paths = Vec::new();
        if !use_paths(&used.tree, &mut Vec::new(), &mut paths) {
            return true;
        }
        let found: Option<Vec<usize>> = paths
            .iter()
            .map(|names| {
                IMPORTED
                    .iter()
                    .position(|(full, _)| full.iter().eq(names.iter()))
            })
            .collect();
        match found {
            Some(found) => {
                taken.extend(found);
                false
            }
            None => true,
        }
    });
    taken
}

/// The paths a `use` tree imports, each as names, below `prefix`; false
/// for a tree with a glob or a rename.
fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) -> bool {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            let ok = use_paths(&p.tree, prefix, out);
            prefix.pop();
            ok
        }
        syn::UseTree::Name(n) => {
            let mut path = prefix.clone();
            path.push(n.ident.to_string());
            out.push(path);
            true
        }
        syn::UseTree::Group(g) => g.items.iter().all(|t| use_paths(t, prefix, out)),
        _ => false,
    }
}

impl Expand<'_> {
    /// `path` in full, if it starts with a prelude name the file does not
    /// define itself, or with a name the current module imported.
    fn full(&self, path: &syn::Path) -> Option<syn::Path> {
        // Of `<T as Trait>::Error`, only a trait of one segment.
        if path.leading_colon.is_some() || self.qself.is_some_and(|at| at != 1) {
            return None;
        }
        let first = path.segments.first()?;
        let imported = self.imports.last().and_then(|module| {
            module
                .iter()
                .map(|&at| IMPORTED[at])
                .find(|(_, short)| first.ident == short)
        });
        let (full, _) = match imported {
            Some(found) => found,
            None if self.defined.contains(&first.ident.to_string()) => return None,
            None => *PRELUDE.iter().find(|(_, short)| first.ident == short)?,
        };
        let mut expanded = syn::Path {
            leading_colon: Some(Default::default()),
            segments: Default::default(),
        };
        for name in full {
            expanded.segments.push(syn::PathSegment {
                ident: syn::Ident::new(name, first.ident.span()),
                arguments: syn::PathArguments::None,
            });
        }
        if let Some(last) = expanded.segments.last_mut() {
            last.arguments = first.arguments.clone();
        }
        for rest in path.segments.iter().skip(1) {
            expanded.segments.push(rest.clone());
        }
        Some(expanded)
    }
}

impl VisitMut for Expand<'_> {
    // A model's builder names the fields' types inside its macro call.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        crate::model_builder::Call::rewrite(mac, self);
        syn::visit_mut::visit_macro_mut(self, mac);
    }

    // A list that the printer wrapped over lines ends in a comma, one on a
    // line does not: readers compare the tokens of both alike.
    fn visit_angle_bracketed_generic_arguments_mut(
        &mut self,
        args: &mut syn::AngleBracketedGenericArguments,
    ) {
        args.args.pop_punct();
        syn::visit_mut::visit_angle_bracketed_generic_arguments_mut(self, args);
    }

    fn visit_generics_mut(&mut self, generics: &mut syn::Generics) {
        generics.params.pop_punct();
        if let Some(clause) = &mut generics.where_clause {
            clause.predicates.pop_punct();
        }
        syn::visit_mut::visit_generics_mut(self, generics);
    }

    fn visit_signature_mut(&mut self, sig: &mut syn::Signature) {
        sig.inputs.pop_punct();
        syn::visit_mut::visit_signature_mut(self, sig);
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some(full) = self.full(path) {
            *path = full;
        } else if path.leading_colon.is_none()
            && path.segments.len() > 1
            && path.segments.first().is_some_and(|s| s.ident == "std")
            && !self.defined.contains("std")
        {
            // `std::x` and `::std::x` read alike.
            path.leading_colon = Some(Default::default());
        }
        self.qself = None;
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_type_path_mut(&mut self, ty: &mut syn::TypePath) {
        visit_qualified(self, &mut ty.qself, &mut ty.path);
    }

    fn visit_expr_path_mut(&mut self, expr: &mut syn::ExprPath) {
        for attr in &mut expr.attrs {
            self.visit_attribute_mut(attr);
        }
        visit_qualified(self, &mut expr.qself, &mut expr.path);
    }

    fn visit_item_mod_mut(&mut self, module: &mut syn::ItemMod) {
        let imported = match &mut module.content {
            Some((_, items)) => take_imports(items),
            None => BTreeSet::new(),
        };
        self.imports.push(imported);
        syn::visit_mut::visit_item_mod_mut(self, module);
        self.imports.pop();
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if attr.path().is_ident("serde")
            && let syn::Meta::List(list) = &mut attr.meta
        {
            let tokens = std::mem::take(&mut list.tokens);
            list.tokens = rewrite_path_strings(tokens, &mut |path| self.full(path));
        }
        syn::visit_mut::visit_attribute_mut(self, attr);
    }
}

/// `tokens` with each string literal that is a path rewritten by
/// `rewrite` (where it gives a new path), inside groups too.
fn rewrite_path_strings(
    tokens: TokenStream,
    rewrite: &mut dyn FnMut(&syn::Path) -> Option<syn::Path>,
) -> TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => {
                let mut rewritten = proc_macro2::Group::new(
                    group.delimiter(),
                    rewrite_path_strings(group.stream(), rewrite),
                );
                rewritten.set_span(group.span());
                TokenTree::Group(rewritten)
            }
            // A path worth rewriting has two segments at least; most strings
            // (`rename = "addressLine1"`) are not parsed at all.
            TokenTree::Literal(literal) if !literal.to_string().contains("::") => {
                TokenTree::Literal(literal)
            }
            TokenTree::Literal(literal) => {
                let text = syn::parse2::<syn::LitStr>(literal.to_token_stream())
                    .ok()
                    .map(|s| s.value());
                match text
                    .and_then(|t| syn::parse_str::<syn::Path>(&t).ok())
                    .and_then(|path| rewrite(&path))
                {
                    Some(path) => {
                        let text = path.to_token_stream().to_string().replace(' ', "");
                        let mut rewritten = Literal::string(&text);
                        rewritten.set_span(literal.span());
                        TokenTree::Literal(rewritten)
                    }
                    None => TokenTree::Literal(literal),
                }
            }
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shortened(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).unwrap();
        shorten(&mut file);
        file.to_token_stream().to_string()
    }

    fn tokens(source: &str) -> String {
        syn::parse_str::<syn::File>(source)
            .unwrap()
            .to_token_stream()
            .to_string()
    }

    #[test]
    fn the_standard_librarys_names_are_spelled_as_the_prelude_does() {
        let source = r#"
            pub struct Order {
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub id: ::std::option::Option<::std::string::String>,
            }
            fn f() -> ::std::result::Result<(), ()> {
                ::std::result::Result::Ok(())
            }
            fn g<V: std::convert::TryInto<u8>>(value: V) {}
        "#;
        assert_eq!(
            shortened(source),
            tokens(
                r#"
            pub struct Order {
                #[serde(skip_serializing_if = "Option::is_none")]
                pub id: Option<String>,
            }
            fn f() -> Result<(), ()> {
                Ok(())
            }
            fn g<V: TryInto<u8>>(value: V) {}
        "#
            )
        );
    }

    #[test]
    fn a_name_the_file_defines_stays_in_full_everywhere() {
        let source = r#"
            mod types {
                pub struct String;
            }
            pub struct Order {
                pub id: ::std::option::Option<::std::string::String>,
            }
        "#;
        assert_eq!(
            shortened(source),
            tokens(
                r#"
            mod types {
                pub struct String;
            }
            pub struct Order {
                pub id: Option<::std::string::String>,
            }
        "#
            )
        );
    }

    #[test]
    fn a_model_builders_call_is_spelled_like_the_rest_and_defines_its_builder() {
        let source = r#"
            mod builder {
                ::client_runtime::model_builder! {
                    Order => super::Order, super::error::ConversionError {
                        id: value(::std::string::String) required,
                        at: value(::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>),
                        status: value(::std::string::String) default(::std::string::String::new()),
                    }
                }
            }
        "#;
        let short = shortened(source);
        assert!(short.contains("id : value (String) required"), "{short}");
        assert!(
            short.contains("at : value (Option < DateTime < Utc > >)"),
            "{short}"
        );
        assert!(short.contains("default (String :: new ())"), "{short}");
        assert!(
            short.contains("use :: chrono :: { DateTime , offset :: Utc }"),
            "{short}"
        );
        // Read back in full, as it was written (both read through the
        // call's syntax, which spaces `>>` as `> >`).
        let back = expanded(&syn::parse_str(&short).unwrap());
        let written = expanded(&syn::parse_str(source).unwrap());
        assert_eq!(
            back.to_token_stream().to_string(),
            written.to_token_stream().to_string()
        );
        assert!(!tokens(&back.to_token_stream().to_string()).contains("DateTime < Utc"));
        // The builder the call defines is a name of the file: a model
        // called `String` keeps `::std::string::String` in full.
        let named_string = source.replace("Order", "String");
        assert!(shortened(&named_string).contains(":: std :: string :: String"));
    }

    #[test]
    fn a_list_wrapped_over_lines_reads_as_one_on_a_line() {
        let wrapped = "fn f<T,>(a: u8, b: u8,) -> ::std::collections::BTreeMap<String, u8,> {}";
        let one_line = "fn f<T>(a: u8, b: u8) -> ::std::collections::BTreeMap<String, u8> {}";
        let read = |source: &str| {
            expanded(&syn::parse_str(source).unwrap())
                .to_token_stream()
                .to_string()
        };
        assert_eq!(read(wrapped), read(one_line));
    }

    #[test]
    fn a_file_with_a_glob_import_is_left_as_it_is() {
        let source = "use other::*; pub struct Order { pub id: ::std::string::String }";
        assert_eq!(shortened(source), tokens(source));
    }

    #[test]
    fn expanding_gives_back_the_full_spelling() {
        let source = r#"
            pub struct String;
            pub struct Order {
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                pub total: ::std::result::Result<i32, ::std::boxed::Box<()>>,
            }
            fn error<T: ::std::convert::TryInto<u8>>(e: <T as ::std::convert::TryInto<u8>>::Error) {}
            mod dates {
                pub fn at<T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>, Error: ::std::fmt::Display>>(value: T) {}
            }
        "#;
        let mut file: syn::File = syn::parse_str(source).unwrap();
        shorten(&mut file);
        let short = file.to_token_stream().to_string();
        assert!(
            short.contains("e : < T as TryInto < u8 > > :: Error"),
            "{short}"
        );
        assert!(
            short.contains("use :: chrono :: { DateTime , offset :: Utc }"),
            "{short}"
        );
        expand(&mut file);
        assert_eq!(file.to_token_stream().to_string(), tokens(source));
    }
}

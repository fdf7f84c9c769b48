//! The public API of a hand-written crate (the runtime), read from its
//! source files with `syn`, and what changed in it between two versions.
//!
//! Each public item becomes one or more entries, keyed by the path a
//! consumer names it by: a function's signature, a struct and each public
//! field, an enum and each variant, a trait and each item, the inherent
//! methods and trait impls of a public type, and each re-exported crate.
//! Items in private modules count when a `pub use` re-exports them.
//!
//! A removed or changed entry breaks consumers. An added one does not,
//! except where Rust makes it so: a variant of an exhaustive enum, a field of
//! a struct that consumers can build with a literal, a trait item without a
//! default. The reading is conservative: a changed signature is breaking
//! even when every caller would still compile.

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::{Attribute, Fields, ImplItem, Item, TraitItem, UseTree, Visibility};

use crate::diff::Change;

/// One entry of the public API.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// What consumers depend on: a signature, normalized to tokens.
    pub signature: String,
    /// Whether adding this entry breaks consumers.
    pub breaks_when_added: bool,
}

/// A crate's public API: entries by the path consumers name them by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublicApi {
    /// Keyed by path (`ClientBuilder::timeout`, `BuildError::Http`, ...).
    pub entries: BTreeMap<String, Entry>,
}

/// A definition, with its entries relative to its own path (`""` for the
/// item itself, `"::name"` or `".field"` for its parts).
#[derive(Clone, Debug, Default)]
struct Definition {
    entries: Vec<(String, Entry)>,
    is_module: bool,
    /// For `pub type Old<T> = New<T>` (a type renamed, its old name kept):
    /// the path of `New`, whose API the alias is.
    alias_of: Option<Vec<String>>,
}

#[derive(Default)]
struct Collected {
    /// By definition path (`error::Error`).
    definitions: BTreeMap<String, Definition>,
    /// Whether each module is reachable by consumers through `pub mod`s.
    public_modules: BTreeSet<String>,
    /// `pub use` in a module: (module, target path, exported name or `*`).
    reexports: Vec<(String, Vec<String>, String)>,
    /// Inherent methods and trait impls, by the self type's name.
    impls: BTreeMap<String, Vec<(String, Entry)>>,
}

impl PublicApi {
    /// Reads the crate whose source files (paths relative to `src/`, such
    /// as `lib.rs` or `error/mod.rs`) are `files`.
    pub fn read(files: &BTreeMap<String, String>) -> Result<PublicApi, String> {
        let mut collected = Collected::default();
        collected.public_modules.insert(String::new());
        walk_file(files, "lib.rs", "", "", true, &mut collected)?;
        Ok(collected.resolve())
    }

    /// What changed from `self` (the base) to `now`, for consumers.
    pub fn changes(&self, now: &PublicApi) -> Vec<Change> {
        let mut changes = Vec::new();
        let change =
            |kind: &str, path: &str, what: String| Change::new(kind, format!("`{path}`"), what);
        for (path, was) in &self.entries {
            match now.entries.get(path) {
                None => changes.push(change(
                    "rust-item-removed",
                    path,
                    "removed: code using it no longer compiles".to_owned(),
                )),
                Some(entry) if entry.signature != was.signature => changes.push(change(
                    "rust-item-changed",
                    path,
                    format!(
                        "changed: `{}` → `{}`",
                        readable(&was.signature),
                        readable(&entry.signature)
                    ),
                )),
                Some(_) => {}
            }
        }
        for (path, entry) in &now.entries {
            if self.entries.contains_key(path) {
                continue;
            }
            let parent_is_new =
                parents(path).any(|p| now.entries.contains_key(p) && !self.entries.contains_key(p));
            if parent_is_new {
                continue;
            }
            changes.push(if entry.breaks_when_added {
                change(
                    "rust-item-added-breaking",
                    path,
                    "added, and code matching or building the whole item no longer compiles"
                        .to_owned(),
                )
            } else {
                change("rust-item-added", path, "added".to_owned())
            });
        }
        changes
    }
}

/// `a::b::c` → `a::b`, `a`; `a.f` → `a`.
fn parents(path: &str) -> impl Iterator<Item = &str> {
    let mut current = path;
    std::iter::from_fn(move || {
        // The nearest separator: `types::Order.id`'s parent is
        // `types::Order`, not `types`.
        let cut = [current.rfind("::"), current.rfind(['.', ' '])]
            .into_iter()
            .flatten()
            .max()?;
        current = &current[..cut];
        Some(current)
    })
}

fn walk_file(
    files: &BTreeMap<String, String>,
    file: &str,
    module: &str,
    child_dir: &str,
    public: bool,
    out: &mut Collected,
) -> Result<(), String> {
    let text = files
        .get(file)
        .ok_or_else(|| format!("src/{file}: the module file is missing"))?;
    // The compiler names the line of a syntax error; this names the file.
    let parsed = syn::parse_file(text).map_err(|e| format!("src/{file}: not Rust: {e}"))?;
    walk_items(files, &parsed.items, module, child_dir, public, out)
}

fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}::{name}")
    }
}

fn is_pub(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn is_test_only(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && a.meta.to_token_stream().to_string().contains("test"))
}

fn non_exhaustive(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

/// A function's signature as callers see it: the names and `mut` of its
/// parameters are the function's own business, so each is `_`.
fn signature(sig: &syn::Signature) -> String {
    let mut sig = sig.clone();
    for input in &mut sig.inputs {
        if let syn::FnArg::Typed(typed) = input {
            *typed.pat = syn::parse_quote!(_);
        }
    }
    tokens(&sig)
}

fn entry(signature: String, breaks_when_added: bool) -> Entry {
    Entry {
        signature,
        breaks_when_added,
    }
}

fn walk_items(
    files: &BTreeMap<String, String>,
    items: &[Item],
    module: &str,
    child_dir: &str,
    public: bool,
    out: &mut Collected,
) -> Result<(), String> {
    for item in items {
        match item {
            Item::Mod(m) if !is_test_only(&m.attrs) => {
                let name = m.ident.to_string();
                let path = join(module, &name);
                let dir = if child_dir.is_empty() {
                    name.clone()
                } else {
                    format!("{child_dir}/{name}")
                };
                let child_public = public && is_pub(&m.vis);
                if child_public {
                    out.public_modules.insert(path.clone());
                }
                out.definitions.insert(
                    path.clone(),
                    Definition {
                        entries: vec![],
                        is_module: true,
                        alias_of: None,
                    },
                );
                match &m.content {
                    Some((_, inner)) => walk_items(files, inner, &path, &dir, child_public, out)?,
                    None => {
                        let flat = format!("{dir}.rs");
                        let nested = format!("{dir}/mod.rs");
                        let child = if files.contains_key(&flat) {
                            flat
                        } else {
                            nested
                        };
                        walk_file(files, &child, &path, &dir, child_public, out)?;
                    }
                }
            }
            Item::Use(u) if is_pub(&u.vis) => {
                let mut leaves = Vec::new();
                use_leaves(&u.tree, &mut Vec::new(), &mut leaves);
                for (target, name) in leaves {
                    out.reexports.push((module.to_owned(), target, name));
                }
            }
            Item::Impl(imp) if !is_test_only(&imp.attrs) => {
                let syn::Type::Path(self_ty) = &*imp.self_ty else {
                    continue;
                };
                let Some(last) = self_ty.path.segments.last() else {
                    continue;
                };
                let owner = last.ident.to_string();
                let found = out.impls.entry(owner).or_default();
                match &imp.trait_ {
                    Some((trait_path, _)) => {
                        let name = trait_path
                            .segments
                            .last()
                            .map(|s| s.ident.to_string())
                            .unwrap_or_default();
                        found.push((
                            format!(" impl {name}"),
                            entry(
                                // The type by `Self`: its name is the entry's
                                // key already, and a type renamed with its
                                // old name kept as an alias has the same impls.
                                format!(
                                    "impl {} {} for Self {}",
                                    tokens(&imp.generics),
                                    tokens(trait_path),
                                    tokens(&last.arguments)
                                ),
                                false,
                            ),
                        ));
                    }
                    None => {
                        for inner in &imp.items {
                            match inner {
                                ImplItem::Fn(f) if is_pub(&f.vis) => found.push((
                                    format!("::{}", f.sig.ident),
                                    entry(
                                        format!("{} {}", tokens(&imp.generics), signature(&f.sig)),
                                        false,
                                    ),
                                )),
                                ImplItem::Const(c) if is_pub(&c.vis) => found.push((
                                    format!("::{}", c.ident),
                                    entry(format!("const : {}", tokens(&c.ty)), false),
                                )),
                                _ => {}
                            }
                        }
                    }
                }
            }
            other => {
                if let Some((name, definition)) = definition(other) {
                    let path = join(module, &name);
                    out.definitions.insert(path, definition);
                }
            }
        }
    }
    Ok(())
}

/// Each leaf of a `use` tree: the target path and the name it is exported
/// under (`*` for a glob).
fn use_leaves(tree: &UseTree, prefix: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match tree {
        UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_leaves(&p.tree, prefix, out);
            prefix.pop();
        }
        UseTree::Name(n) => {
            let mut target = prefix.clone();
            target.push(n.ident.to_string());
            out.push((target, n.ident.to_string()));
        }
        UseTree::Rename(r) => {
            let mut target = prefix.clone();
            target.push(r.ident.to_string());
            out.push((target, r.rename.to_string()));
        }
        UseTree::Glob(_) => out.push((prefix.clone(), "*".to_owned())),
        UseTree::Group(g) => {
            for tree in &g.items {
                use_leaves(tree, prefix, out);
            }
        }
    }
}

/// A public item's name and entries; `None` for items consumers cannot name.
fn definition(item: &Item) -> Option<(String, Definition)> {
    let mut entries = Vec::new();
    let name = match item {
        Item::Fn(f) if is_pub(&f.vis) => {
            entries.push((String::new(), entry(signature(&f.sig), false)));
            f.sig.ident.to_string()
        }
        Item::Struct(s) if is_pub(&s.vis) => {
            let all_public = s.fields.iter().all(|f| is_pub(&f.vis));
            let exhaustive = !non_exhaustive(&s.attrs);
            let shape = match &s.fields {
                Fields::Named(_) => "{}",
                Fields::Unnamed(_) => "()",
                Fields::Unit => ";",
            };
            entries.push((
                String::new(),
                entry(
                    format!(
                        "struct {} {} {shape}{}{}",
                        tokens(&s.generics),
                        tokens(&s.generics.where_clause),
                        if exhaustive { "" } else { " #[non_exhaustive]" },
                        if all_public { "" } else { " (private fields)" }
                    ),
                    false,
                ),
            ));
            for (i, field) in s.fields.iter().enumerate() {
                if !is_pub(&field.vis) {
                    continue;
                }
                let name = field
                    .ident
                    .as_ref()
                    .map_or_else(|| i.to_string(), ToString::to_string);
                entries.push((
                    format!(".{name}"),
                    entry(tokens(&field.ty), exhaustive && all_public),
                ));
            }
            s.ident.to_string()
        }
        Item::Enum(e) if is_pub(&e.vis) => {
            let exhaustive = !non_exhaustive(&e.attrs);
            entries.push((
                String::new(),
                entry(
                    format!(
                        "enum {} {}{}",
                        tokens(&e.generics),
                        tokens(&e.generics.where_clause),
                        if exhaustive { "" } else { " #[non_exhaustive]" }
                    ),
                    false,
                ),
            ));
            for variant in &e.variants {
                let variant_exhaustive = !non_exhaustive(&variant.attrs);
                entries.push((
                    format!("::{}", variant.ident),
                    entry(
                        format!(
                            "{}{}",
                            tokens(&variant.fields),
                            if variant_exhaustive {
                                ""
                            } else {
                                " #[non_exhaustive]"
                            }
                        ),
                        exhaustive,
                    ),
                ));
            }
            e.ident.to_string()
        }
        Item::Trait(t) if is_pub(&t.vis) => {
            entries.push((
                String::new(),
                entry(
                    format!("trait {} : {}", tokens(&t.generics), tokens(&t.supertraits)),
                    false,
                ),
            ));
            for inner in &t.items {
                let (name, signature, has_default) = match inner {
                    TraitItem::Fn(f) => (
                        f.sig.ident.to_string(),
                        signature(&f.sig),
                        f.default.is_some(),
                    ),
                    TraitItem::Const(c) => (
                        c.ident.to_string(),
                        format!("const : {}", tokens(&c.ty)),
                        c.default.is_some(),
                    ),
                    TraitItem::Type(ty) => (
                        ty.ident.to_string(),
                        format!("type : {}", tokens(&ty.bounds)),
                        ty.default.is_some(),
                    ),
                    _ => continue,
                };
                entries.push((format!("::{name}"), entry(signature, !has_default)));
            }
            t.ident.to_string()
        }
        Item::Const(c) if is_pub(&c.vis) => {
            entries.push((
                String::new(),
                entry(format!("const : {}", tokens(&c.ty)), false),
            ));
            c.ident.to_string()
        }
        Item::Static(s) if is_pub(&s.vis) => {
            entries.push((
                String::new(),
                entry(format!("static : {}", tokens(&s.ty)), false),
            ));
            s.ident.to_string()
        }
        Item::Type(t) if is_pub(&t.vis) => {
            // A renaming alias is its target's API where the target is found
            // (see `resolve`); else it stays this entry.
            let alias_of = renaming_alias(t);
            entries.push((
                String::new(),
                entry(
                    format!("type {} = {}", tokens(&t.generics), tokens(&t.ty)),
                    false,
                ),
            ));
            return Some((
                t.ident.to_string(),
                Definition {
                    entries,
                    is_module: false,
                    alias_of,
                },
            ));
        }
        _ => return None,
    };
    Some((
        name,
        Definition {
            entries,
            is_module: false,
            alias_of: None,
        },
    ))
}

/// `New`'s path when `t` is `type Old<A, B> = New<A, B>`: the same
/// parameters, in the same order, so that `Old` is `New` under another name.
fn renaming_alias(t: &syn::ItemType) -> Option<Vec<String>> {
    let syn::Type::Path(target) = &*t.ty else {
        return None;
    };
    if target.qself.is_some() {
        return None;
    }
    let parameters: Vec<String> = t.generics.params.iter().map(tokens).collect();
    let arguments: Vec<String> = match &target.path.segments.last()?.arguments {
        syn::PathArguments::None => Vec::new(),
        syn::PathArguments::AngleBracketed(args) => args.args.iter().map(tokens).collect(),
        syn::PathArguments::Parenthesized(_) => return None,
    };
    if parameters != arguments {
        return None;
    }
    Some(
        target
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect(),
    )
}

impl Collected {
    /// The entries consumers can name: public definitions in public
    /// modules, and what `pub use` re-exports, with each public type's
    /// methods and trait impls.
    fn resolve(self) -> PublicApi {
        let mut exports: BTreeMap<String, String> = BTreeMap::new();
        let mut extern_crates: BTreeMap<String, String> = BTreeMap::new();
        for (path, definition) in &self.definitions {
            let module = path.rsplit_once("::").map_or("", |(m, _)| m);
            let visible = !definition.is_module || self.public_modules.contains(path);
            if visible && self.public_modules.contains(module) {
                exports.insert(path.clone(), path.clone());
            }
        }
        for (module, target, name) in &self.reexports {
            if !self.public_modules.contains(module) {
                continue;
            }
            let Some(resolved) = self.absolute(module, target) else {
                // Not a path in this crate: another crate, re-exported.
                let shown = target.join("::");
                let exported = if name == "*" {
                    shown.clone()
                } else {
                    join(module, name)
                };
                extern_crates.insert(exported, shown);
                continue;
            };
            if name == "*" {
                for path in self.definitions.keys() {
                    if let Some(rest) = path.strip_prefix(&format!("{resolved}::"))
                        && !rest.contains("::")
                    {
                        exports.insert(join(module, rest), path.clone());
                    }
                }
            } else {
                exports.insert(join(module, name), resolved);
            }
        }
        let mut entries = BTreeMap::new();
        for (exported, shown) in extern_crates {
            entries.insert(exported, entry(format!("pub use {shown}"), false));
        }
        // A module re-exported under a new name exports its items too.
        let mut expanded = exports.clone();
        for (exported, defined) in &exports {
            // A public module under its own name was walked already: what
            // it holds is public only where its own modules are.
            if exported != defined && self.definitions.get(defined).is_some_and(|d| d.is_module) {
                for path in self.definitions.keys() {
                    if let Some(rest) = path.strip_prefix(&format!("{defined}::")) {
                        expanded
                            .entry(format!("{exported}::{rest}"))
                            .or_insert_with(|| path.clone());
                    }
                }
            }
        }
        for (exported, mut defined) in expanded {
            let Some(mut definition) = self.definitions.get(&defined) else {
                continue;
            };
            if definition.is_module {
                continue;
            }
            // A renaming alias is its target's API under the old name.
            if let Some(target) = &definition.alias_of {
                let module = defined.rsplit_once("::").map_or("", |(m, _)| m);
                if let Some(aliased) = self.absolute(module, target)
                    && let Some(found) = self.definitions.get(&aliased)
                {
                    definition = found;
                    defined = aliased;
                }
            }
            for (suffix, e) in &definition.entries {
                entries.insert(format!("{exported}{suffix}"), e.clone());
            }
            let name = defined.rsplit("::").next().unwrap_or(&defined);
            for (suffix, e) in self.impls.get(name).into_iter().flatten() {
                entries.insert(format!("{exported}{suffix}"), e.clone());
            }
        }
        PublicApi { entries }
    }

    /// The definition path a `use` target names, if it is in this crate.
    fn absolute(&self, module: &str, target: &[String]) -> Option<String> {
        let mut base: Vec<&str> = if module.is_empty() {
            vec![]
        } else {
            module.split("::").collect()
        };
        let mut rest = target;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            _ => {}
        }
        while rest.first().map(String::as_str) == Some("super") {
            base.pop();
            rest = &rest[1..];
        }
        if rest.is_empty() {
            return Some(base.join("::"));
        }
        let mut path = base.join("::");
        for segment in rest {
            path = join(&path, segment);
        }
        let first = join(&base.join("::"), &rest[0]);
        self.definitions.contains_key(&first).then_some(path)
    }
}

/// A token string as a person would write it: `fn new () -> Self` →
/// `fn new() -> Self`.
fn readable(signature: &str) -> String {
    let mut text = signature.to_owned();
    for (from, to) in [
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" ,", ","),
        (" < ", "<"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" :: ", "::"),
        (":: ", "::"),
        ("& ", "&"),
        (" :", ":"),
        (" ;", ";"),
        ("! [", "!["),
    ] {
        text = text.replace(from, to);
    }
    text.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::Impact;

    #[test]
    fn parameter_names_and_mut_are_not_the_api() {
        let before: syn::Signature = syn::parse_quote!(fn run(&self, request: Request) -> u8);
        let after: syn::Signature = syn::parse_quote!(fn run(&self, mut req: Request) -> u8);
        assert_eq!(signature(&before), signature(&after));
        let changed: syn::Signature = syn::parse_quote!(fn run(&self, request: Other) -> u8);
        assert_ne!(signature(&before), signature(&changed));
    }

    fn api(files: &[(&str, &str)]) -> PublicApi {
        let files = files
            .iter()
            .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
            .collect();
        PublicApi::read(&files).unwrap()
    }

    const LIB: &str = "
        mod error;
        pub mod options;
        pub use error::Error;
        pub use reqwest;
        #[non_exhaustive]
        pub enum Open { A }
        pub enum Closed { A }
        pub struct Plain { pub a: u8 }
        pub struct Builder { inner: u8 }
        impl Builder {
            pub fn new() -> Self { Builder { inner: 0 } }
            fn hidden(&self) {}
        }
        impl std::fmt::Debug for Builder {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) }
        }
        pub trait Api { fn make() -> Self; fn named(&self) -> &str { \"\" } }
        fn private() {}
        #[cfg(test)]
        mod tests { pub fn helper() {} }
    ";
    const ERROR: &str =
        "pub struct Error { kind: u8 }\nimpl Error { pub fn status(&self) -> u16 { 0 } }\n";
    const OPTIONS: &str = "pub const RETRIES: u32 = 3;\n";

    fn base() -> PublicApi {
        api(&[
            ("lib.rs", LIB),
            ("error.rs", ERROR),
            ("options/mod.rs", OPTIONS),
        ])
    }

    #[test]
    fn reads_what_consumers_can_name() {
        let base = base();
        let keys: Vec<&str> = base.entries.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "Api",
                "Api::make",
                "Api::named",
                "Builder",
                "Builder impl Debug",
                "Builder::new",
                "Closed",
                "Closed::A",
                "Error",
                "Error::status",
                "Open",
                "Open::A",
                "Plain",
                "Plain.a",
                "options::RETRIES",
                "reqwest",
            ]
        );
    }

    #[test]
    fn a_type_renamed_with_its_old_name_kept_as_an_alias_breaks_nothing() {
        let before = api(&[
            ("lib.rs", "mod error;\npub use error::{Error, Reply};\n"),
            (
                "error.rs",
                "pub enum Error<E> { Reply(Reply<E>) }\n\
                 pub struct Reply<E> { body: E }\n\
                 impl<E> Reply<E> { pub fn status(&self) -> u16 { 0 } }\n\
                 impl<E> std::ops::Deref for Reply<E> { type Target = E; fn deref(&self) -> &E { &self.body } }\n",
            ),
        ]);
        let renamed = |variant: &str| {
            api(&[
                (
                    "lib.rs",
                    "mod error;\n#[allow(deprecated)]\npub use error::Reply;\n\
                     pub use error::{Documented, Error};\n",
                ),
                (
                    "error.rs",
                    &format!(
                        "pub enum Error<E> {{ {variant}(Documented<E>) }}\n\
                         pub struct Documented<E> {{ body: E }}\n\
                         #[deprecated]\npub type Reply<E> = Documented<E>;\n\
                         impl<E> Documented<E> {{ pub fn status(&self) -> u16 {{ 0 }} }}\n\
                         impl<E> std::ops::Deref for Documented<E> {{ type Target = E; fn deref(&self) -> &E {{ &self.body }} }}\n"
                    ),
                ),
            ])
        };
        // The type's old name is kept: only the new name is added; the
        // variant keeps its name too, holding the same type by its new name.
        let kept = before.changes(&renamed("Reply"));
        let kinds: Vec<(&str, &str)> = kept.iter().map(|c| (c.kind, c.place.as_str())).collect();
        assert!(
            kinds.iter().all(|(kind, _)| *kind != "rust-item-removed"),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("rust-item-added", "`Documented`")),
            "{kinds:?}"
        );
        assert!(
            !kinds
                .iter()
                .any(|(_, place)| *place == "`Reply`" || *place == "`Reply::status`"),
            "{kinds:?}"
        );
        // A variant cannot be aliased: renaming it breaks.
        let variant = before.changes(&renamed("Documented"));
        assert!(
            variant
                .iter()
                .any(|c| c.kind == "rust-item-removed" && c.place == "`Error::Reply`"),
            "{variant:?}"
        );
    }

    #[test]
    fn the_fields_of_a_new_struct_are_part_of_its_addition() {
        let before = api(&[
            ("lib.rs", "pub mod wire;\n"),
            ("wire.rs", "pub fn old() {}\n"),
        ]);
        let now = api(&[
            ("lib.rs", "pub mod wire;\n"),
            (
                "wire.rs",
                "pub fn old() {}\npub struct Parameter { pub name: u8 }\n",
            ),
        ]);
        let changes = before.changes(&now);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].impact, Impact::NonBreaking);
        assert_eq!(changes[0].place, "`wire::Parameter`");
    }

    #[test]
    fn a_private_module_inside_a_public_one_is_not_the_api() {
        let api = api(&[
            ("lib.rs", "pub mod drift;\n"),
            ("drift/mod.rs", "mod name;\npub fn report() {}\n"),
            ("drift/name.rs", "pub fn key_token() {}\n"),
        ]);
        let keys: Vec<&str> = api.entries.keys().map(String::as_str).collect();
        assert_eq!(keys, ["drift::report"]);
    }

    fn verdicts(lib: &str, error: &str) -> Vec<(Impact, String, String)> {
        let now = api(&[
            ("lib.rs", lib),
            ("error.rs", error),
            ("options/mod.rs", OPTIONS),
        ]);
        base()
            .changes(&now)
            .into_iter()
            .map(|c| (c.impact, c.place, c.what))
            .collect()
    }

    #[test]
    fn an_unchanged_crate_has_no_changes() {
        assert_eq!(verdicts(LIB, ERROR), []);
        // Private items and bodies are not the API.
        let lib = LIB.replace("fn private() {}", "fn private() -> u8 { 1 }");
        assert_eq!(verdicts(&lib, ERROR), []);
    }

    #[test]
    fn additions_break_only_where_rust_makes_them() {
        let lib = LIB
            .replace("pub enum Open { A }", "pub enum Open { A, B }")
            .replace("pub enum Closed { A }", "pub enum Closed { A, B }")
            .replace(
                "pub struct Plain { pub a: u8 }",
                "pub struct Plain { pub a: u8, pub b: u8 }",
            )
            .replace(
                "fn hidden(&self) {}",
                "pub fn timeout(self, s: u64) -> Self { self }",
            )
            .replace(
                "fn named(&self) -> &str { \"\" }",
                "fn named(&self) -> &str { \"\" } fn id(&self) -> u8;",
            );
        let found = verdicts(&lib, ERROR);
        let breaking: Vec<&str> = found
            .iter()
            .filter(|c| c.0 == Impact::Breaking)
            .map(|c| c.1.as_str())
            .collect();
        let compatible: Vec<&str> = found
            .iter()
            .filter(|c| c.0 == Impact::NonBreaking)
            .map(|c| c.1.as_str())
            .collect();
        assert_eq!(
            breaking,
            ["`Api::id`", "`Closed::B`", "`Plain.b`"],
            "{found:#?}"
        );
        assert_eq!(
            compatible,
            ["`Builder::timeout`", "`Open::B`"],
            "{found:#?}"
        );
    }

    #[test]
    fn removals_and_changed_signatures_break() {
        let error = ERROR.replace(
            "pub fn status(&self) -> u16",
            "pub fn status(&self) -> Option<u16>",
        );
        let lib = LIB.replace("pub use reqwest;\n", "");
        let found = verdicts(&lib, &error);
        assert_eq!(
            found,
            [
                (
                    Impact::Breaking,
                    "`Error::status`".to_owned(),
                    "changed: `fn status(&self) -> u16` → `fn status(&self) -> Option<u16>`"
                        .to_owned()
                ),
                (
                    Impact::Breaking,
                    "`reqwest`".to_owned(),
                    "removed: code using it no longer compiles".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_module_file_that_is_missing_or_broken_is_named() {
        let files = [("lib.rs".to_owned(), "mod gone;".to_owned())].into();
        let e = PublicApi::read(&files).unwrap_err();
        assert!(
            e.contains("src/gone/mod.rs: the module file is missing"),
            "{e}"
        );
        let files = [("lib.rs".to_owned(), "pub fn f( {".to_owned())].into();
        let e = PublicApi::read(&files).unwrap_err();
        assert!(e.starts_with("src/lib.rs: not Rust"), "{e}");
    }
}

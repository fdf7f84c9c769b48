//! The Rust view: the public surfaces of the code generated for both sides,
//! compared item by item, and which fields each model's builder cannot do
//! without.

use std::collections::{BTreeMap, BTreeSet};

use spec_model::model_builder::{Call, builder_name, is_model_builder};
use spec_model::surface::{Model, Surface};
use syn::visit::Visit;

use super::{Change, change};

/// What the Rust view compares of one generated crate.
#[derive(Clone, Debug)]
pub struct RustView {
    /// The public surface.
    pub surface: Surface,
    /// The fields a model's builder fails without, as `(type, field)`: the
    /// ones its `Default` starts as an error, whatever their type (a
    /// required array is a `Vec` the builder still asks for).
    pub required: BTreeSet<(String, String)>,
    /// The public inherent methods of each type in `types` (a multipart
    /// form's part setters among them), as `(type, method) -> signature`.
    pub methods: BTreeMap<(String, String), String>,
    /// The public constants and functions at the crate's root
    /// (`SERVER_URL`, `server_url`), as `name -> signature`.
    pub root: BTreeMap<String, String>,
}

impl RustView {
    /// The view of a generated file.
    pub fn of_file(file: &syn::File) -> Result<RustView, String> {
        // Either side may spell the standard library's names either way.
        let file = &spec_model::spelling::expanded(file);
        let mut finder = RequiredFields::default();
        finder.visit_file(file);
        let mut methods = BTreeMap::new();
        let root = root_items(&file.items);
        for item in &file.items {
            if let syn::Item::Mod(module) = item
                && module.ident == "types"
                && let Some((_, items)) = &module.content
            {
                type_methods(items, &mut methods);
                builder_constructors(items, &mut methods);
            }
        }
        Ok(RustView {
            surface: Surface::of_file(file)?,
            required: finder.found,
            methods,
            root,
        })
    }

    /// The view of a generated file's text.
    pub fn of_source(source: &str) -> Result<RustView, String> {
        let file = syn::parse_file(source).map_err(|e| format!("not Rust: {e}"))?;
        RustView::of_file(&file)
    }
}

/// The public inherent methods of the types in `items` (the `types`
/// module, its `builder` module aside), each signature with its parameters'
/// names left out.
fn type_methods(items: &[syn::Item], out: &mut BTreeMap<(String, String), String>) {
    for item in items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let syn::Type::Path(ty) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for inner in &imp.items {
            let syn::ImplItem::Fn(f) = inner else {
                continue;
            };
            if !matches!(f.vis, syn::Visibility::Public(_)) {
                continue;
            }
            out.insert(
                (name.clone(), f.sig.ident.to_string()),
                unnamed_signature(&f.sig),
            );
        }
    }
}

/// The `builder()` that each `model_builder!(X => ...)` call in the
/// `builder` module among `items` writes for the model `X`, as
/// [`type_methods`] reads an inherent one.
fn builder_constructors(items: &[syn::Item], out: &mut BTreeMap<(String, String), String>) {
    let builders = items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    for item in builders.into_iter().flatten() {
        let syn::Item::Macro(call) = item else {
            continue;
        };
        if !is_model_builder(&call.mac) {
            continue;
        }
        // The braced form starts with the builder's docs; the short one
        // with its name.
        let model = match builder_name(&call.mac) {
            Some(builder) => builder,
            None => match call.mac.tokens.clone().into_iter().next() {
                Some(proc_macro2::TokenTree::Ident(model)) => model,
                _ => continue,
            },
        };
        let sig: syn::Signature = syn::parse_quote!(fn builder() -> builder::#model);
        out.insert(
            (model.to_string(), "builder".to_owned()),
            unnamed_signature(&sig),
        );
    }
}

/// A function's signature as tokens, its parameters' names left out (a
/// caller passes them by position).
fn unnamed_signature(sig: &syn::Signature) -> String {
    use quote::ToTokens;
    let mut sig = sig.clone();
    for input in &mut sig.inputs {
        if let syn::FnArg::Typed(typed) = input {
            *typed.pat = syn::parse_quote!(_);
        }
    }
    sig.to_token_stream().to_string()
}

/// The public constants (by type, not value) and functions among `items`.
fn root_items(items: &[syn::Item]) -> BTreeMap<String, String> {
    use quote::ToTokens;
    let public = |vis: &syn::Visibility| matches!(vis, syn::Visibility::Public(_));
    items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Const(c) if public(&c.vis) => Some((
                c.ident.to_string(),
                format!("const {}: {}", c.ident, c.ty.to_token_stream()),
            )),
            syn::Item::Fn(f) if public(&f.vis) => {
                Some((f.sig.ident.to_string(), unnamed_signature(&f.sig)))
            }
            _ => None,
        })
        .collect()
}

/// Finds the fields a builder starts as an error: in a model's builder,
/// `impl Default for X { fn default() -> Self { Self { f: Err(..) } } }`;
/// in an operation's, `fn new(client) -> Self { Self { body: Err(..) } }`.
#[derive(Default)]
struct RequiredFields {
    found: BTreeSet<(String, String)>,
}

impl<'ast> Visit<'ast> for RequiredFields {
    // `model_builder!(Order => ...; required: id, lines; ...)` writes the
    // builder's `Default`, the `required` fields starting as errors; so
    // does the braced form, each such field marked `required`.
    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        if !is_model_builder(&item.mac) {
            return;
        }
        if let Some(call) = Call::of(&item.mac) {
            for field in call.required() {
                self.found
                    .insert((call.builder.to_string(), field.to_string()));
            }
            return;
        }
        let tokens: Vec<proc_macro2::TokenTree> = item.mac.tokens.clone().into_iter().collect();
        let Some(proc_macro2::TokenTree::Ident(builder)) = tokens.first() else {
            return;
        };
        let Some(start) = tokens.windows(2).position(|pair| {
            matches!(&pair[0], proc_macro2::TokenTree::Ident(i) if i == "required")
                && matches!(&pair[1], proc_macro2::TokenTree::Punct(p) if p.as_char() == ':')
        }) else {
            return;
        };
        for token in &tokens[start + 2..] {
            match token {
                proc_macro2::TokenTree::Ident(field) => {
                    self.found.insert((builder.to_string(), field.to_string()));
                }
                proc_macro2::TokenTree::Punct(p) if p.as_char() == ';' => break,
                _ => {}
            }
        }
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        let is_default = item
            .trait_
            .as_ref()
            .and_then(|(path, _)| path.segments.last())
            .is_some_and(|s| s.ident == "Default");
        let syn::Type::Path(ty) = &*item.self_ty else {
            return;
        };
        let Some(name) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
            return;
        };
        for inner in &item.items {
            let syn::ImplItem::Fn(f) = inner else {
                continue;
            };
            let constructor = if is_default { "default" } else { "new" };
            if f.sig.ident != constructor {
                continue;
            }
            for stmt in &f.block.stmts {
                let syn::Stmt::Expr(syn::Expr::Struct(literal), _) = stmt else {
                    continue;
                };
                for field in &literal.fields {
                    let syn::Member::Named(ident) = &field.member else {
                        continue;
                    };
                    if let syn::Expr::Call(call) = &field.expr
                        && let syn::Expr::Path(callee) = &*call.func
                        && callee
                            .path
                            .segments
                            .last()
                            .is_some_and(|s| s.ident == "Err")
                    {
                        self.found.insert((name.clone(), ident.to_string()));
                    }
                }
            }
        }
    }
}

/// The contents of a model, without its name: two models with the same
/// contents under different names are one type renamed.
fn contents(model: &Model) -> String {
    match model {
        Model::Struct { fields, .. } => format!("{fields:?}"),
        Model::Newtype { inner, .. } => format!("{inner:?}"),
        Model::Enum { variants, .. } => format!("{variants:?}"),
    }
}

/// What changed in the Rust API of a generated crate.
pub fn rust_changes(base_view: &RustView, head_view: &RustView) -> Vec<Change> {
    let (base, head) = (&base_view.surface, &head_view.surface);
    let mut changes = Vec::new();
    for op in &base.operations {
        let place = format!("`Client::{}`", op.method);
        let Some(now) = head.operation(&op.method) else {
            changes.push(change(
                "rust-method-removed",
                place,
                "method removed: calls to it no longer compile",
            ));
            continue;
        };
        for p in &op.params {
            match now.params.iter().find(|q| q.name == p.name) {
                None => changes.push(change(
                    "rust-setter-removed",
                    format!("{place} `.{}()`", p.name),
                    "setter removed: calls to it no longer compile",
                )),
                Some(q) => {
                    if q.ty != p.ty {
                        changes.push(change(
                            "rust-setter-type-changed",
                            format!("{place} `.{}()`", p.name),
                            format!("takes `{}` instead of `{}`", q.ty.short, p.ty.short),
                        ));
                    }
                    if q.required && !p.required {
                        changes.push(change(
                            "rust-setter-became-required",
                            format!("{place} `.{}()`", p.name),
                            "now required: `send()` fails without it",
                        ));
                    }
                }
            }
        }
        for q in &now.params {
            if !op.params.iter().any(|p| p.name == q.name) {
                let (kind, what) = if q.required {
                    (
                        "rust-setter-added-required",
                        "new required setter: `send()` fails without it",
                    )
                } else {
                    ("rust-setter-added-optional", "new optional setter")
                };
                changes.push(change(kind, format!("{place} `.{}()`", q.name), what));
            }
        }
        let body_required = |view: &RustView| {
            view.required
                .contains(&(op.builder.clone(), "body".to_owned()))
        };
        if body_required(head_view) && !body_required(base_view) {
            let had_body = op.body.is_some() || op.extras.iter().any(|e| e.starts_with("body("));
            changes.push(if had_body {
                change(
                    "rust-setter-became-required",
                    format!("{place} `.body()`"),
                    "now required: `send()` fails without it",
                )
            } else {
                change(
                    "rust-setter-added-required",
                    format!("{place} `.body()`"),
                    "new required setter: `send()` fails without it",
                )
            });
        }
        // `send_blocking()` answers what `send()` does: a change of its
        // types is the ok or error type's row, said once. Its coming or
        // going is still a row of its own.
        let follows_send = |a: &String, b: &String| {
            a.starts_with("send_blocking(") && b.starts_with("send_blocking(")
        };
        for extra in &op.extras {
            if !now.extras.contains(extra) && !now.extras.iter().any(|e| follows_send(extra, e)) {
                changes.push(change(
                    "rust-builder-method-removed",
                    format!("{place} builder"),
                    format!("`{extra}` removed"),
                ));
            }
        }
        for extra in &now.extras {
            if !op.extras.contains(extra) && !op.extras.iter().any(|e| follows_send(extra, e)) {
                changes.push(change(
                    "rust-builder-method-added",
                    format!("{place} builder"),
                    format!("`{extra}` added"),
                ));
            }
        }
        for (kind, what, a, b) in [
            (
                "rust-body-type-changed",
                "body",
                op.body.as_ref().map(|t| &t.short),
                now.body.as_ref().map(|t| &t.short),
            ),
            (
                "rust-success-type-changed",
                "success type",
                Some(&op.success.short),
                Some(&now.success.short),
            ),
            (
                "rust-error-type-changed",
                "error type",
                Some(&op.error.short),
                Some(&now.error.short),
            ),
        ] {
            if a != b {
                let show = |t: Option<&String>| t.map_or("none".to_owned(), |t| format!("`{t}`"));
                changes.push(change(
                    kind,
                    place.clone(),
                    format!("{what} {} → {}", show(a), show(b)),
                ));
            }
        }
    }
    for op in &head.operations {
        if base.operation(&op.method).is_none() {
            changes.push(change(
                "rust-method-added",
                format!("`Client::{}`", op.method),
                "method added",
            ));
        }
    }
    let named = |models: &[Model], name: &str| models.iter().any(|m| m.name() == name);
    // Types gone and types new with the same contents: renamed.
    let mut new_names: Vec<&Model> = head
        .models
        .iter()
        .filter(|m| !named(&base.models, m.name()))
        .collect();
    // A type whose name another now takes (a component added before it,
    // whose key gives the same name, numbers it: `OrderItem2`) is renamed
    // too, when its contents are under its name and a number.
    let numbered = |name: &str, of: &str| {
        name.strip_prefix(of)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let taken: Vec<&str> = base
        .models
        .iter()
        .filter(|m| {
            head.models
                .iter()
                .any(|n| n.name() == m.name() && contents(n) != contents(m))
                && new_names
                    .iter()
                    .any(|n| numbered(n.name(), m.name()) && contents(n) == contents(m))
        })
        .map(Model::name)
        .collect();
    let mut renamed = Vec::new();
    for model in base
        .models
        .iter()
        .filter(|m| !named(&head.models, m.name()) || taken.contains(&m.name()))
    {
        if let Some(i) = new_names
            .iter()
            .position(|n| contents(n) == contents(model))
        {
            renamed.push((model.name(), new_names.remove(i).name()));
        }
    }
    for (was, is) in &renamed {
        let what = if taken.contains(was) {
            format!(
                "now `types::{is}`, and `types::{was}` is another schema's: code naming it as this one no longer compiles"
            )
        } else {
            format!("now `types::{is}`: code naming the old name no longer compiles")
        };
        changes.push(change("rust-type-renamed", format!("`types::{was}`"), what));
    }
    let is_renamed = |name: &str| renamed.iter().any(|(a, b)| *a == name || *b == name);
    // Variants gone from one enum and new in another: moved.
    let variants = |models: &[Model]| -> Vec<(String, String)> {
        models
            .iter()
            .filter_map(|m| match m {
                Model::Enum { name, variants } => Some(
                    variants
                        .iter()
                        .map(|v| (name.clone(), v.name.clone()))
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .flatten()
            .collect()
    };
    let (old_variants, new_variants) = (variants(&base.models), variants(&head.models));
    let mut moved: BTreeSet<(String, String)> = BTreeSet::new();
    for (e, v) in &old_variants {
        if new_variants.contains(&(e.clone(), v.clone())) || !named(&head.models, e) {
            continue;
        }
        if let Some((to, _)) = new_variants
            .iter()
            .find(|(f, w)| w == v && f != e && !old_variants.contains(&(f.clone(), w.clone())))
        {
            moved.insert((e.clone(), v.clone()));
            moved.insert((to.clone(), v.clone()));
            changes.push(change(
                "rust-variant-moved",
                format!("`types::{e}`::{v}"),
                format!("now `types::{to}`::{v}: code naming it where it was no longer compiles"),
            ));
        }
    }
    let was_moved = |e: &str, v: &str| moved.contains(&(e.to_owned(), v.to_owned()));
    for model in &base.models {
        let place = format!("`types::{}`", model.name());
        let Some(now) = head.models.iter().find(|m| m.name() == model.name()) else {
            if !is_renamed(model.name()) {
                changes.push(change(
                    "rust-type-removed",
                    place,
                    "type removed: code naming it no longer compiles",
                ));
            }
            continue;
        };
        if taken.contains(&model.name()) {
            continue;
        }
        match (model, now) {
            (Model::Struct { fields: a, .. }, Model::Struct { fields: b, .. }) => {
                // A property whose field name another property now takes
                // (`DeletedAt` added beside `deletedAt`): its field is
                // numbered.
                let renamed: Vec<(&str, &str)> = a
                    .iter()
                    .filter_map(|f| {
                        b.iter()
                            .find(|g| {
                                g.json == f.json
                                    && g.name != f.name
                                    && !a.iter().any(|h| h.name == g.name)
                            })
                            .map(|g| (f.name.as_str(), g.name.as_str()))
                    })
                    .collect();
                for (was, is) in &renamed {
                    let json = &a.iter().find(|f| f.name == *was).expect("a field").json;
                    let taken = b
                        .iter()
                        .find(|f| f.name == *was)
                        .map_or_else(String::new, |f| {
                            format!(", and `.{was}` is now `{}`'s", f.json)
                        });
                    changes.push(change(
                        "rust-field-renamed",
                        format!("{place} `.{was}`"),
                        format!("`{json}` is now `.{is}`{taken}: code naming the old field no longer means it"),
                    ));
                }
                for field in a {
                    if renamed.iter().any(|(was, _)| *was == field.name) {
                        continue;
                    }
                    match b.iter().find(|f| f.name == field.name) {
                        None => changes.push(change(
                            "rust-field-removed",
                            format!("{place} `.{}`", field.name),
                            "field removed: code reading it no longer compiles",
                        )),
                        Some(f) if f.ty != field.ty => changes.push(change(
                            "rust-field-type-changed",
                            format!("{place} `.{}`", field.name),
                            format!("type `{}` → `{}`", field.ty.short, f.ty.short),
                        )),
                        Some(f) if f.json != field.json => changes.push(change(
                            "rust-field-json-renamed",
                            format!("{place} `.{}`", field.name),
                            format!(
                                "JSON name `{}` → `{}`: compiles, but reads and writes other JSON",
                                field.json, f.json
                            ),
                        )),
                        Some(_) => {}
                    }
                }
                for field in b {
                    if !a.iter().any(|f| f.name == field.name)
                        && !renamed.iter().any(|(_, is)| *is == field.name)
                    {
                        let required = head_view
                            .required
                            .contains(&(model.name().to_owned(), field.name.clone()));
                        let (kind, what) = if required {
                            (
                                "rust-field-added-required",
                                "required field added: builders fail without it",
                            )
                        } else {
                            (
                                "rust-field-added-optional",
                                "field added (the type is `#[non_exhaustive]`)",
                            )
                        };
                        changes.push(change(kind, format!("{place} `.{}`", field.name), what));
                    }
                }
            }
            (Model::Enum { variants: a, .. }, Model::Enum { variants: b, .. }) => {
                // A value whose variant name another value now takes
                // (`ACTIVE` added before `active`): its variant is numbered.
                let renamed: Vec<(&str, &str)> = a
                    .iter()
                    .filter(|v| v.json.is_some())
                    .filter_map(|v| {
                        b.iter()
                            .find(|w| {
                                w.json == v.json
                                    && w.holds == v.holds
                                    && w.name != v.name
                                    && !a.iter().any(|x| x.name == w.name)
                            })
                            .map(|w| (v.name.as_str(), w.name.as_str()))
                    })
                    .collect();
                for (was, is) in &renamed {
                    let json = a
                        .iter()
                        .find(|v| v.name == *was)
                        .and_then(|v| v.json.clone())
                        .unwrap_or_default();
                    let taken = b
                        .iter()
                        .find(|v| v.name == *was)
                        .and_then(|v| v.json.as_ref())
                        .map_or_else(String::new, |j| format!(", and `{was}` is now `{j}`"));
                    changes.push(change(
                        "rust-variant-renamed",
                        format!("{place}::{was}"),
                        format!("`{json}` is now `{is}`{taken}: code naming the old variant no longer means it"),
                    ));
                }
                for v in a {
                    if renamed.iter().any(|(was, _)| *was == v.name) {
                        continue;
                    }
                    match b.iter().find(|w| w.name == v.name) {
                        None if was_moved(model.name(), &v.name) => {}
                        None => changes.push(change(
                            "rust-variant-removed",
                            format!("{place}::{}", v.name),
                            "variant removed: code naming it no longer compiles",
                        )),
                        Some(w) if w.holds != v.holds || w.json != v.json => changes.push(change(
                            "rust-variant-changed",
                            format!("{place}::{}", v.name),
                            "variant changed",
                        )),
                        Some(_) => {}
                    }
                }
                for v in b {
                    if !a.iter().any(|w| w.name == v.name)
                        && !was_moved(model.name(), &v.name)
                        && !renamed.iter().any(|(_, is)| *is == v.name)
                    {
                        changes.push(change(
                            "rust-variant-added",
                            format!("{place}::{}", v.name),
                            "variant added (the enum is `#[non_exhaustive]`)",
                        ));
                    }
                }
            }
            (Model::Newtype { inner: a, .. }, Model::Newtype { inner: b, .. }) if a != b => {
                changes.push(change(
                    "rust-newtype-inner-changed",
                    place,
                    format!("wraps `{}` instead of `{}`", b.short, a.short),
                ));
            }
            (Model::Newtype { .. }, Model::Newtype { .. }) => {}
            _ => changes.push(change(
                "rust-type-kind-changed",
                place,
                "changed kind (struct, enum or newtype)",
            )),
        }
    }
    // Methods of the types (a form's part setters): only of types on both
    // sides, the others being added or removed whole.
    let both = |ty: &str| {
        base_view.methods.keys().any(|(t, _)| t == ty)
            && head_view.methods.keys().any(|(t, _)| t == ty)
    };
    for ((ty, method), signature) in &base_view.methods {
        if !both(ty) {
            continue;
        }
        let place = format!("`types::{ty}::{method}()`");
        match head_view.methods.get(&(ty.clone(), method.clone())) {
            None => changes.push(change(
                "rust-type-method-removed",
                place,
                "method removed: calls to it no longer compile",
            )),
            Some(now) if now != signature => changes.push(change(
                "rust-type-method-changed",
                place,
                format!(
                    "`{}` → `{}`",
                    short_signature(signature),
                    short_signature(now)
                ),
            )),
            Some(_) => {}
        }
    }
    for (ty, method) in head_view.methods.keys() {
        if both(ty)
            && !base_view
                .methods
                .contains_key(&(ty.clone(), method.clone()))
        {
            changes.push(change(
                "rust-type-method-added",
                format!("`types::{ty}::{method}()`"),
                "method added",
            ));
        }
    }
    for (name, signature) in &base_view.root {
        let place = format!("`{name}`");
        match head_view.root.get(name) {
            None => changes.push(change(
                "rust-root-item-removed",
                place,
                "removed: code naming it no longer compiles",
            )),
            Some(now) if now != signature => changes.push(change(
                "rust-root-item-changed",
                place,
                format!("`{}` → `{}`", tidy(signature), tidy(now)),
            )),
            Some(_) => {}
        }
    }
    for name in head_view.root.keys() {
        if !base_view.root.contains_key(name) {
            changes.push(change("rust-root-item-added", format!("`{name}`"), "added"));
        }
    }
    for model in &head.models {
        if !named(&base.models, model.name()) && !is_renamed(model.name()) {
            changes.push(change(
                "rust-type-added",
                format!("`types::{}`", model.name()),
                "type added",
            ));
        }
    }
    changes
}

/// A signature as tokens, without the paths' `::` prefixes that make it
/// long: `pub fn file (mut self , _ : FilePart) -> Self`.
fn short_signature(signature: &str) -> String {
    spec_model::spelling::prelude_text(signature)
        .replace(":: client_runtime :: upload :: ", "")
        .replace(":: std :: fmt :: ", "")
        .replace(" :: ", "::")
}

/// A signature as tokens, spaced as Rust is written:
/// `fn server_url(_: &str) -> Result<String, BuildError>`.
fn tidy(signature: &str) -> String {
    let mut text = short_signature(signature);
    for (from, to) in [
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        ("& ", "&"),
        (" : ", ": "),
        (" ,", ","),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
    ] {
        text = text.replace(from, to);
    }
    text
}

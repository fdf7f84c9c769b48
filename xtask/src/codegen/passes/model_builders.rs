//! One call per model for what its builder shares with every other. typify
//! writes, for each model, `Model::builder()`, the builder's `Default`, and
//! `TryFrom<builder> for Model` and `From<Model> for builder`, and
//! `optional_builders` adds `TryFrom<builder> for Option<Model>`: five
//! items that differ from one model to the next by names alone, three of
//! which list every field. Where a model's items are exactly those shapes,
//! they become one call of the runtime's `model_builder!`, which writes the
//! same items; any other shape is left as it is (a `Default` of another
//! shape stays, and the call leaves it out). Where the `Default` is
//! typify's and the builder struct too, the call takes the struct and each
//! setter of the three shapes `compact_setters` and `setter_arguments`
//! write (`IntoField`, `IntoOptional`, `IntoList`), with its docs, in its
//! braced form (`spec_model::model_builder`): a field and its setter are
//! then one line beside their docs, where they were five. A setter of any
//! other shape stays in an `impl` of its own. It runs after
//! `tag_features`, and the call keeps the `cfg` of the items it replaces.

use std::collections::HashMap;

use quote::{ToTokens, quote};
use spec_model::model_builder::{Call, Field, Kind, Start};
use spec_model::spec::Spec;
use syn::{Expr, Fields, Ident, Item, ItemImpl, Type, parse_quote};

use super::syntax::{builder_module, derives, is_type, types_module};

/// Which of a model's items an impl is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Part {
    /// `TryFrom<builder::X> for super::X`.
    Finish,
    /// `TryFrom<builder::X> for Option<super::X>`.
    FinishOptional,
    /// `From<super::X> for builder::X`.
    Start,
    /// `Default for builder::X`.
    Default,
}

/// How a builder's `Default` starts each field.
#[derive(Default)]
struct Starts {
    unset: Vec<Ident>,
    required: Vec<Ident>,
    defaults: Vec<(Ident, Expr)>,
}

/// Replaces each model's items; see the module docs.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    let types = types_module(file)?;
    // typify writes builders for structs only: a spec without one has none.
    if !types.iter().any(|item| matches!(item, Item::Struct(_))) {
        return Ok(());
    }
    // Each model's `builder()`, by the model's name.
    let mut constructors: HashMap<String, usize> = HashMap::new();
    for (at, item) in types.iter().enumerate() {
        if let Item::Impl(imp) = item
            && let Some(name) = constructor_of(imp)
        {
            constructors.insert(name, at);
        }
    }
    let mut constructor_attrs: HashMap<String, Vec<syn::Attribute>> = HashMap::new();
    for (name, &at) in &constructors {
        if let Item::Impl(imp) = &types[at] {
            constructor_attrs.insert(name.clone(), not_docs(&imp.attrs));
        }
    }
    let builders = builder_module(types)?;
    let structs: Vec<(Ident, Vec<Ident>)> = builders
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => match &s.fields {
                Fields::Named(named) => Some((
                    s.ident.clone(),
                    named.named.iter().filter_map(|f| f.ident.clone()).collect(),
                )),
                _ => None,
            },
            _ => None,
        })
        .collect();
    // Each impl by its part and its builder's name, found once.
    let mut found: HashMap<(Part, String), usize> = HashMap::new();
    for (at, item) in builders.iter().enumerate() {
        if let Item::Impl(imp) = item
            && let Some(key) = part_of(imp)
        {
            found.insert(key, at);
        }
    }
    // Each builder struct and its inherent impls (the setters), by name.
    let mut struct_at: HashMap<String, usize> = HashMap::new();
    let mut inherent: HashMap<String, Vec<usize>> = HashMap::new();
    for (at, item) in builders.iter().enumerate() {
        match item {
            Item::Struct(s) => {
                struct_at.insert(s.ident.to_string(), at);
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                if let syn::Type::Path(ty) = &*imp.self_ty
                    && let Some(name) = ty.path.get_ident()
                {
                    inherent.entry(name.to_string()).or_default().push(at);
                }
            }
            _ => {}
        }
    }
    let mut replaced: HashMap<usize, Option<Item>> = HashMap::new();
    // The setters a call took, by their impl and place in it.
    let mut setters_taken: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut constructors_replaced = Vec::new();
    for (name, fields) in &structs {
        let key = |part| found.get(&(part, name.to_string())).copied();
        let (Some(finish), Some(optional), Some(start)) = (
            key(Part::Finish),
            key(Part::FinishOptional),
            key(Part::Start),
        ) else {
            continue;
        };
        let impls = [finish, optional, start].map(|at| match &builders[at] {
            Item::Impl(imp) => Some(imp),
            _ => None,
        });
        let [Some(finish_impl), Some(optional_impl), Some(start_impl)] = impls else {
            continue;
        };
        let matches = is_finish(finish_impl, name, fields)
            && is_finish_optional(optional_impl, name)
            && is_start(start_impl, name, fields);
        let attrs = not_docs(&finish_impl.attrs);
        // All gated alike, `builder()` too.
        let gated_alike = [optional_impl, start_impl]
            .iter()
            .all(|imp| not_docs(&imp.attrs) == attrs)
            && constructor_attrs.get(&name.to_string()) == Some(&attrs);
        if !matches || !gated_alike {
            continue;
        }
        let default = key(Part::Default).and_then(|at| match &builders[at] {
            Item::Impl(imp) if not_docs(&imp.attrs) == attrs => {
                default_starts(imp, fields).map(|starts| (at, starts))
            }
            _ => None,
        });
        if let Some((default_at, starts)) = &default
            && let Some(&at) = struct_at.get(&name.to_string())
            && let Item::Struct(builder) = &builders[at]
            && let Some(whole) = whole_call(
                builder,
                &attrs,
                starts,
                inherent
                    .get(&name.to_string())
                    .map_or(&[][..], Vec::as_slice),
                builders,
            )
        {
            for at in [finish, optional, start, *default_at] {
                replaced.insert(at, None);
            }
            setters_taken.extend(whole.setters_taken);
            replaced.insert(at, Some(whole.call));
            constructors_replaced.push(name.to_string());
            continue;
        }
        let call: Item = match &default {
            Some((_, starts)) => {
                let unset = &starts.unset;
                let required = &starts.required;
                let (defaulted, values): (Vec<&Ident>, Vec<&Expr>) =
                    starts.defaults.iter().map(|(f, v)| (f, v)).unzip();
                parse_quote! {
                    #(#attrs)*
                    ::client_runtime::model_builder!(
                        #name => super::#name, super::error::ConversionError;
                        fields: #(#fields),*;
                        unset: #(#unset),*;
                        required: #(#required),*;
                        defaults: #(#defaulted = #values),*
                    );
                }
            }
            None => parse_quote! {
                #(#attrs)*
                ::client_runtime::model_builder!(
                    #name => super::#name, super::error::ConversionError;
                    fields: #(#fields),*
                );
            },
        };
        // The call goes where the `Default` was, or the first conversion.
        let place = default.as_ref().map_or(finish, |(at, _)| *at);
        for at in [finish, optional, start] {
            replaced.insert(at, None);
        }
        replaced.insert(place, Some(call));
        constructors_replaced.push(name.to_string());
    }
    let items = std::mem::take(builders);
    *builders = items
        .into_iter()
        .enumerate()
        .filter_map(|(at, item)| match (replaced.remove(&at), item) {
            (Some(call), _) => call,
            // An impl left without setters goes; one with others keeps them.
            (None, Item::Impl(mut imp)) if setters_taken.contains_key(&at) => {
                let taken = &setters_taken[&at];
                let members = std::mem::take(&mut imp.items);
                imp.items = members
                    .into_iter()
                    .enumerate()
                    .filter(|(index, _)| !taken.contains(index))
                    .map(|(_, member)| member)
                    .collect();
                (!imp.items.is_empty()).then_some(Item::Impl(imp))
            }
            (None, item) => Some(item),
        })
        .collect();
    let gone: std::collections::HashSet<usize> = constructors_replaced
        .iter()
        .filter_map(|name| constructors.get(name).copied())
        .collect();
    let types = types_module(file)?;
    let items = std::mem::take(types);
    *types = items
        .into_iter()
        .enumerate()
        .filter_map(|(at, item)| (!gone.contains(&at)).then_some(item))
        .collect();
    Ok(())
}

/// A builder written whole by one call: the call, and the setters it
/// writes, by the impl that held them and their place in it.
struct Whole {
    call: Item,
    setters_taken: HashMap<usize, Vec<usize>>,
}

/// The braced `model_builder!` call for the builder struct `builder`,
/// whose `Default` starts its fields as `starts` says and whose inherent
/// impls are at `impls` among `items`, all under `cfg`; none where the
/// struct is not typify's (`#[derive(Clone, Debug)]`, private fields of
/// type `Result<T, String>`, no other attribute but docs and `cfg`).
fn whole_call(
    builder: &syn::ItemStruct,
    cfg: &[syn::Attribute],
    starts: &Starts,
    impls: &[usize],
    items: &[Item],
) -> Option<Whole> {
    let name = &builder.ident;
    let Fields::Named(named) = &builder.fields else {
        return None;
    };
    if !builder.generics.params.is_empty() || !matches!(builder.vis, syn::Visibility::Public(_)) {
        return None;
    }
    let mut docs = Vec::new();
    let mut derive_attrs = Vec::new();
    let mut others = Vec::new();
    for attr in &builder.attrs {
        if attr.path().is_ident("doc") {
            docs.push(attr.clone());
        } else if attr.path().is_ident("derive") {
            derive_attrs.push(attr.clone());
        } else {
            others.push(attr.clone());
        }
    }
    // The macro derives `Clone` and `Debug`, and nothing else.
    let derived: Vec<_> = derives(&derive_attrs)
        .iter()
        .map(|path| path.get_ident().map(ToString::to_string))
        .collect();
    let derived =
        derive_attrs.len() == 1 && derived == [Some("Clone".to_owned()), Some("Debug".to_owned())];
    if !derived || others != cfg {
        return None;
    }
    // Each field's type as the builder holds it: `Result<T, String>`.
    let mut slots = Vec::new();
    for field in &named.named {
        let ident = field.ident.clone()?;
        if !field.attrs.is_empty() || !matches!(field.vis, syn::Visibility::Inherited) {
            return None;
        }
        slots.push((ident, result_of_string(&field.ty)?));
    }
    // The setters of the three shapes, by field.
    let mut setters: HashMap<String, (usize, usize, Kind, Type)> = HashMap::new();
    for &at in impls {
        let Item::Impl(imp) = &items[at] else {
            continue;
        };
        if not_docs(&imp.attrs) != cfg || !imp.generics.params.is_empty() {
            continue;
        }
        for (index, member) in imp.items.iter().enumerate() {
            if let syn::ImplItem::Fn(f) = member
                && let Some((kind, ty)) = setter_shape(f)
            {
                setters.insert(f.sig.ident.to_string(), (at, index, kind, ty));
            }
        }
    }
    let mut fields = Vec::new();
    let mut taken: HashMap<usize, Vec<usize>> = HashMap::new();
    for (ident, slot) in slots {
        let start = if starts.unset.contains(&ident) {
            Start::Unset
        } else if starts.required.contains(&ident) {
            Start::Required
        } else {
            Start::Default(starts.defaults.iter().find(|(f, _)| *f == ident)?.1.clone())
        };
        // A setter's kind holds where its type agrees with the field's
        // (compared as syntax: as token text, `>>` and `> >` differ).
        let setter = setters
            .get(&ident.to_string())
            .filter(|(_, _, kind, ty)| match kind {
                Kind::Optional => std_item_of(&slot, &["std", "option", "Option"]) == Some(ty),
                Kind::List => std_item_of(&slot, &["std", "vec", "Vec"]) == Some(ty),
                Kind::Value | Kind::Custom => *ty == slot,
            });
        let (kind, ty, docs) = match setter {
            Some((at, index, kind, ty)) => {
                taken.entry(*at).or_default().push(*index);
                let Item::Impl(imp) = &items[*at] else {
                    return None;
                };
                let syn::ImplItem::Fn(f) = &imp.items[*index] else {
                    return None;
                };
                (*kind, ty.clone(), f.attrs.clone())
            }
            None => (Kind::Custom, slot, Vec::new()),
        };
        fields.push(Field {
            docs,
            name: ident,
            kind,
            ty,
            start,
        });
    }
    let call = Call {
        attrs: docs,
        builder: name.clone(),
        model: parse_quote!(super::#name),
        error: parse_quote!(super::error::ConversionError),
        fields,
    };
    let call: Item = parse_quote! {
        #(#cfg)*
        ::client_runtime::model_builder! { #call }
    };
    Some(Whole {
        call,
        setters_taken: taken,
    })
}

/// The type arguments of the type `::<names><..>`
/// (`::std::option::Option<T>` has `T`), none where it is another type.
fn type_arguments<'a>(ty: &'a Type, names: &[&str]) -> Option<Vec<&'a Type>> {
    let Type::Path(path) = ty else { return None };
    let segments = &path.path.segments;
    let named = path.qself.is_none()
        && path.path.leading_colon.is_some()
        && segments.len() == names.len()
        && segments.iter().zip(names).all(|(s, n)| s.ident == n)
        && segments.iter().rev().skip(1).all(|s| s.arguments.is_none());
    if !named {
        return None;
    }
    let args = match &segments.last()?.arguments {
        syn::PathArguments::None => return Some(Vec::new()),
        syn::PathArguments::AngleBracketed(args) => args,
        syn::PathArguments::Parenthesized(_) => return None,
    };
    args.args
        .iter()
        .map(|arg| match arg {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        })
        .collect()
}

/// `T` of `::<names><T>` (`::std::option::Option<T>`).
fn std_item_of<'a>(ty: &'a Type, names: &[&str]) -> Option<&'a Type> {
    match type_arguments(ty, names)?[..] {
        [held] => Some(held),
        _ => None,
    }
}

/// `T` of `::std::result::Result<T, ::std::string::String>`.
fn result_of_string(ty: &Type) -> Option<Type> {
    match type_arguments(ty, &["std", "result", "Result"])?[..] {
        [held, error] if std_string(error) => Some(held.clone()),
        _ => None,
    }
}

/// Whether `ty` is `::std::string::String`.
fn std_string(ty: &Type) -> bool {
    type_arguments(ty, &["std", "string", "String"]).is_some_and(|args| args.is_empty())
}

/// The kind of a setter of one of the three shapes the call writes, and
/// the type its bound names: `pub fn f<T: ::client_runtime::IntoField<U>>(
/// mut self, value: T) -> Self { self.f = value.into_field("f"); self }`,
/// and the same with `IntoOptional` (`Ok(value.into_optional())`, `Ok` in
/// full) or `IntoList` (`::client_runtime::field_value("f",
/// value.into_list())`). Only docs may be on it. Matched piece by piece:
/// a large spec has tens of thousands of setters.
fn setter_shape(f: &syn::ImplItemFn) -> Option<(Kind, Type)> {
    if f.attrs.iter().any(|a| !a.path().is_ident("doc"))
        || !matches!(f.vis, syn::Visibility::Public(_))
        || f.modifiers.defaultness.is_some()
        || f.sig.constness.is_some()
        || f.sig.asyncness.is_some()
        || !matches!(f.sig.safety, syn::Safety::Default)
        || f.sig.abi.is_some()
        || f.sig.variadic.is_some()
        || f.sig.generics.where_clause.is_some()
    {
        return None;
    }
    let [syn::GenericParam::Type(param)] = f.sig.generics.params.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let [syn::TypeParamBound::Trait(bound)] = param.bounds.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    if param.ident != "T" || !param.attrs.is_empty() || param.default.is_some() {
        return None;
    }
    let (trait_name, ty) = runtime_item_of_one_type(&bound.path)?;
    if bound.lifetimes.is_some() || bound.maybe.is_some() || bound.paren_token.is_some() {
        return None;
    }
    let kind = match trait_name.to_string().as_str() {
        "IntoField" => Kind::Value,
        "IntoOptional" => Kind::Optional,
        "IntoList" => Kind::List,
        _ => return None,
    };
    // `(mut self, value: T) -> Self`
    let [syn::FnArg::Receiver(receiver), syn::FnArg::Typed(value)] =
        f.sig.inputs.iter().collect::<Vec<_>>()[..]
    else {
        return None;
    };
    let takes_self = receiver.mutability.is_some()
        && matches!(receiver.kind, syn::ReceiverKind::Value)
        && receiver.attrs.is_empty();
    let takes_value = value.attrs.is_empty()
        && matches!(&*value.pat, syn::Pat::Ident(p) if p.ident == "value" && p.by_ref.is_none() && p.mutability.is_none() && p.subpat.is_none())
        && is_type(&value.ty, "T");
    let returns_self = matches!(&f.sig.output, syn::ReturnType::Type(_, t) if is_type(t, "Self"));
    if !takes_self || !takes_value || !returns_self {
        return None;
    }
    // `self.f = <the kind's value>; self`
    let name = &f.sig.ident;
    let [
        syn::Stmt::Expr(Expr::Assign(assign), Some(_)),
        syn::Stmt::Expr(last, None),
    ] = f.block.stmts.as_slice()
    else {
        return None;
    };
    let assigns_field = assign.attrs.is_empty()
        && matches!(&*assign.left, Expr::Field(access)
            if matches!(&access.member, syn::Member::Named(m) if m == name)
                && is_path(&access.base, &["self"], false));
    if !assigns_field || !is_path(last, &["self"], false) {
        return None;
    }
    let field = name.to_string();
    let value_call = |expr: &Expr, method: &str| {
        matches!(expr, Expr::MethodCall(call)
            if call.method == method && call.args.is_empty() && call.turbofish.is_none()
                && is_path(&call.receiver, &["value"], false))
    };
    let right = &*assign.right;
    let shaped = match kind {
        Kind::Value => matches!(right, Expr::MethodCall(call)
            if call.method == "into_field" && call.turbofish.is_none()
                && is_path(&call.receiver, &["value"], false)
                && matches!(call.args.iter().collect::<Vec<_>>()[..], [arg] if is_str(arg, &field))),
        Kind::Optional => matches!(right, Expr::Call(call)
            if is_path(&call.func, &["std", "result", "Result", "Ok"], true)
                && matches!(call.args.iter().collect::<Vec<_>>()[..], [arg] if value_call(arg, "into_optional"))),
        Kind::List => matches!(right, Expr::Call(call)
            if is_path(&call.func, &["client_runtime", "field_value"], true)
                && matches!(call.args.iter().collect::<Vec<_>>()[..],
                    [first, second] if is_str(first, &field) && value_call(second, "into_list"))),
        Kind::Custom => false,
    };
    shaped.then(|| (kind, ty.clone()))
}

/// `X` and `T` of the path `::client_runtime::X<T>`.
fn runtime_item_of_one_type(path: &syn::Path) -> Option<(&Ident, &Type)> {
    let [krate, item] = path.segments.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    if path.leading_colon.is_none() || krate.ident != "client_runtime" || !krate.arguments.is_none()
    {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &item.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>()[..] {
        [syn::GenericArgument::Type(ty)] if args.colon2_token.is_none() => Some((&item.ident, ty)),
        _ => None,
    }
}

/// Whether `expr` is the path `names` (with a leading `::` if `absolute`),
/// no segment with arguments.
fn is_path(expr: &Expr, names: &[&str], absolute: bool) -> bool {
    matches!(expr, Expr::Path(p)
        if p.attrs.is_empty() && p.qself.is_none()
            && p.path.leading_colon.is_some() == absolute
            && p.path.segments.len() == names.len()
            && p.path.segments.iter().zip(names).all(|(s, n)| s.ident == n && s.arguments.is_none()))
}

/// Whether `expr` is the string literal `text`.
fn is_str(expr: &Expr, text: &str) -> bool {
    matches!(expr, Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), attrs }) if attrs.is_empty() && s.value() == text)
}

/// The model's name, of `impl X { pub fn builder() -> builder::X {
/// Default::default() } }` exactly (its docs aside).
fn constructor_of(imp: &ItemImpl) -> Option<String> {
    if imp.trait_.is_some() {
        return None;
    }
    let syn::Type::Path(ty) = &*imp.self_ty else {
        return None;
    };
    let name = ty.path.get_ident()?;
    let [syn::ImplItem::Fn(f)] = imp.items.as_slice() else {
        return None;
    };
    let builder = quote!(-> builder::#name).to_string();
    let shape = f.sig.ident == "builder"
        && matches!(f.vis, syn::Visibility::Public(_))
        && f.sig.inputs.is_empty()
        && f.sig.generics.params.is_empty()
        && f.sig.output.to_token_stream().to_string() == builder
        && matches!(f.block.stmts.as_slice(), [syn::Stmt::Expr(e, None)] if is_default_call(e));
    shape.then(|| name.to_string())
}

/// Which part `imp` is, and its builder's name, by its trait and self type
/// alone.
fn part_of(imp: &ItemImpl) -> Option<(Part, String)> {
    let (path, _) = imp.trait_.as_ref()?;
    let last = path.segments.last()?;
    let syn::Type::Path(self_ty) = &*imp.self_ty else {
        return None;
    };
    let name = |p: &syn::Path| p.segments.last().map(|s| s.ident.to_string());
    if last.ident == "Default" {
        return Some((Part::Default, name(&self_ty.path)?));
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(syn::Type::Path(argument))) = args.args.first() else {
        return None;
    };
    match last.ident.to_string().as_str() {
        "TryFrom" if name(&self_ty.path).as_deref() == Some("Option") => {
            Some((Part::FinishOptional, name(&argument.path)?))
        }
        "TryFrom" => Some((Part::Finish, name(&argument.path)?)),
        "From" => Some((Part::Start, name(&self_ty.path)?)),
        _ => None,
    }
}

/// How a `Default` impl of typify's shape starts each of `fields`: with
/// `Ok(Default::default())`, `Err("no value supplied for f".to_string())`
/// or `Ok(value)`; none for any other shape.
fn default_starts(imp: &ItemImpl, fields: &[Ident]) -> Option<Starts> {
    let [syn::ImplItem::Fn(f)] = imp.items.as_slice() else {
        return None;
    };
    if f.sig.ident != "default" || !f.sig.inputs.is_empty() {
        return None;
    }
    let [syn::Stmt::Expr(Expr::Struct(literal), None)] = f.block.stmts.as_slice() else {
        return None;
    };
    if !literal.path.is_ident("Self") || literal.rest.is_some() || literal.qself.is_some() {
        return None;
    }
    let mut starts = Starts::default();
    let mut named = Vec::new();
    for field in &literal.fields {
        let syn::Member::Named(ident) = &field.member else {
            return None;
        };
        named.push(ident.clone());
        let Expr::Call(call) = &field.expr else {
            return None;
        };
        let [argument] = call.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let Expr::Path(callee) = &*call.func else {
            return None;
        };
        if callee.path.is_ident("Ok") {
            if is_default_call(argument) {
                starts.unset.push(ident.clone());
            } else {
                starts.defaults.push((ident.clone(), argument.clone()));
            }
        } else if callee.path.is_ident("Err") && is_missing_message(argument, ident) {
            starts.required.push(ident.clone());
        } else {
            return None;
        }
    }
    // Each field once: the macro lists them by their start.
    let mut sorted = named.clone();
    sorted.sort();
    let mut all = fields.to_vec();
    all.sort();
    (sorted == all).then_some(starts)
}

/// Whether `expr` is `Default::default()`.
fn is_default_call(expr: &Expr) -> bool {
    matches!(expr, Expr::Call(call) if call.args.is_empty()
        && matches!(&*call.func, Expr::Path(p) if p.qself.is_none()
            && p.path.leading_colon.is_none()
            && p.path.segments.len() == 2
            && p.path.segments[0].ident == "Default"
            && p.path.segments[1].ident == "default"
            && p.path.segments.iter().all(|s| s.arguments.is_none())))
}

/// Whether `expr` is `"no value supplied for <field>".to_string()`, the
/// words `model_builder!` writes for a required field.
fn is_missing_message(expr: &Expr, field: &Ident) -> bool {
    let Expr::MethodCall(call) = expr else {
        return false;
    };
    call.method == "to_string"
        && call.args.is_empty()
        && call.turbofish.is_none()
        && matches!(&*call.receiver, Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })
            if s.value() == format!("no value supplied for {field}"))
}

/// Whether `imp` is typify's `TryFrom<X> for super::X`:
/// `Ok(Self { f: value.f?, ... })` over `fields`, in their order. The
/// header is compared as tokens, the body, which lists every field, by
/// its shape (a large spec has thousands).
fn is_finish(imp: &ItemImpl, name: &Ident, fields: &[Ident]) -> bool {
    let Some(body) = header_matches(
        imp,
        quote!(::std::convert::TryFrom<#name>),
        quote!(super::#name),
        &[quote!(
            type Error = super::error::ConversionError;
        )],
        quote!(fn try_from(value: #name) -> ::std::result::Result<Self, super::error::ConversionError>),
    ) else {
        return false;
    };
    let [syn::Stmt::Expr(Expr::Call(ok), None)] = body.stmts.as_slice() else {
        return false;
    };
    let [Expr::Struct(literal)] = ok.args.iter().collect::<Vec<_>>()[..] else {
        return false;
    };
    matches!(&*ok.func, Expr::Path(p) if p.path.is_ident("Ok"))
        && struct_of_fields(
            literal,
            fields,
            |field, value| matches!(value, Expr::Try(tried) if is_value_field(&tried.expr, field)),
        )
}

/// Whether `imp` is `optional_builders`' `TryFrom<X> for Option<super::X>`.
fn is_finish_optional(imp: &ItemImpl, name: &Ident) -> bool {
    let expected = quote! {
        impl ::std::convert::TryFrom<#name> for ::std::option::Option<super::#name> {
            type Error = super::error::ConversionError;
            fn try_from(value: #name) -> ::std::result::Result<Self, Self::Error> {
                super::#name::try_from(value).map(Some)
            }
        }
    };
    without_attrs(imp) == expected.to_string().replace(", }", "}")
}

/// Whether `imp` is typify's `From<super::X> for X`:
/// `Self { f: Ok(value.f), ... }` over `fields`, in their order.
fn is_start(imp: &ItemImpl, name: &Ident, fields: &[Ident]) -> bool {
    let Some(body) = header_matches(
        imp,
        quote!(::std::convert::From<super::#name>),
        quote!(#name),
        &[],
        quote!(fn from(value: super::#name) -> Self),
    ) else {
        return false;
    };
    let [syn::Stmt::Expr(Expr::Struct(literal), None)] = body.stmts.as_slice() else {
        return false;
    };
    struct_of_fields(literal, fields, |field, value| {
        let Expr::Call(ok) = value else { return false };
        let [argument] = ok.args.iter().collect::<Vec<_>>()[..] else {
            return false;
        };
        matches!(&*ok.func, Expr::Path(p) if p.path.is_ident("Ok"))
            && is_value_field(argument, field)
    })
}

/// The body of `imp`'s last method, where `imp` is `impl <trait> for
/// <self_ty> { <before>... fn <sig> { body } }`, its pieces compared as
/// tokens: the body, which may list a thousand fields, is neither copied
/// nor printed.
fn header_matches<'a>(
    imp: &'a ItemImpl,
    trait_path: proc_macro2::TokenStream,
    self_ty: proc_macro2::TokenStream,
    before: &[proc_macro2::TokenStream],
    sig: proc_macro2::TokenStream,
) -> Option<&'a syn::Block> {
    let text = |t: &dyn ToTokens| t.to_token_stream().to_string();
    let (path, _) = imp.trait_.as_ref()?;
    let (last, earlier) = imp.items.split_last()?;
    let syn::ImplItem::Fn(f) = last else {
        return None;
    };
    let matches = imp.generics.params.is_empty()
        && imp.generics.where_clause.is_none()
        && text(path) == trait_path.to_string()
        && text(&imp.self_ty) == self_ty.to_string()
        && earlier.len() == before.len()
        && earlier
            .iter()
            .zip(before)
            .all(|(item, want)| text(item) == want.to_string())
        && f.attrs.is_empty()
        && matches!(f.vis, syn::Visibility::Inherited)
        && text(&f.sig) == sig.to_string();
    matches.then_some(&f.block)
}

/// Whether `literal` is `Self { f: <value of f>, ... }` with `fields` in
/// their order, each value as `value_of` says.
fn struct_of_fields(
    literal: &syn::ExprStruct,
    fields: &[Ident],
    value_of: impl Fn(&Ident, &Expr) -> bool,
) -> bool {
    literal.path.is_ident("Self")
        && literal.qself.is_none()
        && literal.rest.is_none()
        && literal.fields.len() == fields.len()
        && literal.fields.iter().zip(fields).all(|(f, name)| {
            matches!(&f.member, syn::Member::Named(m) if m == name) && value_of(name, &f.expr)
        })
}

/// Whether `expr` is `value.field`.
fn is_value_field(expr: &Expr, field: &Ident) -> bool {
    matches!(expr, Expr::Field(access)
        if matches!(&access.member, syn::Member::Named(m) if m == field)
            && matches!(&*access.base, Expr::Path(p) if p.path.is_ident("value")))
}

/// The attributes that are not docs (a `cfg`).
fn not_docs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| !a.path().is_ident("doc"))
        .cloned()
        .collect()
}

/// An impl's tokens, its attributes left out.
fn without_attrs(imp: &ItemImpl) -> String {
    let mut imp = imp.clone();
    imp.attrs.clear();
    tokens(&imp)
}

/// An impl's tokens, a struct expression's trailing comma left out.
fn tokens(imp: &ItemImpl) -> String {
    imp.to_token_stream().to_string().replace(", }", "}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Spec {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        Spec::parse(std::path::Path::new("specs/demo.yaml"), text).unwrap()
    }

    /// typify's items for a model `Order` (after the passes before this
    /// one), with `odd`'s setter as given and `extra` on the builder struct.
    fn order(odd_setter: syn::ImplItemFn, extra: Option<syn::Attribute>) -> syn::File {
        let extra = extra.into_iter();
        parse_quote! {
            pub mod types {
                pub struct Order {
                    pub id: ::std::string::String,
                    pub note: ::std::option::Option<::std::string::String>,
                    pub lines: ::std::vec::Vec<super::Line>,
                    pub odd: ::std::option::Option<f64>,
                }
                impl Order {
                    pub fn builder() -> builder::Order {
                        Default::default()
                    }
                }
                pub mod builder {
                    ///Builds an order.
                    #[derive(Clone, Debug)]
                    #(#extra)*
                    pub struct Order {
                        id: ::std::result::Result<::std::string::String, ::std::string::String>,
                        note: ::std::result::Result<::std::option::Option<::std::string::String>, ::std::string::String>,
                        lines: ::std::result::Result<::std::vec::Vec<super::Line>, ::std::string::String>,
                        odd: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
                    }
                    impl ::std::default::Default for Order {
                        fn default() -> Self {
                            Self {
                                id: Err("no value supplied for id".to_string()),
                                note: Ok(Default::default()),
                                lines: Ok(Default::default()),
                                odd: Ok(Default::default()),
                            }
                        }
                    }
                    impl Order {
                        ///The id.
                        pub fn id<T: ::client_runtime::IntoField<::std::string::String>>(mut self, value: T) -> Self {
                            self.id = value.into_field("id");
                            self
                        }
                        pub fn note<T: ::client_runtime::IntoOptional<::std::string::String>>(mut self, value: T) -> Self {
                            self.note = ::std::result::Result::Ok(value.into_optional());
                            self
                        }
                        pub fn lines<T: ::client_runtime::IntoList<super::Line>>(mut self, value: T) -> Self {
                            self.lines = ::client_runtime::field_value("lines", value.into_list());
                            self
                        }
                        #odd_setter
                    }
                    impl ::std::convert::TryFrom<Order> for super::Order {
                        type Error = super::error::ConversionError;
                        fn try_from(value: Order) -> ::std::result::Result<Self, super::error::ConversionError> {
                            Ok(Self {
                                id: value.id?,
                                note: value.note?,
                                lines: value.lines?,
                                odd: value.odd?,
                            })
                        }
                    }
                    impl ::std::convert::TryFrom<Order> for ::std::option::Option<super::Order> {
                        type Error = super::error::ConversionError;
                        fn try_from(value: Order) -> ::std::result::Result<Self, Self::Error> {
                            super::Order::try_from(value).map(Some)
                        }
                    }
                    impl ::std::convert::From<super::Order> for Order {
                        fn from(value: super::Order) -> Self {
                            Self {
                                id: Ok(value.id),
                                note: Ok(value.note),
                                lines: Ok(value.lines),
                                odd: Ok(value.odd),
                            }
                        }
                    }
                }
            }
        }
    }

    fn builder_items(file: &syn::File) -> Vec<Item> {
        let syn::Item::Mod(types) = &file.items[0] else {
            panic!()
        };
        types
            .content
            .as_ref()
            .unwrap()
            .1
            .iter()
            .find_map(|item| match item {
                Item::Mod(m) if m.ident == "builder" => Some(m.content.as_ref().unwrap().1.clone()),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn a_typify_builder_is_one_braced_call_and_an_odd_setter_keeps_its_impl() {
        // A setter of none of the three shapes (it takes an `f64`).
        let odd: syn::ImplItemFn = parse_quote! {
            pub fn odd(mut self, value: f64) -> Self {
                self.odd = Ok(Some(value));
                self
            }
        };
        let mut file = order(odd.clone(), None);
        run(&mut file, &spec()).unwrap();
        let items = builder_items(&file);
        let [Item::Macro(call), Item::Impl(rest)] = items.as_slice() else {
            panic!("{}", quote!(#(#items)*));
        };
        let call = Call::of(&call.mac).unwrap();
        let fields: Vec<String> = call
            .fields
            .iter()
            .map(|f| {
                let mut f = f.clone();
                f.docs.clear();
                f.to_token_stream().to_string()
            })
            .collect();
        assert_eq!(
            fields,
            [
                "id : value (:: std :: string :: String) required",
                "note : optional (:: std :: string :: String)",
                "lines : list (super :: Line)",
                "odd : custom (:: std :: option :: Option < f64 >)",
            ]
        );
        assert_eq!(call.fields[0].docs.len(), 1, "the setter's docs");
        assert_eq!(call.attrs.len(), 1, "the struct's docs");
        assert_eq!(rest.items, [syn::ImplItem::Fn(odd)]);
        // `builder()` is the call's now.
        let syn::Item::Mod(types) = &file.items[0] else {
            panic!()
        };
        assert!(
            !types
                .content
                .as_ref()
                .unwrap()
                .1
                .iter()
                .any(|i| matches!(i, Item::Impl(_)))
        );
    }

    #[test]
    fn a_builder_struct_of_another_shape_keeps_its_struct_and_setters() {
        let odd: syn::ImplItemFn = parse_quote! {
            pub fn odd<T: ::client_runtime::IntoField<::std::option::Option<f64>>>(mut self, value: T) -> Self {
                self.odd = value.into_field("odd");
                self
            }
        };
        let mut file = order(odd, Some(parse_quote!(#[must_use])));
        run(&mut file, &spec()).unwrap();
        let items = builder_items(&file);
        let [Item::Struct(_), Item::Macro(call), Item::Impl(setters)] = items.as_slice() else {
            panic!("{}", quote!(#(#items)*));
        };
        assert!(Call::of(&call.mac).is_none(), "the short form");
        assert_eq!(setters.items.len(), 4);
    }
}

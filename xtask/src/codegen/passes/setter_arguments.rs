//! Setters take what callers hold. progenitor's setter of a repeated
//! parameter takes only a list, so one status is `vec![Status::Open]`;
//! typify's setter of an optional string field takes an `Option<String>`
//! or a `String`, never the `&str` its required fields take, and a list of
//! models takes only finished models, so each item needs a `try_from` of
//! its builder. All become generic over the runtime's `OneOrMany`,
//! `IntoOptional` and `IntoList`, which accept what the old bounds did in
//! practice (a `Vec`, an array, an `Option`, the value) and these too.

use std::collections::BTreeMap;

use quote::ToTokens;
use spec_model::spec::Spec;
use syn::visit_mut::VisitMut;
use syn::{GenericArgument, Item, PathArguments, Type, WherePredicate, parse_quote};

use super::syntax::{
    builder_module, inherent_methods, is_error_bound, operation_builders, try_into_target,
    types_module,
};

/// Rewrites both kinds of setter; see the module docs.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    let elements = repeated_parameters_take_one_or_many(operation_builders(file)?);
    // A generated type that a parameter repeats is a list of one by itself.
    for element in elements.values() {
        file.items.push(parse_quote! {
            impl ::client_runtime::OneOrMany<#element> for #element {
                fn into_vec(self) -> ::std::vec::Vec<Self> {
                    ::std::vec![self]
                }
            }
        });
    }
    let types = types_module(file)?;
    // typify writes builders for structs only: a spec without one has none.
    if types.iter().any(|item| matches!(item, Item::Struct(_))) {
        model_setters_take_more(builder_module(types)?);
    }
    Ok(())
}

/// Each operation setter bound `V: TryInto<Vec<E>>` becomes
/// `V: OneOrMany<E>`; returns the element types written in the crate's
/// `types` module, by their tokens.
fn repeated_parameters_take_one_or_many(builders: &mut [Item]) -> BTreeMap<String, Type> {
    let mut elements = BTreeMap::new();
    for f in inherent_methods(builders) {
        let Some(clause) = &mut f.sig.generics.where_clause else {
            continue;
        };
        let mut rewritten = false;
        for predicate in &mut clause.predicates {
            let Some(target) = try_into_target(predicate) else {
                continue;
            };
            let Some(element) = only_argument(&target, "Vec") else {
                continue;
            };
            let WherePredicate::Type(bound) = predicate else {
                continue;
            };
            let bounded = &bound.bounded_ty;
            *predicate = parse_quote!(#bounded: ::client_runtime::OneOrMany<#element>);
            if matches!(&element, Type::Path(p) if p.path.segments.first().is_some_and(|s| s.ident == "types"))
            {
                elements.insert(element.to_token_stream().to_string(), element);
            }
            rewritten = true;
        }
        if rewritten {
            f.attrs.push(parse_quote!(
                #[doc = "\n\nTakes one value or many: a value, a `Vec`, an array or a slice."]
            ));
            ReplaceTryInto {
                with: |value: &syn::Expr| -> syn::Expr { parse_quote!(#value.into_vec()) },
            }
            .visit_block_mut(&mut f.block);
        }
    }
    elements
}

/// What a model setter's value becomes, by the type of its field.
enum ModelSetter {
    /// `Option<String>`: `T: IntoOptional<String>`, which cannot fail.
    OptionalString,
    /// `Vec<E>`: `T: IntoList<E>`, items or their builders.
    List(Box<Type>),
}

/// Each model setter bound `T: TryInto<Option<String>>` becomes
/// `T: IntoOptional<String>`, and each `T: TryInto<Vec<E>>` becomes
/// `T: IntoList<E>`; their `T::Error: Display` goes with them.
fn model_setters_take_more(builders: &mut [Item]) {
    for f in inherent_methods(builders) {
        let Some(clause) = &mut f.sig.generics.where_clause else {
            continue;
        };
        let Some((at, setter)) = clause.predicates.iter().enumerate().find_map(|(at, p)| {
            let target = try_into_target(p)?;
            if let Some(inner) = only_argument(&target, "Option") {
                is_std_string(&inner).then_some((at, ModelSetter::OptionalString))
            } else {
                only_argument(&target, "Vec").map(|e| (at, ModelSetter::List(Box::new(e))))
            }
        }) else {
            continue;
        };
        let WherePredicate::Type(bound) = &clause.predicates[at] else {
            continue;
        };
        let bounded = bound.bounded_ty.clone();
        let replacement: WherePredicate = match &setter {
            ModelSetter::OptionalString => {
                parse_quote!(#bounded: ::client_runtime::IntoOptional<::std::string::String>)
            }
            ModelSetter::List(element) => {
                parse_quote!(#bounded: ::client_runtime::IntoList<#element>)
            }
        };
        let predicates = std::mem::take(&mut clause.predicates);
        clause.predicates = predicates
            .into_iter()
            .enumerate()
            .filter_map(|(i, predicate)| {
                if i == at {
                    Some(replacement.clone())
                } else if is_error_bound(&predicate) {
                    // `T::Error: Display`: the new bounds have no `Error`.
                    None
                } else {
                    Some(predicate)
                }
            })
            .collect();
        match setter {
            ModelSetter::OptionalString => ReplaceTryInto {
                with: |value: &syn::Expr| -> syn::Expr { parse_quote!(#value.into_optional()) },
            }
            .visit_block_mut(&mut f.block),
            // `into_list` fails as `try_into` did, with a message:
            // the chain's `map_err` keeps its words.
            ModelSetter::List(_) => ReplaceCall.visit_block_mut(&mut f.block),
        }
    }
}

/// Replaces `value.try_into()` with `value.into_list()`, leaving
/// the rest of the chain.
struct ReplaceCall;

impl VisitMut for ReplaceCall {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::MethodCall(call) = expr
            && call.method == "try_into"
            && call.args.is_empty()
            && matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("value"))
        {
            *expr = parse_quote!(value.into_list());
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// `E` of `::std::vec::Vec<E>` (`wrapper` is `Vec`), or of an `Option<E>`.
fn only_argument(ty: &Type, wrapper: &str) -> Option<Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    match &last.arguments {
        PathArguments::AngleBracketed(args) if args.args.len() == 1 => match &args.args[0] {
            GenericArgument::Type(inner) => Some(inner.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `ty` is `::std::string::String` (a spec's schema may be called
/// `String` too).
fn is_std_string(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.iter().map(|s| s.ident.to_string()).eq(["std", "string", "String"]))
}

/// Replaces the right-hand side of the setter's assignment, a chain
/// `value.try_into()[.map(Some)].map_err(..)`, with `Ok(with(value))`
/// (`Ok(Some(with(value)))` where the chain wrapped it in `Some`): the
/// conversion cannot fail.
struct ReplaceTryInto {
    with: fn(&syn::Expr) -> syn::Expr,
}

impl VisitMut for ReplaceTryInto {
    fn visit_expr_assign_mut(&mut self, assign: &mut syn::ExprAssign) {
        let mut wraps_in_some = false;
        let mut link = &*assign.right;
        while let syn::Expr::MethodCall(call) = link {
            if call.method == "try_into"
                && call.args.is_empty()
                && matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("value"))
            {
                let converted = (self.with)(&call.receiver);
                *assign.right = if wraps_in_some {
                    parse_quote!(::std::result::Result::Ok(::std::option::Option::Some(#converted)))
                } else {
                    parse_quote!(::std::result::Result::Ok(#converted))
                };
                return;
            }
            wraps_in_some |= call.method == "map"
                && matches!(call.args.first(), Some(syn::Expr::Path(p)) if p.path.is_ident("Some"));
            link = &call.receiver;
        }
    }
}

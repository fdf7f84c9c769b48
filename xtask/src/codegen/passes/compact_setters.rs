//! Setters in a few lines each. typify spells out each model setter's
//! conversion and its error message, under two bounds (`T: TryInto<U>`,
//! `T::Error: Display`), and progenitor and typify put every setter's
//! bounds in a `where` clause: in a large spec, setters are most of the
//! generated lines. A model setter now takes `T: IntoField<U>`, the
//! runtime's name for those two bounds (implemented for every value that
//! meets them, so callers see no change), and keeps its value with
//! `into_field`, whose message is typify's; a list's setter keeps its value
//! with `field_value`, which says the same. Every setter's bounds sit on
//! its type parameter. The surface reads the new bound as the type it
//! stands for, as it reads the old.

use spec_model::spec::Spec;
use syn::punctuated::Punctuated;
use syn::{Expr, GenericParam, Item, Stmt, Type, WherePredicate, parse_quote};

use super::syntax::{
    builder_module, inherent_methods, is_error_bound, operation_builders, try_into_target,
    types_module,
};

/// The words typify's model setters fail with, before the field's name.
const CONVERSION_MESSAGE: &str = "error converting supplied value for ";

/// Compacts the setters of operations and of models; see the module docs.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    for setter in inherent_methods(operation_builders(file)?) {
        bounds_on_parameters(setter);
    }
    let types = types_module(file)?;
    // typify writes builders for structs only: a spec without one has none.
    if types.iter().any(|item| matches!(item, Item::Struct(_))) {
        for setter in inherent_methods(builder_module(types)?) {
            shared_conversion(setter);
            bounds_on_parameters(setter);
        }
    }
    Ok(())
}

/// `self.field = value.try_into().map_err(|e| format!("error converting
/// supplied value for field: {e}"));` becomes `self.field =
/// value.into_field("field");`, its bounds `T: IntoField<U>`; any other
/// conversion with that message (a list's `value.into_list()`) is kept with
/// `field_value("field", <conversion>)`. A setter in any other shape is
/// left as it is.
fn shared_conversion(setter: &mut syn::ImplItemFn) {
    let mut into_field = false;
    for stmt in &mut setter.block.stmts {
        let Stmt::Expr(Expr::Assign(assign), Some(_)) = stmt else {
            continue;
        };
        let Expr::MethodCall(call) = &*assign.right else {
            continue;
        };
        if call.method != "map_err" || call.args.len() != 1 {
            continue;
        }
        let Some(field) = conversion_message_field(&call.args[0]) else {
            continue;
        };
        let converted = &call.receiver;
        *assign.right = match &**converted {
            Expr::MethodCall(inner)
                if inner.method == "try_into"
                    && inner.args.is_empty()
                    && matches!(&*inner.receiver, Expr::Path(p) if p.path.is_ident("value")) =>
            {
                into_field = true;
                parse_quote!(value.into_field(#field))
            }
            _ => parse_quote!(::client_runtime::field_value(#field, #converted)),
        };
    }
    if into_field {
        into_field_bound(setter);
    }
}

/// Replaces `V: TryInto<U>` and `V::Error: Display` in the setter's
/// `where` clause with `V: IntoField<U>`.
fn into_field_bound(setter: &mut syn::ImplItemFn) {
    let Some(clause) = &mut setter.sig.generics.where_clause else {
        return;
    };
    let predicates = std::mem::take(&mut clause.predicates);
    clause.predicates = predicates
        .into_iter()
        .filter_map(|predicate| {
            if is_error_bound(&predicate) {
                return None;
            }
            match (try_into_target(&predicate), &predicate) {
                (Some(target), WherePredicate::Type(typed)) => {
                    let bounded = &typed.bounded_ty;
                    Some(parse_quote!(#bounded: ::client_runtime::IntoField<#target>))
                }
                _ => Some(predicate),
            }
        })
        .collect();
}

/// `field` of the closure `|e| format!("error converting supplied value
/// for field: {e}")`, with or without a block around its body.
fn conversion_message_field(closure: &Expr) -> Option<String> {
    let Expr::Closure(closure) = closure else {
        return None;
    };
    let mut body = &*closure.body;
    if let Expr::Block(block) = body
        && let [Stmt::Expr(inner, None)] = block.block.stmts.as_slice()
    {
        body = inner;
    }
    let Expr::Macro(mac) = body else { return None };
    if !mac.mac.path.is_ident("format") {
        return None;
    }
    let message: syn::LitStr = mac.mac.parse_body().ok()?;
    let message = message.value();
    let field = message
        .strip_prefix(CONVERSION_MESSAGE)?
        .strip_suffix(": {e}")?;
    // A field name, not a format argument of its own.
    (!field.is_empty() && !field.contains(['{', '}'])).then(|| field.to_owned())
}

/// Moves a setter's `where` predicates `T: B` onto its type parameters,
/// as `<T: B>`. A predicate of another shape stays in the `where` clause.
fn bounds_on_parameters(setter: &mut syn::ImplItemFn) {
    let generics = &mut setter.sig.generics;
    let Some(clause) = generics.where_clause.take() else {
        return;
    };
    let mut kept: Punctuated<WherePredicate, syn::Token![,]> = Punctuated::new();
    for predicate in clause.predicates {
        let param = match &predicate {
            WherePredicate::Type(typed) if typed.lifetimes.is_none() => {
                single_ident(&typed.bounded_ty).and_then(|name| type_param(generics, &name))
            }
            _ => None,
        };
        match (param, &predicate) {
            (Some(param), WherePredicate::Type(typed)) => {
                param.bounds.extend(typed.bounds.iter().cloned());
                if param.colon_token.is_none() {
                    param.colon_token = Some(Default::default());
                }
            }
            _ => kept.push(predicate),
        }
    }
    if !kept.is_empty() {
        generics.where_clause = Some(syn::WhereClause {
            where_token: Default::default(),
            predicates: kept,
        });
    }
}

/// The type parameter named `name`.
fn type_param<'a>(generics: &'a mut syn::Generics, name: &str) -> Option<&'a mut syn::TypeParam> {
    generics.params.iter_mut().find_map(|param| match param {
        GenericParam::Type(t) if t.ident == name => Some(t),
        _ => None,
    })
}

/// The name of a type that is one plain identifier (`T`).
fn single_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.get_ident().map(ToString::to_string),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;

    fn compacted(setter: syn::ImplItemFn) -> String {
        let mut setter = setter;
        shared_conversion(&mut setter);
        bounds_on_parameters(&mut setter);
        setter.to_token_stream().to_string()
    }

    #[test]
    fn a_model_setter_takes_into_field_and_its_bounds_inline() {
        let setter = parse_quote! {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::When>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| { format!("error converting supplied value for created_at: {e}") });
                self
            }
        };
        let expected: syn::ImplItemFn = parse_quote! {
            pub fn created_at<T: ::client_runtime::IntoField<::std::option::Option<super::When>>>(mut self, value: T) -> Self {
                self.created_at = value.into_field("created_at");
                self
            }
        };
        assert_eq!(compacted(setter), expected.to_token_stream().to_string());
    }

    #[test]
    fn a_setter_of_another_shape_keeps_its_body_and_unattached_predicates() {
        let setter = parse_quote! {
            pub fn id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                for<'a> &'a V: Clone,
            {
                self.id = value.try_into().map_err(|_| "the spec asks for a string".to_string());
                self
            }
        };
        let expected: syn::ImplItemFn = parse_quote! {
            pub fn id<V: ::std::convert::TryInto<::std::string::String>>(mut self, value: V) -> Self
            where
                for<'a> &'a V: Clone
            {
                self.id = value.try_into().map_err(|_| "the spec asks for a string".to_string());
                self
            }
        };
        assert_eq!(compacted(setter), expected.to_token_stream().to_string());
    }
}

//! Every response an operation documents is decoded by its status, from the
//! operation model rather than from progenitor's arms: each code first, then
//! each range (`4XX`), then `default`, and anything else is
//! `Error::UnexpectedResponse`.
//!
//! progenitor models one success type and one error type per operation. An
//! operation whose success statuses (or error statuses) have different
//! bodies, or some a body and some none, answers instead with an enum of
//! its own (`<OperationId>Success`, `<OperationId>Error`), a variant per
//! documented status holding that status's typed body; `prepare` showed
//! progenitor a single bodiless answer for it, and this pass writes its
//! `send()` return type. See [`crate::codegen::responses`] for the names.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use spec_model::operation::{Kind, MediaKind, Operation, Response, Shape, Status};
use spec_model::spec::Spec;
use syn::{Expr, ImplItem, Item, Stmt, parse_quote};

use super::syntax::{operation_builders, str_field, types_module};
use crate::codegen::responses::{ResponseTypes, owned, status_pattern, variant};
use crate::codegen::text::{inert_markdown, one_line};

/// Rewrites each `send()`'s decoding, and adds the enums; see the module
/// docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let types = ResponseTypes::of(&spec.document);
    let builders = operation_builders(file)?;
    let mut decoded = 0;
    for item in builders.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        for member in &mut imp.items {
            let ImplItem::Fn(send) = member else { continue };
            if send.sig.ident != "send" {
                continue;
            }
            let id = operation_id(send).ok_or(
                "a `send` without the runtime's `OPERATION`: does the `call_path` pass run first?",
            )?;
            let operation = types
                .operation(&id)
                .ok_or_else(|| format!("`{id}` is not an operation of the spec"))?;
            rewrite_send(send, operation, &types, spec).map_err(|e| format!("`{id}`: {e}"))?;
            decoded += 1;
        }
    }
    if decoded != types.operations.len() {
        return Err(format!(
            "decoded {decoded} of {} operations: has progenitor's output changed?",
            types.operations.len()
        ));
    }
    let mut enums = Vec::new();
    for operation in &types.operations {
        for kind in [Kind::Success, Kind::Error] {
            if let Some(name) = types.enum_of(operation, kind) {
                enums.push(enum_item(operation, kind, name, &types, spec)?);
            }
        }
    }
    types_module(file)?.extend(enums);
    Ok(())
}

/// The operation id of the `OPERATION` constant `call_path` wrote.
fn operation_id(send: &syn::ImplItemFn) -> Option<String> {
    send.block.stmts.iter().find_map(|stmt| match stmt {
        Stmt::Item(Item::Const(constant)) => match &*constant.expr {
            Expr::Struct(fields) => str_field(fields, "id"),
            _ => None,
        },
        _ => None,
    })
}

/// The local that holds the response: `let <response> = ….execute(…).await?;`.
fn response_local(send: &syn::ImplItemFn) -> Option<syn::Ident> {
    send.block.stmts.iter().find_map(|stmt| {
        let Stmt::Local(local) = stmt else {
            return None;
        };
        let syn::Pat::Ident(name) = &local.pat else {
            return None;
        };
        let Expr::Try(tried) = &*local.init.as_ref()?.expr else {
            return None;
        };
        let Expr::Await(awaited) = &*tried.expr else {
            return None;
        };
        matches!(&*awaited.base, Expr::MethodCall(call) if call.method == "execute")
            .then(|| name.ident.clone())
    })
}

fn rewrite_send(
    send: &mut syn::ImplItemFn,
    operation: &Operation,
    types: &ResponseTypes,
    spec: &Spec,
) -> Result<(), String> {
    let response = response_local(send).ok_or("no `execute` call to decode the answer of")?;
    let mut arms = Vec::new();
    for documented in &operation.responses {
        let pattern = status_pattern(documented.status);
        let decode = decode(operation, documented, &response, types)?;
        arms.push(quote!(#pattern => #decode,));
    }
    if !operation
        .responses
        .iter()
        .any(|r| r.status == Status::Default)
    {
        arms.push(quote!(_ => Err(#response.unexpected()),));
    }
    let decoding: Expr = parse_quote! {
        match #response.status().as_u16() {
            #(#arms)*
        }
    };
    match send.block.stmts.last_mut() {
        Some(Stmt::Expr(last @ Expr::Match(_), None)) => *last = decoding,
        _ => return Err("`send` does not end in a match on the status".into()),
    }
    if owned(operation) {
        let success = answer_type(operation, Kind::Success, types, spec)?;
        let error = answer_type(operation, Kind::Error, types, spec)?;
        send.sig.output = parse_quote!(-> Result<ResponseValue<#success>, Error<#error>>);
    }
    Ok(())
}

/// What one kind of answer of an operation the generator types is typed
/// as.
fn answer_type(
    operation: &Operation,
    kind: Kind,
    types: &ResponseTypes,
    spec: &Spec,
) -> Result<TokenStream, String> {
    if let Some(name) = types.enum_of(operation, kind) {
        let ident = format_ident!("{name}");
        return Ok(quote!(types::#ident));
    }
    match operation.shape(kind) {
        Shape::One(_) => {
            let body = operation
                .of_kind(kind)
                .find_map(|r| r.body.as_ref())
                .ok_or("a shape with a body has one")?;
            types.body_type(&spec.document, body, &quote!(types))
        }
        _ => Ok(quote!(())),
    }
}

/// How the arm of `documented` decodes the response: by its kind of body
/// (JSON, text or bytes), into its variant where the operation answers
/// with an enum.
fn decode(
    operation: &Operation,
    documented: &Response,
    response: &syn::Ident,
    types: &ResponseTypes,
) -> Result<TokenStream, String> {
    let kind = operation.kind(documented);
    let enum_name = types.enum_of(operation, kind);
    let wrap = match enum_name {
        Some(name) => variant_path(name, documented),
        None => quote!(::std::convert::identity),
    };
    let Some(body) = &documented.body else {
        return Ok(match (kind, enum_name) {
            (Kind::Success, Some(_)) => quote!(#response.success_without_body(#wrap)),
            (Kind::Success, None) => quote!(#response.empty()),
            (Kind::Error, Some(_)) => quote!(Err(#response.error_without_body(#wrap))),
            (Kind::Error, None) => quote!(Err(#response.error_without_body(()))),
        });
    };
    // progenitor's own forms where its types stand, so that an operation
    // it types reads as it always has.
    let plain = enum_name.is_none() && body.kind == MediaKind::Json;
    Ok(match (kind, body.kind) {
        (Kind::Success, MediaKind::Json) if plain => quote!(#response.success()),
        (Kind::Error, MediaKind::Json) if plain => quote!(Err(#response.error())),
        (Kind::Success, MediaKind::Json) => quote!(#response.success_with(#wrap)),
        (Kind::Error, MediaKind::Json) => quote!(Err(#response.error_with(#wrap))),
        (Kind::Success, MediaKind::Text) => quote!(#response.success_text_with(#wrap)),
        (Kind::Error, MediaKind::Text) => quote!(Err(#response.error_text_with(#wrap))),
        (Kind::Success, _) => quote!(#response.success_binary_with(#wrap)),
        (Kind::Error, _) => quote!(Err(#response.error_binary_with(#wrap))),
    })
}

fn variant_path(enum_name: &str, documented: &Response) -> TokenStream {
    let name = format_ident!("{enum_name}");
    let variant = variant(documented);
    quote!(types::#name::#variant)
}

/// One operation's enum of `kind`: a variant per documented status.
fn enum_item(
    operation: &Operation,
    kind: Kind,
    name: &str,
    types: &ResponseTypes,
    spec: &Spec,
) -> Result<Item, String> {
    let ident = format_ident!("{name}");
    let id = one_line(&operation.id);
    let doc = match kind {
        Kind::Success => format!(
            "What `{id}` answers when it succeeds: a variant per documented status, \
             with its body. The status itself is on the `ResponseValue`."
        ),
        Kind::Error => format!(
            "The documented errors of `{id}`: a variant per documented status, with \
             its body. The status itself is on the `ErrorResponse`."
        ),
    };
    let mut variants = Vec::new();
    for documented in operation.of_kind(kind) {
        let variant = variant(documented);
        let doc = inert_markdown(&format!(
            "`{}`: {}",
            one_line(&documented.key),
            documented.description
        ));
        let payload = match &documented.body {
            Some(body) => {
                let ty = types.body_type(&spec.document, body, &quote!(super::types))?;
                quote!((#ty))
            }
            None => quote!(),
        };
        variants.push(quote! {
            #[doc = #doc]
            #variant #payload,
        });
    }
    Ok(parse_quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #ident {
            #(#variants)*
        }
    })
}

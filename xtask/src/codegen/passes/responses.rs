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

use super::syntax::{execute_call, operation_builders, str_field, types_module};
use crate::codegen::responses::{ResponseTypes, accept, owned, status_pattern, streams, variant};
use crate::codegen::text::{inert_markdown, one_line};

/// Rewrites each `send()`'s decoding, and adds the enums; see the module
/// docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let types = ResponseTypes::of(&spec.document);
    let builders = operation_builders(file)?;
    let mut decoded = 0;
    let mut streaming = Vec::new();
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
            if streams(operation) {
                streaming.push(
                    streaming_send(send, operation, &types).map_err(|e| format!("`{id}`: {e}"))?,
                );
            }
        }
        imp.items.extend(streaming.drain(..).map(ImplItem::Fn));
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
        execute_call(stmt)?;
        match stmt {
            Stmt::Local(local) => match &local.pat {
                syn::Pat::Ident(name) => Some(name.ident.clone()),
                _ => None,
            },
            _ => None,
        }
    })
}

fn rewrite_send(
    send: &mut syn::ImplItemFn,
    operation: &Operation,
    types: &ResponseTypes,
    spec: &Spec,
) -> Result<(), String> {
    let response = response_local(send).ok_or("no `execute` call to decode the answer of")?;
    if owned(operation)
        && let Some(accept) = accept(operation)
        && reqwest_header_value(&accept)
    {
        let (at, request) = execute_at(send).ok_or("no `execute` call to send the request with")?;
        let ask: Stmt = parse_quote! {
            #request.headers_mut().insert(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static(#accept),
            );
        };
        send.block.stmts.insert(at, ask);
    }
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

/// The index of the statement that calls `execute`, and the request it
/// sends.
fn execute_at(send: &syn::ImplItemFn) -> Option<(usize, syn::Ident)> {
    send.block.stmts.iter().enumerate().find_map(|(at, stmt)| {
        let call = execute_call(stmt)?;
        match call.args.iter().nth(1)? {
            Expr::Path(p) => p.path.get_ident().map(|request| (at, request.clone())),
            _ => None,
        }
    })
}

/// Whether `text` is a header value as written, visible ASCII and spaces.
fn reqwest_header_value(text: &str) -> bool {
    text.bytes().all(|b| b == b' ' || b.is_ascii_graphic())
}

/// `send_streaming()`: the same request as `send()`, a success's body read
/// as a stream of chunks; an error decoded as `send()` decodes it.
fn streaming_send(
    send: &syn::ImplItemFn,
    operation: &Operation,
    types: &ResponseTypes,
) -> Result<syn::ImplItemFn, String> {
    let mut streaming = send.clone();
    streaming.sig.ident = format_ident!("send_streaming");
    let syn::ReturnType::Type(_, output) = &send.sig.output else {
        return Err("`send` returns nothing".into());
    };
    let error = spec_model::surface::generic_args(output)
        .get(1)
        .copied()
        .cloned()
        .ok_or("`send` does not return a `Result`")?;
    streaming.sig.output =
        parse_quote!(-> Result<ResponseValue<::client_runtime::BodyStream>, #error>);
    let doc = "Sends the same request as [`Self::send`], and gives a success's body as \
         a stream of chunks, read as they arrive: a download of any size in bounded \
         memory. Until the status and headers arrive, the call path applies as for \
         `send` (retries of what is safe to retry, the attempt timeout, request ids); \
         after that, the call's deadline bounds the reading, and a body cut off ends \
         the stream with its error, never sent again. A documented error is decoded \
         as `send` decodes it.";
    streaming.attrs = vec![parse_quote!(#[doc = #doc])];
    let response = response_local(send).ok_or("no `execute` call")?;
    let (at, _) = execute_at(send).ok_or("no `execute` call")?;
    let mut arms = Vec::new();
    for documented in &operation.responses {
        let pattern = status_pattern(documented.status);
        let streams = operation.kind(documented) == Kind::Success;
        arms.push(quote!(#pattern => #streams,));
    }
    if !operation
        .responses
        .iter()
        .any(|r| r.status == Status::Default)
    {
        arms.push(quote!(_ => false,));
    }
    let call = execute_call(&send.block.stmts[at]).ok_or("no `execute` call")?;
    let receiver = &call.receiver;
    let args = &call.args;
    let streamed: [Stmt; 2] = [
        parse_quote! {
            let #response = #receiver
                .execute_streaming(#args, |status: u16| match status { #(#arms)* })
                .await?;
        },
        parse_quote! {
            let #response = match #response {
                ::client_runtime::Streamed::Stream(stream) => return Ok(stream),
                ::client_runtime::Streamed::Complete(response) => response,
            };
        },
    ];
    streaming.block.stmts.splice(at..=at, streamed);
    let mut arms = Vec::new();
    for documented in operation.of_kind(Kind::Error) {
        let pattern = status_pattern(documented.status);
        let decode = decode(operation, documented, &response, types)?;
        arms.push(quote!(#pattern => #decode,));
    }
    if !operation
        .of_kind(Kind::Error)
        .any(|r| r.status == Status::Default)
    {
        arms.push(quote!(_ => Err(#response.unexpected()),));
    }
    let decoding: Expr = parse_quote! {
        match #response.status().as_u16() {
            #(#arms)*
        }
    };
    match streaming.block.stmts.last_mut() {
        Some(Stmt::Expr(last @ Expr::Match(_), None)) => *last = decoding,
        _ => return Err("`send` does not end in a match on the status".into()),
    }
    Ok(streaming)
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
            types.answer_body_type(&spec.document, body, kind, &quote!(types))
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
             its body. The status itself is on the `DocumentedError`."
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
                let ty =
                    types.answer_body_type(&spec.document, body, kind, &quote!(super::types))?;
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

//! Every call goes through the shared runtime (`client_runtime::Runtime`):
//! retries, deadlines, request ids, tracing, and errors that keep the
//! status. progenitor's `send()` builds the request, then runs its own
//! hooks and decodes; this pass keeps the building and hands the request to
//! the runtime instead (the `responses` pass then writes the decoding), with a constant that says what the spec says about
//! the operation (its template path, whether it is idempotent, which
//! headers carry request ids, which credentials it sends), so the runtime itself names no API.
//!
//! Also: the `Client` keeps the runtime the builder made; each operation's
//! builder takes per-call `deadline()` and `retry()`; and the crate's
//! `Error` is the runtime's, not progenitor's.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use spec_model::security;
use spec_model::spec::Spec;
use spec_model::walk::{operations_in, parameters};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Fields, ImplItem, Item, Stmt, parse_quote};

use super::syntax::{operation_builders, str_field};
use crate::codegen::extensions::{self, IdScope};

/// What the runtime needs to know about one operation, from its spec.
struct OperationFacts {
    constant: TokenStream,
}

/// Routes every operation through the runtime; see the module docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let facts = facts(spec)?;
    use_the_runtimes_error(file)?;
    keep_the_runtime_in_the_client(file)?;
    let builders = operation_builders(file)?;
    let mut options = BTreeMap::new();
    for item in builders.iter_mut() {
        if let Item::Struct(builder) = item
            && let Some(field) = add_options_field(builder)
        {
            options.insert(builder.ident.to_string(), field);
        }
    }
    let mut routed = 0;
    for item in builders.iter_mut() {
        if let Item::Impl(imp) = item
            && imp.trait_.is_none()
        {
            routed += route_impl(imp, &options, &facts)?;
        }
    }
    if routed != facts.len() {
        return Err(format!(
            "routed {routed} of {} operations through the runtime: has progenitor's output changed?",
            facts.len()
        ));
    }
    Ok(())
}

/// The `Operation` constant of every operation, by progenitor's snake-case
/// operation id.
fn facts(spec: &Spec) -> Result<BTreeMap<String, OperationFacts>, String> {
    let document = &spec.document;
    let api = &spec.api;
    let mut found = BTreeMap::new();
    for at in operations_in(document) {
        let Some(id) = at.operation_id() else {
            continue;
        };
        let method = at.method.to_uppercase();
        let path = at.path;
        let idempotent = extensions::idempotent(spec, &at).map_err(|e| e.to_string())?;
        let mut request_ids = Vec::new();
        for parameter in parameters(document, &at) {
            let Some(scope) =
                extensions::request_identity(spec, &parameter).map_err(|e| e.to_string())?
            else {
                continue;
            };
            let header = parameter.name.to_ascii_lowercase();
            let scope = match scope {
                IdScope::Call => quote!(::client_runtime::IdScope::Call),
                IdScope::Attempt => quote!(::client_runtime::IdScope::Attempt),
            };
            request_ids.push(quote! {
                ::client_runtime::RequestIdHeader { header: #header, scope: #scope }
            });
        }
        let security = security::requirements(document, &at)
            .alternatives
            .into_iter()
            .map(|alternative| quote!(&[#(#alternative),*]));
        let constant = quote! {
            const OPERATION: ::client_runtime::Operation = ::client_runtime::Operation {
                api: #api,
                id: #id,
                method: #method,
                path: #path,
                idempotent: #idempotent,
                request_ids: &[#(#request_ids),*],
                security: &[#(#security),*],
            };
        };
        // Keyed as progenitor names the operation in `OperationInfo`.
        let key =
            crate::codegen::refuse::names::progenitor(id, crate::codegen::refuse::Case::Snake);
        found.insert(key, OperationFacts { constant });
    }
    Ok(found)
}

/// `pub use progenitor_client::{.., Error, .., ResponseValue}` becomes the
/// runtime's `Error` and `ResponseValue`, which keep the status of every
/// response and what the call did.
fn use_the_runtimes_error(file: &mut syn::File) -> Result<(), String> {
    let at = file
        .items
        .iter_mut()
        .position(|item| match item {
            Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_)) => {
                remove_progenitors_error(&mut u.tree)
            }
            _ => false,
        })
        .ok_or("the generated code does not re-export progenitor's `Error` and `ResponseValue`: has progenitor's output changed?")?;
    file.items.insert(
        at + 1,
        parse_quote! {
            /// Why a call failed: every error that came with a response keeps
            /// its status, and every sent call its request id and attempts.
            pub use ::client_runtime::Error;
        },
    );
    file.items.insert(
        at + 2,
        parse_quote! {
            /// A documented response: its decoded body, status and headers,
            /// and the call's request id and attempts.
            pub use ::client_runtime::ResponseValue;
        },
    );
    Ok(())
}

/// Removes `Error` and `ResponseValue` from a `progenitor_client::{..}`
/// use tree; whether both were there.
fn remove_progenitors_error(tree: &mut syn::UseTree) -> bool {
    let syn::UseTree::Path(path) = tree else {
        return false;
    };
    if path.ident != "progenitor_client" {
        return false;
    }
    let syn::UseTree::Group(group) = &mut *path.tree else {
        return false;
    };
    let before = group.items.len();
    group.items = group
        .items
        .iter()
        .filter(|item| {
            !matches!(item, syn::UseTree::Name(n) if n.ident == "Error" || n.ident == "ResponseValue")
        })
        .cloned()
        .collect();
    group.items.len() == before - 2
}

/// `struct Client` gains the runtime; `new_with_client` makes one that
/// sends with the client it is given (its default headers included).
fn keep_the_runtime_in_the_client(file: &mut syn::File) -> Result<(), String> {
    let mut field_added = false;
    let mut constructor = false;
    for item in &mut file.items {
        match item {
            Item::Struct(s) if s.ident == "Client" => {
                if let Fields::Named(fields) = &mut s.fields {
                    fields.named.push(parse_quote! {
                        pub(crate) runtime: ::client_runtime::Runtime
                    });
                    field_added = true;
                }
            }
            Item::Impl(imp) if imp.trait_.is_none() && is_client(&imp.self_ty) => {
                for member in &mut imp.items {
                    if let ImplItem::Fn(f) = member
                        && f.sig.ident == "new_with_client"
                    {
                        f.block = parse_quote! {{
                            Self {
                                baseurl: baseurl.to_string(),
                                runtime: ::client_runtime::Runtime::new(client.clone()),
                                client,
                            }
                        }};
                        // The caller's HTTP client keeps its own redirect
                        // policy, which the runtime cannot see into.
                        f.attrs.push(parse_quote! {
                            #[doc = "\n**Redirects and credentials.** `client` keeps its own redirect policy \
                                     and `Referer` setting: reqwest's defaults follow a redirect to any \
                                     origin, with the default headers (an API key) and a `Referer` that \
                                     carries the query. Build it with \
                                     `.redirect(reqwest::redirect::Policy::none()).referer(false)` for the \
                                     runtime's own rule (same origin, reads only), or use \
                                     [`Client::builder`], which does."]
                        });
                        constructor = true;
                    }
                }
            }
            _ => {}
        }
    }
    if field_added && constructor {
        Ok(())
    } else {
        Err("the generated code has no `Client` struct with `new_with_client`: has progenitor's output changed?".into())
    }
}

fn is_client(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.is_ident("Client"))
}

/// An operation builder (a struct holding a `&'a super::Client`) gains the
/// per-call options, in a field whose name no parameter took; returns that
/// name.
fn add_options_field(builder: &mut syn::ItemStruct) -> Option<syn::Ident> {
    let Fields::Named(fields) = &mut builder.fields else {
        return None;
    };
    let holds_client = fields.named.iter().any(|f| {
        matches!(&f.ty, syn::Type::Reference(r)
            if matches!(&*r.elem, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Client")))
    });
    if !holds_client {
        return None;
    }
    let taken: Vec<String> = fields
        .named
        .iter()
        .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
        .collect();
    // progenitor's own way out of a clash: a leading underscore.
    let mut name = "options".to_owned();
    while taken.contains(&name) {
        name.insert(0, '_');
    }
    let ident = syn::Ident::new(&name, proc_macro2::Span::call_site());
    fields.named.push(parse_quote! {
        #ident: ::client_runtime::CallOptions
    });
    Some(ident)
}

/// Rewrites one builder impl: `new` sets the options, `deadline()` and
/// `retry()` are added, `send` goes through the runtime. Returns how many
/// `send`s it rewrote.
fn route_impl(
    imp: &mut syn::ItemImpl,
    options: &BTreeMap<String, syn::Ident>,
    facts: &BTreeMap<String, OperationFacts>,
) -> Result<usize, String> {
    let has_send = imp
        .items
        .iter()
        .any(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "send"));
    if !has_send {
        return Ok(0);
    }
    let builder = match &*imp.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
    .unwrap_or_default();
    let field = options.get(&builder).ok_or_else(|| {
        format!("the builder `{builder}` holds no client: has progenitor's output changed?")
    })?;
    for member in &mut imp.items {
        let ImplItem::Fn(f) = member else {
            continue;
        };
        if f.sig.ident == "new" {
            SetOptions(field).visit_block_mut(&mut f.block);
        } else if f.sig.ident == "send" {
            route_send(f, field, facts)?;
        }
    }
    imp.items.push(parse_quote! {
        /// The longest this call may take, every attempt and wait between
        /// attempts included; the client's deadline when not set.
        pub fn deadline(mut self, deadline: ::std::time::Duration) -> Self {
            self.#field.set_deadline(deadline);
            self
        }
    });
    imp.items.push(parse_quote! {
        /// How this call is retried; the client's policy when not set.
        /// `RetryPolicy::none()` sends it once.
        pub fn retry(mut self, policy: ::client_runtime::RetryPolicy) -> Self {
            self.#field.set_retry(policy);
            self
        }
    });
    imp.items.push(parse_quote! {
        /// How long each attempt of this call may take; the client's attempt
        /// timeout when not set.
        pub fn attempt_timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.#field.set_attempt_timeout(timeout);
            self
        }
    });
    imp.items.push(parse_quote! {
        /// A header to send with this call only (a tracing header, say),
        /// besides those the spec declares; one the request has already,
        /// and the credentials, keep their values. Never logged.
        pub fn header(
            mut self,
            name: ::reqwest::header::HeaderName,
            value: ::reqwest::header::HeaderValue,
        ) -> Self {
            self.#field.add_header(name, value);
            self
        }
    });
    Ok(1)
}

/// Adds the options to the struct literal that `new` returns.
struct SetOptions<'a>(&'a syn::Ident);

impl VisitMut for SetOptions<'_> {
    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        if e.path.is_ident("Self") {
            let field = self.0;
            e.fields.push(parse_quote! {
                #field: ::client_runtime::CallOptions::default()
            });
        }
        visit_mut::visit_expr_struct_mut(self, e);
    }
}

/// `send`: the options come out of `self`; the hooks, `exec` and the
/// decoding give way to `Runtime::execute` and the response's own decoders.
/// progenitor names its locals `client`, `request`, `result`, `response`,
/// or with a leading underscore when a parameter took the name: they are
/// read from the code, not assumed.
fn route_send(
    send: &mut syn::ImplItemFn,
    options: &syn::Ident,
    facts: &BTreeMap<String, OperationFacts>,
) -> Result<(), String> {
    let stmts = &mut send.block.stmts;
    // `let Self { client, a, b } = self;` takes the options too.
    for stmt in stmts.iter_mut() {
        if let Stmt::Local(local) = stmt
            && let syn::Pat::Struct(pattern) = &mut local.pat
            && pattern.path.is_ident("Self")
        {
            let with_options: syn::Pat = parse_quote!(Self { #options });
            if let syn::Pat::Struct(with_options) = with_options {
                pattern.fields.extend(with_options.fields);
            }
        }
    }
    let changed = "has progenitor's output changed?";
    let info_at = stmts
        .iter()
        .position(|s| operation_info(s).is_some())
        .ok_or_else(|| format!("a `send` without `OperationInfo`: {changed}"))?;
    let operation_id = operation_info(&stmts[info_at]).expect("found above");
    let facts = facts
        .get(&operation_id)
        .ok_or_else(|| format!("`{operation_id}` is not an operation of the spec"))?;
    // `let result = client.exec(request, &info).await;`
    let (exec_at, result, client, request) = stmts
        .iter()
        .enumerate()
        .find_map(|(i, s)| exec_call(s).map(|(r, c, q)| (i, r, c, q)))
        .ok_or_else(|| format!("`{operation_id}`'s `send` calls no `exec`: {changed}"))?;
    // `let response = result?;`
    let (response_at, response) = stmts
        .iter()
        .enumerate()
        .skip(exec_at)
        .find_map(|(i, s)| unwrapped(s, &result).map(|r| (i, r)))
        .ok_or_else(|| {
            format!("`{operation_id}`'s `send` never takes `exec`'s response: {changed}")
        })?;
    let constant: Stmt = syn::parse2(facts.constant.clone()).map_err(|e| e.to_string())?;
    let execute: Stmt = parse_quote! {
        let #response = #client.runtime.execute(&OPERATION, #request, #options).await?;
    };
    stmts.splice(info_at..=response_at, [constant, execute]);
    // What follows, the decoding by status, is the `responses` pass's.
    Ok(())
}

/// `let <result> = <client>.exec(<request>, &info).await;`: the three names.
fn exec_call(stmt: &Stmt) -> Option<(syn::Ident, syn::Ident, syn::Ident)> {
    let Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Pat::Ident(result) = &local.pat else {
        return None;
    };
    let Expr::Await(awaited) = &*local.init.as_ref()?.expr else {
        return None;
    };
    let Expr::MethodCall(call) = &*awaited.base else {
        return None;
    };
    if call.method != "exec" {
        return None;
    }
    let ident = |expr: &Expr| match expr {
        Expr::Path(p) => p.path.get_ident().cloned(),
        _ => None,
    };
    Some((
        result.ident.clone(),
        ident(&call.receiver)?,
        ident(call.args.first()?)?,
    ))
}

/// `let <response> = <result>?;`: the response's name.
fn unwrapped(stmt: &Stmt, result: &syn::Ident) -> Option<syn::Ident> {
    let Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Pat::Ident(response) = &local.pat else {
        return None;
    };
    let Expr::Try(tried) = &*local.init.as_ref()?.expr else {
        return None;
    };
    matches!(&*tried.expr, Expr::Path(p) if p.path.is_ident(result)).then(|| response.ident.clone())
}

/// The operation id in `let info = OperationInfo { operation_id: ".." };`.
fn operation_info(stmt: &Stmt) -> Option<String> {
    let Stmt::Local(local) = stmt else {
        return None;
    };
    let Expr::Struct(info) = &*local.init.as_ref()?.expr else {
        return None;
    };
    if !info.path.is_ident("OperationInfo") {
        return None;
    }
    str_field(info, "operation_id")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_operation_id_is_read_from_operation_info() {
        let stmt: Stmt = parse_quote!(let info = OperationInfo { operation_id: "get_order" };);
        assert_eq!(operation_info(&stmt).as_deref(), Some("get_order"));
    }
}

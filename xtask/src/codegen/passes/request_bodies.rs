//! Each request body is sent as the spec declares it. `prepare` showed
//! progenitor one media type per body, under a name it knows (see
//! `prepare::show_one_request_body`); this pass writes the rest into the
//! operation's builder and its `send()`:
//! - the declared `Content-Type` (`application/merge-patch+json`,
//!   `text/csv`, `image/png`...) replaces the one progenitor set;
//! - a multipart body gets a form type of its own (`types::<Operation>Form`,
//!   a method per part, encoded as the spec's `encoding` says) and the
//!   builder's `body()` takes it; it is sent with reqwest's multipart
//!   support (`client_runtime::upload`);
//! - a body of bytes may also be given as a stream (`body_stream()`), sent
//!   once;
//! - an operation that documents several media types takes any of them as
//!   bytes with `body_as(media_type, bytes)`, instead of the typed body.

use std::collections::BTreeMap;

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;
use spec_model::operation::{Body, MediaKind};
use spec_model::request::{self, Part, PartKind, RequestBody};
use spec_model::spec::Spec;
use spec_model::walk::operations_in;
use syn::visit_mut::VisitMut;
use syn::{Expr, Fields, ImplItem, Item, Stmt, parse_quote};

use super::syntax::{execute_call, operation_builders, str_field, types_module};
use crate::codegen::refuse::{Case, names};
use crate::codegen::responses::ResponseTypes;
use crate::codegen::text::{inert_markdown, one_line};

/// What one operation's builder needs beyond progenitor's.
struct Plan {
    body: RequestBody,
    /// The parts, when the body the client types is multipart.
    parts: Option<Vec<Part>>,
    /// The name of the multipart form type.
    form: syn::Ident,
}

impl Plan {
    fn chosen_kind(&self) -> MediaKind {
        self.body.chosen().kind
    }

    /// The `Content-Type` the request must carry instead of the one
    /// progenitor set, if they differ.
    fn content_type(&self) -> Option<&str> {
        let chosen = self.body.chosen();
        let shown = match chosen.kind {
            MediaKind::Json => "application/json",
            MediaKind::Form => "application/x-www-form-urlencoded",
            MediaKind::Text => "text/plain",
            MediaKind::Bytes => "application/octet-stream",
            MediaKind::Multipart => return None,
        };
        (chosen.media_type != shown).then_some(chosen.media_type.as_str())
    }

    fn has_work(&self) -> bool {
        self.parts.is_some()
            || self.content_type().is_some()
            || self.body.has_alternatives()
            || self.chosen_kind() == MediaKind::Bytes
    }
}

/// Writes each operation's request body as the spec declares it; see the
/// module docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let plans = plans(spec)?;
    let types = ResponseTypes::of(&spec.document);
    let mut forms = Vec::new();
    for plan in plans.values() {
        if let Some(parts) = &plan.parts {
            forms.extend(form_items(plan, parts, spec, &types)?);
        }
    }
    let builders = operation_builders(file)?;
    // The builder of each operation, found by its `send`.
    let mut planned: BTreeMap<String, &Plan> = BTreeMap::new();
    for item in builders.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let Some(send) = imp.items.iter_mut().find_map(|i| match i {
            ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
            _ => None,
        }) else {
            continue;
        };
        let id = operation_id(send).ok_or(
            "a `send` without the runtime's `OPERATION`: does the `call_path` pass run first?",
        )?;
        let Some(plan) = plans.get(&id) else { continue };
        rewrite_send(send, plan).map_err(|e| format!("`{id}`: {e}"))?;
        let builder = match &*imp.self_ty {
            syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        }
        .unwrap_or_default();
        for member in &mut imp.items {
            let ImplItem::Fn(f) = member else { continue };
            if f.sig.ident == "new" {
                InitFields(plan).visit_block_mut(&mut f.block);
            } else if f.sig.ident == "body"
                && let Some(doc) = body_doc(plan)
            {
                f.attrs.push(parse_quote!(#[doc = #doc]));
            }
        }
        imp.items.extend(setters(plan));
        planned.insert(builder, plan);
    }
    if planned.len() != plans.len() {
        return Err(format!(
            "found the builders of {} of {} operations with a request body to write: has \
             progenitor's output changed?",
            planned.len(),
            plans.len()
        ));
    }
    for item in builders.iter_mut() {
        if let Item::Struct(builder) = item
            && let Some(plan) = planned.get(&builder.ident.to_string())
        {
            add_fields(builder, plan)?;
        }
    }
    types_module(file)?.extend(forms);
    Ok(())
}

/// The plan of every operation whose body needs more than progenitor
/// writes, by operation id.
fn plans(spec: &Spec) -> Result<BTreeMap<String, Plan>, String> {
    let mut found = BTreeMap::new();
    for at in operations_in(&spec.document) {
        let (Some(id), Some(body)) = (at.operation_id(), RequestBody::of(&spec.document, &at))
        else {
            continue;
        };
        let parts = match body.chosen().kind {
            MediaKind::Multipart => Some(
                request::multipart_parts(&spec.document, body.chosen())
                    .map_err(|refused| refused.message)?,
            ),
            _ => None,
        };
        let form = format_ident!("{}Form", names::progenitor(id, Case::Pascal));
        let plan = Plan { body, parts, form };
        if plan.has_work() {
            found.insert(id.to_owned(), plan);
        }
    }
    Ok(found)
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

/// The media types an operation documents, for `body_as` to check.
fn documented(plan: &Plan) -> Vec<&str> {
    plan.body
        .media
        .iter()
        .map(|m| m.media_type.as_str())
        .collect()
}

fn add_fields(builder: &mut syn::ItemStruct, plan: &Plan) -> Result<(), String> {
    let Fields::Named(fields) = &mut builder.fields else {
        return Err(format!(
            "the builder `{}` has no named fields",
            builder.ident
        ));
    };
    if plan.body.has_alternatives() {
        fields.named.push(parse_quote! {
            body_as: Result<Option<::client_runtime::upload::RawBody>, String>
        });
    }
    if plan.parts.is_some() {
        let form = &plan.form;
        fields.named.push(parse_quote! {
            body: Result<Option<types::#form>, String>
        });
        // The parts may be streams, which cannot be cloned.
        for attr in builder
            .attrs
            .iter_mut()
            .filter(|a| a.path().is_ident("derive"))
        {
            let kept: Vec<syn::Path> = super::syntax::derives(std::slice::from_ref(attr))
                .into_iter()
                .filter(|path| !super::syntax::last_is(path, "Clone"))
                .collect();
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    Ok(())
}

/// What the typed body setter progenitor wrote takes, and how it is sent.
fn body_doc(plan: &Plan) -> Option<String> {
    let chosen = plan.body.chosen();
    let media_type = one_line(&chosen.media_type);
    let xml = request::essence(&chosen.media_type).ends_with("xml");
    Some(match chosen.kind {
        MediaKind::Json => format!("The body, encoded as JSON and sent as `{media_type}`."),
        MediaKind::Text => format!("The body as text, sent as `{media_type}`."),
        MediaKind::Bytes if xml => format!(
            "The body as bytes, sent as they are as `{media_type}`: XML is not typed, so \
             encode it yourself. `body_stream` takes a stream instead."
        ),
        MediaKind::Bytes => format!(
            "The body as bytes, sent as they are as `{media_type}`. `body_stream` takes a \
             stream instead."
        ),
        MediaKind::Form | MediaKind::Multipart => return None,
    })
}

/// Adds the new fields' starting values to the struct literal of `new`.
struct InitFields<'a>(&'a Plan);

impl VisitMut for InitFields<'_> {
    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        if e.path.is_ident("Self") {
            if self.0.body.has_alternatives() {
                e.fields.push(parse_quote!(body_as: Ok(None)));
            }
            if self.0.parts.is_some() {
                e.fields.push(parse_quote!(body: Ok(None)));
            }
        }
        syn::visit_mut::visit_expr_struct_mut(self, e);
    }
}

fn setters(plan: &Plan) -> Vec<ImplItem> {
    let mut added = Vec::new();
    if let Some(parts) = &plan.parts {
        let form = &plan.form;
        let names: Vec<String> = parts.iter().map(|p| format!("`{}`", p.name)).collect();
        let doc = format!(
            "The body, `{}`: a form with its parts ({}).",
            one_line(&plan.body.chosen().media_type),
            one_line(&names.join(", "))
        );
        added.push(parse_quote! {
            #[doc = #doc]
            pub fn body(mut self, form: types::#form) -> Self {
                self.body = Ok(Some(form));
                self
            }
        });
    }
    if plan.chosen_kind() == MediaKind::Bytes {
        added.push(parse_quote! {
            /// The body as a stream of byte chunks. It is sent once: a call
            /// whose body is a stream is never retried after it started.
            pub fn body_stream<S>(mut self, stream: S) -> Self
            where
                S: ::client_runtime::upload::TryStream + Send + 'static,
                S::Error: Into<::client_runtime::upload::StreamError>,
                ::client_runtime::upload::Bytes: From<S::Ok>,
            {
                self.body = Ok(::client_runtime::upload::stream_body(stream));
                self
            }
        });
    }
    if plan.body.has_alternatives() {
        let documented = documented(plan);
        let listed: Vec<String> = documented.iter().map(|m| format!("`{m}`")).collect();
        let doc = format!(
            "The body as bytes in any media type the operation documents ({}), sent instead \
             of the typed body with that `Content-Type`. Another media type fails the call \
             with `Error::InvalidRequest`.",
            one_line(&listed.join(", "))
        );
        added.push(parse_quote! {
            #[doc = #doc]
            pub fn body_as<B>(mut self, media_type: &str, body: B) -> Self
            where
                B: Into<::client_runtime::upload::Bytes>,
            {
                self.body_as = ::client_runtime::upload::RawBody::new(&[#(#documented),*], media_type, body)
                    .map(Some);
                self
            }
        });
    }
    added
}

fn rewrite_send(send: &mut syn::ImplItemFn, plan: &Plan) -> Result<(), String> {
    let stmts = &mut send.block.stmts;
    let alternatives = plan.body.has_alternatives();
    // `let Self { client, .. } = self;` takes the new fields too.
    let mut taken = Vec::new();
    for stmt in stmts.iter_mut() {
        if let Stmt::Local(local) = stmt
            && let syn::Pat::Struct(pattern) = &mut local.pat
            && pattern.path.is_ident("Self")
        {
            let mut extra: Vec<syn::Ident> = Vec::new();
            if alternatives {
                extra.push(format_ident!("body_as"));
            }
            if plan.parts.is_some() {
                extra.push(format_ident!("body"));
            }
            let with: syn::Pat = parse_quote!(Self { #(#extra),* });
            if let syn::Pat::Struct(with) = with {
                pattern.fields.extend(with.fields);
            }
            taken = pattern
                .fields
                .iter()
                .map(|f| f.member.to_token_stream().to_string())
                .collect();
        }
    }
    let (execute_at, client, request) = stmts
        .iter()
        .enumerate()
        .find_map(|(i, s)| execute_names(s).map(|(c, r)| (i, c, r)))
        .ok_or("no `execute` call to send the body with")?;
    let built_at = stmts[..execute_at]
        .iter()
        .rposition(|s| matches!(s, Stmt::Local(l) if matches!(&l.pat, syn::Pat::Ident(p) if p.ident == request)))
        .ok_or("no request built before `execute`")?;

    if alternatives {
        // A body given with `body_as` replaces the typed one, which is then
        // neither checked nor encoded.
        if plan.parts.is_none() {
            let typed_at = stmts
                .iter()
                .position(|s| matches!(s, Stmt::Local(l) if matches!(&l.pat, syn::Pat::Ident(p) if p.ident == "body")))
                .ok_or("no typed `body` local")?;
            if let Stmt::Local(local) = &mut stmts[typed_at]
                && let Some(init) = &mut local.init
            {
                let typed = &init.expr;
                *init.expr = parse_quote! {
                    match &body_as {
                        Some(_) => None,
                        None => Some(#typed),
                    }
                };
            }
            let mut builder = "builder".to_owned();
            while taken.contains(&builder) {
                builder.insert(0, '_');
            }
            let builder = format_ident!("{builder}");
            let Stmt::Local(local) = &mut stmts[built_at] else {
                unreachable!("found as a local above")
            };
            let chain = &mut local.init.as_mut().ok_or("a request without a value")?.expr;
            if !body_conditional(chain, &builder) {
                return Err("the request is built without the body".into());
            }
        }
    }

    let mut after: Vec<Stmt> = Vec::new();
    if let Some(parts) = &plan.parts {
        let required: Vec<&str> = parts
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name.as_str())
            .collect();
        let attach: Stmt = parse_quote! {
            let #request = {
                let form = body
                    .and_then(|form| form.unwrap_or_default().parts.into_form(&[#(#required),*]))
                    .map_err(Error::InvalidRequest)?;
                ::client_runtime::upload::with_multipart(&#client.client, #request, form)?
            };
        };
        let attach = if alternatives {
            parse_quote! {
                let #request = match body_as {
                    Some(raw) => {
                        let mut request = #request;
                        raw.apply(&mut request);
                        request
                    }
                    None => {
                        #attach
                        #request
                    }
                };
            }
        } else {
            attach
        };
        after.push(attach);
    } else {
        if let Some(content_type) = plan.content_type() {
            after.push(parse_quote! {
                ::client_runtime::upload::set_content_type(&mut #request, #content_type);
            });
        }
        if alternatives {
            after.push(parse_quote! {
                if let Some(raw) = body_as {
                    raw.apply(&mut #request);
                }
            });
        }
    }
    if alternatives {
        stmts.insert(
            1,
            parse_quote! {
                let body_as = body_as.map_err(Error::InvalidRequest)?;
            },
        );
    }
    let built_at = built_at + usize::from(alternatives);
    stmts.splice(built_at + 1..built_at + 1, after);
    Ok(())
}

/// `let <response> = <client>.runtime.execute(&OPERATION, <request>, ..).await?;`:
/// the client's and the request's names.
fn execute_names(stmt: &Stmt) -> Option<(syn::Ident, syn::Ident)> {
    let call = execute_call(stmt)?;
    let Expr::Field(runtime) = &*call.receiver else {
        return None;
    };
    let Expr::Path(client) = &*runtime.base else {
        return None;
    };
    let Expr::Path(request) = call.args.iter().nth(1)? else {
        return None;
    };
    Some((
        client.path.get_ident()?.clone(),
        request.path.get_ident()?.clone(),
    ))
}

/// In the chain that builds the request, the call that adds the typed body
/// (`.json(&body)`, `.form_urlencoded(&body)?`, `.body(body)`) runs only
/// when there is one; whether it was found.
fn body_conditional(expr: &mut Expr, builder: &syn::Ident) -> bool {
    let call = match expr {
        Expr::Try(tried) => match &mut *tried.expr {
            Expr::MethodCall(call) => call,
            _ => return false,
        },
        Expr::MethodCall(call) => call,
        _ => return false,
    };
    let takes_body = call.args.iter().any(|arg| {
        arg.to_token_stream()
            .into_iter()
            .any(|t| matches!(t, TokenTree::Ident(i) if i == "body"))
    });
    if !takes_body {
        return body_conditional(&mut call.receiver, builder);
    }
    let receiver = std::mem::replace(&mut *call.receiver, parse_quote!(#builder));
    let with_body = expr.clone();
    *expr = parse_quote! {{
        let #builder = #receiver;
        match body {
            Some(body) => #with_body,
            None => #builder,
        }
    }};
    true
}

/// The form type of a multipart body, with a method per part.
fn form_items(
    plan: &Plan,
    parts: &[Part],
    spec: &Spec,
    types: &ResponseTypes,
) -> Result<Vec<Item>, String> {
    let form = &plan.form;
    let chosen = plan.body.chosen();
    let doc = format!(
        "The parts of a `{}` body: a method per part, each encoded as the spec says. \
         A part that is a list is given once per item.",
        one_line(&chosen.media_type)
    );
    let mut methods = Vec::new();
    for part in parts {
        let method = format_ident!("{}", names::progenitor(&part.name, Case::Snake));
        let name = &part.name;
        let content_type = &part.content_type;
        let description = spec
            .document
            .pointer(&part.schema_pointer)
            .and_then(|s| s.get("description"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let what = match part.kind {
            PartKind::File => format!("a file, sent as `{content_type}` unless the part says"),
            PartKind::Text => format!("a value, sent as text (`{content_type}`)"),
            PartKind::Json => format!("a value, sent as JSON (`{content_type}`)"),
        };
        let required = if part.required {
            "Required."
        } else {
            "Optional."
        };
        let again = if part.repeated {
            " Each call adds one more part of this name."
        } else {
            ""
        };
        let doc = inert_markdown(&format!(
            "`{}`: {what}. {required}{again}\n\n{description}",
            one_line(name)
        ));
        let item: ImplItem = match part.kind {
            PartKind::File => parse_quote! {
                #[doc = #doc]
                pub fn #method(mut self, file: ::client_runtime::upload::FilePart) -> Self {
                    self.parts.file(#name, file, #content_type);
                    self
                }
            },
            PartKind::Text => parse_quote! {
                #[doc = #doc]
                pub fn #method<V: ::std::fmt::Display>(mut self, value: V) -> Self {
                    self.parts.text(#name, value.to_string(), #content_type);
                    self
                }
            },
            PartKind::Json => {
                let body = Body {
                    media_type: content_type.clone(),
                    // A JSON part, whatever its content type says.
                    kind: spec_model::operation::MediaKind::Json,
                    schema_pointer: part.schema_pointer.clone(),
                    schema: part.schema.clone(),
                };
                match types.body_type(&spec.document, &body, &quote!(self)) {
                    Ok(ty) => parse_quote! {
                        #[doc = #doc]
                        pub fn #method(mut self, value: &#ty) -> Self {
                            self.parts.json(#name, value, #content_type);
                            self
                        }
                    },
                    // An inline schema has no model: any value that
                    // serializes is taken.
                    Err(_) => parse_quote! {
                        #[doc = #doc]
                        pub fn #method<V: ::serde::Serialize + ?Sized>(mut self, value: &V) -> Self {
                            self.parts.json(#name, value, #content_type);
                            self
                        }
                    },
                }
            }
        };
        methods.push(item);
    }
    let methods: Vec<TokenStream> = methods.iter().map(ToTokens::to_token_stream).collect();
    Ok(vec![
        parse_quote! {
            #[doc = #doc]
            #[derive(Debug, Default)]
            pub struct #form {
                pub(crate) parts: ::client_runtime::upload::Multipart,
            }
        },
        parse_quote! {
            impl #form {
                /// A form with no part given yet.
                pub fn new() -> Self {
                    Self::default()
                }

                #(#methods)*
            }
        },
    ])
}

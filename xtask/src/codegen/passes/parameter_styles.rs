//! Parameters that progenitor cannot send as the spec says: arrays and
//! objects in paths and headers, objects in the query, and every style but
//! the default one (and `form` arrays with `explode: false`). `prepare`
//! shows progenitor each as a string parameter; this pass gives the builder
//! back the parameter's own Rust type and writes it with
//! `client_runtime::wire::Parameter::serialize`, which the mock's matchers
//! call too, so that a client and its mock agree by construction.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use spec_model::refs::resolve;
use spec_model::spec::Spec;
use spec_model::walk::{operations_in, parameters};
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Fields, ImplItem, Item, Stmt, parse_quote};

use super::syntax::{operation_builders, str_field};
use crate::codegen::refuse::Case;
use crate::codegen::refuse::names::{progenitor, typify};
use crate::codegen::refuse::type_names::component_types;

/// What kind of value a (resolved) schema describes, as far as parameters
/// care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `type: array`, or `items` alone.
    Array,
    /// `type: object`, or `properties` / `additionalProperties` alone.
    Object,
    /// Anything else: one value.
    Scalar,
}

/// The kind of the schema at `schema`, a resolved one.
pub fn kind_of(schema: &Value) -> Kind {
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => Kind::Array,
        Some("object") => Kind::Object,
        Some(_) => Kind::Scalar,
        None if schema.get("properties").is_some()
            || schema.get("additionalProperties").is_some() =>
        {
            Kind::Object
        }
        None if schema.get("items").is_some() => Kind::Array,
        None => Kind::Scalar,
    }
}

/// The style a location takes when the spec names none.
pub fn default_style(location: &str) -> &'static str {
    match location {
        "query" | "cookie" => "form",
        _ => "simple",
    }
}

/// One parameter this pass serialises.
#[derive(Clone, Debug)]
pub struct Styled {
    /// progenitor's snake-case operation id, as `OperationInfo` names it.
    pub operation: String,
    /// Where the parameter object is.
    pub pointer: String,
    /// Its name on the wire.
    pub name: String,
    /// Its builder method (and field, and local in `send`).
    pub setter: String,
    /// `path`, `query` or `header`.
    pub location: String,
    /// Its style, as the spec writes it or by default.
    pub style: String,
    /// Its explode, as the spec writes it or by default.
    pub explode: bool,
    /// Whether the builder insists on it.
    pub required: bool,
    /// Its Rust type, as the generated crate's `builder` module names it.
    pub ty: String,
    /// What kind of value it is.
    pub kind: Kind,
    /// The component schema to add for it, when its schema is an object
    /// written inline: the type's name and where the schema is.
    pub inline: Option<(String, String)>,
}

impl Styled {
    /// The `client_runtime::wire::Parameter` that writes it.
    pub fn wire(&self) -> TokenStream {
        let name = &self.name;
        let location = format_ident!(
            "{}",
            match self.location.as_str() {
                "path" => "Path",
                "header" => "Header",
                _ => "Query",
            }
        );
        let style = format_ident!(
            "{}",
            match self.style.as_str() {
                "matrix" => "Matrix",
                "label" => "Label",
                "form" => "Form",
                "spaceDelimited" => "SpaceDelimited",
                "pipeDelimited" => "PipeDelimited",
                "deepObject" => "DeepObject",
                _ => "Simple",
            }
        );
        let explode = self.explode;
        quote! {
            ::client_runtime::wire::Parameter {
                name: #name,
                location: ::client_runtime::wire::Location::#location,
                style: ::client_runtime::wire::Style::#style,
                explode: #explode,
            }
        }
    }
}

/// Every parameter of the spec that progenitor would not send as the spec
/// says, and that has a Rust type this pass can name (the refusals say
/// what of the rest cannot be generated).
pub fn styled(document: &Value) -> Vec<Styled> {
    let components = component_types(document);
    let mut found = Vec::new();
    for at in operations_in(document) {
        let Some(id) = at.operation_id() else {
            continue;
        };
        let setters = super::collisions::parameter_setters(document, &at);
        for parameter in parameters(document, &at) {
            let setter = setters
                .iter()
                .find(|(p, _, _)| p.pointer == parameter.pointer)
                .map_or_else(
                    || progenitor(&parameter.name, Case::Snake),
                    |(_, setter, _)| setter.clone(),
                );
            let Some(param) = document.pointer(&parameter.pointer) else {
                continue;
            };
            let location = parameter.location.as_str();
            let ignored_header = location == "header"
                && ["accept", "content-type", "authorization"]
                    .contains(&parameter.name.to_ascii_lowercase().as_str());
            if !matches!(location, "path" | "query" | "header")
                || ignored_header
                || param.get("content").is_some()
            {
                continue;
            }
            let schema_at = format!("{}/schema", parameter.pointer);
            let Some(schema) = document.pointer(&resolve(document, &schema_at)) else {
                continue;
            };
            let kind = kind_of(schema);
            let style = param
                .get("style")
                .and_then(Value::as_str)
                .unwrap_or(default_style(location));
            let explode = param
                .get("explode")
                .and_then(Value::as_bool)
                .unwrap_or(style == "form");
            let native = match kind {
                Kind::Scalar => style == default_style(location),
                Kind::Array => location == "query" && style == "form" && explode,
                Kind::Object => false,
            };
            if native {
                continue;
            }
            let inline_name = inline_parameter_type(id, &parameter.name);
            let Some(ty) = rust_type(document, &components, &schema_at, Some(&inline_name)) else {
                continue;
            };
            let inline = is_inline_object(schema, &schema_at, document)
                .then(|| (inline_name, resolve(document, &schema_at)));
            found.push(Styled {
                operation: progenitor(id, Case::Snake),
                pointer: parameter.pointer.clone(),
                name: parameter.name.clone(),
                setter,
                location: location.to_owned(),
                style: style.to_owned(),
                explode,
                required: parameter.required,
                ty,
                kind,
                inline,
            });
        }
    }
    found
}

/// The type of an object parameter written inline, which the client adds
/// under `components/schemas` as progenitor names an operation's inline
/// schemas: the operation id and the parameter name, in UpperCamelCase
/// (`listOrders`' `filter` is `ListOrdersFilter`).
pub fn inline_parameter_type(operation_id: &str, parameter: &str) -> String {
    progenitor(&format!("{operation_id}-{parameter}"), Case::Pascal)
}

/// Whether the schema at `pointer` (whose node is `schema`, after any
/// parameter `$ref`) is an object written inline, not a `$ref`.
fn is_inline_object(schema: &Value, pointer: &str, document: &Value) -> bool {
    document
        .pointer(pointer)
        .is_some_and(|node| node.get("$ref").is_none())
        && kind_of(schema) == Kind::Object
}

/// The Rust type of the schema at `pointer` (not resolved: a `$ref` to
/// `components/schemas` is that schema's type), when it is one this pass
/// can name: a named schema, a scalar, an array of those, or an object
/// written inline, which is named `inline` (see [`inline_parameter_type`]).
///
/// `components` is [`component_types`] of `document`, worked out once by
/// the caller: a spec has a parameter for each operation or more, and
/// thousands of schemas.
pub fn rust_type(
    document: &Value,
    components: &BTreeMap<String, String>,
    pointer: &str,
    inline: Option<&str>,
) -> Option<String> {
    let schema = document.pointer(pointer)?;
    if let Some(name) = inline
        && is_inline_object(schema, pointer, document)
    {
        return Some(format!("types::{name}"));
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.strip_prefix("#/components/schemas/")?;
        let rust = components
            .get(name)
            .cloned()
            .unwrap_or_else(|| typify(name, Case::Pascal));
        return Some(format!("types::{rust}"));
    }
    let format = schema.get("format").and_then(Value::as_str);
    Some(
        match (schema.get("type").and_then(Value::as_str), format) {
            (Some("array"), _) => {
                let items = rust_type(document, components, &format!("{pointer}/items"), None)?;
                return Some(format!("::std::vec::Vec<{items}>"));
            }
            (Some("string"), Some("date-time")) => "::chrono::DateTime<::chrono::offset::Utc>",
            (Some("string"), Some("date")) => "::chrono::naive::NaiveDate",
            (Some("string"), Some("uuid")) => "::uuid::Uuid",
            (Some("string"), _) => "::std::string::String",
            (Some("integer"), Some("int32")) => "i32",
            (Some("integer"), _) => "i64",
            (Some("number"), Some("float")) => "f32",
            (Some("number"), _) => "f64",
            (Some("boolean"), _) => "bool",
            _ => return None,
        }
        .to_owned(),
    )
}

/// Gives each styled parameter its type and its serialisation; see the
/// module docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let styled = styled(&spec.document);
    if styled.is_empty() {
        return Ok(());
    }
    let builders = operation_builders(file)?;
    // The builder struct of each operation, from its `send`.
    let mut of_builder: Vec<(String, Vec<&Styled>)> = Vec::new();
    for item in builders.iter() {
        let Item::Impl(imp) = item else {
            continue;
        };
        let Some(operation) = send_operation(imp) else {
            continue;
        };
        let own: Vec<&Styled> = styled.iter().filter(|s| s.operation == operation).collect();
        if own.is_empty() {
            continue;
        }
        let syn::Type::Path(path) = &*imp.self_ty else {
            continue;
        };
        let builder = path.path.segments.last().map(|s| s.ident.to_string());
        of_builder.push((builder.unwrap_or_default(), own));
    }
    let mut done = 0;
    for (builder, own) in &of_builder {
        for item in builders.iter_mut() {
            match item {
                Item::Struct(s) if s.ident == builder => retype_fields(s, own)?,
                Item::Impl(imp) if imp.trait_.is_none() && is_builder(imp, builder) => {
                    rewrite_impl(imp, own)?;
                    done += own.len();
                }
                _ => {}
            }
        }
    }
    if done != styled.len() {
        return Err(format!(
            "serialised {done} of {} styled parameters: has progenitor's output changed?",
            styled.len()
        ));
    }
    Ok(())
}

fn is_builder(imp: &syn::ItemImpl, builder: &str) -> bool {
    matches!(&*imp.self_ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == builder))
}

fn parsed_type(ty: &str) -> Result<syn::Type, String> {
    syn::parse_str(ty).map_err(|e| format!("`{ty}` is not a type: {e}"))
}

/// The operation id of an impl's `send`, from its `OperationInfo`.
fn send_operation(imp: &syn::ItemImpl) -> Option<String> {
    imp.items.iter().find_map(|member| {
        let ImplItem::Fn(f) = member else {
            return None;
        };
        if f.sig.ident != "send" {
            return None;
        }
        f.block.stmts.iter().find_map(|stmt| {
            let Stmt::Local(local) = stmt else {
                return None;
            };
            let Expr::Struct(info) = &*local.init.as_ref()?.expr else {
                return None;
            };
            info.path.is_ident("OperationInfo").then_some(())?;
            str_field(info, "operation_id")
        })
    })
}

/// `field: Result<String, String>` becomes `Result<T, String>` (or
/// `Result<Option<T>, String>` when optional).
fn retype_fields(builder: &mut syn::ItemStruct, own: &[&Styled]) -> Result<(), String> {
    let Fields::Named(fields) = &mut builder.fields else {
        return Err(format!("`{}` has no named fields", builder.ident));
    };
    for styled in own {
        let field = fields
            .named
            .iter_mut()
            .find(|f| f.ident.as_ref().is_some_and(|i| i == &styled.setter))
            .ok_or_else(|| {
                format!(
                    "`{}` has no field `{}`: has progenitor's output changed?",
                    builder.ident, styled.setter
                )
            })?;
        let ty = parsed_type(&styled.ty)?;
        field.ty = if styled.required {
            parse_quote!(Result<#ty, String>)
        } else {
            parse_quote!(Result<Option<#ty>, String>)
        };
    }
    Ok(())
}

/// The setters take the type, and `send` writes the values.
fn rewrite_impl(imp: &mut syn::ItemImpl, own: &[&Styled]) -> Result<(), String> {
    for member in &mut imp.items {
        let ImplItem::Fn(f) = member else {
            continue;
        };
        if f.sig.ident == "send" {
            rewrite_send(f, own)?;
        } else if let Some(styled) = own.iter().find(|s| f.sig.ident == s.setter) {
            *f = setter(styled)?;
        }
    }
    Ok(())
}

fn setter(styled: &Styled) -> Result<syn::ImplItemFn, String> {
    let name = format_ident!("{}", styled.setter);
    let ty = parsed_type(&styled.ty)?;
    let failed = format!("conversion to `{}` for {} failed", styled.ty, styled.setter);
    let wrap = if styled.required {
        quote!()
    } else {
        quote!(.map(Some))
    };
    Ok(parse_quote! {
        pub fn #name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<#ty>,
        {
            self.#name = value.try_into() #wrap .map_err(|_| #failed.to_string());
            self
        }
    })
}

/// The constant that names a parameter's `wire::Parameter` in `send`.
fn constant(styled: &Styled) -> syn::Ident {
    format_ident!(
        "{}_PARAMETER",
        styled.setter.trim_start_matches('_').to_uppercase()
    )
}

fn rewrite_send(send: &mut syn::ImplItemFn, own: &[&Styled]) -> Result<(), String> {
    let mut rewrite = Rewrite { own, found: 0 };
    rewrite.visit_block_mut(&mut send.block);
    let stmts = &mut send.block.stmts;
    // After `let mut request = ...build()?;`, the query parameters join the
    // URL as the style writes them.
    let (built_at, request) = stmts
        .iter()
        .enumerate()
        .find_map(|(i, s)| built_request(s).map(|r| (i, r)))
        .ok_or("a `send` that builds no request: has progenitor's output changed?")?;
    let mut appended = Vec::new();
    for styled in own.iter().filter(|s| s.location == "query") {
        let value = format_ident!("{}", styled.setter);
        let constant = constant(styled);
        appended.push(parse_quote! {
            if let Some(query) = #constant.serialize(&#value) {
                ::client_runtime::wire::append_query(#request.url_mut(), &query);
            }
        });
        rewrite.found += 1;
    }
    stmts.splice(built_at + 1..built_at + 1, appended);
    let constants: Vec<Stmt> = own
        .iter()
        .map(|styled| {
            let name = constant(styled);
            let wire = styled.wire();
            parse_quote!(const #name: ::client_runtime::wire::Parameter = #wire;)
        })
        .collect();
    stmts.splice(0..0, constants);
    // Each path and header parameter once where progenitor wrote it, each
    // query parameter where progenitor wrote it and again where it joins.
    let expected = own.len() + own.iter().filter(|s| s.location == "query").count();
    if rewrite.found != expected {
        return Err(format!(
            "wrote {} of {expected} styled parameter uses in `send`: has progenitor's output changed?",
            rewrite.found
        ));
    }
    Ok(())
}

/// `let mut <request> = ... .build()?;`: the request's name.
fn built_request(stmt: &Stmt) -> Option<syn::Ident> {
    let Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Pat::Ident(request) = &local.pat else {
        return None;
    };
    let Expr::Try(tried) = &*local.init.as_ref()?.expr else {
        return None;
    };
    matches!(&*tried.expr, Expr::MethodCall(call) if call.method == "build")
        .then(|| request.ident.clone())
}

/// Rewrites what progenitor wrote for a styled parameter in `send`: the
/// path segment `encode_path(&x.to_string())`, the header value
/// `x.to_string()`, and the query's `.query(&QueryParam::new("x", &x))`,
/// which goes (the pairs join the URL after the request is built).
struct Rewrite<'a> {
    own: &'a [&'a Styled],
    found: usize,
}

impl Rewrite<'_> {
    fn by_local(&self, expr: &Expr, location: &str) -> Option<&Styled> {
        let Expr::Path(path) = expr else {
            return None;
        };
        self.own
            .iter()
            .find(|s| s.location == location && path.path.is_ident(&s.setter))
            .copied()
    }
}

impl VisitMut for Rewrite<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        // `encode_path(&x.to_string())`
        if let Expr::Call(call) = expr
            && matches!(&*call.func, Expr::Path(p) if p.path.is_ident("encode_path"))
            && let Some(Expr::Reference(reference)) = call.args.first()
            && let Expr::MethodCall(to_string) = &*reference.expr
            && to_string.method == "to_string"
            && let Some(styled) = self.by_local(&to_string.receiver, "path")
        {
            let constant = constant(styled);
            let value = &to_string.receiver;
            *expr = parse_quote!(#constant.serialize(&#value).unwrap_or_default());
            self.found += 1;
            return;
        }
        // `<builder>.query(&progenitor_client::QueryParam::new("x", &x))`
        if let Expr::MethodCall(call) = expr
            && call.method == "query"
            && let Some(name) = call.args.first().and_then(query_param_name)
            && self
                .own
                .iter()
                .any(|s| s.location == "query" && s.name == name)
        {
            let mut receiver = (*call.receiver).clone();
            self.visit_expr_mut(&mut receiver);
            *expr = receiver;
            self.found += 1;
            return;
        }
        // `header_map.append("X-Name", value.to_string().try_into()?)`
        if let Expr::MethodCall(call) = expr
            && call.method == "append"
            && let Some(Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(name),
                ..
            })) = call.args.first()
            && let Some(styled) = self
                .own
                .iter()
                .find(|s| s.location == "header" && s.name == name.value())
            && let Some(value) = call.args.iter_mut().nth(1)
        {
            let mut header = HeaderValue {
                constant: constant(styled),
                found: false,
            };
            header.visit_expr_mut(value);
            if header.found {
                self.found += 1;
                return;
            }
        }
        // The URL is a `format!`, whose arguments syn leaves as tokens.
        if let Expr::Macro(mac) = expr
            && mac.mac.path.is_ident("format")
            && let Ok(mut args) = mac
                .mac
                .parse_body_with(Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        {
            let before = self.found;
            for arg in args.iter_mut() {
                self.visit_expr_mut(arg);
            }
            if self.found != before {
                mac.mac.tokens = quote!(#args);
            }
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// Within a header's value, `x.to_string()` becomes the serialised `x`.
struct HeaderValue {
    constant: syn::Ident,
    found: bool,
}

impl VisitMut for HeaderValue {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "to_string"
            && call.args.is_empty()
        {
            let constant = &self.constant;
            let value = &call.receiver;
            *expr = parse_quote!(#constant.serialize(&#value).unwrap_or_default());
            self.found = true;
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// The name in `&progenitor_client::QueryParam::new("x", &x)`.
fn query_param_name(arg: &Expr) -> Option<String> {
    let Expr::Reference(reference) = arg else {
        return None;
    };
    let Expr::Call(call) = &*reference.expr else {
        return None;
    };
    let Expr::Path(func) = &*call.func else {
        return None;
    };
    let segments: Vec<String> = func
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    if !segments.ends_with(&["QueryParam".to_owned(), "new".to_owned()]) {
        return None;
    }
    match call.args.first()? {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(name),
            ..
        }) => Some(name.value()),
        _ => None,
    }
}

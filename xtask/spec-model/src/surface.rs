//! The public surface of a generated crate, read from its generated file with
//! syn: each operation (HTTP method and path, parameters, body, success and
//! error types) and each model (fields, variants).
//!
//! It is what a consumer's code touches, printed so that a reviewer reads a
//! spec change as a change to it (the snapshot tests), and what the example
//! catalog maps examples to Rust types with.

use std::fmt::{self, Write as _};

use heck::ToSnakeCase;
use quote::ToTokens;
use syn::visit::{self, Visit};
use syn::{Attribute, Fields, GenericArgument, ImplItem, Item, PathArguments, Type};

/// One operation: a `Client` method and its builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The operation's id: the spec's `operationId` (`getOrder`) where the
    /// code names it, progenitor's snake-case form otherwise.
    pub id: String,
    /// The `Client` method, such as `get_order`.
    pub method: String,
    /// The builder type, such as `GetOrder`.
    pub builder: String,
    /// `GET`, `PATCH`, ...
    pub http_method: String,
    /// The path template, such as `/v3/customers/{customer-id}/orders`.
    pub path: String,
    /// The parameters, body excluded, in the builder's order.
    pub params: Vec<Param>,
    /// The request body's type, if the operation takes one.
    pub body: Option<RustType>,
    /// The type a successful response decodes into.
    pub success: RustType,
    /// The type a documented error response decodes into.
    pub error: RustType,
    /// The builder's other public methods (such as `pages()`), each as
    /// `name(argument types) -> return type`.
    pub extras: Vec<String>,
    /// Whether the runtime may resend the operation after a failure that
    /// may have reached the server; `None` when the code does not say (it
    /// does not send through the runtime).
    pub idempotent: Option<bool>,
}

impl Operation {
    /// The type a message of this operation decodes into: the body type for
    /// the request, the success type for a 2XX response, the error type for
    /// any other. `None` for a request when the operation takes no body.
    pub fn type_of(&self, message: &crate::examples::Message) -> Option<&RustType> {
        match message {
            crate::examples::Message::Request => self.body.as_ref(),
            crate::examples::Message::Response(status) if status.starts_with('2') => {
                Some(&self.success)
            }
            crate::examples::Message::Response(_) => Some(&self.error),
        }
    }
}

/// Where a parameter goes in the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
}

/// An operation's parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// The builder method that sets it.
    pub name: String,
    /// The name on the wire.
    pub wire: String,
    /// Where it goes.
    pub location: Location,
    /// Its type (without the `Option` of an optional one).
    pub ty: RustType,
    /// Whether `send` fails without it.
    pub required: bool,
    /// For a header that carries a request id the client makes up when the
    /// caller gives none: `Call` or `Attempt`, as the runtime's `IdScope`.
    pub identity: Option<String>,
}

/// A type, as the generated code spells it and as a reader would.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RustType {
    /// The full path, as tokens (`types :: Order`).
    pub tokens: String,
    /// The short form, such as `Vec<Order>` or `Option<DateTime<Utc>>`.
    pub short: String,
}

impl RustType {
    /// The type as the generated code spells it.
    pub fn of(ty: &Type) -> RustType {
        RustType {
            tokens: ty.to_token_stream().to_string(),
            short: short_name(ty),
        }
    }

    /// The type as a path from outside the crate, for a crate named `lib`.
    pub fn from_crate(&self, lib: &str) -> String {
        self.tokens
            .replace("types :: ", &format!("{lib} :: types :: "))
            .replace(' ', "")
    }
}

/// A model in the `types` module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Model {
    /// A struct with named fields.
    Struct {
        /// The type's name.
        name: String,
        /// Its fields.
        fields: Vec<Field>,
    },
    /// A struct wrapping one value.
    Newtype {
        /// The type's name.
        name: String,
        /// The wrapped type.
        inner: RustType,
    },
    /// An enum.
    Enum {
        /// The type's name.
        name: String,
        /// Its variants.
        variants: Vec<Variant>,
    },
}

impl Model {
    /// The type's name.
    pub fn name(&self) -> &str {
        match self {
            Model::Struct { name, .. } | Model::Newtype { name, .. } | Model::Enum { name, .. } => {
                name
            }
        }
    }
}

/// A field of a model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The Rust name.
    pub name: String,
    /// The JSON name.
    pub json: String,
    /// The type.
    pub ty: RustType,
}

/// A variant of a model enum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The Rust name.
    pub name: String,
    /// The JSON value of a unit variant (`None` for one holding a value).
    pub json: Option<String>,
    /// The type it holds, if any.
    pub holds: Option<RustType>,
}

/// A generated crate's surface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Surface {
    /// The operations, in `Client` order.
    pub operations: Vec<Operation>,
    /// The models, in name order.
    pub models: Vec<Model>,
}

impl Surface {
    /// Reads the surface of a generated file, whose names are spelled
    /// short (see [`crate::spelling`]).
    pub fn of_source(source: &str) -> Result<Surface, String> {
        let mut file = syn::parse_file(source).map_err(|e| format!("not Rust: {e}"))?;
        crate::spelling::expand(&mut file);
        Surface::of_file(&file)
    }

    /// Reads the surface of a generated file's syntax tree, its names
    /// spelled in full: as codegen holds it, or [`crate::spelling::expand`]ed.
    pub fn of_file(file: &syn::File) -> Result<Surface, String> {
        let mut surface = Surface {
            operations: Vec::new(),
            models: Vec::new(),
        };
        let client_methods = client_methods(file);
        for item in &file.items {
            match item {
                Item::Mod(m) if m.ident == "builder" => {
                    let items = module_items(m);
                    let index = BuilderIndex::of(items);
                    for item in items {
                        if let Item::Impl(imp) = item
                            && let Some(mut operation) = operation(imp, &index, &client_methods)?
                        {
                            operation.extras = extra_methods(&imp.self_ty, &index);
                            surface.operations.push(operation);
                        }
                    }
                }
                Item::Mod(m) if m.ident == "types" => {
                    surface
                        .models
                        .extend(module_items(m).iter().filter_map(model));
                }
                _ => {}
            }
        }
        surface.models.sort_by(|a, b| a.name().cmp(b.name()));
        Ok(surface)
    }

    /// The operation whose `Client` method is `method`.
    pub fn operation(&self, method: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.method == method)
    }

    /// The operation whose spec `operationId` is `id`.
    pub fn operation_by_id(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.id == id)
    }
}

/// Each `Client` method that starts an operation, by the builder it returns
/// (`fn get_order(&self) -> builder::GetOrder<'_>`).
fn client_methods(file: &syn::File) -> std::collections::BTreeMap<String, String> {
    let mut found = std::collections::BTreeMap::new();
    for item in &file.items {
        let Item::Impl(imp) = item else {
            continue;
        };
        if imp.trait_.is_some()
            || !matches!(&*imp.self_ty, Type::Path(p) if p.path.is_ident("Client"))
        {
            continue;
        }
        for f in imp.items.iter().filter_map(|i| match i {
            ImplItem::Fn(f) => Some(f),
            _ => None,
        }) {
            if let syn::ReturnType::Type(_, ty) = &f.sig.output
                && let Type::Path(p) = &**ty
                && p.path.segments.len() == 2
                && p.path.segments[0].ident == "builder"
            {
                found.insert(
                    p.path.segments[1].ident.to_string(),
                    f.sig.ident.to_string(),
                );
            }
        }
    }
    found
}

fn module_items(m: &syn::ItemMod) -> &[Item] {
    m.content.as_ref().map_or(&[][..], |(_, items)| items)
}

/// The operation an operation builder's `impl` block describes, if it is one
/// (it has an `async fn send`); `items` hold the builder's struct.
/// The `builder` module's structs and inherent impls by name, found once:
/// a module of a thousand builders is not scanned once for each.
struct BuilderIndex<'a> {
    structs: std::collections::HashMap<String, &'a syn::ItemStruct>,
    impls: std::collections::HashMap<String, Vec<&'a syn::ItemImpl>>,
}

impl<'a> BuilderIndex<'a> {
    fn of(items: &'a [Item]) -> Self {
        let mut index = BuilderIndex {
            structs: std::collections::HashMap::new(),
            impls: std::collections::HashMap::new(),
        };
        for item in items {
            match item {
                Item::Struct(s) => {
                    index.structs.entry(s.ident.to_string()).or_insert(s);
                }
                Item::Impl(imp) if imp.trait_.is_none() => {
                    if let Some(name) = last_segment(&imp.self_ty) {
                        index.impls.entry(name).or_default().push(imp);
                    }
                }
                _ => {}
            }
        }
        index
    }
}

/// The last segment of a type's path (`GetOrder` of `GetOrder<'a>`).
fn last_segment(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn operation(
    imp: &syn::ItemImpl,
    index: &BuilderIndex<'_>,
    client_methods: &std::collections::BTreeMap<String, String>,
) -> Result<Option<Operation>, String> {
    let Some(send) = imp.items.iter().find_map(|i| match i {
        ImplItem::Fn(f) if f.sig.ident == "send" && f.sig.asyncness.is_some() => Some(f),
        _ => None,
    }) else {
        return Ok(None);
    };
    let builder = match &*imp.self_ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
    .unwrap_or_default();
    let doc = doc_text(&send.attrs);
    // "Sends a `GET` request to `/v1/orders/{orderId}`"
    let quoted: Vec<&str> = doc.split('`').skip(1).step_by(2).collect();
    let [http_method, path, ..] = quoted[..] else {
        return Err(format!(
            "{builder}::send has no `Sends a ... request to ...` doc"
        ));
    };
    let sent = SentParameters::of(&send.block);
    let id = sent
        .operation_id
        .clone()
        .ok_or_else(|| format!("{builder}::send names no operation_id"))?;
    // The `Client` method that makes this builder; progenitor's snake-case
    // id is the method's name when no such method is found.
    let method = client_methods
        .get(&builder)
        .cloned()
        .unwrap_or_else(|| id.to_snake_case());

    let syn::ReturnType::Type(_, returned) = &send.sig.output else {
        return Err(format!("{builder}::send returns nothing"));
    };
    let [ok, err] = generic_args(returned)[..] else {
        return Err(format!("{builder}::send does not return a Result"));
    };
    let success = RustType::of(generic_args(ok).first().copied().unwrap_or(ok));
    let error = RustType::of(generic_args(err).first().copied().unwrap_or(err));
    // A field `Result<Option<T>, String>` holds an optional parameter.
    let optional: Vec<String> = index
        .structs
        .get(builder.as_str())
        .map(|s| {
            s.fields
                .iter()
                .filter(|f| {
                    generic_args(&f.ty)
                        .first()
                        .is_some_and(|inner| short_name(inner).starts_with("Option<"))
                })
                .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
                .collect()
        })
        .unwrap_or_default();

    let mut params = Vec::new();
    let mut body = None;
    for setter in imp.items.iter().filter_map(|i| match i {
        ImplItem::Fn(f) if f.sig.ident != "send" && f.sig.ident != "new" => Some(f),
        _ => None,
    }) {
        let name = setter.sig.ident.to_string();
        if name == "body_map" {
            continue;
        }
        // `V: TryInto<T>` in the setter's bounds is the parameter's type.
        let Some(ty) = setter_target(setter) else {
            continue;
        };
        if name == "body" {
            body = Some(RustType::of(&ty));
            continue;
        }
        let (location, wire) = if let Some(wire) = sent.query.get(&name) {
            (Location::Query, wire.clone())
        } else if let Some(wire) = sent.headers.get(&name) {
            (Location::Header, wire.clone())
        } else {
            // progenitor names a path parameter after its template segment.
            let wire = path
                .split(['{', '}'])
                .skip(1)
                .step_by(2)
                .find(|segment| segment.to_snake_case() == name)
                .unwrap_or(&name);
            (Location::Path, wire.to_owned())
        };
        let required = !optional.contains(&name);
        let identity = match location {
            Location::Header => sent.identities.get(&wire.to_ascii_lowercase()).cloned(),
            _ => None,
        };
        params.push(Param {
            name,
            wire,
            location,
            ty: RustType::of(&ty),
            required,
            identity,
        });
    }
    Ok(Some(Operation {
        id,
        method,
        builder,
        http_method: http_method.to_owned(),
        path: path.to_owned(),
        params,
        body,
        success,
        error,
        extras: Vec::new(),
        idempotent: sent.idempotent,
    }))
}

/// The public methods of a builder's impl blocks that are neither its
/// constructor, its parameter setters nor `send`.
fn extra_methods(builder: &Type, index: &BuilderIndex<'_>) -> Vec<String> {
    let mut found = Vec::new();
    let impls = last_segment(builder)
        .and_then(|name| index.impls.get(&name))
        .map_or(&[][..], Vec::as_slice);
    for imp in impls {
        for f in imp.items.iter().filter_map(|i| match i {
            ImplItem::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => Some(f),
            _ => None,
        }) {
            let own = ["new", "send", "body_map"].contains(&f.sig.ident.to_string().as_str());
            if own || setter_target(f).is_some() {
                continue;
            }
            let returns = match &f.sig.output {
                syn::ReturnType::Type(_, ty) => format!(" -> {}", returned_name(ty)),
                syn::ReturnType::Default => String::new(),
            };
            found.push(format!("{}{returns}", signature(f)));
        }
    }
    found
}

/// A return type as a reader names it; `impl Stream<Item = Result<T, E>>`
/// is `Stream<Result<T, E>>`.
fn returned_name(ty: &Type) -> String {
    match ty {
        Type::ImplTrait(t) => t
            .bounds
            .iter()
            .find_map(|b| match b {
                syn::TypeParamBound::Trait(bound) => {
                    let last = bound.path.segments.last()?;
                    let item = match &last.arguments {
                        PathArguments::AngleBracketed(args) => {
                            args.args.iter().find_map(|a| match a {
                                GenericArgument::AssocType(assoc) => Some(short_name(&assoc.ty)),
                                _ => None,
                            })
                        }
                        _ => None,
                    };
                    Some(match item {
                        Some(item) => format!("{}<{item}>", last.ident),
                        None => last.ident.to_string(),
                    })
                }
                _ => None,
            })
            .unwrap_or_default(),
        other => short_name(other),
    }
}

/// What a `send` body says about its request, read from its syntax tree:
/// the operation's id, and the wire name of each query and header parameter
/// by the variable that holds it.
#[derive(Default)]
struct SentParameters {
    operation_id: Option<String>,
    idempotent: Option<bool>,
    /// Header (lower case) -> id scope, from the `Operation` constant.
    identities: std::collections::BTreeMap<String, String>,
    query: std::collections::BTreeMap<String, String>,
    headers: std::collections::BTreeMap<String, String>,
    /// The `x` of each enclosing `if let Some(value) = x`.
    bindings: Vec<(String, String)>,
    /// Each `const X: wire::Parameter = Parameter { name, location, .. }`
    /// of a parameter with a style of its own: its name and location.
    styled: std::collections::BTreeMap<String, (String, String)>,
}

impl SentParameters {
    fn of(block: &syn::Block) -> SentParameters {
        let mut found = SentParameters::default();
        found.visit_block(block);
        found
    }

    /// The parameter an expression sends: its first variable, through an
    /// `if let Some(binding) = parameter`.
    fn parameter_of(&self, expr: &syn::Expr) -> Option<String> {
        let name = first_variable(expr)?;
        Some(
            self.bindings
                .iter()
                .rev()
                .find(|(binding, _)| *binding == name)
                .map_or(name, |(_, parameter)| parameter.clone()),
        )
    }
}

impl<'ast> Visit<'ast> for SentParameters {
    fn visit_expr_struct(&mut self, e: &'ast syn::ExprStruct) {
        // progenitor's `OperationInfo { operation_id: "get_order" }`, or the
        // runtime's `Operation { id: "getOrder", .. }`.
        let field = match e.path.segments.last() {
            Some(s) if s.ident == "OperationInfo" => Some("operation_id"),
            Some(s) if s.ident == "Operation" => Some("id"),
            _ => None,
        };
        if let Some(field) = field {
            for init in &e.fields {
                if matches!(&init.member, syn::Member::Named(i) if i == field)
                    && let Some(id) = string_literal(&init.expr)
                {
                    self.operation_id = Some(id);
                }
                if matches!(&init.member, syn::Member::Named(i) if i == "idempotent")
                    && let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Bool(b),
                        ..
                    }) = &init.expr
                {
                    self.idempotent = Some(b.value);
                }
            }
        }
        // `RequestIdHeader { header: "x-correlation-id", scope: IdScope::Call }`
        if e.path
            .segments
            .last()
            .is_some_and(|s| s.ident == "RequestIdHeader")
        {
            let field = |name: &str| {
                e.fields.iter().find_map(|init| match &init.member {
                    syn::Member::Named(i) if i == name => Some(&init.expr),
                    _ => None,
                })
            };
            let header = field("header").and_then(string_literal);
            let scope = match field("scope") {
                Some(syn::Expr::Path(p)) => p.path.segments.last().map(|s| s.ident.to_string()),
                _ => None,
            };
            if let (Some(header), Some(scope)) = (header, scope) {
                self.identities.insert(header, scope);
            }
        }
        visit::visit_expr_struct(self, e);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        // `QueryParam::new("wire", &parameter)`
        if let syn::Expr::Path(function) = &*call.func
            && path_ends_with(&function.path, &["QueryParam", "new"])
            && let [wire, value] = &call.args.iter().collect::<Vec<_>>()[..]
            && let (Some(wire), Some(parameter)) = (string_literal(wire), self.parameter_of(value))
        {
            self.query.insert(parameter, wire);
        }
        visit::visit_expr_call(self, call);
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        // `const ID_PARAMETER: Parameter = Parameter { name: "id", location: Location::Query, .. }`
        if let syn::Expr::Struct(e) = &*item.expr
            && e.path
                .segments
                .last()
                .is_some_and(|s| s.ident == "Parameter")
        {
            let field = |name: &str| {
                e.fields.iter().find_map(|init| match &init.member {
                    syn::Member::Named(i) if i == name => Some(&init.expr),
                    _ => None,
                })
            };
            let wire = field("name").and_then(string_literal);
            let location = match field("location") {
                Some(syn::Expr::Path(p)) => p.path.segments.last().map(|s| s.ident.to_string()),
                _ => None,
            };
            if let (Some(wire), Some(location)) = (wire, location) {
                self.styled.insert(item.ident.to_string(), (wire, location));
            }
        }
        visit::visit_item_const(self, item);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // `ID_PARAMETER.serialize(&parameter)`: a styled query or header.
        if call.method == "serialize"
            && let Some(constant) = first_variable(&call.receiver)
            && let Some((wire, location)) = self.styled.get(&constant).cloned()
            && let Some(parameter) = call.args.first().and_then(|a| self.parameter_of(a))
        {
            match location.as_str() {
                "Query" => {
                    self.query.insert(parameter, wire);
                }
                "Header" => {
                    self.headers.insert(parameter, wire);
                }
                _ => {}
            }
            visit::visit_expr_method_call(self, call);
            return;
        }
        // `header_map.append("Wire", parameter.to_string().try_into()?)`
        if call.method == "append"
            && first_variable(&call.receiver).as_deref() == Some("header_map")
            && let [wire, value] = &call.args.iter().collect::<Vec<_>>()[..]
            && let (Some(wire), Some(parameter)) = (string_literal(wire), self.parameter_of(value))
            && !self.styled.contains_key(&parameter)
        {
            self.headers.insert(parameter, wire);
        }
        visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_if(&mut self, e: &'ast syn::ExprIf) {
        // `if let Some(value) = parameter { ... }`
        let binding = match &*e.cond {
            syn::Expr::Let(guard) => match (&*guard.pat, first_variable(&guard.expr)) {
                (syn::Pat::TupleStruct(pattern), Some(parameter)) => match pattern.elems.first() {
                    Some(syn::Pat::Ident(binding)) => Some((binding.ident.to_string(), parameter)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let pushed = binding.is_some();
        self.bindings.extend(binding);
        visit::visit_expr_if(self, e);
        if pushed {
            self.bindings.pop();
        }
    }
}

/// The variable an expression starts from: `x` in `x`, `&x`,
/// `x.to_string().try_into()?`.
fn first_variable(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
        syn::Expr::Reference(r) => first_variable(&r.expr),
        syn::Expr::MethodCall(m) => first_variable(&m.receiver),
        syn::Expr::Try(t) => first_variable(&t.expr),
        syn::Expr::Paren(p) => first_variable(&p.expr),
        syn::Expr::Field(f) => first_variable(&f.base),
        _ => None,
    }
}

fn string_literal(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// Whether a path's last segments are `tail`.
fn path_ends_with(path: &syn::Path, tail: &[&str]) -> bool {
    path.segments.len() >= tail.len()
        && path
            .segments
            .iter()
            .rev()
            .zip(tail.iter().rev())
            .all(|(segment, name)| segment.ident == name)
}

/// The JSON name in a field's or variant's `#[serde(rename = "...")]`, if
/// it has one.
pub fn serde_rename(attrs: &[Attribute]) -> Option<String> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                found = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    found
}

/// The type a setter's value stands for: `T` of `V: TryInto<T>` and of
/// `V: IntoField<T>`, `Vec<T>` of `V: OneOrMany<T>` (one value or many)
/// and of `V: IntoList<T>`, `Option<T>` of `V: IntoOptional<T>`.
fn setter_target(setter: &syn::ImplItemFn) -> Option<Type> {
    // The bounds may sit on the type parameter or in the `where` clause.
    let on_params = setter.sig.generics.params.iter().flat_map(|p| match p {
        syn::GenericParam::Type(t) => t.bounds.iter().collect(),
        _ => Vec::new(),
    });
    let in_where = setter
        .sig
        .generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
        .flat_map(|p| match p {
            syn::WherePredicate::Type(t) => t.bounds.iter().collect(),
            _ => Vec::new(),
        });
    on_params.chain(in_where).find_map(|b| match b {
        syn::TypeParamBound::Trait(bound) => {
            let last = bound.path.segments.last()?;
            let target = match &last.arguments {
                PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
                    GenericArgument::Type(t) => Some(t),
                    _ => None,
                }),
                _ => None,
            }?;
            match last.ident.to_string().as_str() {
                "TryInto" | "IntoField" => Some(target.clone()),
                "OneOrMany" | "IntoList" => Some(syn::parse_quote!(::std::vec::Vec<#target>)),
                "IntoOptional" => Some(syn::parse_quote!(::std::option::Option<#target>)),
                _ => None,
            }
        }
        _ => None,
    })
}

/// The type arguments of a path type's last segment (`T` of `Option<T>`,
/// `T, E` of `Result<T, E>`); none for any other type.
pub fn generic_args(ty: &Type) -> Vec<&Type> {
    match ty {
        Type::Path(p) => match p.path.segments.last().map(|s| &s.arguments) {
            Some(PathArguments::AngleBracketed(args)) => args
                .args
                .iter()
                .filter_map(|a| match a {
                    GenericArgument::Type(t) => Some(t),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The text of the `#[doc]` attributes among `attrs`, one line each.
pub fn doc_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn model(item: &Item) -> Option<Model> {
    match item {
        Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => match &s.fields {
            Fields::Named(named) => Some(Model::Struct {
                name: s.ident.to_string(),
                fields: named
                    .named
                    .iter()
                    .map(|f| {
                        let name = f
                            .ident
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default();
                        Field {
                            json: serde_rename(&f.attrs).unwrap_or_else(|| name.clone()),
                            name,
                            ty: RustType::of(&f.ty),
                        }
                    })
                    .collect(),
            }),
            Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => Some(Model::Newtype {
                name: s.ident.to_string(),
                inner: RustType::of(&unnamed.unnamed[0].ty),
            }),
            _ => None,
        },
        Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => Some(Model::Enum {
            name: e.ident.to_string(),
            variants: e
                .variants
                .iter()
                .map(|v| {
                    let holds = match &v.fields {
                        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                            Some(RustType::of(&f.unnamed[0].ty))
                        }
                        _ => None,
                    };
                    Variant {
                        name: v.ident.to_string(),
                        json: matches!(v.fields, Fields::Unit)
                            .then(|| serde_rename(&v.attrs).unwrap_or_else(|| v.ident.to_string())),
                        holds,
                    }
                })
                .collect(),
        }),
        _ => None,
    }
}

/// A type as a reader names it: each path by its last segment.
fn short_name(ty: &Type) -> String {
    match ty {
        Type::Path(p) => {
            let Some(last) = p.path.segments.last() else {
                return String::new();
            };
            let mut name = last.ident.to_string();
            if let PathArguments::AngleBracketed(args) = &last.arguments {
                let inner: Vec<String> = args
                    .args
                    .iter()
                    .map(|a| match a {
                        GenericArgument::Type(t) => short_name(t),
                        other => other.to_token_stream().to_string(),
                    })
                    .collect();
                name = format!("{name}<{}>", inner.join(", "));
            }
            name
        }
        Type::Tuple(t) if t.elems.is_empty() => "()".to_owned(),
        other => other.to_token_stream().to_string().replace(' ', ""),
    }
}

impl fmt::Display for Surface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "# Operations")?;
        for op in &self.operations {
            writeln!(
                f,
                "\n{} {}  ->  client.{}()",
                op.http_method, op.path, op.method
            )?;
            for p in &op.params {
                let need = if p.required { "required" } else { "optional" };
                let made_up = match p.identity.as_deref() {
                    Some("Call") => ", made up per call when not set",
                    Some("Attempt") => ", made up per attempt when not set",
                    _ => "",
                };
                writeln!(
                    f,
                    "  .{}({})  {:?} `{}`, {need}{made_up}",
                    p.name, p.ty.short, p.location, p.wire
                )?;
            }
            if let Some(body) = &op.body {
                writeln!(f, "  .body({})", body.short)?;
            }
            for extra in &op.extras {
                writeln!(f, "  .{extra}")?;
            }
            match op.idempotent {
                Some(true) => writeln!(f, "  retried: after any transient failure (idempotent)")?,
                Some(false) => writeln!(
                    f,
                    "  retried: only when the request never reached the server"
                )?,
                None => {}
            }
            writeln!(f, "  ok: {}", op.success.short)?;
            writeln!(f, "  error: {}", op.error.short)?;
        }
        writeln!(f, "\n# Models")?;
        for model in &self.models {
            match model {
                Model::Struct { name, fields } => {
                    writeln!(f, "\nstruct {name}")?;
                    for field in fields {
                        let mut line = format!("  {}: {}", field.name, field.ty.short);
                        if field.json != field.name {
                            let _ = write!(line, "  (json `{}`)", field.json);
                        }
                        writeln!(f, "{line}")?;
                    }
                }
                Model::Newtype { name, inner } => writeln!(f, "\nstruct {name}({})", inner.short)?,
                Model::Enum { name, variants } => {
                    writeln!(f, "\nenum {name}")?;
                    for v in variants {
                        match (&v.json, &v.holds) {
                            (Some(json), _) => writeln!(f, "  {}  (json {json:?})", v.name)?,
                            (None, Some(ty)) => writeln!(f, "  {}({})", v.name, ty.short)?,
                            (None, None) => writeln!(f, "  {}", v.name)?,
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// The public surface of a mock companion crate: for each operation, the
/// matchers and answers a test can use; and the ready examples.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockSurface {
    /// `MockServerExt` methods, in order.
    pub operations: Vec<String>,
    /// Each wrapper type (`GetOrderWhen`, `GetOrderThen`) with its methods,
    /// each as `name(argument types)`.
    pub wrappers: Vec<(String, Vec<String>)>,
    /// The example constants.
    pub examples: Vec<String>,
}

impl MockSurface {
    /// Reads the surface of a mock crate's generated source.
    pub fn of_source(source: &str) -> Result<MockSurface, String> {
        let file = syn::parse_file(source).map_err(|e| format!("not Rust: {e}"))?;
        Ok(MockSurface::of_file(&file))
    }

    /// Reads the surface of a mock crate's generated file.
    pub fn of_file(file: &syn::File) -> MockSurface {
        let mut surface = MockSurface {
            operations: Vec::new(),
            wrappers: Vec::new(),
            examples: Vec::new(),
        };
        for item in &file.items {
            match item {
                Item::Trait(t) if t.ident == "MockServerExt" => {
                    surface
                        .operations
                        .extend(t.items.iter().filter_map(|i| match i {
                            syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
                            _ => None,
                        }));
                }
                Item::Mod(m) if m.ident == "operations" => {
                    for item in module_items(m) {
                        if let Item::Impl(imp) = item
                            && imp.trait_.is_none()
                            && let Type::Path(p) = &*imp.self_ty
                        {
                            let methods = imp
                                .items
                                .iter()
                                .filter_map(|i| match i {
                                    ImplItem::Fn(f)
                                        if matches!(f.vis, syn::Visibility::Public(_)) =>
                                    {
                                        Some(signature(f))
                                    }
                                    _ => None,
                                })
                                .collect();
                            let name = p.path.segments.last().map(|s| s.ident.to_string());
                            surface.wrappers.push((name.unwrap_or_default(), methods));
                        }
                    }
                }
                Item::Mod(m) if m.ident == "examples" => {
                    surface
                        .examples
                        .extend(module_items(m).iter().filter_map(|i| match i {
                            Item::Const(c) => Some(c.ident.to_string()),
                            _ => None,
                        }));
                }
                _ => {}
            }
        }
        surface
    }
}

/// `name(type, type)`: a method as a reader calls it, with each argument's
/// type (a `V: TryInto<T>` argument shown as `T`).
fn signature(f: &syn::ImplItemFn) -> String {
    let target = setter_target(f).map(|t| short_name(&t));
    let arguments: Vec<String> = f
        .sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            syn::FnArg::Typed(t) => Some(match &*t.ty {
                Type::Path(p) if p.path.is_ident("V") => target.clone().unwrap_or_default(),
                Type::Reference(r) => format!("&{}", short_name(&r.elem)),
                other => short_name(other),
            }),
            syn::FnArg::Receiver(_) => None,
        })
        .collect();
    format!("{}({})", f.sig.ident, arguments.join(", "))
}

impl fmt::Display for MockSurface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "# Mock")?;
        writeln!(f)?;
        for operation in &self.operations {
            writeln!(f, "server.{operation}(|when, then| ..)")?;
        }
        for (name, methods) in &self.wrappers {
            writeln!(f, "\n{name}")?;
            for method in methods {
                writeln!(f, "  .{method}")?;
            }
        }
        writeln!(f, "\nexamples")?;
        for example in &self.examples {
            writeln!(f, "  {example}")?;
        }
        Ok(())
    }
}

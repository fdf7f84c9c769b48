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
use syn::{Fields, GenericArgument, ImplItem, Item, PathArguments, Type};

use crate::postprocess::serde_rename;

/// One operation: a `Client` method and its builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The `Client` method, such as `get_order`.
    pub method: String,
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
    fn of(ty: &Type) -> RustType {
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
    /// Reads the surface of a generated file.
    pub fn of_source(source: &str) -> Result<Surface, String> {
        let file = syn::parse_file(source).map_err(|e| format!("not Rust: {e}"))?;
        let mut surface = Surface {
            operations: Vec::new(),
            models: Vec::new(),
        };
        for item in &file.items {
            match item {
                Item::Mod(m) if m.ident == "builder" => {
                    let items = module_items(m);
                    for item in items {
                        if let Item::Impl(imp) = item
                            && let Some(operation) = operation(imp, items)?
                        {
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
}

fn module_items(m: &syn::ItemMod) -> &[Item] {
    m.content.as_ref().map_or(&[][..], |(_, items)| items)
}

/// The operation an operation builder's `impl` block describes, if it is one
/// (it has an `async fn send`); `items` hold the builder's struct.
fn operation(imp: &syn::ItemImpl, items: &[Item]) -> Result<Option<Operation>, String> {
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
    let body_tokens = send.block.to_token_stream().to_string();
    let method = between(&body_tokens, "operation_id : \"", "\"")
        .ok_or_else(|| format!("{builder}::send names no operation_id"))?
        .to_owned();

    let syn::ReturnType::Type(_, returned) = &send.sig.output else {
        return Err(format!("{builder}::send returns nothing"));
    };
    let [ok, err] = generic_args(returned)[..] else {
        return Err(format!("{builder}::send does not return a Result"));
    };
    let success = RustType::of(generic_args(ok).first().copied().unwrap_or(ok));
    let error = RustType::of(generic_args(err).first().copied().unwrap_or(err));
    // A field `Result<Option<T>, String>` holds an optional parameter.
    let optional: Vec<String> = items
        .iter()
        .find_map(|item| match item {
            Item::Struct(s) if s.ident == builder => Some(s),
            _ => None,
        })
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
            body = Some(RustType::of(ty));
            continue;
        }
        // A call that the printer wrapped has a trailing comma.
        let query = ["", " ,"].iter().find_map(|comma| {
            let end = format!("\" , & {name}{comma})");
            between_around(&body_tokens, "QueryParam :: new (\"", &end)
        });
        let (location, wire) = if let Some(wire) = query {
            (Location::Query, wire.to_owned())
        } else if let Some(wire) = header_name(&body_tokens, &name) {
            (Location::Header, wire)
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
        params.push(Param {
            name,
            wire,
            location,
            ty: RustType::of(ty),
            required,
        });
    }
    Ok(Some(Operation {
        method,
        http_method: http_method.to_owned(),
        path: path.to_owned(),
        params,
        body,
        success,
        error,
    }))
}

/// The header name a parameter is sent under, from `header_map.append("x", x...)`
/// or, for an optional one, `if let Some(value) = x { header_map.append("x", value...) }`.
fn header_name(body: &str, param: &str) -> Option<String> {
    let required = format!("\" , {param} . to_string ()");
    if let Some(wire) = between_around(body, "header_map . append (\"", &required) {
        return Some(wire.to_owned());
    }
    let optional = format!("if let Some (value) = {param} {{ header_map . append (\"");
    let start = body.find(&optional)? + optional.len();
    Some(body[start..].split('"').next()?.to_owned())
}

/// The text between `start` and the next `end`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)?;
    Some(&text[from..from + to])
}

/// The text between a `start` and an `end` that follows it directly, such
/// that the text holds no quote.
fn between_around<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let mut rest = text;
    while let Some(at) = rest.find(start) {
        let from = at + start.len();
        let candidate = &rest[from..];
        if let Some(quote) = candidate.find('"')
            && candidate[quote..].starts_with(end)
        {
            return Some(&candidate[..quote]);
        }
        rest = &rest[from..];
    }
    None
}

fn setter_target(setter: &syn::ImplItemFn) -> Option<&Type> {
    let clause = setter.sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|p| match p {
        syn::WherePredicate::Type(t) => t.bounds.iter().find_map(|b| match b {
            syn::TypeParamBound::Trait(bound) => {
                let last = bound.path.segments.last()?;
                if last.ident != "TryInto" {
                    return None;
                }
                match &last.arguments {
                    PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
                        GenericArgument::Type(t) => Some(t),
                        _ => None,
                    }),
                    _ => None,
                }
            }
            _ => None,
        }),
        _ => None,
    })
}

fn generic_args(ty: &Type) -> Vec<&Type> {
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

fn doc_text(attrs: &[syn::Attribute]) -> String {
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
                writeln!(
                    f,
                    "  .{}({})  {:?} `{}`, {need}",
                    p.name, p.ty.short, p.location, p.wire
                )?;
            }
            if let Some(body) = &op.body {
                writeln!(f, "  .body({})", body.short)?;
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

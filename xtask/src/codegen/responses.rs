//! What each documented response of a spec decodes into, worked out once
//! from the operation model (`spec_model::operation`) for every stage that
//! needs it: `prepare` (which inline schemas get a name, and what progenitor
//! is shown), the `responses` pass (the enums and the decoding by status),
//! the mock crate and the example catalog.
//!
//! **Names.** An inline body schema that needs a type of its own (an
//! object, a union, an enum) is named, and moved under
//! `components/schemas` in what progenitor sees, when progenitor would
//! misname it: every inline error body, and every inline body of an
//! operation that answers with an enum. Its name is the operation's id in
//! UpperCamelCase followed by the status's variant (`GetOrderNotFound`,
//! `CreateOrderAccepted`, `GetOrderClientError` for `4XX`,
//! `GetOrderDefault`); an inline schema under `components/responses` is
//! named after its component (`NotFound`). A name a schema already has gets
//! `Body` added, then a number. The same inline schema under several
//! statuses of one operation is one type, named after the first.
//!
//! The enums of an operation whose statuses have different bodies are
//! `<OperationId>Success` and `<OperationId>Error` (`Status` added where a
//! schema has the name), with a variant per documented status named by
//! `Status::variant`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use spec_model::examples::Message;
use spec_model::operation::{
    self, Body, Kind, MediaKind, Operation, Response, Shape, Status, TakenNames, type_prefix,
};
use spec_model::refs::resolve;
use spec_model::surface::RustType;

use super::refuse::names::{Case, typify};
use super::refuse::type_names::component_types;

/// The types of every documented response of one spec.
#[derive(Debug, Default)]
pub struct ResponseTypes {
    /// Inline schemas given a name: where the schema is written → its name.
    pub named: BTreeMap<String, String>,
    /// The enums: (operation id, kind) → the enum's name.
    pub enums: BTreeMap<(String, KindKey), String>,
    /// Every operation, modelled.
    pub operations: Vec<Operation>,
    /// The Rust type of each component schema, by its key (see
    /// [`component_types`]).
    pub components: BTreeMap<String, String>,
}

/// [`Kind`] as a map key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum KindKey {
    /// Successes.
    Success,
    /// Errors.
    Error,
}

impl From<Kind> for KindKey {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Success => KindKey::Success,
            Kind::Error => KindKey::Error,
        }
    }
}

impl ResponseTypes {
    /// Works the names out for `spec`, deterministically: operations in
    /// the order of their paths and methods, statuses in decoding order.
    pub fn of(document: &Value) -> ResponseTypes {
        let operations = operation::operations(document);
        let components = component_types(document);
        let mut taken = TakenNames::of_components(document);
        for name in components.values() {
            taken.insert(name);
        }
        let mut named = BTreeMap::new();

        // Inline schemas of `components/responses` first: named after the
        // component, whoever uses them.
        for component in document
            .pointer("/components/responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, _)| name)
        {
            let pointer = spec_model::refs::pointer_push("/components/responses", component);
            if let Some(body) = operation::body_of(document, &pointer)
                && body.kind == MediaKind::Json
                && needs_name(&body.schema)
            {
                let name = taken.claim(&type_prefix(component), "Body");
                named.insert(body.schema_pointer.clone(), name);
            }
        }

        let mut enums = BTreeMap::new();
        for op in &operations {
            let owned = owned(op);
            // One type per distinct inline schema of the operation.
            let mut own: Vec<(&Value, String)> = Vec::new();
            for response in &op.responses {
                let Some(body) = &response.body else { continue };
                if body.kind != MediaKind::Json
                    || named.contains_key(&body.schema_pointer)
                    || !needs_name(&body.schema)
                {
                    continue;
                }
                let moved = owned || op.kind(response) == Kind::Error;
                if !moved {
                    continue;
                }
                let name = match own.iter().find(|(schema, _)| **schema == body.schema) {
                    Some((_, name)) => name.clone(),
                    None => {
                        let name = taken.claim(
                            &format!("{}{}", type_prefix(&op.id), response.status.variant()),
                            "Body",
                        );
                        own.push((&body.schema, name.clone()));
                        name
                    }
                };
                named.insert(body.schema_pointer.clone(), name);
            }
            for kind in [Kind::Success, Kind::Error] {
                if op.shape(kind) == Shape::Several {
                    enums.insert(
                        (op.id.clone(), kind.into()),
                        operation::enum_name(op, kind, &mut taken),
                    );
                }
            }
        }
        ResponseTypes {
            named,
            enums,
            operations,
            components,
        }
    }

    /// The operation with `id`.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.id == id)
    }

    /// The enum of `kind` of the operation, if it answers with one.
    pub fn enum_of(&self, operation: &Operation, kind: Kind) -> Option<&str> {
        self.enums
            .get(&(operation.id.clone(), kind.into()))
            .map(String::as_str)
    }

    /// The Rust type the body of a response of `kind` decodes into: as
    /// [`body_type`](Self::body_type), except that an error's text is a
    /// `client_runtime::ErrorText`, whose `Debug` hides it.
    pub fn answer_body_type(
        &self,
        document: &Value,
        body: &Body,
        kind: Kind,
        types: &TokenStream,
    ) -> Result<TokenStream, String> {
        if kind == Kind::Error && body.kind == MediaKind::Text {
            return Ok(quote!(::client_runtime::ErrorText));
        }
        self.body_type(document, body, types)
    }

    /// The Rust type a body decodes into, its models named through
    /// `types` (`types::Order`, `::std::vec::Vec<types::Order>`): the path
    /// of the models' module where the type is written.
    pub fn body_type(
        &self,
        document: &Value,
        body: &Body,
        types: &TokenStream,
    ) -> Result<TokenStream, String> {
        match body.kind {
            MediaKind::Json if body.schema.is_null() => Ok(quote!(::serde_json::Value)),
            MediaKind::Json => {
                self.schema_type(document, &body.schema_pointer, &body.schema, types)
            }
            MediaKind::Text => Ok(quote!(::std::string::String)),
            _ => Ok(quote!(::client_runtime::Binary)),
        }
    }

    fn schema_type(
        &self,
        document: &Value,
        pointer: &str,
        schema: &Value,
        types: &TokenStream,
    ) -> Result<TokenStream, String> {
        if let Some(name) = self.named.get(pointer) {
            let ident = format_ident!("{}", typify(name, Case::Pascal));
            return Ok(quote!(#types::#ident));
        }
        if let Some(component) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
        {
            let name = self.components.get(component).cloned();
            let ident = format_ident!(
                "{}",
                name.unwrap_or_else(|| typify(component, Case::Pascal))
            );
            return Ok(quote!(#types::#ident));
        }
        let unnamed = || {
            format!(
                "the body schema at {pointer} needs a name: write it under components/schemas and `$ref` it"
            )
        };
        if schema.get("nullable") == Some(&Value::Bool(true)) {
            return Err(unnamed());
        }
        let format = schema.get("format").and_then(Value::as_str);
        Ok(match schema.get("type").and_then(Value::as_str) {
            Some("array") => {
                let items_pointer = format!("{pointer}/items");
                let items = schema.get("items").ok_or_else(unnamed)?;
                let items_pointer = if items.get("$ref").is_some() {
                    items_pointer
                } else {
                    resolve(document, &items_pointer)
                };
                let item = self.schema_type(document, &items_pointer, items, types)?;
                quote!(::std::vec::Vec<#item>)
            }
            Some("string") if schema.get("enum").is_none() => match format {
                Some("date-time") => quote!(::chrono::DateTime<::chrono::offset::Utc>),
                Some("date") => quote!(::chrono::naive::NaiveDate),
                Some("uuid") => quote!(::uuid::Uuid),
                _ => quote!(::std::string::String),
            },
            Some("integer") if schema.get("enum").is_none() => match format {
                Some("int32") => quote!(i32),
                _ => quote!(i64),
            },
            Some("number") if schema.get("enum").is_none() => quote!(f64),
            Some("boolean") => quote!(bool),
            None if schema.as_object().is_some_and(serde_json::Map::is_empty) => {
                quote!(::serde_json::Value)
            }
            _ => return Err(unnamed()),
        })
    }

    /// The Rust type the body of `status` of operation `id` decodes into,
    /// for an operation whose answers the generator types ([`owned`]);
    /// `None` for any other (whose types are progenitor's) or a status
    /// without a body.
    pub fn status_type(
        &self,
        document: &Value,
        id: &str,
        key: &str,
    ) -> Result<Option<TokenStream>, String> {
        let Some(op) = self.operation(id) else {
            return Ok(None);
        };
        let Some(response) = op.responses.iter().find(|r| r.key == key) else {
            return Ok(None);
        };
        let Some(body) = &response.body else {
            return Ok(None);
        };
        if !owned(op) {
            return Ok(None);
        }
        self.answer_body_type(document, body, op.kind(response), &quote!(types))
            .map(Some)
    }
}

impl ResponseTypes {
    /// The type a documented example of `operation` decodes into: the
    /// request body's, or the body type of the example's status (the
    /// variant's, where the operation answers with an enum), read with the
    /// generated code's own spelling.
    pub fn message_type(
        &self,
        document: &Value,
        operation: &spec_model::surface::Operation,
        message: &Message,
    ) -> Result<Option<RustType>, String> {
        if let Message::Response(key) = message {
            if let Some(tokens) = self.status_type(document, &operation.id, key)? {
                let ty: syn::Type = syn::parse2(tokens).map_err(|e| e.to_string())?;
                return Ok(Some(RustType::of(&ty)));
            }
            // progenitor's types: the success type for what the model calls
            // a success (a 302 too), the error type for an error.
            if let Some(model) = self.operation(&operation.id)
                && let Some(response) = model.responses.iter().find(|r| r.key == *key)
            {
                return Ok(Some(match model.kind(response) {
                    Kind::Success => operation.success.clone(),
                    Kind::Error => operation.error.clone(),
                }));
            }
        }
        Ok(operation.type_of(message).cloned())
    }
}

/// Whether the generator, not progenitor, types an operation's answers:
/// where it answers with an enum, and where progenitor would panic although
/// the model needs none. progenitor counts `default` both as a success and
/// as an error, and takes one body (or none) for each: a `200` with one
/// body beside a `default` with another is one type each for the model,
/// two successes for progenitor. Such an operation shows progenitor one
/// bodiless `200` too, and its `send()` is typed by the `responses` pass.
pub fn owned(operation: &Operation) -> bool {
    // progenitor types `application/json` bodies only.
    let progenitor_reads = |r: &Response| {
        r.body.as_ref().is_none_or(|b| {
            b.kind == MediaKind::Json && b.media_type.split(';').next() == Some("application/json")
        })
    };
    if operation.has_enum() || !operation.responses.iter().all(progenitor_reads) {
        return true;
    }
    let default = operation
        .responses
        .iter()
        .find(|r| r.status == Status::Default);
    let Some(default) = default else {
        return false;
    };
    let body = |r: &Response| r.body.as_ref().map(|b| (b.kind, b.identity().1.clone()));
    [Kind::Success, Kind::Error].into_iter().any(|kind| {
        operation
            .of_kind(kind)
            .any(|other| body(other) != body(default))
    })
}

/// What an operation whose answers the generator types asks for in
/// `Accept`: each media type its responses are read as, in decoding order,
/// once; `None` where it documents no body.
pub fn accept(operation: &Operation) -> Option<String> {
    let mut media: Vec<&str> = Vec::new();
    for body in operation.responses.iter().filter_map(|r| r.body.as_ref()) {
        if !media.contains(&body.media_type.as_str()) {
            media.push(&body.media_type);
        }
    }
    (!media.is_empty()).then(|| media.join(", "))
}

/// Whether the body of a successful answer of `operation` can be read as
/// a stream: where a success status carries bytes the client does not
/// type (a file, a download).
pub fn streams(operation: &Operation) -> bool {
    operation
        .of_kind(Kind::Success)
        .any(|r| r.body.as_ref().is_some_and(|b| b.kind == MediaKind::Bytes))
}

/// Whether an inline schema becomes a named type of its own in typify:
/// anything but a `$ref`, a scalar without an `enum`, and an array of such.
pub fn needs_name(schema: &Value) -> bool {
    if schema.get("$ref").is_some() {
        return false;
    }
    let structured = [
        "properties",
        "allOf",
        "oneOf",
        "anyOf",
        "enum",
        "additionalProperties",
    ]
    .iter()
    .any(|key| schema.get(key).is_some());
    match schema.get("type").and_then(Value::as_str) {
        _ if structured => true,
        Some("object") => true,
        Some("array") => schema.get("items").is_some_and(needs_name),
        _ => false,
    }
}

/// The `match` arm pattern of a status, as generated code compares
/// `response.status().as_u16()`.
pub fn status_pattern(status: Status) -> TokenStream {
    match status {
        Status::Code(code) => quote!(#code),
        Status::Range(range) => {
            let low = u16::from(range) * 100;
            let high = low + 99;
            quote!(#low..=#high)
        }
        Status::Default => quote!(_),
    }
}

/// A response's variant in its operation's enum.
pub fn variant(response: &Response) -> syn::Ident {
    format_ident!("{}", response.status.variant())
}

//! The syntax of a `client_runtime::model_builder!` call in its braced
//! form, which writes a model's builder whole: its struct, its `Default`,
//! a setter per field and its conversions (the runtime's docs say what
//! each part writes). The generator writes these calls, and what reads
//! generated code reads them: the names it spells (`spelling`), the fields
//! a builder cannot do without (`diff`).
//!
//! ```ignore
//! ::client_runtime::model_builder! {
//!     /// Builds a [`super::Order`] field by field.
//!     Order => super::Order, super::error::ConversionError {
//!         /// The property `id`, required.
//!         id: value(String) required,
//!         lines: list(super::Line),
//!         status: value(String) default(super::defaults::order_status()),
//!     }
//! }
//! ```

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::visit_mut::VisitMut;
use syn::{Attribute, Expr, Ident, Token, Type, braced, parenthesized};

/// One call's arguments.
#[derive(Clone, Debug)]
pub struct Call {
    /// The builder struct's attributes (its docs).
    pub attrs: Vec<Attribute>,
    /// The builder's name, which is its model's.
    pub builder: Ident,
    /// The model (`super::Order`).
    pub model: Type,
    /// The error its conversion fails with.
    pub error: Type,
    /// The fields, in the builder's (and the model's) order.
    pub fields: Vec<Field>,
}

/// One field of a [`Call`].
#[derive(Clone, Debug)]
pub struct Field {
    /// The setter's docs.
    pub docs: Vec<Attribute>,
    /// The field's name, which is its setter's.
    pub name: Ident,
    /// What its setter takes.
    pub kind: Kind,
    /// The type the kind is of: the field's type for `value` and `custom`,
    /// its item's for `optional` (`Option<T>`) and `list` (`Vec<T>`).
    pub ty: Type,
    /// How the builder's `Default` starts it.
    pub start: Start,
}

/// What a field's setter takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `IntoField<T>`: the field's value, converted.
    Value,
    /// `IntoOptional<T>`, for a field of type `Option<T>`.
    Optional,
    /// `IntoList<T>`, for a field of type `Vec<T>`.
    List,
    /// No setter from the call: the crate writes one itself.
    Custom,
}

impl Kind {
    /// The keyword the call spells the kind with.
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Value => "value",
            Kind::Optional => "optional",
            Kind::List => "list",
            Kind::Custom => "custom",
        }
    }

    fn of(keyword: &Ident) -> Option<Kind> {
        [Kind::Value, Kind::Optional, Kind::List, Kind::Custom]
            .into_iter()
            .find(|kind| keyword == kind.keyword())
    }
}

/// How a builder's `Default` starts a field.
#[derive(Clone, Debug)]
pub enum Start {
    /// Its type's default.
    Unset,
    /// The error that it was never set.
    Required,
    /// This value.
    Default(Expr),
}

impl Call {
    /// The call's arguments, if `mac` is a braced `model_builder!` call.
    pub fn of(mac: &syn::Macro) -> Option<Call> {
        if !is_model_builder(mac) {
            return None;
        }
        syn::parse2(mac.tokens.clone()).ok()
    }

    /// The fields whose builder starts as an error.
    pub fn required(&self) -> impl Iterator<Item = &Ident> {
        self.fields
            .iter()
            .filter(|f| matches!(f.start, Start::Required))
            .map(|f| &f.name)
    }

    /// Has `visitor` visit every type and expression the call holds, and
    /// writes the call's tokens back into `mac`: for a reader or a writer
    /// of the names the call spells. Leaves any other macro as it is.
    pub fn rewrite<V: VisitMut + ?Sized>(mac: &mut syn::Macro, visitor: &mut V) {
        let Some(mut call) = Call::of(mac) else {
            return;
        };
        visitor.visit_type_mut(&mut call.model);
        visitor.visit_type_mut(&mut call.error);
        for field in &mut call.fields {
            visitor.visit_type_mut(&mut field.ty);
            if let Start::Default(expr) = &mut field.start {
                visitor.visit_expr_mut(expr);
            }
        }
        mac.tokens = call.into_token_stream();
    }
}

/// Whether `mac` calls the runtime's `model_builder!`, in either form.
pub fn is_model_builder(mac: &syn::Macro) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|s| s.ident == "model_builder")
}

impl Parse for Call {
    fn parse(input: ParseStream) -> syn::Result<Call> {
        let attrs = input.call(Attribute::parse_outer)?;
        let builder: Ident = input.parse()?;
        input.parse::<Token![=>]>()?;
        let model: Type = input.parse()?;
        input.parse::<Token![,]>()?;
        let error: Type = input.parse()?;
        let body;
        braced!(body in input);
        let fields = body.parse_terminated(Field::parse, Token![,])?;
        Ok(Call {
            attrs,
            builder,
            model,
            error,
            fields: fields.into_iter().collect(),
        })
    }
}

impl Parse for Field {
    fn parse(input: ParseStream) -> syn::Result<Field> {
        let docs = input.call(Attribute::parse_outer)?;
        let name: Ident = input.parse()?;
        input.parse::<Token![:]>()?;
        let keyword: Ident = input.parse()?;
        let kind = Kind::of(&keyword)
            .ok_or_else(|| syn::Error::new(keyword.span(), "not a kind of field"))?;
        let inner;
        parenthesized!(inner in input);
        let ty: Type = inner.parse()?;
        let start = if input.peek(Ident) {
            let word: Ident = input.parse()?;
            if word == "required" {
                Start::Required
            } else if word == "default" {
                let value;
                parenthesized!(value in input);
                Start::Default(value.parse()?)
            } else {
                return Err(syn::Error::new(word.span(), "not a start of a field"));
            }
        } else {
            Start::Unset
        };
        Ok(Field {
            docs,
            name,
            kind,
            ty,
            start,
        })
    }
}

impl ToTokens for Call {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Call {
            attrs,
            builder,
            model,
            error,
            fields,
        } = self;
        tokens.extend(quote! {
            #(#attrs)*
            #builder => #model, #error { #(#fields,)* }
        });
    }
}

impl ToTokens for Field {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Field {
            docs,
            name,
            kind,
            ty,
            start,
        } = self;
        let kind = Ident::new(kind.keyword(), proc_macro2::Span::call_site());
        let start = match start {
            Start::Unset => quote!(),
            Start::Required => quote!(required),
            Start::Default(expr) => quote!(default(#expr)),
        };
        tokens.extend(quote! { #(#docs)* #name: #kind(#ty) #start });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_reads_back_as_written() {
        let mac: syn::Macro = syn::parse_quote! {
            ::client_runtime::model_builder! {
                /// Builds an order.
                Order => super::Order, super::error::ConversionError {
                    /// The id.
                    id: value(String) required,
                    lines: list(super::Line),
                    note: optional(String),
                    status: value(String) default(super::defaults::status()),
                    odd: custom(Option<f64>),
                }
            }
        };
        let call = Call::of(&mac).unwrap();
        assert_eq!(call.builder, "Order");
        assert_eq!(call.attrs.len(), 1);
        let kinds: Vec<_> = call.fields.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Value,
                Kind::List,
                Kind::Optional,
                Kind::Value,
                Kind::Custom
            ]
        );
        assert_eq!(call.required().collect::<Vec<_>>(), ["id"]);
        assert_eq!(call.fields[0].docs.len(), 1);
        assert!(matches!(call.fields[3].start, Start::Default(_)));
        let again: Call = syn::parse2(call.to_token_stream()).unwrap();
        assert_eq!(
            again.to_token_stream().to_string(),
            call.to_token_stream().to_string()
        );
    }

    #[test]
    fn only_the_braced_form_is_a_call() {
        let short: syn::Macro = syn::parse_quote! {
            ::client_runtime::model_builder!(Order => super::Order, E; fields: id)
        };
        assert!(is_model_builder(&short));
        assert!(Call::of(&short).is_none());
        let other: syn::Macro = syn::parse_quote!(other! { Order => super::Order, E {} });
        assert!(Call::of(&other).is_none());
    }

    #[test]
    fn rewrite_reaches_every_type_and_default() {
        let mut mac: syn::Macro = syn::parse_quote! {
            model_builder! {
                Order => super::Order, E {
                    id: value(A) default(x()),
                    lines: list(A),
                }
            }
        };
        struct Count {
            types: usize,
            exprs: usize,
        }
        impl VisitMut for Count {
            fn visit_type_mut(&mut self, ty: &mut Type) {
                self.types += 1;
                *ty = syn::parse_quote!(B);
            }
            fn visit_expr_mut(&mut self, _: &mut Expr) {
                self.exprs += 1;
            }
        }
        let mut count = Count { types: 0, exprs: 0 };
        Call::rewrite(&mut mac, &mut count);
        assert_eq!((count.types, count.exprs), (4, 1));
        let call = Call::of(&mac).unwrap();
        assert!(
            call.fields
                .iter()
                .all(|f| f.ty.to_token_stream().to_string() == "B")
        );
    }
}

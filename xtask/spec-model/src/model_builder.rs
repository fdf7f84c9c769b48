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

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
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
        Kind::of_str(&keyword.to_string())
    }

    fn of_str(keyword: &str) -> Option<Kind> {
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
        builder_name(mac)?;
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
    /// writes them back into `mac`: for a reader or a writer of the names
    /// the call spells. Leaves any other macro as it is. Only the types
    /// and values are parsed, not the docs (most of a call's text).
    pub fn rewrite<V: VisitMut + ?Sized>(mac: &mut syn::Macro, visitor: &mut V) {
        if builder_name(mac).is_none() {
            return;
        }
        let tokens: Vec<TokenTree> = std::mem::take(&mut mac.tokens).into_iter().collect();
        let mut out = TokenStream::new();
        let mut at = 0;
        // The header: `<attrs> Builder => <model>, <error> { <fields> }`,
        // the two types between `=>` and the braces.
        while at < tokens.len() {
            match &tokens[at] {
                TokenTree::Punct(p) if p.as_char() == '=' => {
                    let arrow = tokens
                        .get(at + 1)
                        .is_some_and(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '>'));
                    if arrow {
                        out.extend(tokens[at..at + 2].iter().cloned());
                        at += 2;
                        break;
                    }
                }
                _ => {}
            }
            out.extend([tokens[at].clone()]);
            at += 1;
        }
        let body_at = tokens
            .iter()
            .rposition(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace));
        let Some(body_at) = body_at.filter(|&b| b >= at) else {
            out.extend(tokens[at..].iter().cloned());
            mac.tokens = out;
            return;
        };
        let header: TokenStream = tokens[at..body_at].iter().cloned().collect();
        match syn::parse2::<HeaderTypes>(header.clone()) {
            Ok(mut types) => {
                visitor.visit_type_mut(&mut types.model);
                visitor.visit_type_mut(&mut types.error);
                let (model, error) = (&types.model, &types.error);
                out.extend(quote!(#model, #error));
            }
            Err(_) => out.extend(header),
        }
        let TokenTree::Group(body) = &tokens[body_at] else {
            unreachable!("found as a group above")
        };
        let mut group = Group::new(Delimiter::Brace, rewrite_fields(body.stream(), visitor));
        group.set_span(body.span());
        out.extend([TokenTree::Group(group)]);
        out.extend(tokens[body_at + 1..].iter().cloned());
        mac.tokens = out;
    }
}

/// The model and error types of a call's header.
struct HeaderTypes {
    model: Type,
    error: Type,
}

impl Parse for HeaderTypes {
    fn parse(input: ParseStream) -> syn::Result<HeaderTypes> {
        let model = input.parse()?;
        input.parse::<Token![,]>()?;
        let error = input.parse()?;
        Ok(HeaderTypes { model, error })
    }
}

/// The fields of a call's body, each `kind(<type>)` and `default(<value>)`
/// visited; the rest (docs, names) as it was.
fn rewrite_fields<V: VisitMut + ?Sized>(body: TokenStream, visitor: &mut V) -> TokenStream {
    let mut out = Vec::new();
    let mut previous: Option<String> = None;
    let mut before_previous_is_colon = false;
    for token in body {
        let token = match token {
            // `name: kind(<type>)`: an identifier after a `:`, then parens.
            TokenTree::Group(group)
                if group.delimiter() == Delimiter::Parenthesis
                    && before_previous_is_colon
                    && previous
                        .as_deref()
                        .is_some_and(|k| Kind::of_str(k).is_some()) =>
            {
                let rewritten = match syn::parse2::<Type>(group.stream()) {
                    Ok(mut ty) => {
                        visitor.visit_type_mut(&mut ty);
                        ty.into_token_stream()
                    }
                    Err(_) => group.stream(),
                };
                let mut new = Group::new(Delimiter::Parenthesis, rewritten);
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            TokenTree::Group(group)
                if group.delimiter() == Delimiter::Parenthesis
                    && previous.as_deref() == Some("default") =>
            {
                let rewritten = match syn::parse2::<Expr>(group.stream()) {
                    Ok(mut expr) => {
                        visitor.visit_expr_mut(&mut expr);
                        expr.into_token_stream()
                    }
                    Err(_) => group.stream(),
                };
                let mut new = Group::new(Delimiter::Parenthesis, rewritten);
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            other => other,
        };
        before_previous_is_colon =
            matches!(&out.last(), Some(TokenTree::Punct(p)) if p.as_char() == ':');
        previous = match &token {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        };
        out.push(token);
    }
    out.into_iter().collect()
}

/// The builder a braced `model_builder!` call writes, read from its tokens
/// without parsing the rest: the first name after its attributes, where a
/// `=>` and then a braced body follow.
pub fn builder_name(mac: &syn::Macro) -> Option<Ident> {
    if !is_model_builder(mac) || !matches!(mac.delimiter, syn::MacroDelimiter::Brace(_)) {
        return None;
    }
    let mut tokens = mac.tokens.clone().into_iter().peekable();
    // Outer attributes: `#` and a bracketed group.
    while matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '#') {
        tokens.next();
        match tokens.next() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => {}
            _ => return None,
        }
    }
    let Some(TokenTree::Ident(name)) = tokens.next() else {
        return None;
    };
    let arrow = matches!(tokens.next(), Some(TokenTree::Punct(p)) if p.as_char() == '=')
        && matches!(tokens.next(), Some(TokenTree::Punct(p)) if p.as_char() == '>');
    let braced = tokens
        .last()
        .is_some_and(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace));
    (arrow && braced).then_some(name)
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
        assert_eq!(builder_name(&mac).unwrap(), "Order", "read past the docs");
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
        assert!(builder_name(&short).is_none());
        let other: syn::Macro = syn::parse_quote!(other! { Order => super::Order, E {} });
        assert!(Call::of(&other).is_none());
    }

    #[test]
    fn rewrite_reaches_every_type_and_default() {
        let mut mac: syn::Macro = syn::parse_quote! {
            model_builder! {
                /// A doc that names A.
                Order => super::Order, E {
                    /// value(A) in a doc is not a field.
                    id: value(A) default(x()),
                    value: list(A),
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
        // The docs are as they were.
        assert!(
            call.fields[0].docs[0]
                .to_token_stream()
                .to_string()
                .contains("value(A)")
        );
    }
}

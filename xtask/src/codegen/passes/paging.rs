//! A paged operation (`x-pagination` in its spec) gives its builder
//! `pages()` and `stream()`, so a caller gets every item without writing
//! the loop. The loop itself is the shared runtime's
//! (`client_runtime::paging`); this pass writes what is specific to the
//! operation: which setter moves the offset, and where a page keeps its
//! items, its total and its next link.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use spec_model::spec::Spec;
use spec_model::surface::{Model, Surface};

use super::syntax::operation_builders;
use crate::codegen::extensions::paging::{self, Paging};
use crate::codegen::text::one_line;

/// Adds `pages()` and `stream()` to each paged operation's builder.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let pagings = paging::read(spec).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    if pagings.is_empty() {
        return Ok(());
    }
    let surface = Surface::of_file(file)?;
    let mut impls = Vec::new();
    for paging in &pagings {
        impls.push(paged_impl(paging, &surface)?);
    }
    let builders = operation_builders(file)?;
    for tokens in impls {
        builders.push(syn::parse2(tokens).map_err(|e| format!("paging code: {e}"))?);
    }
    Ok(())
}

fn paged_impl(paging: &Paging, surface: &Surface) -> Result<TokenStream, String> {
    let method = &paging.operation_id;
    let operation = surface
        .operation_by_id(method)
        .ok_or_else(|| format!("no generated operation `{method}` to page"))?;
    let param = |wire: &str| {
        operation
            .params
            .iter()
            .find(|p| p.wire == wire)
            .map(|p| format_ident!("{}", p.name))
            .ok_or_else(|| format!("`{method}` has no parameter `{wire}`"))
    };
    let offset = param(&paging.offset)?;
    // The page size does not decide where paging ends (a server may serve
    // fewer than asked on every page), but the spec must name a real one.
    param(&paging.limit)?;
    let builder = format_ident!("{}", operation.builder);
    let page: syn::Type = syn::parse_str(&operation.success.tokens).map_err(|e| e.to_string())?;
    let error: syn::Type = syn::parse_str(&operation.error.tokens).map_err(|e| e.to_string())?;

    let start = &operation.success.short;
    let items_path = FieldPath::resolve(surface, start, &paging.items)?;
    let items_len = items_path.reference(quote!(page));
    let items_owned = items_path.owned(quote!(page));
    let item: syn::Type = syn::parse_str(
        items_path
            .leaf_type
            .strip_prefix("Vec<")
            .and_then(|t| t.strip_suffix('>'))
            .ok_or_else(|| format!("`{}` is not a list", paging.items.join(".")))?,
    )
    .map_err(|e| e.to_string())?;
    let item = qualify(&item);

    let total = match &paging.total {
        Some(path) => {
            let path = FieldPath::resolve(surface, start, path)?;
            let value = path.optional(quote!(page));
            quote!(#value.copied().and_then(::client_runtime::paging::to_u64))
        }
        None => quote!(None),
    };
    let next = match &paging.next {
        Some(path) => {
            let full = FieldPath::resolve(surface, start, path)?;
            let container = FieldPath::resolve(surface, start, &path[..1])?;
            let link = full.optional(quote!(page));
            let sent = container.optional(quote!(page));
            quote! {
                match (#sent.is_some(), #link) {
                    (false, _) => ::client_runtime::paging::NextLink::NotSent,
                    (true, None) => ::client_runtime::paging::NextLink::Last,
                    (true, Some(link)) => ::client_runtime::paging::NextLink::Next(link.as_str()),
                }
            }
        }
        None => quote!(::client_runtime::paging::NextLink::NotSent),
    };
    let offset_wire = &paging.offset;
    let pages_doc = format!(
        "Every page of results, from this call's `{}` on (0 when it is not set), one \
         request at a time. The next page starts where the page's next link says, or \
         after the items received; the stream ends when the server says so (no next \
         link where it sends links, an empty page, or the total reached; a page shorter \
         than asked for is not the end), and with the error of a page \
         that fails, after its retries. A server that sends the same page twice ends \
         the stream with an error instead of looping.",
        one_line(&paging.offset)
    );
    let stream_doc = "Every item of every page, in order; see [`Self::pages`].";
    Ok(quote! {
        impl<'a> #builder<'a> {
            #[doc = #pages_doc]
            pub fn pages(
                self,
            ) -> impl ::client_runtime::paging::Stream<Item = Result<#page, Error<#error>>> + 'a {
                let paging = ::client_runtime::paging::Paging {
                    offset_parameter: #offset_wire,
                    start: self
                        .#offset
                        .as_ref()
                        .ok()
                        .copied()
                        .flatten()
                        .and_then(::client_runtime::paging::to_u64)
                        .unwrap_or(0),
                };
                ::client_runtime::paging::pages(
                    self,
                    paging,
                    |builder: Self, offset: u64| builder.#offset(offset).send(),
                    |page: &#page| ::client_runtime::paging::Page {
                        items: #items_len.len(),
                        total: #total,
                        next: #next,
                    },
                )
            }

            #[doc = #stream_doc]
            pub fn stream(
                self,
            ) -> impl ::client_runtime::paging::Stream<Item = Result<#item, Error<#error>>> + 'a {
                ::client_runtime::paging::items(self.pages(), |page: #page| #items_owned)
            }
        }
    })
}

/// A type named the way the `builder` module sees it: a model `X` is
/// `types::X` there.
fn qualify(ty: &syn::Type) -> TokenStream {
    let shown = quote!(#ty).to_string();
    if shown.starts_with("types ::")
        || shown.starts_with(":: ")
        || !shown.starts_with(char::is_uppercase)
    {
        quote!(#ty)
    } else {
        quote!(types::#ty)
    }
}

/// A dotted JSON path through the generated models, as Rust fields.
struct FieldPath {
    /// Each step: the Rust field, and whether it is an `Option`.
    steps: Vec<(syn::Ident, bool)>,
    /// The last field's type, short form, `Option` removed.
    leaf_type: String,
}

impl FieldPath {
    fn resolve(surface: &Surface, start: &str, path: &[String]) -> Result<FieldPath, String> {
        let mut model_name = start.to_owned();
        let mut steps = Vec::new();
        let mut leaf_type = String::new();
        for (i, json) in path.iter().enumerate() {
            let model = surface
                .models
                .iter()
                .find(|m| m.name() == model_name)
                .ok_or_else(|| format!("no generated model `{model_name}` on the paging path"))?;
            let Model::Struct { fields, .. } = model else {
                return Err(format!("`{model_name}` is not a struct with fields"));
            };
            let field = fields
                .iter()
                .find(|f| &f.json == json)
                .ok_or_else(|| format!("`{model_name}` has no field for `{json}`"))?;
            let (optional, inner) = match field
                .ty
                .short
                .strip_prefix("Option<")
                .and_then(|t| t.strip_suffix('>'))
            {
                Some(inner) => (true, inner.to_owned()),
                None => (false, field.ty.short.clone()),
            };
            steps.push((format_ident!("{}", field.name), optional));
            if i + 1 < path.len() {
                model_name = inner.clone();
            }
            leaf_type = inner;
        }
        Ok(FieldPath { steps, leaf_type })
    }

    /// The field as an `Option<&T>`.
    fn optional(&self, root: TokenStream) -> TokenStream {
        let mut expr = quote!(::std::option::Option::Some(#root));
        for (field, optional) in &self.steps {
            expr = if *optional {
                quote!(#expr.and_then(|value| value.#field.as_ref()))
            } else {
                quote!(#expr.map(|value| &value.#field))
            };
        }
        expr
    }

    /// The field by reference, for a path of required fields (a list is
    /// never optional: an absent one is empty).
    fn reference(&self, root: TokenStream) -> TokenStream {
        let fields = self.steps.iter().map(|(field, _)| field);
        quote!(#root #(.#fields)*)
    }

    /// The field, moved out of its owner.
    fn owned(&self, root: TokenStream) -> TokenStream {
        self.reference(root)
    }
}

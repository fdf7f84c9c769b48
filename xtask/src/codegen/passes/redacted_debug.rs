//! No `Debug` of a client or an operation builder shows a parameter value,
//! a credential or a URL's user part.
//!
//! progenitor derives `Debug` for both: a builder's shows every parameter
//! given (a guest's e-mail address, in fabric Orders), and the client's
//! shows its base URL whole. This pass replaces each derive with an impl
//! that says whether each parameter was given
//! ([`client_runtime::Given`]), and shows the base URL through
//! [`client_runtime::RedactedUrl`], never the HTTP client (whose default
//! headers are the credentials).

use quote::quote;
use spec_model::spec::Spec;
use syn::{Fields, Item, Type, parse_quote};

#[cfg(test)]
use super::syntax::implements;
use super::syntax::{derives, last_is, operation_builders};

/// Replaces the derived `Debug`s; see the module docs.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    let client = redact_client(&mut file.items)?;
    let builders = operation_builders(file)?;
    let mut impls = Vec::new();
    for item in builders.iter_mut() {
        if let Item::Struct(builder) = item
            && holds_client(builder)
            && remove_debug_derive(builder)
        {
            impls.push(builder_debug(builder));
        }
    }
    builders.extend(impls);
    file.items.push(client);
    Ok(())
}

/// Removes `Debug` from `struct Client`'s derives and returns its own impl.
fn redact_client(items: &mut [Item]) -> Result<Item, String> {
    let client = items
        .iter_mut()
        .find_map(|item| match item {
            Item::Struct(s) if s.ident == "Client" => Some(s),
            _ => None,
        })
        .ok_or("the generated code has no `Client` struct: has progenitor's output changed?")?;
    if !remove_debug_derive(client) {
        return Err("`Client` does not derive `Debug`: has progenitor's output changed?".into());
    }
    Ok(parse_quote! {
        /// The base URL without its user part, and the call settings
        /// (which credentials are set, never their values); not the HTTP
        /// client, whose default headers may be a caller's credentials.
        impl ::std::fmt::Debug for Client {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Client")
                    .field("baseurl", &::client_runtime::RedactedUrl(&self.baseurl))
                    .field("runtime", &self.runtime)
                    .finish_non_exhaustive()
            }
        }
    })
}

/// Takes `Debug` out of an item's derives; whether it was there.
fn remove_debug_derive(item: &mut syn::ItemStruct) -> bool {
    let mut removed = false;
    for attr in item
        .attrs
        .iter_mut()
        .filter(|a| a.path().is_ident("derive"))
    {
        let kept: Vec<syn::Path> = derives(std::slice::from_ref(attr))
            .into_iter()
            .filter(|path| {
                let debug = last_is(path, "Debug");
                removed |= debug;
                !debug
            })
            .collect();
        *attr = parse_quote!(#[derive(#(#kept),*)]);
    }
    removed
}

/// Whether a struct is an operation builder: it holds a `&Client`.
fn holds_client(builder: &syn::ItemStruct) -> bool {
    let Fields::Named(fields) = &builder.fields else {
        return false;
    };
    fields.named.iter().any(|f| is_client_ref(&f.ty))
}

fn is_client_ref(ty: &Type) -> bool {
    matches!(ty, Type::Reference(r) if matches!(&*r.elem, Type::Path(p) if last_is(&p.path, "Client")))
}

/// An operation builder's `Debug`: each parameter (and the body) by whether
/// it was given, the call options as they are, and not the client.
fn builder_debug(builder: &syn::ItemStruct) -> Item {
    let name = &builder.ident;
    let shown = name.to_string();
    let fields = builder.fields.iter().filter_map(|field| {
        let ident = field.ident.as_ref()?;
        let label = ident.to_string();
        let value = match result_of(&field.ty)? {
            Held::Optional => quote!(&::client_runtime::Given::optional(&self.#ident)),
            Held::Required => quote!(&::client_runtime::Given::required(&self.#ident)),
            Held::Options => quote!(&self.#ident),
        };
        Some(quote!(.field(#label, #value)))
    });
    parse_quote! {
        impl ::std::fmt::Debug for #name<'_> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#shown)
                    #(#fields)*
                    .finish_non_exhaustive()
            }
        }
    }
}

/// How a builder holds a field.
enum Held {
    /// `Result<Option<T>, String>`: an optional parameter.
    Optional,
    /// `Result<T, String>`: a required parameter, or the body.
    Required,
    /// The per-call options, which hold no value of the caller's data.
    Options,
}

/// How a builder field of type `ty` is held; `None` for the client and
/// anything else, which `Debug` leaves out.
fn result_of(ty: &Type) -> Option<Held> {
    let Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident == "CallOptions" {
        return Some(Held::Options);
    }
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(Type::Path(inner))
            if inner
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "Option") =>
        {
            Some(Held::Optional)
        }
        _ => Some(Held::Required),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_builder_shows_whether_each_parameter_was_given() {
        let mut builder: syn::ItemStruct = parse_quote! {
            #[derive(Debug, Clone)]
            pub struct GetGuestOrders<'a> {
                client: &'a super::Client,
                order_email: Result<::std::string::String, String>,
                limit: Result<Option<u32>, String>,
                options: ::client_runtime::CallOptions,
            }
        };
        assert!(remove_debug_derive(&mut builder));
        let derives: Vec<String> = derives(&builder.attrs)
            .iter()
            .map(|p| quote!(#p).to_string())
            .collect();
        assert_eq!(derives, ["Clone"]);
        let Item::Impl(debug) = builder_debug(&builder) else {
            panic!("an impl");
        };
        assert!(implements(&debug, "Debug"));
    }
}

//! The code that connects a generated `Client` to `client-runtime`, written
//! from the two parts of a spec that progenitor ignores: `servers` and
//! `securitySchemes`.

use heck::ToUpperCamelCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use spec_model::refs::pointer_push;
use spec_model::security::{self, KeyLocation, SchemeKind};
use spec_model::spec::{Diagnostic, Spec};

use super::text::one_line;

/// The `ApiClient` impl, `Client::builder()`, the server URL (a constant,
/// and a function of the server's variables when it has any), the security
/// schemes, and the JSON encoding of each type in `json_header_types` for
/// the header that carries it.
pub fn tokens(spec: &Spec, json_header_types: &[String]) -> Result<TokenStream, Diagnostic> {
    let api = &spec.api;
    let (server, default_base_url) = server(spec)?;
    let schemes = schemes_tokens(spec)?;
    let builder_doc = match &default_base_url {
        Some(_) => {
            "Starts building a client. The base URL defaults to [`SERVER_URL`]; \
                    credentials are set here, once, and each operation sends those its \
                    spec asks for."
        }
        None => {
            "Starts building a client. Give it a base URL (see [`server_url`]) and \
                 the credentials, once; each operation sends those its spec asks for."
        }
    };
    let default_base_url = match default_base_url {
        Some(_) => quote!(Some(SERVER_URL)),
        None => quote!(None),
    };
    let json_headers = json_header_types.iter().map(|name| {
        let ty = format_ident!("{}", name.to_upper_camel_case());
        let doc = format!("Encodes a [`types::{ty}`] as the JSON a header carries.");
        quote! {
            #[doc = #doc]
            impl ::std::convert::TryFrom<types::#ty> for ::std::string::String {
                type Error = ::serde_json::Error;
                fn try_from(value: types::#ty) -> ::std::result::Result<Self, Self::Error> {
                    ::serde_json::to_string(&value)
                }
            }
        }
    });
    Ok(quote! {
        #server
        #(#json_headers)*

        pub use ::client_runtime::{BuildError, ClientBuilder, RetryPolicy};

        impl ::client_runtime::ApiClient for Client {
            const DESCRIPTION: ::client_runtime::ApiDescription = ::client_runtime::ApiDescription {
                name: #api,
                default_base_url: #default_base_url,
                schemes: #schemes,
            };
            fn from_parts(base_url: &str, http: reqwest::Client, runtime: ::client_runtime::Runtime) -> Self {
                Self {
                    baseurl: base_url.to_string(),
                    client: http,
                    runtime,
                }
            }
        }

        impl Client {
            #[doc = #builder_doc]
            pub fn builder() -> ClientBuilder<Self> {
                ClientBuilder::new()
            }
        }
    })
}

/// Why the spec's `servers` cannot give the client its base URL, if they
/// cannot. The linter reports this too, before generation.
pub fn server_problem(spec: &Spec) -> Option<Diagnostic> {
    server(spec).err()
}

/// Why the spec's security cannot be sent by the client, if it cannot. The
/// linter reports this too, before generation.
pub fn security_problem(spec: &Spec) -> Option<Diagnostic> {
    schemes_tokens(spec).err()
}

/// The spec's security schemes as the runtime's `SecurityScheme`s, each
/// marked required when every operation needs it.
fn schemes_tokens(spec: &Spec) -> Result<TokenStream, Diagnostic> {
    let schemes = security::schemes(spec)?;
    if let Some(problem) = security::undeclared(spec, &schemes) {
        return Err(problem);
    }
    let required = security::required_by_every_operation(&spec.document, &schemes);
    // A scheme no requirement names is never sent: the builder refuses a
    // credential for it, as for one the spec does not declare.
    let used = security::used(&spec.document);
    let items = schemes.iter().filter(|s| used.contains(&s.name)).map(|scheme| {
        let name = &scheme.name;
        let kind = match &scheme.kind {
            SchemeKind::Bearer => quote!(::client_runtime::SchemeKind::Bearer),
            SchemeKind::OAuth2 { token_url, scopes } => {
                let token_url = match token_url {
                    Some(url) => quote!(Some(#url)),
                    None => quote!(None),
                };
                quote!(::client_runtime::SchemeKind::OAuth2 {
                    token_url: #token_url,
                    scopes: &[#(#scopes),*],
                })
            }
            SchemeKind::Basic => quote!(::client_runtime::SchemeKind::Basic),
            SchemeKind::Http(http) => quote!(::client_runtime::SchemeKind::Http { scheme: #http }),
            SchemeKind::ApiKey {
                location,
                name: key,
            } => {
                let location = match location {
                    KeyLocation::Header => quote!(Header),
                    KeyLocation::Query => quote!(Query),
                    KeyLocation::Cookie => quote!(Cookie),
                };
                quote!(::client_runtime::SchemeKind::ApiKey {
                    location: ::client_runtime::KeyLocation::#location,
                    name: #key,
                })
            }
        };
        let required = required.contains(name);
        quote!(::client_runtime::SecurityScheme { name: #name, kind: #kind, required: #required })
    });
    Ok(quote!(&[#(#items),*]))
}

/// The server items, and the default base URL: the first server's URL with
/// each variable at its default, unless a variable says its default is a
/// placeholder (`x-placeholder: true`), or the URL is relative or missing.
fn server(spec: &Spec) -> Result<(TokenStream, Option<String>), Diagnostic> {
    // No server, or a relative one (relative to where the spec is served):
    // no default base URL, and the builder asks for one (lint's
    // `default-server` asks for an absolute server).
    let Some(server) = spec.openapi.servers.first() else {
        return Ok((quote!(), None));
    };
    let url = &server.url;
    let url_pointer = "/servers/0/url";
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Ok((quote!(), None));
    }
    let declared = server.variables.as_ref();
    for used in url
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name)
    {
        if !declared.is_some_and(|d| d.contains_key(used)) {
            let placeholder = format!("{{{used}}}");
            return Err(Diagnostic {
                position: spec.position_in(url_pointer, &placeholder),
                ..spec.diagnostic(
                    url_pointer,
                    format!("the server URL uses `{placeholder}`, which is not declared: add it under `variables` with a `default`, or write its value into the URL"),
                )
            });
        }
    }
    let variables: Vec<_> = declared.into_iter().flatten().collect();
    if variables.is_empty() {
        let doc = format!("The API's server, from the spec: `{}`.", one_line(url));
        return Ok((
            quote! {
                #[doc = #doc]
                pub const SERVER_URL: &str = #url;
            },
            Some(url.clone()),
        ));
    }
    // The URL's own braces are text to `format!`; each variable's `{name}`
    // (escaped with the rest) becomes its argument.
    let mut format_string = url.replace('{', "{{").replace('}', "}}");
    let mut with_defaults = url.clone();
    let mut params = Vec::new();
    let mut checks = Vec::new();
    let mut placeholder_default = false;
    let mut variable_docs = Vec::new();
    for (name, variable) in &variables {
        let pointer = pointer_push("/servers/0/variables", name);
        // A variable named like a keyword (`type`) or starting with a digit
        // is an argument all the same (`type_`, `x1`).
        let ident = format_ident!(
            "{}",
            crate::codegen::refuse::names::typify(name, crate::codegen::refuse::Case::Snake)
        );
        if params.contains(&ident) {
            return Err(spec.diagnostic(
                &pointer,
                format!("server variable `{name}` would be the argument `{ident}` of `server_url`, like another variable: rename one"),
            ));
        }
        let placeholder = format!("{{{{{name}}}}}");
        if !format_string.contains(&placeholder) {
            return Err(spec.diagnostic(
                &pointer,
                format!("server variable `{name}` does not appear in the URL: use it as `{{{name}}}`, or remove it"),
            ));
        }
        format_string = format_string.replace(&placeholder, &format!("{{{ident}}}"));
        params.push(ident.clone());
        with_defaults = with_defaults.replace(&format!("{{{name}}}"), &variable.default);
        if !variable.enumeration.is_empty() {
            let allowed = &variable.enumeration;
            if !allowed.contains(&variable.default) {
                return Err(spec.diagnostic(
                    &pointer_push(&pointer, "default"),
                    format!("the default `{}` is not one of the variable's `enum`: OpenAPI requires it to be", variable.default),
                ));
            }
            let variable_name = name.as_str();
            checks.push(quote! {
                const ALLOWED: &[&str] = &[#(#allowed),*];
                if !ALLOWED.contains(&#ident) {
                    return Err(BuildError::InvalidServerVariable {
                        variable: #variable_name,
                        value: #ident.to_owned(),
                        allowed: ALLOWED,
                    });
                }
            });
        }
        match variable.extensions.get(PLACEHOLDER) {
            None => {}
            Some(serde_json::Value::Bool(placeholder)) => placeholder_default |= placeholder,
            Some(_) => {
                return Err(spec.diagnostic(
                    &pointer_push(&pointer, PLACEHOLDER),
                    format!("`{PLACEHOLDER}` is `true` or `false`"),
                ));
            }
        }
        let mut doc = format!("- `{ident}` (default `{}`)", variable.default);
        if let Some(description) = &variable.description {
            doc.push_str(&format!(": {}", one_line(description)));
        }
        if !variable.enumeration.is_empty() {
            doc.push_str(&format!(" One of `{}`.", variable.enumeration.join("`, `")));
        }
        variable_docs.push(doc);
    }
    let shown = one_line(url);
    let variable_docs = variable_docs.join("\n");
    let (server_url, default_base_url) = if placeholder_default {
        (quote!(), None)
    } else {
        let doc = format!(
            "The API's server, from the spec: `{shown}`, with each variable at its default."
        );
        (
            quote! {
                #[doc = #doc]
                pub const SERVER_URL: &str = #with_defaults;
            },
            Some(with_defaults.clone()),
        )
    };
    let function = if checks.is_empty() {
        let doc = format!(
            "The API's server, from the spec: `{shown}`, with these variables:\n\n{variable_docs}"
        );
        quote! {
            #[doc = #doc]
            pub fn server_url(#(#params: &str),*) -> String {
                format!(#format_string)
            }
        }
    } else {
        let doc = format!(
            "The API's server, from the spec: `{shown}`, with these variables:\n\n{variable_docs}\n\n\
             A value a variable's `enum` does not list is refused."
        );
        quote! {
            #[doc = #doc]
            pub fn server_url(#(#params: &str),*) -> Result<String, BuildError> {
                #({ #checks })*
                Ok(format!(#format_string))
            }
        }
    };
    Ok((quote! { #server_url #function }, default_base_url))
}

/// The extension on a server variable that says its default is a
/// placeholder, no server of its own: the client has no default base URL,
/// and the caller chooses the value.
pub const PLACEHOLDER: &str = "x-placeholder";

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn variables_named_like_keywords_or_digits_are_arguments_and_twins_are_refused() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n\
                    servers:\n  - url: 'https://{type}.{1zone}.example'\n    \
                    variables: {type: {default: a}, 1zone: {default: b}}\npaths: {}\n";
        let spec = Spec::parse(Path::new("specs/demo.yaml"), text).unwrap();
        let (tokens, default) = server(&spec).unwrap();
        assert_eq!(default.as_deref(), Some("https://a.b.example"));
        let file: syn::File = syn::parse2(tokens).unwrap();
        let signature = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Fn(f) => Some(quote::ToTokens::to_token_stream(&f.sig).to_string()),
                _ => None,
            })
            .unwrap();
        assert!(signature.contains("type_ : & str"), "{signature}");

        let twins = text.replace("{1zone}", "{Type}").replace("1zone:", "Type:");
        let spec = Spec::parse(Path::new("specs/demo.yaml"), &twins).unwrap();
        let problem = server(&spec).unwrap_err();
        assert!(
            problem.message.contains("like another variable"),
            "{problem}"
        );
    }

    #[test]
    fn a_server_url_s_own_braces_are_text_to_format() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n\
                    servers:\n  - url: 'https://{region}.example/a}b{{c'\n    \
                    variables: {region: {default: eu}}\npaths: {}\n";
        let spec = Spec::parse(Path::new("specs/demo.yaml"), text).unwrap();
        let (tokens, default) = server(&spec).unwrap();
        assert_eq!(default.as_deref(), Some("https://eu.example/a}b{{c"));
        let file: syn::File = syn::parse2(tokens).unwrap();
        let function = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Fn(f) => Some(f),
                _ => None,
            })
            .expect("a server_url function");
        let format = function
            .block
            .stmts
            .iter()
            .find_map(|s| match s {
                syn::Stmt::Expr(syn::Expr::Macro(m), _) => {
                    Some(m.mac.parse_body::<syn::LitStr>().unwrap().value())
                }
                _ => None,
            })
            .expect("a format! call");
        assert_eq!(format, "https://{region}.example/a}}b{{{{c");
    }
}

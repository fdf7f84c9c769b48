//! The code that connects a generated `Client` to `client-runtime`, written
//! from the two parts of a spec that progenitor ignores: `servers` and
//! `securitySchemes`.

use heck::{ToSnakeCase, ToUpperCamelCase};
use openapiv3::{APIKeyLocation, ReferenceOr, SecurityRequirement, SecurityScheme};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use spec_model::refs::pointer_push;
use spec_model::spec::{Diagnostic, Spec};

use super::text::one_line;

/// The `ApiClient` impl, `Client::builder()`, the server URL (a constant, or
/// a function of the server's variables), and the JSON encoding of each type
/// in `json_header_types` for the header that carries it.
pub fn tokens(spec: &Spec, json_header_types: &[String]) -> Result<TokenStream, Diagnostic> {
    let api = &spec.api;
    let (server, default_base_url) = server(spec)?;
    let security = Security::of(spec)?;
    let bearer = security.bearer.tokens();
    let api_key = match &security.api_key {
        Some((header, requirement)) => {
            let requirement = requirement.tokens();
            quote!(Some((#header, #requirement)))
        }
        None => quote!(None),
    };
    let builder_doc = match &default_base_url {
        Some(_) => {
            "Starts building a client. The base URL defaults to [`SERVER_URL`]; \
                    credentials are set here, once, and sent with every request."
        }
        None => {
            "Starts building a client. Give it a base URL (see [`server_url`]) and \
                 the credentials, once; they are sent with every request."
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
                bearer_token: #bearer,
                api_key: #api_key,
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
    Security::of(spec).err()
}

/// The server item, and the default base URL when the server has no variables.
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
    let variables = declared.map(|v| v.keys().collect::<Vec<_>>());
    match variables.filter(|v| !v.is_empty()) {
        None => {
            let doc = format!("The API's server, from the spec: `{}`.", one_line(url));
            Ok((
                quote! {
                    #[doc = #doc]
                    pub const SERVER_URL: &str = #url;
                },
                Some(url.clone()),
            ))
        }
        Some(names) => {
            // The URL's own braces are text to `format!`; each variable's
            // `{name}` (escaped with the rest) becomes its argument.
            let mut format_string = url.replace('{', "{{").replace('}', "}}");
            let mut params = Vec::new();
            for name in names {
                let ident = format_ident!("{}", name.to_snake_case());
                let placeholder = format!("{{{{{name}}}}}");
                if !format_string.contains(&placeholder) {
                    return Err(spec.diagnostic(
                        &pointer_push("/servers/0/variables", name),
                        format!("server variable `{name}` does not appear in the URL: use it as `{{{name}}}`, or remove it"),
                    ));
                }
                format_string = format_string.replace(&placeholder, &format!("{{{ident}}}"));
                params.push(ident);
            }
            let doc = format!("The API's server, from the spec: `{}`.", one_line(url));
            Ok((
                quote! {
                    #[doc = #doc]
                    pub fn server_url(#(#params: &str),*) -> String {
                        format!(#format_string)
                    }
                },
                None,
            ))
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Requirement {
    Required,
    Optional,
    NotDeclared,
}

impl Requirement {
    fn tokens(self) -> TokenStream {
        match self {
            Self::Required => quote!(::client_runtime::Requirement::Required),
            Self::Optional => quote!(::client_runtime::Requirement::Optional),
            Self::NotDeclared => quote!(::client_runtime::Requirement::NotDeclared),
        }
    }
}

/// The credentials a spec declares, as the runtime supports them: at most a
/// bearer token and an API key in a header, for the whole API.
struct Security {
    bearer: Requirement,
    api_key: Option<(String, Requirement)>,
}

impl Security {
    fn of(spec: &Spec) -> Result<Security, Diagnostic> {
        let openapi = &spec.openapi;
        let alternatives: &[SecurityRequirement] = openapi.security.as_deref().unwrap_or(&[]);

        for (path, item) in &openapi.paths.paths {
            if let ReferenceOr::Item(item) = item {
                for (method, operation) in item.iter() {
                    if operation.security.is_some() {
                        let pointer = pointer_push(&pointer_push("/paths", path), method);
                        return Err(spec.diagnostic(
                            &format!("{pointer}/security"),
                            "security is declared for the whole API only: move it to the top-level `security`",
                        ));
                    }
                }
            }
        }

        let requirement = |scheme: &str| {
            let with = alternatives
                .iter()
                .filter(|a| a.contains_key(scheme))
                .count();
            if with == 0 {
                Requirement::NotDeclared
            } else if with == alternatives.len() {
                Requirement::Required
            } else {
                Requirement::Optional
            }
        };

        let mut security = Security {
            bearer: Requirement::NotDeclared,
            api_key: None,
        };
        let schemes = openapi.components.as_ref().map(|c| &c.security_schemes);
        for (name, scheme) in schemes.into_iter().flatten() {
            let pointer = pointer_push("/components/securitySchemes", name);
            let ReferenceOr::Item(scheme) = scheme else {
                return Err(
                    spec.diagnostic(&pointer, "write the security scheme here, not as a $ref")
                );
            };
            match scheme {
                SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                    if security.bearer != Requirement::NotDeclared {
                        return Err(
                            spec.diagnostic(&pointer, "only one bearer scheme is supported")
                        );
                    }
                    security.bearer = requirement(name);
                }
                SecurityScheme::APIKey {
                    location: APIKeyLocation::Header,
                    name: header,
                    ..
                } => {
                    if security.api_key.is_some() {
                        return Err(
                            spec.diagnostic(&pointer, "only one API key scheme is supported")
                        );
                    }
                    security.api_key = Some((header.to_ascii_lowercase(), requirement(name)));
                }
                _ => {
                    return Err(spec.diagnostic(
                        &pointer,
                        "the client sends `http` `bearer` tokens and `apiKey`s `in: header` only: use one of those",
                    ));
                }
            }
        }
        for alternative in alternatives {
            for name in alternative.keys() {
                if !schemes.is_some_and(|s| s.contains_key(name)) {
                    return Err(spec.diagnostic(
                        "/security",
                        format!("`{name}` is not in components/securitySchemes"),
                    ));
                }
            }
        }
        Ok(security)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn a_server_url_s_own_braces_are_text_to_format() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n\
                    servers:\n  - url: 'https://{region}.example/a}b{{c'\n    \
                    variables: {region: {default: eu}}\npaths: {}\n";
        let spec = Spec::parse(Path::new("specs/demo.yaml"), text).unwrap();
        let (tokens, _) = server(&spec).unwrap();
        let function: syn::ItemFn = syn::parse2(tokens).unwrap();
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

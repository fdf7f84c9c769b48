//! The mock companion crate `crates/<api>-mock/`: a typed
//! [httpmock](https://docs.rs/httpmock) server per API, so that a team that
//! calls the client can test its own code without the real API.
//!
//! progenitor can write httpmock wrappers itself, but its output does not
//! compile for array query parameters, puts path values into a regex
//! unescaped and not percent-encoded (so they never match what the client
//! sends), and only offers httpmock's blocking `mock()`, which panics inside
//! the async tests that an async client needs. So the wrappers are written
//! here, from the same two sources every other stage reads: the spec, and
//! the public surface of the client just generated.
//!
//! For each operation: `<Op>When`, whose methods match the typed parameters
//! exactly as the client sends them, and `<Op>Then`, whose methods answer
//! with a typed body per documented status and with each documented example
//! as it stands in the spec. `MockServerExt` adds one async method per
//! operation to `httpmock::MockServer`; the `Mock` it returns says how often
//! it was called.
//!
//! The spec's paths, parameter names, statuses and example names go into
//! the documentation as one line of text each ([`one_line`]), so that none
//! of them can open a block of Markdown there.

use heck::{ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use spec_model::examples::{self, Example, Message};
use spec_model::operation::MediaKind;
use spec_model::request::RequestBody;
use spec_model::security::SchemeKind;
use spec_model::spec::{Diagnostic, Spec};
use spec_model::surface::{Location, Operation, Surface};
use spec_model::walk::operations_in;
use spec_model::workspace::Api;

use super::passes::parameter_styles::{Kind, Styled, styled};
use super::refuse::Case;
use super::refuse::names::progenitor;
use super::responses::ResponseTypes;
use super::text::one_line;
use super::{Generated, header};
use spec_model::operation::{Body, Operation as Model, media_kind};

/// The mock crate's generated source, from the spec and the client's tree.
pub fn generate(api: &Api, spec: &Spec, client: &syn::File) -> Result<Generated, Diagnostic> {
    let surface = Surface::of_file(client)
        .map_err(|e| spec.file_diagnostic(format!("cannot read the generated code: {e}")))?;
    let lib = format_ident!("{}", api.lib_name());
    let documented = examples::of_operations(spec);
    let response_types = ResponseTypes::of(&spec.document);
    let styled = styled(&spec.document);
    let typed = |operation: &Operation, message: &Message| {
        response_types.message_type(&spec.document, operation, message)
    };

    let mut operations = Vec::new();
    let mut trait_methods = Vec::new();
    let mut trait_impls = Vec::new();
    let mut example_items = Vec::new();
    for at in operations_in(&spec.document) {
        let Some(operation_id) = at.operation_id() else {
            continue;
        };
        let Some(operation) = surface.operation_by_id(operation_id) else {
            return Err(spec.diagnostic(
                &at.pointer,
                format!("no generated operation `{operation_id}` to mock"),
            ));
        };
        // Examples of JSON bodies (by any name): the ones a type decodes.
        let own_examples: Vec<&Example> = documented
            .iter()
            .filter(|e| {
                e.operation_id == operation_id && media_kind(&e.media_type) == MediaKind::Json
            })
            .collect();
        let names = Names::of(operation);
        let located = |message: String| spec.diagnostic(&at.pointer, message);
        let body_kind = RequestBody::of(&spec.document, &at).map(|body| body.chosen().kind);
        let own_styled: Vec<&Styled> = styled
            .iter()
            .filter(|s| s.operation == progenitor(operation_id, Case::Snake))
            .collect();
        operations.push(
            when(&names, operation, body_kind, &own_styled, &api.lib_name()).map_err(located)?,
        );
        operations.push(
            then(
                &names,
                operation,
                &responses(at.operation, response_types.operation(operation_id)),
                &own_examples,
                &api.lib_name(),
                &typed,
            )
            .map_err(located)?,
        );
        for example in &own_examples {
            example_items.push(
                example_item(example, operation, &api.lib_name(), &typed)
                    .map_err(|message| spec.diagnostic(&example.pointer, message))?,
            );
        }

        let (method, when, then) = (&names.method, &names.when, &names.then);
        let doc = format!(
            "Mocks `{} {}` (`{}`): `config` receives the request matcher and the \
             response to give.",
            operation.http_method,
            one_line(&operation.path),
            one_line(operation_id)
        );
        trait_methods.push(quote! {
            #[doc = #doc]
            fn #method<F>(&self, config: F) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
            where
                F: FnOnce(operations::#when, operations::#then);
        });
        trait_impls.push(quote! {
            fn #method<F>(&self, config: F) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
            where
                F: FnOnce(operations::#when, operations::#then),
            {
                self.mock_async(move |when, then| {
                    config(operations::#when::new(when), operations::#then::new(then))
                })
            }
        });
    }

    // A token endpoint for each OAuth 2.0 client credentials flow, so that
    // a consumer tests code whose client renews its tokens.
    if let Ok(schemes) = spec_model::security::schemes(spec) {
        for scheme in schemes {
            let SchemeKind::OAuth2 {
                token_url: Some(token_url),
                ..
            } = &scheme.kind
            else {
                continue;
            };
            let path = url::Url::parse(token_url)
                .map(|u| u.path().to_owned())
                .unwrap_or_else(|_| "/".to_owned());
            let method = format_ident!("{}_token", progenitor(&scheme.name, Case::Snake));
            let doc = format!(
                "Serves the token endpoint of the `{}` scheme's client credentials flow: a \
                 `POST` to `{path}` (the path of `{}`) asking `grant_type=client_credentials` \
                 is answered with `access_token`, valid for `expires_in` seconds. Point the \
                 client at it with `token_source(ClientCredentials::new(server.url(\"{path}\"), \
                 id, secret))`.",
                one_line(&scheme.name),
                one_line(token_url)
            );
            trait_methods.push(quote! {
                #[doc = #doc]
                fn #method(&self, access_token: &str, expires_in: u64) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>;
            });
            trait_impls.push(quote! {
                fn #method(&self, access_token: &str, expires_in: u64) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>> {
                    let body = ::serde_json::json!({
                        "access_token": access_token,
                        "token_type": "Bearer",
                        "expires_in": expires_in,
                    });
                    self.mock_async(move |when, then| {
                        when.method(::httpmock::Method::POST)
                            .path(#path)
                            .body_includes("grant_type=client_credentials");
                        then.status(200u16).json_body(body);
                    })
                }
            });
        }
    }

    let tokens = quote! {
        #![allow(clippy::all)]
        #![warn(missing_docs)]

        /// Request matchers and responses, one pair per operation.
        pub mod operations {
            #[allow(unused_imports)]
            use ::#lib::types;
            #(#operations)*
        }

        /// Every documented example of the spec, as the spec writes it and
        /// decoded into its type.
        pub mod examples {
            #(#example_items)*
        }

        /// One method per operation on [`httpmock::MockServer`]: each
        /// registers a mock for that operation (start the server with
        /// `MockServer::start_async()`).
        pub trait MockServerExt {
            #(#trait_methods)*
        }

        impl MockServerExt for ::httpmock::MockServer {
            #(#trait_impls)*
        }
    };
    let tree: syn::File = syn::parse2(tokens)
        .map_err(|e| spec.file_diagnostic(format!("the mock code does not parse: {e}")))?;
    let text = format!("{}{}", header(&spec.path), prettyplease::unparse(&tree));
    Ok(Generated { tree, text })
}

/// The type a message of an operation decodes into (see
/// [`ResponseTypes::message_type`]).
type MessageType<'a> =
    dyn Fn(&Operation, &Message) -> Result<Option<spec_model::surface::RustType>, String> + 'a;

/// The Rust names of one operation's mock.
struct Names {
    method: syn::Ident,
    when: syn::Ident,
    then: syn::Ident,
}

impl Names {
    /// The client's own names for the operation, so the mock's match them.
    fn of(operation: &Operation) -> Names {
        let builder = operation.builder.trim_start_matches('_');
        Names {
            method: format_ident!("{}", operation.method),
            when: format_ident!("{builder}When"),
            then: format_ident!("{builder}Then"),
        }
    }
}

/// A type of the client crate, as the mock crate names it.
fn client_type(ty: &spec_model::surface::RustType, lib: &str) -> Result<syn::Type, String> {
    syn::parse_str(&ty.from_crate(lib)).map_err(|e| format!("`{}` is not a type: {e}", ty.tokens))
}

/// `<Op>When`: the method and path, and a matcher per parameter.
/// `body_kind` is what the request body the client types is (see
/// [`RequestBody::chosen`]): a JSON or form body is matched by its value as
/// JSON, as before; text by the text itself; bytes and multipart bodies get
/// no typed matcher (httpmock's own, through `into_inner()`, can match
/// them). `styled` are the parameters the client writes in their style,
/// which the matchers write the same way.
fn when(
    names: &Names,
    operation: &Operation,
    body_kind: Option<MediaKind>,
    styled: &[&Styled],
    lib: &str,
) -> Result<TokenStream, String> {
    let when = &names.when;
    let method = format_ident!("{}", operation.http_method.to_uppercase());
    let any_path = path_regex(&operation.path, None);
    let mut methods = Vec::new();
    for param in &operation.params {
        let name = format_ident!("{}", param.name);
        // `type_` (a keyword's setter) gives `type_missing`, not `type__missing`.
        let missing = format_ident!("{}_missing", param.name.trim_end_matches('_'));
        let wire = &param.wire;
        let ty = client_type(&param.ty, lib)?;
        let failed = format!(
            "the value given to `{}` is not a valid `{}`",
            param.name, param.ty.short
        );
        // A repeated parameter is matched by one value or many, as the
        // client's setter takes it.
        let element = match &ty {
            syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Vec") => {
                match &p.path.segments.last().map(|s| &s.arguments) {
                    Some(syn::PathArguments::AngleBracketed(args)) => match args.args.first() {
                        Some(syn::GenericArgument::Type(element)) => Some(element.clone()),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        };
        let (bound, convert) = match &element {
            Some(element) => (
                quote!(::client_runtime::OneOrMany<#element>),
                quote! {
                    let value: #ty = ::client_runtime::OneOrMany::into_vec(value);
                },
            ),
            None => (
                quote!(::std::convert::TryInto<#ty>),
                quote! {
                    let value: #ty = value.try_into().unwrap_or_else(|_| panic!(#failed));
                },
            ),
        };
        let doc = format!(
            "Matches requests whose `{}` is this value, as the client sends it.",
            one_line(wire)
        );
        let location = match param.location {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
        };
        let style = styled
            .iter()
            .find(|s| s.location == location && s.name.eq_ignore_ascii_case(&param.wire));
        // A parameter with a style of its own is matched as the client
        // writes it: with the same `wire::Parameter`.
        let written = style.map(|s| {
            let parameter = s.wire();
            quote!((#parameter).serialize(&value).unwrap_or_default())
        });
        let matcher = match (param.location, written) {
            (Location::Path, Some(written)) => {
                let pattern = path_regex(&operation.path, Some(wire));
                quote! {
                    let segment = ::regex::escape(&#written);
                    let pattern = format!(#pattern, segment);
                    Self(self.0.path_matches(::regex::Regex::new(&pattern).expect("an escaped path is a regex")))
                }
            }
            (Location::Query, Some(written)) => quote! {
                Self(
                    ::client_runtime::wire::query_pairs(&#written)
                        .into_iter()
                        .fold(self.0, |when, (name, value)| when.query_param(name, value)),
                )
            },
            (Location::Header, Some(written)) => quote! {
                Self(self.0.header(#wire, #written))
            },
            (Location::Path, None) => {
                let pattern = path_regex(&operation.path, Some(wire));
                quote! {
                    let segment = ::regex::escape(&::progenitor_client::encode_path(&value.to_string()));
                    let pattern = format!(#pattern, segment);
                    Self(self.0.path_matches(::regex::Regex::new(&pattern).expect("an escaped path is a regex")))
                }
            }
            (Location::Query, None) => quote! {
                Self(
                    ::client_runtime::wire::query_values(&value)
                        .into_iter()
                        .fold(self.0, |when, value| when.query_param(#wire, value)),
                )
            },
            (Location::Header, None) => quote! {
                Self(self.0.header(#wire, value.to_string()))
            },
        };
        methods.push(quote! {
            #[doc = #doc]
            pub fn #name<V>(self, value: V) -> Self
            where
                V: #bound,
            {
                #convert
                #matcher
            }
        });
        // An object whose fields are keys of their own (`role=admin`,
        // `id[role]=admin`) is not absent by its name: no matcher says so.
        let own_keys =
            style.is_some_and(|s| s.kind == Kind::Object && (s.style == "deepObject" || s.explode));
        let absent_by_name = !(param.location == Location::Query && own_keys);
        if !param.required && absent_by_name {
            let doc = format!("Matches requests that carry no `{}`.", one_line(wire));
            let absent = match param.location {
                Location::Query => quote!(Self(self.0.query_param_missing(#wire))),
                _ => quote!(Self(self.0.header_missing(#wire))),
            };
            methods.push(quote! {
                #[doc = #doc]
                pub fn #missing(self) -> Self {
                    #absent
                }
            });
        }
    }
    match (&operation.body, body_kind) {
        (Some(body), Some(MediaKind::Json | MediaKind::Form)) => {
            let ty = client_type(body, lib)?;
            methods.push(quote! {
                /// Matches requests whose JSON body equals this value.
                pub fn body(self, value: &#ty) -> Self {
                    Self(self.0.json_body_obj(value))
                }
            });
        }
        (Some(_), Some(MediaKind::Text)) => methods.push(quote! {
            /// Matches requests whose text body is exactly this.
            pub fn body(self, value: &str) -> Self {
                Self(self.0.body(value))
            }
        }),
        _ => {}
    }
    let doc = format!(
        "Matches `{} {}`; each method narrows the match to one parameter's value.",
        operation.http_method,
        one_line(&operation.path)
    );
    Ok(quote! {
        #[doc = #doc]
        pub struct #when(::httpmock::When);

        impl #when {
            /// Wraps httpmock's matcher, set to this operation's method and path.
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::#method)
                        .path_matches(::regex::Regex::new(#any_path).expect("the path template is a regex")),
                )
            }

            /// httpmock's own matcher, for anything the typed methods do not say.
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }

            #(#methods)*
        }
    })
}

/// The regex that matches an operation's path as the client sends it: each
/// `{parameter}` one non-empty segment, except `fixed`, which becomes a
/// `{}` for `format!` to fill with the escaped value.
fn path_regex(template: &str, fixed: Option<&str>) -> String {
    let mut pattern = String::from("^");
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        pattern.push_str(&regex_escape(&rest[..open]));
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        pattern.push_str(if Some(name) == fixed { "{}" } else { "[^/]+" });
        rest = &rest[open + close + 1..];
    }
    pattern.push_str(&regex_escape(rest));
    pattern.push('$');
    if fixed.is_some() {
        // Literal braces from escaping stay literal through `format!`.
        pattern = pattern.replace("\\{", "\\{{").replace("\\}", "\\}}");
    }
    pattern
}

/// Text as a regex that matches exactly it.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An operation's documented statuses, in the order of their keys, each with the
/// body its answer carries (as the operation model reads it), if any.
fn responses(operation: &Value, model: Option<&Model>) -> Vec<(String, Option<Body>)> {
    operation
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(status, _)| {
            let body = model
                .and_then(|m| m.responses.iter().find(|r| r.key == *status))
                .and_then(|r| r.body.clone());
            (status.clone(), body)
        })
        .collect()
}

/// The mock's first operation with a documented answer that takes no
/// argument, and that answer's `Then` method: what a README's example uses.
pub fn first_ready_answer(spec: &Spec) -> Option<(String, String)> {
    examples::of_operations(spec)
        .into_iter()
        .filter(|example| media_kind(&example.media_type) == MediaKind::Json)
        .find_map(|example| {
            let Message::Response(status) = &example.message else {
                return None;
            };
            let (name, takes_status) = status_method(status);
            if takes_status || status.parse::<u16>().is_err() {
                return None;
            }
            let answer = match &example.name {
                Some(label) => format!("{name}_example_{}", label.to_snake_case()),
                None => format!("{name}_example"),
            };
            Some((example.operation_id.to_snake_case(), answer))
        })
}

/// The name of the `Then` method for a status, and whether it takes the
/// status as an argument (a range or `default`).
fn status_method(status: &str) -> (String, bool) {
    let named = match status {
        "200" => "ok",
        "201" => "created",
        "202" => "accepted",
        "204" => "no_content",
        "400" => "bad_request",
        "401" => "unauthorized",
        "403" => "forbidden",
        "404" => "not_found",
        "405" => "method_not_allowed",
        "409" => "conflict",
        "410" => "gone",
        "412" => "precondition_failed",
        "422" => "unprocessable_entity",
        "429" => "too_many_requests",
        "500" => "internal_server_error",
        "502" => "bad_gateway",
        "503" => "service_unavailable",
        "504" => "gateway_timeout",
        "2XX" => return ("success".to_owned(), true),
        "4XX" => return ("client_error".to_owned(), true),
        "5XX" => return ("server_error".to_owned(), true),
        "default" => return ("default_response".to_owned(), true),
        other => return (format!("status_{other}"), false),
    };
    (named.to_owned(), false)
}

/// `<Op>Then`: a typed answer per documented status, and each documented
/// example as a ready answer.
fn then(
    names: &Names,
    operation: &Operation,
    statuses: &[(String, Option<Body>)],
    own_examples: &[&Example],
    lib: &str,
    typed: &MessageType<'_>,
) -> Result<TokenStream, String> {
    let then = &names.then;
    let mut methods = Vec::new();
    for (status, body) in statuses {
        let (name, takes_status) = status_method(status);
        let method = format_ident!("{name}");
        let message = Message::Response(status.clone());
        let code = status.parse::<u16>().ok();
        let set_status = match code {
            Some(code) if !takes_status => quote!(#code),
            _ => quote!(status),
        };
        let status_arg = if takes_status || code.is_none() {
            quote!(status: u16,)
        } else {
            quote!()
        };
        if let Some(body) = body {
            // A wildcard is no type to answer with.
            let media = if body.media_type.contains('*') {
                "application/octet-stream"
            } else {
                body.media_type.as_str()
            };
            let answer = match body.kind {
                MediaKind::Json => {
                    let ty = typed(operation, &message)?
                        .ok_or_else(|| format!("no type for status {status}"))?;
                    let ty = client_type(&ty, lib)?;
                    let doc = format!("Answers {} with this body, as JSON.", one_line(status));
                    quote! {
                        #[doc = #doc]
                        pub fn #method(self, #status_arg value: &#ty) -> Self {
                            Self(
                                self.0
                                    .status(#set_status)
                                    .header("content-type", #media)
                                    .json_body_obj(value),
                            )
                        }
                    }
                }
                MediaKind::Text => {
                    let doc = format!("Answers {} with this text.", one_line(status));
                    quote! {
                        #[doc = #doc]
                        pub fn #method(self, #status_arg value: &str) -> Self {
                            Self(self.0.status(#set_status).header("content-type", #media).body(value))
                        }
                    }
                }
                _ => {
                    let doc = format!("Answers {} with these bytes.", one_line(status));
                    quote! {
                        #[doc = #doc]
                        pub fn #method(self, #status_arg value: &[u8]) -> Self {
                            Self(self.0.status(#set_status).header("content-type", #media).body(value))
                        }
                    }
                }
            };
            methods.push(answer);
        } else {
            let doc = format!("Answers {}, with no body.", one_line(status));
            methods.push(quote! {
                #[doc = #doc]
                pub fn #method(self, #status_arg) -> Self {
                    Self(self.0.status(#set_status))
                }
            });
        }
        for example in own_examples.iter().filter(|e| e.message == message) {
            let media = example.media_type.as_str();
            let example_method = match &example.name {
                Some(label) => format_ident!("{name}_example_{}", label.to_snake_case()),
                None => format_ident!("{name}_example"),
            };
            let constant = example_const(example);
            let doc = format!(
                "Answers {} with the spec's example `{}`, exactly as the spec writes it.",
                one_line(status),
                one_line(&example.label())
            );
            methods.push(quote! {
                #[doc = #doc]
                pub fn #example_method(self, #status_arg) -> Self {
                    Self(
                        self.0
                            .status(#set_status)
                            .header("content-type", #media)
                            .body(super::examples::#constant),
                    )
                }
            });
        }
    }
    let doc = format!(
        "The answer to `{} {}`: one method per documented status and example.",
        operation.http_method,
        one_line(&operation.path)
    );
    Ok(quote! {
        #[doc = #doc]
        pub struct #then(::httpmock::Then);

        impl #then {
            /// Wraps httpmock's response builder.
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }

            /// httpmock's own response builder, for an answer the spec does
            /// not document (a gateway's error page, a delay).
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }

            /// Answers the first `calls` calls that match, then no more: the
            /// mock registered next for the same request answers the calls
            /// after (mocks answer in the order they were registered), so
            /// a first call can get a 503 and the next a 200. How many
            /// calls each answered is its `Mock`'s `calls_async()`.
            pub fn times(self, calls: usize) -> Self {
                Self(self.0.up_to_n_times(calls))
            }

            #(#methods)*
        }
    })
}

/// The constant that holds an example's JSON.
fn example_const(example: &Example) -> syn::Ident {
    format_ident!("{}", example_name(example).to_shouty_snake_case())
}

/// `get_order_response_200_order`: the operation, the message and the
/// example's name.
fn example_name(example: &Example) -> String {
    let message = match &example.message {
        Message::Request => "request".to_owned(),
        Message::Response(status) => format!("response_{status}"),
    };
    let mut name = format!("{}_{message}", example.operation_id.to_snake_case());
    if let Some(label) = &example.name {
        name.push('_');
        name.push_str(&label.to_snake_case());
    }
    name
}

/// A raw string literal (`r#"..."#`) holding `text`, so that the JSON reads
/// in the generated file as it does in the spec.
fn raw_string(text: &str) -> proc_macro2::Literal {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
        .parse()
        .expect("a raw string literal")
}

/// An example's constant (its JSON, as the spec writes it) and a function
/// that decodes it.
fn example_item(
    example: &Example,
    operation: &Operation,
    lib: &str,
    typed: &MessageType<'_>,
) -> Result<TokenStream, String> {
    let constant = example_const(example);
    let function = format_ident!("{}", example_name(example).to_snake_case());
    let json = raw_string(&serde_json::to_string_pretty(&example.value).unwrap_or_default());
    let ty = typed(operation, &example.message)?
        .ok_or("a request example, but the operation takes no body")?;
    let ty = client_type(&ty, lib)?;
    let label = one_line(&example.label());
    let const_doc = format!("The example `{label}`, as JSON.");
    let fn_doc =
        format!("The example `{label}`, decoded (the example tests prove that it decodes).");
    Ok(quote! {
        #[doc = #const_doc]
        pub const #constant: &str = #json;

        #[doc = #fn_doc]
        pub fn #function() -> #ty {
            ::serde_json::from_str(#constant).expect("a documented example decodes into its type")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `impl <Op>When` block of the mock, as text.
    fn when_impl<'a>(mock: &'a str, operation: &str) -> &'a str {
        let start = mock
            .find(&format!("impl {operation}When {{"))
            .unwrap_or_else(|| panic!("no {operation}When"));
        // Up to the next item at the same depth.
        let end = mock[start..]
            .find("\n    }\n")
            .map_or(mock.len(), |e| start + e);
        &mock[start..end]
    }

    #[test]
    fn request_bodies_are_matched_as_json_as_text_or_not_at_all() {
        let path = std::path::Path::new("codegen-corpus/cases/requests-by-media-type.yaml");
        let text = std::fs::read_to_string(path).unwrap();
        let spec = Spec::parse(path, &text).unwrap();
        let client = crate::codegen::generate(&spec).unwrap();
        let api = Api {
            name: "requests-by-media-type".into(),
        };
        let mock = generate(&api, &spec, &client.tree).unwrap().text;
        syn::parse_file(&mock).expect("the mock parses");
        for json in ["PatchThing", "CreateApiThing", "AddThing", "SubmitForm"] {
            assert!(when_impl(&mock, json).contains("json_body_obj"), "{json}");
        }
        for text in ["ImportCsv", "AddNote"] {
            assert!(
                when_impl(&mock, text).contains("pub fn body(self, value: &str)"),
                "{text}"
            );
        }
        for untyped in [
            "PutBlob",
            "PutReport",
            "PutImage",
            "PutXml",
            "UploadDocument",
        ] {
            assert!(!when_impl(&mock, untyped).contains("fn body"), "{untyped}");
        }
    }

    #[test]
    fn path_regexes_escape_literals_and_fix_one_segment() {
        assert_eq!(
            path_regex("/v3/customers/{customer-id}/orders/{order-id}", None),
            "^/v3/customers/[^/]+/orders/[^/]+$"
        );
        assert_eq!(
            path_regex(
                "/v3/customers/{customer-id}/orders/{order-id}",
                Some("order-id")
            ),
            "^/v3/customers/[^/]+/orders/{}$"
        );
        assert_eq!(path_regex("/a.b/{x}", Some("x")), "^/a\\.b/{}$");
    }

    /// A styled parameter's matcher writes the value with the very
    /// `wire::Parameter` the client's `send` writes it with: the mock
    /// matches what the client sends by construction.
    #[test]
    fn styled_parameters_are_matched_with_the_clients_own_serializer() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("codegen-corpus/cases/parameter-styles.yaml");
        let spec = Spec::from_bytes(&path, &std::fs::read(&path).unwrap()).unwrap();
        let client = crate::codegen::generate(&spec).unwrap();
        let api = Api {
            name: "parameter-styles".into(),
        };
        let mock = generate(&api, &spec, &client.tree).unwrap();
        let tight = |text: &str| text.split_whitespace().collect::<String>();
        let (client, mock) = (tight(&client.text), tight(&mock.text));
        let all = styled(&spec.document);
        assert_eq!(all.len(), 19);
        for parameter in &all {
            let wire = tight(&parameter.wire().to_string());
            assert!(client.contains(&wire), "client: {wire}");
            assert!(mock.contains(&wire), "mock: {wire}");
        }
        // Only `queryFormArray`, which progenitor sends itself, is matched
        // by its values; every styled query by the pairs it is written as.
        assert_eq!(mock.matches("wire::query_values(").count(), 1);
        assert_eq!(mock.matches("wire::query_pairs(").count(), 6);
    }

    #[test]
    fn statuses_name_their_then_methods() {
        assert_eq!(status_method("200"), ("ok".to_owned(), false));
        assert_eq!(status_method("4XX"), ("client_error".to_owned(), true));
        assert_eq!(status_method("418"), ("status_418".to_owned(), false));
    }
}

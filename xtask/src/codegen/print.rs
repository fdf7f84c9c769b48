//! Prints a generated tree as the text of its file. prettyplease prints
//! everything but the arguments of a macro call, which it writes as a run
//! of tokens, wrapped where the line is full: for a model's builder
//! (`model_builder! { .. }`, `spec_model::model_builder`), whose arguments
//! are a field and its setter's docs per line, that text would be the one
//! part of the file a reviewer could not read. So each such call's
//! arguments are printed here, a field to a line below its docs, and each
//! piece (docs, a type, a default value) by prettyplease itself, so that
//! doc text from a spec stays doc text as it does everywhere else.

use quote::{format_ident, quote};
use spec_model::model_builder::{Call, Start, builder_name};

/// The text of `tree`, each braced `model_builder!` call's arguments
/// printed a field to a line. `tree` is left as it was.
pub fn unparse(tree: &mut syn::File) -> Result<String, String> {
    let mut calls = Vec::new();
    for item in &mut tree.items {
        take_calls(item, &mut calls);
    }
    let text = prettyplease::unparse(tree);
    // Every call's arguments go back before anything can fail.
    let mut printed = Vec::with_capacity(calls.len());
    let mut calls = calls.into_iter().peekable();
    for item in &mut tree.items {
        put_back(item, &mut calls, &mut printed);
    }
    if printed.is_empty() {
        return Ok(text);
    }
    let printed = printed
        .into_iter()
        .collect::<Option<Vec<Call>>>()
        .ok_or("printing the generated code: a model builder's call does not parse")?;
    let mut out = String::with_capacity(text.len() + printed.len() * 512);
    let mut next = 0;
    // A placeholder is the one line of its call's braces (a line of doc
    // text could read the same, but not right after a call's first line).
    let mut after_call = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        match printed.get(next) {
            Some(call) if after_call && placeholder(next) == trimmed => {
                let indent = &line[..line.len() - line.trim_start().len()];
                print_call(call, indent, &mut out)?;
                next += 1;
            }
            _ => out.push_str(line),
        }
        after_call = trimmed.ends_with("model_builder! {");
    }
    if next != printed.len() {
        return Err(format!(
            "printing the generated code: {} of {} model builders were not found in the printed text",
            printed.len() - next,
            printed.len()
        ));
    }
    Ok(out)
}

/// Swaps each braced `model_builder!` call's arguments in `item` for a
/// placeholder, keeping them in `calls` in the order printed.
fn take_calls(item: &mut syn::Item, calls: &mut Vec<(syn::Ident, proc_macro2::TokenStream)>) {
    match item {
        syn::Item::Mod(module) => {
            for inner in module.content.iter_mut().flat_map(|(_, items)| items) {
                take_calls(inner, calls);
            }
        }
        syn::Item::Macro(call) if builder_name(&call.mac).is_some() => {
            let placeholder = placeholder(calls.len());
            let tokens = std::mem::replace(&mut call.mac.tokens, quote!(#placeholder));
            calls.push((placeholder, tokens));
        }
        _ => {}
    }
}

/// Puts back what [`take_calls`] took, in the same order, and keeps each
/// call's arguments for printing (none for one that does not parse).
fn put_back(
    item: &mut syn::Item,
    calls: &mut std::iter::Peekable<impl Iterator<Item = (syn::Ident, proc_macro2::TokenStream)>>,
    printed: &mut Vec<Option<Call>>,
) {
    match item {
        syn::Item::Mod(module) => {
            for inner in module.content.iter_mut().flat_map(|(_, items)| items) {
                put_back(inner, calls, printed);
            }
        }
        syn::Item::Macro(call) => {
            let is_next = calls
                .peek()
                .is_some_and(|(placeholder, _)| *placeholder == call.mac.tokens.to_string());
            if is_next && let Some((_, tokens)) = calls.next() {
                call.mac.tokens = tokens;
                printed.push(Call::of(&call.mac));
            }
        }
        _ => {}
    }
}

fn placeholder(index: usize) -> syn::Ident {
    format_ident!("__model_builder_arguments_{index}")
}

/// Writes the arguments of `call`, each line after `indent` and one more
/// level.
fn print_call(call: &Call, indent: &str, out: &mut String) -> Result<(), String> {
    let inner = format!("{indent}    ");
    let Call {
        attrs,
        builder,
        model,
        error,
        fields,
    } = call;
    let header: syn::File = syn::parse_quote! {
        #(#attrs)*
        struct __Builder;
    };
    let (docs, _) = docs_and_rest(&prettyplease::unparse(&header), "struct __Builder;")?;
    indented(&docs, indent, out);
    // The header stays on one line, however long the model's name: the
    // macro's arm reads `Name => Model, Error {`.
    let (model, error) = (one_line(model)?, one_line(error)?);
    out.push_str(&format!("{indent}{builder} => {model}, {error} {{\n"));
    for field in fields {
        let docs = &field.docs;
        let ty = &field.ty;
        let printed: syn::File = syn::parse_quote! {
            #(#docs)*
            type __Field = #ty;
        };
        let (docs, ty) = docs_and_rest(&prettyplease::unparse(&printed), "type __Field = ")?;
        indented(&docs, &inner, out);
        let start = match &field.start {
            Start::Unset => String::new(),
            Start::Required => " required".to_owned(),
            Start::Default(expr) => {
                let printed: syn::File = syn::parse_quote!(const _: () = #expr;);
                let (_, value) = docs_and_rest(&prettyplease::unparse(&printed), "const _: () = ")?;
                format!(" default({})", value.trim_end_matches(';'))
            }
        };
        let line = format!(
            "{}: {}({}){start},",
            field.name,
            field.kind.keyword(),
            ty.trim_end_matches(';')
        );
        indented(&line, &inner, out);
    }
    out.push_str(&format!("{indent}}}\n"));
    Ok(())
}

/// A type as prettyplease prints it, on one line.
fn one_line(ty: &syn::Type) -> Result<String, String> {
    let printed: syn::File = syn::parse_quote!(type __T = #ty;);
    let (_, text) = docs_and_rest(&prettyplease::unparse(&printed), "type __T = ")?;
    let text = text.trim_end_matches(';');
    Ok(text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(", >", ">")
        .replace("< ", "<"))
}

/// Splits prettyplease's text of one item after its docs into the docs and
/// the rest from `start` on, which is the last line that begins with it (a
/// line of a doc comment may read the same, but comes before).
fn docs_and_rest(text: &str, start: &str) -> Result<(String, String), String> {
    let at = text
        .rmatch_indices('\n')
        .map(|(i, _)| i + 1)
        .chain([0])
        .find(|&i| text[i..].starts_with(start))
        .ok_or_else(|| format!("printing the generated code: no `{start}` in {text:?}"))?;
    let docs = text[..at].trim_end_matches('\n').to_owned();
    let rest = text[at + start.len()..].trim_end().to_owned();
    Ok((docs, rest))
}

/// `text`, doc attributes as prettyplease prints them, with `indent` before
/// each line that starts one; the lines inside a block comment are doc
/// text, left as they are. A block comment nests (`/** a /* b */ c */`)
/// and ends where its depth returns to none.
fn indented(text: &str, indent: &str, out: &mut String) {
    if text.is_empty() {
        return;
    }
    let mut depth = 0usize;
    for line in text.lines() {
        let rest = if depth == 0 {
            if !line.is_empty() {
                out.push_str(indent);
            }
            // Only a block comment spans lines: a `///` line and a
            // `#[doc = "..."]` (its text escaped) end where they are.
            match line.strip_prefix("/**") {
                Some(rest) => {
                    depth = 1;
                    rest
                }
                None => "",
            }
        } else {
            line
        };
        let bytes = rest.as_bytes();
        let mut at = 0;
        while depth > 0 && at + 1 < bytes.len() {
            match (bytes[at], bytes[at + 1]) {
                (b'/', b'*') => {
                    depth += 1;
                    at += 2;
                }
                (b'*', b'/') => {
                    depth -= 1;
                    at += 2;
                }
                _ => at += 1,
            }
        }
        out.push_str(line);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call_file() -> syn::File {
        syn::parse_quote! {
            pub mod types {
                pub mod builder {
                    #[cfg(feature = "orders")]
                    ::client_runtime::model_builder! {
                        #[doc = "Builds a [`super::Order`] field by field."]
                        Order => super::Order, super::error::ConversionError {
                            #[doc = "The property `id`, required.\n\nThe order's id.\n*/ still doc text"]
                            id: value(String) required,
                            #[doc = "/ a slash first"]
                            lines: list(super::Line),
                            note: optional(String),
                            totals: value(::std::collections::BTreeMap<::std::string::String, ::std::vec::Vec<super::SomeVeryLongTypeNameThatGoesOnAndOnAndOn>>),
                            status: value(String) default(super::defaults::order_status()),
                        }
                    }
                    pub struct Other;
                }
            }
        }
    }

    #[test]
    fn a_call_prints_a_field_to_a_line_and_parses_back_to_the_same_call() {
        let mut tree = call_file();
        let before = quote::ToTokens::to_token_stream(&tree).to_string();
        let text = unparse(&mut tree).unwrap();
        // The tree is as it was.
        assert_eq!(quote::ToTokens::to_token_stream(&tree).to_string(), before);
        assert!(
            text.contains("            id: value(String) required,\n"),
            "{text}"
        );
        assert!(
            text.contains("            note: optional(String),\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "            status: value(String) default(super::defaults::order_status()),\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("        Order => super::Order, super::error::ConversionError {\n"),
            "{text}"
        );
        // What is printed reads back as the same call, docs and all (as
        // readers compare it: a type wrapped over lines ends in a comma).
        let mut again = syn::parse_file(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        spec_model::spelling::expand(&mut again);
        let call = |file: &syn::File| {
            let syn::Item::Mod(types) = &file.items[0] else {
                panic!()
            };
            let syn::Item::Mod(builder) = &types.content.as_ref().unwrap().1[0] else {
                panic!()
            };
            let syn::Item::Macro(mac) = &builder.content.as_ref().unwrap().1[0] else {
                panic!()
            };
            let call = Call::of(&mac.mac).unwrap();
            let docs: Vec<String> = call
                .fields
                .iter()
                .flat_map(|f| &f.docs)
                .chain(&call.attrs)
                .map(|a| match &a.meta {
                    syn::Meta::NameValue(nv) => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => s.value(),
                        _ => panic!(),
                    },
                    _ => panic!(),
                })
                .collect();
            let fields: Vec<String> = call
                .fields
                .iter()
                .map(|f| {
                    let mut f = f.clone();
                    f.docs.clear();
                    quote::ToTokens::to_token_stream(&f).to_string()
                })
                .collect();
            (docs, fields, mac.attrs.len())
        };
        let mut original = call_file();
        spec_model::spelling::expand(&mut original);
        assert_eq!(call(&again), call(&original), "{text}");
    }

    #[test]
    fn a_long_name_nested_comments_and_a_placeholder_in_docs_print_as_written() {
        let doc = "Line one.\nSyntax: /* a comment */\nMore text.\n__model_builder_arguments_0";
        let mut tree: syn::File = syn::parse_quote! {
            mod builder {
                ::client_runtime::model_builder! {
                    #[doc = #doc]
                    ListSubscriptionsResponseItemsItemWithAVeryLongName => super::ListSubscriptionsResponseItemsItemWithAVeryLongName, super::error::ConversionError {
                        #[doc = #doc]
                        id: value(String) required,
                    }
                }
            }
        };
        let text = unparse(&mut tree).unwrap();
        assert!(
            text.contains("    ListSubscriptionsResponseItemsItemWithAVeryLongName => super::ListSubscriptionsResponseItemsItemWithAVeryLongName, super::error::ConversionError {\n"),
            "{text}"
        );
        // The text after a nested comment is not indented into the doc.
        assert!(text.contains("\nMore text.\n"), "{text}");
        let again = syn::parse_file(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let syn::Item::Mod(module) = &again.items[0] else {
            panic!("{text}")
        };
        let syn::Item::Macro(mac) = &module.content.as_ref().unwrap().1[0] else {
            panic!("{text}")
        };
        let call = Call::of(&mac.mac).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(spec_model::surface::doc_text(&call.attrs), doc);
        assert_eq!(spec_model::surface::doc_text(&call.fields[0].docs), doc);
    }

    #[test]
    fn a_file_without_calls_prints_as_prettyplease_does() {
        let mut tree: syn::File = syn::parse_quote! {
            pub struct S;
            other! { a b c }
        };
        assert_eq!(unparse(&mut tree).unwrap(), prettyplease::unparse(&tree));
    }
}

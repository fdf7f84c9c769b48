//! No request carries a header its spec does not declare.

use spec_model::spec::Spec;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Stmt};

/// Strips the header; see [`strip_api_version_header`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    strip_api_version_header(file)
}

/// progenitor sends `api-version: <info.version>` with every request, a header
/// no spec here declares. The statement that adds it goes; so does the `mut`
/// on a header map that nothing else is added to anywhere in its function
/// (an optional header is added inside an `if let`).
fn strip_api_version_header(file: &mut syn::File) -> Result<(), String> {
    struct Strip {
        removed: usize,
        operations: usize,
    }
    impl VisitMut for Strip {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block
                .stmts
                .retain(|stmt| header_append(stmt).is_none_or(|name| name != "api-version"));
            self.removed += before - block.stmts.len();
            visit_mut::visit_block_mut(self, block);
        }
        fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
            if f.sig.ident == "send" && f.sig.asyncness.is_some() {
                self.operations += 1;
            }
            let removed = self.removed;
            visit_mut::visit_impl_item_fn_mut(self, f);
            if self.removed > removed && !appends_any_header(&f.block) {
                for stmt in &mut f.block.stmts {
                    if let Stmt::Local(local) = stmt
                        && let syn::Pat::Ident(binding) = &mut local.pat
                        && binding.ident == "header_map"
                    {
                        binding.mutability = None;
                    }
                }
            }
        }
    }
    let mut strip = Strip {
        removed: 0,
        operations: 0,
    };
    strip.visit_file_mut(file);
    if strip.removed != strip.operations {
        return Err(format!(
            "expected to remove one `api-version` header per operation ({}), removed {}: \
             has progenitor's output changed?",
            strip.operations, strip.removed
        ));
    }
    Ok(())
}

/// Whether any statement in `block`, at any depth, adds to `header_map`.
fn appends_any_header(block: &syn::Block) -> bool {
    struct Find(bool);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_stmt(&mut self, stmt: &'ast Stmt) {
            self.0 |= header_append(stmt).is_some();
            syn::visit::visit_stmt(self, stmt);
        }
    }
    let mut find = Find(false);
    syn::visit::Visit::visit_block(&mut find, block);
    find.0
}

/// The header name of a `header_map.append(name, value);` statement, where
/// the name is a string literal or `HeaderName::from_static("...")`; `Some("")`
/// for an append whose name is computed.
fn header_append(stmt: &Stmt) -> Option<String> {
    let Stmt::Expr(Expr::MethodCall(call), _) = stmt else {
        return None;
    };
    let Expr::Path(receiver) = &*call.receiver else {
        return None;
    };
    if call.method != "append" || !receiver.path.is_ident("header_map") {
        return None;
    }
    let literal = |expr: &Expr| match expr {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    };
    let name = call.args.first()?;
    Some(
        literal(name)
            .or_else(|| match name {
                Expr::Call(from_static) => from_static.args.first().and_then(literal),
                _ => None,
            })
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{ToTokens, quote};

    #[test]
    fn the_api_version_header_goes_and_its_map_is_no_longer_mut() {
        let mut f: syn::File = syn::parse2(quote! {
            impl B {
                pub async fn send(self) {
                    let mut header_map = HeaderMap::with_capacity(1usize);
                    header_map.append(HeaderName::from_static("api-version"), V::from_static("1"));
                    request.headers(header_map);
                }
            }
        })
        .unwrap();
        strip_api_version_header(&mut f).unwrap();
        let shown = f.to_token_stream().to_string();
        assert!(!shown.contains("api-version"), "{shown}");
        assert!(shown.contains("let header_map"), "{shown}");
    }

    #[test]
    fn other_headers_stay_and_keep_the_map_mut() {
        let mut f: syn::File = syn::parse2(quote! {
            impl B {
                pub async fn send(self) {
                    let mut header_map = HeaderMap::with_capacity(2usize);
                    header_map.append(HeaderName::from_static("api-version"), V::from_static("1"));
                    header_map.append("X-Correlation-Id", id.to_string().try_into()?);
                }
            }
        })
        .unwrap();
        strip_api_version_header(&mut f).unwrap();
        let shown = f.to_token_stream().to_string();
        assert!(shown.contains("X-Correlation-Id"), "{shown}");
        assert!(shown.contains("let mut header_map"), "{shown}");
    }

    #[test]
    fn an_optional_header_added_in_a_nested_block_keeps_the_map_mut() {
        let mut f: syn::File = syn::parse2(quote! {
            impl B {
                pub async fn send(self) {
                    let mut header_map = HeaderMap::with_capacity(2usize);
                    header_map.append(HeaderName::from_static("api-version"), V::from_static("1"));
                    if let Some(value) = x_count {
                        header_map.append("X-Count", value.to_string().try_into()?);
                    }
                }
            }
        })
        .unwrap();
        strip_api_version_header(&mut f).unwrap();
        let shown = f.to_token_stream().to_string();
        assert!(!shown.contains("api-version"), "{shown}");
        assert!(shown.contains("let mut header_map"), "{shown}");
    }

    #[test]
    fn a_missing_api_version_header_is_reported() {
        let mut f: syn::File =
            syn::parse2(quote! { impl B { pub async fn send(self) { request.send(); } } }).unwrap();
        let e = strip_api_version_header(&mut f).unwrap_err();
        assert!(e.contains("has progenitor's output changed?"), "{e}");
    }
}

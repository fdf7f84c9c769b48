//! Each operation's builder gets `send_blocking()`, behind the crate's
//! `blocking` feature: the same `send()`, run to its end on the runtime's
//! blocking runtime (`client_runtime::blocking`), so that a program without
//! an async runtime can call the API, with no second copy of the call path.

use spec_model::spec::Spec;
use syn::{ImplItem, Item, parse_quote};

use super::syntax::operation_builders;

/// Adds `send_blocking` beside every `async fn send`.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    for item in operation_builders(file)? {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let Some(output) = imp.items.iter().find_map(|member| match member {
            ImplItem::Fn(f) if f.sig.ident == "send" && f.sig.asyncness.is_some() => {
                Some(f.sig.output.clone())
            }
            _ => None,
        }) else {
            continue;
        };
        imp.items.push(parse_quote! {
            /// Sends the request as [`send`](Self::send) does, and waits for
            /// its answer, blocking this thread: for a program without an
            /// async runtime (inside one it is refused, never sent). The
            /// call's retries, deadline and credentials are `send`'s.
            #[cfg(feature = "blocking")]
            pub fn send_blocking(self) #output {
                ::client_runtime::blocking::wait(self.send())
            }
        });
    }
    Ok(())
}

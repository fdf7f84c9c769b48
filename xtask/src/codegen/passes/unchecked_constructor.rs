//! A client is built with its credentials, never without.

use spec_model::spec::Spec;
use syn::{ImplItem, Item};

use super::syntax::is_type;

/// Removes `Client::new`; see [`remove_unchecked_constructor`].
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    remove_unchecked_constructor(file)
}

/// `Client::new` builds a client with no credentials and panics if the HTTP
/// client cannot be made; `Client::builder()` replaces it.
fn remove_unchecked_constructor(file: &mut syn::File) -> Result<(), String> {
    for item in &mut file.items {
        if let Item::Impl(imp) = item
            && imp.trait_.is_none()
            && is_type(&imp.self_ty, "Client")
        {
            let before = imp.items.len();
            imp.items
                .retain(|i| !matches!(i, ImplItem::Fn(f) if f.sig.ident == "new"));
            if imp.items.len() < before {
                return Ok(());
            }
        }
    }
    Err(
        "the generated code has no `Client::new` to replace: has progenitor's output changed?"
            .into(),
    )
}

//! The setters a caller's editor shows carry the spec's words: an
//! operation builder's setter its parameter's description, a model
//! builder's setter its property's. Read from the generated code with syn.

use std::path::Path;

use spec_model::spec::Spec;
use syn::{ImplItem, Item};

/// The doc text on `setter` in the impl of `builder` inside the module
/// path `modules`.
fn doc_of(file: &syn::File, modules: &[&str], builder: &str, setter: &str) -> String {
    let mut items = &file.items;
    for module in modules {
        items = items
            .iter()
            .find_map(|item| match item {
                Item::Mod(m) if m.ident == module => m.content.as_ref().map(|(_, i)| i),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no module {module}"));
    }
    for item in items {
        let Item::Impl(imp) = item else { continue };
        let syn::Type::Path(p) = &*imp.self_ty else {
            continue;
        };
        if p.path.segments.last().is_none_or(|s| s.ident != builder) {
            continue;
        }
        for member in &imp.items {
            if let ImplItem::Fn(f) = member
                && f.sig.ident == setter
            {
                return f
                    .attrs
                    .iter()
                    .filter(|a| a.path().is_ident("doc"))
                    .filter_map(|a| match &a.meta {
                        syn::Meta::NameValue(nv) => match &nv.value {
                            syn::Expr::Lit(syn::ExprLit {
                                lit: syn::Lit::Str(s),
                                ..
                            }) => Some(s.value()),
                            _ => None,
                        },
                        _ => None,
                    })
                    .collect();
            }
        }
    }
    panic!("no setter {builder}::{setter}")
}

#[test]
fn setters_carry_their_parameter_s_or_property_s_description() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("codegen-corpus/cases/vendor-habits.yaml")).unwrap();
    let spec = Spec::parse(Path::new("specs/vendor-habits.yaml"), &text).unwrap();
    let generated = xtask::codegen::generate(&spec).unwrap();

    let parameter = doc_of(&generated.tree, &["builder"], "ListOrders", "type_");
    assert!(
        parameter.contains("The query parameter `type`, optional.")
            && parameter.contains("A keyword as a name."),
        "{parameter}"
    );
    let bounded = doc_of(&generated.tree, &["types", "builder"], "Order", "label");
    assert!(
        bounded.contains("The property `label`, optional.")
            && bounded.contains("Bounded below by nothing"),
        "{bounded}"
    );
}

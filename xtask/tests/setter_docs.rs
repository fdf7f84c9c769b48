//! The setters a caller's editor shows carry the spec's words: an
//! operation builder's setter its parameter's description, a model
//! builder's setter its property's. Read from the generated code with syn.

use std::path::Path;

use spec_model::spec::Spec;
use spec_model::surface::doc_text;
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
                return doc_text(&f.attrs);
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

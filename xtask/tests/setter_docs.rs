//! The setters a caller's editor shows carry the spec's words: an
//! operation builder's setter its parameter's description, a model
//! builder's setter its property's. Read from the generated code with syn
//! (a model builder's setters from its `model_builder!` call, which writes
//! each with the docs given beside its field).

use std::path::Path;

use spec_model::model_builder::{Call, Kind};
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
        if let Item::Macro(mac) = item
            && let Some(call) = Call::of(&mac.mac)
            && call.builder == builder
            && let Some(field) = call
                .fields
                .iter()
                .find(|f| f.name == setter && f.kind != Kind::Custom)
        {
            return doc_text(&field.docs);
        }
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
            && bounded.contains("Bounded below by nothing")
            // Its constraints, as a parameter's setter says them.
            && bounded.contains("Characters, at most `40`."),
        "{bounded}"
    );
}

/// The public items of a generated file that have no documentation, by
/// kind and name.
fn undocumented(file: &syn::File) -> Vec<String> {
    use syn::visit::Visit;
    struct Walk(Vec<String>);
    fn public(vis: &syn::Visibility) -> bool {
        matches!(vis, syn::Visibility::Public(_))
    }
    fn documented(attrs: &[syn::Attribute]) -> bool {
        attrs.iter().any(|a| a.path().is_ident("doc"))
    }
    impl<'a> Visit<'a> for Walk {
        fn visit_item_struct(&mut self, s: &'a syn::ItemStruct) {
            if public(&s.vis) && !documented(&s.attrs) {
                self.0.push(format!("struct {}", s.ident));
            }
            // rustc asks no documentation of a tuple struct's fields.
            for field in s.fields.iter().filter(|f| f.ident.is_some()) {
                if public(&field.vis) && !documented(&field.attrs) {
                    self.0.push(format!("field {}::{:?}", s.ident, field.ident));
                }
            }
        }
        fn visit_item_enum(&mut self, e: &'a syn::ItemEnum) {
            if public(&e.vis) && !documented(&e.attrs) {
                self.0.push(format!("enum {}", e.ident));
            }
            for v in e.variants.iter().filter(|v| !documented(&v.attrs)) {
                self.0.push(format!("variant {}::{}", e.ident, v.ident));
            }
        }
        fn visit_item_impl(&mut self, imp: &'a syn::ItemImpl) {
            if imp.trait_.is_some() {
                return;
            }
            for item in &imp.items {
                if let ImplItem::Fn(f) = item
                    && public(&f.vis)
                    && !documented(&f.attrs)
                {
                    self.0.push(format!("fn {}", f.sig.ident));
                }
            }
        }
        // A model's builder: the struct's docs and each setter's.
        fn visit_item_macro(&mut self, mac: &'a syn::ItemMacro) {
            let Some(call) = Call::of(&mac.mac) else {
                return;
            };
            if !documented(&call.attrs) {
                self.0.push(format!("struct {}", call.builder));
            }
            for field in &call.fields {
                if field.kind != Kind::Custom && !documented(&field.docs) {
                    self.0.push(format!("fn {}::{}", call.builder, field.name));
                }
            }
        }
        fn visit_item_mod(&mut self, m: &'a syn::ItemMod) {
            if public(&m.vis) && !documented(&m.attrs) {
                self.0.push(format!("mod {}", m.ident));
            }
            syn::visit::visit_item_mod(self, m);
        }
    }
    let mut walk = Walk(Vec::new());
    walk.visit_file(file);
    walk.0
}

#[test]
fn every_public_item_of_a_generated_crate_is_documented_and_the_crate_says_so() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = root.parent().unwrap();
    let mut specs: Vec<_> = std::fs::read_dir(workspace.join("specs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.push(root.join("codegen-corpus/cases/vendor-habits.yaml"));
    specs.push(root.join("codegen-corpus/cases/pass-setter-arguments.yaml"));
    for path in specs {
        let text = std::fs::read_to_string(&path).unwrap();
        let spec = Spec::parse(&path, &text).unwrap();
        let generated = xtask::codegen::generate(&spec).unwrap();
        let missing = undocumented(&generated.tree);
        assert!(missing.is_empty(), "{}: {missing:#?}", path.display());
        // The crate keeps it so: `missing_docs` warns, never allowed.
        let lints: Vec<String> = generated
            .tree
            .attrs
            .iter()
            .map(|a| quote::ToTokens::to_token_stream(&a.meta).to_string())
            .collect();
        assert!(
            lints.iter().any(|l| l == "warn (missing_docs)"),
            "{lints:?}"
        );
        assert!(
            !lints
                .iter()
                .any(|l| l.contains("allow") && l.contains("missing_docs")),
            "{lints:?}"
        );
    }
}

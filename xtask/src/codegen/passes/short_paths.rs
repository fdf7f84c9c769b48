//! Names spelled as a reader writes them. progenitor and typify write the
//! names they use from other crates in full (`::std::option::Option<::std::
//! string::String>`, `::serde::Deserialize`), so that no name from a spec
//! can shadow them; in a large spec that spelling is a large share of the
//! generated lines, most of it wrapped over several. This pass spells them
//! as the prelude does, or imports them once in each module that uses them,
//! wherever nothing in the file has the same name (a model called `String`
//! keeps every `::std::string::String` in full): see `spec_model::spelling`,
//! whose `expand` reads the short spelling back. It runs last, after the
//! glue, so that every pass before reads one spelling.

use spec_model::spec::Spec;

/// Shortens the file's spelling; see the module docs.
pub fn run(file: &mut syn::File, _: &Spec) -> Result<(), String> {
    spec_model::spelling::shorten(file);
    Ok(())
}

//! The example catalog: for each documented example of a spec, the Rust type
//! its operation decodes it into, written as Rust for the round-trip tests
//! (`tests/examples/catalog/`). A request example maps to the operation's
//! body type, a response example to the body type of its status (see
//! `codegen::responses`); the types are the generated code's, never listed
//! by hand.

use std::path::{Path, PathBuf};

use spec_model::examples;
use spec_model::operation::{MediaKind, media_kind};
use spec_model::spec::{Diagnostic, Spec};
use spec_model::surface::Surface;
use spec_model::workspace::Api;

use super::responses::ResponseTypes;
use super::{Output, header};

/// Where the catalog lives.
pub fn dir() -> PathBuf {
    Path::new("tests").join("examples").join("catalog")
}

/// The catalog of one API, from its spec and its generated source.
pub fn api_catalog(api: &Api, spec: &Spec, generated: &syn::File) -> Result<Output, Diagnostic> {
    let surface = Surface::of_file(generated)
        .map_err(|e| spec.file_diagnostic(format!("cannot read the generated code: {e}")))?;
    let lib = api.lib_name();
    let response_types = ResponseTypes::of(&spec.document);
    let mut entries = String::new();
    // Only JSON bodies (by any name) decode into a type.
    for example in examples::documented(spec)
        .into_iter()
        .filter(|e| media_kind(&e.media_type) == MediaKind::Json)
    {
        let method = &example.operation_id;
        let Some(operation) = surface.operation_by_id(method) else {
            return Err(spec.diagnostic(
                &example.pointer,
                format!("no generated operation `{method}` for this example"),
            ));
        };
        let ty = response_types
            .message_type(&spec.document, operation, &example.message)
            .map_err(|e| spec.diagnostic(&example.pointer, e))?
            .ok_or_else(|| {
                spec.diagnostic(
                    &example.pointer,
                    "a request example, but the operation takes no body",
                )
            })?;
        entries.push_str(&format!(
            "        Entry::new::<{}>(\n            {:?},\n            {:?},\n            {:?},\n            {:?},\n        ),\n",
            ty.from_crate(&lib),
            spec.path.display().to_string(),
            example.label(),
            example.pointer,
            example.schema_pointer,
        ));
    }
    let contents = format!(
        "{}//! The documented examples of `{}`, each with the Rust type it decodes\n\
         //! into: `Entry::new::<Type>(spec, label, example pointer, schema pointer)`.\n\n\
         use crate::Entry;\n\n\
         /// Every documented example of the spec.\n\
         pub fn entries() -> Vec<Entry> {{\n    vec![\n{entries}    ]\n}}\n",
        header(&spec.path),
        spec.path.display(),
    );
    Ok(Output {
        path: dir().join(format!("{lib}.rs")),
        contents,
    })
}

/// The catalog's module file, naming every API's catalog.
pub fn index(apis: &[Api]) -> Output {
    let mut contents = format!(
        "{}//! Every spec's example catalog.\n\n",
        header(Path::new("specs/"))
    );
    for api in apis {
        contents.push_str(&format!("pub mod {};\n", api.lib_name()));
    }
    contents.push_str("\n/// Every documented example of every spec.\npub fn all() -> Vec<crate::Entry> {\n    [\n");
    for api in apis {
        contents.push_str(&format!("        {}::entries(),\n", api.lib_name()));
    }
    contents.push_str("    ]\n    .into_iter()\n    .flatten()\n    .collect()\n}\n");
    Output {
        path: dir().join("mod.rs"),
        contents,
    }
}

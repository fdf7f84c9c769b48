//! Each API crate's `Cargo.toml` lists what its generated code uses. typify
//! reaches for crates beyond the usual ones when a spec asks (`::uuid` for
//! `format: uuid`, `::regress` for a `pattern`); codegen adds those to the
//! crate's `[dependencies]` (as `name.workspace = true`, the manifest's
//! comments and layout kept), or refuses when the workspace does not have
//! them, before anything is written.

use std::collections::BTreeSet;
use std::path::Path;

use spec_model::spec::{Diagnostic, Spec};
use spec_model::walk;
use syn::visit::Visit;
use toml_edit::{DocumentMut, Item, Table, value};

use crate::rule::rules;

rules! {
    RULES;
    WORKSPACE_DEPENDENCY = "workspace-dependency",
        "the workspace has the crates (and features) the spec's generated code needs",
        "Some schemas make the generated code use crates beyond the usual ones: `format: uuid` \
         needs `uuid` (with `serde`, and schemars' `uuid1`), a `pattern` needs `regress`. \
         codegen adds them to the API crate's Cargo.toml as `name.workspace = true`, so \
         `[workspace.dependencies]` in the root Cargo.toml must list them, with those features.";
}

/// A crate the generated code may need beyond the skeleton's, what needs
/// it, and the features it needs of itself and of schemars.
struct Reached {
    /// The crate, as code names it.
    name: &'static str,
    /// The schema keyword that makes typify use it, and its value (any
    /// value when `None`).
    keyword: (&'static str, Option<&'static str>),
    /// What the workspace dependency should look like.
    suggestion: &'static str,
    /// Features the crate needs (serde support).
    features: &'static [&'static str],
    /// The schemars feature that makes its types `JsonSchema`.
    schemars_feature: Option<&'static str>,
}

const REACHED: &[Reached] = &[
    Reached {
        name: "uuid",
        keyword: ("format", Some("uuid")),
        suggestion: r#"uuid = { version = "1", features = ["serde"] }"#,
        features: &["serde"],
        schemars_feature: Some("uuid1"),
    },
    Reached {
        name: "regress",
        keyword: ("pattern", None),
        suggestion: r#"regress = "0.12""#,
        features: &[],
        schemars_feature: None,
    },
    Reached {
        name: "chrono",
        keyword: ("format", Some("date-time")),
        suggestion: r#"chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }"#,
        features: &["serde"],
        schemars_feature: Some("chrono04"),
    },
];

/// Names that are not crates: the prelude's and the generated code's own.
const NOT_CRATES: &[&str] = &["std", "core", "alloc", "crate", "self", "super", "Self"];

/// The crates the generated code names: the first segment of every path
/// written from the root (`::uuid::Uuid`), of every `use`, and of every
/// path whose first segment is a crate the workspace knows.
pub fn crates_used(file: &syn::File, known: &BTreeSet<String>) -> BTreeSet<String> {
    struct Collect<'a> {
        known: &'a BTreeSet<String>,
        found: BTreeSet<String>,
    }
    impl<'ast> Visit<'ast> for Collect<'_> {
        fn visit_path(&mut self, path: &'ast syn::Path) {
            if let Some(first) = path.segments.first() {
                let name = first.ident.to_string();
                // One segment is a local or a type in scope (`url` is the
                // generated code's own variable, and a crate's name too).
                if path.segments.len() > 1
                    && (path.leading_colon.is_some() || self.known.contains(&name))
                {
                    self.found.insert(name);
                }
            }
            syn::visit::visit_path(self, path);
        }
        fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
            // `#[derive(schemars::JsonSchema)]` holds paths as tokens.
            if attr.path().is_ident("derive") {
                let _ = attr.parse_nested_meta(|meta| {
                    self.visit_path(&meta.path);
                    Ok(())
                });
            }
            syn::visit::visit_attribute(self, attr);
        }
        fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
            if let syn::UseTree::Path(path) = &item.tree {
                self.found.insert(path.ident.to_string());
            }
            syn::visit::visit_item_use(self, item);
        }
    }
    let mut collect = Collect {
        known,
        found: BTreeSet::new(),
    };
    collect.visit_file(file);
    collect
        .found
        .into_iter()
        .filter(|name| !NOT_CRATES.contains(&name.as_str()))
        // The generated code's own modules.
        .filter(|name| !matches!(name.as_str(), "types" | "builder" | "error" | "prelude"))
        .collect()
}

/// The crate manifest `current` (the text of `crate_manifest`), with a
/// `name.workspace = true` line for each crate the generated code uses and
/// the manifest lacks; or why that cannot be done, at the place in the spec
/// that asks for the crate.
pub fn manifest(
    root: &Path,
    crate_manifest: &Path,
    current: &str,
    spec: &Spec,
    generated: &syn::File,
) -> Result<String, Diagnostic> {
    let workspace_text = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    let at_manifest = |path: &Path, message: String| Diagnostic {
        file: path.to_owned(),
        position: None,
        pointer: None,
        message,
    };
    let workspace: DocumentMut = workspace_text
        .parse()
        .map_err(|e| at_manifest(Path::new("Cargo.toml"), format!("not valid TOML: {e}")))?;
    let mut manifest: DocumentMut = current
        .parse()
        .map_err(|e| at_manifest(crate_manifest, format!("not valid TOML: {e}")))?;
    let workspace_deps = workspace
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
        .and_then(Item::as_table_like);
    let known: BTreeSet<String> = workspace_deps
        .map(|deps| deps.iter().map(|(k, _)| k.replace('-', "_")).collect())
        .unwrap_or_default();
    let listed: BTreeSet<String> = manifest
        .get("dependencies")
        .and_then(Item::as_table_like)
        .map(|deps| deps.iter().map(|(k, _)| k.replace('-', "_")).collect())
        .unwrap_or_default();

    let mut missing = Vec::new();
    for used in crates_used(generated, &known) {
        if listed.contains(&used) {
            continue;
        }
        let package = in_workspace(workspace_deps, &used, spec)?;
        missing.push(package.to_owned());
    }
    if missing.is_empty() {
        return Ok(current.to_owned());
    }
    let deps = manifest
        .entry("dependencies")
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_mut()
        .ok_or_else(|| at_manifest(crate_manifest, "`dependencies` is not a table".into()))?;
    let sorted = deps
        .iter()
        .map(|(k, _)| k.to_owned())
        .collect::<Vec<_>>()
        .is_sorted();
    for package in missing {
        let mut entry = Table::new();
        entry.set_dotted(true);
        entry.insert("workspace", value(true));
        deps.insert(&package, Item::Table(entry));
    }
    if sorted {
        deps.sort_values();
    }
    Ok(manifest.to_string())
}

/// The package name under which `[workspace.dependencies]` lists the crate
/// `used` (as code names it), with what it needs of itself and of schemars;
/// or why not, at the schema that makes typify reach for it.
fn in_workspace<'a>(
    workspace_deps: Option<&'a dyn toml_edit::TableLike>,
    used: &str,
    spec: &Spec,
) -> Result<&'a str, Diagnostic> {
    let package = workspace_deps.and_then(|deps| {
        deps.iter()
            .map(|(k, _)| k)
            .find(|k| k.replace('-', "_") == used)
    });
    let reached = REACHED.iter().find(|r| r.name == used);
    let Some(package) = package else {
        let suggestion = reached.map_or_else(
            || format!("`{used} = \"...\"`"),
            |r| format!("`{}`", r.suggestion),
        );
        return Err(refusal(
            spec,
            reached,
            format!(
                "the generated code uses the crate `{used}`, which `[workspace.dependencies]` in Cargo.toml does not list: add {suggestion} there, then run codegen again"
            ),
        ));
    };
    if let Some(reached) = reached {
        let entry = workspace_deps.and_then(|deps| deps.get(package));
        for feature in reached.features {
            if !has_feature(entry, feature) {
                return Err(refusal(
                    spec,
                    Some(reached),
                    format!(
                        "the generated code uses `{used}` with serde, but its entry in `[workspace.dependencies]` lacks the feature `{feature}`: add it"
                    ),
                ));
            }
        }
        if let Some(feature) = reached.schemars_feature {
            let schemars = workspace_deps.and_then(|deps| deps.get("schemars"));
            if !has_feature(schemars, feature) {
                return Err(refusal(
                    spec,
                    Some(reached),
                    format!(
                        "the generated types derive `JsonSchema` over `{used}` types, which needs schemars' feature `{feature}`: add it to `schemars` in `[workspace.dependencies]`"
                    ),
                ));
            }
        }
    }
    Ok(package)
}

/// What the workspace at `root` lacks for the crates `spec` makes typify
/// reach for, found from the spec alone, for `cargo xtask lint`; codegen
/// finds the same from the code it generates. Nothing when `root` has no
/// workspace manifest to check.
pub fn workspace_problems(root: &Path, spec: &Spec) -> Vec<Diagnostic> {
    let Ok(text) = std::fs::read_to_string(root.join("Cargo.toml")) else {
        return Vec::new();
    };
    let Ok(workspace) = text.parse::<DocumentMut>() else {
        return Vec::new();
    };
    let workspace_deps = workspace
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
        .and_then(Item::as_table_like);
    REACHED
        .iter()
        .filter(|reached| place_of(spec, reached).is_some())
        .filter_map(|reached| in_workspace(workspace_deps, reached.name, spec).err())
        .collect()
}

/// Whether a dependency entry (`"1"`, `{ version, features }`) lists
/// `feature`.
fn has_feature(entry: Option<&Item>, feature: &str) -> bool {
    entry
        .and_then(Item::as_table_like)
        .and_then(|t| t.get("features"))
        .and_then(Item::as_array)
        .is_some_and(|features| features.iter().any(|f| f.as_str() == Some(feature)))
}

/// The first schema that makes typify reach for the crate.
fn place_of(spec: &Spec, reached: &Reached) -> Option<String> {
    let (keyword, wanted) = reached.keyword;
    walk::schemas(&spec.document)
        .into_iter()
        .find_map(|pointer| {
            let found = spec.document.pointer(&pointer)?.get(keyword)?;
            let matches = match wanted {
                Some(wanted) => found.as_str() == Some(wanted),
                None => !found.is_null(),
            };
            matches.then(|| format!("{pointer}/{keyword}"))
        })
}

/// A refusal at the first schema that makes typify reach for the crate.
fn refusal(spec: &Spec, reached: Option<&Reached>, message: String) -> Diagnostic {
    match reached.and_then(|reached| place_of(spec, reached)) {
        Some(pointer) => spec.diagnostic(&pointer, message),
        None => spec.file_diagnostic(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn crates_are_found_by_their_paths_and_uses() {
        let file: syn::File = syn::parse2(quote! {
            use progenitor_client::{ByteStream, Error};
            pub mod types {
                pub struct A { pub id: ::uuid::Uuid, pub at: ::std::string::String }
                #[derive(schemars::JsonSchema)]
                pub struct B(pub super::types::A);
            }
            fn f() -> reqwest::Client { types::x() }
        })
        .unwrap();
        let known: BTreeSet<String> = ["reqwest", "schemars"].map(String::from).into();
        let used: Vec<String> = crates_used(&file, &known).into_iter().collect();
        assert_eq!(used, ["progenitor_client", "reqwest", "schemars", "uuid"]);
    }
}

//! `x-enum-varnames`: Rust names for the values of a string enum.
//!
//! typify names an enum's variants after its values, which gives `X1000`
//! for a status code `"1000"`. A spec may name them instead, one name per
//! value, in the order of `enum`:
//!
//! ```yaml
//! OrderStatus:
//!   type: string
//!   enum: ["1000", "1002"]
//!   x-enum-varnames: [Complete, Open]
//! ```
//!
//! The values sent and received stay the enum's values; only the Rust
//! variants are renamed. typify ignores the extension, so the pass here
//! renames the generated enum before it is opened (given its `Unknown`
//! variant, `as_str` and `From<&str>`), and the lint rule `enum-varnames`
//! checks the list.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use heck::ToUpperCamelCase;
use serde_json::Value;
use syn::visit_mut::{self, VisitMut};
use syn::{Fields, Item};

use spec_model::refs::pointer_push;
use spec_model::spec::{Diagnostic, Spec};
use spec_model::surface::serde_rename;

/// The extension's key.
pub const EXTENSION: &str = "x-enum-varnames";

/// A schema with an `enum`, and its `x-enum-varnames` if it has one.
struct EnumSchema {
    pointer: String,
    values: Vec<Value>,
    names: Option<Value>,
}

/// Every schema in the document that has an `enum` or the extension.
/// Examples and defaults are data, not schemas, and are not searched.
fn enum_schemas(document: &Value) -> Vec<EnumSchema> {
    fn walk(value: &Value, pointer: String, found: &mut Vec<EnumSchema>) {
        match value {
            Value::Object(object) => {
                let values = object.get("enum").and_then(Value::as_array);
                let names = object.get(EXTENSION);
                if values.is_some() || names.is_some() {
                    found.push(EnumSchema {
                        pointer: pointer.clone(),
                        values: values.cloned().unwrap_or_default(),
                        names: names.cloned(),
                    });
                }
                for (key, child) in object {
                    if matches!(key.as_str(), "example" | "examples" | "default" | "enum")
                        || key == EXTENSION
                    {
                        continue;
                    }
                    walk(child, pointer_push(&pointer, key), found);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{pointer}/{i}"), found);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(document, String::new(), &mut found);
    found
}

/// Why `name` cannot name a variant, if it cannot.
fn name_problem(name: &str) -> Option<String> {
    if syn::parse_str::<syn::Ident>(name).is_err() {
        return Some(format!(
            "`{name}` is not a Rust identifier (or is a keyword)"
        ));
    }
    if name == "Unknown" {
        return Some(
            "`Unknown` is the variant kept for values the spec does not list: choose another name"
                .to_owned(),
        );
    }
    let camel = name.to_upper_camel_case();
    if camel != name {
        return Some(format!(
            "`{name}` is not UpperCamelCase, as Rust variants are: write `{camel}`"
        ));
    }
    None
}

/// What is wrong with each `x-enum-varnames` (lint reports these as
/// `enum-varnames`): each must be a list with exactly one valid, unique
/// UpperCamelCase Rust identifier per value of its schema's string `enum`.
pub fn problems(spec: &Spec) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    let mut report = |pointer: String, message: String| {
        findings.push(spec.diagnostic(&pointer, message));
    };
    for schema in enum_schemas(&spec.document) {
        let Some(names) = &schema.names else {
            continue;
        };
        let at = pointer_push(&schema.pointer, EXTENSION);
        if schema.values.is_empty() {
            report(
                at,
                format!("`{EXTENSION}` names the values of an `enum`, and this schema has none"),
            );
            continue;
        }
        if schema.values.iter().any(|v| !v.is_string()) {
            report(
                at,
                format!("`{EXTENSION}` is for string enums; this `enum` has other values"),
            );
            continue;
        }
        let Some(names) = names.as_array() else {
            report(
                at,
                format!("`{EXTENSION}` must be a list of names, one per `enum` value"),
            );
            continue;
        };
        if names.len() != schema.values.len() {
            report(
                at.clone(),
                format!(
                    "{} names for {} values: give exactly one name per `enum` value, in the same order",
                    names.len(),
                    schema.values.len()
                ),
            );
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, name) in names.iter().enumerate() {
            let item = format!("{at}/{i}");
            let Some(name) = name.as_str() else {
                report(item, format!("`{name}` is not a name: write a string"));
                continue;
            };
            if let Some(problem) = name_problem(name) {
                report(item.clone(), problem);
            }
            if let Some(first) = seen.insert(name, i) {
                report(
                    item,
                    format!(
                        "`{name}` names two values (items {first} and {i}): each variant needs its own name"
                    ),
                );
            }
        }
    }
    findings
}

/// Renames the variants of each generated string enum whose values have a
/// schema with `x-enum-varnames`, everywhere the file names them. Runs
/// before the enums are opened, so that `as_str` and `From<&str>` are
/// written with the new names.
///
/// A generated enum is matched to its schema by its values. It is an error
/// when an extension matches no generated enum, when schemas with the same
/// values do not all name them alike (the generated enum could be either),
/// or when a list is one the lint rule refuses.
pub fn rename(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let schemas: Vec<EnumSchema> = enum_schemas(&spec.document)
        .into_iter()
        .filter(|s| !s.values.is_empty() && s.values.iter().all(Value::is_string))
        .collect();
    // Each named schema's names, by value.
    let mut named: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for schema in &schemas {
        let Some(names) = &schema.names else {
            continue;
        };
        let names: Vec<&str> = names
            .as_array()
            .map(|n| n.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let problem = if names.len() != schema.values.len() {
            Some(format!(
                "{} names for {} values",
                names.len(),
                schema.values.len()
            ))
        } else {
            names.iter().find_map(|n| name_problem(n))
        };
        if let Some(problem) = problem {
            return Err(format!(
                "`{EXTENSION}` at {}: {problem} (`cargo xtask lint` says more)",
                schema.pointer
            ));
        }
        let by_value = schema
            .values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .zip(names.iter().map(|n| (*n).to_owned()))
            .collect();
        named.insert(&schema.pointer, by_value);
    }
    if named.is_empty() {
        return Ok(());
    }

    // The schemas by their values, and what each set of values decides,
    // worked out once per set: a spec of many enums (or many with the same
    // values) is not searched again for each generated enum.
    let mut by_values: BTreeMap<BTreeSet<String>, Vec<&EnumSchema>> = BTreeMap::new();
    for schema in &schemas {
        let values = schema
            .values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        by_values.entry(values).or_default().push(schema);
    }
    let mut decided: BTreeMap<BTreeSet<String>, Decision<'_>> = BTreeMap::new();
    // (enum, old variant) → new variant
    let mut renames: HashMap<(String, String), String> = HashMap::new();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut enums = Vec::new();
    collect_enums(&mut file.items, &mut enums);
    for e in enums {
        if !e.variants.iter().all(|v| matches!(v.fields, Fields::Unit)) {
            continue;
        }
        let wire: Vec<String> = e
            .variants
            .iter()
            .map(|v| serde_rename(&v.attrs).unwrap_or_else(|| v.ident.to_string()))
            .collect();
        let wire_set: BTreeSet<String> = wire.iter().cloned().collect();
        let candidates: &[&EnumSchema] = by_values
            .get(&wire_set)
            .map_or(&[], |found| found.as_slice());
        let decision = match decided.get(&wire_set) {
            Some(decision) => *decision,
            None => {
                let decision = decide(candidates, &named);
                if decision != Decision::Unnamed {
                    used.extend(candidates.iter().map(|c| c.pointer.as_str()));
                }
                decided.insert(wire_set, decision);
                decision
            }
        };
        let map = match decision {
            Decision::Unnamed => continue,
            Decision::Ambiguous(why) => return Err(ambiguous(&e.ident, candidates, why)),
            Decision::Named(map) => map,
        };
        for (variant, value) in e.variants.iter_mut().zip(&wire) {
            let new = &map[value];
            if variant.ident != new {
                // The first enum of a name wins, as it always has.
                renames
                    .entry((e.ident.to_string(), variant.ident.to_string()))
                    .or_insert_with(|| new.clone());
                variant.ident = syn::Ident::new(new, variant.ident.span());
            }
        }
    }
    if let Some(pointer) = named.keys().find(|p| !used.contains(*p)) {
        return Err(format!(
            "`{EXTENSION}` at {pointer} matched no generated enum: has typify's output changed?"
        ));
    }
    RenameVariantPaths {
        renames: &renames,
        impl_of: None,
    }
    .visit_file_mut(file);
    Ok(())
}

/// What the schemas with one set of values say of the enum generated from
/// them.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Decision<'a> {
    /// None of them names its values: the enum is left as it is.
    Unnamed,
    /// They all name them, alike.
    Named(&'a BTreeMap<String, String>),
    /// Some do not, or they differ: why.
    Ambiguous(&'static str),
}

fn decide<'a>(
    candidates: &[&EnumSchema],
    named: &'a BTreeMap<&str, BTreeMap<String, String>>,
) -> Decision<'a> {
    let maps: Vec<Option<&BTreeMap<String, String>>> = candidates
        .iter()
        .map(|c| named.get(c.pointer.as_str()))
        .collect();
    let Some(Some(map)) = maps.first().copied() else {
        if maps.iter().all(Option::is_none) {
            return Decision::Unnamed;
        }
        return Decision::Ambiguous("do not all name them");
    };
    if maps.iter().any(|m| *m != Some(map)) {
        return Decision::Ambiguous(if maps.iter().any(Option::is_none) {
            "do not all name them"
        } else {
            "name them differently"
        });
    }
    Decision::Named(map)
}

fn ambiguous(name: &syn::Ident, candidates: &[&EnumSchema], why: &str) -> String {
    let places: Vec<&str> = candidates.iter().map(|c| c.pointer.as_str()).collect();
    format!(
        "the generated enum `{name}` has the values of the schemas at {}, which {why}: \
         give every schema with these values the same `{EXTENSION}`",
        places.join(" and ")
    )
}

/// Every enum in `items` and in the inline modules among them.
fn collect_enums<'a>(items: &'a mut [Item], found: &mut Vec<&'a mut syn::ItemEnum>) {
    for item in items {
        match item {
            Item::Enum(e) => found.push(e),
            Item::Mod(m) => {
                if let Some((_, inner)) = m.content.as_mut() {
                    collect_enums(inner, found);
                }
            }
            _ => {}
        }
    }
}

/// Renames `Enum::Old` to `Enum::New` in any path, and `Self::Old` inside
/// the enum's own `impl` blocks.
struct RenameVariantPaths<'a> {
    /// (enum, old variant) → new variant.
    renames: &'a HashMap<(String, String), String>,
    impl_of: Option<String>,
}

impl VisitMut for RenameVariantPaths<'_> {
    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let outer = self.impl_of.take();
        self.impl_of = match &*imp.self_ty {
            syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        };
        visit_mut::visit_item_impl_mut(self, imp);
        self.impl_of = outer;
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        for i in 1..path.segments.len() {
            let owner = path.segments[i - 1].ident.to_string();
            let owner = match (owner.as_str(), &self.impl_of) {
                ("Self", Some(name)) => name.clone(),
                ("Self", None) => continue,
                _ => owner,
            };
            let segment = &mut path.segments[i];
            if let Some(new) = self.renames.get(&(owner, segment.ident.to_string())) {
                segment.ident = syn::Ident::new(new, segment.ident.span());
            }
        }
        visit_mut::visit_path_mut(self, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{ToTokens, quote};
    use std::path::Path;

    fn spec(schemas: &str) -> Spec {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        Spec::parse(Path::new("specs/demo.yaml"), &text).unwrap()
    }

    fn found(schemas: &str) -> Vec<(usize, String)> {
        problems(&spec(schemas))
            .into_iter()
            .map(|f| (f.position.unwrap().line, f.message))
            .collect()
    }

    #[test]
    fn a_name_per_value_passes() {
        assert_eq!(
            found(
                "    S:\n      type: string\n      enum: ['1000', '1002']\n      x-enum-varnames: [Complete, Open]\n"
            ),
            []
        );
    }

    #[test]
    fn counts_identifiers_case_keywords_unknown_and_duplicates_are_checked() {
        let problems = found(
            "    S:\n      type: string\n      enum: [a, b, c, d, e, f]\n      x-enum-varnames:\n        - Good\n        - 1st\n        - open\n        - Self\n        - Unknown\n        - Good\n",
        );
        let lines: Vec<usize> = problems.iter().map(|(l, _)| *l).collect();
        let messages: Vec<&str> = problems.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(lines, [11, 12, 13, 14, 15]);
        assert!(
            messages[0].starts_with("`1st` is not a Rust identifier"),
            "{}",
            messages[0]
        );
        assert!(messages[1].contains("write `Open`"), "{}", messages[1]);
        assert!(
            messages[2].starts_with("`Self` is not a Rust identifier"),
            "{}",
            messages[2]
        );
        assert!(
            messages[3].starts_with("`Unknown` is the variant kept"),
            "{}",
            messages[3]
        );
        assert!(messages[4].contains("items 0 and 5"), "{}", messages[4]);

        let problems =
            found("    S:\n      type: string\n      enum: [a, b]\n      x-enum-varnames: [A]\n");
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].1.starts_with("1 names for 2 values"),
            "{}",
            problems[0].1
        );

        let problems = found("    S:\n      type: string\n      x-enum-varnames: [A]\n");
        assert!(problems[0].1.contains("has none"), "{}", problems[0].1);
    }

    fn generated() -> syn::File {
        syn::parse2(quote! {
            pub mod types {
                #[derive(::serde::Deserialize)]
                pub enum Status {
                    #[serde(rename = "1000")]
                    X1000,
                    #[serde(rename = "1002")]
                    X1002,
                }
                impl ::std::fmt::Display for Status {
                    fn fmt(&self) { match self { Self::X1000 => "1000", Self::X1002 => "1002" } }
                }
                pub mod defaults {
                    pub fn status() -> super::Status { super::Status::X1002 }
                }
            }
        })
        .unwrap()
    }

    #[test]
    fn variants_are_renamed_everywhere_and_values_are_kept() {
        let mut file = generated();
        let s = spec(
            "    Status:\n      type: string\n      enum: ['1000', '1002']\n      x-enum-varnames: [Complete, Open]\n",
        );
        rename(&mut file, &s).unwrap();
        let shown = file.to_token_stream().to_string();
        assert!(
            shown.contains("# [serde (rename = \"1000\")] Complete"),
            "{shown}"
        );
        assert!(shown.contains("Self :: Open => \"1002\""), "{shown}");
        assert!(shown.contains("super :: Status :: Open"), "{shown}");
        assert!(!shown.contains("X100"), "{shown}");
    }

    #[test]
    fn an_unmatched_or_ambiguous_extension_is_an_error() {
        let mut file = generated();
        let s = spec(
            "    Other:\n      type: string\n      enum: ['1']\n      x-enum-varnames: [One]\n",
        );
        let e = rename(&mut file, &s).unwrap_err();
        assert!(e.contains("matched no generated enum"), "{e}");

        let mut file = generated();
        let s = spec(
            "    A:\n      type: string\n      enum: ['1000', '1002']\n      x-enum-varnames: [Complete, Open]\n    B:\n      type: string\n      enum: ['1002', '1000']\n",
        );
        let e = rename(&mut file, &s).unwrap_err();
        assert!(e.contains("do not all name them"), "{e}");

        let mut file = generated();
        let s = spec(
            "    A:\n      type: string\n      enum: ['1000', '1002']\n      x-enum-varnames: [Complete, Open]\n    B:\n      type: string\n      enum: ['1000', '1002']\n      x-enum-varnames: [Done, Open]\n",
        );
        let e = rename(&mut file, &s).unwrap_err();
        assert!(e.contains("name them differently"), "{e}");
    }
}

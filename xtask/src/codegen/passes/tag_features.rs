//! A crate feature per tag, so that a team calling 3 of 300 operations
//! compiles those 3: each operation's client method and builder, and each
//! type that only the operations of some tags reach, is behind
//! `#[cfg(feature = "<tag>")]`; the crate's manifest lists one feature per
//! tag, and `default` enables them all.
//!
//! - A spec whose operations name fewer than two tags gets no features:
//!   there would be nothing to leave out of a build that wants any of it.
//! - An operation without a tag is always compiled (no feature chooses it),
//!   and so is every type it reaches.
//! - An operation with several tags is compiled when any of them is on.
//! - A type that operations of several tags reach is compiled when any of
//!   those tags is on; a type no operation reaches is always compiled (it is
//!   still the spec's, and public), and so is every type it reaches.
//! - Every other item (a conversion, a `Debug`, the glue's JSON header
//!   encoders) is compiled when every gated name it mentions is.
//!
//! This runs after the passes and the glue, on the whole file: it reads
//! which names each item mentions, so it sees every item any stage wrote.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use heck::ToKebabCase;
use serde_json::Value;
use spec_model::spec::Spec;
use spec_model::walk::operations_in;
use syn::visit::Visit;
use syn::{ImplItem, Item, parse_quote};

use crate::codegen::refuse::{Case, names};

/// The crate features every API crate has whatever its spec (TLS), which a
/// tag's feature must not be named like.
pub const FIXED_FEATURES: [&str; 3] = ["default", "rustls", "rustls-ring"];

/// What a tag's feature says in the manifest, before its name: how the
/// manifest writer tells the features it owns from those written by hand.
pub const MANIFEST_COMMENT: &str = "# Operations tagged";

/// One tag's crate feature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagFeature {
    /// The tag, as the spec writes it (`Order drafts`).
    pub tag: String,
    /// The feature (`order-drafts`).
    pub feature: String,
    /// The operation ids tagged with it, in the spec's order.
    pub operations: Vec<String>,
}

/// The features of `spec`'s tags, in the order the tags are first named
/// (the spec's `tags` list, then the operations'); none when its
/// operations name fewer than two tags.
pub fn features(spec: &Spec) -> Vec<TagFeature> {
    let document = &spec.document;
    let mut order: Vec<String> = document
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| t.get("name").and_then(Value::as_str).map(str::to_owned))
        .collect();
    let mut operations: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for at in operations_in(document) {
        let Some(id) = at.operation_id() else {
            continue;
        };
        for tag in operation_tags(at.operation) {
            if !order.contains(&tag) {
                order.push(tag.clone());
            }
            operations.entry(tag).or_default().push(id.to_owned());
        }
    }
    if operations.len() < 2 {
        return Vec::new();
    }
    let mut taken: HashSet<String> = FIXED_FEATURES.iter().map(|f| (*f).to_owned()).collect();
    order
        .into_iter()
        .filter_map(|tag| {
            let operations = operations.remove(&tag)?;
            let feature = feature_name(&tag, &taken);
            taken.insert(feature.clone());
            Some(TagFeature {
                tag,
                feature,
                operations,
            })
        })
        .collect()
}

/// The tags an operation names, each once, in its order.
fn operation_tags(operation: &Value) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in operation
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// A tag's feature name: the tag in kebab-case, of the characters a
/// feature name may hold (`Order drafts` is `order-drafts`); `tag-` before
/// one that is empty, starts with a digit, or is taken (`rustls`, another
/// tag's), then a number while it is still taken.
fn feature_name(tag: &str, taken: &HashSet<String>) -> String {
    let kebab: String = tag
        .to_kebab_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let plain = kebab.trim_matches('-').to_owned();
    if !plain.is_empty()
        && !plain.starts_with(|c: char| c.is_ascii_digit())
        && !taken.contains(&plain)
    {
        return plain;
    }
    let prefixed = format!("tag-{plain}").trim_end_matches('-').to_owned();
    if !taken.contains(&prefixed) {
        return prefixed;
    }
    (2..)
        .map(|n| format!("{prefixed}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .expect("some number is free")
}

/// The API crate's manifest `current` with one feature per tag, each
/// enabled by `default`; the features of tags the spec no longer has
/// (those whose comment starts with [`MANIFEST_COMMENT`]) left out. The
/// text is returned as it was when there is nothing to change.
pub fn client_manifest(current: &str, features: &[TagFeature]) -> Result<String, String> {
    let mut manifest: toml_edit::DocumentMut = current
        .parse()
        .map_err(|e| format!("not valid TOML: {e}"))?;
    let owned: Vec<String> = manifest
        .get("features")
        .and_then(toml_edit::Item::as_table)
        .map(|table| {
            table
                .iter()
                .filter(|(key, _)| {
                    table
                        .key(key)
                        .and_then(|k| k.leaf_decor().prefix())
                        .and_then(|p| p.as_str())
                        .is_some_and(|p| p.contains(MANIFEST_COMMENT))
                })
                .map(|(key, _)| key.to_owned())
                .collect()
        })
        .unwrap_or_default();
    let wanted: Vec<&str> = features.iter().map(|f| f.feature.as_str()).collect();
    let stale: Vec<&String> = owned
        .iter()
        .filter(|o| !wanted.contains(&o.as_str()))
        .collect();
    let missing: Vec<&TagFeature> = features
        .iter()
        .filter(|f| !owned.contains(&f.feature))
        .collect();
    if stale.is_empty() && missing.is_empty() {
        return Ok(current.to_owned());
    }
    let table = manifest
        .entry("features")
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_mut()
        .ok_or("`features` is not a table")?;
    for name in &stale {
        table.remove(name);
    }
    let default = table
        .entry("default")
        .or_insert_with(|| toml_edit::value(toml_edit::Array::new()))
        .as_array_mut()
        .ok_or("`features.default` is not a list")?;
    default.retain(|v| !v.as_str().is_some_and(|v| stale.iter().any(|s| *s == v)));
    for f in &missing {
        if !default.iter().any(|v| v.as_str() == Some(&f.feature)) {
            default.push(f.feature.as_str());
        }
    }
    for f in missing {
        table.insert(&f.feature, toml_edit::value(toml_edit::Array::new()));
        if let Some(mut key) = table.key_mut(&f.feature) {
            key.leaf_decor_mut().set_prefix(format!(
                "{MANIFEST_COMMENT} `{}` in the spec: their client methods, builders \n\
                 # and the types only they reach. On by default; a build that takes \n\
                 # part of the API lists the ones it calls, after \n\
                 # `default-features = false`.\n",
                f.tag.replace('\n', " ")
            ));
        }
    }
    Ok(manifest.to_string())
}

/// The mock crate's manifest `current`, whose dependency on the client
/// (`client`, without its default features) turns on every tag's feature:
/// the mock serves every operation. Returned as it was when there is
/// nothing to change.
pub fn mock_manifest(
    current: &str,
    client: &str,
    features: &[TagFeature],
) -> Result<String, String> {
    let mut manifest: toml_edit::DocumentMut = current
        .parse()
        .map_err(|e| format!("not valid TOML: {e}"))?;
    let Some(dependency) = manifest
        .get_mut("dependencies")
        .and_then(|d| d.get_mut(client))
        .and_then(toml_edit::Item::as_table_like_mut)
    else {
        return Ok(current.to_owned());
    };
    let listed: Vec<String> = dependency
        .get("features")
        .and_then(toml_edit::Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    // Features of its own that the mock asks for are kept (TLS); every
    // other is a tag's.
    let mut wanted: Vec<String> = listed
        .iter()
        .filter(|f| FIXED_FEATURES.contains(&f.as_str()))
        .cloned()
        .collect();
    wanted.extend(features.iter().map(|f| f.feature.clone()));
    if wanted == listed {
        return Ok(current.to_owned());
    }
    if wanted.is_empty() {
        dependency.remove("features");
    } else {
        let array: toml_edit::Array = wanted.iter().map(String::as_str).collect();
        dependency.insert("features", toml_edit::value(array));
    }
    Ok(manifest.to_string())
}

/// When an item is compiled: always, or when any of a set of features is
/// on.
type Gate = Option<BTreeSet<String>>;

/// Puts each item behind the features of its tags; see the module docs.
pub fn run(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let features = features(spec);
    if features.is_empty() {
        return Ok(());
    }
    // Each operation: its method, its builder, and its features (none:
    // untagged, always compiled).
    let mut by_operation: HashMap<String, BTreeSet<String>> = HashMap::new();
    for f in &features {
        for id in &f.operations {
            by_operation
                .entry(id.clone())
                .or_default()
                .insert(f.feature.clone());
        }
    }
    let mut methods: HashMap<String, Gate> = HashMap::new();
    let mut builders: HashMap<String, Gate> = HashMap::new();
    for at in operations_in(&spec.document) {
        let Some(id) = at.operation_id() else {
            continue;
        };
        let gate = by_operation.get(id).cloned();
        methods.insert(names::progenitor(id, Case::Snake), gate.clone());
        builders.insert(names::progenitor(id, Case::Pascal), gate);
    }

    let type_names: HashSet<String> = module_items(file, &["types"])
        .iter()
        .filter_map(defined_name)
        .collect();
    // What each type mentions: its definition, its impls, its builder's.
    let mut graph: HashMap<String, BTreeSet<String>> = HashMap::new();
    for path in [&["types"][..], &["types", "builder"]] {
        for item in module_items(file, path) {
            let Some(owner) = owner_name(item) else {
                continue;
            };
            if !type_names.contains(&owner) {
                continue;
            }
            let mentioned = mentions(item, Scope::Types, &type_names, &HashSet::new()).types;
            graph.entry(owner).or_default().extend(mentioned);
        }
    }
    // The types each operation reaches first: those its builder and its
    // method mention.
    let builder_names: HashSet<String> = builders.keys().cloned().collect();
    let mut roots: Vec<(Gate, BTreeSet<String>)> = Vec::new();
    for item in module_items(file, &["builder"]) {
        let Some(owner) = owner_name(item) else {
            continue;
        };
        let Some(gate) = builders.get(&owner) else {
            continue;
        };
        let mentioned = mentions(item, Scope::Operations, &type_names, &builder_names).types;
        roots.push((gate.clone(), mentioned));
    }

    // Each type's gate: the union of the features of the operations that
    // reach it; always, where an untagged operation (or none) reaches it.
    let mut reached: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut always: HashSet<String> = HashSet::new();
    // One walk per distinct set of features: a thousand operations of a
    // few tags walk the types a few times, not a thousand.
    let mut grouped: BTreeMap<Option<BTreeSet<String>>, BTreeSet<String>> = BTreeMap::new();
    for (gate, mentioned) in roots {
        grouped.entry(gate).or_default().extend(mentioned);
    }
    for (gate, start) in &grouped {
        for name in closure(&graph, start.iter().cloned()) {
            match gate {
                Some(features) => reached.entry(name).or_default().extend(features.clone()),
                None => {
                    always.insert(name);
                }
            }
        }
    }
    let unreached: Vec<String> = type_names
        .iter()
        .filter(|name| !reached.contains_key(*name))
        .cloned()
        .collect();
    always.extend(closure(&graph, unreached.into_iter().chain(always.clone())));
    let type_gates: HashMap<String, Gate> = type_names
        .iter()
        .map(|name| {
            let gate = if always.contains(name) {
                None
            } else {
                reached.get(name).cloned()
            };
            (name.clone(), gate)
        })
        .collect();

    let gates = Gates {
        types: &type_gates,
        builders: &builders,
        type_names: &type_names,
        builder_names: &builder_names,
    };
    for path in [&["types"][..], &["types", "builder"]] {
        gate_items(module_items_mut(file, path)?, Scope::Types, &gates, None);
    }
    gate_items(
        module_items_mut(file, &["builder"])?,
        Scope::Operations,
        &gates,
        None,
    );
    gate_items(&mut file.items, Scope::Operations, &gates, Some(&methods));
    Ok(())
}

/// Every type reachable from `start` through `graph`, `start` included.
fn closure(
    graph: &HashMap<String, BTreeSet<String>>,
    start: impl IntoIterator<Item = String>,
) -> HashSet<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut stack: Vec<String> = start.into_iter().collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(next) = graph.get(&name) {
            stack.extend(next.iter().filter(|n| !seen.contains(*n)).cloned());
        }
    }
    seen
}

/// Where an item is, which says what a bare name in it means: a model
/// (in `types` and `types::builder`) or an operation's builder (in
/// `builder`, and at the top, where models are `types::X`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Types,
    Operations,
}

struct Gates<'a> {
    types: &'a HashMap<String, Gate>,
    builders: &'a HashMap<String, Gate>,
    type_names: &'a HashSet<String>,
    builder_names: &'a HashSet<String>,
}

/// Adds to each item among `items` the `cfg` of the gated names it
/// mentions; and to each method of an inherent impl (the client's), that of
/// the operation it is named after (`methods`) and of what it mentions.
fn gate_items(
    items: &mut [Item],
    scope: Scope,
    gates: &Gates<'_>,
    methods: Option<&HashMap<String, Gate>>,
) {
    for item in items.iter_mut() {
        if let Item::Mod(_) = item {
            continue;
        }
        if let (Some(methods), Item::Impl(imp)) = (methods, &mut *item)
            && imp.trait_.is_none()
        {
            for member in &mut imp.items {
                let ImplItem::Fn(f) = member else { continue };
                let mut needed: Vec<BTreeSet<String>> = Vec::new();
                if let Some(Some(features)) = methods.get(&f.sig.ident.to_string()) {
                    needed.push(features.clone());
                }
                let found = mentions_fn(f, scope, gates);
                needed.extend(found.gates(gates));
                if let Some(cfg) = cfg(needed) {
                    f.attrs.insert(0, cfg);
                }
            }
            continue;
        }
        let found = mentions(item, scope, gates.type_names, gates.builder_names);
        if let Some(cfg) = cfg(found.gates(gates))
            && let Some(attrs) = item_attrs(item)
        {
            attrs.insert(0, cfg);
        }
    }
}

/// `#[cfg(...)]` for the conjunction of `needed` (each a disjunction of
/// features), with the disjunctions that another implies left out; none
/// when nothing is needed.
fn cfg(mut needed: Vec<BTreeSet<String>>) -> Option<syn::Attribute> {
    needed.sort();
    needed.dedup();
    // `any(a)` implies `any(a, b)`: the wider one adds nothing.
    let kept: Vec<&BTreeSet<String>> = needed
        .iter()
        .filter(|wide| {
            !needed
                .iter()
                .any(|narrow| narrow != *wide && narrow.is_subset(wide))
        })
        .collect();
    let terms: Vec<proc_macro2::TokenStream> = kept
        .iter()
        .map(|features| {
            let features: Vec<&String> = features.iter().collect();
            if let [one] = features.as_slice() {
                quote::quote!(feature = #one)
            } else {
                quote::quote!(any(#(feature = #features),*))
            }
        })
        .collect();
    match terms.as_slice() {
        [] => None,
        [one] => Some(parse_quote!(#[cfg(#one)])),
        many => Some(parse_quote!(#[cfg(all(#(#many),*))])),
    }
}

/// The gated names an item mentions.
#[derive(Default)]
struct Mentions {
    types: BTreeSet<String>,
    builders: BTreeSet<String>,
}

impl Mentions {
    /// The gates of what was mentioned, those that are not "always".
    fn gates(&self, gates: &Gates<'_>) -> Vec<BTreeSet<String>> {
        let types = self.types.iter().filter_map(|n| gates.types.get(n));
        let builders = self.builders.iter().filter_map(|n| gates.builders.get(n));
        types.chain(builders).flatten().cloned().collect()
    }
}

/// The models and operation builders an item names, as `scope` reads a
/// bare name.
fn mentions(
    item: &Item,
    scope: Scope,
    type_names: &HashSet<String>,
    builder_names: &HashSet<String>,
) -> Mentions {
    let mut collect = Collect {
        scope,
        type_names,
        builder_names,
        found: Mentions::default(),
    };
    collect.visit_item(item);
    // A definition names itself by an identifier, not a path.
    if let Some(name) = defined_name(item) {
        match scope {
            Scope::Types if type_names.contains(&name) => {
                collect.found.types.insert(name);
            }
            Scope::Operations if builder_names.contains(&name) => {
                collect.found.builders.insert(name);
            }
            _ => {}
        }
    }
    collect.found
}

fn mentions_fn(f: &syn::ImplItemFn, scope: Scope, gates: &Gates<'_>) -> Mentions {
    let mut collect = Collect {
        scope,
        type_names: gates.type_names,
        builder_names: gates.builder_names,
        found: Mentions::default(),
    };
    collect.visit_impl_item_fn(f);
    collect.found
}

struct Collect<'a> {
    scope: Scope,
    type_names: &'a HashSet<String>,
    builder_names: &'a HashSet<String>,
    found: Mentions,
}

impl<'ast> Visit<'ast> for Collect<'_> {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        for (index, name) in segments.iter().enumerate() {
            let before = index.checked_sub(1).map(|i| segments[i].as_str());
            let under_types = segments[..index].iter().any(|s| s == "types");
            let model = self.type_names.contains(name)
                && match self.scope {
                    // `X`, `super::X`, `builder::X` (the model's builder).
                    Scope::Types => true,
                    // `types::X`, `types::builder::X`.
                    Scope::Operations => under_types,
                };
            let builder = self.scope == Scope::Operations
                && !under_types
                && self.builder_names.contains(name)
                && matches!(before, None | Some("builder"));
            if model {
                self.found.types.insert(name.clone());
            }
            if builder {
                self.found.builders.insert(name.clone());
            }
        }
        syn::visit::visit_path(self, path);
    }
}

/// The name an item defines (a struct or enum), or its impl's type's.
fn owner_name(item: &Item) -> Option<String> {
    match item {
        Item::Impl(imp) => match &*imp.self_ty {
            syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        },
        other => defined_name(other),
    }
}

/// The name a struct, enum or type alias defines.
fn defined_name(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// An item's attributes, where a `cfg` can go.
fn item_attrs(item: &mut Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        Item::Const(i) => Some(&mut i.attrs),
        Item::Enum(i) => Some(&mut i.attrs),
        Item::Fn(i) => Some(&mut i.attrs),
        Item::Impl(i) => Some(&mut i.attrs),
        Item::Static(i) => Some(&mut i.attrs),
        Item::Struct(i) => Some(&mut i.attrs),
        Item::Trait(i) => Some(&mut i.attrs),
        Item::Type(i) => Some(&mut i.attrs),
        Item::Use(i) => Some(&mut i.attrs),
        _ => None,
    }
}

/// The items of the inline module at `path` (none where there is none: a
/// spec without objects has no `types::builder`).
fn module_items<'a>(file: &'a syn::File, path: &[&str]) -> &'a [Item] {
    let mut items: &[Item] = &file.items;
    for name in path {
        let found = items.iter().find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        });
        match found {
            Some(inner) => items = inner,
            None => return &[],
        }
    }
    items
}

fn module_items_mut<'a>(file: &'a mut syn::File, path: &[&str]) -> Result<&'a mut [Item], String> {
    let mut items: &mut Vec<Item> = &mut file.items;
    for name in path {
        let found = items.iter_mut().find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        });
        match found {
            Some(inner) => items = inner,
            None if path.len() > 1 => return Ok(&mut []),
            None => {
                return Err(format!(
                    "the generated code has no `{name}` module: has progenitor's output changed?"
                ));
            }
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_kebab_case_and_never_taken() {
        let taken: HashSet<String> = FIXED_FEATURES.iter().map(|f| (*f).to_owned()).collect();
        assert_eq!(feature_name("Order drafts", &taken), "order-drafts");
        assert_eq!(feature_name("rustls", &taken), "tag-rustls");
        assert_eq!(feature_name("3D", &taken), "tag-3d");
        assert_eq!(feature_name("★", &taken), "tag");
    }

    fn feature(tag: &str, feature: &str) -> TagFeature {
        TagFeature {
            tag: tag.to_owned(),
            feature: feature.to_owned(),
            operations: vec!["getThing".to_owned()],
        }
    }

    const CLIENT: &str = "[package]\nname = \"x\"\n\n[features]\ndefault = [\"rustls\"]\n# TLS.\nrustls = []\n\n[dependencies]\nserde.workspace = true\n";

    #[test]
    fn the_client_manifest_lists_a_feature_per_tag_on_by_default() {
        let features = [
            feature("Orders", "orders"),
            feature("Order drafts", "order-drafts"),
        ];
        let text = client_manifest(CLIENT, &features).unwrap();
        let toml: toml_edit::DocumentMut = text.parse().unwrap();
        let default: Vec<&str> = toml["features"]["default"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        assert_eq!(default, ["rustls", "orders", "order-drafts"]);
        assert!(
            text.contains("# Operations tagged `Order drafts` in the spec"),
            "{text}"
        );
        assert!(text.contains("order-drafts = []"), "{text}");
        // Written again, nothing changes; a tag gone takes its feature along.
        assert_eq!(client_manifest(&text, &features).unwrap(), text);
        let fewer = client_manifest(&text, &features[..1]).unwrap();
        assert!(!fewer.contains("order-drafts"), "{fewer}");
        assert!(fewer.contains("rustls = []"), "{fewer}");
        // No tags, no features: the manifest as it was.
        assert_eq!(client_manifest(CLIENT, &[]).unwrap(), CLIENT);
        assert!(!client_manifest(&fewer, &[]).unwrap().contains("orders"));
    }

    #[test]
    fn the_mock_turns_every_tag_of_its_client_on() {
        let mock = "[dependencies]\nx = { path = \"../x\", default-features = false }\n";
        let features = [feature("A", "a"), feature("B", "b")];
        let text = mock_manifest(mock, "x", &features).unwrap();
        assert!(text.contains(r#"features = ["a", "b"]"#), "{text}");
        assert_eq!(mock_manifest(&text, "x", &features).unwrap(), text);
        let none = mock_manifest(&text, "x", &[]).unwrap();
        assert_eq!(none, mock);
    }

    #[test]
    fn a_conjunction_leaves_out_what_another_term_implies() {
        let set = |s: &[&str]| s.iter().map(|f| (*f).to_owned()).collect::<BTreeSet<_>>();
        let attr = cfg(vec![set(&["a", "b"]), set(&["a"]), set(&["c"])]).unwrap();
        let shown = quote::ToTokens::to_token_stream(&attr).to_string();
        assert_eq!(shown, r#"# [cfg (all (feature = "a" , feature = "c"))]"#);
        assert!(cfg(Vec::new()).is_none());
    }
}

//! Codegen over specs of growing size: a real spec's operations and
//! schemas repeated under new names, from ten operations to a thousand,
//! each size generated and checked in this process, stage by stage; so
//! that a cost which grows faster than the spec shows as a slope above 1.
//!
//! The specs are made in memory: nothing is written under the repository.
//! `--check` compares with the outputs written once to a scratch directory,
//! as `cargo xtask codegen --check` compares with the committed files.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Map, Value};
use spec_model::spec::Spec;
use spec_model::workspace::Api;

use crate::codegen::{self, Output, Stage};

/// The spec whose operations and schemas are repeated.
pub const SOURCE: &str = "adobe-cpapi";

/// The sizes measured, in operations; the ~1 MB size is added to them.
pub const SIZES: [usize; 3] = [10, 100, 1000];

/// In `--quick` mode: proves the benchmark runs, and stays fast.
pub const QUICK_SIZES: [usize; 2] = [4, 8];

/// The spec size whose `--check` has a time target, in bytes of YAML.
pub const MEGABYTE: usize = 1_000_000;

/// `--check` of a spec of [`MEGABYTE`] must take at most this long.
pub const MEGABYTE_CHECK_TARGET_SECONDS: f64 = 3.0;

/// The cost per operation at the largest size, divided by that at the
/// smallest, at most: growth that is linear keeps it near 1 (fixed costs
/// spread over more operations take it below).
pub const LINEAR_SLOPE_TARGET: f64 = 1.25;

/// Keys left out of every copy: the examples (validated one by one, and
/// answered by the mock, they are what makes the source spec large, not
/// what makes a spec have many operations) and the descriptions, so that a
/// thousand operations are about 2 MB of YAML.
const LEFT_OUT: [&str; 3] = ["example", "examples", "description"];

/// One synthetic spec.
#[derive(Clone, Debug)]
pub struct Grown {
    /// Operations in it.
    pub operations: usize,
    /// Schemas under `components/schemas`.
    pub schemas: usize,
    /// The YAML text.
    pub text: String,
}

/// The figures of one size, each the median of its runs.
#[derive(Clone, Debug)]
pub struct Measured {
    /// Operations in the spec.
    pub operations: usize,
    /// Schemas in the spec.
    pub schemas: usize,
    /// Bytes of YAML.
    pub bytes: usize,
    /// Seconds of the generating stages: prepare to print.
    pub codegen: f64,
    /// Seconds of the whole `--check`: parse the text, every stage, and the
    /// comparison with the files written before.
    pub check: f64,
    /// Seconds per stage.
    pub stages: BTreeMap<Stage, f64>,
    /// Lines of the client's `generated.rs`.
    pub lines: usize,
    /// Lines of the mock's `generated.rs`.
    pub mock_lines: usize,
}

/// The source spec's operations and schemas, repeated until the spec has
/// `operations` operations (rounded up to whole copies), beside the
/// source's own schemas and other components: copy `n` puts
/// `Copy<n>` after each operation id and schema name (and each `$ref` to
/// one of its schemas), and `/copy<n>` before each path.
pub fn grow(source: &Value, operations: usize) -> Result<Grown, String> {
    let paths = source
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("the source spec has no paths")?;
    let schemas = source
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let per_copy = paths
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.keys())
        .filter(|key| is_method(key))
        .count();
    if per_copy == 0 {
        return Err("the source spec has no operations".to_owned());
    }
    let copies = operations.div_ceil(per_copy);
    let mut grown_paths = Map::new();
    // The source's own schemas stay: the components every copy shares
    // (parameters, responses) name them.
    let mut grown_schemas: Map<String, Value> = schemas
        .iter()
        .map(|(name, schema)| (name.clone(), stripped(schema)))
        .collect();
    for copy in 1..=copies {
        let suffix = format!("Copy{copy}");
        let rename = |value: &Value| renamed(&stripped(value), &schemas, &suffix);
        for (path, item) in paths {
            let mut item = rename(item);
            if let Some(item) = item.as_object_mut() {
                for (key, operation) in item.iter_mut() {
                    if !is_method(key) {
                        continue;
                    }
                    if let Some(id) = operation.get("operationId").and_then(Value::as_str) {
                        let id = format!("{id}{suffix}");
                        operation["operationId"] = Value::String(id);
                    }
                }
            }
            grown_paths.insert(format!("/copy{copy}{path}"), item);
        }
        for (name, schema) in &schemas {
            grown_schemas.insert(format!("{name}{suffix}"), rename(schema));
        }
    }
    let mut document = stripped(source);
    document["paths"] = Value::Object(grown_paths);
    let schema_count = grown_schemas.len();
    if !schemas.is_empty() {
        document["components"]["schemas"] = Value::Object(grown_schemas);
    }
    // The source's info keeps its description: the README is written from it.
    if let Some(info) = source.get("info") {
        document["info"] = info.clone();
    }
    let mut text = String::new();
    yaml(&document, 0, &mut text);
    Ok(Grown {
        operations: copies * per_copy,
        schemas: schema_count,
        text,
    })
}

fn is_method(key: &str) -> bool {
    matches!(
        key,
        "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
    )
}

/// `value` without the keys of [`LEFT_OUT`], except where they are names
/// (a property called `description` stays) or required (a response's
/// description).
fn stripped(value: &Value) -> Value {
    stripped_in(value, false)
}

fn stripped_in(value: &Value, response: bool) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, child)| {
                    !LEFT_OUT.contains(&key.as_str())
                        || (response && key.as_str() == "description")
                        // A property named like one: its value is a schema.
                        || child.get("type").is_some()
                        || child.get("$ref").is_some()
                })
                .map(|(key, child)| {
                    let child = if key == "responses" {
                        // Its values are responses, each keeping its description.
                        match child {
                            Value::Object(responses) => Value::Object(
                                responses
                                    .iter()
                                    .map(|(k, r)| (k.clone(), stripped_in(r, true)))
                                    .collect(),
                            ),
                            other => stripped_in(other, false),
                        }
                    } else {
                        stripped_in(child, false)
                    };
                    (key.clone(), child)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| stripped_in(v, false)).collect()),
        other => other.clone(),
    }
}

/// `value` with each `$ref` to one of `schemas` pointing at its copy.
fn renamed(value: &Value, schemas: &Map<String, Value>, suffix: &str) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, child)| {
                    let child = match (key.as_str(), child.as_str()) {
                        ("$ref", Some(target)) => target
                            .strip_prefix("#/components/schemas/")
                            .filter(|name| schemas.contains_key(*name))
                            .map_or_else(
                                || child.clone(),
                                |name| {
                                    Value::String(format!("#/components/schemas/{name}{suffix}"))
                                },
                            ),
                        _ => renamed(child, schemas, suffix),
                    };
                    (key.clone(), child)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| renamed(item, schemas, suffix))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `value` as block-style YAML, every string double-quoted (JSON's
/// escapes are YAML's), at `indent` spaces.
fn yaml(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, child) in map {
                let _ = write!(out, "{pad}{}:", Value::String(key.clone()));
                nested(child, indent + 2, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                let _ = write!(out, "{pad}-");
                nested(item, indent + 2, out);
            }
        }
        scalar => {
            let _ = writeln!(out, "{pad}{scalar}");
        }
    }
}

/// A value after `key:` or `-`: a scalar on the same line, a collection
/// on the lines below.
fn nested(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            yaml(value, indent, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            yaml(value, indent, out);
        }
        // `{}` and `[]` are JSON's spelling, and YAML's.
        scalar => {
            let _ = writeln!(out, " {scalar}");
        }
    }
}

/// The sizes to measure, in operations: [`SIZES`] and the one nearest
/// [`MEGABYTE`] of YAML (from the bytes per operation at the largest size).
fn sizes(source: &Value, quick: bool) -> Result<Vec<usize>, String> {
    if quick {
        return Ok(QUICK_SIZES.to_vec());
    }
    if let Some(chosen) = chosen_sizes()? {
        return Ok(chosen);
    }
    let largest = grow(source, SIZES[SIZES.len() - 1])?;
    let per_operation = largest.text.len() as f64 / largest.operations as f64;
    let megabyte = (MEGABYTE as f64 / per_operation).round() as usize;
    let mut sizes = SIZES.to_vec();
    sizes.push(megabyte.max(1));
    sizes.sort_unstable();
    sizes.dedup();
    Ok(sizes)
}

/// The environment variable that replaces [`SIZES`] (and the ~1 MB size)
/// with its own comma-separated list of operation counts: to profile one
/// size (`GROWTH_SIZES=258 perf record ... xtask bench --growth`).
pub const SIZES_VARIABLE: &str = "GROWTH_SIZES";

/// The sizes [`SIZES_VARIABLE`] names, if it is set.
fn chosen_sizes() -> Result<Option<Vec<usize>>, String> {
    let Ok(text) = std::env::var(SIZES_VARIABLE) else {
        return Ok(None);
    };
    let mut sizes = text
        .split(',')
        .map(|n| {
            n.trim()
                .parse::<usize>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("{SIZES_VARIABLE}: `{n}` is not a number of operations"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    sizes.sort_unstable();
    sizes.dedup();
    Ok(Some(sizes))
}

/// Measures every size: `runs` rounds over the sizes, one run of each per
/// round, so that a shared machine's drift moves every size alike; after
/// one run of each not counted, which also writes the outputs `--check`
/// compares with.
pub fn measure(root: &Path, quick: bool) -> Result<Vec<Measured>, String> {
    let source_path = Path::new("specs").join(format!("{SOURCE}.yaml"));
    let source = Spec::load(root, &source_path).map_err(|d| d.to_string())?;
    let runs = if quick { 1 } else { 3 };
    let api = Api {
        name: format!("{SOURCE}-grown"),
    };
    let mut prepared = Vec::new();
    for operations in sizes(&source.document, quick)? {
        let grown = grow(&source.document, operations)?;
        eprintln!(
            "growth: {} operations, {} schemas, {:.0} KB of YAML ...",
            grown.operations,
            grown.schemas,
            grown.text.len() as f64 / 1000.0
        );
        let scratch = super::scratch_dir("growth")?;
        let first = once(scratch.path(), &api, &grown.text)?;
        codegen::write(scratch.path(), &first.outputs)
            .map_err(|e| format!("cannot write to {}: {e}", scratch.path().display()))?;
        prepared.push((grown, scratch, first, Vec::new()));
    }
    for round in 1..=runs {
        eprintln!("growth: round {round} of {runs} over the sizes ...");
        for (grown, scratch, _, samples) in &mut prepared {
            let run = once(scratch.path(), &api, &grown.text)?;
            if run.differences > 0 {
                return Err(format!(
                    "{} outputs of the same grown spec differ between runs",
                    run.differences
                ));
            }
            samples.push(run);
        }
    }
    Ok(prepared
        .iter()
        .map(|(grown, _, first, samples)| {
            let median_of = |f: &dyn Fn(&Run) -> f64| {
                super::table::median(&samples.iter().map(f).collect::<Vec<_>>())
            };
            let lines_of = |path: &Path| {
                first
                    .outputs
                    .iter()
                    .find(|o| o.path == path)
                    .map_or(0, |o| o.contents.lines().count())
            };
            Measured {
                operations: grown.operations,
                schemas: grown.schemas,
                bytes: grown.text.len(),
                codegen: median_of(&|r| {
                    GENERATING
                        .iter()
                        .map(|s| r.stages.get(s).copied().unwrap_or_default())
                        .sum()
                }),
                check: median_of(&|r| r.whole),
                stages: Stage::ALL
                    .iter()
                    .map(|&stage| {
                        (
                            stage,
                            median_of(&|r| r.stages.get(&stage).copied().unwrap_or_default()),
                        )
                    })
                    .collect(),
                lines: lines_of(&api.generated_path()),
                mock_lines: lines_of(&api.mock_generated_path()),
            }
        })
        .collect())
}

/// The stages that generate the client, as `codegen` time counts them.
const GENERATING: [Stage; 6] = [
    Stage::Prepare,
    Stage::Progenitor,
    Stage::Parse,
    Stage::Passes,
    Stage::GlueVerify,
    Stage::Print,
];

struct Run {
    whole: f64,
    stages: BTreeMap<Stage, f64>,
    outputs: Vec<Output>,
    differences: usize,
}

/// One `--check` of the spec `text` against the files under `root`.
fn once(root: &Path, api: &Api, text: &str) -> Result<Run, String> {
    let mut stages = BTreeMap::new();
    let started = Instant::now();
    let mut last = started;
    let mut observe = |_: &Path, stage: Stage| {
        let now = Instant::now();
        *stages.entry(stage).or_default() += (now - last).as_secs_f64();
        last = now;
    };
    let path: PathBuf = api.spec_path();
    let spec = Spec::parse(&path, text).map_err(|d| d.to_string())?;
    observe(&path, Stage::Load);
    let produced = codegen::api_outputs(root, api, &spec, &mut observe).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let mut outputs = produced.beside;
    outputs.extend([produced.generated, produced.mock, produced.catalog]);
    let differences = codegen::differences(root, &outputs).len();
    let whole = started.elapsed().as_secs_f64();
    Ok(Run {
        whole,
        stages,
        outputs,
        differences,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE_TEXT: &str = r##"openapi: 3.0.3
info: {title: t, version: '1', description: kept}
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      description: left out
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}, example: x}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
components:
  schemas:
    Order:
      type: object
      properties:
        description: {type: string}
        line: {$ref: '#/components/schemas/Line'}
    Line: {type: object, example: {}}
"##;

    #[test]
    fn copies_rename_operations_schemas_and_their_references() {
        let source = Spec::parse(Path::new("specs/t.yaml"), SOURCE_TEXT).unwrap();
        let grown = grow(&source.document, 3).unwrap();
        assert_eq!((grown.operations, grown.schemas), (3, 8));
        let spec = Spec::parse(Path::new("specs/t.yaml"), &grown.text).unwrap();
        let document = &spec.document;
        let operation = &document["paths"]["/copy2/orders/{id}"]["get"];
        assert_eq!(operation["operationId"], "getOrderCopy2");
        assert_eq!(
            operation.pointer("/responses/200/content/application~1json/schema/$ref"),
            Some(&Value::from("#/components/schemas/OrderCopy2"))
        );
        let order = &document["components"]["schemas"]["OrderCopy3"];
        assert_eq!(
            order["properties"]["line"]["$ref"],
            "#/components/schemas/LineCopy3"
        );
        // A property named `description` is a name, not a description.
        assert_eq!(order["properties"]["description"]["type"], "string");
        assert!(operation.get("description").is_none());
        assert!(operation["parameters"][0].get("example").is_none());
        assert_eq!(document["info"]["description"], "kept");
        assert!(document["paths"].get("/orders/{id}").is_none());
    }

    #[test]
    fn the_real_source_grows_into_a_spec_the_generator_takes() {
        let root = spec_model::workspace::root().unwrap();
        let source_path = Path::new("specs").join(format!("{SOURCE}.yaml"));
        let source = Spec::load(&root, &source_path).unwrap();
        let grown = grow(&source.document, 4).unwrap();
        let spec = Spec::parse(Path::new("specs/grown.yaml"), &grown.text).unwrap();
        let generated = codegen::generate(&spec).unwrap_or_else(|d| panic!("{d}"));
        assert!(generated.text.contains("get_order_copy2"));
    }
}

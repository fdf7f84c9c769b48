//! Reading one spec: YAML text, then a JSON value that remembers where each
//! node stood in the file, then the OpenAPI model.
//!
//! Positions are kept so that every problem found later (by the generator, the
//! linter or the diff) can be reported as `file:line:column`.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use saphyr_parser::{Event, Parser, ScanError};
use serde_json::{Map, Number, Value};

use crate::refs::pointer_push;
use crate::version::{Origins, Version};

/// Gives each operation written without an `operationId` the name
/// [`operation_name`] derives, in document order, made unique against every
/// id written or derived before it (`2`, `3`... added); returns the
/// operations' pointers.
fn name_operations(document: &mut Value) -> Vec<String> {
    let written: Vec<String> = crate::walk::operations_in(document)
        .iter()
        .filter_map(|at| at.operation_id().map(str::to_owned))
        .collect();
    let missing: Vec<(String, String, &'static str)> = crate::walk::operations_in(document)
        .iter()
        .filter(|at| at.operation.get("operationId").is_none())
        .map(|at| (at.pointer.clone(), at.path.to_owned(), at.method))
        .collect();
    let mut taken: std::collections::BTreeSet<String> = written.into_iter().collect();
    let mut derived = Vec::new();
    for (pointer, path, method) in missing {
        let wanted = operation_name(method, &path);
        let mut name = wanted.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{wanted}{n}");
            n += 1;
        }
        taken.insert(name.clone());
        if let Some(operation) = document
            .pointer_mut(&pointer)
            .and_then(Value::as_object_mut)
        {
            operation.insert("operationId".into(), Value::String(name));
            derived.push(pointer);
        }
    }
    derived
}

/// The name of an operation written without an `operationId`: its method,
/// then each path segment in UpperCamelCase, a `{parameter}` as `By` and
/// its name: `GET /orders/{orderId}/items` is `getOrdersByOrderIdItems`,
/// `POST /orders` is `postOrders`, `GET /` is `getRoot`.
pub fn operation_name(method: &str, path: &str) -> String {
    let upper_camel = |text: &str| -> String {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect()
    };
    let mut name = method.to_ascii_lowercase();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(parameter) => {
                name.push_str("By");
                name.push_str(&upper_camel(parameter));
            }
            None => name.push_str(&upper_camel(segment)),
        }
    }
    if name == method.to_ascii_lowercase() {
        name.push_str("Root");
    }
    name
}

/// A line and column in a spec file, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

/// A problem in a spec: the file, the place in it, and what is wrong.
#[derive(Debug)]
pub struct Diagnostic {
    /// The spec file, relative to the workspace root.
    pub file: PathBuf,
    /// Where in the file, when it is known.
    pub position: Option<Position>,
    /// The JSON pointer of the place, when it is known.
    pub pointer: Option<String>,
    /// What is wrong, and where it helps, what to write instead.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        // A key may hold a line break: the diagnostic stays one line.
        let shown = |pointer: &str| -> String {
            pointer
                .chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_debug().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        };
        match (&self.position, &self.pointer) {
            (Some(p), Some(pointer)) => {
                write!(f, ":{}:{} ({})", p.line, p.column, shown(pointer))?;
            }
            (Some(p), None) => write!(f, ":{}:{}", p.line, p.column)?,
            (None, Some(pointer)) => write!(f, "#{}", shown(pointer))?,
            (None, None) => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// One API's spec, parsed.
#[derive(Debug)]
pub struct Spec {
    /// The API's name: the spec's file stem, which is also its crate's name.
    pub api: String,
    /// The spec's path relative to the workspace root, as messages show it.
    pub path: PathBuf,
    /// The document as JSON, as written (YAML anchors expanded) in OpenAPI
    /// 3.0; a spec written in 3.1 or Swagger 2.0 in its 3.0 form
    /// ([`crate::version`]).
    pub document: Value,
    /// The OpenAPI model of `document`.
    pub openapi: OpenAPI,
    /// The operations written without an `operationId`, by pointer: `document`
    /// and `openapi` hold the one [`operation_name`] derived for each, so
    /// that every tool names them alike; lint reports them.
    pub derived_operation_ids: Vec<String>,
    /// The version the spec is written in.
    pub version: Version,
    /// Where each node of `document` was written, when the spec is not
    /// written in 3.0.
    origins: Origins,
    /// The document as written, for a spec written in OpenAPI 3.1: its
    /// examples are validated as JSON Schema 2020-12 against it.
    written: Option<Value>,
    positions: HashMap<String, Position>,
    /// The lines of the file, to place a finding inside a node's text.
    lines: Vec<String>,
}

impl Spec {
    /// Reads and parses `root/path`.
    pub fn load(root: &Path, path: &Path) -> Result<Spec, Diagnostic> {
        let bytes = std::fs::read(root.join(path)).map_err(|e| Diagnostic {
            file: path.to_owned(),
            position: None,
            pointer: None,
            message: format!("cannot read the spec: {e}"),
        })?;
        Spec::from_bytes(path, &bytes)
    }

    /// Parses the bytes of a spec file: UTF-8 text (a byte order mark is
    /// allowed), or an error that says what the file is instead.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Spec, Diagnostic> {
        let text = text_of(bytes).map_err(|(position, message)| Diagnostic {
            file: path.to_owned(),
            position,
            pointer: None,
            message,
        })?;
        Spec::parse(path, text)
    }

    /// Parses spec text; `path` names the file in messages, and its stem is
    /// the API's name, which must be a crate name
    /// ([`crate::workspace::crate_name_problem`]).
    pub fn parse(path: &Path, text: &str) -> Result<Spec, Diagnostic> {
        let api = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let error =
            |position: Option<Position>, pointer: Option<String>, message: String| Diagnostic {
                file: path.to_owned(),
                position,
                pointer,
                message,
            };
        // Before anything else: every generated name is spelled from it.
        if let Some(problem) = crate::workspace::crate_name_problem(&api) {
            return Err(error(None, None, problem));
        }

        let yaml_error = |e: ScanError| {
            let marker = e.marker();
            error(
                Some(Position {
                    line: marker.line(),
                    column: marker.col() + 1,
                }),
                None,
                format!("not valid YAML: {}", e.info()),
            )
        };
        // Before anything recursive (the loader, the conversion to JSON,
        // even dropping the tree) sees the nesting, and before the loader
        // copies an anchor's value for each of its aliases.
        check_events(text).map_err(|e| match e {
            EventError::Yaml(e) => yaml_error(e),
            EventError::TooDeep(position) => error(
                Some(position),
                None,
                format!(
                    "nested more than {MAX_DEPTH} levels deep (mappings and lists inside each other): \
                     no spec needs that; name the inner schemas under components and `$ref` them"
                ),
            ),
            EventError::AliasesTooLarge(position) => error(
                Some(position),
                None,
                format!(
                    "YAML aliases here expand the spec by more than {} in all (each `*alias` \
                     stands for a copy of its anchor's whole value): no spec needs that; write \
                     a value that is used often once, under components, and `$ref` it",
                    shown_size(max_alias_expansion(text.len()))
                ),
            ),
        })?;
        let documents = MarkedYaml::load_from_str(text).map_err(yaml_error)?;
        let root = match documents.as_slice() {
            [root] => root,
            [] if text.trim().is_empty() => {
                return Err(error(
                    None,
                    None,
                    "the file is empty: a spec starts with `openapi: 3.0.3`".into(),
                ));
            }
            [] => {
                return Err(error(
                    None,
                    None,
                    "the file has only comments: a spec starts with `openapi: 3.0.3`".into(),
                ));
            }
            [_, second, ..] => {
                return Err(error(
                    Some(position_of(second)),
                    None,
                    "a spec is one YAML document; this is a second one".into(),
                ));
            }
        };

        let kind = match &root.data {
            YamlData::Mapping(_) => None,
            YamlData::Sequence(_) => Some("a list"),
            _ => Some("a single value"),
        };
        if let Some(kind) = kind {
            return Err(error(
                Some(position_of(root)),
                None,
                format!(
                    "the document is {kind}; a spec is a mapping that starts with `openapi: 3.0.3`"
                ),
            ));
        }

        let mut positions = HashMap::new();
        let document =
            to_json(root, String::new(), &mut positions).map_err(|(pointer, message)| {
                let position = positions.get(&pointer).copied();
                error(position, Some(pointer), message)
            })?;

        // OpenAPI 3.1 and Swagger 2.0 are read as written, in the 3.0 form
        // every tool reads; positions are found where each node was written.
        let lowered = crate::version::lower(document).map_err(|refused| {
            error(
                nearest_position(&positions, &refused.pointer),
                Some(refused.pointer),
                refused.message,
            )
        })?;
        let crate::version::Lowered {
            version,
            document,
            origins,
            written,
        } = lowered;
        let written = (version == Version::OpenApi31).then_some(written);
        let written_position =
            |pointer: &str| nearest_position(&positions, &origins.written(pointer));

        let mut document = document;
        let derived_operation_ids = name_operations(&mut document);
        let openapi: OpenAPI = serde_path_to_error::deserialize(&document).map_err(|e| {
            let pointer = pointer_of_path(e.path());
            let position = written_position(&pointer);
            let what = match version {
                Version::OpenApi30 => "OpenAPI 3.0 document",
                Version::OpenApi31 => "OpenAPI 3.1 document (read in its 3.0 form)",
                Version::Swagger20 => "Swagger 2.0 document (read in its 3.0 form)",
            };
            error(
                position,
                Some(origins.written(&pointer)),
                format!("not a valid {what}: {}", e.inner()),
            )
        })?;

        Ok(Spec {
            api,
            path: path.to_owned(),
            document,
            openapi,
            derived_operation_ids,
            version,
            origins,
            written,
            positions,
            lines: text.lines().map(str::to_owned).collect(),
        })
    }

    /// Where the node at `pointer` starts, or its nearest ancestor that has a
    /// known position.
    pub fn position(&self, pointer: &str) -> Option<Position> {
        nearest_position(&self.positions, &self.origins.written(pointer))
    }

    /// What reading the spec into the 3.0 form took as its writer meant
    /// though its version says otherwise (`nullable` in 3.1), by pointer
    /// in `document`, with what to write instead.
    pub fn version_notes(&self) -> &[(String, String)] {
        self.origins.notes()
    }

    /// The document as written, when it is OpenAPI 3.1 (for 3.0 it is
    /// `document`; Swagger 2.0's schemas are read in their 3.0 form).
    pub fn written_document(&self) -> Option<&Value> {
        self.written.as_ref()
    }

    /// The pointer of the node at `pointer` (in `document`) as written in
    /// the file: the same pointer for a spec written in 3.0.
    pub fn written_pointer(&self, pointer: &str) -> String {
        self.origins.written(pointer)
    }

    /// Where `needle` is written in the node at `pointer`, when the node
    /// starts on a line that holds it (a `{name}` in a path or a URL);
    /// else where the node starts.
    pub fn position_in(&self, pointer: &str, needle: &str) -> Option<Position> {
        let start = self.position(pointer)?;
        let line = self.lines.get(start.line - 1)?;
        let from: usize = line
            .char_indices()
            .nth(start.column - 1)
            .map_or(line.len(), |(i, _)| i);
        Some(match line[from..].find(needle) {
            Some(offset) => Position {
                line: start.line,
                column: start.column + line[from..from + offset].chars().count(),
            },
            None => start,
        })
    }

    /// A diagnostic about the node at `pointer` in this spec.
    pub fn diagnostic(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.path.clone(),
            position: self.position(pointer),
            pointer: Some(self.written_pointer(pointer)),
            message: message.into(),
        }
    }

    /// A diagnostic about the spec as a whole.
    pub fn file_diagnostic(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.path.clone(),
            position: None,
            pointer: None,
            message: message.into(),
        }
    }
}

/// How deep mappings and lists may nest in a spec. The deepest of the
/// repository's specs nests 20 levels.
pub const MAX_DEPTH: usize = 64;

/// What one node costs once read, beyond its text (its JSON value and its
/// recorded position), as [`max_alias_expansion`] counts it.
pub const NODE_COST: usize = 64;

/// How much YAML aliases may add to a spec of `file_len` bytes, in all:
/// 16 MiB, or ten times the file when that is more.
///
/// Each `*alias` is read as a copy of its anchor's value, so a small file
/// can stand for gigabytes: a count of aliases bounds nothing when one
/// anchor is large. Each alias is counted at what it stands for (the bytes
/// of every scalar in the anchored value, and [`NODE_COST`] per node,
/// aliases inside it expanded too), and the total over the file may not
/// pass this bound. The repository's specs use a few hundred bytes.
pub fn max_alias_expansion(file_len: usize) -> usize {
    (16 * 1024 * 1024).max(file_len.saturating_mul(10))
}

/// A size as messages show it: whole MiB, or bytes.
fn shown_size(bytes: usize) -> String {
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

/// The text of a spec file, or where and why the bytes are not UTF-8 text.
fn text_of(bytes: &[u8]) -> Result<&str, (Option<Position>, String)> {
    const SAVE: &str = "save it as UTF-8 text";
    if bytes.is_empty() {
        return Err((
            None,
            "the file is empty: a spec starts with `openapi: 3.0.3`".into(),
        ));
    }
    for (bom, encoding) in [
        (&[0x00, 0x00, 0xFE, 0xFF][..], "UTF-32 (big-endian)"),
        (&[0xFF, 0xFE, 0x00, 0x00][..], "UTF-32 (little-endian)"),
        (&[0xFE, 0xFF][..], "UTF-16 (big-endian)"),
        (&[0xFF, 0xFE][..], "UTF-16 (little-endian)"),
    ] {
        if bytes.starts_with(bom) {
            return Err((
                None,
                format!(
                    "the file is {encoding} text (it starts with that byte order mark): {SAVE}"
                ),
            ));
        }
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(nul) = bytes.iter().position(|b| *b == 0) {
        // ASCII text in UTF-16 has a zero in every other byte.
        let zeros_at_odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let zeros_at_even = bytes.iter().step_by(2).filter(|b| **b == 0).count();
        let half = bytes.len() / 2;
        if zeros_at_odd > half * 3 / 4 || zeros_at_even > half * 3 / 4 {
            return Err((
                None,
                format!(
                    "the file looks like UTF-16 text without a byte order mark (every other byte is zero): {SAVE}"
                ),
            ));
        }
        return Err((
            Some(position_at(bytes, nul)),
            "the file is binary, not YAML text (it holds a zero byte here): a spec is UTF-8 text"
                .into(),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        (
            Some(position_at(bytes, at)),
            format!(
                "the file is not UTF-8: byte 0x{:02X} here is not valid UTF-8 (a Latin-1 or \
                 Windows-1252 file?): {SAVE}",
                bytes[at]
            ),
        )
    })
}

/// The line and column of byte `offset`, whose line before it is UTF-8.
fn position_at(bytes: &[u8], offset: usize) -> Position {
    let before = &bytes[..offset];
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |n| n + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Position {
        line: before.iter().filter(|b| **b == b'\n').count() + 1,
        column,
    }
}

enum EventError {
    Yaml(ScanError),
    TooDeep(Position),
    AliasesTooLarge(Position),
}

/// Walks the YAML events (which needs no recursion, and copies nothing)
/// and stops at the first mapping or list nested deeper than
/// [`MAX_DEPTH`], or at the alias that brings what aliases expand to past
/// [`max_alias_expansion`].
fn check_events(text: &str) -> Result<(), EventError> {
    let bound = max_alias_expansion(text.len());
    // What each anchor stands for, by anchor id.
    let mut anchors: HashMap<usize, usize> = HashMap::new();
    // The mappings and lists being read: each one's anchor id (0 for none)
    // and its size so far.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut expanded = 0usize;
    let at = |span: saphyr_parser::Span| Position {
        line: span.start.line(),
        column: span.start.col() + 1,
    };
    // A node is read: its size counts in the collection that holds it.
    let add = |open: &mut Vec<(usize, usize)>, size: usize| {
        if let Some((_, total)) = open.last_mut() {
            *total = total.saturating_add(size);
        }
    };
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            // The scanner reads flow collections (`[[[...`) ahead of the
            // events and has its own, higher, limit.
            if e.info().contains("recursion limit") {
                EventError::TooDeep(Position {
                    line: e.marker().line(),
                    column: e.marker().col() + 1,
                })
            } else {
                EventError::Yaml(e)
            }
        })?;
        match event {
            Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                if open.len() >= MAX_DEPTH {
                    return Err(EventError::TooDeep(at(span)));
                }
                open.push((anchor, NODE_COST));
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some((anchor, size)) = open.pop() {
                    if anchor != 0 {
                        anchors.insert(anchor, size);
                    }
                    add(&mut open, size);
                }
            }
            Event::Scalar(value, _, anchor, _) => {
                let size = NODE_COST.saturating_add(value.len());
                if anchor != 0 {
                    anchors.insert(anchor, size);
                }
                add(&mut open, size);
            }
            Event::Alias(anchor) => {
                // An alias of an anchor not yet closed (itself, or one
                // around it) is the loader's to refuse.
                let size = anchors.get(&anchor).copied().unwrap_or(0);
                expanded = expanded.saturating_add(size);
                if expanded > bound {
                    return Err(EventError::AliasesTooLarge(at(span)));
                }
                add(&mut open, size);
            }
            _ => {}
        }
    }
    Ok(())
}

fn position_of(node: &MarkedYaml<'_>) -> Position {
    Position {
        line: node.span.start.line(),
        column: node.span.start.col() + 1,
    }
}

fn nearest_position(positions: &HashMap<String, Position>, pointer: &str) -> Option<Position> {
    let mut pointer = pointer;
    loop {
        if let Some(p) = positions.get(pointer) {
            return Some(*p);
        }
        pointer = &pointer[..pointer.rfind('/')?];
    }
}

/// Converts a YAML node to JSON, recording the position of every node under
/// its JSON pointer. Errors carry the pointer of the offending node.
fn to_json(
    node: &MarkedYaml<'_>,
    pointer: String,
    positions: &mut HashMap<String, Position>,
) -> Result<Value, (String, String)> {
    positions.insert(pointer.clone(), position_of(node));
    let value = match &node.data {
        YamlData::Value(scalar) => match scalar {
            Scalar::Null => Value::Null,
            Scalar::Boolean(b) => Value::Bool(*b),
            Scalar::Integer(i) => Value::Number((*i).into()),
            Scalar::FloatingPoint(f) => match Number::from_f64(f.into_inner()) {
                Some(n) => Value::Number(n),
                None => {
                    return Err((pointer, "JSON has no NaN or infinite numbers".into()));
                }
            },
            Scalar::String(s) => Value::String(s.to_string()),
        },
        YamlData::Sequence(items) => {
            let mut array = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                array.push(to_json(item, format!("{pointer}/{index}"), positions)?);
            }
            Value::Array(array)
        }
        YamlData::Mapping(entries) => {
            let mut object = Map::new();
            for (key_node, value) in entries {
                let key = match &key_node.data {
                    YamlData::Value(Scalar::String(s)) => s.to_string(),
                    // Unquoted `200:` response codes are integers in YAML.
                    YamlData::Value(Scalar::Integer(i)) => i.to_string(),
                    YamlData::Value(Scalar::Boolean(b)) => b.to_string(),
                    _ => {
                        return Err((pointer, "a mapping key must be a string (quote it)".into()));
                    }
                };
                let child = pointer_push(&pointer, &key);
                let converted = to_json(value, child.clone(), positions)?;
                // A mapping or list is found by its key (`get:`), a scalar by
                // its value.
                if converted.is_object() || converted.is_array() {
                    positions.insert(child, position_of(key_node));
                }
                object.insert(key, converted);
            }
            Value::Object(object)
        }
        YamlData::Tagged(tag, _) => {
            return Err((
                pointer,
                format!("YAML tags such as `{tag}` have no JSON meaning"),
            ));
        }
        YamlData::Alias(_) | YamlData::BadValue | YamlData::Representation(..) => {
            return Err((pointer, "a value that JSON cannot hold".into()));
        }
    };
    Ok(value)
}

/// The JSON pointer of a `serde_path_to_error` path.
fn pointer_of_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer = format!("{pointer}/{index}"),
            Segment::Map { key } => pointer = pointer_push(&pointer, key),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Spec, Diagnostic> {
        Spec::parse(Path::new("specs/demo.yaml"), text)
    }

    const MINIMAL: &str = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths: {}\n";

    #[test]
    fn an_operation_without_an_id_is_named_after_its_method_and_path() {
        assert_eq!(
            operation_name("get", "/orders/{orderId}/items"),
            "getOrdersByOrderIdItems"
        );
        assert_eq!(operation_name("POST", "/orders"), "postOrders");
        assert_eq!(operation_name("get", "/"), "getRoot");
        assert_eq!(
            operation_name("delete", "/v1/order-drafts/{draft_id}"),
            "deleteV1OrderDraftsByDraftId"
        );
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /orders:\n    get:\n      responses: {'200': {description: ok}}\n    post:\n      operationId: getOrders\n      responses: {'200': {description: ok}}\n";
        let spec = parse(text).unwrap();
        // The written id keeps its name; the derived one takes a number.
        assert_eq!(
            spec.document["paths"]["/orders"]["get"]["operationId"],
            "getOrders2"
        );
        assert_eq!(spec.derived_operation_ids, ["/paths/~1orders/get"]);
        let get = spec.openapi.paths.paths["/orders"]
            .as_item()
            .unwrap()
            .get
            .as_ref()
            .unwrap();
        assert_eq!(get.operation_id.as_deref(), Some("getOrders2"));
    }

    #[test]
    fn records_positions_by_json_pointer() {
        let text = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a/{b}:\n    get:\n      responses:\n        200:\n          description: ok\n";
        let spec = parse(text).unwrap();
        assert_eq!(
            spec.position("/paths/~1a~1{b}/get/responses/200/description"),
            Some(Position {
                line: 10,
                column: 24
            })
        );
        // Integer response codes become string keys.
        assert!(
            spec.openapi.paths.paths["/a/{b}"]
                .as_item()
                .unwrap()
                .get
                .is_some()
        );
    }

    #[test]
    fn a_place_inside_a_node_is_found_on_its_line() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  '/a/{b}/{c}':\n    get: {responses: {}}\n";
        let spec = parse(text).unwrap();
        let item = "/paths/~1a~1{b}~1{c}";
        assert_eq!(spec.position(item), Some(Position { line: 4, column: 3 }));
        assert_eq!(
            spec.position_in(item, "{c}"),
            Some(Position {
                line: 4,
                column: 11
            })
        );
        assert_eq!(spec.position_in(item, "{z}"), spec.position(item));
    }

    #[test]
    fn yaml_errors_name_file_line_and_column() {
        let e = parse("openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        let shown = e.to_string();
        assert!(shown.starts_with("specs/demo.yaml:"), "{shown}");
        assert!(shown.contains("not valid YAML"), "{shown}");
        assert_eq!(e.position.map(|p| p.line), Some(3));
    }

    #[test]
    fn a_diagnostic_is_one_line_whatever_its_pointer_holds() {
        let diagnostic = Diagnostic {
            file: PathBuf::from("specs/demo.yaml"),
            position: Some(Position { line: 3, column: 1 }),
            pointer: Some("/paths/~1a\nb".into()),
            message: "m".into(),
        };
        assert_eq!(
            diagnostic.to_string(),
            "specs/demo.yaml:3:1 (/paths/~1a\\nb): m"
        );
    }

    #[test]
    fn model_errors_point_at_the_node() {
        let e = parse(&MINIMAL.replace("version: '1'", "version: [1]")).unwrap_err();
        assert_eq!(e.pointer.as_deref(), Some("/info/version"));
        assert_eq!(e.position, Some(Position { line: 4, column: 3 }));
        assert!(e.to_string().contains("not a valid OpenAPI 3.0 document"));
    }

    #[test]
    fn refuses_a_version_that_is_not_read_by_name() {
        let e = parse(&MINIMAL.replace("3.0.3", "3.2.0")).unwrap_err();
        assert!(
            e.to_string().starts_with(
                "specs/demo.yaml:1:10 (/openapi): OpenAPI 3.2.0 is not supported: write `openapi: 3.1.0`"
            ),
            "{e}"
        );
    }

    const OPENAPI_31: &str = r##"openapi: 3.1.0
jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base
info:
  title: t
  summary: A short one.
  version: '1'
  license: {name: MIT, identifier: MIT}
paths:
  /things:
    $ref: '#/components/pathItems/Things'
webhooks:
  thingMade:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                id: {type: string}
      responses: {'200': {description: ok}}
components:
  pathItems:
    Things:
      get:
        operationId: getThings
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Thing'}
          '404':
            $ref: '#/components/responses/Missing'
            description: No such things.
  responses:
    Missing:
      description: Missing.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Owner'}
  schemas:
    Owner: {type: object}
    Thing:
      type: object
      properties:
        note: {type: [string, 'null'], examples: [a, b]}
        kind: {const: box}
        size: {type: integer, minimum: 0, exclusiveMinimum: 1}
        owner:
          description: Who owns it.
          $ref: '#/components/schemas/Owner'
        maybe:
          oneOf:
            - {type: 'null'}
            - $ref: '#/components/schemas/Owner'
        either:
          anyOf:
            - {type: string, maxLength: 3}
            - {type: 'null'}
"##;

    #[test]
    fn openapi_3_1_is_read_in_the_3_0_form_with_the_places_as_written() {
        let spec = parse(OPENAPI_31).unwrap();
        assert_eq!(spec.version, Version::OpenApi31);
        let d = &spec.document;
        let thing = &d["components"]["schemas"]["Thing"]["properties"];
        assert_eq!(
            thing["note"],
            serde_json::json!({"type": "string", "nullable": true, "example": "a", "x-examples": ["a", "b"]})
        );
        assert_eq!(thing["kind"], serde_json::json!({"enum": ["box"]}));
        assert_eq!(
            thing["size"],
            serde_json::json!({"type": "integer", "minimum": 1, "exclusiveMinimum": true})
        );
        assert_eq!(
            thing["owner"],
            serde_json::json!({"description": "Who owns it.", "allOf": [{"$ref": "#/components/schemas/Owner"}]})
        );
        assert_eq!(
            thing["maybe"],
            serde_json::json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/Owner"}]})
        );
        assert_eq!(
            thing["either"],
            serde_json::json!({"type": "string", "maxLength": 3, "nullable": true})
        );
        assert_eq!(d["openapi"], "3.0.3");
        assert_eq!(d["info"]["x-summary"], "A short one.");
        assert_eq!(d["info"]["license"]["x-identifier"], "MIT");
        assert_eq!(d["paths"]["/things"]["get"]["operationId"], "getThings");
        assert_eq!(
            d["x-webhooks"]["thingMade"]["post"]["requestBody"]["content"]["application/json"]["schema"],
            serde_json::json!({"$ref": "#/components/schemas/ThingMadePayload"})
        );
        assert_eq!(
            d["components"]["schemas"]["ThingMadePayload"]["properties"]["id"]["type"],
            "string"
        );
        assert!(d["components"].get("pathItems").is_none());
        // A description beside a reference to a response overrides the
        // response's.
        assert_eq!(
            d["paths"]["/things"]["get"]["responses"]["404"],
            serde_json::json!({"description": "No such things.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}})
        );
        assert!(spec.openapi.paths.paths.contains_key("/things"));

        // Each node is found where it is written.
        let at = |pointer: &str| {
            let p = spec.position(pointer).unwrap();
            (p.line, p.column)
        };
        let thing = "/components/schemas/Thing/properties";
        assert_eq!(at(&format!("{thing}/maybe/allOf/0")), (56, 15));
        assert_eq!(at(&format!("{thing}/kind/enum")), (48, 23));
        assert_eq!(at(&format!("{thing}/note/example")), (47, 51));
        assert_eq!(at(&format!("{thing}/either/maxLength")), (59, 41));
        assert_eq!(at("/paths/~1things/get/operationId"), (26, 22));
        let missing = "/paths/~1things/get/responses/404";
        assert_eq!(at(&format!("{missing}/description")), (35, 26));
        assert_eq!(
            at(&format!("{missing}/content/application~1json/schema")),
            (41, 11)
        );
        assert_eq!(
            at("/components/schemas/ThingMadePayload/properties/id"),
            (20, 17)
        );
        let shown = spec
            .diagnostic("/paths/~1things/get/operationId", "here")
            .to_string();
        assert_eq!(
            shown,
            "specs/demo.yaml:26:22 (/components/pathItems/Things/get/operationId): here"
        );
    }

    #[test]
    fn what_3_1_allows_and_the_generator_cannot_express_is_refused_at_its_node() {
        for (schema, line_column, words) in [
            ("{prefixItems: [{type: string}]}", "7:10", "`prefixItems`"),
            (
                "{type: [string, integer]}",
                "7:10",
                "write `oneOf` with one schema per type",
            ),
            (
                "{type: string, nullable: 1}",
                "7:10",
                "not a boolean either",
            ),
            (
                "{minimum: 1, exclusiveMinimum: true}",
                "7:10",
                "is the bound itself",
            ),
            ("{type: 'null'}", "7:10", "only `null`"),
        ] {
            let text = "openapi: 3.1.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      b: 1\n".to_string()
            .replace("      b: 1\n", &format!("      properties:\n        x: {schema}\n"));
            let e = parse(&text).unwrap_err();
            let _ = line_column;
            assert_eq!(e.position.map(|p| p.line), Some(8), "{schema}: {e}");
            assert!(e.message.contains(words), "{schema}: {e}");
            assert!(e.message.starts_with("OpenAPI 3.1: "), "{schema}: {e}");
        }
    }

    #[test]
    fn nullable_left_in_a_3_1_spec_is_read_as_meant_and_noted_where_it_is() {
        let text = "openapi: 3.1.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n        x: {type: string, nullable: true}\n        y: {type: string, nullable: false}\n";
        let spec = parse(text).unwrap();
        let properties = spec
            .document
            .pointer("/components/schemas/A/properties")
            .unwrap();
        assert_eq!(properties["x"]["nullable"], true);
        assert!(properties["y"].get("nullable").is_none());
        let notes = spec.version_notes();
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert_eq!(notes[0].0, "/components/schemas/A/properties/x/nullable");
        assert!(
            notes[0].1.contains("write `type: [<type>, \"null\"]`"),
            "{notes:?}"
        );
        assert_eq!(spec.position(&notes[0].0).map(|p| p.line), Some(8));
    }

    const SWAGGER_2: &str = r##"swagger: '2.0'
info: {title: t, version: '1'}
host: api.example.com
basePath: /v2
schemes: [https]
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  key: {type: apiKey, in: header, name: X-Key}
  basic: {type: basic}
paths:
  /things:
    post:
      operationId: makeThing
      parameters:
        - {name: tags, in: query, type: array, items: {type: string}}
        - name: thing
          in: body
          required: true
          schema: {$ref: '#/definitions/Thing'}
      responses:
        '200':
          description: ok
          schema: {$ref: '#/definitions/Thing'}
          examples:
            application/json: {id: a}
  /files:
    post:
      operationId: upload
      consumes: [multipart/form-data]
      parameters:
        - {name: file, in: formData, type: file, required: true}
        - {name: note, in: formData, type: string, description: A note.}
      responses:
        '204': {description: done}
definitions:
  Thing:
    type: object
    properties:
      id: {type: string, x-nullable: true}
"##;

    #[test]
    fn swagger_2_0_is_read_in_the_3_0_form_with_the_places_as_written() {
        let spec = parse(SWAGGER_2).unwrap();
        assert_eq!(spec.version, Version::Swagger20);
        let d = &spec.document;
        assert_eq!(
            d["servers"],
            serde_json::json!([{"url": "https://api.example.com/v2"}])
        );
        assert_eq!(
            d["components"]["securitySchemes"]["basic"],
            serde_json::json!({"type": "http", "scheme": "basic"})
        );
        let post = &d["paths"]["/things"]["post"];
        assert_eq!(
            post["parameters"][0],
            serde_json::json!({"name": "tags", "in": "query", "style": "form", "explode": false,
                "schema": {"type": "array", "items": {"type": "string"}}})
        );
        assert_eq!(
            post["requestBody"],
            serde_json::json!({"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}})
        );
        assert_eq!(
            post["responses"]["200"]["content"]["application/json"],
            serde_json::json!({"schema": {"$ref": "#/components/schemas/Thing"}, "example": {"id": "a"}})
        );
        let form = &d["paths"]["/files"]["post"]["requestBody"];
        assert_eq!(
            form["content"]["multipart/form-data"]["schema"],
            serde_json::json!({"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"},
                "note": {"type": "string", "description": "A note."}}})
        );
        assert_eq!(
            d["components"]["schemas"]["Thing"]["properties"]["id"],
            serde_json::json!({"type": "string", "nullable": true})
        );
        let at = |pointer: &str| {
            let p = spec.position(pointer).unwrap();
            (p.line, p.column)
        };
        assert_eq!(at("/components/schemas/Thing/properties/id"), (40, 7));
        assert_eq!(
            at("/paths/~1things/post/requestBody/content/application~1json/schema"),
            (20, 11)
        );
        assert_eq!(at("/paths/~1things/post/requestBody"), (17, 11));
        assert_eq!(
            at("/paths/~1things/post/responses/200/content/application~1json/example"),
            (26, 13)
        );
        assert_eq!(
            at(
                "/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/note"
            ),
            (33, 11)
        );
        assert_eq!(at("/servers/0/url"), (3, 7));
        assert_eq!(
            spec.written_pointer("/components/schemas/Thing"),
            "/definitions/Thing"
        );
    }

    #[test]
    fn malformed_3_1_and_2_0_documents_are_errors_with_a_place_not_panics() {
        for text in [
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: [1, 2]\n",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\ndefinitions: 5\npaths: {}\n",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nconsumes: json\npaths: {}\n",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {/a: {get: {parameters: 3, responses: []}}}\n",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {/a: {get: {parameters: [{in: body}, 4, {in: formData, name: x, type: file}], responses: {'200': {schema: 1, examples: 2}}}}}\n",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\nsecurityDefinitions: {o: {type: oauth2, flow: 9}}\npaths: {}\n",
            "swagger: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {/a: {$ref: 7}}\n",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {/a: {$ref: '#/components/pathItems/B'}}\n",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {type: [], oneOf: [{type: 'null'}]}}}\n",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {examples: {a: 1}}}}\n",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\njsonSchemaDialect: https://example.com/mine\n",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nwebhooks: {a: {post: {requestBody: {content: {x: {schema: {type: object}}}}}}}\ncomponents: 3\n",
            "openapi: 3.1.0\ninfo: 4\ncomponents: {securitySchemes: {m: {type: mutualTLS}}}\n",
        ] {
            // Read or refused, but never a panic, and a refusal has a place.
            if let Err(e) = parse(text) {
                assert!(e.position.is_some(), "{text}: {e}");
            }
        }
        let e =
            parse("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: [1, 2]\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "specs/demo.yaml:3:1 (/paths): Swagger 2.0: `paths` is a mapping of names to their definitions"
        );
    }

    #[test]
    fn what_2_0_allows_and_the_generator_cannot_express_is_refused_at_its_node() {
        let text = SWAGGER_2.replace(
            "{name: tags, in: query, type: array, items: {type: string}}",
            "{name: tags, in: query, type: array, items: {type: string}, collectionFormat: tsv}",
        );
        let e = parse(&text).unwrap_err();
        assert_eq!(e.position.map(|p| p.line), Some(16), "{e}");
        assert!(
            e.message
                .starts_with("Swagger 2.0: `collectionFormat: tsv`"),
            "{e}"
        );
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let e = parse(&format!("{MINIMAL}paths: {{}}\n")).unwrap_err();
        assert!(e.to_string().contains("duplicated key"), "{e}");
    }

    #[test]
    fn bytes_that_are_not_utf8_text_are_named_with_their_place() {
        let from = |bytes: &[u8]| Spec::from_bytes(Path::new("specs/demo.yaml"), bytes);
        let latin1 = from(b"openapi: 3.0.3\ninfo: {title: caf\xE9}\n").unwrap_err();
        assert_eq!(
            latin1.position,
            Some(Position {
                line: 2,
                column: 18
            })
        );
        assert!(latin1.message.contains("byte 0xE9"), "{latin1}");
        let binary = from(b"openapi: 3.0.3\n\x89PNG\x00\x01").unwrap_err();
        assert_eq!(binary.position, Some(Position { line: 2, column: 5 }));
        assert!(binary.message.contains("binary"), "{binary}");
        let utf16: Vec<u8> = "openapi: 3.0.3\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(from(&utf16).unwrap_err().message.contains("UTF-16"));
        // A UTF-8 byte order mark is allowed.
        assert!(from(format!("\u{FEFF}{MINIMAL}").as_bytes()).is_ok());
    }

    #[test]
    fn nesting_is_capped_before_anything_recursive_reads_it() {
        // Line 6 is `x-deep:`, in the top-level mapping (level 1); the
        // mapping that starts on line 6 + n is at level n + 1.
        let nested = |levels: usize| -> String {
            (1..levels)
                .map(|n| format!("{}a:\n", " ".repeat(n)))
                .collect()
        };
        let e = parse(&format!("{MINIMAL}x-deep:\n{}", nested(MAX_DEPTH + 10))).unwrap_err();
        assert_eq!(e.position.map(|p| p.line), Some(6 + MAX_DEPTH));
        assert!(e.message.contains("nested more than 64 levels"), "{e}");
        // Just within the cap still parses.
        let fits = nested(MAX_DEPTH);
        assert!(parse(&format!("{MINIMAL}x-deep:\n{fits}")).is_ok());
        // Flow style too, far beyond the YAML parser's own limit.
        let flow = format!(
            "{MINIMAL}x-deep: {}{}\n",
            "[".repeat(20_000),
            "]".repeat(20_000)
        );
        assert!(
            parse(&flow)
                .unwrap_err()
                .message
                .contains("nested more than")
        );
    }

    #[test]
    fn a_file_name_that_is_no_crate_name_is_refused_naming_the_file() {
        let e = Spec::parse(Path::new("specs/Bad Name.yaml"), MINIMAL).unwrap_err();
        assert_eq!(e.file, Path::new("specs/Bad Name.yaml"));
        assert_eq!(e.position, None);
        assert!(
            e.to_string()
                .starts_with("specs/Bad Name.yaml: the file name `Bad Name` is not a crate name"),
            "{e}"
        );
        let bytes = Spec::from_bytes(Path::new("specs/1x.yaml"), MINIMAL.as_bytes()).unwrap_err();
        assert!(
            bytes.message.contains("`1x` is not a crate name"),
            "{bytes}"
        );
    }

    /// One 100 KiB scalar, anchored and aliased 10,000 times: a 180 KiB
    /// file that reads as a gigabyte.
    fn alias_bomb() -> String {
        let big = "x".repeat(100 * 1024);
        let aliases: String = (0..10_000).map(|_| "  - *big\n").collect();
        format!("{MINIMAL}x-big: &big {big}\nx-many:\n{aliases}")
    }

    #[test]
    fn aliases_are_bounded_by_what_they_expand_to_and_refused_at_the_alias() {
        let text = alias_bomb();
        let e = parse(&text).unwrap_err();
        // 16 MiB (more than 10 times the file) allows 163 copies of the
        // scalar (its 102,400 bytes and 64 for the node); the 164th alias,
        // on line 7 + 164, passes it.
        assert_eq!(
            e.position,
            Some(Position {
                line: 171,
                column: 5
            }),
            "{e}"
        );
        assert!(
            e.message
                .starts_with("YAML aliases here expand the spec by more than 16 MiB in all"),
            "{e}"
        );
    }

    #[test]
    fn the_alias_bound_is_found_on_parser_events_before_anything_is_copied() {
        // The event walk alone refuses the bomb: the loader, which copies
        // an anchor's value for each alias, never sees it.
        let text = alias_bomb();
        match check_events(&text) {
            Err(EventError::AliasesTooLarge(position)) => assert_eq!(position.line, 171),
            _ => panic!("the event walk lets the alias bomb through"),
        }
        // Aliases that stay within the bound read as before: the same
        // scalar 150 times is 15 MiB.
        let fits: String = (0..150).map(|_| "  - *big\n").collect();
        let text = format!(
            "{MINIMAL}x-big: &big {}\nx-many:\n{fits}",
            "x".repeat(100 * 1024)
        );
        let spec = parse(&text).unwrap();
        assert_eq!(spec.document["x-many"][149], spec.document["x-big"]);
        // A bound that grows with the file: ten times it, past 16 MiB.
        assert_eq!(max_alias_expansion(1000), 16 * 1024 * 1024);
        assert_eq!(max_alias_expansion(4 * 1024 * 1024), 40 * 1024 * 1024);
    }

    #[test]
    fn anchors_expand() {
        let text = format!("{MINIMAL}x-a: &a {{k: 1}}\nx-b: *a\n");
        let spec = parse(&text).unwrap();
        assert_eq!(spec.document["x-b"], spec.document["x-a"]);
    }
}

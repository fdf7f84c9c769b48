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
use serde_json::{Map, Number, Value};

use crate::refs::pointer_push;

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
        match (&self.position, &self.pointer) {
            (Some(p), Some(pointer)) => write!(f, ":{}:{} ({pointer})", p.line, p.column)?,
            (Some(p), None) => write!(f, ":{}:{}", p.line, p.column)?,
            (None, Some(pointer)) => write!(f, "#{pointer}")?,
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
    /// The document as JSON, exactly as written (YAML anchors expanded).
    pub document: Value,
    /// The OpenAPI model of `document`.
    pub openapi: OpenAPI,
    positions: HashMap<String, Position>,
}

impl Spec {
    /// Reads and parses `root/path`.
    pub fn load(root: &Path, path: &Path) -> Result<Spec, Diagnostic> {
        let text = std::fs::read_to_string(root.join(path)).map_err(|e| Diagnostic {
            file: path.to_owned(),
            position: None,
            pointer: None,
            message: format!("cannot read the spec: {e}"),
        })?;
        Spec::parse(path, &text)
    }

    /// Parses spec text; `path` is only used to name the file in messages.
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

        let documents = MarkedYaml::load_from_str(text).map_err(|e| {
            let marker = e.marker();
            error(
                Some(Position {
                    line: marker.line(),
                    column: marker.col() + 1,
                }),
                None,
                format!("not valid YAML: {}", e.info()),
            )
        })?;
        let root = match documents.as_slice() {
            [root] => root,
            [] => return Err(error(None, None, "the file is empty".into())),
            [_, second, ..] => {
                return Err(error(
                    Some(position_of(second)),
                    None,
                    "a spec is one YAML document; this is a second one".into(),
                ));
            }
        };

        let mut positions = HashMap::new();
        let document =
            to_json(root, String::new(), &mut positions).map_err(|(pointer, message)| {
                let position = positions.get(&pointer).copied();
                error(position, Some(pointer), message)
            })?;

        let version = document.get("openapi").and_then(Value::as_str);
        let located = |pointer: &str, message: String| {
            error(
                positions.get(pointer).copied(),
                Some(pointer.to_owned()),
                message,
            )
        };
        match version {
            Some(v) if v.starts_with("3.0.") => {}
            Some(v) => {
                return Err(located(
                    "/openapi",
                    format!("OpenAPI {v} is not supported: write `openapi: 3.0.3`"),
                ));
            }
            None => {
                return Err(located(
                    "",
                    "missing `openapi: 3.0.x` at the top of the document".into(),
                ));
            }
        }

        let openapi: OpenAPI = serde_path_to_error::deserialize(&document).map_err(|e| {
            let pointer = pointer_of_path(e.path());
            let position = nearest_position(&positions, &pointer);
            error(
                position,
                Some(pointer),
                format!("not a valid OpenAPI 3.0 document: {}", e.inner()),
            )
        })?;

        Ok(Spec {
            api,
            path: path.to_owned(),
            document,
            openapi,
            positions,
        })
    }

    /// Where the node at `pointer` starts, or its nearest ancestor that has a
    /// known position.
    pub fn position(&self, pointer: &str) -> Option<Position> {
        nearest_position(&self.positions, pointer)
    }

    /// A diagnostic about the node at `pointer` in this spec.
    pub fn diagnostic(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.path.clone(),
            position: self.position(pointer),
            pointer: Some(pointer.to_owned()),
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
    fn yaml_errors_name_file_line_and_column() {
        let e = parse("openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        let shown = e.to_string();
        assert!(shown.starts_with("specs/demo.yaml:"), "{shown}");
        assert!(shown.contains("not valid YAML"), "{shown}");
        assert_eq!(e.position.map(|p| p.line), Some(3));
    }

    #[test]
    fn model_errors_point_at_the_node() {
        let e = parse(&MINIMAL.replace("version: '1'", "version: [1]")).unwrap_err();
        assert_eq!(e.pointer.as_deref(), Some("/info/version"));
        assert_eq!(e.position, Some(Position { line: 4, column: 3 }));
        assert!(e.to_string().contains("not a valid OpenAPI 3.0 document"));
    }

    #[test]
    fn refuses_openapi_3_1_by_name() {
        let e = parse(&MINIMAL.replace("3.0.3", "3.1.0")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "specs/demo.yaml:1:10 (/openapi): OpenAPI 3.1.0 is not supported: write `openapi: 3.0.3`"
        );
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let e = parse(&format!("{MINIMAL}paths: {{}}\n")).unwrap_err();
        assert!(e.to_string().contains("duplicated key"), "{e}");
    }

    #[test]
    fn anchors_expand() {
        let text = format!("{MINIMAL}x-a: &a {{k: 1}}\nx-b: *a\n");
        let spec = parse(&text).unwrap();
        assert_eq!(spec.document["x-b"], spec.document["x-a"]);
    }
}

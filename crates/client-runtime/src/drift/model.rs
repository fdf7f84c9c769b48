//! A model's JSON Schema, as schemars derives it, compiled once per type
//! into nodes the comparison reads with one hash lookup per property: every
//! `$ref` followed, every open enum recognized, ahead of time.

use std::collections::HashMap;

use serde_json::{Map, Value};

/// A node's index in [`Model::nodes`].
pub(super) type NodeId = usize;

/// The node that allows anything and declares nothing (`true`, `{}`, or a
/// schema this comparison does not read).
const ANY: NodeId = 0;

/// How deep a union branch is checked before it is taken as fitting.
const MAX_FIT_DEPTH: usize = 32;

/// A compiled schema: node 0 allows anything, the root is [`Model::root`].
pub(super) struct Model {
    nodes: Vec<Node>,
    root: NodeId,
}

/// One schema, as the comparison reads it.
#[derive(Default)]
pub(super) struct Node {
    /// The JSON types allowed, as [`type_bit`]s; 0 allows any.
    types: u8,
    /// `false`: nothing fits.
    never: bool,
    /// `enum`, or `const`: the only values allowed.
    listed: Option<Vec<Value>>,
    /// The branches of an `anyOf` or `oneOf`.
    pub(super) union: Vec<NodeId>,
    /// The listed strings, sorted, when the union is an open enum's.
    pub(super) open_enum: Option<Vec<String>>,
    /// The parts of an `allOf`.
    pub(super) all_of: Vec<NodeId>,
    /// `properties`, when the schema has the keyword.
    pub(super) properties: Option<HashMap<String, NodeId>>,
    /// `additionalProperties`.
    pub(super) additional: Additional,
    /// `required`.
    required: Vec<String>,
    /// `items`.
    pub(super) items: Option<NodeId>,
}

/// What an object schema says of properties it does not list.
#[derive(Clone, Copy, Default)]
pub(super) enum Additional {
    /// Nothing: a struct's schema. Other properties are dropped when
    /// decoding.
    #[default]
    Unsaid,
    /// `false`: other properties fail the decoding.
    Refused,
    /// A schema (`true` is [`ANY`]): a map, whose keys are data.
    Schema(NodeId),
}

impl Model {
    /// Compiles the JSON Schema `root` (with its `$defs`).
    pub(super) fn compile(root: &Value) -> Model {
        let mut compiler = Compiler {
            root,
            nodes: vec![Node::default()],
            seen: HashMap::new(),
        };
        let root = compiler.compile(root);
        Model {
            nodes: compiler.nodes,
            root,
        }
    }

    pub(super) fn root(&self) -> NodeId {
        self.root
    }

    pub(super) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The branch of a union that serde decoded `value` with: the only one
    /// whose top level fits, or else the first that fits all the way down.
    /// Most unions are an `Option`'s (a schema or `null`), told apart at
    /// once.
    pub(super) fn chosen(&self, value: &Value, branches: &[NodeId]) -> Option<NodeId> {
        // At the last depth `fits` reads, only the top level is checked.
        let mut candidates = branches
            .iter()
            .filter(|&&b| self.fits(value, b, MAX_FIT_DEPTH));
        let first = *candidates.next()?;
        if candidates.next().is_none() {
            return Some(first);
        }
        branches.iter().copied().find(|&b| self.fits(value, b, 0))
    }

    /// Whether `value` fits node `id` as far as choosing a union's branch
    /// needs: types, listed values, required properties, refused ones, and
    /// the same of what they contain. Formats and ranges are not checked.
    fn fits(&self, value: &Value, id: NodeId, depth: usize) -> bool {
        if depth > MAX_FIT_DEPTH {
            return true;
        }
        let node = &self.nodes[id];
        if node.never || (node.types != 0 && node.types & value_bits(value) == 0) {
            return false;
        }
        if let Some(listed) = &node.listed
            && !listed.contains(value)
        {
            return false;
        }
        if !node.union.is_empty() && !node.union.iter().any(|&b| self.fits(value, b, depth + 1)) {
            return false;
        }
        if !node.all_of.iter().all(|&p| self.fits(value, p, depth + 1)) {
            return false;
        }
        match value {
            Value::Object(fields) => {
                node.required.iter().all(|name| fields.contains_key(name))
                    && fields.iter().all(|(key, value)| {
                        match node.properties.as_ref().and_then(|p| p.get(key)) {
                            Some(&p) => self.fits(value, p, depth + 1),
                            None => match node.additional {
                                Additional::Unsaid => true,
                                Additional::Refused => false,
                                Additional::Schema(s) => self.fits(value, s, depth + 1),
                            },
                        }
                    })
            }
            Value::Array(items) => node
                .items
                .is_none_or(|s| items.iter().all(|item| self.fits(item, s, depth + 1))),
            _ => true,
        }
    }
}

struct Compiler<'s> {
    root: &'s Value,
    nodes: Vec<Node>,
    /// The node of each schema compiled so far, by its address in `root`:
    /// what makes recursive schemas compile once.
    seen: HashMap<*const Value, NodeId>,
}

impl<'s> Compiler<'s> {
    fn compile(&mut self, schema: &'s Value) -> NodeId {
        // A `$ref` that leads nowhere says nothing to compare with.
        let Some(schema) = resolve(self.root, schema) else {
            return ANY;
        };
        if let Some(&id) = self.seen.get(&(schema as *const Value)) {
            return id;
        }
        let id = self.nodes.len();
        self.nodes.push(Node::default());
        self.seen.insert(schema, id);
        let node = match schema {
            Value::Object(keywords) => self.node(keywords),
            Value::Bool(false) => Node {
                never: true,
                ..Node::default()
            },
            _ => Node::default(),
        };
        self.nodes[id] = node;
        id
    }

    fn node(&mut self, keywords: &'s Map<String, Value>) -> Node {
        let mut node = Node {
            types: match keywords.get("type") {
                Some(Value::String(name)) => type_bit(name),
                Some(Value::Array(names)) => names
                    .iter()
                    .map(|n| n.as_str().map_or(0, type_bit))
                    .try_fold(0, |all, bit| (bit != 0).then_some(all | bit))
                    .unwrap_or(0),
                _ => 0,
            },
            listed: match (keywords.get("enum"), keywords.get("const")) {
                (Some(Value::Array(listed)), _) => Some(listed.clone()),
                (None, Some(one)) => Some(vec![one.clone()]),
                _ => None,
            },
            required: match keywords.get("required") {
                Some(Value::Array(names)) => names
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_owned))
                    .collect(),
                _ => Vec::new(),
            },
            ..Node::default()
        };
        if let Some(Value::Array(branches)) =
            keywords.get("anyOf").or_else(|| keywords.get("oneOf"))
        {
            node.open_enum = open_enum(self.root, branches);
            node.union = branches.iter().map(|b| self.compile(b)).collect();
        }
        if let Some(Value::Array(parts)) = keywords.get("allOf") {
            node.all_of = parts.iter().map(|p| self.compile(p)).collect();
        }
        if let Some(Value::Object(properties)) = keywords.get("properties") {
            node.properties = Some(
                properties
                    .iter()
                    .map(|(name, schema)| (name.clone(), self.compile(schema)))
                    .collect(),
            );
        }
        node.additional = match keywords.get("additionalProperties") {
            None => Additional::Unsaid,
            Some(Value::Bool(false)) => Additional::Refused,
            Some(schema) => Additional::Schema(self.compile(schema)),
        };
        if let Some(items) = keywords.get("items") {
            node.items = Some(self.compile(items));
        }
        node
    }
}

/// The listed strings, sorted, when `branches` are an open enum's: listed
/// strings (`enum` or `const`), then a plain string, the `Unknown` variant.
/// This is what schemars derives from an enum with an
/// `#[serde(untagged)] Unknown(String)` variant: `anyOf: [{type: string,
/// enum: [...]}, {type: string}]`.
fn open_enum(root: &Value, branches: &[Value]) -> Option<Vec<String>> {
    let (last, listed) = branches.split_last()?;
    if listed.is_empty() || !is_plain_string(resolve(root, last)?) {
        return None;
    }
    let mut values = Vec::new();
    for branch in listed {
        let branch = resolve(root, branch)?;
        let found: Vec<&Value> = match (branch.get("enum"), branch.get("const")) {
            (Some(Value::Array(listed)), None) => listed.iter().collect(),
            (None, Some(one)) => vec![one],
            _ => return None,
        };
        for value in found {
            values.push(value.as_str()?.to_owned());
        }
    }
    values.sort();
    Some(values)
}

/// `{"type": "string"}`, with nothing but annotations beside it.
fn is_plain_string(schema: &Value) -> bool {
    let Value::Object(keywords) = schema else {
        return false;
    };
    keywords.get("type").and_then(Value::as_str) == Some("string")
        && keywords.keys().all(|k| {
            matches!(
                k.as_str(),
                "type" | "description" | "title" | "examples" | "deprecated" | "$comment"
            )
        })
}

/// The schema `schema` stands for, its `$ref`s (into `root`) followed; the
/// keywords beside a `$ref` (schemars writes only annotations there) are
/// not read.
fn resolve<'s>(root: &'s Value, mut schema: &'s Value) -> Option<&'s Value> {
    for _ in 0..32 {
        match schema.get("$ref") {
            Some(Value::String(reference)) => schema = pointed(root, reference)?,
            _ => return Some(schema),
        }
    }
    None
}

/// The schema a local reference (`#/$defs/Name`, its name percent-encoded
/// as schemars writes it) points to in `root`.
pub(super) fn pointed<'s>(root: &'s Value, reference: &str) -> Option<&'s Value> {
    let pointer = reference.strip_prefix('#')?;
    let mut at = root;
    for token in pointer.split('/').skip(1) {
        at = if token.contains(['%', '~']) {
            let token = percent_decoded(token)?
                .replace("~1", "/")
                .replace("~0", "~");
            at.get(token.as_str())?
        } else {
            at.get(token)?
        };
    }
    Some(at)
}

fn percent_decoded(token: &str) -> Option<String> {
    let bytes = token.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = token.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

const NULL: u8 = 1;
const BOOLEAN: u8 = 2;
const OBJECT: u8 = 4;
const ARRAY: u8 = 8;
const STRING: u8 = 16;
const NUMBER: u8 = 32;
const INTEGER: u8 = 64;

/// The bit of a JSON Schema type name; 0 for a name this does not know.
fn type_bit(name: &str) -> u8 {
    match name {
        "null" => NULL,
        "boolean" => BOOLEAN,
        "object" => OBJECT,
        "array" => ARRAY,
        "string" => STRING,
        "number" => NUMBER,
        "integer" => INTEGER,
        _ => 0,
    }
}

/// The types a value has, as serde decodes it: a number written without a
/// fraction or exponent is an `integer` and a `number`, any other only a
/// `number`.
fn value_bits(value: &Value) -> u8 {
    match value {
        Value::Null => NULL,
        Value::Bool(_) => BOOLEAN,
        Value::Object(_) => OBJECT,
        Value::Array(_) => ARRAY,
        Value::String(_) => STRING,
        Value::Number(n) if n.is_i64() || n.is_u64() => NUMBER | INTEGER,
        Value::Number(_) => NUMBER,
    }
}

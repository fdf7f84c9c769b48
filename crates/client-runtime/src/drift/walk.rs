//! The comparison of one body with its model: every property the model does
//! not declare, and every value an open enum does not list.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::model::{Additional, Model, NodeId};
use super::property_name::key_token;
use super::{Drift, DriftKind};

/// How many distinct drifts one body can show; the rest of a body that
/// departs this far is not read.
pub(super) const MAX_PER_BODY: usize = 64;

/// How deep the comparison follows a body. serde_json decodes at most 128
/// levels, so a body that decoded is never deeper.
const MAX_DEPTH: usize = 160;

/// Every drift of `body` from `model`, each folded pointer and kind once,
/// in order.
pub(super) fn drifts(model: &Model, body: &Value) -> BTreeSet<Drift> {
    let mut walk = Walk {
        model,
        pointer: String::new(),
        found: BTreeSet::new(),
    };
    walk.value(body, model.root(), 0);
    walk.found
}

struct Walk<'m> {
    model: &'m Model,
    /// Where the walk is, folded.
    pointer: String,
    found: BTreeSet<Drift>,
}

impl Walk<'_> {
    fn value(&mut self, value: &Value, id: NodeId, depth: usize) {
        if depth > MAX_DEPTH || self.found.len() >= MAX_PER_BODY {
            return;
        }
        let node = self.model.node(id);
        if !node.union.is_empty() {
            if let Some(listed) = &node.open_enum {
                if let Value::String(s) = value
                    && listed.binary_search(s).is_err()
                {
                    self.record(DriftKind::UnlistedEnumValue);
                }
                return;
            }
            if let Some(branch) = self.model.chosen(value, &node.union) {
                self.value(value, branch, depth + 1);
            }
            return;
        }
        match value {
            Value::Object(fields) => self.object(fields, id, depth),
            Value::Array(items) => {
                if let Some(schema) = node.items {
                    for item in items {
                        let at = self.push("*");
                        self.value(item, schema, depth + 1);
                        self.pointer.truncate(at);
                    }
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, fields: &Map<String, Value>, id: NodeId, depth: usize) {
        let model = self.model;
        let node = model.node(id);
        // The node and its `allOf` parts (none, for a generated struct).
        let parts = || std::iter::once(node).chain(node.all_of.iter().map(|&p| model.node(p)));
        let declares = parts().any(|p| p.properties.is_some());
        let additional = parts()
            .map(|p| p.additional)
            .find(|a| !matches!(a, Additional::Unsaid))
            .unwrap_or_default();
        // No properties and no map: a free-form object declares nothing
        // either way.
        if !declares && matches!(additional, Additional::Unsaid) {
            return;
        }
        for (key, value) in fields {
            let declared = parts().find_map(|p| p.properties.as_ref()?.get(key).copied());
            if let Some(schema) = declared {
                let at = self.push_key(key);
                self.value(value, schema, depth + 1);
                self.pointer.truncate(at);
                continue;
            }
            match additional {
                // Refused while decoding: nothing decoded silently.
                Additional::Refused => {}
                Additional::Schema(schema) => {
                    let at = self.push("*");
                    self.value(value, schema, depth + 1);
                    self.pointer.truncate(at);
                }
                Additional::Unsaid => {
                    let at = self.push(key_token(key));
                    self.record(DriftKind::UndeclaredProperty);
                    self.pointer.truncate(at);
                }
            }
            if self.found.len() >= MAX_PER_BODY {
                return;
            }
        }
    }

    /// Appends `/token` to the pointer; returns the length to cut back to.
    fn push(&mut self, token: &str) -> usize {
        let at = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(token);
        at
    }

    /// Appends a declared property's name, escaped as RFC 6901 asks (`~0`,
    /// `~1`); returns the length to cut back to.
    fn push_key(&mut self, key: &str) -> usize {
        let at = self.pointer.len();
        self.pointer.push('/');
        for c in key.chars() {
            match c {
                '~' => self.pointer.push_str("~0"),
                '/' => self.pointer.push_str("~1"),
                c => self.pointer.push(c),
            }
        }
        at
    }

    fn record(&mut self, kind: DriftKind) {
        if self.found.len() < MAX_PER_BODY {
            self.found.insert(Drift {
                pointer: self.pointer.clone(),
                kind,
            });
        }
    }
}

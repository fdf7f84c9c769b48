//! The Rust view: the public surfaces of the code generated for both sides,
//! compared item by item.

use spec_model::surface::{Model, Surface};

use super::{Change, Impact, change};

/// What changed in the Rust API of a generated crate.
pub fn rust_changes(base: &Surface, head: &Surface) -> Vec<Change> {
    use Impact::*;
    let mut changes = Vec::new();
    for op in &base.operations {
        let place = format!("`Client::{}`", op.method);
        let Some(now) = head.operation(&op.method) else {
            changes.push(change(
                Breaking,
                place,
                "method removed: calls to it no longer compile",
            ));
            continue;
        };
        for p in &op.params {
            match now.params.iter().find(|q| q.name == p.name) {
                None => changes.push(change(
                    Breaking,
                    format!("{place} `.{}()`", p.name),
                    "setter removed: calls to it no longer compile",
                )),
                Some(q) => {
                    if q.ty != p.ty {
                        changes.push(change(
                            Breaking,
                            format!("{place} `.{}()`", p.name),
                            format!("takes `{}` instead of `{}`", q.ty.short, p.ty.short),
                        ));
                    }
                    if q.required && !p.required {
                        changes.push(change(
                            Breaking,
                            format!("{place} `.{}()`", p.name),
                            "now required: `send()` fails without it",
                        ));
                    }
                }
            }
        }
        for q in &now.params {
            if !op.params.iter().any(|p| p.name == q.name) {
                let (impact, what) = if q.required {
                    (Breaking, "new required setter: `send()` fails without it")
                } else {
                    (NonBreaking, "new optional setter")
                };
                changes.push(change(impact, format!("{place} `.{}()`", q.name), what));
            }
        }
        for (what, a, b) in [
            (
                "body",
                op.body.as_ref().map(|t| &t.short),
                now.body.as_ref().map(|t| &t.short),
            ),
            (
                "success type",
                Some(&op.success.short),
                Some(&now.success.short),
            ),
            ("error type", Some(&op.error.short), Some(&now.error.short)),
        ] {
            if a != b {
                let show = |t: Option<&String>| t.map_or("none".to_owned(), |t| format!("`{t}`"));
                changes.push(change(
                    Breaking,
                    place.clone(),
                    format!("{what} {} → {}", show(a), show(b)),
                ));
            }
        }
    }
    for op in &head.operations {
        if base.operation(&op.method).is_none() {
            changes.push(change(
                NonBreaking,
                format!("`Client::{}`", op.method),
                "method added",
            ));
        }
    }
    for model in &base.models {
        let place = format!("`types::{}`", model.name());
        let Some(now) = head.models.iter().find(|m| m.name() == model.name()) else {
            changes.push(change(
                Breaking,
                place,
                "type removed: code naming it no longer compiles",
            ));
            continue;
        };
        match (model, now) {
            (Model::Struct { fields: a, .. }, Model::Struct { fields: b, .. }) => {
                for field in a {
                    match b.iter().find(|f| f.name == field.name) {
                        None => changes.push(change(
                            Breaking,
                            format!("{place} `.{}`", field.name),
                            "field removed: code reading it no longer compiles",
                        )),
                        Some(f) if f.ty != field.ty => changes.push(change(
                            Breaking,
                            format!("{place} `.{}`", field.name),
                            format!("type `{}` → `{}`", field.ty.short, f.ty.short),
                        )),
                        Some(f) if f.json != field.json => changes.push(change(
                            Breaking,
                            format!("{place} `.{}`", field.name),
                            format!(
                                "JSON name `{}` → `{}`: compiles, but reads and writes other JSON",
                                field.json, f.json
                            ),
                        )),
                        Some(_) => {}
                    }
                }
                for field in b {
                    if !a.iter().any(|f| f.name == field.name) {
                        let optional = ["Option<", "Vec<", "BTreeMap<"]
                            .iter()
                            .any(|p| field.ty.short.starts_with(p));
                        let (impact, what) = if optional {
                            (NonBreaking, "field added (the type is `#[non_exhaustive]`)")
                        } else {
                            (Breaking, "required field added: builders fail without it")
                        };
                        changes.push(change(impact, format!("{place} `.{}`", field.name), what));
                    }
                }
            }
            (Model::Enum { variants: a, .. }, Model::Enum { variants: b, .. }) => {
                for v in a {
                    match b.iter().find(|w| w.name == v.name) {
                        None => changes.push(change(
                            Breaking,
                            format!("{place}::{}", v.name),
                            "variant removed: code naming it no longer compiles",
                        )),
                        Some(w) if w.holds != v.holds || w.json != v.json => changes.push(change(
                            Breaking,
                            format!("{place}::{}", v.name),
                            "variant changed",
                        )),
                        Some(_) => {}
                    }
                }
                for v in b {
                    if !a.iter().any(|w| w.name == v.name) {
                        changes.push(change(
                            NonBreaking,
                            format!("{place}::{}", v.name),
                            "variant added (the enum is `#[non_exhaustive]`)",
                        ));
                    }
                }
            }
            (Model::Newtype { inner: a, .. }, Model::Newtype { inner: b, .. }) if a != b => {
                changes.push(change(
                    Breaking,
                    place,
                    format!("wraps `{}` instead of `{}`", b.short, a.short),
                ));
            }
            (Model::Newtype { .. }, Model::Newtype { .. }) => {}
            _ => changes.push(change(
                Breaking,
                place,
                "changed kind (struct, enum or newtype)",
            )),
        }
    }
    for model in &head.models {
        if !base.models.iter().any(|m| m.name() == model.name()) {
            changes.push(change(
                NonBreaking,
                format!("`types::{}`", model.name()),
                "type added",
            ));
        }
    }
    changes
}

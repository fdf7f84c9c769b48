//! The Rust names the generator gives to what a spec names, worked out
//! before generation, so that two names that would become one are found
//! with their place in the spec. typify (types, fields, enum variants) and
//! progenitor (methods, builders, parameters) spell names almost alike; the
//! one difference is how a name that cannot start an identifier begins.
//! A test generates code and compares the names.

use heck::{ToSnakeCase, ToUpperCamelCase};
use unicode_ident::{is_xid_continue, is_xid_start};

/// Which case a name is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// UpperCamelCase: types, enum variants, builder structs.
    Pascal,
    /// snake_case: fields, methods, parameters.
    Snake,
}

/// Who names the item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Namer {
    /// typify prefixes `x` (or `X`) to a name that cannot start an
    /// identifier.
    Typify,
    /// progenitor prefixes `_`.
    Progenitor,
}

fn sanitize(input: &str, case: Case, namer: Namer) -> String {
    let to_case = |s: &str| match case {
        Case::Pascal => s.to_upper_camel_case(),
        Case::Snake => s.to_snake_case(),
    };
    let out = match input {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => to_case(
            &input
                .replace('\'', "")
                .replace(|c: char| !is_xid_continue(c), "-"),
        ),
    };
    let out = match out.chars().next() {
        None => to_case("x"),
        Some(c) if is_xid_start(c) => out,
        Some(_) => match namer {
            Namer::Typify => format!("{}{out}", to_case("x")),
            Namer::Progenitor => format!("_{out}"),
        },
    };
    if typify::accept_as_ident(&out) {
        out
    } else {
        format!("{out}_")
    }
}

/// The name typify gives a type (`Pascal`) or a field (`Snake`).
pub fn typify(input: &str, case: Case) -> String {
    sanitize(input, case, Namer::Typify)
}

/// The name progenitor gives an operation's method (`Snake`) or builder
/// (`Pascal`), or a parameter's builder method (`Snake`).
pub fn progenitor(input: &str, case: Case) -> String {
    sanitize(input, case, Namer::Progenitor)
}

/// The fields of an object with these property names, in order: typify's
/// names, with leading underscores spelled out where that tells two fields
/// apart (the `field_names` pass: `_id` beside `id` is `underscore_id`).
pub fn fields<'a>(properties: impl IntoIterator<Item = &'a str>) -> Vec<(&'a str, String)> {
    let named: Vec<(&str, String)> = properties
        .into_iter()
        .map(|p| (p, typify(p, Case::Snake)))
        .collect();
    named
        .iter()
        .map(|(property, field)| {
            let shared = named.iter().filter(|(_, f)| f == field).count() > 1;
            let underscores = property.len() - property.trim_start_matches('_').len();
            if shared && underscores > 0 {
                (
                    *property,
                    format!("{}{field}", "underscore_".repeat(underscores)),
                )
            } else {
                (*property, field.clone())
            }
        })
        .collect()
}

/// The variants typify gives a string enum with these values: each value
/// in UpperCamelCase; if two coincide, again with `_` and the characters
/// an identifier cannot hold written as `X`. Two may still coincide (typify
/// then panics).
pub fn variants<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<(&'a str, String)> {
    let values: Vec<&str> = values.into_iter().collect();
    let first: Vec<String> = values.iter().map(|v| typify(v, Case::Pascal)).collect();
    let unique = first
        .iter()
        .enumerate()
        .all(|(i, name)| !first[..i].contains(name));
    let names = if unique {
        first
    } else {
        values
            .iter()
            .map(|v| {
                typify(
                    &v.replace(|c: char| c == '_' || !is_xid_continue(c), "X"),
                    Case::Pascal,
                )
            })
            .collect()
    };
    values.into_iter().zip(names).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    use spec_model::spec::Spec;
    use syn::{Fields, ImplItem, Item};

    #[test]
    fn the_names_are_the_ones_the_generator_writes() {
        let properties = [
            "type",
            "self",
            "crate",
            "123",
            "a b",
            "deletedAt",
            "_id",
            "id",
            "é-x",
        ];
        let values = ["1", "2", "", "in progress", "ACTIVE", "a-b"];
        let operation = "2faCheck";
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://t.example'}}]\n\
             paths:\n  /t:\n    get:\n      operationId: '{operation}'\n      responses:\n\
             \x20       '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Thing'}}}}}}}}\n\
             components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n{}\
             \x20   Kind:\n      type: string\n      enum: [{}]\n",
            properties
                .iter()
                .map(|p| format!("        '{p}': {{type: string}}\n"))
                .collect::<String>()
                + "        kind: {$ref: '#/components/schemas/Kind'}\n",
            values.map(|v| format!("'{v}'")).join(", "),
        );
        let spec = Spec::parse(Path::new("names.yaml"), &text).unwrap();
        let generated = crate::codegen::generate(&spec).unwrap().tree;
        let types = generated
            .items
            .iter()
            .find_map(|i| match i {
                Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, c)| c),
                _ => None,
            })
            .unwrap();
        let written_fields: Vec<String> = types
            .iter()
            .find_map(|i| match i {
                Item::Struct(s) if s.ident == "Thing" => match &s.fields {
                    Fields::Named(f) => Some(
                        f.named
                            .iter()
                            .map(|f| f.ident.as_ref().unwrap().to_string())
                            .collect(),
                    ),
                    _ => None,
                },
                _ => None,
            })
            .unwrap();
        let mut predicted: Vec<String> = fields(properties.iter().copied().chain(["kind"]))
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        let mut written_sorted = written_fields.clone();
        predicted.sort();
        written_sorted.sort();
        assert_eq!(written_sorted, predicted);
        let written_variants: Vec<String> = types
            .iter()
            .find_map(|i| match i {
                Item::Enum(e) if e.ident == "Kind" => {
                    Some(e.variants.iter().map(|v| v.ident.to_string()).collect())
                }
                _ => None,
            })
            .unwrap();
        let mut predicted: Vec<String> = variants(values).into_iter().map(|(_, v)| v).collect();
        predicted.push("Unknown".into());
        assert_eq!(written_variants, predicted);
        let method = progenitor(operation, Case::Snake);
        let has_method = generated.items.iter().any(|i| match i {
            Item::Impl(imp) => imp
                .items
                .iter()
                .any(|f| matches!(f, ImplItem::Fn(f) if f.sig.ident == method)),
            _ => false,
        });
        assert!(has_method, "no `Client::{method}`");
    }

    #[test]
    fn names_as_the_generator_spells_them() {
        assert_eq!(typify("order-item", Case::Pascal), "OrderItem");
        assert_eq!(typify("type", Case::Snake), "type_");
        assert_eq!(typify("Self", Case::Snake), "self_");
        assert_eq!(typify("123", Case::Snake), "x123");
        assert_eq!(typify("", Case::Snake), "x");
        assert_eq!(typify("$", Case::Snake), "x");
        assert_eq!(progenitor("2fa", Case::Snake), "_2fa");
        assert_eq!(progenitor("getÖrder", Case::Snake), "get_örder");
        assert_eq!(
            fields(["_id", "id", "a-b"]),
            [
                ("_id", "underscore_id".to_owned()),
                ("id", "id".to_owned()),
                ("a-b", "a_b".to_owned())
            ]
        );
        let names = |values: &[&'static str]| -> Vec<String> {
            variants(values.iter().copied())
                .into_iter()
                .map(|(_, n)| n)
                .collect()
        };
        assert_eq!(names(&["a-b", "ab"]), ["AB", "Ab"]);
        // Told apart only by the fallback: `a-b` is `AB` at first, like `aB`.
        assert_eq!(names(&["a-b", "aB"]), ["AXb", "AB"]);
        assert_eq!(names(&["a-b", "a_b"]), ["AXb", "AXb"]);
        assert_eq!(names(&["+", "-"]), ["X", "X"]);
    }
}

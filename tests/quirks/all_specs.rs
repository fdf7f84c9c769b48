//! Rows G1... of specs/QUIRKS.md: what holds for every spec.

use heck::ToSnakeCase;
use serde_json::{Value, json};
use spec_model::spec::Spec;
use spec_model::walk::operations_in;

use crate::{at, field_type, spec, surface};

const APIS: [&str; 4] = [
    "adobe-cpapi",
    "fabric-cart",
    "fabric-orders",
    "fabric-subscriptions",
];

#[test]
fn info_has_a_title_a_version_a_contact_and_no_license() {
    // G2 and V1.
    for (api, version) in [
        ("adobe-cpapi", "3.0"),
        ("fabric-cart", "3.0"),
        ("fabric-orders", "1.0"),
        ("fabric-subscriptions", "1.0"),
    ] {
        let s = spec(api);
        let info = at(&s, "/info");
        assert!(
            info["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{api}"
        );
        assert_eq!(info["version"], version, "{api}");
        assert_eq!(
            info["contact"],
            json!({"name": "Maintainers of this repository's specs"}),
            "{api}"
        );
        assert!(info.get("license").is_none(), "{api}: see QUIRKS V1");
    }
}

#[test]
fn success_statuses_are_200_where_the_pages_show_none() {
    // G5: and the only success status of every operation is 200.
    for api in APIS {
        let s = spec(api);
        for operation in operations_in(&s.document) {
            let success: Vec<&String> = operation.operation["responses"]
                .as_object()
                .unwrap()
                .keys()
                .filter(|status| status.starts_with('2'))
                .collect();
            assert_eq!(success, ["200"], "{api} {}", operation.pointer);
        }
    }
}

/// Every `enum` in a spec's schemas, by pointer.
fn enums(spec: &Spec) -> Vec<(String, Value)> {
    fn walk(value: &Value, pointer: String, found: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(object) => {
                if let Some(values) = object.get("enum") {
                    found.push((pointer.clone(), values.clone()));
                }
                for (key, child) in object {
                    if key != "example" && key != "examples" && key != "enum" {
                        walk(child, format!("{pointer}/{key}"), found);
                    }
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
    walk(&spec.document, String::new(), &mut found);
    found
}

#[test]
fn enums_list_the_documented_values_and_the_client_keeps_others() {
    // G6: the pages' lists, exactly; any other value still decodes.
    let expected = [
        (
            "fabric-subscriptions",
            "/components/schemas/OrderStatus",
            json!([
                "SCHEDULED",
                "CANCELED",
                "SUCCESS",
                "SKIPPED",
                "RETRY",
                "SUBMITTED",
                "FAILED"
            ]),
        ),
        (
            "fabric-subscriptions",
            "/components/schemas/CustomerStatus",
            json!(["ACTIVE", "INACTIVE"]),
        ),
        (
            "fabric-subscriptions",
            "/components/schemas/RetryType",
            json!(["PAYMENT RETRY", "INTENTORY RETRY", "GENERIC RETRY"]),
        ),
        (
            "adobe-cpapi",
            "/components/schemas/OrderType",
            json!(["NEW", "TRANSFER", "RENEWAL"]),
        ),
        (
            "adobe-cpapi",
            "/components/schemas/OrderStatus",
            json!(["1000", "1002", "1004", "1026"]),
        ),
    ];
    for api in APIS {
        let mut found = enums(&spec(api));
        found.sort_by(|a, b| a.0.cmp(&b.0));
        let mut wanted: Vec<(String, Value)> = expected
            .iter()
            .filter(|(a, _, _)| *a == api)
            .map(|(_, p, v)| ((*p).to_owned(), v.clone()))
            .collect();
        wanted.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(found, wanted, "{api}");
    }
    use adobe_cpapi::types as adobe;
    use fabric_subscriptions::types as subscriptions;
    let other = json!("NOT_DOCUMENTED");
    let unknown = || "NOT_DOCUMENTED".to_owned();
    assert_eq!(
        serde_json::from_value::<subscriptions::OrderStatus>(other.clone()).unwrap(),
        subscriptions::OrderStatus::Unknown(unknown())
    );
    assert_eq!(
        serde_json::from_value::<subscriptions::CustomerStatus>(other.clone()).unwrap(),
        subscriptions::CustomerStatus::Unknown(unknown())
    );
    assert_eq!(
        serde_json::from_value::<subscriptions::RetryType>(other.clone()).unwrap(),
        subscriptions::RetryType::Unknown(unknown())
    );
    assert_eq!(
        serde_json::from_value::<adobe::OrderType>(other.clone()).unwrap(),
        adobe::OrderType::Unknown(unknown())
    );
    assert_eq!(
        serde_json::from_value::<adobe::OrderStatus>(other).unwrap(),
        adobe::OrderStatus::Unknown(unknown())
    );
}

/// The range of a Rust integer type, by its short name.
fn rust_range(ty: &str) -> (i128, i128) {
    match ty {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        "NonZeroU8" => (1, u8::MAX.into()),
        "NonZeroU16" => (1, u16::MAX.into()),
        "NonZeroU32" => (1, u32::MAX.into()),
        "NonZeroU64" => (1, u64::MAX.into()),
        other => panic!("`{other}` is not an integer type this test knows"),
    }
}

/// The range an integer schema admits; `None` when it has no bound.
fn spec_range(schema: &Value) -> Option<(i128, i128)> {
    let (mut low, mut high) = match schema.get("format").and_then(Value::as_str) {
        Some("int32") => (i128::from(i32::MIN), i128::from(i32::MAX)),
        Some("int64") => (i128::from(i64::MIN), i128::from(i64::MAX)),
        _ => return None,
    };
    if let Some(min) = schema.get("minimum").and_then(Value::as_i64) {
        low = low.max(min.into());
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_i64) {
        high = high.min(max.into());
    }
    Some((low, high))
}

/// `Option<Vec<i32>>` is `i32`.
fn innermost(ty: &str) -> &str {
    let mut ty = ty;
    for wrapper in ["Option<", "Vec<"] {
        if let Some(inner) = ty.strip_prefix(wrapper) {
            ty = inner.strip_suffix('>').unwrap_or(inner);
        }
    }
    ty
}

#[test]
fn every_integer_the_spec_admits_fits_its_rust_type() {
    // G7: a value the spec admits must decode; where the Rust type admits
    // more than the spec, the ledger says so (A14, A20).
    let mut wider = Vec::new();
    for api in APIS {
        let s = spec(api);
        let generated = surface(api);
        let mut integers: Vec<(String, Value, String)> = Vec::new();
        for (name, schema) in at(&s, "/components/schemas").as_object().unwrap() {
            for (property, value) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let value = value.get("items").unwrap_or(value);
                if value["type"] == "integer" {
                    let ty = field_type(&generated, name, property);
                    integers.push((format!("{name}.{property}"), value.clone(), ty));
                }
            }
        }
        for operation in operations_in(&s.document) {
            let method = operation.operation["operationId"]
                .as_str()
                .unwrap()
                .to_snake_case();
            for parameter in operation.operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
            {
                if parameter["schema"]["type"] == "integer" {
                    let wire = parameter["name"].as_str().unwrap();
                    let ty = generated
                        .operation(&method)
                        .and_then(|o| o.params.iter().find(|p| p.wire == wire))
                        .map(|p| p.ty.short.clone())
                        .unwrap_or_else(|| panic!("{api}: no parameter `{wire}` on `{method}`"));
                    integers.push((format!("{method}({wire})"), parameter["schema"].clone(), ty));
                }
            }
        }
        assert!(!integers.is_empty(), "{api}: no integers found");
        for (place, schema, ty) in integers {
            let Some((low, high)) = spec_range(&schema) else {
                panic!("{api} {place}: an integer with no format admits values no Rust type holds");
            };
            let (rust_low, rust_high) = rust_range(innermost(&ty));
            assert!(
                rust_low <= low && high <= rust_high,
                "{api} {place}: the spec admits {low}..={high}, {ty} holds {rust_low}..={rust_high}"
            );
            if (rust_low, rust_high) != (low, high) {
                wider.push(format!("{api} {place}: {ty}"));
            }
        }
    }
    assert_eq!(
        wider,
        [
            "adobe-cpapi get_order_history(limit): NonZeroU32",
            "adobe-cpapi get_order_history(offset): i32"
        ]
    );
}

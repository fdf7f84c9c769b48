//! Some goldens at run time: what the generated types decode and encode,
//! for the cases whose promise is about run time (recursion that does not
//! overflow the stack, values the spec does not list), and what a client
//! that reports drift finds in them (`client_runtime::drift`).

use serde_json::{Value, json};

/// Decodes `value` as `T` and encodes it back.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: Value) -> Value {
    let decoded: T = serde_json::from_value(value).expect("decodes");
    serde_json::to_value(decoded).expect("encodes")
}

#[test]
fn a_schema_that_holds_itself_through_a_wrapped_ref_decodes_nested_values() {
    use crate::recursion_through_description::types::Thing;
    let value = json!({"id": "a", "child": {"id": "b", "child": {"id": "c"}}});
    assert_eq!(round_trip::<Thing>(value.clone()), value);

    use crate::recursion_through_allof::types::Thing as Wrapped;
    let value = json!({"id": "a", "child": {"id": "b", "child": {"id": "c"}}});
    assert_eq!(round_trip::<Wrapped>(value.clone()), value);
}

#[test]
fn two_schemas_that_hold_each_other_decode_nested_values() {
    use crate::recursion_two_schemas::types::Thing;
    let value = json!({
        "id": "a",
        "other": {"back": {"id": "b"}, "things": [{"id": "c", "other": {}}]}
    });
    assert_eq!(round_trip::<Thing>(value.clone()), value);
}

#[test]
fn a_payload_nested_deeper_than_the_decoder_allows_is_an_error_not_a_crash() {
    use crate::recursion_through_description::types::Thing;
    // Written as text: building it as a `Value` would recurse as deep.
    let depth = 100_000;
    let text = format!("{}{{}}{}", r#"{"child":"#.repeat(depth), "}".repeat(depth));
    let error = serde_json::from_str::<Thing>(&text).unwrap_err();
    assert!(error.to_string().contains("recursion limit"), "{error}");
}

#[test]
fn an_integer_enum_takes_values_the_spec_does_not_list() {
    use crate::integer_enum::types::Thing;
    let value = json!({"priority": 7});
    assert_eq!(round_trip::<Thing>(value.clone()), value);
}

#[test]
fn string_enums_keep_values_the_spec_does_not_list() {
    use crate::pass_open_enums::types::Status;
    let status: Status = serde_json::from_value(json!("archived")).unwrap();
    assert_eq!(status, Status::Unknown("archived".into()));
    assert_eq!(status.as_str(), "archived");
    let listed: Status = serde_json::from_value(json!("in progress")).unwrap();
    assert_eq!(listed.as_str(), "in progress");

    use crate::enum_values_without_letters::types::Code;
    let empty: Code = serde_json::from_value(json!("")).unwrap();
    assert!(!matches!(empty, Code::Unknown(_)), "{empty:?}");
    assert_eq!(empty.as_str(), "");
}

#[test]
fn keyword_and_digit_properties_keep_their_wire_names() {
    use crate::property_keywords::types::Thing;
    let value = json!({"type": "t", "self": "s", "crate": "c", "123": "n", "a b": "ab"});
    assert_eq!(round_trip::<Thing>(value.clone()), value);
    let thing: Thing = serde_json::from_value(value).unwrap();
    assert_eq!(thing.type_.as_deref(), Some("t"));
    assert_eq!(thing.x123.as_deref(), Some("n"));
}

#[test]
fn uuids_and_patterns_are_checked_when_decoding() {
    use crate::format_uuid::types::Thing;
    let value = json!({"id": "67e55044-10b1-426f-9247-bb680e5fe0c8"});
    assert_eq!(round_trip::<Thing>(value.clone()), value);
    assert!(serde_json::from_value::<Thing>(json!({"id": "not a uuid"})).is_err());

    use crate::pattern::types::Thing as Coded;
    let value = json!({"code": "ABC"});
    assert_eq!(round_trip::<Coded>(value.clone()), value);
    assert!(serde_json::from_value::<Coded>(json!({"code": "abc"})).is_err());
}

#[test]
fn schemas_named_like_std_types_are_the_spec_s() {
    use crate::schemas_named_like_std::types::Result;
    let value = json!({"value": {"text": "t"}, "items": [1, 2]});
    assert_eq!(round_trip::<Result>(value.clone()), value);
}

/// `client_runtime::drift::find`, as `kind at pointer` lines.
fn drift<T: schemars::JsonSchema + 'static>(value: &Value) -> Vec<String> {
    client_runtime::drift::find::<T>(value)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn drift_reports_read_the_schemas_of_generated_open_enums() {
    use crate::pass_open_enums::types::Thing;
    assert_eq!(
        drift::<Thing>(&json!({"status": "in progress"})),
        Vec::<String>::new()
    );
    assert_eq!(
        drift::<Thing>(&json!({"status": "archived"})),
        ["unlisted-enum-value at `/status`"]
    );

    // The empty string is a listed value.
    use crate::enum_values_without_letters::types::Code;
    assert_eq!(drift::<Code>(&json!("")), Vec::<String>::new());

    // Integer enums are not open enums: any integer is a declared value.
    use crate::integer_enum::types::Thing as Prioritized;
    assert_eq!(
        drift::<Prioritized>(&json!({"priority": 7})),
        Vec::<String>::new()
    );
}

#[test]
fn drift_reports_know_every_property_name_the_spec_declares() {
    use crate::property_keywords::types::Thing;
    let value = json!({"type": "t", "self": "s", "crate": "c", "123": "n", "a b": "ab"});
    assert_eq!(drift::<Thing>(&value), Vec::<String>::new());
    let mut more = value;
    more["kind"] = json!("k");
    assert_eq!(drift::<Thing>(&more), ["undeclared-property at `/kind`"]);
}

#[test]
fn drift_reports_read_an_untagged_union_through_the_variant_that_decoded() {
    use crate::pass_untagged_variants::types::Thing;
    for when in ["2019-05-02", "2019-05-02T22:49:54Z"] {
        assert_eq!(drift::<Thing>(&json!({"when": when})), Vec::<String>::new());
    }
}

#[test]
fn date_times_and_numbers_encode_as_they_were_sent() {
    use crate::pass_field_serializers::types::Thing;
    let value = json!({
        "createdAt": "2022-11-30T10:34:58.517Z",
        "updatedAt": "2022-11-30T10:34:58Z",
        "history": ["2019-05-02T22:49:54.123456Z"],
        "price": 10,
        "discount": 12.99,
        "weights": [1, 2.5],
        "code": 1000000006,
    });
    let written = serde_json::to_string(&serde_json::from_value::<Thing>(value.clone()).unwrap());
    assert_eq!(written.unwrap(), value.to_string());
    let fewer = json!({"createdAt": "2022-11-30T10:34:58.000000001Z", "price": 0.5, "code": "A1"});
    assert_eq!(round_trip::<Thing>(fewer.clone()), fewer);
}

//! Negative proof: each of the three checks catches a mismatch planted in a
//! real documented example.

use serde_json::{Value, json};
use spec_model::spec::Spec;

use crate::{Entry, catalog, checks};

/// The documented fabric Subscriptions order list, its spec and its entry.
fn subject() -> (Spec, Value, Entry) {
    let root = spec_model::workspace::root().expect("the workspace root");
    let spec = Spec::load(&root, "specs/fabric-subscriptions.yaml".as_ref()).unwrap();
    let example = spec_model::examples::documented(&spec)
        .into_iter()
        .find(|e| e.label() == "getCustomerOrders response 200")
        .unwrap();
    let entry = catalog::all()
        .into_iter()
        .find(|e| e.pointer == example.pointer)
        .unwrap();
    (spec, example.value, entry)
}

const SCHEMA: &str = "/paths/~1v1~1customers~1{customerId}~1orders/get/responses/200/content/application~1json/schema";

#[test]
fn the_unplanted_example_passes_all_three() {
    let (spec, example, entry) = subject();
    assert_eq!(checks::against_spec_schema(&spec, SCHEMA, &example), Ok(()));
    assert_eq!(
        checks::against_rust_schema(&(entry.rust_schema)(), &example),
        Ok(())
    );
    assert_eq!(checks::round_trip(entry.round_trip, &example), Ok(()));
}

#[test]
fn check_1_catches_a_value_of_the_wrong_type() {
    let (spec, mut example, _) = subject();
    example["data"]["orders"][0]["totalAmount"] = json!("100");
    let error = checks::against_spec_schema(&spec, SCHEMA, &example).unwrap_err();
    assert!(
        error.starts_with("at /data/orders/0/totalAmount: "),
        "{error}"
    );
}

#[test]
fn check_1_catches_a_malformed_date_time_and_an_unlisted_enum_value() {
    let (spec, mut example, _) = subject();
    example["data"]["orders"][0]["createdAt"] = json!("yesterday");
    let error = checks::against_spec_schema(&spec, SCHEMA, &example).unwrap_err();
    assert!(
        error.starts_with("at /data/orders/0/createdAt: "),
        "{error}"
    );

    let (spec, mut example, _) = subject();
    example["data"]["orders"][0]["status"] = json!("PAUSED");
    let error = checks::against_spec_schema(&spec, SCHEMA, &example).unwrap_err();
    assert!(error.starts_with("at /data/orders/0/status: "), "{error}");
}

#[test]
fn check_1_knows_openapi_nullable() {
    let (spec, mut example, _) = subject();
    // `deletedAt` is `nullable: true`: null is valid, a number is not.
    example["data"]["orders"][0]["deletedAt"] = Value::Null;
    assert_eq!(checks::against_spec_schema(&spec, SCHEMA, &example), Ok(()));
    example["data"]["orders"][0]["deletedAt"] = json!(3);
    assert!(checks::against_spec_schema(&spec, SCHEMA, &example).is_err());
}

#[test]
fn check_2_catches_a_value_of_the_wrong_type() {
    let (_, mut example, entry) = subject();
    example["data"]["orders"][0]["customer"]["isDeleted"] = json!("no");
    let error = checks::against_rust_schema(&(entry.rust_schema)(), &example).unwrap_err();
    assert!(
        error.starts_with("at /data/orders/0/customer/isDeleted: "),
        "{error}"
    );
}

#[test]
fn check_3_catches_a_field_the_model_drops() {
    // Neither schema forbids extra properties; only the round trip sees that
    // the model has nowhere to keep this one.
    let (spec, mut example, entry) = subject();
    example["data"]["orders"][0]["giftMessage"] = json!("Happy birthday");
    assert_eq!(checks::against_spec_schema(&spec, SCHEMA, &example), Ok(()));
    assert_eq!(
        checks::against_rust_schema(&(entry.rust_schema)(), &example),
        Ok(())
    );
    let error = checks::round_trip(entry.round_trip, &example).unwrap_err();
    assert_eq!(
        error,
        "encodes back differently at /data/orders/0: field `giftMessage` was dropped"
    );
}

#[test]
fn check_3_catches_a_value_the_model_cannot_hold() {
    let (_, mut example, entry) = subject();
    example["data"]["orders"][0]["lineItems"][0]["lineItemId"] = json!(1.5);
    let error = checks::round_trip(entry.round_trip, &example).unwrap_err();
    assert!(error.starts_with("does not decode: "), "{error}");
}

#[test]
fn the_drift_check_catches_an_undeclared_property_and_an_unlisted_value() {
    let (_, mut example, entry) = subject();
    assert_eq!((entry.drift)(&example), Vec::<String>::new());
    example["data"]["orders"][0]["lineItems"][0]["giftNote"] = json!("for Pat");
    example["data"]["orders"][0]["status"] = json!("ON_HOLD");
    assert_eq!(
        (entry.drift)(&example),
        [
            "undeclared-property at `/data/orders/*/lineItems/*/giftNote`",
            "unlisted-enum-value at `/data/orders/*/status`",
        ]
    );
}

//! Every comparison, in order: a call per API, a call with a large
//! synthetic body, each of them also with drift reports on against off,
//! then decoding and encoding each API's largest documented payload (and
//! the synthetic one), then the peak memory of a body far larger than the
//! client reads.

use std::collections::BTreeSet;
use std::path::Path;

use bytes::Bytes;
use serde_json::Value;

use crate::calls::{CALLS, Case, Registered};
use crate::input::{DocumentedExample, Input};
use crate::memory::{self, Reader};
use crate::report::{Comparison, Results};
use crate::{Budget, Entry, entries, measure, payloads};

/// The size the synthetic payload is grown to.
pub const SYNTHETIC_BYTES: usize = 100_000;

/// Runs every comparison within `budget` each; with a `filter`, only those
/// whose group (`call`, `drift`, `decode`, `encode`, `memory`) and case
/// contain it, such as `call adobe` (for a profiler). `input_path` is where
/// `input` was read from, for the child processes of the memory rows.
pub fn run(
    input: &Input,
    input_path: &Path,
    budget: Budget,
    filter: Option<&str>,
) -> Result<Results, String> {
    let wanted =
        |group: &str, case: &str| filter.is_none_or(|f| format!("{group} {case}").contains(f));
    let entries = entries();
    let apis: BTreeSet<&str> = input.examples.iter().map(|e| e.api.as_str()).collect();
    if apis.is_empty() {
        return Err("no documented example in the input".to_owned());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a tokio runtime: {e}"))?;
    let mut rows = Vec::new();
    let mut memory_call = None;

    // The largest success body of all, grown into the synthetic payload.
    let mut largest_call: Option<(&Registered, &DocumentedExample, Value)> = None;
    for api in &apis {
        let registered = CALLS.iter().find(|c| c.api == *api).ok_or_else(|| {
            format!(
                "{api}: no call in xtask/client-bench/src/calls.rs; add one for the operation \
                 with its largest documented success body"
            )
        })?;
        let success = payloads::largest(&input.examples, |e| e.api == *api && e.is_success())
            .ok_or_else(|| format!("{api}: no documented success body to answer with"))?;
        check(registered, success, entry(&entries, success)?)?;
        let request_body = request_example(input, api, success.operation.as_str());
        memory_call.get_or_insert(registered);
        let case = Case {
            label: format!("{api} {} {}", success.operation, success.message),
            payload: Bytes::from(compact(&success.value)),
            request_body: request_body.clone(),
        };
        rows.extend(calls(&runtime, registered, &case, budget, &wanted)?);
        if largest_call
            .as_ref()
            .is_none_or(|(_, best, _)| best.bytes() < success.bytes())
        {
            largest_call = Some((registered, success, request_body));
        }
    }

    let (registered, example, request_body) = largest_call.expect("one API at least");
    let grown = payloads::grown(&example.value, SYNTHETIC_BYTES)
        .ok_or_else(|| format!("{}: no array to grow", example.pointer))?;
    let grown_bytes = compact(&grown);
    let synthetic_label = format!(
        "{} {} {}, grown to {} KB",
        example.api,
        example.operation,
        example.message,
        grown_bytes.len() / 1000
    );
    let case = Case {
        label: synthetic_label.clone(),
        payload: Bytes::from(grown_bytes.clone()),
        request_body,
    };
    rows.extend(calls(&runtime, registered, &case, budget, &wanted)?);

    for api in &apis {
        let largest =
            payloads::largest(&input.examples, |e| e.api == *api).expect("each API has an example");
        let label = format!("{api} {} {}", largest.operation, largest.message);
        let bytes = compact(&largest.value);
        let entry = entry(&entries, largest)?;
        if wanted("decode", &label) || wanted("encode", &label) {
            rows.extend(serde_rows(&label, entry, &bytes, budget)?);
        }
    }
    if wanted("decode", &synthetic_label) || wanted("encode", &synthetic_label) {
        rows.extend(serde_rows(
            &synthetic_label,
            entry(&entries, example)?,
            &grown_bytes,
            budget,
        )?);
    }
    // One API's call is enough: the bound is the runtime's, the same for
    // every client.
    let registered = memory_call.expect("one API at least");
    if wanted("memory", registered.api) {
        let exe = std::env::current_exe()
            .map_err(|e| format!("cannot find this bench target's executable: {e}"))?;
        rows.extend(memory::rows(&exe, input_path, registered)?);
    }
    if wanted("memory", "download") {
        let exe = std::env::current_exe()
            .map_err(|e| format!("cannot find this bench target's executable: {e}"))?;
        rows.push(memory::download_row(&exe)?);
    }
    rows.retain(|row| wanted(&row.group, &row.case));
    Ok(Results { rows })
}

/// In a child process of a memory row: reads the large body of `api`'s
/// call with `reader`, and returns the peak memory above rest, in bytes.
pub fn memory_child(
    input: &Input,
    api: &str,
    reader: Reader,
    announced: bool,
) -> Result<u64, String> {
    let registered = CALLS
        .iter()
        .find(|c| c.api == api)
        .ok_or_else(|| format!("{api}: no call in xtask/client-bench/src/calls.rs"))?;
    let request_body = request_example(input, api, registered.operation);
    memory::measure(registered, request_body, reader, announced)
}

/// The documented request example of `api`'s `operation`, or `null`.
fn request_example(input: &Input, api: &str, operation: &str) -> Value {
    input
        .examples
        .iter()
        .find(|e| e.api == api && e.operation == operation && e.message == "request")
        .map_or(Value::Null, |e| e.value.clone())
}

/// The call against raw reqwest, then with drift reports on against off.
fn calls(
    runtime: &tokio::runtime::Runtime,
    registered: &Registered,
    case: &Case,
    budget: Budget,
    wanted: &impl Fn(&str, &str) -> bool,
) -> Result<Vec<Comparison>, String> {
    let mut rows = Vec::new();
    let groups = [
        ("call", Some(registered.run)),
        ("drift", Some(registered.drift)),
        ("token", registered.token),
    ];
    for (group, measure) in groups {
        let Some(measure) = measure else { continue };
        if wanted(group, &case.label) {
            eprintln!("{group}: {}", case.label);
            rows.push(runtime.block_on(measure(case, budget))?);
        }
    }
    Ok(rows)
}

/// The catalog's entry for a documented example.
fn entry<'a>(entries: &'a [Entry], example: &DocumentedExample) -> Result<&'a Entry, String> {
    entries
        .iter()
        .find(|e| e.spec == example.spec && e.pointer == example.pointer)
        .ok_or_else(|| {
            format!(
                "{} {}: not in tests/examples/catalog; run `cargo xtask codegen`",
                example.spec, example.pointer
            )
        })
}

/// Fails when the registered call is not the operation of the largest
/// documented success body, or decodes into another type than the catalog
/// says.
fn check(call: &Registered, largest: &DocumentedExample, entry: &Entry) -> Result<(), String> {
    if call.operation != largest.operation {
        return Err(format!(
            "{}: the largest documented success body is `{} {}`, but \
             xtask/client-bench/src/calls.rs calls `{}`; call `{}` there",
            call.api, largest.operation, largest.message, call.operation, largest.operation
        ));
    }
    let ours = (call.success_type)();
    if ours != entry.rust_type {
        return Err(format!(
            "{} {}: the call decodes into `{ours}`, the example catalog says `{}`",
            call.api, call.operation, entry.rust_type
        ));
    }
    Ok(())
}

/// Decoding into the generated type against `Value`, then encoding.
fn serde_rows(
    label: &str,
    entry: &Entry,
    bytes: &[u8],
    budget: Budget,
) -> Result<[Comparison; 2], String> {
    eprintln!("decode, encode: {label}");
    let place = |e: String| format!("{label}: {e}");
    (entry.decode)(bytes).map_err(place)?;
    let [ours, baseline] = measure::pairs(
        budget,
        || (entry.decode)(bytes).expect("checked above"),
        || {
            let value: Value = serde_json::from_slice(bytes).expect("decoded above");
            drop(std::hint::black_box(value));
        },
    );
    let decode = Comparison {
        group: "decode".to_owned(),
        case: label.to_owned(),
        bytes: bytes.len(),
        subject: measure::side("generated types", ours),
        baseline: measure::side("serde_json::Value", baseline),
        bound_bytes: None,
    };

    let mut encode_ours = (entry.encoder)(bytes).map_err(place)?;
    let value: Value = serde_json::from_slice(bytes).map_err(|e| place(e.to_string()))?;
    let [ours, baseline] = measure::pairs(
        budget,
        || {
            std::hint::black_box(encode_ours());
        },
        || {
            let encoded = serde_json::to_vec(std::hint::black_box(&value)).expect("JSON encodes");
            std::hint::black_box(encoded.len());
        },
    );
    let encode = Comparison {
        group: "encode".to_owned(),
        case: label.to_owned(),
        bytes: bytes.len(),
        subject: measure::side("generated types", ours),
        baseline: measure::side("serde_json::Value", baseline),
        bound_bytes: None,
    };
    Ok([decode, encode])
}

fn compact(value: &Value) -> Vec<u8> {
    serde_json::to_vec(value).expect("JSON encodes")
}

//! Running progenitor on a spec, with its failures turned into diagnostics.
//!
//! progenitor reports some problems as errors and others by panicking. Both
//! become one [`Diagnostic`] naming the spec file; when the spec as a whole
//! fails, each operation is generated alone to find the one at fault, so the
//! message can also name its place.

use std::panic::{self, AssertUnwindSafe};

use openapiv3::{OpenAPI, Paths, ReferenceOr};
use proc_macro2::TokenStream;
use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle};

use spec_model::refs::pointer_push;
use spec_model::spec::{Diagnostic, Spec};

/// The generator settings every API crate is built with.
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        // Builder calls (`client.op().param(x).send()`) keep compiling when a
        // spec gains an optional parameter; positional calls would not.
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // Models can be compared, and their JSON Schema derived and checked
        // against the spec's own.
        .with_derive("PartialEq")
        .with_derive("schemars::JsonSchema")
        // Maps keep their keys sorted: output that prints a map (Debug,
        // snapshots) is the same on every run.
        .with_map_type("::std::collections::BTreeMap");
    settings
}

/// Generates the client for `openapi` (the prepared model of `spec`), or
/// says what in the spec stopped it.
pub fn generate(spec: &Spec, openapi: &OpenAPI) -> Result<TokenStream, Diagnostic> {
    match try_generate(openapi) {
        Ok(tokens) => Ok(tokens),
        Err(problem) => Err(locate(spec, openapi, problem)),
    }
}

fn try_generate(openapi: &OpenAPI) -> Result<TokenStream, String> {
    // A panic is reported as a diagnostic, so the default hook's message and
    // backtrace on stderr would only be noise. The hook is the process's,
    // so it is installed once and quiet only on the thread generating:
    // swapping hooks around each call would race with another thread doing
    // the same, and could leave every later panic silent.
    static QUIET_HOOK: std::sync::Once = std::sync::Once::new();
    thread_local! {
        static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    QUIET_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        Generator::new(&settings()).generate_tokens(openapi)
    }));
    QUIET.with(|q| q.set(false));
    match outcome {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(error)) => Err(format!("progenitor rejected the spec: {error}")),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".to_owned());
            Err(format!("progenitor panicked: {message}"))
        }
    }
}

/// Finds the first operation that fails on its own and names its place;
/// failing that, the components; failing that, the file.
fn locate(spec: &Spec, openapi: &OpenAPI, problem: String) -> Diagnostic {
    for (path, item) in &openapi.paths.paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, _) in item.iter() {
            let mut alone = item.clone();
            for (other, _) in item.iter() {
                if other != method {
                    *operation_slot(&mut alone, other) = None;
                }
            }
            let mut single = openapi.clone();
            single.paths = Paths {
                paths: [(path.clone(), ReferenceOr::Item(alone))]
                    .into_iter()
                    .collect(),
                extensions: Default::default(),
            };
            if let Err(own) = try_generate(&single) {
                let pointer = pointer_push(&pointer_push("/paths", path), method);
                return spec.diagnostic(&pointer, own);
            }
        }
    }
    let mut components_only = openapi.clone();
    components_only.paths = Paths::default();
    if let Err(own) = try_generate(&components_only) {
        return spec.diagnostic("/components/schemas", own);
    }
    spec.file_diagnostic(problem)
}

fn operation_slot<'a>(
    item: &'a mut openapiv3::PathItem,
    method: &str,
) -> &'a mut Option<openapiv3::Operation> {
    match method {
        "get" => &mut item.get,
        "put" => &mut item.put,
        "post" => &mut item.post,
        "delete" => &mut item.delete,
        "options" => &mut item.options,
        "head" => &mut item.head,
        "patch" => &mut item.patch,
        "trace" => &mut item.trace,
        other => unreachable!("openapiv3 yields no `{other}` operations"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn spec(paths: &str, components: &str) -> Spec {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}components:\n{components}"
        );
        Spec::parse(Path::new("specs/demo.yaml"), &text).unwrap()
    }

    #[test]
    fn a_panic_becomes_a_diagnostic_at_the_operation() {
        // Two success responses with different schemas make progenitor panic.
        let s = spec(
            "  /ok:\n    get:\n      operationId: ok\n      responses:\n        '200': {description: ok}\n\
             \x20 /bad:\n    get:\n      operationId: bad\n      responses:\n\
             \x20       '200': {description: a, content: {application/json: {schema: {type: string}}}}\n\
             \x20       '201': {description: b, content: {application/json: {schema: {type: integer}}}}\n",
            "  schemas: {}\n",
        );
        let e = generate(&s, &s.openapi).unwrap_err();
        assert_eq!(e.pointer.as_deref(), Some("/paths/~1bad/get"));
        assert_eq!(e.position.map(|p| p.line), Some(10));
        assert!(
            e.message.starts_with("progenitor panicked: "),
            "{}",
            e.message
        );
    }

    #[test]
    fn an_error_becomes_a_diagnostic_at_the_operation() {
        // progenitor rejects cookie parameters.
        let s = spec(
            "  /x:\n    get:\n      operationId: getX\n      parameters:\n        - {name: c, in: cookie, schema: {type: string}}\n      responses:\n        '200': {description: ok}\n",
            "  schemas: {}\n",
        );
        let e = generate(&s, &s.openapi).unwrap_err();
        assert_eq!(e.pointer.as_deref(), Some("/paths/~1x/get"));
        assert!(
            e.message.starts_with("progenitor rejected the spec: "),
            "{}",
            e.message
        );
    }
}

//! Changes made to progenitor's output before it is written, one file per
//! pass, each for a promise the generated crates make that progenitor alone
//! does not keep. [`PASSES`] lists them in the order they run.
//!
//! Every pass works on the syntax tree and fails loudly when the code it
//! expects is not there, so a new progenitor version that changes its output
//! is noticed at `cargo xtask codegen`, not by a consumer.

use spec_model::spec::Spec;

mod api_version_header;
mod blocking_send;
mod call_path;
pub mod collisions;
mod compact_setters;
pub mod enum_varnames;
mod field_names;
mod field_serializers;
mod item_docs;
mod model_builders;
mod non_exhaustive;
mod open_enums;
mod optional_builders;
mod paging;
pub mod parameter_styles;
mod redacted_debug;
mod request_bodies;
mod responses;
mod setter_arguments;
mod setter_docs;
mod short_paths;
mod syntax;
pub mod tag_features;
mod unchecked_constructor;
mod untagged_variants;

/// One post-processing pass: its name (as golden tests and messages call
/// it) and what it does to a generated file of a spec.
pub struct Pass {
    /// The pass's name, which is also its file's.
    pub name: &'static str,
    /// Rewrites the file, or says why it cannot.
    pub run: fn(&mut syn::File, &Spec) -> Result<(), String>,
}

/// Every pass, in the order they run.
pub const PASSES: &[Pass] = &[
    // First: every later pass reads the spec's own names in the code.
    Pass {
        name: "collisions",
        run: collisions::restore,
    },
    // Before `open_enums`, which writes `as_str` and `From<&str>` with the
    // variants' names.
    Pass {
        name: "enum_varnames",
        run: enum_varnames::rename,
    },
    Pass {
        name: "api_version_header",
        run: api_version_header::run,
    },
    Pass {
        name: "unchecked_constructor",
        run: unchecked_constructor::run,
    },
    Pass {
        name: "field_names",
        run: field_names::run,
    },
    Pass {
        name: "untagged_variants",
        run: untagged_variants::run,
    },
    Pass {
        name: "open_enums",
        run: open_enums::run,
    },
    Pass {
        name: "non_exhaustive",
        run: non_exhaustive::run,
    },
    Pass {
        name: "field_serializers",
        run: field_serializers::run,
    },
    Pass {
        name: "optional_builders",
        run: optional_builders::run,
    },
    // Before `call_path`, which replaces the `OperationInfo` that names
    // each `send`.
    Pass {
        name: "parameter_styles",
        run: parameter_styles::run,
    },
    // Before `paging`, whose `pages()` send through the runtime.
    Pass {
        name: "call_path",
        run: call_path::run,
    },
    // After `call_path`, whose `OPERATION` constant names each `send` and
    // whose `execute` takes the request it completes; before
    // `redacted_debug`, which shows the fields it adds.
    Pass {
        name: "request_bodies",
        run: request_bodies::run,
    },
    // After `call_path`, whose `OPERATION` constant names each `send`.
    Pass {
        name: "responses",
        run: responses::run,
    },
    Pass {
        name: "paging",
        run: paging::run,
    },
    // After `call_path`, which adds the runtime and the call options that
    // the `Debug`s show.
    Pass {
        name: "redacted_debug",
        run: redacted_debug::run,
    },
    // After every pass that writes a setter (`parameter_styles` writes
    // those of styled parameters anew).
    Pass {
        name: "setter_arguments",
        run: setter_arguments::run,
    },
    // After every pass that writes a setter or its conversion.
    Pass {
        name: "compact_setters",
        run: compact_setters::run,
    },
    // Last: the passes before may write a setter anew.
    Pass {
        name: "setter_docs",
        run: setter_docs::run,
    },
    // After `responses`, which gives `send` its return type.
    Pass {
        name: "blocking_send",
        run: blocking_send::run,
    },
    // After every pass that writes an item: documents what is left.
    Pass {
        name: "item_docs",
        run: item_docs::run,
    },
];

/// The passes that run on the whole file, the client glue included, after
/// [`PASSES`], in this order.
pub const FINAL_PASSES: &[Pass] = &[
    // The glue's JSON header encoders name the types too.
    Pass {
        name: "tag_features",
        run: tag_features::run,
    },
    // After `tag_features`: the call keeps the `cfg` of the impls it
    // replaces.
    Pass {
        name: "model_builders",
        run: model_builders::run,
    },
    // Last: every pass before reads the full spelling.
    Pass {
        name: "short_paths",
        run: short_paths::run,
    },
];

/// Applies every pass but those named in `skip` to a generated file.
pub fn apply(file: &mut syn::File, spec: &Spec, skip: &[&str]) -> Result<(), String> {
    apply_list(PASSES, file, spec, skip)
}

/// Applies every pass of `passes` but those named in `skip`.
pub fn apply_list(
    passes: &[Pass],
    file: &mut syn::File,
    spec: &Spec,
    skip: &[&str],
) -> Result<(), String> {
    let timed = std::env::var_os(TIMES_VARIABLE).is_some();
    for pass in passes.iter().filter(|p| !skip.contains(&p.name)) {
        let started = std::time::Instant::now();
        (pass.run)(file, spec)?;
        if timed {
            eprintln!(
                "pass {}: {:.1} ms",
                pass.name,
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
    Ok(())
}

/// Set, this environment variable has [`apply`] print each pass's time
/// on stderr: to find the pass that a slope in `cargo xtask bench
/// --growth` points at.
pub const TIMES_VARIABLE: &str = "CODEGEN_PASS_TIMES";

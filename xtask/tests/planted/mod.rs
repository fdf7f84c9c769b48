//! Spec changes planted in the lint suite's clean spec, one kind each, with
//! the verdict `cargo xtask diff` gives on the Rust API of the generated
//! crate. `diff_report` tests the verdicts; `diff_corpus_semver` compares
//! them with cargo-semver-checks' on the generated crates.

/// The spec every change is planted in.
pub const BASE: &str = include_str!("../lint/clean.yaml");

/// One planted change.
pub struct Plant {
    /// What kind of change it is.
    pub name: &'static str,
    /// `(old, new)` text replacements in [`BASE`], each of which must apply.
    pub edits: &'static [(&'static str, &'static str)],
    /// Whether it breaks the Rust API of the generated crate, by `diff`.
    pub rust_breaking: bool,
}

/// The planted changes.
pub const PLANTS: &[Plant] = &[
    Plant {
        name: "field added",
        edits: &[(
            "        kind:\n          $ref: \"#/components/schemas/Kind\"\n    Kind:",
            "        kind:\n          $ref: \"#/components/schemas/Kind\"\n        size:\n          type: integer\n          description: Size.\n    Kind:",
        )],
        rust_breaking: false,
    },
    Plant {
        name: "field removed",
        edits: &[(
            "        id:\n          type: string\n          description: The thing's ID.\n          example: t1\n",
            "",
        )],
        rust_breaking: true,
    },
    Plant {
        name: "enum value added",
        edits: &[("enum: [BIG, SMALL]", "enum: [BIG, SMALL, HUGE]")],
        rust_breaking: false,
    },
    Plant {
        name: "parameter made required",
        edits: &[(
            "          description: Only things of these kinds.\n",
            "          description: Only things of these kinds.\n          required: true\n",
        )],
        rust_breaking: true,
    },
    Plant {
        name: "type narrowed",
        edits: &[(
            "          type: string\n          description: What went wrong.\n",
            "          type: string\n          description: What went wrong.\n          enum: [NOT_FOUND, GONE]\n",
        )],
        rust_breaking: true,
    },
    Plant {
        name: "operation removed",
        edits: &[(
            "paths:\n  /things/{thingId}:\n    get:\n",
            "paths: {}\nx-removed:\n  /things/{thingId}:\n    get:\n",
        )],
        rust_breaking: true,
    },
];

impl Plant {
    /// The spec with the change planted.
    pub fn spec(&self) -> String {
        let mut text = BASE.to_owned();
        for (old, new) in self.edits {
            assert!(text.contains(old), "{}: the base has no {old:?}", self.name);
            text = text.replacen(old, new, 1);
        }
        text
    }
}

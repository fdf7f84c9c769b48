//! What a rule is: an id, a severity and an explanation. The generator's
//! refusals ([`crate::codegen::refuse`]) and the linter's house rules
//! ([`crate::lint::rule`]) are both rules, so `cargo xtask lint` reports
//! and explains them alike.

use std::fmt;

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The spec cannot be merged as it is: the generator would refuse it,
    /// or a house rule is broken.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
        })
    }
}

/// One rule.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The rule's id, such as `unresolved-ref`.
    pub id: &'static str,
    /// How much a finding of it matters.
    pub severity: Severity,
    /// What it checks, in one line (`cargo xtask lint --rules`).
    pub summary: &'static str,
    /// Why it exists and what to write instead (`cargo xtask lint --explain`).
    pub explanation: &'static str,
}

/// Defines rules as constants, each with its id, one-line summary and
/// explanation, and `$list`, the list of them in the order written.
macro_rules! rules {
    ($list:ident; $($name:ident = $id:literal, $summary:literal, $explanation:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $name: $crate::rule::Rule = $crate::rule::Rule {
                id: $id,
                severity: $crate::rule::Severity::Error,
                summary: $summary,
                explanation: $explanation,
            };
        )*
        /// These rules, in the order `--rules` lists them.
        pub const $list: &[&$crate::rule::Rule] = &[$(&$name),*];
    };
}
pub(crate) use rules;

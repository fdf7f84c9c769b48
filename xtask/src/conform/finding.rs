//! What a check finds, and the tally that reports each finding once.
//!
//! A finding is keyed by its API, operation, place (a parameter, the request
//! body, a response status), folded JSON pointer and kind; the tally counts
//! the entries that showed it (an entry that shows it at ten array items
//! counts once) and keeps the first example value that may be shown.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// What kind of departure from the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A response status the operation does not document, not even by a
    /// range (`4XX`) or `default`.
    UndocumentedStatus,
    /// A property the schema does not declare (objects read as closed).
    UndeclaredProperty,
    /// A value the schema's `enum` does not list.
    UnlistedEnumValue,
    /// A value of another type than the declared one.
    WrongType,
    /// A required property, parameter or body that is absent.
    MissingRequired,
    /// A `null` where the schema does not allow one.
    UnexpectedNull,
    /// A value that breaks another rule of its schema (a `format`, a
    /// `minimum`, a `pattern`, a `oneOf` that more than one branch fits).
    InvalidValue,
    /// A body that is not JSON where JSON is declared.
    NotJson,
    /// A body where the spec declares none.
    UndeclaredBody,
}

impl Kind {
    /// The kind's stable name in JSON output.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::UndocumentedStatus => "undocumented-status",
            Kind::UndeclaredProperty => "undeclared-property",
            Kind::UnlistedEnumValue => "unlisted-enum-value",
            Kind::WrongType => "wrong-type",
            Kind::MissingRequired => "missing-required",
            Kind::UnexpectedNull => "unexpected-null",
            Kind::InvalidValue => "invalid-value",
            Kind::NotJson => "not-json",
            Kind::UndeclaredBody => "undeclared-body",
        }
    }

    /// The kind in words, for Markdown.
    pub fn words(self) -> &'static str {
        match self {
            Kind::UndocumentedStatus => "undocumented status",
            Kind::UndeclaredProperty => "undeclared property",
            Kind::UnlistedEnumValue => "enum value not listed",
            Kind::WrongType => "type other than declared",
            Kind::MissingRequired => "required, absent",
            Kind::UnexpectedNull => "null, not nullable",
            Kind::InvalidValue => "invalid value",
            Kind::NotJson => "not JSON",
            Kind::UndeclaredBody => "body not declared",
        }
    }
}

/// Where in an exchange: a request parameter, the request body, or the
/// response of a status.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// A parameter: where it goes (`path`, `query`, `header`) and its name.
    Parameter {
        /// `path`, `query` or `header`.
        location: String,
        /// The parameter's name, as the spec writes it.
        name: String,
    },
    /// The request body.
    RequestBody,
    /// The response; the status as the spec documents it (`200`, `4XX`,
    /// `default`), or as captured when the spec does not.
    Response {
        /// The status.
        status: String,
    },
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Parameter { location, name } => write!(f, "{location} `{name}`"),
            Place::RequestBody => f.write_str("request body"),
            Place::Response { status } => write!(f, "response {status}"),
        }
    }
}

/// A captured value, as a report may show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Example {
    /// No value belongs with this kind of finding.
    None,
    /// The value, as compact JSON.
    Shown(String),
    /// A value was seen but may be personal data.
    Hidden,
}

/// One departure seen in one message, before tallying.
#[derive(Clone, Debug)]
pub struct Drift {
    /// The JSON pointer, array indices and map keys folded to `*`.
    pub pointer: String,
    /// The pointer as it stood in the message; only to relate one drift to
    /// another, never shown.
    pub raw_pointer: String,
    /// The kind.
    pub kind: Kind,
    /// The schema element concerned, such as `Order.giftNote` or
    /// `OrderStatus`.
    pub subject: String,
    /// What the spec says there: a type, an enum's values, a rule.
    pub declared: String,
    /// The JSON type seen, where the kind has one.
    pub found: Option<String>,
    /// The value seen.
    pub example: Example,
}

/// The identity of a finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    /// The API.
    pub api: String,
    /// The operation's id.
    pub operation: String,
    /// The place.
    pub place: Place,
    /// The folded pointer.
    pub pointer: String,
    /// The kind.
    pub kind: Kind,
}

/// One finding, tallied over every entry that showed it.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Its identity.
    pub key: Key,
    /// The operation's method (upper case) and path template.
    pub route: String,
    /// The schema element concerned.
    pub subject: String,
    /// What the spec says there.
    pub declared: String,
    /// The JSON types seen there.
    pub found: BTreeSet<String>,
    /// How many entries showed it.
    pub entries: usize,
    /// How many entries matched the operation.
    pub of: usize,
    /// The first value seen that may be shown, else whether one was hidden.
    pub example: Example,
}

/// An entry that matched no operation, folded with its like.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unmatched {
    /// The method, as [`super::personal::shown_method`] shows it.
    pub method: String,
    /// The host, folded by [`super::personal::SpecWords::fold_host`].
    pub host: String,
    /// The path, folded by [`super::personal::SpecWords::fold_path`].
    pub path: String,
    /// Why nothing matched.
    pub reason: String,
}

/// Everything read from the captures.
#[derive(Debug, Default)]
pub struct Tally {
    /// The captures read, as given.
    pub captures: Vec<String>,
    /// Entries read.
    pub entries: usize,
    /// Entries matched to an operation.
    pub matched: usize,
    /// CORS preflight requests (`OPTIONS` with
    /// `Access-Control-Request-Method`), which no spec describes.
    pub preflights: usize,
    /// Matched entries that got no response (status 0).
    pub no_response: usize,
    /// Matched entries whose response body the capture did not save.
    pub bodies_not_captured: usize,
    /// Entries per (API, operation id).
    pub per_operation: BTreeMap<(String, String), usize>,
    /// Unmatched entries by kind, with their count.
    pub unmatched: BTreeMap<Unmatched, usize>,
    findings: BTreeMap<Key, Finding>,
}

impl Tally {
    /// Records one matched entry and what it showed.
    pub fn record(&mut self, api: &str, operation: &str, route: &str, seen: Vec<(Place, Drift)>) {
        self.matched += 1;
        *self
            .per_operation
            .entry((api.to_owned(), operation.to_owned()))
            .or_default() += 1;
        let mut counted = BTreeSet::new();
        for (place, drift) in seen {
            let key = Key {
                api: api.to_owned(),
                operation: operation.to_owned(),
                place,
                pointer: drift.pointer,
                kind: drift.kind,
            };
            let finding = self.findings.entry(key.clone()).or_insert_with(|| Finding {
                key: key.clone(),
                route: route.to_owned(),
                subject: drift.subject,
                declared: drift.declared,
                found: BTreeSet::new(),
                entries: 0,
                of: 0,
                example: Example::None,
            });
            finding.found.extend(drift.found);
            finding.example = match (&finding.example, drift.example) {
                (Example::Shown(first), _) => Example::Shown(first.clone()),
                (_, Example::Shown(value)) => Example::Shown(value),
                (Example::Hidden, _) | (_, Example::Hidden) => Example::Hidden,
                (Example::None, Example::None) => Example::None,
            };
            if counted.insert(key) {
                finding.entries += 1;
            }
        }
    }

    /// Records an entry that matched no operation.
    pub fn unmatched(&mut self, entry: Unmatched) {
        *self.unmatched.entry(entry).or_default() += 1;
    }

    /// Every finding, by API, operation, place, pointer and kind, each with
    /// the number of entries of its operation.
    pub fn findings(&self) -> Vec<Finding> {
        self.findings
            .values()
            .map(|f| {
                let mut f = f.clone();
                f.of = self
                    .per_operation
                    .get(&(f.key.api.clone(), f.key.operation.clone()))
                    .copied()
                    .unwrap_or_default();
                f
            })
            .collect()
    }
}

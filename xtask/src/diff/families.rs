//! The families of change kinds: one change (a bound added, a type changed,
//! an alternative removed...) at each place a value can be, turned into
//! kinds by tables instead of written out one by one. Each kind still has
//! its own id, verdict and reason; the verdict follows from the place (what
//! the client sends, what it receives, a header it reads as text), the
//! change, and what the generated Rust does with it.
//!
//! `spec.rs` names what it finds with [`bound_id`], [`alteration_id`],
//! [`parameter_id`] and [`alternative_id`], and the catalogue lists every
//! kind [`kinds`] gives.

use serde_json::Value;

use super::catalogue::{Area, InRust, Kind, Verdict, Way};

/// Where a value is: what the client sends (a parameter, a request body, a
/// property in one) or receives (a response body, a property in one, a
/// response header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// A path parameter.
    PathParameter,
    /// A query parameter.
    QueryParameter,
    /// A header parameter.
    HeaderParameter,
    /// A request body as a whole (its schema's root).
    RequestBody,
    /// A property (or item) inside a request body.
    RequestProperty,
    /// A response body as a whole (its schema's root).
    ResponseBody,
    /// A property (or item) inside a response body.
    ResponseProperty,
    /// A response header.
    ResponseHeader,
}

impl Place {
    /// Every place, in the order the README shows them.
    pub const ALL: [Place; 8] = [
        Place::PathParameter,
        Place::QueryParameter,
        Place::HeaderParameter,
        Place::RequestBody,
        Place::RequestProperty,
        Place::ResponseBody,
        Place::ResponseProperty,
        Place::ResponseHeader,
    ];

    /// The first words of its kinds' ids.
    pub fn id(self) -> &'static str {
        match self {
            Place::PathParameter => "path-parameter",
            Place::QueryParameter => "query-parameter",
            Place::HeaderParameter => "header-parameter",
            Place::RequestBody => "request-body",
            Place::RequestProperty => "request-property",
            Place::ResponseBody => "response-body",
            Place::ResponseProperty => "response-property",
            Place::ResponseHeader => "response-header",
        }
    }

    /// As a title writes it.
    pub fn noun(self) -> &'static str {
        match self {
            Place::PathParameter => "a path parameter",
            Place::QueryParameter => "a query parameter",
            Place::HeaderParameter => "a header parameter",
            Place::RequestBody => "a request body",
            Place::RequestProperty => "a request property",
            Place::ResponseBody => "a response body",
            Place::ResponseProperty => "a response property",
            Place::ResponseHeader => "a response header",
        }
    }

    /// The parameter of `location` (`path`, `query`, `header`).
    pub fn parameter(location: &str) -> Option<Place> {
        match location {
            "path" => Some(Place::PathParameter),
            "query" => Some(Place::QueryParameter),
            "header" => Some(Place::HeaderParameter),
            _ => None,
        }
    }

    /// Which way the value travels.
    pub fn way(self) -> Way {
        if self.is_sent() {
            Way::Request
        } else {
            Way::Response
        }
    }

    /// Whether the client sends it.
    pub fn is_sent(self) -> bool {
        matches!(
            self,
            Place::PathParameter
                | Place::QueryParameter
                | Place::HeaderParameter
                | Place::RequestBody
                | Place::RequestProperty
        )
    }

    /// Whether it is a parameter.
    pub fn is_parameter(self) -> bool {
        matches!(
            self,
            Place::PathParameter | Place::QueryParameter | Place::HeaderParameter
        )
    }

    fn area(self) -> Area {
        match self {
            p if p.is_parameter() => Area::Parameter,
            Place::RequestBody | Place::RequestProperty => Area::RequestBody,
            _ => Area::Response,
        }
    }

    /// Whether a value of this type can be here (in a spec the generator
    /// takes): a response header is a scalar (an array header is refused);
    /// anything else can be anything (an object parameter is written by
    /// its style, `deepObject` or another).
    pub fn takes(self, of: Of) -> bool {
        match self {
            Place::ResponseHeader => matches!(of, Of::String | Of::Number),
            _ => true,
        }
    }
}

/// The type a bound constrains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Of {
    /// Strings: lengths and a pattern.
    String,
    /// Numbers: bounds and a step.
    Number,
    /// Arrays: how many items, and whether they repeat.
    Array,
    /// Objects: how many properties.
    Object,
}

/// What sort of bound a keyword is, which decides how it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// A lower bound (`minimum`, `minLength`...): raised narrows.
    Lower,
    /// An upper bound (`maximum`, `maxLength`...): lowered narrows.
    Upper,
    /// `multipleOf`.
    Step,
    /// `pattern`.
    Pattern,
    /// A flag (`uniqueItems`; `exclusiveMinimum` and `exclusiveMaximum` as
    /// OpenAPI 3.0 writes them, which is how every version is read).
    Flag,
}

/// A schema keyword that bounds the values a schema takes.
#[derive(Clone, Copy, Debug)]
pub struct Bound {
    /// As a spec writes it.
    pub keyword: &'static str,
    /// The kebab-case part of its kinds' ids.
    pub kebab: &'static str,
    /// What it bounds.
    pub of: Of,
    /// How it bounds.
    pub sort: Sort,
}

const fn bound(keyword: &'static str, kebab: &'static str, of: Of, sort: Sort) -> Bound {
    Bound {
        keyword,
        kebab,
        of,
        sort,
    }
}

/// Every bound `diff` compares.
pub const BOUNDS: [Bound; 13] = [
    bound("minLength", "min-length", Of::String, Sort::Lower),
    bound("maxLength", "max-length", Of::String, Sort::Upper),
    bound("pattern", "pattern", Of::String, Sort::Pattern),
    bound("minimum", "minimum", Of::Number, Sort::Lower),
    bound("maximum", "maximum", Of::Number, Sort::Upper),
    bound(
        "exclusiveMinimum",
        "exclusive-minimum",
        Of::Number,
        Sort::Flag,
    ),
    bound(
        "exclusiveMaximum",
        "exclusive-maximum",
        Of::Number,
        Sort::Flag,
    ),
    bound("multipleOf", "multiple-of", Of::Number, Sort::Step),
    bound("minItems", "min-items", Of::Array, Sort::Lower),
    bound("maxItems", "max-items", Of::Array, Sort::Upper),
    bound("uniqueItems", "unique-items", Of::Array, Sort::Flag),
    bound("minProperties", "min-properties", Of::Object, Sort::Lower),
    bound("maxProperties", "max-properties", Of::Object, Sort::Upper),
];

/// How a bound changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// Written where it was not.
    Added,
    /// No longer written.
    Removed,
    /// A greater number.
    Raised,
    /// A smaller number.
    Lowered,
    /// `multipleOf`: the new step divides the old, so every value that was
    /// a multiple still is.
    Relaxed,
    /// `multipleOf`: some value that was a multiple no longer is.
    Tightened,
    /// `pattern`: another one.
    Changed,
}

impl How {
    /// The last word of its kinds' ids.
    pub fn word(self) -> &'static str {
        match self {
            How::Added => "added",
            How::Removed => "removed",
            How::Raised => "raised",
            How::Lowered => "lowered",
            How::Relaxed => "relaxed",
            How::Tightened => "tightened",
            How::Changed => "changed",
        }
    }
}

impl Sort {
    /// How a bound of this sort can change.
    pub fn hows(self) -> &'static [How] {
        match self {
            Sort::Lower | Sort::Upper => &[How::Added, How::Removed, How::Raised, How::Lowered],
            Sort::Step => &[How::Added, How::Removed, How::Relaxed, How::Tightened],
            Sort::Pattern => &[How::Added, How::Removed, How::Changed],
            Sort::Flag => &[How::Added, How::Removed],
        }
    }

    /// Whether the change lets fewer values through (a pattern changed
    /// may, and is taken to).
    pub fn narrows(self, how: How) -> bool {
        match how {
            How::Added | How::Tightened | How::Changed => true,
            How::Removed | How::Relaxed => false,
            How::Raised => self == Sort::Lower,
            How::Lowered => self == Sort::Upper,
        }
    }
}

/// How `bound` went from `a` to `b`, or `None` when it means the same (a
/// flag that is `false` is no flag).
pub fn how(bound: &Bound, a: Option<&Value>, b: Option<&Value>) -> Option<How> {
    fn flag(v: Option<&Value>) -> Option<&Value> {
        v.filter(|v| **v != Value::Bool(false))
    }
    let (a, b) = if bound.sort == Sort::Flag {
        (flag(a), flag(b))
    } else {
        (a, b)
    };
    match (a, b) {
        _ if a == b => None,
        (None, Some(_)) => Some(How::Added),
        (Some(_), None) => Some(How::Removed),
        (Some(x), Some(y)) => {
            let (x, y) = (x.as_f64(), y.as_f64());
            Some(match (bound.sort, x, y) {
                (Sort::Step, Some(x), Some(y)) if (x / y).fract() == 0.0 => How::Relaxed,
                (Sort::Step, _, _) => How::Tightened,
                (Sort::Lower | Sort::Upper, Some(x), Some(y)) if y > x => How::Raised,
                (Sort::Lower | Sort::Upper, Some(_), Some(_)) => How::Lowered,
                _ => How::Changed,
            })
        }
        (None, None) => None,
    }
}

/// The id of a change of `bound` at `place`.
pub fn bound_id(place: Place, bound: &Bound, how: How) -> String {
    format!("{}-{}-{}", place.id(), bound.kebab, how.word())
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn bound_kind(place: Place, b: &Bound, how: How) -> Kind {
    let narrows = b.sort.narrows(how);
    let keyword = b.keyword;
    let change = match how {
        How::Added => format!("`{keyword}` added to"),
        How::Removed => format!("`{keyword}` removed from"),
        How::Raised => format!("`{keyword}` raised on"),
        How::Lowered => format!("`{keyword}` lowered on"),
        How::Relaxed => format!("`{keyword}` relaxed (the new step divides the old) on"),
        How::Tightened => format!("`{keyword}` tightened (an old multiple no longer is one) on"),
        How::Changed => format!("`{keyword}` changed on"),
    };
    let title = format!("{change} {}", place.noun());
    let own_type = "; a bound may also give the value a Rust type of its own, or take it away, which the Rust API table then shows";
    let (verdict, in_rust, reason, action) = if place.is_sent() {
        if narrows {
            let why = if how == How::Changed {
                "the new pattern may refuse values the old one took (which cannot be told from the two texts)"
            } else {
                "values the server took before are now refused"
            };
            (
                Verdict::BreakingRuntime,
                InRust::Depends,
                format!(
                    "{why}, and where the bound gives the value a Rust type of its own, that type refuses them before the call is sent: a call that worked fails at run time{own_type}"
                ),
                format!("check that every value you send meets the new `{keyword}`"),
            )
        } else {
            (
                Verdict::NonBreaking,
                InRust::Depends,
                format!("every value that was valid still is{own_type}"),
                "nothing".to_owned(),
            )
        }
    } else if place == Place::ResponseHeader {
        (
            Verdict::NonBreaking,
            InRust::Compatible,
            "the client hands response headers over as text and checks none of their bounds, so nothing generated refuses a value; only your own parsing of the header can mind the new bound".to_owned(),
            format!("check your own parsing of the header against the new `{keyword}`"),
        )
    } else if b.of == Of::String && (!narrows || how == How::Changed) {
        (
            Verdict::BreakingRuntime,
            InRust::Depends,
            format!(
                "the generated type checks `{keyword}` when it decodes, so a release built before the change refuses the values the new bound lets through, and the call fails with a decoding error{own_type}"
            ),
            "upgrade to this release before the server sends such values".to_owned(),
        )
    } else if narrows {
        (
            Verdict::NonBreaking,
            InRust::Depends,
            format!("every value that can arrive now could arrive before{own_type}"),
            "nothing".to_owned(),
        )
    } else {
        (
            Verdict::NonBreaking,
            InRust::Depends,
            format!(
                "the generated types do not check `{keyword}` when they decode, so values beyond the old bound decode as before{own_type}"
            ),
            "nothing, unless your own code relied on the old bound".to_owned(),
        )
    };
    Kind {
        id: leak(bound_id(place, b, how)),
        area: place.area(),
        way: place.way(),
        verdict,
        in_rust,
        title: leak(title),
        reason: leak(reason),
        action: leak(action),
    }
}

/// A change to a value other than its bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alteration {
    /// Its `type` (or, for a scalar, a `format` that has a Rust type of
    /// its own).
    TypeChanged,
    /// Its `format`, the Rust type the same.
    FormatChanged,
    /// `nullable: true` added.
    NullableAdded,
    /// `nullable: true` removed.
    NullableRemoved,
    /// A `default` written where there was none.
    DefaultAdded,
    /// Its `default` removed.
    DefaultRemoved,
    /// Its `default` another value.
    DefaultChanged,
    /// A value added to its `enum`.
    EnumValueAdded,
    /// A value removed from its `enum`.
    EnumValueRemoved,
    /// An `enum` written where there was none.
    BecameEnum,
    /// Its `enum` removed.
    EnumRemoved,
    /// `deprecated: true` added.
    Deprecated,
    /// `deprecated: true` removed.
    Undeprecated,
    /// `readOnly: true` added.
    ReadOnlyAdded,
    /// `readOnly: true` removed.
    ReadOnlyRemoved,
    /// `writeOnly: true` added.
    WriteOnlyAdded,
    /// `writeOnly: true` removed.
    WriteOnlyRemoved,
}

impl Alteration {
    /// Every alteration, in the README's order.
    pub const ALL: [Alteration; 17] = [
        Alteration::TypeChanged,
        Alteration::FormatChanged,
        Alteration::NullableAdded,
        Alteration::NullableRemoved,
        Alteration::DefaultAdded,
        Alteration::DefaultRemoved,
        Alteration::DefaultChanged,
        Alteration::EnumValueAdded,
        Alteration::EnumValueRemoved,
        Alteration::BecameEnum,
        Alteration::EnumRemoved,
        Alteration::Deprecated,
        Alteration::Undeprecated,
        Alteration::ReadOnlyAdded,
        Alteration::ReadOnlyRemoved,
        Alteration::WriteOnlyAdded,
        Alteration::WriteOnlyRemoved,
    ];

    /// The last words of its kinds' ids.
    pub fn words(self) -> &'static str {
        match self {
            Alteration::TypeChanged => "type-changed",
            Alteration::FormatChanged => "format-changed",
            Alteration::NullableAdded => "nullable-added",
            Alteration::NullableRemoved => "nullable-removed",
            Alteration::DefaultAdded => "default-added",
            Alteration::DefaultRemoved => "default-removed",
            Alteration::DefaultChanged => "default-changed",
            Alteration::EnumValueAdded => "enum-value-added",
            Alteration::EnumValueRemoved => "enum-value-removed",
            Alteration::BecameEnum => "became-enum",
            Alteration::EnumRemoved => "enum-removed",
            Alteration::Deprecated => "deprecated",
            Alteration::Undeprecated => "undeprecated",
            Alteration::ReadOnlyAdded => "read-only-added",
            Alteration::ReadOnlyRemoved => "read-only-removed",
            Alteration::WriteOnlyAdded => "write-only-added",
            Alteration::WriteOnlyRemoved => "write-only-removed",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Alteration::TypeChanged => "type changed",
            Alteration::FormatChanged => "`format` changed, its Rust type the same",
            Alteration::NullableAdded => "may now be null",
            Alteration::NullableRemoved => "may no longer be null",
            Alteration::DefaultAdded => "`default` added",
            Alteration::DefaultRemoved => "`default` removed",
            Alteration::DefaultChanged => "`default` changed",
            Alteration::EnumValueAdded => "enum value added",
            Alteration::EnumValueRemoved => "enum value removed",
            Alteration::BecameEnum => "narrowed to an enum",
            Alteration::EnumRemoved => "enum constraint removed",
            Alteration::Deprecated => "deprecated",
            Alteration::Undeprecated => "no longer deprecated",
            Alteration::ReadOnlyAdded => "made read-only",
            Alteration::ReadOnlyRemoved => "no longer read-only",
            Alteration::WriteOnlyAdded => "made write-only",
            Alteration::WriteOnlyRemoved => "no longer write-only",
        }
    }
}

/// The id of `alteration` at `place`.
pub fn alteration_id(place: Place, alteration: Alteration) -> String {
    format!("{}-{}", place.id(), alteration.words())
}

type Judged = (Verdict, InRust, &'static str, &'static str);

/// The verdict of `alteration` at `place`, or `None` where it cannot
/// happen in a spec the generator takes (a path parameter is always sent,
/// so its default means nothing; a header is never null).
fn judge(place: Place, alteration: Alteration) -> Option<Judged> {
    use Alteration as A;
    use InRust as R;
    use Verdict as V;
    let param = place.is_parameter();
    Some(match (place.is_sent(), alteration) {
        // `readOnly` and `writeOnly` say which way a property travels,
        // which means nothing for a parameter, a whole body or a header; a
        // header cannot be null (the generator refuses one that is); a
        // response header's default is the client's to guess, and nothing
        // reads it.
        (_, A::ReadOnlyAdded | A::ReadOnlyRemoved | A::WriteOnlyAdded | A::WriteOnlyRemoved)
            if !matches!(place, Place::RequestProperty | Place::ResponseProperty) =>
        {
            return None;
        }
        (_, A::NullableAdded | A::NullableRemoved)
            if matches!(place, Place::HeaderParameter | Place::ResponseHeader) =>
        {
            return None;
        }
        (_, A::DefaultAdded | A::DefaultRemoved | A::DefaultChanged)
            if place == Place::ResponseHeader =>
        {
            return None;
        }
        (_, A::DefaultAdded | A::DefaultRemoved | A::DefaultChanged)
            if place == Place::PathParameter =>
        {
            (
                V::NonBreaking,
                R::Compatible,
                "a path parameter is always sent, so its default is never used",
                "nothing",
            )
        }
        (_, A::Deprecated) => (
            V::NonBreaking,
            R::Compatible,
            "it still works; the server may remove it later",
            "plan to stop using it",
        ),
        (_, A::Undeprecated) => (
            V::NonBreaking,
            R::Compatible,
            "nothing changes for a caller",
            "nothing",
        ),
        // A response header is text the consumer parses.
        (false, A::TypeChanged | A::FormatChanged) if place == Place::ResponseHeader => (
            V::BreakingRuntime,
            R::Wire,
            "the client hands response headers over as text; code parsing this one reads another kind of value",
            "parse the header as the new type",
        ),
        (false, A::EnumValueAdded | A::EnumRemoved) if place == Place::ResponseHeader => (
            V::NonBreaking,
            R::Compatible,
            "the client hands response headers over as text and checks no enum; values the list did not name may now arrive, which only your own parsing of the header can mind",
            "handle the new values where you parse the header",
        ),
        (false, A::EnumValueRemoved | A::BecameEnum) if place == Place::ResponseHeader => (
            V::NonBreaking,
            R::Compatible,
            "fewer values can arrive, and nothing generated reads the header",
            "nothing",
        ),
        (true, A::TypeChanged) if param => (
            V::BreakingCompile,
            R::Compile,
            "its setter takes another Rust type, so calls passing the old one no longer compile",
            "pass a value of the new type",
        ),
        (true, A::TypeChanged) => (
            V::BreakingCompile,
            R::Compile,
            "the field (or the `body` setter) takes another Rust type, so code passing the old one no longer compiles",
            "pass a value of the new type",
        ),
        (false, A::TypeChanged) => (
            V::BreakingCompile,
            R::Compile,
            "what the client decodes has another Rust type, so code reading it as the old one no longer compiles",
            "read the value as the new type",
        ),
        (true, A::FormatChanged) => (
            V::BreakingRuntime,
            R::Wire,
            "the Rust type is the same, but the server checks the new format and may refuse values it took",
            "check that the values you send have the new format",
        ),
        (false, A::FormatChanged) => (
            V::NonBreaking,
            R::Compatible,
            "the Rust type is the same (only some formats, such as `date-time` or `int64`, have their own Rust type), and the value decodes as before",
            "nothing, unless your code parses the value itself",
        ),
        (true, A::NullableAdded) => (
            V::NonBreaking,
            R::Depends,
            "more values can be sent; where the field was not an `Option` it may become one, which the Rust API table shows",
            "nothing",
        ),
        (true, A::NullableRemoved) => (
            V::BreakingRuntime,
            R::Depends,
            "a null that was sent is now refused by the server; where the field was an `Option` for it, it may lose it, which the Rust API table shows",
            "stop sending null for it",
        ),
        (false, A::NullableAdded) => (
            V::BreakingRuntime,
            R::Depends,
            "a null may now arrive where code expects a value, which a release built before the change cannot decode; where the field was not an `Option` it becomes one, which the Rust API table shows",
            "handle `None` for it",
        ),
        (false, A::NullableRemoved) => (
            V::NonBreaking,
            R::Depends,
            "fewer values can arrive; where the field was an `Option` only for the null, it may lose it, which the Rust API table shows",
            "nothing",
        ),
        (true, A::DefaultAdded) if param => (
            V::NonBreaking,
            R::Compatible,
            "the client does not send a parameter's default: a call that leaves the parameter out is sent as before, and the spec now writes down what the server assumes",
            "nothing",
        ),
        (true, A::DefaultRemoved | A::DefaultChanged) if param => (
            V::BreakingRuntime,
            R::Wire,
            "a call that does not set the parameter now gets another behaviour from the server",
            "set the parameter explicitly where the old default mattered",
        ),
        (true, A::DefaultAdded | A::DefaultRemoved | A::DefaultChanged) => (
            V::BreakingRuntime,
            R::Depends,
            "the model's builder fills a property's default when it is not set: a body that left the property out now sends another value (or none), which the server may read otherwise; a default can also take a field's `Option` away or give it one, which the Rust API table shows",
            "set the property explicitly where the old behaviour mattered",
        ),
        (false, A::DefaultAdded | A::DefaultRemoved | A::DefaultChanged) => (
            V::NonBreaking,
            R::Depends,
            "a value the server leaves out decodes as the default (or as nothing, when there is none); a default can also take a field's `Option` away or give it one, which the Rust API table shows",
            "check code that relies on the old default",
        ),
        (true, A::EnumValueAdded) => (
            V::NonBreaking,
            R::Compatible,
            "more values can be sent; the enum's new variant is an addition (the enums are `#[non_exhaustive]`)",
            "nothing",
        ),
        (false, A::EnumValueAdded) => (
            V::NonBreaking,
            R::Compatible,
            "the enums are open: an unlisted value already decoded as `Unknown`, and now has its own variant (the enums are `#[non_exhaustive]`)",
            "match the new variant if it matters to you",
        ),
        (true, A::EnumValueRemoved) => (
            V::BreakingCompile,
            R::Compile,
            "its variant is gone from the Rust enum, so code naming it no longer compiles; the server refuses the value",
            "stop sending the value",
        ),
        (false, A::EnumValueRemoved) => (
            V::BreakingCompile,
            R::Compile,
            "its variant is gone from the Rust enum, so code matching it no longer compiles",
            "stop matching on the variant",
        ),
        (true, A::BecameEnum) => (
            V::BreakingCompile,
            R::Compile,
            "it takes an enum instead of a plain value, and values outside it are refused",
            "pass one of the enum's variants",
        ),
        (false, A::BecameEnum) => (
            V::BreakingCompile,
            R::Compile,
            "it decodes into an enum instead of a plain value, so code reading it as one no longer compiles",
            "read it as the enum (`as_str()` gives the text)",
        ),
        (true, A::EnumRemoved) => (
            V::BreakingCompile,
            R::Compile,
            "it takes a plain value instead of the enum, so code passing a variant no longer compiles",
            "pass the value as the plain type",
        ),
        (false, A::EnumRemoved) => (
            V::BreakingCompile,
            R::Compile,
            "it decodes into a plain value instead of the enum, so code matching variants no longer compiles",
            "read the value as the plain type",
        ),
        (true, A::ReadOnlyAdded) => (
            V::BreakingRuntime,
            R::Wire,
            "the server no longer takes the value from the client (it ignores or refuses it), though the generated model still has the field: a call that set it no longer does what it did",
            "stop relying on the value you send for it",
        ),
        (true, A::ReadOnlyRemoved | A::WriteOnlyAdded | A::WriteOnlyRemoved) => (
            V::NonBreaking,
            R::Compatible,
            "the server takes the value as before; the generated model does not read the flag",
            "nothing",
        ),
        (false, A::WriteOnlyAdded) => (
            V::BreakingRuntime,
            R::Wire,
            "the server stops sending the value, though the generated model still has the field: code reading it finds nothing, and where the schema requires it, the answer no longer decodes",
            "stop relying on the value",
        ),
        (false, A::WriteOnlyRemoved | A::ReadOnlyAdded | A::ReadOnlyRemoved) => (
            V::NonBreaking,
            R::Compatible,
            "the value arrives as before; the generated model does not read the flag",
            "nothing",
        ),
    })
}

fn alteration_kind(place: Place, alteration: Alteration, judged: Judged) -> Kind {
    let (verdict, in_rust, reason, action) = judged;
    Kind {
        id: leak(alteration_id(place, alteration)),
        area: place.area(),
        way: place.way(),
        verdict,
        in_rust,
        title: leak(format!("{}: {}", place.noun(), alteration.title())),
        reason,
        action,
    }
}

/// A parameter's own changes: it added, removed, made required or
/// optional, written another way on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParameterChange {
    /// A required parameter added.
    RequiredAdded,
    /// An optional parameter added.
    OptionalAdded,
    /// A parameter removed.
    Removed,
    /// Made required.
    BecameRequired,
    /// Made optional.
    BecameOptional,
    /// Its `style` changed.
    StyleChanged,
    /// Its `explode` changed.
    ExplodeChanged,
}

impl ParameterChange {
    /// Every parameter change, in the README's order.
    pub const ALL: [ParameterChange; 7] = [
        ParameterChange::RequiredAdded,
        ParameterChange::OptionalAdded,
        ParameterChange::Removed,
        ParameterChange::BecameRequired,
        ParameterChange::BecameOptional,
        ParameterChange::StyleChanged,
        ParameterChange::ExplodeChanged,
    ];

    /// The last words of its kinds' ids.
    pub fn words(self) -> &'static str {
        match self {
            ParameterChange::RequiredAdded => "added-required",
            ParameterChange::OptionalAdded => "added-optional",
            ParameterChange::Removed => "removed",
            ParameterChange::BecameRequired => "became-required",
            ParameterChange::BecameOptional => "became-optional",
            ParameterChange::StyleChanged => "style-changed",
            ParameterChange::ExplodeChanged => "explode-changed",
        }
    }
}

/// The id of `change` to a parameter at `place`.
pub fn parameter_id(place: Place, change: ParameterChange) -> String {
    format!("{}-{}", place.id(), change.words())
}

fn parameter_kind(place: Place, change: ParameterChange) -> Option<Kind> {
    use InRust as R;
    use ParameterChange as P;
    use Verdict as V;
    // A path parameter is required and named by the path: adding,
    // removing or making one optional changes the path itself
    // (`operation-path-changed`). A header is written `simple` only.
    let (verdict, in_rust, title, reason, action) = match (place, change) {
        (
            Place::PathParameter,
            P::RequiredAdded
            | P::OptionalAdded
            | P::Removed
            | P::BecameRequired
            | P::BecameOptional,
        )
        | (Place::HeaderParameter, P::StyleChanged | P::ExplodeChanged) => return None,
        (_, P::RequiredAdded) => (
            V::BreakingRuntime,
            R::Runtime,
            "required parameter added",
            "the builder gets a new setter, and `send()` fails with `Error::InvalidRequest` until it is called: code that compiled fails at run time",
            "call the new setter on every call of the operation",
        ),
        (_, P::OptionalAdded) => (
            V::NonBreaking,
            R::Compatible,
            "optional parameter added",
            "a new optional setter on the builder; calls without it work as before",
            "nothing",
        ),
        (_, P::Removed) => (
            V::BreakingCompile,
            R::Compile,
            "parameter removed",
            "its setter is gone from the builder, so calls to it no longer compile",
            "remove the setter call",
        ),
        (_, P::BecameRequired) => (
            V::BreakingRuntime,
            R::Runtime,
            "parameter made required",
            "the setter stays, but `send()` now fails with `Error::InvalidRequest` when it was not called",
            "call the setter on every call of the operation",
        ),
        (_, P::BecameOptional) => (
            V::NonBreaking,
            R::Compatible,
            "parameter made optional",
            "calls that set it still work",
            "nothing",
        ),
        (_, P::StyleChanged) => (
            V::BreakingRuntime,
            R::Wire,
            "parameter's `style` changed",
            "the value is written on the wire another way; a release built before the change writes it the old way, which the server no longer reads",
            "upgrade to this release before the server changes",
        ),
        (_, P::ExplodeChanged) => (
            V::BreakingRuntime,
            R::Wire,
            "parameter's `explode` changed",
            "an array or object is written on the wire another way (`a=1&a=2` or `a=1,2`); a release built before the change writes it the old way",
            "upgrade to this release before the server changes",
        ),
    };
    let noun = place.id().replace('-', " ");
    Some(Kind {
        id: leak(parameter_id(place, change)),
        area: Area::Parameter,
        way: Way::Request,
        verdict,
        in_rust,
        title: leak(title.replacen("parameter", &noun, 1)),
        reason,
        action,
    })
}

/// The keywords that make a value one of several schemas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Composition {
    /// `oneOf`: exactly one alternative.
    OneOf,
    /// `anyOf`: at least one alternative.
    AnyOf,
    /// `allOf`: every part, merged.
    AllOf,
}

impl Composition {
    /// Every composition keyword.
    pub const ALL: [Composition; 3] = [Composition::OneOf, Composition::AnyOf, Composition::AllOf];

    /// As a spec writes it.
    pub fn keyword(self) -> &'static str {
        match self {
            Composition::OneOf => "oneOf",
            Composition::AnyOf => "anyOf",
            Composition::AllOf => "allOf",
        }
    }

    /// The middle words of its kinds' ids.
    pub fn kebab(self) -> &'static str {
        match self {
            Composition::OneOf => "one-of",
            Composition::AnyOf => "any-of",
            Composition::AllOf => "all-of",
        }
    }

    /// The keyword written as `keyword`.
    pub fn of_keyword(keyword: &str) -> Option<Composition> {
        Composition::ALL
            .into_iter()
            .find(|c| c.keyword() == keyword)
    }
}

/// The id of an alternative (or, for `allOf`, a part) added or removed at
/// `place`.
pub fn alternative_id(place: Place, composition: Composition, added: bool) -> String {
    let what = if composition == Composition::AllOf {
        "part"
    } else {
        "alternative"
    };
    format!(
        "{}-{}-{what}-{}",
        place.id(),
        composition.kebab(),
        if added { "added" } else { "removed" }
    )
}

fn alternative_kind(place: Place, composition: Composition, added: bool) -> Kind {
    use InRust as R;
    use Verdict as V;
    let keyword = composition.keyword();
    let (verdict, in_rust, reason, action) = match (composition, place.is_sent(), added) {
        (Composition::AllOf, _, true) => (
            V::NonBreaking,
            R::Depends,
            "the part's properties join the model, each reported on a row of its own with its own verdict (a required one sent makes the builder fail without it)",
            "read the rows of the part's properties",
        ),
        (Composition::AllOf, _, false) => (
            V::BreakingCompile,
            R::Depends,
            "the part's properties leave the model (unless another part has them), and their fields go with them, each reported on a row of its own",
            "stop using the part's fields",
        ),
        (_, true, true) => (
            V::NonBreaking,
            R::Depends,
            "more shapes can be sent; the enum's new variant is an addition",
            "nothing",
        ),
        (_, true, false) => (
            V::BreakingCompile,
            R::Compile,
            "its variant is gone, so code building it no longer compiles",
            "send one of the remaining alternatives",
        ),
        (_, false, true) => (
            V::BreakingRuntime,
            R::Depends,
            "a release built before the change cannot decode the new shape, and code matching the enum must handle the new variant",
            "handle the new variant",
        ),
        (_, false, false) => (
            V::BreakingCompile,
            R::Compile,
            "its variant is gone, so code matching it no longer compiles",
            "stop matching on the variant",
        ),
    };
    let what = if composition == Composition::AllOf {
        "part"
    } else {
        "alternative"
    };
    Kind {
        id: leak(alternative_id(place, composition, added)),
        area: place.area(),
        way: place.way(),
        verdict,
        in_rust,
        title: leak(format!(
            "`{keyword}` {what} {} {}",
            if added { "added to" } else { "removed from" },
            place.noun()
        )),
        reason,
        action,
    }
}

/// The places a composition can be: bodies and their properties.
pub const COMPOSED: [Place; 4] = [
    Place::RequestBody,
    Place::RequestProperty,
    Place::ResponseBody,
    Place::ResponseProperty,
];

/// Every kind the families give, family by family.
pub fn kinds() -> Vec<Kind> {
    let mut out = Vec::new();
    for place in Place::ALL {
        if place.is_parameter() {
            for change in ParameterChange::ALL {
                out.extend(parameter_kind(place, change));
            }
        }
        for alteration in Alteration::ALL {
            if let Some(judged) = judge(place, alteration) {
                out.push(alteration_kind(place, alteration, judged));
            }
        }
        if COMPOSED.contains(&place) {
            for composition in Composition::ALL {
                for added in [true, false] {
                    out.push(alternative_kind(place, composition, added));
                }
            }
        }
        for b in BOUNDS.iter().filter(|b| place.takes(b.of)) {
            for how in b.sort.hows() {
                out.push(bound_kind(place, b, *how));
            }
        }
    }
    out
}

/// The families as the README shows them: one grid per family, a row per
/// change and a column per place, each cell a kind (`<place>-<row>`) and
/// its verdict.
pub fn markdown(find: impl Fn(&str) -> Option<&'static Kind>) -> String {
    use std::fmt::Write as _;
    let short = |v: Verdict| match v {
        Verdict::BreakingCompile => "compile",
        Verdict::BreakingRuntime => "run time",
        Verdict::NonBreaking => "—",
    };
    let mut out = String::new();
    let grid = |out: &mut String, title: &str, rows: Vec<(String, String)>, places: &[Place]| {
        let _ = writeln!(out, "{title}\n");
        let _ = write!(out, "| change |");
        for p in places {
            let _ = write!(out, " `{}` |", p.id());
        }
        let _ = write!(out, "\n|---|");
        for _ in places {
            let _ = write!(out, "---|");
        }
        out.push('\n');
        for (words, what) in rows {
            let cells: Vec<String> = places
                .iter()
                .map(|p| match find(&format!("{}-{words}", p.id())) {
                    Some(k) => short(k.verdict).to_owned(),
                    None => " ".to_owned(),
                })
                .collect();
            if cells.iter().all(|c| c == " ") {
                continue;
            }
            let _ = writeln!(out, "| `{words}`: {what} | {} |", cells.join(" | "));
        }
        out.push('\n');
    };
    let params = [
        Place::PathParameter,
        Place::QueryParameter,
        Place::HeaderParameter,
    ];
    grid(
        &mut out,
        "**parameters**, by where they are sent (`<place>-<change>`):",
        ParameterChange::ALL
            .iter()
            .map(|c| {
                let k = parameter_kind(Place::QueryParameter, *c).expect("a query parameter");
                (c.words().to_owned(), k.title.replacen("query ", "", 1))
            })
            .collect(),
        &params,
    );
    grid(
        &mut out,
        "**values**, wherever they are (`<place>-<change>`):",
        Alteration::ALL
            .iter()
            .map(|a| (a.words().to_owned(), a.title().to_owned()))
            .collect(),
        &Place::ALL,
    );
    let mut rows = Vec::new();
    for composition in Composition::ALL {
        for added in [true, false] {
            let id = alternative_id(Place::RequestBody, composition, added);
            let words = id.trim_start_matches("request-body-").to_owned();
            let what = format!(
                "`{}` {} {}",
                composition.keyword(),
                if composition == Composition::AllOf {
                    "part"
                } else {
                    "alternative"
                },
                if added { "added" } else { "removed" }
            );
            rows.push((words, what));
        }
    }
    grid(
        &mut out,
        "**compositions**, in bodies and their properties (`<place>-<change>`):",
        rows,
        &COMPOSED,
    );
    let mut rows = Vec::new();
    for b in &BOUNDS {
        for how in b.sort.hows() {
            rows.push((
                format!("{}-{}", b.kebab, how.word()),
                format!("`{}` {}", b.keyword, how.word()),
            ));
        }
    }
    grid(
        &mut out,
        "**bounds**, wherever the value is (`<place>-<bound>-<change>`; a bound narrowed on what the client sends breaks at run time, and on what it receives only where the generated type checks it: a string's length and pattern):",
        rows,
        &Place::ALL,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bound_changes_the_way_its_sort_says() {
        let max = &BOUNDS[1];
        let n = |v: i64| Some(Value::from(v));
        assert_eq!(how(max, n(5).as_ref(), n(3).as_ref()), Some(How::Lowered));
        assert!(Sort::Upper.narrows(How::Lowered));
        let step = &BOUNDS[7];
        assert_eq!(
            how(step, Some(&Value::from(1.0)), Some(&Value::from(0.5))),
            Some(How::Relaxed)
        );
        assert_eq!(
            how(step, Some(&Value::from(0.5)), Some(&Value::from(1.0))),
            Some(How::Tightened)
        );
        let unique = &BOUNDS[10];
        assert_eq!(how(unique, Some(&Value::Bool(false)), None), None);
    }

    #[test]
    fn a_request_narrowed_breaks_at_run_time_and_a_response_string_widened_too() {
        let all = kinds();
        let verdict = |id: &str| all.iter().find(|k| k.id == id).unwrap().verdict;
        assert_eq!(
            verdict("request-property-max-length-lowered"),
            Verdict::BreakingRuntime
        );
        assert_eq!(
            verdict("response-property-max-length-lowered"),
            Verdict::NonBreaking
        );
        assert_eq!(
            verdict("response-property-max-length-raised"),
            Verdict::BreakingRuntime
        );
        assert_eq!(
            verdict("response-body-maximum-raised"),
            Verdict::NonBreaking
        );
        assert_eq!(
            verdict("query-parameter-min-items-raised"),
            Verdict::BreakingRuntime
        );
    }
}

//! The planted pairs of the families of change kinds
//! (`xtask/src/diff/families.rs`), made from tables instead of written out:
//! one small spec (an operation with a path, a query and a header
//! parameter, a JSON request body, a response body and a response header),
//! each of its slots filled with a plain value, and per kind a pair that
//! differs in one slot by one change of that kind. Each pair is a real
//! spec pair, run through the real `diff`; the expected report names the
//! kind, its verdict (the catalogue's) and its place.
//!
//! `diff_corpus` runs them, and counts them in the coverage of the
//! catalogue; `diff_corpus_semver` builds those that touch the Rust API.

use xtask::diff::families::{
    Alteration, BOUNDS, Bound, COMPOSED, Composition, How, Of, ParameterChange, Place, Sort,
    alteration_id, alternative_id, bound_id, parameter_id,
};

/// One planted pair.
pub struct Case {
    /// The kind it plants.
    pub kind: String,
    /// Where the report must place it.
    pub place: String,
    /// The spec before and after.
    pub before: String,
    /// The spec after.
    pub after: String,
}

/// What fills each slot of the spec: a parameter object, a schema, or a
/// header object, as YAML flow; `None` leaves a parameter out.
#[derive(Clone)]
struct Slots {
    path: String,
    query: Option<String>,
    header: Option<String>,
    request_body: String,
    request_property: String,
    response_body: String,
    response_property: String,
    response_header: String,
}

const PLAIN: &str = "{type: string}";

impl Default for Slots {
    fn default() -> Slots {
        Slots {
            path: parameter("thingId", "path", true, PLAIN),
            query: Some(parameter("filter", "query", false, PLAIN)),
            header: Some(parameter("X-Trace", "header", false, PLAIN)),
            request_body: String::new(),
            request_property: PLAIN.to_owned(),
            response_body: String::new(),
            response_property: PLAIN.to_owned(),
            response_header: format!("{{schema: {PLAIN}}}"),
        }
    }
}

fn parameter(name: &str, location: &str, required: bool, schema: &str) -> String {
    format!("{{name: {name}, in: {location}, required: {required}, schema: {schema}}}")
}

impl Slots {
    fn spec(&self) -> String {
        let object = |property: &str| {
            format!("{{type: object, properties: {{value: {property}, note: {{type: string}}}}}}")
        };
        let request_body = if self.request_body.is_empty() {
            object(&self.request_property)
        } else {
            self.request_body.clone()
        };
        let response_body = if self.response_body.is_empty() {
            object(&self.response_property)
        } else {
            self.response_body.clone()
        };
        let mut parameters = format!("        - {}\n", self.path);
        for p in [&self.query, &self.header].into_iter().flatten() {
            parameters.push_str(&format!("        - {p}\n"));
        }
        format!(
            r##"openapi: 3.0.3
info:
  title: Planted
  version: "1"
servers:
  - url: https://planted.example/v1
paths:
  /things/{{thingId}}:
    post:
      operationId: putThing
      parameters:
{parameters}      requestBody:
        required: true
        content:
          application/json:
            schema: {request_body}
      responses:
        "200":
          description: Done.
          headers:
            X-Rate: {}
          content:
            application/json:
              schema: {response_body}
components:
  schemas:
    Circle:
      type: object
      required: [radius]
      properties:
        radius: {{type: number}}
    Square:
      type: object
      required: [side]
      properties:
        side: {{type: number}}
    Triangle:
      type: object
      required: [base]
      properties:
        base: {{type: number}}
"##,
            self.response_header
        )
    }

    /// The slot at `place` filled with the schema `schema`.
    fn with(&self, place: Place, schema: &str) -> Slots {
        let mut s = self.clone();
        match place {
            Place::PathParameter => s.path = parameter("thingId", "path", true, schema),
            Place::QueryParameter => s.query = Some(parameter("filter", "query", false, schema)),
            Place::HeaderParameter => {
                s.header = Some(parameter("X-Trace", "header", false, schema));
            }
            Place::RequestBody => s.request_body = schema.to_owned(),
            Place::RequestProperty => s.request_property = schema.to_owned(),
            Place::ResponseBody => s.response_body = schema.to_owned(),
            Place::ResponseProperty => s.response_property = schema.to_owned(),
            Place::ResponseHeader => s.response_header = format!("{{schema: {schema}}}"),
        }
        s
    }
}

/// Where the report places a change at `place`, with `path` inside it.
fn placed(place: Place, path: &str) -> String {
    let base = match place {
        Place::PathParameter => "`putThing` path parameter `thingId`".to_owned(),
        Place::QueryParameter => "`putThing` query parameter `filter`".to_owned(),
        Place::HeaderParameter => "`putThing` header parameter `X-Trace`".to_owned(),
        Place::RequestBody | Place::RequestProperty => "`putThing` request".to_owned(),
        Place::ResponseBody | Place::ResponseProperty => "`putThing` response 200".to_owned(),
        Place::ResponseHeader => "`putThing` response 200: header `x-rate`".to_owned(),
    };
    let path = match place {
        Place::RequestProperty | Place::ResponseProperty => format!("value{path}"),
        _ => path.to_owned(),
    };
    if path.is_empty() {
        base
    } else {
        format!("{base}: `{path}`")
    }
}

fn case(kind: String, place: String, before: &Slots, after: &Slots) -> Case {
    Case {
        kind,
        place,
        before: before.spec(),
        after: after.spec(),
    }
}

/// The plain schema a bound is planted on, with `extra` keywords.
fn bounded(of: Of, bound: &Bound, extra: &str) -> String {
    let base = match (of, bound.keyword) {
        (Of::String, _) => "type: string",
        (Of::Number, "multipleOf") => "type: number",
        (Of::Number, "exclusiveMinimum") => "type: integer, format: int32, minimum: 0",
        (Of::Number, "exclusiveMaximum") => "type: integer, format: int32, maximum: 100",
        (Of::Number, _) => "type: integer, format: int32",
        (Of::Array, _) => "type: array, items: {type: string}",
        (Of::Object, _) => "type: object, properties: {a: {type: string}}",
    };
    if extra.is_empty() {
        format!("{{{base}}}")
    } else {
        format!("{{{base}, {extra}}}")
    }
}

/// The bound's values before and after a change `how` (`None`: not
/// written).
fn bound_values(bound: &Bound, how: How) -> (Option<&'static str>, Option<&'static str>) {
    let (one, other) = match bound.sort {
        Sort::Pattern => ("'^[a-z]+$'", "'^[a-z0-9]+$'"),
        Sort::Flag => ("true", "true"),
        Sort::Step => ("1", "0.5"),
        Sort::Lower | Sort::Upper => ("5", "8"),
    };
    match how {
        How::Added => (None, Some(one)),
        How::Removed => (Some(one), None),
        How::Raised => (Some(one), Some(other)),
        How::Lowered => (Some(other), Some(one)),
        How::Relaxed => (Some(one), Some(other)),
        How::Tightened => (Some(other), Some(one)),
        How::Changed => (Some(one), Some(other)),
    }
}

/// The schemas before and after an alteration, and the path inside the
/// value where it is reported.
fn altered(alteration: Alteration) -> (&'static str, &'static str) {
    use Alteration as A;
    match alteration {
        A::TypeChanged => (PLAIN, "{type: integer, format: int32}"),
        A::FormatChanged => (PLAIN, "{type: string, format: email}"),
        A::NullableAdded => (PLAIN, "{type: string, nullable: true}"),
        A::NullableRemoved => ("{type: string, nullable: true}", PLAIN),
        A::DefaultAdded => (PLAIN, "{type: string, default: a}"),
        A::DefaultRemoved => ("{type: string, default: a}", PLAIN),
        A::DefaultChanged => ("{type: string, default: a}", "{type: string, default: b}"),
        A::EnumValueAdded => (
            "{type: string, enum: [a, b]}",
            "{type: string, enum: [a, b, c]}",
        ),
        A::EnumValueRemoved => ("{type: string, enum: [a, b]}", "{type: string, enum: [a]}"),
        A::BecameEnum => (PLAIN, "{type: string, enum: [a, b]}"),
        A::EnumRemoved => ("{type: string, enum: [a, b]}", PLAIN),
        A::Deprecated => (PLAIN, "{type: string, deprecated: true}"),
        A::Undeprecated => ("{type: string, deprecated: true}", PLAIN),
        A::ReadOnlyAdded => (PLAIN, "{type: string, readOnly: true}"),
        A::ReadOnlyRemoved => ("{type: string, readOnly: true}", PLAIN),
        A::WriteOnlyAdded => (PLAIN, "{type: string, writeOnly: true}"),
        A::WriteOnlyRemoved => ("{type: string, writeOnly: true}", PLAIN),
    }
}

/// A parameter object at `place` with `required`, `schema` and `extra`
/// keywords.
fn parameter_at(place: Place, required: bool, schema: &str, extra: &str) -> String {
    let (name, location) = match place {
        Place::PathParameter => ("thingId", "path"),
        Place::QueryParameter => ("filter", "query"),
        _ => ("X-Trace", "header"),
    };
    let extra = if extra.is_empty() {
        String::new()
    } else {
        format!(", {extra}")
    };
    format!("{{name: {name}, in: {location}, required: {required}{extra}, schema: {schema}}}")
}

fn with_parameter(place: Place, parameter: Option<String>) -> Slots {
    let mut s = Slots::default();
    match place {
        Place::PathParameter => s.path = parameter.expect("a path parameter is always there"),
        Place::QueryParameter => s.query = parameter,
        _ => s.header = parameter,
    }
    s
}

/// Every planted pair of every family.
pub fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let plain = Slots::default();
    for place in Place::ALL {
        // Bounds.
        for b in BOUNDS.iter().filter(|b| place.takes(b.of)) {
            for how in b.sort.hows() {
                let (x, y) = bound_values(b, *how);
                let write =
                    |v: Option<&str>| v.map_or_else(String::new, |v| format!("{}: {v}", b.keyword));
                out.push(case(
                    bound_id(place, b, *how),
                    placed(place, ""),
                    &plain.with(place, &bounded(b.of, b, &write(x))),
                    &plain.with(place, &bounded(b.of, b, &write(y))),
                ));
            }
        }
        // Alterations of a value.
        for a in Alteration::ALL {
            let id = alteration_id(place, a);
            if xtask::diff::catalogue::find(&id).is_none() {
                continue;
            }
            let (x, y) = altered(a);
            let (before, after) = match (place.is_parameter(), a) {
                (true, Alteration::Deprecated | Alteration::Undeprecated) => {
                    let deprecated = |on: bool| {
                        parameter_at(
                            place,
                            place == Place::PathParameter,
                            PLAIN,
                            if on { "deprecated: true" } else { "" },
                        )
                    };
                    let on = a == Alteration::Deprecated;
                    (
                        with_parameter(place, Some(deprecated(!on))),
                        with_parameter(place, Some(deprecated(on))),
                    )
                }
                _ => (plain.with(place, x), plain.with(place, y)),
            };
            out.push(case(id, placed(place, ""), &before, &after));
        }
        // A parameter's own changes.
        if place.is_parameter() {
            for c in ParameterChange::ALL {
                let id = parameter_id(place, c);
                if xtask::diff::catalogue::find(&id).is_none() {
                    continue;
                }
                let path = place == Place::PathParameter;
                let array = "{type: array, items: {type: string}}";
                let p = |required: bool, schema: &str, extra: &str| {
                    Some(parameter_at(place, required, schema, extra))
                };
                let (before, after) = match c {
                    ParameterChange::RequiredAdded => (None, p(true, PLAIN, "")),
                    ParameterChange::OptionalAdded => (None, p(false, PLAIN, "")),
                    ParameterChange::Removed => (p(false, PLAIN, ""), None),
                    ParameterChange::BecameRequired => (p(false, PLAIN, ""), p(true, PLAIN, "")),
                    ParameterChange::BecameOptional => (p(true, PLAIN, ""), p(false, PLAIN, "")),
                    ParameterChange::StyleChanged if path => (
                        p(true, array, "style: simple"),
                        p(true, array, "style: label"),
                    ),
                    ParameterChange::StyleChanged => (
                        p(false, array, "style: form, explode: false"),
                        p(false, array, "style: pipeDelimited, explode: false"),
                    ),
                    ParameterChange::ExplodeChanged if path => (
                        p(true, array, "style: label, explode: false"),
                        p(true, array, "style: label, explode: true"),
                    ),
                    ParameterChange::ExplodeChanged => (
                        p(false, array, "explode: true"),
                        p(false, array, "explode: false"),
                    ),
                };
                out.push(case(
                    id,
                    placed(place, ""),
                    &with_parameter(place, before),
                    &with_parameter(place, after),
                ));
            }
        }
        // Compositions.
        if COMPOSED.contains(&place) {
            let shape = |keyword: &str, names: &[&str]| {
                let refs: Vec<String> = names
                    .iter()
                    .map(|n| format!("{{$ref: '#/components/schemas/{n}'}}"))
                    .collect();
                format!("{{{keyword}: [{}]}}", refs.join(", "))
            };
            for c in Composition::ALL {
                let (two, three) = (
                    shape(c.keyword(), &["Circle", "Square"]),
                    shape(c.keyword(), &["Circle", "Square", "Triangle"]),
                );
                let at = match c {
                    Composition::AllOf => placed(place, ""),
                    _ => placed(place, "<Triangle>"),
                };
                out.push(case(
                    alternative_id(place, c, true),
                    at.clone(),
                    &plain.with(place, &two),
                    &plain.with(place, &three),
                ));
                out.push(case(
                    alternative_id(place, c, false),
                    at,
                    &plain.with(place, &three),
                    &plain.with(place, &two),
                ));
            }
        }
    }
    out
}

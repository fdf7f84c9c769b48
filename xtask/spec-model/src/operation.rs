//! One model of each operation, built from the spec once, for every later
//! step to read instead of reading facts back out of generated code: its
//! method and path, and every response it documents by status (a code, a
//! range such as `4XX`, or `default`), each with its body or none.
//!
//! The model also says how a call's answer is typed. Where every success
//! status of an operation shares one body (or none has one), a success is
//! that one type; likewise for errors. Where they differ, the answer is a
//! per-operation enum with a variant per documented status
//! ([`Shape::Several`]), named by [`enum_name`] and [`Status::variant`].

use std::collections::BTreeSet;

use serde_json::Value;

use crate::refs::{pointer_push, resolve};
use crate::walk::{OperationAt, operations_in};

/// A documented status: a code, a range, or `default`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// One code, such as `404`.
    Code(u16),
    /// A range, such as `4XX` (held as `4`).
    Range(u8),
    /// `default`: any status the operation documents no other way.
    Default,
}

impl Status {
    /// A `responses` key as OpenAPI writes it: a code from 100 to 599, a
    /// range `1XX` to `5XX` (either case), or `default`.
    pub fn parse(key: &str) -> Option<Status> {
        if key == "default" {
            return Some(Status::Default);
        }
        let bytes = key.as_bytes();
        if bytes.len() != 3 {
            return None;
        }
        if bytes[1].eq_ignore_ascii_case(&b'x') && bytes[2].eq_ignore_ascii_case(&b'x') {
            return match bytes[0] {
                b @ b'1'..=b'5' => Some(Status::Range(b - b'0')),
                _ => None,
            };
        }
        match key.parse::<u16>() {
            Ok(code) if (100..=599).contains(&code) && key.bytes().all(|b| b.is_ascii_digit()) => {
                Some(Status::Code(code))
            }
            _ => None,
        }
    }

    /// Whether a response with status `code` is documented by this one.
    pub fn matches(self, code: u16) -> bool {
        match self {
            Status::Code(own) => own == code,
            Status::Range(range) => code / 100 == u16::from(range),
            Status::Default => true,
        }
    }

    /// The order responses are decoded in: each code first, then each
    /// range, then `default`, so that a `404` beside a `4XX` is the `404`.
    pub fn decoding_order(self) -> (u8, u16) {
        match self {
            Status::Code(code) => (0, code),
            Status::Range(range) => (1, u16::from(range)),
            Status::Default => (2, 0),
        }
    }

    /// The name of the status as an enum variant: a code's reason phrase
    /// (RFC 9110 and the IANA registry) in UpperCamelCase (`404` is
    /// `NotFound`), `Status<code>` for a code without one; a range by its
    /// class (`4XX` is `ClientError`); `default` is `Default`.
    pub fn variant(self) -> String {
        match self {
            Status::Code(code) => match reason(code) {
                Some(reason) => reason
                    .split([' ', '-'])
                    .filter(|word| !word.is_empty())
                    .map(|word| {
                        let mut chars = word.chars();
                        chars.next().map_or_else(String::new, |first| {
                            first.to_ascii_uppercase().to_string() + chars.as_str()
                        })
                    })
                    .collect(),
                None => format!("Status{code}"),
            },
            Status::Range(1) => "Informational".to_owned(),
            Status::Range(2) => "Success".to_owned(),
            Status::Range(3) => "Redirection".to_owned(),
            Status::Range(4) => "ClientError".to_owned(),
            Status::Range(5) => "ServerError".to_owned(),
            Status::Range(other) => format!("Status{other}XX"),
            Status::Default => "Default".to_owned(),
        }
    }
}

/// The reason phrase of a registered status code.
fn reason(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi-Status",
        208 => "Already Reported",
        226 => "IM Used",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        511 => "Network Authentication Required",
        _ => return None,
    })
    // "OK" is one word whose case is kept: `Ok`, as Rust writes it.
    .map(|phrase| if phrase == "OK" { "Ok" } else { phrase })
}

/// What a media type's body is to the client: how it is read and written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MediaKind {
    /// JSON by any name: `application/json` or any `+json` type
    /// (`application/problem+json`), parameters such as `charset` aside.
    Json,
    /// Text (`text/plain`, `text/csv`, `text/html`...), XML excepted.
    Text,
    /// A form, `application/x-www-form-urlencoded`.
    Form,
    /// A multipart body, `multipart/form-data`.
    Multipart,
    /// Anything else: bytes with their media type (`application/pdf`,
    /// `image/png`, `application/octet-stream`, XML, `*/*`).
    Bytes,
}

/// What a media type's body is to the client (see [`MediaKind`]); the
/// type is read case-insensitively, without its parameters.
pub fn media_kind(media_type: &str) -> MediaKind {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if essence.ends_with("xml") {
        return MediaKind::Bytes;
    }
    if essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
    {
        return MediaKind::Json;
    }
    if essence.starts_with("text/") {
        return MediaKind::Text;
    }
    match essence.as_str() {
        "application/x-www-form-urlencoded" => MediaKind::Form,
        "multipart/form-data" => MediaKind::Multipart,
        _ => MediaKind::Bytes,
    }
}

/// A response body: its media type, what that is to the client, and its
/// schema as the spec writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    /// The media type read: the first JSON one (by any name) where the
    /// response offers one, else the first (by name).
    pub media_type: String,
    /// What the body is to the client.
    pub kind: MediaKind,
    /// Where the schema is written (it may be a `$ref`, or be absent).
    pub schema_pointer: String,
    /// The schema as written; `null` where there is none.
    pub schema: Value,
}

impl Body {
    /// What makes two bodies one type: JSON by its schema, text and bytes
    /// by their kind alone (a `String`, a `Binary`).
    pub fn identity(&self) -> (MediaKind, &Value) {
        match self.kind {
            MediaKind::Json => (self.kind, &self.schema),
            _ => (self.kind, &Value::Null),
        }
    }
}

impl Body {
    /// The component schema the body is, when it is a `$ref` to one.
    pub fn component(&self) -> Option<&str> {
        self.schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
    }
}

/// One documented response of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// Its status.
    pub status: Status,
    /// The key as the spec writes it (`200`, `4XX`, `default`).
    pub key: String,
    /// Where it is listed under the operation's `responses`.
    pub listed_at: String,
    /// Where the response object is, `$ref`s followed.
    pub pointer: String,
    /// Its description.
    pub description: String,
    /// Its body, if it has one: never for 204, 205 and 304, which HTTP
    /// sends without content.
    pub body: Option<Body>,
}

/// Whether a response is an answer the call succeeds with, or an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A success (any documented status below 400).
    Success,
    /// An error.
    Error,
}

impl Kind {
    /// The suffix of the enum that holds this kind's statuses.
    pub fn enum_suffix(self) -> &'static str {
        match self {
            Kind::Success => "Success",
            Kind::Error => "Error",
        }
    }
}

/// How one kind of an operation's responses is typed.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// The operation documents no response of this kind.
    Absent,
    /// Every response of the kind has no body.
    NoBody,
    /// Every response of the kind has this one body schema (as written).
    One(Value),
    /// They differ (in schema, or some have a body and some none): the
    /// answer is a per-operation enum with a variant per status.
    Several,
}

/// One operation of a spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    /// Its `operationId`.
    pub id: String,
    /// Its HTTP method, lower case.
    pub method: &'static str,
    /// Its path template.
    pub path: String,
    /// Where it is in the spec.
    pub pointer: String,
    /// Every response it documents whose key is a status, in decoding
    /// order (see [`Status::decoding_order`]).
    pub responses: Vec<Response>,
}

impl Operation {
    /// The model of the operation at `at` in `document`, if it has an
    /// `operationId`.
    pub fn of(document: &Value, at: &OperationAt<'_>) -> Option<Operation> {
        let id = at.operation_id()?.to_owned();
        let responses_pointer = format!("{}/responses", at.pointer);
        let mut responses: Vec<Response> = at
            .operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(key, _)| {
                let status = Status::parse(key)?;
                let listed_at = pointer_push(&responses_pointer, key);
                let pointer = resolve(document, &listed_at);
                let object = document.pointer(&pointer)?;
                Some(Response {
                    status,
                    key: key.clone(),
                    description: object
                        .get("description")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    // HTTP gives these statuses no content, whatever a
                    // spec writes: a body the client waited for would
                    // never come.
                    body: if matches!(status, Status::Code(204 | 205 | 304)) {
                        None
                    } else {
                        body_of(document, &pointer)
                    },
                    listed_at,
                    pointer,
                })
            })
            .collect();
        responses.sort_by_key(|r| r.status.decoding_order());
        Some(Operation {
            id,
            method: at.method,
            path: at.path.to_owned(),
            pointer: at.pointer.clone(),
            responses,
        })
    }

    /// Whether `response` is a success or an error. A code or range below
    /// 400 is a success; `default` is an error where the operation
    /// documents a success another way, and the success otherwise.
    pub fn kind(&self, response: &Response) -> Kind {
        match response.status {
            Status::Code(code) if code < 400 => Kind::Success,
            Status::Range(range) if range < 4 => Kind::Success,
            Status::Default
                if !self
                    .responses
                    .iter()
                    .any(|r| r.status != Status::Default && self.kind(r) == Kind::Success) =>
            {
                Kind::Success
            }
            _ => Kind::Error,
        }
    }

    /// The responses of one kind, in decoding order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(move |r| self.kind(r) == kind)
    }

    /// How responses of `kind` are typed.
    pub fn shape(&self, kind: Kind) -> Shape {
        // Bodies are one type when they are of one kind and, for JSON, of
        // one schema: a JSON `Problem` and an XML `Problem` are not.
        let mut bodies = self
            .of_kind(kind)
            .map(|r| r.body.as_ref().map(Body::identity));
        let Some(first) = bodies.next() else {
            return Shape::Absent;
        };
        if bodies.any(|other| other != first) {
            return Shape::Several;
        }
        match first {
            Some((_, schema)) => Shape::One(schema.clone()),
            None => Shape::NoBody,
        }
    }

    /// Whether the generated `send()` answers with a per-operation enum
    /// for either kind.
    pub fn has_enum(&self) -> bool {
        self.shape(Kind::Success) == Shape::Several || self.shape(Kind::Error) == Shape::Several
    }
}

/// The body of the response object at `pointer`: its first JSON media
/// type (by any name) where it offers one, so that a response documented in
/// several is asked for and read as JSON; else its first media type. First
/// means first by name: a spec's own order of media types is not kept. A
/// response without `content` has no body.
pub fn body_of(document: &Value, pointer: &str) -> Option<Body> {
    let content_pointer = format!("{pointer}/content");
    let content = document.pointer(&content_pointer)?.as_object()?;
    let media_type = content
        .keys()
        .find(|m| media_kind(m) == MediaKind::Json)
        .or_else(|| content.keys().next())?;
    let schema_pointer = format!("{}/schema", pointer_push(&content_pointer, media_type));
    let schema = document
        .pointer(&schema_pointer)
        .cloned()
        .unwrap_or(Value::Null);
    Some(Body {
        kind: media_kind(media_type),
        media_type: media_type.clone(),
        schema_pointer,
        schema,
    })
}

/// Every operation of `document` that has an `operationId`, in document
/// order.
pub fn operations(document: &Value) -> Vec<Operation> {
    operations_in(document)
        .iter()
        .filter_map(|at| Operation::of(document, at))
        .collect()
}

/// Names already given, compared as Rust compares type names after case
/// conversion would: letters and digits only, any case.
#[derive(Clone, Debug, Default)]
pub struct TakenNames(BTreeSet<String>);

impl TakenNames {
    /// The names of every schema under `components/schemas`.
    pub fn of_components(document: &Value) -> TakenNames {
        let mut taken = TakenNames::default();
        for name in document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, _)| name)
        {
            taken.insert(name);
        }
        taken
    }

    fn key(name: &str) -> String {
        name.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.0.contains(&Self::key(name))
    }

    /// Takes `name`.
    pub fn insert(&mut self, name: &str) {
        self.0.insert(Self::key(name));
    }

    /// `wanted` if it is free, else `wanted` with `suffix`, then with
    /// `suffix2`, `suffix3`...; the name returned is taken.
    pub fn claim(&mut self, wanted: &str, suffix: &str) -> String {
        let mut name = wanted.to_owned();
        let mut n = 1;
        while self.contains(&name) {
            name = if n == 1 {
                format!("{wanted}{suffix}")
            } else {
                format!("{wanted}{suffix}{n}")
            };
            n += 1;
        }
        self.insert(&name);
        name
    }
}

/// An operation id in UpperCamelCase, as type names start:
/// `getOrder` is `GetOrder`, `list_orders` is `ListOrders`.
pub fn type_prefix(operation_id: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in operation_id.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            upper = true;
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'X');
    }
    out
}

/// The name of an operation's enum of `kind`: `<OperationId>Success` or
/// `<OperationId>Error` (`GetOrderError`), or with `Status` added, then a
/// number, where a schema or another enum has that name.
pub fn enum_name(operation: &Operation, kind: Kind, taken: &mut TakenNames) -> String {
    taken.claim(
        &format!("{}{}", type_prefix(&operation.id), kind.enum_suffix()),
        "Status",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn media_types_are_json_by_any_name_text_forms_or_bytes() {
        for (media, kind) in [
            ("application/json", MediaKind::Json),
            ("application/json; charset=utf-8", MediaKind::Json),
            ("application/problem+json", MediaKind::Json),
            ("Application/VND.API+JSON", MediaKind::Json),
            ("text/plain", MediaKind::Text),
            ("text/csv; charset=utf-8", MediaKind::Text),
            ("text/xml", MediaKind::Bytes),
            ("application/xml", MediaKind::Bytes),
            ("application/x-www-form-urlencoded", MediaKind::Form),
            ("multipart/form-data", MediaKind::Multipart),
            ("application/pdf", MediaKind::Bytes),
            ("image/png", MediaKind::Bytes),
            ("*/*", MediaKind::Bytes),
        ] {
            assert_eq!(media_kind(media), kind, "{media}");
        }
    }

    #[test]
    fn statuses_parse_as_openapi_writes_them() {
        assert_eq!(Status::parse("404"), Some(Status::Code(404)));
        assert_eq!(Status::parse("4XX"), Some(Status::Range(4)));
        assert_eq!(Status::parse("5xx"), Some(Status::Range(5)));
        assert_eq!(Status::parse("default"), Some(Status::Default));
        for bad in ["600", "099", "6XX", "40", "4X4", "+40", "Default", ""] {
            assert_eq!(Status::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_code_is_decoded_before_its_range_and_default_last() {
        let mut statuses = [
            Status::Default,
            Status::Range(4),
            Status::Code(404),
            Status::Code(200),
        ];
        statuses.sort_by_key(|s| s.decoding_order());
        assert_eq!(
            statuses,
            [
                Status::Code(200),
                Status::Code(404),
                Status::Range(4),
                Status::Default
            ]
        );
        assert!(Status::Range(4).matches(404) && !Status::Range(4).matches(500));
    }

    #[test]
    fn variants_are_reason_phrases_in_upper_camel_case() {
        for (status, variant) in [
            (Status::Code(200), "Ok"),
            (Status::Code(204), "NoContent"),
            (Status::Code(203), "NonAuthoritativeInformation"),
            (Status::Code(422), "UnprocessableContent"),
            (Status::Code(299), "Status299"),
            (Status::Range(4), "ClientError"),
            (Status::Default, "Default"),
        ] {
            assert_eq!(status.variant(), variant);
        }
    }

    fn operation(responses: Value) -> Operation {
        let document =
            json!({"paths": {"/x": {"get": {"operationId": "getX", "responses": responses}}}});
        operations(&document).remove(0)
    }

    #[test]
    fn shapes_say_when_an_enum_is_needed() {
        let order = json!({"$ref": "#/components/schemas/Order"});
        let job = json!({"$ref": "#/components/schemas/Job"});
        let with = |schema: &Value| json!({"description": "d", "content": {"application/json": {"schema": schema}}});
        let bare = json!({"description": "d"});

        let one = operation(json!({"200": with(&order), "201": with(&order), "404": with(&job)}));
        assert_eq!(one.shape(Kind::Success), Shape::One(order.clone()));
        assert_eq!(one.shape(Kind::Error), Shape::One(job.clone()));
        assert!(!one.has_enum());

        let several = operation(json!({"200": with(&order), "202": with(&job), "204": bare}));
        assert_eq!(several.shape(Kind::Success), Shape::Several);
        assert_eq!(several.shape(Kind::Error), Shape::Absent);
        assert!(several.has_enum());

        // One schema in two media kinds is two types.
        let problem = json!({"$ref": "#/components/schemas/Problem"});
        let json_and_xml = operation(json!({
            "200": with(&order),
            "400": with(&problem),
            "406": {"description": "d", "content": {"application/xml": {"schema": problem}}},
        }));
        assert_eq!(json_and_xml.shape(Kind::Error), Shape::Several);

        let bodiless = operation(json!({"204": bare, "404": bare}));
        assert_eq!(bodiless.shape(Kind::Success), Shape::NoBody);
        assert_eq!(bodiless.shape(Kind::Error), Shape::NoBody);
    }

    #[test]
    fn a_status_without_content_has_no_body_whatever_the_spec_writes() {
        let with = json!({"description": "d", "content": {"application/json": {"schema": {"type": "object"}}}});
        let op = operation(json!({"200": with, "204": with, "304": with}));
        let bodies: Vec<bool> = op.responses.iter().map(|r| r.body.is_some()).collect();
        assert_eq!(bodies, [true, false, false]);
    }

    #[test]
    fn default_is_an_error_beside_a_success_and_the_success_alone() {
        let bare = json!({"description": "d"});
        let with_success = operation(json!({"200": bare, "default": bare}));
        let default = &with_success.responses[1];
        assert_eq!(with_success.kind(default), Kind::Error);
        let alone = operation(json!({"default": bare}));
        assert_eq!(alone.kind(&alone.responses[0]), Kind::Success);
    }

    #[test]
    fn taken_names_get_a_suffix_and_then_a_number() {
        let mut taken = TakenNames::default();
        taken.insert("get_order_error");
        assert_eq!(
            taken.claim("GetOrderError", "Status"),
            "GetOrderErrorStatus"
        );
        assert_eq!(
            taken.claim("GetOrderError", "Status"),
            "GetOrderErrorStatus2"
        );
        assert_eq!(taken.claim("Fresh", "Status"), "Fresh");
        assert_eq!(type_prefix("get-order_v2"), "GetOrderV2");
    }
}

//! The lint's rules as values: each has an id (what findings and
//! `--explain` name it by), a severity and an explanation of why it exists
//! and what to write instead.

use std::fmt;

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The spec cannot be merged as it is: the generator would fail, crash or
    /// silently produce a wrong client, or a house rule is broken.
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

impl Rule {
    /// The rule with this id.
    pub fn find(id: &str) -> Option<&'static Rule> {
        RULES.iter().copied().find(|rule| rule.id == id)
    }
}

macro_rules! rules {
    ($($name:ident = $id:literal, $summary:literal, $explanation:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $name: Rule = Rule {
                id: $id,
                severity: Severity::Error,
                summary: $summary,
                explanation: $explanation,
            };
        )*
        /// Every rule, in the order `--rules` lists them.
        pub const RULES: &[&Rule] = &[$(&$name),*];
    };
}

rules! {
    OPENAPI_3_0 = "openapi-3.0",
        "the spec is OpenAPI 3.0.x (3.1 is not supported by the generator)",
        "progenitor 0.15 reads OpenAPI 3.0 only and rejects 3.1 documents. Write `openapi: 3.0.3` \
         at the top of the spec, and use 3.0's spelling: `nullable: true` instead of a `null` type, \
         `example` instead of `examples` inside schemas.";
    OPENAPI_VALID = "openapi-valid",
        "the spec parses as an OpenAPI 3.0 document",
        "The file must be one YAML document that is a valid OpenAPI 3.0 document: every object has \
         the fields OpenAPI requires, with the types it requires. The finding points at the first \
         node that does not fit; the message says what was expected there.";
    UNRESOLVED_REF = "unresolved-ref",
        "every $ref is local and points at something",
        "Specs here are self-contained: every `$ref` is a local pointer (`#/components/...`) to a \
         node that exists. A reference to another file or URL cannot be read by codegen, lint or \
         the tests. Copy the definition under `components` and point at it.";
    PATH_PARAMS = "path-params",
        "the path's {parameters} and its `in: path` parameters match",
        "Each `{name}` in a path template needs an `in: path`, `required: true` parameter of that \
         name, and each path parameter must appear in the template; otherwise the generated method \
         cannot fill the URL. Declare the parameter, or fix the template.";
    OPERATION_ID = "operation-id",
        "every operation has a unique operationId",
        "The operationId names the client method (`getOrder` becomes `client.get_order()`), so every \
         operation needs one, and two operations cannot share one. Use camelCase verbs such as \
         `getOrderHistory`.";
    SUMMARY = "summary",
        "every operation has a summary",
        "The summary is the first line of the generated method's documentation. Add a one-line \
         `summary`.";
    DESCRIPTION = "description",
        "every operation has a description",
        "The description is the body of the generated method's documentation: say what the \
         operation does and returns.";
    TAG = "tag",
        "every operation has a tag, declared in the top-level tags",
        "Tags group operations in documentation and review reports. Give each operation a tag and \
         declare it, with a description, in the top-level `tags` list.";
    ERROR_RESPONSE = "error-response",
        "every operation documents at least one error response",
        "Without an error response the client has no typed error body: every failure becomes an \
         unexpected response. Document at least one 4XX or 5XX status with a `$ref`'d schema.";
    PARAMETER_DESCRIPTION = "parameter-description",
        "every parameter has a description",
        "A parameter's description becomes the documentation of its builder method. Say what it \
         is and which values it takes.";
    PROPERTY_DESCRIPTION = "property-description",
        "every property has a description (a $ref'd one, on its schema)",
        "A property's description becomes the documentation of its Rust field. For a property \
         that is a `$ref`, describe the referenced schema.";
    RESPONSE_EXAMPLE = "response-example",
        "every response body has an example",
        "Every documented example is decoded and re-encoded by the test suite, which is what proves \
         the generated types fit real payloads. Add `example:` (or `examples:`) with a payload the \
         vendor documents.";
    EXAMPLE_VALID = "example-valid",
        "every example is valid against its schema",
        "An example that its own schema rejects means either the example or the schema is wrong, \
         and the generated type will reject the same payload from the server. Fix whichever one \
         the vendor's documentation contradicts, and record the decision in specs/QUIRKS.md.";
    UNUSED_COMPONENT = "unused-component",
        "every component is used",
        "A component nothing refers to generates nothing (or a type nobody uses) and misleads \
         reviewers. Remove it, or `$ref` it where it belongs. A security scheme must appear in a \
         `security` requirement to be sent.";
    SERVER = "server",
        "the spec names a server (the client's default base URL)",
        "The client's base URL comes from the first server. A URL with `{variables}` must declare \
         each variable under `variables` (the client then has `server_url(...)` and no default).";
    SECURITY_SCHEME = "security-scheme",
        "security schemes are http bearer or apiKey in a header",
        "The shared runtime sends a bearer token and an API key in a header, set once on the \
         client. Other schemes (OAuth flows, cookies, query keys) cannot be sent; per-operation \
         `security` is not supported: declare security for the whole API.";
    JSON_MEDIA_TYPE = "json-media-type",
        "a JSON body is declared application/json, not */* or text/plain",
        "progenitor drops the schema of a body whose only media type is `*/*` or `text/*`, and the \
         method returns raw bytes. Declare `application/json` for a JSON body.";
    INLINE_ERROR_SCHEMA = "inline-error-schema",
        "a schema under components/responses is a $ref to a named schema",
        "progenitor names an inline schema under `components/responses` after the first operation \
         that uses it — the same name as that operation's success type — so the error body is \
         decoded as the success type. Name the schema under `components/schemas` and `$ref` it.";
    DIFFERING_SUCCESS_SCHEMAS = "differing-success-schemas",
        "an operation's success responses share one schema",
        "progenitor panics when two success statuses of one operation have different schemas. Give \
         them one schema (a `oneOf` of the bodies, if they really differ).";
    DIFFERING_ERROR_SCHEMAS = "differing-error-schemas",
        "an operation's error responses share one schema",
        "progenitor panics when two error statuses of one operation have different schemas. Give \
         them one schema: a `oneOf` of the bodies the API sends.";
    RUST_NAME_COLLISION = "rust-name-collision",
        "no two properties of one schema become the same Rust field",
        "Properties are Rust fields in snake_case: `deletedAt` and `DeletedAt` (or `a-b` and `a_b`) \
         would both be `deleted_at` and the code would not compile. Leading underscores are spelled \
         out (`_id` is `underscore_id`). Wire names cannot be changed by the client, so rename in \
         the spec only if the API really uses one of them; otherwise model one as a separate schema.";
    ENUM_COLLISION = "enum-collision",
        "no two enum values become the same Rust variant, and none is `Unknown`",
        "Enum values become UpperCamelCase variants: `active` and `ACTIVE` would both be `Active`, \
         and progenitor panics. `Unknown` is kept for values the spec does not list. Drop one of \
         the values, or make the schema a plain string.";
    EXPLODE_FALSE = "explode-false",
        "array query parameters are exploded (repeated keys)",
        "progenitor ignores `explode: false` and sends `k=a&k=b` anyway. Remove it, or take a \
         comma-joined string if the API really wants `k=a,b`.";
    COOKIE_PARAMETER = "cookie-parameter",
        "no cookie parameters",
        "progenitor rejects cookie parameters. Send the value as a header, if the API accepts one.";
    PARAMETER_STYLE = "parameter-style",
        "no deepObject, pipeDelimited or spaceDelimited parameters",
        "progenitor rejects these styles. Use `style: form` with `explode: true`.";
    PARAMETER_CONTENT = "parameter-content",
        "`content` only on a header carrying a named JSON schema",
        "progenitor rejects parameters with `content`; codegen rewrites one case: a header whose \
         `content` is exactly `application/json` with a `$ref` to `components/schemas` (the client \
         takes the typed value and sends it JSON-encoded). Anything else: use `schema`.";
    HEADER_ARRAY = "header-array",
        "no array-typed header parameters",
        "The generated code cannot send an array in a header and does not compile. Take a string.";
    PAGINATION = "pagination",
        "an `x-pagination` names the operation's query parameters and body fields",
        "`x-pagination` on an operation gives its builder `pages()` and `stream()`. It names, on \
         the wire, the integer query parameters `offset` and `limit`, and, as dotted JSON paths \
         from the success body, the `items` list, the integer `total` (optional) and the string \
         `next` link (optional): `{offset: offset, limit: limit, items: items, total: totalCount, \
         next: links.next.uri}`. Each must exist with that type.";
    IDEMPOTENCY = "idempotency",
        "`x-idempotent` is a boolean on a POST or PATCH operation",
        "The runtime retries idempotent operations (GET, HEAD, PUT, DELETE, OPTIONS) after a \
         timeout or a 5xx; a POST or PATCH only when the request certainly never reached the \
         server. `x-idempotent: true` on a POST or PATCH says that sending it twice does what \
         sending it once does, so it is retried like a GET: write it only where the vendor \
         documents that (an idempotency key, a replace-style update).";
    REQUEST_IDENTITY = "request-identity",
        "`x-request-identity` is `call` or `attempt`, on a string header",
        "`x-request-identity` on a header parameter makes the client send a generated UUID when \
         the caller gives none: `call` keeps one value for every attempt of a call (a \
         correlation id a server uses to recognise a retry), `attempt` sends a new one each \
         attempt (a request id that must never repeat). The parameter becomes optional in the \
         builder. Only a header of `type: string` can carry it.";
    YAML11_SCALAR = "yaml11-scalar",
        "no plain scalar that YAML 1.1 and YAML 1.2 read differently (`ON`, `012`, `1:20`, dates)",
        "The specs are read as YAML 1.2, but many tools that read the same files are YAML 1.1 \
         (PyYAML, SnakeYAML inside openapi-generator, linters built on them): to them a plain \
         `ON`, `yes` or `n` is a boolean, `012` an octal number, `1:20` a base-60 number and \
         `2019-05-02` a date. Quote such a scalar so that every reader sees the same string.";
    ENUM_VARNAMES = "enum-varnames",
        "each `x-enum-varnames` gives one unique UpperCamelCase Rust name per enum value",
        "`x-enum-varnames` on a string enum names its Rust variants (`\"1000\"` can be \
         `Complete` instead of `X1000`); the wire values stay the enum's. It must be a list with \
         exactly one valid, unique UpperCamelCase identifier per value, in the enum's order, and \
         none may be `Unknown`, the variant kept for values the spec does not list.";
    REF_SIBLINGS = "ref-siblings",
        "nothing beside a `$ref` (OpenAPI 3.0 ignores it): wrap the `$ref` in `allOf`",
        "In OpenAPI 3.0 a `$ref` replaces the object it is in: a `description` (or anything \
         else) written beside it is ignored by every tool. To keep a property's own description, \
         write `allOf: [{$ref: ...}]` with the `description` beside the `allOf`.";
    INTEGER_FORMAT = "integer-format",
        "each integer has `format: int32` or `int64`, and bounds within it",
        "An integer without a format can be larger than any Rust integer type, and the generated \
         type then rejects a value the spec allows. Give every integer `format: int32` or \
         `int64` (the generated type follows it), and keep `minimum`/`maximum` within it.";
    QUERY_HEADER_NAME = "query-header-name",
        "no query and header parameter of the same name in one operation",
        "progenitor gives both the same builder method and the code does not compile. Rename one.";
}

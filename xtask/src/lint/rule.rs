//! The linter's own rules as values: whether the spec is an OpenAPI 3.0,
//! 3.1 or Swagger 2.0 document at all, and the house rules that keep the generated crates
//! documented and the examples honest. With the generator's rules
//! ([`crate::codegen::refuse::rules`]) they are every rule `cargo xtask
//! lint` checks; each has an id (what findings and `--explain` name it by),
//! a severity and an explanation of why it exists and what to write instead.

use crate::rule::rules;
pub use crate::rule::{Rule, Severity};

rules! {
    VALIDITY_RULES;
    SPEC_NAME = "spec-name",
        "the spec's file name is a crate name",
        "A spec's file name (without `.yaml`) is the name of the crate generated from it, of its \
         mock crate (`<name>-mock`), and, with `-` as `_`, of the library that Rust code names. \
         So it follows cargo's rules: ASCII letters, digits, `-` and `_`, not starting with a \
         digit, and not a Rust keyword. The crates here are kebab-case (`fabric-orders`): rename \
         the file.";
    OPENAPI_VERSION = "openapi-version",
        "the spec is OpenAPI 3.0.x, OpenAPI 3.1.x or Swagger 2.0, in what the generator can express",
        "A spec is read as written in OpenAPI 3.0.x, OpenAPI 3.1.x (its schemas with JSON Schema \
         2020-12 meaning) or Swagger 2.0 (`swagger: \"2.0\"`); any other version is refused. \
         A 3.1 or 2.0 spec is read in the 3.0 form every tool reads (the README's \"Versions\" \
         says what each construct becomes), and what that form cannot hold is refused at its \
         node with what to write instead: a type list of two types besides `null`, tuples \
         (`prefixItems`), conditional schemas (`if`/`then`/`else`), `patternProperties`, \
         `collectionFormat: tsv` in 2.0, and the like.";
    OPENAPI_VALID = "openapi-valid",
        "the spec parses as an OpenAPI document of its version",
        "The file must be one YAML document that is a valid document of its version (OpenAPI \
         3.0, or OpenAPI 3.1 or Swagger 2.0 read in the 3.0 form): every object has the fields \
         OpenAPI requires, with the types it requires. The finding points at the first node, as \
         written, that does not fit; the message says what was expected there.";
}

rules! {
    HOUSE_RULES;
    DEFAULT_SERVER = "default-server",
        "the spec names an absolute server URL",
        "The first server's URL is the client's default base URL. Without a server, or with a \
         relative one (relative to where the spec is served), the client has no default and every \
         caller must set `.base_url(...)` on the builder: write the API's absolute URL, such as \
         `https://api.example.com/v1`, with `{variables}` where it varies.";
    SERVER_VARIABLE_DEFAULT = "server-variable-default",
        "a server variable without an `enum` says whether its default is a server",
        "The client's default base URL is the first server's URL with each variable at its \
         default. A default that is a placeholder (`customer`, `your-tenant`) would send every \
         call, credentials and all, to a host nobody chose. Write `x-placeholder: true` on such a \
         variable (the client then has no default base URL, and callers choose the value with \
         `server_url(...)` or set a base URL), or `x-placeholder: false` where the default is a \
         real server; a variable with an `enum` names its servers already.";
    VERSION_LEFTOVER = "version-leftover",
        "a spec uses its own version's keywords, not another's",
        "A keyword of another version (`nullable` in an OpenAPI 3.1 spec, left by a conversion \
         from 3.0) is ignored by the validators of the spec's own version, so the spec says one \
         thing to them and another to its readers. Codegen reads it as its writer meant (a \
         `nullable: true` schema takes null), so the client matches what the API sends; write \
         it as the version does: `type: [<type>, \"null\"]`, or `oneOf: [{$ref: ...}, {type: \
         \"null\"}]` for a reference.";
    OPERATION_ID_WRITTEN = "operation-id-written",
        "every operation has its own operationId",
        "The operationId names the client method (`getOrder` becomes `client.get_order()`). Where \
         a spec gives none, codegen names the operation after its method and path \
         (`GET /orders/{orderId}` is `getOrdersByOrderId`), which is long and changes when the \
         path does, breaking every caller: write one, a camelCase verb such as `getOrderHistory`.";
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
    YAML11_SCALAR = "yaml11-scalar",
        "no plain scalar that YAML 1.1 and YAML 1.2 read differently (`ON`, `012`, `1:20`, dates)",
        "The specs are read as YAML 1.2, but many tools that read the same files are YAML 1.1 \
         (PyYAML, SnakeYAML inside openapi-generator, linters built on them): to them a plain \
         `ON`, `yes` or `n` is a boolean, `012` an octal number, `1:20` a base-60 number and \
         `2019-05-02` a date. Quote such a scalar so that every reader sees the same string.";
    REF_SIBLINGS = "ref-siblings",
        "nothing beside a `$ref` (OpenAPI 3.0 ignores it): wrap the `$ref` in `allOf`",
        "In OpenAPI 3.0 a `$ref` replaces the object it is in: a `description` (or anything \
         else) written beside it is ignored by every tool. To keep a property's own description, \
         write `allOf: [{$ref: ...}]` with the `description` beside the `allOf`.";
    PARAMETER_NAME = "parameter-name",
        "each parameter's builder method is a name of its own",
        "Each parameter becomes a method of its operation's builder, in snake_case. Where two \
         parameters of one operation would be one method (`order-id` and `order_id`, a query and a \
         header `X-Id`/`x-id`, a path and a query `id`), or one takes a name the builder has \
         already (`new`, `send`, `stream`, `pages`, `deadline`, `retry`, the generated code's \
         `header_map`, and `body`, `body_map`, `body_as` and `body_stream` when the operation has \
         a request body), the later one, path parameters last, is numbered (`id_2`, `send_2`) and \
         still sent under its own name; but a reader cannot tell the methods apart by their \
         names. Rename one in the spec if the API allows it.";
    ENUM_COLLISION = "enum-collision",
        "no two enum values become the same Rust variant, and none is `Unknown`",
        "Enum values become UpperCamelCase variants, with characters Rust does not allow dropped: \
         `active` and `ACTIVE`, or `+` and `-`, would be one variant, and `Unknown` is kept for \
         values the spec does not list. The generator numbers the later ones, in the enum's order \
         (`Active`, `Active2`; a value `unknown` is `Unknown2`), and sends and reads the values as \
         written; but a reader of the Rust cannot tell `Active` from `Active2` by their names. \
         Name the variants with `x-enum-varnames`, or drop a value the API does not send.";
    RUST_NAME_COLLISION = "rust-name-collision",
        "no two properties of one schema become the same Rust field",
        "Properties are Rust fields in snake_case, with characters Rust does not allow dropped and \
         keywords suffixed (`type` is `type_`): `deletedAt` and `DeletedAt`, `a-b` and `a_b`, or \
         `self` and `Self` would be one field. Leading underscores are spelled out (`_id` beside \
         `id` is `underscore_id`); otherwise the generator numbers the later property, in name \
         order (`deleted_at`, `deleted_at_2`), and keeps the wire names; but a reader cannot tell \
         the fields apart by their names. Model one of them as a separate schema if the API \
         really sends both.";
    UNCHECKED_NOT = "unchecked-not",
        "no `not` schema, which the client does not check",
        "The generated types cannot say \"anything but\": a `not` is left unchecked by the \
         client, which takes any value of the schema's other keywords (the server still checks \
         what it checks). Describe what is allowed instead, or accept that the client does not \
         refuse such a value.";
    UNCHECKED_PATTERN = "unchecked-pattern",
        "every pattern compiles in the client's regex engine",
        "The generated types check a `pattern` with the regress engine (JavaScript's syntax, as \
         JSON Schema says). One it cannot compile is left unchecked by the client rather than \
         panicking on first use: fix the expression, or accept that the client does not check \
         it.";
    INTEGER_FORMAT = "integer-format",
        "each integer has `format: int32` or `int64`, and bounds within it",
        "An integer without a format can be larger than any Rust integer type, and the generated \
         type then rejects a value the spec allows. Give every integer `format: int32` or \
         `int64` (the generated type follows it), and keep `minimum`/`maximum` within it.";
}

/// Every rule `cargo xtask lint` checks, in the order `--rules` lists them:
/// the document is OpenAPI 3.0, the generator takes it, the house rules.
pub fn all() -> Vec<&'static Rule> {
    VALIDITY_RULES
        .iter()
        .chain(crate::codegen::refuse::RULES)
        .chain(crate::codegen::dependencies::RULES)
        .chain(HOUSE_RULES)
        .copied()
        .collect()
}

/// The rules codegen refuses a spec by, as the README lists them between
/// its `refusals` markers: one line each, `` - `id`: summary``.
pub fn refusals_markdown() -> String {
    VALIDITY_RULES
        .iter()
        .chain(crate::codegen::refuse::RULES)
        .chain(crate::codegen::dependencies::RULES)
        .map(|rule| format!("- `{}`: {}\n", rule.id, rule.summary))
        .collect()
}

impl Rule {
    /// The rule with this id.
    pub fn find(id: &str) -> Option<&'static Rule> {
        all().into_iter().find(|rule| rule.id == id)
    }
}

//! The generator's rules: each names something progenitor rejects, panics
//! on, gets silently wrong, or turns into Rust that does not compile or
//! crashes, and says what to write instead. `cargo xtask codegen` refuses a
//! spec that breaks one; `cargo xtask lint` reports it with the same words.

use crate::rule::rules;

rules! {
    RULES;
    UNRESOLVED_REF = "unresolved-ref",
        "every $ref is local and points at something",
        "Specs here are self-contained: every `$ref` is a local pointer (`#/components/...`) to a \
         node that exists. A reference to another file or URL cannot be read by codegen, lint or \
         the tests, and the generator panics on one that points at nothing. Copy the definition \
         under `components` and point at it.";
    SCHEMA_REF = "schema-ref",
        "a schema $ref names a whole schema under components/schemas",
        "The generator turns each schema under `components/schemas` into one Rust type and follows \
         a schema `$ref` to that type; it panics on a `$ref` into the middle of a schema \
         (`#/components/schemas/Order/properties/id`) or to anything else. Name the inner schema \
         under `components/schemas` and `$ref` it.";
    PATH_TEMPLATE = "path-template",
        "a path has no spaces, line breaks or other control characters",
        "A path is the URL path the client sends, and progenitor also writes it into the client's \
         documentation as it is. A URL path holds no spaces or control characters, and a line \
         break there ends the line of documentation: what follows is read as Markdown, and a code \
         block in it would be compiled and run by `cargo test`. Percent-encode such a character \
         (`%20` for a space), or leave it out.";
    PATH_PARAMS = "path-params",
        "the path's {parameters} and its `in: path` parameters match, and are required",
        "Each `{name}` in a path template needs an `in: path`, `required: true` parameter of that \
         name, and each path parameter must appear in the template. The generator panics on a \
         template name without its parameter and on an optional path parameter, and silently never \
         sends a path parameter the template lacks. Declare the parameter, or fix the template.";
    OPERATION_ID = "operation-id",
        "no two operations share an operationId",
        "The operationId names the client method (`getOrder` becomes `client.get_order()`), and \
         OpenAPI asks that it be unique: two operations cannot share one. (An operation without \
         one is named after its method and path; lint's `operation-id-written` asks for one.) Use \
         camelCase verbs such as `getOrderHistory`.";
    OPERATION_NAME = "operation-name",
        "each operation's Rust method and builder are names of its own",
        "An operationId becomes a method of `Client` (snake_case) and a builder struct \
         (UpperCamelCase) beside the generated code's own names. It cannot be a method the client \
         already has (`builder`, `baseurl`, `client`, `inner`, `api_version`, `new_with_client`, \
         `from_http_client`, and the request hooks `pre`, `exec`, `post`), a name the builders import \
         (`Error`, `ResponseValue`, `ByteStream`, `ClientInfo`, `ClientHooks`, `OperationInfo`, \
         `RequestBuilderExt`), or another operation's method (`getOrder` and `get_order`). Choose \
         a verb phrase such as `getOrderClient`.";
    HTTP_METHOD = "http-method",
        "no `options` or `trace` operations",
        "The HTTP client the generated code calls has no `options` or `trace` request, and the \
         generated code does not compile. Leave such operations out of the spec.";
    PARAMETER_TYPE = "parameter-type",
        "parameters the client can type: arrays of named objects, and headers that are never null",
        "A parameter is a builder method that takes its Rust type. An object written inline is \
         named after the operation and the parameter (`listOrders`' `filter` is \
         `ListOrdersFilter`); the items of an array of objects must be a `$ref` to \
         `components/schemas`, so that their type has a name. A scalar or an array of scalars may \
         be written inline. A header cannot be `nullable`: HTTP has no null header, so leave the \
         header out instead.";
    COOKIE_PARAMETER = "cookie-parameter",
        "no cookie parameters",
        "progenitor rejects cookie parameters. Send the value as a header, if the API accepts one.";
    PARAMETER_STYLE = "parameter-style",
        "each parameter's style is one OpenAPI 3.0 allows where it is written",
        "Paths take `simple` (the default), `label` and `matrix`; the query `form` (the default), \
         `spaceDelimited` and `pipeDelimited` (arrays and objects) and `deepObject` (objects); \
         headers `simple` only. Every one of these is sent as OpenAPI's style table writes it, \
         `explode` included (see the README, \"Parameters\"). Anything else is not OpenAPI, and \
         what the API wants cannot be told: write the style the API documents.";
    PARAMETER_CONTENT = "parameter-content",
        "`content` only on a header carrying a named JSON schema",
        "progenitor rejects parameters with `content`; codegen rewrites one case: a header whose \
         `content` is exactly `application/json` with a `$ref` to `components/schemas` (the client \
         takes the typed value and sends it JSON-encoded). Anything else: use `schema`.";
    REQUEST_BODY = "request-body",
        "a request body's media types are header values, and a JSON or form body has a schema",
        "A request body may offer any media types: the client types JSON by any name \
         (`application/json`, `application/merge-patch+json`), a form, a multipart body and text, \
         and takes anything else as bytes (README \"Uploads and request bodies\"). Each media type \
         is sent as the `Content-Type` header, so it is printable ASCII; the JSON or form body the \
         client types needs a schema to type it by.";
    BODY_ENCODING = "body-encoding",
        "every form field and multipart part can be encoded as the spec says",
        "A form (`application/x-www-form-urlencoded`) carries one value per field: an object or a \
         list in a field cannot be written. Flatten it into fields, or send `multipart/form-data`. \
         A multipart body's schema is an object with a property per part; each part is a file \
         (`type: string, format: binary`), a value sent as text, or JSON (an object, or any part \
         whose `encoding` says `contentType: application/json`). An object sent as text, a value \
         sent as a file type, or a list of lists cannot be encoded: say `application/json` in its \
         `encoding`, or change the schema. Each part is a method of the operation's form type, in \
         snake_case, beside the form's constructor: no part can be `new`.";
    RESPONSE_STATUS = "response-status",
        "every response is keyed by a status code, a range or `default`",
        "Each response is decoded by its status, so its key must be one: a code from 100 to 599 \
         (`404`), a range from `1XX` to `5XX`, or `default`. Anything else is not OpenAPI, and \
         which answers it stands for cannot be told. Write the status the API sends.";
    TYPE_NAME = "type-name",
        "no two schemas become the same Rust type",
        "Each schema under `components/schemas` is a Rust type named in UpperCamelCase (`order-item` \
         and `OrderItem` are both `OrderItem`); an inline schema is named by its `title`, or after \
         the operation (`<OperationId>Body`, `<OperationId>Response`) or the schema and property \
         that hold it (`OrderStatus` for `Order.status`). Two different schemas with one name do \
         not compile, or worse, one is silently decoded as the other. Rename one, or `$ref` the \
         named schema instead of repeating it.";
    SCHEMA_CYCLE = "schema-cycle",
        "a schema that contains itself does so through a property or an array",
        "A schema that is itself again through `$ref`, `allOf`, `oneOf` or `anyOf` alone (`Node: \
         {allOf: [{$ref: Node}]}`, or `A` is `B` is `A`) has no JSON value: the Rust type would hold \
         itself, which does not compile, or decoding recurses until the stack overflows. Recursion \
         belongs under a property or `items` (`children: {type: array, items: {$ref: Node}}`), \
         where the generated type boxes it.";
    UNSUPPORTED_SCHEMA = "unsupported-schema",
        "no enum mixing JSON types",
        "The generator panics on an `enum` whose values are of several JSON types (`[a, 1]`): \
         give an enum one `type`.";
    DEFAULT_VALUE = "default-value",
        "every default is valid against its schema",
        "The generator rejects a spec whose `default` does not fit its own schema (a string \
         default on an integer, a value outside the enum). Fix the default, or drop it.";
    SERVER = "server",
        "each `{variable}` of the server URL is declared, and each declared one used",
        "The client's default base URL comes from the first server. Each `{variable}` in its URL \
         must be declared under `variables`, and each declared variable must appear in it (the \
         client then has `server_url(...)` and no default). A spec without a server, or with a \
         relative one, gives a client whose builder asks for a base URL.";
    SECURITY_SCHEME = "security-scheme",
        "every security scheme is one a client can send, and every requirement names one",
        "Each operation sends the credentials its own `security` names (the API's when it names \
         none): `http` `bearer`, `basic` or another scheme whose credential is sent as it is, \
         `apiKey` in a header, a query parameter or a cookie, and the access token of `oauth2` \
         and `openIdConnect` as a bearer token, each set once on the client. An `http` scheme \
         that answers a challenge from the server (`digest`, `negotiate`, ...) cannot be sent \
         from a credential set once, and a requirement that names a scheme `components/securitySchemes` \
         does not declare is not OpenAPI: declare the scheme, or name one that is.";
    PAGINATION = "pagination",
        "an `x-pagination` names the operation's query parameters and body fields",
        "`x-pagination` on an operation gives its builder `pages()` and `stream()`. It names, on \
         the wire, the integer query parameters `offset` and `limit`, and, as dotted JSON paths \
         from the success body, the `items` list, the integer `total` (optional) and the string \
         `next` link (optional): `{offset: offset, limit: limit, items: items, total: totalCount, \
         next: links.next.uri}`. Each must exist with that type.";
    IDEMPOTENCY = "idempotency",
        "`x-idempotent` is a boolean on a POST or PATCH operation",
        "The runtime retries an idempotent operation (GET, HEAD, PUT, DELETE, OPTIONS) after a \
         timed-out attempt, a lost connection, a body cut off, or a 408, 429, 502, 503 or 504 \
         (and a 500 for GET, HEAD and OPTIONS); a POST or PATCH only when the request certainly \
         never reached the server (no connection). `x-idempotent: true` on a POST or PATCH says \
         that sending it twice does what sending it once does, so it is retried on the same \
         failures as a PUT: write it only where the vendor documents that (an idempotency key, \
         a replace-style update).";
    REQUEST_IDENTITY = "request-identity",
        "`x-request-identity` is `call` or `attempt`, on a string header",
        "`x-request-identity` on a header parameter makes the client send a generated UUID when \
         the caller gives none: `call` keeps one value for every attempt of a call (a \
         correlation id a server uses to recognise a retry), `attempt` sends a new one each \
         attempt (a request id that must never repeat). The parameter becomes optional in the \
         builder. Only a header of `type: string` can carry it.";
    ENUM_VARNAMES = "enum-varnames",
        "each `x-enum-varnames` gives one unique UpperCamelCase Rust name per enum value",
        "`x-enum-varnames` on a string enum names its Rust variants (`\"1000\"` can be \
         `Complete` instead of `X1000`); the wire values stay the enum's. It must be a list with \
         exactly one valid, unique UpperCamelCase identifier per value, in the enum's order, and \
         none may be `Unknown`, the variant kept for values the spec does not list.";
}

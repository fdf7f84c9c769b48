//! The catalogue of change kinds `cargo xtask diff` reports, as data: each
//! kind's id, where in a spec (or in the generated Rust) it happens, which
//! way its message travels, its verdict for a team that consumes the
//! generated crate, and why. `diff` tags every change it reports with one
//! of these ids, `cargo xtask diff --explain ID` prints one, `release` bumps
//! from the same verdicts, and the README's list is generated from it.
//! Most kinds come in [families](super::families): one change at each
//! place a value can be, made from tables.
//!
//! The verdict is for a consumer of the generated crate, which is not
//! always what it is for someone who calls the API by hand: a response
//! property that becomes required is harmless on the wire, but its Rust
//! field loses its `Option`, and code reading it no longer compiles. A
//! change to what travels on the wire (a path, a parameter's style, a
//! server) breaks consumers at run time even when the Rust API is the same:
//! a release built before it calls what the server no longer answers.

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Where a change happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    /// An operation as a whole: its path, method, name, deprecation, tags.
    Operation,
    /// A path, query, header or cookie parameter.
    Parameter,
    /// The request body and its properties.
    RequestBody,
    /// A response: its statuses, headers and body properties.
    Response,
    /// A component schema as a whole.
    Schema,
    /// Security schemes and each operation's requirements.
    Security,
    /// The servers and their variables.
    Server,
    /// The media types of request and response bodies.
    MediaType,
    /// A vendor extension the generator reads.
    Extension,
    /// The generated crate's Rust API, seen only there.
    RustApi,
}

impl Area {
    /// As the README and `--explain` write it.
    pub fn label(self) -> &'static str {
        match self {
            Area::Operation => "operation",
            Area::Parameter => "parameter",
            Area::RequestBody => "request body",
            Area::Response => "response",
            Area::Schema => "schema",
            Area::Security => "security",
            Area::Server => "server",
            Area::MediaType => "media type",
            Area::Extension => "extension",
            Area::RustApi => "Rust API",
        }
    }
}

/// Which way the message that changed travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// What the client sends.
    Request,
    /// What the client receives.
    Response,
    /// Both, or neither (an operation, a server, a Rust item).
    Both,
}

impl Way {
    /// As the README and `--explain` write it.
    pub fn label(self) -> &'static str {
        match self {
            Way::Request => "request",
            Way::Response => "response",
            Way::Both => "both",
        }
    }
}

/// What a change does to a consumer of the generated crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Their code no longer compiles.
    BreakingCompile,
    /// Their code compiles, and a call that worked fails (or behaves
    /// otherwise) at run time.
    BreakingRuntime,
    /// Nothing they do stops working.
    NonBreaking,
}

impl Verdict {
    /// As the report writes it.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::BreakingCompile => "breaking at compile time",
            Verdict::BreakingRuntime => "breaking at run time",
            Verdict::NonBreaking => "non-breaking",
        }
    }

    /// Whether it breaks consumers at all.
    pub fn is_breaking(self) -> bool {
        self != Verdict::NonBreaking
    }
}

/// What a spec change must show in the Rust API table: the check that the
/// two tables agree reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InRust {
    /// A change that breaks compilation.
    Compile,
    /// A breaking change (at run time at least).
    Runtime,
    /// Nothing breaking: the break, if any, is on the wire only.
    Wire,
    /// Nothing breaking.
    Compatible,
    /// It depends on the shape the generator gives (a constrained string
    /// may become its own type): not checked.
    Depends,
    /// The kind is itself a Rust API change.
    Itself,
}

/// One kind of change.
#[derive(Clone, Copy, Debug)]
pub struct Kind {
    /// The id `diff` reports and `--explain` takes.
    pub id: &'static str,
    /// Where it happens.
    pub area: Area,
    /// Which way its message travels.
    pub way: Way,
    /// What it does to a consumer of the generated crate.
    pub verdict: Verdict,
    /// What it must show in the Rust API table.
    pub in_rust: InRust,
    /// What changed, in a few words.
    pub title: &'static str,
    /// Why the verdict is what it is.
    pub reason: &'static str,
    /// What a consumer must change.
    pub action: &'static str,
}

#[allow(clippy::too_many_arguments)]
const fn kind(
    id: &'static str,
    area: Area,
    way: Way,
    verdict: Verdict,
    in_rust: InRust,
    title: &'static str,
    reason: &'static str,
    action: &'static str,
) -> Kind {
    Kind {
        id,
        area,
        way,
        verdict,
        in_rust,
        title,
        reason,
        action,
    }
}

/// How many rule ids oasdiff's checker has (`checker/rules.go`, at its
/// 2026-08 head), the breadth the catalogue is measured against.
pub const OASDIFF_RULES: usize = 509;

/// The kind with id `id`.
pub fn find(id: &str) -> Option<&'static Kind> {
    static INDEX: LazyLock<BTreeMap<&'static str, usize>> =
        LazyLock::new(|| KINDS.iter().enumerate().map(|(i, k)| (k.id, i)).collect());
    INDEX.get(id).map(|i| &KINDS[*i])
}

/// Every kind of change `diff` reports: those written out one by one
/// ([`LISTED`]), then the [families](super::families) of a change at each
/// place a value can be.
pub static KINDS: LazyLock<Vec<Kind>> = LazyLock::new(|| {
    LISTED
        .iter()
        .copied()
        .chain(super::families::kinds())
        .collect()
});

use Area as A;
use InRust as R;
use Verdict as V;
use Way as W;

/// The kinds written out one by one; the families add the rest.
pub const LISTED: &[Kind] = &[
    // Operations.
    kind(
        "operation-added",
        A::Operation,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "operation added",
        "a new method on `Client`; nothing existing changes",
        "nothing",
    ),
    kind(
        "operation-removed",
        A::Operation,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "operation removed",
        "its method on `Client` is gone, so calls to it no longer compile",
        "stop calling the method; find what replaces it in the API",
    ),
    kind(
        "operation-id-changed",
        A::Operation,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "operationId changed",
        "the method on `Client`, and the names of the types made for the operation, come from the operationId: calls and type names no longer compile",
        "rename the calls (and the operation's type names) to the new ones",
    ),
    kind(
        "operation-id-added",
        A::Operation,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "operationId written where it was derived",
        "an operation without an operationId is named from its method and path (`GET /things/{id}` is `get_things_by_id`); written, the method takes the new name",
        "rename the calls to the new method name",
    ),
    kind(
        "operation-id-removed",
        A::Operation,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "operationId removed, the name now derived from method and path",
        "the method is then named from its method and path, which is another name",
        "rename the calls to the derived method name",
    ),
    kind(
        "operation-path-changed",
        A::Operation,
        W::Both,
        V::BreakingRuntime,
        R::Wire,
        "operation's path or method changed",
        "the method keeps its name, but a release built before the change calls the old path, which the server no longer answers",
        "upgrade to this release before the server moves",
    ),
    kind(
        "operation-deprecated",
        A::Operation,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "operation deprecated",
        "it still works; the server may remove it later",
        "plan to stop calling it",
    ),
    kind(
        "operation-undeprecated",
        A::Operation,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "operation no longer deprecated",
        "nothing changes for a caller",
        "nothing",
    ),
    kind(
        "operation-tag-added",
        A::Operation,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "tag added to an operation",
        "tags group the documentation; the generated code does not use them",
        "nothing",
    ),
    kind(
        "operation-tag-removed",
        A::Operation,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "tag removed from an operation",
        "tags group the documentation; the generated code does not use them",
        "nothing",
    ),
    // Parameters.
    kind(
        "parameter-location-changed",
        A::Parameter,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "parameter moved to another location (path, query, header, cookie)",
        "the setter keeps its name, but a release built before the change sends it where the server no longer reads it",
        "upgrade to this release before the server changes",
    ),
    // Request bodies.
    kind(
        "request-body-added-required",
        A::RequestBody,
        W::Request,
        V::BreakingRuntime,
        R::Depends,
        "required request body added",
        "the builder gets a `body` setter; a JSON body's builder fails in `send()` until it is called, and a form or multipart body left out is sent empty, which the server refuses",
        "build and pass the body on every call",
    ),
    kind(
        "request-body-added-optional",
        A::RequestBody,
        W::Request,
        V::NonBreaking,
        R::Depends,
        "optional request body added",
        "calls without a body work as before",
        "nothing",
    ),
    kind(
        "request-body-removed",
        A::RequestBody,
        W::Request,
        V::BreakingCompile,
        R::Compile,
        "request body removed",
        "the `body` setter is gone, so calls to it no longer compile",
        "remove the body from the call",
    ),
    kind(
        "request-body-became-required",
        A::RequestBody,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "request body made required",
        "calls without a body are refused by the server",
        "pass a body on every call",
    ),
    kind(
        "request-body-became-optional",
        A::RequestBody,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "request body made optional",
        "calls with a body still work",
        "nothing",
    ),
    kind(
        "request-property-added-required",
        A::RequestBody,
        W::Request,
        V::BreakingRuntime,
        R::Runtime,
        "required property added to a request body",
        "the model's builder fails without it (a string, an array, an object alike), so building the body, and the call, fail at run time",
        "set the new field wherever you build the model",
    ),
    kind(
        "request-property-added-optional",
        A::RequestBody,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "optional property added to a request body",
        "models are `#[non_exhaustive]` and built with builders, so a new optional field breaks no code",
        "nothing",
    ),
    kind(
        "request-property-removed",
        A::RequestBody,
        W::Request,
        V::BreakingCompile,
        R::Compile,
        "property removed from a request body",
        "its field and builder setter are gone, so code setting or reading it no longer compiles",
        "stop setting the field",
    ),
    kind(
        "request-property-became-required",
        A::RequestBody,
        W::Request,
        V::BreakingCompile,
        R::Compile,
        "request property made required",
        "the field loses its `Option` (code reading it no longer compiles), and the builder fails without it",
        "set the field wherever you build the model, and read it as a plain value",
    ),
    kind(
        "request-property-became-optional",
        A::RequestBody,
        W::Request,
        V::BreakingCompile,
        R::Compile,
        "request property made optional",
        "harmless on the wire, but the field becomes an `Option`, so code reading it as a plain value no longer compiles",
        "read the field as an `Option`",
    ),
    kind(
        "request-form-encoding-changed",
        A::RequestBody,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "how a multipart or form field is encoded changed (`encoding`)",
        "the part is written another way on the wire; a release built before the change writes it the old way",
        "upgrade to this release before the server changes",
    ),
    // Responses.
    kind(
        "response-success-status-added",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "success status (below 400) added",
        "an answer that was an `Error::UnexpectedResponse` is now documented, and decodes as a success; where its body is another type, the success type changes too, which `response-success-type-changed` reports",
        "handle the new status if it matters to you",
    ),
    kind(
        "response-success-status-removed",
        A::Response,
        W::Response,
        V::BreakingRuntime,
        R::Depends,
        "success status (below 400) removed",
        "an answer that decoded into the success type now arrives as `Error::UnexpectedResponse`, and its variant (if the success statuses make an enum) is gone",
        "handle the status as unexpected, or stop matching on it",
    ),
    kind(
        "response-error-status-added",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "error status added",
        "an answer that was an `Error::UnexpectedResponse` is now documented, and decodes as `Error::ErrorResponse` with its typed body; where its body is another type, the error type changes too, which `response-error-type-changed` reports",
        "handle the new status if it matters to you",
    ),
    kind(
        "response-error-status-removed",
        A::Response,
        W::Response,
        V::BreakingRuntime,
        R::Depends,
        "error status removed",
        "an answer that decoded as `Error::ErrorResponse` now arrives as `Error::UnexpectedResponse`, and its variant (if the error statuses make an enum) is gone",
        "handle the status as unexpected, or stop matching on it",
    ),
    kind(
        "response-default-status-added",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "`default` response added",
        "every status the spec does not list is now documented by the `default` response and decodes by its body, where it was an `Error::UnexpectedResponse`",
        "handle the new status if it matters to you",
    ),
    kind(
        "response-default-status-removed",
        A::Response,
        W::Response,
        V::BreakingRuntime,
        R::Depends,
        "`default` response removed",
        "a status the spec does not list, which decoded by the `default` response's body, now arrives as `Error::UnexpectedResponse`",
        "handle the status as unexpected, or stop matching on it",
    ),
    kind(
        "response-success-type-changed",
        A::Response,
        W::Response,
        V::BreakingCompile,
        R::Compile,
        "what a call returns on success became another type",
        "the success statuses' bodies decide the type `send()` returns: another body, or a status added with another body, makes it another type (or an enum of them)",
        "match the new success type",
    ),
    kind(
        "response-error-type-changed",
        A::Response,
        W::Response,
        V::BreakingCompile,
        R::Compile,
        "what a call returns as error body became another type",
        "the error statuses' bodies decide the type in `Error::Documented`: a status added with another body makes it an enum of them",
        "match the new error type",
    ),
    kind(
        "response-property-added-optional",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "optional property added to a response body",
        "models are `#[non_exhaustive]`, so a new field breaks no code",
        "nothing",
    ),
    kind(
        "response-property-added-required",
        A::Response,
        W::Response,
        V::BreakingRuntime,
        R::Runtime,
        "required property added to a response body",
        "decoding is unaffected (the server sends it), but the model's builder, with which tests and mocks build answers, fails without it: code that built the model fails at run time",
        "set the new field wherever you build the model",
    ),
    kind(
        "response-property-removed",
        A::Response,
        W::Response,
        V::BreakingCompile,
        R::Compile,
        "property removed from a response body",
        "its field is gone, so code reading it no longer compiles",
        "stop reading the field",
    ),
    kind(
        "response-property-became-optional",
        A::Response,
        W::Response,
        V::BreakingCompile,
        R::Compile,
        "response property made optional",
        "it may now be absent, and its field becomes an `Option`: code reading it as a plain value no longer compiles",
        "read the field as an `Option` and handle its absence",
    ),
    kind(
        "response-property-became-required",
        A::Response,
        W::Response,
        V::BreakingCompile,
        R::Compile,
        "response property made required",
        "harmless on the wire, but the field loses its `Option`, so code reading it as one no longer compiles",
        "read the field as a plain value",
    ),
    kind(
        "response-header-added",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "response header added",
        "headers are read from the response by name; a new one breaks nothing",
        "nothing",
    ),
    kind(
        "response-header-removed-required",
        A::Response,
        W::Response,
        V::BreakingRuntime,
        R::Wire,
        "required response header removed",
        "the client hands response headers over as text; code reading this one, which was always there, finds nothing",
        "stop relying on the header",
    ),
    kind(
        "response-header-removed-optional",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "optional response header removed",
        "the header could always be absent, so code reading it already handles its absence",
        "nothing",
    ),
    kind(
        "response-header-became-required",
        A::Response,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "response header made required",
        "the header is now always there; code that handled its absence still works",
        "nothing",
    ),
    kind(
        "response-header-became-optional",
        A::Response,
        W::Response,
        V::BreakingRuntime,
        R::Wire,
        "response header made optional",
        "code reading the header may find nothing",
        "handle the header's absence",
    ),
    // Schemas.
    kind(
        "schema-added",
        A::Schema,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "component schema added",
        "a new type in `types`",
        "nothing",
    ),
    kind(
        "schema-removed",
        A::Schema,
        W::Both,
        V::BreakingCompile,
        R::Depends,
        "component schema removed",
        "its type is gone from `types` when something used it, so code naming it no longer compiles",
        "stop naming the type",
    ),
    kind(
        "schema-renamed",
        A::Schema,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "component schema renamed, its content the same",
        "the wire is the same, but the Rust type takes the component's name, so code naming the old one no longer compiles",
        "rename the type in your code",
    ),
    kind(
        "property-renamed-same-rust-name",
        A::Schema,
        W::Both,
        V::BreakingRuntime,
        R::Runtime,
        "property renamed to a name that gives the same Rust field (`note` → `Note`)",
        "the Rust field keeps its name, so code compiles, but reads and writes the new JSON name: a release built before the change finds the property absent",
        "upgrade together with the server",
    ),
    kind(
        "schema-rust-name-changed",
        A::Schema,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "an enum value, property or component keeps its name and gets another Rust name (numbered: `Active` → `Active2`)",
        "another value, property or component now takes the Rust name (`ACTIVE` before `active`, `DeletedAt` before `deletedAt`, `OrderItem` before `order-item`), so this one is numbered: code naming it by the old name names the other one, or nothing",
        "rename it in your code, as the Rust API table shows",
    ),
    // Security.
    kind(
        "security-scheme-added",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "security scheme added",
        "a new way to authenticate; nothing uses it until an operation requires it",
        "nothing",
    ),
    kind(
        "security-scheme-removed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Depends,
        "security scheme removed",
        "credentials set for it are no longer sent, and the client builder may lose its setter",
        "stop setting the credential",
    ),
    kind(
        "security-scheme-type-changed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "security scheme's type changed (`apiKey`, `http`, `oauth2`, `openIdConnect`)",
        "the credential is sent another way (a header of its own, `Authorization`, a token asked for): a release built before the change sends it the old way, and the setter that fed it (`.api_key(...)`, `.bearer_token(...)`) may no longer name the scheme, which `build()` refuses",
        "set the credential the new scheme asks for",
    ),
    kind(
        "security-scheme-http-scheme-changed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "HTTP scheme of a security scheme changed (`bearer`, `basic`...)",
        "the `Authorization` header is written another way; a release built before the change writes it the old way, and `.bearer_token(...)` or `.basic_auth(...)` may no longer name the scheme",
        "set the credential the new scheme asks for",
    ),
    kind(
        "security-scheme-api-key-moved",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "API key sent elsewhere (its `in` or its `name`)",
        "a release built before the change sends the key where the server no longer reads it",
        "upgrade to this release before the server changes",
    ),
    kind(
        "security-scheme-flow-added",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Depends,
        "OAuth 2.0 flow added to a security scheme",
        "another way to get a token; tokens got as before still work (a `clientCredentials` flow also gives the client a token source, which the Rust API table shows)",
        "nothing",
    ),
    kind(
        "security-scheme-flow-removed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Depends,
        "OAuth 2.0 flow removed from a security scheme",
        "tokens got through it are no longer issued; a `clientCredentials` flow's token source goes with it, which the Rust API table shows",
        "get tokens through a flow the scheme still has",
    ),
    kind(
        "security-scheme-scope-added",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "OAuth 2.0 scope added to a scheme's flow",
        "the scheme offers another scope; whether an operation asks it is reported per operation (`security-scope-added`)",
        "nothing",
    ),
    kind(
        "security-scheme-scope-removed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "OAuth 2.0 scope removed from a scheme's flow",
        "a token asked with the scope is refused (`invalid_scope`), so a token source configured with it fails every call that needs a token",
        "stop asking the scope",
    ),
    kind(
        "security-scheme-changed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Depends,
        "security scheme changed otherwise (a flow's other URLs, an OpenID Connect URL, a bearer format)",
        "what else a scheme says may change what the server expects of the credential, which `diff` cannot tell apart, so it says breaking",
        "check the credentials you set against the new scheme",
    ),
    kind(
        "security-alternative-added",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "another way to authenticate accepted (a security requirement added beside the others)",
        "the credentials that worked still do",
        "nothing",
    ),
    kind(
        "security-alternative-removed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "a way to authenticate no longer accepted (a security requirement removed or changed)",
        "a client set up with only those credentials is refused (401/403) at run time; nothing changes at compile time",
        "set the credentials a remaining requirement asks for on the client builder",
    ),
    kind(
        "security-disabled",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "operation made public (`security: []`)",
        "the client no longer sends credentials to it; the call works without them",
        "nothing",
    ),
    kind(
        "security-enabled",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "public operation now requires credentials",
        "calls from a client built without credentials are refused at run time",
        "set credentials on the client builder",
    ),
    kind(
        "security-requirement-scheme-added",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "a scheme now sent beside the others of a requirement (`[{a: []}]` → `[{a: [], b: []}]`)",
        "the operation needs both credentials: a client built without the new one fails in `send()` with `Error::MissingCredential`, and a release built before the change sends only the old ones, which the server refuses",
        "set the new scheme's credential on the client builder",
    ),
    kind(
        "security-requirement-scheme-removed",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "a scheme no longer sent beside the others of a requirement",
        "the credentials that worked are still set; the client sends fewer of them",
        "nothing",
    ),
    kind(
        "security-scope-added",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "OAuth 2.0 scope added to an operation's requirement",
        "the operation needs a token with that scope: a token set by hand, or asked with `client_credentials` for a flow that does not grant it, is refused (401/403) at run time",
        "give the client a token that carries the scope (with `client_credentials`, one the authorization server grants it to)",
    ),
    kind(
        "security-scope-removed",
        A::Security,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "OAuth 2.0 scope removed from an operation's requirement",
        "a token that had every scope still has the ones left",
        "nothing",
    ),
    kind(
        "security-token-url-changed",
        A::Security,
        W::Request,
        V::BreakingRuntime,
        R::Wire,
        "token URL of an OAuth 2.0 `clientCredentials` flow changed",
        "a client built with `client_credentials` asks its tokens from the spec's token URL: a release built before the change asks the old one, and its calls fail at run time when that one stops answering; fixed tokens and token sources of your own are not concerned",
        "upgrade, or give `token_source` a `ClientCredentials` with the new URL",
    ),
    // Servers.
    kind(
        "server-added",
        A::Server,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "server added",
        "the default base URL is the first server's; another one changes nothing",
        "nothing",
    ),
    kind(
        "server-removed",
        A::Server,
        W::Both,
        V::BreakingRuntime,
        R::Depends,
        "server removed",
        "a client built with its URL calls a server that is gone; when it was the first, the default base URL (`SERVER_URL`, `server_url(...)`) changes or goes, which the Rust API table shows",
        "use another server's URL",
    ),
    kind(
        "server-url-changed",
        A::Server,
        W::Both,
        V::BreakingRuntime,
        R::Depends,
        "server's URL changed",
        "the default base URL changes; a release built before the change calls the old one (a URL made relative loses `SERVER_URL`, which the Rust API table shows)",
        "upgrade, or set the base URL on the builder",
    ),
    kind(
        "server-variable-added",
        A::Server,
        W::Both,
        V::BreakingCompile,
        R::Depends,
        "server variable added",
        "`server_url(...)` takes one argument per variable, so calls with the old ones no longer compile (a URL's first variable only adds the function); `SERVER_URL` keeps the default",
        "pass the new variable to `server_url(...)`",
    ),
    kind(
        "server-variable-removed",
        A::Server,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "server variable removed",
        "`server_url(...)` loses its argument (and goes with the last variable), so calls to it no longer compile; a base URL built with a value for it is no longer the server's",
        "stop passing the variable",
    ),
    kind(
        "server-variable-default-changed",
        A::Server,
        W::Both,
        V::BreakingRuntime,
        R::Wire,
        "server variable's default changed",
        "the default base URL changes",
        "set the variable explicitly where the old default mattered",
    ),
    kind(
        "server-variable-enum-value-added",
        A::Server,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "value added to a server variable's enum",
        "more base URLs are valid",
        "nothing",
    ),
    kind(
        "server-variable-enum-value-removed",
        A::Server,
        W::Both,
        V::BreakingRuntime,
        R::Wire,
        "value removed from a server variable's enum",
        "a base URL with that value is no longer served",
        "use one of the remaining values",
    ),
    kind(
        "server-variable-became-enum",
        A::Server,
        W::Both,
        V::BreakingRuntime,
        R::Depends,
        "server variable narrowed to an enum",
        "`server_url(...)` now refuses a value the enum does not list (`BuildError::InvalidServerVariable`); when no variable was checked before, it also returns a `Result` instead of a `String`, which the Rust API table shows as breaking at compile time",
        "pass a listed value, and handle the `Result` of `server_url(...)`",
    ),
    kind(
        "server-variable-enum-removed",
        A::Server,
        W::Both,
        V::NonBreaking,
        R::Depends,
        "server variable's enum removed",
        "`server_url(...)` takes any value for it; when no variable is left to check, it returns a `String` instead of a `Result`, which the Rust API table shows as breaking at compile time",
        "nothing, unless the Rust API table shows `server_url(...)` changed: then read the `String` it returns",
    ),
    kind(
        "server-variable-placeholder-added",
        A::Server,
        W::Both,
        V::BreakingRuntime,
        R::Depends,
        "a server variable's default made a placeholder (`x-placeholder: true`)",
        "the client loses its default base URL: `Client::builder().build()` without `.base_url(...)` fails with `BuildError::MissingBaseUrl`; `SERVER_URL` is gone too, which the Rust API table shows for code that names it",
        "set the base URL on the builder (`server_url(...)` fills in the variables)",
    ),
    kind(
        "server-variable-placeholder-removed",
        A::Server,
        W::Both,
        V::NonBreaking,
        R::Compatible,
        "a server variable's default no longer a placeholder",
        "the client gains a default base URL (`SERVER_URL`); a base URL set on the builder is still used",
        "nothing",
    ),
    // Media types.
    kind(
        "request-media-type-added",
        A::MediaType,
        W::Request,
        V::NonBreaking,
        R::Depends,
        "media type added to a request body",
        "the generator sends the body the way it chose before; a new alternative changes nothing existing",
        "nothing",
    ),
    kind(
        "request-media-type-removed",
        A::MediaType,
        W::Request,
        V::BreakingCompile,
        R::Compile,
        "media type removed from a request body",
        "the body is sent another way, and its Rust type (JSON model, form, multipart parts, bytes) changes with it",
        "build the body the new way",
    ),
    kind(
        "response-media-type-added",
        A::MediaType,
        W::Response,
        V::NonBreaking,
        R::Depends,
        "media type added to a response",
        "an answer of a media type the client did not decode is now documented",
        "nothing",
    ),
    kind(
        "response-media-type-removed",
        A::MediaType,
        W::Response,
        V::BreakingRuntime,
        R::Depends,
        "media type removed from a response",
        "answers of that media type are no longer decoded; its variant (where the media types make an enum) is gone",
        "handle the remaining media types",
    ),
    // Extensions.
    kind(
        "extension-pagination-added",
        A::Extension,
        W::Response,
        V::NonBreaking,
        R::Compatible,
        "operation made paged (`x-pagination`)",
        "its builder gains `pages()` and `stream()`; `send()` is as before",
        "nothing, or use `stream()`",
    ),
    kind(
        "extension-pagination-removed",
        A::Extension,
        W::Response,
        V::BreakingCompile,
        R::Compile,
        "operation no longer paged (`x-pagination`)",
        "its builder loses `pages()` and `stream()`, so code calling them no longer compiles",
        "page by hand with `send()`",
    ),
    kind(
        "extension-pagination-changed",
        A::Extension,
        W::Response,
        V::BreakingRuntime,
        R::Wire,
        "how an operation pages changed (`x-pagination`)",
        "`stream()` reads the next page another way; a release built before the change pages the old way",
        "upgrade to this release before the server changes",
    ),
    kind(
        "extension-idempotent-added",
        A::Extension,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "POST or PATCH marked idempotent (`x-idempotent`)",
        "it is now retried after a failure that reached the server too; no code changes",
        "nothing",
    ),
    kind(
        "extension-idempotent-removed",
        A::Extension,
        W::Request,
        V::NonBreaking,
        R::Compatible,
        "idempotent mark removed (`x-idempotent`)",
        "it is retried only when it never reached the server: fewer retries, no code changes",
        "retry yourself where you relied on it",
    ),
    kind(
        "extension-request-identity-changed",
        A::Extension,
        W::Request,
        V::NonBreaking,
        R::Depends,
        "which header carries a generated request id changed (`x-request-identity`)",
        "the client fills the header itself; its setter stays optional",
        "nothing",
    ),
    kind(
        "extension-enum-varnames-changed",
        A::Extension,
        W::Both,
        V::BreakingCompile,
        R::Compile,
        "enum variant names changed (`x-enum-varnames`)",
        "the values on the wire are the same, but the Rust variants take the new names",
        "rename the variants in your code",
    ),
    // Seen only in the generated Rust.
    kind(
        "rust-method-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "method added to `Client`",
        "an addition",
        "nothing",
    ),
    kind(
        "rust-method-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "method removed from `Client`",
        "calls to it no longer compile",
        "call what replaces it",
    ),
    kind(
        "rust-builder-method-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "method added to an operation's builder (`pages()`, `stream()`...)",
        "an addition",
        "nothing",
    ),
    kind(
        "rust-builder-method-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "method removed from an operation's builder",
        "calls to it no longer compile",
        "stop calling it",
    ),
    kind(
        "rust-setter-added-optional",
        A::RustApi,
        W::Request,
        V::NonBreaking,
        R::Itself,
        "optional setter added to a builder",
        "calls without it work as before",
        "nothing",
    ),
    kind(
        "rust-setter-added-required",
        A::RustApi,
        W::Request,
        V::BreakingRuntime,
        R::Itself,
        "a builder that now fails at run time: required setter added",
        "every signature is the same, but `send()` fails with `Error::InvalidRequest` until the setter is called; cargo-semver-checks cannot see it",
        "call the new setter",
    ),
    kind(
        "rust-setter-removed",
        A::RustApi,
        W::Request,
        V::BreakingCompile,
        R::Itself,
        "setter removed from a builder",
        "calls to it no longer compile",
        "remove the call",
    ),
    kind(
        "rust-setter-became-required",
        A::RustApi,
        W::Request,
        V::BreakingRuntime,
        R::Itself,
        "a builder that now fails at run time: setter now required",
        "the setter stays, but `send()` fails until it is called; cargo-semver-checks cannot see it",
        "call the setter on every call",
    ),
    kind(
        "rust-setter-type-changed",
        A::RustApi,
        W::Request,
        V::BreakingCompile,
        R::Itself,
        "setter takes another type",
        "calls passing the old type no longer compile",
        "pass the new type",
    ),
    kind(
        "rust-body-type-changed",
        A::RustApi,
        W::Request,
        V::BreakingCompile,
        R::Itself,
        "request body type changed",
        "calls passing the old body no longer compile",
        "build the new body type",
    ),
    kind(
        "rust-success-type-changed",
        A::RustApi,
        W::Response,
        V::BreakingCompile,
        R::Itself,
        "success type of a method changed",
        "code reading the result as the old type no longer compiles",
        "read the new type",
    ),
    kind(
        "rust-error-type-changed",
        A::RustApi,
        W::Response,
        V::BreakingCompile,
        R::Itself,
        "error body type of a method changed",
        "code matching `Error::Documented`'s body as the old type no longer compiles",
        "match the new type",
    ),
    kind(
        "rust-type-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "type added to `types`",
        "an addition",
        "nothing",
    ),
    kind(
        "rust-type-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "type removed from `types`",
        "code naming it no longer compiles",
        "stop naming it",
    ),
    kind(
        "rust-type-renamed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a type that changes name",
        "the same fields or variants under another name: code naming the old one no longer compiles",
        "rename the type in your code",
    ),
    kind(
        "rust-type-kind-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "type changed kind (struct, enum, newtype)",
        "code building or matching it no longer compiles",
        "use the new kind of type",
    ),
    kind(
        "rust-newtype-inner-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "newtype wraps another type",
        "code building or reading it no longer compiles",
        "wrap or read the new type",
    ),
    kind(
        "rust-type-method-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "method added to a type (a multipart form's part setter...)",
        "an addition",
        "nothing",
    ),
    kind(
        "rust-type-method-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "method removed from a type (a multipart form's part setter...)",
        "calls to it no longer compile",
        "stop calling it",
    ),
    kind(
        "rust-type-method-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a type's method takes or returns other types (a part sent as a file, now as text...)",
        "calls passing the old types no longer compile",
        "pass what the new signature takes",
    ),
    kind(
        "rust-root-item-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "constant or function added at the crate's root (`SERVER_URL`, `server_url`)",
        "an addition",
        "nothing",
    ),
    kind(
        "rust-root-item-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "constant or function removed from the crate's root (`SERVER_URL`, `server_url`)",
        "code naming it no longer compiles",
        "stop naming it (set the base URL on the builder)",
    ),
    kind(
        "rust-root-item-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "function at the crate's root takes or returns other types (`server_url(...)`, one argument per server variable)",
        "calls with the old arguments, or reading the old result, no longer compile",
        "pass what the new signature takes",
    ),
    kind(
        "rust-field-added-optional",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "optional field added to a model",
        "models are `#[non_exhaustive]` and built with builders",
        "nothing",
    ),
    kind(
        "rust-field-added-required",
        A::RustApi,
        W::Both,
        V::BreakingRuntime,
        R::Itself,
        "a builder that now fails at run time: required field added",
        "the model's builder fails without the field (whatever its type: a `Vec` too), so code that compiles fails where it builds the model",
        "set the new field wherever you build the model",
    ),
    kind(
        "rust-field-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "field removed from a model",
        "code reading or setting it no longer compiles",
        "stop using the field",
    ),
    kind(
        "rust-field-type-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "field has another type",
        "code reading or setting it as the old type no longer compiles",
        "use the new type",
    ),
    kind(
        "rust-field-json-renamed",
        A::RustApi,
        W::Both,
        V::BreakingRuntime,
        R::Itself,
        "field reads and writes another JSON name",
        "the code compiles, but reads and writes other JSON",
        "upgrade together with the server",
    ),
    kind(
        "rust-field-renamed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a property's field that changes name (numbered: `deleted_at` → `deleted_at_2`)",
        "another property now takes the field's name: code naming the old field no longer compiles where the types differ, and reads the other property where they do not",
        "rename the field in your code",
    ),
    kind(
        "rust-variant-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "variant added to an enum",
        "the enums are `#[non_exhaustive]`: matches already have a wildcard arm",
        "nothing",
    ),
    kind(
        "rust-variant-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "variant removed from an enum",
        "code naming it no longer compiles",
        "stop naming the variant",
    ),
    kind(
        "rust-variant-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "variant holds another type, or another JSON value",
        "code building or matching it no longer compiles, or reads other JSON",
        "use the variant's new content",
    ),
    kind(
        "rust-variant-moved",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a variant that moves to another enum",
        "it is gone from one enum and is in another: code naming it where it was no longer compiles",
        "name the variant through its new enum",
    ),
    kind(
        "rust-variant-renamed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a value's variant that changes name (numbered: `Active` → `Active2`)",
        "another value now takes the variant's name: code naming the old variant means the other value",
        "rename the variant in your code",
    ),
    kind(
        "rust-item-added",
        A::RustApi,
        W::Both,
        V::NonBreaking,
        R::Itself,
        "public item added to a hand-written crate",
        "an addition",
        "nothing",
    ),
    kind(
        "rust-item-added-breaking",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "public item added where Rust makes it breaking",
        "a variant of an exhaustive enum, a field of a struct built with a literal, a trait item without a default: code matching or building the whole item no longer compiles",
        "handle the new item",
    ),
    kind(
        "rust-item-removed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "public item removed from a hand-written crate",
        "code using it no longer compiles",
        "stop using it",
    ),
    kind(
        "rust-item-changed",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "public item's signature changed",
        "read conservatively: a changed signature is breaking even when every caller would still compile",
        "follow the new signature",
    ),
    kind(
        "rust-reexport-incompatible",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a re-exported crate moved to an incompatible version",
        "its types are in the public API",
        "upgrade your own use of that crate",
    ),
    kind(
        "rust-cannot-generate",
        A::RustApi,
        W::Both,
        V::BreakingCompile,
        R::Itself,
        "a side of the spec cannot be generated",
        "the generator refuses the spec, so there is no crate to compare",
        "fix the spec",
    ),
];

/// The list of kinds as the README shows it: a Markdown table per area.
pub fn markdown() -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let spec = KINDS.iter().filter(|k| k.area != Area::RustApi).count();
    let _ = writeln!(
        out,
        "{} kinds of change ({spec} in the spec, against the {OASDIFF_RULES} rule ids of oasdiff's checker at its 2026-08 head, and {} seen only in the generated Rust), each with its verdict for a consumer of the generated crate. First those written one by one:\n",
        KINDS.len(),
        KINDS.len() - spec,
    );
    let mut areas: Vec<Area> = LISTED.iter().map(|k| k.area).collect();
    areas.sort();
    areas.dedup();
    for area in areas {
        let _ = writeln!(
            out,
            "**{}**\n\n| kind | what changed | direction | verdict |\n|---|---|---|---|",
            area.label()
        );
        for k in LISTED.iter().filter(|k| k.area == area) {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} |",
                k.id,
                k.title.replace('|', "\\|"),
                k.way.label(),
                k.verdict.label()
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "Then the families: {} kinds, a change at each place a value can be. Each cell is a kind, its id the place and the change (`query-parameter-max-length-lowered`), and its verdict: compile (breaking at compile time), run time (breaking at run time) or — (non-breaking); an empty cell is a change that cannot happen there in a spec the generator takes. `cargo xtask diff --explain ID` gives any one's reason.\n",
        KINDS.len() - LISTED.len()
    );
    out.push_str(&super::families::markdown(find));
    out
}

/// What `cargo xtask diff --explain ID` prints.
pub fn explain(id: &str) -> Result<String, String> {
    match find(id) {
        Some(k) => Ok(format!(
            "{}: {}\n\narea: {}\ndirection: {}\nverdict: {}\n\nwhy: {}.\n\nwhat a consumer must change: {}.\n",
            k.id,
            k.title,
            k.area.label(),
            k.way.label(),
            k.verdict.label(),
            k.reason,
            k.action
        )),
        None => {
            // The kinds that contain the whole id first, then those that
            // share the most of its words.
            let words: Vec<&str> = id.split('-').filter(|w| w.len() > 2).collect();
            let mut scored: Vec<(usize, &str)> = KINDS
                .iter()
                .map(|k| {
                    let shared = words.iter().filter(|w| k.id.contains(*w)).count();
                    let whole = if k.id.contains(id) { 100 } else { 0 };
                    (whole + shared, k.id)
                })
                .filter(|(score, _)| *score > 0)
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            let close: Vec<&str> = scored.iter().take(6).map(|(_, id)| *id).collect();
            Err(if close.is_empty() {
                format!("no change kind `{id}`: `cargo xtask diff --kinds` lists them")
            } else {
                format!("no change kind `{id}`; the closest: {}", close.join(", "))
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for k in KINDS.iter() {
            assert!(seen.insert(k.id), "`{}` is in the catalogue twice", k.id);
            assert!(
                k.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "`{}` is not kebab-case",
                k.id
            );
            assert!(!k.reason.is_empty() && !k.action.is_empty(), "{}", k.id);
        }
    }

    #[test]
    fn rust_kinds_and_only_they_are_their_own_rust_change() {
        for k in KINDS.iter() {
            assert_eq!(
                k.area == Area::RustApi,
                k.in_rust == InRust::Itself,
                "{}",
                k.id
            );
        }
    }

    #[test]
    fn every_id_the_spec_view_builds_exists() {
        use super::super::families::{
            Alteration, BOUNDS, COMPOSED, Composition, ParameterChange, Place, alteration_id,
            alternative_id, bound_id, parameter_id,
        };
        // `spec.rs` names a value's changes by where it is; each id it can
        // build for a place that takes the change is a kind, and the
        // families give no other.
        let mut count = 0;
        for place in Place::ALL {
            for b in BOUNDS.iter().filter(|b| place.takes(b.of)) {
                for how in b.sort.hows() {
                    assert!(find(&bound_id(place, b, *how)).is_some());
                    count += 1;
                }
            }
            for a in Alteration::ALL {
                count += usize::from(find(&alteration_id(place, a)).is_some());
            }
            if place.is_parameter() {
                for c in ParameterChange::ALL {
                    count += usize::from(find(&parameter_id(place, c)).is_some());
                }
            }
            if COMPOSED.contains(&place) {
                for c in Composition::ALL {
                    for added in [true, false] {
                        assert!(find(&alternative_id(place, c, added)).is_some());
                        count += 1;
                    }
                }
            }
        }
        assert_eq!(count, KINDS.len() - LISTED.len());
        for id in [
            "query-parameter-type-changed",
            "request-property-nullable-removed",
            "response-body-enum-value-removed",
            "header-parameter-became-required",
        ] {
            assert!(find(id).is_some(), "{id} is missing");
        }
    }

    #[test]
    fn the_catalogue_has_more_spec_kinds_than_oasdiff_has_rules() {
        let spec = KINDS.iter().filter(|k| k.area != Area::RustApi).count();
        assert!(spec > OASDIFF_RULES, "{spec} spec kinds");
    }

    #[test]
    fn explain_names_the_verdict_and_refuses_an_unknown_id() {
        let text = explain("query-parameter-added-required").unwrap();
        assert!(text.contains("verdict: breaking at run time"), "{text}");
        let error = explain("query-parameter-remove").unwrap_err();
        assert!(error.contains("query-parameter-removed"), "{error}");
    }
}

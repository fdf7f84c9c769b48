//! What the runtime is told about one operation: written by codegen from the
//! spec as a constant, and read by every call of that operation.

/// One operation of an API, as its spec declares it.
///
/// Generated code writes one constant of this type per operation and passes
/// it to [`Runtime::execute`](crate::Runtime::execute). Nothing here is ever
/// filled in from a call: the path is the spec's template, so that spans,
/// logs and errors never carry path or query values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The API's name (its spec's file stem), such as `adobe-cpapi`.
    pub api: &'static str,
    /// The spec's `operationId`, such as `getOrder`.
    pub id: &'static str,
    /// The HTTP method, uppercase: `GET`, `PATCH`, ...
    pub method: &'static str,
    /// The spec's path template, such as
    /// `/v3/customers/{customer-id}/orders/{order-id}`: never the filled path.
    pub path: &'static str,
    /// Whether sending the request twice has the same effect as sending it
    /// once: true for GET, HEAD, PUT, DELETE and OPTIONS, and for an
    /// operation whose spec says `x-idempotent: true`. Only idempotent
    /// operations are retried after the request may have reached the server.
    pub idempotent: bool,
    /// The headers that carry a request id, and how each one behaves across
    /// the attempts of a call.
    pub request_ids: &'static [RequestIdHeader],
    /// The security requirements the operation accepts (its own `security`,
    /// or the API's): alternatives, in the spec's order, each the names of
    /// the [`SecurityScheme`](crate::SecurityScheme)s sent together. The
    /// first alternative the client has every credential of is sent; an
    /// empty list sends none, and so does an empty alternative when no
    /// other can be met. See [`crate::credentials`].
    pub security: &'static [&'static [&'static str]],
}

impl Operation {
    /// Whether the method is one whose `500 Internal Server Error` is worth
    /// retrying: GET, HEAD or OPTIONS, which only read.
    pub(crate) fn reads_only(&self) -> bool {
        matches!(self.method, "GET" | "HEAD" | "OPTIONS")
    }
}

/// A header that carries a request id; see [`IdScope`] for its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestIdHeader {
    /// The header's name, such as `x-correlation-id` (any case).
    pub header: &'static str,
    /// Which requests of a call share one value.
    pub scope: IdScope,
}

/// Which requests of a call share one request id value.
///
/// In both scopes a value the caller set on the request is kept, and when
/// there is none the runtime generates a UUID (version 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdScope {
    /// One value for every attempt of a call, so that the server can tell a
    /// retry from a new call; the next call gets a new value.
    Call,
    /// A fresh value for every attempt: the caller's value, if set, is used
    /// on the first attempt only.
    Attempt,
}

//! The request id each attempt of a call carries, from the operation's
//! [`RequestIdHeader`](crate::RequestIdHeader)s.

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use uuid::Uuid;

use crate::operation::{IdScope, Operation};

/// The id headers of one call: their values are chosen once, when the call
/// starts, and the attempt-scoped ones are renewed for each later attempt.
#[derive(Debug)]
pub(crate) struct RequestIds {
    headers: Vec<(HeaderName, IdScope)>,
    /// The value of the first call-scoped header, which identifies the call.
    call_id: Option<String>,
}

impl RequestIds {
    /// Reads each id header from the call's request, or sets a generated
    /// value where the caller set none, so that the request as it stands is
    /// the first attempt's.
    ///
    /// Fails with a message when the operation names a header that is not a
    /// valid header name.
    pub(crate) fn assign(operation: &Operation, request: &mut HeaderMap) -> Result<Self, String> {
        let mut headers = Vec::with_capacity(operation.request_ids.len());
        let mut call_id = None;
        for id in operation.request_ids {
            let name = HeaderName::from_bytes(id.header.as_bytes()).map_err(|_| {
                format!(
                    "{} {}: `{}` is not a valid header name for a request id",
                    operation.api, operation.id, id.header
                )
            })?;
            let value = match request.get(&name) {
                Some(value) => value.clone(),
                None => {
                    let value = generated_id();
                    request.insert(name.clone(), value.clone());
                    value
                }
            };
            if id.scope == IdScope::Call && call_id.is_none() {
                call_id = Some(text(&value));
            }
            headers.push((name, id.scope));
        }
        Ok(RequestIds { headers, call_id })
    }

    /// Sets the id headers of attempt number `attempt` (1 for the first) on
    /// a copy of the call's request, and returns this attempt's own id: the
    /// value of its first attempt-scoped header, if it has one.
    pub(crate) fn apply(&self, attempt: u32, request: &mut HeaderMap) -> Option<String> {
        let mut attempt_id = None;
        for (name, scope) in &self.headers {
            if *scope == IdScope::Attempt {
                if attempt > 1 {
                    request.insert(name.clone(), generated_id());
                }
                if attempt_id.is_none() {
                    attempt_id = request.get(name).map(text);
                }
            }
        }
        attempt_id
    }

    /// The id that names the call as of an attempt whose own id is
    /// `attempt_id`: the call-scoped id, or else the attempt's.
    pub(crate) fn request_id(&self, attempt_id: Option<&str>) -> Option<String> {
        self.call_id.as_deref().or(attempt_id).map(str::to_owned)
    }

    /// The call-scoped id, known before the first attempt.
    pub(crate) fn call_id(&self) -> Option<&str> {
        self.call_id.as_deref()
    }
}

fn generated_id() -> HeaderValue {
    let mut buffer = Uuid::encode_buffer();
    let id = Uuid::new_v4().hyphenated().encode_lower(&mut buffer);
    HeaderValue::from_str(id).expect("a hyphenated UUID is a valid header value")
}

fn text(value: &HeaderValue) -> String {
    String::from_utf8_lossy(value.as_bytes()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::RequestIdHeader;

    const BOTH: Operation = Operation {
        api: "probe",
        id: "getThing",
        method: "GET",
        path: "/things/{id}",
        idempotent: true,
        request_ids: &[
            RequestIdHeader {
                header: "X-Correlation-Id",
                scope: IdScope::Call,
            },
            RequestIdHeader {
                header: "x-request-id",
                scope: IdScope::Attempt,
            },
        ],
        security: &[],
    };

    const ATTEMPT_ONLY: Operation = Operation {
        request_ids: &[RequestIdHeader {
            header: "x-request-id",
            scope: IdScope::Attempt,
        }],
        ..BOTH
    };

    fn value<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
        headers.get(name).unwrap().to_str().unwrap()
    }

    /// The headers each of `attempts` attempts of one call carries.
    fn attempts(operation: &Operation, mut call: HeaderMap, attempts: u32) -> Vec<HeaderMap> {
        let ids = RequestIds::assign(operation, &mut call).unwrap();
        (1..=attempts)
            .map(|attempt| {
                let mut copy = call.clone();
                ids.apply(attempt, &mut copy);
                copy
            })
            .collect()
    }

    #[test]
    fn generated_ids_are_uuids_and_the_call_id_is_kept_across_attempts() {
        let sent = attempts(&BOTH, HeaderMap::new(), 3);
        let correlation: Vec<_> = sent.iter().map(|h| value(h, "x-correlation-id")).collect();
        let request: Vec<_> = sent.iter().map(|h| value(h, "x-request-id")).collect();
        assert!(
            correlation.iter().all(|c| *c == correlation[0]),
            "{correlation:?}"
        );
        assert!(Uuid::parse_str(correlation[0]).is_ok(), "{correlation:?}");
        assert_ne!(request[0], request[1]);
        assert_ne!(request[1], request[2]);
        assert_ne!(request[0], request[2]);
        assert_ne!(correlation[0], request[0]);
    }

    #[test]
    fn a_new_call_gets_a_new_call_id() {
        let first = attempts(&BOTH, HeaderMap::new(), 1);
        let second = attempts(&BOTH, HeaderMap::new(), 1);
        assert_ne!(
            value(&first[0], "x-correlation-id"),
            value(&second[0], "x-correlation-id")
        );
    }

    #[test]
    fn caller_values_are_kept_and_an_attempt_value_only_once() {
        let mut call = HeaderMap::new();
        call.insert("x-correlation-id", HeaderValue::from_static("corr-1"));
        call.insert("x-request-id", HeaderValue::from_static("req-1"));
        let sent = attempts(&BOTH, call, 2);
        assert_eq!(value(&sent[0], "x-correlation-id"), "corr-1");
        assert_eq!(value(&sent[1], "x-correlation-id"), "corr-1");
        assert_eq!(value(&sent[0], "x-request-id"), "req-1");
        assert_ne!(value(&sent[1], "x-request-id"), "req-1");
        assert_eq!(sent[1].get_all("x-request-id").iter().count(), 1);
    }

    #[test]
    fn the_call_is_named_by_its_call_id_or_else_by_the_last_attempt_id() {
        let mut call = HeaderMap::new();
        let ids = RequestIds::assign(&BOTH, &mut call).unwrap();
        let mut second = call.clone();
        let attempt_id = ids.apply(2, &mut second);
        assert_eq!(attempt_id.as_deref(), Some(value(&second, "x-request-id")));
        let named = ids.request_id(attempt_id.as_deref());
        assert_eq!(named.as_deref(), ids.call_id());
        assert_eq!(named.as_deref(), Some(value(&call, "x-correlation-id")));

        let mut call = HeaderMap::new();
        let ids = RequestIds::assign(&ATTEMPT_ONLY, &mut call).unwrap();
        assert_eq!(ids.call_id(), None);
        let mut second = call.clone();
        let attempt_id = ids.apply(2, &mut second);
        let named = ids.request_id(attempt_id.as_deref());
        assert_eq!(named.as_deref(), Some(value(&second, "x-request-id")));
        assert_ne!(named.as_deref(), Some(value(&call, "x-request-id")));
    }

    #[test]
    fn an_invalid_header_name_is_an_error_naming_the_operation() {
        let broken = Operation {
            request_ids: &[RequestIdHeader {
                header: "bad header",
                scope: IdScope::Call,
            }],
            ..BOTH
        };
        let e = RequestIds::assign(&broken, &mut HeaderMap::new()).unwrap_err();
        assert_eq!(
            e,
            "probe getThing: `bad header` is not a valid header name for a request id"
        );
    }
}

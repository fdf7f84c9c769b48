//! Which failures of an attempt may be retried, for which operations.
//!
//! One rule serves both the attempt loop and
//! [`Error::is_retryable`](crate::Error::is_retryable), so that what an
//! error says is what the runtime did.

use reqwest::StatusCode;

use crate::error::CommunicationKind;
use crate::operation::Operation;

/// What went wrong with one attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The server answered with this status.
    Status(StatusCode),
    /// No complete response arrived.
    Communication(CommunicationKind),
}

/// Whether the failure is transient, and the operation safe to send again
/// after it.
///
/// A status, a timeout or a lost connection may come after the server acted
/// on the request, so they are retried only for idempotent operations; a
/// failure to connect never reached the server, so it is retried for every
/// operation. `500` is retried only for methods that only read.
pub(crate) fn is_retryable(failure: Failure, operation: &Operation) -> bool {
    match failure {
        Failure::Status(status) => {
            operation.idempotent
                && match status.as_u16() {
                    408 | 429 | 502 | 503 | 504 => true,
                    500 => operation.reads_only(),
                    _ => false,
                }
        }
        Failure::Communication(kind) => match kind {
            CommunicationKind::Connect => true,
            CommunicationKind::Timeout
            | CommunicationKind::Deadline
            | CommunicationKind::ConnectionLost
            | CommunicationKind::BodyCutOff => operation.idempotent,
            // The same body would be as large again.
            CommunicationKind::BodyTooLarge | CommunicationKind::Other => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GET: Operation = Operation {
        api: "probe",
        id: "getThing",
        method: "GET",
        path: "/things/{id}",
        idempotent: true,
        request_ids: &[],
        security: &[],
    };
    const PUT: Operation = Operation {
        method: "PUT",
        ..GET
    };
    const PATCH: Operation = Operation {
        method: "PATCH",
        idempotent: false,
        ..GET
    };
    /// A POST whose spec declares it idempotent (`x-idempotent: true`).
    const IDEMPOTENT_POST: Operation = Operation {
        method: "POST",
        idempotent: true,
        ..GET
    };

    fn status(code: u16) -> Failure {
        Failure::Status(StatusCode::from_u16(code).unwrap())
    }

    #[test]
    fn transient_statuses_are_retried_for_idempotent_operations_only() {
        for code in [408, 429, 502, 503, 504] {
            for operation in [GET, PUT, IDEMPOTENT_POST] {
                assert!(
                    is_retryable(status(code), &operation),
                    "{code} {operation:?}"
                );
            }
            assert!(!is_retryable(status(code), &PATCH), "{code}");
        }
    }

    #[test]
    fn a_500_is_retried_only_for_reads() {
        assert!(is_retryable(status(500), &GET));
        assert!(is_retryable(
            status(500),
            &Operation {
                method: "HEAD",
                ..GET
            }
        ));
        assert!(is_retryable(
            status(500),
            &Operation {
                method: "OPTIONS",
                ..GET
            }
        ));
        assert!(!is_retryable(status(500), &PUT));
        assert!(!is_retryable(status(500), &IDEMPOTENT_POST));
        assert!(!is_retryable(status(500), &PATCH));
    }

    #[test]
    fn other_statuses_are_not_retried() {
        for code in [200, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505] {
            assert!(!is_retryable(status(code), &GET), "{code}");
        }
    }

    #[test]
    fn a_failed_connection_is_retried_for_every_operation() {
        let connect = Failure::Communication(CommunicationKind::Connect);
        for operation in [GET, PUT, PATCH, IDEMPOTENT_POST] {
            assert!(is_retryable(connect, &operation), "{operation:?}");
        }
    }

    #[test]
    fn a_request_that_may_have_arrived_is_retried_only_when_idempotent() {
        for kind in [
            CommunicationKind::Timeout,
            CommunicationKind::Deadline,
            CommunicationKind::ConnectionLost,
            CommunicationKind::BodyCutOff,
        ] {
            let failure = Failure::Communication(kind);
            assert!(is_retryable(failure, &GET), "{kind:?}");
            assert!(is_retryable(failure, &IDEMPOTENT_POST), "{kind:?}");
            assert!(!is_retryable(failure, &PATCH), "{kind:?}");
        }
        let other = Failure::Communication(CommunicationKind::Other);
        assert!(!is_retryable(other, &GET));
    }
}

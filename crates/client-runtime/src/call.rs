//! What a call did, as errors and responses report it.

use std::fmt;

use crate::operation::Operation;

/// Which operation a call was, how many attempts it made, and the request id
/// that names it (quote it in a support ticket).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallInfo {
    operation: &'static Operation,
    attempts: u32,
    request_id: Option<String>,
}

impl CallInfo {
    pub(crate) fn new(
        operation: &'static Operation,
        attempts: u32,
        request_id: Option<String>,
    ) -> Self {
        CallInfo {
            operation,
            attempts,
            request_id,
        }
    }

    /// The operation called.
    pub fn operation(&self) -> &'static Operation {
        self.operation
    }

    /// How many requests were sent (or tried: a connection that failed
    /// counts), the first included.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The call's request id: the value of the operation's first
    /// call-scoped id header, or else the last attempt's attempt-scoped id;
    /// `None` when the operation declares no id header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// `api operationId`, as messages name an operation.
pub(crate) struct OperationName<'a>(pub(crate) &'a Operation);

impl fmt::Display for OperationName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0.api, self.0.id)
    }
}

/// ` (request id …, N attempts)`, the end of an error's message.
pub(crate) struct CallSuffix<'a>(pub(crate) &'a CallInfo);

impl fmt::Display for CallSuffix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let call = self.0;
        let plural = if call.attempts == 1 { "" } else { "s" };
        match &call.request_id {
            Some(id) => write!(f, " (request id {id}, {} attempt{plural})", call.attempts),
            None => write!(f, " ({} attempt{plural})", call.attempts),
        }
    }
}

//! Glue shared by the Python-facing stdlib modules.

use super::{Failure, StdlibError};
use crate::vm::{PyErr, Vm};

/// The Python exception for a stdlib error.
pub fn to_pyerr(vm: &Vm, e: StdlibError) -> PyErr {
    match e.kind {
        Failure::NeverReturns => vm.new_error(
            e.exc_kind(),
            "this call would never return in CPython (a rejection loop with NaN or infinite parameters)",
        ),
        // The exception's one argument is the message (for an `OSError`, without its errno).
        Failure::Raise(_) | Failure::Os { .. } => vm.new_error(e.exc_kind(), &e.message),
    }
}

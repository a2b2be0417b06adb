//! Glue shared by the Python-facing stdlib modules.

use super::StdlibError;
use crate::vm::{PyErr, Vm};

/// The Python exception for a stdlib error.
pub fn to_pyerr(vm: &Vm, e: StdlibError) -> PyErr {
    match e.kind {
        super::ErrorKind::NeverReturns => vm.new_error(
            "RuntimeError",
            "this call would never return in CPython (a rejection loop with NaN or infinite parameters)",
        ),
        kind => vm.new_error(kind.name(), &e.message),
    }
}

//! Pure-Rust algorithms behind the interpreter's `random` and `time` modules.
//!
//! They take and return plain Rust types (integers, floats, `BigInt`, strings) so that they can be
//! tested bit-for-bit against CPython 3.11 without the interpreter's value types. Every failure a
//! Python program could trigger comes back as a [`StdlibError`] naming the exception CPython
//! raises and its exact message; nothing here panics on user input.

use crate::ExcKind;
use std::fmt;

pub mod atexit_module;
pub mod binascii_module;
pub mod codecs;
pub mod collections_module;
pub mod contextvars_module;
pub mod errno_module;
pub mod gc_module;
pub mod heapq_module;
pub mod inspect_module;
pub mod itertools_module;
pub mod json_module;
pub mod libm;
pub mod library;
pub(crate) mod library_names;
pub mod library_support;
pub mod math_module;
pub mod math_special;
mod modules_common;
pub mod native_modules;
pub mod net;
pub mod operator_module;
pub mod os_files;
pub mod os_module;
// Processes (issue 14 item 4).
pub mod pickle_module;
pub mod process_module;
pub mod random;
pub mod random_module;
pub mod select_module;
pub mod socket_byte_order;
pub mod socket_module;
pub mod socket_names;
pub mod star_exports;
pub mod struct_module;
pub mod tracemalloc_module;
pub mod weakref_module;
// hashlib, hmac, uuid: the digests behind `_hashlib` and `_blake2`.
pub mod digests;
pub mod hashlib_module;
pub mod std_streams;
pub mod sys_module;
pub mod thread_module;
pub mod time_module;
pub mod timefmt;

/// What a [`StdlibError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// CPython raises this exception, with the error's message as its argument.
    Raise(ExcKind),
    /// CPython raises `OSError(errno, strerror)`; the message is the `strerror` part.
    Os { errno: i32 },
    /// Not an exception: CPython would never return (a rejection loop that cannot accept with
    /// NaN or infinite parameters). The interpreter should treat it as a hung program.
    NeverReturns,
}

/// An exception CPython would raise, with its exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StdlibError {
    pub kind: Failure,
    pub message: String,
}

impl StdlibError {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Self {
        StdlibError { kind: Failure::Raise(kind), message: message.into() }
    }

    pub(crate) fn value(message: impl Into<String>) -> Self {
        Self::new(ExcKind::ValueError, message)
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Self {
        Self::new(ExcKind::OverflowError, message)
    }

    /// `OSError(errno, strerror)`.
    pub(crate) fn os(errno: i32, strerror: impl Into<String>) -> Self {
        StdlibError { kind: Failure::Os { errno }, message: strerror.into() }
    }

    /// A call CPython would never return from; `what` says which.
    pub(crate) fn never_returns(what: impl Into<String>) -> Self {
        StdlibError { kind: Failure::NeverReturns, message: what.into() }
    }

    /// The class of the exception the interpreter raises for this error (`RuntimeError` for a
    /// call that would never return).
    pub fn exc_kind(&self) -> ExcKind {
        match self.kind {
            Failure::Raise(kind) => kind,
            Failure::Os { .. } => ExcKind::OSError,
            Failure::NeverReturns => ExcKind::RuntimeError,
        }
    }
}

/// Formats like `str(exc)`: the message, or `[Errno N] message` for an `OSError`.
impl fmt::Display for StdlibError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Failure::Os { errno } => write!(f, "[Errno {errno}] {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for StdlibError {}

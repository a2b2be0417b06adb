//! Pure-Rust algorithms behind the interpreter's `random` and `time` modules.
//!
//! They take and return plain Rust types (integers, floats, `BigInt`, strings) so that they can be
//! tested bit-for-bit against CPython 3.11 without the interpreter's value types. Every failure a
//! Python program could trigger comes back as a [`StdlibError`] naming the exception CPython
//! raises and its exact message; nothing here panics on user input.

use std::fmt;

pub mod inspect_module;
mod modules_common;
pub mod random;
pub mod random_module;
pub mod time_module;
pub mod timefmt;

/// The Python exception class a [`StdlibError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    IndexError,
    OverflowError,
    ZeroDivisionError,
    /// `OSError(errno, strerror)`; the message is the `strerror` part.
    OSError {
        errno: i32,
    },
    /// Not an exception: CPython would never return (a rejection loop that cannot accept with
    /// NaN or infinite parameters). The interpreter should treat it as a hung program.
    NeverReturns,
}

impl ErrorKind {
    /// The exception's class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::OSError { .. } => "OSError",
            ErrorKind::NeverReturns => "NeverReturns",
        }
    }
}

/// An exception CPython would raise, with its exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StdlibError {
    pub kind: ErrorKind,
    pub message: String,
}

impl StdlibError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        StdlibError { kind, message: message.into() }
    }

    pub(crate) fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
}

/// Formats like `str(exc)`: the message, or `[Errno N] message` for an `OSError`.
impl fmt::Display for StdlibError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::OSError { errno } => write!(f, "[Errno {errno}] {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for StdlibError {}

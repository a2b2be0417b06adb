//! The one error type of this module: a Python exception class and its message.
//!
//! The formatting rules are pure functions, so they cannot raise real Python exceptions;
//! they return this instead and the interpreter turns it into the exception CPython raises.

use std::fmt;

/// Which built-in exception class CPython raises for a given failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExceptionKind {
    ValueError,
    TypeError,
    OverflowError,
    IndexError,
    KeyError,
    MemoryError,
}

impl ExceptionKind {
    /// The class name as Python spells it (`ValueError`, ...).
    pub fn name(self) -> &'static str {
        match self {
            ExceptionKind::ValueError => "ValueError",
            ExceptionKind::TypeError => "TypeError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::IndexError => "IndexError",
            ExceptionKind::KeyError => "KeyError",
            ExceptionKind::MemoryError => "MemoryError",
        }
    }
}

/// A failed formatting or parsing operation, with CPython's exact exception and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ExceptionKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ExceptionKind, message: impl Into<String>) -> Self {
        FormatError { kind, message: message.into() }
    }

    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ExceptionKind::ValueError, message)
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ExceptionKind::TypeError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ExceptionKind::OverflowError, message)
    }

    /// CPython raises a bare `MemoryError()` when an allocation fails.
    pub fn memory() -> Self {
        Self::new(ExceptionKind::MemoryError, "")
    }

    /// The exception class name, e.g. `"ValueError"`.
    pub fn class_name(&self) -> &'static str {
        self.kind.name()
    }
}

impl fmt::Display for FormatError {
    /// The last line of a CPython traceback: `ValueError: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for FormatError {}

/// Make room for `extra` more bytes, reporting `MemoryError` instead of aborting.
///
/// Widths and precisions come from user code (`f"{x:99999999999}"`); CPython answers an
/// impossible allocation with `MemoryError`, and so do we rather than crash the process.
pub(crate) fn reserve(out: &mut String, extra: usize) -> Result<(), FormatError> {
    out.try_reserve(extra).map_err(|_| FormatError::memory())
}

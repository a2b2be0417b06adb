//! The one error type of this module: a Python exception class and its message.
//!
//! The formatting rules are pure functions, so they cannot raise real Python exceptions;
//! they return this instead and the interpreter turns it into the exception CPython raises.

use loopscope_exc::ExcKind;
use std::fmt;

/// A failed formatting or parsing operation, with CPython's exact exception and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ExcKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Self {
        FormatError { kind, message: message.into() }
    }

    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ExcKind::ValueError, message)
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ExcKind::TypeError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ExcKind::OverflowError, message)
    }

    /// CPython raises a bare `MemoryError()` when an allocation fails.
    pub fn memory() -> Self {
        Self::new(ExcKind::MemoryError, "")
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

thread_local! {
    /// The embedder's memory budget (`set_allocation_check`); unbounded until one is set.
    static FITS: std::cell::Cell<fn(usize) -> bool> = const { std::cell::Cell::new(|_| true) };
}

/// Has `reserve` ask `fits` first whether a string of that many bytes may be made: a
/// width of 2**40 must be a `MemoryError`, and on Linux an allocator that overcommits grants
/// the address space and the process dies writing the padding.
pub fn set_allocation_check(fits: fn(usize) -> bool) {
    FITS.with(|f| f.set(fits));
}

/// Make room for `extra` more bytes, reporting `MemoryError` instead of aborting.
///
/// Widths and precisions come from user code (`f"{x:99999999999}"`); CPython answers an
/// impossible allocation with `MemoryError`, and so do we rather than crash the process.
pub(crate) fn reserve(out: &mut String, extra: usize) -> Result<(), FormatError> {
    within_budget(out.len().saturating_add(extra))?;
    out.try_reserve(extra).map_err(|_| FormatError::memory())
}

/// `MemoryError` unless the embedder's budget allows a value of `bytes`.
pub(crate) fn within_budget(bytes: usize) -> Result<(), FormatError> {
    if FITS.with(|f| f.get())(bytes) {
        Ok(())
    } else {
        Err(FormatError::memory())
    }
}

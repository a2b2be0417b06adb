//! Native work that recurses over nested objects (comparing containers, encoding them as
//! JSON, pickling them, `str()` of an exception holding an exception): CPython counts each
//! level toward the recursion limit (`_Py_EnterRecursiveCall(" in comparison")`, ...), so data
//! nested a hundred thousand deep is a `RecursionError` there. Here each level is native
//! frames on the Rust stack, so the same count also keeps the stack from overflowing, which
//! would abort the run (or the page's worker).

use super::{PyResult, Vm};
use crate::ExcKind;

/// How deep such work may nest whatever `sys.setrecursionlimit` says: each level is a few
/// native frames, well within the CLI's 8 MiB at this depth, and within the page's smaller
/// stack at the wasm bound.
#[cfg(not(target_arch = "wasm32"))]
const MAX_NATIVE_NESTING: usize = 3000;
#[cfg(target_arch = "wasm32")]
const MAX_NATIVE_NESTING: usize = 400;

impl Vm {
    /// Runs `f` one level deeper, or raises CPython's RecursionError for that work: `what` is
    /// the end of its message (" in comparison", " while pickling an object").
    pub(crate) fn nested<R>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<R>,
    ) -> PyResult<R> {
        // The recursion limit counts every level, Python frames too; the native bound only
        // these levels (a Python frame is parked on `Vm::frames`, not on the Rust stack; the
        // interpreter loops native code nests have their own bound, `MAX_LOOP_NESTING`).
        let native = self.native_nesting as usize;
        let depth = self.frames.len() + self.native_nesting as usize + 1;
        if depth >= self.config.recursion_limit || native >= MAX_NATIVE_NESTING {
            let message = format!("maximum recursion depth exceeded{what}");
            return Err(self.new_error(ExcKind::RecursionError, &message));
        }
        self.native_nesting += 1;
        let result = f(self);
        self.native_nesting -= 1;
        result
    }

    /// Runs `f` one level deeper on the Rust stack where CPython counts nothing (a `map` of
    /// a `map` of ... asks the inner one natively): only the native bound applies, so the
    /// recursion limit does not, but a chain too deep for the stack is a `RecursionError`
    /// rather than an overflow that would abort the run.
    pub(crate) fn nested_natively<R>(
        &mut self,
        f: impl FnOnce(&mut Vm) -> PyResult<R>,
    ) -> PyResult<R> {
        if self.native_nesting as usize >= MAX_NATIVE_NESTING {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.native_nesting += 1;
        let result = f(self);
        self.native_nesting -= 1;
        result
    }
}

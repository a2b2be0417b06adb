//! `with` and `async with`, compiled as CPython 3.11 does.
//!
//! Each item nests the next one: `with a, b:` is `with a: with b:`. Per item:
//!
//! ```text
//!     <context expr>
//!     BEFORE_WITH                 exit, enter()        (async: + GET_AWAITABLE 1, SEND loop)
//!     SETUP_WITH handler
//!     <store the `as` target, or POP_TOP>
//!     <body>
//!     POP_BLOCK
//!     exit(None, None, None); POP_TOP                  (async: awaited)
//!     JUMP end
//! handler:                        exit, exc
//!     PUSH_EXC_INFO               exit, prev, exc
//!     SETUP_CLEANUP cleanup
//!     WITH_EXCEPT_START           exit, prev, exc, exit(type, exc, tb)   (async: awaited)
//!     POP_JUMP_IF_TRUE suppress
//!     RERAISE                     (no new traceback entry)
//! suppress:
//!     POP_BLOCK; POP_TOP; POP_EXCEPT; POP_TOP; JUMP end
//! cleanup:
//!     POP_EXCEPT_RERAISE          (`__exit__` raised: restore the handled exception)
//! end:
//! ```
//!
//! Every call of `__exit__` belongs to the `with` line, so a traceback through it shows that
//! line, as CPython's does.

use super::code::Instr;
use super::{CompileError, Compiler, FBlock};
use crate::vm::value::Value;
use ruff_python_ast as ast;
use ruff_text_size::TextSize;

impl<'a> Compiler<'a> {
    /// A `with` or `async with` statement (the symbol table already refused an `async with`
    /// outside an `async def`).
    pub(crate) fn compile_with(&mut self, w: &'a ast::StmtWith) -> Result<(), CompileError> {
        self.compile_with_item(w, 0)
    }

    fn compile_with_item(
        &mut self,
        w: &'a ast::StmtWith,
        index: usize,
    ) -> Result<(), CompileError> {
        let Some(item) = w.items.get(index) else {
            return self.compile_body(&w.body);
        };
        let at = w.range.start();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();

        self.compile_expr(&item.context_expr)?;
        self.set_line(at);
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitableFrom(1));
            self.emit_const(Value::None);
            self.emit_send_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.emit_jump(Instr::SetupWith, handler);
        self.unit().fblocks.push(FBlock::With { is_async: w.is_async, at });
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.compile_with_item(w, index + 1)?;
        self.unit().fblocks.pop();

        // Normal exit.
        self.set_line(at);
        self.emit(Instr::PopBlock);
        self.emit_exit_with_nones(w.is_async);
        self.emit_jump(Instr::Jump, end);

        // Exceptional exit: `__exit__` decides whether the exception goes on.
        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit_await_exit_result();
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.place(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, end);
        self.place(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.place(end);
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on top, its result dropped. The stack holds
    /// `exit, None, None, None` and `CALL 2` takes the first None as `self`, as CPython's
    /// `compiler_call_exit_with_nones` does.
    fn emit_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.emit_const(Value::None);
        }
        self.emit(Instr::Call(2));
        if is_async {
            self.emit_await_exit_result();
        }
        self.emit(Instr::PopTop);
    }

    /// Awaits what `__aexit__` returned.
    fn emit_await_exit_result(&mut self) {
        self.emit(Instr::GetAwaitableFrom(2));
        self.emit_const(Value::None);
        self.emit_send_loop();
    }

    /// `return`/`break`/`continue` leaving a `with` body: pop its block and call `__exit__`
    /// with three Nones, keeping a return value on top when `keep`.
    pub(crate) fn unwind_with(&mut self, is_async: bool, at: TextSize, keep: bool) {
        let previous = self.set_line(at);
        self.emit(Instr::PopBlock);
        if keep {
            self.emit(Instr::Swap(2));
        }
        self.emit_exit_with_nones(is_async);
        self.restore_line(previous);
    }
}

//! The `async for` statement, laid out as CPython 3.11 does: `GET_AITER` once, then per item
//! `GET_ANEXT` and an `await` of it inside a `SETUP_FINALLY` whose handler, `END_ASYNC_FOR`,
//! ends the loop on StopAsyncIteration and re-raises anything else.

use super::code::{CodeKind, Instr};
use super::{CompileError, Compiler, FBlock};
use crate::vm::value::Value;
use ruff_python_ast as ast;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        if !matches!(self.unit().kind, CodeKind::Coroutine | CodeKind::AsyncGenerator) {
            return Err(CompileError::syntax(
                "'async for' outside async function",
                f.range.start(),
            ));
        }
        let start = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.set_line(f.range.start());
        self.emit(Instr::GetAiter);
        self.place(start);
        self.set_line(f.range.start());
        self.emit_jump(Instr::SetupFinally, stop);
        self.emit(Instr::GetAnext);
        self.emit_const(Value::None);
        self.emit_send_loop();
        self.emit(Instr::PopBlock);
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            continue_to: start,
            break_to: end,
            for_loop: true,
        });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.set_line(f.range.start());
        self.emit_jump(Instr::Jump, start);
        // Stack: the async iterator and the exception `__anext__` raised.
        self.place(stop);
        self.set_line(f.range.start());
        self.emit(Instr::EndAsyncFor);
        self.compile_body(&f.orelse)?;
        self.place(end);
        Ok(())
    }
}

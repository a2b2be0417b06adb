//! `try` ... `except*` (PEP 654): each clause takes the part of the exception group that
//! matches its type, and what no clause handled, with what the clauses raised, leaves the
//! statement as a group. The layout follows CPython 3.11's `compiler_try_star_except`.

use super::code::Instr;
use super::{CompileError, Compiler, FBlock};
use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextSize};

/// CPython's message for leaving an `except*` body by a jump.
const JUMP_OUT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(crate) fn compile_try_star(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_body(&t.orelse)?;
        self.emit_jump(Instr::Jump, end);

        // Stack: the exception. Keep the original, a list of what the clauses raise, and
        // the part not yet handled: `prev, orig, raised, rest`.
        self.place(handler);
        self.set_line(t.handlers.first().map(|h| h.start()).unwrap_or(t.range.start()));
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range.start());
            let next = self.new_label();
            let matched = self.new_label();
            let Some(ty) = &h.type_ else {
                return Err(CompileError::syntax(
                    "expected one or more exception types",
                    h.range.start(),
                ));
            };
            self.compile_expr(ty)?;
            // `rest, match`; the match (when there is one) becomes the handled exception.
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit_jump(Instr::PopJumpIfNotNone, matched);
            self.emit(Instr::PopTop);
            self.emit_jump(Instr::Jump, next);
            self.place(matched);
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(name) => self.store_name(name),
                None => self.emit(Instr::PopTop),
            }
            let raised = self.new_label();
            self.emit_jump(Instr::SetupFinally, raised);
            self.unit().fblocks.push(FBlock::ExceptStarBody);
            self.compile_body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.emit_jump(Instr::Jump, next);
            // The body raised: add that to the list and go on with the next clause.
            self.place(raised);
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.emit(Instr::ListAppend(2));
            self.place(next);
        }
        let reraise = self.new_label();
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit_jump(Instr::PopJumpIfNotNone, reraise);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump, end);
        self.place(reraise);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.place(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.place(end);
        Ok(())
    }

    /// `break` and `continue` (`to_loop`: up to their loop) and `return` may not leave an
    /// `except*` body.
    pub(crate) fn check_jump_from_except_star(
        &mut self,
        to_loop: bool,
        at: TextSize,
    ) -> Result<(), CompileError> {
        for block in self.unit().fblocks.iter().rev() {
            match block {
                FBlock::Loop { .. } if to_loop => return Ok(()),
                FBlock::ExceptStarBody => return Err(CompileError::syntax(JUMP_OUT, at)),
                _ => {}
            }
        }
        Ok(())
    }
}

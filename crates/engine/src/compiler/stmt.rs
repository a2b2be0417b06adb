//! Statements.

use super::code::{CodeKind, Instr, MakeFunctionFlags};
use super::symtable::ScopeKind;
use super::{CompileError, Compiler, FBlock, Label};
use crate::vm::value::Value;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

/// What unwinding a block must keep on top of the stack.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Preserve {
    Nothing,
    /// A return value sits on top and must survive the unwinding.
    ReturnValue,
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_stmt(&mut self, stmt: &'a Stmt) -> Result<(), CompileError> {
        self.set_position(stmt.range());
        match stmt {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.compile_expr(v)?;
                    self.compile_store(&a.target)?;
                } else if !matches!(a.target.as_ref(), Expr::Name(_)) {
                    // `obj.attr: int` evaluates the object (CPython does so for its effects).
                    if let Expr::Attribute(at) = a.target.as_ref() {
                        self.compile_expr(&at.value)?;
                        self.emit(Instr::PopTop);
                    }
                }
                // Module- and class-level annotations are evaluated; a plain name's goes into
                // `__annotations__` (made at the top of the body, as SETUP_ANNOTATIONS does);
                // inside functions they are not evaluated at all.
                if self.scope_kind() != ScopeKind::Function {
                    self.compile_annotation(&a.annotation)?;
                    match a.target.as_ref() {
                        Expr::Name(n) if a.simple => {
                            self.load_name("__annotations__");
                            let key = self.mangled(n.id.as_str());
                            self.emit_const(Value::str(&key));
                            self.emit(Instr::StoreSubscr);
                        }
                        _ => self.emit(Instr::PopTop),
                    }
                }
                Ok(())
            }
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    if t.is_star {
                        self.compile_try_star(t)
                    } else {
                        self.compile_try_except(t)
                    }
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                self.check_assert(a);
                let end = self.new_label();
                self.compile_jump_if(&a.test, true, end)?;
                // The raise takes the place of the test's last jump, and CPython's jump on a
                // comparison has the comparison's span: `assert (a\n and b > 0)` fails on
                // the second line, whichever operand was false.
                if let Expr::Compare(c) = last_jump_operand(&a.test) {
                    self.set_position(c.range());
                }
                self.emit(Instr::LoadAssertionError);
                if let Some(msg) = &a.msg {
                    self.emit(Instr::PushNull);
                    self.compile_expr(msg)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.place(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    let idx = self.name_index(full);
                    self.emit(Instr::ImportName(idx));
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule itself, which is what
                            // IMPORT_NAME of a dotted name gives here.
                            self.store_name(asname.as_str());
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            if top != full {
                                // `import a.b` binds `a`.
                                self.emit(Instr::PopTop);
                                let t = self.name_index(top);
                                self.emit(Instr::ImportName(t));
                            }
                            self.store_name(top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                // A relative import keeps its leading dots in the name: IMPORT_NAME resolves
                // it against the importing module's `__package__` at run time.
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let dotted = format!("{}{module}", ".".repeat(i.level as usize));
                let m = self.name_index(&dotted);
                self.emit(Instr::ImportName(m));
                if i.names.iter().any(|alias| alias.name.as_str() == "*") {
                    // The symbol table allowed it only at module level.
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for alias in &i.names {
                    let n = self.name_index(alias.name.as_str());
                    self.emit(Instr::ImportFrom(n));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.as_str());
                }
                self.emit(Instr::PopTop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                self.compile_expr(&e.value)?;
                self.emit(Instr::PopTop);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break(b.range.start()),
            Stmt::Continue(c) => self.compile_continue(c.range.start()),
            Stmt::TypeAlias(t) => {
                Err(CompileError::unsupported("the `type` statement", t.range.start()))
            }
            Stmt::IpyEscapeCommand(i) => {
                Err(CompileError::syntax("invalid syntax", i.range.start()))
            }
        }
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> Result<(), CompileError> {
        if f.type_params.is_some() {
            return Err(CompileError::unsupported("type parameters", f.range.start()));
        }
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
            self.emit(Instr::PushNull);
        }
        let scope = self.symtable.scope_of(f);
        let first_line = match f.decorator_list.first() {
            Some(d) => self.line_of(d.range.start()),
            None => self.line_of(f.range.start()),
        };
        let mut flags = self.compile_defaults(&f.parameters)?;
        flags.annotations = self.compile_annotations(&f.parameters, f.returns.as_deref())?;
        let kind = match (f.is_async, self.symtable.scopes[scope].is_generator) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let qualname = self.child_qualname(f.name.as_str());
        let def_line = self.line_of(f.range.start());
        self.enter_unit(scope, kind, f.name.as_str(), &qualname, def_line);
        self.unit().first_line = first_line;
        // The docstring (or None) is the first constant: it becomes the function's `__doc__`.
        let doc = docstring(&f.body).map_or(Value::None, Value::str);
        self.add_const(doc);
        self.set_params(&f.parameters);
        self.compile_body(&f.body)?;
        self.emit_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();
        flags.closure = self.emit_closure(scope);
        self.emit_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        self.apply_decorators(&f.decorator_list);
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// Calls the decorators, innermost first, each at its own span and line (CPython's
    /// `compiler_apply_decorators`); the span stays at the outermost one's.
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            self.set_position(d.expression.range());
            self.emit(Instr::Call(1));
        }
    }

    /// Emits the defaults tuple and keyword-only defaults dict a function needs.
    pub(crate) fn compile_defaults(
        &mut self,
        params: &'a ast::Parameters,
    ) -> Result<MakeFunctionFlags, CompileError> {
        let mut flags = MakeFunctionFlags::default();
        let positional: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            for d in &positional {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(positional.len() as u32));
            flags.defaults = true;
        }
        let kw: Vec<(&str, &Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                // Keyword-only parameters named `__x` are mangled in a class, their defaults too.
                let name = self.mangled(name);
                self.emit_const(Value::str(&name));
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags.kwdefaults = true;
        }
        Ok(flags)
    }

    /// Builds the dict of a function's annotations (parameter name, or `return`, to the
    /// evaluated annotation), returning whether there is one.
    fn compile_annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<bool, CompileError> {
        let named = |p: &'a ast::Parameter| p.annotation.as_deref().map(|a| (p.name.as_str(), a));
        let all: Vec<(&str, &Expr)> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| named(&p.parameter))
            .chain(params.vararg.iter().filter_map(|p| named(p)))
            .chain(params.kwonlyargs.iter().filter_map(|p| named(&p.parameter)))
            .chain(params.kwarg.iter().filter_map(|p| named(p)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if all.is_empty() {
            return Ok(false);
        }
        for (name, a) in &all {
            let name = self.mangled(name);
            self.emit_const(Value::str(&name));
            self.compile_annotation(a)?;
        }
        self.emit(Instr::BuildMap(all.len() as u32));
        Ok(true)
    }

    pub(crate) fn set_params(&mut self, params: &ast::Parameters) {
        let unit = self.unit();
        unit.posonly_count = params.posonlyargs.len() as u32;
        unit.arg_count = (params.posonlyargs.len() + params.args.len()) as u32;
        unit.kwonly_count = params.kwonlyargs.len() as u32;
        unit.has_varargs = params.vararg.is_some();
        unit.has_varkw = params.kwarg.is_some();
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> Result<(), CompileError> {
        if c.type_params.is_some() {
            return Err(CompileError::unsupported("type parameters", c.range.start()));
        }
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
            self.emit(Instr::PushNull);
        }
        let scope = self.symtable.scope_of(c);
        let qualname = self.child_qualname(c.name.as_str());
        self.emit(Instr::LoadBuildClass);
        self.emit(Instr::PushNull);

        let line = self.line_of(c.range.start());
        self.enter_unit(scope, CodeKind::ClassBody, c.name.as_str(), &qualname, line);
        self.load_name("__name__");
        self.store_name("__module__");
        self.emit_const(Value::str(&qualname));
        self.store_name("__qualname__");
        // `__annotations__` before `__doc__`, as CPython's `compiler_body` makes them (the
        // order `C.__dict__` lists them in).
        self.setup_annotations(&c.body);
        if let Some(doc) = docstring(&c.body) {
            self.emit_const(Value::str(doc));
            self.store_name("__doc__");
        }
        self.compile_body(&c.body)?;
        if self.symtable.scopes[scope].needs_class_cell {
            let i = self.deref_index("__class__");
            self.emit(Instr::LoadClosure(i));
            let n = self.name_index("__classcell__");
            self.emit(Instr::StoreName(n));
        }
        self.emit_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();

        let flags = MakeFunctionFlags { closure: self.emit_closure(scope), ..Default::default() };
        self.emit_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        self.emit_const(Value::str(c.name.as_str()));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.compile_call_args(2, args, keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.store_name(c.name.as_str());
        Ok(())
    }

    /// A module or class body with annotated names starts with an empty `__annotations__`.
    pub(crate) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> Result<(), CompileError> {
        if !self.scope_kind().is_function_like() {
            return Err(CompileError::syntax("'return' outside function", r.range.start()));
        }
        self.check_jump_from_except_star(false, r.range.start())?;
        if r.value.is_some() && self.unit().kind == CodeKind::AsyncGenerator {
            return Err(CompileError::syntax(
                "'return' with value in async generator",
                r.range.start(),
            ));
        }
        let preserve = match &r.value {
            Some(v) => {
                self.compile_expr(v)?;
                Preserve::ReturnValue
            }
            None => Preserve::Nothing,
        };
        self.unwind_all(preserve)?;
        if preserve == Preserve::Nothing {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Undo every fblock, innermost first (for `return`).
    fn unwind_all(&mut self, preserve: Preserve) -> Result<(), CompileError> {
        let mut saved = Vec::new();
        while let Some(block) = self.unit().fblocks.pop() {
            self.unwind_block(&block, preserve)?;
            saved.push(block);
        }
        while let Some(block) = saved.pop() {
            self.unit().fblocks.push(block);
        }
        Ok(())
    }

    /// Emits what leaving `block` requires. The block is already off the fblock stack, so a
    /// `break` inside an inlined finally body does not run that body again.
    fn unwind_block(&mut self, block: &FBlock<'a>, preserve: Preserve) -> Result<(), CompileError> {
        let keep = preserve == Preserve::ReturnValue;
        match block {
            FBlock::Loop { for_loop, .. } => {
                if *for_loop {
                    if keep {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                if keep {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.compile_body(body)?;
                if keep {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if keep {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::FinallyEnd => {
                if keep {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if keep {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlock::With { is_async, at } => self.unwind_with(*is_async, *at, keep),
            // Refused before unwinding (`check_jump_from_except_star`).
            FBlock::ExceptStarBody => {}
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopBlock);
                if keep {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name` (what CPython does after `except E as name:`).
    pub(crate) fn clear_name(&mut self, name: &str) {
        self.emit_const(Value::None);
        self.store_name(name);
        self.name_op(name, ast::ExprContext::Del);
    }

    fn compile_break(&mut self, at: TextSize) -> Result<(), CompileError> {
        self.check_jump_from_except_star(true, at)?;
        let mut saved = Vec::new();
        let mut target = None;
        while let Some(block) = self.unit().fblocks.pop() {
            let is_loop = matches!(block, FBlock::Loop { .. });
            self.unwind_block(&block, Preserve::Nothing)?;
            if let FBlock::Loop { break_to, .. } = &block {
                target = Some(*break_to);
            }
            saved.push(block);
            if is_loop {
                break;
            }
        }
        while let Some(block) = saved.pop() {
            self.unit().fblocks.push(block);
        }
        match target {
            Some(label) => {
                self.emit_jump(Instr::Jump, label);
                Ok(())
            }
            None => Err(CompileError::syntax("'break' outside loop", at)),
        }
    }

    fn compile_continue(&mut self, at: TextSize) -> Result<(), CompileError> {
        self.check_jump_from_except_star(true, at)?;
        let mut saved = Vec::new();
        let mut target = None;
        while let Some(block) = self.unit().fblocks.pop() {
            if let FBlock::Loop { continue_to, .. } = &block {
                target = Some(*continue_to);
                saved.push(block);
                break;
            }
            self.unwind_block(&block, Preserve::Nothing)?;
            saved.push(block);
        }
        while let Some(block) = saved.pop() {
            self.unit().fblocks.push(block);
        }
        match target {
            Some(label) => {
                self.emit_jump(Instr::Jump, label);
                Ok(())
            }
            None => Err(CompileError::syntax("'continue' not properly in loop", at)),
        }
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        if f.is_async {
            return self.compile_async_for(f);
        }
        let start = self.new_label();
        let exit = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&f.iter)?;
        self.set_line(f.range.start());
        self.emit(Instr::GetIter);
        self.place(start);
        self.emit_jump(Instr::ForIter, exit);
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
        self.place(exit);
        self.compile_body(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> Result<(), CompileError> {
        let start = self.new_label();
        let exit = self.new_label();
        let end = self.new_label();
        let body = self.new_label();
        self.place(start);
        let forever = is_constant_true(&w.test);
        if !forever {
            self.compile_jump_if(&w.test, false, exit)?;
        }
        self.place(body);
        self.unit().fblocks.push(FBlock::Loop {
            continue_to: start,
            break_to: end,
            for_loop: false,
        });
        self.compile_body(&w.body)?;
        self.unit().fblocks.pop();
        self.set_line(w.range.start());
        // As CPython does, the test is compiled again at the bottom of the loop (so its
        // compile-time warnings come twice, as CPython's do).
        if forever {
            self.emit_jump(Instr::Jump, start);
        } else {
            self.compile_jump_if(&w.test, true, body)?;
        }
        self.place(exit);
        self.compile_body(&w.orelse)?;
        self.place(end);
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> Result<(), CompileError> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Instr::Jump, end);
            self.place(next);
            next = self.new_label();
            self.set_line(clause.range.start());
            if let Some(test) = &clause.test {
                self.compile_jump_if(test, false, next)?;
            }
            self.compile_body(&clause.body)?;
        }
        self.place(next);
        self.place(end);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
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

        // The exception is on the stack; remember the one being handled before it.
        self.place(handler);
        self.set_line(t.handlers.first().map(|h| h.range().start()).unwrap_or(t.range.start()));
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        for (index, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range.start());
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    // CHECK_EXC_MATCH keeps the exception and pushes whether it matched.
                    self.compile_expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.emit_jump(Instr::PopJumpIfFalse, next);
                }
                None if index + 1 < t.handlers.len() => {
                    return Err(CompileError::syntax(
                        "default 'except:' must be last",
                        h.range.start(),
                    ));
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    self.store_name(name);
                    let named_cleanup = self.new_label();
                    self.emit_jump(Instr::SetupFinally, named_cleanup);
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: Some(name.to_string()) });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name);
                    self.emit_jump(Instr::Jump, end);
                    // An exception in the body: unbind the name, then let `cleanup` restore.
                    self.place(named_cleanup);
                    self.clear_name(name);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump, end);
                }
            }
            self.place(next);
        }
        // No clause matched: re-raise; `cleanup` restores the handled exception.
        self.emit(Instr::Reraise);
        self.place(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.place(end);
        Ok(())
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.unit().fblocks.push(FBlock::FinallyTry(&t.finalbody));
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            self.compile_body(&t.orelse)?;
        } else {
            // try/except/else inside try/finally, as CPython nests them.
            if t.is_star {
                self.compile_try_star(t)?;
            } else {
                self.compile_try_except(t)?;
            }
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
        }
        self.compile_body(&t.finalbody)?;
        self.emit_jump(Instr::Jump, end);

        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup, cleanup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.compile_body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExceptReraise);
        self.place(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.place(end);
        Ok(())
    }

    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = super::expr::bin_op(a.op);
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.compile_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            // CPython's loads and stores of the target have the target's span; the
            // operation keeps the statement's.
            Expr::Attribute(at) => {
                let stmt = self.set_position(at.range());
                self.compile_expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.attr_index(at.attr.as_str());
                self.emit(Instr::LoadAttr(i));
                let target = self.set_position(a.range());
                self.compile_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.restore_position(target);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
                self.restore_position(stmt);
            }
            Expr::Subscript(s) => {
                let stmt = self.set_position(s.range());
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                let target = self.set_position(a.range());
                self.compile_expr(&a.value)?;
                self.emit(Instr::InplaceOp(op));
                self.restore_position(target);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
                self.restore_position(stmt);
            }
            other => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range().start(),
                ))
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(crate) fn compile_store(&mut self, target: &'a Expr) -> Result<(), CompileError> {
        let saved = self.set_position(target.range());
        let result = self.compile_store_at(target);
        self.restore_position(saved);
        result
    }

    fn compile_store_at(&mut self, target: &'a Expr) -> Result<(), CompileError> {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str());
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(t) => self.compile_unpack(&t.elts, t.range.start()),
            Expr::List(l) => self.compile_unpack(&l.elts, l.range.start()),
            Expr::Starred(s) => Err(CompileError::syntax(
                "starred assignment target must be in a list or tuple",
                s.range.start(),
            )),
            other => {
                Err(CompileError::syntax("cannot assign to expression", other.range().start()))
            }
        }
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], at: TextSize) -> Result<(), CompileError> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
            return Err(CompileError::syntax("multiple starred expressions in assignment", at));
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Instr::UnpackEx(i as u16, after as u16));
            }
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, target: &'a Expr) -> Result<(), CompileError> {
        let saved = self.set_position(target.range());
        let result = self.compile_delete_at(target);
        self.restore_position(saved);
        result
    }

    fn compile_delete_at(&mut self, target: &'a Expr) -> Result<(), CompileError> {
        match target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), ast::ExprContext::Del);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.compile_delete(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.compile_delete(e)),
            other => Err(CompileError::syntax("cannot delete expression", other.range().start())),
        }
    }

    /// Jumps to `target` when `test` is truthy (`when_true`) or falsy, without materialising
    /// `and`/`or`/`not` results.
    pub(crate) fn compile_jump_if(
        &mut self,
        test: &'a Expr,
        when_true: bool,
        target: Label,
    ) -> Result<(), CompileError> {
        match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => match u.operand.as_ref() {
                // `not (a is b)` is CPython's `a is not b` (see `compile_expr`).
                Expr::Compare(c) if c.ops.len() == 1 => {
                    self.check_compare(c, true);
                    self.compile_compare_body(c)?;
                    let make = if when_true { Instr::PopJumpIfFalse } else { Instr::PopJumpIfTrue };
                    self.emit_jump(make, target);
                    Ok(())
                }
                operand => self.compile_jump_if(operand, !when_true, target),
            },
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let (last, rest) = b.values.split_last().expect("a bool op has operands");
                if is_and == when_true {
                    // `a and b` jumping when true: every operand must be true.
                    let skip = self.new_label();
                    for v in rest {
                        self.compile_jump_if(v, !when_true, skip)?;
                    }
                    self.compile_jump_if(last, when_true, target)?;
                    self.place(skip);
                } else {
                    for v in rest {
                        self.compile_jump_if(v, when_true, target)?;
                    }
                    self.compile_jump_if(last, when_true, target)?;
                }
                Ok(())
            }
            // As CPython: each branch jumps by itself.
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_jump_if(&i.body, when_true, target)?;
                self.emit_jump(Instr::Jump, end);
                self.place(orelse);
                self.compile_jump_if(&i.orelse, when_true, target)?;
                self.place(end);
                Ok(())
            }
            _ => {
                self.compile_expr(test)?;
                let make = if when_true { Instr::PopJumpIfTrue } else { Instr::PopJumpIfFalse };
                self.emit_jump(make, target);
                Ok(())
            }
        }
    }
}

/// The operand whose jump `compile_jump_if` emits last for `test`: through `not`, to the
/// last operand of `and`/`or` and to the `else` of a conditional expression.
fn last_jump_operand(mut test: &Expr) -> &Expr {
    loop {
        test = match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => &u.operand,
            Expr::BoolOp(b) => b.values.last().expect("a bool op has operands"),
            Expr::If(i) => &i.orelse,
            _ => return test,
        };
    }
}

fn is_constant_true(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => matches!(&n.value, ast::Number::Int(i) if i.as_u64() != Some(0)),
        _ => false,
    }
}

/// The docstring of a module, function or class body: a string literal as its first
/// statement.
pub(super) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first()? {
        ast::Stmt::Expr(e) => match e.value.as_ref() {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body annotates a name anywhere outside nested functions and
/// classes (CPython's `find_ann`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

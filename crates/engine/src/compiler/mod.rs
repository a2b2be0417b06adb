//! From a checked syntax tree to code objects.
//!
//! `symtable` decides where each name lives; `stmt` and `expr` emit instructions the way
//! CPython 3.11's compiler does (same evaluation order, same unwinding of `finally` blocks on
//! `return`/`break`/`continue`), so programs observe the same behaviour. Jumps are emitted to
//! labels and patched when a code object is finished.

mod async_for;
mod checks;
pub mod code;
pub mod error;
mod expr;
mod fold;
mod future_annotations;
mod match_stmt;
mod stmt;
pub mod symtable;
mod try_star;
mod with_stmt;

use crate::frontend::SourceText;
use crate::vm::value::Value;
use code::{CodeKind, CodeObj, Instr};
pub use error::{CompileError, CompileErrorKind};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextSize;
use std::collections::HashMap;
use std::rc::Rc;
use symtable::{NameKind, ScopeKind, SymbolTable};

/// A compiled module: its code and the global names its code reaches by slot. The code is
/// bound to no run: each run makes a fresh module object with these slots
/// (`ModuleObj::with_globals`), so a library module compiles once and serves every run.
pub struct CompiledModule {
    pub code: Rc<CodeObj>,
    /// Global slot `i` holds the name `globals[i]`, in the order the compiler met them.
    pub globals: Rc<[Rc<str>]>,
}

/// Whose code a module is: the program's, or Loopscope's own library code (whose frames
/// tracebacks leave out, as the conformance harness leaves out CPython's `asyncio/*.py`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Program,
    Library,
}

/// Compiles a parsed module.
pub fn compile_module(
    module_ast: &ast::ModModule,
    source: &SourceText,
    origin: Origin,
) -> Result<CompiledModule, CompileError> {
    let symtable = SymbolTable::build(module_ast)?;
    let mut compiler = Compiler {
        source,
        symtable,
        globals: GlobalSlots::default(),
        filename: source.name.as_str().into(),
        is_library: origin == Origin::Library,
        units: Vec::new(),
        string_annotations: future_annotations::enabled(&module_ast.body),
        strings: Default::default(),
        shared_collections: Vec::new(),
    };
    compiler.enter_unit(0, CodeKind::Module, "<module>", "<module>", 1);
    // The program's docstring is its `__doc__` (`argparse.ArgumentParser(description=__doc__)`).
    // The library's modules keep None: their docstrings are ours, not CPython's.
    if origin == Origin::Program {
        if let Some(doc) = stmt::docstring(&module_ast.body) {
            compiler.emit_const(Value::str(doc));
            compiler.store_name("__doc__");
        }
    }
    compiler.setup_annotations(&module_ast.body);
    compiler.compile_body(&module_ast.body)?;
    compiler.emit_const(Value::None);
    compiler.emit(Instr::ReturnValue);
    let code = compiler.leave_unit();
    Ok(CompiledModule { code, globals: compiler.globals.names.into() })
}

/// The module's global names, numbered as the compiler meets them.
#[derive(Default)]
struct GlobalSlots {
    names: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u32>,
}

impl GlobalSlots {
    fn slot_of(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.clone());
        self.index.insert(name.clone(), i);
        i
    }
}

/// A jump destination, resolved to an instruction index when the unit is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// What `return`, `break` and `continue` must undo on their way out (CPython's fblocks).
pub(crate) enum FBlock<'a> {
    Loop {
        continue_to: Label,
        break_to: Label,
        for_loop: bool,
    },
    /// The body of `try` with `except` handlers: a `SETUP_FINALLY` block is active.
    TryExcept,
    /// The body of `try` with `finally`: leaving runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// The finally body run after an exception: the stack holds the previous handled
    /// exception and the exception being handled.
    FinallyEnd,
    /// An `except` body: the stack holds the previous handled exception.
    HandlerCleanup {
        name: Option<String>,
    },
    /// The body of a `with` (or `async with`) item: leaving calls `__exit__(None, None, None)`,
    /// at the line of the statement (`at`), as CPython does.
    With {
        is_async: bool,
        at: TextSize,
    },
    /// An `except*` body: `break`, `continue` and `return` may not leave it.
    ExceptStarBody,
    /// A finally body inlined by `return`: the return value waits on the stack, and a
    /// `break`/`continue`/`return` inside the body must drop it (CPython's `POP_VALUE`).
    PopValue,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: String,
    qualname: String,
    first_line: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    positions: Vec<code::PositionRun>,
    patterns: Vec<code::MatchPattern>,
    consts: Vec<Value>,
    names: Vec<Rc<str>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Rc<str>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// The source bytes of the expression or statement being compiled (`NO_SPAN` for none).
    span: (u32, u32),
    arg_count: u32,
    posonly_count: u32,
    kwonly_count: u32,
    has_varargs: bool,
    has_varkw: bool,
}

pub(crate) struct Compiler<'a> {
    source: &'a SourceText,
    symtable: SymbolTable,
    globals: GlobalSlots,
    filename: Rc<str>,
    is_library: bool,
    units: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations compile to their source strings.
    string_annotations: bool,
    /// The module's string constants so far: equal strings in any of its code objects are
    /// one object, as CPython merges a compilation's constants (`"hello" is f()` holds).
    strings: std::collections::HashMap<Box<str>, Value>,
    /// The module's tuple and frozenset constants so far: an equal one in any of its code
    /// objects is the same object, as CPython's compiler-wide constant cache makes it.
    shared_collections: Vec<Value>,
}

impl<'a> Compiler<'a> {
    /// An annotation's value: evaluated, or its text under `from __future__ import
    /// annotations`.
    pub(crate) fn compile_annotation(&mut self, annotation: &'a Expr) -> Result<(), CompileError> {
        if self.string_annotations {
            let text = future_annotations::unparse(annotation, &self.source.text)?;
            self.emit_const(Value::str(&text));
            Ok(())
        } else {
            self.compile_expr(annotation)
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    pub(crate) fn line_of(&self, offset: TextSize) -> u32 {
        self.source.line_of(offset.to_u32())
    }

    /// Makes subsequent instructions belong to the line holding `offset`; returns the previous
    /// line so a caller can restore it.
    pub(crate) fn set_line(&mut self, offset: TextSize) -> u32 {
        let line = self.line_of(offset);
        std::mem::replace(&mut self.unit().line, line)
    }

    pub(crate) fn restore_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    /// Makes subsequent instructions belong to `range` (and its first line), as CPython's
    /// `SET_LOC` does for each statement and expression; returns what to restore.
    pub(crate) fn set_position(&mut self, range: ruff_text_size::TextRange) -> (u32, (u32, u32)) {
        let line = self.line_of(range.start());
        let unit = self.unit();
        let saved = (unit.line, unit.span);
        unit.line = line;
        unit.span = (range.start().to_u32(), range.end().to_u32());
        saved
    }

    pub(crate) fn restore_position(&mut self, saved: (u32, (u32, u32))) {
        let unit = self.unit();
        unit.line = saved.0;
        unit.span = saved.1;
    }

    fn enter_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let sc = &self.symtable.scopes[scope];
        let function_like = sc.kind.is_function_like();
        let varnames: Vec<String> = if function_like { sc.varnames() } else { Vec::new() };
        let cellvars = sc.cellvars.clone();
        let freevars = sc.freevars.clone();
        let mut unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line: line,
            instrs: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            patterns: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            line,
            span: NO_SPAN,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            has_varargs: false,
            has_varkw: false,
        };
        for v in varnames {
            let i = unit.varnames.len() as u32;
            unit.var_index.insert(v.clone(), i);
            unit.varnames.push(crate::vm::names::intern(&v));
        }
        self.units.push(unit);
        self.emit(Instr::Resume);
    }

    fn leave_unit(&mut self) -> Rc<CodeObj> {
        let unit = self.units.pop().expect("a unit is open");
        let labels = unit.labels;
        let resolve = |l: u32| labels[l as usize].expect("every label is placed");
        let instrs: Vec<Instr> = unit
            .instrs
            .into_iter()
            .map(|i| match i {
                Instr::Jump(l) => Instr::Jump(resolve(l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(resolve(l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(resolve(l)),
                Instr::PopJumpIfNone(l) => Instr::PopJumpIfNone(resolve(l)),
                Instr::PopJumpIfNotNone(l) => Instr::PopJumpIfNotNone(resolve(l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(resolve(l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(resolve(l)),
                Instr::ForIter(l) => Instr::ForIter(resolve(l)),
                Instr::Send(l) => Instr::Send(resolve(l)),
                Instr::SetupFinally(l) => Instr::SetupFinally(resolve(l)),
                Instr::SetupCleanup(l) => Instr::SetupCleanup(resolve(l)),
                Instr::SetupWith(l) => Instr::SetupWith(resolve(l)),
                other => other,
            })
            .collect();
        let scope = &self.symtable.scopes[unit.scope];
        let params = &scope.params;
        let cell_from_arg: Vec<Option<u32>> = unit
            .cellvars
            .iter()
            .map(|c| params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let global_slots = unit.names.iter().map(|n| self.globals.slot_of(n)).collect();
        let cellvars: Vec<Rc<str>> = unit.cellvars.into_iter().map(Into::into).collect();
        let freevars: Vec<Rc<str>> = unit.freevars.into_iter().map(Into::into).collect();
        let (trace_slot_of_cell, trace_extra_names) = code::trace_cell_layout(
            unit.kind,
            &unit.varnames,
            &cellvars,
            &freevars,
            &cell_from_arg,
        );
        Rc::new(CodeObj {
            name: unit.name.into(),
            qualname: unit.qualname.into(),
            filename: self.filename.clone(),
            first_line: unit.first_line,
            kind: unit.kind,
            arg_count: unit.arg_count,
            posonly_count: unit.posonly_count,
            kwonly_count: unit.kwonly_count,
            has_varargs: unit.has_varargs,
            has_varkw: unit.has_varkw,
            plain_positional: !unit.has_varargs
                && !unit.has_varkw
                && unit.kwonly_count == 0
                && cellvars.is_empty()
                && unit.kind == CodeKind::Function,
            varnames: unit.varnames,
            cellvars,
            freevars,
            cell_from_arg,
            trace_slot_of_cell,
            trace_extra_names,
            attr_sites: unit.names.iter().map(|_| Default::default()).collect(),
            names: unit.names,
            global_slots,
            consts: unit.consts,
            instrs,
            lines: unit.lines,
            patterns: unit.patterns.into(),
            positions: if self.is_library { Box::default() } else { unit.positions.into() },
            is_library: self.is_library,
            // Only the value stack's starting capacity (it grows as any `Vec` does): most
            // functions need a few slots, and every live coroutine holds its frame's, so 8
            // (128 bytes) rather than 16 saves 128 bytes per task where a deep expression
            // costs one reallocation.
            max_stack: 8,
            trace_code_id: Default::default(),
            iterable_coroutine: Default::default(),
        })
    }

    pub(crate) fn emit(&mut self, instr: Instr) {
        let unit = self.unit();
        unit.instrs.push(instr);
        let line = unit.line;
        unit.lines.push(line);
        let (start, end) = unit.span;
        if unit.positions.last().is_none_or(|r| (r.start, r.end) != (start, end)) {
            let ip = unit.lines.len() as u32 - 1;
            unit.positions.push(code::PositionRun { ip, start, end });
        }
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    pub(crate) fn place(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0 as usize] = Some(unit.instrs.len() as u32);
    }

    /// Emits a jumping instruction built from the label's number (patched in `leave_unit`).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(label.0));
    }

    pub(crate) fn add_const(&mut self, value: Value) -> u32 {
        let value = match value {
            // CPython interns the constants made only of name characters (`all_name_chars`).
            Value::Str(s) if !s.as_str().is_empty() && s.as_str().bytes().all(is_name_byte) => {
                crate::stdlib::sys_module::interned(&s)
            }
            Value::Str(s) => {
                let shared = self.strings.entry(s.as_str().into()).or_insert(Value::Str(s));
                shared.clone()
            }
            collection @ (Value::Tuple(_) | Value::Set(_)) => {
                match self.shared_collections.iter().find(|c| same_const(c, &collection)) {
                    Some(shared) => shared.clone(),
                    None => {
                        self.shared_collections.push(collection.clone());
                        collection
                    }
                }
            }
            other => other,
        };
        let unit = self.unit();
        // Reuse an identical constant (same type and value; 0.0 and -0.0 stay apart).
        let found = unit.consts.iter().position(|c| same_const(c, &value));
        match found {
            Some(i) => i as u32,
            None => {
                unit.consts.push(value);
                unit.consts.len() as u32 - 1
            }
        }
    }

    pub(crate) fn emit_const(&mut self, value: Value) {
        let i = self.add_const(value);
        self.emit(Instr::LoadConst(i));
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.name_index.get(name) {
            return i;
        }
        let i = unit.names.len() as u32;
        unit.names.push(crate::vm::names::intern(name));
        unit.name_index.insert(name.to_string(), i);
        i
    }

    fn deref_index(&self, name: &str) -> u32 {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = unit.freevars.iter().position(|c| c == name).expect("free variable is known");
        (unit.cellvars.len() + i) as u32
    }

    fn scope_kind(&self) -> ScopeKind {
        self.symtable.scopes[self.unit_ref().scope].kind
    }

    fn name_kind(&self, name: &str) -> NameKind {
        self.symtable.scopes[self.unit_ref().scope].kind_of(name)
    }

    /// The innermost enclosing class, whose name makes `__x` names private.
    fn private(&self) -> Option<&str> {
        self.units.iter().rev().find(|u| u.kind == CodeKind::ClassBody).map(|u| u.name.as_str())
    }

    /// `name` mangled for the class being compiled (`__x` in class `A` is `_A__x`).
    pub(crate) fn mangled(&self, name: &str) -> String {
        symtable::mangle(self.private(), name).into_owned()
    }

    /// The names-table index of an attribute name (mangled like any name in a class).
    pub(crate) fn attr_index(&mut self, attr: &str) -> u32 {
        let attr = self.mangled(attr);
        self.name_index(&attr)
    }

    /// Emits the load, store or delete of a name, by where the name lives.
    pub(crate) fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        let scope_kind = self.scope_kind();
        let kind = self.name_kind(name);
        let instr = match (scope_kind, kind) {
            (ScopeKind::Module, _) | (_, NameKind::GlobalExplicit) => {
                let i = self.name_index(name);
                match ctx {
                    ast::ExprContext::Store => Instr::StoreGlobal(i),
                    ast::ExprContext::Del => Instr::DeleteGlobal(i),
                    _ => Instr::LoadGlobal(i),
                }
            }
            (_, NameKind::Cell) | (_, NameKind::Free) => {
                let i = self.deref_index(name);
                match ctx {
                    ast::ExprContext::Store => Instr::StoreDeref(i),
                    ast::ExprContext::Del => Instr::DeleteDeref(i),
                    _ if scope_kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    _ => Instr::LoadDeref(i),
                }
            }
            (ScopeKind::Class, _) => {
                let i = self.name_index(name);
                match ctx {
                    ast::ExprContext::Store => Instr::StoreName(i),
                    ast::ExprContext::Del => Instr::DeleteName(i),
                    _ => Instr::LoadName(i),
                }
            }
            (_, NameKind::Local) => {
                let i = self.unit_ref().var_index[name];
                match ctx {
                    ast::ExprContext::Store => Instr::StoreFast(i),
                    ast::ExprContext::Del => Instr::DeleteFast(i),
                    _ => Instr::LoadFast(i),
                }
            }
            (_, NameKind::GlobalImplicit) => {
                let i = self.name_index(name);
                match ctx {
                    ast::ExprContext::Store => Instr::StoreGlobal(i),
                    ast::ExprContext::Del => Instr::DeleteGlobal(i),
                    _ => Instr::LoadGlobal(i),
                }
            }
        };
        self.emit(instr);
    }

    pub(crate) fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load);
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    /// The qualified name of a function or class defined in the current unit.
    fn child_qualname(&self, name: &str) -> String {
        let unit = self.unit_ref();
        match self.scope_kind() {
            ScopeKind::Module => name.to_string(),
            // CPython's compiler adds `<locals>` only under a function or lambda: a
            // comprehension inside a comprehension is `f.<locals>.<listcomp>.<listcomp>`.
            ScopeKind::Class | ScopeKind::Comprehension => format!("{}.{name}", unit.qualname),
            _ => format!("{}.<locals>.{name}", unit.qualname),
        }
    }

    fn compile_body(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for stmt in body {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }

    /// Emits the closure tuple a child scope needs (its free variables, from this unit's cells
    /// and free variables), returning whether there is one.
    fn emit_closure(&mut self, child_scope: usize) -> bool {
        let frees = self.symtable.scopes[child_scope].freevars.clone();
        if frees.is_empty() {
            return false;
        }
        for name in &frees {
            let i = self.deref_index(name);
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(frees.len() as u32));
        true
    }
}

/// No source span (an instruction CPython gives no columns); `span_at` reads it as none.
const NO_SPAN: (u32, u32) = (1, 0);

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn same_const(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x.data == y.data,
        // Equal tuples and frozensets are one constant of the code object, as CPython's
        // constant merging makes them (`t = (1, 2); t is (1, 2)`; two displays of the same
        // set of constants iterate in the first one's order).
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items.iter().zip(y.items.iter()).all(|(a, b)| same_const(a, b))
        }
        (Value::Set(x), Value::Set(y)) if x.frozen && y.frozen => {
            let (x, y) = (x.items.borrow(), y.items.borrow());
            x.len() == y.len() && x.iter().all(|a| y.iter().any(|b| same_const(&a.value, &b.value)))
        }
        _ => false,
    }
}

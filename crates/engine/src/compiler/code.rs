//! Code objects (`CodeObj`) and the instruction set.
//!
//! The instructions are modelled on CPython 3.11's bytecode and keep its names in listings
//! (`LOAD_FAST`, `GET_AWAITABLE`, `SEND`, `YIELD_VALUE`, ...), so the page can show a learner what
//! an `await` compiles to. Two deliberate simplifications: exception handling uses a block stack
//! (`SETUP_FINALLY`/`POP_BLOCK`, as CPython 3.10 did) instead of 3.11's exception table, and there
//! are no `CACHE`/`PRECALL` entries.

use crate::vm::value::Value;
pub use loopscope_trace::code::{CodeKind, DisLine};
use std::fmt;
use std::rc::Rc;

/// Binary operators, including the in-place (`+=`) forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// `!s`, `!r`, `!a` in an f-string replacement field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. Jump targets are instruction indexes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,
    /// Marks the start of a frame and the point after each yield (CPython's `RESUME`).
    Resume,
    PopTop,
    /// Push CPython's NULL: "no `self`" for the following call.
    PushNull,
    /// Push a copy of the n-th item (1 = top).
    Copy(u32),
    /// Swap the top with the n-th item.
    Swap(u32),

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells and free variables: index < number of cellvars is a cell, then the free variables.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies: the class namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// In a class body, a free variable of an enclosing function (CPython's `LOAD_CLASSDEREF`).
    LoadClassDeref(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `method, self` for a method found on the type, else `attribute, NULL`.
    LoadMethod(u32),

    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BuildSlice(u32),

    BinaryOp(BinOp),
    InplaceOp(BinOp),
    UnaryNot,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    CompareOp(CmpOp),
    IsOp(bool),
    ContainsOp(bool),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildString(u32),
    /// Format the top of the stack (with a spec below it when `has_spec`).
    FormatValue(Conversion, bool),
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate` but a repeated key is an error (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Star-unpacking: names before and after the starred one.
    UnpackEx(u16, u16),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Push the iterator's next item, or pop the iterator and jump when it is exhausted.
    ForIter(u32),

    /// Call with `n` positional arguments: stack is `callable-or-method, self-or-NULL, args...`.
    Call(u32),
    /// Like `Call`, the last `names.len()` arguments are keywords named by constant `names`.
    CallKw(u32, u32),
    /// `f(*args)` / `f(*args, **kwargs)`: stack is `callable, NULL, args-tuple[, kwargs-dict]`.
    CallFunctionEx(bool),
    /// Build a function from the code constant on top; flags say what lies below it.
    MakeFunction(MakeFunctionFlags),
    ReturnValue,

    GetAwaitable,
    GetYieldFromIter,
    /// Send the top into the receiver below it; jump to the target when the receiver returns.
    Send(u32),
    YieldValue,

    SetupFinally(u32),
    /// Like `SetupFinally`, but unwinding keeps one item fewer: set up right after
    /// `PUSH_EXC_INFO`, its handler sees the previously handled exception and the new one.
    SetupCleanup(u32),
    PopBlock,
    /// `SETUP_WITH`: like `SetupCleanup`, set up with `__enter__`'s result on top (which the
    /// handler does not see): the handler finds `__exit__` below the exception.
    SetupWith(u32),
    /// Pops a context manager, pushes its bound `__exit__`, then calls its `__enter__`.
    BeforeWith,
    /// The same for `async with`: `__aexit__` is pushed, `__aenter__` called.
    BeforeAsyncWith,
    /// Stack `exit, prev_exc, exc`: calls `exit(type(exc), exc, exc.__traceback__)`, pushes
    /// its result.
    WithExceptStart,
    /// `GET_AWAITABLE` of what `__aenter__` (1) or `__aexit__` (2) returned: a value that is
    /// not awaitable gets the `async with` error message.
    GetAwaitableFrom(u32),
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    /// `except* T`: stack `exc, T` becomes `rest, match` (None when nothing matched); the
    /// match becomes the handled exception.
    CheckEgMatch,
    /// `case` pattern `i` of the code's `patterns`: stack `subject, operands` (a tuple of the
    /// values the pattern names) becomes the tuple of its captures, or None when it fails.
    MatchCase(u32),
    /// Marks the value about to be yielded by an async generator as an `async yield` (not a
    /// value its `await` passes up), CPython's `ASYNC_GEN_WRAP`.
    AsyncGenWrap,
    /// `async for`: the async iterator of the top (`__aiter__`).
    GetAiter,
    /// `async for`: push the awaitable of the next item of the async iterator on top.
    GetAnext,
    /// `async for` ended by an exception: stack `aiter, exc`; StopAsyncIteration ends the loop.
    EndAsyncFor,
    /// Stack `orig, raised_list` becomes what leaves a `try`/`except*` (or None).
    PrepReraiseStar,
    /// Re-raise the exception on top (no new traceback entry: it already passed this frame).
    Reraise,
    /// Stack `prev_exc, exc`: restore the previously handled exception and re-raise `exc`.
    PopExceptReraise,
    RaiseVarargs(u32),
    LoadAssertionError,
    /// Replace the float on top with the complex number it is the imaginary part of (an
    /// imaginary literal, `2j`).
    MakeComplex,

    LoadBuildClass,
    ImportName(u32),
    ImportFrom(u32),
    /// `from module import *` (module level only): pops the module.
    ImportStar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MakeFunctionFlags {
    pub defaults: bool,
    pub kwdefaults: bool,
    /// A dict of the parameters' and the return's annotations (`__annotations__`).
    pub annotations: bool,
    pub closure: bool,
}

/// A compiled function, class body or module.
pub struct CodeObj {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub kind: CodeKind,
    /// Positional parameters (including positional-only ones).
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// A call of the code's function only fills its positional parameters, from the
    /// arguments and defaults, and runs it: no `*args`, `**kwargs` or keyword-only parameter,
    /// no cell, not a generator or coroutine function. Such calls take the interpreter's
    /// short path (`call_plain_function`); a flag, because `CALL` asks on every call.
    pub plain_positional: bool,
    /// Local variable names; parameters come first, in CPython's order.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell, the parameter it starts from (a parameter captured by a closure).
    pub cell_from_arg: Vec<Option<u32>>,
    /// For each of `Frame::cells` (cells, then free variables), the trace's local slot that
    /// shows it (`NO_TRACE_SLOT` for none): as CPython's `f_locals` lists them, a captured
    /// parameter in its own slot, then the other cells, then the free variables, each group
    /// by name, after `varnames`.
    pub trace_slot_of_cell: Vec<u32>,
    /// The names of the trace's local slots past `varnames`.
    pub trace_extra_names: Vec<Rc<str>>,
    /// Names used by attribute, global, import and class-namespace instructions.
    pub names: Vec<Rc<str>>,
    /// For each name in `names`, its slot in the module's globals.
    pub global_slots: Vec<u32>,
    /// For each name in `names`, the inline cache of the code's attribute instructions on it
    /// (`vm::attr_site`).
    pub attr_sites: Box<[crate::vm::attr_site::AttrSite]>,
    pub consts: Vec<Value>,
    pub instrs: Vec<Instr>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// Where in the source each instruction's expression or statement lies (CPython's
    /// `co_positions`), for the caret lines under a traceback's source line. A side table
    /// read only when a traceback is formatted: one run per change of span, empty for
    /// library code (its frames never show in tracebacks).
    pub positions: Box<[PositionRun]>,
    /// The `case` patterns of the code's `match` statements (`Instr::MatchCase`).
    pub patterns: Box<[MatchPattern]>,
    /// True for Loopscope's own library code (hidden from tracebacks, like CPython's frames in
    /// `asyncio/*.py` are hidden by our normalisation).
    pub is_library: bool,
    /// Deepest value stack this code needs (an allocation hint).
    pub max_stack: u32,
    /// The code's id in the code table of the trace being recorded.
    pub trace_code_id: crate::vm::tracing::RememberedId,
    /// `CO_ITERABLE_COROUTINE`: `types.coroutine` marked this generator function's code, so
    /// its generators can be awaited. CPython gives the function a copy of its code with the
    /// flag; the flag is set here on the shared code, which differs only for a `def` run many
    /// times whose functions are decorated some times and not others.
    pub iterable_coroutine: std::cell::Cell<bool>,
}

/// From instruction `ip` on (until the next run), the instructions belong to the source
/// bytes `start..end` (byte offsets into the program's text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PositionRun {
    pub ip: u32,
    pub start: u32,
    pub end: u32,
}

/// A `case` pattern as the VM matches it (`vm/pattern_match.rs`). The values it needs at
/// run time (literals, dotted names, classes, mapping keys) are evaluated before matching,
/// in source order, and passed as operands; captures are slots, bound only on success.
#[derive(Debug, Clone, PartialEq)]
pub enum MatchPattern {
    /// `_`, a capture `x`, or `P as x`.
    As {
        pattern: Option<Box<MatchPattern>>,
        capture: Option<u32>,
    },
    /// A literal or dotted name, compared with `==`: the operand's index.
    Value(u32),
    /// `None`, `True` or `False`, compared by identity.
    Singleton(Singleton),
    /// `[a, *rest, b]`: the items, and where the star is with its capture.
    Sequence {
        items: Vec<MatchPattern>,
        star: Option<(usize, Option<u32>)>,
    },
    /// `{k: p, **rest}`: key operands, their patterns, the rest's capture.
    Mapping {
        keys: Vec<u32>,
        values: Vec<MatchPattern>,
        rest: Option<u32>,
    },
    /// `C(p, attr=q)`: the class operand, positional and keyword sub-patterns.
    Class {
        class: u32,
        positional: Vec<MatchPattern>,
        keywords: Vec<(Rc<str>, MatchPattern)>,
    },
    Or(Vec<MatchPattern>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Singleton {
    None,
    True,
    False,
}

/// A cell no trace slot shows (a class body's `__class__`).
pub const NO_TRACE_SLOT: u32 = u32::MAX;

/// Where the trace shows each cell and free variable, and the names of the slots past the
/// varnames (see `CodeObj::trace_slot_of_cell`).
pub fn trace_cell_layout(
    kind: CodeKind,
    varnames: &[Rc<str>],
    cellvars: &[Rc<str>],
    freevars: &[Rc<str>],
    cell_from_arg: &[Option<u32>],
) -> (Vec<u32>, Vec<Rc<str>>) {
    let mut slots = vec![NO_TRACE_SLOT; cellvars.len() + freevars.len()];
    let mut extra: Vec<Rc<str>> = Vec::new();
    if matches!(kind, CodeKind::Module | CodeKind::ClassBody) {
        return (slots, extra);
    }
    let mut by_name = |indexes: Vec<usize>, names: &dyn Fn(usize) -> Rc<str>| {
        let mut sorted: Vec<(Rc<str>, usize)> =
            indexes.into_iter().map(|i| (names(i), i)).collect();
        sorted.sort();
        for (name, i) in sorted {
            slots[i] = (varnames.len() + extra.len()) as u32;
            extra.push(name);
        }
    };
    let own: Vec<usize> =
        (0..cellvars.len()).filter(|i| cell_from_arg.get(*i).is_none_or(|a| a.is_none())).collect();
    by_name(own, &|i| cellvars[i].clone());
    let free: Vec<usize> = (0..freevars.len()).map(|i| cellvars.len() + i).collect();
    by_name(free, &|i| freevars[i - cellvars.len()].clone());
    for (i, arg) in cell_from_arg.iter().enumerate() {
        if let Some(a) = arg {
            slots[i] = *a;
        }
    }
    (slots, extra)
}

impl CodeObj {
    /// `co_flags`, CPython 3.11's bits: `CO_OPTIMIZED | CO_NEWLOCALS` for functions, then
    /// `CO_VARARGS`, `CO_VARKEYWORDS`, `CO_NESTED` (defined in a function), and the kind's
    /// (`CO_GENERATOR`, `CO_COROUTINE`, `CO_ITERABLE_COROUTINE`, `CO_ASYNC_GENERATOR`).
    pub fn flags(&self) -> i64 {
        let mut flags = match self.kind {
            CodeKind::Module | CodeKind::ClassBody => return 0,
            CodeKind::Function => 0,
            CodeKind::Generator => 0x20,
            CodeKind::Coroutine => 0x80,
            CodeKind::AsyncGenerator => 0x200,
        } | 0x3;
        if self.has_varargs {
            flags |= 0x4;
        }
        if self.has_varkw {
            flags |= 0x8;
        }
        if self.qualname.contains("<locals>") {
            flags |= 0x10;
        }
        if self.iterable_coroutine.get() {
            flags |= 0x100;
        }
        flags
    }

    pub fn is_async(&self) -> bool {
        self.kind == CodeKind::Coroutine
    }

    /// Calling the code's function makes a generator or coroutine instead of running it.
    pub fn is_generator_like(&self) -> bool {
        matches!(self.kind, CodeKind::Coroutine | CodeKind::Generator | CodeKind::AsyncGenerator)
    }

    /// The number of parameters, counting `*args` and `**kwargs`.
    pub fn total_params(&self) -> usize {
        (self.arg_count + self.kwonly_count) as usize
            + self.has_varargs as usize
            + self.has_varkw as usize
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    /// The source bytes instruction `ip` belongs to, if known.
    pub fn span_at(&self, ip: usize) -> Option<(u32, u32)> {
        let after = self.positions.partition_point(|r| r.ip as usize <= ip);
        let run = self.positions.get(after.checked_sub(1)?)?;
        (run.start <= run.end).then_some((run.start, run.end))
    }

    /// What the trace's code table records about this code.
    pub fn info(&self) -> loopscope_trace::CodeInfo {
        loopscope_trace::CodeInfo {
            name: self.name.to_string(),
            qualname: self.qualname.to_string(),
            filename: self.filename.to_string(),
            first_line: self.first_line,
            kind: self.kind,
            varnames: self
                .varnames
                .iter()
                .chain(&self.trace_extra_names)
                .map(|v| v.to_string())
                .collect(),
            disassembly: self.disassemble(),
            is_library: self.is_library,
        }
    }

    /// A disassembly listing like `dis.dis` prints: line, offset, name, argument.
    pub fn disassemble(&self) -> Vec<DisLine> {
        let mut out = Vec::with_capacity(self.instrs.len());
        let mut last_line = 0;
        for (i, instr) in self.instrs.iter().enumerate() {
            let line = self.lines[i];
            out.push(DisLine {
                index: i as u32,
                line: (line != last_line).then_some(line),
                name: instr_name(instr),
                argument: self.describe_arg(instr),
            });
            last_line = line;
        }
        out
    }

    fn describe_arg(&self, instr: &Instr) -> String {
        use Instr::*;
        let name = |i: &u32| self.names.get(*i as usize).map(|s| s.to_string()).unwrap_or_default();
        let deref = |i: &u32| {
            let i = *i as usize;
            self.cellvars.get(i).or_else(|| self.freevars.get(i - self.cellvars.len().min(i)))
        };
        match instr {
            LoadConst(i) => {
                self.consts.get(*i as usize).map(|v| v.debug_repr()).unwrap_or_default()
            }
            LoadFast(i) | StoreFast(i) | DeleteFast(i) => {
                self.varnames.get(*i as usize).map(|s| s.to_string()).unwrap_or_default()
            }
            LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
                deref(i).map(|s| s.to_string()).unwrap_or_default()
            }
            LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
            | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
            | ImportName(i) | ImportFrom(i) => name(i),
            BinaryOp(op) => op.symbol().to_string(),
            InplaceOp(op) => format!("{}=", op.symbol()),
            CompareOp(op) => op.symbol().to_string(),
            IsOp(invert) => if *invert { "is not" } else { "is" }.to_string(),
            ContainsOp(invert) => if *invert { "not in" } else { "in" }.to_string(),
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
            | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
            | Send(t) | SetupFinally(t) | SetupCleanup(t) | SetupWith(t) => format!("to {t}"),
            Copy(n) | Swap(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildMap(n)
            | BuildString(n) | ListAppend(n) | SetAdd(n) | MapAdd(n) | ListExtend(n)
            | SetUpdate(n) | DictUpdate(n) | DictMerge(n) | UnpackSequence(n) | Call(n)
            | BuildSlice(n) | RaiseVarargs(n) | GetAwaitableFrom(n) => n.to_string(),
            CallKw(n, names) => format!(
                "{n} {}",
                self.consts.get(*names as usize).map(|v| v.debug_repr()).unwrap_or_default()
            ),
            UnpackEx(before, after) => format!("{before}, {after}"),
            _ => String::new(),
        }
    }
}

impl fmt::Debug for CodeObj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<code {} at line {}>", self.qualname, self.first_line)
    }
}

/// The CPython-style name of an instruction.
pub fn instr_name(instr: &Instr) -> &'static str {
    use Instr::*;
    match instr {
        Nop => "NOP",
        Resume => "RESUME",
        PopTop => "POP_TOP",
        PushNull => "PUSH_NULL",
        Copy(_) => "COPY",
        Swap(_) => "SWAP",
        LoadConst(_) => "LOAD_CONST",
        LoadFast(_) => "LOAD_FAST",
        StoreFast(_) => "STORE_FAST",
        DeleteFast(_) => "DELETE_FAST",
        LoadDeref(_) => "LOAD_DEREF",
        StoreDeref(_) => "STORE_DEREF",
        DeleteDeref(_) => "DELETE_DEREF",
        LoadClosure(_) => "LOAD_CLOSURE",
        LoadGlobal(_) => "LOAD_GLOBAL",
        StoreGlobal(_) => "STORE_GLOBAL",
        DeleteGlobal(_) => "DELETE_GLOBAL",
        LoadName(_) => "LOAD_NAME",
        StoreName(_) => "STORE_NAME",
        DeleteName(_) => "DELETE_NAME",
        LoadClassDeref(_) => "LOAD_CLASSDEREF",
        LoadAttr(_) => "LOAD_ATTR",
        StoreAttr(_) => "STORE_ATTR",
        DeleteAttr(_) => "DELETE_ATTR",
        LoadMethod(_) => "LOAD_METHOD",
        BinarySubscr => "BINARY_SUBSCR",
        StoreSubscr => "STORE_SUBSCR",
        DeleteSubscr => "DELETE_SUBSCR",
        BuildSlice(_) => "BUILD_SLICE",
        BinaryOp(_) | InplaceOp(_) => "BINARY_OP",
        UnaryNot => "UNARY_NOT",
        UnaryNegative => "UNARY_NEGATIVE",
        UnaryPositive => "UNARY_POSITIVE",
        UnaryInvert => "UNARY_INVERT",
        CompareOp(_) => "COMPARE_OP",
        IsOp(_) => "IS_OP",
        ContainsOp(_) => "CONTAINS_OP",
        BuildTuple(_) => "BUILD_TUPLE",
        BuildList(_) => "BUILD_LIST",
        BuildSet(_) => "BUILD_SET",
        BuildMap(_) => "BUILD_MAP",
        BuildString(_) => "BUILD_STRING",
        FormatValue(..) => "FORMAT_VALUE",
        ListAppend(_) => "LIST_APPEND",
        SetAdd(_) => "SET_ADD",
        MapAdd(_) => "MAP_ADD",
        ListExtend(_) => "LIST_EXTEND",
        SetUpdate(_) => "SET_UPDATE",
        DictUpdate(_) => "DICT_UPDATE",
        DictMerge(_) => "DICT_MERGE",
        ListToTuple => "LIST_TO_TUPLE",
        UnpackSequence(_) => "UNPACK_SEQUENCE",
        UnpackEx(..) => "UNPACK_EX",
        Jump(_) => "JUMP",
        PopJumpIfFalse(_) => "POP_JUMP_IF_FALSE",
        PopJumpIfTrue(_) => "POP_JUMP_IF_TRUE",
        PopJumpIfNone(_) => "POP_JUMP_IF_NONE",
        PopJumpIfNotNone(_) => "POP_JUMP_IF_NOT_NONE",
        JumpIfFalseOrPop(_) => "JUMP_IF_FALSE_OR_POP",
        JumpIfTrueOrPop(_) => "JUMP_IF_TRUE_OR_POP",
        GetIter => "GET_ITER",
        ForIter(_) => "FOR_ITER",
        Call(_) => "CALL",
        CallKw(..) => "CALL_KW",
        CallFunctionEx(_) => "CALL_FUNCTION_EX",
        MakeFunction(_) => "MAKE_FUNCTION",
        ReturnValue => "RETURN_VALUE",
        GetAwaitable => "GET_AWAITABLE",
        GetYieldFromIter => "GET_YIELD_FROM_ITER",
        Send(_) => "SEND",
        YieldValue => "YIELD_VALUE",
        SetupFinally(_) => "SETUP_FINALLY",
        SetupCleanup(_) => "SETUP_CLEANUP",
        PopBlock => "POP_BLOCK",
        SetupWith(_) => "SETUP_WITH",
        BeforeWith => "BEFORE_WITH",
        BeforeAsyncWith => "BEFORE_ASYNC_WITH",
        WithExceptStart => "WITH_EXCEPT_START",
        GetAwaitableFrom(_) => "GET_AWAITABLE",
        PushExcInfo => "PUSH_EXC_INFO",
        PopExcept => "POP_EXCEPT",
        CheckExcMatch => "CHECK_EXC_MATCH",
        CheckEgMatch => "CHECK_EG_MATCH",
        MatchCase(_) => "MATCH_CASE",
        AsyncGenWrap => "ASYNC_GEN_WRAP",
        GetAiter => "GET_AITER",
        GetAnext => "GET_ANEXT",
        EndAsyncFor => "END_ASYNC_FOR",
        PrepReraiseStar => "PREP_RERAISE_STAR",
        Reraise => "RERAISE",
        PopExceptReraise => "POP_EXCEPT_RERAISE",
        RaiseVarargs(_) => "RAISE_VARARGS",
        LoadAssertionError => "LOAD_ASSERTION_ERROR",
        MakeComplex => "MAKE_COMPLEX",
        LoadBuildClass => "LOAD_BUILD_CLASS",
        ImportName(_) => "IMPORT_NAME",
        ImportFrom(_) => "IMPORT_FROM",
        ImportStar => "IMPORT_STAR",
    }
}

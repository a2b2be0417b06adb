//! A frame: one activation of a code object, with its locals, value stack and instruction
//! pointer. A suspended coroutine is exactly a frame kept aside with all three intact, which is
//! what the page shows when it opens a task.

use super::objects::{CellRef, DictObj, GenObj, ModuleObj};
use super::value::Value;
use crate::compiler::code::CodeObj;
use std::cell::Cell;
use std::rc::Rc;

/// An active `try` (or exception-handler cleanup) region.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// Where to jump when an exception reaches this block.
    pub handler: u32,
    /// The value-stack depth to unwind to before jumping.
    pub depth: u32,
}

/// What happens to the caller when this frame returns or yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReturnMode {
    /// A plain call: the return value is pushed on the caller's stack.
    Call,
    /// A generator resumed by the caller's current `SEND` or `FOR_ITER`.
    Resumed,
    /// A Python `__next__` called by the caller's current `FOR_ITER`: the return value is the
    /// item; a `StopIteration` out of it ends the loop.
    IterNext,
    /// The Python function of a callable iterator (`iter(q.get, None)`) called by the caller's
    /// current `FOR_ITER`: the return value is the item unless it equals the sentinel, which
    /// (as a `StopIteration` out of it) ends the loop and the iterator.
    CallableIter,
    /// `__init__` called by a class instantiation: the caller gets the instance, which sits on
    /// the caller's stack already.
    Init,
    /// The frame a Rust caller started: returning or yielding leaves the interpreter loop.
    Exit,
}

pub struct Frame {
    pub code: Rc<CodeObj>,
    pub ip: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    /// The code's cells followed by the function's closure cells.
    pub cells: Vec<CellRef>,
    pub module: Rc<ModuleObj>,
    /// A class body's namespace.
    pub namespace: Option<Rc<DictObj>>,
    pub blocks: Vec<Block>,
    /// The exception this frame is handling (`except` body), for bare `raise` and chaining.
    pub handled: Option<Value>,
    pub return_mode: ReturnMode,
    /// The generator or coroutine this frame belongs to, while it runs.
    pub generator: Option<Rc<GenObj>>,
    /// The line of the last instruction run, to notice line changes.
    pub last_line: u32,
    /// A number unique within the run, naming the frame in the trace.
    pub serial: u32,
    /// Locals stored since the last line event (bit per slot; slots past 63 share bit 63).
    pub dirty: Cell<u64>,
    /// The trace has recorded this frame entering and not yet its exit. `traced_locals`
    /// means something only while it is set.
    pub traced: Cell<bool>,
    /// What the trace last recorded of this frame: its line, and each local's repr (string
    /// id, `NOT_TRACED` for none), so a suspension records only what changed.
    /// (A `Vec`, so that a pooled frame keeps its buffer for the next entry.)
    pub traced_line: Cell<u32>,
    pub traced_locals: std::cell::RefCell<Vec<u32>>,
    /// Exceptions whose traceback has an entry for this frame: CPython's traceback keeps the
    /// frame, so its locals live as long as those exceptions, even after the frame ends.
    /// `None` until an exception passes through the frame. (Boxed, in a `Cell`: every live
    /// coroutine has a frame, so its size is memory per task.)
    pub in_tracebacks: Cell<Option<Box<TracebackHolders>>>,
}

/// The exceptions whose tracebacks hold a frame (weakly).
pub type TracebackHolders = Vec<std::rc::Weak<super::objects::InstanceObj>>;

/// A local the trace has recorded no repr for.
pub const NOT_TRACED: u32 = u32::MAX;

impl Frame {
    pub fn new(code: Rc<CodeObj>, module: Rc<ModuleObj>, serial: u32) -> Box<Frame> {
        // Not `vec![None; n]`: that clones the first `None` into every slot, a call each.
        let mut locals = Vec::with_capacity(code.varnames.len());
        locals.resize_with(code.varnames.len(), || None);
        let cells = (0..code.cellvars.len()).map(|_| Rc::default()).collect();
        Box::new(Frame {
            stack: Vec::with_capacity(code.max_stack as usize),
            code,
            ip: 0,
            locals,
            cells,
            module,
            namespace: None,
            blocks: Vec::new(),
            handled: None,
            return_mode: ReturnMode::Call,
            generator: None,
            last_line: 0,
            serial,
            dirty: Cell::new(0),
            traced: Cell::new(false),
            traced_line: Cell::new(0),
            traced_locals: std::cell::RefCell::default(),
            in_tracebacks: Default::default(),
        })
    }

    /// Cell or free variable `i` was stored: the trace slot showing it changed.
    pub fn mark_cell_dirty(&self, i: u32) {
        if let Some(&slot) = self.code.trace_slot_of_cell.get(i as usize) {
            if slot != crate::compiler::code::NO_TRACE_SLOT {
                self.dirty.set(self.dirty.get() | 1u64 << slot.min(63));
            }
        }
    }

    /// The line the frame is at: the instruction being run, or for a suspended frame the one
    /// it suspended on.
    pub fn current_line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// Pops the value stack. The compiler's stack depths make an empty stack impossible, so
    /// underflow is an engine bug: debug builds stop on it, release builds (the page, a user's
    /// program) carry on with `None` rather than crash.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        debug_assert!(!self.stack.is_empty(), "value stack underflow in {}", self.code.qualname);
        // Not `unwrap_or(Value::None)`: that builds the default on every pop and calls the
        // drop glue on it, an out-of-line call per instruction in the hot loop.
        match self.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    /// The top of the value stack (underflow as for `pop`).
    #[inline(always)]
    pub fn top(&self) -> &Value {
        debug_assert!(!self.stack.is_empty(), "value stack underflow in {}", self.code.qualname);
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The receiver an `await`/`yield from` delegates to, if the frame is suspended inside one
    /// (CPython's `_PyGen_yf`): the previous instruction is `YIELD_VALUE` after `SEND`.
    pub fn delegate(&self) -> Option<&Value> {
        use crate::compiler::code::Instr;
        let ip = self.ip;
        if ip >= 2
            && matches!(self.code.instrs.get(ip - 1), Some(Instr::YieldValue))
            && matches!(self.code.instrs.get(ip - 2), Some(Instr::Send(_)))
        {
            self.stack.last()
        } else {
            None
        }
    }
}

/// How many finished frames `FramePool` keeps: deeper than the chains of plain calls a step
/// makes, so the calls a program makes over and over find one. Not more: 64 kept frames
/// raised `fanout`'s peak memory from 113 to 135 MB (the kept blocks hold allocator pages
/// that would otherwise be reused), 8 and 16 changed nothing.
const POOLED_FRAMES: usize = 16;

/// Finished frames kept for the next call. A new frame is three allocations (the box, the
/// value stack, the locals) and its end three frees; a pooled one keeps all three buffers,
/// so a call that finds one allocates nothing.
#[derive(Default)]
pub struct FramePool {
    #[allow(clippy::vec_box)] // the boxes are what is reused
    free: Vec<Box<Frame>>,
}

impl FramePool {
    /// A frame for `code`, as `Frame::new` makes it.
    // Inlined into its two callers (`bind_call`, `call_plain_function`): out of line, a loop
    // making instances ran 2 % more instructions.
    #[inline(always)]
    pub fn take(&mut self, code: Rc<CodeObj>, module: Rc<ModuleObj>, serial: u32) -> Box<Frame> {
        // A generator's or coroutine's frame lives as long as it does (10,000 waiting clients
        // hold 20,000): it takes a pooled frame only if the buffers are no bigger than a new
        // frame's would be, not the ones a bigger call left.
        let fits = |frame: &Frame| {
            frame.stack.capacity() <= code.max_stack as usize
                && frame.locals.capacity() <= code.varnames.len()
                && frame.cells.capacity() <= code.cellvars.len() + code.freevars.len()
                && frame.blocks.capacity() == 0
        };
        let pooled = match self.free.last() {
            Some(frame) if !code.is_generator_like() || fits(frame) => self.free.pop(),
            _ => None,
        };
        let Some(mut frame) = pooled else {
            return Frame::new(code, module, serial);
        };
        // `give` left every buffer empty and every other field as `Frame::new` sets it.
        frame.stack.reserve(code.max_stack as usize);
        frame.locals.resize_with(code.varnames.len(), || None);
        frame.cells.extend((0..code.cellvars.len()).map(|_| CellRef::default()));
        frame.code = code;
        frame.module = module;
        frame.serial = serial;
        frame
    }

    /// Takes back a frame that has ended. What it holds is released field by field in the
    /// order the fields are declared, the order dropping the frame released them in, so the
    /// finalizers and "never awaited" warnings its values set off come in the same order.
    /// The module is swapped for `anchor` rather than kept, so a pooled frame keeps no module
    /// alive; the code object is kept until the next `take` (dropping code runs nothing).
    pub fn give(&mut self, mut frame: Box<Frame>, anchor: &Rc<ModuleObj>) {
        if self.free.len() >= POOLED_FRAMES {
            return;
        }
        frame.ip = 0;
        frame.stack.clear();
        frame.locals.clear();
        frame.cells.clear();
        frame.module = anchor.clone();
        frame.namespace = None;
        frame.blocks.clear();
        frame.handled = None;
        frame.return_mode = ReturnMode::Call;
        frame.generator = None;
        frame.last_line = 0;
        frame.serial = 0;
        frame.dirty.set(0);
        frame.traced.set(false);
        frame.traced_line.set(0);
        // `traced_locals` keeps its buffer for the next entry: while `traced` is false, the
        // trace does not read it.
        frame.traced_locals.get_mut().clear();
        *frame.in_tracebacks.get_mut() = None;
        self.free.push(frame);
    }
}

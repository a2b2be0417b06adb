//! Where the interpreter reports to the trace: frames entering, suspending, resuming and
//! leaving, line changes with the locals that changed, output and diagnostics.
//!
//! A hot loop must not flood the trace: each loop callback may record
//! `line_events_per_callback` line events; after that, frames started deeper than the current
//! depth are not recorded at all (so the frame stacks in the trace stay consistent) and the
//! instructions run are summed into one `Coalesced` event when the callback ends.

use super::frame::{Frame, NOT_TRACED};
use super::objects::{FunctionObj, GenKind, GenObj};
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compiler::code::CodeKind;
use crate::compiler::code::NO_TRACE_SLOT;
use crate::safe_repr::safe_repr_into;
use loopscope_trace::{DiagnosticKind, Event};
use std::cell::Cell;
use std::rc::Rc;

/// A diagnostic as the CLI and the page list it, with the event it happened at.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub text: String,
    pub event: u64,
    pub time: f64,
}

impl Vm {
    /// Records an event at the current virtual time.
    #[inline]
    pub(crate) fn emit(&mut self, event: Event) {
        if self.trace.enabled() {
            let now = self.emit_time();
            self.trace.emit(now, event);
        }
    }

    /// The time to record an event written out in full (not derived) at: such an event ends
    /// the reader's await chain (`trace_frame_resume`).
    #[inline]
    fn emit_time(&mut self) -> f64 {
        self.trace_resuming_chain = false;
        self.clock.now()
    }

    /// Records an event the trace's reader derives from the one before (see `trace::codec`).
    #[inline]
    pub(crate) fn emit_derived(&mut self, event: Event) {
        if self.trace.enabled() {
            let now = self.clock.now();
            self.trace.emit_derived(now, event);
        }
    }

    /// The string-table id of a short, side-effect-free repr of `v`. The commonest reprs
    /// (locals mostly hold `self`, other plain instances, the loop, sockets, `None`, bools and
    /// ints; a future's result is mostly `None`) are not written and hashed again: their ids
    /// are remembered on the class, or in `constant_repr_ids`.
    pub(crate) fn trace_repr(&mut self, v: &Value) -> u32 {
        if !self.trace.enabled() {
            return 0;
        }
        let on_class = match v {
            // `safe_repr` shows a plain instance as its class's label.
            Value::Instance(i) if !repr_may_change(v) => Some(&i.class.trace_reprs.of_instances),
            Value::Class(c) => Some(&c.trace_reprs.of_class),
            _ => None,
        };
        if let Some(remembered) = on_class {
            let recorder = self.trace.identity();
            if let Some(id) = remembered.get(recorder) {
                return id;
            }
            let id = self.trace.intern_with(|out| safe_repr_into(v, out));
            remembered.set(recorder, id);
            return id;
        }
        let key = ConstantRepr::of(v);
        if let Some(id) = key.and_then(|k| self.constant_repr_ids.get(k)) {
            return id;
        }
        let id = self.trace.intern_with(|out| safe_repr_into(v, out));
        if let Some(k) = key {
            self.constant_repr_ids.set(k, id);
        }
        id
    }

    fn frame_depth(&self) -> usize {
        self.frames.len() + 1
    }

    /// Whether frames at the current depth are recorded (see the module doc).
    fn records_frames_here(&self) -> bool {
        self.trace.enabled() && self.trace_suppressed_below.is_none_or(|d| self.frame_depth() <= d)
    }

    /// The trace's code-table id of `code` (registered on first use), remembered on the code
    /// object: every frame entered asks.
    fn code_table_id(&mut self, code: &Rc<crate::compiler::code::CodeObj>) -> u32 {
        let recorder = self.trace.identity();
        if let Some(id) = code.trace_code_id.get(recorder) {
            return id;
        }
        let id = self.trace.code_id(Rc::as_ptr(code) as usize, || code.info());
        code.trace_code_id.set(recorder, id);
        id
    }

    pub(crate) fn trace_frame_enter(&mut self, frame: &Frame) {
        if !self.records_frames_here() {
            return;
        }
        frame.traced.set(true);
        self.emit_frame_enter(frame);
    }

    /// Records `frame` entering with the locals it already has: its arguments (bound before
    /// it first runs, never by a `STORE_FAST`), or for a generator first seen after it
    /// started, everything it holds. The reader starts a new frame with every local unbound.
    fn emit_frame_enter(&mut self, frame: &Frame) {
        let code = self.code_table_id(&frame.code);
        if frame.code.is_library {
            // Written only if something else happens before it leaves (`trace::held`).
            let now = self.emit_time();
            self.trace.hold_frame_enter(now, frame.serial, code);
        } else {
            self.emit(Event::FrameEnter { frame: frame.serial, code });
        }
        // The reader starts a frame at its code's first line.
        frame.traced_line.set(frame.code.first_line);
        let slots = trace_slots(frame);
        {
            // A pooled frame's buffer serves again.
            let mut traced = frame.traced_locals.borrow_mut();
            traced.clear();
            traced.resize(slots, NOT_TRACED);
        }
        // Every bound local is written now, so nothing is left to flush.
        frame.dirty.set(0);
        if frame.code.trace_slot_of_cell.is_empty() {
            // No cells: the slots are the locals, read in place (no clone per argument).
            for (slot, value) in frame.locals.iter().enumerate() {
                if let Some(v) = value {
                    let id = self.trace_repr(v);
                    self.record_local(frame, slot, id);
                }
            }
            return;
        }
        for slot in 0..slots {
            if let Some(v) = traced_value(frame, slot) {
                let id = self.trace_repr(&v);
                self.record_local(frame, slot, id);
            }
        }
    }

    /// Records that local `slot` of `frame` shows `repr`, unless the trace already says so.
    fn record_local(&mut self, frame: &Frame, slot: usize, repr: u32) {
        // A frame the trace has not entered has no record to compare with.
        if frame.traced.get() {
            let mut traced = frame.traced_locals.borrow_mut();
            match traced.get_mut(slot) {
                Some(last) if *last == repr => return,
                Some(last) => *last = repr,
                None => {}
            }
        }
        if self.trace.enabled() {
            let now = self.emit_time();
            if frame.code.is_library {
                self.trace.hold_local(now, frame.serial, slot as u32, repr);
            } else {
                self.trace.local(now, frame.serial, slot as u32, repr);
            }
        }
    }

    /// Records that local `slot` of `frame` is unbound (`del x`), unless the trace already
    /// says so: `NOT_TRACED`, as a frame starts.
    fn record_unbound(&mut self, frame: &Frame, slot: usize) {
        if frame.traced.get() {
            let mut traced = frame.traced_locals.borrow_mut();
            match traced.get_mut(slot) {
                Some(last) if *last == NOT_TRACED => return,
                Some(last) => *last = NOT_TRACED,
                None => {}
            }
        }
        self.emit(Event::LocalUnbound { frame: frame.serial, slot: slot as u32 });
    }

    pub(crate) fn trace_frame_exit(&mut self, frame: &Frame) {
        if !frame.traced.replace(false) {
            return;
        }
        if frame.code.is_library && self.trace.forget_held(frame.serial) {
            // Nothing else happened while it ran: the trace never saw it.
            return;
        }
        self.emit(Event::FrameExit { frame: frame.serial });
    }

    pub(crate) fn trace_frame_resume(&mut self, frame: &Frame, _gen: &Rc<GenObj>) {
        if !self.records_frames_here() {
            return;
        }
        // A generator or coroutine frame the trace has not seen yet (its first run, or it
        // started while recording was suppressed) enters; a known one resumes.
        if !frame.traced.replace(true) {
            self.emit_frame_enter(frame);
        } else if self.trace_resuming_chain && frame.code.kind == CodeKind::Coroutine {
            // The reader's await chain holds the task's suspended coroutine frames only: a
            // generator on the way (a custom `__await__`) is written in full, and so is
            // everything after it (`emit` ends the chain). An async generator is not in the
            // chain either (it suspends like a generator), so its resume is written too.
            self.emit_derived(Event::FrameResume { frame: frame.serial });
        } else {
            self.emit(Event::FrameResume { frame: frame.serial });
        }
    }

    pub(crate) fn trace_frame_suspend(&mut self, frame: &Frame, gen: &Rc<GenObj>) {
        if !frame.traced.get() {
            return;
        }
        // What the page shows of a suspended frame is what it held when it suspended: values
        // the frame changed without a store (`items.append(x)`, a task renamed) are rendered
        // again, and the line is the one it waits at even after the line budget ran out.
        // Cells are shared with other frames, which may have stored into them.
        let mut dirty = frame.dirty.get();
        for (slot, value) in frame.locals.iter().enumerate() {
            if value.as_ref().is_some_and(repr_may_change) {
                dirty |= 1u64 << slot.min(63);
            }
        }
        for &slot in &frame.code.trace_slot_of_cell {
            if slot != NO_TRACE_SLOT {
                dirty |= 1u64 << slot.min(63);
            }
        }
        frame.dirty.set(dirty);
        self.flush_dirty_locals(frame);
        let line = frame.current_line();
        if line != frame.traced_line.get() {
            frame.traced_line.set(line);
            self.emit(Event::Line { frame: frame.serial, line });
        }
        // A generator whose yield passes up an await (a custom `__await__`, an async
        // generator awaiting inside `asend`/`athrow`) stays in its task's await chain.
        let in_chain = match gen.kind {
            GenKind::Coroutine => false,
            GenKind::AsyncGenerator => !gen.agen.wrapped.get(),
            GenKind::Generator => gen.awaited.get(),
        };
        if in_chain {
            self.emit(Event::FrameAwait { frame: frame.serial });
        } else {
            self.emit(Event::FrameSuspend { frame: frame.serial });
        }
    }

    /// The frame moved to `line`.
    pub(crate) fn trace_line(&mut self, frame: &mut Frame, line: u32) {
        if !self.records_frames_here() {
            return;
        }
        if self.trace.take_line() {
            if frame.dirty.get() != 0 {
                self.flush_dirty_locals(frame);
            }
            frame.traced_line.set(line);
            let now = self.emit_time();
            if frame.code.is_library {
                // Written only if something else happens before it moves on (`trace::held`).
                self.trace.hold_line(now, frame.serial, line);
            } else {
                self.trace.line(now, frame.serial, line);
            }
        } else if self.trace_suppressed_below.is_none() {
            self.trace_suppressed_below = Some(self.frame_depth());
            self.coalesce_from = self.instructions();
        }
    }

    /// Emits the locals changed since the last line event.
    fn flush_dirty_locals(&mut self, frame: &Frame) {
        let dirty = frame.dirty.replace(0);
        if dirty == 0 {
            return;
        }
        for slot in 0..trace_slots(frame) {
            // Slots past 63 share the top bit.
            if dirty & (1u64 << slot.min(63)) == 0 {
                continue;
            }
            match traced_value(frame, slot) {
                Some(v) => {
                    let id = self.trace_repr(&v);
                    self.record_local(frame, slot, id);
                }
                None => self.record_unbound(frame, slot),
            }
        }
    }

    /// A loop callback ended: summarise what was not recorded, and record fully again.
    pub(crate) fn end_coalescing(&mut self) {
        if self.trace_suppressed_below.take().is_some() {
            let n = self.instructions() - self.coalesce_from;
            self.emit(Event::Coalesced { instructions: n });
        }
    }

    /// Records a diagnostic (for the trace, the page and the CLI's summary).
    pub(crate) fn record_diagnostic(&mut self, kind: DiagnosticKind, text: &str) {
        // The diagnostic's step comes after the library lines it follows.
        self.trace.write_held();
        let event = self.trace.event_count();
        let time = self.clock.now();
        self.diagnostics.push(Diagnostic { kind, text: text.to_string(), event, time });
        if self.trace.enabled() {
            let id = self.trace.intern(text);
            self.emit(Event::Diagnostic { kind, text: id });
        }
    }

    /// Writes to stdout (what `print` does).
    pub fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        let now = self.clock.now();
        self.console.write_stdout(text, now);
        if self.trace.enabled() {
            let id = self.trace.intern(text);
            self.emit(Event::Stdout { text: id });
        }
        match self.output_over_budget() {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    /// Writes to stderr. Past the output budget the run stops at its next instruction or
    /// callback (what writes stderr, such as the loop's "Exception in callback" report, has
    /// no way to raise).
    pub fn write_stderr(&mut self, text: &str) {
        self.console.write_stderr(text);
        if self.trace.enabled() {
            let id = self.trace.intern(text);
            self.emit(Event::Stderr { text: id });
        }
        if self.printed_too_much() {
            self.budget_check_at = 0;
        }
    }

    /// Whether stdout and stderr together passed `max_output_bytes`.
    fn printed_too_much(&self) -> bool {
        self.console.stdout.len() + self.console.stderr.len() > self.config.max_output_bytes
    }

    /// The budget error once the program printed too much.
    pub(crate) fn output_over_budget(&self) -> Option<PyErr> {
        self.printed_too_much().then(|| {
            PyErr::Abort(Rc::new(super::Abort::Budget(format!(
                "the program printed more than {} bytes, the output budget",
                self.config.max_output_bytes
            ))))
        })
    }
}

/// Whether a value's repr can change while no store touches the local holding it (a list
/// that grows, a task renamed): immutable scalars and strings cannot, and neither can what
/// `safe_repr` names by its type alone (`<StreamReader object>`: an instance's class is fixed)
/// — `self` in every suspended method is not rendered again at each suspension.
fn repr_may_change(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Function(_)
        | Value::Class(_)
        | Value::Gen(_) => false,
        // Exceptions show their args, and a deque its items; other native state (a socket,
        // an enum member's value) is not shown.
        Value::Instance(i) => {
            i.exception.is_some()
                || matches!(i.native.as_deref(), Some(super::native::NativeState::Deque(_)))
        }
        _ => true,
    }
}

/// A string or code-table id kept outside the recorder, with the identity of the recorder it
/// belongs to (`TraceRecorder::identity`): a class or code object made in one run never
/// answers for another's trace.
#[derive(Default)]
pub struct RememberedId(Cell<u64>);

impl RememberedId {
    fn get(&self, recorder: u32) -> Option<u32> {
        let packed = self.0.get();
        // An empty cell holds recorder 0, which no recorder is.
        ((packed >> 32) as u32 == recorder).then_some(packed as u32)
    }

    fn set(&self, recorder: u32, id: u32) {
        self.0.set(u64::from(recorder) << 32 | u64::from(id));
    }
}

/// A class's remembered reprs: `<class 'X'>`, and its plain instances' `<X object>`.
#[derive(Default)]
pub struct ClassReprIds {
    of_class: RememberedId,
    of_instances: RememberedId,
}

/// The trace labels of library functions scheduled as callbacks (a transport's
/// `_read_ready`, a protocol's `connection_made`), as a function and as a method: a label
/// depends on nothing else (`format_callback`: no receiver, no arguments), and formatting it
/// for every handle cost about 1,000 instructions. Keyed by address, with a weak reference
/// that keeps the address from being reused; bounded, for library code that makes functions
/// as it runs.
#[derive(Default)]
pub(crate) struct CallbackLabelIds {
    by_function: rustc_hash::FxHashMap<usize, (std::rc::Weak<FunctionObj>, [Option<u32>; 2])>,
}

impl CallbackLabelIds {
    const MAX_FUNCTIONS: usize = 256;

    /// The function a callback's label can be remembered for, and whether it is bound.
    pub(crate) fn key(func: &Value) -> Option<(&Rc<FunctionObj>, bool)> {
        let (f, bound) = match func {
            Value::Function(f) => (f, false),
            Value::BoundMethod(m) => match &m.function {
                Value::Function(f) => (f, true),
                _ => return None,
            },
            _ => return None,
        };
        // A program may rename a function (`__qualname__` lives in `attrs`): only functions
        // with no attributes of their own are remembered, and asked.
        (f.code.is_library && f.attrs.borrow().is_empty()).then_some((f, bound))
    }

    pub(crate) fn get(&self, f: &Rc<FunctionObj>, bound: bool) -> Option<u32> {
        let (_, ids) = self.by_function.get(&(Rc::as_ptr(f) as usize))?;
        ids[usize::from(bound)]
    }

    pub(crate) fn set(&mut self, f: &Rc<FunctionObj>, bound: bool, id: u32) {
        let key = Rc::as_ptr(f) as usize;
        if self.by_function.len() >= Self::MAX_FUNCTIONS && !self.by_function.contains_key(&key) {
            return;
        }
        let entry = self.by_function.entry(key).or_insert_with(|| (Rc::downgrade(f), [None; 2]));
        entry.1[usize::from(bound)] = Some(id);
    }
}

/// A value whose repr is fixed by what it is: the same value (an int), or any value of its
/// kind (`<Handle>`, the loop).
#[derive(Clone, Copy)]
enum ConstantRepr {
    None,
    Bool(bool),
    Int(i64),
    /// [`safe_repr::kind_label`](crate::safe_repr::kind_label)'s label.
    Kind(&'static str),
}

impl ConstantRepr {
    fn of(v: &Value) -> Option<ConstantRepr> {
        match *v {
            Value::None => Some(ConstantRepr::None),
            Value::Bool(b) => Some(ConstantRepr::Bool(b)),
            Value::Int(i) => Some(ConstantRepr::Int(i)),
            _ => crate::safe_repr::kind_label(v).map(ConstantRepr::Kind),
        }
    }
}

/// The string ids of constant reprs ([`ConstantRepr`]) in this run's trace, once asked: the
/// small ints CPython caches (-5 to 256) by index, other ints by value (ports and buffer
/// sizes recur in every connection's frames), kind labels by their text's address.
#[derive(Default)]
pub(crate) struct ConstantReprIds {
    none_and_bools: [Option<u32>; 3],
    small_ints: SmallIntIds,
    ints: rustc_hash::FxHashMap<i64, u32>,
    /// A handful of labels: a list is quicker than hashing.
    kinds: Vec<(&'static str, u32)>,
}

struct SmallIntIds(Box<[Option<u32>]>);

impl SmallIntIds {
    const RANGE: std::ops::RangeInclusive<i64> = -5..=256;

    fn index(i: i64) -> Option<usize> {
        Self::RANGE.contains(&i).then(|| (i - Self::RANGE.start()) as usize)
    }
}

impl Default for SmallIntIds {
    fn default() -> Self {
        let n = (Self::RANGE.end() - Self::RANGE.start() + 1) as usize;
        SmallIntIds(vec![None; n].into_boxed_slice())
    }
}

impl ConstantReprIds {
    /// How many ints outside the small ones are remembered: ports, sizes and ids recur; a
    /// loop counter's values do not.
    const MAX_INTS: usize = 4096;

    fn get(&self, key: ConstantRepr) -> Option<u32> {
        match key {
            ConstantRepr::None => self.none_and_bools[0],
            ConstantRepr::Bool(b) => self.none_and_bools[1 + usize::from(b)],
            ConstantRepr::Int(i) => match SmallIntIds::index(i) {
                Some(at) => self.small_ints.0[at],
                None => self.ints.get(&i).copied(),
            },
            ConstantRepr::Kind(label) => {
                self.kinds.iter().find(|(l, _)| std::ptr::eq(*l, label)).map(|&(_, id)| id)
            }
        }
    }

    fn set(&mut self, key: ConstantRepr, id: u32) {
        match key {
            ConstantRepr::None => self.none_and_bools[0] = Some(id),
            ConstantRepr::Bool(b) => self.none_and_bools[1 + usize::from(b)] = Some(id),
            ConstantRepr::Int(i) => match SmallIntIds::index(i) {
                Some(at) => self.small_ints.0[at] = Some(id),
                // Bounded: a counter running through millions of values would otherwise
                // grow the table by an entry each (the string table's own entries stay).
                None if self.ints.len() < ConstantReprIds::MAX_INTS => {
                    self.ints.insert(i, id);
                }
                None => {}
            },
            ConstantRepr::Kind(label) => self.kinds.push((label, id)),
        }
    }
}

/// How many local slots the trace shows for `frame`: its varnames, then the cells and free
/// variables that are not parameters (`CodeObj::trace_slot_of_cell`).
pub(crate) fn trace_slots(frame: &Frame) -> usize {
    frame.locals.len() + frame.code.trace_extra_names.len()
}

/// The value trace slot `slot` of `frame` shows: a cell's content where a cell stands for the
/// slot (a captured parameter lives in its cell), else the local.
pub(crate) fn traced_value(frame: &Frame, slot: usize) -> Option<Value> {
    let cell = frame.code.trace_slot_of_cell.iter().position(|s| *s as usize == slot);
    match cell {
        Some(i) => frame.cells.get(i).and_then(|c| c.borrow().clone()),
        None => frame.locals.get(slot).cloned().flatten(),
    }
}

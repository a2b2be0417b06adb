//! The instruction loop.
//!
//! `execute` runs a frame and everything it calls until that frame returns, yields or raises.
//! The running frame is a local variable; its callers wait on `Vm::frames`. A Python call
//! pushes the caller and switches to the callee, so Python recursion costs no Rust stack.

use super::attr_site::AttrSite;
use super::frame::{Block, Frame, ReturnMode};
use super::objects::GenState;
use super::value::Value;
use super::{Abort, Args, PyErr, PyResult, Vm};
use crate::compiler::code::{Instr, MakeFunctionFlags};
use crate::ExcKind;
use std::rc::Rc;

/// The most interpreter loops Rust may nest, whatever `sys.setrecursionlimit` says. Natively
/// this fits the CLI main thread's 8 MiB with room to spare (the heaviest path measured, a
/// recursion through `map`, overflowed at about 1,450; `crates/engine/tests/bad_input.rs`,
/// `native_recursion_*`).
#[cfg(not(target_arch = "wasm32"))]
const MAX_LOOP_NESTING: usize = 1200;
/// In the page's worker the bound is the browser's own call stack, which wasm frames share
/// (Chromium 156: a property recursing into itself overflowed it between 500 and 750
/// levels, a recursion through `list(map(f, ...))` between 300 and 350), so the page raises
/// `RecursionError` sooner than CPython there (docs/ARCHITECTURE.md, "Deliberate
/// differences"); `e2e/defects.test.mjs` runs these recursions in the page.
#[cfg(target_arch = "wasm32")]
const MAX_LOOP_NESTING: usize = 250;

/// How a frame is entered.
pub enum Entry {
    /// From its first instruction (a call, or a generator's first `send(None)`).
    Start,
    /// Resuming after a yield: the value becomes the result of the `yield`.
    Send(Value),
    /// Resuming by raising the error at the suspension point (`gen.throw`).
    Throw(PyErr),
    /// Resuming a thread's top frame that blocked in a call (`Exit::Blocked`): the value is
    /// the call's result. The frame keeps how it returns (its callers wait on `Vm::frames`).
    Resume(Value),
    /// Resuming a thread's top frame that dropped the GIL before its next instruction.
    Continue,
    /// Resuming a thread's top frame whose blocked call raised this.
    ResumeRaise(PyErr),
}

/// How a frame run by `execute` ended.
pub enum Exit {
    Returned(Value),
    /// The frame yielded and is handed back so its generator can keep it.
    Yielded(Value, Box<Frame>),
    Raised(PyErr),
    /// The thread running this frame blocked in a call made directly by it (a green block,
    /// `vm::scheduler`): the frame, whose callers stay on `Vm::frames`, waits for the call's
    /// result as data in the thread's record.
    Blocked(Box<Frame>),
}

/// What calling a callable produced, before any Python code ran.
pub enum Invoked {
    Value(Value),
    /// A Python frame to run; its result is the call's result.
    Frame(Box<Frame>),
    /// `__init__` of a new instance: run the frame, then the call's result is the instance.
    Init(Box<Frame>, Value),
}

/// What an instruction outside the hot loop asks the loop to do next.
enum Step {
    Next,
    /// An error raised by this frame's instruction (the frame joins its traceback).
    Raise(PyErr),
    /// An error that already went through its traceback bookkeeping (a re-raise).
    Pending(PyErr),
    Exit(Exit),
    /// The call the instruction made blocked its thread (`Abort::Blocked`): leave `execute`
    /// with the frame intact.
    Block,
}

/// Where an exception went.
enum Unwound {
    Handled,
    /// The frame ended; the error continues in its caller, now the running frame.
    Propagate(PyErr),
    /// The frame `execute` started ended with the error.
    Exit(PyErr),
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Step::Raise(e),
        }
    };
}

macro_rules! try_op {
    ($self:ident, $frame:ident, $pending:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(err) => {
                $pending = Some($self.raised_in(&$frame, err));
                continue;
            }
        }
    };
}

impl Vm {
    /// Records that `err` was raised in `frame`: adds the frame to its traceback and links the
    /// exception being handled as its context, as CPython does when an exception is set.
    pub(crate) fn raised_in(&mut self, frame: &Frame, err: PyErr) -> PyErr {
        if let PyErr::Abort(abort) = &err {
            // Raised by native code the running frame did not park (an attribute lookup):
            // the stop points at the frame's line.
            if let Abort::Unsupported { construct, line: 0 } = &**abort {
                // A library frame's line is not the program's: the program's frame that
                // called into the library is named (`unsupported_now`).
                if frame.code.is_library {
                    return self.unsupported_now(construct);
                }
                let line = frame.current_line();
                return PyErr::Abort(Rc::new(Abort::Unsupported {
                    construct: construct.clone(),
                    line,
                }));
            }
        }
        let propagating = self.thread.propagating_from_generator.take();
        if let PyErr::Exception(exc) = &err {
            self.add_traceback(exc, frame);
            let from_generator = propagating
                .and_then(|p| p.upgrade())
                .is_some_and(|p| matches!(exc, Value::Instance(e) if Rc::ptr_eq(&p, e)));
            if let Some(handled) = self.handled_exception(Some(frame)).filter(|_| !from_generator) {
                super::exceptions::set_context(exc, &handled);
            }
        }
        err
    }

    /// `err` thrown into a suspended generator (`gen.throw`, a task waking up with an error,
    /// a delegate's error coming back up): CPython chains it only with what this generator's
    /// own frame is handling (`_PyErr_ChainStackItem`), never with the frames below it: the
    /// context an exception got where it was made stays.
    fn thrown_in(&mut self, frame: &Frame, err: PyErr) -> PyErr {
        self.thread.propagating_from_generator = None;
        if frame.generator.is_none() {
            return self.raised_in(frame, err);
        }
        if let PyErr::Exception(exc) = &err {
            if let Some(handled) = &frame.handled {
                Self::restart_traceback(exc);
                super::exceptions::set_context(exc, handled);
            }
            self.add_traceback(exc, frame);
        }
        err
    }

    /// The exception being handled by the innermost `except` (or `finally`) in progress.
    pub(crate) fn handled_exception(&self, current: Option<&Frame>) -> Option<Value> {
        if let Some(f) = current {
            if let Some(h) = &f.handled {
                return Some(h.clone());
            }
        }
        let mut library = self.thread.library_handling.iter().rev().peekable();
        for (i, f) in self.frames.iter().enumerate().rev() {
            // Library code that started handling with more than `i` frames below sits above
            // frame `i` on the stack.
            if let Some((below, exc)) = library.peek() {
                if *below > i {
                    return Some(exc.clone());
                }
            }
            if let Some(h) = &f.handled {
                return Some(h.clone());
            }
        }
        library.next().map(|(_, exc)| exc.clone())
    }

    /// Runs `f` as library code handling `exc` (see `ThreadState::library_handling`).
    pub(crate) fn handling_in_library<R>(
        &mut self,
        exc: Option<&Value>,
        f: impl FnOnce(&mut Vm) -> R,
    ) -> R {
        let Some(exc) = exc else { return f(self) };
        self.thread.library_handling.push((self.frames.len(), exc.clone()));
        let r = f(self);
        self.thread.library_handling.pop();
        r
    }

    fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() + 1 + self.loop_recursion_charge() >= self.config.recursion_limit {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// The levels CPython's own event loop puts under a callback, which count toward its
    /// recursion limit and which the native loop here does not have: `asyncio.run`'s Python
    /// frames down to `Handle._run`, `Context.run`, and for a task's step its C step function.
    #[inline]
    fn loop_recursion_charge(&self) -> usize {
        if !self.thread.in_callback() {
            return 0;
        }
        super::warnings::LOOP_FRAMES.len() + 1 + usize::from(self.thread.current_task.is_some())
    }

    /// Python code that native code calls (a `__repr__` from an f-string, a property, an
    /// `__add__`, an `__eq__` under a list comparison) runs in a nested interpreter loop,
    /// on the Rust stack, and its caller is not parked on `Vm::frames`, so `check_recursion`
    /// cannot see such a recursion. This bounds the nesting itself: a RecursionError where
    /// the stack would otherwise overflow and abort the run (or the page's worker).
    fn check_nesting(&self) -> PyResult<()> {
        let limit = self.config.recursion_limit.min(MAX_LOOP_NESTING);
        if self.exec_depth as usize >= limit {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Runs `frame` until it returns, yields or raises out of itself.
    ///
    /// The loop keeps the instructions of hot loops inline; the rest run in `step_cold`, which
    /// keeps this function small enough for the compiler to keep its state in registers.
    pub(crate) fn execute(&mut self, frame: Box<Frame>, entry: Entry) -> Exit {
        // How deep Rust nests interpreter loops: a thread blocks green only in the loop its
        // scheduler started (`vm::scheduler`).
        self.exec_depth += 1;
        // Code running in this loop is not the native callee a `CALL` marked.
        self.direct_call = false;
        let exit = self.execute_loop(frame, entry);
        self.exec_depth -= 1;
        exit
    }

    fn execute_loop(&mut self, mut frame: Box<Frame>, entry: Entry) -> Exit {
        let mut pending: Option<PyErr> = None;
        let resumed = matches!(entry, Entry::Resume(_) | Entry::Continue | Entry::ResumeRaise(_));
        match entry {
            Entry::Start => {}
            Entry::Send(v) => frame.push(v),
            Entry::Throw(err) => pending = Some(self.thrown_in(&frame, err)),
            Entry::Resume(v) => {
                frame.push(v);
                self.flush_warnings(&mut frame);
            }
            Entry::Continue => {}
            Entry::ResumeRaise(err) => pending = Some(self.raised_in(&frame, err)),
        }
        if !resumed {
            frame.return_mode = ReturnMode::Exit;
            if let Err(err) = self.check_recursion().and_then(|()| self.check_nesting()) {
                return Exit::Raised(err);
            }
            if frame.generator.is_none() {
                self.trace_frame_enter(&frame);
            }
        }
        loop {
            if let Some(err) = pending.take() {
                match self.unwind(&mut frame, err) {
                    Unwound::Handled => {}
                    Unwound::Propagate(e) => pending = Some(e),
                    Unwound::Exit(e) => {
                        self.recycle(frame);
                        return Exit::Raised(e);
                    }
                }
                continue;
            }

            let ip = frame.ip;
            let Some(&instr) = frame.code.instrs.get(ip) else {
                pending = Some(self.internal_error("instruction pointer ran off the code"));
                continue;
            };
            frame.ip = ip + 1;
            self.clock.charge_instruction();
            if self.clock.instructions() >= self.budget_check_at {
                if let Err(err) = self.check_budgets() {
                    pending = Some(err);
                    continue;
                }
                // Threads with a CPU cost: sleepers wake, drop requests (issue 14, G1–G6).
                if self.gil_mode() {
                    match self.gil_check(&mut frame) {
                        super::scheduler::GilCheck::Run => {}
                        super::scheduler::GilCheck::Dropped => {
                            frame.ip = ip;
                            return Exit::Blocked(frame);
                        }
                        super::scheduler::GilCheck::Stop(err) => {
                            pending = Some(err);
                            continue;
                        }
                    }
                }
            }
            // Line events exist only for the trace: an untraced run skips the line table.
            if self.trace.enabled() {
                let line = frame.code.lines[ip];
                if line != frame.last_line {
                    frame.last_line = line;
                    self.trace_line(&mut frame, line);
                }
            }

            match instr {
                Instr::Nop | Instr::Resume => {}
                Instr::PopTop => {
                    frame.pop();
                    self.flush_warnings(&mut frame);
                }
                Instr::PushNull => frame.push(Value::Null),
                Instr::Copy(n) => {
                    let v = frame.stack[frame.stack.len() - n as usize].clone();
                    frame.push(v);
                }
                Instr::Swap(n) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => {
                    let v = frame.code.consts[i as usize].clone();
                    frame.push(v);
                }
                Instr::LoadFast(i) => match &frame.locals[i as usize] {
                    Some(v) => {
                        let v = v.clone();
                        frame.push(v);
                    }
                    None => {
                        let name = frame.code.varnames[i as usize].clone();
                        let err = self.new_error(
                            ExcKind::UnboundLocalError,
                            &format!("cannot access local variable '{name}' where it is not associated with a value"),
                        );
                        pending = Some(self.raised_in(&frame, err));
                    }
                },
                Instr::StoreFast(i) => {
                    let v = frame.pop();
                    let old = frame.locals[i as usize].replace(v);
                    frame.dirty.set(frame.dirty.get() | 1u64 << i.min(63));
                    match old {
                        // Dropping an inline value does nothing: skip the drop glue.
                        Some(o) if o.is_inline() => std::mem::forget(o),
                        None => {}
                        Some(o) => {
                            drop(o);
                            self.flush_warnings(&mut frame);
                        }
                    }
                }
                Instr::LoadGlobal(i) => {
                    let v = try_op!(self, frame, pending, self.load_global(&frame, i));
                    frame.push(v);
                }
                Instr::LoadAttr(i) => {
                    let obj = frame.pop();
                    let v = if super::frame_obj::is_frame_object(&obj) {
                        let got = self.frame_attr_here(&mut frame, &obj, i);
                        try_op!(self, frame, pending, got)
                    } else if attr_may_run_python(&obj, &frame.code.attr_sites[i as usize]) {
                        let got = self.get_attr_parked(&mut frame, &obj, i);
                        try_op!(self, frame, pending, got)
                    } else if let Value::Module(m) = &obj {
                        let hint = &frame.code.attr_sites[i as usize].hint;
                        match m.get_hinted(&frame.code.names[i as usize], hint) {
                            Some(v) => v,
                            // A miss: the module's `__getattr__` (PEP 562) may answer, and a
                            // warning it gives names its caller.
                            None => {
                                let got = self.get_attr_parked(&mut frame, &obj, i);
                                try_op!(self, frame, pending, got)
                            }
                        }
                    } else {
                        let (name, site) =
                            (&frame.code.names[i as usize], &frame.code.attr_sites[i as usize]);
                        try_op!(self, frame, pending, self.get_attr_at_site(&obj, name, site))
                    };
                    frame.push(v);
                    release_operand(self, &mut frame, obj);
                }
                Instr::StoreAttr(i) => {
                    let obj = frame.pop();
                    let v = frame.pop();
                    let stored = if attr_may_run_python(&obj, &frame.code.attr_sites[i as usize]) {
                        self.store_attr_parked(&mut frame, &obj, i, v)
                    } else {
                        let (name, site) =
                            (&frame.code.names[i as usize], &frame.code.attr_sites[i as usize]);
                        self.store_attr(&obj, name, site, v)
                    };
                    try_op!(self, frame, pending, stored);
                    self.flush_warnings(&mut frame);
                }
                Instr::LoadMethod(i) => {
                    let obj = frame.pop();
                    let (name, site) =
                        (&frame.code.names[i as usize], &frame.code.attr_sites[i as usize]);
                    let (method, receiver) =
                        try_op!(self, frame, pending, self.load_method(obj, name, site));
                    frame.push(method);
                    frame.push(receiver);
                }
                Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                    // The hot path: small ints. The result overwrites the left operand's
                    // payload where it lies on the stack: building a new `Value` and pushing
                    // it costs a store-forwarding stall (two narrow stores, one wide load).
                    if let [.., Value::Int(x), Value::Int(y)] = frame.stack.as_mut_slice() {
                        let fast = match op {
                            crate::compiler::code::BinOp::Add => x.checked_add(*y),
                            crate::compiler::code::BinOp::Sub => x.checked_sub(*y),
                            crate::compiler::code::BinOp::Mul => x.checked_mul(*y),
                            _ => None,
                        };
                        if let Some(r) = fast {
                            *x = r;
                            // The right operand is an int: nothing to drop.
                            std::mem::forget(frame.stack.pop());
                            continue;
                        }
                    }
                    let b = frame.pop();
                    let mut a = frame.pop();
                    if op == crate::compiler::code::BinOp::Add
                        && append_in_place(&mut frame, &mut a, &b)
                    {
                        frame.push(a);
                        continue;
                    }
                    let inplace = matches!(instr, Instr::InplaceOp(_));
                    let v = if may_run_python(&a) || may_run_python(&b) {
                        self.binary_op_parked(&mut frame, op, &a, &b, inplace)
                    } else {
                        self.binary_op(op, &a, &b, inplace)
                    };
                    let v = try_op!(self, frame, pending, v);
                    frame.push(v);
                    release_operands(self, &mut frame, (a, b));
                }
                Instr::CompareOp(op) => {
                    // Small ints, in place as `BinaryOp` above.
                    if let [.., a, Value::Int(y)] = frame.stack.as_mut_slice() {
                        if let Value::Int(x) = *a {
                            // Overwriting an int: no drop glue runs.
                            *a = Value::Bool(super::ops::compare_i64(op, x, *y));
                            std::mem::forget(frame.stack.pop());
                            continue;
                        }
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    let v = if may_run_python(&a) || may_run_python(&b) {
                        self.compare_parked(&mut frame, op, &a, &b)
                    } else {
                        self.compare(op, &a, &b)
                    };
                    let v = try_op!(self, frame, pending, v);
                    frame.push(v);
                    release_operands(self, &mut frame, (a, b));
                }
                Instr::IsOp(invert) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::Bool(a.is(&b) != invert));
                }
                Instr::Jump(t) => frame.ip = t as usize,
                Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                    let v = frame.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        ref other => {
                            let truth = if may_run_python(other) {
                                self.truthy_parked(&mut frame, other)
                            } else {
                                self.truthy(other)
                            };
                            let truth = try_op!(self, frame, pending, truth);
                            // The tested value goes now (`if make():`), as in CPython.
                            release_operand(self, &mut frame, v);
                            truth
                        }
                    };
                    if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                        frame.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = frame.pop();
                    let none = v.is_none();
                    release_operand(self, &mut frame, v);
                    if none {
                        frame.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = frame.pop();
                    let none = v.is_none();
                    release_operand(self, &mut frame, v);
                    if !none {
                        frame.ip = t as usize;
                    }
                }
                Instr::ForIter(t) => {
                    // The hot path: a range iterator steps without leaving the loop.
                    let range_step = match frame.top() {
                        Value::Iter(obj) => match &mut *obj.state.borrow_mut() {
                            super::objects::IterState::Range { next, step, remaining } => {
                                if *remaining > 0 {
                                    let v = *next;
                                    *remaining -= 1;
                                    *next = next.wrapping_add(*step);
                                    Some(Some(v))
                                } else {
                                    Some(None)
                                }
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    match range_step {
                        Some(Some(v)) => {
                            // `for i in range(...)`: FOR_ITER is followed by STORE_FAST i,
                            // and from the second iteration on `i` holds an int. Then the
                            // STORE_FAST runs here, writing the int's payload in place
                            // (building a new `Value` to push costs a store-forwarding
                            // stall). It still counts as an instruction, and this is done
                            // only when nothing else would happen at its boundary: the same
                            // line (no line event) and no budget check due.
                            let next = frame.ip;
                            if let (Some(&Instr::StoreFast(j)), Some(&line)) =
                                (frame.code.instrs.get(next), frame.code.lines.get(next))
                            {
                                if (line == frame.last_line || !self.trace.enabled())
                                    && self.clock.instructions() + 1 < self.budget_check_at
                                {
                                    if let Some(Some(Value::Int(slot))) =
                                        frame.locals.get_mut(j as usize)
                                    {
                                        *slot = v;
                                        frame.ip = next + 1;
                                        self.clock.charge_instruction();
                                        frame.dirty.set(frame.dirty.get() | 1u64 << j.min(63));
                                        continue;
                                    }
                                }
                            }
                            frame.push(Value::Int(v))
                        }
                        Some(None) => {
                            frame.pop();
                            frame.ip = t as usize;
                        }
                        None => match self.for_iter_slow(&mut frame, t) {
                            Step::Next => {}
                            Step::Raise(e) => pending = Some(self.raised_in(&frame, e)),
                            Step::Pending(e) => pending = Some(e),
                            Step::Exit(x) => return self.leave_execute(frame, x),
                            Step::Block => return Exit::Blocked(frame),
                        },
                    }
                }
                _ => match self.step_cold(&mut frame, instr) {
                    Step::Next => {}
                    Step::Raise(e) => pending = Some(self.raised_in(&frame, e)),
                    Step::Pending(e) => pending = Some(e),
                    Step::Exit(x) => return self.leave_execute(frame, x),
                    Step::Block => return Exit::Blocked(frame),
                },
            }
        }
    }

    /// Ends `execute`: a returning frame is dropped first, so what dies with its locals is
    /// reported before the caller goes on.
    fn leave_execute(&mut self, frame: Box<Frame>, exit: Exit) -> Exit {
        self.recycle(frame);
        if let Exit::Returned(_) = exit {
            self.flush_warnings_no_frame();
        }
        exit
    }

    /// A frame slot that held a finished frame (or a placeholder) goes back to the pool.
    fn recycle(&mut self, frame: Box<Frame>) {
        if frame.serial != 0 {
            self.frame_pool.give(frame, &self.builtins);
        } else if self.spare_frames.len() < 4 {
            self.spare_frames.push(frame);
        }
    }

    /// The frame in the loop's slot has ended: its caller takes the slot back.
    fn return_to_caller(&mut self, frame: &mut Box<Frame>) {
        let caller = self.frames.pop().expect("a caller waits below a called frame");
        let ended = std::mem::replace(frame, caller);
        self.recycle(ended);
    }

    /// A placeholder to stand in the loop's frame slot while the real frame waits on
    /// `Vm::frames` (native calls that need to see their caller).
    fn spare_frame(&mut self, like: &Frame) -> Box<Frame> {
        self.spare_frames
            .pop()
            .unwrap_or_else(|| Frame::new(like.code.clone(), like.module.clone(), 0))
    }

    /// Moves the running frame onto `Vm::frames` (a placeholder takes its slot).
    pub(crate) fn park(&mut self, frame: &mut Box<Frame>) {
        let spare = self.spare_frame(frame);
        let current = std::mem::replace(frame, spare);
        self.frames.push(current);
    }

    /// Takes the parked frame back.
    pub(crate) fn unpark(&mut self, frame: &mut Box<Frame>) {
        let current = self.frames.pop().expect("a parked frame");
        let spare = std::mem::replace(frame, current);
        self.recycle(spare);
    }

    /// `LOAD_ATTR` of the name `i` on an instance whose class may run Python code for it
    /// (`attr_may_run_python`): with the frame parked, so a property finds its caller.
    #[inline(never)]
    fn get_attr_parked(&mut self, frame: &mut Box<Frame>, obj: &Value, i: u32) -> PyResult<Value> {
        let code = frame.code.clone();
        self.park(frame);
        let got = self.get_attr_at_site(obj, &code.names[i as usize], &code.attr_sites[i as usize]);
        self.unpark(frame);
        got
    }

    /// `STORE_ATTR` as `get_attr_parked` (a property's setter, `__setattr__` of a class
    /// with `__getattribute__`).
    #[inline(never)]
    fn store_attr_parked(
        &mut self,
        frame: &mut Box<Frame>,
        obj: &Value,
        i: u32,
        value: Value,
    ) -> PyResult<()> {
        let code = frame.code.clone();
        self.park(frame);
        let (name, site) = (&code.names[i as usize], &code.attr_sites[i as usize]);
        let stored = self.store_attr(obj, name, site, value);
        self.unpark(frame);
        stored
    }

    /// `binary_op` with the running frame parked (`parked_if`), when an operand may run
    /// Python code: out of line, so the hot loop stays as compact as it was.
    #[inline(never)]
    fn binary_op_parked(
        &mut self,
        frame: &mut Box<Frame>,
        op: crate::compiler::code::BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        self.parked_if(true, frame, |vm| vm.binary_op(op, a, b, inplace))
    }

    /// `compare`, as `binary_op_parked`.
    #[inline(never)]
    fn compare_parked(
        &mut self,
        frame: &mut Box<Frame>,
        op: crate::compiler::code::CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        self.parked_if(true, frame, |vm| vm.compare(op, a, b))
    }

    /// `truthy`, as `binary_op_parked`.
    #[inline(never)]
    fn truthy_parked(&mut self, frame: &mut Box<Frame>, v: &Value) -> PyResult<bool> {
        self.parked_if(true, frame, |vm| vm.truthy(v))
    }

    /// Runs `op`, an instruction's operation, with the running frame parked when `parks`:
    /// Python code the operation calls (an operator's dunder method, a property, an enum's
    /// `__contains__`) then finds this frame as its caller, as `warnings.warn(stacklevel=2)`
    /// and `sys._getframe(1)` ask. Decided per operand (`may_run_python`) so that the common
    /// operations on built-in values pay nothing.
    #[inline]
    fn parked_if<T>(
        &mut self,
        parks: bool,
        frame: &mut Box<Frame>,
        op: impl FnOnce(&mut Vm) -> T,
    ) -> T {
        if !parks {
            return op(self);
        }
        self.park(frame);
        let result = op(self);
        self.unpark(frame);
        result
    }

    /// An exception looks for a handler in the frame; without one the frame ends and the
    /// exception continues in its caller. An abort runs no handler.
    fn unwind(&mut self, frame: &mut Box<Frame>, err: PyErr) -> Unwound {
        if matches!(&err, PyErr::Abort(a) if matches!(**a, Abort::MainThreadExited)) {
            return self.abandon_frame(frame, err);
        }
        if let PyErr::Exception(exc) = &err {
            if let Some(Block { handler, depth }) = frame.blocks.pop() {
                Self::commit_traceback(exc);
                // What the unwinding pops dies at the raising line (CPython pops the stack
                // before jumping to the handler): a "never awaited" warning names that line.
                frame.stack.truncate(depth as usize);
                self.flush_warnings(frame);
                frame.push(exc.clone());
                frame.ip = handler as usize;
                return Unwound::Handled;
            }
        }
        if matches!(err, PyErr::Exception(_)) {
            // No handler: the value stack dies in this frame, at the raising line.
            frame.stack.clear();
            self.flush_warnings(frame);
        }
        let mode = frame.return_mode;
        let err = self.frame_raised(frame, err);
        self.frame_ends(frame);
        self.trace_frame_exit(frame);
        if mode == ReturnMode::Exit {
            return Unwound::Exit(err);
        }
        self.return_to_caller(frame);
        if let (ReturnMode::IterNext | ReturnMode::CallableIter, PyErr::Exception(exc)) =
            (mode, &err)
        {
            // The `__next__` a `FOR_ITER` called ended the iteration.
            if self.exception_is(exc, ExcKind::StopIteration) {
                self.end_for_loop(frame, mode == ReturnMode::CallableIter);
                return Unwound::Handled;
            }
        }
        Unwound::Propagate(match err {
            PyErr::Exception(exc) => {
                self.add_traceback(&exc, frame);
                PyErr::Exception(exc)
            }
            abort => abort,
        })
    }

    /// A daemon thread's frame unwinding from below the main thread's end: it runs no
    /// handler and is kept as it is, not freed (`Vm::abandoned`).
    fn abandon_frame(&mut self, frame: &mut Box<Frame>, err: PyErr) -> Unwound {
        let mode = frame.return_mode;
        let spare = self.spare_frame(frame);
        let kept = std::mem::replace(frame, spare);
        self.abandoned.push(Box::new(kept));
        if mode == ReturnMode::Exit {
            return Unwound::Exit(err);
        }
        self.return_to_caller(frame);
        Unwound::Propagate(err)
    }

    /// The recursion check for resuming generator `g` as a new frame. CPython makes that check
    /// inside the generator's frame, so one that had not started has started and finished:
    /// it is closed (and a coroutine never warns that it was never awaited).
    fn check_recursion_entering(&mut self, g: &Rc<super::objects::GenObj>) -> PyResult<()> {
        let checked = self.check_recursion();
        if checked.is_err() && g.state.get() == GenState::Created {
            g.state.set(GenState::Closed);
            let unstarted = g.frame.borrow_mut().take();
            drop(unstarted);
        }
        checked
    }

    /// `FOR_ITER` on anything but a range: generators run as frames, the rest step natively.
    fn for_iter_slow(&mut self, frame: &mut Box<Frame>, target: u32) -> Step {
        let it = frame.top().clone();
        if let Value::Gen(g) = &it {
            if g.state.get() == GenState::Closed {
                // An exhausted generator just ends the loop.
                frame.pop();
                frame.ip = target as usize;
                return Step::Next;
            }
            // A generator runs as a frame of its own, resumed by this instruction: one more
            // frame toward the recursion limit.
            tri!(self.check_recursion_entering(g));
            let gen_frame = tri!(self.take_generator_frame(g));
            g.awaited.set(false);
            let resumed = self.resume_frame(gen_frame, g, Value::None);
            let caller = std::mem::replace(frame, resumed);
            self.frames.push(caller);
            return Step::Next;
        }
        if let Some((function, receiver, mode)) = python_iteration_step(&it) {
            // Run as a frame of this loop, as a generator is: a call it makes may then block
            // its thread green (`for item in iter(q.get, None)` in several worker threads).
            tri!(self.check_recursion());
            let args = super::Args::positional(receiver.as_slice());
            let mut callee = tri!(self.bind_call(&function, args));
            callee.return_mode = mode;
            let caller = std::mem::replace(frame, callee);
            self.frames.push(caller);
            self.trace_frame_enter(frame);
            return Step::Next;
        }
        match tri!(self.next_builtin(&it)) {
            Some(v) => frame.push(v),
            None => {
                // The exhausted iterator (and what only it held) goes as the loop ends.
                drop(it);
                let iterator = frame.pop();
                release_operand(self, frame, iterator);
                frame.ip = target as usize;
            }
        }
        Step::Next
    }

    /// The iterator of the `FOR_ITER` the running frame stands after is done: it goes, and
    /// the loop ends. A callable iterator is spent for good (`exhaust`), as CPython clears it.
    fn end_for_loop(&mut self, frame: &mut Box<Frame>, exhaust: bool) {
        let iterator = frame.pop();
        if exhaust {
            if let Value::Iter(it) = &iterator {
                let name = it.state.borrow().type_name();
                *it.state.borrow_mut() = super::objects::IterState::Exhausted(name);
            }
        }
        release_operand(self, frame, iterator);
        if let Some(&Instr::ForIter(target)) = frame.code.instrs.get(frame.ip.wrapping_sub(1)) {
            frame.ip = target as usize;
        }
    }

    /// Every instruction not on the hot path.
    #[inline(never)]
    fn step_cold(&mut self, frame: &mut Box<Frame>, instr: Instr) -> Step {
        match instr {
            Instr::DeleteFast(i) => {
                if frame.locals[i as usize].take().is_none() {
                    let name = frame.code.varnames[i as usize].clone();
                    let err = self.new_error(
                            ExcKind::UnboundLocalError,
                            &format!("cannot access local variable '{name}' where it is not associated with a value"),
                        );
                    return Step::Raise(err);
                }
                // The trace unbinds it at the next line or suspension, as for a store.
                frame.dirty.set(frame.dirty.get() | 1u64 << i.min(63));
                self.flush_warnings(frame);
            }
            Instr::LoadDeref(i) | Instr::LoadClassDeref(i) => {
                if matches!(instr, Instr::LoadClassDeref(_)) {
                    let name = self.deref_name(frame, i);
                    if let Some(ns) = &frame.namespace {
                        if let Some(v) = super::methods::dict::get_str(ns, &name) {
                            frame.push(v);
                            return Step::Next;
                        }
                    }
                }
                let v = frame.cells[i as usize].borrow().clone();
                match v {
                    Some(v) => frame.push(v),
                    None => {
                        let name = self.deref_name(frame, i);
                        let err = self.free_var_error(frame, i, &name);
                        return Step::Raise(err);
                    }
                }
            }
            Instr::StoreDeref(i) => {
                let v = frame.pop();
                let old = frame.cells[i as usize].borrow_mut().replace(v);
                drop(old);
                frame.mark_cell_dirty(i);
                self.flush_warnings(frame);
            }
            Instr::DeleteDeref(i) => {
                if frame.cells[i as usize].borrow_mut().take().is_none() {
                    let name = self.deref_name(frame, i);
                    let err = self.free_var_error(frame, i, &name);
                    return Step::Raise(err);
                }
                frame.mark_cell_dirty(i);
            }
            Instr::LoadClosure(i) => {
                let cell = frame.cells[i as usize].clone();
                frame.push(Value::Cell(cell));
            }
            Instr::StoreGlobal(i) => {
                let v = frame.pop();
                let slot = frame.code.global_slots[i as usize] as usize;
                let old = frame.module.slots.borrow_mut()[slot].replace(v);
                drop(old);
                self.flush_warnings(frame);
            }
            Instr::DeleteGlobal(i) => {
                let slot = frame.code.global_slots[i as usize] as usize;
                let old = frame.module.slots.borrow_mut()[slot].take();
                if old.is_none() {
                    let name = frame.code.names[i as usize].clone();
                    let err = self.name_error(&format!("name '{name}' is not defined"), &name);
                    return Step::Raise(err);
                }
                drop(old);
                self.flush_warnings(frame);
            }
            Instr::LoadName(i) => {
                let name = frame.code.names[i as usize].clone();
                let found = frame
                    .namespace
                    .as_ref()
                    .and_then(|ns| super::methods::dict::get_str(ns, &name));
                let v = match found {
                    Some(v) => v,
                    None => tri!(self.load_global(frame, i)),
                };
                frame.push(v);
            }
            Instr::StoreName(i) => {
                let v = frame.pop();
                let name = frame.code.names[i as usize].clone();
                match &frame.namespace {
                    Some(ns) if !self.custom_namespaces.is_empty() => {
                        let ns = ns.clone();
                        // A mapping's `__setitem__` (an enum's class body) sees this frame as
                        // its caller: in tracebacks, and for `warnings.warn(stacklevel=2)`.
                        self.park(frame);
                        let stored = self.store_in_namespace(&ns, &name, v);
                        self.unpark(frame);
                        tri!(stored);
                    }
                    Some(ns) => super::methods::dict::set_str(ns, &name, v),
                    None => frame.module.set(&name, v),
                }
                self.flush_warnings(frame);
            }
            Instr::DeleteName(i) => {
                let name = frame.code.names[i as usize].clone();
                let removed = match &frame.namespace {
                    Some(ns) => super::methods::dict::remove_str(ns, &name).is_some(),
                    None => false,
                };
                if !removed {
                    let err = self.name_error(&format!("name '{name}' is not defined"), &name);
                    return Step::Raise(err);
                }
            }
            Instr::DeleteAttr(i) => {
                let obj = frame.pop();
                let name = frame.code.names[i as usize].clone();
                tri!(self.parked_if(may_run_python(&obj), frame, |vm| vm.del_attr(&obj, &name)));
                // The `__del__` of the value the deletion released runs now, as for a store.
                drop(obj);
                self.flush_warnings(frame);
            }
            Instr::BinarySubscr => {
                let key = frame.pop();
                let container = frame.pop();
                // A program's class runs its `__class_getitem__`.
                let parks = may_run_python(&container)
                    || key_may_run_python(&key)
                    || matches!(&container, Value::Class(c) if c.is_user);
                let v = tri!(self.parked_if(parks, frame, |vm| vm.get_item(&container, &key)));
                frame.push(v);
                release_operands(self, frame, (container, key));
            }
            Instr::StoreSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                let v = frame.pop();
                let parks = may_run_python(&container) || key_may_run_python(&key);
                tri!(self.parked_if(parks, frame, |vm| vm.set_item(&container, key, v)));
                // Released before the flush, as CPython's decref after the store: the
                // `__del__` of a temporary container (`A()[0] = 1`) runs before the next
                // instruction.
                drop(container);
                self.flush_warnings(frame);
            }
            Instr::DeleteSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                let parks = may_run_python(&container) || key_may_run_python(&key);
                tri!(self.parked_if(parks, frame, |vm| vm.del_item(&container, &key)));
                // As for a store: the container, then the key, go before the flush, which
                // also runs the `__del__` of a value the deletion released.
                drop(container);
                drop(key);
                self.flush_warnings(frame);
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { frame.pop() } else { Value::None };
                let stop = frame.pop();
                let start = frame.pop();
                frame.push(Value::Slice(Rc::new(super::objects::SliceObj { start, stop, step })));
            }
            Instr::UnaryNot => {
                let v = frame.pop();
                let t = tri!(self.parked_if(may_run_python(&v), frame, |vm| vm.truthy(&v)));
                frame.push(Value::Bool(!t));
                release_operand(self, frame, v);
            }
            Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert => {
                let v = frame.pop();
                let r =
                    tri!(self.parked_if(may_run_python(&v), frame, |vm| vm.unary_op(instr, &v)));
                frame.push(r);
                release_operand(self, frame, v);
            }
            Instr::ContainsOp(invert) => {
                let container = frame.pop();
                let item = frame.pop();
                let parks = may_run_python(&container);
                let found = tri!(self.parked_if(parks, frame, |vm| vm.contains(&container, &item)));
                frame.push(Value::Bool(found != invert));
                release_operands(self, frame, (container, item));
            }
            Instr::BuildTuple(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                frame.push(Value::tuple(items));
            }
            Instr::BuildList(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                let v = tri!(self.new_list(items));
                frame.push(v);
            }
            Instr::BuildSet(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                let parks = items.iter().any(may_run_python);
                let v = tri!(self.parked_if(parks, frame, |vm| vm.new_set(items, false)));
                frame.push(v);
            }
            Instr::BuildMap(n) => {
                let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                let parks = items.iter().step_by(2).any(may_run_python);
                let v = tri!(self.parked_if(parks, frame, |vm| vm.dict_from_pairs(items)));
                frame.push(v);
            }
            Instr::BuildString(n) => {
                let parts = frame.stack.split_off(frame.stack.len() - n as usize);
                let mut s = String::new();
                for p in &parts {
                    s.push_str(p.as_str().unwrap_or(""));
                }
                frame.push(Value::string(s));
            }
            Instr::FormatValue(conversion, has_spec) => {
                let spec = if has_spec { Some(frame.pop()) } else { None };
                let v = frame.pop();
                let parks = may_run_python(&v);
                let s = tri!(self.parked_if(parks, frame, |vm| vm.format_value(
                    &v,
                    conversion,
                    spec.as_ref()
                )));
                frame.push(s);
                release_operands(self, frame, (v, spec.unwrap_or(Value::None)));
            }
            Instr::ListAppend(n) => {
                let v = frame.pop();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                tri!(self.list_append(&target, v));
            }
            Instr::SetAdd(n) => {
                let v = frame.pop();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                tri!(self.parked_if(may_run_python(&v), frame, |vm| vm.set_add(&target, v)));
            }
            Instr::MapAdd(n) => {
                let v = frame.pop();
                let k = frame.pop();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                tri!(self.parked_if(may_run_python(&k), frame, |vm| vm.set_item(&target, k, v)));
            }
            Instr::ListExtend(n) => {
                let iterable = frame.pop();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                let parks = may_run_python(&iterable);
                tri!(self.parked_if(parks, frame, |vm| vm.list_extend(&target, &iterable)));
                release_operand(self, frame, iterable);
            }
            Instr::SetUpdate(n) => {
                let iterable = frame.pop();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                let parks = may_run_python(&iterable);
                tri!(self.parked_if(parks, frame, |vm| vm.set_update(&target, &iterable)));
                release_operand(self, frame, iterable);
            }
            Instr::DictUpdate(n) => {
                let other = frame.pop();
                let target = frame.stack[frame.stack.len() - n as usize].clone();
                let parks = may_run_python(&other);
                let Some(mapping) =
                    tri!(self.parked_if(parks, frame, |vm| vm.mapping_as_dict(&other)))
                else {
                    let message = format!("'{}' object is not a mapping", self.type_name(&other));
                    return Step::Raise(self.new_error(ExcKind::TypeError, &message));
                };
                tri!(self.dict_update(&target, &Value::Dict(mapping)));
                release_operand(self, frame, other);
            }
            Instr::DictMerge(n) => {
                // The stack holds the callable, NULL, the positional tuple, then the dict.
                let other = frame.pop();
                let len = frame.stack.len();
                let target = frame.stack[len - n as usize].clone();
                let callable = frame.stack.get(len.wrapping_sub(n as usize + 3)).cloned();
                let parks = may_run_python(&other);
                tri!(self.parked_if(parks, frame, |vm| vm.merge_kwargs(
                    callable.as_ref(),
                    &target,
                    &other
                )));
            }
            Instr::ListToTuple => {
                let v = frame.pop();
                let items = match &v {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => Vec::new(),
                };
                frame.push(Value::tuple(items));
            }
            Instr::UnpackSequence(n) => {
                let v = frame.pop();
                let parks = may_run_python(&v);
                let items =
                    tri!(self.parked_if(parks, frame, |vm| vm.unpack(&v, n as usize, None)));
                frame.stack.extend(items.into_iter().rev());
            }
            Instr::UnpackEx(before, after) => {
                let v = frame.pop();
                let (before, after) = (before as usize, Some(after as usize));
                let parks = may_run_python(&v);
                let items = tri!(self.parked_if(parks, frame, |vm| vm.unpack(&v, before, after)));
                frame.stack.extend(items.into_iter().rev());
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = frame.top().clone();
                let truth = tri!(self.parked_if(may_run_python(&v), frame, |vm| vm.truthy(&v)));
                if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                    frame.ip = t as usize;
                } else {
                    frame.pop();
                }
            }
            Instr::GetIter => {
                let v = frame.pop();
                let it = tri!(self.parked_if(may_run_python(&v), frame, |vm| vm.get_iter(&v)));
                frame.push(it);
            }
            // The instruction loop in `execute` runs every FOR_ITER itself.
            Instr::ForIter(t) => return self.for_iter_slow(frame, t),
            Instr::Call(argc) | Instr::CallKw(argc, _) => {
                let argc = argc as usize;
                let len = frame.stack.len();
                if let (Instr::Call(_), Value::Function(f)) = (instr, &frame.stack[len - argc - 2])
                {
                    let given = argc + !matches!(frame.stack[len - argc - 1], Value::Null) as usize;
                    if takes_as_given(f, given) && self.check_recursion().is_ok() {
                        // Kept until the callee is running, where the general path drops it.
                        let f = f.clone();
                        self.call_plain_function(frame, &f, argc, given);
                        return Step::Next;
                    }
                }
                let has_self = !matches!(frame.stack[len - argc - 1], Value::Null);
                let callable_at = len - argc - 2;
                let args_from = if has_self { len - argc - 1 } else { len - argc };
                let mut callable = std::mem::replace(&mut frame.stack[callable_at], Value::None);
                let mut buf = std::mem::take(&mut self.arg_buf);
                buf.extend(frame.stack.drain(args_from..));
                frame.stack.truncate(callable_at);
                let names: Rc<super::value::TupleObj> = match instr {
                    Instr::CallKw(_, names) => match &frame.code.consts[names as usize] {
                        Value::Tuple(t) => t.clone(),
                        _ => self.empty_tuple.clone(),
                    },
                    _ => self.empty_tuple.clone(),
                };
                let npos = buf.len() - names.items.len();
                let result = self.call_from(frame, &callable, &buf, npos, &names.items);
                if self.retry_blocked_call {
                    // A blocking socket call blocked its thread green: the instruction runs
                    // again when the thread resumes, so its operands go back as they were.
                    self.retry_blocked_call = false;
                    frame.stack.push(std::mem::replace(&mut callable, Value::None));
                    if !has_self {
                        frame.stack.push(Value::Null);
                    }
                    frame.stack.append(&mut buf);
                    frame.ip -= 1;
                }
                buf.clear();
                self.arg_buf = buf;
                let returned_value = matches!(result, Ok(Invoked::Value(_)));
                let step = self.after_call(frame, result);
                // A bound built-in method may hold the call's last reference to its receiver
                // (`{A(): 1}.__len__()`). A called Python function is not released here: CPython
                // keeps it in the new frame until it returns.
                if returned_value {
                    release_operand(self, frame, callable);
                }
                return step;
            }
            Instr::CallFunctionEx(has_kwargs) => {
                let kwargs = if has_kwargs { Some(frame.pop()) } else { None };
                let args = frame.pop();
                frame.pop(); // NULL
                let callable = frame.pop();
                let positional = match &args {
                    Value::Tuple(t) => t.items.to_vec(),
                    other => tri!(self.parked_if(may_run_python(other), frame, |vm| vm
                        .star_args(&callable, other))),
                };
                let (names, mut values) = match &kwargs {
                    Some(Value::Dict(d)) => {
                        let map = d.map.borrow();
                        (
                            map.keys().map(|k| k.value.clone()).collect::<Vec<_>>(),
                            map.values().cloned().collect::<Vec<_>>(),
                        )
                    }
                    _ => (Vec::new(), Vec::new()),
                };
                if names.iter().any(|n| super::builtin_subclass::str_value(n).is_none()) {
                    return Step::Raise(
                        self.new_error(ExcKind::TypeError, "keywords must be strings"),
                    );
                }
                let npos = positional.len();
                let mut all = positional;
                all.append(&mut values);
                let result = self.call_from(frame, &callable, &all, npos, &names);
                if self.retry_blocked_call {
                    // A blocking socket call blocked its thread green (`run_in_executor(None,
                    // sock.recv, n)` calls it as `fn(*args, **kwargs)`): the instruction runs
                    // again when the thread resumes, with its operands as they were, the
                    // arguments already unpacked (an iterator is not read twice).
                    self.retry_blocked_call = false;
                    frame.push(callable);
                    frame.push(Value::Null);
                    frame.push(Value::tuple(all[..npos].to_vec()));
                    if let Some(kwargs) = kwargs {
                        frame.push(kwargs);
                    }
                    frame.ip -= 1;
                }
                return self.after_call(frame, result);
            }
            Instr::MakeFunction(flags) => {
                let v = tri!(self.make_function(frame, flags));
                frame.push(v);
            }
            Instr::ReturnValue => {
                let v = frame.pop();
                let mode = frame.return_mode;
                self.frame_returned(frame);
                self.frame_ends(frame);
                self.trace_frame_exit(frame);
                match mode {
                    ReturnMode::Exit => return Step::Exit(Exit::Returned(v)),
                    ReturnMode::Call => {
                        self.return_to_caller(frame);
                        frame.push(v);
                    }
                    ReturnMode::Init => {
                        self.return_to_caller(frame);
                        if !v.is_none() {
                            let msg = format!(
                                "__init__() should return None, not '{}'",
                                self.type_name(&v)
                            );
                            return Step::Raise(self.new_error(ExcKind::TypeError, &msg));
                        }
                    }
                    ReturnMode::IterNext => {
                        self.return_to_caller(frame);
                        frame.push(v);
                    }
                    ReturnMode::CallableIter => {
                        self.return_to_caller(frame);
                        let sentinel = match frame.top() {
                            Value::Iter(it) => match &*it.state.borrow() {
                                super::objects::IterState::Callable { sentinel, .. } => {
                                    Some(sentinel.clone())
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        // (None: the function exhausted its own iterator meanwhile.)
                        let ended = match sentinel {
                            Some(sentinel) => tri!(self.eq(&v, &sentinel)),
                            None => false,
                        };
                        if ended {
                            self.end_for_loop(frame, true);
                        } else {
                            frame.push(v);
                        }
                    }
                    ReturnMode::Resumed => {
                        self.return_to_caller(frame);
                        match frame.code.instrs[frame.ip - 1] {
                            Instr::Send(target) => {
                                frame.pop();
                                frame.push(v);
                                frame.ip = target as usize;
                            }
                            Instr::ForIter(target) => {
                                frame.pop();
                                frame.ip = target as usize;
                            }
                            _ => {}
                        }
                    }
                }
                self.flush_warnings(frame);
            }
            Instr::GetAwaitable => {
                let v = frame.pop();
                let awaitable = tri!(self.get_awaitable(&v));
                frame.push(awaitable);
            }
            Instr::GetYieldFromIter => {
                let v = frame.pop();
                let it = match &v {
                    // A plain generator cannot delegate to a coroutine (only a coroutine, or a
                    // generator-based one, may).
                    Value::Gen(g)
                        if g.kind == super::objects::GenKind::Coroutine
                            && !frame.code.iterable_coroutine.get() =>
                    {
                        Err(self.new_error(
                            ExcKind::TypeError,
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ))
                    }
                    Value::NativeCoro(_) if !frame.code.iterable_coroutine.get() => Err(self
                        .new_error(
                            ExcKind::TypeError,
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        )),
                    Value::Gen(_) | Value::NativeCoro(_) => Ok(v.clone()),
                    _ => self.get_iter(&v),
                };
                let it = tri!(it);
                frame.push(it);
            }
            Instr::Send(target) => {
                let value = frame.pop();
                let receiver = frame.top().clone();
                match &receiver {
                    Value::Gen(g)
                        if g.state.get() == GenState::Closed
                            && g.kind == super::objects::GenKind::Generator =>
                    {
                        // `yield from` an exhausted generator returns None at once.
                        frame.pop();
                        frame.push(Value::None);
                        frame.ip = target as usize;
                    }
                    Value::Gen(g) => {
                        // The awaited coroutine runs as one more frame on the stack.
                        tri!(self.check_recursion_entering(g));
                        let gen_frame = tri!(self.take_generator_frame(g));
                        let started = g.state.get() == GenState::Created;
                        if started && !value.is_none() {
                            g.frame.replace(Some(gen_frame));
                            let err = self.new_error(
                                ExcKind::TypeError,
                                &format!(
                                    "can't send non-None value to a just-started {}",
                                    g.kind.type_name()
                                ),
                            );
                            return Step::Raise(err);
                        }
                        g.awaited.set(true);
                        let resumed = self.resume_frame(gen_frame, g, value);
                        let caller = std::mem::replace(frame, resumed);
                        self.frames.push(caller);
                    }
                    _ => {
                        self.park(frame);
                        let step = self.send_native(&receiver, value);
                        self.unpark(frame);
                        match step {
                            super::objects::GenStep::Yield(v) => frame.push(v),
                            super::objects::GenStep::Return(v) => {
                                frame.pop();
                                frame.push(v);
                                frame.ip = target as usize;
                            }
                            super::objects::GenStep::Error(err) => {
                                return Step::Raise(err);
                            }
                        }
                    }
                }
            }
            Instr::YieldValue => {
                let v = frame.pop();
                let mode = frame.return_mode;
                let Some(gen) = frame.generator.take() else {
                    return Step::Pending(self.internal_error("yield outside a generator frame"));
                };
                gen.state.set(GenState::Suspended);
                gen.last_line.set(frame.current_line());
                self.trace_frame_suspend(frame, &gen);
                match mode {
                    ReturnMode::Exit => {
                        let spare = self.spare_frame(frame);
                        let suspended = std::mem::replace(frame, spare);
                        return Step::Exit(Exit::Yielded(v, suspended));
                    }
                    _ => {
                        let caller = self.frames.pop().expect("resumer frame");
                        gen.frame.replace(Some(std::mem::replace(frame, caller)));
                        frame.push(v);
                    }
                }
            }
            Instr::SetupFinally(t) => {
                let depth = frame.stack.len() as u32;
                frame.blocks.push(Block { handler: t, depth });
            }
            Instr::SetupCleanup(t) => {
                let depth = frame.stack.len() as u32 - 1;
                frame.blocks.push(Block { handler: t, depth });
            }
            Instr::PopBlock => {
                frame.blocks.pop();
            }
            Instr::SetupWith(t) => {
                // `__enter__`'s result, on top, is not the handler's.
                let depth = frame.stack.len() as u32 - 1;
                frame.blocks.push(Block { handler: t, depth });
            }
            Instr::BeforeWith | Instr::BeforeAsyncWith => {
                let manager = frame.pop();
                let is_async = matches!(instr, Instr::BeforeAsyncWith);
                let (enter, exit) = tri!(self.context_manager_methods(&manager, is_async));
                drop(manager);
                frame.push(exit);
                let result = self.call_from_unrepeatable(frame, &enter, &[], 0, &[]);
                return self.after_call(frame, result);
            }
            Instr::WithExceptStart => {
                let len = frame.stack.len();
                let exc = frame.stack[len - 1].clone();
                let exit = frame.stack[len - 3].clone();
                let args = tri!(self.exit_arguments(&exc));
                let result = self.call_from_unrepeatable(frame, &exit, &args, 3, &[]);
                return self.after_call(frame, result);
            }
            Instr::GetAwaitableFrom(which) => {
                let v = frame.pop();
                let awaitable = tri!(self.get_awaitable_from(&v, which));
                frame.push(awaitable);
            }
            Instr::PushExcInfo => {
                let exc = frame.pop();
                let prev = frame.handled.replace(exc.clone()).unwrap_or(Value::None);
                frame.push(prev);
                frame.push(exc);
            }
            Instr::PopExcept => {
                let prev = frame.pop();
                frame.handled = if prev.is_none() { None } else { Some(prev) };
                self.flush_warnings(frame);
            }
            Instr::CheckExcMatch => {
                let class = frame.pop();
                let exc = frame.top().clone();
                let matched = tri!(self.exception_matches(&exc, &class));
                frame.push(Value::Bool(matched));
            }
            Instr::AsyncGenWrap => {
                if let Some(g) = &frame.generator {
                    g.agen.wrapped.set(true);
                }
            }
            Instr::GetAiter => {
                let v = frame.pop();
                self.park(frame);
                let it = self.get_aiter(&v);
                self.unpark(frame);
                frame.push(tri!(it));
            }
            Instr::GetAnext => {
                let it = frame.top().clone();
                self.park(frame);
                let next = self.get_anext(&it);
                self.unpark(frame);
                frame.push(tri!(next));
            }
            Instr::EndAsyncFor => {
                let exc = frame.pop();
                if !self.exception_is(&exc, ExcKind::StopAsyncIteration) {
                    return Step::Pending(PyErr::Exception(exc));
                }
                frame.pop();
            }
            Instr::MatchCase(i) => {
                let operands = frame.pop();
                let subject = frame.pop();
                let code = frame.code.clone();
                let Some(pattern) = code.patterns.get(i as usize) else {
                    return Step::Raise(self.internal_error("a case pattern is missing"));
                };
                let operands = match &operands {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => Vec::new(),
                };
                let result = tri!(self.match_case(pattern, &subject, &operands));
                frame.push(result);
            }
            Instr::CheckEgMatch => {
                let class = frame.pop();
                let exc = frame.pop();
                let (rest, matched) = tri!(self.check_eg_match(&exc, &class));
                if !matched.is_none() {
                    frame.handled = Some(matched.clone());
                }
                frame.push(rest);
                frame.push(matched);
            }
            Instr::PrepReraiseStar => {
                let raised = frame.pop();
                let orig = frame.pop();
                let result = tri!(self.prep_reraise_star(&orig, &raised));
                frame.push(result);
            }
            Instr::Reraise => {
                let exc = frame.pop();
                return Step::Pending(PyErr::Exception(exc));
            }
            Instr::PopExceptReraise => {
                let exc = frame.pop();
                let prev = frame.pop();
                frame.handled = if prev.is_none() { None } else { Some(prev) };
                return Step::Pending(PyErr::Exception(exc));
            }
            Instr::RaiseVarargs(n) => {
                let err = match n {
                    0 => match self.handled_exception(Some(frame)) {
                        // A bare `raise` re-raises without adding this frame again.
                        Some(exc) => return Step::Pending(PyErr::Exception(exc)),
                        None => {
                            self.new_error(ExcKind::RuntimeError, "No active exception to reraise")
                        }
                    },
                    1 => {
                        let exc = frame.pop();
                        self.make_raisable(&exc, None)
                    }
                    _ => {
                        let cause = frame.pop();
                        let exc = frame.pop();
                        self.make_raisable(&exc, Some(&cause))
                    }
                };
                return Step::Raise(err);
            }
            Instr::MakeComplex => {
                let imag = match frame.pop() {
                    Value::Float(f) => f,
                    _ => 0.0,
                };
                let z = super::complex_type::new_complex(self, 0.0, imag);
                frame.push(z);
            }
            Instr::LoadAssertionError => {
                frame.push(Value::Class(self.types.exc(ExcKind::AssertionError).clone()));
            }
            Instr::LoadBuildClass => {
                let v = self.builtins.get("__build_class__").unwrap_or(Value::None);
                frame.push(v);
            }
            Instr::ImportName(i) => {
                let mut name = frame.code.names[i as usize].to_string();
                if name.starts_with('.') {
                    name = tri!(self.resolve_relative(&name, &frame.module));
                }
                self.park(frame);
                let r = self.import_module(&name);
                self.unpark(frame);
                let m = tri!(r);
                frame.push(m);
            }
            Instr::ImportStar => {
                let module = frame.pop();
                let into = frame.module.clone();
                self.park(frame);
                let r = self.import_star(&module, &into);
                self.unpark(frame);
                tri!(r);
            }
            Instr::ImportFrom(i) => {
                let module = frame.top().clone();
                let name = frame.code.names[i as usize].clone();
                self.park(frame);
                let r = self.import_from(&module, &name);
                self.unpark(frame);
                let v = tri!(r);
                frame.push(v);
            }

            _ => {}
        }
        Step::Next
    }

    /// `CALL` of `f`, a Python function that takes its `given` arguments as they are
    /// (`takes_as_given`): its frame is made here and becomes the running one, the arguments
    /// moved from the stack into its locals. This is `call_from` + `bind_call` + `after_call`
    /// for the calls programs make most, without the argument buffer, and a clone and a drop
    /// per argument.
    #[inline(never)]
    fn call_plain_function(
        &mut self,
        frame: &mut Box<Frame>,
        f: &super::objects::FunctionObj,
        argc: usize,
        given: usize,
    ) {
        let len = frame.stack.len();
        let callable_at = len - argc - 2;
        let serial = self.next_serial(super::Serial::Frame);
        let mut callee = self.frame_pool.take(f.code.clone(), f.module.clone(), serial);
        for (slot, v) in callee.locals.iter_mut().zip(frame.stack.drain(len - given..)) {
            *slot = Some(v);
        }
        let nargs = f.code.arg_count as usize;
        for i in given..nargs {
            callee.locals[i] = f.default_of(i, nargs);
        }
        callee.cells.extend(f.closure.iter().cloned());
        frame.stack.truncate(callable_at);
        let caller = std::mem::replace(frame, callee);
        self.frames.push(caller);
        self.trace_frame_enter(frame);
    }

    /// `call_from` for an instruction that cannot run its call again by stepping back onto
    /// itself (its operands are not kept): a blocking socket call it makes waits nested.
    fn call_from_unrepeatable(
        &mut self,
        frame: &mut Box<Frame>,
        callable: &Value,
        buf: &[Value],
        npos: usize,
        kw_names: &[Value],
    ) -> PyResult<Invoked> {
        self.call_unrepeatable = true;
        let result = self.call_from(frame, callable, buf, npos, kw_names);
        self.call_unrepeatable = false;
        result
    }

    /// Runs a native callable, or binds a Python one into a new frame, for a call made by the
    /// running `frame`. Native code may look at its caller (line numbers, `super()`), so the
    /// caller is parked on `Vm::frames` meanwhile.
    fn call_from(
        &mut self,
        frame: &mut Box<Frame>,
        callable: &Value,
        buf: &[Value],
        npos: usize,
        kw_names: &[Value],
    ) -> PyResult<Invoked> {
        let args = Args { pos: &buf[..npos], kw_names, kw_values: &buf[npos..] };
        if let Value::Function(f) = callable {
            if !f.code.is_generator_like() {
                self.check_recursion()?;
                return self.bind_call(f, args).map(Invoked::Frame);
            }
        }
        self.park(frame);
        // The callee is called directly by this frame's instruction: if it blocks, the thread
        // may block green (`scheduler`); any call native code makes clears the mark.
        self.direct_call = true;
        let r = self.invoke(callable, args);
        self.direct_call = false;
        self.unpark(frame);
        if let Ok(Invoked::Frame(_) | Invoked::Init(..)) = &r {
            self.check_recursion()?;
        }
        r
    }

    /// Switches to the called frame, or pushes the call's value.
    fn after_call(&mut self, frame: &mut Box<Frame>, result: PyResult<Invoked>) -> Step {
        match result {
            Ok(Invoked::Value(v)) => {
                frame.push(v);
                self.flush_warnings(frame);
            }
            Ok(Invoked::Frame(new)) => {
                let caller = std::mem::replace(frame, new);
                self.frames.push(caller);
                self.trace_frame_enter(frame);
            }
            Ok(Invoked::Init(mut new, instance)) => {
                new.return_mode = ReturnMode::Init;
                frame.push(instance);
                let caller = std::mem::replace(frame, new);
                self.frames.push(caller);
                self.trace_frame_enter(frame);
            }
            Err(PyErr::Abort(a)) if matches!(*a, Abort::Blocked) => return Step::Block,
            Err(err) => return Step::Raise(err),
        }
        Step::Next
    }

    /// A generator's frame, taken out of it to run; errors if it is running or finished.
    pub(crate) fn take_generator_frame(
        &mut self,
        g: &Rc<super::objects::GenObj>,
    ) -> PyResult<Box<Frame>> {
        match g.state.get() {
            GenState::Running => {
                let msg = format!("{} already executing", g.kind.phrase());
                Err(self.new_error(ExcKind::ValueError, &msg))
            }
            GenState::Closed => {
                if g.kind == super::objects::GenKind::Coroutine {
                    Err(self
                        .new_error(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"))
                } else {
                    Err(self.stop_iteration(Value::None))
                }
            }
            _ => match g.frame.borrow_mut().take() {
                Some(f) => Ok(f),
                None => Err(self.internal_error("generator without a frame")),
            },
        }
    }

    /// Prepares a generator's frame to be resumed by the caller's current `SEND`/`FOR_ITER`.
    fn resume_frame(
        &mut self,
        mut gen_frame: Box<Frame>,
        g: &Rc<super::objects::GenObj>,
        value: Value,
    ) -> Box<Frame> {
        if g.state.get() != GenState::Created {
            gen_frame.push(value);
        }
        g.state.set(GenState::Running);
        gen_frame.generator = Some(g.clone());
        gen_frame.return_mode = ReturnMode::Resumed;
        self.trace_frame_resume(&gen_frame, g);
        gen_frame
    }

    /// Bookkeeping when a frame returns: its generator is finished.
    fn frame_returned(&mut self, frame: &mut Frame) {
        if let Some(g) = frame.generator.take() {
            g.state.set(GenState::Closed);
        }
    }

    /// Bookkeeping when an error leaves a frame: its generator is finished, and a
    /// `StopIteration` escaping a generator becomes `RuntimeError` (PEP 479).
    fn frame_raised(&mut self, frame: &mut Frame, err: PyErr) -> PyErr {
        let Some(g) = frame.generator.take() else { return err };
        g.state.set(GenState::Closed);
        let is_agen = g.kind == super::objects::GenKind::AsyncGenerator;
        match &err {
            PyErr::Exception(exc)
                if self.exception_is(exc, ExcKind::StopIteration)
                    || (is_agen && self.exception_is(exc, ExcKind::StopAsyncIteration)) =>
            {
                let what = if is_agen { "async generator" } else { g.kind.type_name() };
                let raised = if self.exception_is(exc, ExcKind::StopAsyncIteration) {
                    "StopAsyncIteration"
                } else {
                    "StopIteration"
                };
                let msg = format!("{what} raised {raised}");
                let new = self.new_error(ExcKind::RuntimeError, &msg);
                // Raised by the generator machinery after the frame ended: its traceback
                // starts in the caller, as in CPython's `gen_send_ex`.
                if let PyErr::Exception(n) = &new {
                    super::exceptions::set_cause(n, Some(exc.clone()));
                    super::exceptions::set_context(n, exc);
                }
                new
            }
            _ => err,
        }
    }

    fn deref_name(&self, frame: &Frame, i: u32) -> Rc<str> {
        let i = i as usize;
        let cells = &frame.code.cellvars;
        if i < cells.len() {
            cells[i].clone()
        } else {
            frame.code.freevars.get(i - cells.len()).cloned().unwrap_or_else(|| "?".into())
        }
    }

    fn free_var_error(&self, frame: &Frame, i: u32, name: &str) -> PyErr {
        if (i as usize) < frame.code.cellvars.len() {
            self.new_error(
                ExcKind::UnboundLocalError,
                &format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.name_error(
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                name,
            )
        }
    }

    fn load_global(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        let slot = frame.code.global_slots[i as usize] as usize;
        if let Some(v) = &frame.module.slots.borrow()[slot] {
            return Ok(v.clone());
        }
        let name = &frame.code.names[i as usize];
        match self.builtins.get_hinted(name, &frame.code.attr_sites[i as usize].hint) {
            Some(v) => Ok(v),
            None => Err(self.undefined_name(name)),
        }
    }

    fn make_function(&mut self, frame: &mut Frame, flags: MakeFunctionFlags) -> PyResult<Value> {
        let code = match frame.pop() {
            Value::Code(c) => c,
            _ => return Err(self.internal_error("MAKE_FUNCTION without code")),
        };
        let closure = if flags.closure {
            match frame.pop() {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .filter_map(|v| match v {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let mut attrs = crate::vm::objects::AttrDict::default();
        if flags.annotations {
            let annotations = frame.pop();
            attrs.insert(Rc::<str>::from("__annotations__"), annotations);
        }
        let kwdefaults = match flags.kwdefaults.then(|| frame.pop()) {
            Some(Value::Dict(d)) => Some(super::objects::kwdefaults_from(&d)),
            _ => None,
        };
        let defaults = match flags.defaults.then(|| frame.pop()) {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        };
        Ok(Value::Function(Rc::new(super::objects::FunctionObj {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            module: frame.module.clone(),
            attrs: std::cell::RefCell::new(attrs),
        })))
    }

    pub(crate) fn internal_error(&self, what: &str) -> PyErr {
        self.new_error(ExcKind::SystemError, &format!("Loopscope internal error: {what}"))
    }

    /// Stops the run: the instruction, time or output budget is spent.
    fn check_budgets(&mut self) -> PyResult<()> {
        self.budget_check_at = self.instructions() + 4096;
        if self.instructions() >= self.next_progress_at {
            self.report_progress();
        }
        if self.instructions() >= self.config.max_instructions {
            return Err(PyErr::Abort(Rc::new(Abort::Budget(format!(
                "the program ran {} instructions, the budget (raise it with a `# loopscope: max-instructions=N` line at the top of the program)",
                self.config.max_instructions
            )))));
        }
        if let Some(err) = self.output_over_budget() {
            return Err(err);
        }
        let now = self.clock.now();
        if now > self.config.max_virtual_seconds {
            return Err(PyErr::Abort(Rc::new(Abort::Budget(format!(
                "the virtual clock passed {} seconds, the budget (raise it with a `# loopscope: max-seconds=N` line at the top of the program)",
                self.config.max_virtual_seconds
            )))));
        }
        Ok(())
    }

    fn report_progress(&mut self) {
        use crate::config::{Progress, PROGRESS_EVERY_INSTRUCTIONS};
        self.next_progress_at = self.instructions() + PROGRESS_EVERY_INSTRUCTIONS;
        if let Some(hook) = &self.config.progress {
            (hook.0)(&Progress {
                instructions: self.instructions(),
                virtual_seconds: self.clock.now(),
                events: self.trace.event_count(),
            });
        }
    }
}

/// Whether an operation on `v` may call Python code: an instance of a class written in Python
/// (dunder methods, properties), or a class with a metaclass (its `__contains__`,
/// `__getattr__`, ...). `NotImplemented` too: its truth test warns, and the warning names the
/// running line.
#[inline]
fn may_run_python(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.class.is_user,
        Value::Class(c) => c.metaclass.is_some(),
        Value::NotImplemented => true,
        _ => false,
    }
}

/// A subscript's key that may run Python code: an instance's `__index__` or `__hash__`, or a
/// slice with such a bound.
fn key_may_run_python(key: &Value) -> bool {
    match key {
        Value::Slice(s) => {
            may_run_python(&s.start) || may_run_python(&s.stop) || may_run_python(&s.step)
        }
        other => may_run_python(other),
    }
}

/// Whether an attribute operation at `site` on `obj` may call Python code: only an instance
/// of a class with `__getattribute__`, or with a data descriptor other than a slot (a
/// property) where the site has not found the name plain, or with `__getattr__`. A plain
/// attribute pays the test alone. (A `__setattr__` of other classes runs with its caller
/// unparked.)
#[inline]
fn attr_may_run_python(obj: &Value, site: &AttrSite) -> bool {
    match obj {
        // (Native classes have neither flag.)
        Value::Instance(i) => {
            let class = &i.class;
            (class.has_python_descriptors.get() && !site.knows_plain(class))
                || class.has_getattribute.get()
                || class.has_getattr.get()
        }
        _ => false,
    }
}

/// `release_operands` for an instruction's one operand.
#[inline]
fn release_operand(vm: &mut Vm, frame: &mut Box<Frame>, operand: Value) {
    if operand.is_inline() {
        std::mem::forget(operand);
        return;
    }
    drop(operand);
    vm.flush_warnings(frame);
}

/// An instruction is done with its operands (first, then second, as CPython decrefs them):
/// one may have held the last reference to an object (`A().x`, `A()[0]`, `A() == b`), whose
/// `__del__` then runs before the next instruction, as it does in CPython.
#[inline]
fn release_operands(vm: &mut Vm, frame: &mut Box<Frame>, operands: (Value, Value)) {
    if operands.0.is_inline() && operands.1.is_inline() {
        std::mem::forget(operands);
        return;
    }
    drop(operands);
    vm.flush_warnings(frame);
}

/// `s += x` (or `s = s + x`) for a local string `s` nobody else holds: appends to it where
/// it is, as CPython's `unicode_concatenate` does, so a loop building text is linear, not
/// quadratic. The store that follows rebinds `s` to the same string; the local is emptied
/// first so that the operand on the stack is the only reference.
#[inline]
fn append_in_place(frame: &mut Frame, a: &mut Value, b: &Value) -> bool {
    let (Value::Str(left), Value::Str(right)) = (&*a, b) else { return false };
    let Some(&Instr::StoreFast(i)) = frame.code.instrs.get(frame.ip) else { return false };
    let local = &mut frame.locals[i as usize];
    let same = matches!(local, Some(Value::Str(held)) if Rc::ptr_eq(held, left));
    // The local and this operand: no one else sees the string change.
    if !same || Rc::strong_count(left) != 2 || Rc::weak_count(left) != 0 {
        return false;
    }
    if !crate::memory::fits(left.text.len() + right.text.len()) {
        return false;
    }
    // Dropping the local's reference only lowers the count: the string stays alive.
    *local = None;
    let Value::Str(left) = a else { return false };
    match Rc::get_mut(left) {
        Some(text) => {
            text.append(right);
            true
        }
        None => false,
    }
}

/// Whether a call of `f` with `given` positional arguments (no keywords) only fills its
/// positional parameters (`CodeObj::plain_positional`), with defaults for the rest: no error
/// to report and nothing else to bind, so `call_plain_function` can make the frame.
#[inline(always)]
fn takes_as_given(f: &super::objects::FunctionObj, given: usize) -> bool {
    let nargs = f.code.arg_count as usize;
    f.code.plain_positional && given <= nargs && given + f.default_count() >= nargs
}

/// What a `FOR_ITER` over `it` calls, when that is a Python function it can run as a frame of
/// the loop: an iterator class's `__next__` (with the iterator), or the function of a
/// callable iterator (a bound method's with its receiver). Anything else steps natively.
fn python_iteration_step(
    it: &Value,
) -> Option<(Rc<super::objects::FunctionObj>, Vec<Value>, ReturnMode)> {
    let plain = |f: &Value| match f {
        Value::Function(f) if !f.code.is_generator_like() => Some(f.clone()),
        _ => None,
    };
    match it {
        Value::Instance(inst) if inst.native.is_none() => {
            let function = plain(&inst.class.lookup("__next__")?)?;
            Some((function, vec![it.clone()], ReturnMode::IterNext))
        }
        Value::Iter(obj) => match &*obj.state.borrow() {
            super::objects::IterState::Callable { func, .. } => match func {
                Value::BoundMethod(m) => {
                    Some((plain(&m.function)?, vec![m.receiver.clone()], ReturnMode::CallableIter))
                }
                other => Some((plain(other)?, Vec::new(), ReturnMode::CallableIter)),
            },
            _ => None,
        },
        _ => None,
    }
}

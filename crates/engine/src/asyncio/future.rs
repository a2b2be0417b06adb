//! Futures (and the future half of tasks): state, result or exception, done callbacks
//! scheduled with `call_soon` in registration order, cancellation with a message. Mirrors
//! CPython's `_asyncio.Future`, whose error messages differ from `futures.py` in places
//! (`invalid state`), and which is what CPython actually runs.

use super::event_loop::LoopObj;
use super::task::TaskData;
use crate::vm::value::Value;
use crate::vm::warnings::{self, Pending};
use crate::vm::{Args, PyErr, PyResult, Serial, Vm};
use crate::ExcKind;
use loopscope_trace::{Event, FutureKind, HandleKind, Outcome};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

impl FutState {
    pub fn name(self) -> &'static str {
        match self {
            FutState::Pending => "pending",
            FutState::Cancelled => "cancelled",
            FutState::Finished => "finished",
        }
    }
}

/// A done callback. Natively implemented ones print as CPython prints the Python functions they
/// stand for (`Task.task_wakeup()`, `gather.<locals>._done_callback() at ...`).
#[derive(Clone)]
pub enum DoneCallback {
    /// A task waiting on this future.
    TaskWakeup(Rc<FutureObj>),
    /// `run_until_complete` stopping the loop.
    RunUntilComplete,
    /// A child of `gather`, reporting to the gathering future.
    GatherChild(Rc<GatherShared>),
    /// `functools.partial(_release_waiter, waiter)` (what `wait_for` adds).
    ReleaseWaiter(Rc<FutureObj>),
    /// A callable the program (or the Python part of the library) added, with the context
    /// it runs in (`None`: an empty one).
    Python(Value, Option<Value>),
}

impl DoneCallback {
    /// asyncio's own callbacks, named as CPython's reprs name them (no repr to run).
    pub fn fixed_label(&self) -> Option<&'static str> {
        Some(match self {
            DoneCallback::TaskWakeup(_) => "Task.task_wakeup()",
            DoneCallback::RunUntilComplete => {
                "_run_until_complete_cb() at <stdlib>/asyncio/base_events.py:180"
            }
            DoneCallback::GatherChild(_) => {
                "gather.<locals>._done_callback() at <stdlib>/asyncio/tasks.py:764"
            }
            DoneCallback::ReleaseWaiter(_) | DoneCallback::Python(..) => return None,
        })
    }

    pub fn label(&self, vm: &mut Vm) -> String {
        match self {
            DoneCallback::ReleaseWaiter(waiter) => {
                let arg = vm.reprlib_repr(&Value::Future(waiter.clone()));
                format!("_release_waiter({arg})() at <stdlib>/asyncio/tasks.py:431")
            }
            DoneCallback::Python(f, _) => vm.callback_source(f, &[]),
            fixed => fixed.fixed_label().unwrap_or_default().to_string(),
        }
    }
}

#[derive(Default)]
pub struct FutureInner {
    pub result: Option<Value>,
    pub exception: Option<Value>,
    /// The exception's traceback when it was set (`fut_exception_tb`): `result()` raises it
    /// with that traceback again, not with what earlier raises added. Boxed: few futures get
    /// an exception, and every future pays for this field (40 bytes unboxed).
    pub exception_tb: Option<Box<crate::vm::exceptions::SavedTraceback>>,
    pub callbacks: Vec<DoneCallback>,
    pub cancel_message: Option<Value>,
    /// An exception was set and nobody has looked at it yet.
    pub log_traceback: bool,
    /// `_asyncio_future_blocking`: set while a task waits on it.
    pub blocking: bool,
    /// What few futures have, boxed so that every future does not pay for it.
    pub rare: Option<Box<FutureRare>>,
}

/// The rarely used fields of a future (`FutureInner::rare`).
#[derive(Default)]
pub struct FutureRare {
    /// The CancelledError the task's coroutine raised, reused by `_make_cancelled_error`.
    pub cancelled_exc: Option<Value>,
    /// The program's own attributes (`task.started_at = ...`): C futures and tasks have a
    /// `__dict__`.
    pub attrs: crate::vm::objects::AttrDict,
}

/// What `gather` shares between its children's done callbacks and the gathering future.
pub struct GatherShared {
    /// The gathering future; `None` until every child is set up (CPython's bpo-46672).
    pub outer: RefCell<Option<Rc<FutureObj>>>,
    pub children: RefCell<Vec<Rc<FutureObj>>>,
    pub finished: Cell<usize>,
    /// Distinct children (a future passed twice counts once).
    pub distinct: Cell<usize>,
    pub return_exceptions: bool,
    pub cancel_requested: Cell<bool>,
}

/// Which of asyncio's three future classes a future is, with the fields only that class has.
/// CPython's `Task` and `_GatheringFuture` subclass `Future`; here the shared part is
/// `FutureObj` and the subclass's own state lives in its variant, so a plain future cannot
/// have a coroutine and a task cannot lack one.
pub enum FutureClass {
    /// `asyncio.Future` (what `loop.create_future()`, `sleep` and `wait_for` make).
    Future,
    /// `asyncio.Task`: the coroutine it drives and the state of its steps.
    Task(Box<TaskData>),
    /// `gather`'s `_GatheringFuture`: the children it cancels when it is cancelled.
    Gathering(Rc<GatherShared>),
}

impl FutureClass {
    /// The kind the trace records.
    pub fn trace_kind(&self) -> FutureKind {
        match self {
            FutureClass::Future => FutureKind::Future,
            FutureClass::Task(_) => FutureKind::Task,
            FutureClass::Gathering(_) => FutureKind::Gathering,
        }
    }
}

pub struct FutureObj {
    pub serial: u32,
    pub event_loop: Rc<LoopObj>,
    pub state: Cell<FutState>,
    pub inner: RefCell<FutureInner>,
    pub class: FutureClass,
}

impl FutureObj {
    pub fn is_task(&self) -> bool {
        matches!(self.class, FutureClass::Task(_))
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn class_name(&self) -> &'static str {
        match self.class {
            FutureClass::Future => "Future",
            FutureClass::Task(_) => "Task",
            FutureClass::Gathering(_) => "_GatheringFuture",
        }
    }

    /// A label for the trace and the frames panel: `Task-3`, `Future #12`.
    pub fn short_label(&self) -> String {
        let mut out = String::new();
        self.write_short_label(&mut out);
        out
    }

    /// `short_label()` appended to `out`.
    pub fn write_short_label(&self, out: &mut String) {
        use std::fmt::Write as _;
        let _ = match &self.class {
            FutureClass::Task(t) => write!(out, "<Task {}>", t.name.borrow()),
            _ => write!(out, "<{} #{}>", self.class_name(), self.serial),
        };
    }
}

impl FutureObj {
    /// Queues "... exception was never retrieved" if the future holds an exception nobody
    /// looked at, and forgets it (the report is made once).
    pub(crate) fn report_unretrieved(&self) {
        self.report_unretrieved_as(None);
    }

    /// `report_unretrieved` for a future still alive (freed at interpreter shutdown): a loop
    /// with a custom exception handler gets the future itself in the context.
    pub(crate) fn report_unretrieved_live(self: &Rc<Self>) {
        let custom_handler = self.event_loop.state.borrow().exception_handler.is_some();
        self.report_unretrieved_as(custom_handler.then(|| self.clone()));
    }

    /// `report_unretrieved`, with the future itself for a custom exception handler's context
    /// (CPython's `__del__` passes `self`, brought back to life for the call).
    fn report_unretrieved_as(&self, revived: Option<Rc<FutureObj>>) {
        let exc = {
            let mut inner = self.inner.borrow_mut();
            if !inner.log_traceback {
                return;
            }
            inner.log_traceback = false;
            // A future handed to the handler keeps its exception (its repr shows it).
            if revived.is_some() {
                inner.exception.clone()
            } else {
                inner.exception.take()
            }
        };
        if let Some(exc) = exc {
            let class = revived.as_ref().map_or(&self.class, |r| &r.class);
            let message = match class {
                FutureClass::Future => "Future exception was never retrieved",
                FutureClass::Task(_) => "Task exception was never retrieved",
                FutureClass::Gathering(_) => "_GatheringFuture exception was never retrieved",
            };
            // Without its exception: the report adds it through the exception's own
            // `__repr__`, which only the VM can call.
            let repr = super::reprs::dying_future_repr(self, &Value::None);
            let serial = self.serial;
            warnings::queue(Pending::ExceptionNeverRetrieved {
                message,
                repr,
                exception: exc,
                serial,
                future: revived,
            });
        }
    }
}

impl Drop for FutureObj {
    fn drop(&mut self) {
        // CPython's Future.__del__ / Task.__del__: report what nobody will ever see otherwise.
        // A loop with its own exception handler gets the future in the context: a copy of it
        // lives on (its exception stays with it), as CPython resurrects the object.
        let custom_handler = self.event_loop.state.borrow().exception_handler.is_some();
        if custom_handler && self.inner.borrow().log_traceback {
            let class = std::mem::replace(&mut self.class, FutureClass::Future);
            let inner = std::mem::take(&mut *self.inner.borrow_mut());
            let exception = inner.exception.clone();
            let revived = Rc::new(FutureObj {
                serial: self.serial,
                event_loop: self.event_loop.clone(),
                state: Cell::new(self.state.get()),
                inner: RefCell::new(FutureInner { log_traceback: false, ..inner }),
                class,
            });
            // The report reads the original's state.
            let mut original = self.inner.borrow_mut();
            original.exception = exception;
            original.log_traceback = true;
            drop(original);
            self.report_unretrieved_as(Some(revived));
        } else {
            self.report_unretrieved();
        }
        if let FutureClass::Task(task) = &self.class {
            super::task_died();
            if self.state.get() == FutState::Pending && task.log_destroy_pending.get() {
                let repr = super::reprs::dying_future_repr(self, &Value::None);
                warnings::queue(Pending::DestroyedPending {
                    repr,
                    serial: self.serial,
                    repr_from_vm: false,
                });
            }
        }
    }
}

impl Vm {
    pub(crate) fn new_future(
        &mut self,
        event_loop: &Rc<LoopObj>,
        class: FutureClass,
    ) -> Rc<FutureObj> {
        let serial = self.next_serial(Serial::Future);
        let kind = class.trace_kind();
        let fut = Rc::new(FutureObj {
            serial,
            event_loop: event_loop.clone(),
            state: Cell::new(FutState::Pending),
            inner: RefCell::new(FutureInner::default()),
            class,
        });
        self.emit(Event::FutureNew { future: serial, kind });
        if self.loop_debug(event_loop) {
            let site = self.caller_site();
            self.asyncio.future_created_at.insert(serial, site);
            // C's `Future.__init__` calls `traceback.extract_stack()`: no depth limit.
            let stack = crate::stdlib::library_support::cpython_stack(self, usize::MAX);
            self.asyncio.future_source_traceback.insert(serial, stack.into());
        }
        fut
    }

    /// A creation stack (innermost first) as the `source_traceback` entry of an exception
    /// handler's context: a `traceback.StackSummary` of `FrameSummary` objects, outermost
    /// first, as CPython's `traceback.extract_stack()` made it (library frames marked, so
    /// that formatting leaves them out as the engine's tracebacks do).
    pub(crate) fn source_traceback_value(
        &mut self,
        stack: &[crate::vm::coroutine_origin::CallSite],
    ) -> PyResult<Value> {
        let sites = stack
            .iter()
            .rev()
            .map(|site| {
                let text = self.source_text_at(&site.filename, site.line);
                Value::tuple(vec![
                    Value::str(&site.filename),
                    Value::Int(i64::from(site.line)),
                    Value::str(&site.function),
                    Value::str(text.trim()),
                    Value::Bool(site.library),
                ])
            })
            .collect();
        let sites = self.new_list(sites)?;
        self.call_traceback("_stack_of_sites", &[sites])
    }

    /// The default exception handler's text for a `source_traceback` or `handle_traceback`
    /// entry: `traceback.format_list(value)` under `what` ("Object", "Handle").
    pub(crate) fn format_source_traceback(
        &mut self,
        value: &Value,
        what: &str,
    ) -> PyResult<String> {
        let lines = self.call_traceback("format_list", std::slice::from_ref(value))?;
        let mut frames = String::new();
        for line in self.collect(&lines)? {
            frames.push_str(&self.str_of(&line)?);
        }
        Ok(created_at(what, &frames))
    }

    /// Calls `traceback.NAME(*args)` of the library's `traceback` module.
    fn call_traceback(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let Some(module) = crate::stdlib::library::find("traceback") else {
            return Err(self.internal_error("traceback is not embedded"));
        };
        let module = self.import_library_cached(module)?;
        let f = self.get_attr(&module, name)?;
        self.call(&f, Args::positional(args))
    }

    /// What the default exception handler writes under a report about dying future or task
    /// `serial` ("Future exception was never retrieved", "Task was destroyed but it is
    /// pending!"): the stack it was made under as `source_traceback`, if made in debug mode;
    /// else, in debug mode, the running handle's as `handle_traceback`; else nothing.
    pub(crate) fn dying_future_stack_note(&self, serial: u32) -> String {
        if let Some(stack) = self.asyncio.future_source_traceback.get(&serial) {
            return self.stack_note("source_traceback", "Object", stack);
        }
        let handle_stack = self
            .asyncio
            .current_debug_handle
            .and_then(|serial| self.asyncio.handle_source_traceback.get(&serial));
        match handle_stack {
            Some(stack) => self.stack_note("handle_traceback", "Handle", stack),
            None => String::new(),
        }
    }

    /// One `key: <what> created at ...` line of a report, with the stack's frames under it.
    fn stack_note(
        &self,
        key: &str,
        what: &str,
        stack: &[crate::vm::coroutine_origin::CallSite],
    ) -> String {
        let frames = crate::vm::coroutine_origin::format_call_sites(stack, |file, line| {
            self.source_text_at(file, line)
        });
        format!("\n{key}: {}", created_at(what, &frames))
    }

    /// Whether the loop runs in debug mode (its own flag, or the run's setting).
    pub(crate) fn loop_debug(&self, l: &LoopObj) -> bool {
        l.state.borrow().debug || self.config.debug
    }

    /// `FILE:LINE` of the innermost frame: where a debug-mode object was made.
    /// `FILE:LINE` of the innermost frame CPython would have: where a debug-mode object was
    /// made. Inside a loop callback with no Python frame of its own (a task's done callbacks
    /// scheduled as it finishes) that is asyncio's `Handle._run`; a line of our library Python
    /// gives the CPython line its `# cpython:` marker names (`library::cpython_site`).
    pub(crate) fn caller_site(&self) -> Rc<str> {
        let stack = crate::stdlib::library_support::cpython_stack(self, 1);
        let Some(site) = stack.first() else { return Rc::from("") };
        let in_cpython = site
            .library
            .then(|| crate::stdlib::library::cpython_site(&site.filename, site.line))
            .flatten();
        in_cpython.unwrap_or_else(|| format!("{}:{}", site.filename, site.line)).into()
    }

    /// In debug mode, records that CPython makes `fut` at `site` (a line of its asyncio).
    pub(crate) fn future_made_at(
        &mut self,
        fut: &FutureObj,
        site: &super::created_at::LibrarySite,
    ) {
        if let Some(s) = self.asyncio.future_created_at.get_mut(&fut.serial) {
            *s = Rc::from(site.label());
        }
        // The library function's own frame is the innermost of the creation stack.
        if let Some(stack) = self.asyncio.future_source_traceback.get_mut(&fut.serial) {
            *stack = std::iter::once(site.call_site()).chain(stack.iter().cloned()).collect();
        }
    }

    /// `fut.set_result(value)`.
    pub(crate) fn future_set_result(&mut self, fut: &Rc<FutureObj>, value: Value) -> PyResult<()> {
        if fut.done() {
            return Err(self.new_error(ExcKind::InvalidStateError, "invalid state"));
        }
        let repr = self.trace_repr(&value);
        fut.inner.borrow_mut().result = Some(value);
        fut.state.set(FutState::Finished);
        self.future_finished(fut, Outcome::Result, repr)
    }

    /// `fut.set_exception(exc)` (a class is instantiated first).
    pub(crate) fn future_set_exception(&mut self, fut: &Rc<FutureObj>, exc: Value) -> PyResult<()> {
        if fut.done() {
            return Err(self.new_error(ExcKind::InvalidStateError, "invalid state"));
        }
        let exc = match &exc {
            Value::Class(c) if c.is_exception() => self.call0(&exc)?,
            _ => exc,
        };
        if !self.exception_class(&exc).is_some_and(|c| c.is_exception()) {
            return Err(self.new_error(ExcKind::TypeError, "invalid exception object"));
        }
        if self
            .exception_class(&exc)
            .is_some_and(|c| Rc::ptr_eq(&c, self.types.exc(ExcKind::StopIteration)))
        {
            return Err(self.new_error(
                ExcKind::TypeError,
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        let repr = self.trace_repr(&exc);
        {
            let mut inner = fut.inner.borrow_mut();
            inner.exception_tb = crate::vm::exceptions::SavedTraceback::of(&exc).map(Box::new);
            inner.exception = Some(exc);
            inner.log_traceback = true;
        }
        fut.state.set(FutState::Finished);
        self.future_finished(fut, Outcome::Exception, repr)
    }

    /// `Future.cancel(msg)`: true if it was pending.
    pub(crate) fn future_cancel(
        &mut self,
        fut: &Rc<FutureObj>,
        message: Option<Value>,
    ) -> PyResult<bool> {
        fut.inner.borrow_mut().log_traceback = false;
        if fut.done() {
            return Ok(false);
        }
        fut.state.set(FutState::Cancelled);
        fut.inner.borrow_mut().cancel_message = message;
        self.future_finished(fut, Outcome::Cancelled, 0)?;
        Ok(true)
    }

    /// Records that the future finished, then schedules every done callback with `call_soon`,
    /// in registration order, and clears them (`__schedule_callbacks`). A closed loop refuses
    /// the first: its RuntimeError is the caller's, and the other callbacks are dropped, as
    /// CPython's C future does.
    fn future_finished(
        &mut self,
        fut: &Rc<FutureObj>,
        outcome: Outcome,
        repr: u32,
    ) -> PyResult<()> {
        let callbacks = std::mem::take(&mut fut.inner.borrow_mut().callbacks);
        // The trace's reader schedules the callbacks it knows of when it reads `FutureDone`;
        // a closed loop refuses them, so they leave the future first.
        if self.trace.enabled() && fut.event_loop.state.borrow().closed {
            for cb in &callbacks {
                let label = self.trace_done_label(cb);
                self.emit(Event::CallbackRemove { future: fut.serial, label });
            }
        }
        self.emit(Event::FutureDone { future: fut.serial, outcome, repr });
        for cb in callbacks {
            self.call_soon_done_callback(fut, cb, true)?;
        }
        Ok(())
    }

    /// `add_done_callback`: scheduled at once if the future is already done (which a closed
    /// loop refuses with RuntimeError).
    pub(crate) fn add_done_callback(
        &mut self,
        fut: &Rc<FutureObj>,
        cb: DoneCallback,
    ) -> PyResult<()> {
        if fut.done() {
            return self.call_soon_done_callback(fut, cb, false);
        }
        if self.trace.enabled() {
            let label = self.trace_done_label(&cb);
            let (kind, target) = match &cb {
                DoneCallback::TaskWakeup(task) => (HandleKind::TaskWakeup, task.serial),
                _ => (HandleKind::DoneCallback, fut.serial),
            };
            let event = Event::CallbackAdd { future: fut.serial, kind, target, label };
            // A task adding its wakeup is about to suspend on the future: the trace's
            // `TaskWait` carries this (see `trace::codec`).
            if kind == HandleKind::TaskWakeup {
                self.emit_derived(event);
            } else {
                self.emit(event);
            }
        }
        let mut inner = fut.inner.borrow_mut();
        // Most futures get one callback (the task waiting on them, or gather's): a first
        // `push` would reserve room for four, 48 bytes more per pending future.
        if inner.callbacks.capacity() == 0 {
            inner.callbacks.reserve_exact(1);
        }
        inner.callbacks.push(cb);
        Ok(())
    }

    /// `remove_done_callback(fn)`: how many matching callbacks were removed.
    pub(crate) fn remove_done_callback(
        &mut self,
        fut: &Rc<FutureObj>,
        matches: impl Fn(&DoneCallback) -> bool,
    ) -> usize {
        let removed: Vec<DoneCallback> = {
            let mut inner = fut.inner.borrow_mut();
            let (gone, kept): (Vec<_>, Vec<_>) =
                std::mem::take(&mut inner.callbacks).into_iter().partition(|c| matches(c));
            inner.callbacks = kept;
            gone
        };
        for cb in &removed {
            if self.trace.enabled() {
                let label = self.trace_done_label(cb);
                self.emit(Event::CallbackRemove { future: fut.serial, label });
            }
        }
        removed.len()
    }

    /// `_make_cancelled_error`: the CancelledError a cancelled future raises.
    pub(crate) fn make_cancelled_error(&mut self, fut: &FutureObj) -> Value {
        let (saved, message) = {
            let mut inner = fut.inner.borrow_mut();
            (inner.rare.as_mut().and_then(|r| r.cancelled_exc.take()), inner.cancel_message.clone())
        };
        if let Some(exc) = saved {
            return exc;
        }
        let args = match message {
            Some(m) if !m.is_none() => vec![m],
            _ => Vec::new(),
        };
        self.new_exception(self.types.exc(ExcKind::CancelledError), args)
    }

    /// `fut.result()`.
    pub(crate) fn future_result(&mut self, fut: &FutureObj) -> PyResult<Value> {
        match fut.state.get() {
            FutState::Cancelled => Err(PyErr::Exception(self.make_cancelled_error(fut))),
            FutState::Pending => {
                Err(self.new_error(ExcKind::InvalidStateError, "Result is not set."))
            }
            FutState::Finished => {
                let mut inner = fut.inner.borrow_mut();
                inner.log_traceback = false;
                match &inner.exception {
                    Some(e) => {
                        let e = e.clone();
                        // The C Future hands its saved traceback out once: a second
                        // `result()` raises with an empty one.
                        let saved = inner.exception_tb.take().map(|b| *b).unwrap_or_default();
                        drop(inner);
                        // Frames dropped from the traceback may free what they kept.
                        saved.restore(&e);
                        Err(PyErr::Exception(e))
                    }
                    None => Ok(inner.result.clone().unwrap_or(Value::None)),
                }
            }
        }
    }

    /// `fut.exception()`.
    pub(crate) fn future_exception(&mut self, fut: &FutureObj) -> PyResult<Value> {
        match fut.state.get() {
            FutState::Cancelled => Err(PyErr::Exception(self.make_cancelled_error(fut))),
            FutState::Pending => {
                Err(self.new_error(ExcKind::InvalidStateError, "Exception is not set."))
            }
            FutState::Finished => {
                let mut inner = fut.inner.borrow_mut();
                inner.log_traceback = false;
                Ok(inner.exception.clone().unwrap_or(Value::None))
            }
        }
    }

    /// One step of `await fut` (`FutureIter.send`): yield the future while it is pending,
    /// then return its result or raise its exception.
    pub(crate) fn future_await_step(&mut self, fut: &Rc<FutureObj>) -> crate::vm::objects::GenStep {
        use crate::vm::objects::GenStep;
        if !fut.done() {
            let mut inner = fut.inner.borrow_mut();
            if inner.blocking {
                drop(inner);
                // Awaited a second time without having been woken: CPython's
                // "await wasn't used with future".
                return GenStep::Error(
                    self.new_error(ExcKind::RuntimeError, "await wasn't used with future"),
                );
            }
            inner.blocking = true;
            return GenStep::Yield(Value::Future(fut.clone()));
        }
        match self.future_result(fut) {
            Ok(v) => GenStep::Return(v),
            Err(e) => GenStep::Error(e),
        }
    }
}

/// "Object created at (most recent call last):" and the formatted frames under it. Only
/// library frames (left out, as the conformance harness leaves CPython's out): the header
/// alone, without the line break CPython puts before them.
fn created_at(what: &str, frames: &str) -> String {
    let frames = frames.trim_end();
    if frames.is_empty() {
        format!("{what} created at (most recent call last):")
    } else {
        format!("{what} created at (most recent call last):\n{frames}")
    }
}

//! The event loop, built as CPython's `BaseEventLoop`: a ready deque of handles, a heap of timer
//! handles, a selector, and `_run_once` with its phases in CPython's order (the steps and what
//! the trace records of them are in `cycle`). The selector is simulated (`selector`): with no
//! I/O sources yet, `select(timeout)` moves the virtual clock by `timeout`, and `select(None)`
//! means nothing could ever wake the loop (a deadlock, which CPython would hang on and
//! Loopscope reports).

use super::future::{DoneCallback, FutState, FutureClass, FutureObj};
use super::handle::{AnyHandle, Callback, HandleObj, TimerHandleObj};
use super::logger::{self, Level};
use super::selector::{Selected, Selector};
use crate::vm::value::Value;
use crate::vm::{Abort, Args, PyErr, PyResult, Serial, Vm};
use crate::ExcKind;
use loopscope_trace::heapq::TimerHeap;
use loopscope_trace::{DiagnosticKind, Event, HandleKind, Phase, ShutdownStage};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// How many frames above `call_soon`/`call_at` a debug-mode handle's `_source_traceback`
/// keeps (asyncio's `DEBUG_STACK_DEPTH`, 10, less the two library frames it then drops).
const HANDLE_STACK_DEPTH: usize = 8;

/// The lines of `BaseEventLoop._run_once` (3.11.7) where the handle it ran is released.
const RUN_ONCE_POPLEFT: (u32, &str) = (1907, "handle = self._ready.popleft()");
const RUN_ONCE_RELEASE: (u32, &str) =
    (1923, "handle = None  # Needed to break cycles when an exception occurs.");
/// The lines of `BaseEventLoop.close` where the handles still queued are released.
const CLOSE_READY: (u32, &str) = (678, "self._ready.clear()");
const CLOSE_SCHEDULED: (u32, &str) = (679, "self._scheduled.clear()");
/// All of them, for a warning's source line (`vm::warnings::cpython_line`).
pub(crate) const BASE_EVENTS_LINES: [(u32, &str); 4] =
    [RUN_ONCE_POPLEFT, RUN_ONCE_RELEASE, CLOSE_READY, CLOSE_SCHEDULED];
use std::rc::Rc;

/// `time.get_clock_info('monotonic').resolution` on Linux.
pub const CLOCK_RESOLUTION: f64 = 1e-9;

#[derive(Default)]
pub struct LoopState {
    /// `_ready`: the handles to run in the next cycle's last phase.
    pub ready: VecDeque<AnyHandle>,
    /// `_scheduled`: the timer heap.
    pub timers: TimerHeap<Rc<TimerHandleObj>>,
    pub timer_cancelled_count: usize,
    /// `_selector`.
    pub selector: Selector,
    /// The serials of the cancelled timers the last cycle popped off the heap's head (a
    /// buffer reused every cycle; see `cycle`).
    pub dropped_timers: Vec<u32>,
    pub stopping: bool,
    pub closed: bool,
    pub running: bool,
    pub debug: bool,
    /// `slow_callback_duration`: in debug mode a callback that holds the loop this long is
    /// logged.
    pub slow_callback_duration: f64,
    /// `_exception_handler`: `None` for the default one.
    pub exception_handler: Option<Value>,
    /// `_task_factory`: what `loop.create_task` calls instead of `Task(...)` when set.
    pub task_factory: Option<Value>,
    /// `_asyncgens`: the async generators first iterated while the loop ran (a WeakSet in
    /// CPython; here in that order).
    pub asyncgens: Vec<std::rc::Weak<crate::vm::objects::GenObj>>,
    pub asyncgens_shutdown_called: bool,
    /// `_transports`: fd → the transport that owns it (a dict made on first use; the
    /// transports of `lib/asyncio/selector_events.py` keep it).
    pub transports: Option<Value>,
    /// `_signal_handlers`: signal number → `(callback, args)` (a dict made on first use;
    /// `add_signal_handler` in `lib/asyncio/selector_events.py` keeps it).
    pub signal_handlers: Option<Value>,
    /// `_default_executor` (a `ThreadPoolExecutor`, made by the first `run_in_executor(None,
    /// ...)`) and `_executor_shutdown_called` (issue 14; `executors`).
    pub default_executor: Option<Value>,
    pub executor_shutdown_called: bool,
    /// `_coroutine_origin_tracking_saved_depth` while the loop has origin tracking on
    /// (`_coroutine_origin_tracking_enabled`): what to put back when it turns it off.
    pub origin_tracking_saved_depth: Option<u32>,
    /// `_thread_id`: the ident of the thread running the loop, while it runs.
    pub thread_id: Option<i64>,
    /// The program's own attributes (`loop.app_state = ...`): CPython's loop is an instance
    /// of a Python class. Made on the first store.
    pub attrs: Option<Box<crate::vm::objects::AttrDict>>,
}

pub struct LoopObj {
    pub serial: u32,
    pub state: RefCell<LoopState>,
}

impl Drop for LoopObj {
    /// Weak references to the loop (a per-loop `WeakKeyDictionary`) see it die, as they see
    /// an instance of a Python class die: CPython's loop is one.
    fn drop(&mut self) {
        crate::stdlib::weakref_module::instance_died(self as *const LoopObj as usize);
    }
}

impl LoopState {
    /// `self._ready.append(handle)`.
    #[inline]
    pub(super) fn push_ready(&mut self, handle: AnyHandle) {
        handle.handle().in_ready.set(true);
        self.ready.push_back(handle);
    }

    /// `self._ready.popleft()`.
    #[inline]
    pub(super) fn pop_ready(&mut self) -> Option<AnyHandle> {
        let handle = self.ready.pop_front()?;
        handle.handle().in_ready.set(false);
        Some(handle)
    }
}

impl Vm {
    pub(crate) fn new_event_loop(&mut self) -> Rc<LoopObj> {
        let serial = self.next_serial(Serial::Loop);
        let state = LoopState {
            slow_callback_duration: crate::config::SLOW_CALLBACK_SECONDS,
            ..LoopState::default()
        };
        self.log_selector();
        let l = Rc::new(LoopObj { serial, state: RefCell::new(state) });
        self.net_loop_created(&l);
        l
    }

    /// CPython's selector event loop logs its selector at DEBUG level as it is made
    /// ("Using selector: EpollSelector" on Linux), which a program that configured logging
    /// for DEBUG sees. A failure inside logging is logging's own (`Handler.handleError`).
    fn log_selector(&mut self) {
        let args = vec![Value::str("EpollSelector")];
        let _ = self.log_asyncio(Level::Debug, &logger::SELECTOR, "Using selector: %s", args, None);
    }

    /// `loop.time()`.
    pub fn loop_time(&mut self) -> f64 {
        self.clock.now()
    }

    fn check_closed(&self, l: &LoopObj) -> PyResult<()> {
        if l.state.borrow().closed {
            return Err(self.new_error(ExcKind::RuntimeError, "Event loop is closed"));
        }
        Ok(())
    }

    /// A new handle, and its label's string id.
    ///
    /// In debug mode it records its creation stack: `Handle.__init__` takes the innermost
    /// `DEBUG_STACK_DEPTH` frames from its caller, and `call_soon`/`call_at` drop their own
    /// (`_call_soon`'s and theirs), leaving this many of the frames above them.
    pub(crate) fn new_handle(&mut self, l: &Rc<LoopObj>, callback: Callback) -> (HandleObj, u32) {
        let serial = self.next_serial(Serial::Handle);
        let (kind, target) = match &callback {
            Callback::TaskStep { task, .. } => (HandleKind::TaskStep, task.serial),
            Callback::Done { callback: DoneCallback::TaskWakeup(task), .. } => {
                (HandleKind::TaskWakeup, task.serial)
            }
            Callback::Done { future, .. } => (HandleKind::DoneCallback, future.serial),
            Callback::SetResultUnlessCancelled { future, .. } => {
                (HandleKind::Internal, future.serial)
            }
            Callback::ReleaseWaiter { waiter } => (HandleKind::Internal, waiter.serial),
            Callback::Python { .. } => (HandleKind::Program, 0),
        };
        let label = if self.trace.enabled() { self.trace_callback_label(&callback) } else { 0 };
        if self.loop_debug(l) {
            let site = self.caller_site();
            self.asyncio.handle_created_at.insert(serial, site);
            let stack = crate::stdlib::library_support::cpython_stack(self, HANDLE_STACK_DEPTH);
            self.asyncio.handle_source_traceback.insert(serial, stack.into());
        }
        (HandleObj::new(serial, kind, target, callback, Rc::downgrade(l)), label)
    }

    /// `loop.call_soon(callback)`.
    pub(crate) fn call_soon(
        &mut self,
        l: &Rc<LoopObj>,
        callback: Callback,
    ) -> PyResult<Rc<HandleObj>> {
        self.call_soon_traced(l, callback, false)
    }

    /// `call_soon`; `derived`: the trace's reader derives the `ReadyPush` (a finished future
    /// scheduling its done callbacks).
    fn call_soon_traced(
        &mut self,
        l: &Rc<LoopObj>,
        callback: Callback,
        derived: bool,
    ) -> PyResult<Rc<HandleObj>> {
        self.check_closed(l)?;
        let (h, label) = self.new_handle(l, callback);
        let h = Rc::new(h);
        l.state.borrow_mut().push_ready(AnyHandle::Handle(h.clone()));
        self.trace_focus_loop(l);
        let event = Event::ReadyPush { handle: h.serial, kind: h.kind, target: h.target, label };
        if derived {
            self.emit_derived(event);
        } else {
            self.emit(event);
        }
        Ok(h)
    }

    /// `loop.call_at(when, callback)`; `when_is_int`: the program gave `when` as an int.
    pub(crate) fn call_at(
        &mut self,
        l: &Rc<LoopObj>,
        when: f64,
        when_is_int: bool,
        callback: Callback,
    ) -> PyResult<Rc<TimerHandleObj>> {
        self.check_closed(l)?;
        let (handle, label) = self.new_handle(l, callback);
        let (serial, kind, target) = (handle.serial, handle.kind, handle.target);
        let t = Rc::new(TimerHandleObj { handle, when, scheduled: Cell::new(true), when_is_int });
        l.state.borrow_mut().timers.push(t.clone());
        self.trace_focus_loop(l);
        self.emit(Event::TimerPush { handle: serial, kind, target, label, when });
        Ok(t)
    }

    /// `loop.call_later(delay, callback)`: `call_at(loop.time() + delay)`.
    pub(crate) fn call_later(
        &mut self,
        l: &Rc<LoopObj>,
        delay: f64,
        callback: Callback,
    ) -> PyResult<Rc<TimerHandleObj>> {
        let when = self.loop_time() + delay;
        let t = self.call_at(l, when, false, callback)?;
        // `call_later` calls `call_at`: two library frames inside the window.
        self.handle_made_at(&t.handle, &super::created_at::CALL_LATER, 2);
        Ok(t)
    }

    /// In debug mode, records that CPython makes handle `h` at `site` (a line of its
    /// asyncio), under `library_frames` frames of its asyncio (the site's included), which
    /// take their place in the handle's window of `HANDLE_STACK_DEPTH` frames: the site is
    /// the innermost frame of its `_source_traceback`, and the outermost frames drop out.
    pub(crate) fn handle_made_at(
        &mut self,
        h: &HandleObj,
        site: &super::created_at::LibrarySite,
        library_frames: usize,
    ) {
        if let Some(s) = self.asyncio.handle_created_at.get_mut(&h.serial) {
            *s = Rc::from(site.label());
        }
        if let Some(stack) = self.asyncio.handle_source_traceback.get_mut(&h.serial) {
            let kept = stack.len().min(HANDLE_STACK_DEPTH - library_frames);
            *stack =
                std::iter::once(site.call_site()).chain(stack[..kept].iter().cloned()).collect();
        }
    }

    /// Schedules a future's done callback (what `__schedule_callbacks` does for each one, and
    /// `add_done_callback` on a finished future); `derived` as for `call_soon_traced`.
    pub(crate) fn call_soon_done_callback(
        &mut self,
        fut: &Rc<FutureObj>,
        callback: DoneCallback,
        derived: bool,
    ) -> PyResult<()> {
        let l = fut.event_loop.clone();
        // A closed loop refuses new callbacks with RuntimeError, from inside the
        // `set_result`, `cancel` or `add_done_callback` that scheduled it.
        self.call_soon_traced(&l, Callback::Done { callback, future: fut.clone() }, derived)?;
        Ok(())
    }

    /// `Handle.cancel()`.
    pub(crate) fn cancel_handle(&mut self, h: &HandleObj) {
        self.cancel_handle_part(h, None, false);
    }

    /// `TimerHandle.cancel()`: a scheduled timer tells its loop first
    /// (`_timer_handle_cancelled`), which counts it for `_run_once`'s heap clean-up.
    pub(crate) fn cancel_timer(&mut self, t: &TimerHandleObj) {
        if t.handle.cancelled.get() {
            return;
        }
        if t.scheduled.get() {
            if let Some(l) = t.handle.event_loop.upgrade() {
                l.state.borrow_mut().timer_cancelled_count += 1;
            }
        }
        self.cancel_handle_part(&t.handle, Some(t), t.scheduled.get());
    }

    /// What `Handle.cancel()` does; the trace records it for a handle still queued (on the
    /// heap, `on_heap`, or in the ready queue).
    fn cancel_handle_part(&mut self, h: &HandleObj, timer: Option<&TimerHandleObj>, on_heap: bool) {
        if h.cancelled.get() {
            return;
        }
        h.cancelled.set(true);
        // Debug mode keeps the repr it has now, callback included (`Handle.cancel`); a timer
        // handle's with its `when=`.
        let debug = h.event_loop.upgrade().is_some_and(|l| self.loop_debug(&l));
        if debug {
            let repr = match timer {
                Some(t) => self.timer_handle_repr(t),
                None => self.handle_repr(h),
            };
            if let Ok(r) = repr {
                self.asyncio.handle_cancelled_repr.insert(h.serial, r.into());
            }
        }
        let old = h.callback.borrow_mut().take();
        drop(old);
        if on_heap || h.is_in_ready_queue() {
            if let Some(l) = h.event_loop.upgrade() {
                self.trace_focus_loop(&l);
            }
            self.emit(Event::HandleCancel { handle: h.serial });
        }
    }

    /// `BaseEventLoop._run_once`: one full iteration of the loop. The steps are `LoopState`'s
    /// and the events they lead to the recorder's (`asyncio::cycle`); this is their order.
    pub(crate) fn run_once(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        self.trace_focus_loop(l);
        self.emit(Event::CycleStart);
        // Remove cancelled timers: all of them if they are too many, else those at the head.
        let removed = l.state.borrow_mut().remove_cancelled_timers();
        self.record_cancelled_timers(l, removed);

        // How long select may wait.
        let wait = l.state.borrow().select_wait(self.loop_time());
        let recorded = self.record_select(wait);

        // A blocking point of the loop's thread (issue 14: `loop_wait`, which also tells the
        // trace the select returned).
        let selected = self.thread_select(l, wait, recorded)?;
        self.run_once_after_select(l, selected)
    }

    /// Steps 4–6 of `_run_once`, after its `select` returned (a thread whose runner waited
    /// green in that `select` goes on from here: `runner`).
    pub(crate) fn run_once_after_select(
        &mut self,
        l: &Rc<LoopObj>,
        selected: Selected,
    ) -> PyResult<()> {
        let event_list = match selected {
            Selected::Events(event_list) => event_list,
            // Nothing is ready, no timer is set and no I/O can arrive: nothing can ever happen.
            Selected::Never => return Err(self.deadlock(l)),
        };
        self.process_io_events(l, event_list);

        // Timers that are due join the ready queue.
        let end_time = self.loop_time() + CLOCK_RESOLUTION;
        let moved = l.state.borrow_mut().move_due_timers(end_time);
        self.record_due_timers(l, moved);

        // Run the callbacks that were ready when this phase began, and only those.
        self.emit(Event::PhaseStart { phase: Phase::RunReady });
        // `_run_once` keeps the handle it ran in a local until the next `popleft` or the
        // `handle = None` after the batch: what the handle's arguments hold dies there (an
        // unawaited coroutine warns at that line; an async generator's finalizer schedules
        // its `aclose()` from there, before the next cycle).
        let ntodo = l.state.borrow().ready.len();
        let mut previous: Option<AnyHandle> = None;
        for _ in 0..ntodo {
            let Some(handle) = l.state.borrow_mut().pop_ready() else { break };
            if let Some(dropped) = previous.replace(handle.clone()) {
                drop(dropped);
                self.flush_warnings_in_base_events(RUN_ONCE_POPLEFT.0, RUN_ONCE_POPLEFT.1);
            }
            if handle.handle().cancelled.get() {
                self.trace_focus_loop(l);
                self.emit(Event::HandleSkip { handle: handle.handle().serial });
                continue;
            }
            self.run_handle(l, &handle)?;
        }
        drop(previous);
        self.flush_warnings_in_base_events(RUN_ONCE_RELEASE.0, RUN_ONCE_RELEASE.1);
        Ok(())
    }

    /// `Handle._run`, timed as debug mode times it.
    fn run_handle(&mut self, l: &Rc<LoopObj>, any: &AnyHandle) -> PyResult<()> {
        let handle = any.handle();
        self.asyncio.callbacks_run += 1;
        if self.asyncio.callbacks_run > self.config.max_callbacks {
            return Err(PyErr::Abort(Rc::new(Abort::Budget(format!(
                "the event loop ran {} callbacks, the budget (raise it with a `# loopscope: max-callbacks=N` line at the top of the program)",
                self.config.max_callbacks
            )))));
        }
        if let Some(err) = self.output_over_budget() {
            return Err(err);
        }
        // Code outside the loop (a module-level loop before `asyncio.run`) may have used up
        // its line allowance and stopped recording frames: what it ran is summed up here,
        // so that this callback's frames (a task's first step) are recorded in full.
        self.end_coalescing();
        self.trace.start_callback();
        self.trace_focus_loop(l);
        self.emit(Event::HandleRun { handle: handle.serial, target: handle.target });
        // `_run_once` reads the flag before the callback runs (one that turns debug off is
        // still timed) and the threshold after it.
        let debug = l.state.borrow().debug || self.config.debug;
        // Until the handle has run and its error, if any, is reported (`_run_once`'s
        // `finally`), whatever the callback does to the flag. An error that leaves the loop
        // leaves it set, for the next handle to replace.
        self.asyncio.current_debug_handle = debug.then_some(handle.serial);
        let t0 = self.loop_time();
        self.thread.callback_depth += 1;
        let outer_base =
            std::mem::replace(&mut self.thread.callback_base_frames, self.frames.len());
        // Taken out while it runs (no clone), put back for reprs of the handle afterwards.
        let callback = handle.callback.borrow_mut().take();
        let (result, label) = match callback {
            Some(cb) => {
                let (kept, result) = self.run_callback(cb);
                // Formatted now, as CPython formats it when the callback has raised.
                let label = match &result {
                    Err(PyErr::Exception(_)) => self.callback_label(&kept),
                    _ => String::new(),
                };
                if !handle.cancelled.get() {
                    *handle.callback.borrow_mut() = Some(kept);
                } else if self.asyncio.handle_cancelled_repr.contains_key(&handle.serial) {
                    // Cancelled while it ran, in debug mode: the kept repr names the
                    // callback, as CPython's does (its handle still held it).
                    *handle.callback.borrow_mut() = Some(kept);
                    self.asyncio.handle_cancelled_repr.remove(&handle.serial);
                    if let Ok(r) = self.handle_repr(handle) {
                        self.asyncio.handle_cancelled_repr.insert(handle.serial, r.into());
                    }
                    let dropped = handle.callback.borrow_mut().take();
                    drop(dropped);
                }
                (result, label)
            }
            None => (Ok(()), String::new()),
        };
        self.flush_warnings_no_frame();
        self.thread.callback_base_frames = outer_base;
        self.thread.callback_depth -= 1;
        self.end_coalescing();
        let dt = self.loop_time() - t0;
        match result {
            Ok(()) => {}
            // `Handle._run` lets these two through: they stop the loop.
            Err(PyErr::Exception(exc))
                if self.exception_is(&exc, ExcKind::SystemExit)
                    || self.exception_is(&exc, ExcKind::KeyboardInterrupt) =>
            {
                // CPython's traceback keeps `_run_once`'s frame alive, and with it the task
                // this handle steps: the task reports its unretrieved exception at exit.
                let task = match &*handle.callback.borrow() {
                    Some(Callback::TaskStep { task, .. }) => Some(task.clone()),
                    Some(Callback::Done { callback: DoneCallback::TaskWakeup(task), .. }) => {
                        Some(task.clone())
                    }
                    _ => None,
                };
                if let Some(task) = task {
                    self.exit_keepalive.push(Value::Future(task));
                }
                self.asyncio.current_debug_handle = None;
                return Err(PyErr::Exception(exc));
            }
            Err(PyErr::Exception(exc)) => {
                // It left the callback through `Handle._run`, a Python frame in CPython.
                self.add_hidden_frame(&exc);
                // `Handle._run` calls the handler inside its `except` block: what the handler
                // raises has the callback's exception as its `__context__`.
                let message = format!("Exception in callback {label}");
                let mut context = vec![("handle", any.to_value())];
                let stack = self.asyncio.handle_source_traceback.get(&any.handle().serial);
                if let Some(stack) = stack.cloned().filter(|s| !s.is_empty()) {
                    context.push(("source_traceback", self.source_traceback_value(&stack)?));
                }
                self.handling_in_library(Some(&exc), |vm| {
                    let kind = DiagnosticKind::CallbackError;
                    vm.report_exception(l, &message, Some(&exc), &context, kind)
                })?;
            }
            Err(abort) => return Err(abort),
        }
        self.asyncio.current_debug_handle = None;
        let logged = debug && dt >= l.state.borrow().slow_callback_duration;
        if logged || dt >= self.config.slow_callback_seconds {
            let what = self.format_handle(any)?;
            let message = format!("Executing {what} took {dt:.3} seconds");
            if logged {
                let args = vec![Value::str(&what), Value::Float(dt)];
                let msg = "Executing %s took %.3f seconds";
                if !self.log_asyncio(Level::Warning, &logger::SLOW_CALLBACK, msg, args, None)? {
                    self.write_stderr(&format!("{message}\n"));
                }
            }
            self.record_diagnostic(DiagnosticKind::SlowCallback, &message);
        }
        Ok(())
    }

    /// Runs a callback; hands it back so the handle can keep it.
    fn run_callback(&mut self, cb: Callback) -> (Callback, PyResult<()>) {
        let result = match &cb {
            Callback::TaskStep { task, exc } => self.task_step(task, exc.clone()),
            Callback::Done { callback, future } => match callback {
                DoneCallback::TaskWakeup(task) => self.task_wakeup(task, future),
                DoneCallback::RunUntilComplete => {
                    self.run_until_complete_cb(future);
                    Ok(())
                }
                DoneCallback::GatherChild(shared) => self.gather_child_done(shared, future),
                DoneCallback::ReleaseWaiter(waiter) => self.release_waiter(waiter),
                DoneCallback::Python(func, context) => {
                    let arg = [Value::Future(future.clone())];
                    self.call_in_context(context.clone(), func, Args::positional(&arg))
                }
            },
            Callback::SetResultUnlessCancelled { future, value } => {
                if future.state.get() != FutState::Cancelled {
                    self.future_set_result(future, value.clone())
                } else {
                    Ok(())
                }
            }
            Callback::ReleaseWaiter { waiter } => self.release_waiter(waiter),
            Callback::Python { func, args, context } => {
                self.call_in_context(context.clone(), func, Args::positional(args))
            }
        };
        (cb, result)
    }

    /// What `Handle._run` does: `context.run(callback, *args)`.
    fn call_in_context(
        &mut self,
        context: Option<Value>,
        func: &Value,
        args: Args,
    ) -> PyResult<()> {
        let prev = self.enter_context(context)?;
        let result = self.call(func, args);
        self.leave_context(prev);
        result.map(|_| ())
    }

    /// `tasks._release_waiter`.
    pub(crate) fn release_waiter(&mut self, waiter: &Rc<FutureObj>) -> PyResult<()> {
        if !waiter.done() {
            self.future_set_result(waiter, Value::None)?;
        }
        Ok(())
    }

    /// `_format_handle`: a task step or wakeup shows the task.
    fn format_handle(&mut self, any: &AnyHandle) -> PyResult<String> {
        let task = match &*any.handle().callback.borrow() {
            Some(Callback::TaskStep { task, .. }) => Some(task.clone()),
            Some(Callback::Done { callback: DoneCallback::TaskWakeup(task), .. }) => {
                Some(task.clone())
            }
            _ => None,
        };
        match task {
            Some(t) => self.future_repr(&t),
            None => self.any_handle_repr(any),
        }
    }

    fn run_until_complete_cb(&mut self, fut: &Rc<FutureObj>) {
        if fut.state.get() != FutState::Cancelled {
            let exc = fut.inner.borrow().exception.clone();
            if let Some(e) = exc {
                fut.inner.borrow_mut().log_traceback = false;
                if self.exception_is(&e, ExcKind::SystemExit)
                    || self.exception_is(&e, ExcKind::KeyboardInterrupt)
                {
                    return;
                }
            }
        }
        fut.event_loop.state.borrow_mut().stopping = true;
    }

    /// `_check_running`: a loop runs once at a time, and one loop per thread.
    fn check_running(&self, l: &LoopObj) -> PyResult<()> {
        if l.state.borrow().running {
            return Err(self.new_error(ExcKind::RuntimeError, "This event loop is already running"));
        }
        if self.thread.running_loop.is_some() {
            return Err(self.new_error(
                ExcKind::RuntimeError,
                "Cannot run the event loop while another loop is running",
            ));
        }
        Ok(())
    }

    /// `loop.run_forever()`.
    pub(crate) fn run_forever(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        let old_asyncgen_hooks = self.run_forever_begin(l)?;
        let result = self.run_forever_cycles(l);
        // A daemon thread the program's end leaves here never gets to the `finally`: its
        // loop stays running (and its tasks alive), as in CPython.
        if !crate::vm::scheduler::left_at_exit(&result) {
            self.run_forever_end(l, old_asyncgen_hooks);
        }
        result
    }

    /// `run_forever`'s set-up; returns the async generator hooks to put back at its end.
    pub(crate) fn run_forever_begin(&mut self, l: &Rc<LoopObj>) -> PyResult<[Value; 2]> {
        self.check_closed(l)?;
        self.check_running(l)?;
        self.set_coroutine_origin_tracking(l, self.loop_debug(l));
        {
            let mut s = l.state.borrow_mut();
            s.running = true;
            s.thread_id = Some(self.current_thread_ident());
        }
        self.thread.running_loop = Some(l.clone());
        Ok(self.install_asyncgen_hooks(l))
    }

    /// `run_forever`'s loop: cycles until the loop stops.
    pub(crate) fn run_forever_cycles(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        loop {
            self.run_once(l)?;
            if l.state.borrow().stopping {
                return Ok(());
            }
        }
    }

    /// `run_forever`'s `finally`.
    pub(crate) fn run_forever_end(&mut self, l: &Rc<LoopObj>, old_asyncgen_hooks: [Value; 2]) {
        {
            let mut s = l.state.borrow_mut();
            s.stopping = false;
            s.running = false;
            s.thread_id = None;
        }
        self.thread.running_loop = None;
        self.set_coroutine_origin_tracking(l, false);
        self.thread.asyncgen_hooks = old_asyncgen_hooks;
    }

    /// `_set_coroutine_origin_tracking(enabled)`: a loop in debug mode tracks where
    /// coroutines are created (`vm::coroutine_origin`) while it runs, then restores the depth
    /// it found.
    pub(crate) fn set_coroutine_origin_tracking(&mut self, l: &LoopObj, enabled: bool) {
        let mut state = l.state.borrow_mut();
        match (enabled, state.origin_tracking_saved_depth) {
            (true, None) => {
                state.origin_tracking_saved_depth = Some(self.coroutine_origin_depth);
                self.coroutine_origin_depth = crate::vm::coroutine_origin::DEBUG_STACK_DEPTH;
            }
            (false, Some(saved)) => {
                state.origin_tracking_saved_depth = None;
                self.coroutine_origin_depth = saved;
            }
            _ => {}
        }
    }

    /// `loop.run_until_complete(future)`.
    pub(crate) fn run_until_complete(
        &mut self,
        l: &Rc<LoopObj>,
        awaitable: &Value,
    ) -> PyResult<Value> {
        let (fut, new_task) = self.run_until_complete_begin(l, awaitable)?;
        let result = self.run_forever(l);
        self.run_until_complete_end(&fut, new_task, result)
    }

    /// `run_until_complete` up to its `run_forever`: the checks, the future (and whether it
    /// is a task made here), the done callback that stops the loop.
    pub(crate) fn run_until_complete_begin(
        &mut self,
        l: &Rc<LoopObj>,
        awaitable: &Value,
    ) -> PyResult<(Rc<FutureObj>, bool)> {
        // Refused before it wraps its argument: CPython's frame (in the traceback) still
        // holds it, so a coroutine warns "never awaited" only when the exception dies.
        if let Err(PyErr::Exception(e)) = self.check_closed(l).and_then(|()| self.check_running(l))
        {
            self.keep_with_exception(&e, awaitable.clone());
            return Err(PyErr::Exception(e));
        }
        let new_task = !matches!(awaitable, Value::Future(_));
        let fut = self.ensure_future(awaitable, Some(l))?;
        if new_task {
            if let FutureClass::Task(t) = &fut.class {
                t.log_destroy_pending.set(false);
            }
        }
        self.add_done_callback(&fut, DoneCallback::RunUntilComplete)?;
        Ok((fut, new_task))
    }

    /// `run_until_complete` once its `run_forever` returned.
    pub(crate) fn run_until_complete_end(
        &mut self,
        fut: &Rc<FutureObj>,
        new_task: bool,
        result: PyResult<()>,
    ) -> PyResult<Value> {
        self.remove_done_callback(fut, |c| matches!(c, DoneCallback::RunUntilComplete));
        if let Err(e) = result {
            if new_task && fut.done() && fut.state.get() != FutState::Cancelled {
                fut.inner.borrow_mut().log_traceback = false;
            }
            return Err(e);
        }
        if !fut.done() {
            return Err(self
                .new_error(ExcKind::RuntimeError, "Event loop stopped before Future completed."));
        }
        self.future_result(fut)
    }

    /// `loop.close()`: drops every pending callback.
    pub(crate) fn close_loop(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        if l.state.borrow().running {
            return Err(self.new_error(ExcKind::RuntimeError, "Cannot close a running event loop"));
        }
        if !l.state.borrow().closed && self.loop_debug(l) {
            let args = vec![Value::Loop(l.clone())];
            self.log_asyncio(Level::Debug, &logger::CLOSE, "Close %r", args, None)?;
        }
        let (ready, timers) = {
            let mut s = l.state.borrow_mut();
            if s.closed {
                return Ok(());
            }
            s.closed = true;
            let ready = std::mem::take(&mut s.ready);
            for h in &ready {
                h.handle().in_ready.set(false);
            }
            let timers = std::mem::take(&mut s.timers);
            (ready, timers)
        };
        self.trace_focus_loop(l);
        self.emit(Event::LoopClose);
        self.net_loop_closed(l);
        // What only these handles kept (a task that never ran, its coroutine) dies at the
        // line that clears their queue: warnings name it.
        drop(ready);
        self.flush_warnings_in_base_events(CLOSE_READY.0, CLOSE_READY.1);
        drop(timers);
        self.flush_warnings_in_base_events(CLOSE_SCHEDULED.0, CLOSE_SCHEDULED.1);
        self.remove_signal_handlers(l)
    }

    /// The last step of `close()` in CPython's Unix loop: each signal handler is removed
    /// (the process's handler for that signal goes back to its default).
    fn remove_signal_handlers(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        let handlers = l.state.borrow().signal_handlers.clone();
        let Some(handlers) = handlers else { return Ok(()) };
        if !self.truthy(&handlers)? {
            return Ok(());
        }
        let module = self.import_module("asyncio.selector_events")?;
        let remove = self.get_attr(&module, "_remove_signal_handlers")?;
        self.call(&remove, Args::positional(&[Value::Loop(l.clone())])).map(drop)
    }

    /// `asyncio.run(main)`: a new loop, the main task, then CPython's shutdown sequence.
    /// `asyncio.run` up to its main task's run: the loop and the task.
    pub(crate) fn asyncio_run_start(
        &mut self,
        main: &Value,
        debug: Option<bool>,
    ) -> PyResult<(Rc<LoopObj>, Rc<FutureObj>)> {
        let refused = if self.thread.running_loop.is_some() {
            Some(self.new_error(
                ExcKind::RuntimeError,
                "asyncio.run() cannot be called from a running event loop",
            ))
        } else if self.is_coroutine_like_instance(main) {
            return Err(
                self.unsupported_now("asyncio.run of a coroutine-like object (not a coroutine)")
            );
        } else {
            None
        };
        if let Some(err) = refused {
            // CPython's `run` frame (in the traceback) still holds `main`: a coroutine warns
            // "never awaited" only when the exception dies.
            if let PyErr::Exception(e) = &err {
                self.keep_with_exception(e, main.clone());
            }
            return Err(err);
        }
        // `with Runner(...)` makes the loop on entering, before `Runner.run` checks `main`.
        let l = self.new_event_loop();
        self.set_event_loop(Some(l.clone()));
        if let Some(d) = debug {
            l.state.borrow_mut().debug = d;
        }
        if !self.is_asyncio_coroutine(main) {
            // The runner's exit still shuts the loop down (two tasks) and closes it.
            let r = self.repr(main)?;
            let err =
                self.new_error(ExcKind::ValueError, &format!("a coroutine was expected, got {r}"));
            if let PyErr::Exception(e) = &err {
                self.keep_with_exception(e, main.clone());
            }
            return match self.runner_close(&l, Err(err)) {
                Err(e) => Err(e),
                Ok(_) => Err(self.internal_error("a refused main ended without its error")),
            };
        }
        let task = self.create_task(&l, main.clone(), None)?;
        self.future_made_at(&task, &super::created_at::RUNNER);
        Ok((l, task))
    }

    /// `asyncio.run` once its main task's `run_until_complete` returned: the runner's
    /// shutdown, and main's result or exception.
    pub(crate) fn asyncio_run_finish(
        &mut self,
        l: &Rc<LoopObj>,
        task: Rc<FutureObj>,
        result: PyResult<Value>,
    ) -> PyResult<Value> {
        let result = self.asyncio_run_main_done(task, result)?;
        self.runner_close(l, result)
    }

    /// `asyncio.run` once its main task's `run_until_complete` returned, before the shutdown:
    /// `Err` when nothing shuts down, else main's outcome for the runner's close.
    pub(crate) fn asyncio_run_main_done(
        &mut self,
        task: Rc<FutureObj>,
        result: PyResult<Value>,
    ) -> PyResult<PyResult<Value>> {
        if let Err(PyErr::Exception(e)) = &result {
            // The exception's traceback holds `run_until_complete`'s frame, whose `future` is
            // the main task: whatever main's frame keeps lives as long as the exception. For
            // main's own exception, which the task holds, that is a cycle: left to the
            // collector stand-in at exit (`Vm::free_kept_locals`).
            self.keep_alive_with(e, Value::Future(task.clone()));
        }
        drop(task);
        if let Err(abort @ PyErr::Abort(_)) = result {
            // A deadlock or a budget: CPython would still be waiting, so nothing shuts down.
            return Err(abort);
        }
        Ok(result)
    }

    /// `Runner.__exit__`: `close()` shuts the loop down and closes it while `result`'s
    /// exception, if any, is being handled; an exception of its own replaces that one.
    fn runner_close(&mut self, l: &Rc<LoopObj>, result: PyResult<Value>) -> PyResult<Value> {
        self.runner_close_begin(&result);
        let closed = self.shutdown_loop(l);
        self.runner_close_end(l, result, closed)
    }

    /// `with Runner(...)`: its `__exit__` closes the runner while main's exception, if any,
    /// is being handled (until `runner_close_end`; a thread waiting green keeps it in its
    /// state meanwhile).
    pub(crate) fn runner_close_begin(&mut self, result: &PyResult<Value>) {
        if let Err(PyErr::Exception(e)) = result {
            self.thread.library_handling.push((self.frames.len(), e.clone()));
        }
    }

    /// The end of the runner's close once its shutdown stages returned `closed`: the loop is
    /// closed, and main's outcome returned unless the close raised.
    pub(crate) fn runner_close_end(
        &mut self,
        l: &Rc<LoopObj>,
        result: PyResult<Value>,
        closed: PyResult<()>,
    ) -> PyResult<Value> {
        self.set_event_loop(None);
        let closed2 = self.close_loop(l);
        if let Err(PyErr::Exception(handled)) = &result {
            self.thread.library_handling.pop();
            // Raised by the runner's own code while it handled main's exception.
            for r in [&closed, &closed2] {
                if let Err(PyErr::Exception(e)) = r {
                    let state = crate::vm::exceptions::state_of(e);
                    if state.is_some_and(|s| s.borrow().context.is_none()) {
                        crate::vm::exceptions::set_context(e, handled);
                    }
                }
            }
        }
        // An exception raised by the runner's `close()` replaces main's (its `finally:
        // loop.close()` goes last).
        match (result, closed, closed2) {
            (_, Err(e @ PyErr::Abort(_)), _) => Err(e),
            (_, _, Err(e)) => Err(e),
            (_, Err(e), _) => Err(e),
            (Err(e), _, _) => Err(e),
            (Ok(v), Ok(()), Ok(())) => Ok(v),
        }
    }

    /// `Runner.close()` before `loop.close()`: cancel what is left, then run
    /// `shutdown_asyncgens()` and `shutdown_default_executor()` (each a task, as in CPython),
    /// each stage a nested `run_until_complete`.
    pub(crate) fn shutdown_loop(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        for stage in ShutdownStage::ALL {
            let (awaitable, leftovers) = self.shutdown_stage_begin(l, stage)?;
            if let Some(awaitable) = awaitable {
                let result = self.run_until_complete(l, &awaitable);
                self.shutdown_stage_end(l, &leftovers, result)?;
            }
        }
        Ok(())
    }

    /// A stage of the runner's shutdown up to its `run_until_complete`: what that runs (none
    /// when no task is left to cancel) and the tasks it cancelled. Each stage is recorded
    /// first, so the page can label the tasks it makes.
    pub(crate) fn shutdown_stage_begin(
        &mut self,
        l: &Rc<LoopObj>,
        stage: ShutdownStage,
    ) -> PyResult<(Option<Value>, Vec<Rc<FutureObj>>)> {
        self.emit(Event::RunShutdown { stage });
        match stage {
            ShutdownStage::CancelLeftovers => {
                let to_cancel = self.pending_tasks(l);
                if to_cancel.is_empty() {
                    return Ok((None, to_cancel));
                }
                for t in &to_cancel {
                    self.cancel_future(t, None)?;
                }
                let children: Vec<Value> =
                    to_cancel.iter().map(|t| Value::Future(t.clone())).collect();
                Ok((Some(self.gather(&children, true)?), to_cancel))
            }
            ShutdownStage::ShutdownAsyncgens => {
                Ok((Some(self.shutdown_asyncgens_coroutine(l)), Vec::new()))
            }
            ShutdownStage::ShutdownDefaultExecutor => {
                let coro = super::executors::shutdown_default_executor_coroutine(self, l)?;
                Ok((Some(coro), Vec::new()))
            }
        }
    }

    /// A stage's end, once its `run_until_complete` returned: the cancelled leftovers that
    /// ended with an exception other than their cancellation are reported to the handler.
    pub(crate) fn shutdown_stage_end(
        &mut self,
        l: &Rc<LoopObj>,
        leftovers: &[Rc<FutureObj>],
        result: PyResult<Value>,
    ) -> PyResult<()> {
        result?;
        for t in leftovers {
            if t.state.get() == FutState::Cancelled {
                continue;
            }
            let exc = t.inner.borrow().exception.clone();
            if let Some(exc) = exc {
                t.inner.borrow_mut().log_traceback = false;
                self.report_exception(
                    l,
                    "unhandled exception during asyncio.run() shutdown",
                    Some(&exc),
                    &[("task", Value::Future(t.clone()))],
                    DiagnosticKind::CallbackError,
                )?;
            }
        }
        Ok(())
    }

    /// The tasks of `l` that are not done, in creation order (CPython keeps them in a
    /// `WeakSet`, whose order is arbitrary; creation order is what a reader expects).
    pub(crate) fn pending_tasks(&mut self, l: &Rc<LoopObj>) -> Vec<Rc<FutureObj>> {
        self.asyncio.prune_tasks();
        self.asyncio
            .tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|t| Rc::ptr_eq(&t.event_loop, l) && !t.done())
            .collect()
    }

    /// Every task not done of every running loop, sorted as the deadlock report lists them
    /// (by the number ending the task's name, then the name): threads' T7.
    pub(crate) fn running_loops_pending_tasks(&mut self) -> Vec<Rc<FutureObj>> {
        self.asyncio.prune_tasks();
        let mut tasks: Vec<Rc<FutureObj>> = self
            .asyncio
            .tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|t| !t.done() && t.event_loop.state.borrow().running)
            .collect();
        tasks.sort_by_key(deadlock_order);
        tasks
    }

    /// The one-loop deadlock report of `l` (for a thread's scheduler: the last thread left
    /// waits in `l`'s `select(None)`).
    pub(crate) fn loop_deadlock(&mut self, l: &Rc<LoopObj>) -> PyErr {
        self.deadlock(l)
    }

    /// The deadlock report (exit status 3): what each pending task waits for.
    fn deadlock(&mut self, l: &Rc<LoopObj>) -> PyErr {
        let mut tasks = self.pending_tasks(l);
        tasks.sort_by_key(deadlock_order);
        let mut message = String::from(
            "Deadlock: no callback is ready, no timer is scheduled and no I/O can arrive, so the event loop would wait forever.\nPending tasks:\n",
        );
        for t in &tasks {
            let r = self.future_repr(t).unwrap_or_else(|_| t.short_label());
            message.push_str(&format!("  {r}\n"));
        }
        // What the network adds (listening sockets, fds waited on) goes to the page's
        // diagnostic only: stderr stays the conformance harness's report.
        let note = self.network_deadlock_note(l);
        self.record_diagnostic(DiagnosticKind::Deadlock, &format!("{message}{note}"));
        PyErr::Abort(Rc::new(Abort::Deadlock(message)))
    }
}

/// The deadlock report's order of tasks: by the number ending the name, then the name.
fn deadlock_order(t: &Rc<FutureObj>) -> (u8, u64, String) {
    let name = match &t.class {
        FutureClass::Task(d) => d.name.borrow().to_string(),
        _ => String::new(),
    };
    let digits: String = name.chars().rev().take_while(|c| c.is_ascii_digit()).collect();
    let digits: String = digits.chars().rev().collect();
    match digits.parse::<u64>() {
        Ok(n) if !digits.is_empty() => (0, n, name),
        _ => (1, 0, name),
    }
}

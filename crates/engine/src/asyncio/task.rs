//! Tasks: a future driving a coroutine, one `__step` at a time. The step and wakeup logic follows
//! CPython's `Task.__step`/`__wakeup` line by line, because the order of every `call_soon` here
//! decides the order in which a program's tasks print.

use super::event_loop::LoopObj;
use super::future::{DoneCallback, FutureClass, FutureObj};
use super::handle::Callback;
use crate::vm::objects::{GenKind, GenStep};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_trace::Event;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The fields only a task has (`FutureClass::Task`): its coroutine and the state of its steps.
pub struct TaskData {
    pub coro: Value,
    pub name: RefCell<Rc<str>>,
    pub must_cancel: Cell<bool>,
    /// The future the task waits for.
    pub fut_waiter: RefCell<Option<Rc<FutureObj>>>,
    pub num_cancels_requested: Cell<u32>,
    /// Report "Task was destroyed but it is pending!" if it dies pending.
    pub log_destroy_pending: Cell<bool>,
}

impl Vm {
    /// CPython's garbage collection at interpreter shutdown frees the tasks that reference
    /// cycles still hold (a pending task and the future it waits for point at each other).
    /// It finalizes the coroutine first (closing it runs its `finally` blocks), then the
    /// task's `__del__` reports "Task was destroyed but it is pending!". Here the same
    /// happens, task by task in creation order, and the cycles are cut so everything dies.
    ///
    /// A pending task a module global held (the globals are cleared at exit before that
    /// collection, `held_by_globals`) is finalized the other way round in CPython: the task
    /// reports first, its coroutine still running, then the coroutine closes.
    pub(crate) fn free_leftover_tasks(&mut self, held_by_globals: &[u32]) {
        self.free_leftover_tasks_except(None, held_by_globals);
        // Gathering futures a pending child keeps (child -> callback -> gather -> child).
        let gathers: Vec<Rc<FutureObj>> =
            self.asyncio.gathers.iter().filter_map(std::rc::Weak::upgrade).collect();
        // A pending gather also keeps its plain-future children (a failed one waits for the
        // rest before gather retrieves it): the collector finalizes them with it, all the
        // garbage in creation order.
        let from = crate::vm::warnings::queued();
        for outer in &gathers {
            if let FutureClass::Gathering(shared) = &outer.class {
                if !outer.done() {
                    let children = shared.children.borrow().clone();
                    for child in children.iter().filter(|c| matches!(c.class, FutureClass::Future))
                    {
                        child.report_unretrieved_live();
                    }
                }
            }
            outer.report_unretrieved_live();
        }
        crate::vm::warnings::finalize_in_creation_order(from);
        self.flush_warnings_at_shutdown();
        for outer in gathers {
            if let FutureClass::Gathering(shared) = &outer.class {
                let cut = shared.outer.borrow_mut().take();
                drop(cut);
            }
        }
    }

    /// Serials of the pending tasks the main module's globals reach: asked before the
    /// globals are cleared at exit, and only when some task is still pending (the walk is
    /// bounded, but not free).
    pub(crate) fn pending_tasks_held_by_globals(&self) -> Vec<u32> {
        let any_pending =
            self.asyncio.tasks.iter().filter_map(std::rc::Weak::upgrade).any(|t| !t.done());
        if !any_pending {
            return Vec::new();
        }
        let globals: Vec<Value> =
            self.main_module.slots.borrow().iter().flatten().cloned().collect();
        let mut order = crate::vm::exceptions::rescue_order(globals.iter());
        // A loop a global holds (`loop = asyncio.new_event_loop()`, never closed) holds its
        // pending tasks through its timers and ready handles: they die when it does.
        for value in &globals {
            let Value::Loop(held) = value else { continue };
            if held.state.borrow().closed {
                continue;
            }
            for task in self.asyncio.tasks.iter().filter_map(std::rc::Weak::upgrade) {
                if !task.done()
                    && Rc::ptr_eq(&task.event_loop, held)
                    && !order.contains(&task.serial)
                {
                    order.push(task.serial);
                }
            }
        }
        order
    }

    /// A pending task of the loop this thread's policy keeps (`set_event_loop(loop)`, never
    /// closed): the loop outlives the program's objects, and so does the task, which is
    /// never reported as destroyed (CPython's last teardown frees it silently).
    fn kept_by_policy(&self, task: &FutureObj) -> bool {
        self.thread
            .event_loop
            .as_ref()
            .is_some_and(|kept| Rc::ptr_eq(kept, &task.event_loop) && !kept.state.borrow().closed)
    }

    /// The first collection at exit while the uncaught exception `exc` is still held: the
    /// pending tasks it reaches (through the locals it keeps) or the module's globals reach
    /// are not garbage yet; the others are freed as `free_leftover_tasks` frees them.
    pub(crate) fn free_leftover_tasks_not_reached_from(&mut self, exc: &Value) {
        let mut roots: Vec<Value> = crate::vm::exceptions::state_of(exc)
            .map(|s| s.borrow().kept_locals.clone())
            .unwrap_or_default();
        roots.extend(self.main_module.slots.borrow().iter().flatten().cloned());
        let reached = crate::vm::exceptions::rescue_order(roots.iter());
        self.free_leftover_tasks_except(Some(&reached), &[]);
        self.flush_warnings_at_shutdown();
    }

    /// Frees the leftover tasks; with `reached`, only the pending ones not in it.
    fn free_leftover_tasks_except(&mut self, reached: Option<&[u32]>, held_by_globals: &[u32]) {
        let mut tasks: Vec<Rc<FutureObj>> = self
            .asyncio
            .tasks
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .filter(|t| reached.is_none_or(|r| !t.done() && !r.contains(&t.serial)))
            .filter(|t| !self.kept_by_policy(t))
            // A loop still running at exit runs in a daemon thread left where it was: its
            // frames keep the loop and its tasks.
            .filter(|t| !t.event_loop.state.borrow().running)
            .collect();
        // What only cycles held is garbage at the first collection; what the globals held
        // becomes garbage at a later one, once they are cleared.
        tasks.sort_by_key(|t| held_by_globals.contains(&t.serial));
        for task in &tasks {
            if let FutureClass::Task(data) = &task.class {
                if !task.done() {
                    let task_first = held_by_globals.contains(&task.serial);
                    // A coroutine the task never started is not closed by the collector: it
                    // dies unstarted, "coroutine ... was never awaited" (`_PyGen_Finalize`).
                    let unstarted = matches!(&data.coro,
                        Value::Gen(g) if g.state.get() == crate::vm::objects::GenState::Created);
                    if !task_first && unstarted {
                        finalize_unstarted(&data.coro);
                    } else if !task_first && self.close_collected(&data.coro).is_err() {
                        return;
                    }
                    let custom_handler = task.event_loop.state.borrow().exception_handler.is_some();
                    if custom_handler && data.log_destroy_pending.replace(false) {
                        // The task's `__del__` asks its loop's handler, the program's own.
                        // (`{'task': self, 'message': ...}`, in that order.)
                        let pairs = vec![
                            Value::str("task"),
                            Value::Future(task.clone()),
                            Value::str("message"),
                            Value::str("Task was destroyed but it is pending!"),
                        ];
                        let reported = self.dict_from_pairs(pairs).and_then(|context| {
                            self.call_exception_handler(
                                &task.event_loop.clone(),
                                &context,
                                loopscope_trace::DiagnosticKind::DestroyedPending,
                            )
                        });
                        if let Err(PyErr::Abort(_)) = reported {
                            return;
                        }
                    }
                    if data.log_destroy_pending.replace(false) {
                        let repr = match self.future_repr(task) {
                            Ok(r) => r,
                            Err(_) => super::reprs::dying_future_repr(task, &Value::None),
                        };
                        crate::vm::warnings::queue(
                            crate::vm::warnings::Pending::DestroyedPending {
                                repr,
                                serial: task.serial,
                                repr_from_vm: true,
                            },
                        );
                    }
                    self.flush_warnings_at_shutdown();
                    if task_first && unstarted {
                        finalize_unstarted(&data.coro);
                        self.flush_warnings_at_shutdown();
                    } else if task_first {
                        if self.close_collected(&data.coro).is_err() {
                            return;
                        }
                        self.flush_warnings_at_shutdown();
                    }
                } else {
                    // A failed task only a cycle keeps (a gather's children and callbacks).
                    task.report_unretrieved_live();
                    self.flush_warnings_at_shutdown();
                }
            }
        }
        // The collector finalizes every object of the garbage before it clears any: the
        // reports above show the futures the tasks wait for with their callbacks. Now cut.
        for task in &tasks {
            if let FutureClass::Task(data) = &task.class {
                let waited = data.fut_waiter.borrow_mut().take();
                if let Some(waited) = waited {
                    let callbacks = std::mem::take(&mut waited.inner.borrow_mut().callbacks);
                    drop(callbacks);
                }
            }
        }
    }

    /// `inspect.isawaitable` for what is neither a coroutine nor a future: an object whose
    /// class has `__await__`.
    fn is_awaitable(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(inst) if inst.class.lookup("__await__").is_some())
    }

    pub fn is_coroutine(&self, v: &Value) -> bool {
        match v {
            Value::Gen(g) => g.kind == GenKind::Coroutine,
            Value::NativeCoro(_) => true,
            _ => false,
        }
    }

    /// `asyncio.iscoroutine(v)` in 3.11: a coroutine, or a generator (`types.GeneratorType`
    /// is among `_COROUTINE_TYPES`, for the old generator-based coroutines): what tasks,
    /// `ensure_future` and `asyncio.run` accept as a coroutine.
    pub fn is_asyncio_coroutine(&self, v: &Value) -> bool {
        self.is_coroutine(v) || matches!(v, Value::Gen(g) if g.kind == GenKind::Generator)
    }

    /// `asyncio.iscoroutine(v)` for what is not a coroutine or generator object: an instance
    /// of a class with the `collections.abc.Coroutine` methods (such as what `types.coroutine`
    /// wraps a returned generator in). Tasks cannot drive those yet.
    pub fn is_coroutine_like_instance(&self, v: &Value) -> bool {
        let Value::Instance(inst) = v else { return false };
        ["__await__", "send", "throw", "close"]
            .iter()
            .all(|name| inst.class.lookup(name).is_some_and(|m| !m.is_none()))
    }

    /// `loop.create_task(coro, name=name)`.
    pub(crate) fn create_task(
        &mut self,
        l: &Rc<LoopObj>,
        coro: Value,
        name: Option<Rc<str>>,
    ) -> PyResult<Rc<FutureObj>> {
        if self.is_coroutine_like_instance(&coro) {
            return Err(self.unsupported_now("a task of a coroutine-like object (not a coroutine)"));
        }
        if !self.is_asyncio_coroutine(&coro) {
            let r = self.repr(&coro)?;
            return Err(
                self.new_error(ExcKind::TypeError, &format!("a coroutine was expected, got {r}"))
            );
        }
        if l.state.borrow().closed {
            // `create_task`'s frame, in the traceback, still holds the coroutine (3.11 does
            // not close it): it warns "never awaited" when the exception dies.
            let err = self.new_error(ExcKind::RuntimeError, "Event loop is closed");
            if let PyErr::Exception(e) = &err {
                self.keep_with_exception(e, coro);
            }
            return Err(err);
        }
        // The counter advances for a task made without a name (CPython's C task does so).
        let name = match name {
            Some(n) => n,
            None => {
                self.asyncio.task_counter += 1;
                format!("Task-{}", self.asyncio.task_counter).into()
            }
        };
        let coro_serial = match &coro {
            Value::Gen(g) => g.serial,
            Value::NativeCoro(c) => c.serial,
            _ => 0,
        };
        let data = TaskData {
            coro,
            name: RefCell::new(name.clone()),
            must_cancel: Cell::new(false),
            fut_waiter: RefCell::new(None),
            num_cancels_requested: Cell::new(0),
            log_destroy_pending: Cell::new(true),
        };
        let task = self.new_future(l, FutureClass::Task(Box::new(data)));
        if let Some(context) = self.snapshot_context() {
            self.asyncio.task_contexts.insert(task.serial, context);
        }
        if self.trace.enabled() {
            let name_id = self.trace.intern(&name);
            self.emit(Event::TaskNew { task: task.serial, coro: coro_serial, name: name_id });
        }
        self.call_soon(l, Callback::TaskStep { task: task.clone(), exc: None })?;
        self.asyncio.register_task(&task);
        Ok(task)
    }

    /// `Task.__step(exc)`, in the task's context (CPython schedules it with
    /// `context=self._context`).
    pub(crate) fn task_step(&mut self, task: &Rc<FutureObj>, exc: Option<Value>) -> PyResult<()> {
        let FutureClass::Task(data) = &task.class else { return Ok(()) };
        if self.asyncio.task_contexts.is_empty() && self.thread.context.is_none() {
            // No context variable anywhere yet: the step runs in the empty context it has.
            let result = self.task_step_in_context(task, data, exc);
            if self.thread.context.is_some() {
                // The step set a variable: that context is the task's from now on.
                if let Some(made) = self.leave_context(None) {
                    self.keep_task_context(task, made);
                }
            }
            return result;
        }
        let context = self.asyncio.task_contexts.get(&task.serial).cloned();
        let prev = self.enter_context(context)?;
        let result = self.task_step_in_context(task, data, exc);
        let ran = self.leave_context(prev);
        if let Some(ran) = ran {
            self.keep_task_context(task, ran);
        }
        result
    }

    /// Keeps the context a task's steps run in, until the task is done.
    fn keep_task_context(&mut self, task: &FutureObj, context: Value) {
        if task.done() {
            self.asyncio.task_contexts.remove(&task.serial);
        } else {
            self.asyncio.task_contexts.insert(task.serial, context);
        }
    }

    fn task_step_in_context(
        &mut self,
        task: &Rc<FutureObj>,
        data: &TaskData,
        exc: Option<Value>,
    ) -> PyResult<()> {
        if task.done() {
            return Err(self.new_error(ExcKind::InvalidStateError, "_step(): already done"));
        }
        let mut exc = exc;
        if data.must_cancel.get() {
            let is_cancel =
                exc.as_ref().is_some_and(|e| self.exception_is(e, ExcKind::CancelledError));
            if !is_cancel {
                exc = Some(self.make_cancelled_error(task));
            }
            data.must_cancel.set(false);
        }
        *data.fut_waiter.borrow_mut() = None;
        if !self.asyncio.duck_waiters.is_empty() {
            self.asyncio.duck_waiters.remove(&task.serial);
        }
        if let Some(current) = self.thread.current_task.clone() {
            let (a, b) = (self.future_repr(task)?, self.future_repr(&current)?);
            return Err(self.new_error(
                ExcKind::RuntimeError,
                &format!("Cannot enter into task {a} while another task {b} is being executed."),
            ));
        }
        self.thread.current_task = Some(task.clone());
        // Derived from the `HandleRun` that runs the step (see `trace::codec`).
        self.emit_derived(Event::TaskStep { task: task.serial });
        let coro = data.coro.clone();
        // A generator-based coroutine's yields pass up to the task, as a coroutine's do: its
        // frame is the task's, not a generator suspended by iteration.
        if let Value::Gen(g) = &coro {
            if g.kind == GenKind::Generator {
                g.awaited.set(true);
            }
        }
        self.trace_resuming_chain = self.trace.enabled();
        let step = match exc {
            None => self.gen_send(&coro, Value::None),
            Some(e) => self.gen_throw(&coro, PyErr::Exception(e)),
        };
        self.trace_resuming_chain = false;
        // The coroutine's exception ends here (the task keeps it): raised again later by
        // `result()` or `await`, it is raised anew and gets that frame's context.
        self.thread.propagating_from_generator = None;
        let result = self.after_step(task, data, step);
        self.thread.current_task = None;
        result
    }

    /// What `__step` does with the coroutine's answer.
    fn after_step(&mut self, task: &Rc<FutureObj>, data: &TaskData, step: GenStep) -> PyResult<()> {
        let l = task.event_loop.clone();
        if let GenStep::Error(PyErr::Exception(e)) = &step {
            // The C `__step` fetches it and sets its `__traceback__`.
            Vm::commit_traceback(e);
        }
        match step {
            GenStep::Return(v) => {
                if data.must_cancel.get() {
                    data.must_cancel.set(false);
                    let msg = task.inner.borrow().cancel_message.clone();
                    self.future_cancel(task, msg)?;
                } else {
                    self.future_set_result(task, v)?;
                }
            }
            GenStep::Error(PyErr::Exception(e))
                if self.exception_is(&e, ExcKind::CancelledError) =>
            {
                task.inner.borrow_mut().rare.get_or_insert_with(Default::default).cancelled_exc =
                    Some(e);
                self.future_cancel(task, None)?;
            }
            GenStep::Error(PyErr::Exception(e))
                if self.exception_is(&e, ExcKind::KeyboardInterrupt)
                    || self.exception_is(&e, ExcKind::SystemExit) =>
            {
                self.future_set_exception(task, e.clone())?;
                return Err(PyErr::Exception(e));
            }
            GenStep::Error(PyErr::Exception(e)) => self.future_set_exception(task, e)?,
            GenStep::Error(abort) => return Err(abort),
            GenStep::Yield(Value::Future(fut)) => {
                if !Rc::ptr_eq(&fut.event_loop, &l) {
                    let msg = format!(
                        "Task {} got Future {} attached to a different loop",
                        self.future_repr(task)?,
                        self.future_repr(&fut)?
                    );
                    self.step_again_with_error(task, &msg)?;
                } else if fut.inner.borrow().blocking {
                    if Rc::ptr_eq(&fut, task) {
                        let msg =
                            format!("Task cannot await on itself: {}", self.future_repr(task)?);
                        self.step_again_with_error(task, &msg)?;
                    } else {
                        fut.inner.borrow_mut().blocking = false;
                        self.add_done_callback(&fut, DoneCallback::TaskWakeup(task.clone()))?;
                        *data.fut_waiter.borrow_mut() = Some(fut.clone());
                        self.emit(Event::TaskWait { task: task.serial, future: fut.serial });
                        if data.must_cancel.get() {
                            let msg = task.inner.borrow().cancel_message.clone();
                            if self.cancel_future(&fut, msg)? {
                                data.must_cancel.set(false);
                            }
                        }
                    }
                } else {
                    let msg = format!(
                        "yield was used instead of yield from in task {} with {}",
                        self.future_repr(task)?,
                        self.future_repr(&fut)?
                    );
                    self.step_again_with_error(task, &msg)?;
                }
            }
            GenStep::Yield(Value::None) => {
                // A bare yield (`asyncio.sleep(0)`): run again on the next loop iteration.
                self.call_soon(&l, Callback::TaskStep { task: task.clone(), exc: None })?;
                self.emit(Event::TaskWait { task: task.serial, future: 0 });
            }
            GenStep::Yield(other) if self.is_duck_future(&other) => {
                self.wait_on_duck_future(task, data, other)?;
            }
            GenStep::Yield(other) => {
                let msg = match &other {
                    Value::Gen(g) if g.kind == GenKind::Generator => format!(
                        "yield was used instead of yield from for generator in task {} with {}",
                        self.future_repr(task)?,
                        self.repr(&other)?
                    ),
                    _ => format!("Task got bad yield: {}", self.repr(&other)?),
                };
                self.step_again_with_error(task, &msg)?;
            }
        }
        Ok(())
    }

    /// Whether a task's coroutine yielded a future that is not asyncio's own: an object of
    /// the program's with `_asyncio_future_blocking` (CPython's Task duck-types futures).
    fn is_duck_future(&mut self, yielded: &Value) -> bool {
        matches!(yielded, Value::Instance(inst) if inst.class.is_user)
            && self.get_attr(yielded, "_asyncio_future_blocking").is_ok_and(|b| !b.is_none())
    }

    /// `__step`'s handling of a duck-typed future, as for a native one: the same loop, then
    /// `add_done_callback(wakeup, context=...)` with the task's wakeup; the task waits for it
    /// (`AsyncioState::duck_waiters`).
    fn wait_on_duck_future(
        &mut self,
        task: &Rc<FutureObj>,
        data: &TaskData,
        fut: Value,
    ) -> PyResult<()> {
        let fut_loop = match self.get_attr(&fut, "get_loop") {
            Ok(get_loop) => self.call(&get_loop, Args::positional(&[]))?,
            Err(_) => self.get_attr(&fut, "_loop")?,
        };
        let same_loop = matches!(&fut_loop, Value::Loop(l) if Rc::ptr_eq(l, &task.event_loop));
        if !same_loop {
            let msg = format!(
                "Task {} got Future {} attached to a different loop",
                self.future_repr(task)?,
                self.repr(&fut)?
            );
            return self.step_again_with_error(task, &msg);
        }
        let blocking = self.get_attr(&fut, "_asyncio_future_blocking")?;
        if !self.truthy(&blocking)? {
            let msg = format!(
                "yield was used instead of yield from in task {} with {}",
                self.future_repr(task)?,
                self.repr(&fut)?
            );
            return self.step_again_with_error(task, &msg);
        }
        self.set_attr(&fut, "_asyncio_future_blocking", Value::Bool(false))?;
        let wakeup = Value::Builtin(Rc::new(crate::vm::objects::BuiltinObj {
            name: "task_wakeup",
            func: duck_future_wakeup,
            bound: Some(Value::Future(task.clone())),
            owner: "Task",
        }));
        let context = match self.thread.context.clone() {
            Some(c) => c,
            None => self.empty_context(),
        };
        let add = self.get_attr(&fut, "add_done_callback")?;
        let names = [Value::str("context")];
        self.call(&add, Args { pos: &[wakeup], kw_names: &names, kw_values: &[context] })?;
        self.asyncio.duck_waiters.insert(task.serial, fut.clone());
        self.emit(Event::TaskWait { task: task.serial, future: 0 });
        if data.must_cancel.get() {
            let msg = task.inner.borrow().cancel_message.clone();
            if self.cancel_duck_future(&fut, msg) {
                data.must_cancel.set(false);
            }
        }
        Ok(())
    }

    fn step_again_with_error(&mut self, task: &Rc<FutureObj>, message: &str) -> PyResult<()> {
        let err = self.new_error(ExcKind::RuntimeError, message);
        let PyErr::Exception(e) = err else { return Err(err) };
        let l = task.event_loop.clone();
        self.call_soon(&l, Callback::TaskStep { task: task.clone(), exc: Some(e) })?;
        // The step ends with the task pending, as after a bare yield.
        self.emit(Event::TaskWait { task: task.serial, future: 0 });
        Ok(())
    }

    /// `Task.__wakeup(future)`.
    pub(crate) fn task_wakeup(
        &mut self,
        task: &Rc<FutureObj>,
        future: &Rc<FutureObj>,
    ) -> PyResult<()> {
        match self.future_result(future) {
            Ok(_) => self.task_step(task, None),
            Err(PyErr::Exception(e)) => {
                // The C `__wakeup` raises it with `PyErr_SetObject`, which chains what is being
                // handled then (main's exception while asyncio.run shuts down).
                if let Some(handled) = self.handled_exception(None) {
                    crate::vm::exceptions::set_context(&e, &handled);
                }
                self.task_step(task, Some(e))
            }
            Err(abort) => Err(abort),
        }
    }

    /// `Task.cancel(msg)`.
    fn task_cancel(
        &mut self,
        task: &Rc<FutureObj>,
        data: &TaskData,
        message: Option<Value>,
    ) -> PyResult<bool> {
        task.inner.borrow_mut().log_traceback = false;
        if task.done() {
            return Ok(false);
        }
        data.num_cancels_requested.set(data.num_cancels_requested.get() + 1);
        if self.trace.enabled() {
            let text = match &message {
                Some(m) if !m.is_none() => crate::safe_repr::safe_repr(m),
                _ => String::new(),
            };
            let id = self.trace.intern(&text);
            self.emit(Event::TaskCancel { task: task.serial, message: id });
        }
        let waiter = data.fut_waiter.borrow().clone();
        if let Some(w) = waiter {
            if self.cancel_future(&w, message.clone())? {
                return Ok(true);
            }
        }
        if let Some(duck) = self.asyncio.duck_waiters.get(&task.serial).cloned() {
            if self.cancel_duck_future(&duck, message.clone()) {
                return Ok(true);
            }
        }
        data.must_cancel.set(true);
        task.inner.borrow_mut().cancel_message = message;
        Ok(true)
    }

    /// `duck.cancel(msg=msg)` on the program's future-like object a task waits for. (What it
    /// raises is dropped: `Task.cancel` has no way to pass it on here; it counts as False.)
    fn cancel_duck_future(&mut self, duck: &Value, message: Option<Value>) -> bool {
        let names = [Value::str("msg")];
        let msg = [message.unwrap_or(Value::None)];
        let cancelled = self
            .get_attr(duck, "cancel")
            .and_then(|cancel| {
                self.call(&cancel, Args { pos: &[], kw_names: &names, kw_values: &msg })
            })
            .and_then(|answer| self.truthy(&answer));
        cancelled.unwrap_or(false)
    }

    /// `fut.cancel(msg)` for any kind of future.
    pub(crate) fn cancel_future(
        &mut self,
        fut: &Rc<FutureObj>,
        message: Option<Value>,
    ) -> PyResult<bool> {
        match &fut.class {
            FutureClass::Future => self.future_cancel(fut, message),
            FutureClass::Task(data) => self.task_cancel(fut, data, message),
            FutureClass::Gathering(shared) => self.gather_cancel(fut, shared, message),
        }
    }

    /// `asyncio.ensure_future(x)`: a future as is, a coroutine wrapped in a task.
    pub(crate) fn ensure_future(
        &mut self,
        v: &Value,
        l: Option<&Rc<LoopObj>>,
    ) -> PyResult<Rc<FutureObj>> {
        if let Value::Future(f) = v {
            if let Some(l) = l {
                if !Rc::ptr_eq(&f.event_loop, l) {
                    return Err(self.new_error(
                        ExcKind::ValueError,
                        "The future belongs to a different loop than the one specified as the loop argument",
                    ));
                }
            }
            return Ok(f.clone());
        }
        let coro = if self.is_asyncio_coroutine(v) {
            v.clone()
        } else if self.is_awaitable(v) {
            let body = Box::new(super::native::WrapAwaitable::new(v.clone()));
            super::native::native_coroutine(self, "_wrap_awaitable", "_wrap_awaitable", body)
        } else {
            return Err(self.new_error(
                ExcKind::TypeError,
                "An asyncio.Future, a coroutine or an awaitable is required",
            ));
        };
        let l = match l {
            Some(l) => l.clone(),
            None => self.get_event_loop()?,
        };
        let no_keywords = Args::positional(&[]);
        match self.task_from_factory(&l, &coro, None, &no_keywords)? {
            Some(Value::Future(task)) => return Ok(task),
            Some(_) => {
                return Err(self.unsupported_now(
                    "a task factory that returns something other than an asyncio.Task",
                ))
            }
            None => {}
        }
        let task = self.create_task(&l, coro, None)?;
        self.future_made_at(&task, &super::created_at::ENSURE_FUTURE);
        Ok(task)
    }

    /// The running loop, or RuntimeError (`asyncio.get_running_loop()`).
    pub(crate) fn running_loop(&self) -> PyResult<Rc<LoopObj>> {
        self.thread
            .running_loop
            .clone()
            .ok_or_else(|| self.new_error(ExcKind::RuntimeError, "no running event loop"))
    }

    /// `asyncio.get_event_loop()`: the running loop, else the current one, made the first
    /// time if `set_event_loop` was never called (3.11.7's policy, which warns nothing) and
    /// only in the main thread: another thread must make and set its own.
    pub(crate) fn get_event_loop(&mut self) -> PyResult<Rc<LoopObj>> {
        if let Some(l) = &self.thread.running_loop {
            return Ok(l.clone());
        }
        let in_main = self.threads.current == crate::vm::scheduler::MAIN;
        if self.thread.event_loop.is_none() && !self.thread.event_loop_set_called && in_main {
            let l = self.new_event_loop();
            self.set_event_loop(Some(l));
        }
        match &self.thread.event_loop {
            Some(l) => Ok(l.clone()),
            None => {
                let name =
                    if in_main { "MainThread".to_string() } else { self.current_thread_name()? };
                let r = loopscope_pyfmt::str_repr(&name);
                let message = format!("There is no current event loop in thread {r}.");
                Err(self.new_error(ExcKind::RuntimeError, &message))
            }
        }
    }

    /// `threading.current_thread().name` (threading is imported: a thread other than the
    /// main one was started with it).
    fn current_thread_name(&mut self) -> PyResult<String> {
        let threading = self.import_module("threading")?;
        let current = self.get_attr(&threading, "current_thread")?;
        let thread = self.call0(&current)?;
        let name = self.get_attr(&thread, "name")?;
        self.str_of(&name)
    }

    /// `asyncio.set_event_loop(loop)`.
    pub(crate) fn set_event_loop(&mut self, l: Option<Rc<LoopObj>>) {
        self.thread.event_loop_set_called = true;
        self.thread.event_loop = l;
    }

    pub(crate) fn task_uncancel(&mut self, task: &FutureObj) -> u32 {
        match &task.class {
            FutureClass::Task(d) => {
                let n = d.num_cancels_requested.get().saturating_sub(1);
                d.num_cancels_requested.set(n);
                n
            }
            _ => 0,
        }
    }
}

/// The wakeup a duck-typed future calls when done: `Task.__wakeup(future)`, which asks the
/// future for its result and steps the task with it or with its exception.
fn duck_future_wakeup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Future(task)), Some(fut)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.new_error(ExcKind::TypeError, "task_wakeup() takes one argument"));
    };
    let task = task.clone();
    let result = vm.get_attr(fut, "result").and_then(|r| vm.call(&r, Args::positional(&[])));
    match result {
        Ok(_) => vm.task_step(&task, None)?,
        Err(PyErr::Exception(e)) => vm.task_step(&task, Some(e))?,
        Err(abort) => return Err(abort),
    }
    Ok(Value::None)
}

fn finalize_unstarted(coro: &Value) {
    if let Value::Gen(g) = coro {
        g.finalize_unstarted();
    }
}

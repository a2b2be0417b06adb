//! asyncio's coroutines written in Python in CPython (`sleep`, `wait_for`, ...), as native
//! state machines. Each state is a point where CPython's code awaits; each transition does what
//! that code does between two awaits, so the loop sees the same callbacks in the same order.

use super::future::{DoneCallback, FutureClass, FutureObj};
use super::handle::{Callback, TimerHandleObj};
use crate::vm::objects::{GenState, GenStep, NativeAwaitable, NativeCoroObj};
use crate::vm::value::Value;
use crate::vm::{PyErr, Serial, Vm};
use crate::ExcKind;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Wraps a state machine as a coroutine object. Always inlined: `asyncio.sleep` makes one per
/// call, and a call costs more than the body.
#[inline(always)]
pub fn native_coroutine(
    vm: &mut Vm,
    name: &'static str,
    qualname: &'static str,
    body: Box<dyn NativeAwaitable>,
) -> Value {
    let serial = vm.next_serial(Serial::Coroutine);
    vm.trace_allocation(serial);
    Value::NativeCoro(Rc::new(NativeCoroObj {
        name,
        qualname,
        state: Cell::new(GenState::Created),
        body: RefCell::new(body),
        serial,
    }))
}

/// A coroutine that returns `None` at once (the loop's `shutdown_asyncgens()` and
/// `shutdown_default_executor()` when there is nothing to shut down).
pub fn immediate_coroutine(vm: &mut Vm, qualname: &'static str) -> Value {
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    native_coroutine(vm, name, qualname, Box::new(Immediate))
}

struct Immediate;

impl NativeAwaitable for Immediate {
    fn send(&mut self, _vm: &mut Vm, _value: Value) -> GenStep {
        GenStep::Return(Value::None)
    }

    fn throw(&mut self, _vm: &mut Vm, error: PyErr) -> GenStep {
        GenStep::Error(error)
    }
}

/// `asyncio.sleep(delay, result)`.
/// A delay or timeout argument: a number, or the object that is not one. CPython's `sleep`
/// and `wait_for` compare it with 0 only when the coroutine first runs, so the `TypeError`
/// comes from there (a task fails with it), not from the call that made the coroutine.
pub enum Seconds {
    Number(f64),
    Invalid(Value),
}

#[cold]
fn not_comparable(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    let message =
        format!("'<=' not supported between instances of '{}' and 'int'", vm.type_name(v));
    vm.new_error(ExcKind::TypeError, &message)
}

impl Seconds {
    /// The number, or the `TypeError` of `value <= 0`.
    #[inline]
    fn number(&self, vm: &Vm) -> crate::vm::PyResult<f64> {
        match self {
            Seconds::Number(n) => Ok(*n),
            Seconds::Invalid(v) => Err(not_comparable(vm, v)),
        }
    }
}

pub struct Sleep {
    delay: Seconds,
    pub result: Value,
    state: SleepState,
}

enum SleepState {
    Start,
    /// `sleep(0)`: yielded once (`__sleep0`), returns when resumed.
    YieldedOnce,
    /// Awaiting the future a timer will complete.
    Waiting {
        future: Rc<FutureObj>,
        timer: Rc<TimerHandleObj>,
    },
    Finished,
}

impl Sleep {
    pub fn new(delay: Seconds, result: Value) -> Self {
        Sleep { delay, result, state: SleepState::Start }
    }

    /// Leaving the `try` around `await future`: `finally: h.cancel()`.
    fn finish(&mut self, vm: &mut Vm, step: GenStep) -> GenStep {
        if let SleepState::Waiting { timer, .. } =
            std::mem::replace(&mut self.state, SleepState::Finished)
        {
            vm.cancel_timer(&timer);
        }
        step
    }
}

impl NativeAwaitable for Sleep {
    fn awaiting(&self) -> Option<Value> {
        // `await future`: CPython's sleep waits in the future's `__await__` iterator.
        match &self.state {
            SleepState::Waiting { future, .. } => Some(crate::vm::iter::new_iter(
                crate::vm::objects::IterState::FutureIter(future.clone()),
            )),
            _ => None,
        }
    }

    fn send(&mut self, vm: &mut Vm, _value: Value) -> GenStep {
        match &self.state {
            SleepState::Start => {
                let delay = match self.delay.number(vm) {
                    Ok(d) => d,
                    Err(e) => {
                        self.state = SleepState::Finished;
                        return GenStep::Error(e);
                    }
                };
                if delay <= 0.0 {
                    self.state = SleepState::YieldedOnce;
                    return GenStep::Yield(Value::None);
                }
                let l = match vm.running_loop() {
                    Ok(l) => l,
                    Err(e) => return GenStep::Error(e),
                };
                let future = vm.new_future(&l, FutureClass::Future);
                vm.future_made_at(&future, &super::created_at::CREATE_FUTURE);
                let callback = Callback::SetResultUnlessCancelled {
                    future: future.clone(),
                    value: self.result.clone(),
                };
                let timer = match vm.call_later(&l, delay, callback) {
                    Ok(t) => t,
                    Err(e) => return GenStep::Error(e),
                };
                self.state = SleepState::Waiting { future: future.clone(), timer };
                let step = vm.future_await_step(&future);
                if matches!(step, GenStep::Yield(_)) {
                    step
                } else {
                    self.finish(vm, step)
                }
            }
            SleepState::YieldedOnce => {
                self.state = SleepState::Finished;
                GenStep::Return(std::mem::replace(&mut self.result, Value::None))
            }
            SleepState::Waiting { future, .. } => {
                let future = future.clone();
                let step = vm.future_await_step(&future);
                if matches!(step, GenStep::Yield(_)) {
                    step
                } else {
                    self.finish(vm, step)
                }
            }
            SleepState::Finished => GenStep::Error(
                vm.new_error(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
            ),
        }
    }

    fn throw(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        self.finish(vm, GenStep::Error(error))
    }

    /// `await __sleep0()` or `return await future` in CPython's `sleep`.
    fn waiting_line(&self) -> Option<u32> {
        match self.state {
            SleepState::YieldedOnce => Some(SLEEP0_LINE),
            SleepState::Waiting { .. } => Some(SLEEP_AWAIT_LINE),
            _ => None,
        }
    }
}

/// Where CPython 3.11.7's `asyncio.sleep` waits (tasks.py): `await __sleep0()` for a delay
/// of 0 or less, `return await future` otherwise.
pub const SLEEP0_LINE: u32 = 640;
pub const SLEEP_AWAIT_LINE: u32 = 649;

/// `asyncio.wait_for(aw, timeout)`, following CPython 3.11's coroutine.
pub struct WaitFor {
    aw: Value,
    timeout: Option<Seconds>,
    state: WaitForState,
    /// CPython's local `fut` (what `ensure_future` made): an error leaving wait_for has its
    /// frame in the traceback, so it keeps `fut` alive (a failed task and its own exception
    /// then hold each other: freed by the collector, not when the caller drops them).
    fut: Option<Rc<FutureObj>>,
}

enum WaitForState {
    Start,
    /// `timeout is None`: `return await fut`, driving the awaitable.
    Delegating {
        inner: Value,
    },
    /// Waiting for `waiter` (released by the timeout or by `fut` finishing).
    AwaitWaiter {
        fut: Rc<FutureObj>,
        waiter: Rc<FutureObj>,
        timer: Rc<TimerHandleObj>,
    },
    /// `await _cancel_and_wait(fut)`; `then` says what follows.
    CancelAndWait {
        fut: Rc<FutureObj>,
        waiter: Rc<FutureObj>,
        timer: Option<Rc<TimerHandleObj>>,
        then: AfterCancel,
    },
    Finished,
}

/// What `wait_for` does once the cancelled inner future has finished.
#[derive(Clone)]
enum AfterCancel {
    /// Timed out: the result, or `TimeoutError` from the CancelledError.
    ResultOrTimeout,
    /// The outer task was cancelled: re-raise that CancelledError.
    Reraise(Value),
}

impl WaitFor {
    pub fn new(aw: Value, timeout: Option<Seconds>) -> Self {
        WaitFor { aw, timeout, state: WaitForState::Start, fut: None }
    }

    /// An error leaving wait_for keeps its frame's `fut` (see `WaitFor::fut`).
    fn leaving(&mut self, vm: &mut Vm, step: GenStep) -> GenStep {
        if let GenStep::Error(PyErr::Exception(e)) = &step {
            if let Some(fut) = self.fut.take() {
                vm.keep_with_exception(e, Value::Future(fut));
            }
        }
        if !matches!(step, GenStep::Yield(_)) {
            // The finished frame lets go of its locals.
            self.fut = None;
            self.aw = Value::None;
        }
        step
    }

    /// Starts `_cancel_and_wait(fut)`: a waiter released when `fut` is done, then `fut.cancel()`.
    fn start_cancel_and_wait(
        &mut self,
        vm: &mut Vm,
        fut: Rc<FutureObj>,
        timer: Option<Rc<TimerHandleObj>>,
        then: AfterCancel,
    ) -> GenStep {
        let l = fut.event_loop.clone();
        let waiter = vm.new_future(&l, FutureClass::Future);
        vm.future_made_at(&waiter, &super::created_at::CREATE_FUTURE);
        let added = vm.add_done_callback(&fut, DoneCallback::ReleaseWaiter(waiter.clone()));
        if let Err(e) = added.and_then(|()| vm.cancel_future(&fut, None)) {
            return GenStep::Error(e);
        }
        self.state = WaitForState::CancelAndWait { fut, waiter: waiter.clone(), timer, then };
        self.await_waiter_of_cancel(vm, &waiter)
    }

    fn await_waiter_of_cancel(&mut self, vm: &mut Vm, waiter: &Rc<FutureObj>) -> GenStep {
        match vm.future_await_step(waiter) {
            GenStep::Yield(v) => GenStep::Yield(v),
            done => self.cancel_and_wait_done(vm, done),
        }
    }

    /// `_cancel_and_wait` finished (its `finally` removes the callback), then `wait_for` goes on.
    fn cancel_and_wait_done(&mut self, vm: &mut Vm, step: GenStep) -> GenStep {
        let WaitForState::CancelAndWait { fut, waiter, timer, then } =
            std::mem::replace(&mut self.state, WaitForState::Finished)
        else {
            return step;
        };
        vm.remove_done_callback(
            &fut,
            |c| matches!(c, DoneCallback::ReleaseWaiter(w) if Rc::ptr_eq(w, &waiter)),
        );
        let outcome = match step {
            GenStep::Error(PyErr::Exception(e)) => {
                // Interrupted while in `except CancelledError:` (the outer task cancelled
                // again, asyncio.run's shutdown): raised into wait_for's frame, the error
                // chains the CancelledError that frame is handling.
                if let AfterCancel::Reraise(handled) = &then {
                    crate::vm::exceptions::set_context(&e, handled);
                }
                GenStep::Error(PyErr::Exception(e))
            }
            GenStep::Error(e) => GenStep::Error(e),
            _ => match then {
                AfterCancel::Reraise(exc) => GenStep::Error(PyErr::Exception(exc)),
                AfterCancel::ResultOrTimeout => match vm.future_result(&fut) {
                    Ok(v) => GenStep::Return(v),
                    Err(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::CancelledError) => {
                        // `fut.result()` raised it in wait_for's frame, while whatever was
                        // being handled there (asyncio.run's shutdown: main's exception).
                        vm.add_hidden_frame(&e);
                        if let Some(handled) = vm.handled_exception(None) {
                            crate::vm::exceptions::set_context(&e, &handled);
                        }
                        let timeout = vm.new_error(ExcKind::TimeoutError, "");
                        if let PyErr::Exception(t) = &timeout {
                            crate::vm::exceptions::set_cause(t, Some(e.clone()));
                            crate::vm::exceptions::set_context(t, &e);
                        }
                        GenStep::Error(timeout)
                    }
                    Err(e) => GenStep::Error(e),
                },
            },
        };
        // The outer `finally: timeout_handle.cancel()`.
        if let Some(t) = timer {
            vm.cancel_timer(&t);
        }
        outcome
    }

    /// The waiter was released (or the wait was interrupted by `exc`).
    fn waiter_done(&mut self, vm: &mut Vm, interrupted: Option<PyErr>) -> GenStep {
        let WaitForState::AwaitWaiter { fut, waiter: _, timer } =
            std::mem::replace(&mut self.state, WaitForState::Finished)
        else {
            return GenStep::Error(vm.internal_error("wait_for in the wrong state"));
        };
        let cancelled = match interrupted {
            None => None,
            Some(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::CancelledError) => Some(e),
            Some(other) => {
                vm.cancel_timer(&timer);
                return GenStep::Error(other);
            }
        };
        if fut.done() {
            vm.cancel_timer(&timer);
            return match vm.future_result(&fut) {
                Ok(v) => GenStep::Return(v),
                Err(PyErr::Exception(e)) => {
                    // Raised in wait_for's `except CancelledError:` block.
                    if let Some(handled) = &cancelled {
                        crate::vm::exceptions::set_context(&e, handled);
                    }
                    GenStep::Error(PyErr::Exception(e))
                }
                Err(e) => GenStep::Error(e),
            };
        }
        vm.remove_done_callback(&fut, |c| matches!(c, DoneCallback::ReleaseWaiter(_)));
        let then = match cancelled {
            Some(e) => AfterCancel::Reraise(e),
            None => AfterCancel::ResultOrTimeout,
        };
        self.start_cancel_and_wait(vm, fut, Some(timer), then)
    }
}

impl NativeAwaitable for WaitFor {
    /// Where CPython 3.11.7's `wait_for` (tasks.py) waits in each state.
    fn waiting_line(&self) -> Option<u32> {
        match &self.state {
            WaitForState::Delegating { .. } => Some(452),
            WaitForState::AwaitWaiter { .. } => Some(476),
            // `timeout <= 0`: the early `_cancel_and_wait`, before any timer is made.
            WaitForState::CancelAndWait { timer: None, .. } => Some(460),
            WaitForState::CancelAndWait { then: AfterCancel::Reraise(_), .. } => Some(485),
            WaitForState::CancelAndWait { .. } => Some(495),
            WaitForState::Start | WaitForState::Finished => None,
        }
    }

    fn send(&mut self, vm: &mut Vm, value: Value) -> GenStep {
        let step = self.send_step(vm, value);
        self.leaving(vm, step)
    }

    fn throw(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        let step = self.throw_step(vm, error);
        self.leaving(vm, step)
    }
}

impl WaitFor {
    fn send_step(&mut self, vm: &mut Vm, value: Value) -> GenStep {
        match &self.state {
            WaitForState::Start => {
                let l = match vm.running_loop() {
                    Ok(l) => l,
                    Err(e) => return GenStep::Error(e),
                };
                let Some(timeout) = &self.timeout else {
                    let inner = match vm.get_awaitable(&self.aw) {
                        Ok(i) => i,
                        Err(e) => return GenStep::Error(e),
                    };
                    self.state = WaitForState::Delegating { inner: inner.clone() };
                    return self.delegate(vm, |vm, inner| vm.gen_send(inner, Value::None));
                };
                let timeout = match timeout.number(vm) {
                    Ok(t) => t,
                    Err(PyErr::Exception(e)) => {
                        // The frame in the traceback holds `fut`, the awaitable given.
                        vm.keep_with_exception(&e, std::mem::replace(&mut self.aw, Value::None));
                        self.state = WaitForState::Finished;
                        return GenStep::Error(PyErr::Exception(e));
                    }
                    Err(e) => return GenStep::Error(e),
                };
                if timeout <= 0.0 {
                    let fut = match vm.ensure_future(&self.aw, Some(&l)) {
                        Ok(f) => f,
                        Err(e) => return GenStep::Error(e),
                    };
                    self.fut = Some(fut.clone());
                    if fut.done() {
                        self.state = WaitForState::Finished;
                        return match vm.future_result(&fut) {
                            Ok(v) => GenStep::Return(v),
                            Err(e) => GenStep::Error(e),
                        };
                    }
                    return self.start_cancel_and_wait(vm, fut, None, AfterCancel::ResultOrTimeout);
                }
                // CPython makes the waiter and the timeout handle before wrapping `fut`.
                let waiter = vm.new_future(&l, FutureClass::Future);
                vm.future_made_at(&waiter, &super::created_at::CREATE_FUTURE);
                let timer = match vm.call_later(
                    &l,
                    timeout,
                    Callback::ReleaseWaiter { waiter: waiter.clone() },
                ) {
                    Ok(t) => t,
                    Err(e) => return GenStep::Error(e),
                };
                let fut = match vm.ensure_future(&self.aw, Some(&l)) {
                    Ok(f) => f,
                    Err(e) => return GenStep::Error(e),
                };
                self.fut = Some(fut.clone());
                if let Err(e) =
                    vm.add_done_callback(&fut, DoneCallback::ReleaseWaiter(waiter.clone()))
                {
                    return GenStep::Error(e);
                }
                self.state = WaitForState::AwaitWaiter { fut, waiter: waiter.clone(), timer };
                match vm.future_await_step(&waiter) {
                    GenStep::Yield(v) => GenStep::Yield(v),
                    GenStep::Return(_) => self.waiter_done(vm, None),
                    GenStep::Error(e) => self.waiter_done(vm, Some(e)),
                }
            }
            WaitForState::Delegating { .. } => {
                self.delegate(vm, |vm, inner| vm.gen_send(inner, value))
            }
            WaitForState::AwaitWaiter { waiter, .. } => {
                let waiter = waiter.clone();
                match vm.future_await_step(&waiter) {
                    GenStep::Yield(v) => GenStep::Yield(v),
                    GenStep::Return(_) => self.waiter_done(vm, None),
                    GenStep::Error(e) => self.waiter_done(vm, Some(e)),
                }
            }
            WaitForState::CancelAndWait { waiter, .. } => {
                let waiter = waiter.clone();
                self.await_waiter_of_cancel(vm, &waiter)
            }
            WaitForState::Finished => GenStep::Error(
                vm.new_error(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
            ),
        }
    }

    fn throw_step(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        match &self.state {
            WaitForState::Delegating { .. } => {
                self.delegate(vm, |vm, inner| vm.gen_throw(inner, error))
            }
            WaitForState::AwaitWaiter { .. } => self.waiter_done(vm, Some(error)),
            WaitForState::CancelAndWait { .. } => {
                self.cancel_and_wait_done(vm, GenStep::Error(error))
            }
            _ => {
                self.state = WaitForState::Finished;
                GenStep::Error(error)
            }
        }
    }
}

impl WaitFor {
    /// `return await fut` when there is no timeout.
    fn delegate(&mut self, vm: &mut Vm, step: impl FnOnce(&mut Vm, &Value) -> GenStep) -> GenStep {
        let WaitForState::Delegating { inner } = &self.state else {
            return GenStep::Error(vm.internal_error("wait_for is not delegating"));
        };
        let inner = inner.clone();
        let r = step(vm, &inner);
        if !matches!(r, GenStep::Yield(_)) {
            self.state = WaitForState::Finished;
        }
        r
    }
}

/// `tasks._wrap_awaitable(awaitable)`: `return (yield from awaitable.__await__())`, the
/// coroutine `ensure_future` (and so `gather`, `wait_for`) runs as a task for an object that
/// is awaitable without being a coroutine or a future.
pub struct WrapAwaitable {
    state: WrapState,
}

enum WrapState {
    Start(Value),
    /// Driving the iterator `__await__` returned.
    Delegating(Value),
    Finished,
}

impl WrapAwaitable {
    pub fn new(awaitable: Value) -> Self {
        WrapAwaitable { state: WrapState::Start(awaitable) }
    }

    fn step(&mut self, vm: &mut Vm, step: impl FnOnce(&mut Vm, &Value) -> GenStep) -> GenStep {
        let WrapState::Delegating(it) = &self.state else {
            return GenStep::Error(vm.internal_error("_wrap_awaitable is not delegating"));
        };
        let it = it.clone();
        let r = step(vm, &it);
        if !matches!(r, GenStep::Yield(_)) {
            self.state = WrapState::Finished;
        }
        r
    }
}

impl NativeAwaitable for WrapAwaitable {
    fn send(&mut self, vm: &mut Vm, value: Value) -> GenStep {
        match std::mem::replace(&mut self.state, WrapState::Finished) {
            WrapState::Start(awaitable) => {
                let it = match vm.get_awaitable(&awaitable) {
                    Ok(it) => it,
                    Err(e) => return GenStep::Error(e),
                };
                if let Value::Gen(g) = &it {
                    g.awaited.set(true);
                }
                self.state = WrapState::Delegating(it);
                self.step(vm, |vm, it| vm.gen_send(it, Value::None))
            }
            state @ WrapState::Delegating(_) => {
                self.state = state;
                self.step(vm, |vm, it| vm.gen_send(it, value))
            }
            WrapState::Finished => GenStep::Error(
                vm.new_error(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
            ),
        }
    }

    fn throw(&mut self, vm: &mut Vm, error: PyErr) -> GenStep {
        match &self.state {
            WrapState::Delegating(_) => self.step(vm, |vm, it| vm.gen_throw(it, error)),
            _ => {
                self.state = WrapState::Finished;
                GenStep::Error(error)
            }
        }
    }
}

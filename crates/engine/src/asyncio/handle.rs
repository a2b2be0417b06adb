//! Handles: a callback the loop will run (`Handle`), and one it will run at a time
//! (`TimerHandle`, which has a deadline and sits on the timer heap until it is due). As in
//! CPython, the ready queue holds both kinds: `AnyHandle` is either (one entry of the queue, or
//! the object a handle method was called on).

use super::event_loop::LoopObj;
use super::future::{DoneCallback, FutureObj};
use crate::vm::value::Value;
use loopscope_trace::heapq::HeapKey;
use loopscope_trace::HandleKind;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What a handle runs.
#[derive(Clone)]
pub enum Callback {
    /// `Task.__step` (optionally throwing an exception into the coroutine).
    TaskStep { task: Rc<FutureObj>, exc: Option<Value> },
    /// A future's done callback, called with the future.
    Done { callback: DoneCallback, future: Rc<FutureObj> },
    /// `futures._set_result_unless_cancelled(future, value)` (what `sleep` schedules).
    SetResultUnlessCancelled { future: Rc<FutureObj>, value: Value },
    /// `tasks._release_waiter(waiter)` (what `wait_for` schedules for its timeout).
    ReleaseWaiter { waiter: Rc<FutureObj> },
    /// A callable from `call_soon`/`call_later`/`call_at` with its arguments, run in
    /// `context` (`Handle._context`; `None`: an empty one).
    Python { func: Value, args: Vec<Value>, context: Option<Value> },
}

/// `events.Handle`: what `call_soon` returns, and the part of a `TimerHandle` it inherits.
pub struct HandleObj {
    /// Numbers handles in creation order, which also breaks ties between equal deadlines.
    pub serial: u32,
    pub kind: HandleKind,
    /// The task or future the callback concerns (its serial; 0 if none), for the trace.
    pub target: u32,
    /// Cleared by `cancel()`, as CPython clears `_callback`.
    pub callback: RefCell<Option<Callback>>,
    pub cancelled: Cell<bool>,
    /// In its loop's ready queue: set when pushed there, cleared when `_run_once` pops it or
    /// the loop closes. (CPython has no such flag; the trace records a cancel only for a
    /// handle still queued, and asking the handle keeps that O(1) when many are queued.)
    pub in_ready: Cell<bool>,
    pub event_loop: Weak<LoopObj>,
}

impl HandleObj {
    pub fn new(
        serial: u32,
        kind: HandleKind,
        target: u32,
        callback: Callback,
        event_loop: Weak<LoopObj>,
    ) -> Self {
        HandleObj {
            serial,
            kind,
            target,
            callback: RefCell::new(Some(callback)),
            cancelled: Cell::new(false),
            in_ready: Cell::new(false),
            event_loop,
        }
    }

    /// Whether it waits in its loop's ready queue (a loop that is gone has no queue).
    pub fn is_in_ready_queue(&self) -> bool {
        self.in_ready.get() && self.event_loop.strong_count() > 0
    }
}

/// `events.TimerHandle`: a handle with a deadline (what `call_later`/`call_at` return).
pub struct TimerHandleObj {
    /// What it has of `Handle` (CPython's base class).
    pub handle: HandleObj,
    /// The deadline, in loop time.
    pub when: f64,
    /// On the timer heap (`TimerHandle._scheduled`).
    pub scheduled: Cell<bool>,
    /// The program gave the deadline as an int (`call_at(2, cb)`): `when()` and the repr
    /// show it as given, as CPython keeps the object it was passed.
    pub when_is_int: bool,
}

impl TimerHandleObj {
    /// `TimerHandle.when()`: the deadline as the program gave it.
    pub fn when_value(&self) -> Value {
        if self.when_is_int {
            Value::Int(self.when as i64)
        } else {
            Value::Float(self.when)
        }
    }
}

impl HeapKey for TimerHandleObj {
    #[inline]
    fn key(&self) -> (f64, u64) {
        (self.when, self.handle.serial as u64)
    }
}

/// A `Handle` or a `TimerHandle` (CPython's subclass of it): in the ready queue, a handle from
/// `call_soon` or a timer handle that came due.
#[derive(Clone)]
pub enum AnyHandle {
    Handle(Rc<HandleObj>),
    TimerHandle(Rc<TimerHandleObj>),
}

impl AnyHandle {
    /// Its `Handle` part.
    #[inline]
    pub fn handle(&self) -> &HandleObj {
        match self {
            AnyHandle::Handle(h) => h,
            AnyHandle::TimerHandle(t) => &t.handle,
        }
    }

    /// The handle as a Python value.
    pub fn to_value(&self) -> Value {
        match self {
            AnyHandle::Handle(h) => Value::Handle(h.clone()),
            AnyHandle::TimerHandle(t) => Value::TimerHandle(t.clone()),
        }
    }
}

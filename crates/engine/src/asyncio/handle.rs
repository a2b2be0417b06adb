//! Handles: a callback the loop will run (`Handle`), possibly at a time (`TimerHandle`).

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
    /// A callable from `call_soon`/`call_later`/`call_at` with its arguments.
    Python { func: Value, args: Vec<Value> },
}

pub struct HandleObj {
    /// Numbers handles in creation order, which also breaks ties between equal deadlines.
    pub serial: u32,
    /// The deadline of a `TimerHandle`; `None` for a plain `Handle`.
    pub when: Option<f64>,
    pub kind: HandleKind,
    /// The task or future the callback concerns (its serial; 0 if none), for the trace.
    pub target: u32,
    /// Cleared by `cancel()`, as CPython clears `_callback`.
    pub callback: RefCell<Option<Callback>>,
    pub cancelled: Cell<bool>,
    /// On the timer heap (`TimerHandle._scheduled`).
    pub scheduled: Cell<bool>,
    pub event_loop: Weak<LoopObj>,
}

impl HandleObj {
    pub fn is_timer(&self) -> bool {
        self.when.is_some()
    }
}

impl HeapKey for HandleObj {
    fn key(&self) -> (f64, u64) {
        (self.when.unwrap_or(0.0), self.serial as u64)
    }
}

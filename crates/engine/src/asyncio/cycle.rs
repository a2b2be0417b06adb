//! The steps of one loop cycle (`BaseEventLoop._run_once`), with the trace kept apart from the
//! loop: each step on `LoopState` changes the loop and returns what happened (the timers it
//! dropped or that the heap was rebuilt, the timeout it chose, how many due timers it moved),
//! and the recorder (`impl Vm` below) turns those results into trace events. `Vm::run_once`
//! (in `event_loop`) calls the steps in CPython's order, so it reads as `_run_once` does.
//!
//! Nothing here allocates per cycle: dropped timers go to a buffer the loop reuses, and the
//! due timers a cycle moved are read back from the tail of the ready queue.

use super::event_loop::{LoopObj, LoopState};
use super::handle::AnyHandle;
use crate::vm::Vm;
use loopscope_trace::{Event, Phase, SelectTimeout};
use std::rc::Rc;

/// `asyncio.base_events.MAXIMUM_SELECT_TIMEOUT`.
const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;
/// `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;

/// What the cycle's first step did with cancelled timers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelledTimers {
    /// More than half of over 100 timers were cancelled: the heap was rebuilt without them.
    HeapRebuilt,
    /// The cancelled timers at the head of the heap were popped off (often none); their
    /// serials are in `LoopState::dropped_timers`, in the order they left.
    HeadPopped,
}

/// How long `select` may wait, as `_run_once` chose it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SelectWait {
    /// Callbacks are ready or the loop is stopping: just poll (`timeout = 0`).
    Poll,
    /// Until the earliest timer: `min(max(0, when - now), MAXIMUM_SELECT_TIMEOUT)`.
    Timer { when: f64, timeout: f64 },
    /// Nothing is ready and no timer is set (`timeout = None`).
    Forever,
}

impl SelectWait {
    /// The `timeout` argument of `select`.
    #[inline]
    pub fn timeout(self) -> Option<f64> {
        match self {
            SelectWait::Poll => Some(0.0),
            SelectWait::Timer { timeout, .. } => Some(timeout),
            SelectWait::Forever => None,
        }
    }
}

impl LoopState {
    /// `_run_once`, first step: too many cancelled timers (more than half of over 100) and the
    /// heap is rebuilt without them; otherwise the cancelled ones are popped off its head.
    pub fn remove_cancelled_timers(&mut self) -> CancelledTimers {
        let count = self.timers.len();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && self.timer_cancelled_count as f64 / count as f64
                > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            self.timers.retain_and_heapify(|h| {
                if h.handle.cancelled.get() {
                    h.scheduled.set(false);
                    false
                } else {
                    true
                }
            });
            self.timer_cancelled_count = 0;
            return CancelledTimers::HeapRebuilt;
        }
        self.dropped_timers.clear();
        while self.timers.peek().is_some_and(|h| h.handle.cancelled.get()) {
            self.timer_cancelled_count = self.timer_cancelled_count.saturating_sub(1);
            if let Some(h) = self.timers.pop() {
                h.scheduled.set(false);
                self.dropped_timers.push(h.handle.serial);
            }
        }
        CancelledTimers::HeadPopped
    }

    /// `_run_once`, the timeout for `select`: none if callbacks are ready or the loop is
    /// stopping, until the earliest timer if there is one, else for ever.
    pub fn select_wait(&self, now: f64) -> SelectWait {
        if !self.ready.is_empty() || self.stopping {
            return SelectWait::Poll;
        }
        match self.timers.peek() {
            // `min(max(0, when - now), MAXIMUM_SELECT_TIMEOUT)`: a NaN deadline (`sleep(nan)`)
            // waits 0, as Python's `max` keeps its first argument (`clamp` would keep NaN).
            Some(h) => SelectWait::Timer {
                when: h.when,
                timeout: 0.0f64.max(h.when - now).min(MAXIMUM_SELECT_TIMEOUT),
            },
            None => SelectWait::Forever,
        }
    }

    /// `_run_once`, due timers: those whose deadline is before `end_time` move to the end of
    /// the ready queue, in heap order. Returns how many moved
    /// (they are the last entries of the ready queue).
    pub fn move_due_timers(&mut self, end_time: f64) -> usize {
        let mut moved = 0;
        // CPython stops at the first `handle._when >= end_time`: a NaN deadline is due.
        while self.timers.peek().is_some_and(|h| h.when < end_time || h.when.is_nan()) {
            if let Some(h) = self.timers.pop() {
                h.scheduled.set(false);
                self.push_ready(AnyHandle::TimerHandle(h));
                moved += 1;
            }
        }
        moved
    }
}

/// What the trace records of each step.
impl Vm {
    pub(crate) fn record_cancelled_timers(&mut self, l: &Rc<LoopObj>, what: CancelledTimers) {
        match what {
            CancelledTimers::HeapRebuilt => self.emit(Event::HeapRebuild),
            CancelledTimers::HeadPopped => {
                if !self.trace.enabled() {
                    return;
                }
                let s = l.state.borrow();
                for &handle in &s.dropped_timers {
                    self.emit(Event::TimerDrop { handle });
                }
            }
        }
    }

    /// The `select` call about to be made: its timeout, and whether it is the time left until
    /// the earliest timer.
    pub(crate) fn record_select(&mut self, wait: SelectWait) -> SelectTimeout {
        let timeout = match wait {
            SelectWait::Forever => SelectTimeout::Forever,
            SelectWait::Poll | SelectWait::Timer { timeout: 0.0, .. } => SelectTimeout::Zero,
            SelectWait::Timer { when, timeout } if when - self.loop_time() == timeout => {
                SelectTimeout::UntilTimer
            }
            SelectWait::Timer { timeout, .. } => SelectTimeout::Seconds(timeout),
        };
        self.emit(Event::Select { timeout });
        timeout
    }

    /// `select` returned: the clock moved as the recorded timeout says, so the trace needs no
    /// clock event for it.
    pub(crate) fn record_select_returned(&mut self, timeout: SelectTimeout, wait: SelectWait) {
        let heap_top_when = match wait {
            SelectWait::Timer { when, .. } => Some(when),
            SelectWait::Poll | SelectWait::Forever => None,
        };
        self.trace.clock_implied(timeout, heap_top_when);
    }

    /// The due timers `move_due_timers` put at the end of the ready queue.
    pub(crate) fn record_due_timers(&mut self, l: &Rc<LoopObj>, moved: usize) {
        if moved == 0 || !self.trace.enabled() {
            return;
        }
        self.emit(Event::PhaseStart { phase: Phase::MoveDueTimers });
        let s = l.state.borrow();
        for h in s.ready.range(s.ready.len() - moved..) {
            self.emit(Event::TimerFire { handle: h.handle().serial });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asyncio::handle::{Callback, HandleObj, TimerHandleObj};
    use crate::vm::value::Value;
    use loopscope_trace::HandleKind;
    use std::cell::Cell;
    use std::rc::Weak;

    fn timer(serial: u32, when: f64) -> Rc<TimerHandleObj> {
        let callback = Callback::Python { func: Value::None, args: Vec::new(), context: None };
        let handle = HandleObj::new(serial, HandleKind::Program, 0, callback, Weak::new());
        Rc::new(TimerHandleObj { handle, when, scheduled: Cell::new(true), when_is_int: false })
    }

    fn state_with(timers: &[Rc<TimerHandleObj>]) -> LoopState {
        let mut s = LoopState::default();
        for t in timers {
            s.timers.push(t.clone());
        }
        s
    }

    fn ready_serials(s: &LoopState) -> Vec<u32> {
        s.ready.iter().map(|h| h.handle().serial).collect()
    }

    #[test]
    fn due_timers_join_the_ready_queue_in_heap_order() {
        let ts = [timer(1, 2.0), timer(2, 1.0), timer(3, 1.0), timer(4, 3.0)];
        let mut s = state_with(&ts);
        assert_eq!(s.move_due_timers(2.0 + 1e-9), 3);
        assert_eq!(ready_serials(&s), [2, 3, 1]);
        assert!(s.ready.iter().all(|h| h.handle().in_ready.get()));
        assert!(!ts[0].scheduled.get() && ts[3].scheduled.get());
        let first = s.pop_ready().map(|h| h.handle().serial);
        assert_eq!(first, Some(2));
        assert!(!ts[1].handle.in_ready.get() && ts[2].handle.in_ready.get());
        assert_eq!(s.move_due_timers(2.5), 0);
    }

    #[test]
    fn cancelled_timers_leave_from_the_head_or_by_a_rebuild() {
        let ts: Vec<_> = (1..=5).map(|i| timer(i, i as f64)).collect();
        let mut s = state_with(&ts);
        for i in [0, 1, 3] {
            ts[i].handle.cancelled.set(true);
        }
        s.timer_cancelled_count = 3;
        assert_eq!(s.remove_cancelled_timers(), CancelledTimers::HeadPopped);
        assert_eq!(s.dropped_timers, [1, 2]);
        assert_eq!((s.timers.len(), s.timer_cancelled_count), (3, 1));
        assert!(!ts[1].scheduled.get() && ts[3].scheduled.get());

        // More than half of over 100: rebuilt, even though the head is not cancelled.
        let ts: Vec<_> = (1..=101).map(|i| timer(i, i as f64)).collect();
        let mut s = state_with(&ts);
        for t in &ts[50..] {
            t.handle.cancelled.set(true);
        }
        s.timer_cancelled_count = 51;
        assert_eq!(s.remove_cancelled_timers(), CancelledTimers::HeapRebuilt);
        assert_eq!((s.timers.len(), s.timer_cancelled_count), (50, 0));
        assert!(!ts[100].scheduled.get() && ts[0].scheduled.get());
    }

    #[test]
    fn select_polls_waits_for_the_earliest_timer_or_for_ever() {
        let mut s = LoopState::default();
        assert_eq!(s.select_wait(0.0), SelectWait::Forever);
        assert_eq!(SelectWait::Forever.timeout(), None);
        s.timers.push(timer(1, 5.0));
        assert_eq!(s.select_wait(1.0), SelectWait::Timer { when: 5.0, timeout: 4.0 });
        assert_eq!(s.select_wait(7.0), SelectWait::Timer { when: 5.0, timeout: 0.0 });
        s.timers.push(timer(2, 1e6));
        s.timers.pop();
        assert_eq!(s.select_wait(0.0).timeout(), Some(MAXIMUM_SELECT_TIMEOUT));
        s.stopping = true;
        assert_eq!(s.select_wait(0.0), SelectWait::Poll);
        assert_eq!(SelectWait::Poll.timeout(), Some(0.0));
    }
}

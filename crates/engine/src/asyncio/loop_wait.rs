//! The loop's `select` as a thread's blocking point (issue 14; tests/conformance/README.md,
//! "Threads", T1, T5, T6).
//!
//! With one thread the loop's wait is the selector's (`Selector::select` moves the clock).
//! Once another thread exists, a loop waiting in `select(timeout)` blocks its thread until
//! `now + timeout` (`None`: until woken) and the other threads run meanwhile; virtual time
//! moves only when no thread is ready. `call_soon_threadsafe` wakes a loop blocked in
//! `select` (its thread becomes ready and `select` returns at the current time), or makes
//! its next `select` wait 0, as a byte in CPython's self-pipe does. After the wait the
//! selector is polled with timeout 0 for what became ready meanwhile.

use super::cycle::SelectWait;
use super::event_loop::LoopObj;
use super::selector::Selected;
use crate::vm::scheduler::Wait;
use crate::vm::{PyResult, Vm};
use loopscope_trace::SelectTimeout;
use std::rc::Rc;

impl Vm {
    /// Step 3 of `_run_once`: `self._selector.select(timeout)`, with what the trace recorded
    /// of it (the reader moves its clock to the end of the wait when it reads `select`: with
    /// threads, other threads' events come before the wait ends, so the recorder learns it
    /// first and writes a clock event wherever the real time differs).
    pub(crate) fn thread_select(
        &mut self,
        l: &Rc<LoopObj>,
        wait: SelectWait,
        recorded: SelectTimeout,
    ) -> PyResult<Selected> {
        if !self.threads.active() {
            let selected = self.selector_select(l, wait.timeout());
            self.record_select_returned(recorded, wait);
            return Ok(selected);
        }
        self.record_select_returned(recorded, wait);
        let timeout =
            if self.threads.take_loop_wakeup(l.serial) { Some(0.0) } else { wait.timeout() };
        let deadline = timeout.map(|t| self.clock.now() + t);
        let me = self.threads.current;
        self.threads.select_waiters.push((l.serial, me));
        let r = self.block_current(Wait::Select(l.clone()), deadline, false);
        self.threads.select_waiters.retain(|&(s, _)| s != l.serial);
        r?;
        // Other threads' loops may have been recorded meanwhile.
        self.trace_focus_loop(l);
        Ok(self.selector_select(l, Some(0.0)))
    }

    /// The selector's own `select(timeout)` (the simulated network's epoll, once it has one,
    /// belongs here: it is what the loop's thread polls after its wait).
    fn selector_select(&mut self, l: &Rc<LoopObj>, timeout: Option<f64>) -> Selected {
        l.state.borrow_mut().selector.select(timeout, &mut self.clock)
    }

    /// Loop events about to be recorded concern `l`: with threads, several loops may run,
    /// and the trace's reader keeps each one's ready queue and heap (`LoopFocus`).
    pub(crate) fn trace_focus_loop(&mut self, l: &LoopObj) {
        if self.trace_loop == l.serial {
            return;
        }
        let previous = std::mem::replace(&mut self.trace_loop, l.serial);
        if previous != 0 && self.threads.active() {
            self.emit(loopscope_trace::Event::LoopFocus { loop_id: l.serial, previous });
        }
    }

    /// `_write_to_self()` (what `call_soon_threadsafe` calls): wakes the loop's thread if it
    /// waits in `select` (T6), else its next `select` will not wait.
    pub(crate) fn wake_loop(&mut self, l: &LoopObj) {
        let waiter =
            self.threads.select_waiters.iter().find(|&&(s, _)| s == l.serial).map(|&(_, t)| t);
        match waiter {
            Some(t) => self.wake_thread(t),
            None => self.threads.request_loop_wakeup(l.serial),
        }
    }
}

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

use super::event_loop::LoopObj;
use super::selector::Selected;
use crate::vm::scheduler::Wait;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// Step 3 of `_run_once`: `self._selector.select(timeout)`.
    pub(crate) fn loop_select(
        &mut self,
        l: &Rc<LoopObj>,
        timeout: Option<f64>,
    ) -> PyResult<Selected> {
        if !self.threads.active() {
            return Ok(l.state.borrow_mut().selector.select(timeout, &mut self.clock));
        }
        let timeout = if self.threads.take_loop_wakeup(l.serial) { Some(0.0) } else { timeout };
        let deadline = timeout.map(|t| self.clock.now() + t);
        let me = self.threads.current;
        self.threads.select_waiters.push((l.serial, me));
        let r = self.block_current(Wait::Select(l.clone()), deadline, false);
        self.threads.select_waiters.retain(|&(s, _)| s != l.serial);
        r?;
        Ok(l.state.borrow_mut().selector.select(Some(0.0), &mut self.clock))
    }

    /// `_write_to_self()` (what `call_soon_threadsafe` calls): wakes the loop's thread if it
    /// waits in `select` (T6), else its next `select` will not wait.
    pub(crate) fn wake_loop(&mut self, l: &LoopObj) {
        let waiter =
            self.threads.select_waiters.iter().find(|&&(s, _)| s == l.serial).map(|&(_, t)| t);
        match waiter {
            Some(t) => self.threads.wake(t),
            None => self.threads.request_loop_wakeup(l.serial),
        }
    }
}

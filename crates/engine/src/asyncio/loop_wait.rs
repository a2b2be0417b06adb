//! The loop's `select` as a thread's blocking point (issue 14; tests/conformance/README.md,
//! "Threads", T1, T5, T6).
//!
//! With one thread the loop's wait is the selector's (`Selector::select` moves the clock).
//! Once another thread exists, a loop waiting in `select(timeout)` blocks its thread until
//! `now + timeout` (`None`: until woken) and the other threads run meanwhile; virtual time
//! moves only when no thread is ready. `call_soon_threadsafe` wakes a loop blocked in
//! `select` (its thread becomes ready and `select` returns at the current time), or makes
//! its next `select` wait 0, as a byte in CPython's self-pipe does. Sockets that are ready
//! already are returned at once, before other threads run. When every thread
//! waits, the network can end a loop's wait too (`network_wake`: a packet arrives before any
//! deadline). After the wait the selector is polled with timeout 0 for what became ready
//! meanwhile.

use super::cycle::SelectWait;
use super::event_loop::LoopObj;
use super::future::{DoneCallback, FutureObj};
use super::selector::Selected;
use crate::stdlib::net::HOST;
use crate::vm::scheduler::Resumed;
use crate::vm::scheduler::Wait;
use crate::vm::value::Value;
use crate::vm::{Abort, PyErr};
use crate::vm::{PyResult, Vm};
use loopscope_kernel::{time, NetWaiter};
use loopscope_trace::{SelectTimeout, ShutdownStage};
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
        // Sockets already ready: `select` returns them at once, before any other thread runs
        // (the harness's selector answers from the real sockets first, and only an empty
        // answer waits in virtual time, where the other threads get their turn).
        if l.state.borrow().selector.kernel().is_some() {
            if let Selected::Events(list) = self.selector_select(l, Some(0.0)) {
                if !list.is_empty() {
                    self.record_select_returned(recorded, wait);
                    return Ok(Selected::Events(list));
                }
            }
        }
        self.record_select_returned(recorded, wait);
        let timeout =
            if self.threads.take_loop_wakeup(l.serial) { Some(0.0) } else { wait.timeout() };
        let deadline = timeout.map(|t| self.clock.now() + t);
        let me = self.threads.current;
        // The thread's `asyncio.run` can wait green here (`runner`): its loop goes on later.
        let green = self.threads.records[me].green_loop == Some(l.serial);
        self.threads.select_waiters.push((l.serial, me));
        let r = self.block_current(Wait::Select(l.clone(), None), deadline, green);
        if is_blocked(&r) {
            return Err(r.err().unwrap_or_else(blocked_signal));
        }
        self.threads.select_waiters.retain(|&(s, _)| s != l.serial);
        r?;
        // Other threads' loops may have been recorded meanwhile.
        self.trace_focus_loop(l);
        Ok(self.selector_select(l, Some(0.0)))
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

    /// When every thread waits: the first moment, up to `limit` (the earliest other
    /// deadline), at which the network makes a loop waiting in `select` ready (a packet
    /// arrives, a connection completes), with that loop's thread. Without this, a loop
    /// waiting on sockets while an idle executor worker waits too would look deadlocked.
    pub(crate) fn network_wake(&mut self, limit: Option<f64>) -> Option<(f64, usize)> {
        // Loops with sockets waiting in `select`, and threads in a blocking socket call (T9).
        let waiting = self.network_waiters();
        if waiting.is_empty() {
            return None;
        }
        let now = time::from_seconds(self.clock.now());
        let kernel = self.net.kernel()?;
        kernel.advance_to(now);
        let waiters: Vec<NetWaiter> = waiting.iter().map(|&(w, _)| w).collect();
        let found = kernel.run_until_any_ready(HOST, &waiters, limit.map(time::from_seconds));
        self.record_packets();
        let (at, i) = found.ok().flatten()?;
        // Ready without waiting: the clock stays as it is (its float need not be a whole
        // number of nanoseconds), as in the single-threaded select (`ClockMove::Stay`).
        let when = if at == now { self.clock.now() } else { time::to_seconds(at) };
        Some((when, waiting[i].1))
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

/// Whether a result is the blocked-green signal.
fn is_blocked<T>(r: &PyResult<T>) -> bool {
    matches!(r, Err(PyErr::Abort(a)) if matches!(**a, Abort::Blocked))
}

fn blocked_signal() -> PyErr {
    PyErr::Abort(Rc::new(Abort::Blocked))
}

/// An `asyncio.run` (or a direct `loop.run_until_complete`) whose thread waits green in its
/// loop's `select`: what its Rust frames held (`run_until_complete` of the main task inside
/// `run_forever`), kept as data until the
/// thread runs again. So a thread's event loop waits as data like any green wait, and two
/// threads can each run a loop.
pub struct RunnerCont {
    l: Rc<LoopObj>,
    task: Rc<FutureObj>,
    hooks: [Value; 2],
    finish: Finish,
}

/// What the thread's Rust frames would have done once the loop stops.
enum Finish {
    /// `asyncio.run`: the end of `run_until_complete`, then the runner's shutdown.
    AsyncioRun,
    /// `loop.run_until_complete(awaitable)` called directly (a thread running its own loop);
    /// `new_task`: the awaitable was wrapped in a task here.
    RunUntilComplete { new_task: bool },
    /// A stage of `asyncio.run`'s shutdown (`Runner.close()`: each stage is a
    /// `run_until_complete` of its own), then the stages after it.
    Shutdown { new_task: bool, closing: Box<Closing> },
}

/// `asyncio.run`'s close while its stages wait green, as data.
struct Closing {
    /// Main's outcome, returned (or raised) once the loop is closed.
    main: PyResult<Value>,
    /// The stages not begun yet.
    next: usize,
    /// The tasks the leftovers' stage cancelled, reported at its end.
    leftovers: Vec<Rc<FutureObj>>,
    /// What ended the stages early: the rest are skipped, the loop still closes.
    failed: Option<PyErr>,
}

impl Vm {
    /// `asyncio.run(main)`; `green`: called directly by the running thread's own interpreter
    /// loop, so that its loop's `select` can wait green once threads exist.
    pub(crate) fn asyncio_run_resumable(
        &mut self,
        main: &Value,
        debug: Option<bool>,
        green: bool,
    ) -> PyResult<Value> {
        let (l, task) = self.asyncio_run_start(main, debug)?;
        if !green {
            let result = self.run_until_complete(&l, &Value::Future(task.clone()));
            return self.asyncio_run_finish(&l, task, result);
        }
        // `run_until_complete(task)` (a new loop: it is neither closed nor running).
        // A new loop: never closed, so the callback is always accepted.
        let _ = self.add_done_callback(&task, DoneCallback::RunUntilComplete);
        let hooks = match self.run_forever_begin(&l) {
            Ok(hooks) => hooks,
            Err(e) => {
                let result = self.run_until_complete_end(&task, false, Err(e));
                let main = self.asyncio_run_main_done(task, result)?;
                return self.runner_close_green(l, main);
            }
        };
        self.runner_continue(RunnerCont { l, task, hooks, finish: Finish::AsyncioRun }, None)
    }

    /// `loop.run_until_complete(awaitable)`; `green` as for `asyncio_run_resumable`: a thread
    /// that runs its own loop this way waits in its `select` as data too.
    pub(crate) fn run_until_complete_resumable(
        &mut self,
        l: &Rc<LoopObj>,
        awaitable: &Value,
        green: bool,
    ) -> PyResult<Value> {
        if !green {
            return self.run_until_complete(l, awaitable);
        }
        let (task, new_task) = self.run_until_complete_begin(l, awaitable)?;
        let finish = Finish::RunUntilComplete { new_task };
        let hooks = match self.run_forever_begin(l) {
            Ok(hooks) => hooks,
            Err(e) => return self.run_until_complete_end(&task, new_task, Err(e)),
        };
        self.runner_continue(RunnerCont { l: l.clone(), task, hooks, finish }, None)
    }

    /// Runs the runner's loop on (first finishing the cycle whose `select` returned
    /// `selected`) until it waits green again (`Abort::Blocked`, the state kept in the
    /// thread's wait) or `asyncio.run` is over.
    fn runner_continue(&mut self, cont: RunnerCont, selected: Option<Selected>) -> PyResult<Value> {
        let me = self.threads.current;
        // Its frames do not run meanwhile: nothing else blocks green on this thread.
        self.threads.records[me].base_depth = 0;
        self.threads.records[me].green_loop = Some(cont.l.serial);
        let mut r = match selected {
            Some(selected) => self.run_once_after_select(&cont.l, selected),
            None => Ok(()),
        };
        if r.is_ok() && !cont.l.state.borrow().stopping {
            r = self.run_forever_cycles(&cont.l);
        }
        self.threads.records[me].green_loop = None;
        if is_blocked(&r) {
            if let Wait::Select(_, slot) = &mut self.threads.records[me].wait {
                *slot = Some(Box::new(cont));
            }
            return Err(blocked_signal());
        }
        if crate::vm::scheduler::left_at_exit(&r) {
            // Left where it is at the program's end (no `finally`; the loop keeps running).
            self.abandoned.push(Box::new(cont));
            return r.map(|()| Value::None);
        }
        let RunnerCont { l, task, hooks, finish } = cont;
        self.run_forever_end(&l, hooks);
        match finish {
            Finish::AsyncioRun => {
                let result = self.run_until_complete_end(&task, false, r);
                let main = self.asyncio_run_main_done(task, result)?;
                self.runner_close_green(l, main)
            }
            Finish::RunUntilComplete { new_task } => {
                self.run_until_complete_end(&task, new_task, r)
            }
            Finish::Shutdown { new_task, mut closing } => {
                let result = self.run_until_complete_end(&task, new_task, r);
                drop(task);
                let leftovers = std::mem::take(&mut closing.leftovers);
                if let Err(e) = self.shutdown_stage_end(&l, &leftovers, result) {
                    closing.failed = Some(e);
                }
                self.close_stages_green(l, closing)
            }
        }
    }

    /// `asyncio.run`'s close (`Runner.close()`) on a thread whose loop waits green: each
    /// stage's `run_until_complete` goes through `runner_continue`, so it can wait as data
    /// like the main task's (with `shutdown_loop`'s nested runs, a second thread's loop
    /// waiting at the same time could not).
    fn runner_close_green(&mut self, l: Rc<LoopObj>, main: PyResult<Value>) -> PyResult<Value> {
        self.runner_close_begin(&main);
        let closing = Closing { main, next: 0, leftovers: Vec::new(), failed: None };
        self.close_stages_green(l, Box::new(closing))
    }

    /// Begins the next stage of the close that has something to run, or ends the close.
    fn close_stages_green(&mut self, l: Rc<LoopObj>, mut closing: Box<Closing>) -> PyResult<Value> {
        while closing.failed.is_none() && closing.next < ShutdownStage::ALL.len() {
            let stage = ShutdownStage::ALL[closing.next];
            closing.next += 1;
            let begun = self.shutdown_stage_begin(&l, stage).and_then(|(awaitable, leftovers)| {
                let Some(awaitable) = awaitable else { return Ok(None) };
                let (task, new_task) = self.run_until_complete_begin(&l, &awaitable)?;
                Ok(Some((task, new_task, leftovers)))
            });
            let (task, new_task, leftovers) = match begun {
                Ok(Some(begun)) => begun,
                Ok(None) => continue,
                Err(e) => {
                    closing.failed = Some(e);
                    break;
                }
            };
            match self.run_forever_begin(&l) {
                Ok(hooks) => {
                    closing.leftovers = leftovers;
                    let finish = Finish::Shutdown { new_task, closing };
                    return self.runner_continue(RunnerCont { l, task, hooks, finish }, None);
                }
                Err(e) => {
                    let result = self.run_until_complete_end(&task, new_task, Err(e));
                    if let Err(e) = self.shutdown_stage_end(&l, &leftovers, result) {
                        closing.failed = Some(e);
                    }
                }
            }
        }
        let Closing { main, failed, .. } = *closing;
        self.runner_close_end(&l, main, failed.map_or(Ok(()), Err))
    }

    /// The thread whose runner waited green in `l`'s `select` runs again: the select returns
    /// and the loop goes on. `None`: it waits green again.
    pub(crate) fn runner_resume(&mut self, l: &Rc<LoopObj>, cont: RunnerCont) -> Option<Resumed> {
        self.threads.select_waiters.retain(|&(s, _)| s != l.serial);
        self.trace_focus_loop(l);
        let selected = self.selector_select(l, Some(0.0));
        match self.runner_continue(cont, Some(selected)) {
            Ok(v) => Some(Resumed::Value(v)),
            Err(e) if matches!(&e, PyErr::Abort(a) if matches!(**a, Abort::Blocked)) => None,
            Err(e) => Some(Resumed::Raise(e)),
        }
    }
}

//! Threads of execution and their schedule (issue 14; tests/conformance/README.md, "Threads",
//! rules T1–T8).
//!
//! A thread is a record: its `ThreadState`, its frame stack, and how it continues (`Mode`).
//! The running thread's state and stack are `Vm::thread` and `Vm::frames` (the hot path never
//! looks here); `switch_to` swaps them with a record's.
//!
//! **Green blocking.** A blocking native call (`time.sleep`, a lock's `acquire`, ...) made
//! directly by a `CALL` of a thread's own interpreter loop (no native code between the loop
//! the scheduler started for the thread and the call) returns `Abort::Blocked`; the loop
//! returns `Exit::Blocked(frame)` and the thread's frames stay as data (`Mode::Green`). When
//! the thread runs again the scheduler completes the call (`resume_wait`: the lock taken, or
//! the timeout's `False`) and runs the frame on from there, wherever the scheduler is on the
//! Rust stack.
//!
//! **Nested blocking.** A thread blocking anywhere else (the main thread inside the native
//! `asyncio.run`'s `select`, a `sorted(key=...)` whose key blocks) keeps its Rust stack and
//! runs the scheduler right there (`run_others`) until the schedule picks it again; other
//! threads run green on top. Picking a thread whose Rust stack is below another one's is not
//! possible: the run stops with exit status 2 naming the construct.
//!
//! The schedule: the ready threads run first in, first out (T3); a new thread runs at once,
//! its starter right after it (T2); with no thread ready the blocked thread with the earliest
//! wake-up time wakes and the clock jumps there (T5, ties: sleeps and timed waits before a
//! loop's select, then who began waiting first); with none, a deadlock (T7).

use super::frame::Frame;
use super::interp::{Entry, Exit, Invoked};
use super::thread::ThreadState;
use super::value::Value;
use super::{Abort, Args, PyErr, PyResult, Vm};
use crate::asyncio::LoopObj;
use crate::ExcKind;
use loopscope_trace::{Event, ThreadWait};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// Whether `result` is a daemon thread's unwinding from below the main thread's end
/// (`Abort::MainThreadExited`): code on its way runs no `finally`.
pub(crate) fn left_at_exit<T>(result: &PyResult<T>) -> bool {
    matches!(result, Err(PyErr::Abort(a)) if matches!(**a, super::Abort::MainThreadExited))
}

/// The main thread's index in the table.
pub const MAIN: usize = 0;

/// `get_ident()` of the first thread; the next ones follow at a fixed stride (CPython's are
/// addresses: a program must not print them, and these look alike).
const FIRST_IDENT: i64 = 0x7f3a_9c2e_5740;
const IDENT_STRIDE: i64 = 0x80_1000;
/// `get_native_id()` of the main thread (a process id); threads count on from it.
const FIRST_NATIVE_ID: i64 = 4242;

/// A lock of `_thread` (`_thread.lock`, and the inside of `_thread.RLock`) in virtual time.
#[derive(Default)]
pub struct LockCore {
    pub locked: Cell<bool>,
    /// The threads waiting to acquire it, as (sequence number of their first wait, thread),
    /// longest waiting first: a released lock wakes the first (T4).
    pub waiters: RefCell<Vec<(u64, usize)>>,
    /// For an `RLock`: the owner's `get_ident()` (0: none) and the recursion count.
    pub owner: Cell<i64>,
    pub count: Cell<u64>,
}

impl LockCore {
    fn add_waiter(&self, seq: u64, thread: usize) {
        let mut w = self.waiters.borrow_mut();
        let at = w.partition_point(|(s, _)| *s <= seq);
        w.insert(at, (seq, thread));
    }

    pub(crate) fn remove_waiter(&self, seq: u64) {
        self.waiters.borrow_mut().retain(|(s, _)| *s != seq);
    }
}

/// What a blocked thread waits for, and how its blocking call completes.
pub enum Wait {
    Nothing,
    /// `time.sleep`: returns None at its deadline.
    Sleep,
    /// A blocking `acquire` (T4): `entry` is the thread's place among the waiters; on success
    /// an `RLock` takes `restore` (count, owner) or (1, the thread).
    Lock {
        lock: Rc<LockCore>,
        entry: u64,
        deadline: Option<f64>,
        restore: Option<(u64, i64)>,
    },
    /// A loop's `select`: returns at its deadline or when `call_soon_threadsafe` wakes it.
    /// With a runner: the thread's `asyncio.run` waits green, as data (`loop_wait`).
    Select(Rc<LoopObj>, Option<Box<crate::asyncio::loop_wait::RunnerCont>>),
    /// Ready, not blocked: the call returns this value when the thread runs (the starter of a
    /// new thread, T2).
    Handover(Value),
    /// Ready, not blocked: it dropped the GIL between two instructions (CPU cost, G3).
    Preempted,
    /// A blocking socket call or `select` (T9): `waiter` ready, or the timeout. `green`: the
    /// thread's `CALL` was rewound and runs the call again when the thread resumes; else the
    /// call waits nested and goes on itself (the wait returns whether it was woken).
    /// `private_epoll`: the call's own epoll (`select.select`'s), closed when the wait ends.
    Net {
        waiter: loopscope_kernel::NetWaiter,
        green: bool,
        private_epoll: Option<loopscope_kernel::Fd>,
    },
}

impl Wait {
    fn is_select(&self) -> bool {
        matches!(self, Wait::Select(..))
    }

    /// What the trace calls this wait.
    pub fn reason(&self) -> ThreadWait {
        match self {
            Wait::Nothing | Wait::Sleep => ThreadWait::Sleep,
            Wait::Lock { .. } => ThreadWait::Lock,
            Wait::Select(..) => ThreadWait::Select,
            Wait::Handover(_) => ThreadWait::Start,
            Wait::Preempted => ThreadWait::Gil,
            Wait::Net { .. } => ThreadWait::Socket,
        }
    }
}

/// How a thread's blocking call completes when it runs again.
pub(crate) enum Resumed {
    /// The call returns this value.
    Value(Value),
    /// The call raises this.
    Raise(PyErr),
    /// Nothing was called: it dropped the GIL between two instructions.
    Continue,
}

/// What the running thread does at a GIL check (CPU cost only).
pub enum GilCheck {
    /// Keep running.
    Run,
    /// It dropped the GIL green: the instruction loop leaves with the frame, to go on at the
    /// same instruction.
    Dropped,
    Stop(PyErr),
}

/// How a thread that is not running continues.
pub enum Mode {
    /// Not started: `func(*args, **kwargs)` is its body.
    Unstarted { args: Vec<Value>, kwargs: Option<Value> },
    /// Blocked green: its top frame, waiting for the result of the call it made.
    Green(Box<Frame>),
    /// Its continuation is a Rust call on the stack (the running thread, a thread blocked
    /// nested, or the main thread waiting at the top level).
    OnStack,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Running,
    Ready,
    Blocked,
    Done,
}

/// One thread of execution.
pub struct ThreadRecord {
    pub ident: i64,
    pub native_id: i64,
    /// What `start_new_thread` was given (for the "Exception ignored" report).
    pub func: Value,
    pub status: Status,
    pub mode: Mode,
    pub wait: Wait,
    /// When a blocked thread wakes by itself (T5), if ever.
    pub deadline: Option<f64>,
    /// The order in which threads began waiting (T5's last tie-break).
    pub seq: u64,
    /// The thread woke because its deadline came (not because what it waits for happened).
    pub timed_out: bool,
    /// When it last became ready (the GIL's drop requests count from there, G3).
    pub ready_since: f64,
    /// The depth of the interpreter loop the scheduler runs this thread in (`Vm::exec_depth`
    /// inside it): a blocking call made directly from that loop blocks green. 0: none.
    pub base_depth: u32,
    /// Locks released when the thread ends (`_set_sentinel`).
    pub sentinels: Vec<Rc<LockCore>>,
    /// The code and line of its green top frame while its wait completes (`run_others`).
    pub resuming: Option<(Rc<crate::compiler::code::CodeObj>, u32)>,
    /// The loop (serial) whose `select` waits green: the one the thread's `asyncio.run`
    /// runs while that runner is resumable (`loop_wait`).
    pub green_loop: Option<u32>,
    /// While the thread is not running: its per-thread runtime state and its frames.
    pub state: ThreadState,
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    pub trace_suppressed_below: Option<usize>,
    /// The process it belongs to (`processes`; 0: the main process).
    pub process: usize,
    /// Its network wait timed out (T9): the call, run again, does not wait again (a socket
    /// call raises `TimeoutError`, `select` answers what is ready).
    pub net_wait_timed_out: bool,
}

impl ThreadRecord {
    pub(crate) fn new(index: usize, func: Value, mode: Mode) -> ThreadRecord {
        ThreadRecord {
            ident: FIRST_IDENT + IDENT_STRIDE * index as i64,
            native_id: FIRST_NATIVE_ID + index as i64,
            func,
            status: Status::Ready,
            mode,
            wait: Wait::Nothing,
            deadline: None,
            seq: 0,
            timed_out: false,
            ready_since: 0.0,
            base_depth: 0,
            sentinels: Vec::new(),
            resuming: None,
            green_loop: None,
            state: ThreadState::default(),
            frames: Vec::new(),
            trace_suppressed_below: None,
            process: 0,
            net_wait_timed_out: false,
        }
    }
}

/// The table of threads.
pub struct Threads {
    pub records: Vec<ThreadRecord>,
    /// The running thread (whose state is on the `Vm`).
    pub current: usize,
    /// Ready threads, in the order they run (T3).
    pub ready: VecDeque<usize>,
    block_seq: u64,
    /// Threads alive (started, not ended), in start order: the main thread first.
    pub alive: Vec<usize>,
    /// Inside `threading._shutdown()` at the end of the program (T8).
    pub in_shutdown: bool,
    /// When the GIL last changed hands (a waiter's drop request counts from the later of
    /// this and when it became ready, G3).
    pub last_switch: f64,
    /// Loops (by serial) waiting in `select`, with their thread.
    pub select_waiters: Vec<(u32, usize)>,
    /// Loops (by serial) woken by `call_soon_threadsafe` while not in `select`: their next
    /// `select` waits 0 (T6).
    loop_wakeups: Vec<u32>,
    /// The main thread's exit while the daemon threads it ended above unwind
    /// (`Abort::MainThreadExited`).
    main_exit: Option<Exit>,
    /// `threading.stack_size()`: what the program set (0, the platform's default), reported
    /// back; simulated threads need no stack of their own.
    pub stack_size: i64,
}

impl Default for Threads {
    fn default() -> Self {
        let mut main = ThreadRecord::new(MAIN, Value::None, Mode::OnStack);
        main.status = Status::Running;
        Threads {
            records: vec![main],
            current: MAIN,
            ready: VecDeque::new(),
            block_seq: 0,
            alive: vec![MAIN],
            in_shutdown: false,
            last_switch: 0.0,
            select_waiters: Vec::new(),
            loop_wakeups: Vec::new(),
            main_exit: None,
            stack_size: 0,
        }
    }
}

impl Threads {
    /// Whether another thread was ever started: until then every blocking point is the
    /// single-threaded one (the clock just moves).
    #[inline]
    pub fn active(&self) -> bool {
        self.records.len() > 1
    }

    fn next_seq(&mut self) -> u64 {
        self.block_seq += 1;
        self.block_seq
    }

    pub fn current_ident(&self) -> i64 {
        self.records[self.current].ident
    }

    /// Remembers a wake-up for a loop that is not in `select` (T6).
    pub fn request_loop_wakeup(&mut self, serial: u32) {
        if !self.loop_wakeups.contains(&serial) {
            self.loop_wakeups.push(serial);
        }
    }

    /// Whether the loop had a wake-up requested (which this consumes).
    pub fn take_loop_wakeup(&mut self, serial: u32) -> bool {
        let before = self.loop_wakeups.len();
        self.loop_wakeups.retain(|&s| s != serial);
        self.loop_wakeups.len() != before
    }

    /// Makes a blocked thread ready at `now` (T3): what it waited for happened.
    pub fn wake(&mut self, t: usize, now: f64) {
        let r = &mut self.records[t];
        if r.status == Status::Blocked {
            r.status = Status::Ready;
            r.deadline = None;
            r.ready_since = now;
            self.ready.push_back(t);
        }
    }
}

/// The blocked-green signal (`Abort::Blocked`).
fn blocked() -> PyErr {
    PyErr::Abort(Rc::new(Abort::Blocked))
}

impl Vm {
    /// Makes `t` the running thread: its state and frames go on the `Vm`, the previous
    /// thread's into its record.
    pub(crate) fn switch_to(&mut self, t: usize) {
        let cur = self.threads.current;
        if cur == t {
            return;
        }
        self.switch_process(cur, t);
        let executed = self.clock.instructions();
        self.thread.ran_instructions += executed - self.thread.running_since;
        let rec = &mut self.threads.records[cur];
        std::mem::swap(&mut self.thread, &mut rec.state);
        std::mem::swap(&mut self.frames, &mut rec.frames);
        std::mem::swap(&mut self.trace_suppressed_below, &mut rec.trace_suppressed_below);
        let rec = &mut self.threads.records[t];
        std::mem::swap(&mut self.thread, &mut rec.state);
        std::mem::swap(&mut self.frames, &mut rec.frames);
        std::mem::swap(&mut self.trace_suppressed_below, &mut rec.trace_suppressed_below);
        self.threads.current = t;
        self.thread.running_since = executed;
        self.emit(Event::ThreadSwitch { thread: t as u32 });
    }

    /// The instructions thread `t` has run (its CPU time in instructions).
    fn instructions_run_by(&self, t: usize) -> u64 {
        if t == self.threads.current {
            let since = self.clock.instructions() - self.thread.running_since;
            self.thread.ran_instructions + since
        } else {
            self.threads.records[t].state.ran_instructions
        }
    }

    /// CPU seconds of the running thread (`time.thread_time`) or of all the threads of its
    /// process (`time.process_time`): what its instructions cost at the configured price, so
    /// nothing by default; sleeping and waiting cost none, as on a real CPU.
    pub(crate) fn cpu_seconds(&self, whole_process: bool) -> f64 {
        let me = self.threads.current;
        let instructions: u64 = if whole_process {
            let process = self.process_of(me);
            (0..self.threads.records.len())
                .filter(|&t| self.process_of(t) == process)
                .map(|t| self.instructions_run_by(t))
                .sum()
        } else {
            self.instructions_run_by(me)
        };
        instructions as f64 * self.config.instr_cost_ns * 1e-9
    }

    /// Makes blocked thread `t` ready (T3), as the trace shows it.
    pub(crate) fn wake_thread(&mut self, t: usize) {
        if self.threads.records[t].status == Status::Blocked {
            let now = self.clock.now();
            self.threads.wake(t, now);
            self.emit(Event::ThreadWake { thread: t as u32 });
            self.gil_schedule();
        }
    }

    /// Whether the native function now starting was called directly by a `CALL` of the
    /// running thread's own interpreter loop, so that it may block the thread green. A
    /// blocking function asks first thing, before it could run any other code.
    pub(crate) fn take_direct_call(&mut self) -> bool {
        let direct = std::mem::take(&mut self.direct_call);
        let rec = &self.threads.records[self.threads.current];
        direct && rec.base_depth != 0 && self.exec_depth == rec.base_depth
    }

    /// Blocks the running thread on `wait` until it wakes (by what it waits for, or at
    /// `deadline`), and returns the blocking call's result: at once as `Abort::Blocked` when
    /// it blocks green, else after running the other threads nested.
    pub(crate) fn block_current(
        &mut self,
        wait: Wait,
        deadline: Option<f64>,
        green: bool,
    ) -> PyResult<Value> {
        let me = self.threads.current;
        self.drop_gil(me);
        let seq = self.threads.next_seq();
        let rec = &mut self.threads.records[me];
        rec.status = Status::Blocked;
        rec.wait = wait;
        rec.deadline = deadline;
        rec.seq = seq;
        rec.timed_out = false;
        self.emit_block(me);
        self.park_current(green)
    }

    /// The trace's `ThreadBlock` for thread `t` (the running one).
    fn emit_block(&mut self, t: usize) {
        let r = &self.threads.records[t];
        let event = Event::ThreadBlock { reason: r.wait.reason(), until: r.deadline };
        self.emit(event);
    }

    /// The running thread is ready but hands over (its wait is `Handover`): it runs again
    /// after the threads ahead of it in the ready queue.
    fn park_current(&mut self, green: bool) -> PyResult<Value> {
        if green {
            return Err(blocked());
        }
        let me = self.threads.current;
        loop {
            self.run_others(Some(me))?;
            match self.resume_wait(me) {
                Some(Resumed::Value(v)) => return Ok(v),
                Some(Resumed::Raise(e)) => return Err(e),
                Some(Resumed::Continue) => return Ok(Value::None),
                None => {}
            }
        }
    }

    /// The running thread's blocking call completes (T4's retry for a lock), or `None`: it
    /// blocked again, in the same place.
    fn resume_wait(&mut self, t: usize) -> Option<Resumed> {
        let wait = std::mem::replace(&mut self.threads.records[t].wait, Wait::Nothing);
        match wait {
            Wait::Select(l, Some(cont)) => self.runner_resume(&l, *cont),
            Wait::Nothing | Wait::Sleep | Wait::Select(_, None) => {
                Some(Resumed::Value(Value::None))
            }
            Wait::Handover(v) => Some(Resumed::Value(v)),
            Wait::Preempted => Some(Resumed::Continue),
            Wait::Net { green, private_epoll, .. } => {
                if let Some(ep) = private_epoll {
                    let _ = self.kernel().close(crate::stdlib::net::HOST, ep);
                }
                let timed_out = self.threads.records[t].timed_out;
                if green {
                    // The rewound call runs again: it completes, or ends as its timeout says.
                    self.threads.records[t].net_wait_timed_out = timed_out;
                    Some(Resumed::Continue)
                } else {
                    Some(Resumed::Value(Value::Bool(!timed_out)))
                }
            }
            Wait::Lock { lock, entry, deadline, restore } => {
                let woken = !self.threads.records[t].timed_out;
                if !woken {
                    lock.remove_waiter(entry);
                }
                if !lock.locked.get() {
                    lock.locked.set(true);
                    let (count, owner) = restore.unwrap_or((1, self.threads.records[t].ident));
                    lock.owner.set(owner);
                    lock.count.set(count);
                    return Some(Resumed::Value(Value::Bool(true)));
                }
                if !woken {
                    return Some(Resumed::Value(Value::Bool(false)));
                }
                lock.add_waiter(entry, t);
                self.drop_gil(t);
                let seq = self.threads.next_seq();
                let rec = &mut self.threads.records[t];
                rec.status = Status::Blocked;
                rec.wait = Wait::Lock { lock, entry, deadline, restore };
                rec.deadline = deadline;
                rec.seq = seq;
                rec.timed_out = false;
                self.emit_block(t);
                None
            }
        }
    }

    /// The next thread to run (T3, T5), now marked running; a deadlock (T7) is an error.
    fn pick_next(&mut self) -> PyResult<usize> {
        if self.gil_mode() {
            let now = self.clock.now();
            self.wake_due(now);
        }
        self.wake_ready_sockets();
        let eligible = self.threads.ready.iter().position(|&t| self.may_take_gil(t));
        let next = match eligible.and_then(|i| self.threads.ready.remove(i)) {
            Some(t) => t,
            None => {
                let mut best: Option<(f64, bool, u64, usize)> = None;
                for &t in &self.threads.alive {
                    let r = &self.threads.records[t];
                    if r.status != Status::Blocked {
                        continue;
                    }
                    let Some(d) = r.deadline else { continue };
                    let key = (d, r.wait.is_select(), r.seq, t);
                    let better = match &best {
                        None => true,
                        Some(b) => (key.0, key.1, key.2) < (b.0, b.1, b.2),
                    };
                    if better {
                        best = Some(key);
                    }
                }
                // A loop waiting on sockets wakes when the network makes it ready, if that
                // comes before every deadline (a tie goes to the deadline: its thread
                // blocked first in the harness's order of events).
                let limit = best.map(|b| b.0);
                let (t, timed_out) = if let Some((at, t)) =
                    self.network_wake(limit).filter(|&(at, _)| limit.is_none_or(|d| at < d))
                {
                    self.clock.jump_to(at);
                    (t, false)
                } else {
                    let Some((deadline, _, _, t)) = best else {
                        return Err(self.threads_deadlock());
                    };
                    self.clock.advance_to(deadline);
                    (t, true)
                };
                let r = &mut self.threads.records[t];
                r.timed_out = timed_out;
                r.deadline = None;
                self.emit(Event::ThreadWake { thread: t as u32 });
                t
            }
        };
        self.threads.records[next].status = Status::Running;
        let now = self.clock.now();
        self.threads.last_switch = now;
        let p = self.threads.records[next].process;
        let process = &mut self.processes.records[p];
        if process.gil_holder != Some(next) {
            process.gil_holder = Some(next);
            process.last_switch = now;
        }
        self.update_core_share(next);
        self.gil_schedule_for(next);
        Ok(next)
    }

    /// Blocks the running thread on the network (T9) until `waiter` is ready or `deadline`
    /// passes, when another thread exists. Called directly by a `CALL`, it blocks green
    /// (`Abort::Blocked`; the call runs again when the thread resumes); otherwise it waits
    /// nested and returns whether it was woken (`false`: timed out).
    pub(crate) fn block_on_network(
        &mut self,
        waiter: loopscope_kernel::NetWaiter,
        deadline: Option<f64>,
        private_epoll: Option<loopscope_kernel::Fd>,
    ) -> PyResult<bool> {
        let green = !self.call_unrepeatable && self.take_direct_call();
        self.retry_blocked_call = green;
        // Waiting nested, the caller closes its own epoll when it goes on.
        let wait = Wait::Net { waiter, green, private_epoll: private_epoll.filter(|_| green) };
        let woken = self.block_current(wait, deadline, green)?;
        Ok(matches!(woken, Value::Bool(true)))
    }

    /// A call that blocked on the network (T9) and runs again after its wait timed out:
    /// it must not wait again. Reading it clears it.
    pub(crate) fn take_net_wait_timed_out(&mut self) -> bool {
        let me = self.threads.current;
        std::mem::take(&mut self.threads.records[me].net_wait_timed_out)
    }

    /// T9: threads blocked on a socket that is ready now, or in a loop's `select` with a
    /// ready socket registered (what the other threads did has arrived), become ready, in the
    /// order they began waiting, after those already ready.
    fn wake_ready_sockets(&mut self) {
        for (waiter, t) in self.network_waiters() {
            // A closed fd is "ready": the call runs again and raises what the kernel says.
            let ready =
                self.kernel().waiter_ready(crate::stdlib::net::HOST, waiter).unwrap_or(true);
            if ready {
                self.wake_thread(t);
            }
        }
    }

    /// The blocked threads that wait on the network, with what they wait for, in the order
    /// they began waiting (T9's wake-up order; the first wins a tie in `network_wake`).
    pub(crate) fn network_waiters(&self) -> Vec<(loopscope_kernel::NetWaiter, usize)> {
        let mut blocked: Vec<(u64, usize)> = self
            .threads
            .alive
            .iter()
            .filter(|&&t| self.threads.records[t].status == Status::Blocked)
            .map(|&t| (self.threads.records[t].seq, t))
            .collect();
        blocked.sort_unstable();
        blocked.into_iter().filter_map(|(_, t)| self.network_waiter(t).map(|w| (w, t))).collect()
    }

    /// What blocked thread `t` waits for on the network, if anything: its blocking socket
    /// call's socket, or its loop's epoll (a loop with sockets waiting in `select`).
    fn network_waiter(&self, t: usize) -> Option<loopscope_kernel::NetWaiter> {
        match &self.threads.records[t].wait {
            Wait::Net { waiter, .. } => Some(*waiter),
            Wait::Select(l, _) => l
                .state
                .borrow()
                .selector
                .kernel()
                .map(|k| loopscope_kernel::NetWaiter::Epoll(k.epfd)),
            _ => None,
        }
    }

    /// Runs the other threads until the schedule picks `host` (the thread blocked nested in
    /// this call; `None` at the top level, where the main thread runs green), which is then
    /// the running thread again. At the top level, returns the main thread's module exit.
    fn run_others(&mut self, host: Option<usize>) -> PyResult<Option<Exit>> {
        loop {
            let t = match self.pick_next() {
                Ok(t) => t,
                Err(e) => {
                    self.switch_to(host.unwrap_or(MAIN));
                    return Err(e);
                }
            };
            if Some(t) == host {
                self.switch_to(t);
                return Ok(None);
            }
            let mode = std::mem::replace(&mut self.threads.records[t].mode, Mode::OnStack);
            let exit = match mode {
                Mode::OnStack => {
                    // `t` waits inside a native call further down the Rust stack than the
                    // thread blocked here: it can only go on once this one has.
                    self.switch_to(host.unwrap_or(MAIN));
                    return Err(self.unsupported_now(
                        "two threads waiting inside native calls at once (such as event loops \
                         running in two threads, or a thread started from a coroutine that \
                         runs its own event loop)",
                    ));
                }
                Mode::Unstarted { args, kwargs } => {
                    self.switch_to(t);
                    self.start_body(t, args, kwargs)
                }
                Mode::Green(frame) => {
                    self.switch_to(t);
                    // While its wait completes (an `asyncio.run` finishing its runner blocks
                    // nested), the frame is held here: the deadlock report still finds it.
                    self.threads.records[t].resuming =
                        Some((frame.code.clone(), frame.current_line()));
                    // It is also on the thread's stack meanwhile, as the frame of a call that
                    // blocked nested is: what the wait runs (a loop's callbacks) sees its
                    // caller below it (a traceback's `<module>`, a warning's stacklevel).
                    let depth = self.frames.len();
                    self.frames.push(frame);
                    let resumed = self.resume_wait(t);
                    debug_assert_eq!(self.frames.len(), depth + 1, "the wait left its frames");
                    self.frames.truncate(depth + 1);
                    let frame = self.frames.pop().expect("the blocked frame, pushed above");
                    self.threads.records[t].resuming = None;
                    match resumed {
                        Some(resumed) => {
                            self.threads.records[t].base_depth = self.exec_depth + 1;
                            let entry = match resumed {
                                Resumed::Value(v) => Entry::Resume(v),
                                Resumed::Raise(e) => Entry::ResumeRaise(e),
                                Resumed::Continue => Entry::Continue,
                            };
                            self.execute(frame, entry)
                        }
                        None => Exit::Blocked(frame),
                    }
                }
            };
            if !matches!(exit, Exit::Blocked(_)) {
                // Its loop is gone: whatever it runs from here (T8's joins) blocks nested.
                self.threads.records[t].base_depth = 0;
            }
            match exit {
                Exit::Blocked(frame) => self.threads.records[t].mode = Mode::Green(frame),
                Exit::Raised(PyErr::Abort(a)) if matches!(*a, super::Abort::MainThreadExited) => {
                    // `t`, a daemon thread, unwound from below the main thread's end: it
                    // stays stopped where it was, as CPython leaves daemon threads at exit.
                    self.abandon_thread(t);
                    self.switch_to(host.unwrap_or(MAIN));
                    return match host {
                        None => Ok(self.threads.main_exit.take()),
                        Some(_) => Err(PyErr::Abort(a)),
                    };
                }
                Exit::Raised(PyErr::Abort(a)) => {
                    self.switch_to(host.unwrap_or(MAIN));
                    return Err(PyErr::Abort(a));
                }
                exit if t == MAIN => {
                    let Some(host) = host else { return Ok(Some(exit)) };
                    if self.only_daemons_below() {
                        // The daemon threads whose native calls are below unwind to the top
                        // level, which returns this exit.
                        self.threads.main_exit = Some(exit);
                        self.switch_to(host);
                        return Err(PyErr::Abort(Rc::new(super::Abort::MainThreadExited)));
                    }
                    self.switch_to(host);
                    return Err(self.unsupported_now(
                        "the main thread ending while another thread blocks inside a native \
                         call (such as `asyncio.run` in a thread)",
                    ));
                }
                exit => self.end_thread(t, exit),
            }
        }
    }

    /// Whether every thread waiting inside a native call (below the running one on the Rust
    /// stack) is a daemon thread, which the program's end may leave where it is.
    fn only_daemons_below(&mut self) -> bool {
        let below: Vec<usize> = self
            .threads
            .alive
            .iter()
            .copied()
            .filter(|&t| t != MAIN && matches!(self.threads.records[t].mode, Mode::OnStack))
            .collect();
        below.into_iter().all(|t| self.thread_name(t).1)
    }

    /// Daemon thread `t` (the running one) stops for good at the program's end: it leaves
    /// the schedule without ending (its join lock stays held); its frames (kept as they
    /// unwound) and its state stay alive with `Vm::abandoned` until the run is over.
    fn abandon_thread(&mut self, t: usize) {
        self.drop_gil(t);
        let threads = &mut self.threads;
        threads.records[t].status = Status::Done;
        threads.records[t].wait = Wait::Nothing;
        threads.alive.retain(|&a| a != t);
        threads.ready.retain(|&r| r != t);
        threads.select_waiters.retain(|&(_, w)| w != t);
        let state = std::mem::take(&mut self.thread);
        let frames = std::mem::take(&mut self.frames);
        self.abandoned.push(Box::new((state, frames)));
    }

    /// Runs a new thread's body in its own interpreter loop.
    fn start_body(&mut self, t: usize, args: Vec<Value>, kwargs: Option<Value>) -> Exit {
        let func = self.threads.records[t].func.clone();
        let (names, values) = match &kwargs {
            Some(Value::Dict(d)) => {
                let map = d.map.borrow();
                (
                    map.keys().map(|k| k.value.clone()).collect::<Vec<_>>(),
                    map.values().cloned().collect::<Vec<_>>(),
                )
            }
            _ => (Vec::new(), Vec::new()),
        };
        let npos = args.len();
        let mut all = args;
        all.extend(values);
        let call = Args { pos: &all[..npos], kw_names: &names, kw_values: &all[npos..] };
        self.direct_call = false;
        let invoked = self.invoke(&func, call);
        self.threads.records[t].base_depth = self.exec_depth + 1;
        match invoked {
            Ok(Invoked::Value(v)) => Exit::Returned(v),
            Ok(Invoked::Frame(frame)) => self.execute(frame, Entry::Start),
            Ok(Invoked::Init(frame, instance)) => match self.execute(frame, Entry::Start) {
                Exit::Returned(_) => Exit::Returned(instance),
                other => other,
            },
            Err(e) => Exit::Raised(e),
        }
    }

    /// A thread's body returned or raised (`_thread`'s `thread_run`): an exception other
    /// than `SystemExit` is reported as unraisable; the join locks are released.
    fn end_thread(&mut self, t: usize, exit: Exit) {
        self.drop_gil(t);
        let p = self.threads.records[t].process;
        if p != 0 && self.processes.records[p].main_thread == t {
            // A process's bootstrap returns its exit code (multiprocessing's `_bootstrap`).
            let code = match &exit {
                Exit::Returned(Value::Int(n)) => *n,
                Exit::Returned(_) => 0,
                _ => 1,
            };
            self.end_process(p, code);
        }
        if let Exit::Raised(PyErr::Exception(exc)) = exit {
            if !self.exception_is(&exc, ExcKind::SystemExit) {
                let func = self.threads.records[t].func.clone();
                let shown = self.repr(&func).unwrap_or_else(|_| "<function>".to_string());
                let mut text = format!("Exception ignored in thread started by: {shown}\n");
                text.push_str(&self.format_exception(&exc));
                self.write_stderr(&text);
            }
        }
        let sentinels = std::mem::take(&mut self.threads.records[t].sentinels);
        for lock in sentinels {
            if lock.locked.get() {
                self.release_lock(&lock);
            }
        }
        self.threads.records[t].status = Status::Done;
        self.threads.alive.retain(|&a| a != t);
        self.emit(Event::ThreadEnd { thread: t as u32 });
        // Its frames are gone; its runtime state goes with it.
        self.thread = ThreadState::default();
        self.frames.clear();
    }

    /// `lock.release()` on a held lock: frees it and makes its longest waiter ready (T4).
    pub(crate) fn release_lock(&mut self, lock: &LockCore) {
        lock.locked.set(false);
        lock.owner.set(0);
        lock.count.set(0);
        let first = {
            let mut w = lock.waiters.borrow_mut();
            if w.is_empty() {
                None
            } else {
                Some(w.remove(0).1)
            }
        };
        if let Some(t) = first {
            self.wake_thread(t);
        }
    }

    /// A blocking `acquire(blocking, timeout)` (timeout < 0: none) of `lock` by the running
    /// thread; `restore` is what an `RLock` takes on success.
    pub(crate) fn acquire_lock(
        &mut self,
        lock: &Rc<LockCore>,
        blocking: bool,
        timeout: f64,
        restore: Option<(u64, i64)>,
        green: bool,
    ) -> PyResult<Value> {
        if !lock.locked.get() {
            lock.locked.set(true);
            let (count, owner) = restore.unwrap_or((1, self.threads.current_ident()));
            lock.owner.set(owner);
            lock.count.set(count);
            return Ok(Value::Bool(true));
        }
        if !blocking || timeout == 0.0 {
            return Ok(Value::Bool(false));
        }
        // A wait that times out ends the timer slack after its deadline, as on Linux (and as
        // a `select` does, `TIMER_SLACK`): code that computes the time left from a deadline
        // (`concurrent.futures.as_completed`, a `while not event.wait(left)` loop) sees it
        // below zero and gives up, instead of waiting 0 for ever at the same instant.
        let slack = crate::stdlib::select_module::TIMER_SLACK;
        let deadline = if timeout < 0.0 { None } else { Some(self.clock.now() + timeout + slack) };
        let me = self.threads.current;
        let entry = self.threads.next_seq();
        lock.add_waiter(entry, me);
        let wait = Wait::Lock { lock: lock.clone(), entry, deadline, restore };
        self.block_current(wait, deadline, green)
    }

    /// `time.sleep(seconds)`: only the running thread waits (T1, T5).
    pub(crate) fn sleep_current(&mut self, seconds: f64, green: bool) -> PyResult<Value> {
        if !self.threads.active() {
            self.clock.advance(seconds);
            return Ok(Value::None);
        }
        let deadline = self.clock.now() + seconds;
        self.block_current(Wait::Sleep, Some(deadline), green)
    }

    /// `_thread.start_new_thread(func, args, kwargs)`: the new thread runs at once until it
    /// blocks or ends, then its starter goes on (T2). Returns the new thread's ident.
    pub(crate) fn start_thread(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kwargs: Option<Value>,
        green: bool,
    ) -> PyResult<Value> {
        let t = self.threads.records.len();
        let mut record = ThreadRecord::new(t, func, Mode::Unstarted { args, kwargs });
        record.process = self.process_of(self.threads.current);
        self.threads.records.push(record);
        self.threads.alive.push(t);
        let ident = self.threads.records[t].ident;
        self.emit(Event::ThreadStart { thread: t as u32 });
        self.hand_over_to_new(t, Value::Int(ident), true, green)
    }

    /// The running thread lets new thread `t` run first and goes on after it, its call
    /// returning `ret` (T2). A new thread of the same process takes the GIL; a new process
    /// runs on another core, its starter keeping its own GIL.
    pub(crate) fn hand_over_to_new(
        &mut self,
        t: usize,
        ret: Value,
        same_process: bool,
        green: bool,
    ) -> PyResult<Value> {
        let me = self.threads.current;
        if same_process {
            self.drop_gil(me);
        }
        let now = self.clock.now();
        let rec = &mut self.threads.records[me];
        rec.status = Status::Ready;
        rec.ready_since = now;
        rec.wait = Wait::Handover(ret);
        self.emit_block(me);
        self.threads.ready.push_front(me);
        self.threads.ready.push_front(t);
        self.park_current(green)
    }

    /// Thread `t` no longer holds its process's GIL (it blocked, ended or dropped it).
    fn drop_gil(&mut self, t: usize) {
        let p = self.threads.records[t].process;
        let process = &mut self.processes.records[p];
        if process.gil_holder == Some(t) {
            process.gil_holder = None;
        }
    }

    /// Whether ready thread `t` may run: its process's GIL is free, or it holds it (it was
    /// only waiting for a core), or its holder no longer wants it.
    fn may_take_gil(&self, t: usize) -> bool {
        let p = self.threads.records[t].process;
        match self.processes.records[p].gil_holder {
            None => true,
            Some(h) => {
                h == t || matches!(self.threads.records[h].status, Status::Blocked | Status::Done)
            }
        }
    }

    /// The main thread's module code, run so that it can block green: other threads run from
    /// here while it waits. Returns how the module code ended.
    pub(crate) fn run_main_module(&mut self, frame: Box<Frame>) -> Exit {
        self.threads.records[MAIN].base_depth = self.exec_depth + 1;
        let exit = self.execute(frame, Entry::Start);
        let Exit::Blocked(frame) = exit else {
            self.threads.records[MAIN].base_depth = 0;
            return exit;
        };
        self.threads.records[MAIN].mode = Mode::Green(frame);
        match self.run_others(None) {
            Ok(Some(exit)) => exit,
            Ok(None) => Exit::Raised(self.internal_error("the main thread's scheduler returned")),
            Err(e) => Exit::Raised(e),
        }
    }

    /// The thread that runs now, for `get_ident()`.
    pub(crate) fn current_thread_ident(&self) -> i64 {
        self.threads.current_ident()
    }

    /// The running thread's join lock (`_thread._set_sentinel()`): released when it ends.
    pub(crate) fn add_sentinel(&mut self, lock: Rc<LockCore>) {
        let me = self.threads.current;
        self.threads.records[me].sentinels.push(lock);
    }

    /// T7: nothing is ready and nothing will wake by itself.
    fn threads_deadlock(&mut self) -> PyErr {
        let alive = self.threads.alive.clone();
        if let [only] = alive[..] {
            if let Wait::Select(l, _) = &self.threads.records[only].wait {
                let l = l.clone();
                self.switch_to(only);
                return self.loop_deadlock(&l);
            }
        }
        let mut message = String::from(
            "Deadlock: every thread is blocked and nothing can wake any of them, so the program would wait forever.\nThreads:\n",
        );
        let mut any_select = false;
        for &t in &alive {
            let (name, daemon) = self.thread_name(t);
            let daemon = if daemon { " (daemon)" } else { "" };
            let place = self.thread_place(t);
            message.push_str(&format!("  {name}{daemon}: {place}\n"));
            any_select |= self.threads.records[t].wait.is_select();
        }
        let tasks = self.running_loops_pending_tasks();
        if !tasks.is_empty() || any_select {
            message.push_str("Pending tasks:\n");
            for t in &tasks {
                let r = self.future_repr(t).unwrap_or_else(|_| t.short_label());
                message.push_str(&format!("  {r}\n"));
            }
        }
        self.record_diagnostic(loopscope_trace::DiagnosticKind::Deadlock, &message);
        PyErr::Abort(Rc::new(Abort::Deadlock(message)))
    }

    /// A thread's name and daemon flag, from `threading` when it knows the thread.
    fn thread_name(&mut self, t: usize) -> (String, bool) {
        if let Some(name) = self.process_main_thread_name(t) {
            return (name, false);
        }
        let ident = self.threads.records[t].ident;
        let fallback = if t == MAIN { "MainThread".to_string() } else { format!("Dummy-{t}") };
        let Some(threading) = self.modules.get("threading").cloned() else {
            return (fallback, false);
        };
        let thread = if t == MAIN {
            self.get_attr(&threading, "_main_thread").ok()
        } else {
            self.get_attr(&threading, "_active")
                .ok()
                .and_then(|active| self.get_item(&active, &Value::Int(ident)).ok())
        };
        let Some(thread) = thread else { return (fallback, false) };
        let name = self
            .get_attr(&thread, "_name")
            .ok()
            .and_then(|n| n.as_str().map(str::to_string))
            .unwrap_or(fallback);
        let daemon = matches!(self.get_attr(&thread, "_daemonic"), Ok(Value::Bool(true)));
        (name, daemon)
    }

    /// Where a blocked thread waits, for the deadlock report: its innermost frame of the
    /// program's own file.
    fn thread_place(&self, t: usize) -> String {
        if t == MAIN && self.threads.in_shutdown {
            return "at interpreter shutdown, waiting for the non-daemon threads to end"
                .to_string();
        }
        let rec = &self.threads.records[t];
        let frames: &[Box<Frame>] =
            if t == self.threads.current { &self.frames } else { &rec.frames };
        let top: Option<&Frame> = match &rec.mode {
            Mode::Green(f) => Some(f),
            _ => None,
        };
        let program = |f: &&Frame| !f.code.is_library && *f.code.filename == *self.source.name;
        let found = top.into_iter().chain(frames.iter().rev().map(|f| &**f)).find(program);
        let resuming = rec
            .resuming
            .as_ref()
            .filter(|(code, _)| !code.is_library && *code.filename == *self.source.name);
        let place = match (found, resuming) {
            (Some(f), _) => Some((f.current_line(), &f.code.name)),
            (None, Some((code, line))) => Some((*line, &code.name)),
            (None, None) => None,
        };
        match place {
            Some((line, name)) => {
                let text = self.source.line_text(line).trim().to_string();
                format!("line {line} in {name}: {text}")
            }
            None => "inside the standard library".to_string(),
        }
    }

    /// Whether the GIL model runs: another thread exists and instructions cost time.
    #[inline]
    pub(crate) fn gil_mode(&self) -> bool {
        self.threads.active() && self.clock.cost_seconds() > 0.0
    }

    /// Blocked threads whose wake-up time has come wake, in T5's order: with a CPU cost the
    /// clock passes their deadlines while another thread runs (G2).
    fn wake_due(&mut self, now: f64) {
        loop {
            let mut best: Option<(f64, bool, u64, usize)> = None;
            for &t in &self.threads.alive {
                let r = &self.threads.records[t];
                let Some(d) = r.deadline else { continue };
                if r.status != Status::Blocked || d > now {
                    continue;
                }
                let key = (d, r.wait.is_select(), r.seq, t);
                if best.as_ref().is_none_or(|b| (key.0, key.1, key.2) < (b.0, b.1, b.2)) {
                    best = Some(key);
                }
            }
            let Some((deadline, _, _, t)) = best else { return };
            self.threads.records[t].timed_out = true;
            self.threads.wake(t, deadline);
            self.emit(Event::ThreadWake { thread: t as u32 });
        }
    }

    /// When the running thread must next look at the GIL: the earliest wake-up time of a
    /// blocked thread, or the drop request of the ready ones (G3: `I` after the later of
    /// when the first of them became ready and the last hand-over). Lowers the instruction
    /// count at which the instruction loop checks its budgets to that moment.
    pub(crate) fn gil_schedule(&mut self) {
        self.gil_schedule_for(self.threads.current);
    }

    /// `gil_schedule` for `running`, the thread that runs (or is about to).
    fn gil_schedule_for(&mut self, running: usize) {
        if !self.gil_mode() {
            return;
        }
        let mut next: Option<f64> = None;
        for &t in &self.threads.alive {
            let r = &self.threads.records[t];
            if r.status == Status::Blocked {
                if let Some(d) = r.deadline {
                    next = Some(next.map_or(d, |n: f64| n.min(d)));
                }
            }
        }
        if let Some(drop_at) = self.gil_drop_at(running) {
            next = Some(next.map_or(drop_at, |n| n.min(drop_at)));
        }
        if let Some(slice_end) = self.slice_end(running) {
            next = Some(next.map_or(slice_end, |n| n.min(slice_end)));
        }
        let Some(at) = next else { return };
        let now = self.clock.now();
        let cost = self.clock.cost_seconds();
        let ahead = ((at - now) / cost).ceil().max(0.0);
        let at_instr = self.instructions().saturating_add(ahead.min(1e15) as u64);
        self.budget_check_at = self.budget_check_at.min(at_instr);
    }

    /// The moment the ready threads request that the running thread drop the GIL (G3).
    fn gil_drop_at(&self, running: usize) -> Option<f64> {
        // Only the threads of the running one's process wait for its GIL.
        let p = self.threads.records[running].process;
        let first_ready = self
            .threads
            .ready
            .iter()
            .filter(|&&t| self.threads.records[t].process == p)
            .map(|&t| self.threads.records[t].ready_since)
            .fold(None, |m: Option<f64>, r| Some(m.map_or(r, |m| m.min(r))))?;
        Some(first_ready.max(self.processes.records[p].last_switch) + self.switch_interval)
    }

    /// When the running thread's slice of a core ends: another process wants one too (P2).
    fn slice_end(&self, running: usize) -> Option<f64> {
        (self.processes.active() && self.other_process_ready(running))
            .then_some(self.threads.last_switch + super::processes::SLICE_SECONDS)
    }

    /// The instruction loop's GIL check (CPU cost, G2–G3): due sleepers wake; at a drop
    /// request the running thread drops the GIL and waits at the tail of the ready queue, green
    /// when `frame` runs in its thread's own loop, else nested (the frame parked meanwhile).
    pub(crate) fn gil_check(&mut self, frame: &mut Box<Frame>) -> GilCheck {
        let now = self.clock.now();
        self.wake_due(now);
        let me = self.threads.current;
        let drop_due = self.gil_drop_at(me).is_some_and(|at| now >= at);
        let green = {
            let rec = &self.threads.records[me];
            rec.base_depth != 0 && self.exec_depth == rec.base_depth
        };
        // A process's slice of a core ends only where its thread can wait as data: two
        // processes parked inside native calls could not both be resumed.
        let slice_late = self.slice_end(me).is_some_and(|at| now >= at);
        let slice_due = slice_late && green;
        if !drop_due && !slice_due {
            self.update_core_share(self.threads.current);
            self.gil_schedule();
            if slice_late {
                self.budget_check_at = self.instructions() + 64;
            }
            return GilCheck::Run;
        }
        if drop_due {
            self.drop_gil(me);
        }
        if green {
            // The instruction just charged runs again when the thread does.
            self.clock.uncharge_instruction();
        }
        let now = self.clock.now();
        let rec = &mut self.threads.records[me];
        rec.status = Status::Ready;
        rec.wait = Wait::Preempted;
        rec.ready_since = now;
        self.threads.ready.push_back(me);
        if drop_due {
            self.emit_block(me);
        } else {
            let shared = self.cores_are_shared(me);
            self.emit(Event::CoreYield { shared });
        }
        if green {
            return GilCheck::Dropped;
        }
        self.park(frame);
        let r = self.run_others(Some(me));
        self.unpark(frame);
        if let Err(e) = r {
            return GilCheck::Stop(e);
        }
        self.resume_wait(me);
        self.gil_schedule();
        GilCheck::Run
    }
}

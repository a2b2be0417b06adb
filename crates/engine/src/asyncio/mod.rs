//! asyncio, rebuilt on the engine with CPython 3.11's structure: `event_loop` is
//! `BaseEventLoop` (`_run_once`, `call_soon`, `call_at`, the timer heap), `cycle` the steps of
//! `_run_once` and what the trace records of them, `selector` what the loop waits on, `handle`
//! `Handle` and `TimerHandle`, `future` and `task` are `_asyncio.Future` and `_asyncio.Task`
//! (`__step`, `__wakeup`), `gather` and `native` hold the parts CPython writes in Python
//! (`gather`, `sleep`, `wait_for`), `reprs` their reprs, and `api` what Python code calls.
//! What CPython keeps per thread (the running loop, the current task) is in
//! `vm::thread::ThreadState`.

pub mod api;
mod asyncgens;
pub mod cycle;
pub mod event_loop;
mod exception_handler;
pub mod executors;
pub mod future;
mod gather;
pub mod handle;
mod handle_compare;
mod internals;
pub mod io;
pub mod logger;
pub mod loop_wait;
pub mod native;
pub mod page_trace;
pub mod reprs;
pub mod selector;
pub mod sync_trace;
pub mod task;
mod task_stack;

pub use event_loop::LoopObj;
pub use future::FutureObj;
pub use handle::{HandleObj, TimerHandleObj};

use std::cell::Cell;
use std::rc::{Rc, Weak};

/// asyncio's process-wide state (`tasks._all_tasks`, the task name counter, the callback
/// budget). What CPython keeps per thread (the running loop, the current task) is in the
/// thread's record, `vm::thread::ThreadState`.
#[derive(Default)]
pub struct AsyncioState {
    /// Numbers tasks `Task-1`, `Task-2`, ... for the whole run (as CPython's counter).
    pub task_counter: u64,
    /// Every task made (weakly, as CPython's `WeakSet`), in creation order.
    pub tasks: Vec<Weak<FutureObj>>,
    /// When `tasks` next drops its dead entries (a dead `Weak` still holds its allocation).
    prune_tasks_at: usize,
    /// Callbacks the loops ran (for `RunConfig::max_callbacks`).
    pub callbacks_run: u64,
    /// Every gathering future made (weakly): one a never-finishing child keeps in a cycle is
    /// reported at shutdown, as CPython's last garbage collection does.
    pub gathers: Vec<Weak<FutureObj>>,
    /// The trace ids of the program's locks, queues and task groups.
    pub sync_ids: sync_trace::SyncIds,
    /// What streams and thread pools told the trace (issues 13 and 14).
    pub page_trace: page_trace::PageTrace,
    /// In debug mode, where each future and handle was made (the last entry of CPython's
    /// `_source_traceback`, which reprs show as `created at FILE:LINE`), by serial.
    pub future_created_at: rustc_hash::FxHashMap<u32, Rc<str>>,
    pub handle_created_at: rustc_hash::FxHashMap<u32, Rc<str>>,
    /// In debug mode, the whole stack each future was made under (CPython's
    /// `_source_traceback`, innermost frame first), by serial: the loop's reports about a
    /// dying future show it as `source_traceback`.
    pub future_source_traceback: rustc_hash::FxHashMap<u32, crate::vm::coroutine_origin::Origin>,
    /// The same for handles, whose stack asyncio cuts to its innermost frames.
    pub handle_source_traceback: rustc_hash::FxHashMap<u32, crate::vm::coroutine_origin::Origin>,
    /// In debug mode, the handle `_run_once` is running (CPython's `loop._current_handle`):
    /// the default exception handler shows where it was made as `handle_traceback`.
    pub current_debug_handle: Option<u32>,
    /// The `contextvars.Context` of each unfinished task that has one, by serial (a task
    /// without an entry runs in an empty context). A side table: tasks of programs that use
    /// no context variable pay nothing, and `FutureObj` stays small.
    pub task_contexts: rustc_hash::FxHashMap<u32, crate::vm::value::Value>,
    /// The program's own future-like object each task waits for (a duck-typed future), by
    /// task serial: `_fut_waiter` for what is not a `FutureObj`. A side table, as above.
    pub duck_waiters: rustc_hash::FxHashMap<u32, crate::vm::value::Value>,
    /// In debug mode, the repr a handle had when it was cancelled (CPython's `Handle._repr`,
    /// kept so "Executing <Handle ...> took N seconds" still names the callback).
    pub handle_cancelled_repr: rustc_hash::FxHashMap<u32, Rc<str>>,
}

/// Where CPython's asyncio functions written in Python make the futures and handles a debug
/// repr names (`created at <stdlib>/asyncio/tasks.py:384`), when not the caller's line: the
/// innermost frame of the object's `_source_traceback`.
pub mod created_at {
    use crate::vm::coroutine_origin::CallSite;

    /// A line of CPython's asyncio source, in the function it belongs to.
    pub struct LibrarySite {
        pub file: &'static str,
        pub line: u32,
        pub function: &'static str,
        /// The source line there, as `linecache` gives it.
        pub text: &'static str,
    }

    impl LibrarySite {
        /// `FILE:LINE`, as a repr's `created at` shows it.
        pub fn label(&self) -> String {
            format!("{}:{}", self.file, self.line)
        }

        /// The site as a frame of a creation stack.
        pub fn call_site(&self) -> CallSite {
            CallSite {
                filename: self.file.into(),
                line: self.line,
                function: self.function.into(),
                library: true,
            }
        }
    }

    const fn at(
        file: &'static str,
        line: u32,
        function: &'static str,
        text: &'static str,
    ) -> LibrarySite {
        LibrarySite { file, line, function, text }
    }

    const TASKS: &str = "<stdlib>/asyncio/tasks.py";
    const BASE_EVENTS: &str = "<stdlib>/asyncio/base_events.py";
    pub const CREATE_TASK: LibrarySite =
        at(TASKS, 384, "create_task", "task = loop.create_task(coro)");
    pub const ENSURE_FUTURE: LibrarySite =
        at(TASKS, 680, "_ensure_future", "return loop.create_task(coro_or_future)");
    pub const GATHER: LibrarySite = at(TASKS, 709, "__init__", "super().__init__(loop=loop)");
    pub const RUNNER: LibrarySite = at(
        "<stdlib>/asyncio/runners.py",
        100,
        "run",
        "task = self._loop.create_task(coro, context=context)",
    );
    pub const CREATE_FUTURE: LibrarySite =
        at(BASE_EVENTS, 427, "create_future", "return futures.Future(loop=self)");
    pub const CALL_LATER: LibrarySite = at(
        BASE_EVENTS,
        727,
        "call_later",
        "timer = self.call_at(self.time() + delay, callback, *args,",
    );
    pub const CALL_AT: LibrarySite = at(
        BASE_EVENTS,
        744,
        "call_at",
        "timer = events.TimerHandle(when, callback, args, self, context)",
    );
    /// All of them, for their source lines.
    pub const SITES: [&LibrarySite; 7] =
        [&CREATE_TASK, &ENSURE_FUTURE, &GATHER, &RUNNER, &CREATE_FUTURE, &CALL_LATER, &CALL_AT];
}

impl AsyncioState {
    /// Remembers a task for `all_tasks()`; dead entries are dropped as the list doubles, so
    /// the cost stays constant per task.
    ///
    /// They are also dropped once an eighth of the list has died since the last time: a dead
    /// task's entry holds its whole allocation (about 200 bytes), and when a `gather` of
    /// 100,000 children ends, the doubling rule alone could keep most of them for the whole
    /// next round.
    pub fn register_task(&mut self, task: &Rc<FutureObj>) {
        let died = TASKS_DIED.with(Cell::get);
        if self.tasks.len() >= self.prune_tasks_at || died >= self.tasks.len() / 8 + 64 {
            self.prune_tasks();
            self.prune_tasks_at = (self.tasks.len() * 2).max(64);
        }
        self.tasks.push(Rc::downgrade(task));
    }

    /// Drops the entries of tasks that died.
    pub fn prune_tasks(&mut self) {
        self.tasks.retain(|w| w.strong_count() > 0);
        TASKS_DIED.with(|d| d.set(0));
    }
}

thread_local! {
    /// Tasks that died since `AsyncioState::tasks` was last pruned (counted by the task's
    /// `Drop`; one run at a time uses a thread, and a stale count only prunes early).
    static TASKS_DIED: Cell<usize> = const { Cell::new(0) };
}

/// A task died (its entry in `AsyncioState::tasks` is dead now).
pub(crate) fn task_died() {
    TASKS_DIED.with(|d| d.set(d.get() + 1));
}

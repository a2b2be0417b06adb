//! The runtime record of one thread of execution: what CPython keeps per thread for asyncio
//! (3.12 moved it into `PyThreadState` itself; 3.11 keeps it in thread-locals): the running
//! loop (`events._running_loop`), the loop the policy hands out on this thread
//! (`get_event_loop`/`set_event_loop`), the task whose step is running (`tasks._current_tasks`,
//! keyed by loop in CPython, and one loop runs per thread), and where the running loop callback
//! started on the frame stack.
//!
//! Today a run has one thread and the `Vm` holds its record (`Vm::thread`). Keeping these
//! fields together, and off the process-wide `AsyncioState`, is what lets a second thread of
//! execution have its own: the scheduler of threads swaps the record (and, with it, the frame
//! stack, which still lives on `Vm::frames` for now).

use crate::asyncio::{FutureObj, LoopObj};
use std::rc::Rc;

pub struct ThreadState {
    /// The loop whose `run_forever` is on this thread's stack (`events._running_loop`).
    pub running_loop: Option<Rc<LoopObj>>,
    /// The loop `get_event_loop()` returns outside a running loop (the policy's loop for this
    /// thread, as `set_event_loop` sets it).
    pub event_loop: Option<Rc<LoopObj>>,
    /// `set_event_loop` was called on this thread (the policy's `_set_called`): from then on
    /// `get_event_loop()` no longer makes a loop when there is none.
    pub event_loop_set_called: bool,
    /// The task whose `__step` is running (`tasks._current_tasks[loop]`).
    pub current_task: Option<Rc<FutureObj>>,
    /// How deep this thread is in running loop callbacks (for attributing warnings).
    pub callback_depth: u32,
    /// How many frames were on the stack when the running callback started: a warning raised
    /// with no deeper frame belongs to asyncio's `Handle._run`, as in CPython.
    pub callback_base_frames: usize,
    /// Exceptions being handled by library code that runs natively here (the `with Runner()`
    /// of `asyncio.run` while main's exception propagates, wait_for's `except
    /// CancelledError`), each with the number of frames below it: an exception raised above
    /// gets it as `__context__`, as from CPython's exception-info stack.
    pub library_handling: Vec<(usize, super::value::Value)>,
    /// The exception a Python generator's frame just raised out of `send`/`throw`/`next`:
    /// its context was set where it was raised, so the frame it propagates into must not set
    /// it again (`raised_in` takes this; the next exception raised clears it). Weak: an
    /// exception the caller swallows (`close()`'s GeneratorExit) must die at once, and with
    /// it the locals its traceback keeps.
    pub propagating_from_generator: Option<std::rc::Weak<super::objects::InstanceObj>>,
    /// The running `contextvars.Context` (`None`: none made yet, an empty one; a new thread
    /// starts so).
    pub context: Option<super::value::Value>,
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`, per thread as in CPython: what async
    /// generators first iterated here call (a running loop installs its own, so a generator
    /// collected later is finalized by the loop of the thread that began it).
    pub asyncgen_hooks: [super::value::Value; 2],
    /// Instructions this thread ran before it last became the running one (its CPU time,
    /// for `time.thread_time` and `time.process_time`).
    pub ran_instructions: u64,
    /// The clock's instruction count when this thread last became the running one.
    pub running_since: u64,
}

impl Default for ThreadState {
    fn default() -> Self {
        ThreadState {
            running_loop: None,
            event_loop: None,
            event_loop_set_called: false,
            current_task: None,
            callback_depth: 0,
            callback_base_frames: 0,
            library_handling: Vec::new(),
            propagating_from_generator: None,
            context: None,
            asyncgen_hooks: [super::value::Value::None, super::value::Value::None],
            ran_instructions: 0,
            running_since: 0,
        }
    }
}

impl ThreadState {
    /// Whether a loop callback is running (as opposed to module code).
    pub fn in_callback(&self) -> bool {
        self.callback_depth > 0
    }

    /// Whether a warning raised now has no frame of its own inside the running callback.
    pub fn at_callback_level(&self, frames: usize) -> bool {
        self.in_callback() && frames <= self.callback_base_frames
    }
}

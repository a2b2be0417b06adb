//! Rebuilding the whole state at any step of a trace: the loop's cycle and phase, the ready
//! queue, the timer heap (with `heapq`'s exact layout), every task, future and frame (with its
//! line and locals), and how much output there is.
//!
//! `Replay::new` walks the trace once and keeps a copy of the state every
//! `CHECKPOINT_EVENTS` events; `state_at(step)` starts from the nearest checkpoint and applies
//! at most that many events, so any step is a few milliseconds away however long the run.

use super::codec::Model;
use super::event::{
    Event, FutureKind, HandleKind, Outcome, Phase, SelectTimeout, ShutdownStage, SocketKind,
    SyncKind, SyncRole, ThreadWait,
};
use super::read::{ReadPos, Reader};
use super::{DiagnosticKind, Trace};
use crate::code::CodeKind;
use crate::heapq::{HeapKey, TimerHeap};
use rustc_hash::FxHashMap;
use std::collections::VecDeque;
use std::rc::Rc;

/// Events between two saved states.
pub const CHECKPOINT_EVENTS: u64 = 8192;

/// Objects (tasks, frames, futures, handles, queued and scheduled entries) all checkpoints
/// together may hold. A checkpoint copies the whole live state, so a run with a huge live
/// state (300,000 tasks gathered) gets fewer checkpoints, further apart, instead of hundreds
/// of copies that exhaust the worker's memory (issue 10, defect 8); a run with an ordinary
/// state keeps one every `CHECKPOINT_EVENTS`.
pub const CHECKPOINT_OBJECTS: u64 = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandleState {
    /// In the ready queue.
    Ready,
    /// On the timer heap.
    Scheduled,
    Running,
    /// Ran, was skipped (cancelled) or dropped from the heap.
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HandleView {
    pub id: u32,
    pub kind: HandleKind,
    /// The task or future the callback concerns (0 if none).
    pub target: u32,
    pub label: u32,
    pub when: Option<f64>,
    pub cancelled: bool,
    pub state: HandleState,
}

/// A timer on the replayed heap (ordered by deadline, then creation, as the engine's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimerRef {
    pub handle: u32,
    pub when: f64,
}

impl HeapKey for TimerRef {
    fn key(&self) -> (f64, u64) {
        (self.when, self.handle as u64)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutureState {
    Pending,
    Done(Outcome),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FutureView {
    pub id: u32,
    pub kind: FutureKind,
    pub state: FutureState,
    /// The result or exception's repr (string id; 0 when none).
    pub repr: u32,
    /// The done callbacks waiting on it, in registration order.
    pub callbacks: Vec<CallbackView>,
}

/// A done callback: the handle it will be scheduled as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallbackView {
    pub kind: HandleKind,
    pub target: u32,
    pub label: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskState {
    /// Created; its first step is scheduled.
    Pending,
    Running,
    /// Waiting for a future (or, with no future, for its next step after `sleep(0)`).
    Suspended,
    Done,
    Cancelled,
}

impl TaskState {
    pub fn label(self) -> &'static str {
        match self {
            TaskState::Pending => "pending",
            TaskState::Running => "running",
            TaskState::Suspended => "suspended",
            TaskState::Done => "done",
            TaskState::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaskView {
    pub id: u32,
    pub name: u32,
    pub coro: u32,
    pub state: TaskState,
    /// The future it waits for (0: none, or a bare yield).
    pub waiting_for: u32,
    pub cancel_requests: u32,
    /// The frames of its coroutine chain, outermost first.
    pub frames: Vec<u32>,
    /// When it last started and stopped running (for timelines).
    pub ran_at: f64,
    /// Made by this step of `asyncio.run`'s shutdown (`None`: by the program).
    pub shutdown: Option<ShutdownStage>,
}

/// A synchronisation primitive, queue or task group the program made.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncView {
    pub id: u32,
    pub kind: SyncKind,
    /// Its state's text (string id; 0 before the first `SyncState`).
    pub state: u32,
    /// The futures in its deques, each deque in order (a task group's children are tasks).
    pub members: Vec<SyncMember>,
}

/// A future in a primitive's deque.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncMember {
    pub role: SyncRole,
    pub future: u32,
    /// The task that was running when it joined: the one that waits (0: none).
    pub task: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameState {
    Running,
    Suspended,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FrameView {
    pub id: u32,
    pub code: u32,
    pub line: u32,
    pub state: FrameState,
    /// Each local's repr (string id), by slot; `None` while unbound.
    pub locals: Vec<Option<u32>>,
    /// On a task's stack or the main stack (a suspended generator's frame is on none): only
    /// then does its exit look for it there.
    pub on_stack: bool,
}

/// Whether a thread runs, waits for the baton, waits for something, or ended (issue 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThreadRunState {
    #[default]
    Running,
    Ready,
    Blocked,
    Done,
}

/// A thread of execution (index 0: the main thread).
#[derive(Debug, Clone, Default)]
pub struct ThreadView {
    pub state: ThreadRunState,
    /// While blocked (or handing over to a thread it started): what it waits for.
    pub wait: Option<ThreadWait>,
    /// When it wakes by itself, if ever.
    pub until: Option<f64>,
    /// The first thread of a simulated process: its process id (issue 14 item 4).
    pub process: Option<u32>,
    /// While another thread runs: its frames outside tasks, its running task and handle.
    stash: (Vec<u32>, Option<u32>, Option<u32>),
}

/// The part of the state that belongs to one event loop, kept aside while another loop's
/// events are recorded (`LoopFocus`).
#[derive(Debug, Clone, Default)]
struct LoopStash {
    cycle: u64,
    phase: Option<Phase>,
    select_timeout: Option<f64>,
    ready: VecDeque<u32>,
    timers: TimerHeap<TimerRef>,
}

/// Everything the page shows at one step.
#[derive(Debug, Clone, Default)]
pub struct ReplayState {
    /// How many events have been applied.
    pub step: u64,
    pub time: f64,
    pub cycle: u64,
    pub phase: Option<Phase>,
    /// The timeout of the current cycle's `select` (`None`: forever).
    pub select_timeout: Option<f64>,
    pub ready: VecDeque<u32>,
    pub timers: TimerHeap<TimerRef>,
    pub handles: FxHashMap<u32, HandleView>,
    pub futures: FxHashMap<u32, FutureView>,
    pub tasks: FxHashMap<u32, TaskView>,
    /// Tasks in creation order.
    pub task_order: Vec<u32>,
    pub frames: FxHashMap<u32, FrameView>,
    /// Frames running outside any task (module code and what it calls).
    pub main_stack: Vec<u32>,
    pub running_handle: Option<u32>,
    pub running_task: Option<u32>,
    /// Instructions whose lines were not recorded, so far.
    pub coalesced_instructions: u64,
    /// How many stdout and stderr writes and diagnostics happened so far.
    pub stdout_writes: usize,
    pub stderr_writes: usize,
    pub diagnostics: usize,
    /// The synchronisation primitives, queues and task groups, in creation order (ids 1, 2..).
    pub syncs: Vec<SyncView>,
    /// The step of `asyncio.run`'s shutdown under way (`None` outside one).
    pub shutdown: Option<ShutdownStage>,
    /// The threads started so far (empty until the first: then the main thread is 0).
    pub threads: Vec<ThreadView>,
    /// The thread running now.
    pub current_thread: u32,
    /// The loop whose state `cycle`, `phase`, `ready` and `timers` show (0: the only one).
    pub focused_loop: u32,
    /// The other loops' state, by serial.
    loops: FxHashMap<u32, LoopStash>,
    /// The loop's selector (issue 13): each registered fd's interest (1 read, 2 write) and
    /// its reader's and writer's handles (0: none), in fd order.
    pub io_keys: std::collections::BTreeMap<u32, IoKeyView>,
    /// What this cycle's `select` reported, in epoll's order.
    pub io_ready: Vec<(u32, u8)>,
    /// The program's open sockets by fd.
    pub sockets: std::collections::BTreeMap<u32, SocketView>,
    /// How many packets went on the network so far (the events hold each one).
    pub packets: u64,
    /// Each thread's name (string id; 0: none given), by thread id (issue 14).
    pub thread_names: Vec<u32>,
    /// The locals buffers of frames that exited, for the next frames entering.
    spare_locals: SpareLocals,
}

/// The locals buffers of exited frames, kept for the next frames' entries: each entry
/// allocated one, about half the allocations of reading a trace. Not part of the state
/// shown: a clone (a checkpoint) starts without any.
#[derive(Default)]
struct SpareLocals(Vec<Vec<Option<u32>>>);

impl SpareLocals {
    /// More than a few calls deep are rare; a long recursion's frames are not all kept.
    const KEPT: usize = 64;

    /// A buffer of `n` unbound locals.
    fn take(&mut self, n: usize) -> Vec<Option<u32>> {
        let mut locals = self.0.pop().unwrap_or_default();
        locals.clear();
        locals.resize(n, None);
        locals
    }

    fn give(&mut self, locals: Vec<Option<u32>>) {
        if self.0.len() < Self::KEPT && locals.capacity() > 0 {
            self.0.push(locals);
        }
    }
}

impl Clone for SpareLocals {
    fn clone(&self) -> Self {
        SpareLocals::default()
    }
}

impl std::fmt::Debug for SpareLocals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SpareLocals({})", self.0.len())
    }
}

/// One fd registered in the loop's selector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IoKeyView {
    pub events: u8,
    pub reader: u32,
    pub writer: u32,
}

/// One open socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SocketView {
    pub kind: SocketKind,
    /// Its state's text (string id; 0 before any state event).
    pub state: u32,
    /// Bytes in its send buffer (not yet acknowledged) and its receive buffer (not yet read).
    pub send: u32,
    pub recv: u32,
}

impl ReplayState {
    /// The stack a frame entering now belongs to.
    fn current_stack(&mut self) -> &mut Vec<u32> {
        match self.running_task.and_then(|t| self.tasks.get_mut(&t)) {
            Some(task) => &mut task.frames,
            None => &mut self.main_stack,
        }
    }

    fn stop_running(&mut self) {
        if let Some(h) = self.running_handle.take() {
            if let Some(handle) = self.handles.get_mut(&h) {
                handle.state = HandleState::Done;
            }
        }
        self.running_task = None;
    }

    /// Applies one event.
    pub fn apply(&mut self, event: &Event, codes: &[super::CodeInfo]) {
        self.step += 1;
        match *event {
            Event::Clock { t } => self.time = t,
            Event::CycleStart => {
                self.stop_running();
                self.cycle += 1;
                self.io_ready.clear();
                self.phase = Some(Phase::DropCancelledTimers);
                self.select_timeout = Some(0.0);
            }
            Event::PhaseStart { phase } => {
                if phase == Phase::RunReady || phase == Phase::MoveDueTimers {
                    self.stop_running();
                }
                self.phase = Some(phase);
            }
            Event::Select { timeout } => {
                self.phase = Some(Phase::Select);
                match timeout {
                    SelectTimeout::Forever => self.select_timeout = None,
                    SelectTimeout::Zero => self.select_timeout = Some(0.0),
                    // The loop sleeps until the first deadline: the clock reads it (to within
                    // the last bit of the float).
                    SelectTimeout::UntilTimer => {
                        let when = self.timers.peek().map_or(self.time, |t| t.when);
                        self.select_timeout = Some((when - self.time).max(0.0));
                        self.time = self.time.max(when);
                    }
                    SelectTimeout::Seconds(s) => {
                        self.select_timeout = Some(s);
                        self.time += s;
                    }
                }
            }
            Event::ReadyPush { handle, kind, target, label } => {
                self.handles.insert(
                    handle,
                    HandleView {
                        id: handle,
                        kind,
                        target,
                        label,
                        when: None,
                        cancelled: false,
                        state: HandleState::Ready,
                    },
                );
                self.ready.push_back(handle);
            }
            Event::TimerPush { handle, kind, target, label, when } => {
                self.handles.insert(
                    handle,
                    HandleView {
                        id: handle,
                        kind,
                        target,
                        label,
                        when: Some(when),
                        cancelled: false,
                        state: HandleState::Scheduled,
                    },
                );
                self.timers.push(TimerRef { handle, when });
            }
            Event::TimerFire { handle } => {
                self.phase = Some(Phase::MoveDueTimers);
                self.pop_timer(handle);
                if let Some(h) = self.handles.get_mut(&handle) {
                    h.state = HandleState::Ready;
                }
                self.ready.push_back(handle);
            }
            Event::TimerDrop { handle } => {
                self.pop_timer(handle);
                self.handle_done(handle);
            }
            Event::HeapRebuild => {
                let handles = &self.handles;
                self.timers
                    .retain_and_heapify(|t| !handles.get(&t.handle).is_some_and(|h| h.cancelled));
            }
            Event::LoopClose => {
                self.shutdown = None;
                for h in self.ready.drain(..) {
                    if let Some(handle) = self.handles.get_mut(&h) {
                        handle.state = HandleState::Done;
                    }
                }
                for t in self.timers.iter() {
                    if let Some(handle) = self.handles.get_mut(&t.handle) {
                        handle.state = HandleState::Done;
                    }
                }
                self.timers.clear();
            }
            Event::HandleCancel { handle } => {
                if let Some(h) = self.handles.get_mut(&handle) {
                    h.cancelled = true;
                }
            }
            Event::HandleRun { handle, .. } => {
                self.stop_running();
                self.phase = Some(Phase::RunReady);
                self.pop_ready(handle);
                self.running_handle = Some(handle);
                if let Some(h) = self.handles.get_mut(&handle) {
                    h.state = HandleState::Running;
                }
            }
            Event::HandleSkip { handle } => {
                self.stop_running();
                self.pop_ready(handle);
                self.handle_done(handle);
            }
            Event::FutureNew { future, kind } => {
                self.futures.insert(
                    future,
                    FutureView {
                        id: future,
                        kind,
                        state: FutureState::Pending,
                        repr: 0,
                        callbacks: Vec::new(),
                    },
                );
            }
            Event::TaskNew { task, coro, name } => {
                self.tasks.insert(
                    task,
                    TaskView {
                        id: task,
                        name,
                        coro,
                        state: TaskState::Pending,
                        waiting_for: 0,
                        cancel_requests: 0,
                        frames: Vec::new(),
                        ran_at: self.time,
                        shutdown: self.shutdown,
                    },
                );
                self.task_order.push(task);
            }
            Event::CallbackAdd { future, kind, target, label } => {
                if let Some(f) = self.futures.get_mut(&future) {
                    f.callbacks.push(CallbackView { kind, target, label });
                }
            }
            Event::CallbackRemove { future, label } => {
                if let Some(f) = self.futures.get_mut(&future) {
                    if let Some(i) = f.callbacks.iter().position(|c| c.label == label) {
                        f.callbacks.remove(i);
                    }
                }
            }
            Event::FutureDone { future, outcome, repr } => {
                if let Some(f) = self.futures.get_mut(&future) {
                    f.state = FutureState::Done(outcome);
                    f.repr = repr;
                    f.callbacks.clear();
                }
                if let Some(t) = self.tasks.get_mut(&future) {
                    t.state = if outcome == Outcome::Cancelled {
                        TaskState::Cancelled
                    } else {
                        TaskState::Done
                    };
                    t.waiting_for = 0;
                }
            }
            Event::TaskStep { task } => {
                self.running_task = Some(task);
                let now = self.time;
                if let Some(t) = self.tasks.get_mut(&task) {
                    t.state = TaskState::Running;
                    t.waiting_for = 0;
                    t.ran_at = now;
                }
            }
            Event::TaskWait { task, future } => {
                if let Some(t) = self.tasks.get_mut(&task) {
                    t.state = TaskState::Suspended;
                    t.waiting_for = future;
                }
                if self.running_task == Some(task) {
                    self.running_task = None;
                }
            }
            Event::TaskCancel { task, .. } => {
                if let Some(t) = self.tasks.get_mut(&task) {
                    t.cancel_requests += 1;
                }
            }
            Event::TaskRename { task, name } => {
                if let Some(t) = self.tasks.get_mut(&task) {
                    t.name = name;
                }
            }
            Event::FrameEnter { frame, code } => {
                let info = codes.get(code as usize);
                let nlocals = info.map(|c| c.varnames.len()).unwrap_or(0);
                let line = info.map(|c| c.first_line).unwrap_or(0);
                self.frames.insert(
                    frame,
                    FrameView {
                        id: frame,
                        code,
                        line,
                        state: FrameState::Running,
                        locals: self.spare_locals.take(nlocals),
                        on_stack: true,
                    },
                );
                self.current_stack().push(frame);
            }
            Event::FrameExit { frame } => {
                if let Some(exited) = self.frames.remove(&frame) {
                    if exited.on_stack {
                        self.remove_from_stacks(frame);
                    }
                    self.spare_locals.give(exited.locals);
                }
            }
            Event::FrameSuspend { frame } => {
                let code = self.frames.get(&frame).map(|f| f.code);
                if let Some(f) = self.frames.get_mut(&frame) {
                    f.state = FrameState::Suspended;
                }
                // A suspended coroutine stays in its task's await chain; a suspended generator
                // leaves the stack (its generator object keeps it).
                let is_coroutine = code
                    .and_then(|c| codes.get(c as usize))
                    .is_some_and(|c| c.kind == CodeKind::Coroutine);
                if !is_coroutine || self.running_task.is_none() {
                    self.leave_stacks(frame);
                }
            }
            Event::FrameAwait { frame } => {
                if let Some(f) = self.frames.get_mut(&frame) {
                    f.state = FrameState::Suspended;
                }
            }
            Event::FrameResume { frame } => {
                if let Some(f) = self.frames.get_mut(&frame) {
                    f.state = FrameState::Running;
                    f.on_stack = true;
                }
                let stack = self.current_stack();
                if !stack.contains(&frame) {
                    stack.push(frame);
                }
            }
            Event::Line { frame, line } => {
                if let Some(f) = self.frames.get_mut(&frame) {
                    f.line = line;
                }
            }
            Event::Local { frame, slot, repr } => {
                if let Some(f) = self.frames.get_mut(&frame) {
                    if let Some(l) = f.locals.get_mut(slot as usize) {
                        *l = Some(repr);
                    }
                }
            }
            Event::LocalUnbound { frame, slot } => {
                if let Some(l) =
                    self.frames.get_mut(&frame).and_then(|f| f.locals.get_mut(slot as usize))
                {
                    *l = None;
                }
            }
            Event::Coalesced { instructions } => self.coalesced_instructions += instructions,
            Event::Stdout { .. } => self.stdout_writes += 1,
            Event::Stderr { .. } => self.stderr_writes += 1,
            Event::Diagnostic { .. } => self.diagnostics += 1,
            Event::SyncNew { sync, kind } => {
                // Ids count from 1 with no gaps; anything else is ignored, not trusted.
                if sync as usize == self.syncs.len() + 1 {
                    self.syncs.push(SyncView { id: sync, kind, state: 0, members: Vec::new() });
                }
            }
            Event::SyncState { sync, state } => {
                if let Some(s) = self.sync_mut(sync) {
                    s.state = state;
                }
            }
            Event::SyncJoin { sync, role, future } => {
                let task = self.running_task.unwrap_or(0);
                if let Some(s) = self.sync_mut(sync) {
                    s.members.push(SyncMember { role, future, task });
                }
            }
            Event::SyncLeave { sync, future } => {
                if let Some(s) = self.sync_mut(sync) {
                    if let Some(i) = s.members.iter().position(|m| m.future == future) {
                        s.members.remove(i);
                    }
                }
            }
            Event::RunShutdown { stage } => self.shutdown = Some(stage),
            Event::IoRegister { fd, events, reader, writer } => {
                if events == 0 {
                    self.io_keys.remove(&fd);
                } else {
                    self.io_keys.insert(fd, IoKeyView { events, reader, writer });
                }
            }
            Event::IoReady { fd, events } => self.io_ready.push((fd, events)),
            Event::SocketNew { fd, kind } => {
                self.sockets.insert(fd, SocketView { kind, state: 0, send: 0, recv: 0 });
            }
            Event::SocketState { fd, state } => {
                if let Some(s) = self.sockets.get_mut(&fd) {
                    s.state = state;
                }
            }
            Event::SocketClose { fd } => {
                self.sockets.remove(&fd);
            }
            Event::ThreadStart { thread } => {
                let t = self.thread_mut(thread);
                t.state = ThreadRunState::Ready;
            }
            Event::ThreadSwitch { thread } => self.switch_thread(thread),
            Event::ThreadBlock { reason, until } => {
                let t = self.thread_mut(self.current_thread);
                t.state = if matches!(reason, ThreadWait::Start | ThreadWait::Gil) {
                    ThreadRunState::Ready
                } else {
                    ThreadRunState::Blocked
                };
                t.wait = Some(reason);
                t.until = until;
            }
            Event::ThreadWake { thread } => {
                let t = self.thread_mut(thread);
                t.state = ThreadRunState::Ready;
                t.until = None;
            }
            Event::ThreadEnd { thread } => {
                let t = self.thread_mut(thread);
                t.state = ThreadRunState::Done;
                t.wait = None;
                t.until = None;
            }
            Event::LoopFocus { loop_id, previous } => self.focus_loop(loop_id, previous),
            Event::Packet { .. } => self.packets += 1,
            Event::ProcessStart { thread, pid } => self.thread_mut(thread).process = Some(pid),
            // On a core of its own, it still runs (the panel shows it running).
            Event::CoreYield { shared: false } => {}
            Event::CoreYield { shared: true } => {
                let t = self.thread_mut(self.current_thread);
                t.state = ThreadRunState::Ready;
                t.wait = None;
                t.until = None;
            }
            Event::SocketBuffers { fd, send, recv } => {
                if let Some(s) = self.sockets.get_mut(&fd) {
                    (s.send, s.recv) = (send, recv);
                }
            }
            Event::ThreadName { thread, name } => {
                // Kept apart from `threads`: the main thread is named before any thread starts.
                let i = if thread < 1 << 16 { thread as usize } else { 0 };
                if self.thread_names.len() <= i {
                    self.thread_names.resize(i + 1, 0);
                }
                self.thread_names[i] = name;
            }
        }
    }

    /// Thread `thread`'s record, made (with those before it) on first mention.
    /// A thread's frames outside tasks and the task its loop runs (the page's threads
    /// panel): the current thread's are the state's own, the others' are put aside.
    pub fn thread_context(&self, thread: u32) -> (&[u32], Option<u32>) {
        if thread == self.current_thread {
            return (&self.main_stack, self.running_task);
        }
        match self.threads.get(thread as usize) {
            Some(t) => (&t.stash.0, t.stash.1),
            None => (&[], None),
        }
    }

    fn thread_mut(&mut self, thread: u32) -> &mut ThreadView {
        // Ids come from the engine's table: small and dense; anything past a bound is folded
        // onto the main thread rather than trusted.
        let i = if thread < 1 << 16 { thread as usize } else { 0 };
        if self.threads.len() <= i {
            self.threads.resize_with(i + 1, ThreadView::default);
        }
        &mut self.threads[i]
    }

    /// The baton passes to `thread`: the frames outside tasks and the running task and handle
    /// are the thread's own.
    fn switch_thread(&mut self, thread: u32) {
        let stash = (
            std::mem::take(&mut self.main_stack),
            self.running_task.take(),
            self.running_handle.take(),
        );
        let cur = self.current_thread;
        self.thread_mut(cur).stash = stash;
        let next = self.thread_mut(thread);
        next.state = ThreadRunState::Running;
        next.wait = None;
        next.until = None;
        let (stack, task, handle) = std::mem::take(&mut next.stash);
        self.main_stack = stack;
        self.running_task = task;
        self.running_handle = handle;
        self.current_thread = thread;
    }

    /// Loop events from here concern `loop_id`: the focused loop's state is put aside.
    fn focus_loop(&mut self, loop_id: u32, previous: u32) {
        let stash = LoopStash {
            cycle: self.cycle,
            phase: self.phase.take(),
            select_timeout: self.select_timeout.take(),
            ready: std::mem::take(&mut self.ready),
            timers: std::mem::take(&mut self.timers),
        };
        self.loops.insert(previous, stash);
        let next = self.loops.remove(&loop_id).unwrap_or_default();
        self.cycle = next.cycle;
        self.phase = next.phase;
        self.select_timeout = next.select_timeout;
        self.ready = next.ready;
        self.timers = next.timers;
        self.focused_loop = loop_id;
    }

    fn sync_mut(&mut self, sync: u32) -> Option<&mut SyncView> {
        self.syncs.get_mut((sync as usize).checked_sub(1)?)
    }

    /// The primitive whose deque holds `future` (not as a task group's child), with the deque.
    pub fn sync_holding(&self, future: u32) -> Option<(&SyncView, SyncRole)> {
        self.syncs.iter().find_map(|s| {
            let m = s.members.iter().find(|m| m.future == future && m.role != SyncRole::Child)?;
            Some((s, m.role))
        })
    }

    fn pop_timer(&mut self, handle: u32) {
        if self.timers.peek().is_some_and(|t| t.handle == handle) {
            self.timers.pop();
        } else {
            // Never expected: the engine pops the head. Stay consistent anyway.
            self.timers.retain_and_heapify(|t| t.handle != handle);
        }
    }

    fn pop_ready(&mut self, handle: u32) {
        if self.ready.front() == Some(&handle) {
            self.ready.pop_front();
        } else if let Some(i) = self.ready.iter().position(|h| *h == handle) {
            self.ready.remove(i);
        }
    }

    fn handle_done(&mut self, handle: u32) {
        if let Some(h) = self.handles.get_mut(&handle) {
            h.state = HandleState::Done;
        }
    }

    /// A suspended frame leaves its stack, and so do the generators it delegated to that
    /// stayed above it (`frame_await`): they were in its chain only.
    fn leave_stacks(&mut self, frame: u32) {
        let Some((stack, i)) = self.stack_holding(frame) else { return };
        let left: Vec<u32> = stack.drain(i..).collect();
        for id in left {
            if let Some(f) = self.frames.get_mut(&id) {
                f.on_stack = false;
            }
        }
    }

    fn remove_from_stacks(&mut self, frame: u32) {
        if let Some((stack, i)) = self.stack_holding(frame) {
            stack.remove(i);
        }
    }

    /// The stack holding `frame` and its position there. The running task's stack is looked
    /// at first, then the main stack: a frame almost always ends or suspends where it runs,
    /// and searching every task's stack for each frame exit made a run with thousands of
    /// live tasks quadratic (10,000 echo clients: 30,000 tasks, 1.2 M frame exits).
    fn stack_holding(&mut self, frame: u32) -> Option<(&mut Vec<u32>, usize)> {
        let position = |stack: &Vec<u32>| stack.iter().rposition(|f| *f == frame);
        let in_running = self.running_task.and_then(|t| {
            self.tasks.get(&t).and_then(|task| position(&task.frames)).map(|i| (t, i))
        });
        if let Some((t, i)) = in_running {
            return self.tasks.get_mut(&t).map(|task| (&mut task.frames, i));
        }
        if let Some(i) = position(&self.main_stack) {
            return Some((&mut self.main_stack, i));
        }
        self.tasks.values_mut().find_map(|t| position(&t.frames).map(|i| (&mut t.frames, i)))
    }

    /// How many objects the state holds: what copying it costs.
    pub fn objects(&self) -> u64 {
        (self.handles.len()
            + self.futures.len()
            + self.tasks.len()
            + self.frames.len()
            + self.timers.len()
            + self.ready.len()) as u64
    }

    /// Forgets finished handles, futures and tasks that nothing shown refers to any more, so
    /// checkpoints stay as small as the live state.
    pub(crate) fn compact(&mut self) {
        self.handles.retain(|_, h| h.state != HandleState::Done);
        let mut waited: rustc_hash::FxHashSet<u32> =
            self.tasks.values().map(|t| t.waiting_for).filter(|f| *f != 0).collect();
        // A primitive's deques name their futures (a cancelled waiter stays until removed).
        waited.extend(self.syncs.iter().flat_map(|s| s.members.iter().map(|m| m.future)));
        let tasks = &self.tasks;
        self.futures.retain(|id, f| {
            f.state == FutureState::Pending || waited.contains(id) || tasks.contains_key(id)
        });
    }
}

impl Model for ReplayState {
    fn ready_front(&self) -> Option<u32> {
        self.ready.front().copied()
    }

    fn heap_top(&self) -> Option<u32> {
        self.timers.peek().map(|t| t.handle)
    }

    fn handle_target(&self, handle: u32) -> u32 {
        self.handles.get(&handle).map_or(0, |h| h.target)
    }

    fn task_frames(&self, task: u32) -> Vec<u32> {
        self.tasks.get(&task).map(|t| t.frames.clone()).unwrap_or_default()
    }

    fn callbacks(&self, future: u32) -> Vec<(HandleKind, u32, u32)> {
        self.futures
            .get(&future)
            .map(|f| f.callbacks.iter().map(|c| (c.kind, c.target, c.label)).collect())
            .unwrap_or_default()
    }
}

/// An output write or diagnostic with the step it happened at.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub step: u64,
    pub time: f64,
    pub text: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DiagnosticAt {
    pub step: u64,
    pub time: f64,
    pub kind: DiagnosticKind,
    pub text: u32,
}

/// Events until the checkpoint after one holding `state`: `CHECKPOINT_EVENTS`, or more when
/// checkpoints as big as this one every `CHECKPOINT_EVENTS` over the `events` of the trace
/// would hold more than `CHECKPOINT_OBJECTS` objects.
fn checkpoint_interval(events: u64, state: &ReplayState) -> u64 {
    let spread = (events as u128 * state.objects() as u128 / CHECKPOINT_OBJECTS as u128) as u64;
    CHECKPOINT_EVENTS.max(spread)
}

/// Random access to the states of a trace.
pub struct Replay {
    trace: Rc<Trace>,
    /// States saved about every `CHECKPOINT_EVENTS` events, at record boundaries, with where
    /// reading resumes.
    checkpoints: Vec<(ReplayState, ReadPos)>,
    /// Every stdout write, stderr write and diagnostic, in order (the console shows a prefix).
    pub stdout: Vec<Output>,
    pub stderr: Vec<Output>,
    pub diagnostics: Vec<DiagnosticAt>,
    /// Steps where loop cycles start, for "step by cycle" and the timeline.
    pub cycle_starts: Vec<u64>,
    /// Steps where handles start running, for "step by callback".
    pub callback_starts: Vec<u64>,
    /// How many tasks the run created (the last state's `task_order`, known without
    /// replaying to the end again).
    pub tasks_created: u64,
}

impl Replay {
    /// Walks the whole trace once, keeping checkpoints and the output.
    pub fn new(trace: Rc<Trace>) -> Replay {
        Replay::new_watched(trace, |_, _| {})
    }

    /// `Replay::new`, showing `watch` every event with the state after it: what else needs
    /// the whole trace (the session's timeline) is built in the same pass, not in a second
    /// decoding of every record.
    pub fn new_watched(trace: Rc<Trace>, mut watch: impl FnMut(&Event, &ReplayState)) -> Replay {
        let mut replay = Replay {
            trace: trace.clone(),
            checkpoints: vec![(ReplayState::default(), ReadPos::default())],
            stdout: Vec::new(),
            stderr: Vec::new(),
            diagnostics: Vec::new(),
            cycle_starts: Vec::new(),
            callback_starts: Vec::new(),
            tasks_created: 0,
        };
        let mut reader = Reader::new(&trace);
        let mut next_checkpoint = CHECKPOINT_EVENTS;
        while let Some(Ok(event)) = reader.next_event() {
            let state = reader.state();
            watch(&event, state);
            let (index, time) = (state.step - 1, state.time);
            match event {
                Event::Stdout { text } => replay.stdout.push(Output { step: index, time, text }),
                Event::Stderr { text } => replay.stderr.push(Output { step: index, time, text }),
                Event::Diagnostic { kind, text } => {
                    replay.diagnostics.push(DiagnosticAt { step: index, time, kind, text })
                }
                Event::CycleStart => replay.cycle_starts.push(index),
                Event::HandleRun { .. } => replay.callback_starts.push(index),
                _ => {}
            }
            if state.step >= next_checkpoint {
                if let Some(pos) = reader.position() {
                    reader.compact_state();
                    let state = reader.state().clone();
                    next_checkpoint = state.step + checkpoint_interval(trace.event_count, &state);
                    replay.checkpoints.push((state, pos));
                }
            }
        }
        replay.tasks_created = reader.state().task_order.len() as u64;
        replay
    }

    /// Objects held by all checkpoints together (at most about `CHECKPOINT_OBJECTS` plus one
    /// state).
    pub fn checkpoint_objects(&self) -> u64 {
        self.checkpoints.iter().map(|(s, _)| s.objects()).sum()
    }

    /// How many steps there are (events in the trace).
    pub fn len(&self) -> u64 {
        self.trace.event_count
    }

    pub fn is_empty(&self) -> bool {
        self.trace.event_count == 0
    }

    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    /// The state after the first `step` events.
    pub fn state_at(&self, step: u64) -> ReplayState {
        let step = step.min(self.trace.event_count);
        let k = self.checkpoints.partition_point(|(s, _)| s.step <= step).max(1) - 1;
        let (state, pos) = &self.checkpoints[k];
        let mut reader = Reader::resume(&self.trace, *pos, state.clone());
        while reader.state().step < step {
            if !matches!(reader.next_event(), Some(Ok(_))) {
                break;
            }
        }
        reader.into_state()
    }

    /// The state after the first `step` events, and the last of those events.
    pub fn state_and_event_at(&self, step: u64) -> (ReplayState, Option<Event>) {
        let step = step.min(self.trace.event_count);
        let mut reader = self.reader_before(step);
        let mut last = None;
        while reader.state().step < step {
            match reader.next_event() {
                Some(Ok(event)) => last = Some(event),
                _ => break,
            }
        }
        if last.is_none() && step > 0 {
            // `step` is a checkpoint: read the event before it from the previous one.
            let mut earlier = self.reader_before(step - 1);
            while earlier.state().step < step {
                match earlier.next_event() {
                    Some(Ok(event)) => last = Some(event),
                    _ => break,
                }
            }
        }
        (reader.into_state(), last)
    }

    /// A reader positioned at the last checkpoint at or before `step`.
    fn reader_before(&self, step: u64) -> Reader<'_> {
        let k = self.checkpoints.partition_point(|(s, _)| s.step <= step).max(1) - 1;
        let (state, pos) = &self.checkpoints[k];
        Reader::resume(&self.trace, *pos, state.clone())
    }

    /// The first step after `from` whose event satisfies `matches` (seen with the state after
    /// that event), if any.
    pub fn find_forward(
        &self,
        from: u64,
        mut matches: impl FnMut(&Event, &ReplayState) -> bool,
    ) -> Option<u64> {
        let mut reader = self.reader_before(from);
        while let Some(Ok(event)) = reader.next_event() {
            let state = reader.state();
            if state.step > from && matches(&event, state) {
                return Some(state.step);
            }
        }
        None
    }

    /// The last step before `from` whose event satisfies `matches`, if any. Scans backwards
    /// one checkpoint interval at a time, so a nearby match is found quickly.
    pub fn find_backward(
        &self,
        from: u64,
        mut matches: impl FnMut(&Event, &ReplayState) -> bool,
    ) -> Option<u64> {
        let mut end = from.min(self.trace.event_count);
        let mut k = self.checkpoints.partition_point(|(s, _)| s.step < end).max(1) - 1;
        loop {
            let (state, pos) = &self.checkpoints[k];
            let mut reader = Reader::resume(&self.trace, *pos, state.clone());
            let mut found = None;
            while let Some(Ok(event)) = reader.next_event() {
                let state = reader.state();
                if state.step >= end {
                    break;
                }
                if matches(&event, state) {
                    found = Some(state.step);
                }
            }
            if found.is_some() || k == 0 {
                return found;
            }
            end = self.checkpoints[k].0.step + 1;
            k -= 1;
        }
    }

    /// The stdout text written before `step`, with the time each line started.
    pub fn stdout_before(&self, step: u64) -> &[Output] {
        let n = self.stdout.partition_point(|o| o.step < step);
        &self.stdout[..n]
    }

    pub fn stderr_before(&self, step: u64) -> &[Output] {
        let n = self.stderr.partition_point(|o| o.step < step);
        &self.stderr[..n]
    }
}

//! The trace's events: every state change of the event loop, its tasks, futures, handles and
//! frames, plus output. `docs/ARCHITECTURE.md` ("The trace") documents each one.
//!
//! Ids: `handle`, `future` (tasks are futures), `frame` and `coro` are serial numbers unique
//! within one run; `text`, `name`, `label` and `repr` index the trace's string table; `code`
//! indexes its code table.

/// The six phases of `BaseEventLoop._run_once`, in CPython's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Remove cancelled timers from the head of the heap (or rebuild it).
    DropCancelledTimers,
    /// Compute how long `select` may wait.
    ComputeTimeout,
    /// Poll the selector.
    Select,
    /// Run the I/O callbacks `select` reported.
    ProcessEvents,
    /// Move timers that are due to the ready queue.
    MoveDueTimers,
    /// Run exactly the callbacks that were ready when this phase began.
    RunReady,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::DropCancelledTimers,
        Phase::ComputeTimeout,
        Phase::Select,
        Phase::ProcessEvents,
        Phase::MoveDueTimers,
        Phase::RunReady,
    ];

    pub fn index(self) -> u8 {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<Phase> {
        Phase::ALL.get(i as usize).copied()
    }

    pub fn label(self) -> &'static str {
        match self {
            Phase::DropCancelledTimers => "drop cancelled timers",
            Phase::ComputeTimeout => "compute timeout",
            Phase::Select => "select",
            Phase::ProcessEvents => "process I/O events",
            Phase::MoveDueTimers => "move due timers",
            Phase::RunReady => "run ready callbacks",
        }
    }
}

/// What a handle's callback is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HandleKind {
    /// A task's `__step` (first run, `sleep(0)`, or a cancellation).
    TaskStep,
    /// A task's `__wakeup` after the future it awaited finished.
    TaskWakeup,
    /// A future's done callback (not a task's wakeup).
    DoneCallback,
    /// Whatever the program passed to `call_soon`/`call_later`/`call_at`.
    Program,
    /// asyncio's own timers (`sleep`'s `_set_result_unless_cancelled`, `wait_for`'s timeout).
    Internal,
}

impl HandleKind {
    pub const ALL: [HandleKind; 5] = [
        HandleKind::TaskStep,
        HandleKind::TaskWakeup,
        HandleKind::DoneCallback,
        HandleKind::Program,
        HandleKind::Internal,
    ];

    pub fn index(self) -> u8 {
        HandleKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<HandleKind> {
        HandleKind::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            HandleKind::TaskStep => "task_step",
            HandleKind::TaskWakeup => "task_wakeup",
            HandleKind::DoneCallback => "done_callback",
            HandleKind::Program => "program",
            HandleKind::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FutureKind {
    Future,
    Task,
    /// What `asyncio.gather` returns.
    Gathering,
}

impl FutureKind {
    pub fn index(self) -> u8 {
        match self {
            FutureKind::Future => 0,
            FutureKind::Task => 1,
            FutureKind::Gathering => 2,
        }
    }

    pub fn from_index(i: u8) -> Option<FutureKind> {
        [FutureKind::Future, FutureKind::Task, FutureKind::Gathering].get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            FutureKind::Future => "future",
            FutureKind::Task => "task",
            FutureKind::Gathering => "gathering",
        }
    }
}

/// How a future ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Result,
    Exception,
    Cancelled,
}

impl Outcome {
    pub fn index(self) -> u8 {
        match self {
            Outcome::Result => 0,
            Outcome::Exception => 1,
            Outcome::Cancelled => 2,
        }
    }

    pub fn from_index(i: u8) -> Option<Outcome> {
        [Outcome::Result, Outcome::Exception, Outcome::Cancelled].get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            Outcome::Result => "result",
            Outcome::Exception => "exception",
            Outcome::Cancelled => "cancelled",
        }
    }
}

/// What the diagnostics panel lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiagnosticKind {
    /// A callback held the loop for `slow_callback_seconds` or more.
    SlowCallback,
    NeverAwaited,
    ExceptionNeverRetrieved,
    DestroyedPending,
    /// A callback raised (`Exception in callback ...`).
    CallbackError,
    Deadlock,
    /// The run stopped at a budget.
    Budget,
    /// The program used something Loopscope does not support yet.
    Unsupported,
}

impl DiagnosticKind {
    pub const ALL: [DiagnosticKind; 8] = [
        DiagnosticKind::SlowCallback,
        DiagnosticKind::NeverAwaited,
        DiagnosticKind::ExceptionNeverRetrieved,
        DiagnosticKind::DestroyedPending,
        DiagnosticKind::CallbackError,
        DiagnosticKind::Deadlock,
        DiagnosticKind::Budget,
        DiagnosticKind::Unsupported,
    ];

    pub fn index(self) -> u8 {
        DiagnosticKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<DiagnosticKind> {
        DiagnosticKind::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            DiagnosticKind::SlowCallback => "slow_callback",
            DiagnosticKind::NeverAwaited => "never_awaited",
            DiagnosticKind::ExceptionNeverRetrieved => "exception_never_retrieved",
            DiagnosticKind::DestroyedPending => "destroyed_pending",
            DiagnosticKind::CallbackError => "callback_error",
            DiagnosticKind::Deadlock => "deadlock",
            DiagnosticKind::Budget => "budget",
            DiagnosticKind::Unsupported => "unsupported",
        }
    }
}

/// What kind of asyncio object a `SyncNew` made: the synchronisation primitives and queues
/// (`lib/asyncio/locks.py`, `queues.py`) and `TaskGroup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncKind {
    Lock,
    Event,
    Condition,
    Semaphore,
    BoundedSemaphore,
    Barrier,
    Queue,
    PriorityQueue,
    LifoQueue,
    TaskGroup,
    /// What the page shows of streams and thread pools (issues 13 and 14).
    StreamReader,
    /// A stream protocol whose `drain()` waits (shown as the writer).
    StreamWriter,
    ThreadPoolExecutor,
}

impl SyncKind {
    pub const ALL: [SyncKind; 13] = [
        SyncKind::Lock,
        SyncKind::Event,
        SyncKind::Condition,
        SyncKind::Semaphore,
        SyncKind::BoundedSemaphore,
        SyncKind::Barrier,
        SyncKind::Queue,
        SyncKind::PriorityQueue,
        SyncKind::LifoQueue,
        SyncKind::TaskGroup,
        SyncKind::StreamReader,
        SyncKind::StreamWriter,
        SyncKind::ThreadPoolExecutor,
    ];

    pub fn index(self) -> u8 {
        SyncKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<SyncKind> {
        SyncKind::ALL.get(i as usize).copied()
    }

    /// The class name, as the program writes it.
    pub fn name(self) -> &'static str {
        match self {
            SyncKind::Lock => "Lock",
            SyncKind::Event => "Event",
            SyncKind::Condition => "Condition",
            SyncKind::Semaphore => "Semaphore",
            SyncKind::BoundedSemaphore => "BoundedSemaphore",
            SyncKind::Barrier => "Barrier",
            SyncKind::Queue => "Queue",
            SyncKind::PriorityQueue => "PriorityQueue",
            SyncKind::LifoQueue => "LifoQueue",
            SyncKind::TaskGroup => "TaskGroup",
            SyncKind::StreamReader => "StreamReader",
            SyncKind::StreamWriter => "StreamWriter",
            SyncKind::ThreadPoolExecutor => "ThreadPoolExecutor",
        }
    }

    pub fn from_name(name: &str) -> Option<SyncKind> {
        SyncKind::ALL.iter().copied().find(|k| k.name() == name)
    }
}

/// Which of a primitive's deques a future joined: the waiters of a lock, event, condition,
/// semaphore or barrier; a queue's blocked getters or putters; a task group's children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncRole {
    Waiter,
    Getter,
    Putter,
    Child,
}

impl SyncRole {
    pub const ALL: [SyncRole; 4] =
        [SyncRole::Waiter, SyncRole::Getter, SyncRole::Putter, SyncRole::Child];

    pub fn index(self) -> u8 {
        SyncRole::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<SyncRole> {
        SyncRole::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            SyncRole::Waiter => "waiter",
            SyncRole::Getter => "getter",
            SyncRole::Putter => "putter",
            SyncRole::Child => "child",
        }
    }

    pub fn from_name(name: &str) -> Option<SyncRole> {
        SyncRole::ALL.iter().copied().find(|k| k.name() == name)
    }
}

/// What a blocked thread waits for (issue 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ThreadWait {
    /// `time.sleep`.
    Sleep,
    /// A blocking `acquire` of a held lock (what `threading`'s primitives, queues,
    /// `Future.result` and `Thread.join` wait with).
    Lock,
    /// Its event loop's `select`.
    Select,
    /// It started a thread, which runs first (ready, not blocked).
    Start,
    /// It dropped the GIL at another thread's drop request (ready, not blocked; CPU cost
    /// only).
    Gil,
    /// A blocking socket call (`recv`, `accept`, `sendall`, ...) or `select` on sockets not
    /// ready yet.
    Socket,
}

impl ThreadWait {
    pub const ALL: [ThreadWait; 6] = [
        ThreadWait::Sleep,
        ThreadWait::Lock,
        ThreadWait::Select,
        ThreadWait::Start,
        ThreadWait::Gil,
        ThreadWait::Socket,
    ];

    pub fn index(self) -> u8 {
        ThreadWait::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<ThreadWait> {
        ThreadWait::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            ThreadWait::Sleep => "sleep",
            ThreadWait::Lock => "lock",
            ThreadWait::Select => "select",
            ThreadWait::Start => "start",
            ThreadWait::Gil => "gil",
            ThreadWait::Socket => "socket",
        }
    }

    pub fn from_name(name: &str) -> Option<ThreadWait> {
        ThreadWait::ALL.iter().copied().find(|k| k.name() == name)
    }
}

/// The steps of `asyncio.run`'s (and `Runner.close()`'s) shutdown, each of which may make
/// tasks or futures of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShutdownStage {
    /// Leftover tasks are cancelled and gathered.
    CancelLeftovers,
    /// `loop.shutdown_asyncgens()`: a task, plus one `aclose()` task per live async generator.
    ShutdownAsyncgens,
    /// `loop.shutdown_default_executor()`: a task.
    ShutdownDefaultExecutor,
}

impl ShutdownStage {
    pub const ALL: [ShutdownStage; 3] = [
        ShutdownStage::CancelLeftovers,
        ShutdownStage::ShutdownAsyncgens,
        ShutdownStage::ShutdownDefaultExecutor,
    ];

    pub fn index(self) -> u8 {
        ShutdownStage::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<ShutdownStage> {
        ShutdownStage::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            ShutdownStage::CancelLeftovers => "cancel_leftovers",
            ShutdownStage::ShutdownAsyncgens => "shutdown_asyncgens",
            ShutdownStage::ShutdownDefaultExecutor => "shutdown_default_executor",
        }
    }
}

/// What a `SocketNew` made (issue 13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SocketKind {
    /// `SOCK_STREAM` over IPv4: TCP.
    Tcp,
    /// `SOCK_DGRAM`: UDP.
    Udp,
    /// One end of a `socketpair()`.
    Unix,
}

impl SocketKind {
    pub const ALL: [SocketKind; 3] = [SocketKind::Tcp, SocketKind::Udp, SocketKind::Unix];

    pub fn index(self) -> u8 {
        SocketKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<SocketKind> {
        SocketKind::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            SocketKind::Tcp => "tcp",
            SocketKind::Udp => "udp",
            SocketKind::Unix => "unix",
        }
    }
}

/// What a packet on the simulated network carries (issue 13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PacketKind {
    Syn,
    SynAck,
    Data,
    Fin,
    Rst,
    Datagram,
    /// ICMP port unreachable.
    Unreachable,
}

impl PacketKind {
    pub const ALL: [PacketKind; 7] = [
        PacketKind::Syn,
        PacketKind::SynAck,
        PacketKind::Data,
        PacketKind::Fin,
        PacketKind::Rst,
        PacketKind::Datagram,
        PacketKind::Unreachable,
    ];

    pub fn index(self) -> u8 {
        PacketKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }

    pub fn from_index(i: u8) -> Option<PacketKind> {
        PacketKind::ALL.get(i as usize).copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            PacketKind::Syn => "syn",
            PacketKind::SynAck => "syn_ack",
            PacketKind::Data => "data",
            PacketKind::Fin => "fin",
            PacketKind::Rst => "rst",
            PacketKind::Datagram => "datagram",
            PacketKind::Unreachable => "unreachable",
        }
    }
}

/// What `select` was asked to wait for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SelectTimeout {
    /// Nothing is scheduled at all: wait forever (with no I/O sources, a deadlock).
    Forever,
    /// Callbacks are ready (or the loop is stopping): just poll.
    Zero,
    /// Until the deadline of the timer at the top of the heap (`when - loop.time()`).
    UntilTimer,
    /// Any other timeout, in seconds (e.g. capped at a day).
    Seconds(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The virtual clock moved to `t` seconds; later events happen at `t`.
    Clock {
        t: f64,
    },
    /// A loop cycle (`_run_once`) starts, in its first phase (dropping cancelled timers);
    /// cycles are numbered from 1.
    CycleStart,
    /// The cycle entered the phase. Only phases that do something get this event:
    /// `ProcessEvents` (I/O came), `MoveDueTimers` (a timer is due) and `RunReady` (always).
    PhaseStart {
        phase: Phase,
    },
    /// Phases 2 and 3: the timeout was computed and `select` waited; the clock moved by the
    /// timeout.
    Select {
        timeout: SelectTimeout,
    },
    /// `call_soon`: a new handle joined the end of the ready queue. `target` is the task or
    /// future it concerns (0 if none); `label` describes the callback (`Task.task_wakeup()`,
    /// `print_later(3) at main.py:4`).
    ReadyPush {
        handle: u32,
        kind: HandleKind,
        target: u32,
        label: u32,
    },
    /// `call_at`: a new timer handle was pushed on the timer heap with its deadline.
    TimerPush {
        handle: u32,
        kind: HandleKind,
        target: u32,
        label: u32,
        when: f64,
    },
    /// A due timer was popped from the heap and appended to the ready queue.
    TimerFire {
        handle: u32,
    },
    /// A cancelled timer was popped from the heap head and dropped.
    TimerDrop {
        handle: u32,
    },
    /// Too many cancelled timers: the heap was filtered and re-heapified (as CPython does).
    HeapRebuild,
    /// `loop.close()`: the ready queue and the timer heap were emptied.
    LoopClose,
    /// `handle.cancel()` on a handle still queued (cancelling one that already ran changes
    /// nothing the loop does and is not recorded).
    HandleCancel {
        handle: u32,
    },
    /// The loop popped the handle from the ready queue and runs it; it runs until the next
    /// `HandleRun`, `HandleSkip` or `CycleStart`. `target` is the handle's task or future.
    HandleRun {
        handle: u32,
        target: u32,
    },
    /// The loop popped a cancelled handle from the ready queue and skipped it.
    HandleSkip {
        handle: u32,
    },
    /// A future (or task, or gathering future) was made.
    FutureNew {
        future: u32,
        kind: FutureKind,
    },
    /// The future is a task running the coroutine `coro` under `name`.
    TaskNew {
        task: u32,
        coro: u32,
        name: u32,
    },
    /// `add_done_callback` on a pending future. `kind`, `target` and `label` describe the
    /// handle that will run the callback when the future finishes.
    CallbackAdd {
        future: u32,
        kind: HandleKind,
        target: u32,
        label: u32,
    },
    /// `remove_done_callback` (or the callback was dropped because the loop was closed).
    CallbackRemove {
        future: u32,
        label: u32,
    },
    /// The future finished; `repr` is its result or exception (empty when cancelled). Its done
    /// callbacks are scheduled right after, one `ReadyPush` each, in registration order.
    FutureDone {
        future: u32,
        outcome: Outcome,
        repr: u32,
    },
    /// A task's coroutine is about to run (its `__step`).
    TaskStep {
        task: u32,
    },
    /// The task's coroutine suspended, waiting for `future` (0: a bare yield, as `sleep(0)`).
    TaskWait {
        task: u32,
        future: u32,
    },
    /// `task.cancel(msg)` was requested.
    TaskCancel {
        task: u32,
        message: u32,
    },
    /// A task was renamed (`set_name`).
    TaskRename {
        task: u32,
        name: u32,
    },
    /// A Python frame started running code object `code` (it may be a coroutine's frame).
    FrameEnter {
        frame: u32,
        code: u32,
    },
    FrameExit {
        frame: u32,
    },
    /// A coroutine or generator frame suspended (yield or await) / resumed.
    FrameSuspend {
        frame: u32,
    },
    FrameResume {
        frame: u32,
    },
    /// A generator frame suspended with its yield passing up an await (a custom `__await__`,
    /// an async generator awaiting inside `asend`/`athrow`): it stays in its task's await
    /// chain, where `frame_suspend` would take a generator out.
    FrameAwait {
        frame: u32,
    },
    /// The frame moved to a new line.
    Line {
        frame: u32,
        line: u32,
    },
    /// A local variable of the frame now has this value (`slot` indexes the code's varnames).
    Local {
        frame: u32,
        slot: u32,
        repr: u32,
    },
    /// A local variable of the frame is unbound again (`del x`; `slot` as in `Local`).
    LocalUnbound {
        frame: u32,
        slot: u32,
    },
    /// This many instructions ran without their line events being recorded (the per-callback
    /// cap was reached).
    Coalesced {
        instructions: u64,
    },
    Stdout {
        text: u32,
    },
    Stderr {
        text: u32,
    },
    Diagnostic {
        kind: DiagnosticKind,
        text: u32,
    },
    /// The program made a synchronisation primitive, queue or task group (`sync` counts from 1).
    SyncNew {
        sync: u32,
        kind: SyncKind,
    },
    /// The primitive's state changed: `state` is its text ("locked", "value 2", "set",
    /// "maxsize 2 · items [1, 2] · unfinished 2").
    SyncState {
        sync: u32,
        state: u32,
    },
    /// A future joined the end of one of the primitive's deques (a task's child: the task).
    SyncJoin {
        sync: u32,
        role: SyncRole,
        future: u32,
    },
    /// The future left the primitive's deques.
    SyncLeave {
        sync: u32,
        future: u32,
    },
    /// `asyncio.run` (or `Runner.close()`) reached this step of its shutdown; tasks made from
    /// here on are its own.
    RunShutdown {
        stage: ShutdownStage,
    },
    // The selector and sockets (issue 13).
    /// The loop's selector key for `fd` changed (`add_reader`, `remove_writer`, ...): its
    /// interest now (`events`: 1 read, 2 write, 0 unregistered) and the reader's and
    /// writer's handles (0: none).
    IoRegister {
        fd: u32,
        events: u8,
        reader: u32,
        writer: u32,
    },
    /// The cycle's `select` reported `fd` ready for `events` (in the "process I/O events"
    /// phase, in epoll's order; its reader then writer join the ready queue next).
    IoReady {
        fd: u32,
        events: u8,
    },
    /// The program opened a socket on `fd`.
    SocketNew {
        fd: u32,
        kind: SocketKind,
    },
    /// The socket on `fd` changed state: `state` is its text
    /// (`LISTEN 127.0.0.1:8888`, `ESTABLISHED 127.0.0.1:32768 -> 127.0.0.1:8888`).
    SocketState {
        fd: u32,
        state: u32,
    },
    /// The program closed the socket on `fd`.
    SocketClose {
        fd: u32,
    },
    /// A thread was started (`thread` counts from 1; the main thread is 0). It runs at once
    /// (a `ThreadSwitch` follows).
    ThreadStart {
        thread: u32,
    },
    /// The baton passed: `thread` runs from here (its frames, its running task).
    ThreadSwitch {
        thread: u32,
    },
    /// The running thread stopped running: it waits for `reason` until `until` (virtual
    /// time; `None`: until what it waits for happens).
    ThreadBlock {
        reason: ThreadWait,
        until: Option<f64>,
    },
    /// `thread` is ready to run again (what it waited for happened, or its time came).
    ThreadWake {
        thread: u32,
    },
    /// The running thread's function returned or raised: the thread ended.
    ThreadEnd {
        thread: u32,
    },
    /// The loop events from here concern event loop `loop_id` (serial), those before it
    /// loop `previous`: with threads, several loops can be running.
    LoopFocus {
        loop_id: u32,
        previous: u32,
    },
    /// Thread `thread` is the first of a new simulated process (issue 14 item 4), `pid` its
    /// process id: a `ThreadStart` of it came just before.
    ProcessStart {
        thread: u32,
        pid: u32,
    },
    /// The running thread's slice of a core ended (simulated processes): the engine runs
    /// another process's thread. It stays ready, still holding its process's GIL. `shared`:
    /// more processes want a core than there are cores, so it really waits for one; else the
    /// processes run side by side and the switch is only how the engine takes turns.
    CoreYield {
        shared: bool,
    },
    /// A packet went on the network (pure ACKs are left out): from `src` to `dst` (string
    /// ids, `127.0.0.1:8888`), `bytes` of payload, on the link from `sent` (seconds), arriving
    /// at `arrival` (-1: lost). Recorded at the first system call or select after it left.
    Packet {
        kind: PacketKind,
        src: u32,
        dst: u32,
        bytes: u32,
        sent: f64,
        arrival: f64,
    },
    /// Socket `fd`'s buffers changed (issue 13): `send` bytes accepted by `send` and not yet
    /// acknowledged, `recv` bytes arrived and not yet read. Recorded with the packets, for
    /// the program's sockets whose numbers changed since.
    SocketBuffers {
        fd: u32,
        send: u32,
        recv: u32,
    },
    /// Thread `thread` is called `name` (issue 14): `threading`'s name, given when the
    /// thread starts and again when the program renames it.
    ThreadName {
        thread: u32,
        name: u32,
    },
}

impl Event {
    /// A stable name for the event kind (JSON export, docs).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Event::Clock { .. } => "clock",
            Event::CycleStart => "cycle_start",
            Event::PhaseStart { .. } => "phase_start",
            Event::Select { .. } => "select",
            Event::ReadyPush { .. } => "ready_push",
            Event::TimerPush { .. } => "timer_push",
            Event::TimerFire { .. } => "timer_fire",
            Event::TimerDrop { .. } => "timer_drop",
            Event::HeapRebuild => "heap_rebuild",
            Event::LoopClose => "loop_close",
            Event::HandleCancel { .. } => "handle_cancel",
            Event::HandleRun { .. } => "handle_run",
            Event::HandleSkip { .. } => "handle_skip",
            Event::FutureNew { .. } => "future_new",
            Event::TaskNew { .. } => "task_new",
            Event::CallbackAdd { .. } => "callback_add",
            Event::CallbackRemove { .. } => "callback_remove",
            Event::FutureDone { .. } => "future_done",
            Event::TaskStep { .. } => "task_step",
            Event::TaskWait { .. } => "task_wait",
            Event::TaskCancel { .. } => "task_cancel",
            Event::TaskRename { .. } => "task_rename",
            Event::FrameEnter { .. } => "frame_enter",
            Event::FrameExit { .. } => "frame_exit",
            Event::FrameSuspend { .. } => "frame_suspend",
            Event::FrameResume { .. } => "frame_resume",
            Event::FrameAwait { .. } => "frame_await",
            Event::Line { .. } => "line",
            Event::Local { .. } => "local",
            Event::LocalUnbound { .. } => "local_unbound",
            Event::Coalesced { .. } => "coalesced",
            Event::Stdout { .. } => "stdout",
            Event::Stderr { .. } => "stderr",
            Event::Diagnostic { .. } => "diagnostic",
            Event::SyncNew { .. } => "sync_new",
            Event::SyncState { .. } => "sync_state",
            Event::SyncJoin { .. } => "sync_join",
            Event::SyncLeave { .. } => "sync_leave",
            Event::RunShutdown { .. } => "run_shutdown",
            Event::IoRegister { .. } => "io_register",
            Event::IoReady { .. } => "io_ready",
            Event::SocketNew { .. } => "socket_new",
            Event::SocketState { .. } => "socket_state",
            Event::SocketClose { .. } => "socket_close",
            Event::ThreadStart { .. } => "thread_start",
            Event::ThreadSwitch { .. } => "thread_switch",
            Event::ThreadBlock { .. } => "thread_block",
            Event::ThreadWake { .. } => "thread_wake",
            Event::ThreadEnd { .. } => "thread_end",
            Event::LoopFocus { .. } => "loop_focus",
            Event::Packet { .. } => "packet",
            Event::ProcessStart { .. } => "process_start",
            Event::CoreYield { .. } => "core_yield",
            Event::SocketBuffers { .. } => "socket_buffers",
            Event::ThreadName { .. } => "thread_name",
        }
    }
}

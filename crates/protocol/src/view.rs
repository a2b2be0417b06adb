//! What the panels show at one step: the `Snapshot` the worker sends for a step. Long lists
//! (ready queue, timer heap, tasks, futures, console) come as windows, so a run with thousands
//! of tasks sends and renders only the rows on screen. (`loopscope_session::view` builds it.)

use crate::console::ConsoleLine;
use crate::wire::wire_words;
use serde::{Deserialize, Serialize};

/// Rows of the heap drawn as a tree: the first four levels.
pub const TREE_NODES: usize = 15;

/// Which rows of a list the page wants. `offset` past the end means "the last `len` rows".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub offset: u32,
    pub len: u32,
}

impl Window {
    pub const TAIL: u32 = u32::MAX;

    pub fn first(len: u32) -> Window {
        Window { offset: 0, len }
    }

    pub fn last(len: u32) -> Window {
        Window { offset: Window::TAIL, len }
    }

    /// The start and end of the window over `total` rows.
    pub fn bounds(self, total: usize) -> (usize, usize) {
        let len = self.len as usize;
        let start = if self.offset == Window::TAIL {
            total.saturating_sub(len)
        } else {
            (self.offset as usize).min(total)
        };
        (start, start.saturating_add(len).min(total))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Windows {
    pub ready: Window,
    pub timers: Window,
    pub tasks: Window,
    pub futures: Window,
    pub console: Window,
}

impl Default for Windows {
    fn default() -> Self {
        Windows {
            ready: Window::first(50),
            timers: Window::first(50),
            tasks: Window::first(50),
            futures: Window::first(50),
            console: Window::last(200),
        }
    }
}

/// A window of rows and how many rows the whole list has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rows<T> {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<T>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandleRow {
    pub id: u32,
    pub callback: String,
    /// `Some(deadline)` for timers.
    pub when: Option<f64>,
    pub cancelled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskRow {
    pub id: u32,
    pub name: String,
    pub state: TaskState,
    /// What it awaits, in words (empty when nothing).
    pub awaiting: String,
    /// Its coroutine chain, outermost first: `main() line 12`.
    pub chain: Vec<String>,
    pub cancel_requests: u32,
    /// The result or exception of a finished task.
    pub outcome: String,
    /// The synchronisation primitive or queue it is blocked on, in words: `waits for Lock #2`,
    /// `waits to get from Queue #3` (empty when none).
    #[serde(default)]
    pub blocked_on: String,
    /// Who made it when not the program: `asyncio.run shutdown: shutdown_asyncgens()`.
    #[serde(default)]
    pub origin: String,
}

/// A synchronisation primitive, queue or task group the program made, with its deques.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncRow {
    pub id: u32,
    /// `Lock #2`.
    pub name: String,
    /// `locked`, `value 1`, `set`, `items [1, 2] maxsize 2 unfinished 2 join Event #4`.
    pub state: String,
    /// The futures in its deques in order, each by the task that waits (a task group's
    /// children by name, with their state).
    pub members: Vec<SyncMemberRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncMemberRow {
    /// `waiter`, `getter`, `putter` or `child`.
    pub role: String,
    /// The task (`Task-3`), or the future when no task waits on it.
    pub name: String,
    /// A child's or waiting task's state.
    pub state: Option<TaskState>,
}

/// Primitives a snapshot carries at most (the first ones made).
pub const SYNC_ROWS: usize = 100;

/// One fd in the loop's selector (issue 13): what it is registered for, its callbacks, and
/// what the cycle's last `select` reported for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IoKeyRow {
    pub fd: u32,
    pub read: bool,
    pub write: bool,
    /// The reader's and writer's callbacks (`_accept_connection(...)`), empty when none.
    pub reader: String,
    pub writer: String,
    /// This cycle's `select` reported it readable / writable.
    pub ready_read: bool,
    pub ready_write: bool,
}

/// One open socket of the simulated network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SocketRow {
    pub fd: u32,
    /// `tcp`, `udp`, `unix`.
    pub kind: String,
    /// `LISTEN`, `ESTABLISHED`, `UNCONN`, ... (empty before the first state).
    pub state: String,
    /// `127.0.0.1:8888`, empty when not bound.
    pub local: String,
    /// The peer, empty when not connected.
    pub peer: String,
    /// Bytes accepted by `send` and not yet acknowledged (issue 13).
    #[serde(default)]
    pub send_buffer: u32,
    /// Bytes arrived and not yet read.
    #[serde(default)]
    pub recv_buffer: u32,
    /// Bytes it sent that are on the link now: left, not yet arrived.
    #[serde(default)]
    pub in_flight: u32,
}

/// One thread of execution (issue 14).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThreadRow {
    /// 0: the main thread.
    pub id: u32,
    /// `main thread`, `Thread #1`.
    pub name: String,
    /// `running`, `ready`, `blocked`, `done`.
    pub state: String,
    /// While blocked: `time.sleep until 1.500 s`, `a lock`, `its event loop's select()`.
    pub waits: String,
    /// The task the thread's loop is running, if any.
    pub task: Option<String>,
    /// Its innermost frames, outermost first (`worker() line 5`).
    pub frames: Vec<String>,
}

/// Fds and sockets a snapshot lists at most (each list).
pub const IO_ROWS: usize = 100;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FutureRow {
    pub id: u32,
    pub name: String,
    pub state: FutureState,
    pub value: String,
    /// Done callbacks, in the order they will be scheduled.
    pub callbacks: Vec<String>,
    /// Tasks awaiting it.
    pub awaited_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Local {
    pub name: String,
    /// `None` while unbound.
    pub repr: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisRow {
    pub index: u32,
    pub line: Option<u32>,
    pub op: String,
    pub arg: String,
    /// The instruction belongs to the frame's current line.
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameRow {
    pub id: u32,
    pub name: String,
    pub file: String,
    pub line: u32,
    pub state: FrameState,
    pub kind: FrameKind,
    pub library: bool,
    pub locals: Vec<Local>,
    pub bytecode: Vec<DisRow>,
}

/// Where a task is in its life. On the wire as its snake_case name (`"suspended"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskState {
    /// Created or woken, waiting in the ready queue for its step.
    Pending,
    /// Taking its step now.
    Running,
    /// Suspended at an `await`.
    Suspended,
    /// Finished with a result or an exception.
    Done,
    /// Finished by cancellation.
    Cancelled,
}

wire_words!(TaskState {
    Pending = "pending",
    Running = "running",
    Suspended = "suspended",
    Done = "done",
    Cancelled = "cancelled",
});

impl TaskState {
    /// The word the tasks panel shows: the one it travels as.
    pub fn label(self) -> &'static str {
        self.wire_name()
    }

    /// The class the page's style sheet colours this state by.
    pub fn css_class(self) -> &'static str {
        match self {
            TaskState::Pending => "state-pending",
            TaskState::Running => "state-running",
            TaskState::Suspended => "state-suspended",
            TaskState::Done => "state-done",
            TaskState::Cancelled => "state-cancelled",
        }
    }
}

/// Where a future (that is not a task) is: pending, or done with what. On the wire as its
/// snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutureState {
    Pending,
    Result,
    Exception,
    Cancelled,
}

wire_words!(FutureState {
    Pending = "pending",
    Result = "result",
    Exception = "exception",
    Cancelled = "cancelled",
});

impl FutureState {
    /// The word the futures panel shows: the one it travels as.
    pub fn label(self) -> &'static str {
        self.wire_name()
    }

    /// The class the page's style sheet colours this state by.
    pub fn css_class(self) -> &'static str {
        match self {
            FutureState::Pending => "state-pending",
            FutureState::Result => "state-result",
            FutureState::Exception => "state-exception",
            FutureState::Cancelled => "state-cancelled",
        }
    }
}

/// Whether a frame is executing or waiting to be resumed. On the wire as its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameState {
    Running,
    Suspended,
    /// The innermost frame of a thread that is blocked (in `time.sleep`, a lock, a blocking
    /// socket call, ...): it is executing a call that waits, so neither running nor
    /// suspended.
    Blocked,
}

wire_words!(FrameState {
    Running = "running",
    Suspended = "suspended",
    Blocked = "blocked",
});

impl FrameState {
    /// The word the frames panel shows: the one it travels as.
    pub fn label(self) -> &'static str {
        self.wire_name()
    }

    /// The class the page's style sheet marks this state by.
    pub fn css_class(self) -> &'static str {
        match self {
            FrameState::Running => "state-running",
            FrameState::Suspended => "state-suspended",
            FrameState::Blocked => "state-blocked",
        }
    }
}

/// What kind of code a frame runs. On the wire as its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    Coroutine,
    /// A plain function (class bodies too).
    Function,
    Generator,
    Module,
}

wire_words!(FrameKind {
    Coroutine = "coroutine",
    Function = "function",
    Generator = "generator",
    Module = "module",
});

impl FrameKind {
    /// The word the frames panel shows: the one it travels as.
    pub fn label(self) -> &'static str {
        self.wire_name()
    }
}

/// A stack of frames: a task's await chain, or the module's own stack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stack {
    /// The task whose chain this is; `None` for module code.
    pub task: Option<u32>,
    pub owner: String,
    /// Innermost last.
    pub frames: Vec<FrameRow>,
}

/// A marker in the editor: a line where frames of the program are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineMarker {
    pub line: u32,
    /// Whose frames are there (the first `MARKER_OWNERS`; `count` says how many in all).
    pub owners: Vec<String>,
    pub count: u32,
    /// The running frame is on this line.
    pub running: bool,
}

/// Owners named per marker: a thousand tasks on one line are summed up, not listed.
pub const MARKER_OWNERS: usize = 5;

/// The phases of one `_run_once` cycle, in CPython's order, as the loop cycle panel lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoopPhase {
    DropCancelledTimers,
    ComputeTimeout,
    Select,
    ProcessEvents,
    MoveDueTimers,
    RunReady,
}

impl LoopPhase {
    pub const ALL: [LoopPhase; 6] = [
        LoopPhase::DropCancelledTimers,
        LoopPhase::ComputeTimeout,
        LoopPhase::Select,
        LoopPhase::ProcessEvents,
        LoopPhase::MoveDueTimers,
        LoopPhase::RunReady,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LoopPhase::DropCancelledTimers => "drop cancelled timers",
            LoopPhase::ComputeTimeout => "compute timeout",
            LoopPhase::Select => "select",
            LoopPhase::ProcessEvents => "process I/O events",
            LoopPhase::MoveDueTimers => "move due timers",
            LoopPhase::RunReady => "run ready callbacks",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub step: u64,
    pub steps: u64,
    pub time: f64,
    pub cycle: u64,
    /// The phase of `_run_once` the loop is in (`None` before the first cycle).
    pub phase: Option<LoopPhase>,
    /// The current cycle's `select` timeout (`None`: forever or not computed yet).
    pub select_timeout: Option<f64>,
    /// What the last step did.
    pub event: String,
    pub running: Option<String>,
    pub ready: Rows<HandleRow>,
    /// The heap array, in `heapq` order.
    pub timers: Rows<HandleRow>,
    /// The top `TREE_NODES` of the heap array, for the tree drawing.
    pub heap_tree: Vec<HandleRow>,
    pub tasks: Rows<TaskRow>,
    pub futures: Rows<FutureRow>,
    pub stack: Stack,
    pub console: Rows<ConsoleLine>,
    /// The next `CONSOLE_AHEAD` lines the run prints after this step, whole: the console shows
    /// them dimmed, so a run shows its output at once and clicking a line goes there.
    #[serde(default)]
    pub console_ahead: Vec<ConsoleLine>,
    pub markers: Vec<LineMarker>,
    /// Instructions that ran without line records so far (hot loops).
    pub coalesced_instructions: u64,
    /// The first `SYNC_ROWS` locks, events, conditions, semaphores, barriers, queues and task
    /// groups, in creation order, and how many there are.
    #[serde(default)]
    pub syncs: Vec<SyncRow>,
    #[serde(default)]
    pub syncs_total: u32,
    /// The loop's selector keys in fd order (the first `IO_ROWS`; the self-pipe is not shown).
    #[serde(default)]
    pub io_keys: Vec<IoKeyRow>,
    /// The open sockets in fd order (the first `IO_ROWS`).
    #[serde(default)]
    pub sockets: Vec<SocketRow>,
    /// The threads (empty until the program starts one; then the main thread first).
    #[serde(default)]
    pub threads: Vec<ThreadRow>,
}

/// Lines ahead of the step a snapshot carries (`Snapshot::console_ahead`).
pub const CONSOLE_AHEAD: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    /// Each state travels as the word the panel shows and is styled as `state-<word>`, so the
    /// JSON and the page's classes are what they were when these were strings.
    #[test]
    fn states_travel_as_the_words_the_panels_show() {
        let tasks = [
            TaskState::Pending,
            TaskState::Running,
            TaskState::Suspended,
            TaskState::Done,
            TaskState::Cancelled,
        ];
        for s in tasks {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.label()));
            assert_eq!(s.css_class(), format!("state-{}", s.label()));
        }
        let futures = [
            FutureState::Pending,
            FutureState::Result,
            FutureState::Exception,
            FutureState::Cancelled,
        ];
        for s in futures {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.label()));
            assert_eq!(s.css_class(), format!("state-{}", s.label()));
        }
        for s in [FrameState::Running, FrameState::Suspended] {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{}\"", s.label()));
            assert_eq!(s.css_class(), format!("state-{}", s.label()));
        }
        let kinds =
            [FrameKind::Coroutine, FrameKind::Function, FrameKind::Generator, FrameKind::Module];
        for k in kinds {
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.label()));
        }
        let row: TaskRow = serde_json::from_str(
            r#"{"id":1,"name":"Task-1","state":"suspended","awaiting":"","chain":[],
                "cancel_requests":0,"outcome":""}"#,
        )
        .unwrap();
        assert_eq!(row.state, TaskState::Suspended);
    }
}

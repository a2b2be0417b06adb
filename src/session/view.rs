//! What the panels show at one step: a `Snapshot` built from the replayed state. Long lists
//! (ready queue, timer heap, tasks, futures, console) come as windows, so a run with thousands
//! of tasks sends and renders only the rows on screen.

use super::console::{Console, ConsoleLine};
use super::describe::{callback_text, describe, object_name, outcome_word};
use crate::engine::compiler::code::CodeKind;
use crate::engine::fxhash::FxHashMap;
use crate::engine::trace::event::{Event, HandleKind};
use crate::engine::trace::replay::{FrameState, FutureState, ReplayState, TaskState};
use crate::engine::trace::Trace;
use serde::{Deserialize, Serialize};

/// Rows of the heap drawn as a tree: the first four levels.
pub const TREE_NODES: usize = 15;
/// Instructions shown before and after the current line's.
const DIS_CONTEXT: usize = 3;

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
    fn bounds(self, total: usize) -> (usize, usize) {
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

fn window<T>(total: usize, w: Window, row: impl FnMut(usize) -> T) -> Rows<T> {
    let (start, end) = w.bounds(total);
    Rows { total: total as u32, offset: start as u32, rows: (start..end).map(row).collect() }
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
    /// pending, running, suspended, done or cancelled.
    pub state: String,
    /// What it awaits, in words (empty when nothing).
    pub awaiting: String,
    /// Its coroutine chain, outermost first: `main() line 12`.
    pub chain: Vec<String>,
    pub cancel_requests: u32,
    /// The result or exception of a finished task.
    pub outcome: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FutureRow {
    pub id: u32,
    pub name: String,
    /// pending, result, exception or cancelled.
    pub state: String,
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
    /// running or suspended.
    pub state: String,
    /// coroutine, function, generator or module.
    pub kind: String,
    pub library: bool,
    pub locals: Vec<Local>,
    pub bytecode: Vec<DisRow>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub step: u64,
    pub steps: u64,
    pub time: f64,
    pub cycle: u64,
    /// The index of the current phase in `Phase::ALL`.
    pub phase: Option<u8>,
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
    pub markers: Vec<LineMarker>,
    /// Instructions that ran without line records so far (hot loops).
    pub coalesced_instructions: u64,
}

/// Builds the snapshot of `state`; `last` is the event that led to it.
pub struct SnapshotInput<'a> {
    pub trace: &'a Trace,
    pub state: &'a ReplayState,
    pub last: Option<&'a Event>,
    pub console: &'a Console,
    pub windows: Windows,
    /// The task whose frames to show (default: the running task, else module code).
    pub focus: Option<u32>,
    pub main_file: &'a str,
}

pub fn snapshot(input: &SnapshotInput) -> Snapshot {
    let (trace, state) = (input.trace, input.state);
    let w = input.windows;
    let handle_row = |h: u32| -> HandleRow {
        match state.handles.get(&h) {
            Some(v) => HandleRow {
                id: h,
                callback: callback_text(v.kind, v.target, v.label, state, trace),
                when: v.when,
                cancelled: v.cancelled,
            },
            None => {
                HandleRow { id: h, callback: format!("handle #{h}"), when: None, cancelled: false }
            }
        }
    };
    let heap: Vec<u32> = state.timers.iter().map(|t| t.handle).collect();
    let waiters = waiters_by_future(state);
    let shown_futures = shown_futures(state, &waiters);
    let focus = input.focus.filter(|t| state.tasks.contains_key(t)).or(state.running_task);
    Snapshot {
        step: state.step,
        steps: 0,
        time: state.time,
        cycle: state.cycle,
        phase: state.phase.map(|p| p.index()),
        select_timeout: state.select_timeout,
        event: input
            .last
            .map(|e| describe(e, state, trace))
            .unwrap_or_else(|| "Nothing has run yet. Step forward to start.".to_string()),
        running: state.running_task.map(|t| object_name(t, state, trace)),
        ready: window(state.ready.len(), w.ready, |i| handle_row(state.ready[i])),
        timers: window(heap.len(), w.timers, |i| handle_row(heap[i])),
        heap_tree: heap.iter().take(TREE_NODES).map(|h| handle_row(*h)).collect(),
        tasks: window(state.task_order.len(), w.tasks, |i| {
            task_row(state.task_order[i], state, trace, &heap)
        }),
        futures: window(shown_futures.len(), w.futures, |i| {
            future_row(shown_futures[i], state, trace, &waiters)
        }),
        stack: stack(focus, state, trace),
        console: {
            let total = input.console.visible(state.step);
            let (start, end) = w.console.bounds(total);
            Rows {
                total: total as u32,
                offset: start as u32,
                rows: input.console.lines_before(state.step, start, end - start),
            }
        },
        markers: markers(state, trace, input.main_file),
        coalesced_instructions: state.coalesced_instructions,
    }
}

fn waiters_by_future(state: &ReplayState) -> FxHashMap<u32, Vec<u32>> {
    let mut map: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for &t in &state.task_order {
        if let Some(task) = state.tasks.get(&t) {
            if task.waiting_for != 0 {
                map.entry(task.waiting_for).or_default().push(t);
            }
        }
    }
    map
}

/// Futures that are not tasks and are pending or awaited, by id. (Finished futures nothing
/// waits for are forgotten by replay checkpoints, so showing them would depend on where a
/// checkpoint fell.)
fn shown_futures(state: &ReplayState, waiters: &FxHashMap<u32, Vec<u32>>) -> Vec<u32> {
    let mut ids: Vec<u32> = state
        .futures
        .values()
        .filter(|f| !state.tasks.contains_key(&f.id))
        .filter(|f| f.state == FutureState::Pending || waiters.contains_key(&f.id))
        .map(|f| f.id)
        .collect();
    ids.sort_unstable();
    ids
}

fn task_row(id: u32, state: &ReplayState, trace: &Trace, heap: &[u32]) -> TaskRow {
    let task = &state.tasks[&id];
    let awaiting = match task.waiting_for {
        0 if task.state == TaskState::Suspended => "the next loop cycle (a bare yield)".into(),
        0 => String::new(),
        f => {
            let mut text = object_name(f, state, trace);
            // A sleep's future is finished by a timer that targets it.
            let timer = heap
                .iter()
                .filter_map(|h| state.handles.get(h))
                .find(|h| h.target == f && h.kind == HandleKind::Internal && !h.cancelled);
            if let Some(when) = timer.and_then(|h| h.when) {
                text.push_str(&format!(" (timer at {when:.3})"));
            }
            text
        }
    };
    let outcome = match state.futures.get(&id).map(|f| f.state) {
        Some(FutureState::Done(o)) => {
            let value = state.futures[&id].repr;
            let value = trace.string(value);
            if value.is_empty() {
                outcome_word(o).to_string()
            } else {
                format!("{}: {value}", outcome_word(o))
            }
        }
        _ => String::new(),
    };
    TaskRow {
        id,
        name: trace.string(task.name).to_string(),
        state: task.state.label().to_string(),
        awaiting,
        chain: task
            .frames
            .iter()
            .filter_map(|f| state.frames.get(f))
            .map(|f| {
                let name = trace.codes.get(f.code as usize).map_or("?", |c| c.qualname.as_str());
                format!("{name}() line {}", f.line)
            })
            .collect(),
        cancel_requests: task.cancel_requests,
        outcome,
    }
}

fn future_row(
    id: u32,
    state: &ReplayState,
    trace: &Trace,
    waiters: &FxHashMap<u32, Vec<u32>>,
) -> FutureRow {
    let f = &state.futures[&id];
    let (word, value) = match f.state {
        FutureState::Pending => ("pending", String::new()),
        FutureState::Done(o) => (outcome_word(o), trace.string(f.repr).to_string()),
    };
    FutureRow {
        id,
        name: object_name(id, state, trace),
        state: word.to_string(),
        value,
        callbacks: f
            .callbacks
            .iter()
            .map(|c| callback_text(c.kind, c.target, c.label, state, trace))
            .collect(),
        awaited_by: waiters
            .get(&id)
            .map(|ts| ts.iter().map(|t| object_name(*t, state, trace)).collect())
            .unwrap_or_default(),
    }
}

fn stack(focus: Option<u32>, state: &ReplayState, trace: &Trace) -> Stack {
    let (owner, frames) = match focus.and_then(|t| state.tasks.get(&t).map(|task| (t, task))) {
        Some((t, task)) => (object_name(t, state, trace), &task.frames),
        None => ("module code".to_string(), &state.main_stack),
    };
    Stack {
        task: focus.filter(|t| state.tasks.contains_key(t)),
        owner,
        frames: frames.iter().filter_map(|f| frame_row(*f, state, trace)).collect(),
    }
}

fn frame_row(id: u32, state: &ReplayState, trace: &Trace) -> Option<FrameRow> {
    let frame = state.frames.get(&id)?;
    let code = trace.codes.get(frame.code as usize)?;
    let locals = code
        .varnames
        .iter()
        .zip(frame.locals.iter())
        .map(|(name, repr)| Local {
            name: name.clone(),
            repr: repr.map(|r| trace.string(r).to_string()),
        })
        .collect();
    Some(FrameRow {
        id,
        name: code.qualname.clone(),
        file: code.filename.clone(),
        line: frame.line,
        state: match frame.state {
            FrameState::Running => "running",
            FrameState::Suspended => "suspended",
        }
        .to_string(),
        kind: match code.kind {
            CodeKind::Coroutine => "coroutine",
            CodeKind::Generator => "generator",
            CodeKind::Module => "module",
            CodeKind::Function | CodeKind::ClassBody => "function",
        }
        .to_string(),
        library: code.is_library,
        locals,
        bytecode: bytecode_around(code, frame.line),
    })
}

/// The instructions of `line` with a few before and after.
fn bytecode_around(code: &crate::engine::trace::CodeInfo, line: u32) -> Vec<DisRow> {
    // Each instruction's line: the last line marker at or before it.
    let mut current = None;
    let lines: Vec<Option<u32>> = code
        .disassembly
        .iter()
        .map(|d| {
            if d.line.is_some() {
                current = d.line;
            }
            current
        })
        .collect();
    let Some(first) = lines.iter().position(|l| *l == Some(line)) else {
        return Vec::new();
    };
    let last = lines.iter().rposition(|l| *l == Some(line)).unwrap_or(first);
    let start = first.saturating_sub(DIS_CONTEXT);
    let end = (last + 1 + DIS_CONTEXT).min(code.disassembly.len());
    (start..end)
        .map(|i| {
            let d = &code.disassembly[i];
            DisRow {
                index: d.index,
                line: d.line,
                op: d.name.to_string(),
                arg: d.argument.clone(),
                current: lines[i] == Some(line),
            }
        })
        .collect()
}

/// Where each task's innermost frame in the program's file is, and the module's, per line.
fn markers(state: &ReplayState, trace: &Trace, main_file: &str) -> Vec<LineMarker> {
    let mut by_line: Vec<LineMarker> = Vec::new();
    let mut mark = |frames: &[u32], owner: &str, running: bool| {
        let innermost =
            frames.iter().rev().filter_map(|f| state.frames.get(f)).find(|f| {
                trace.codes.get(f.code as usize).is_some_and(|c| c.filename == main_file)
            });
        let Some(f) = innermost else { return };
        let i = match by_line.iter().position(|m| m.line == f.line) {
            Some(i) => i,
            None => {
                by_line.push(LineMarker {
                    line: f.line,
                    owners: Vec::new(),
                    count: 0,
                    running: false,
                });
                by_line.len() - 1
            }
        };
        let m = &mut by_line[i];
        m.count += 1;
        m.running |= running;
        if m.owners.len() < MARKER_OWNERS {
            m.owners.push(owner.to_string());
        }
    };
    mark(&state.main_stack, "module", state.running_task.is_none());
    for &t in &state.task_order {
        let task = &state.tasks[&t];
        if matches!(task.state, TaskState::Done | TaskState::Cancelled) {
            continue;
        }
        mark(&task.frames, trace.string(task.name), state.running_task == Some(t));
    }
    by_line.sort_by_key(|m| m.line);
    by_line
}

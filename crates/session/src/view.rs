//! What the panels show at one step: a `Snapshot` built from the replayed state. Long lists
//! (ready queue, timer heap, tasks, futures, console) come as windows, so a run with thousands
//! of tasks sends and renders only the rows on screen.

use super::console::Console;
use super::describe::{callback_text, describe, object_name, outcome_word, shutdown_words};
use loopscope_protocol::timeline::Network;
use loopscope_protocol::view::{
    DisRow, FrameKind, FrameRow, FrameState, FutureRow, FutureState, HandleRow, IoKeyRow,
    LineMarker, Local, LoopPhase, Rows, Snapshot, SocketRow, Stack, SyncMemberRow, SyncRow,
    TaskRow, TaskState, ThreadRow, Window, Windows, IO_ROWS, MARKER_OWNERS, SYNC_ROWS, TREE_NODES,
};
use loopscope_trace::event::{Event, HandleKind, Outcome, Phase, SyncKind, SyncRole};
use loopscope_trace::replay::{self, ReplayState};
use loopscope_trace::CodeKind;
use loopscope_trace::Trace;
use rustc_hash::FxHashMap;

/// Instructions shown before and after the current line's.
const DIS_CONTEXT: usize = 3;

fn window<T>(total: usize, w: Window, row: impl FnMut(usize) -> T) -> Rows<T> {
    let (start, end) = w.bounds(total);
    Rows { total: total as u32, offset: start as u32, rows: (start..end).map(row).collect() }
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
    /// The run's packets, for the sockets' bytes in flight (issue 13); `None` when none
    /// went out yet.
    pub network: Option<&'a loopscope_protocol::timeline::Network>,
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
        phase: state.phase.map(loop_phase),
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
        console_ahead: input
            .console
            .lines_ahead(state.step, loopscope_protocol::view::CONSOLE_AHEAD),
        markers: markers(state, trace, input.main_file),
        coalesced_instructions: state.coalesced_instructions,
        syncs: state.syncs.iter().take(SYNC_ROWS).map(|s| sync_row(s, state, trace)).collect(),
        syncs_total: state.syncs.len() as u32,
        io_keys: io_keys(state, trace),
        sockets: state
            .sockets
            .iter()
            .take(IO_ROWS)
            .map({
                let on_link = input.network.map(|n| OnTheLink::at(n, state.time));
                move |(fd, s)| socket_row(*fd, s, trace, on_link.as_ref())
            })
            .collect(),
        threads: threads(state, trace),
    }
}

/// The selector's keys, each with what this cycle's `select` reported for it.
fn io_keys(state: &ReplayState, trace: &Trace) -> Vec<IoKeyRow> {
    let callback = |h: u32| match state.handles.get(&h) {
        Some(v) if h != 0 => callback_text(v.kind, v.target, v.label, state, trace),
        _ if h != 0 => format!("handle #{h}"),
        _ => String::new(),
    };
    let ready =
        |fd: u32| state.io_ready.iter().filter(|(f, _)| *f == fd).fold(0, |a, (_, e)| a | e);
    state
        .io_keys
        .iter()
        .take(IO_ROWS)
        .map(|(&fd, k)| IoKeyRow {
            fd,
            read: k.events & 1 != 0,
            write: k.events & 2 != 0,
            reader: if k.events & 1 != 0 { callback(k.reader) } else { String::new() },
            writer: if k.events & 2 != 0 { callback(k.writer) } else { String::new() },
            ready_read: ready(fd) & 1 != 0,
            ready_write: ready(fd) & 2 != 0,
        })
        .collect()
}

/// A socket's state text (`ESTABLISHED 127.0.0.1:32768 -> 127.0.0.1:8888`) split into the
/// state word, its local address and its peer.
fn socket_row(
    fd: u32,
    s: &replay::SocketView,
    trace: &Trace,
    on_link: Option<&OnTheLink>,
) -> SocketRow {
    let text = if s.state == 0 { "" } else { trace.string(s.state) };
    let (state, rest) = text.split_once(' ').unwrap_or((text, ""));
    let (local, peer) = rest.split_once(" -> ").unwrap_or((rest, ""));
    SocketRow {
        fd,
        kind: s.kind.name().to_string(),
        state: state.to_string(),
        local: local.trim().to_string(),
        peer: peer.trim().to_string(),
        send_buffer: s.send,
        recv_buffer: s.recv,
        in_flight: on_link.map_or(0, |l| l.bytes(local.trim(), peer.trim())),
    }
}

/// The bytes on the link at one time, by (from, to) address: packets that left at or before
/// it and arrive after it (a lost packet is not counted). One pass over the packets per view.
struct OnTheLink<'a> {
    addresses: FxHashMap<&'a str, u32>,
    bytes: FxHashMap<(u32, u32), u32>,
}

impl<'a> OnTheLink<'a> {
    fn at(n: &'a Network, now: f64) -> Self {
        let mut bytes: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        for p in n.packets.iter().filter(|p| p.sent <= now && p.arrival.is_some_and(|a| a > now)) {
            let sum = bytes.entry((p.src, p.dst)).or_default();
            *sum = sum.saturating_add(p.bytes);
        }
        let addresses =
            n.addresses.iter().enumerate().map(|(i, a)| (a.as_str(), i as u32)).collect();
        OnTheLink { addresses, bytes }
    }

    fn bytes(&self, local: &str, peer: &str) -> u32 {
        match (self.addresses.get(local), self.addresses.get(peer)) {
            (Some(&src), Some(&dst)) => self.bytes.get(&(src, dst)).copied().unwrap_or(0),
            _ => 0,
        }
    }
}

/// What a blocked thread waits for, in words. Matched on the reason's name so reasons the
/// engine adds later (the GIL) still read sensibly.
pub(crate) fn thread_wait_words(wait: loopscope_trace::ThreadWait, until: Option<f64>) -> String {
    use loopscope_trace::ThreadWait;
    let what = match wait {
        ThreadWait::Sleep => "time.sleep",
        ThreadWait::Lock => "a lock",
        ThreadWait::Select => "its event loop's select()",
        ThreadWait::Start => "the thread it started",
        ThreadWait::Gil => "the GIL",
        ThreadWait::Socket => "its socket (a blocking call or select)",
    };
    match until {
        Some(t) => format!("{what} until {t:.3} s"),
        None => what.to_string(),
    }
}

/// `threading`'s name of the thread (`MainThread`, `Thread-1 (work)`, `asyncio_0`), or
/// `Thread #2` for one started by `_thread` alone.
pub(crate) fn thread_name(id: u32, state: &ReplayState, trace: &Trace) -> String {
    match state.thread_names.get(id as usize) {
        Some(&name) if name != 0 => trace.string(name).to_string(),
        _ => default_thread_name(id),
    }
}

/// A thread's name before (or without) `threading` naming it.
pub(crate) fn default_thread_name(id: u32) -> String {
    if id == 0 {
        "MainThread".to_string()
    } else {
        format!("Thread #{id}")
    }
}

/// Every thread once the program started one: state, what it waits for, its task and frames.
fn threads(state: &ReplayState, trace: &Trace) -> Vec<ThreadRow> {
    state
        .threads
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let id = i as u32;
            let (stack, task) = state.thread_context(id);
            // A thread inside a task step shows the task's await chain; else its own frames.
            let frames = match task.and_then(|t| state.tasks.get(&t)) {
                Some(task) => &task.frames,
                None => stack,
            };
            let run_state = match t.state {
                replay::ThreadRunState::Running => "running",
                replay::ThreadRunState::Ready => "ready",
                replay::ThreadRunState::Blocked => "blocked",
                replay::ThreadRunState::Done => "done",
            };
            ThreadRow {
                id,
                name: match (t.process, state.thread_names.get(id as usize)) {
                    (Some(pid), None | Some(&0)) => format!("Process {pid}"),
                    _ => thread_name(id, state, trace),
                },
                state: run_state.to_string(),
                waits: match (t.state, t.wait) {
                    (replay::ThreadRunState::Blocked, Some(w)) => thread_wait_words(w, t.until),
                    _ => String::new(),
                },
                task: task.map(|t| object_name(t, state, trace)),
                frames: frames
                    .iter()
                    .filter_map(|f| state.frames.get(f))
                    .map(|f| {
                        let name =
                            trace.codes.get(f.code as usize).map_or("?", |c| c.qualname.as_str());
                        format!("{name}() line {}", f.line)
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A primitive with the tasks in its deques, in order.
fn sync_row(s: &replay::SyncView, state: &ReplayState, trace: &Trace) -> SyncRow {
    let members = s
        .members
        .iter()
        .map(|m| {
            // A waiter is named by the task that made it; a child is a task itself.
            let task = if m.role == SyncRole::Child { m.future } else { m.task };
            let shown = if task != 0 { task } else { m.future };
            SyncMemberRow {
                role: m.role.name().to_string(),
                name: object_name(shown, state, trace),
                state: state.tasks.get(&task).map(|t| task_state(t.state)),
            }
        })
        .collect();
    SyncRow {
        id: s.id,
        name: format!("{} #{}", s.kind.name(), s.id),
        state: trace.string(s.state).to_string(),
        members,
    }
}

/// `waits for Lock #2`, `waits to get from Queue #3`: the primitive whose deque holds the
/// future the task awaits.
fn blocked_on(future: u32, state: &ReplayState, trace: &Trace) -> String {
    match state.sync_holding(future) {
        Some((s, role)) => {
            let name = format!("{} #{}", s.kind.name(), s.id);
            // A stream says what the task waits for and how full it is (issue 13):
            // `waits for a line: reader buffer 12 B (limit 64 KiB), StreamReader #3`.
            if matches!(s.kind, SyncKind::StreamReader | SyncKind::StreamWriter) && s.state != 0 {
                return format!("{}, {name}", trace.string(s.state));
            }
            match role {
                SyncRole::Getter => format!("waits to get from {name}"),
                SyncRole::Putter => format!("waits to put into {name}"),
                SyncRole::Waiter | SyncRole::Child => format!("waits for {name}"),
            }
        }
        None => String::new(),
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
        .filter(|f| f.state == replay::FutureState::Pending || waiters.contains_key(&f.id))
        .map(|f| f.id)
        .collect();
    ids.sort_unstable();
    ids
}

fn task_row(id: u32, state: &ReplayState, trace: &Trace, heap: &[u32]) -> TaskRow {
    let task = &state.tasks[&id];
    let awaiting = match task.waiting_for {
        0 if task.state == replay::TaskState::Suspended => {
            "the next loop cycle (a bare yield)".into()
        }
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
        Some(replay::FutureState::Done(o)) => {
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
        state: task_state(task.state),
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
        blocked_on: if task.waiting_for != 0 {
            blocked_on(task.waiting_for, state, trace)
        } else {
            String::new()
        },
        origin: task
            .shutdown
            .map(|stage| format!("asyncio.run shutdown: {}", shutdown_words(stage)))
            .unwrap_or_default(),
    }
}

fn future_row(
    id: u32,
    state: &ReplayState,
    trace: &Trace,
    waiters: &FxHashMap<u32, Vec<u32>>,
) -> FutureRow {
    let f = &state.futures[&id];
    let (future_state, value) = match f.state {
        replay::FutureState::Pending => (FutureState::Pending, String::new()),
        replay::FutureState::Done(o) => (future_outcome(o), trace.string(f.repr).to_string()),
    };
    FutureRow {
        id,
        name: object_name(id, state, trace),
        state: future_state,
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

/// The frames panel: the await chain of task `focus` (outermost first), or module code's stack.
pub fn stack(focus: Option<u32>, state: &ReplayState, trace: &Trace) -> Stack {
    let task = focus.and_then(|t| state.tasks.get(&t).map(|task| (t, task)));
    let (owner, frames) = match task {
        Some((t, task)) => (object_name(t, state, trace), &task.frames),
        // With threads, the frames outside tasks are the running thread's.
        None if state.threads.len() > 1 && state.current_thread != 0 => {
            (thread_name(state.current_thread, state, trace), &state.main_stack)
        }
        None => ("module code".to_string(), &state.main_stack),
    };
    let mut rows: Vec<FrameRow> =
        frames.iter().filter_map(|f| frame_row(*f, state, trace)).collect();
    // The running thread's own frames (outside tasks, or its running task's) while it blocks:
    // the innermost one is in the call that waits.
    let on_current_thread = match task {
        Some((t, _)) => state.running_task == Some(t),
        None => true,
    };
    let blocked = state
        .threads
        .get(state.current_thread as usize)
        .is_some_and(|t| t.state == replay::ThreadRunState::Blocked);
    if on_current_thread && blocked {
        if let Some(innermost) = rows.last_mut().filter(|f| f.state == FrameState::Running) {
            innermost.state = FrameState::Blocked;
        }
    }
    Stack { task: task.map(|(t, _)| t), owner, frames: rows }
}

fn frame_row(id: u32, state: &ReplayState, trace: &Trace) -> Option<FrameRow> {
    let frame = state.frames.get(&id)?;
    let code = trace.codes.get(frame.code as usize)?;
    // The engine keeps a never-bound fast slot for a name that lives in a cell; the trace
    // shows the cell in a later slot of the same name, as CPython's f_locals lists it.
    let shown_later = |i: usize| code.varnames[i + 1..].contains(&code.varnames[i]);
    let locals = code
        .varnames
        .iter()
        .zip(frame.locals.iter())
        .enumerate()
        .filter(|(i, (_, repr))| repr.is_some() || !shown_later(*i))
        .map(|(_, (name, repr))| Local {
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
            replay::FrameState::Running => FrameState::Running,
            replay::FrameState::Suspended => FrameState::Suspended,
        },
        kind: match code.kind {
            CodeKind::Coroutine => FrameKind::Coroutine,
            CodeKind::Generator | CodeKind::AsyncGenerator => FrameKind::Generator,
            CodeKind::Module => FrameKind::Module,
            CodeKind::Function | CodeKind::ClassBody => FrameKind::Function,
        },
        library: code.is_library,
        locals,
        bytecode: bytecode_around(code, frame.line),
    })
}

/// The instructions of `line` with a few before and after.
fn bytecode_around(code: &loopscope_trace::CodeInfo, line: u32) -> Vec<DisRow> {
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
        if matches!(task.state, replay::TaskState::Done | replay::TaskState::Cancelled) {
            continue;
        }
        mark(&task.frames, trace.string(task.name), state.running_task == Some(t));
    }
    by_line.sort_by_key(|m| m.line);
    by_line
}

/// The page's name for a replayed task's state.
fn task_state(state: replay::TaskState) -> TaskState {
    match state {
        replay::TaskState::Pending => TaskState::Pending,
        replay::TaskState::Running => TaskState::Running,
        replay::TaskState::Suspended => TaskState::Suspended,
        replay::TaskState::Done => TaskState::Done,
        replay::TaskState::Cancelled => TaskState::Cancelled,
    }
}

/// The page's name for how a finished future ended.
fn future_outcome(outcome: Outcome) -> FutureState {
    match outcome {
        Outcome::Result => FutureState::Result,
        Outcome::Exception => FutureState::Exception,
        Outcome::Cancelled => FutureState::Cancelled,
    }
}

/// The page's name for a phase of the trace.
fn loop_phase(phase: Phase) -> LoopPhase {
    match phase {
        Phase::DropCancelledTimers => LoopPhase::DropCancelledTimers,
        Phase::ComputeTimeout => LoopPhase::ComputeTimeout,
        Phase::Select => LoopPhase::Select,
        Phase::ProcessEvents => LoopPhase::ProcessEvents,
        Phase::MoveDueTimers => LoopPhase::MoveDueTimers,
        Phase::RunReady => LoopPhase::RunReady,
    }
}

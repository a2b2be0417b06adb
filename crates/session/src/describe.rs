//! Words for what the trace holds: names of tasks, futures and callbacks, and one sentence per
//! event for the page's "what just happened" line.

use loopscope_trace::event::{
    Event, FutureKind, HandleKind, Outcome, SelectTimeout, ShutdownStage, SyncRole,
};
use loopscope_trace::replay::ReplayState;
use loopscope_trace::Trace;

/// What the page calls the task or future with id `id`: `Task-2`, `Future #14`, `gather #9`.
pub fn object_name(id: u32, state: &ReplayState, trace: &Trace) -> String {
    if id == 0 {
        return String::new();
    }
    if let Some(task) = state.tasks.get(&id) {
        return trace.string(task.name).to_string();
    }
    match state.futures.get(&id).map(|f| f.kind) {
        Some(FutureKind::Gathering) => format!("gather #{id}"),
        _ => format!("Future #{id}"),
    }
}

/// What a handle will run, as asyncio's `Handle.__repr__` shows it, with the task or future
/// it concerns: `Task.task_step() → Task-2`.
pub fn callback_text(
    kind: HandleKind,
    target: u32,
    label: u32,
    state: &ReplayState,
    trace: &Trace,
) -> String {
    let label = trace.string(label);
    match kind {
        HandleKind::TaskStep | HandleKind::TaskWakeup | HandleKind::DoneCallback if target != 0 => {
            format!("{label} → {}", object_name(target, state, trace))
        }
        HandleKind::Internal if target != 0 => {
            format!("{label} → {}", object_name(target, state, trace))
        }
        _ => label.to_string(),
    }
}

pub fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Result => "result",
        Outcome::Exception => "exception",
        Outcome::Cancelled => "cancelled",
    }
}

/// One sentence about `event`, read against `state` (the state after the event).
pub fn describe(event: &Event, state: &ReplayState, trace: &Trace) -> String {
    let name = |id: u32| object_name(id, state, trace);
    let tname = |id: u32| crate::view::thread_name(id, state, trace);
    let handle = |h: u32| match state.handles.get(&h) {
        Some(v) => callback_text(v.kind, v.target, v.label, state, trace),
        None => format!("handle #{h}"),
    };
    match *event {
        Event::Clock { t } => format!("The virtual clock reads {t:.3} s."),
        Event::CycleStart => format!("Loop cycle {} starts (_run_once).", state.cycle),
        Event::PhaseStart { phase } => format!("Phase: {}.", phase.label()),
        Event::Select { timeout } => match timeout {
            SelectTimeout::Forever => "select() would wait forever: nothing is scheduled.".into(),
            SelectTimeout::Zero => "select(timeout=0) polls: callbacks are ready.".into(),
            SelectTimeout::UntilTimer | SelectTimeout::Seconds(_) => format!(
                "select(timeout={:.3}) sleeps until the next timer.",
                state.select_timeout.unwrap_or(0.0)
            ),
        },
        Event::ReadyPush { kind, target, label, .. } => format!(
            "call_soon: {} joins the ready queue.",
            callback_text(kind, target, label, state, trace)
        ),
        Event::TimerPush { kind, target, label, when, .. } => format!(
            "call_at({when:.3}): {} goes on the timer heap.",
            callback_text(kind, target, label, state, trace)
        ),
        Event::TimerFire { handle: h } => {
            format!("Timer due: {} moves to the ready queue.", handle(h))
        }
        Event::TimerDrop { handle: h } => {
            format!("A cancelled timer leaves the heap: {}.", handle(h))
        }
        Event::HeapRebuild => "Too many cancelled timers: the heap is rebuilt.".into(),
        Event::LoopClose => "The event loop closes.".into(),
        Event::HandleCancel { handle: h } => format!("Handle cancelled: {}.", handle(h)),
        Event::HandleRun { handle: h, .. } => format!("Run callback: {}.", handle(h)),
        Event::HandleSkip { handle: h } => format!("Skip cancelled callback: {}.", handle(h)),
        Event::FutureNew { future, kind } => match kind {
            FutureKind::Task => format!("{} is created.", name(future)),
            _ => format!("{} is created.", name(future)),
        },
        Event::TaskNew { task, .. } => format!("Task {} wraps its coroutine.", name(task)),
        Event::CallbackAdd { future, kind, target, label } => format!(
            "{} will call {} when done.",
            name(future),
            callback_text(kind, target, label, state, trace)
        ),
        Event::CallbackRemove { future, .. } => {
            format!("A done callback is removed from {}.", name(future))
        }
        Event::FutureDone { future, outcome, repr } => {
            let value = trace.string(repr);
            if value.is_empty() {
                format!("{} is done ({}).", name(future), outcome_word(outcome))
            } else {
                format!("{} is done: {} {value}.", name(future), outcome_word(outcome))
            }
        }
        Event::TaskStep { task } => format!("{} runs a step (__step).", name(task)),
        Event::TaskWait { task, future: 0 } => {
            format!("{} yields to the loop and will run again next cycle.", name(task))
        }
        Event::TaskWait { task, future } => {
            format!("{} suspends, awaiting {}.", name(task), name(future))
        }
        Event::TaskCancel { task, .. } => format!("cancel() is requested on {}.", name(task)),
        Event::TaskRename { task, .. } => format!("The task is renamed {}.", name(task)),
        Event::FrameEnter { frame, .. } => format!("{} starts.", frame_name(frame, state, trace)),
        Event::FrameExit { frame } => format!("Frame #{frame} returns."),
        Event::FrameSuspend { frame } => {
            format!("{} suspends (keeps its locals).", frame_name(frame, state, trace))
        }
        Event::FrameResume { frame } => format!("{} resumes.", frame_name(frame, state, trace)),
        Event::FrameAwait { frame } => {
            format!(
                "{} suspends under an await (stays in the chain).",
                frame_name(frame, state, trace)
            )
        }
        Event::Line { frame, line } => {
            format!("{} is at line {line}.", frame_name(frame, state, trace))
        }
        Event::Local { frame, slot, repr } => {
            let var = state
                .frames
                .get(&frame)
                .and_then(|f| trace.codes.get(f.code as usize))
                .and_then(|c| c.varnames.get(slot as usize))
                .map_or("?", |v| v.as_str());
            format!("{var} = {}", trace.string(repr))
        }
        Event::LocalUnbound { frame, slot } => {
            let var = state
                .frames
                .get(&frame)
                .and_then(|f| trace.codes.get(f.code as usize))
                .and_then(|c| c.varnames.get(slot as usize))
                .map_or("?", |v| v.as_str());
            format!("{var} is unbound (deleted).")
        }
        Event::Coalesced { instructions } => {
            format!("{instructions} more instructions ran (lines not recorded).")
        }
        Event::Stdout { text } => format!("print: {}", trace.string(text).trim_end()),
        Event::Stderr { text } => format!("stderr: {}", trace.string(text).trim_end()),
        Event::Diagnostic { kind, text } => {
            format!("{}: {}", kind.name(), first_line(trace.string(text)))
        }
        Event::SyncNew { sync, .. } => format!("{} is created.", sync_name(sync, state)),
        Event::SyncState { sync, state: text } => {
            format!("{}: {}.", sync_name(sync, state), trace.string(text))
        }
        Event::SyncJoin { sync, role, future } => {
            let s = sync_name(sync, state);
            match role {
                SyncRole::Child => format!("{} joins {s}.", name(future)),
                _ => format!(
                    "{} waits in {s} ({}).",
                    sync_member_name(sync, future, state, trace),
                    role.name()
                ),
            }
        }
        Event::SyncLeave { sync, future } => {
            format!("{} leaves {}.", name(future), sync_name(sync, state))
        }
        Event::RunShutdown { stage } => {
            format!("asyncio.run shuts down: {}.", shutdown_words(stage))
        }
        Event::IoRegister { fd, events, reader, writer } => {
            let mut parts = Vec::new();
            if events & 1 != 0 && reader != 0 {
                parts.push(format!("reader {}", handle(reader)));
            }
            if events & 2 != 0 && writer != 0 {
                parts.push(format!("writer {}", handle(writer)));
            }
            if parts.is_empty() {
                format!("The selector stops watching fd {fd}.")
            } else {
                format!("The selector watches fd {fd}: {}.", parts.join(", "))
            }
        }
        Event::IoReady { fd, events } => {
            let what = match events & 3 {
                3 => "readable and writable",
                1 => "readable",
                _ => "writable",
            };
            format!("select reports fd {fd} {what}.")
        }
        Event::SocketNew { fd, kind } => format!("A {} socket opens on fd {fd}.", kind.name()),
        Event::SocketState { fd, state: text } => {
            format!("The socket on fd {fd} is {}.", trace.string(text))
        }
        Event::SocketClose { fd } => format!("The socket on fd {fd} closes."),
        Event::ThreadStart { thread } => {
            format!("{} starts: it runs at once, its starter right after it.", tname(thread))
        }
        Event::ThreadSwitch { thread } => format!("{} takes the baton and runs.", tname(thread)),
        Event::ThreadBlock { reason, until } => {
            let what = match reason {
                loopscope_trace::ThreadWait::Sleep => "sleeps (time.sleep)",
                loopscope_trace::ThreadWait::Lock => "waits for a lock",
                loopscope_trace::ThreadWait::Select => "waits in its event loop's select()",
                loopscope_trace::ThreadWait::Start => "lets the thread it started run first",
                loopscope_trace::ThreadWait::Gil => "drops the GIL (switch interval)",
                loopscope_trace::ThreadWait::Socket => "waits for its sockets (a blocking socket call or select)",
            };
            match until {
                Some(t) => format!("{} {what} until {t:.3} s.", tname(state.current_thread)),
                None => format!("{} {what}.", tname(state.current_thread)),
            }
        }
        Event::ThreadWake { thread } => format!("{} is ready to run again.", tname(thread)),
        Event::ThreadEnd { thread } => format!("{} ends.", tname(thread)),
        Event::ThreadName { thread, name } => {
            format!("Thread #{thread} is called {}.", trace.string(name))
        }
        Event::SocketBuffers { fd, send, recv } => format!(
            "Socket fd {fd}: {send} bytes in its send buffer, {recv} received and not yet read."
        ),
        Event::CoreYield { shared: true } => format!(
            "{} lets another process have its core (more processes want one than there are cores).",
            tname(state.current_thread)
        ),
        Event::CoreYield { shared: false } => format!(
            "{} goes on computing on its own core while the engine runs another process for a moment.",
            tname(state.current_thread)
        ),
        Event::ProcessStart { thread, pid } => format!(
            "{} is the main thread of a new process, pid {pid} (a simulated fork).",
            tname(thread)
        ),
        Event::LoopFocus { loop_id, .. } => {
            format!("What follows happens in event loop #{loop_id}.")
        }
        Event::Packet { kind, src, dst, bytes, sent, arrival } => {
            let fate = if arrival < 0.0 {
                "and is lost".to_string()
            } else {
                format!("arriving at {arrival:.6}")
            };
            format!(
                "A {} packet ({bytes} bytes) leaves {} for {} at {sent:.6}, {fate}.",
                kind.name(),
                trace.string(src),
                trace.string(dst)
            )
        }
    }
}

/// `Lock #2`: the primitive's class and its trace id.
pub fn sync_name(sync: u32, state: &ReplayState) -> String {
    match state.syncs.get((sync as usize).wrapping_sub(1)) {
        Some(s) => format!("{} #{sync}", s.kind.name()),
        None => format!("#{sync}"),
    }
}

/// A waiter by the task that waits (`Task-3`), else by its future's name.
pub fn sync_member_name(sync: u32, future: u32, state: &ReplayState, trace: &Trace) -> String {
    let member = state
        .syncs
        .get((sync as usize).wrapping_sub(1))
        .and_then(|s| s.members.iter().find(|m| m.future == future));
    match member {
        Some(m) if m.task != 0 => object_name(m.task, state, trace),
        _ => object_name(future, state, trace),
    }
}

/// What a shutdown step does, in words.
pub fn shutdown_words(stage: ShutdownStage) -> &'static str {
    match stage {
        ShutdownStage::CancelLeftovers => "cancelling leftover tasks",
        ShutdownStage::ShutdownAsyncgens => "shutdown_asyncgens()",
        ShutdownStage::ShutdownDefaultExecutor => "shutdown_default_executor()",
    }
}

/// `main()` or `frame #7` when the frame is gone.
fn frame_name(frame: u32, state: &ReplayState, trace: &Trace) -> String {
    match state.frames.get(&frame).and_then(|f| trace.codes.get(f.code as usize)) {
        Some(code) => format!("{}()", code.qualname),
        None => format!("frame #{frame}"),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

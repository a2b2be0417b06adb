//! The compact binary form of the trace: a stream of *records*, each a tag byte and a few
//! LEB128 varints. Reading records back yields the trace's *events* (`Event`), usually one per
//! record. Three things keep the scheduling work of one `await asyncio.sleep(...)` at about 25
//! bytes:
//!
//! - **Deltas.** The clock is stored as the difference of the float's bits from the previous
//!   clock (for positive floats bit order is numeric order); every id is the zigzag difference
//!   from the previous id of its kind, and a newly created object's id the difference from the
//!   previous one created (usually +1, stored as 0).
//! - **Fusion.** Sequences every loop cycle repeats are one record: a cycle's start and its
//!   `select`; the first due timer and the phase it starts; the first ready handle and the
//!   phase it starts; a handle and the task step it runs; `add_done_callback(task.__wakeup)`
//!   and the task suspending on that future.
//! - **Derivation from the replayed state.** A reader always holds the state the events so
//!   far produced (the `Model`, which `replay::ReplayState` implements), so records leave out
//!   what that state determines: which handle runs (the head of the ready queue: `_run_once`
//!   pops from the left), which timer fires or is dropped (the top of the heap), which task a
//!   step runs (the handle's target), and the callbacks a finished future schedules (the ones
//!   registered on it, in order, with the next handle ids).
//!
//! The engine marks the events a reader derives (`TraceRecorder::emit_derived`); the encoder
//! folds each into the record before it, or writes it out in full when it cannot, so a record
//! only ever claims what actually happened. Conformance tests decode every scenario's trace and
//! compare it with the events as they were emitted.

use super::chunks::Chunks;
use super::event::{
    DiagnosticKind, Event, FutureKind, HandleKind, Outcome, PacketKind, Phase, SelectTimeout,
    ShutdownStage, SocketKind, SyncKind, SyncRole, ThreadWait,
};
use super::well_known;
use std::collections::VecDeque;

/// What decoding needs to know about the state the events so far produced.
pub trait Model {
    /// The handle at the head of the ready queue.
    fn ready_front(&self) -> Option<u32>;
    /// The timer at the top of the heap.
    fn heap_top(&self) -> Option<u32>;
    /// The task or future a handle concerns (0 if none).
    fn handle_target(&self, handle: u32) -> u32;
    /// The done callbacks registered on a pending future, in order: `(kind, target, label)`
    /// of the handle each will be scheduled as.
    fn callbacks(&self, future: u32) -> Vec<(HandleKind, u32, u32)>;
    /// A task's suspended await chain, outermost frame first.
    fn task_frames(&self, task: u32) -> Vec<u32>;
}

/// The kinds of ids events mention, each with its own running "previous id".
#[derive(Clone, Copy)]
enum Id {
    Frame = 0,
    Coroutine = 1,
    Future = 2,
    Handle = 3,
}

/// What encoding and decoding carry from one event to the next. Both sides update it with
/// `observe` for every event, stored or derived; a reader that starts in the middle of a trace
/// starts from the state saved there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CodecState {
    clock_bits: u64,
    /// The previous id mentioned, per kind.
    last_ids: [u32; 4],
    /// The previous id created, per kind.
    created: [u32; 4],
    /// The task of the last `TaskStep` (a task suspends in its own step).
    stepping_task: u32,
    /// The target of the last `HandleRun` (a timer's callback finishes its target future).
    running_target: u32,
    /// The line of the last `Line` event.
    last_line: u32,
}

impl CodecState {
    /// Follows one event.
    pub fn observe(&mut self, event: &Event) {
        let ids = &mut self.last_ids;
        match *event {
            Event::Clock { t } => self.clock_bits = t.to_bits(),
            Event::ReadyPush { handle, target, .. } | Event::TimerPush { handle, target, .. } => {
                self.created[Id::Handle as usize] = handle;
                ids[Id::Handle as usize] = handle;
                if target != 0 {
                    ids[Id::Future as usize] = target;
                }
            }
            Event::TimerFire { handle }
            | Event::TimerDrop { handle }
            | Event::HandleCancel { handle }
            | Event::HandleSkip { handle } => ids[Id::Handle as usize] = handle,
            Event::HandleRun { handle, target } => {
                ids[Id::Handle as usize] = handle;
                self.running_target = target;
            }
            Event::FutureNew { future, .. } => {
                self.created[Id::Future as usize] = future;
                ids[Id::Future as usize] = future;
            }
            Event::TaskNew { task, coro, .. } => {
                ids[Id::Future as usize] = task;
                ids[Id::Coroutine as usize] = coro;
            }
            Event::CallbackAdd { future, .. }
            | Event::CallbackRemove { future, .. }
            | Event::FutureDone { future, .. } => ids[Id::Future as usize] = future,
            Event::TaskStep { task } => {
                ids[Id::Future as usize] = task;
                self.stepping_task = task;
            }
            Event::TaskWait { task, future } => {
                ids[Id::Future as usize] = if future != 0 { future } else { task };
            }
            Event::TaskCancel { task, .. } | Event::TaskRename { task, .. } => {
                ids[Id::Future as usize] = task
            }
            Event::FrameEnter { frame, .. }
            | Event::FrameExit { frame }
            | Event::FrameSuspend { frame }
            | Event::FrameResume { frame }
            | Event::FrameAwait { frame }
            | Event::Local { frame, .. }
            | Event::LocalUnbound { frame, .. } => ids[Id::Frame as usize] = frame,
            Event::Line { frame, line } => {
                ids[Id::Frame as usize] = frame;
                self.last_line = line;
            }
            Event::CycleStart
            | Event::PhaseStart { .. }
            | Event::Select { .. }
            | Event::HeapRebuild
            | Event::LoopClose
            | Event::Coalesced { .. }
            | Event::Stdout { .. }
            | Event::Stderr { .. }
            | Event::Diagnostic { .. }
            | Event::SyncNew { .. }
            | Event::SyncState { .. }
            | Event::RunShutdown { .. }
            | Event::IoRegister { .. }
            | Event::IoReady { .. }
            | Event::SocketNew { .. }
            | Event::SocketState { .. }
            | Event::SocketClose { .. }
            | Event::ThreadStart { .. }
            | Event::ThreadSwitch { .. }
            | Event::ThreadBlock { .. }
            | Event::ThreadWake { .. }
            | Event::ThreadEnd { .. }
            | Event::LoopFocus { .. }
            | Event::ProcessStart { .. }
            | Event::CoreYield { .. }
            | Event::Packet { .. }
            | Event::SocketBuffers { .. }
            | Event::ThreadName { .. } => {}
            Event::SyncJoin { future, .. } | Event::SyncLeave { future, .. } => {
                ids[Id::Future as usize] = future
            }
        }
    }
}

fn zigzag(d: i64) -> u64 {
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

pub fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

/// Record tags. Where a tag is a range, the offset in it is an enum's index.
pub mod tag {
    pub const CLOCK: u8 = 0;
    pub const CLOCK_RAW: u8 = 1;
    pub const CYCLE_START: u8 = 2;
    /// `CycleStart` and `Select` in one: zero, until the timer, forever, seconds.
    pub const CYCLE_SELECT: u8 = 3;
    /// `Select` alone (timers were dropped first): the same four forms.
    pub const SELECT: u8 = 7;
    /// Six tags: one per phase.
    pub const PHASE_START: u8 = 11;
    /// Five tags each: one per handle kind.
    pub const READY_PUSH: u8 = 17;
    pub const TIMER_PUSH: u8 = 22;
    /// `sleep`'s timer: the next handle, internal, for the newest future.
    pub const TIMER_PUSH_SLEEP: u8 = 27;
    pub const TIMER_FIRE: u8 = 28;
    /// The first due timer of a cycle, with the `MoveDueTimers` phase it starts.
    pub const TIMER_FIRE_FIRST: u8 = 29;
    pub const TIMER_DROP: u8 = 30;
    pub const HEAP_REBUILD: u8 = 31;
    pub const LOOP_CLOSE: u8 = 32;
    pub const HANDLE_CANCEL: u8 = 33;
    /// Four tags: +1 the first of the cycle (starts `RunReady`), +2 runs its task's step.
    pub const HANDLE_RUN: u8 = 34;
    /// A task's step that resumed its suspended await chain, outermost frame first: two
    /// tags (+1 the first of the cycle) for one frame, two more followed by the count.
    pub const HANDLE_RUN_RESUME_ONE: u8 = 38;
    pub const HANDLE_RUN_RESUMES: u8 = 40;
    /// Two tags: +1 the first of the cycle.
    pub const HANDLE_SKIP: u8 = 42;
    /// Three tags (one per future kind) with an explicit id, three with the next id.
    pub const FUTURE_NEW: u8 = 44;
    pub const FUTURE_NEW_NEXT: u8 = 47;
    pub const TASK_NEW: u8 = 50;
    pub const CALLBACK_ADD: u8 = 51;
    pub const CALLBACK_REMOVE: u8 = 52;
    /// Twelve tags: outcome (3) + 3 if its callbacks were scheduled + 6 if the future is the
    /// target of the running handle (then its id is not stored).
    pub const FUTURE_DONE: u8 = 53;
    pub const TASK_STEP: u8 = 65;
    /// Eight tags: +1 the task is the one stepping (not stored), +2 it added its wakeup as the
    /// future's done callback just before, +4 the future is the newest (not stored).
    pub const TASK_WAIT: u8 = 66;
    pub const TASK_CANCEL: u8 = 74;
    pub const TASK_RENAME: u8 = 75;
    pub const FRAME_ENTER: u8 = 76;
    /// Three tags each: exit, suspend, resume; the `_SAME` ones are about the frame the
    /// previous frame event was about.
    pub const FRAME: u8 = 77;
    pub const FRAME_SAME: u8 = 80;
    pub const LINE: u8 = 83;
    pub const LINE_SAME: u8 = 84;
    /// Sixteen tags: the same frame, the line moved by -8..=7 from the previous line event's.
    pub const LINE_STEP: u8 = 85;
    pub const LOCAL: u8 = 101;
    pub const LOCAL_SAME: u8 = 102;
    /// Eight tags: the same frame, slots 0 to 7.
    pub const LOCAL_SLOT: u8 = 103;
    pub const COALESCED: u8 = 111;
    pub const STDOUT: u8 = 112;
    pub const STDERR: u8 = 113;
    pub const DIAGNOSTIC: u8 = 114;
    pub const LOCAL_UNBOUND: u8 = 115;
    pub const FRAME_AWAIT: u8 = 116;
    // The selector and sockets (issue 13): 117-119, then 125-134.
    /// `IoRegister`: fd, events byte, reader handle, writer handle.
    pub const IO_REGISTER: u8 = 117;
    /// `IoReady`: fd, events byte.
    pub const IO_READY: u8 = 118;
    /// `SocketNew`: kind byte, fd.
    pub const SOCKET_NEW: u8 = 119;
    /// `SyncNew`: kind byte, sync id.
    pub const SYNC_NEW: u8 = 120;
    /// `SyncState`: sync id, state string.
    pub const SYNC_STATE: u8 = 121;
    /// `SyncJoin`: sync id, role byte, future id.
    pub const SYNC_JOIN: u8 = 122;
    /// `SyncLeave`: sync id, future id.
    pub const SYNC_LEAVE: u8 = 123;
    /// `RunShutdown`: stage byte.
    pub const RUN_SHUTDOWN: u8 = 124;
    /// `SocketState`: fd, state string.
    pub const SOCKET_STATE: u8 = 125;
    /// `SocketClose`: fd.
    pub const SOCKET_CLOSE: u8 = 126;
    /// `Packet`: kind byte, src, dst, bytes, sent `f64`, arrival `f64`.
    pub const PACKET: u8 = 127;
    // 128-134 are the network's too, free.
    // 135-149: threads (issue 14).
    /// `ThreadStart`: thread.
    pub const THREAD_START: u8 = 135;
    /// `ThreadSwitch`: thread.
    pub const THREAD_SWITCH: u8 = 136;
    /// Five tags, one per `ThreadWait`: `ThreadBlock` until woken.
    pub const THREAD_BLOCK: u8 = 137;
    /// Five tags, one per `ThreadWait`: `ThreadBlock` with a wake-up time (f64).
    pub const THREAD_BLOCK_UNTIL: u8 = 142;
    /// `ThreadWake`: thread.
    pub const THREAD_WAKE: u8 = 147;
    /// `ThreadEnd`: thread.
    pub const THREAD_END: u8 = 148;
    /// `LoopFocus`: loop serial, previous loop serial.
    pub const LOOP_FOCUS: u8 = 149;
    // 150-169: processes (issue 14 item 4).
    /// `ProcessStart`: thread, pid.
    pub const PROCESS_START: u8 = 150;
    /// `CoreYield` not shared / shared: no fields.
    pub const CORE_YIELD: u8 = 151;
    pub const CORE_YIELD_SHARED: u8 = 152;
    // 170-189: what the page shows of sockets and threads (issues 13 and 14, branch pageio2).
    /// `SocketBuffers`: fd, send bytes, recv bytes.
    pub const SOCKET_BUFFERS: u8 = 170;
    /// `ThreadName`: thread, name string.
    pub const THREAD_NAME: u8 = 171;
    /// `ThreadBlock` on a socket (`ThreadWait::Socket`, added after the five-wide ranges
    /// above were laid out), without and with its timeout.
    pub const THREAD_BLOCK_SOCKET: u8 = 172;
    pub const THREAD_BLOCK_SOCKET_UNTIL: u8 = 173;
}

/// `LINE_STEP` covers line moves in `-LINE_STEP_BACK..16 - LINE_STEP_BACK`.
const LINE_STEP_BACK: i64 = 8;
/// Where the `LINE_STEP` and `LOCAL_SLOT` tags end (exclusive).
const END_LINE_STEP: u8 = tag::LINE_STEP + 16;
const END_LOCAL_SLOT: u8 = tag::LOCAL_SLOT + 8;

/// The tags of lines' and locals' records (`In::line_or_local`), as a pattern: the reader's
/// shortcut and `decode_record` route the same set, and plain patterns keep the match on the
/// tag one jump.
macro_rules! line_or_local_tag {
    () => {
        tag::LINE
            | tag::LINE_SAME
            | tag::LINE_STEP..END_LINE_STEP
            | tag::LOCAL
            | tag::LOCAL_SAME
            | tag::LOCAL_SLOT..END_LOCAL_SLOT
    };
}

fn select_form(timeout: &SelectTimeout) -> u8 {
    match timeout {
        SelectTimeout::Zero => 0,
        SelectTimeout::UntilTimer => 1,
        SelectTimeout::Forever => 2,
        SelectTimeout::Seconds(_) => 3,
    }
}

/// Field writers: they read the state before the event and never change it.
struct Out<'a> {
    buf: &'a mut Vec<u8>,
    st: &'a CodecState,
}

impl Out<'_> {
    fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    fn num(&mut self, v: u32) {
        put_varint(self.buf, v as u64);
    }

    fn f64(&mut self, v: f64) {
        self.buf.extend_from_slice(&v.to_bits().to_le_bytes());
    }

    fn id(&mut self, kind: Id, id: u32) {
        put_varint(self.buf, zigzag(id as i64 - self.st.last_ids[kind as usize] as i64));
    }

    fn new_id(&mut self, kind: Id, id: u32) {
        let created = self.st.created[kind as usize] as i64;
        put_varint(self.buf, zigzag(id as i64 - created - 1));
    }

    /// An optional future (0 for none): 0, or 1 + the zigzag delta.
    fn opt_future(&mut self, id: u32) {
        if id == 0 {
            self.byte(0);
        } else {
            let last = self.st.last_ids[Id::Future as usize] as i64;
            put_varint(self.buf, zigzag(id as i64 - last) + 1);
        }
    }

    fn timeout(&mut self, timeout: &SelectTimeout) {
        if let SelectTimeout::Seconds(t) = timeout {
            self.f64(*t);
        }
    }

    fn frame_event(&mut self, which: u8, frame: u32) {
        if frame == self.st.last_ids[Id::Frame as usize] {
            self.byte(tag::FRAME_SAME + which);
        } else {
            self.byte(tag::FRAME + which);
            self.id(Id::Frame, frame);
        }
    }

    /// `Event::Line`'s record.
    #[inline(always)]
    fn line(&mut self, frame: u32, line: u32) {
        use tag::*;
        let step = line as i64 - self.st.last_line as i64 + LINE_STEP_BACK;
        if frame != self.st.last_ids[Id::Frame as usize] {
            self.byte(LINE);
            self.id(Id::Frame, frame);
            self.num(line);
        } else if (0..16).contains(&step) {
            self.byte(LINE_STEP + step as u8);
        } else {
            self.byte(LINE_SAME);
            self.num(line);
        }
    }

    /// `Event::Local`'s record.
    #[inline(always)]
    fn local(&mut self, frame: u32, slot: u32, repr: u32) {
        use tag::*;
        if frame != self.st.last_ids[Id::Frame as usize] {
            self.byte(LOCAL);
            self.id(Id::Frame, frame);
            self.num(slot);
        } else if slot < 8 {
            self.byte(LOCAL_SLOT + slot as u8);
        } else {
            self.byte(LOCAL_SAME);
            self.num(slot);
        }
        self.num(repr);
    }

    /// The record for one event on its own.
    fn plain(&mut self, event: &Event) {
        use tag::*;
        match event {
            Event::Clock { t } => {
                let bits = t.to_bits();
                if *t >= 0.0 && bits >= self.st.clock_bits {
                    self.byte(CLOCK);
                    put_varint(self.buf, bits - self.st.clock_bits);
                } else {
                    self.byte(CLOCK_RAW);
                    self.f64(*t);
                }
            }
            Event::CycleStart => self.byte(CYCLE_START),
            Event::PhaseStart { phase } => self.byte(PHASE_START + phase.index()),
            Event::Select { timeout } => {
                self.byte(SELECT + select_form(timeout));
                self.timeout(timeout);
            }
            Event::ReadyPush { handle, kind, target, label } => {
                self.byte(READY_PUSH + kind.index());
                self.new_id(Id::Handle, *handle);
                self.opt_future(*target);
                self.num(*label);
            }
            Event::TimerPush { handle, kind, target, label, when } => {
                let is_sleep = *kind == HandleKind::Internal
                    && *label == well_known::SLEEP_TIMER
                    && *handle == self.st.created[Id::Handle as usize].wrapping_add(1)
                    && *target == self.st.created[Id::Future as usize];
                if is_sleep {
                    self.byte(TIMER_PUSH_SLEEP);
                } else {
                    self.byte(TIMER_PUSH + kind.index());
                    self.new_id(Id::Handle, *handle);
                    self.opt_future(*target);
                    self.num(*label);
                }
                self.f64(*when);
            }
            Event::TimerFire { .. } => self.byte(TIMER_FIRE),
            Event::TimerDrop { .. } => self.byte(TIMER_DROP),
            Event::HeapRebuild => self.byte(HEAP_REBUILD),
            Event::LoopClose => self.byte(LOOP_CLOSE),
            Event::HandleCancel { handle } => {
                self.byte(HANDLE_CANCEL);
                self.id(Id::Handle, *handle);
            }
            Event::HandleRun { .. } => self.byte(HANDLE_RUN),
            Event::HandleSkip { .. } => self.byte(HANDLE_SKIP),
            Event::FutureNew { future, kind } => {
                if *future == self.st.created[Id::Future as usize].wrapping_add(1) {
                    self.byte(FUTURE_NEW_NEXT + kind.index());
                } else {
                    self.byte(FUTURE_NEW + kind.index());
                    self.new_id(Id::Future, *future);
                }
            }
            Event::TaskNew { task, coro, name } => {
                self.byte(TASK_NEW);
                self.id(Id::Future, *task);
                self.id(Id::Coroutine, *coro);
                self.num(*name);
            }
            Event::CallbackAdd { future, kind, target, label } => {
                self.byte(CALLBACK_ADD);
                self.id(Id::Future, *future);
                self.byte(kind.index());
                self.opt_future(*target);
                self.num(*label);
            }
            Event::CallbackRemove { future, label } => {
                self.byte(CALLBACK_REMOVE);
                self.id(Id::Future, *future);
                self.num(*label);
            }
            Event::FutureDone { future, outcome, repr } => {
                self.future_done(*future, *outcome, *repr, false)
            }
            Event::TaskStep { task } => {
                self.byte(TASK_STEP);
                self.id(Id::Future, *task);
            }
            Event::TaskWait { task, future } => self.task_wait(*task, *future, false),
            Event::TaskCancel { task, message } => {
                self.byte(TASK_CANCEL);
                self.id(Id::Future, *task);
                self.num(*message);
            }
            Event::TaskRename { task, name } => {
                self.byte(TASK_RENAME);
                self.id(Id::Future, *task);
                self.num(*name);
            }
            Event::FrameEnter { frame, code } => {
                self.byte(FRAME_ENTER);
                self.id(Id::Frame, *frame);
                self.num(*code);
            }
            Event::FrameExit { frame } => self.frame_event(0, *frame),
            Event::FrameSuspend { frame } => self.frame_event(1, *frame),
            Event::FrameResume { frame } => self.frame_event(2, *frame),
            Event::FrameAwait { frame } => {
                self.byte(FRAME_AWAIT);
                self.id(Id::Frame, *frame);
            }
            Event::Line { frame, line } => self.line(*frame, *line),
            Event::Local { frame, slot, repr } => self.local(*frame, *slot, *repr),
            Event::LocalUnbound { frame, slot } => {
                self.byte(LOCAL_UNBOUND);
                self.id(Id::Frame, *frame);
                self.num(*slot);
            }
            Event::Coalesced { instructions } => {
                self.byte(COALESCED);
                put_varint(self.buf, *instructions);
            }
            Event::Stdout { text } => {
                self.byte(STDOUT);
                self.num(*text);
            }
            Event::Stderr { text } => {
                self.byte(STDERR);
                self.num(*text);
            }
            Event::Diagnostic { kind, text } => {
                self.byte(DIAGNOSTIC);
                self.byte(kind.index());
                self.num(*text);
            }
            Event::SyncNew { sync, kind } => {
                self.byte(SYNC_NEW);
                self.byte(kind.index());
                self.num(*sync);
            }
            Event::SyncState { sync, state } => {
                self.byte(SYNC_STATE);
                self.num(*sync);
                self.num(*state);
            }
            Event::SyncJoin { sync, role, future } => {
                self.byte(SYNC_JOIN);
                self.num(*sync);
                self.byte(role.index());
                self.id(Id::Future, *future);
            }
            Event::SyncLeave { sync, future } => {
                self.byte(SYNC_LEAVE);
                self.num(*sync);
                self.id(Id::Future, *future);
            }
            Event::RunShutdown { stage } => {
                self.byte(RUN_SHUTDOWN);
                self.byte(stage.index());
            }
            Event::IoRegister { fd, events, reader, writer } => {
                self.byte(IO_REGISTER);
                self.num(*fd);
                self.byte(*events);
                self.num(*reader);
                self.num(*writer);
            }
            Event::IoReady { fd, events } => {
                self.byte(IO_READY);
                self.num(*fd);
                self.byte(*events);
            }
            Event::SocketNew { fd, kind } => {
                self.byte(SOCKET_NEW);
                self.byte(kind.index());
                self.num(*fd);
            }
            Event::SocketState { fd, state } => {
                self.byte(SOCKET_STATE);
                self.num(*fd);
                self.num(*state);
            }
            Event::SocketClose { fd } => {
                self.byte(SOCKET_CLOSE);
                self.num(*fd);
            }
            Event::ThreadStart { thread } => {
                self.byte(THREAD_START);
                self.num(*thread);
            }
            Event::ThreadSwitch { thread } => {
                self.byte(THREAD_SWITCH);
                self.num(*thread);
            }
            Event::ThreadBlock { reason: ThreadWait::Socket, until } => match until {
                None => self.byte(THREAD_BLOCK_SOCKET),
                Some(t) => {
                    self.byte(THREAD_BLOCK_SOCKET_UNTIL);
                    self.f64(*t);
                }
            },
            Event::ThreadBlock { reason, until } => match until {
                None => self.byte(THREAD_BLOCK + reason.index()),
                Some(t) => {
                    self.byte(THREAD_BLOCK_UNTIL + reason.index());
                    self.f64(*t);
                }
            },
            Event::ThreadWake { thread } => {
                self.byte(THREAD_WAKE);
                self.num(*thread);
            }
            Event::ThreadEnd { thread } => {
                self.byte(THREAD_END);
                self.num(*thread);
            }
            Event::LoopFocus { loop_id, previous } => {
                self.byte(LOOP_FOCUS);
                self.num(*loop_id);
                self.num(*previous);
            }
            Event::CoreYield { shared } => {
                self.byte(if *shared { CORE_YIELD_SHARED } else { CORE_YIELD })
            }
            Event::ProcessStart { thread, pid } => {
                self.byte(PROCESS_START);
                self.num(*thread);
                self.num(*pid);
            }
            Event::Packet { kind, src, dst, bytes, sent, arrival } => {
                self.byte(PACKET);
                self.byte(kind.index());
                self.num(*src);
                self.num(*dst);
                self.num(*bytes);
                self.f64(*sent);
                self.f64(*arrival);
            }
            Event::SocketBuffers { fd, send, recv } => {
                self.byte(SOCKET_BUFFERS);
                self.num(*fd);
                self.num(*send);
                self.num(*recv);
            }
            Event::ThreadName { thread, name } => {
                self.byte(THREAD_NAME);
                self.num(*thread);
                self.num(*name);
            }
        }
    }

    fn future_done(&mut self, future: u32, outcome: Outcome, repr: u32, scheduled: bool) {
        let is_target = future == self.st.running_target && future != 0;
        let t = tag::FUTURE_DONE + outcome.index() + 3 * scheduled as u8 + 6 * is_target as u8;
        self.byte(t);
        if !is_target {
            self.id(Id::Future, future);
        }
        self.num(repr);
    }

    fn task_wait(&mut self, task: u32, future: u32, wakeup: bool) {
        let own = task == self.st.stepping_task && task != 0;
        let newest = future == self.st.created[Id::Future as usize] && future != 0;
        self.byte(tag::TASK_WAIT + own as u8 + 2 * wakeup as u8 + 4 * newest as u8);
        if !own {
            self.id(Id::Future, task);
        }
        if !newest {
            self.opt_future(future);
        }
    }

    fn handle_run(&mut self, first: bool, stepped: bool, resumes: u32) {
        let first = first as u8;
        match resumes {
            0 => self.byte(tag::HANDLE_RUN + first + 2 * stepped as u8),
            1 => self.byte(tag::HANDLE_RUN_RESUME_ONE + first),
            n => {
                self.byte(tag::HANDLE_RUN_RESUMES + first);
                self.num(n);
            }
        }
    }
}

/// The last record written, when the next event may fold into it.
#[derive(Debug, Clone, Copy)]
enum Open {
    CycleStart,
    Phase(Phase),
    /// `stepped`: it ran its target task's step; `resumes`: frames of the task's await chain
    /// resumed since.
    HandleRun {
        first: bool,
        target: u32,
        stepped: bool,
        resumes: u32,
    },
    FutureDone {
        future: u32,
        outcome: Outcome,
        repr: u32,
    },
    WakeupAdded {
        future: u32,
        task: u32,
    },
}

/// Writes records.
#[derive(Debug, Default)]
pub struct Encoder {
    pub state: CodecState,
    /// The open record, where it starts, and the state before it.
    open: Option<(Open, usize, CodecState)>,
}

impl Encoder {
    /// Encodes one event. `derived`: a reader derives it from the record before (see the
    /// module doc); if that record cannot carry it, it is written out in full.
    pub fn push(&mut self, chunks: &mut Chunks, event: &Event, derived: bool) {
        if !self.fold(chunks, event, derived) {
            self.open = None;
            let buf = chunks.for_new_record();
            let start = buf.len();
            Out { buf, st: &self.state }.plain(event);
            self.open = match *event {
                Event::CycleStart => Some(Open::CycleStart),
                Event::PhaseStart { phase: p @ (Phase::MoveDueTimers | Phase::RunReady) } => {
                    Some(Open::Phase(p))
                }
                Event::HandleRun { target, .. } => {
                    Some(Open::HandleRun { first: false, target, stepped: false, resumes: 0 })
                }
                Event::FutureDone { future, outcome, repr } => {
                    Some(Open::FutureDone { future, outcome, repr })
                }
                Event::CallbackAdd { future, kind: HandleKind::TaskWakeup, target, label }
                    if derived && label == well_known::TASK_WAKEUP =>
                {
                    Some(Open::WakeupAdded { future, task: target })
                }
                _ => None,
            }
            .map(|open| (open, start, self.state));
        }
        self.state.observe(event);
    }

    /// `push(Event::Line { frame, line })`, for the event written most (two in three at
    /// 1,000 echo clients). A line neither folds into the open record nor opens one, so it
    /// skips `push`'s three dispatches over every kind of event.
    pub fn push_line(&mut self, chunks: &mut Chunks, frame: u32, line: u32) {
        self.open = None;
        Out { buf: chunks.for_new_record(), st: &self.state }.line(frame, line);
        self.state.last_ids[Id::Frame as usize] = frame;
        self.state.last_line = line;
    }

    /// `push(Event::Local { frame, slot, repr })`, the event written next most, as
    /// `push_line`.
    pub fn push_local(&mut self, chunks: &mut Chunks, frame: u32, slot: u32, repr: u32) {
        self.open = None;
        Out { buf: chunks.for_new_record(), st: &self.state }.local(frame, slot, repr);
        self.state.last_ids[Id::Frame as usize] = frame;
    }

    /// Folds `event` into the open record, rewriting it; false if it does not fold.
    fn fold(&mut self, chunks: &mut Chunks, event: &Event, derived: bool) -> bool {
        let Some((open, start, before)) = self.open else { return false };
        let next = match (open, event, derived) {
            (Open::CycleStart, Event::Select { timeout }, false) => {
                Some((None, Rewrite::CycleSelect(*timeout)))
            }
            (Open::Phase(Phase::MoveDueTimers), Event::TimerFire { .. }, false) => {
                Some((None, Rewrite::Tag(tag::TIMER_FIRE_FIRST)))
            }
            (Open::Phase(Phase::RunReady), Event::HandleRun { target, .. }, false) => Some((
                Some(Open::HandleRun { first: true, target: *target, stepped: false, resumes: 0 }),
                Rewrite::HandleRun { first: true, stepped: false, resumes: 0 },
            )),
            (Open::Phase(Phase::RunReady), Event::HandleSkip { .. }, false) => {
                Some((None, Rewrite::Tag(tag::HANDLE_SKIP + 1)))
            }
            (
                Open::HandleRun { first, target, stepped: false, .. },
                Event::TaskStep { task },
                true,
            ) if *task == target => Some((
                Some(Open::HandleRun { first, target, stepped: true, resumes: 0 }),
                Rewrite::HandleRun { first, stepped: true, resumes: 0 },
            )),
            (
                Open::HandleRun { first, target, stepped: true, resumes },
                Event::FrameResume { .. },
                true,
            ) => {
                let resumes = resumes + 1;
                Some((
                    Some(Open::HandleRun { first, target, stepped: true, resumes }),
                    Rewrite::HandleRun { first, stepped: true, resumes },
                ))
            }
            (Open::FutureDone { future, outcome, repr }, Event::ReadyPush { handle, .. }, true)
                if *handle == self.state.created[Id::Handle as usize].wrapping_add(1) =>
            {
                Some((
                    Some(Open::FutureDone { future, outcome, repr }),
                    Rewrite::FutureDone { future, outcome, repr },
                ))
            }
            (Open::WakeupAdded { future, task }, Event::TaskWait { task: t, future: f }, false)
                if *t == task && *f == future =>
            {
                Some((None, Rewrite::TaskWait { task, future }))
            }
            _ => None,
        };
        let Some((reopen, rewrite)) = next else { return false };
        let buf = chunks.open_mut();
        buf.truncate(start);
        let mut out = Out { buf, st: &before };
        match rewrite {
            Rewrite::Tag(t) => out.byte(t),
            Rewrite::HandleRun { first, stepped, resumes } => {
                out.handle_run(first, stepped, resumes)
            }
            Rewrite::CycleSelect(timeout) => {
                out.byte(tag::CYCLE_SELECT + select_form(&timeout));
                out.timeout(&timeout);
            }
            Rewrite::FutureDone { future, outcome, repr } => {
                out.future_done(future, outcome, repr, true)
            }
            Rewrite::TaskWait { task, future } => out.task_wait(task, future, true),
        }
        self.open = reopen.map(|o| (o, start, before));
        true
    }
}

enum Rewrite {
    Tag(u8),
    HandleRun { first: bool, stepped: bool, resumes: u32 },
    CycleSelect(SelectTimeout),
    FutureDone { future: u32, outcome: Outcome, repr: u32 },
    TaskWait { task: u32, future: u32 },
}

/// A malformed record stream (only possible with a corrupted or hand-edited trace, or a
/// reader that skipped events).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub position: usize,
}

struct In<'a> {
    buf: &'a [u8],
    pos: usize,
    st: &'a CodecState,
}

impl In<'_> {
    fn error(&self) -> DecodeError {
        DecodeError { position: self.pos }
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.buf.get(self.pos).ok_or(DecodeError { position: self.pos })?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.error())
    }

    /// The event of a line's or a local's record (tag `t`, one of `line_or_local_tag!`, read
    /// already).
    #[inline(always)]
    fn line_or_local(&mut self, t: u8, bad: DecodeError) -> Result<Event, DecodeError> {
        use tag::*;
        let same_frame = self.st.last_ids[Id::Frame as usize];
        Ok(match t {
            LINE => Event::Line { frame: self.id(Id::Frame)?, line: self.num()? },
            LINE_SAME => Event::Line { frame: same_frame, line: self.num()? },
            LINE_STEP..END_LINE_STEP => {
                let line = self.st.last_line as i64 + (t - LINE_STEP) as i64 - LINE_STEP_BACK;
                Event::Line { frame: same_frame, line: u32::try_from(line).map_err(|_| bad)? }
            }
            LOCAL => {
                Event::Local { frame: self.id(Id::Frame)?, slot: self.num()?, repr: self.num()? }
            }
            LOCAL_SAME => Event::Local { frame: same_frame, slot: self.num()?, repr: self.num()? },
            LOCAL_SLOT..END_LOCAL_SLOT => {
                Event::Local { frame: same_frame, slot: (t - LOCAL_SLOT) as u32, repr: self.num()? }
            }
            _ => return Err(bad),
        })
    }

    fn num(&mut self) -> Result<u32, DecodeError> {
        u32::try_from(self.varint()?).map_err(|_| self.error())
    }

    fn id(&mut self, kind: Id) -> Result<u32, DecodeError> {
        let delta = unzigzag(self.varint()?);
        let last = self.st.last_ids[kind as usize] as i64;
        u32::try_from(last + delta).map_err(|_| self.error())
    }

    fn new_id(&mut self, kind: Id) -> Result<u32, DecodeError> {
        let delta = unzigzag(self.varint()?);
        let created = self.st.created[kind as usize] as i64;
        u32::try_from(created + delta + 1).map_err(|_| self.error())
    }

    fn opt_future(&mut self) -> Result<u32, DecodeError> {
        let z = self.varint()?;
        if z == 0 {
            return Ok(0);
        }
        let last = self.st.last_ids[Id::Future as usize] as i64;
        u32::try_from(last + unzigzag(z - 1)).map_err(|_| self.error())
    }

    fn f64(&mut self) -> Result<f64, DecodeError> {
        let bytes = self.buf.get(self.pos..self.pos + 8).ok_or(self.error())?;
        self.pos += 8;
        let mut a = [0u8; 8];
        a.copy_from_slice(bytes);
        Ok(f64::from_bits(u64::from_le_bytes(a)))
    }

    fn enum_byte<T>(&mut self, f: fn(u8) -> Option<T>) -> Result<T, DecodeError> {
        let at = self.pos;
        f(self.byte()?).ok_or(DecodeError { position: at })
    }

    fn timeout(&mut self, form: u8) -> Result<SelectTimeout, DecodeError> {
        Ok(match form {
            0 => SelectTimeout::Zero,
            1 => SelectTimeout::UntilTimer,
            2 => SelectTimeout::Forever,
            _ => SelectTimeout::Seconds(self.f64()?),
        })
    }

    fn next_handle(&self, n: u32) -> u32 {
        self.st.created[Id::Handle as usize].wrapping_add(n)
    }
}

/// The record at `pos` if it is a line's or a local's, the records a reader meets most
/// (two in three): decoded straight into its event, without `decode_record`'s queue. `None`,
/// with `pos` unmoved, for any other record (or none); an error leaves `pos` unmoved too.
#[inline]
pub fn decode_line_or_local(
    buf: &[u8],
    pos: &mut usize,
    state: &CodecState,
) -> Option<Result<Event, DecodeError>> {
    let t = *buf.get(*pos)?;
    if !matches!(t, line_or_local_tag!()) {
        return None;
    }
    let mut r = In { buf, pos: *pos + 1, st: state };
    let event = r.line_or_local(t, DecodeError { position: *pos });
    if event.is_ok() {
        *pos = r.pos;
    }
    Some(event)
}

/// Decodes the record at `*pos` into the events it stands for, appended to `out`. `state` is
/// the codec state before the record (the caller observes each event as it uses it) and
/// `model` the state the events before it produced.
pub fn decode_record(
    buf: &[u8],
    pos: &mut usize,
    state: &CodecState,
    model: &impl Model,
    out: &mut VecDeque<Event>,
) -> Result<(), DecodeError> {
    use tag::*;
    // Each family of tags ends here (exclusive): plain range patterns let the match on the
    // tag compile to one jump, not a chain of range tests.
    const END_CYCLE_SELECT: u8 = CYCLE_SELECT + 4;
    const END_SELECT: u8 = SELECT + 4;
    const END_PHASE_START: u8 = PHASE_START + 6;
    const END_READY_PUSH: u8 = READY_PUSH + 5;
    const END_TIMER_PUSH: u8 = TIMER_PUSH + 5;
    const END_HANDLE_RUN: u8 = HANDLE_RUN + 4;
    const END_HANDLE_SKIP: u8 = HANDLE_SKIP + 2;
    const END_FUTURE_NEW: u8 = FUTURE_NEW + 3;
    const END_FUTURE_NEW_NEXT: u8 = FUTURE_NEW_NEXT + 3;
    const END_HANDLE_RUN_RESUMES: u8 = HANDLE_RUN_RESUMES + 2;
    const END_FUTURE_DONE: u8 = FUTURE_DONE + 12;
    const END_TASK_WAIT: u8 = TASK_WAIT + 8;
    const END_FRAME_SAME: u8 = FRAME_SAME + 3;
    const END_THREAD_BLOCK: u8 = THREAD_BLOCK + 5;
    const END_THREAD_BLOCK_UNTIL: u8 = THREAD_BLOCK_UNTIL + 5;
    let mut r = In { buf, pos: *pos, st: state };
    let at = r.pos;
    let bad = DecodeError { position: at };
    let front = || model.ready_front().ok_or(DecodeError { position: at });
    let top = || model.heap_top().ok_or(DecodeError { position: at });
    let t = r.byte()?;
    match t {
        CLOCK => {
            let bits = state.clock_bits.wrapping_add(r.varint()?);
            out.push_back(Event::Clock { t: f64::from_bits(bits) });
        }
        CLOCK_RAW => out.push_back(Event::Clock { t: r.f64()? }),
        CYCLE_START => out.push_back(Event::CycleStart),
        t @ CYCLE_SELECT..END_CYCLE_SELECT => {
            out.push_back(Event::CycleStart);
            out.push_back(Event::Select { timeout: r.timeout(t - CYCLE_SELECT)? });
        }
        t @ SELECT..END_SELECT => out.push_back(Event::Select { timeout: r.timeout(t - SELECT)? }),
        t @ PHASE_START..END_PHASE_START => out
            .push_back(Event::PhaseStart { phase: Phase::from_index(t - PHASE_START).ok_or(bad)? }),
        t @ READY_PUSH..END_READY_PUSH => out.push_back(Event::ReadyPush {
            kind: HandleKind::from_index(t - READY_PUSH).ok_or(bad)?,
            handle: r.new_id(Id::Handle)?,
            target: r.opt_future()?,
            label: r.num()?,
        }),
        t @ TIMER_PUSH..END_TIMER_PUSH => out.push_back(Event::TimerPush {
            kind: HandleKind::from_index(t - TIMER_PUSH).ok_or(bad)?,
            handle: r.new_id(Id::Handle)?,
            target: r.opt_future()?,
            label: r.num()?,
            when: r.f64()?,
        }),
        TIMER_PUSH_SLEEP => out.push_back(Event::TimerPush {
            handle: r.next_handle(1),
            kind: HandleKind::Internal,
            target: state.created[Id::Future as usize],
            label: well_known::SLEEP_TIMER,
            when: r.f64()?,
        }),
        TIMER_FIRE | TIMER_FIRE_FIRST => {
            if t == TIMER_FIRE_FIRST {
                out.push_back(Event::PhaseStart { phase: Phase::MoveDueTimers });
            }
            out.push_back(Event::TimerFire { handle: top()? });
        }
        TIMER_DROP => out.push_back(Event::TimerDrop { handle: top()? }),
        HEAP_REBUILD => out.push_back(Event::HeapRebuild),
        LOOP_CLOSE => out.push_back(Event::LoopClose),
        HANDLE_CANCEL => out.push_back(Event::HandleCancel { handle: r.id(Id::Handle)? }),
        t @ HANDLE_RUN..END_HANDLE_RUN => {
            let flags = t - HANDLE_RUN;
            if flags & 1 != 0 {
                out.push_back(Event::PhaseStart { phase: Phase::RunReady });
            }
            let handle = front()?;
            let target = model.handle_target(handle);
            out.push_back(Event::HandleRun { handle, target });
            if flags & 2 != 0 {
                out.push_back(Event::TaskStep { task: target });
            }
        }
        t @ HANDLE_SKIP..END_HANDLE_SKIP => {
            if t == HANDLE_SKIP + 1 {
                out.push_back(Event::PhaseStart { phase: Phase::RunReady });
            }
            out.push_back(Event::HandleSkip { handle: front()? });
        }
        t @ FUTURE_NEW..END_FUTURE_NEW => out.push_back(Event::FutureNew {
            kind: FutureKind::from_index(t - FUTURE_NEW).ok_or(bad)?,
            future: r.new_id(Id::Future)?,
        }),
        t @ FUTURE_NEW_NEXT..END_FUTURE_NEW_NEXT => out.push_back(Event::FutureNew {
            kind: FutureKind::from_index(t - FUTURE_NEW_NEXT).ok_or(bad)?,
            future: state.created[Id::Future as usize].wrapping_add(1),
        }),
        TASK_NEW => out.push_back(Event::TaskNew {
            task: r.id(Id::Future)?,
            coro: r.id(Id::Coroutine)?,
            name: r.num()?,
        }),
        CALLBACK_ADD => out.push_back(Event::CallbackAdd {
            future: r.id(Id::Future)?,
            kind: r.enum_byte(HandleKind::from_index)?,
            target: r.opt_future()?,
            label: r.num()?,
        }),
        CALLBACK_REMOVE => {
            out.push_back(Event::CallbackRemove { future: r.id(Id::Future)?, label: r.num()? })
        }
        t @ HANDLE_RUN_RESUME_ONE..END_HANDLE_RUN_RESUMES => {
            let first = (t - HANDLE_RUN_RESUME_ONE) % 2 == 1;
            let resumes = if t >= HANDLE_RUN_RESUMES { r.num()? } else { 1 };
            if first {
                out.push_back(Event::PhaseStart { phase: Phase::RunReady });
            }
            let handle = front()?;
            let target = model.handle_target(handle);
            out.push_back(Event::HandleRun { handle, target });
            out.push_back(Event::TaskStep { task: target });
            let chain = model.task_frames(target);
            if chain.len() < resumes as usize {
                return Err(bad);
            }
            for &frame in &chain[..resumes as usize] {
                out.push_back(Event::FrameResume { frame });
            }
        }
        t @ FUTURE_DONE..END_FUTURE_DONE => {
            let flags = t - FUTURE_DONE;
            let outcome = Outcome::from_index(flags % 3).ok_or(bad)?;
            let scheduled = flags % 6 >= 3;
            let future = if flags >= 6 { state.running_target } else { r.id(Id::Future)? };
            out.push_back(Event::FutureDone { future, outcome, repr: r.num()? });
            if scheduled {
                for (i, (kind, target, label)) in model.callbacks(future).into_iter().enumerate() {
                    let handle = r.next_handle(i as u32 + 1);
                    out.push_back(Event::ReadyPush { handle, kind, target, label });
                }
            }
        }
        TASK_STEP => out.push_back(Event::TaskStep { task: r.id(Id::Future)? }),
        t @ TASK_WAIT..END_TASK_WAIT => {
            let flags = t - TASK_WAIT;
            let task = if flags & 1 != 0 { state.stepping_task } else { r.id(Id::Future)? };
            let future =
                if flags & 4 != 0 { state.created[Id::Future as usize] } else { r.opt_future()? };
            if flags & 2 != 0 {
                out.push_back(Event::CallbackAdd {
                    future,
                    kind: HandleKind::TaskWakeup,
                    target: task,
                    label: well_known::TASK_WAKEUP,
                });
            }
            out.push_back(Event::TaskWait { task, future });
        }
        TASK_CANCEL => {
            out.push_back(Event::TaskCancel { task: r.id(Id::Future)?, message: r.num()? })
        }
        TASK_RENAME => out.push_back(Event::TaskRename { task: r.id(Id::Future)?, name: r.num()? }),
        FRAME_ENTER => out.push_back(Event::FrameEnter { frame: r.id(Id::Frame)?, code: r.num()? }),
        t @ FRAME..END_FRAME_SAME => {
            let frame =
                if t >= FRAME_SAME { state.last_ids[Id::Frame as usize] } else { r.id(Id::Frame)? };
            out.push_back(match (t - FRAME) % 3 {
                0 => Event::FrameExit { frame },
                1 => Event::FrameSuspend { frame },
                _ => Event::FrameResume { frame },
            });
        }
        line_or_local_tag!() => out.push_back(r.line_or_local(t, bad)?),
        FRAME_AWAIT => out.push_back(Event::FrameAwait { frame: r.id(Id::Frame)? }),
        LOCAL_UNBOUND => {
            out.push_back(Event::LocalUnbound { frame: r.id(Id::Frame)?, slot: r.num()? })
        }
        COALESCED => out.push_back(Event::Coalesced { instructions: r.varint()? }),
        STDOUT => out.push_back(Event::Stdout { text: r.num()? }),
        STDERR => out.push_back(Event::Stderr { text: r.num()? }),
        DIAGNOSTIC => out.push_back(Event::Diagnostic {
            kind: r.enum_byte(DiagnosticKind::from_index)?,
            text: r.num()?,
        }),
        SYNC_NEW => out
            .push_back(Event::SyncNew { kind: r.enum_byte(SyncKind::from_index)?, sync: r.num()? }),
        SYNC_STATE => out.push_back(Event::SyncState { sync: r.num()?, state: r.num()? }),
        SYNC_JOIN => out.push_back(Event::SyncJoin {
            sync: r.num()?,
            role: r.enum_byte(SyncRole::from_index)?,
            future: r.id(Id::Future)?,
        }),
        SYNC_LEAVE => out.push_back(Event::SyncLeave { sync: r.num()?, future: r.id(Id::Future)? }),
        RUN_SHUTDOWN => {
            out.push_back(Event::RunShutdown { stage: r.enum_byte(ShutdownStage::from_index)? })
        }
        IO_REGISTER => out.push_back(Event::IoRegister {
            fd: r.num()?,
            events: r.byte()?,
            reader: r.num()?,
            writer: r.num()?,
        }),
        IO_READY => out.push_back(Event::IoReady { fd: r.num()?, events: r.byte()? }),
        SOCKET_NEW => out.push_back(Event::SocketNew {
            kind: r.enum_byte(SocketKind::from_index)?,
            fd: r.num()?,
        }),
        SOCKET_STATE => out.push_back(Event::SocketState { fd: r.num()?, state: r.num()? }),
        SOCKET_CLOSE => out.push_back(Event::SocketClose { fd: r.num()? }),
        THREAD_START => out.push_back(Event::ThreadStart { thread: r.num()? }),
        THREAD_SWITCH => out.push_back(Event::ThreadSwitch { thread: r.num()? }),
        t @ THREAD_BLOCK..END_THREAD_BLOCK => out.push_back(Event::ThreadBlock {
            reason: ThreadWait::from_index(t - THREAD_BLOCK).ok_or(bad)?,
            until: None,
        }),
        t @ THREAD_BLOCK_UNTIL..END_THREAD_BLOCK_UNTIL => out.push_back(Event::ThreadBlock {
            reason: ThreadWait::from_index(t - THREAD_BLOCK_UNTIL).ok_or(bad)?,
            until: Some(r.f64()?),
        }),
        THREAD_BLOCK_SOCKET => {
            out.push_back(Event::ThreadBlock { reason: ThreadWait::Socket, until: None })
        }
        THREAD_BLOCK_SOCKET_UNTIL => {
            out.push_back(Event::ThreadBlock { reason: ThreadWait::Socket, until: Some(r.f64()?) })
        }
        THREAD_WAKE => out.push_back(Event::ThreadWake { thread: r.num()? }),
        THREAD_END => out.push_back(Event::ThreadEnd { thread: r.num()? }),
        LOOP_FOCUS => out.push_back(Event::LoopFocus { loop_id: r.num()?, previous: r.num()? }),
        CORE_YIELD => out.push_back(Event::CoreYield { shared: false }),
        CORE_YIELD_SHARED => out.push_back(Event::CoreYield { shared: true }),
        PROCESS_START => out.push_back(Event::ProcessStart { thread: r.num()?, pid: r.num()? }),
        PACKET => out.push_back(Event::Packet {
            kind: r.enum_byte(PacketKind::from_index)?,
            src: r.num()?,
            dst: r.num()?,
            bytes: r.num()?,
            sent: r.f64()?,
            arrival: r.f64()?,
        }),
        SOCKET_BUFFERS => {
            out.push_back(Event::SocketBuffers { fd: r.num()?, send: r.num()?, recv: r.num()? })
        }
        THREAD_NAME => out.push_back(Event::ThreadName { thread: r.num()?, name: r.num()? }),
        _ => return Err(bad),
    }
    *pos = r.pos;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::replay::ReplayState;

    /// `push_line` and `push_local` write what `push` writes for the same event, whatever
    /// came before (a record left open, another frame, a line far away).
    #[test]
    fn line_and_local_shortcuts_write_what_push_writes() {
        let before = [
            Event::CycleStart,
            Event::HandleRun { handle: 3, target: 0 },
            Event::Line { frame: 2, line: 10 },
            Event::Line { frame: 5, line: 40 },
            Event::Local { frame: 2, slot: 1, repr: 7 },
        ];
        let events = [
            Event::Line { frame: 2, line: 11 },
            Event::Line { frame: 2, line: 9 },
            Event::Line { frame: 2, line: 400 },
            Event::Line { frame: 6, line: 1 },
            Event::Local { frame: 2, slot: 3, repr: 9 },
            Event::Local { frame: 2, slot: 30, repr: 9 },
            Event::Local { frame: 8, slot: 0, repr: 1 },
        ];
        for first in &before {
            for sequence in events.windows(3) {
                let (mut general, mut short) = (Encoder::default(), Encoder::default());
                let (mut general_out, mut short_out) = (Chunks::default(), Chunks::default());
                general.push(&mut general_out, first, false);
                short.push(&mut short_out, first, false);
                for event in sequence {
                    general.push(&mut general_out, event, false);
                    match *event {
                        Event::Line { frame, line } => short.push_line(&mut short_out, frame, line),
                        Event::Local { frame, slot, repr } => {
                            short.push_local(&mut short_out, frame, slot, repr)
                        }
                        _ => unreachable!(),
                    }
                    assert_eq!(general_out.open_mut(), short_out.open_mut(), "{first:?} {event:?}");
                    assert_eq!(general.state, short.state, "{first:?} {event:?}");
                }
            }
        }
    }

    /// The reader's shortcut for lines and locals decodes what `decode_record` decodes, fails
    /// where it fails (any truncation), and declines every other record without moving.
    #[test]
    fn line_and_local_shortcut_decodes_what_decode_record_decodes() {
        let model = ReplayState::default();
        let events = [
            Event::Line { frame: 2, line: 11 },
            Event::Line { frame: 2, line: 5 },
            Event::Line { frame: 2, line: 900 },
            Event::Line { frame: 7, line: 3 },
            Event::Local { frame: 7, slot: 2, repr: 40 },
            Event::Local { frame: 7, slot: 12, repr: 300 },
            Event::Local { frame: 1, slot: 0, repr: 1 },
            Event::CycleStart,
            Event::Stdout { text: 3 },
            Event::FrameExit { frame: 7 },
        ];
        let mut encoder = Encoder::default();
        let mut chunks = Chunks::default();
        encoder.push(&mut chunks, &Event::Line { frame: 2, line: 10 }, false);
        for event in &events {
            let state = encoder.state;
            let start = chunks.open_mut().len();
            encoder.push(&mut chunks, event, false);
            let record = chunks.open_mut()[start..].to_vec();
            for end in 0..=record.len() {
                let buf = &record[..end];
                let mut queue = VecDeque::new();
                let mut general_pos = 0;
                let general = decode_record(buf, &mut general_pos, &state, &model, &mut queue);
                let mut short_pos = 0;
                match decode_line_or_local(buf, &mut short_pos, &state) {
                    Some(Ok(decoded)) => {
                        assert!(general.is_ok(), "{event:?} {end}");
                        assert_eq!(queue.into_iter().collect::<Vec<_>>(), vec![decoded]);
                        assert_eq!(short_pos, general_pos);
                    }
                    Some(Err(e)) => {
                        assert_eq!(general, Err(e), "{event:?} {end}");
                        assert_eq!(short_pos, 0);
                    }
                    None => {
                        assert_eq!(short_pos, 0);
                        let line_or_local =
                            matches!(event, Event::Line { .. } | Event::Local { .. });
                        assert!(!line_or_local || end == 0, "{event:?} {end}");
                    }
                }
            }
        }
    }

    #[test]
    fn garbage_never_panics() {
        let model = ReplayState::default();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let buf: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let mut pos = 0;
            let mut out = VecDeque::new();
            let state = CodecState::default();
            while pos < buf.len() {
                if decode_record(&buf, &mut pos, &state, &model, &mut out).is_err() {
                    break;
                }
            }
        }
    }

    #[test]
    fn a_record_that_names_no_handle_is_an_error() {
        let model = ReplayState::default();
        let mut out = VecDeque::new();
        let state = CodecState::default();
        for t in [tag::HANDLE_RUN, tag::TIMER_FIRE, tag::TIMER_DROP, tag::HANDLE_SKIP] {
            let mut pos = 0;
            assert!(decode_record(&[t], &mut pos, &state, &model, &mut out).is_err(), "tag {t}");
        }
        let mut pos = 0;
        assert!(decode_record(&[200], &mut pos, &state, &model, &mut out).is_err());
    }
}

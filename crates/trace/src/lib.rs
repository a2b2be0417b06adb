//! The trace: everything a run did, as a compact stream of events, plus the tables they refer
//! to (strings, code objects). `TraceRecorder` writes it during a run; `replay` rebuilds the
//! state at any event; `json` exports it. The format is versioned (`TRACE_VERSION`) and
//! documented in `docs/ARCHITECTURE.md`.

#![forbid(unsafe_code)]

pub mod chunks;
pub mod code;
pub mod codec;
pub mod event;
pub mod heapq;
mod held;
pub mod json;
pub mod read;
pub mod replay;

pub use event::{
    DiagnosticKind, Event, FutureKind, HandleKind, Outcome, PacketKind, Phase, SelectTimeout,
    ShutdownStage, SocketKind, SyncKind, SyncRole, ThreadWait,
};
pub use read::Reader;

use chunks::Chunks;
pub use code::{CodeKind, DisLine};
use codec::Encoder;
use held::{Held, HeldEvent};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// How much the trace records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceDetail {
    /// No trace: the fastest way to get a program's output.
    Off,
    /// Everything: scheduling, futures, timers, loop cycles, output, and line changes with the
    /// locals of each frame (capped per callback, see `line_events_per_callback`).
    Full,
    /// `Full`, and every event also kept as emitted (`RunOutcome::trace_shadow`), for tests
    /// that check the compact encoding decodes back to exactly those events.
    Checked,
}

/// Bumped whenever the meaning or encoding of events changes.
pub const TRACE_VERSION: u32 = 1;

/// Clock events are written when the clock moved at least this much (when instructions cost
/// time, every event would otherwise need one). `select` moves the clock without one: the
/// reader knows its timeout.
pub const CLOCK_QUANTUM: f64 = 1e-6;

/// Strings every trace holds at fixed ids, so that records can name them without storing
/// them: the labels of asyncio's own callbacks and the repr most results have.
pub mod well_known {
    pub const EMPTY: u32 = 0;
    pub const TASK_STEP: u32 = 1;
    pub const TASK_WAKEUP: u32 = 2;
    pub const SLEEP_TIMER: u32 = 3;
    pub const NONE: u32 = 4;
    pub const GATHER_DONE: u32 = 5;
    pub const RUN_UNTIL_COMPLETE_DONE: u32 = 6;
    pub const RELEASE_WAITER: u32 = 7;

    pub const STRINGS: [&str; 8] = [
        "",
        "Task.task_step()",
        "Task.task_wakeup()",
        "_set_result_unless_cancelled() at <stdlib>/asyncio/futures.py:311",
        "None",
        "gather.<locals>._done_callback() at <stdlib>/asyncio/tasks.py:764",
        "_run_until_complete_cb() at <stdlib>/asyncio/base_events.py:180",
        "_release_waiter() at <stdlib>/asyncio/tasks.py:431",
    ];
}

/// What the page needs to know about a code object: names, lines and its bytecode listing.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub kind: CodeKind,
    pub varnames: Vec<String>,
    pub disassembly: Vec<DisLine>,
    /// Loopscope's own library code (e.g. `asyncio.wait_for`), shown collapsed.
    pub is_library: bool,
}

/// A finished (or growing) trace: the string and code tables and the records.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    pub version: u32,
    pub strings: Vec<Rc<str>>,
    pub codes: Vec<CodeInfo>,
    chunks: Chunks,
    /// Events, counting the ones records imply (see `codec`).
    pub event_count: u64,
}

impl Trace {
    pub fn string(&self, id: u32) -> &str {
        self.strings.get(id as usize).map(|s| &**s).unwrap_or("")
    }

    /// Bytes the trace's records take in memory (compressed; see `chunks`).
    pub fn byte_len(&self) -> usize {
        self.chunks.stored_len()
    }

    /// Bytes of records before compression.
    pub fn record_len(&self) -> usize {
        self.chunks.record_len()
    }

    /// The records, uncompressed and concatenated (for dumps).
    pub fn bytes(&self) -> Vec<u8> {
        let mut all = Vec::with_capacity(self.record_len());
        let mut buf = Vec::new();
        for i in 0..self.chunks.count() {
            if self.chunks.load(i, &mut buf) {
                all.extend_from_slice(&buf);
            }
        }
        all
    }

    /// Puts chunk `i`'s records in `buf`; false past the last chunk.
    pub(crate) fn load_chunk(&self, i: usize, buf: &mut Vec<u8>) -> bool {
        self.chunks.load(i, buf)
    }

    /// Every event in order, with its index (decoding needs the replayed state, so this
    /// replays as it goes; see `Reader`).
    pub fn events(&self) -> Reader<'_> {
        Reader::new(self)
    }

    /// Bytes per event on average (the budget is 32 or less).
    pub fn bytes_per_event(&self) -> f64 {
        if self.event_count == 0 {
            0.0
        } else {
            self.byte_len() as f64 / self.event_count as f64
        }
    }
}

/// Writes the trace during a run.
pub struct TraceRecorder {
    detail: TraceDetail,
    trace: Trace,
    string_ids: FxHashMap<Rc<str>, u32>,
    code_ids: FxHashMap<usize, u32>,
    encoder: Encoder,
    last_clock: f64,
    /// Line events left in the current callback before lines are coalesced.
    lines_left: u32,
    line_cap: u32,
    /// Instructions run since lines stopped being recorded in this callback.
    coalesced: u64,
    /// Every event as emitted, when a test asked to check the encoding against it.
    shadow: Option<Vec<Event>>,
    /// Where `intern_with` writes a string before looking it up (kept for its capacity).
    scratch: String,
    /// Tells this recorder's string ids from another's (`identity`).
    identity: u32,
    /// Library frames' entries, lines and locals not written yet (`held`).
    held: Held,
}

/// The last recorder identity handed out (`TraceRecorder::identity`).
static RECORDERS_MADE: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

impl TraceRecorder {
    pub fn new(detail: TraceDetail, line_cap: u32) -> Self {
        let mut r = TraceRecorder {
            detail,
            trace: Trace { version: TRACE_VERSION, ..Default::default() },
            string_ids: FxHashMap::default(),
            code_ids: FxHashMap::default(),
            encoder: Encoder::default(),
            last_clock: 0.0,
            lines_left: line_cap,
            line_cap,
            coalesced: 0,
            shadow: (detail == TraceDetail::Checked).then(Vec::new),
            scratch: String::new(),
            // 0 is no recorder's: after 2^32 recorders the count wraps past it.
            identity: RECORDERS_MADE
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                .wrapping_add(1)
                .max(1),
            held: Held::default(),
        };
        for s in well_known::STRINGS {
            r.intern(s);
        }
        r
    }

    /// Every event as emitted (with `TraceDetail::Checked`).
    pub fn take_shadow(&mut self) -> Option<Vec<Event>> {
        self.shadow.take()
    }

    pub fn enabled(&self) -> bool {
        self.detail != TraceDetail::Off
    }

    /// A number no other recorder of this process has (never 0; the count wraps only after
    /// 2^32 recorders): a string id remembered outside the recorder (on a class, say) is
    /// valid only with the identity it came from.
    pub fn identity(&self) -> u32 {
        self.identity
    }

    /// Records `event` happening at virtual time `now`.
    pub fn emit(&mut self, now: f64, event: Event) {
        self.emit_as(now, event, false);
    }

    /// Records an event a reader derives from the one before (see `codec`).
    pub fn emit_derived(&mut self, now: f64, event: Event) {
        self.emit_as(now, event, true);
    }

    fn emit_as(&mut self, now: f64, event: Event, derived: bool) {
        if !self.enabled() {
            return;
        }
        self.write_held();
        self.clock_to(now);
        self.push(event, derived);
    }

    /// `emit(now, Event::Line { frame, line })` through the encoder's shortcut: the event
    /// recorded most.
    pub fn line(&mut self, now: f64, frame: u32, line: u32) {
        if !self.enabled() {
            return;
        }
        self.write_held();
        self.clock_to(now);
        self.encoder.push_line(&mut self.trace.chunks, frame, line);
        self.counted(Event::Line { frame, line });
    }

    /// `emit(now, Event::Local { frame, slot, repr })`, as `line`.
    pub fn local(&mut self, now: f64, frame: u32, slot: u32, repr: u32) {
        if !self.enabled() {
            return;
        }
        self.write_held();
        self.clock_to(now);
        self.encoder.push_local(&mut self.trace.chunks, frame, slot, repr);
        self.counted(Event::Local { frame, slot, repr });
    }

    /// `line` for a library frame: held until another event is recorded, and then written
    /// only if it is still the frame's latest line (see `held`).
    pub fn hold_line(&mut self, now: f64, frame: u32, line: u32) {
        if self.enabled() {
            self.held.line(now, frame, line);
        }
    }

    /// `local` for a library frame, held as `hold_line`.
    pub fn hold_local(&mut self, now: f64, frame: u32, slot: u32, repr: u32) {
        if self.enabled() {
            self.held.local(now, frame, slot, repr);
        }
    }

    /// `emit(now, Event::FrameEnter { frame, code })` for a library frame, held as
    /// `hold_line`.
    pub fn hold_frame_enter(&mut self, now: f64, frame: u32, code: u32) {
        if self.enabled() {
            self.held.enter(now, frame, code);
        }
    }

    /// The library frame left: drops what it held. True if its entry was held too: then it
    /// was never written, and its `frame_exit` must not be either.
    pub fn forget_held(&mut self, frame: u32) -> bool {
        self.held.forget(frame)
    }

    /// Writes the held entries, lines and locals, at the time the latest was held. Every other
    /// record writes them first; `event_count` counts them only once written.
    pub fn write_held(&mut self) {
        if self.held.is_empty() {
            return;
        }
        self.clock_to(self.held.latest());
        for event in self.held.drain() {
            let event = match event {
                HeldEvent::Enter { frame, code } => {
                    let event = Event::FrameEnter { frame, code };
                    self.encoder.push(&mut self.trace.chunks, &event, false);
                    event
                }
                HeldEvent::Line { frame, line } => {
                    self.encoder.push_line(&mut self.trace.chunks, frame, line);
                    Event::Line { frame, line }
                }
                HeldEvent::Local { frame, slot, repr } => {
                    self.encoder.push_local(&mut self.trace.chunks, frame, slot, repr);
                    Event::Local { frame, slot, repr }
                }
            };
            // `counted`, which would borrow all of `self` while `held` drains.
            self.trace.event_count += 1;
            if let Some(shadow) = &mut self.shadow {
                shadow.push(event);
            }
        }
    }

    /// Records the clock first if it moved by a quantum or more since it was last recorded.
    #[inline]
    fn clock_to(&mut self, now: f64) {
        if now != self.last_clock && (now - self.last_clock).abs() >= CLOCK_QUANTUM {
            self.last_clock = now;
            self.push(Event::Clock { t: now }, false);
        }
    }

    /// A `select` returned after waiting as its recorded `timeout` says: move the clock the
    /// reader keeps exactly as the replay does (`until_timer` to the earliest deadline,
    /// `heap_top_when`; seconds added; zero: nowhere), so later events need no clock event for
    /// the wait. It must not jump to the engine's own time: that includes the instructions
    /// since the last clock event, and forgetting them each cycle lost the cost of every
    /// cycle that never waits (a `sleep(0)` loop replayed at t=0).
    pub fn clock_implied(&mut self, timeout: SelectTimeout, heap_top_when: Option<f64>) {
        match timeout {
            SelectTimeout::Zero | SelectTimeout::Forever => {}
            SelectTimeout::UntilTimer => {
                if let Some(when) = heap_top_when {
                    self.last_clock = self.last_clock.max(when);
                }
            }
            SelectTimeout::Seconds(s) => self.last_clock += s,
        }
    }

    fn push(&mut self, event: Event, derived: bool) {
        self.encoder.push(&mut self.trace.chunks, &event, derived);
        self.counted(event);
    }

    /// Counts an event the encoder has written (and keeps it, with `TraceDetail::Checked`).
    #[inline]
    fn counted(&mut self, event: Event) {
        self.trace.event_count += 1;
        if let Some(shadow) = &mut self.shadow {
            shadow.push(event);
        }
    }

    /// Interns the string `write` makes in an empty buffer: a string already in the table
    /// costs no allocation.
    pub fn intern_with(&mut self, write: impl FnOnce(&mut String)) -> u32 {
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        write(&mut text);
        let id = self.intern(&text);
        self.scratch = text;
        id
    }

    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.string_ids.get(s) {
            return id;
        }
        let id = self.trace.strings.len() as u32;
        let shared: Rc<str> = s.into();
        self.trace.strings.push(shared.clone());
        self.string_ids.insert(shared, id);
        id
    }

    /// The code table id of the code object identified by `key` (its address, stable while
    /// the object lives), registering `describe()` on first use.
    pub fn code_id(&mut self, key: usize, describe: impl FnOnce() -> CodeInfo) -> u32 {
        if let Some(&id) = self.code_ids.get(&key) {
            return id;
        }
        let id = self.trace.codes.len() as u32;
        self.trace.codes.push(describe());
        self.code_ids.insert(key, id);
        id
    }

    /// A new callback starts: line recording restarts with a full allowance.
    pub fn start_callback(&mut self) {
        self.lines_left = self.line_cap;
        self.coalesced = 0;
    }

    /// Whether the next line event should be recorded; counts it if so.
    pub fn take_line(&mut self) -> bool {
        if self.lines_left > 0 {
            self.lines_left -= 1;
            true
        } else {
            false
        }
    }

    /// Lines are no longer being recorded in this callback.
    pub fn lines_exhausted(&self) -> bool {
        self.enabled() && self.lines_left == 0
    }

    /// Counts instructions whose lines are not recorded.
    pub fn add_coalesced(&mut self, n: u64) {
        self.coalesced += n;
    }

    /// Ends a stretch of coalesced instructions with one event.
    pub fn flush_coalesced(&mut self, now: f64) {
        if self.coalesced > 0 {
            let n = std::mem::take(&mut self.coalesced);
            self.emit(now, Event::Coalesced { instructions: n });
        }
    }

    /// Events written so far (held ones are not: `write_held` first to count them).
    pub fn event_count(&self) -> u64 {
        self.trace.event_count
    }

    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    pub fn finish(mut self) -> Trace {
        self.write_held();
        self.trace.chunks.shrink();
        self.trace
    }
}

//! The trace: everything a run did, as a compact stream of events, plus the tables they refer
//! to (strings, code objects). `TraceRecorder` writes it during a run; `replay` rebuilds the
//! state at any event; `json` exports it. The format is versioned (`TRACE_VERSION`) and
//! documented in `docs/ARCHITECTURE.md`.

pub mod encode;
pub mod event;
pub mod json;
pub mod replay;
pub mod safe_repr;

pub use event::{DiagnosticKind, Event, FutureKind, HandleKind, Outcome, Phase, SelectTimeout};

use crate::engine::compiler::code::{Code, DisLine};
use crate::engine::config::TraceDetail;
use crate::engine::fxhash::FxHashMap;
use encode::{CodecState, Cursor, DecodeError};
use std::rc::Rc;

/// Bumped whenever the meaning or encoding of events changes.
pub const TRACE_VERSION: u32 = 1;

/// Events per chunk (the unit of random access).
const CHUNK: u64 = 1024;
/// A chunk's first allocation: a little more than its events usually take.
const CHUNK_BYTES: usize = 4096;

/// Clock events are written when the clock moved at least this much (when instructions cost
/// time, every event would otherwise need one); the clock is exact at every `Select`.
pub const CLOCK_QUANTUM: f64 = 1e-6;

/// What the page needs to know about a code object: names, lines and its bytecode listing.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub varnames: Vec<String>,
    pub disassembly: Vec<DisLine>,
    /// Loopscope's own library code (e.g. `asyncio.wait_for`), shown collapsed.
    pub is_library: bool,
}

/// A run of events stored together, with the decoding state at its start (so decoding can
/// start at any chunk). Chunks are allocated once each: the trace never reallocates and
/// copies what it already holds.
#[derive(Debug, Clone, Default)]
struct Chunk {
    bytes: Vec<u8>,
    start: CodecState,
    /// Index of the chunk's first event.
    first: u64,
}

/// A finished (or growing) trace.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    pub version: u32,
    pub strings: Vec<Rc<str>>,
    pub codes: Vec<CodeInfo>,
    chunks: Vec<Chunk>,
    pub event_count: u64,
}

impl Trace {
    pub fn string(&self, id: u32) -> &str {
        self.strings.get(id as usize).map(|s| &**s).unwrap_or("")
    }

    /// Bytes the encoded events take.
    pub fn byte_len(&self) -> usize {
        self.chunks.iter().map(|c| c.bytes.len()).sum()
    }

    /// The encoded events, concatenated (for dumps and size checks).
    pub fn bytes(&self) -> Vec<u8> {
        self.chunks.iter().flat_map(|c| c.bytes.iter().copied()).collect()
    }

    /// Decodes every event in order, with its index.
    pub fn events(&self) -> EventIter<'_> {
        self.events_from(0)
    }

    /// Decodes events starting at `index`.
    pub fn events_from(&self, index: u64) -> EventIter<'_> {
        let chunk = (index / CHUNK) as usize;
        let Some(c) = self.chunks.get(chunk) else {
            return EventIter {
                trace: self,
                chunk: self.chunks.len(),
                cursor: Cursor::default(),
                index,
            };
        };
        let mut iter = EventIter {
            trace: self,
            chunk,
            cursor: Cursor { pos: 0, state: c.start },
            index: c.first,
        };
        while iter.index < index {
            if iter.next().is_none() {
                break;
            }
        }
        iter
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

pub struct EventIter<'a> {
    trace: &'a Trace,
    chunk: usize,
    cursor: Cursor,
    index: u64,
}

impl Iterator for EventIter<'_> {
    type Item = Result<(u64, Event), DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let chunk = self.trace.chunks.get(self.chunk)?;
            if self.cursor.pos < chunk.bytes.len() {
                let index = self.index;
                self.index += 1;
                return Some(encode::decode(&chunk.bytes, &mut self.cursor).map(|e| (index, e)));
            }
            self.chunk += 1;
            let next = self.trace.chunks.get(self.chunk)?;
            self.cursor = Cursor { pos: 0, state: next.start };
        }
    }
}

/// Writes the trace during a run.
pub struct TraceRecorder {
    detail: TraceDetail,
    trace: Trace,
    string_ids: FxHashMap<Rc<str>, u32>,
    code_ids: FxHashMap<usize, u32>,
    state: CodecState,
    last_clock: f64,
    /// Line events left in the current callback before lines are coalesced.
    lines_left: u32,
    line_cap: u32,
    /// Instructions run since lines stopped being recorded in this callback.
    coalesced: u64,
}

impl TraceRecorder {
    pub fn new(detail: TraceDetail, line_cap: u32) -> Self {
        let mut r = TraceRecorder {
            detail,
            trace: Trace { version: TRACE_VERSION, ..Default::default() },
            string_ids: FxHashMap::default(),
            code_ids: FxHashMap::default(),
            state: CodecState::default(),
            last_clock: 0.0,
            lines_left: line_cap,
            line_cap,
            coalesced: 0,
        };
        r.intern("");
        r
    }

    pub fn enabled(&self) -> bool {
        self.detail != TraceDetail::Off
    }

    /// Records `event` happening at virtual time `now`.
    pub fn emit(&mut self, now: f64, event: Event) {
        if !self.enabled() {
            return;
        }
        let exact = matches!(event, Event::Select { .. });
        if now != self.last_clock && (exact || (now - self.last_clock).abs() >= CLOCK_QUANTUM) {
            self.last_clock = now;
            self.push(Event::Clock { t: now });
        }
        self.push(event);
    }

    /// The clock moved in a way the trace implies (a `Select` waited its timeout): later
    /// events need no clock event for it.
    pub fn clock_implied(&mut self, now: f64) {
        self.last_clock = now;
    }

    fn push(&mut self, event: Event) {
        if self.trace.event_count.is_multiple_of(CHUNK) {
            if let Some(last) = self.trace.chunks.last_mut() {
                last.bytes.shrink_to_fit();
            }
            self.trace.chunks.push(Chunk {
                bytes: Vec::with_capacity(CHUNK_BYTES),
                start: self.state,
                first: self.trace.event_count,
            });
        }
        if let Some(chunk) = self.trace.chunks.last_mut() {
            encode::encode(&mut chunk.bytes, &event, &mut self.state);
        }
        self.trace.event_count += 1;
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

    /// The code table id of `code`, registering it on first use.
    pub fn code_id(&mut self, code: &Rc<Code>) -> u32 {
        let key = Rc::as_ptr(code) as usize;
        if let Some(&id) = self.code_ids.get(&key) {
            return id;
        }
        let id = self.trace.codes.len() as u32;
        self.trace.codes.push(CodeInfo {
            name: code.name.to_string(),
            qualname: code.qualname.to_string(),
            filename: code.filename.to_string(),
            first_line: code.first_line,
            varnames: code.varnames.iter().map(|v| v.to_string()).collect(),
            disassembly: code.disassemble(),
            is_library: code.is_library,
        });
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

    pub fn event_count(&self) -> u64 {
        self.trace.event_count
    }

    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    pub fn finish(mut self) -> Trace {
        if let Some(last) = self.trace.chunks.last_mut() {
            last.bytes.shrink_to_fit();
        }
        self.trace
    }
}

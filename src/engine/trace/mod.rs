//! The trace: everything a run did, as a compact stream of events, plus the tables they refer
//! to (strings, code objects). `TraceRecorder` writes it during a run; `replay` rebuilds the
//! state at any event; `json` exports it. The format is versioned (`TRACE_VERSION`) and
//! documented in `docs/ARCHITECTURE.md`.

pub mod encode;
pub mod event;
pub mod json;
pub mod replay;
pub mod safe_repr;

pub use event::{DiagnosticKind, Event, FutureKind, HandleKind, Outcome, Phase};

use crate::engine::compiler::code::{Code, DisLine};
use crate::engine::config::TraceDetail;
use encode::{Cursor, DecodeError};
use std::collections::HashMap;
use std::rc::Rc;

/// Bumped whenever the meaning or encoding of events changes.
pub const TRACE_VERSION: u32 = 1;

/// Events between two entries of the random-access index.
const CHUNK: u64 = 1024;

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

/// A finished (or growing) trace.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    pub version: u32,
    pub strings: Vec<String>,
    pub codes: Vec<CodeInfo>,
    /// The encoded events.
    pub bytes: Vec<u8>,
    pub event_count: u64,
    /// Decoding positions every `CHUNK` events: (event index, cursor).
    chunks: Vec<(u64, Cursor)>,
}

impl Trace {
    pub fn string(&self, id: u32) -> &str {
        self.strings.get(id as usize).map(String::as_str).unwrap_or("")
    }

    /// Decodes every event in order, with its index.
    pub fn events(&self) -> EventIter<'_> {
        EventIter { trace: self, cursor: Cursor::default(), index: 0 }
    }

    /// Decodes events starting at `index`.
    pub fn events_from(&self, index: u64) -> EventIter<'_> {
        let chunk = (index / CHUNK) as usize;
        let (mut at, cursor) = match self.chunks.get(chunk) {
            Some(&(i, c)) => (i, c),
            None => (0, Cursor::default()),
        };
        let mut iter = EventIter { trace: self, cursor, index: at };
        while at < index {
            if iter.next().is_none() {
                break;
            }
            at += 1;
        }
        iter
    }

    /// Bytes per event on average (the budget is 32 or less).
    pub fn bytes_per_event(&self) -> f64 {
        if self.event_count == 0 {
            0.0
        } else {
            self.bytes.len() as f64 / self.event_count as f64
        }
    }
}

pub struct EventIter<'a> {
    trace: &'a Trace,
    cursor: Cursor,
    index: u64,
}

impl Iterator for EventIter<'_> {
    type Item = Result<(u64, Event), DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.cursor.pos >= self.trace.bytes.len() {
            return None;
        }
        let index = self.index;
        self.index += 1;
        Some(encode::decode(&self.trace.bytes, &mut self.cursor).map(|e| (index, e)))
    }
}

/// Writes the trace during a run.
pub struct TraceRecorder {
    detail: TraceDetail,
    trace: Trace,
    string_ids: HashMap<String, u32>,
    code_ids: HashMap<usize, u32>,
    clock_bits: u64,
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
            string_ids: HashMap::new(),
            code_ids: HashMap::new(),
            clock_bits: 0,
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
        if now != self.last_clock {
            self.last_clock = now;
            self.push(Event::Clock { t: now });
        }
        self.push(event);
    }

    fn push(&mut self, event: Event) {
        if self.trace.event_count.is_multiple_of(CHUNK) {
            let cursor = Cursor { pos: self.trace.bytes.len(), clock_bits: self.clock_bits };
            self.trace.chunks.push((self.trace.event_count, cursor));
        }
        encode::encode(&mut self.trace.bytes, &event, &mut self.clock_bits);
        self.trace.event_count += 1;
    }

    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.string_ids.get(s) {
            return id;
        }
        let id = self.trace.strings.len() as u32;
        self.trace.strings.push(s.to_string());
        self.string_ids.insert(s.to_string(), id);
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

    pub fn finish(self) -> Trace {
        self.trace
    }
}

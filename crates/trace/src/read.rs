//! Reading a trace back as events. Records leave out what the state so far determines (see
//! `codec`), so a reader replays as it reads: it holds a `ReplayState`, decodes each record
//! with it, and applies each event to it before the next.

use super::codec::{self, CodecState, DecodeError};
use super::replay::{ReplayState, CHECKPOINT_EVENTS};
use super::{Event, Trace};
use std::collections::VecDeque;

/// Where a reader is, between two records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadPos {
    chunk: usize,
    offset: usize,
    codec: CodecState,
}

pub struct Reader<'a> {
    trace: &'a Trace,
    pos: ReadPos,
    /// Events of the current record not handed out yet.
    pending: VecDeque<Event>,
    state: ReplayState,
    failed: bool,
    bytes_read: u64,
    /// The chunk `pos.chunk` names, decompressed (`loaded` says which one it holds).
    buf: Vec<u8>,
    loaded: Option<usize>,
    /// The step the state was last compacted at (it forgets what is finished, so reading a
    /// long trace takes memory for the live state only).
    compacted_at: u64,
}

impl<'a> Reader<'a> {
    pub fn new(trace: &'a Trace) -> Reader<'a> {
        Reader::resume(trace, ReadPos::default(), ReplayState::default())
    }

    /// Continues from a position and the state there (both taken from an earlier reader).
    pub fn resume(trace: &'a Trace, pos: ReadPos, state: ReplayState) -> Reader<'a> {
        let compacted_at = state.step;
        Reader {
            trace,
            pos,
            pending: VecDeque::new(),
            state,
            failed: false,
            bytes_read: 0,
            buf: Vec::new(),
            loaded: None,
            compacted_at,
        }
    }

    /// The state after the events read so far.
    pub fn state(&self) -> &ReplayState {
        &self.state
    }

    /// Forgets what is finished in the state now (as reading does from time to time), so a
    /// checkpoint taken next copies only the live state.
    pub(crate) fn compact_state(&mut self) {
        if self.compacted_at < self.state.step {
            self.state.compact();
            self.compacted_at = self.state.step;
        }
    }

    pub fn into_state(self) -> ReplayState {
        self.state
    }

    /// Bytes of records decoded so far (by this reader).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// The position, if the reader is between records (where it can be resumed from).
    pub fn position(&self) -> Option<ReadPos> {
        self.pending.is_empty().then_some(self.pos)
    }

    /// The next event, applied to the state.
    pub fn next_event(&mut self) -> Option<Result<Event, DecodeError>> {
        if self.failed {
            return None;
        }
        let event = match self.pending.pop_front() {
            Some(event) => event,
            None => match self.decode_line_or_local() {
                Some(Ok(event)) => event,
                Some(Err(e)) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                None => {
                    if let Err(e) = self.decode_next()? {
                        self.failed = true;
                        return Some(Err(e));
                    }
                    self.pending.pop_front()?
                }
            },
        };
        self.pos.codec.observe(&event);
        self.state.apply(&event, &self.trace.codes);
        // Compacting walks the whole state: not more often than it has objects.
        let since = self.state.step - self.compacted_at;
        if self.pending.is_empty() && since >= CHECKPOINT_EVENTS && since >= self.state.objects() {
            self.state.compact();
            self.compacted_at = self.state.step;
        }
        Some(Ok(event))
    }

    /// The next record's event if it is a line's or a local's in the chunk loaded (the
    /// commonest records: see `codec::decode_line_or_local`), without the queue.
    #[inline]
    fn decode_line_or_local(&mut self) -> Option<Result<Event, DecodeError>> {
        if self.loaded != Some(self.pos.chunk) {
            return None;
        }
        let start = self.pos.offset;
        let decoded =
            codec::decode_line_or_local(&self.buf, &mut self.pos.offset, &self.pos.codec)?;
        self.bytes_read += (self.pos.offset - start) as u64;
        Some(decoded)
    }

    /// Decodes the next record into `pending`; `None` at the end of the trace.
    fn decode_next(&mut self) -> Option<Result<(), DecodeError>> {
        loop {
            if self.loaded != Some(self.pos.chunk) {
                if !self.trace.load_chunk(self.pos.chunk, &mut self.buf) {
                    return None;
                }
                self.loaded = Some(self.pos.chunk);
            }
            if self.pos.offset < self.buf.len() {
                let start = self.pos.offset;
                let result = codec::decode_record(
                    &self.buf,
                    &mut self.pos.offset,
                    &self.pos.codec,
                    &self.state,
                    &mut self.pending,
                );
                self.bytes_read += (self.pos.offset - start) as u64;
                return Some(result);
            }
            self.pos.chunk += 1;
            self.pos.offset = 0;
        }
    }
}

impl Iterator for Reader<'_> {
    /// The event's index (its step number minus one) and the event.
    type Item = Result<(u64, Event), DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        let index = self.state.step;
        self.next_event().map(|r| r.map(|e| (index, e)))
    }
}

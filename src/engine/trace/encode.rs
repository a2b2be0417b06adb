//! The compact binary form of events: one tag byte, then LEB128 varints.
//!
//! Two tricks keep events at a few bytes: the clock is stored as the difference of the float's
//! bits from the previous clock (the clock never goes back, and for positive floats bit order
//! is numeric order), and every id (frame, coroutine, future, handle) is stored as the zigzag
//! difference from the previous id of its kind, which is small because the engine numbers each
//! kind densely and events mostly mention recent objects.

use super::event::{DiagnosticKind, Event, FutureKind, HandleKind, Outcome, Phase, SelectTimeout};

/// The kinds of ids events mention, each with its own running "previous id".
#[derive(Clone, Copy)]
enum Id {
    Frame = 0,
    Coroutine = 1,
    Future = 2,
    Handle = 3,
}

/// What encoding and decoding carry from one event to the next. A decoder that starts in the
/// middle of a trace starts from the state saved there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CodecState {
    pub clock_bits: u64,
    /// The previous id mentioned, per kind.
    last_ids: [u32; 4],
    /// The previous id created, per kind (creation events are usually +1 from it).
    created: [u32; 4],
}

/// A decoding position: where, and the state there.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cursor {
    pub pos: usize,
    pub state: CodecState,
}

pub fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

fn put_f64(buf: &mut Vec<u8>, v: f64) {
    buf.extend_from_slice(&v.to_bits().to_le_bytes());
}

fn zigzag(d: i64) -> u64 {
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

mod tag {
    pub const CLOCK: u8 = 0;
    pub const CLOCK_RAW: u8 = 1;
    pub const CYCLE_START: u8 = 2;
    /// Six tags from here: one per phase.
    pub const PHASE_START: u8 = 40;
    pub const SELECT_FOREVER: u8 = 4;
    pub const SELECT: u8 = 5;
    pub const SELECT_ZERO: u8 = 6;
    pub const READY_PUSH: u8 = 7;
    pub const TIMER_PUSH: u8 = 8;
    pub const TIMER_FIRE: u8 = 9;
    pub const TIMER_DROP: u8 = 10;
    pub const HEAP_REBUILD: u8 = 11;
    pub const HANDLE_CANCEL: u8 = 12;
    pub const HANDLE_RUN: u8 = 13;
    pub const HANDLE_SKIP: u8 = 14;
    pub const SELECT_UNTIL_TIMER: u8 = 15;
    pub const FUTURE_NEW: u8 = 16;
    pub const TASK_NEW: u8 = 17;
    pub const CALLBACK_ADD: u8 = 18;
    pub const CALLBACK_REMOVE: u8 = 19;
    pub const FUTURE_DONE: u8 = 20;
    pub const TASK_STEP: u8 = 21;
    pub const TASK_WAIT: u8 = 22;
    pub const TASK_CANCEL: u8 = 23;
    pub const TASK_RENAME: u8 = 24;
    pub const FRAME_ENTER: u8 = 25;
    pub const FRAME_EXIT: u8 = 26;
    pub const FRAME_SUSPEND: u8 = 27;
    pub const FRAME_RESUME: u8 = 28;
    pub const LINE: u8 = 29;
    pub const LOCAL: u8 = 30;
    pub const COALESCED: u8 = 31;
    pub const STDOUT: u8 = 32;
    pub const STDERR: u8 = 33;
    pub const DIAGNOSTIC: u8 = 34;
}

/// Writes events, keeping the running state.
pub struct Writer<'a> {
    pub buf: &'a mut Vec<u8>,
    pub state: &'a mut CodecState,
}

impl Writer<'_> {
    fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    fn num(&mut self, v: u32) {
        put_varint(self.buf, v as u64);
    }

    fn id(&mut self, kind: Id, id: u32) {
        let last = &mut self.state.last_ids[kind as usize];
        put_varint(self.buf, zigzag(id as i64 - *last as i64));
        *last = id;
    }

    /// The id of an object this event creates: the delta from the previous one created.
    fn new_id(&mut self, kind: Id, id: u32) {
        let created = &mut self.state.created[kind as usize];
        put_varint(self.buf, zigzag(id as i64 - *created as i64 - 1));
        *created = id;
        self.state.last_ids[kind as usize] = id;
    }

    /// An optional future (0 for none): 0, or 1 + the zigzag delta.
    fn opt_future(&mut self, id: u32) {
        if id == 0 {
            self.byte(0);
        } else {
            let last = &mut self.state.last_ids[Id::Future as usize];
            put_varint(self.buf, zigzag(id as i64 - *last as i64) + 1);
            *last = id;
        }
    }

    pub fn event(&mut self, event: &Event) {
        use tag::*;
        match event {
            Event::Clock { t } => {
                let bits = t.to_bits();
                if *t >= 0.0 && bits >= self.state.clock_bits {
                    self.byte(CLOCK);
                    put_varint(self.buf, bits - self.state.clock_bits);
                } else {
                    self.byte(CLOCK_RAW);
                    put_f64(self.buf, *t);
                }
                self.state.clock_bits = bits;
            }
            Event::CycleStart => self.byte(CYCLE_START),
            Event::PhaseStart { phase } => self.byte(PHASE_START + phase.index()),
            Event::Select { timeout } => match timeout {
                SelectTimeout::Forever => self.byte(SELECT_FOREVER),
                SelectTimeout::Zero => self.byte(SELECT_ZERO),
                SelectTimeout::UntilTimer => self.byte(SELECT_UNTIL_TIMER),
                SelectTimeout::Seconds(t) => {
                    self.byte(SELECT);
                    put_f64(self.buf, *t);
                }
            },
            Event::ReadyPush { handle, kind, target, label } => {
                self.byte(READY_PUSH);
                self.new_id(Id::Handle, *handle);
                self.byte(kind.index());
                self.opt_future(*target);
                self.num(*label);
            }
            Event::TimerPush { handle, kind, target, label, when } => {
                self.byte(TIMER_PUSH);
                self.new_id(Id::Handle, *handle);
                self.byte(kind.index());
                self.opt_future(*target);
                self.num(*label);
                put_f64(self.buf, *when);
            }
            Event::TimerFire { handle } => self.handle_event(TIMER_FIRE, *handle),
            Event::TimerDrop { handle } => self.handle_event(TIMER_DROP, *handle),
            Event::HeapRebuild => self.byte(HEAP_REBUILD),
            Event::HandleCancel { handle } => self.handle_event(HANDLE_CANCEL, *handle),
            Event::HandleRun { handle } => self.handle_event(HANDLE_RUN, *handle),
            Event::HandleSkip { handle } => self.handle_event(HANDLE_SKIP, *handle),
            Event::FutureNew { future, kind } => {
                self.byte(FUTURE_NEW);
                self.new_id(Id::Future, *future);
                self.byte(kind.index());
            }
            Event::TaskNew { task, coro, name } => {
                self.byte(TASK_NEW);
                self.id(Id::Future, *task);
                self.id(Id::Coroutine, *coro);
                self.num(*name);
            }
            Event::CallbackAdd { future, label } => self.future_and(CALLBACK_ADD, *future, *label),
            Event::CallbackRemove { future, label } => {
                self.future_and(CALLBACK_REMOVE, *future, *label)
            }
            Event::FutureDone { future, outcome, repr } => {
                self.byte(FUTURE_DONE);
                self.id(Id::Future, *future);
                self.byte(outcome.index());
                self.num(*repr);
            }
            Event::TaskStep { task } => {
                self.byte(TASK_STEP);
                self.id(Id::Future, *task);
            }
            Event::TaskWait { task, future } => {
                self.byte(TASK_WAIT);
                self.id(Id::Future, *task);
                self.opt_future(*future);
            }
            Event::TaskCancel { task, message } => self.future_and(TASK_CANCEL, *task, *message),
            Event::TaskRename { task, name } => self.future_and(TASK_RENAME, *task, *name),
            Event::FrameEnter { frame, code } => {
                self.byte(FRAME_ENTER);
                self.id(Id::Frame, *frame);
                self.num(*code);
            }
            Event::FrameExit { frame } => self.frame_event(FRAME_EXIT, *frame),
            Event::FrameSuspend { frame } => self.frame_event(FRAME_SUSPEND, *frame),
            Event::FrameResume { frame } => self.frame_event(FRAME_RESUME, *frame),
            Event::Line { frame, line } => {
                self.byte(LINE);
                self.id(Id::Frame, *frame);
                self.num(*line);
            }
            Event::Local { frame, slot, repr } => {
                self.byte(LOCAL);
                self.id(Id::Frame, *frame);
                self.num(*slot);
                self.num(*repr);
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
        }
    }

    fn handle_event(&mut self, t: u8, handle: u32) {
        self.byte(t);
        self.id(Id::Handle, handle);
    }

    fn frame_event(&mut self, t: u8, frame: u32) {
        self.byte(t);
        self.id(Id::Frame, frame);
    }

    fn future_and(&mut self, t: u8, future: u32, n: u32) {
        self.byte(t);
        self.id(Id::Future, future);
        self.num(n);
    }
}

/// A malformed event stream (only possible with a corrupted or hand-edited trace).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub position: usize,
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    state: CodecState,
}

impl Reader<'_> {
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

    fn num(&mut self) -> Result<u32, DecodeError> {
        u32::try_from(self.varint()?).map_err(|_| self.error())
    }

    fn id(&mut self, kind: Id) -> Result<u32, DecodeError> {
        let delta = unzigzag(self.varint()?);
        let last = self.state.last_ids[kind as usize] as i64;
        let id = u32::try_from(last + delta).map_err(|_| self.error())?;
        self.state.last_ids[kind as usize] = id;
        Ok(id)
    }

    fn new_id(&mut self, kind: Id) -> Result<u32, DecodeError> {
        let delta = unzigzag(self.varint()?);
        let created = self.state.created[kind as usize] as i64;
        let id = u32::try_from(created + delta + 1).map_err(|_| self.error())?;
        self.state.created[kind as usize] = id;
        self.state.last_ids[kind as usize] = id;
        Ok(id)
    }

    fn opt_future(&mut self) -> Result<u32, DecodeError> {
        let z = self.varint()?;
        if z == 0 {
            return Ok(0);
        }
        let last = self.state.last_ids[Id::Future as usize] as i64;
        let id = u32::try_from(last + unzigzag(z - 1)).map_err(|_| self.error())?;
        self.state.last_ids[Id::Future as usize] = id;
        Ok(id)
    }

    fn f64(&mut self) -> Result<f64, DecodeError> {
        let bytes =
            self.buf.get(self.pos..self.pos + 8).ok_or(DecodeError { position: self.pos })?;
        self.pos += 8;
        let mut a = [0u8; 8];
        a.copy_from_slice(bytes);
        Ok(f64::from_bits(u64::from_le_bytes(a)))
    }

    fn enum_byte<T>(&mut self, f: fn(u8) -> Option<T>) -> Result<T, DecodeError> {
        let at = self.pos;
        f(self.byte()?).ok_or(DecodeError { position: at })
    }
}

/// Appends `event` to `buf`, updating `state`.
pub fn encode(buf: &mut Vec<u8>, event: &Event, state: &mut CodecState) {
    Writer { buf, state }.event(event);
}

/// Decodes the event at `cursor`, advancing it.
pub fn decode(buf: &[u8], cursor: &mut Cursor) -> Result<Event, DecodeError> {
    use tag::*;
    let mut r = Reader { buf, pos: cursor.pos, state: cursor.state };
    let at = r.pos;
    let event = match r.byte()? {
        CLOCK => {
            let bits = r.state.clock_bits.wrapping_add(r.varint()?);
            r.state.clock_bits = bits;
            Event::Clock { t: f64::from_bits(bits) }
        }
        CLOCK_RAW => {
            let t = r.f64()?;
            r.state.clock_bits = t.to_bits();
            Event::Clock { t }
        }
        CYCLE_START => Event::CycleStart,
        t if (PHASE_START..PHASE_START + 6).contains(&t) => Event::PhaseStart {
            phase: Phase::from_index(t - PHASE_START).ok_or(DecodeError { position: at })?,
        },
        SELECT_FOREVER => Event::Select { timeout: SelectTimeout::Forever },
        SELECT_ZERO => Event::Select { timeout: SelectTimeout::Zero },
        SELECT_UNTIL_TIMER => Event::Select { timeout: SelectTimeout::UntilTimer },
        SELECT => Event::Select { timeout: SelectTimeout::Seconds(r.f64()?) },
        READY_PUSH => Event::ReadyPush {
            handle: r.new_id(Id::Handle)?,
            kind: r.enum_byte(HandleKind::from_index)?,
            target: r.opt_future()?,
            label: r.num()?,
        },
        TIMER_PUSH => Event::TimerPush {
            handle: r.new_id(Id::Handle)?,
            kind: r.enum_byte(HandleKind::from_index)?,
            target: r.opt_future()?,
            label: r.num()?,
            when: r.f64()?,
        },
        TIMER_FIRE => Event::TimerFire { handle: r.id(Id::Handle)? },
        TIMER_DROP => Event::TimerDrop { handle: r.id(Id::Handle)? },
        HEAP_REBUILD => Event::HeapRebuild,
        HANDLE_CANCEL => Event::HandleCancel { handle: r.id(Id::Handle)? },
        HANDLE_RUN => Event::HandleRun { handle: r.id(Id::Handle)? },
        HANDLE_SKIP => Event::HandleSkip { handle: r.id(Id::Handle)? },
        FUTURE_NEW => Event::FutureNew {
            future: r.new_id(Id::Future)?,
            kind: r.enum_byte(FutureKind::from_index)?,
        },
        TASK_NEW => {
            Event::TaskNew { task: r.id(Id::Future)?, coro: r.id(Id::Coroutine)?, name: r.num()? }
        }
        CALLBACK_ADD => Event::CallbackAdd { future: r.id(Id::Future)?, label: r.num()? },
        CALLBACK_REMOVE => Event::CallbackRemove { future: r.id(Id::Future)?, label: r.num()? },
        FUTURE_DONE => Event::FutureDone {
            future: r.id(Id::Future)?,
            outcome: r.enum_byte(Outcome::from_index)?,
            repr: r.num()?,
        },
        TASK_STEP => Event::TaskStep { task: r.id(Id::Future)? },
        TASK_WAIT => Event::TaskWait { task: r.id(Id::Future)?, future: r.opt_future()? },
        TASK_CANCEL => Event::TaskCancel { task: r.id(Id::Future)?, message: r.num()? },
        TASK_RENAME => Event::TaskRename { task: r.id(Id::Future)?, name: r.num()? },
        FRAME_ENTER => Event::FrameEnter { frame: r.id(Id::Frame)?, code: r.num()? },
        FRAME_EXIT => Event::FrameExit { frame: r.id(Id::Frame)? },
        FRAME_SUSPEND => Event::FrameSuspend { frame: r.id(Id::Frame)? },
        FRAME_RESUME => Event::FrameResume { frame: r.id(Id::Frame)? },
        LINE => Event::Line { frame: r.id(Id::Frame)?, line: r.num()? },
        LOCAL => Event::Local { frame: r.id(Id::Frame)?, slot: r.num()?, repr: r.num()? },
        COALESCED => Event::Coalesced { instructions: r.varint()? },
        STDOUT => Event::Stdout { text: r.num()? },
        STDERR => Event::Stderr { text: r.num()? },
        DIAGNOSTIC => {
            Event::Diagnostic { kind: r.enum_byte(DiagnosticKind::from_index)?, text: r.num()? }
        }
        _ => return Err(DecodeError { position: at }),
    };
    cursor.pos = r.pos;
    cursor.state = r.state;
    Ok(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_round_trips() {
        let events = vec![
            Event::Clock { t: 0.0 },
            Event::Clock { t: 1.5 },
            Event::Clock { t: 0.25 },
            Event::CycleStart,
            Event::PhaseStart { phase: Phase::MoveDueTimers },
            Event::Select { timeout: SelectTimeout::Forever },
            Event::Select { timeout: SelectTimeout::Zero },
            Event::Select { timeout: SelectTimeout::UntilTimer },
            Event::Select { timeout: SelectTimeout::Seconds(86400.0) },
            Event::ReadyPush { handle: 300, kind: HandleKind::TaskWakeup, target: 7, label: 2 },
            Event::TimerPush {
                handle: 301,
                kind: HandleKind::Internal,
                target: 0,
                label: 3,
                when: 2.75,
            },
            Event::TimerFire { handle: 301 },
            Event::TimerDrop { handle: 1 },
            Event::HeapRebuild,
            Event::HandleCancel { handle: 2 },
            Event::HandleRun { handle: 3 },
            Event::HandleSkip { handle: 4 },
            Event::FutureNew { future: 9, kind: FutureKind::Gathering },
            Event::TaskNew { task: 9, coro: 10, name: 11 },
            Event::CallbackAdd { future: 9, label: 1 },
            Event::CallbackRemove { future: 2, label: 1 },
            Event::FutureDone { future: 9, outcome: Outcome::Cancelled, repr: 0 },
            Event::TaskStep { task: 9 },
            Event::TaskWait { task: 9, future: 0 },
            Event::TaskWait { task: 9, future: 3 },
            Event::TaskCancel { task: 9, message: 5 },
            Event::TaskRename { task: 9, name: 6 },
            Event::FrameEnter { frame: 70_000, code: 3 },
            Event::FrameExit { frame: 70_000 },
            Event::FrameSuspend { frame: 1 },
            Event::FrameResume { frame: 1 },
            Event::Line { frame: 1, line: 42 },
            Event::Local { frame: 1, slot: 0, repr: 12 },
            Event::Coalesced { instructions: 10_000_000_000 },
            Event::Stdout { text: 1 },
            Event::Stderr { text: 2 },
            Event::Diagnostic { kind: DiagnosticKind::Deadlock, text: 3 },
        ];
        let mut buf = Vec::new();
        let mut state = CodecState::default();
        for e in &events {
            encode(&mut buf, e, &mut state);
        }
        let mut cursor = Cursor::default();
        for e in &events {
            assert_eq!(&decode(&buf, &mut cursor).expect("decodes"), e);
        }
        assert_eq!(cursor.pos, buf.len());
    }

    #[test]
    fn nearby_ids_take_one_byte() {
        let mut buf = Vec::new();
        let mut state = CodecState::default();
        encode(&mut buf, &Event::HandleRun { handle: 1_000_000 }, &mut state);
        let first = buf.len();
        encode(&mut buf, &Event::HandleRun { handle: 1_000_003 }, &mut state);
        assert_eq!(buf.len() - first, 2);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(decode(&[200], &mut Cursor::default()).is_err());
        assert!(decode(&[tag::TIMER_PUSH, 1, 0, 0], &mut Cursor::default()).is_err());
        assert!(decode(&[tag::LINE, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], &mut Cursor::default())
            .is_err());
        assert!(decode(&[tag::HANDLE_RUN, 3], &mut Cursor::default()).is_err(), "an id below zero");
    }
}

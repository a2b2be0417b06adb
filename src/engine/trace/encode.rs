//! The compact binary form of events: one tag byte, then LEB128 varints; the clock is stored as
//! the difference of the float's bits from the previous clock (the clock never goes back, and
//! for positive floats bit order is numeric order), so most events take 2 to 4 bytes.

use super::event::{DiagnosticKind, Event, FutureKind, HandleKind, Outcome, Phase};

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

/// Decoding state: the position and the clock so far.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cursor {
    pub pos: usize,
    pub clock_bits: u64,
}

mod tag {
    pub const CLOCK: u8 = 0;
    pub const CLOCK_RAW: u8 = 1;
    pub const CYCLE_START: u8 = 2;
    pub const PHASE_START: u8 = 3;
    pub const SELECT_FOREVER: u8 = 4;
    pub const SELECT: u8 = 5;
    pub const HANDLE_NEW: u8 = 6;
    pub const READY_PUSH: u8 = 7;
    pub const TIMER_PUSH: u8 = 8;
    pub const TIMER_FIRE: u8 = 9;
    pub const TIMER_DROP: u8 = 10;
    pub const HEAP_REBUILD: u8 = 11;
    pub const HANDLE_CANCEL: u8 = 12;
    pub const HANDLE_RUN: u8 = 13;
    pub const HANDLE_SKIP: u8 = 14;
    pub const HANDLE_END: u8 = 15;
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

/// Appends `event`; `clock_bits` is the clock before it (updated by clock events).
pub fn encode(buf: &mut Vec<u8>, event: &Event, clock_bits: &mut u64) {
    let v = |buf: &mut Vec<u8>, x: u32| put_varint(buf, x as u64);
    match event {
        Event::Clock { t } => {
            let bits = t.to_bits();
            if *t >= 0.0 && bits >= *clock_bits {
                buf.push(tag::CLOCK);
                put_varint(buf, bits - *clock_bits);
            } else {
                buf.push(tag::CLOCK_RAW);
                put_f64(buf, *t);
            }
            *clock_bits = bits;
        }
        Event::CycleStart => buf.push(tag::CYCLE_START),
        Event::PhaseStart { phase } => {
            buf.push(tag::PHASE_START);
            buf.push(phase.index());
        }
        Event::Select { timeout: None } => buf.push(tag::SELECT_FOREVER),
        Event::Select { timeout: Some(t) } => {
            buf.push(tag::SELECT);
            put_f64(buf, *t);
        }
        Event::HandleNew { handle, kind, target, label } => {
            buf.push(tag::HANDLE_NEW);
            v(buf, *handle);
            buf.push(kind.index());
            v(buf, *target);
            v(buf, *label);
        }
        Event::ReadyPush { handle } => one(buf, tag::READY_PUSH, *handle),
        Event::TimerPush { handle, when } => {
            buf.push(tag::TIMER_PUSH);
            v(buf, *handle);
            put_f64(buf, *when);
        }
        Event::TimerFire { handle } => one(buf, tag::TIMER_FIRE, *handle),
        Event::TimerDrop { handle } => one(buf, tag::TIMER_DROP, *handle),
        Event::HeapRebuild => buf.push(tag::HEAP_REBUILD),
        Event::HandleCancel { handle } => one(buf, tag::HANDLE_CANCEL, *handle),
        Event::HandleRun { handle } => one(buf, tag::HANDLE_RUN, *handle),
        Event::HandleSkip { handle } => one(buf, tag::HANDLE_SKIP, *handle),
        Event::HandleEnd { handle } => one(buf, tag::HANDLE_END, *handle),
        Event::FutureNew { future, kind } => {
            buf.push(tag::FUTURE_NEW);
            v(buf, *future);
            buf.push(kind.index());
        }
        Event::TaskNew { task, coro, name } => {
            buf.push(tag::TASK_NEW);
            v(buf, *task);
            v(buf, *coro);
            v(buf, *name);
        }
        Event::CallbackAdd { future, label } => two(buf, tag::CALLBACK_ADD, *future, *label),
        Event::CallbackRemove { future, label } => two(buf, tag::CALLBACK_REMOVE, *future, *label),
        Event::FutureDone { future, outcome, repr } => {
            buf.push(tag::FUTURE_DONE);
            v(buf, *future);
            buf.push(outcome.index());
            v(buf, *repr);
        }
        Event::TaskStep { task } => one(buf, tag::TASK_STEP, *task),
        Event::TaskWait { task, future } => two(buf, tag::TASK_WAIT, *task, *future),
        Event::TaskCancel { task, message } => two(buf, tag::TASK_CANCEL, *task, *message),
        Event::TaskRename { task, name } => two(buf, tag::TASK_RENAME, *task, *name),
        Event::FrameEnter { frame, code } => two(buf, tag::FRAME_ENTER, *frame, *code),
        Event::FrameExit { frame } => one(buf, tag::FRAME_EXIT, *frame),
        Event::FrameSuspend { frame } => one(buf, tag::FRAME_SUSPEND, *frame),
        Event::FrameResume { frame } => one(buf, tag::FRAME_RESUME, *frame),
        Event::Line { frame, line } => two(buf, tag::LINE, *frame, *line),
        Event::Local { frame, slot, repr } => {
            buf.push(tag::LOCAL);
            v(buf, *frame);
            v(buf, *slot);
            v(buf, *repr);
        }
        Event::Coalesced { instructions } => {
            buf.push(tag::COALESCED);
            put_varint(buf, *instructions);
        }
        Event::Stdout { text } => one(buf, tag::STDOUT, *text),
        Event::Stderr { text } => one(buf, tag::STDERR, *text),
        Event::Diagnostic { kind, text } => {
            buf.push(tag::DIAGNOSTIC);
            buf.push(kind.index());
            v(buf, *text);
        }
    }
}

fn one(buf: &mut Vec<u8>, t: u8, a: u32) {
    buf.push(t);
    put_varint(buf, a as u64);
}

fn two(buf: &mut Vec<u8>, t: u8, a: u32, b: u32) {
    buf.push(t);
    put_varint(buf, a as u64);
    put_varint(buf, b as u64);
}

/// A malformed event stream (only possible with a corrupted or hand-edited trace).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub position: usize,
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
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
        Err(DecodeError { position: self.pos })
    }

    fn u32(&mut self) -> Result<u32, DecodeError> {
        u32::try_from(self.varint()?).map_err(|_| DecodeError { position: self.pos })
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

/// Decodes the event at `cursor`, advancing it.
pub fn decode(buf: &[u8], cursor: &mut Cursor) -> Result<Event, DecodeError> {
    let mut r = Reader { buf, pos: cursor.pos };
    let at = r.pos;
    let event = match r.byte()? {
        tag::CLOCK => {
            let bits = cursor.clock_bits.wrapping_add(r.varint()?);
            cursor.clock_bits = bits;
            Event::Clock { t: f64::from_bits(bits) }
        }
        tag::CLOCK_RAW => {
            let t = r.f64()?;
            cursor.clock_bits = t.to_bits();
            Event::Clock { t }
        }
        tag::CYCLE_START => Event::CycleStart,
        tag::PHASE_START => Event::PhaseStart { phase: r.enum_byte(Phase::from_index)? },
        tag::SELECT_FOREVER => Event::Select { timeout: None },
        tag::SELECT => Event::Select { timeout: Some(r.f64()?) },
        tag::HANDLE_NEW => Event::HandleNew {
            handle: r.u32()?,
            kind: r.enum_byte(HandleKind::from_index)?,
            target: r.u32()?,
            label: r.u32()?,
        },
        tag::READY_PUSH => Event::ReadyPush { handle: r.u32()? },
        tag::TIMER_PUSH => Event::TimerPush { handle: r.u32()?, when: r.f64()? },
        tag::TIMER_FIRE => Event::TimerFire { handle: r.u32()? },
        tag::TIMER_DROP => Event::TimerDrop { handle: r.u32()? },
        tag::HEAP_REBUILD => Event::HeapRebuild,
        tag::HANDLE_CANCEL => Event::HandleCancel { handle: r.u32()? },
        tag::HANDLE_RUN => Event::HandleRun { handle: r.u32()? },
        tag::HANDLE_SKIP => Event::HandleSkip { handle: r.u32()? },
        tag::HANDLE_END => Event::HandleEnd { handle: r.u32()? },
        tag::FUTURE_NEW => {
            Event::FutureNew { future: r.u32()?, kind: r.enum_byte(FutureKind::from_index)? }
        }
        tag::TASK_NEW => Event::TaskNew { task: r.u32()?, coro: r.u32()?, name: r.u32()? },
        tag::CALLBACK_ADD => Event::CallbackAdd { future: r.u32()?, label: r.u32()? },
        tag::CALLBACK_REMOVE => Event::CallbackRemove { future: r.u32()?, label: r.u32()? },
        tag::FUTURE_DONE => Event::FutureDone {
            future: r.u32()?,
            outcome: r.enum_byte(Outcome::from_index)?,
            repr: r.u32()?,
        },
        tag::TASK_STEP => Event::TaskStep { task: r.u32()? },
        tag::TASK_WAIT => Event::TaskWait { task: r.u32()?, future: r.u32()? },
        tag::TASK_CANCEL => Event::TaskCancel { task: r.u32()?, message: r.u32()? },
        tag::TASK_RENAME => Event::TaskRename { task: r.u32()?, name: r.u32()? },
        tag::FRAME_ENTER => Event::FrameEnter { frame: r.u32()?, code: r.u32()? },
        tag::FRAME_EXIT => Event::FrameExit { frame: r.u32()? },
        tag::FRAME_SUSPEND => Event::FrameSuspend { frame: r.u32()? },
        tag::FRAME_RESUME => Event::FrameResume { frame: r.u32()? },
        tag::LINE => Event::Line { frame: r.u32()?, line: r.u32()? },
        tag::LOCAL => Event::Local { frame: r.u32()?, slot: r.u32()?, repr: r.u32()? },
        tag::COALESCED => Event::Coalesced { instructions: r.varint()? },
        tag::STDOUT => Event::Stdout { text: r.u32()? },
        tag::STDERR => Event::Stderr { text: r.u32()? },
        tag::DIAGNOSTIC => {
            Event::Diagnostic { kind: r.enum_byte(DiagnosticKind::from_index)?, text: r.u32()? }
        }
        _ => return Err(DecodeError { position: at }),
    };
    cursor.pos = r.pos;
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
            Event::Select { timeout: None },
            Event::Select { timeout: Some(0.001) },
            Event::HandleNew { handle: 300, kind: HandleKind::TaskWakeup, target: 7, label: 2 },
            Event::ReadyPush { handle: 300 },
            Event::TimerPush { handle: 301, when: 2.75 },
            Event::TimerFire { handle: 301 },
            Event::TimerDrop { handle: 1 },
            Event::HeapRebuild,
            Event::HandleCancel { handle: 2 },
            Event::HandleRun { handle: 3 },
            Event::HandleSkip { handle: 4 },
            Event::HandleEnd { handle: 3 },
            Event::FutureNew { future: 9, kind: FutureKind::Gathering },
            Event::TaskNew { task: 9, coro: 10, name: 11 },
            Event::CallbackAdd { future: 9, label: 1 },
            Event::CallbackRemove { future: 9, label: 1 },
            Event::FutureDone { future: 9, outcome: Outcome::Cancelled, repr: 0 },
            Event::TaskStep { task: 9 },
            Event::TaskWait { task: 9, future: 0 },
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
        let mut bits = 0;
        for e in &events {
            encode(&mut buf, e, &mut bits);
        }
        let mut cursor = Cursor::default();
        for e in &events {
            assert_eq!(&decode(&buf, &mut cursor).expect("decodes"), e);
        }
        assert_eq!(cursor.pos, buf.len());
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let mut cursor = Cursor::default();
        assert!(decode(&[200], &mut cursor).is_err());
        assert!(decode(&[tag::TIMER_PUSH, 1, 0, 0], &mut Cursor::default()).is_err());
        assert!(decode(&[tag::LINE, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], &mut Cursor::default())
            .is_err());
    }
}

//! Library frames' entries, lines and locals, held back until something else happens.
//!
//! Two thirds of a networking program's events were asyncio's own lines and locals (streams,
//! transports), which someone stepping through their program has no use for one by one. A
//! library frame's line and locals matter only where something else happens while it runs (an output, a packet, a call into the
//! program's code, a suspension): there the page shows where it stands. So the recorder holds
//! them, keeps only the latest line and the latest value of each local, and writes what it
//! holds just before the next other event. A frame that leaves first loses what it held; if
//! its entry was held too, it leaves no trace at all (most of asyncio's calls: a buffer's
//! length, a property, a check).

/// The slots an entry holds a frame's line and its entry (with its code id) in, not a local.
const LINE: u32 = u32::MAX;
const ENTER: u32 = u32::MAX - 1;

#[derive(Debug, Default)]
pub(crate) struct Held {
    /// `(frame, slot, repr)`, `(frame, LINE, line)` or `(frame, ENTER, code)`, first held
    /// first; a later value of the same slot replaces the earlier in place.
    entries: Vec<(u32, u32, u32)>,
    /// When the latest entry was held.
    latest: f64,
}

impl Held {
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The frame entered, running `code` (an id of the trace's code table).
    pub(crate) fn enter(&mut self, now: f64, frame: u32, code: u32) {
        self.latest = now;
        self.entries.push((frame, ENTER, code));
    }

    pub(crate) fn line(&mut self, now: f64, frame: u32, line: u32) {
        self.hold(now, frame, LINE, line);
    }

    pub(crate) fn local(&mut self, now: f64, frame: u32, slot: u32, repr: u32) {
        self.hold(now, frame, slot, repr);
    }

    fn hold(&mut self, now: f64, frame: u32, slot: u32, value: u32) {
        self.latest = now;
        // Few entries are held at a time (the library frames running between two events).
        match self.entries.iter_mut().rev().find(|(f, s, _)| *f == frame && *s == slot) {
            Some(entry) => entry.2 = value,
            None => self.entries.push((frame, slot, value)),
        }
    }

    /// The frame left: what it held would be out of date before anyone saw it. True if its
    /// entry was held too (so it was never written, and neither must its exit be).
    pub(crate) fn forget(&mut self, frame: u32) -> bool {
        let mut entered_unseen = false;
        self.entries.retain(|&(f, slot, _)| {
            entered_unseen |= f == frame && slot == ENTER;
            f != frame
        });
        entered_unseen
    }

    /// When the latest entry was held: everything held is written at that time.
    pub(crate) fn latest(&self) -> f64 {
        self.latest
    }

    /// Each entry as an entry, a line or a local, first held first; empties the holder (its buffer
    /// stays for the next ones).
    pub(crate) fn drain(&mut self) -> impl Iterator<Item = HeldEvent> + '_ {
        self.entries.drain(..).map(|(frame, slot, value)| match slot {
            ENTER => HeldEvent::Enter { frame, code: value },
            LINE => HeldEvent::Line { frame, line: value },
            _ => HeldEvent::Local { frame, slot, repr: value },
        })
    }
}

pub(crate) enum HeldEvent {
    Enter { frame: u32, code: u32 },
    Line { frame: u32, line: u32 },
    Local { frame: u32, slot: u32, repr: u32 },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drained(h: &mut Held) -> Vec<String> {
        h.drain()
            .map(|e| match e {
                HeldEvent::Enter { frame, code } => format!("{frame} enters code {code}"),
                HeldEvent::Line { frame, line } => format!("{frame} line {line}"),
                HeldEvent::Local { frame, slot, repr } => format!("{frame} [{slot}] = {repr}"),
            })
            .collect()
    }

    #[test]
    fn keeps_the_latest_line_and_value_of_each_local() {
        let mut h = Held::default();
        h.line(0.0, 7, 10);
        h.local(0.0, 7, 0, 100);
        h.line(0.0, 7, 11);
        h.local(0.0, 7, 0, 101);
        h.local(0.0, 7, 1, 200);
        h.line(0.0, 8, 3);
        assert_eq!(drained(&mut h), ["7 line 11", "7 [0] = 101", "7 [1] = 200", "8 line 3"]);
        assert!(h.is_empty());
    }

    #[test]
    fn a_frame_that_left_loses_what_it_held() {
        let mut h = Held::default();
        h.line(0.0, 7, 10);
        h.line(0.0, 8, 3);
        h.local(0.0, 8, 2, 5);
        assert!(!h.forget(8));
        assert_eq!(drained(&mut h), ["7 line 10"]);
    }

    #[test]
    fn a_frame_whose_entry_was_held_leaves_nothing() {
        let mut h = Held::default();
        h.enter(0.0, 7, 1);
        h.local(0.0, 7, 0, 100);
        h.line(0.0, 7, 10);
        h.enter(0.0, 8, 2);
        h.line(0.0, 8, 3);
        assert!(h.forget(8));
        h.line(0.0, 7, 11);
        assert_eq!(drained(&mut h), ["7 enters code 1", "7 [0] = 100", "7 line 11"]);
    }

    #[test]
    fn entries_are_written_at_the_time_of_the_latest() {
        let mut h = Held::default();
        h.line(1.0, 7, 10);
        h.line(2.5, 7, 11);
        assert_eq!(h.latest(), 2.5);
    }
}

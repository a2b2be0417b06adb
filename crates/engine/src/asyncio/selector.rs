//! The loop's selector (`BaseSelectorEventLoop._selector`): what `_run_once` waits on.
//!
//! A `Selector` is an enum, not a trait object, so the loop's hot path dispatches with a match.
//! Today there is one kind: `Virtual`, with no file objects to watch, whose `select(timeout)`
//! moves the virtual clock by `timeout` (exactly the float addition the conformance harness's
//! virtual selector does) and returns no events, and whose `select(None)` can never return,
//! since nothing could ever become ready. The simulated network's epoll will be a second kind:
//! its `select` ends early when a packet arrives, fills the event list, and knows when bytes in
//! flight or a listening socket can still wake the loop.

use crate::clock::Clock;

/// A loop's selector.
pub enum Selector {
    Virtual(VirtualSelector),
}

impl Default for Selector {
    fn default() -> Self {
        Selector::Virtual(VirtualSelector)
    }
}

/// What `select` came back with.
pub enum Selected {
    /// The wait is over (its timeout ran out, or file objects became ready): the clock is at
    /// the moment it ended, and these are the events.
    Events(EventList),
    /// `select(None)` with nothing that could ever become ready: CPython would block for ever.
    Never,
}

/// The `(key, events)` pairs a `select` returned, in the order the selector reports them.
/// No file object can be registered yet, so the list is always empty (and takes no memory).
#[derive(Debug, Default)]
pub struct EventList {
    len: usize,
}

impl EventList {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Selector {
    /// `selector.select(timeout)`: waits at most `timeout` seconds of virtual time (`None`:
    /// until something is ready).
    #[inline]
    pub fn select(&mut self, timeout: Option<f64>, clock: &mut Clock) -> Selected {
        match self {
            Selector::Virtual(v) => v.select(timeout, clock),
        }
    }
}

/// A selector with nothing registered: only time passes.
#[derive(Debug, Default)]
pub struct VirtualSelector;

impl VirtualSelector {
    fn select(&mut self, timeout: Option<f64>, clock: &mut Clock) -> Selected {
        match timeout {
            Some(t) => {
                clock.advance(t);
                Selected::Events(EventList::default())
            }
            None => Selected::Never,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_virtual_selector_moves_the_clock_or_never_returns() {
        let mut clock = Clock::new(0.0);
        let mut selector = Selector::default();
        let Selected::Events(events) = selector.select(Some(0.25), &mut clock) else {
            panic!("a timeout always ends");
        };
        assert!(events.is_empty());
        assert_eq!(clock.now(), 0.25);
        assert!(matches!(selector.select(Some(0.0), &mut clock), Selected::Events(_)));
        assert_eq!(clock.now(), 0.25);
        assert!(matches!(selector.select(None, &mut clock), Selected::Never));
        assert_eq!(clock.now(), 0.25);
    }
}

//! The loop's selector (`BaseSelectorEventLoop._selector`): what `_run_once` waits on.
//!
//! A `Selector` is an enum, not a trait object, so the loop's hot path dispatches with a match.
//! - `Virtual`: no file objects to watch; `select(timeout)` moves the virtual clock by
//!   `timeout` (exactly the float addition the conformance harness's virtual selector does)
//!   and returns no events, and `select(None)` can never return, since nothing could ever
//!   become ready. Programs that never touch the network keep this one.
//! - `Kernel`: the loop's epoll in the virtual kernel (`stdlib::net`), made when the kernel
//!   is (the first socket) or with the loop when the kernel already exists. Its `select` ends
//!   early when a packet arrives and fills the event list (`asyncio::io`); its map holds the
//!   reader and writer handles of each registered file descriptor, as CPython's selector keys
//!   hold them in `key.data`.

use super::handle::HandleObj;
use crate::clock::Clock;
use crate::vm::value::Value;
use loopscope_kernel::{Events, Fd};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A loop's selector.
pub enum Selector {
    Virtual(VirtualSelector),
    Kernel(Box<KernelSelector>),
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

/// The `(fd, events)` pairs a `select` returned, in the order epoll reports them (empty, and
/// without an allocation, for the virtual selector).
#[derive(Debug, Default)]
pub struct EventList {
    pub events: Vec<(Fd, Events)>,
}

impl EventList {
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

impl Selector {
    /// `selector.select(timeout)` of the virtual selector: waits at most `timeout` seconds of
    /// virtual time (`None`: until something is ready). The kernel selector's select needs
    /// the kernel (`Vm::loop_select`).
    #[inline]
    pub fn select(&mut self, timeout: Option<f64>, clock: &mut Clock) -> Selected {
        match self {
            Selector::Virtual(v) => v.select(timeout, clock),
            Selector::Kernel(_) => Selected::Events(EventList::default()),
        }
    }

    pub fn kernel(&self) -> Option<&KernelSelector> {
        match self {
            Selector::Kernel(k) => Some(k),
            Selector::Virtual(_) => None,
        }
    }

    pub fn kernel_mut(&mut self) -> Option<&mut KernelSelector> {
        match self {
            Selector::Kernel(k) => Some(k),
            Selector::Virtual(_) => None,
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

/// `selectors.SelectorKey` as asyncio uses it: the file object, its events, and in `data`
/// the `(reader, writer)` handles.
pub struct SelectorKey {
    pub fileobj: Value,
    pub events: Events,
    pub reader: Option<IoHandle>,
    pub writer: Option<IoHandle>,
}

/// A reader's or writer's handle, with its label's string id in the trace (every time the
/// fd is ready the same handle joins the ready queue again).
#[derive(Clone)]
pub struct IoHandle {
    pub handle: Rc<HandleObj>,
    pub label: u32,
}

/// The loop's epoll in the virtual kernel, its self-pipe, and the selector's map.
pub struct KernelSelector {
    /// The epoll file descriptor (3 for the first loop).
    pub epfd: Fd,
    /// `_ssock` (the end the loop reads) and `_csock`.
    pub ssock: Fd,
    pub csock: Fd,
    /// `_selector._fd_to_key`, in fd order.
    pub keys: BTreeMap<u32, SelectorKey>,
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

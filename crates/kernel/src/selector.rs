//! The simulated epoll: interest lists, the ready list in Linux's order (`fs/eventpoll.c`,
//! level-triggered), and `epoll_wait(timeout)` that runs the network until something
//! registered becomes ready or the timeout ends, so the loop's select returns at the moment a
//! packet arrives (tests/conformance/README.md, "epoll's event order").

use std::collections::{BTreeMap, VecDeque};
use std::ops::{BitAnd, BitOr, BitOrAssign};

use crate::errno::Errno;
use crate::fds::{Fd, FdEntry};
use crate::hosts::HostId;
use crate::kernel::Kernel;
use crate::socket::SocketId;
use crate::time::Nanos;

/// What a thread blocked on the network waits for (`run_until_any_ready`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetWaiter {
    /// A loop's `select` on this epoll fd.
    Epoll(Fd),
    /// A blocking socket call: this socket fd ready for these events.
    Socket(Fd, Events),
}

/// A `NetWaiter` with its fd looked up.
enum Target {
    Epoll(EpollId),
    Socket(SocketId, Events),
}

/// An epoll instance by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EpollId(pub u32);

/// A poll mask: epoll's `EPOLL*` bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Ready(pub u32);

impl Ready {
    pub const EMPTY: Ready = Ready(0);
    pub const IN: Ready = Ready(0x001);
    pub const OUT: Ready = Ready(0x004);
    pub const ERR: Ready = Ready(0x008);
    pub const HUP: Ready = Ready(0x010);
    pub const RDHUP: Ready = Ready(0x2000);

    pub fn contains(self, other: Ready) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn intersects(self, other: Ready) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for Ready {
    type Output = Ready;
    fn bitor(self, rhs: Ready) -> Ready {
        Ready(self.0 | rhs.0)
    }
}

impl BitOrAssign for Ready {
    fn bitor_assign(&mut self, rhs: Ready) {
        self.0 |= rhs.0;
    }
}

impl BitAnd for Ready {
    type Output = Ready;
    fn bitand(self, rhs: Ready) -> Ready {
        Ready(self.0 & rhs.0)
    }
}

/// `selectors.EVENT_READ | EVENT_WRITE`: what asyncio registers and what a select reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Events(pub u8);

impl Events {
    pub const NONE: Events = Events(0);
    pub const READ: Events = Events(1);
    pub const WRITE: Events = Events(2);
    pub const BOTH: Events = Events(3);
    /// `EPOLLRDHUP` asked for as well (a raw `epoll`/`poll` of the program's): the peer's
    /// shutdown is reported as that bit too. Neither readable nor writable by itself.
    pub const PEER_HANGUP: Events = Events(4);
    /// `EPOLLET`: reported once per change of readiness, not while it lasts.
    pub const EDGE: Events = Events(8);
    /// `EPOLLONESHOT`: reported once, then disarmed until the next `Modify`.
    pub const ONESHOT: Events = Events(16);

    fn has(self, flag: Events) -> bool {
        self.0 & flag.0 != 0
    }

    pub fn readable(self) -> bool {
        self.0 & 1 != 0
    }

    pub fn writable(self) -> bool {
        self.0 & 2 != 0
    }

    /// The epoll bits `EpollSelector.register` asks for.
    fn mask(self) -> Ready {
        let mut m = Ready::EMPTY;
        if self.readable() {
            m |= Ready::IN;
        }
        if self.writable() {
            m |= Ready::OUT;
        }
        if self.0 & Events::PEER_HANGUP.0 != 0 {
            m |= Ready::RDHUP;
        }
        m
    }

    /// `EpollSelector.select`'s translation: anything but `EPOLLIN` counts as writable,
    /// anything but `EPOLLOUT` as readable (so errors and hang-ups are both), within the
    /// registered interest.
    pub fn from_ready(ready: Ready, interest: Events) -> Events {
        let mut e = 0;
        if ready.0 & !Ready::IN.0 != 0 {
            e |= 2;
        }
        if ready.0 & !Ready::OUT.0 != 0 {
            e |= 1;
        }
        Events(e & interest.0)
    }
}

impl BitOr for Events {
    type Output = Events;
    fn bitor(self, rhs: Events) -> Events {
        Events(self.0 | rhs.0)
    }
}

/// One registration.
#[derive(Debug, Clone, Copy)]
struct Registration {
    socket: SocketId,
    interest: Events,
    /// On the ready list now.
    queued: bool,
    /// An `EPOLLONESHOT` registration that reported its event: nothing more until modified.
    disarmed: bool,
    /// Which registration this is: a ready-list entry left by a deleted registration of the
    /// same number is skipped rather than searched for and removed (closing 10,000 sockets
    /// must not cost 10,000 list scans).
    generation: u64,
}

/// One epoll instance.
#[derive(Debug)]
pub struct Epoll {
    host: HostId,
    interest: BTreeMap<Fd, Registration>,
    ready: VecDeque<(Fd, u64)>,
    generations: u64,
}

/// `epoll_ctl`'s operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctl {
    Add(Fd, Events),
    Modify(Fd, Events),
    Delete(Fd),
}

/// An `epoll_wait` with everything it knows.
enum RawWait {
    Ready(Vec<(Fd, Events, Ready)>),
    TimedOut,
    Blocked,
}

/// How an `epoll_wait` ended. The kernel's clock ([`Kernel::now`]) says when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wait {
    /// These file descriptors are ready, in the order epoll reports them.
    Ready(Vec<(Fd, Events)>),
    /// The timeout ran out with nothing ready.
    TimedOut,
    /// No timeout, nothing ready and nothing in flight: it would wait for ever.
    Blocked,
}

impl Kernel {
    /// `epoll_create1(0)`: a new epoll instance at the lowest free file descriptor.
    pub fn epoll_create(&mut self, host: HostId) -> Result<Fd, Errno> {
        let id = EpollId(self.epolls.len() as u32);
        let fds = self.fds.get_mut(host.0 as usize).ok_or(Errno::EBADF)?;
        let fd = fds.open(FdEntry::Epoll(id));
        self.epolls.push(Some(Epoll {
            host,
            interest: BTreeMap::new(),
            ready: VecDeque::new(),
            generations: 0,
        }));
        Ok(fd)
    }

    fn epoll_id(&self, host: HostId, epfd: Fd) -> Result<EpollId, Errno> {
        match self.fds.get(host.0 as usize).and_then(|t| t.get(epfd)) {
            Some(FdEntry::Epoll(id)) => Ok(id),
            Some(_) => Err(Errno::EINVAL),
            None => Err(Errno::EBADF),
        }
    }

    /// `epoll_ctl`: registering an fd that is ready (or modifying it to an interest it is
    /// ready for) puts it at the end of the ready list; an fd already there keeps its place.
    pub fn epoll_ctl(&mut self, host: HostId, epfd: Fd, op: Ctl) -> Result<(), Errno> {
        let ep = self.epoll_id(host, epfd)?;
        let fd = match op {
            Ctl::Add(fd, _) | Ctl::Modify(fd, _) | Ctl::Delete(fd) => fd,
        };
        let socket = self.socket_id(host, fd)?;
        let epoll = self.epoll_mut(ep)?;
        match op {
            Ctl::Add(_, interest) => {
                if epoll.interest.contains_key(&fd) {
                    return Err(Errno::EEXIST);
                }
                epoll.generations += 1;
                let generation = epoll.generations;
                epoll.interest.insert(
                    fd,
                    Registration { socket, interest, queued: false, disarmed: false, generation },
                );
                if let Some(s) = self.sockets.get_mut(&socket) {
                    s.watchers.push((ep, fd));
                }
            }
            Ctl::Modify(_, interest) => {
                let reg = epoll.interest.get_mut(&fd).ok_or(Errno::ENOENT)?;
                reg.interest = interest;
                reg.disarmed = false;
            }
            Ctl::Delete(_) => {
                epoll.interest.remove(&fd).ok_or(Errno::ENOENT)?;
                if let Some(s) = self.sockets.get_mut(&socket) {
                    s.watchers.retain(|w| *w != (ep, fd));
                }
                return Ok(());
            }
        }
        let now = self.poll_socket(socket);
        self.queue_if(ep, fd, now);
        Ok(())
    }

    fn epoll_mut(&mut self, ep: EpollId) -> Result<&mut Epoll, Errno> {
        self.epolls.get_mut(ep.0 as usize).and_then(Option::as_mut).ok_or(Errno::EBADF)
    }

    /// Appends `fd` to `ep`'s ready list if `what` concerns its interest and it is not there.
    fn queue_if(&mut self, ep: EpollId, fd: Fd, what: Ready) {
        let Some(Some(epoll)) = self.epolls.get_mut(ep.0 as usize) else { return };
        let Some(reg) = epoll.interest.get_mut(&fd) else { return };
        if reg.disarmed {
            return;
        }
        if !reg.queued && what.intersects(reg.interest.mask() | Ready::ERR | Ready::HUP) {
            reg.queued = true;
            epoll.ready.push_back((fd, reg.generation));
        }
    }

    /// A socket's wait queue woke with `what` (Linux's `ep_poll_callback`).
    pub(crate) fn wake(&mut self, socket: SocketId, what: Ready) {
        self.touch_buffers(socket);
        let Some(s) = self.sockets.get(&socket) else { return };
        if self.services.serves(s.host) {
            self.services.notify(socket);
        }
        if s.watchers.is_empty() {
            return;
        }
        let watchers = s.watchers.clone();
        for (ep, fd) in watchers {
            self.queue_if(ep, fd, what);
        }
    }

    /// Removes every registration of a socket that is being closed.
    pub(crate) fn forget_watchers(&mut self, socket: SocketId) {
        let watchers = match self.sockets.get_mut(&socket) {
            Some(s) => std::mem::take(&mut s.watchers),
            None => return,
        };
        for (ep, fd) in watchers {
            if let Some(Some(epoll)) = self.epolls.get_mut(ep.0 as usize) {
                epoll.interest.remove(&fd);
            }
        }
    }

    /// Closes an epoll instance (its registrations go with it).
    pub(crate) fn close_epoll(&mut self, ep: EpollId) {
        let Some(epoll) = self.epolls.get_mut(ep.0 as usize).and_then(Option::take) else { return };
        for (fd, reg) in epoll.interest {
            if let Some(s) = self.sockets.get_mut(&reg.socket) {
                s.watchers.retain(|w| *w != (ep, fd));
            }
        }
    }

    /// Takes the ready list in order: an fd still ready (its poll mask meets its interest or
    /// says error or hang-up) is reported and, level-triggered, kept for the next call; one
    /// that is not is dropped. Edge-triggered (`EPOLLET`) and one-shot registrations leave
    /// the list once reported (Linux's `ep_send_events`), a one-shot one disarmed. Each comes
    /// with `EpollSelector`'s events and the raw mask.
    fn collect_ready(&mut self, ep: EpollId) -> Vec<(Fd, Events, Ready)> {
        let Some(Some(epoll)) = self.epolls.get_mut(ep.0 as usize) else { return Vec::new() };
        let list = std::mem::take(&mut epoll.ready);
        let mut out = Vec::new();
        let mut keep = VecDeque::new();
        for (fd, generation) in list {
            let reg = self
                .epolls
                .get(ep.0 as usize)
                .and_then(Option::as_ref)
                .and_then(|e| e.interest.get(&fd));
            let Some(reg) = reg.copied().filter(|r| r.generation == generation) else { continue };
            let mask = match reg.disarmed {
                true => Ready::EMPTY,
                false => {
                    self.poll_socket(reg.socket) & (reg.interest.mask() | Ready::ERR | Ready::HUP)
                }
            };
            let Some(Some(epoll)) = self.epolls.get_mut(ep.0 as usize) else { break };
            if let Some(r) = epoll.interest.get_mut(&fd) {
                r.queued = !mask.is_empty();
                if r.queued {
                    out.push((fd, Events::from_ready(mask, reg.interest), mask));
                    r.disarmed = reg.interest.has(Events::ONESHOT);
                    if reg.interest.has(Events::EDGE) || r.disarmed {
                        r.queued = false;
                    } else {
                        keep.push_back((fd, generation));
                    }
                }
            }
        }
        if let Some(Some(epoll)) = self.epolls.get_mut(ep.0 as usize) {
            epoll.ready = keep;
        }
        out
    }

    /// `epoll_wait(epfd, timeout)` as `selectors.EpollSelector.select` reports it: what is
    /// ready now; otherwise the network runs (packets arrive, timers fire) until something
    /// registered becomes ready, up to `now + timeout` (an arrival exactly at the deadline
    /// counts). `None` waits without limit and returns [`Wait::Blocked`] when nothing is in
    /// flight to wake it.
    pub fn epoll_wait(
        &mut self,
        host: HostId,
        epfd: Fd,
        timeout: Option<Nanos>,
    ) -> Result<Wait, Errno> {
        Ok(match self.wait_ready(host, epfd, timeout)? {
            RawWait::Ready(v) => Wait::Ready(v.into_iter().map(|(fd, e, _)| (fd, e)).collect()),
            RawWait::TimedOut => Wait::TimedOut,
            RawWait::Blocked => Wait::Blocked,
        })
    }

    /// `epoll_wait` with the raw `EPOLL*` masks, as `select.epoll.poll()` returns them (the
    /// poll mask within the interest, errors and hang-ups always). `Ok(None)`: timed out or
    /// blocked for ever ([`Kernel::now`] says which: it moved to the deadline).
    pub fn epoll_wait_masks(
        &mut self,
        host: HostId,
        epfd: Fd,
        timeout: Option<Nanos>,
    ) -> Result<Option<Vec<(Fd, Ready)>>, Errno> {
        Ok(match self.wait_ready(host, epfd, timeout)? {
            RawWait::Ready(v) => Some(v.into_iter().map(|(fd, _, m)| (fd, m)).collect()),
            RawWait::TimedOut | RawWait::Blocked => None,
        })
    }

    fn wait_ready(
        &mut self,
        host: HostId,
        epfd: Fd,
        timeout: Option<Nanos>,
    ) -> Result<RawWait, Errno> {
        let ep = self.epoll_id(host, epfd)?;
        if self.epolls.get(ep.0 as usize).and_then(Option::as_ref).map(|e| e.host) != Some(host) {
            return Err(Errno::EBADF);
        }
        let deadline = timeout.map(|t| self.now.saturating_add(t));
        loop {
            let ready = self.collect_ready(ep);
            if !ready.is_empty() {
                return Ok(RawWait::Ready(ready));
            }
            match self.fabric.next_at() {
                Some(t) if deadline.is_none_or(|d| t <= d) => self.run_events_at(t),
                _ => break,
            }
        }
        match deadline {
            Some(d) => {
                self.now = self.now.max(d);
                Ok(RawWait::TimedOut)
            }
            None => Ok(RawWait::Blocked),
        }
    }

    /// For threads that wait on the network while other threads wait too (the engine's
    /// scheduler): runs the network until one of the `waiters` is ready, up to `deadline` (an
    /// arrival exactly at it counts), and says when and which, without taking anything off
    /// a ready list (the loop's own `epoll_wait` does that when its thread runs). `None`:
    /// nothing became ready by then (with no deadline: nothing in flight can wake them).
    pub fn run_until_any_ready(
        &mut self,
        host: HostId,
        waiters: &[NetWaiter],
        deadline: Option<Nanos>,
    ) -> Result<Option<(Nanos, usize)>, Errno> {
        let targets =
            waiters.iter().map(|w| self.target_of(host, *w)).collect::<Result<Vec<_>, _>>()?;
        loop {
            if let Some(i) = targets.iter().position(|t| self.target_ready(t)) {
                return Ok(Some((self.now, i)));
            }
            match self.fabric.next_at() {
                Some(t) if deadline.is_none_or(|d| t <= d) => self.run_events_at(t),
                _ => return Ok(None),
            }
        }
    }

    /// Whether socket `fd` is ready for `want` now (a blocking call on it would not wait):
    /// what the program sent before this instant has arrived.
    pub fn fd_ready(&mut self, host: HostId, fd: Fd, want: Events) -> Result<bool, Errno> {
        self.waiter_ready(host, NetWaiter::Socket(fd, want))
    }

    /// Whether `waiter` would stop waiting now: its socket is ready, or its epoll has a
    /// ready registration.
    pub fn waiter_ready(&mut self, host: HostId, waiter: NetWaiter) -> Result<bool, Errno> {
        let target = self.target_of(host, waiter)?;
        self.settle();
        Ok(self.target_ready(&target))
    }

    fn target_of(&self, host: HostId, waiter: NetWaiter) -> Result<Target, Errno> {
        Ok(match waiter {
            NetWaiter::Epoll(fd) => Target::Epoll(self.epoll_id(host, fd)?),
            NetWaiter::Socket(fd, want) => Target::Socket(self.socket_id(host, fd)?, want),
        })
    }

    fn target_ready(&self, target: &Target) -> bool {
        match *target {
            Target::Epoll(ep) => self.any_ready(ep),
            Target::Socket(id, want) => Events::from_ready(self.poll_socket(id), want).0 != 0,
        }
    }

    /// Whether a registration of `ep` is ready by its socket's poll mask (level-triggered).
    fn any_ready(&self, ep: EpollId) -> bool {
        let Some(Some(epoll)) = self.epolls.get(ep.0 as usize) else { return false };
        epoll.interest.values().any(|r| {
            !(self.poll_socket(r.socket) & (r.interest.mask() | Ready::ERR | Ready::HUP)).is_empty()
        })
    }

    /// The registrations of an epoll instance, in fd order (the page's selector panel).
    pub fn epoll_interest(&self, host: HostId, epfd: Fd) -> Result<Vec<(Fd, Events)>, Errno> {
        let ep = self.epoll_id(host, epfd)?;
        let epoll = self.epolls.get(ep.0 as usize).and_then(Option::as_ref).ok_or(Errno::EBADF)?;
        Ok(epoll.interest.iter().map(|(fd, r)| (*fd, r.interest)).collect())
    }

    /// Whether `epoll_wait(epfd, None)` would block for ever: nothing ready, nothing in
    /// flight and no timer pending. Listening sockets do not count: no one will connect.
    pub fn would_deadlock(&mut self, host: HostId, epfd: Fd) -> Result<bool, Errno> {
        let ep = self.epoll_id(host, epfd)?;
        if self.fabric.next_at().is_some() {
            return Ok(false);
        }
        let regs: Vec<(SocketId, Events)> = self
            .epolls
            .get(ep.0 as usize)
            .and_then(Option::as_ref)
            .map(|e| e.interest.values().map(|r| (r.socket, r.interest)).collect())
            .unwrap_or_default();
        Ok(regs.into_iter().all(|(s, interest)| {
            (self.poll_socket(s) & (interest.mask() | Ready::ERR | Ready::HUP)).is_empty()
        }))
    }
}

/// How the loop's float clock moves after [`Kernel::loop_select`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ClockMove {
    /// Something was ready without waiting: no virtual time passes (immediate loopback).
    Stay,
    /// The timeout ran out: `now = now + timeout`, the float addition the conformance
    /// harness's virtual selector makes.
    Advance(f64),
    /// Something became ready while waiting: the clock jumps to the arrival, `t_ns / 1e9`.
    JumpTo(f64),
}

/// What the loop's `select` gets back.
#[derive(Debug, Clone, PartialEq)]
pub enum LoopSelected {
    /// The events in epoll's order, and how the clock moves.
    Events(Vec<(Fd, Events)>, ClockMove),
    /// `select(None)` with nothing ready and nothing in flight: a deadlock.
    Never,
}

impl Kernel {
    /// The loop's `selector.select(timeout)` on this kernel: brings the network to the loop's
    /// clock (`clock_now`, which instructions may have moved), waits, and says how the clock
    /// moves, so the engine's selector needs no time arithmetic of its own.
    pub fn loop_select(
        &mut self,
        host: HostId,
        epfd: Fd,
        clock_now: f64,
        timeout: Option<f64>,
    ) -> Result<LoopSelected, Errno> {
        self.advance_to(crate::time::from_seconds(clock_now));
        let start = self.now;
        let wait = self.epoll_wait(host, epfd, timeout.map(crate::time::from_seconds))?;
        Ok(match wait {
            Wait::Ready(events) if self.now == start => {
                LoopSelected::Events(events, ClockMove::Stay)
            }
            Wait::Ready(events) => {
                LoopSelected::Events(events, ClockMove::JumpTo(crate::time::to_seconds(self.now)))
            }
            Wait::TimedOut => {
                LoopSelected::Events(Vec::new(), ClockMove::Advance(timeout.unwrap_or(0.0)))
            }
            Wait::Blocked => LoopSelected::Never,
        })
    }
}

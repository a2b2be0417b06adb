//! The kernel: every host's file descriptors and sockets, the port table, the fabric and the
//! clock, and the system calls every kind of socket shares (`socket`, `bind`, `close`,
//! `getsockname`, `setsockopt`, ...). Each call runs the network up to the current time
//! before it returns, so on an immediate link the peer has already seen its effect, as on
//! Linux's loopback.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::net::Ipv4Addr;

use crate::addr::{is_loopback, Family, SockAddr, SockType};
use crate::config::NetConfig;
use crate::errno::{Errno, GaiError};
use crate::fabric::{Fabric, InFlight};
use crate::fds::{Fd, FdEntry, FdTable};
use crate::fs::Fs;
use crate::hosts::{AddrInfo, Hints, HostId, Hosts, Service};
use crate::id_map::IdMap;
use crate::selector::{Epoll, Events, Ready};
use crate::services::Services;
use crate::socket::{
    FinState, Proto, Socket, SocketId, SocketInfo, Tcp, TcpState, Udp, UnixStream,
};
use crate::time::Nanos;

/// The simulated kernel of the whole network.
#[derive(Debug)]
pub struct Kernel {
    pub(crate) config: NetConfig,
    pub(crate) now: Nanos,
    pub(crate) hosts: Hosts,
    pub(crate) fds: Vec<FdTable>,
    pub(crate) sockets: IdMap<SocketId, Socket>,
    next_socket: u64,
    pub(crate) epolls: Vec<Option<Epoll>>,
    /// Sockets bound to each (host, type, port), oldest first (accepted connections share
    /// their listener's port).
    pub(crate) ports: BTreeMap<(HostId, SockType, u16), BTreeSet<SocketId>>,
    /// The listening sockets of each (host, port): where a SYN looks, without walking the
    /// thousands of connections that share a busy server's port.
    pub(crate) listeners: BTreeMap<(HostId, u16), BTreeSet<SocketId>>,
    /// Where each host's search for a free ephemeral port starts.
    next_ephemeral: BTreeMap<HostId, u16>,
    /// TCP connections by (host, local address, remote address).
    pub(crate) conns: IdMap<(HostId, SockAddr, SockAddr), SocketId>,
    pub(crate) fabric: Fabric,
    pub(crate) services: Services,
    /// The program's sockets whose buffers changed (`buffers`), when packets are recorded.
    pub(crate) touched: BTreeSet<SocketId>,
    /// The file system (`fs`; the program's host is the only one with files).
    pub(crate) fs: Fs,
    /// TCP connections in TIME_WAIT by (host, local port): their local address, until when,
    /// and whether they had `SO_REUSEADDR` (both sides of a bind must have it to share).
    pub(crate) time_wait: BTreeMap<(HostId, u16), VecDeque<TimeWait>>,
}

/// A connection in TIME_WAIT (`Kernel::time_wait`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimeWait {
    ip: Ipv4Addr,
    until: Nanos,
    reuse_addr: bool,
}

/// `shutdown`'s `how`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shutdown {
    Read,
    Write,
    Both,
}

/// The socket options the kernel models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SockOpt {
    /// `SO_REUSEADDR`.
    ReuseAddr(bool),
    /// `SO_REUSEPORT`.
    ReusePort(bool),
    /// `SO_LINGER` with (on, 0): `close` sends a reset.
    LingerZero(bool),
    /// `SO_BROADCAST`.
    Broadcast(bool),
}

/// How a blocking call's wait ended ([`Kernel::wait_fd`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FdWait {
    Ready,
    TimedOut,
    /// Nothing in flight could make it ready: the call would block for ever.
    Never,
}

impl Default for Kernel {
    fn default() -> Self {
        Kernel::new(NetConfig::default())
    }
}

impl Kernel {
    /// A network with the program's host alone, at time 0.
    pub fn new(config: NetConfig) -> Self {
        let hosts = Hosts::new(config.program_ip, config.unknown_hosts);
        let fabric = Fabric::new(config.seed);
        let mut kernel = Kernel {
            config,
            now: 0,
            hosts,
            fds: vec![FdTable::with_std_streams()],
            sockets: IdMap::default(),
            next_socket: 0,
            epolls: Vec::new(),
            ports: BTreeMap::new(),
            listeners: BTreeMap::new(),
            next_ephemeral: BTreeMap::new(),
            conns: IdMap::default(),
            fabric,
            services: Services::default(),
            touched: BTreeSet::new(),
            fs: Fs::default(),
            time_wait: BTreeMap::new(),
        };
        kernel.start_declared_services();
        kernel
    }

    pub fn config(&self) -> &NetConfig {
        &self.config
    }

    /// The kernel's clock.
    pub fn now(&self) -> Nanos {
        self.now
    }

    /// Moves the clock to `t` (never back), delivering what arrives meanwhile. The loop calls
    /// it when its own clock moved (timers, instruction costs).
    pub fn advance_to(&mut self, t: Nanos) {
        self.run_until(t);
    }

    /// What is on the wire now.
    pub fn in_flight(&self) -> InFlight {
        self.fabric.in_flight()
    }

    /// The packets sent since the last call, in transmission order (empty unless
    /// [`NetConfig::record_packets`] is on).
    pub fn take_packet_log(&mut self) -> Vec<crate::fabric::PacketRecord> {
        std::mem::take(&mut self.fabric.log)
    }

    /// Declares a host (a service's) by name; it gets the next address.
    pub fn add_host(&mut self, name: &str) -> HostId {
        let id = self.hosts.declare(name);
        while self.fds.len() <= id.0 as usize {
            self.fds.push(FdTable::with_std_streams());
        }
        id
    }

    /// `socket.getnameinfo` for an IPv4 address.
    pub fn getnameinfo(
        &self,
        addr: SockAddr,
        flags: crate::NameInfoFlags,
    ) -> Result<(String, String), GaiError> {
        self.hosts.getnameinfo(addr, flags)
    }

    /// The name a reverse lookup finds for `ip` (`socket.gethostbyaddr`), if any.
    pub fn name_of_ip(&self, ip: Ipv4Addr) -> Option<String> {
        self.hosts.name_of_ip(ip)
    }

    /// `socket.getaddrinfo`.
    pub fn getaddrinfo(
        &mut self,
        host: Option<&str>,
        port: Service<'_>,
        hints: Hints,
    ) -> Result<Vec<AddrInfo>, GaiError> {
        let before = self.hosts_len();
        let answer = self.hosts.getaddrinfo(host, port, hints);
        // A name seen for the first time may have become a host, with its HTTP service.
        let after = self.hosts_len();
        while self.fds.len() < after {
            self.fds.push(FdTable::with_std_streams());
        }
        for id in before..after {
            self.start_unknown_host_service(HostId(id as u32));
        }
        answer
    }

    fn hosts_len(&self) -> usize {
        (0u32..).take_while(|n| self.hosts.get(HostId(*n)).is_some()).count()
    }

    /// A host's address.
    pub fn host_ip(&self, host: HostId) -> Option<Ipv4Addr> {
        self.hosts.get(host).map(|h| h.ip)
    }

    /// Takes the lowest free file descriptor for something the kernel does not model.
    pub fn open_other(&mut self, host: HostId) -> Result<Fd, Errno> {
        Ok(self.fds.get_mut(host.0 as usize).ok_or(Errno::EBADF)?.open(FdEntry::Other))
    }

    pub(crate) fn new_socket(
        &mut self,
        host: HostId,
        family: Family,
        kind: SockType,
        proto: Proto,
    ) -> SocketId {
        let id = SocketId(self.next_socket);
        self.next_socket += 1;
        self.sockets.insert(id, Socket::new(host, family, kind, proto));
        id
    }

    fn open_fd(&mut self, host: HostId, id: SocketId) -> Result<Fd, Errno> {
        let fd = self.fds.get_mut(host.0 as usize).ok_or(Errno::EBADF)?.open(FdEntry::Socket(id));
        if let Some(s) = self.sockets.get_mut(&id) {
            s.fd = Some(fd);
        }
        Ok(fd)
    }

    /// `socket(AF_INET, type)`.
    pub fn socket(&mut self, host: HostId, kind: SockType) -> Result<Fd, Errno> {
        let proto = match kind {
            SockType::Stream => Proto::Tcp(Box::new(Tcp::new(self.config.recv_buffer))),
            SockType::Dgram => Proto::Udp(Udp::default()),
            SockType::Raw => return Err(Errno::EOPNOTSUPP),
        };
        let id = self.new_socket(host, Family::Inet, kind, proto);
        self.open_fd(host, id)
    }

    /// `socketpair()`: two connected `AF_UNIX` stream sockets.
    pub fn socketpair(&mut self, host: HostId) -> Result<(Fd, Fd), Errno> {
        let a = self.new_socket(
            host,
            Family::Unix,
            SockType::Stream,
            Proto::Unix(UnixStream::default()),
        );
        let b = self.new_socket(
            host,
            Family::Unix,
            SockType::Stream,
            Proto::Unix(UnixStream::default()),
        );
        for (me, other) in [(a, b), (b, a)] {
            if let Some(Proto::Unix(u)) = self.sockets.get_mut(&me).map(|s| &mut s.proto) {
                u.peer = Some(other);
            }
        }
        Ok((self.open_fd(host, a)?, self.open_fd(host, b)?))
    }

    /// The socket behind a file descriptor.
    pub(crate) fn socket_id(&self, host: HostId, fd: Fd) -> Result<SocketId, Errno> {
        match self.fds.get(host.0 as usize).and_then(|t| t.get(fd)) {
            Some(FdEntry::Socket(id)) => Ok(id),
            Some(_) => Err(Errno::ENOTSOCK),
            None => Err(Errno::EBADF),
        }
    }

    pub(crate) fn sock(&self, host: HostId, fd: Fd) -> Result<(SocketId, &Socket), Errno> {
        let id = self.socket_id(host, fd)?;
        self.sockets.get(&id).map(|s| (id, s)).ok_or(Errno::EBADF)
    }

    /// The poll mask of a socket now.
    pub(crate) fn poll_socket(&self, id: SocketId) -> Ready {
        let Some(s) = self.sockets.get(&id) else { return Ready::HUP };
        let peer_queue = match &s.proto {
            Proto::Unix(u) => u.peer.and_then(|p| match self.sockets.get(&p).map(|p| &p.proto) {
                Some(Proto::Unix(pu)) => Some(pu.queue.len()),
                _ => None,
            }),
            _ => None,
        };
        s.poll_mask(self.config.send_buffer, self.config.unix_buffer, peer_queue)
    }

    /// `poll()` of one file descriptor: its readiness as `selectors` events.
    pub fn poll_fd(&self, host: HostId, fd: Fd) -> Result<Events, Errno> {
        let id = self.socket_id(host, fd)?;
        Ok(Events::from_ready(self.poll_socket(id), Events::BOTH))
    }

    /// Runs the network until `fd` is ready for `want`, `timeout` passes, or nothing in flight
    /// can make it ready: how a blocking socket call waits (it blocks the whole loop).
    pub fn wait_fd(
        &mut self,
        host: HostId,
        fd: Fd,
        want: Events,
        timeout: Option<Nanos>,
    ) -> Result<FdWait, Errno> {
        let deadline = timeout.map(|t| self.now.saturating_add(t));
        let waiter = [crate::NetWaiter::Socket(fd, want)];
        if self.run_until_any_ready(host, &waiter, deadline)?.is_some() {
            return Ok(FdWait::Ready);
        }
        match deadline {
            Some(d) => {
                self.now = self.now.max(d);
                Ok(FdWait::TimedOut)
            }
            None => Ok(FdWait::Never),
        }
    }

    /// Finishes a call: what it sent on immediate links arrives before it returns.
    pub(crate) fn settle(&mut self) {
        let now = self.now;
        self.run_until(now);
    }

    /// `setsockopt`.
    pub fn setsockopt(&mut self, host: HostId, fd: Fd, opt: SockOpt) -> Result<(), Errno> {
        let id = self.socket_id(host, fd)?;
        let s = self.sockets.get_mut(&id).ok_or(Errno::EBADF)?;
        match opt {
            SockOpt::ReuseAddr(on) => s.reuse_addr = on,
            SockOpt::ReusePort(on) => s.reuse_port = on,
            SockOpt::LingerZero(on) => s.linger_zero = on,
            SockOpt::Broadcast(on) => s.broadcast = on,
        }
        Ok(())
    }

    /// `getsockopt(SOL_SOCKET, SO_ERROR)`: the pending error, cleared.
    pub fn take_error(&mut self, host: HostId, fd: Fd) -> Result<Option<Errno>, Errno> {
        let id = self.socket_id(host, fd)?;
        Ok(self.sockets.get_mut(&id).and_then(|s| s.error.take()))
    }

    /// `getsockname()`: `0.0.0.0:0` before `bind`; `None` for an `AF_UNIX` pair.
    pub fn getsockname(&self, host: HostId, fd: Fd) -> Result<Option<SockAddr>, Errno> {
        let (_, s) = self.sock(host, fd)?;
        Ok(match s.family {
            Family::Unix => None,
            Family::Inet => Some(s.local.unwrap_or(SockAddr::UNSPECIFIED)),
        })
    }

    /// `getpeername()`: `ENOTCONN` unless connected.
    pub fn getpeername(&self, host: HostId, fd: Fd) -> Result<Option<SockAddr>, Errno> {
        let (_, s) = self.sock(host, fd)?;
        match (&s.proto, s.peer) {
            (Proto::Unix(u), _) if u.peer.is_some() => Ok(None),
            (Proto::Tcp(t), Some(p)) if t.state == TcpState::Established => Ok(Some(p)),
            (Proto::Udp(_), Some(p)) => Ok(Some(p)),
            _ => Err(Errno::ENOTCONN),
        }
    }

    /// `bind(addr)`; port 0 takes the next free ephemeral port.
    pub fn bind(&mut self, host: HostId, fd: Fd, addr: SockAddr) -> Result<(), Errno> {
        let (id, s) = self.sock(host, fd)?;
        if s.family != Family::Inet {
            return Err(Errno::EINVAL);
        }
        if s.local.is_some() {
            return Err(Errno::EINVAL);
        }
        if !self.hosts.is_local(host, addr.ip) {
            return Err(Errno::EADDRNOTAVAIL);
        }
        let kind = s.kind;
        let port = if addr.port == 0 {
            self.ephemeral_port(host, kind).ok_or(Errno::EADDRINUSE)?
        } else {
            if self.conflicts(host, kind, addr, id) {
                return Err(Errno::EADDRINUSE);
            }
            addr.port
        };
        self.take_port(host, id, SockAddr::new(addr.ip, port));
        Ok(())
    }

    /// Records that `id` holds `addr`.
    /// Gives back the local port socket `id` holds (it becomes unbound).
    pub(crate) fn release_port(&mut self, id: SocketId) {
        let Some(s) = self.sockets.get_mut(&id) else { return };
        let Some(local) = s.local.take() else { return };
        let key = (s.host, s.kind, local.port);
        if let Some(holders) = self.ports.get_mut(&key) {
            holders.remove(&id);
            if holders.is_empty() {
                self.ports.remove(&key);
            }
        }
    }

    pub(crate) fn take_port(&mut self, host: HostId, id: SocketId, addr: SockAddr) {
        let Some(s) = self.sockets.get_mut(&id) else { return };
        s.local = Some(addr);
        self.ports.entry((host, s.kind, addr.port)).or_default().insert(id);
    }

    /// Whether binding `addr` would clash with a socket that holds its port: the addresses
    /// overlap, and neither both set `SO_REUSEADDR` with the holder not listening nor both
    /// set `SO_REUSEPORT` (then a connection goes to the first listener bound).
    pub(crate) fn conflicts(
        &self,
        host: HostId,
        kind: SockType,
        addr: SockAddr,
        me: SocketId,
    ) -> bool {
        let reuse = self.sockets.get(&me).is_some_and(|s| s.reuse_addr);
        let reuse_port = self.sockets.get(&me).is_some_and(|s| s.reuse_port);
        let overlaps =
            |ip: Ipv4Addr| ip == addr.ip || ip.is_unspecified() || addr.ip.is_unspecified();
        if kind == SockType::Stream {
            let blocks =
                |w: &TimeWait| w.until > self.now && overlaps(w.ip) && !(reuse && w.reuse_addr);
            if self.time_wait.get(&(host, addr.port)).is_some_and(|ws| ws.iter().any(blocks)) {
                return true;
            }
        }
        let Some(holders) = self.ports.get(&(host, kind, addr.port)) else { return false };
        holders.iter().filter(|h| **h != me).any(|h| {
            let Some(other) = self.sockets.get(h) else { return false };
            let Some(at) = other.local else { return false };
            let overlap = overlaps(at.ip);
            let listening = other.tcp().is_some_and(|t| t.state == TcpState::Listen);
            let shared = reuse_port && other.reuse_port;
            overlap && !(reuse && other.reuse_addr && !listening) && !shared
        })
    }

    /// The next ephemeral port nobody holds, searching up from where the last search ended
    /// and wrapping, as Linux's range allows (deterministic, unlike Linux's hashed start).
    pub(crate) fn ephemeral_port(&mut self, host: HostId, kind: SockType) -> Option<u16> {
        let (low, high) = self.config.ephemeral_ports;
        if low == 0 || high < low {
            return None;
        }
        let start = self.next_ephemeral.get(&host).copied().unwrap_or(low).clamp(low, high);
        let span = u32::from(high - low) + 1;
        for i in 0..span {
            let port = low + ((u32::from(start - low) + i) % span) as u16;
            let taken = self.ports.get(&(host, kind, port)).is_some_and(|v| !v.is_empty());
            if !taken {
                self.next_ephemeral.insert(host, if port == high { low } else { port + 1 });
                return Some(port);
            }
        }
        None
    }

    /// The local address a socket sends from towards `dst`: its bound one, with the
    /// unspecified address replaced by the interface that reaches `dst`.
    pub(crate) fn source_ip(&self, host: HostId, bound: Ipv4Addr, dst: Ipv4Addr) -> Ipv4Addr {
        if !bound.is_unspecified() {
            bound
        } else if is_loopback(dst) {
            Ipv4Addr::LOCALHOST
        } else {
            self.host_ip(host).unwrap_or(Ipv4Addr::LOCALHOST)
        }
    }

    /// Removes a socket from every table (its fd is already closed or it never had one).
    pub(crate) fn remove_socket(&mut self, id: SocketId) {
        self.forget_watchers(id);
        let Some(s) = self.sockets.remove(&id) else { return };
        let active_close = s.tcp().is_some_and(|t| {
            t.closed_first && !t.done && t.send.fin == FinState::Acked && t.recv.fin
        });
        for key in s.timers {
            self.fabric.cancel(key);
        }
        if let Some(local) = s.local {
            if active_close {
                let (now, until) = (self.now, self.now + self.config.time_wait);
                let waiting = self.time_wait.entry((s.host, local.port)).or_default();
                // Entries come in time order: the expired ones are at the front.
                while waiting.front().is_some_and(|w| w.until <= now) {
                    waiting.pop_front();
                }
                waiting.push_back(TimeWait { ip: local.ip, until, reuse_addr: s.reuse_addr });
            }
            if let Some(v) = self.ports.get_mut(&(s.host, s.kind, local.port)) {
                v.remove(&id);
                if v.is_empty() {
                    self.ports.remove(&(s.host, s.kind, local.port));
                }
            }
            if let Some(v) = self.listeners.get_mut(&(s.host, local.port)) {
                v.remove(&id);
                if v.is_empty() {
                    self.listeners.remove(&(s.host, local.port));
                }
            }
            if let Some(peer) = s.peer {
                if self.conns.get(&(s.host, local, peer)) == Some(&id) {
                    self.conns.remove(&(s.host, local, peer));
                }
            }
        }
        if let Some(fd) = s.fd {
            if let Some(t) = self.fds.get_mut(s.host.0 as usize) {
                if t.get(fd) == Some(FdEntry::Socket(id)) {
                    t.close(fd);
                }
            }
        }
    }

    /// `close(fd)`.
    pub fn close(&mut self, host: HostId, fd: Fd) -> Result<(), Errno> {
        let entry =
            self.fds.get_mut(host.0 as usize).and_then(|t| t.close(fd)).ok_or(Errno::EBADF)?;
        match entry {
            FdEntry::Other => {}
            FdEntry::File(id) => self.fs.close(id),
            FdEntry::Epoll(ep) => self.close_epoll(ep),
            FdEntry::Socket(id) => {
                self.forget_watchers(id);
                if let Some(s) = self.sockets.get_mut(&id) {
                    s.fd = None;
                }
                let kind = self.sockets.get(&id).map(|s| match s.proto {
                    Proto::Tcp(_) => 0,
                    Proto::Udp(_) => 1,
                    Proto::Unix(_) => 2,
                });
                match kind {
                    Some(0) => self.tcp_close(id),
                    Some(2) => self.unix_close(id),
                    _ => self.remove_socket(id),
                }
            }
        }
        self.settle();
        Ok(())
    }

    /// `shutdown(fd, how)`.
    pub fn shutdown(&mut self, host: HostId, fd: Fd, how: Shutdown) -> Result<(), Errno> {
        let (id, s) = self.sock(host, fd)?;
        let result = match s.proto {
            Proto::Tcp(_) => self.tcp_shutdown(id, how),
            Proto::Unix(_) => self.unix_shutdown(id, how),
            Proto::Udp(_) => {
                if s.peer.is_none() {
                    Err(Errno::ENOTCONN)
                } else {
                    Ok(())
                }
            }
        };
        self.settle();
        result
    }

    /// `send(data)`: how many bytes the kernel took.
    pub fn send(&mut self, host: HostId, fd: Fd, data: &[u8]) -> Result<usize, Errno> {
        let (id, s) = self.sock(host, fd)?;
        let result = match s.proto {
            Proto::Tcp(_) => self.tcp_send(id, data),
            Proto::Unix(_) => self.unix_send(id, data),
            Proto::Udp(_) => match s.peer {
                Some(peer) => self.udp_sendto(id, data, peer),
                None => Err(Errno::EDESTADDRREQ),
            },
        };
        self.touch_buffers(id);
        self.settle();
        result
    }

    /// `recv(max)`: at most `max` queued bytes; `b''` at end of stream.
    pub fn recv(&mut self, host: HostId, fd: Fd, max: usize) -> Result<Vec<u8>, Errno> {
        let (id, s) = self.sock(host, fd)?;
        let result = match s.proto {
            Proto::Tcp(_) => self.tcp_recv(id, max),
            Proto::Unix(_) => self.unix_recv(id, max),
            Proto::Udp(_) => self.udp_recvfrom(id, max).map(|(data, _)| data),
        };
        self.touch_buffers(id);
        self.settle();
        result
    }

    /// The sockets of a host in fd order, for the page's sockets panel.
    pub fn socket_infos(&self, host: HostId) -> Vec<SocketInfo> {
        let Some(table) = self.fds.get(host.0 as usize) else { return Vec::new() };
        table.iter().filter_map(|(fd, e)| self.info_of(fd, e)).collect()
    }

    /// One socket of a host (the trace records a socket's state at each change: asking
    /// `socket_infos` each time made 10,000 connections quadratic).
    pub fn socket_info(&self, host: HostId, fd: Fd) -> Option<SocketInfo> {
        let entry = self.fds.get(host.0 as usize)?.get(fd)?;
        self.info_of(fd, entry)
    }

    fn info_of(&self, fd: Fd, entry: FdEntry) -> Option<SocketInfo> {
        let FdEntry::Socket(id) = entry else { return None };
        let s = self.sockets.get(&id)?;
        let (state, send_queued, unacked, recv_queued) = match &s.proto {
            Proto::Tcp(t) => (
                t.state_name(),
                t.send.buffered,
                (t.send.next_seq - t.send.acked) as usize,
                t.recv.queue.len(),
            ),
            Proto::Udp(u) => {
                let state = if s.peer.is_some() { "CONNECTED" } else { "UNCONN" };
                (state, 0, 0, u.queued_bytes)
            }
            Proto::Unix(u) => ("CONNECTED", 0, 0, u.queue.len()),
        };
        Some(SocketInfo {
            fd,
            family: s.family,
            kind: s.kind,
            state,
            local: s.local,
            peer: s.peer,
            send_queued,
            unacked,
            recv_queued,
        })
    }

    /// How many sockets the kernel still holds, with those closed by their program that are
    /// still finishing their goodbyes and those not yet accepted.
    pub fn socket_count(&self) -> usize {
        self.sockets.len()
    }

    /// The listening sockets of a host (for the deadlock report: "waiting for connections
    /// on ... that no one will make").
    pub fn listening(&self, host: HostId) -> Vec<(Fd, SockAddr)> {
        self.socket_infos(host)
            .into_iter()
            .filter(|i| i.state == "LISTEN")
            .filter_map(|i| i.local.map(|a| (i.fd, a)))
            .collect()
    }
}

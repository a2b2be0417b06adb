//! TCP: `listen`/`accept` with the backlog, `connect` and the three-way handshake (SYN, SYN-ACK,
//! ACK, each a packet on the links), send buffers cut into segments, a receive window,
//! retransmission of lost segments, half-close (FIN) and reset (RST), as
//! tests/conformance/NETWORK_MODEL.md (rules 5-8) and Linux's loopback behaviour describe.
//! No slow start, no congestion window, no delayed ACK, no Nagle, no TIME_WAIT.

use crate::addr::{SockAddr, SockType};
use crate::errno::Errno;
use crate::fabric::{Body, Event, Packet, Timer};
use crate::fds::Fd;
use crate::hosts::HostId;
use crate::kernel::{Kernel, Shutdown};
use crate::selector::Ready;
use crate::socket::{FinState, Listen, Proto, Socket, SocketId, Tcp, TcpState};
use crate::time::Nanos;

/// The sender of packets no socket sends (a reset for a port nobody listens on).
const NO_SOCKET: SocketId = SocketId(u64::MAX);

/// Linux's `somaxconn`: the largest backlog `listen` takes.
const SOMAXCONN: i32 = 4096;

/// Everything a socket can wake for when it is reset.
const ALL: Ready = Ready(Ready::IN.0 | Ready::OUT.0 | Ready::ERR.0 | Ready::HUP.0 | Ready::RDHUP.0);

impl Kernel {
    fn tcp_of(&mut self, id: SocketId) -> Option<&mut Tcp> {
        self.sockets.get_mut(&id).and_then(Socket::tcp_mut)
    }

    /// Sends `body` from socket `id` to its peer.
    fn tcp_send_packet(&mut self, id: SocketId, body: Body, losses: u32) {
        let Some(s) = self.sockets.get(&id) else { return };
        let (Some(src), Some(dst)) = (s.local, s.peer) else { return };
        let host = s.host;
        self.transmit(host, id, Packet { src, dst, body, losses });
    }

    fn schedule_timer(&mut self, id: SocketId, at: Nanos, timer: Timer) {
        let key = self.fabric.schedule(at, Event::Timer { socket: id, timer });
        if let Some(s) = self.sockets.get_mut(&id) {
            let now = self.now;
            s.timers.retain(|k| k.0 >= now);
            s.timers.push(key);
        }
    }

    fn cancel_timers(&mut self, id: SocketId) {
        let timers = match self.sockets.get_mut(&id) {
            Some(s) => std::mem::take(&mut s.timers),
            None => return,
        };
        for key in timers {
            self.fabric.cancel(key);
        }
    }

    /// The segment size on the link from `host` to `dst`: the model's MSS on a modelled link,
    /// a large one on an immediate link (sizes cannot be seen there).
    fn mss_towards(&self, host: HostId, dst: SockAddr) -> usize {
        let to = self.hosts.route(host, dst.ip);
        let (a, b) = self.hosts.link_names(host, to);
        let model = self.config.link_between(&a, &b);
        if model.is_immediate() {
            self.config.immediate_mss.max(1)
        } else {
            self.config.mss.max(1)
        }
    }

    fn free_space(&self, tcp: &Tcp) -> usize {
        self.config.recv_buffer.saturating_sub(tcp.recv.queue.len() + tcp.recv.out_of_order_bytes)
    }

    /// ACKs everything received in order, advertising the free space.
    fn send_ack(&mut self, id: SocketId) {
        let free = match self.sockets.get(&id).and_then(Socket::tcp) {
            Some(t) => self.free_space(t),
            None => return,
        };
        let Some(tcp) = self.tcp_of(id) else { return };
        tcp.recv.advertised = free;
        let ack = tcp.recv.next + u64::from(tcp.recv.fin);
        self.tcp_send_packet(id, Body::Ack { ack, window: free as u64 }, 0);
    }

    /// `listen(backlog)`: binds an ephemeral port first if unbound.
    pub fn listen(&mut self, host: HostId, fd: Fd, backlog: i32) -> Result<(), Errno> {
        let (id, s) = self.sock(host, fd)?;
        let tcp = match &s.proto {
            Proto::Tcp(t) => t,
            Proto::Udp(_) => return Err(Errno::EOPNOTSUPP),
            Proto::Unix(_) => return Err(Errno::EINVAL),
        };
        let backlog = backlog.clamp(0, SOMAXCONN) as usize;
        match tcp.state {
            TcpState::Listen => {
                if let Some(l) = self.tcp_of(id).and_then(|t| t.listen.as_mut()) {
                    l.backlog = backlog;
                }
                return Ok(());
            }
            TcpState::Closed if !tcp.done && s.peer.is_none() => {}
            _ => return Err(Errno::EINVAL),
        }
        match s.local {
            Some(local) => {
                if self.conflicts(host, SockType::Stream, local, id) {
                    return Err(Errno::EADDRINUSE);
                }
            }
            None => {
                let port = self.ephemeral_port(host, SockType::Stream).ok_or(Errno::EADDRINUSE)?;
                self.take_port(host, id, SockAddr::new(std::net::Ipv4Addr::UNSPECIFIED, port));
            }
        }
        if let Some(tcp) = self.tcp_of(id) {
            tcp.state = TcpState::Listen;
            tcp.listen = Some(Listen { backlog, ..Listen::default() });
        }
        if let Some(port) = self.sockets.get(&id).and_then(|s| s.local).map(|l| l.port) {
            self.listeners.entry((host, port)).or_default().insert(id);
        }
        Ok(())
    }

    /// `accept()`: the oldest complete connection, with a new file descriptor.
    pub fn accept(&mut self, host: HostId, fd: Fd) -> Result<(Fd, SockAddr), Errno> {
        let (id, s) = self.sock(host, fd)?;
        match s.tcp() {
            Some(t) if t.state == TcpState::Listen => {}
            Some(_) => return Err(Errno::EINVAL),
            None => return Err(Errno::EOPNOTSUPP),
        }
        let child = self
            .tcp_of(id)
            .and_then(|t| t.listen.as_mut())
            .and_then(|l| l.accept_queue.pop_front())
            .ok_or(Errno::EAGAIN)?;
        let fd = self
            .fds
            .get_mut(host.0 as usize)
            .ok_or(Errno::EBADF)?
            .open(crate::fds::FdEntry::Socket(child));
        let peer = match self.sockets.get_mut(&child) {
            Some(c) => {
                c.fd = Some(fd);
                if let Proto::Tcp(t) = &mut c.proto {
                    t.parent = None;
                }
                c.peer.unwrap_or(SockAddr::UNSPECIFIED)
            }
            None => SockAddr::UNSPECIFIED,
        };
        Ok((fd, peer))
    }

    /// `connect(addr)`. A TCP connect always returns `EINPROGRESS`, as a non-blocking one does
    /// even on loopback: on an immediate link the handshake (or the refusal) is complete by
    /// then and `SO_ERROR` says how it ended. UDP only records the peer.
    pub fn connect(&mut self, host: HostId, fd: Fd, addr: SockAddr) -> Result<(), Errno> {
        let (id, s) = self.sock(host, fd)?;
        let addr = if addr.ip.is_unspecified() { SockAddr::loopback(addr.port) } else { addr };
        let tcp = match &s.proto {
            Proto::Tcp(t) => t,
            Proto::Udp(_) => return self.udp_connect(id, addr),
            Proto::Unix(_) => return Err(Errno::EISCONN),
        };
        if crate::udp::is_broadcast(addr.ip) {
            // No route carries a stream to a broadcast address.
            return Err(Errno::ENETUNREACH);
        }
        // Linux's answers to a connect on a socket that is not fresh: a second connect
        // reports how the first ended once, then "already connected".
        match tcp.state {
            TcpState::Listen | TcpState::SynReceived => return Err(Errno::EISCONN),
            TcpState::SynSent => return Err(Errno::EALREADY),
            TcpState::Established => {
                let first_report = tcp.connecting;
                if let Some(t) = self.tcp_of(id) {
                    t.connecting = false;
                }
                return if first_report { Ok(()) } else { Err(Errno::EISCONN) };
            }
            TcpState::Closed if tcp.connecting => {
                // The attempt failed and this reports it: Linux's `__inet_stream_connect`
                // then makes the socket unconnected again (`SS_UNCONNECTED`), so the program
                // may connect it anew (a retry loop) and a `recv` is "not connected".
                let release = tcp.port_from_connect;
                let error = self.sockets.get_mut(&id).and_then(|s| {
                    s.peer = None;
                    s.error.take()
                });
                if let Some(t) = self.tcp_of(id) {
                    t.connecting = false;
                    t.done = false;
                    t.port_from_connect = false;
                }
                if release {
                    self.release_port(id);
                }
                return Err(error.unwrap_or(Errno::ECONNABORTED));
            }
            TcpState::Closed if tcp.done => return Err(Errno::EISCONN),
            TcpState::Closed => {}
        }
        let port_from_connect = s.local.is_none();
        let local = match s.local {
            Some(l) if !l.ip.is_unspecified() => l,
            Some(l) => SockAddr::new(self.source_ip(host, l.ip, addr.ip), l.port),
            None => {
                let port =
                    self.ephemeral_port(host, SockType::Stream).ok_or(Errno::EADDRNOTAVAIL)?;
                let local = SockAddr::new(self.source_ip(host, l_unspec(), addr.ip), port);
                self.take_port(host, id, local);
                local
            }
        };
        if self.conns.contains_key(&(host, local, addr)) {
            return Err(Errno::EADDRNOTAVAIL);
        }
        let mss = self.mss_towards(host, addr);
        let recv_buffer = self.config.recv_buffer;
        if let Some(s) = self.sockets.get_mut(&id) {
            s.local = Some(local);
            s.peer = Some(addr);
            s.error = None;
        }
        if let Some(tcp) = self.tcp_of(id) {
            *tcp = Tcp::new(recv_buffer);
            tcp.state = TcpState::SynSent;
            tcp.connecting = true;
            tcp.port_from_connect = port_from_connect;
            tcp.send.mss = mss;
        }
        self.conns.insert((host, local, addr), id);
        self.send_syn(id);
        self.settle();
        Err(Errno::EINPROGRESS)
    }

    /// Sends (or resends) the SYN and arms the retry: 1, 2, 4, ... seconds after each send.
    fn send_syn(&mut self, id: SocketId) {
        let window = self.config.recv_buffer as u64;
        let Some(tcp) = self.tcp_of(id) else { return };
        tcp.syn_sent += 1;
        let attempt = tcp.syn_sent;
        self.tcp_send_packet(id, Body::Syn { window }, 0);
        let wait = self.config.syn_rto.saturating_mul(1u64 << (attempt - 1).min(30));
        let at = self.now.saturating_add(wait);
        self.schedule_timer(id, at, Timer::SynRetry { attempt });
    }

    /// `send(data)` on a TCP socket.
    pub(crate) fn tcp_send(&mut self, id: SocketId, data: &[u8]) -> Result<usize, Errno> {
        let send_buffer = self.config.send_buffer;
        let Some(s) = self.sockets.get_mut(&id) else { return Err(Errno::EBADF) };
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        let Proto::Tcp(tcp) = &mut s.proto else { return Err(Errno::EBADF) };
        match tcp.state {
            // Linux's `sk_stream_wait_connect`: not connecting, not connected: a broken pipe.
            TcpState::Closed | TcpState::Listen => return Err(Errno::EPIPE),
            TcpState::SynSent | TcpState::SynReceived => return Err(Errno::EAGAIN),
            TcpState::Established => {}
        }
        if tcp.send.shut {
            return Err(Errno::EPIPE);
        }
        if data.is_empty() {
            return Ok(0);
        }
        let free = send_buffer.saturating_sub(tcp.send.buffered);
        if free == 0 {
            return Err(Errno::EAGAIN);
        }
        let n = free.min(data.len());
        for chunk in data[..n].chunks(tcp.send.mss.max(1)) {
            tcp.send.unsent.push_back(chunk.to_vec());
        }
        tcp.send.buffered += n;
        self.try_transmit(id);
        Ok(n)
    }

    /// Transmits the unsent segments that fit in the peer's window, then the FIN if queued.
    fn try_transmit(&mut self, id: SocketId) {
        let mut packets = Vec::new();
        {
            let Some(tcp) = self.tcp_of(id) else { return };
            if tcp.state != TcpState::Established || tcp.done {
                return;
            }
            while let Some(seg) = tcp.send.unsent.front() {
                let end = tcp.send.next_seq + seg.len() as u64;
                if end > tcp.send.window_edge {
                    break;
                }
                let Some(seg) = tcp.send.unsent.pop_front() else { break };
                let seq = tcp.send.next_seq;
                tcp.send.next_seq = end;
                tcp.send.in_flight.insert(seq, seg.clone());
                packets.push(Body::Data { seq, bytes: seg });
            }
            if tcp.send.unsent.is_empty() && tcp.send.fin == FinState::Queued {
                tcp.send.fin = FinState::Sent;
                tcp.closed_first = !tcp.recv.fin;
                packets.push(Body::Fin { seq: tcp.send.next_seq });
            }
        }
        for body in packets {
            self.tcp_send_packet(id, body, 0);
        }
    }

    /// `recv(max)` on a TCP socket: queued bytes first, then a pending error, then `b''` at
    /// end of stream.
    pub(crate) fn tcp_recv(&mut self, id: SocketId, max: usize) -> Result<Vec<u8>, Errno> {
        let half = self.config.recv_buffer / 2;
        let Some(s) = self.sockets.get_mut(&id) else { return Err(Errno::EBADF) };
        let Proto::Tcp(tcp) = &mut s.proto else { return Err(Errno::EBADF) };
        if max == 0 {
            return Ok(Vec::new());
        }
        if !tcp.recv.queue.is_empty() {
            let n = max.min(tcp.recv.queue.len());
            let data: Vec<u8> = tcp.recv.queue.drain(..n).collect();
            // The sender may be waiting for room: say there is some (a window update).
            if n > 0 && tcp.recv.advertised < half && !tcp.done && !tcp.recv.fin {
                self.send_ack(id);
            }
            return Ok(data);
        }
        // After the peer's FIN a read says end of stream even if a reset followed (Linux
        // checks `SOCK_DONE` first); the error waits for the next send.
        if tcp.recv.fin {
            return Ok(Vec::new());
        }
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        if tcp.recv.shut || tcp.done {
            return Ok(Vec::new());
        }
        match tcp.state {
            TcpState::Listen | TcpState::Closed => Err(Errno::ENOTCONN),
            _ => Err(Errno::EAGAIN),
        }
    }

    pub(crate) fn tcp_shutdown(&mut self, id: SocketId, how: Shutdown) -> Result<(), Errno> {
        let Some(tcp) = self.tcp_of(id) else { return Err(Errno::EBADF) };
        if tcp.state != TcpState::Established || tcp.done {
            return Err(Errno::ENOTCONN);
        }
        if matches!(how, Shutdown::Read | Shutdown::Both) {
            tcp.recv.shut = true;
        }
        if matches!(how, Shutdown::Write | Shutdown::Both) && !tcp.send.shut {
            tcp.send.shut = true;
            if tcp.send.fin == FinState::None {
                tcp.send.fin = FinState::Queued;
            }
            self.try_transmit(id);
        }
        self.wake(id, Ready::IN | Ready::OUT | Ready::RDHUP);
        Ok(())
    }

    /// A socket whose file descriptor was closed: a listener resets the connections nobody
    /// accepted; a connection with unread bytes (or `SO_LINGER` 0) resets; otherwise its FIN
    /// goes after what it still has to send, and it lives on until that is done.
    pub(crate) fn tcp_close(&mut self, id: SocketId) {
        let Some(s) = self.sockets.get(&id) else { return };
        let linger_zero = s.linger_zero;
        let Some(tcp) = s.tcp() else { return };
        match tcp.state {
            TcpState::Listen => {
                let children: Vec<SocketId> = tcp
                    .listen
                    .as_ref()
                    .map(|l| l.accept_queue.iter().chain(l.half_open.iter()).copied().collect())
                    .unwrap_or_default();
                for child in children {
                    self.tcp_send_packet(child, Body::Rst, 0);
                    self.remove_socket(child);
                }
                self.remove_socket(id);
            }
            TcpState::Closed | TcpState::SynSent | TcpState::SynReceived => self.remove_socket(id),
            TcpState::Established => {
                if tcp.done {
                    self.remove_socket(id);
                } else if !tcp.recv.queue.is_empty() || linger_zero {
                    self.tcp_send_packet(id, Body::Rst, 0);
                    self.remove_socket(id);
                } else {
                    let finished = tcp.send.fin == FinState::Acked && tcp.recv.fin;
                    if finished {
                        self.remove_socket(id);
                        return;
                    }
                    if let Some(tcp) = self.tcp_of(id) {
                        tcp.recv.shut = true;
                        if !tcp.send.shut {
                            tcp.send.shut = true;
                            tcp.send.fin = FinState::Queued;
                        }
                    }
                    self.try_transmit(id);
                }
            }
        }
    }

    /// A socket closed by its program that has finished its goodbyes goes.
    fn reap_if_done(&mut self, id: SocketId) {
        let Some(s) = self.sockets.get(&id) else { return };
        let Some(tcp) = s.tcp() else { return };
        let orphan = s.fd.is_none() && tcp.parent.is_none();
        if orphan && tcp.send.fin == FinState::Acked && tcp.recv.fin {
            self.remove_socket(id);
        }
    }

    /// A reset ends the connection: a pending error for the program, nothing more to send.
    fn reset(&mut self, id: SocketId) {
        let host_conn = self.sockets.get(&id).and_then(|s| Some((s.host, s.local?, s.peer?)));
        let Some(s) = self.sockets.get_mut(&id) else { return };
        let orphan = s.fd.is_none() && s.tcp().is_some_and(|t| t.parent.is_none());
        let Proto::Tcp(tcp) = &mut s.proto else { return };
        match tcp.state {
            TcpState::SynSent => s.error = Some(Errno::ECONNREFUSED),
            TcpState::SynReceived => {
                let parent = tcp.parent;
                if let Some(l) = parent.and_then(|p| self.tcp_of(p)).and_then(|t| t.listen.as_mut())
                {
                    l.half_open.remove(&id);
                }
                self.remove_socket(id);
                return;
            }
            TcpState::Established if orphan => {
                self.remove_socket(id);
                return;
            }
            TcpState::Established => {
                s.error = Some(if tcp.recv.fin { Errno::EPIPE } else { Errno::ECONNRESET });
            }
            TcpState::Closed | TcpState::Listen => return,
        }
        tcp.state = TcpState::Closed;
        tcp.done = true;
        tcp.send.unsent.clear();
        tcp.send.in_flight.clear();
        tcp.send.buffered = 0;
        if let Some(key) = host_conn {
            self.conns.remove(&key);
        }
        self.cancel_timers(id);
        self.wake(id, ALL);
    }

    /// A lost packet from socket `flow`, whose transmission ended at `end`: data and FINs are
    /// resent one retransmission timeout later (SYNs have their own timer).
    pub(crate) fn on_lost(&mut self, flow: SocketId, packet: &Packet, end: Nanos, latency: Nanos) {
        let timer = match packet.body {
            Body::Data { seq, .. } => {
                Timer::Retransmit { seq, fin: false, losses: packet.losses + 1 }
            }
            Body::Fin { seq } => Timer::Retransmit { seq, fin: true, losses: packet.losses + 1 },
            _ => return,
        };
        let at = end.saturating_add(self.config.rto(latency, packet.losses));
        self.schedule_timer(flow, at, timer);
    }

    pub(crate) fn on_timer(&mut self, id: SocketId, timer: Timer) {
        let syn_retries = self.config.syn_retries;
        let Some(tcp) = self.tcp_of(id) else { return };
        match timer {
            Timer::SynRetry { attempt } => {
                if tcp.state != TcpState::SynSent || tcp.syn_sent != attempt {
                    return;
                }
                if attempt > syn_retries {
                    tcp.state = TcpState::Closed;
                    tcp.done = true;
                    let conn =
                        self.sockets.get(&id).and_then(|s| Some((s.host, s.local?, s.peer?)));
                    if let Some(s) = self.sockets.get_mut(&id) {
                        s.error = Some(Errno::ETIMEDOUT);
                    }
                    if let Some(key) = conn {
                        self.conns.remove(&key);
                    }
                    self.wake(id, ALL);
                } else {
                    self.send_syn(id);
                }
            }
            Timer::Retransmit { seq, fin, losses } => {
                if tcp.state != TcpState::Established || tcp.done {
                    return;
                }
                let body = if fin {
                    if tcp.send.fin != FinState::Sent {
                        return;
                    }
                    Body::Fin { seq }
                } else {
                    match tcp.send.in_flight.get(&seq) {
                        Some(bytes) => Body::Data { seq, bytes: bytes.clone() },
                        None => return,
                    }
                };
                self.tcp_send_packet(id, body, losses);
            }
        }
    }

    /// The listener on `host` for `dst`: bound to that address or to `0.0.0.0`.
    fn find_listener(&self, host: HostId, dst: SockAddr) -> Option<SocketId> {
        let holders = self.listeners.get(&(host, dst.port))?;
        holders.iter().copied().find(|h| {
            self.sockets.get(h).is_some_and(|s| {
                s.tcp().is_some_and(|t| t.state == TcpState::Listen)
                    && s.local.is_some_and(|l| l.ip == dst.ip || l.ip.is_unspecified())
            })
        })
    }

    /// Answers a packet nobody expects with a reset.
    fn refuse(&mut self, host: HostId, packet: &Packet) {
        let reply = Packet { src: packet.dst, dst: packet.src, body: Body::Rst, losses: 0 };
        self.transmit(host, NO_SOCKET, reply);
    }

    /// A TCP packet reached `host`.
    pub(crate) fn tcp_arrive(&mut self, host: HostId, packet: Packet) {
        let conn = self.conns.get(&(host, packet.dst, packet.src)).copied();
        match (&packet.body, conn) {
            (Body::Syn { window }, None) => self.on_syn(host, &packet, *window),
            (Body::Syn { .. }, Some(id)) => {
                if self.tcp_of(id).is_some_and(|t| t.state == TcpState::SynReceived) {
                    let window = self.config.recv_buffer as u64;
                    self.tcp_send_packet(id, Body::SynAck { window }, 0);
                }
            }
            (Body::Rst, Some(id)) => self.reset(id),
            (Body::Rst | Body::Ack { .. } | Body::SynAck { .. }, None) => {}
            (_, None) => self.refuse(host, &packet),
            (Body::SynAck { window }, Some(id)) => self.on_syn_ack(id, *window),
            (Body::Ack { ack, window }, Some(id)) => self.on_ack(id, *ack, *window),
            (Body::Data { .. } | Body::Fin { .. }, Some(id)) => self.on_data(id, packet),
            (Body::Datagram(_) | Body::Unreachable, Some(_)) => {}
        }
    }

    fn on_syn(&mut self, host: HostId, packet: &Packet, window: u64) {
        let Some(listener) = self.find_listener(host, packet.dst) else {
            self.refuse(host, packet);
            return;
        };
        let Some(l) = self.sockets.get(&listener) else { return };
        let reuse = l.reuse_addr;
        let Some(queues) = l.tcp().and_then(|t| t.listen.as_ref()) else { return };
        // Linux queues at most backlog + 1 connections; a SYN beyond that is dropped and the
        // client's SYN timer sends it again.
        if queues.accept_queue.len() + queues.half_open.len() > queues.backlog {
            return;
        }
        let mss = self.mss_towards(host, packet.src);
        let mut tcp = Tcp::new(self.config.recv_buffer);
        tcp.state = TcpState::SynReceived;
        tcp.parent = Some(listener);
        tcp.send.window_edge = window;
        tcp.send.mss = mss;
        let child = self.new_socket(
            host,
            crate::addr::Family::Inet,
            SockType::Stream,
            Proto::Tcp(Box::new(tcp)),
        );
        if let Some(c) = self.sockets.get_mut(&child) {
            c.reuse_addr = reuse;
            c.peer = Some(packet.src);
        }
        self.take_port(host, child, packet.dst);
        self.conns.insert((host, packet.dst, packet.src), child);
        if let Some(l) = self.tcp_of(listener).and_then(|t| t.listen.as_mut()) {
            l.half_open.insert(child);
        }
        let window = self.config.recv_buffer as u64;
        self.tcp_send_packet(child, Body::SynAck { window }, 0);
    }

    fn on_syn_ack(&mut self, id: SocketId, window: u64) {
        let Some(tcp) = self.tcp_of(id) else { return };
        match tcp.state {
            TcpState::SynSent => {
                tcp.state = TcpState::Established;
                tcp.send.window_edge = window;
                self.cancel_timers(id);
                self.send_ack(id);
                self.wake(id, Ready::OUT);
            }
            TcpState::Established => self.send_ack(id),
            _ => {}
        }
    }

    fn on_ack(&mut self, id: SocketId, ack: u64, window: u64) {
        let Some(tcp) = self.tcp_of(id) else { return };
        if tcp.state == TcpState::SynReceived {
            tcp.state = TcpState::Established;
            let parent = tcp.parent;
            match parent.and_then(|p| self.tcp_of(p)).and_then(|t| t.listen.as_mut()) {
                Some(l) => {
                    l.half_open.remove(&id);
                    l.accept_queue.push_back(id);
                }
                None => {
                    self.tcp_send_packet(id, Body::Rst, 0);
                    self.remove_socket(id);
                    return;
                }
            }
            if let Some(p) = parent {
                self.wake(p, Ready::IN);
            }
        }
        let Some(tcp) = self.tcp_of(id) else { return };
        if tcp.state != TcpState::Established || tcp.done {
            return;
        }
        let sent = tcp.send.next_seq;
        let acked = ack.min(sent);
        let mut freed = 0;
        if acked > tcp.send.acked {
            freed = (acked - tcp.send.acked) as usize;
            tcp.send.acked = acked;
            tcp.send.buffered = tcp.send.buffered.saturating_sub(freed);
            while let Some((&seq, seg)) = tcp.send.in_flight.first_key_value() {
                if seq + seg.len() as u64 > acked {
                    break;
                }
                tcp.send.in_flight.pop_first();
            }
        }
        if tcp.send.fin == FinState::Sent && ack > sent {
            tcp.send.fin = FinState::Acked;
        }
        tcp.send.window_edge = tcp.send.window_edge.max(acked + window);
        self.try_transmit(id);
        if freed > 0 {
            self.wake(id, Ready::OUT);
        }
        self.reap_if_done(id);
    }

    fn on_data(&mut self, id: SocketId, packet: Packet) {
        let Some(s) = self.sockets.get_mut(&id) else { return };
        let orphan = s.fd.is_none() && s.tcp().is_some_and(|t| t.parent.is_none());
        let Proto::Tcp(tcp) = &mut s.proto else { return };
        if tcp.state != TcpState::Established || tcp.done {
            return;
        }
        // Data for a socket its program closed: the peer learns with a reset.
        if orphan && matches!(packet.body, Body::Data { .. }) {
            self.tcp_send_packet(id, Body::Rst, 0);
            self.remove_socket(id);
            return;
        }
        let recv = &mut tcp.recv;
        let before = (recv.queue.len(), recv.fin);
        match packet.body {
            Body::Data { seq, bytes } => {
                if seq == recv.next {
                    recv.next += bytes.len() as u64;
                    recv.queue.extend(bytes);
                    while let Some((&at, _)) = recv.out_of_order.first_key_value() {
                        if at > recv.next {
                            break;
                        }
                        let Some((at, seg)) = recv.out_of_order.pop_first() else { break };
                        recv.out_of_order_bytes -= seg.len();
                        let end = at + seg.len() as u64;
                        if end > recv.next {
                            let skip = (recv.next - at) as usize;
                            recv.queue.extend(&seg[skip..]);
                            recv.next = end;
                        }
                    }
                } else if seq > recv.next && !recv.out_of_order.contains_key(&seq) {
                    recv.out_of_order_bytes += bytes.len();
                    recv.out_of_order.insert(seq, bytes);
                }
            }
            Body::Fin { seq } => {
                if seq == recv.next {
                    recv.fin = true;
                } else if seq > recv.next {
                    recv.fin_at = Some(seq);
                }
            }
            _ => {}
        }
        if recv.fin_at == Some(recv.next) {
            recv.fin = true;
            recv.fin_at = None;
        }
        let after = (recv.queue.len(), recv.fin);
        self.send_ack(id);
        if after.1 && !before.1 {
            self.wake(id, Ready::IN | Ready::RDHUP);
        } else if after.0 > before.0 {
            self.wake(id, Ready::IN);
        }
        self.reap_if_done(id);
    }
}

fn l_unspec() -> std::net::Ipv4Addr {
    std::net::Ipv4Addr::UNSPECIFIED
}

//! UDP: datagrams sent whole, one packet each (never resent, possibly reordered by jitter),
//! received whole and truncated to the buffer, dropped when the receive buffer is full; a
//! datagram to a port nobody holds comes back as ICMP "port unreachable", which a
//! *connected* socket reports as `ECONNREFUSED` at its next call (tests/conformance/README.md,
//! "Immediate loopback delivery").

use std::net::Ipv4Addr;

use crate::addr::{SockAddr, SockType};
use crate::errno::Errno;
use crate::fabric::{Body, Packet};
use crate::fds::Fd;
use crate::hosts::HostId;
use crate::kernel::Kernel;
use crate::selector::Ready;
use crate::socket::{Proto, SocketId};

impl Kernel {
    /// Binds an unbound socket to `0.0.0.0` and an ephemeral port (what `sendto` and
    /// `connect` do first).
    fn udp_autobind(&mut self, id: SocketId) -> Result<SockAddr, Errno> {
        let Some(s) = self.sockets.get(&id) else { return Err(Errno::EBADF) };
        if let Some(local) = s.local {
            return Ok(local);
        }
        let host = s.host;
        let port = self.ephemeral_port(host, SockType::Dgram).ok_or(Errno::EAGAIN)?;
        let local = SockAddr::new(Ipv4Addr::UNSPECIFIED, port);
        self.take_port(host, id, local);
        Ok(local)
    }

    pub(crate) fn udp_connect(&mut self, id: SocketId, addr: SockAddr) -> Result<(), Errno> {
        self.check_broadcast(id, addr)?;
        self.udp_autobind(id)?;
        if let Some(s) = self.sockets.get_mut(&id) {
            s.peer = Some(addr);
        }
        Ok(())
    }

    /// Linux's rule for a datagram socket's route: a broadcast address (the limited one, or
    /// loopback's `127.255.255.255`) needs `SO_BROADCAST`, else `EACCES`.
    fn check_broadcast(&self, id: SocketId, addr: SockAddr) -> Result<(), Errno> {
        let allowed = self.sockets.get(&id).is_some_and(|s| s.broadcast);
        match is_broadcast(addr.ip) && !allowed {
            true => Err(Errno::EACCES),
            false => Ok(()),
        }
    }

    /// `sendto(data, addr)`.
    pub fn sendto(
        &mut self,
        host: HostId,
        fd: Fd,
        data: &[u8],
        addr: SockAddr,
    ) -> Result<usize, Errno> {
        let (id, s) = self.sock(host, fd)?;
        let result = match s.proto {
            // The route is checked here, not for a connected socket's `send`: that one was
            // checked by `connect` (Linux keeps the route it found).
            // Linux's `udp_sendmsg` refuses port 0 as a destination.
            Proto::Udp(_) if addr.port == 0 => Err(Errno::EINVAL),
            Proto::Udp(_) => {
                self.check_broadcast(id, addr).and_then(|()| self.udp_sendto(id, data, addr))
            }
            // A connected stream ignores the address, as Linux's TCP does.
            Proto::Tcp(_) => return self.send(host, fd, data),
            Proto::Unix(_) => return Err(Errno::EISCONN),
        };
        self.settle();
        result
    }

    pub(crate) fn udp_sendto(
        &mut self,
        id: SocketId,
        data: &[u8],
        addr: SockAddr,
    ) -> Result<usize, Errno> {
        if data.len() > self.config.max_datagram {
            return Err(Errno::EMSGSIZE);
        }
        let local = self.udp_autobind(id)?;
        let Some(s) = self.sockets.get_mut(&id) else { return Err(Errno::EBADF) };
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        let host = s.host;
        let addr = if addr.ip.is_unspecified() { SockAddr::loopback(addr.port) } else { addr };
        let src = SockAddr::new(self.source_ip(host, local.ip, addr.ip), local.port);
        let packet = Packet { src, dst: addr, body: Body::Datagram(data.to_vec()), losses: 0 };
        self.transmit(host, id, packet);
        Ok(data.len())
    }

    /// `recvfrom(max)`: the oldest datagram (truncated to `max`) and its sender; on a stream
    /// socket, `recv` and no address.
    pub fn recvfrom(
        &mut self,
        host: HostId,
        fd: Fd,
        max: usize,
    ) -> Result<(Vec<u8>, Option<SockAddr>), Errno> {
        let (id, s) = self.sock(host, fd)?;
        let result = match s.proto {
            Proto::Udp(_) => self.udp_recvfrom(id, max).map(|(d, a)| (d, Some(a))),
            _ => return self.recv(host, fd, max).map(|d| (d, None)),
        };
        self.touch_buffers(id);
        self.settle();
        result
    }

    /// `recvfrom(max, MSG_PEEK)`: what `recvfrom` would return, left queued. A read that finds
    /// nothing queued (end of stream, a pending error, `EAGAIN`) is `recvfrom`'s, which
    /// consumes nothing but the error, reported once as on Linux.
    pub fn peek(
        &mut self,
        host: HostId,
        fd: Fd,
        max: usize,
    ) -> Result<(Vec<u8>, Option<SockAddr>), Errno> {
        let (_, s) = self.sock(host, fd)?;
        let bytes = |queue: &std::collections::VecDeque<u8>| {
            (!queue.is_empty()).then(|| (queue.iter().take(max).copied().collect(), None))
        };
        let queued = match &s.proto {
            Proto::Tcp(tcp) => bytes(&tcp.recv.queue),
            Proto::Unix(unix) => bytes(&unix.queue),
            // A pending ICMP error comes before queued datagrams.
            Proto::Udp(_) if s.error.is_some() => None,
            Proto::Udp(udp) => udp
                .queue
                .front()
                .map(|(from, data)| (data[..max.min(data.len())].to_vec(), Some(*from))),
        };
        match queued {
            Some(found) => Ok(found),
            None => self.recvfrom(host, fd, max),
        }
    }

    pub(crate) fn udp_recvfrom(
        &mut self,
        id: SocketId,
        max: usize,
    ) -> Result<(Vec<u8>, SockAddr), Errno> {
        let Some(s) = self.sockets.get_mut(&id) else { return Err(Errno::EBADF) };
        // A pending ICMP error comes before queued datagrams, as on Linux.
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        let Proto::Udp(udp) = &mut s.proto else { return Err(Errno::EBADF) };
        let (from, mut data) = udp.queue.pop_front().ok_or(Errno::EAGAIN)?;
        udp.queued_bytes -= data.len();
        data.truncate(max);
        Ok((data, from))
    }

    /// The socket on `host` that takes a datagram for `dst` from `src`: one connected to
    /// `src` first, else one bound to `dst`'s address or to `0.0.0.0`, oldest first.
    fn udp_receiver(&self, host: HostId, dst: SockAddr, src: SockAddr) -> Option<SocketId> {
        let holders = self.ports.get(&(host, SockType::Dgram, dst.port))?;
        let fits = |id: &SocketId, connected: bool| {
            self.sockets.get(id).is_some_and(|s| {
                let ip_ok = s.local.is_some_and(|l| l.ip == dst.ip || l.ip.is_unspecified());
                ip_ok && if connected { s.peer == Some(src) } else { s.peer.is_none() }
            })
        };
        holders
            .iter()
            .find(|h| fits(h, true))
            .or_else(|| holders.iter().find(|h| fits(h, false)))
            .copied()
    }

    /// A datagram or an ICMP error reached `host`.
    pub(crate) fn udp_arrive(&mut self, host: HostId, packet: Packet) {
        match packet.body {
            Body::Datagram(data) => {
                let Some(id) = self.udp_receiver(host, packet.dst, packet.src) else {
                    let reply = Packet {
                        src: packet.dst,
                        dst: packet.src,
                        body: Body::Unreachable,
                        losses: 0,
                    };
                    self.transmit(host, SocketId(u64::MAX), reply);
                    return;
                };
                let limit = self.config.udp_recv_buffer;
                let Some(s) = self.sockets.get_mut(&id) else { return };
                let Proto::Udp(udp) = &mut s.proto else { return };
                if udp.queued_bytes + data.len() > limit {
                    return;
                }
                udp.queued_bytes += data.len();
                udp.queue.push_back((packet.src, data));
                self.wake(id, Ready::IN);
            }
            Body::Unreachable => {
                // `packet.src` is where our datagram went; only a socket connected there hears.
                let Some(holders) = self.ports.get(&(host, SockType::Dgram, packet.dst.port))
                else {
                    return;
                };
                let target = holders.iter().copied().find(|h| {
                    self.sockets.get(h).is_some_and(|s| {
                        s.peer == Some(packet.src) && matches!(s.proto, Proto::Udp(_))
                    })
                });
                if let Some(id) = target {
                    if let Some(s) = self.sockets.get_mut(&id) {
                        s.error = Some(Errno::ECONNREFUSED);
                    }
                    self.wake(id, Ready::ERR);
                }
            }
            _ => {}
        }
    }
}

/// A broadcast address of the program's routes: `255.255.255.255`, and `127.255.255.255`,
/// the broadcast address of loopback's `127.0.0.0/8`.
pub(crate) fn is_broadcast(ip: Ipv4Addr) -> bool {
    ip.is_broadcast() || ip == Ipv4Addr::new(127, 255, 255, 255)
}

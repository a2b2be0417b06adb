//! Sockets: what the kernel keeps for each one (addresses, options, the pending error, the
//! epolls watching it, its protocol's state) and its poll mask, computed as Linux's
//! `tcp_poll`/`udp_poll`/`unix_poll` compute it, which is what epoll reports.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::addr::{Family, SockAddr, SockType};
use crate::errno::Errno;
use crate::fabric::EventKey;
use crate::fds::Fd;
use crate::hosts::HostId;
use crate::selector::{EpollId, Ready};
use crate::time::Nanos;

/// A socket's identity inside the kernel. Never reused, so a packet or a timer for a socket
/// that is gone finds nothing instead of a newer socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SocketId(pub u64);

/// One socket.
#[derive(Debug)]
pub struct Socket {
    pub(crate) host: HostId,
    pub(crate) family: Family,
    pub(crate) kind: SockType,
    /// `None` once closed while TCP still delivers its last bytes, or before `accept`.
    pub(crate) fd: Option<Fd>,
    pub(crate) local: Option<SockAddr>,
    pub(crate) peer: Option<SockAddr>,
    pub(crate) reuse_addr: bool,
    /// `SO_REUSEPORT`: sockets that all set it may hold the same address and port.
    pub(crate) reuse_port: bool,
    /// `SO_LINGER` (on, 0): `close` resets the connection.
    pub(crate) linger_zero: bool,
    /// `SO_BROADCAST`: datagrams may go to a broadcast address.
    pub(crate) broadcast: bool,
    /// `sk_err`: reported once, by the next call or `SO_ERROR`.
    pub(crate) error: Option<Errno>,
    /// The epolls watching it, and under which number.
    pub(crate) watchers: Vec<(EpollId, Fd)>,
    /// Pending timers (SYN retries, retransmissions), cancelled when it goes.
    pub(crate) timers: Vec<EventKey>,
    pub(crate) proto: Proto,
}

/// The protocol part of a socket.
#[derive(Debug)]
pub enum Proto {
    Tcp(Box<Tcp>),
    Udp(Udp),
    Unix(UnixStream),
}

/// A TCP socket's connection state (the part of Linux's state machine that shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TcpState {
    /// Never connected, or connected once and done (reset, refused, timed out).
    Closed,
    Listen,
    SynSent,
    /// A connection the listener answered, waiting for the client's ACK.
    SynReceived,
    /// Connected (also while either side has sent its FIN).
    Established,
}

/// A listening socket's queues.
#[derive(Debug, Default)]
pub struct Listen {
    pub(crate) backlog: usize,
    /// Connections complete but not yet accepted, oldest first.
    pub(crate) accept_queue: VecDeque<SocketId>,
    /// Connections that got our SYN-ACK but not the client's ACK yet.
    pub(crate) half_open: BTreeSet<SocketId>,
}

/// Whether our FIN has been queued, sent or acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinState {
    None,
    /// After the unsent data.
    Queued,
    Sent,
    Acked,
}

/// The sending half of a TCP connection. Sequence numbers count payload bytes from 0; the
/// FIN takes the number after the last byte.
#[derive(Debug)]
pub struct SendSide {
    /// Bytes accepted by `send` and not yet acknowledged (unsent or in flight).
    pub(crate) buffered: usize,
    /// Segments cut at `send` time, not transmitted yet.
    pub(crate) unsent: VecDeque<Vec<u8>>,
    /// Sequence number of the next new byte to transmit.
    pub(crate) next_seq: u64,
    /// Everything before this is acknowledged.
    pub(crate) acked: u64,
    /// The peer's advertised window ends here: a segment may go if it ends at or before it.
    pub(crate) window_edge: u64,
    /// Transmitted, unacknowledged segments by sequence number (for retransmission).
    pub(crate) in_flight: BTreeMap<u64, Vec<u8>>,
    pub(crate) fin: FinState,
    /// `shutdown(SHUT_WR)` or `close`: no more `send`.
    pub(crate) shut: bool,
    /// The segment size on this connection's link.
    pub(crate) mss: usize,
    /// TCP never reorders: the latest arrival time scheduled on this connection.
    pub(crate) last_arrival: Nanos,
}

/// The receiving half of a TCP connection.
#[derive(Debug, Default)]
pub struct RecvSide {
    pub(crate) queue: VecDeque<u8>,
    /// Sequence number of the next byte expected in order.
    pub(crate) next: u64,
    /// Segments that arrived ahead of a lost one (head-of-line blocking).
    pub(crate) out_of_order: BTreeMap<u64, Vec<u8>>,
    pub(crate) out_of_order_bytes: usize,
    /// A FIN that arrived ahead of missing data.
    pub(crate) fin_at: Option<u64>,
    /// The peer's FIN arrived in order: reads return b'' once the queue is empty.
    pub(crate) fin: bool,
    /// `shutdown(SHUT_RD)` or `close`.
    pub(crate) shut: bool,
    /// The free space our last ACK advertised.
    pub(crate) advertised: usize,
}

/// A TCP socket.
#[derive(Debug)]
pub struct Tcp {
    pub(crate) state: TcpState,
    /// Set by a reset, a refusal or a timeout (Linux's `sk_shutdown = SHUTDOWN_MASK`).
    pub(crate) done: bool,
    pub(crate) listen: Option<Listen>,
    /// The listener that made this connection, until `accept` takes it.
    pub(crate) parent: Option<SocketId>,
    pub(crate) send: SendSide,
    pub(crate) recv: RecvSide,
    /// SYNs sent so far for the current `connect`.
    pub(crate) syn_sent: u32,
    /// A `connect` started and no later `connect` has reported how it ended (Linux's
    /// `SS_CONNECTING`): a second `connect` then says so instead of `EISCONN`.
    pub(crate) connecting: bool,
    /// Our FIN went before the peer's arrived (the active close): the connection ends in
    /// TIME_WAIT, holding its local address for `NetConfig::time_wait`.
    pub(crate) closed_first: bool,
    /// `connect` chose the local port (the socket was not bound): a failed attempt gives it
    /// back, as Linux's `inet_put_port` does for a port without `SOCK_BINDPORT_LOCK`.
    pub(crate) port_from_connect: bool,
}

impl Tcp {
    pub(crate) fn new(recv_buffer: usize) -> Self {
        Tcp {
            state: TcpState::Closed,
            done: false,
            listen: None,
            parent: None,
            send: SendSide {
                buffered: 0,
                unsent: VecDeque::new(),
                next_seq: 0,
                acked: 0,
                window_edge: 0,
                in_flight: BTreeMap::new(),
                fin: FinState::None,
                shut: false,
                mss: 1460,
                last_arrival: 0,
            },
            recv: RecvSide { advertised: recv_buffer, ..RecvSide::default() },
            syn_sent: 0,
            connecting: false,
            closed_first: false,
            port_from_connect: false,
        }
    }

    /// The name `ss`/`netstat` would show for this state.
    pub fn state_name(&self) -> &'static str {
        match self.state {
            TcpState::Closed => "CLOSE",
            TcpState::Listen => "LISTEN",
            TcpState::SynSent => "SYN_SENT",
            TcpState::SynReceived => "SYN_RECV",
            TcpState::Established => match (self.send.fin, self.recv.fin) {
                (FinState::None | FinState::Queued, false) => "ESTABLISHED",
                (FinState::None | FinState::Queued, true) => "CLOSE_WAIT",
                (FinState::Sent, false) => "FIN_WAIT1",
                (FinState::Acked, false) => "FIN_WAIT2",
                (FinState::Sent, true) => "LAST_ACK",
                (FinState::Acked, true) => "TIME_WAIT",
            },
        }
    }
}

/// A UDP socket.
#[derive(Debug, Default)]
pub struct Udp {
    /// Datagrams received, oldest first, with their sender.
    pub(crate) queue: VecDeque<(SockAddr, Vec<u8>)>,
    pub(crate) queued_bytes: usize,
}

/// One end of a `socketpair()`.
#[derive(Debug, Default)]
pub struct UnixStream {
    /// The other end, while it is open.
    pub(crate) peer: Option<SocketId>,
    pub(crate) queue: VecDeque<u8>,
    /// The other end shut its sending side or closed: reads return b'' once empty.
    pub(crate) eof: bool,
    pub(crate) shut_read: bool,
    pub(crate) shut_write: bool,
}

impl Socket {
    pub(crate) fn new(host: HostId, family: Family, kind: SockType, proto: Proto) -> Self {
        Socket {
            host,
            family,
            kind,
            fd: None,
            local: None,
            peer: None,
            reuse_addr: false,
            reuse_port: false,
            linger_zero: false,
            broadcast: false,
            error: None,
            watchers: Vec::new(),
            timers: Vec::new(),
            proto,
        }
    }

    pub(crate) fn tcp(&self) -> Option<&Tcp> {
        match &self.proto {
            Proto::Tcp(t) => Some(t),
            _ => None,
        }
    }

    pub(crate) fn tcp_mut(&mut self) -> Option<&mut Tcp> {
        match &mut self.proto {
            Proto::Tcp(t) => Some(t),
            _ => None,
        }
    }

    /// What `poll` would report now (Linux's `tcp_poll`, `udp_poll`, `unix_poll`).
    pub(crate) fn poll_mask(
        &self,
        send_buffer: usize,
        unix_buffer: usize,
        peer_unix_queue: Option<usize>,
    ) -> Ready {
        let mut mask = Ready::EMPTY;
        if self.error.is_some() {
            mask |= Ready::ERR;
        }
        match &self.proto {
            Proto::Tcp(tcp) => {
                if tcp.state == TcpState::Listen {
                    if tcp.listen.as_ref().is_some_and(|l| !l.accept_queue.is_empty()) {
                        mask |= Ready::IN;
                    }
                    return mask;
                }
                let read_shut = tcp.done || tcp.recv.shut || tcp.recv.fin;
                let write_shut = tcp.done || tcp.send.shut;
                if tcp.state == TcpState::Closed || (read_shut && write_shut) {
                    mask |= Ready::HUP;
                }
                if matches!(tcp.state, TcpState::SynSent | TcpState::SynReceived) {
                    return mask;
                }
                if read_shut {
                    mask |= Ready::IN | Ready::RDHUP;
                }
                if !tcp.recv.queue.is_empty() {
                    mask |= Ready::IN;
                }
                if write_shut || tcp.send.buffered < send_buffer {
                    mask |= Ready::OUT;
                }
            }
            Proto::Udp(udp) => {
                if !udp.queue.is_empty() {
                    mask |= Ready::IN;
                }
                mask |= Ready::OUT;
            }
            Proto::Unix(unix) => {
                if unix.eof || unix.shut_read {
                    mask |= Ready::IN | Ready::RDHUP;
                }
                if (unix.eof || unix.shut_read) && (unix.shut_write || unix.peer.is_none()) {
                    mask |= Ready::HUP;
                }
                if !unix.queue.is_empty() {
                    mask |= Ready::IN;
                }
                match peer_unix_queue {
                    Some(len) if !unix.shut_write && len < unix_buffer => mask |= Ready::OUT,
                    None => mask |= Ready::OUT,
                    _ if unix.shut_write => mask |= Ready::OUT,
                    _ => {}
                }
            }
        }
        mask
    }
}

/// What the page's sockets panel shows of one socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocketInfo {
    pub fd: Fd,
    pub family: Family,
    pub kind: SockType,
    /// `LISTEN`, `ESTABLISHED`, `CLOSE_WAIT`, ... (`UNCONN`/`CONNECTED` for UDP and pairs).
    pub state: &'static str,
    pub local: Option<SockAddr>,
    pub peer: Option<SockAddr>,
    /// Bytes in the send buffer (not yet acknowledged).
    pub send_queued: usize,
    /// Of those, bytes sent and not yet acknowledged: on the link or at the peer.
    pub unacked: usize,
    /// Bytes (or datagram bytes) waiting to be read.
    pub recv_queued: usize,
}

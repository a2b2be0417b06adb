//! Which of the program's sockets had their buffers change, for the page's sockets panel
//! (issue 13). Kept only when packets are recorded (`NetConfig::record_packets`, i.e. a
//! trace is on): a socket is marked when its wait queue wakes (data or an ACK arrived, a
//! reset) and when the program sends or receives on it.

use crate::addr::SockAddr;
use crate::fds::Fd;
use crate::hosts::HostId;
use crate::kernel::Kernel;
use crate::socket::{Proto, SocketId};

/// One socket's buffers now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BufferChange {
    /// The socket behind the fd (a closed fd's number can come back for another socket).
    pub socket: u64,
    pub fd: Fd,
    /// Bytes accepted by `send` and not yet acknowledged.
    pub send: usize,
    /// Bytes arrived and not yet read.
    pub recv: usize,
    /// Its state now, as [`SocketInfo`](crate::SocketInfo) gives it (a handshake that
    /// completed, a reset, changes it without a call of the program's).
    pub state: &'static str,
    pub local: Option<SockAddr>,
    pub peer: Option<SockAddr>,
}

impl Kernel {
    /// Marks `id` as changed, if it is the program's and changes are kept.
    pub(crate) fn touch_buffers(&mut self, id: SocketId) {
        if self.config.record_packets
            && self.sockets.get(&id).is_some_and(|s| s.host == HostId::PROGRAM)
        {
            self.touched.insert(id);
        }
    }

    /// The program's sockets marked since the last call, by socket id, with their buffers.
    /// A socket not yet accepted (no fd) stays marked until it has one.
    pub fn take_buffer_changes(&mut self) -> Vec<BufferChange> {
        if self.touched.is_empty() {
            return Vec::new();
        }
        let touched = std::mem::take(&mut self.touched);
        let mut out = Vec::with_capacity(touched.len());
        for id in touched {
            let Some(s) = self.sockets.get(&id) else { continue };
            let Some(fd) = s.fd else {
                self.touched.insert(id);
                continue;
            };
            let (send, recv, state) = match &s.proto {
                Proto::Tcp(t) => (t.send.buffered, t.recv.queue.len(), t.state_name()),
                Proto::Udp(u) => {
                    (0, u.queued_bytes, if s.peer.is_some() { "CONNECTED" } else { "UNCONN" })
                }
                Proto::Unix(u) => (0, u.queue.len(), "CONNECTED"),
            };
            let (local, peer) = (s.local, s.peer);
            out.push(BufferChange { socket: id.0, fd, send, recv, state, local, peer });
        }
        out
    }
}

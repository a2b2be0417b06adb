//! `AF_UNIX` stream pairs (`socket.socketpair()`, the loop's self-pipe): no network, no
//! addresses; bytes go straight into the other end's queue, up to its buffer.

use crate::errno::Errno;
use crate::kernel::{Kernel, Shutdown};
use crate::selector::Ready;
use crate::socket::{Proto, SocketId, UnixStream};

impl Kernel {
    fn unix_of(&mut self, id: SocketId) -> Option<&mut UnixStream> {
        match self.sockets.get_mut(&id).map(|s| &mut s.proto) {
            Some(Proto::Unix(u)) => Some(u),
            _ => None,
        }
    }

    pub(crate) fn unix_send(&mut self, id: SocketId, data: &[u8]) -> Result<usize, Errno> {
        let limit = self.config.unix_buffer;
        if let Some(e) = self.sockets.get_mut(&id).and_then(|s| s.error.take()) {
            return Err(e);
        }
        let me = self.unix_of(id).ok_or(Errno::EBADF)?;
        if me.shut_write {
            return Err(Errno::EPIPE);
        }
        let peer = me.peer.ok_or(Errno::EPIPE)?;
        let other = self.unix_of(peer).ok_or(Errno::EPIPE)?;
        if other.shut_read {
            return Err(Errno::EPIPE);
        }
        if data.is_empty() {
            return Ok(0);
        }
        let free = limit.saturating_sub(other.queue.len());
        if free == 0 {
            return Err(Errno::EAGAIN);
        }
        let n = free.min(data.len());
        other.queue.extend(&data[..n]);
        self.wake(peer, Ready::IN);
        Ok(n)
    }

    pub(crate) fn unix_recv(&mut self, id: SocketId, max: usize) -> Result<Vec<u8>, Errno> {
        let me = self.unix_of(id).ok_or(Errno::EBADF)?;
        if !me.queue.is_empty() {
            let n = max.min(me.queue.len());
            let data: Vec<u8> = me.queue.drain(..n).collect();
            if let Some(peer) = me.peer {
                self.wake(peer, Ready::OUT);
            }
            return Ok(data);
        }
        let (eof, shut) = (me.eof, me.shut_read);
        if let Some(e) = self.sockets.get_mut(&id).and_then(|s| s.error.take()) {
            return Err(e);
        }
        if eof || shut {
            Ok(Vec::new())
        } else {
            Err(Errno::EAGAIN)
        }
    }

    pub(crate) fn unix_shutdown(&mut self, id: SocketId, how: Shutdown) -> Result<(), Errno> {
        let me = self.unix_of(id).ok_or(Errno::EBADF)?;
        if matches!(how, Shutdown::Read | Shutdown::Both) {
            me.shut_read = true;
        }
        let peer = me.peer;
        if matches!(how, Shutdown::Write | Shutdown::Both) {
            me.shut_write = true;
            if let Some(other) = peer.and_then(|p| self.unix_of(p)) {
                other.eof = true;
            }
            if let Some(p) = peer {
                self.wake(p, Ready::IN | Ready::RDHUP);
            }
        }
        Ok(())
    }

    /// The other end sees end of stream, or a reset if this end had unread bytes.
    pub(crate) fn unix_close(&mut self, id: SocketId) {
        let (peer, unread) = match self.unix_of(id) {
            Some(me) => (me.peer, !me.queue.is_empty()),
            None => (None, false),
        };
        if let Some(p) = peer {
            if let Some(other) = self.unix_of(p) {
                other.eof = true;
                other.peer = None;
            }
            if unread {
                if let Some(s) = self.sockets.get_mut(&p) {
                    s.error = Some(Errno::ECONNRESET);
                }
            }
            self.wake(p, Ready::IN | Ready::OUT | Ready::HUP | Ready::RDHUP);
        }
        self.remove_socket(id);
    }
}

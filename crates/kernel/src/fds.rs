//! File descriptors: each host's table, handing out the lowest free number as Linux does
//! (0-2 are the standard streams; the first loop's epoll is 3, its self-pipe 4 and 5). Sockets,
//! epolls and files share the numbers, as on Linux.

use std::collections::BTreeSet;

use crate::fs::OpenFileId;
use crate::selector::EpollId;
use crate::socket::SocketId;

/// A file descriptor number, as `sock.fileno()` returns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fd(pub u32);

impl std::fmt::Display for Fd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a file descriptor refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FdEntry {
    Socket(SocketId),
    Epoll(EpollId),
    /// An open file of the file system (`fs`).
    File(OpenFileId),
    /// A number taken by something the kernel does not model (a standard stream).
    Other,
}

/// One host's file descriptors.
#[derive(Debug, Default, Clone)]
pub struct FdTable {
    entries: Vec<Option<FdEntry>>,
    /// Numbers below `entries.len()` that are free, so the lowest is found in `O(log n)`.
    free: BTreeSet<u32>,
}

impl FdTable {
    /// A table with the three standard streams open.
    pub fn with_std_streams() -> Self {
        FdTable { entries: vec![Some(FdEntry::Other); 3], free: BTreeSet::new() }
    }

    /// Opens the lowest free number for `entry`.
    pub fn open(&mut self, entry: FdEntry) -> Fd {
        match self.free.pop_first() {
            Some(n) => {
                self.entries[n as usize] = Some(entry);
                Fd(n)
            }
            None => {
                self.entries.push(Some(entry));
                Fd(self.entries.len() as u32 - 1)
            }
        }
    }

    pub fn get(&self, fd: Fd) -> Option<FdEntry> {
        self.entries.get(fd.0 as usize).copied().flatten()
    }

    /// Closes `fd`, returning what it referred to.
    pub fn close(&mut self, fd: Fd) -> Option<FdEntry> {
        let entry = self.entries.get_mut(fd.0 as usize)?.take()?;
        self.free.insert(fd.0);
        Some(entry)
    }

    /// The open numbers, in order.
    pub fn iter(&self) -> impl Iterator<Item = (Fd, FdEntry)> + '_ {
        self.entries.iter().enumerate().filter_map(|(n, e)| e.map(|e| (Fd(n as u32), e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lowest_free_number_is_reused_first() {
        let mut t = FdTable::with_std_streams();
        assert_eq!(t.open(FdEntry::Other), Fd(3));
        assert_eq!(t.open(FdEntry::Other), Fd(4));
        assert_eq!(t.open(FdEntry::Other), Fd(5));
        assert_eq!(t.close(Fd(4)), Some(FdEntry::Other));
        assert_eq!(t.close(Fd(4)), None);
        assert_eq!(t.close(Fd(3)), Some(FdEntry::Other));
        assert_eq!(t.open(FdEntry::Other), Fd(3));
        assert_eq!(t.open(FdEntry::Other), Fd(4));
        assert_eq!(t.open(FdEntry::Other), Fd(6));
        assert_eq!(t.get(Fd(99)), None);
        assert_eq!(t.iter().count(), 7);
    }
}

//! The file system: directories and regular files (bytes) in memory, one per run, as the
//! program's host sees it. A run starts with the working directory ([`CWD`]) and `/tmp`
//! existing and empty. Paths resolve as Linux resolves them, a component at a time from the
//! root or the working directory (`..` of the root is the root), and every call fails with
//! the errno Linux gives. Open files are descriptions ([`OpenFile`]: a node, a position, an
//! access mode) that the host's file descriptor table points to, as sockets are.
//!
//! `listdir`'s order is the names' sorted order (Linux's depends on the file system; a
//! program that prints a listing should sort it, as the conformance scenarios do).

use std::collections::BTreeMap;

use crate::errno::Errno;
use crate::time::Nanos;

/// The working directory a run starts in (what `os.getcwd()` says).
pub const CWD: &str = "/home/loopscope";

/// The block size `fstat` reports (`st_blksize`): Python's `open` picks its buffer size from
/// it, 4096 on the usual Linux file systems.
pub const BLOCK_SIZE: u64 = 4096;

/// The process's umask: `open(..., 0o666)` makes `0o644`, as under a usual login.
pub const UMASK: u32 = 0o022;

/// A node of the file system (an inode number, also `st_ino`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct NodeId(pub usize);

/// An open file description (what `open` made; file descriptors point to one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct OpenFileId(pub u64);

#[derive(Debug)]
enum Node {
    Dir {
        entries: BTreeMap<String, NodeId>,
        parent: NodeId,
        mtime: Nanos,
        perm: u32,
    },
    File {
        data: Vec<u8>,
        links: u32,
        mtime: Nanos,
        perm: u32,
    },
    /// A node whose last name and last open description went away.
    Freed,
}

/// What kind of node a path names (`S_ISDIR`/`S_ISREG`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Dir,
    Regular,
}

/// What `stat`/`fstat` tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub kind: FileKind,
    pub size: u64,
    pub ino: u64,
    pub nlink: u32,
    /// The permission bits (the mode it was made with, less the umask).
    pub perm: u32,
    /// When the contents last changed (a directory's: its entries), on the kernel's clock;
    /// access and change times are not kept apart from it.
    pub mtime: Nanos,
}

/// `open`'s flags that the file system models.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub create: bool,
    pub exclusive: bool,
    pub truncate: bool,
    pub append: bool,
    /// The permission bits a created file gets (`open`'s `mode`), before the umask.
    pub mode: u32,
}

/// `lseek`'s `whence`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whence {
    Set,
    Cur,
    End,
}

/// An open file description.
#[derive(Debug, Clone, Copy)]
pub struct OpenFile {
    node: NodeId,
    pos: u64,
    flags: OpenFlags,
}

/// The whole file system of a run.
#[derive(Debug)]
pub struct Fs {
    nodes: Vec<Node>,
    /// How many open descriptions each node has (a removed file lives until the last closes).
    opens: BTreeMap<NodeId, u32>,
    files: BTreeMap<OpenFileId, OpenFile>,
    next_file: u64,
    cwd: NodeId,
    /// The kernel's clock, as the current call sees it (modification times).
    pub(crate) now: Nanos,
}

const ROOT: NodeId = NodeId(0);

impl Default for Fs {
    fn default() -> Self {
        let mut fs = Fs {
            nodes: vec![Node::Dir {
                entries: BTreeMap::new(),
                parent: ROOT,
                mtime: 0,
                perm: 0o755,
            }],
            opens: BTreeMap::new(),
            files: BTreeMap::new(),
            next_file: 0,
            cwd: ROOT,
            now: 0,
        };
        for path in ["/tmp", "/home", CWD] {
            let _ = fs.mkdir(path, 0o777);
        }
        if let Ok(cwd) = fs.resolve(CWD) {
            fs.cwd = cwd;
        }
        fs
    }
}

impl Fs {
    fn entries(&self, dir: NodeId) -> Result<&BTreeMap<String, NodeId>, Errno> {
        match self.nodes.get(dir.0) {
            Some(Node::Dir { entries, .. }) => Ok(entries),
            _ => Err(Errno::ENOTDIR),
        }
    }

    /// A directory's entries, to change them (which is a modification of the directory).
    fn entries_mut(&mut self, dir: NodeId) -> Result<&mut BTreeMap<String, NodeId>, Errno> {
        match self.nodes.get_mut(dir.0) {
            Some(Node::Dir { entries, mtime, .. }) => {
                *mtime = self.now;
                Ok(entries)
            }
            _ => Err(Errno::ENOTDIR),
        }
    }

    fn is_dir(&self, node: NodeId) -> bool {
        matches!(self.nodes.get(node.0), Some(Node::Dir { .. }))
    }

    /// Walks one component from `at`.
    fn step(&self, at: NodeId, name: &str) -> Result<NodeId, Errno> {
        match (name, self.nodes.get(at.0)) {
            (_, Some(Node::Dir { .. })) if name.is_empty() || name == "." => Ok(at),
            ("..", Some(Node::Dir { parent, .. })) => Ok(*parent),
            (_, Some(Node::Dir { entries, .. })) => entries.get(name).copied().ok_or(Errno::ENOENT),
            _ => Err(Errno::ENOTDIR),
        }
    }

    /// The directory a path's last component is in, and that component (`""` for a path
    /// that ends in `/`, `.` or `..`, which name a directory itself).
    fn parent_of<'p>(&self, path: &'p str) -> Result<(NodeId, &'p str), Errno> {
        if path.is_empty() {
            return Err(Errno::ENOENT);
        }
        // Linux's NAME_MAX and PATH_MAX.
        if path.len() > 4095 || path.split('/').any(|part| part.len() > 255) {
            return Err(Errno::ENAMETOOLONG);
        }
        let mut at = if path.starts_with('/') { ROOT } else { self.cwd };
        let mut parts: Vec<&str> = path.split('/').collect();
        let last = parts.pop().unwrap_or("");
        for part in parts {
            at = self.step(at, part)?;
        }
        if !self.is_dir(at) {
            return Err(Errno::ENOTDIR);
        }
        Ok((at, last))
    }

    /// The node a path names.
    pub fn resolve(&self, path: &str) -> Result<NodeId, Errno> {
        let (dir, last) = self.parent_of(path)?;
        let node = self.step(dir, last)?;
        // `file/` names a directory that is not there.
        if path.ends_with('/') && !self.is_dir(node) {
            return Err(Errno::ENOTDIR);
        }
        Ok(node)
    }

    fn new_node(&mut self, node: Node) -> NodeId {
        self.nodes.push(node);
        NodeId(self.nodes.len() - 1)
    }

    /// `open(path, flags)`: a new open description.
    pub fn open(&mut self, path: &str, flags: OpenFlags) -> Result<OpenFileId, Errno> {
        // Linux: creating a name written as a directory (`new/`) in a directory that exists
        // is EISDIR.
        let trimmed = path.trim_end_matches('/');
        if flags.create && !trimmed.is_empty() && trimmed.len() < path.len() {
            let (dir, last) = self.parent_of(trimmed)?;
            if self.step(dir, last) == Err(Errno::ENOENT) {
                return Err(Errno::EISDIR);
            }
        }
        let (dir, last) = self.parent_of(path)?;
        let node = match self.step(dir, last) {
            Ok(node) => {
                if flags.create && flags.exclusive {
                    return Err(Errno::EEXIST);
                }
                if self.is_dir(node) {
                    if flags.write || flags.create {
                        return Err(Errno::EISDIR);
                    }
                } else if path.ends_with('/') {
                    return Err(Errno::ENOTDIR);
                } else if flags.truncate && flags.write {
                    if let Some(Node::File { data, mtime, .. }) = self.nodes.get_mut(node.0) {
                        data.clear();
                        *mtime = self.now;
                    }
                }
                node
            }
            Err(Errno::ENOENT) if flags.create => {
                if last.is_empty() || last == "." || last == ".." {
                    return Err(Errno::EISDIR);
                }
                let node = self.new_node(Node::File {
                    data: Vec::new(),
                    links: 1,
                    mtime: self.now,
                    perm: flags.mode & 0o7777 & !UMASK,
                });
                self.entries_mut(dir)?.insert(last.to_string(), node);
                node
            }
            Err(e) => return Err(e),
        };
        let id = OpenFileId(self.next_file);
        self.next_file += 1;
        self.files.insert(id, OpenFile { node, pos: 0, flags });
        *self.opens.entry(node).or_insert(0) += 1;
        Ok(id)
    }

    /// The last descriptor of an open description closed.
    pub fn close(&mut self, id: OpenFileId) {
        let Some(file) = self.files.remove(&id) else { return };
        if let Some(n) = self.opens.get_mut(&file.node) {
            *n -= 1;
            if *n == 0 {
                self.opens.remove(&file.node);
                self.free_if_unused(file.node);
            }
        }
    }

    fn free_if_unused(&mut self, node: NodeId) {
        let unused = matches!(self.nodes.get(node.0), Some(Node::File { links: 0, .. }))
            && !self.opens.contains_key(&node);
        if unused {
            self.nodes[node.0] = Node::Freed;
        }
    }

    fn file(&mut self, id: OpenFileId) -> Result<&mut OpenFile, Errno> {
        self.files.get_mut(&id).ok_or(Errno::EBADF)
    }

    /// `read(fd, max)`: at most `max` bytes from the position, which moves past them.
    pub fn read(&mut self, id: OpenFileId, max: usize) -> Result<Vec<u8>, Errno> {
        let file = *self.file(id)?;
        if !file.flags.read {
            return Err(Errno::EBADF);
        }
        let data = match self.nodes.get(file.node.0) {
            Some(Node::File { data, .. }) => data,
            Some(Node::Dir { .. }) => return Err(Errno::EISDIR),
            _ => return Err(Errno::EBADF),
        };
        let start = usize::try_from(file.pos).unwrap_or(usize::MAX).min(data.len());
        let end = start.saturating_add(max).min(data.len());
        let out = data[start..end].to_vec();
        // Reading at or past the end leaves the position where it was (past the end after
        // a seek there).
        if !out.is_empty() {
            self.file(id)?.pos = end as u64;
        }
        Ok(out)
    }

    /// `write(fd, bytes)`: at the position (the end, with `O_APPEND`), filling a gap with
    /// zeros; returns how many bytes were written (all).
    pub fn write(&mut self, id: OpenFileId, bytes: &[u8]) -> Result<usize, Errno> {
        let file = *self.file(id)?;
        if !file.flags.write {
            return Err(Errno::EBADF);
        }
        let Some(Node::File { data, mtime, .. }) = self.nodes.get_mut(file.node.0) else {
            return Err(Errno::EBADF);
        };
        *mtime = self.now;
        let start = if file.flags.append {
            data.len()
        } else {
            usize::try_from(file.pos).map_err(|_| Errno::EFBIG)?
        };
        let end = start.checked_add(bytes.len()).ok_or(Errno::EFBIG)?;
        if data.len() < end {
            data.resize(end, 0);
        }
        data[start..end].copy_from_slice(bytes);
        self.file(id)?.pos = end as u64;
        Ok(bytes.len())
    }

    /// `lseek(fd, offset, whence)`: the new position.
    pub fn lseek(&mut self, id: OpenFileId, offset: i64, whence: Whence) -> Result<u64, Errno> {
        let file = *self.file(id)?;
        let base = match whence {
            Whence::Set => 0,
            Whence::Cur => file.pos as i64,
            Whence::End => self.size_of(file.node) as i64,
        };
        let pos = base.checked_add(offset).filter(|p| *p >= 0).ok_or(Errno::EINVAL)?;
        self.file(id)?.pos = pos as u64;
        Ok(pos as u64)
    }

    /// `ftruncate(fd, size)`.
    pub fn ftruncate(&mut self, id: OpenFileId, size: u64) -> Result<(), Errno> {
        let file = *self.file(id)?;
        if !file.flags.write {
            return Err(Errno::EINVAL);
        }
        let Some(Node::File { data, mtime, .. }) = self.nodes.get_mut(file.node.0) else {
            return Err(Errno::EINVAL);
        };
        *mtime = self.now;
        data.resize(usize::try_from(size).map_err(|_| Errno::EFBIG)?, 0);
        Ok(())
    }

    fn size_of(&self, node: NodeId) -> u64 {
        match self.nodes.get(node.0) {
            Some(Node::File { data, .. }) => data.len() as u64,
            // Linux's ext4 reports a directory's size as a block.
            Some(Node::Dir { .. }) => BLOCK_SIZE,
            _ => 0,
        }
    }

    fn stat_node(&self, node: NodeId) -> Stat {
        let (kind, nlink, perm, mtime) = match self.nodes.get(node.0) {
            Some(Node::Dir { entries, mtime, perm, .. }) => {
                let subdirs = entries.values().filter(|n| self.is_dir(**n)).count();
                (FileKind::Dir, 2 + subdirs as u32, *perm, *mtime)
            }
            Some(Node::File { links, mtime, perm, .. }) => {
                (FileKind::Regular, *links, *perm, *mtime)
            }
            _ => (FileKind::Regular, 0, 0o644, 0),
        };
        Stat { kind, size: self.size_of(node), ino: node.0 as u64 + 1, nlink, perm, mtime }
    }

    /// `fstat(fd)`.
    pub fn fstat(&self, id: OpenFileId) -> Result<Stat, Errno> {
        let file = self.files.get(&id).ok_or(Errno::EBADF)?;
        Ok(self.stat_node(file.node))
    }

    /// `stat(path)`.
    pub fn stat(&self, path: &str) -> Result<Stat, Errno> {
        self.resolve(path).map(|n| self.stat_node(n))
    }

    /// `utime(path, ...)`: sets the modification time (`None`: now). Access and change
    /// times are not kept apart from it.
    pub fn set_mtime(&mut self, path: &str, mtime: Option<Nanos>) -> Result<(), Errno> {
        let node = self.resolve(path)?;
        let when = mtime.unwrap_or(self.now);
        match self.nodes.get_mut(node.0) {
            Some(Node::Dir { mtime, .. } | Node::File { mtime, .. }) => *mtime = when,
            _ => return Err(Errno::ENOENT),
        }
        Ok(())
    }

    /// `chmod(path, mode)`: sets the permission bits (which nothing here checks: they are
    /// what `stat` reports back).
    pub fn set_perm(&mut self, path: &str, mode: u32) -> Result<(), Errno> {
        let node = self.resolve(path)?;
        match self.nodes.get_mut(node.0) {
            Some(Node::Dir { perm, .. } | Node::File { perm, .. }) => *perm = mode & 0o7777,
            _ => return Err(Errno::ENOENT),
        }
        Ok(())
    }

    /// `listdir(path)`: the names in the directory, sorted.
    pub fn listdir(&self, path: &str) -> Result<Vec<String>, Errno> {
        let node = self.resolve(path)?;
        Ok(self.entries(node)?.keys().cloned().collect())
    }

    /// `mkdir(path, mode)`.
    pub fn mkdir(&mut self, path: &str, mode: u32) -> Result<(), Errno> {
        let (dir, last) = self.parent_of(path)?;
        if self.step(dir, last).is_ok() {
            return Err(Errno::EEXIST);
        }
        let node = self.new_node(Node::Dir {
            entries: BTreeMap::new(),
            parent: dir,
            mtime: self.now,
            perm: mode & 0o7777 & !UMASK,
        });
        self.entries_mut(dir)?.insert(last.to_string(), node);
        Ok(())
    }

    /// The directory and name of a path's last component, for calls that remove or move a
    /// name: `.` and `..` cannot be.
    fn named_entry<'p>(&self, path: &'p str) -> Result<(NodeId, &'p str, NodeId), Errno> {
        let (dir, last) = self.parent_of(path.trim_end_matches('/'))?;
        let node = self.step(dir, last)?;
        if path.ends_with('/') && !self.is_dir(node) {
            return Err(Errno::ENOTDIR);
        }
        Ok((dir, last, node))
    }

    /// `unlink(path)` (`os.remove`).
    pub fn unlink(&mut self, path: &str) -> Result<(), Errno> {
        let (dir, last, node) = self.named_entry(path)?;
        if self.is_dir(node) {
            return Err(Errno::EISDIR);
        }
        self.entries_mut(dir)?.remove(last);
        self.unlinked(node);
        Ok(())
    }

    fn unlinked(&mut self, node: NodeId) {
        if let Some(Node::File { links, .. }) = self.nodes.get_mut(node.0) {
            *links = links.saturating_sub(1);
        }
        self.free_if_unused(node);
    }

    /// `rmdir(path)`.
    pub fn rmdir(&mut self, path: &str) -> Result<(), Errno> {
        let (dir, last, node) = self.named_entry(path)?;
        if !self.is_dir(node) {
            return Err(Errno::ENOTDIR);
        }
        if last == "." || last.is_empty() {
            return Err(Errno::EINVAL);
        }
        if last == ".." || !self.entries(node)?.is_empty() {
            return Err(Errno::ENOTEMPTY);
        }
        if node == ROOT {
            return Err(Errno::EBUSY);
        }
        self.entries_mut(dir)?.remove(last);
        self.nodes[node.0] = Node::Freed;
        Ok(())
    }

    /// `rename(old, new)` (also `os.replace`): a file replaces a file, a directory an empty
    /// directory.
    pub fn rename(&mut self, old: &str, new: &str) -> Result<(), Errno> {
        let (old_dir, old_name, node) = self.named_entry(old)?;
        let (new_dir, new_name) = self.parent_of(new.trim_end_matches('/'))?;
        if [old_name, new_name].iter().any(|n| n.is_empty() || *n == "." || *n == "..") {
            return Err(Errno::EBUSY);
        }
        let moving_dir = self.is_dir(node);
        if new.ends_with('/') && !moving_dir {
            return Err(Errno::ENOTDIR);
        }
        if moving_dir {
            // A directory cannot move into itself.
            let mut at = new_dir;
            loop {
                if at == node {
                    return Err(Errno::EINVAL);
                }
                match self.nodes.get(at.0) {
                    Some(Node::Dir { parent, .. }) if at != ROOT => at = *parent,
                    _ => break,
                }
            }
        }
        let replaced = self.entries(new_dir)?.get(new_name).copied();
        if let Some(target) = replaced {
            if target == node {
                return Ok(());
            }
            // Linux refuses to replace a directory the source is inside of (`lock_rename`'s
            // trap) before asking what kinds the two are.
            if self.is_within(old_dir, target) {
                return Err(Errno::ENOTEMPTY);
            }
            match (moving_dir, self.is_dir(target)) {
                (false, true) => return Err(Errno::EISDIR),
                (true, false) => return Err(Errno::ENOTDIR),
                (true, true) if !self.entries(target)?.is_empty() => return Err(Errno::ENOTEMPTY),
                _ => {}
            }
        }
        self.entries_mut(old_dir)?.remove(old_name);
        self.entries_mut(new_dir)?.insert(new_name.to_string(), node);
        if let Some(Node::Dir { parent, .. }) = self.nodes.get_mut(node.0) {
            *parent = new_dir;
        }
        if let Some(target) = replaced {
            if self.is_dir(target) {
                self.nodes[target.0] = Node::Freed;
            } else {
                self.unlinked(target);
            }
        }
        Ok(())
    }

    /// Whether `node` is `dir` or below it.
    fn is_within(&self, node: NodeId, dir: NodeId) -> bool {
        let mut at = node;
        loop {
            if at == dir {
                return true;
            }
            match self.nodes.get(at.0) {
                Some(Node::Dir { parent, .. }) if at != ROOT => at = *parent,
                _ => return false,
            }
        }
    }

    /// `chdir(path)`.
    pub fn chdir(&mut self, path: &str) -> Result<(), Errno> {
        let node = self.resolve(path)?;
        if !self.is_dir(node) {
            return Err(Errno::ENOTDIR);
        }
        self.cwd = node;
        Ok(())
    }

    /// `getcwd()`: the working directory's absolute path (`ENOENT` once it was removed).
    pub fn getcwd(&self) -> Result<String, Errno> {
        let mut names = Vec::new();
        let mut at = self.cwd;
        while at != ROOT {
            let Some(Node::Dir { parent, .. }) = self.nodes.get(at.0) else {
                return Err(Errno::ENOENT);
            };
            let name = self
                .entries(*parent)?
                .iter()
                .find(|(_, n)| **n == at)
                .map(|(name, _)| name.clone())
                .ok_or(Errno::ENOENT)?;
            names.push(name);
            at = *parent;
        }
        names.reverse();
        Ok(format!("/{}", names.join("/")))
    }
}

/// The file system's calls on a host's file descriptors.
impl crate::Kernel {
    /// The file system, for the calls that take paths (`stat`, `mkdir`, `rename`, ...).
    pub fn fs(&mut self) -> &mut Fs {
        self.fs.now = self.now;
        &mut self.fs
    }

    /// The open file behind a file descriptor.
    fn open_file(&self, host: crate::HostId, fd: crate::Fd) -> Result<OpenFileId, Errno> {
        match self.fds.get(host.0 as usize).and_then(|t| t.get(fd)) {
            Some(crate::fds::FdEntry::File(id)) => Ok(id),
            Some(_) => Err(Errno::ESPIPE),
            None => Err(Errno::EBADF),
        }
    }

    /// `open(path, flags)`: the lowest free file descriptor for the file.
    pub fn open(
        &mut self,
        host: crate::HostId,
        path: &str,
        flags: OpenFlags,
    ) -> Result<crate::Fd, Errno> {
        let table = self.fds.get_mut(host.0 as usize).ok_or(Errno::EBADF)?;
        self.fs.now = self.now;
        let id = self.fs.open(path, flags)?;
        Ok(table.open(crate::fds::FdEntry::File(id)))
    }

    /// `read(fd, max)` of a file, or of a socket (as `recv`).
    pub fn read(
        &mut self,
        host: crate::HostId,
        fd: crate::Fd,
        max: usize,
    ) -> Result<Vec<u8>, Errno> {
        match self.fds.get(host.0 as usize).and_then(|t| t.get(fd)) {
            Some(crate::fds::FdEntry::File(id)) => self.fs.read(id, max),
            Some(crate::fds::FdEntry::Socket(_)) => self.recv(host, fd, max),
            Some(_) => Err(Errno::EINVAL),
            None => Err(Errno::EBADF),
        }
    }

    /// `write(fd, bytes)` to a file, or to a socket (as `send`).
    pub fn write(
        &mut self,
        host: crate::HostId,
        fd: crate::Fd,
        bytes: &[u8],
    ) -> Result<usize, Errno> {
        match self.fds.get(host.0 as usize).and_then(|t| t.get(fd)) {
            Some(crate::fds::FdEntry::File(id)) => {
                self.fs.now = self.now;
                self.fs.write(id, bytes)
            }
            Some(crate::fds::FdEntry::Socket(_)) => self.send(host, fd, bytes),
            Some(_) => Err(Errno::EINVAL),
            None => Err(Errno::EBADF),
        }
    }

    /// `lseek(fd, offset, whence)`; `ESPIPE` for anything but a file.
    pub fn lseek(
        &mut self,
        host: crate::HostId,
        fd: crate::Fd,
        offset: i64,
        whence: Whence,
    ) -> Result<u64, Errno> {
        let id = self.open_file(host, fd)?;
        self.fs.lseek(id, offset, whence)
    }

    /// `ftruncate(fd, size)`.
    pub fn ftruncate(
        &mut self,
        host: crate::HostId,
        fd: crate::Fd,
        size: u64,
    ) -> Result<(), Errno> {
        let id = self.open_file(host, fd).map_err(|_| Errno::EINVAL)?;
        self.fs.now = self.now;
        self.fs.ftruncate(id, size)
    }

    /// `fstat(fd)` of a file; `None` for a descriptor that is open but not a file (a
    /// socket, an epoll, a standard stream).
    pub fn fstat(&self, host: crate::HostId, fd: crate::Fd) -> Result<Option<Stat>, Errno> {
        match self.open_file(host, fd) {
            Ok(id) => self.fs.fstat(id).map(Some),
            Err(Errno::ESPIPE) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rw_create() -> OpenFlags {
        OpenFlags { read: true, write: true, create: true, mode: 0o666, ..OpenFlags::default() }
    }

    #[test]
    fn files_are_written_read_and_sought() {
        let mut fs = Fs::default();
        let f = fs.open("a.txt", rw_create()).unwrap();
        assert_eq!(fs.write(f, b"hello").unwrap(), 5);
        assert_eq!(fs.lseek(f, 1, Whence::Set).unwrap(), 1);
        assert_eq!(fs.read(f, 3).unwrap(), b"ell");
        assert_eq!(fs.stat("/home/loopscope/a.txt").unwrap().size, 5);
        assert_eq!(fs.lseek(f, -1, Whence::Set), Err(Errno::EINVAL));
        fs.close(f);
        assert_eq!(fs.read(f, 1), Err(Errno::EBADF));
    }

    #[test]
    fn paths_resolve_as_on_linux() {
        let mut fs = Fs::default();
        fs.mkdir("d", 0o777).unwrap();
        assert_eq!(fs.mkdir("d", 0o777), Err(Errno::EEXIST));
        assert_eq!(fs.mkdir("x/y", 0o777), Err(Errno::ENOENT));
        let f = fs.open("d/../d/./f", rw_create()).unwrap();
        fs.close(f);
        assert_eq!(fs.listdir(".").unwrap(), vec!["d".to_string()]);
        assert_eq!(fs.listdir("d/f"), Err(Errno::ENOTDIR));
        assert_eq!(
            fs.open("d", OpenFlags { write: true, ..OpenFlags::default() }),
            Err(Errno::EISDIR)
        );
        assert_eq!(fs.rmdir("d"), Err(Errno::ENOTEMPTY));
        assert_eq!(fs.unlink("d"), Err(Errno::EISDIR));
        assert_eq!(fs.stat("d/f/g"), Err(Errno::ENOTDIR));
        fs.rename("d/f", "g").unwrap();
        assert_eq!(fs.rename("d/f", "g"), Err(Errno::ENOENT));
        fs.rmdir("d").unwrap();
        fs.chdir("/tmp").unwrap();
        assert_eq!(fs.getcwd().unwrap(), "/tmp");
        assert_eq!(fs.stat("../home/loopscope/g").unwrap().kind, FileKind::Regular);
    }

    #[test]
    fn a_removed_file_lives_until_closed() {
        let mut fs = Fs::default();
        let f = fs.open("a", rw_create()).unwrap();
        fs.write(f, b"x").unwrap();
        fs.unlink("a").unwrap();
        assert_eq!(fs.stat("a"), Err(Errno::ENOENT));
        assert_eq!(fs.fstat(f).unwrap().nlink, 0);
        fs.lseek(f, 0, Whence::Set).unwrap();
        assert_eq!(fs.read(f, 9).unwrap(), b"x");
        fs.close(f);
    }
}

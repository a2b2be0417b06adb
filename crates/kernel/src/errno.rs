//! The errors a system call can return: Linux's errno values as a type, and `getaddrinfo`'s
//! own codes. The engine turns them into `OSError` subclasses (`Errno::ECONNREFUSED` is
//! `ConnectionRefusedError(111, 'Connection refused')`), so each carries its number and the
//! message glibc's `strerror` prints.

use std::fmt;

/// A Linux errno a socket or file call can fail with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Errno {
    /// A file descriptor that is not open (or not a socket of the right kind).
    EBADF,
    /// Nothing to read or no room to write on a non-blocking socket.
    EAGAIN,
    /// An argument the call does not accept (binding twice, listening on UDP, ...).
    EINVAL,
    /// Writing to a socket whose sending side is shut down or reset.
    EPIPE,
    /// The file descriptor is not a socket (an epoll instance, a reserved number).
    ENOTSOCK,
    /// `sendto` on an unconnected socket without an address.
    EDESTADDRREQ,
    /// The operation does not exist for this kind of socket (`accept` on UDP).
    EOPNOTSUPP,
    /// An option the protocol does not have (`setsockopt`).
    ENOPROTOOPT,
    /// The address is taken (`bind`, `listen`).
    EADDRINUSE,
    /// The address is not one of the host's, or no ephemeral port is left for `connect`.
    EADDRNOTAVAIL,
    /// The address family is not the socket's.
    EAFNOSUPPORT,
    /// A `connect` again on a socket whose connection attempt failed.
    ECONNABORTED,
    /// The peer reset the connection.
    ECONNRESET,
    /// The socket is already connected.
    EISCONN,
    /// The socket is not connected.
    ENOTCONN,
    /// The connection attempt timed out (no answer to any SYN).
    ETIMEDOUT,
    /// Nobody listens at the address.
    ECONNREFUSED,
    /// A connection attempt is already under way.
    EALREADY,
    /// A non-blocking `connect` started; `SO_ERROR` will tell how it ended.
    EINPROGRESS,
    /// `epoll_ctl(ADD)` of a file descriptor that is already registered.
    EEXIST,
    /// `epoll_ctl(MOD/DEL)` of a file descriptor that is not registered.
    ENOENT,
    /// A datagram larger than a datagram can be.
    EMSGSIZE,
    /// A datagram to a broadcast address from a socket without `SO_BROADCAST`.
    EACCES,
    /// No route: a TCP connection to a broadcast address.
    ENETUNREACH,
    /// A directory where a file is needed (writing, `unlink`).
    EISDIR,
    /// A path component that is not a directory.
    ENOTDIR,
    /// `rmdir` (or a rename over) a directory that has entries.
    ENOTEMPTY,
    /// A name the call cannot take away (the root, `.` and `..` of a rename).
    EBUSY,
    /// A position or size beyond what a file can hold.
    EFBIG,
    /// `lseek` on a socket or a pipe.
    ESPIPE,
    /// A path component longer than 255 bytes (or a path longer than 4095).
    ENAMETOOLONG,
}

impl Errno {
    /// The number Linux uses (what `OSError.errno` holds).
    pub fn code(self) -> i32 {
        match self {
            Errno::EBADF => 9,
            Errno::EAGAIN => 11,
            Errno::EINVAL => 22,
            Errno::EPIPE => 32,
            Errno::ENOTSOCK => 88,
            Errno::EDESTADDRREQ => 89,
            Errno::EMSGSIZE => 90,
            Errno::EOPNOTSUPP => 95,
            Errno::ENOPROTOOPT => 92,
            Errno::EAFNOSUPPORT => 97,
            Errno::EADDRINUSE => 98,
            Errno::EADDRNOTAVAIL => 99,
            Errno::ECONNABORTED => 103,
            Errno::ECONNRESET => 104,
            Errno::EISCONN => 106,
            Errno::ENOTCONN => 107,
            Errno::ETIMEDOUT => 110,
            Errno::ECONNREFUSED => 111,
            Errno::EALREADY => 114,
            Errno::EINPROGRESS => 115,
            Errno::EEXIST => 17,
            Errno::ENOENT => 2,
            Errno::EACCES => 13,
            Errno::ENETUNREACH => 101,
            Errno::EISDIR => 21,
            Errno::ENOTDIR => 20,
            Errno::ENOTEMPTY => 39,
            Errno::EBUSY => 16,
            Errno::EFBIG => 27,
            Errno::ESPIPE => 29,
            Errno::ENAMETOOLONG => 36,
        }
    }

    /// glibc's `strerror` text (what `OSError.strerror` holds).
    pub fn message(self) -> &'static str {
        match self {
            Errno::EBADF => "Bad file descriptor",
            Errno::EAGAIN => "Resource temporarily unavailable",
            Errno::EINVAL => "Invalid argument",
            Errno::EPIPE => "Broken pipe",
            Errno::ENOTSOCK => "Socket operation on non-socket",
            Errno::EDESTADDRREQ => "Destination address required",
            Errno::EMSGSIZE => "Message too long",
            Errno::EOPNOTSUPP => "Operation not supported",
            Errno::ENOPROTOOPT => "Protocol not available",
            Errno::EAFNOSUPPORT => "Address family not supported by protocol",
            Errno::EADDRINUSE => "Address already in use",
            Errno::EADDRNOTAVAIL => "Cannot assign requested address",
            Errno::ECONNABORTED => "Software caused connection abort",
            Errno::ECONNRESET => "Connection reset by peer",
            Errno::EISCONN => "Transport endpoint is already connected",
            Errno::ENOTCONN => "Transport endpoint is not connected",
            Errno::ETIMEDOUT => "Connection timed out",
            Errno::ECONNREFUSED => "Connection refused",
            Errno::EALREADY => "Operation already in progress",
            Errno::EINPROGRESS => "Operation now in progress",
            Errno::EEXIST => "File exists",
            Errno::ENOENT => "No such file or directory",
            Errno::EACCES => "Permission denied",
            Errno::ENETUNREACH => "Network is unreachable",
            Errno::EISDIR => "Is a directory",
            Errno::ENOTDIR => "Not a directory",
            Errno::ENOTEMPTY => "Directory not empty",
            Errno::EBUSY => "Device or resource busy",
            Errno::EFBIG => "File too large",
            Errno::ESPIPE => "Illegal seek",
            Errno::ENAMETOOLONG => "File name too long",
        }
    }
}

impl fmt::Display for Errno {
    /// As Python prints an `OSError` made from it: `[Errno 111] Connection refused`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[Errno {}] {}", self.code(), self.message())
    }
}

impl std::error::Error for Errno {}

/// What `getaddrinfo` can fail with (`socket.gaierror`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GaiError {
    /// The name resolves to nothing (`EAI_NONAME`).
    NoName,
    /// The port is neither a number nor a service name we know for the socket type, or the
    /// type cannot carry a port (`EAI_SERVICE`).
    Service,
    /// No socket type goes with the hints' type and protocol (`EAI_SOCKTYPE`).
    SockType,
    /// The hints' family is neither `AF_UNSPEC`, `AF_INET` nor `AF_INET6` (`EAI_FAMILY`).
    Family,
    /// An IPv4 address asked for as `AF_INET6` (`EAI_ADDRFAMILY`).
    AddrFamily,
    /// Flags that do not go together with the query (`AI_CANONNAME` without a host:
    /// `EAI_BADFLAGS`).
    BadFlags,
}

impl GaiError {
    /// The code `socket.gaierror.errno` holds.
    pub fn code(self) -> i32 {
        match self {
            GaiError::NoName => -2,
            GaiError::Service => -8,
            GaiError::SockType => -7,
            GaiError::Family => -6,
            GaiError::AddrFamily => -9,
            GaiError::BadFlags => -1,
        }
    }

    /// glibc's `gai_strerror` text.
    pub fn message(self) -> &'static str {
        match self {
            GaiError::NoName => "Name or service not known",
            GaiError::Service => "Servname not supported for ai_socktype",
            GaiError::SockType => "ai_socktype not supported",
            GaiError::Family => "ai_family not supported",
            GaiError::AddrFamily => "Address family for hostname not supported",
            GaiError::BadFlags => "Bad value for ai_flags",
        }
    }
}

impl fmt::Display for GaiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[Errno {}] {}", self.code(), self.message())
    }
}

impl std::error::Error for GaiError {}

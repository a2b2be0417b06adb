//! Addresses and the kinds of socket: IPv4 only (the model has no IPv6; `localhost` is
//! `127.0.0.1`), stream and datagram sockets, and the `AF_UNIX` stream pairs
//! `socket.socketpair()` makes (the loop's self-pipe is one).

use std::fmt;
use std::net::Ipv4Addr;

/// An IPv4 socket address, as `('127.0.0.1', 8888)` in Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SockAddr {
    pub ip: Ipv4Addr,
    pub port: u16,
}

impl SockAddr {
    pub const fn new(ip: Ipv4Addr, port: u16) -> Self {
        SockAddr { ip, port }
    }

    /// `127.0.0.1:port`.
    pub const fn loopback(port: u16) -> Self {
        SockAddr { ip: Ipv4Addr::LOCALHOST, port }
    }

    /// `0.0.0.0:0`: what an unbound socket's `getsockname()` says.
    pub const UNSPECIFIED: SockAddr = SockAddr { ip: Ipv4Addr::UNSPECIFIED, port: 0 };
}

impl fmt::Display for SockAddr {
    /// As Python shows it: `('127.0.0.1', 8888)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "('{}', {})", self.ip, self.port)
    }
}

/// A socket's address family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// `AF_INET`.
    Inet,
    /// `AF_UNIX`, only as the two ends of a `socketpair()`.
    Unix,
}

impl Family {
    /// The number of `socket.AF_*`.
    pub fn code(self) -> i32 {
        match self {
            Family::Inet => 2,
            Family::Unix => 1,
        }
    }
}

/// A socket's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SockType {
    /// `SOCK_STREAM` (TCP, or an `AF_UNIX` pair).
    Stream,
    /// `SOCK_DGRAM` (UDP).
    Dgram,
    /// `SOCK_RAW`: only as the third answer of a `getaddrinfo` without a type.
    Raw,
}

impl SockType {
    /// The number of `socket.SOCK_*`.
    pub fn code(self) -> i32 {
        match self {
            SockType::Stream => 1,
            SockType::Dgram => 2,
            SockType::Raw => 3,
        }
    }

    /// The protocol number `getaddrinfo` pairs with the type (`IPPROTO_TCP`, `IPPROTO_UDP`).
    pub fn protocol(self) -> i32 {
        match self {
            SockType::Stream => 6,
            SockType::Dgram => 17,
            SockType::Raw => 0,
        }
    }
}

/// `127.0.0.0/8`: delivered on the host that sends.
pub fn is_loopback(ip: Ipv4Addr) -> bool {
    ip.octets()[0] == 127
}

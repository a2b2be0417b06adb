//! A virtual kernel: the network a Loopscope program talks to, in virtual time.
//!
//! Shaped like turmoil's simulated network, one file per concept:
//! - [`config`]: every default (the link model: latency, bandwidth, jitter, loss; buffers,
//!   ports, TCP timers); [`header`]: the scenario header's `net-*` keys that set them;
//! - [`fabric`]: links and packets in flight, the event queue, the seeded random stream;
//! - [`hosts`]: named hosts, addresses, `getaddrinfo`;
//! - [`socket`], `tcp`, `udp`, `unix`: sockets and their protocols; [`fds`]: file
//!   descriptors; [`fs`]: the file system (directories and files in memory);
//! - `services`: the built-in remote services (echo, HTTP, a key-value store), hosts of
//!   their own driven from the event queue;
//! - [`selector`]: the simulated epoll the loop's select waits on ([`Kernel::loop_select`]
//!   is the loop's `select(timeout)`, telling how its float clock moves).
//!
//! Time is integer nanoseconds ([`time`]). The default network is loopback with immediate
//! delivery, which is what CPython sees on Linux (tests/conformance/README.md,
//! "Networking"); the modelled links follow tests/conformance/NETWORK_MODEL.md. Every call is
//! deterministic: ordered maps only, a seeded Mersenne Twister, no real time.
//!
//! The kernel knows nothing of Python or of the engine: the engine's socket module and
//! selector call it, and turn its [`Errno`]s into `OSError`s.
//!
//! ```
//! use loopscope_kernel::{Ctl, Errno, Events, HostId, Kernel, SockAddr, SockType, Wait};
//! let p = HostId::PROGRAM;
//! let mut k = Kernel::default(); // loopback, immediate delivery
//! let ep = k.epoll_create(p)?; // fd 3, as the first loop's epoll
//! let server = k.socket(p, SockType::Stream)?;
//! k.bind(p, server, SockAddr::loopback(8888))?;
//! k.listen(p, server, 100)?;
//! k.epoll_ctl(p, ep, Ctl::Add(server, Events::READ))?;
//! let client = k.socket(p, SockType::Stream)?;
//! // Non-blocking, as asyncio's: the handshake is already done when it returns.
//! assert_eq!(k.connect(p, client, SockAddr::loopback(8888)), Err(Errno::EINPROGRESS));
//! assert_eq!(k.epoll_wait(p, ep, Some(0))?, Wait::Ready(vec![(server, Events::READ)]));
//! let (conn, _peer) = k.accept(p, server)?;
//! k.send(p, client, b"ping")?;
//! assert_eq!(k.recv(p, conn, 256 * 1024)?, b"ping");
//! assert_eq!(k.now(), 0); // no virtual time passed
//! # Ok::<(), Errno>(())
//! ```

#![forbid(unsafe_code)]

pub mod addr;
mod buffers;
pub mod config;
pub mod errno;
pub mod fabric;
pub mod fds;
pub mod fs;
pub mod header;
pub mod hosts;
mod id_map;
mod kernel;
pub mod protodb;
pub mod rng;
pub mod selector;
pub mod servdb;
mod services;
pub mod socket;
mod tcp;
pub mod time;
mod udp;
mod unix;

pub use addr::{Family, SockAddr, SockType};
pub use buffers::BufferChange;
pub use config::{
    Delay, HttpDefaults, HttpOverride, LinkModel, LinkOverride, NetConfig, ServiceDecl,
    ServiceKind, ServicesConfig, UnknownHosts,
};
pub use errno::{Errno, GaiError};
pub use fabric::{InFlight, PacketKind, PacketRecord};
pub use fds::Fd;
pub use fs::{FileKind, OpenFlags, Stat, Whence};
pub use header::NetSettingError;
pub use hosts::{
    canonical_name, is_ipv6_literal, AddrInfo, Hints, HostId, NameInfoFlags, Service, Transport,
};
pub use kernel::{FdWait, Kernel, Shutdown, SockOpt};
pub use selector::{ClockMove, Ctl, Events, LoopSelected, NetWaiter, Ready, Wait};
pub use socket::SocketInfo;
pub use time::Nanos;

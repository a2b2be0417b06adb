//! Helpers the kernel's tests share: a listening server, a client, reading what is queued.
#![allow(dead_code, clippy::unwrap_used)] // test helpers: a panic is a failed test

use loopscope_kernel::{Ctl, Errno, Events, Fd, HostId, Kernel, SockAddr, SockOpt, SockType, Wait};

pub const P: HostId = HostId::PROGRAM;

/// A listener on `127.0.0.1:0` with `SO_REUSEADDR`, as `start_server` makes it.
pub fn server(k: &mut Kernel, backlog: i32) -> (Fd, SockAddr) {
    let fd = k.socket(P, SockType::Stream).unwrap();
    k.setsockopt(P, fd, SockOpt::ReuseAddr(true)).unwrap();
    k.bind(P, fd, SockAddr::loopback(0)).unwrap();
    k.listen(P, fd, backlog).unwrap();
    let addr = k.getsockname(P, fd).unwrap().unwrap();
    (fd, addr)
}

/// A client whose non-blocking `connect` started.
pub fn client(k: &mut Kernel, to: SockAddr) -> Fd {
    let fd = k.socket(P, SockType::Stream).unwrap();
    assert_eq!(k.connect(P, fd, to), Err(Errno::EINPROGRESS));
    fd
}

/// Client and accepted server side of one connection on an immediate link.
pub fn pair(k: &mut Kernel, listener: Fd, to: SockAddr) -> (Fd, Fd) {
    let c = client(k, to);
    let (s, _) = k.accept(P, listener).unwrap();
    (c, s)
}

/// Everything queued on `fd` now.
pub fn drain(k: &mut Kernel, fd: Fd) -> Vec<u8> {
    let mut all = Vec::new();
    loop {
        match k.recv(P, fd, 256 * 1024) {
            Ok(d) if d.is_empty() => break,
            Ok(d) => all.extend(d),
            Err(_) => break,
        }
    }
    all
}

pub fn register(k: &mut Kernel, ep: Fd, fd: Fd, events: Events) {
    k.epoll_ctl(P, ep, Ctl::Add(fd, events)).unwrap();
}

/// The fds a select with timeout 0 reports.
pub fn select_now(k: &mut Kernel, ep: Fd) -> Vec<(Fd, Events)> {
    match k.epoll_wait(P, ep, Some(0)).unwrap() {
        Wait::Ready(v) => v,
        _ => Vec::new(),
    }
}

//! The answers Linux gives to calls at odd moments, as CPython 3.11 on this machine's kernel
//! printed them (each comment is the Python that showed it, on real loopback sockets).

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{Errno, Events, Kernel, Shutdown, SockAddr, SockType};

#[test]
fn calls_on_sockets_that_are_not_connected() {
    let mut k = Kernel::default();
    let s = k.socket(P, SockType::Stream).unwrap();
    // socket().send(b"x") -> BrokenPipeError; .recv(1) -> [Errno 107]; .recv(0) -> b''
    assert_eq!(k.send(P, s, b"x"), Err(Errno::EPIPE));
    assert_eq!(k.recv(P, s, 1), Err(Errno::ENOTCONN));
    assert_eq!(k.recv(P, s, 0), Ok(vec![]));
    // .sendto(b"x", addr) -> BrokenPipeError; .shutdown(SHUT_WR) -> [Errno 107]
    assert_eq!(k.sendto(P, s, b"x", SockAddr::loopback(5)), Err(Errno::EPIPE));
    assert_eq!(k.shutdown(P, s, Shutdown::Write), Err(Errno::ENOTCONN));
    // .getpeername() -> [Errno 107]; .accept() -> [Errno 22]
    assert_eq!(k.getpeername(P, s), Err(Errno::ENOTCONN));
    assert_eq!(k.accept(P, s).map(|_| ()), Err(Errno::EINVAL));
    // epoll of a fresh socket: EPOLLOUT | EPOLLHUP (20)
    assert_eq!(k.poll_fd(P, s).unwrap(), Events::BOTH);
    // bind twice -> [Errno 22]
    k.bind(P, s, SockAddr::loopback(0)).unwrap();
    assert_eq!(k.bind(P, s, SockAddr::loopback(0)), Err(Errno::EINVAL));
}

#[test]
fn calls_on_listeners_and_datagram_sockets() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    // listener.recv(1) -> [Errno 107]; .send(b"x") -> BrokenPipeError; .connect(...) -> [Errno 106]
    assert_eq!(k.recv(P, l, 1), Err(Errno::ENOTCONN));
    assert_eq!(k.send(P, l, b"x"), Err(Errno::EPIPE));
    assert_eq!(k.connect(P, l, SockAddr::loopback(1)), Err(Errno::EISCONN));
    // connected.listen() -> [Errno 22]
    let (c, _s) = pair(&mut k, l, addr);
    assert_eq!(k.listen(P, c, 5), Err(Errno::EINVAL));
    // udp.listen() / udp.accept() -> [Errno 95]
    let u = k.socket(P, SockType::Dgram).unwrap();
    assert_eq!(k.listen(P, u, 5), Err(Errno::EOPNOTSUPP));
    assert_eq!(k.accept(P, u).map(|_| ()), Err(Errno::EOPNOTSUPP));
    // A fresh UDP socket polls EPOLLOUT only (4).
    assert_eq!(k.poll_fd(P, u).unwrap(), Events::WRITE);
}

#[test]
fn connect_again_reports_once_then_refuses() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    // Non-blocking connect -> [Errno 115]; connect again -> returns (the handshake is done);
    // a third time -> [Errno 106].
    let c = client(&mut k, addr);
    assert_eq!(k.connect(P, c, addr), Ok(()));
    assert_eq!(k.connect(P, c, addr), Err(Errno::EISCONN));
    // Refused: SO_ERROR 111, then connect again -> [Errno 103].
    let r = client(&mut k, SockAddr::loopback(1));
    assert_eq!(k.take_error(P, r), Ok(Some(Errno::ECONNREFUSED)));
    assert_eq!(k.connect(P, r, SockAddr::loopback(1)), Err(Errno::ECONNABORTED));
    let r2 = client(&mut k, SockAddr::loopback(1));
    assert_eq!(k.connect(P, r2, SockAddr::loopback(1)), Err(Errno::ECONNREFUSED));
    let _ = l;
}

#[test]
fn a_refused_connect_leaves_the_socket_unconnected_and_unbound() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    // Reported refused: not connected, its port given back, and a retry connects.
    let r = client(&mut k, SockAddr::loopback(1));
    assert_eq!(k.connect(P, r, SockAddr::loopback(1)), Err(Errno::ECONNREFUSED));
    assert_eq!(k.recv(P, r, 1), Err(Errno::ENOTCONN));
    assert_eq!(k.getsockname(P, r).map(|a| a.map_or(0, |a| a.port)), Ok(0));
    assert_eq!(k.connect(P, r, SockAddr::loopback(1)), Err(Errno::EINPROGRESS));
    assert_eq!(k.connect(P, r, SockAddr::loopback(1)), Err(Errno::ECONNREFUSED));
    assert_eq!(k.connect(P, r, addr), Err(Errno::EINPROGRESS));
    assert_eq!(k.connect(P, r, addr), Ok(()));
    assert_eq!(k.connect(P, r, addr), Err(Errno::EISCONN));
    let _ = l;
}

#[test]
fn a_connected_stream_ignores_sendtos_address() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    // c.sendto(b"x", ("127.0.0.1", 5)) on a connected TCP socket just sends.
    assert_eq!(k.sendto(P, c, b"x", SockAddr::loopback(5)), Ok(1));
    assert_eq!(k.recv(P, s, 10).unwrap(), b"x");
}

#[test]
fn a_read_after_shut_rd_says_eof_until_data_comes() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    // c.shutdown(SHUT_RD); c.recv(10) -> b''; after a.send(b"more"): c.recv(10) -> b'more';
    // epoll: EPOLLIN | EPOLLOUT (5).
    k.shutdown(P, c, Shutdown::Read).unwrap();
    assert_eq!(k.recv(P, c, 10).unwrap(), b"");
    k.send(P, s, b"more").unwrap();
    assert_eq!(k.recv(P, c, 10).unwrap(), b"more");
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::BOTH);
}

#[test]
fn a_reset_after_the_peers_fin_reads_as_eof_and_breaks_the_pipe() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    // a.close(); c.send(b"hi") (the closed socket answers with a reset);
    // c.recv(10) -> b''; c.send(b"x") -> BrokenPipeError.
    k.close(P, s).unwrap();
    assert_eq!(k.send(P, c, b"hi"), Ok(2));
    assert_eq!(k.recv(P, c, 10).unwrap(), b"");
    assert_eq!(k.send(P, c, b"x"), Err(Errno::EPIPE));
}

#[test]
fn socketpair_ends_see_resets_and_hangups() {
    let mut k = Kernel::default();
    // x.send(b"unread"); y.close(); x.recv(10) -> [Errno 104]; x.send(b"x") -> BrokenPipeError
    let (x, y) = k.socketpair(P).unwrap();
    k.send(P, x, b"unread").unwrap();
    k.close(P, y).unwrap();
    assert_eq!(k.recv(P, x, 10), Err(Errno::ECONNRESET));
    assert_eq!(k.send(P, x, b"x"), Err(Errno::EPIPE));
    // y2.send(b"data"); y2.close(); x2.recv(10) -> b'data', then b''; epoll: IN|OUT|HUP (21)
    let (x2, y2) = k.socketpair(P).unwrap();
    k.send(P, y2, b"data").unwrap();
    k.close(P, y2).unwrap();
    assert_eq!(k.recv(P, x2, 10).unwrap(), b"data");
    assert_eq!(k.recv(P, x2, 10).unwrap(), b"");
    assert_eq!(k.poll_fd(P, x2).unwrap(), Events::BOTH);
}

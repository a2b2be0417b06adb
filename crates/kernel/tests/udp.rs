//! UDP datagrams on the default network.

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{Errno, Events, Kernel, SockAddr, SockType};

#[test]
fn datagrams_arrive_whole_with_their_sender_and_are_truncated_to_the_buffer() {
    let mut k = Kernel::default();
    let server = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, server, SockAddr::loopback(9999)).unwrap();
    let client = k.socket(P, SockType::Dgram).unwrap();
    assert_eq!(k.recvfrom(P, server, 100), Err(Errno::EAGAIN));
    k.sendto(P, client, b"first", SockAddr::loopback(9999)).unwrap();
    k.sendto(P, client, b"second", SockAddr::loopback(9999)).unwrap();
    let from = k.getsockname(P, client).unwrap().unwrap();
    assert_eq!(from.port, 32768);
    assert_eq!(k.poll_fd(P, server).unwrap(), Events::BOTH);
    let (data, sender) = k.recvfrom(P, server, 100).unwrap();
    assert_eq!((data.as_slice(), sender), (&b"first"[..], Some(SockAddr::loopback(32768))));
    assert_eq!(k.recvfrom(P, server, 3).unwrap().0, b"sec");
    assert_eq!(k.recvfrom(P, server, 100), Err(Errno::EAGAIN));
    assert_eq!(k.send(P, client, b"x"), Err(Errno::EDESTADDRREQ));
    assert_eq!(
        k.sendto(P, client, &vec![0; 70_000], SockAddr::loopback(9999)),
        Err(Errno::EMSGSIZE)
    );
}

#[test]
fn a_connected_socket_hears_port_unreachable_as_connection_refused() {
    let mut k = Kernel::default();
    let connected = k.socket(P, SockType::Dgram).unwrap();
    k.connect(P, connected, SockAddr::loopback(2)).unwrap();
    assert_eq!(k.getpeername(P, connected).unwrap(), Some(SockAddr::loopback(2)));
    k.send(P, connected, b"hello?").unwrap();
    assert_eq!(k.poll_fd(P, connected).unwrap(), Events::BOTH);
    assert_eq!(k.recvfrom(P, connected, 100), Err(Errno::ECONNREFUSED));
    assert_eq!(k.recvfrom(P, connected, 100), Err(Errno::EAGAIN));
    // An unconnected socket hears nothing.
    let loose = k.socket(P, SockType::Dgram).unwrap();
    k.sendto(P, loose, b"hello?", SockAddr::loopback(2)).unwrap();
    assert_eq!(k.poll_fd(P, loose).unwrap(), Events::WRITE);
}

#[test]
fn a_pending_error_comes_before_queued_datagrams_and_send_reports_it_too() {
    let mut k = Kernel::default();
    // a connected to b; b sends a datagram, closes; a sends to the closed port:
    // a.recv -> [Errno 111], then b'data' (CPython on Linux).
    let a = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, a, SockAddr::loopback(7100)).unwrap();
    let b = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, b, SockAddr::loopback(7101)).unwrap();
    k.connect(P, a, SockAddr::loopback(7101)).unwrap();
    k.sendto(P, b, b"data", SockAddr::loopback(7100)).unwrap();
    k.close(P, b).unwrap();
    k.send(P, a, b"x").unwrap();
    assert_eq!(k.recv(P, a, 10), Err(Errno::ECONNREFUSED));
    assert_eq!(k.recv(P, a, 10).unwrap(), b"data");
    // The next send after an ICMP error reports it instead of sending.
    k.send(P, a, b"x").unwrap();
    assert_eq!(k.send(P, a, b"y"), Err(Errno::ECONNREFUSED));
    assert_eq!(k.recv(P, a, 10), Err(Errno::EAGAIN));
}

#[test]
fn a_connected_socket_takes_datagrams_from_its_peer_only() {
    let mut k = Kernel::default();
    let a = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, a, SockAddr::loopback(7000)).unwrap();
    k.connect(P, a, SockAddr::loopback(7001)).unwrap();
    let b = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, b, SockAddr::loopback(7001)).unwrap();
    let stranger = k.socket(P, SockType::Dgram).unwrap();
    k.sendto(P, stranger, b"no", SockAddr::loopback(7000)).unwrap();
    k.sendto(P, b, b"yes", SockAddr::loopback(7000)).unwrap();
    assert_eq!(k.recv(P, a, 10).unwrap(), b"yes");
    assert_eq!(k.recv(P, a, 10), Err(Errno::EAGAIN));
}

#[test]
fn a_peek_leaves_the_datagram_queued_but_takes_a_pending_error() {
    let mut k = Kernel::default();
    let server = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, server, SockAddr::loopback(9999)).unwrap();
    let client = k.socket(P, SockType::Dgram).unwrap();
    k.sendto(P, client, b"look", SockAddr::loopback(9999)).unwrap();
    let sender = Some(SockAddr::loopback(32768));
    assert_eq!(k.peek(P, server, 2), Ok((b"lo".to_vec(), sender)));
    assert_eq!(k.peek(P, server, 100), Ok((b"look".to_vec(), sender)));
    assert_eq!(k.recvfrom(P, server, 100), Ok((b"look".to_vec(), sender)));
    assert_eq!(k.peek(P, server, 100), Err(Errno::EAGAIN));
    k.connect(P, client, SockAddr::loopback(2)).unwrap();
    k.send(P, client, b"lost").unwrap();
    assert_eq!(k.peek(P, client, 100), Err(Errno::ECONNREFUSED));
    assert_eq!(k.peek(P, client, 100), Err(Errno::EAGAIN));
}

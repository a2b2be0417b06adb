//! TCP on the default network (loopback, immediate delivery), as CPython sees it on Linux.

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{
    Errno, Events, Fd, Kernel, NetConfig, Shutdown, SockAddr, SockOpt, SockType,
};

#[test]
fn the_handshake_is_complete_when_connect_returns() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let c = client(&mut k, addr);
    assert_eq!(k.take_error(P, c), Ok(None));
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::WRITE);
    assert_eq!(k.poll_fd(P, l).unwrap(), Events::READ);
    let (s, peer) = k.accept(P, l).unwrap();
    assert_eq!(Some(peer), k.getsockname(P, c).unwrap());
    assert_eq!(k.getpeername(P, c).unwrap(), Some(addr));
    assert_eq!(k.getsockname(P, s).unwrap(), Some(addr));
    assert_eq!(k.accept(P, l), Err(Errno::EAGAIN));
    assert_eq!(k.now(), 0);
}

#[test]
fn file_descriptors_are_the_lowest_free_numbers() {
    let mut k = Kernel::default();
    assert_eq!(k.epoll_create(P), Ok(Fd(3)));
    assert_eq!(k.socketpair(P), Ok((Fd(4), Fd(5))));
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    assert_eq!((l, c, s), (Fd(6), Fd(7), Fd(8)));
    k.close(P, c).unwrap();
    assert_eq!(k.socket(P, SockType::Dgram), Ok(Fd(7)));
    assert_eq!(k.close(P, Fd(40)), Err(Errno::EBADF));
    assert_eq!(k.recv(P, Fd(3), 10), Err(Errno::ENOTSOCK));
}

#[test]
fn ephemeral_ports_are_assigned_upwards_from_32768() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    assert_eq!(addr, SockAddr::loopback(32768));
    let (c, _) = pair(&mut k, l, addr);
    assert_eq!(k.getsockname(P, c).unwrap(), Some(SockAddr::loopback(32769)));
    let u = k.socket(P, SockType::Dgram).unwrap();
    k.bind(P, u, SockAddr::loopback(0)).unwrap();
    // UDP has its own port space: 32768 is free there, but the search goes on upwards.
    assert_eq!(k.getsockname(P, u).unwrap(), Some(SockAddr::loopback(32770)));
}

#[test]
fn bytes_are_ready_at_once_and_reads_coalesce_writes() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    assert_eq!(k.recv(P, s, 10), Err(Errno::EAGAIN));
    assert_eq!(k.send(P, c, b"hello "), Ok(6));
    assert_eq!(k.send(P, c, b"world"), Ok(5));
    assert_eq!(k.recv(P, s, 256 * 1024).unwrap(), b"hello world");
    assert_eq!(k.send(P, s, b"abcdef"), Ok(6));
    assert_eq!(k.recv(P, c, 4).unwrap(), b"abcd");
    assert_eq!(k.recv(P, c, 4).unwrap(), b"ef");
    assert_eq!(k.send(P, c, b""), Ok(0));
    assert_eq!(k.now(), 0);
}

#[test]
fn half_close_delivers_eof_after_the_data_and_the_other_way_stays_open() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    k.send(P, c, b"request").unwrap();
    k.shutdown(P, c, Shutdown::Write).unwrap();
    assert_eq!(k.send(P, c, b"more"), Err(Errno::EPIPE));
    assert_eq!(k.recv(P, s, 100).unwrap(), b"request");
    assert_eq!(k.recv(P, s, 100).unwrap(), b"");
    assert_eq!(k.poll_fd(P, s).unwrap(), Events::BOTH);
    k.send(P, s, b"reply").unwrap();
    assert_eq!(k.recv(P, c, 100).unwrap(), b"reply");
    k.close(P, s).unwrap();
    assert_eq!(k.recv(P, c, 100).unwrap(), b"");
    k.close(P, c).unwrap();
    // Both sides said goodbye: nothing of the connection is left.
    assert!(k.socket_infos(P).iter().all(|i| i.fd == l));
}

#[test]
fn a_port_nobody_listens_on_refuses() {
    let mut k = Kernel::default();
    let c = client(&mut k, SockAddr::loopback(1));
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::BOTH);
    let err = k.take_error(P, c).unwrap().unwrap();
    assert_eq!(err, Errno::ECONNREFUSED);
    assert_eq!(err.to_string(), "[Errno 111] Connection refused");
    assert_eq!(k.take_error(P, c), Ok(None));
    assert_eq!(k.recv(P, c, 10).unwrap(), b"");
    assert_eq!(k.send(P, c, b"x"), Err(Errno::EPIPE));
}

#[test]
fn closing_with_unread_bytes_resets_the_peer() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    k.send(P, s, b"never read").unwrap();
    k.send(P, c, b"read this first").unwrap();
    k.close(P, c).unwrap();
    // Bytes that arrived before the reset are still read, then the error, then EOF.
    assert_eq!(k.recv(P, s, 100).unwrap(), b"read this first");
    assert_eq!(k.recv(P, s, 100), Err(Errno::ECONNRESET));
    assert_eq!(k.recv(P, s, 100).unwrap(), b"");
    assert_eq!(k.send(P, s, b"x"), Err(Errno::EPIPE));
}

#[test]
fn linger_zero_resets_instead_of_closing() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    k.send(P, c, b"data").unwrap();
    k.setsockopt(P, c, SockOpt::LingerZero(true)).unwrap();
    k.close(P, c).unwrap();
    assert_eq!(k.recv(P, s, 100).unwrap(), b"data");
    assert_eq!(k.recv(P, s, 100), Err(Errno::ECONNRESET));
    assert_eq!(k.recv(P, s, 100).unwrap(), b"");
}

#[test]
fn writing_to_a_closed_peer_resets_and_then_breaks_the_pipe() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    k.close(P, c).unwrap();
    assert_eq!(k.recv(P, s, 100).unwrap(), b"");
    assert_eq!(k.send(P, s, b"first"), Ok(5));
    assert_eq!(k.send(P, s, b"second"), Err(Errno::EPIPE));
}

#[test]
fn addresses_in_use_follow_so_reuseaddr() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (_c, _s) = pair(&mut k, l, addr);
    // A second listener on the same port: refused even with SO_REUSEADDR.
    let b = k.socket(P, SockType::Stream).unwrap();
    k.setsockopt(P, b, SockOpt::ReuseAddr(true)).unwrap();
    assert_eq!(k.bind(P, b, addr), Err(Errno::EADDRINUSE));
    let n = k.socket(P, SockType::Stream).unwrap();
    assert_eq!(k.bind(P, n, addr), Err(Errno::EADDRINUSE));
    // The listener gone, the accepted connection still holds the port: a restart with
    // SO_REUSEADDR works, one without it does not.
    k.close(P, l).unwrap();
    assert_eq!(k.bind(P, b, addr), Ok(()));
    assert_eq!(k.listen(P, b, 100), Ok(()));
    k.close(P, b).unwrap();
    assert_eq!(k.bind(P, n, addr), Err(Errno::EADDRINUSE));
    assert_eq!(k.bind(P, n, SockAddr::new([10, 0, 0, 1].into(), 80)), Err(Errno::EADDRNOTAVAIL));
    k.bind(P, n, SockAddr::loopback(0)).unwrap();
    assert_eq!(k.bind(P, n, SockAddr::loopback(0)), Err(Errno::EINVAL));
}

#[test]
fn the_backlog_holds_backlog_plus_one_and_a_dropped_syn_is_retried_a_second_later() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 1);
    let a = client(&mut k, addr);
    let b = client(&mut k, addr);
    let c = client(&mut k, addr);
    assert_eq!(k.poll_fd(P, a).unwrap(), Events::WRITE);
    assert_eq!(k.poll_fd(P, b).unwrap(), Events::WRITE);
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::NONE);
    k.accept(P, l).unwrap();
    k.advance_to(999_999_999);
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::NONE);
    k.advance_to(1_000_000_000);
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::WRITE);
    assert_eq!(k.in_flight().next_at, None);
}

#[test]
fn closing_a_listener_resets_the_connections_nobody_accepted() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let c = client(&mut k, addr);
    k.close(P, l).unwrap();
    assert_eq!(k.recv(P, c, 10), Err(Errno::ECONNRESET));
    let again = k.socket(P, SockType::Stream).unwrap();
    assert_eq!(k.connect(P, again, addr), Err(Errno::EINPROGRESS));
    assert_eq!(k.take_error(P, again), Ok(Some(Errno::ECONNREFUSED)));
}

#[test]
fn the_send_buffer_fills_and_reading_makes_room() {
    let mut k = Kernel::default();
    let config = NetConfig::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    let chunk = vec![7u8; 1 << 20];
    let mut total = 0;
    while let Ok(n) = k.send(P, c, &chunk) {
        total += n;
    }
    assert_eq!(k.send(P, c, &chunk), Err(Errno::EAGAIN));
    // The peer's receive buffer holds its window, the send buffer the rest: 16 MB never fits.
    assert_eq!(total, config.send_buffer + config.recv_buffer);
    assert!(total < 16_000_000);
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::NONE);
    assert_eq!(k.recv(P, s, 256 * 1024).unwrap().len(), config.recv_buffer);
    assert_eq!(k.poll_fd(P, c).unwrap(), Events::WRITE);
    let mut got = config.recv_buffer;
    loop {
        let d = k.recv(P, s, 256 * 1024);
        match d {
            Ok(d) if !d.is_empty() => got += d.len(),
            _ => break,
        }
    }
    assert_eq!(got, total);
}

#[test]
fn state_names_follow_the_connection() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    let state =
        |k: &Kernel, fd: Fd| k.socket_infos(P).into_iter().find(|i| i.fd == fd).map(|i| i.state);
    assert_eq!(state(&k, l), Some("LISTEN"));
    assert_eq!(state(&k, c), Some("ESTABLISHED"));
    k.shutdown(P, c, Shutdown::Write).unwrap();
    assert_eq!(state(&k, c), Some("FIN_WAIT2"));
    assert_eq!(state(&k, s), Some("CLOSE_WAIT"));
    assert_eq!(k.listening(P), vec![(l, addr)]);
}

#[test]
fn socketpairs_carry_bytes_and_eof() {
    let mut k = Kernel::default();
    let (a, b) = k.socketpair(P).unwrap();
    assert_eq!(k.getsockname(P, a), Ok(None));
    k.send(P, a, b"\0").unwrap();
    assert_eq!(k.poll_fd(P, b).unwrap(), Events::BOTH);
    assert_eq!(k.recv(P, b, 4096).unwrap(), b"\0");
    assert_eq!(k.recv(P, b, 4096), Err(Errno::EAGAIN));
    k.close(P, a).unwrap();
    assert_eq!(k.recv(P, b, 4096).unwrap(), b"");
    assert_eq!(k.send(P, b, b"x"), Err(Errno::EPIPE));
}

#[test]
fn a_peek_reads_the_stream_without_consuming_it() {
    let mut k = Kernel::default();
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    assert_eq!(k.peek(P, s, 10), Err(Errno::EAGAIN));
    k.send(P, c, b"hello").unwrap();
    assert_eq!(k.peek(P, s, 3), Ok((b"hel".to_vec(), None)));
    assert_eq!(k.recv(P, s, 10), Ok(b"hello".to_vec()));
    k.shutdown(P, c, Shutdown::Write).unwrap();
    assert_eq!(k.peek(P, s, 10), Ok((Vec::new(), None)));
}

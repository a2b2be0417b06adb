//! The simulated epoll's order, as tests/conformance/README.md ("epoll's event order")
//! describes Linux's, and what its waits return. The orders of the first five tests were
//! also checked with `select.epoll` on real loopback sockets (CPython 3.11, this machine).

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{
    Ctl, Errno, Events, Kernel, LinkModel, NetConfig, NetWaiter, SockAddr, Wait,
};

#[test]
fn a_listener_registered_first_is_reported_before_a_client_registered_after_connect() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    register(&mut k, ep, l, Events::READ);
    let c = client(&mut k, addr);
    register(&mut k, ep, c, Events::WRITE);
    assert_eq!(select_now(&mut k, ep), vec![(l, Events::READ), (c, Events::WRITE)]);
}

#[test]
fn fds_are_reported_in_the_order_they_became_ready() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    let conns: Vec<_> = (0..3).map(|_| pair(&mut k, l, addr)).collect();
    for (_, s) in &conns {
        register(&mut k, ep, *s, Events::READ);
    }
    assert_eq!(select_now(&mut k, ep), vec![]);
    for i in [2, 0, 1] {
        k.send(P, conns[i].0, b"x").unwrap();
    }
    let order: Vec<_> = select_now(&mut k, ep).into_iter().map(|(fd, _)| fd).collect();
    assert_eq!(order, vec![conns[2].1, conns[0].1, conns[1].1]);
}

#[test]
fn a_still_ready_fd_keeps_its_place_ahead_of_newly_ready_ones() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    let (c1, s1) = pair(&mut k, l, addr);
    let (c2, s2) = pair(&mut k, l, addr);
    register(&mut k, ep, s1, Events::READ);
    register(&mut k, ep, s2, Events::READ);
    k.send(P, c1, b"abcd").unwrap();
    assert_eq!(select_now(&mut k, ep), vec![(s1, Events::READ)]);
    assert_eq!(k.recv(P, s1, 2).unwrap(), b"ab");
    k.send(P, c2, b"x").unwrap();
    // More data for s1 does not move it: it is already on the list.
    k.send(P, c1, b"e").unwrap();
    assert_eq!(select_now(&mut k, ep), vec![(s1, Events::READ), (s2, Events::READ)]);
    drain(&mut k, s1);
    assert_eq!(select_now(&mut k, ep), vec![(s2, Events::READ)]);
}

#[test]
fn modify_keeps_the_place_and_unregister_removes() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    let (c1, s1) = pair(&mut k, l, addr);
    let (c2, s2) = pair(&mut k, l, addr);
    register(&mut k, ep, s1, Events::READ);
    register(&mut k, ep, s2, Events::READ);
    k.send(P, c1, b"1").unwrap();
    k.send(P, c2, b"2").unwrap();
    k.epoll_ctl(P, ep, Ctl::Modify(s1, Events::BOTH)).unwrap();
    assert_eq!(select_now(&mut k, ep), vec![(s1, Events::BOTH), (s2, Events::READ)]);
    k.epoll_ctl(P, ep, Ctl::Delete(s1)).unwrap();
    assert_eq!(select_now(&mut k, ep), vec![(s2, Events::READ)]);
    assert_eq!(k.epoll_ctl(P, ep, Ctl::Delete(s1)), Err(Errno::ENOENT));
    assert_eq!(k.epoll_ctl(P, ep, Ctl::Add(s2, Events::READ)), Err(Errno::EEXIST));
    assert_eq!(k.epoll_ctl(P, ep, Ctl::Modify(c1, Events::READ)), Err(Errno::ENOENT));
    // A write-only registration made ready by modify goes to the end of the list.
    register(&mut k, ep, c1, Events::NONE);
    k.epoll_ctl(P, ep, Ctl::Modify(c1, Events::WRITE)).unwrap();
    assert_eq!(select_now(&mut k, ep), vec![(s2, Events::READ), (c1, Events::WRITE)]);
    assert_eq!(k.epoll_interest(P, ep).unwrap(), vec![(c1, Events::WRITE), (s2, Events::READ)]);
}

#[test]
fn an_error_counts_as_readable_and_writable_within_the_interest() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let refused = client(&mut k, SockAddr::loopback(1));
    register(&mut k, ep, refused, Events::WRITE);
    let (l, addr) = server(&mut k, 100);
    let (c, s) = pair(&mut k, l, addr);
    register(&mut k, ep, s, Events::READ);
    k.send(P, s, b"unread").unwrap();
    k.close(P, c).unwrap();
    assert_eq!(select_now(&mut k, ep), vec![(refused, Events::WRITE), (s, Events::READ)]);
    // select.epoll().poll(0) on Linux: [(refused, 28), (s, 25)]: OUT|ERR|HUP and IN|ERR|HUP.
    let masks = k.epoll_wait_masks(P, ep, Some(0)).unwrap().unwrap();
    assert_eq!(
        masks,
        vec![(refused, loopscope_kernel::Ready(28)), (s, loopscope_kernel::Ready(25))]
    );
}

#[test]
fn closing_an_fd_removes_its_registration() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (a, b) = k.socketpair(P).unwrap();
    register(&mut k, ep, a, Events::READ);
    k.send(P, b, b"wake").unwrap();
    k.close(P, a).unwrap();
    assert_eq!(select_now(&mut k, ep), vec![]);
    assert_eq!(k.epoll_interest(P, ep).unwrap(), vec![]);
}

#[test]
fn a_wait_times_out_blocks_for_ever_or_ends_at_the_arrival() {
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, _) = server(&mut k, 100);
    register(&mut k, ep, l, Events::READ);
    assert_eq!(k.epoll_wait(P, ep, Some(250_000_000)), Ok(Wait::TimedOut));
    assert_eq!(k.now(), 250_000_000);
    // A server waiting for clients that will never come is a deadlock.
    assert_eq!(k.would_deadlock(P, ep), Ok(true));
    assert_eq!(k.epoll_wait(P, ep, None), Ok(Wait::Blocked));

    let config = NetConfig {
        link: LinkModel { latency: 80_000_000, ..LinkModel::IMMEDIATE },
        ..NetConfig::default()
    };
    let mut k = Kernel::new(config);
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    register(&mut k, ep, l, Events::READ);
    let c = client(&mut k, addr);
    register(&mut k, ep, c, Events::WRITE);
    assert_eq!(k.would_deadlock(P, ep), Ok(false));
    // The SYN-ACK is back after one round trip: earlier than the timeout.
    assert_eq!(k.epoll_wait(P, ep, Some(1_000_000_000)), Ok(Wait::Ready(vec![(c, Events::WRITE)])));
    assert_eq!(k.now(), 160_000_000);
    // The listener hears the ACK half a round trip later; an arrival exactly at the
    // deadline is reported by that wait.
    k.epoll_ctl(P, ep, Ctl::Delete(c)).unwrap();
    assert_eq!(k.epoll_wait(P, ep, Some(80_000_000)), Ok(Wait::Ready(vec![(l, Events::READ)])));
    assert_eq!(k.now(), 240_000_000);
}

#[test]
fn the_loops_select_says_how_its_clock_moves() {
    use loopscope_kernel::{ClockMove, LoopSelected};
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    register(&mut k, ep, l, Events::READ);
    assert_eq!(
        k.loop_select(P, ep, 0.0, Some(0.25)),
        Ok(LoopSelected::Events(vec![], ClockMove::Advance(0.25)))
    );
    let _c = client(&mut k, addr);
    assert_eq!(
        k.loop_select(P, ep, 0.25, Some(10.0)),
        Ok(LoopSelected::Events(vec![(l, Events::READ)], ClockMove::Stay))
    );
    k.accept(P, l).unwrap();
    assert_eq!(k.loop_select(P, ep, 0.25, None), Ok(LoopSelected::Never));

    let config = NetConfig {
        link: LinkModel { latency: 80_000_000, ..LinkModel::IMMEDIATE },
        ..NetConfig::default()
    };
    let mut k = Kernel::new(config);
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    register(&mut k, ep, l, Events::READ);
    // The loop's clock moved by instruction costs before the connect.
    k.advance_to(1_000);
    let _c = client(&mut k, addr);
    assert_eq!(
        k.loop_select(P, ep, 0.000001, Some(5.0)),
        Ok(LoopSelected::Events(vec![(l, Events::READ)], ClockMove::JumpTo(0.240001)))
    );
}

#[test]
fn waiting_for_any_of_several_epolls_finds_the_first_arrival_and_takes_nothing() {
    let config = NetConfig {
        link: LinkModel { latency: 80_000_000, ..LinkModel::IMMEDIATE },
        ..NetConfig::default()
    };
    let mut k = Kernel::new(config);
    let quiet = k.epoll_create(P).unwrap();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 100);
    register(&mut k, quiet, l, Events::READ);
    let c = client(&mut k, addr);
    register(&mut k, ep, c, Events::WRITE);
    // Before the SYN-ACK is back: nothing by 100 ms (the network ran up to it, no further).
    let both = [NetWaiter::Epoll(quiet), NetWaiter::Epoll(ep)];
    assert_eq!(k.run_until_any_ready(P, &both, Some(100_000_000)), Ok(None));
    // Without a limit: the client's epoll (index 1) at the round trip.
    assert_eq!(k.run_until_any_ready(P, &both, None), Ok(Some((160_000_000, 1))));
    // Nothing was taken: the loop's own wait still reports it, at once.
    assert_eq!(k.epoll_wait(P, ep, Some(0)), Ok(Wait::Ready(vec![(c, Events::WRITE)])));
    assert_eq!(k.now(), 160_000_000);
}

#[test]
fn a_socket_waiter_is_ready_when_its_data_arrives() {
    let config = NetConfig {
        link: LinkModel { latency: 50_000_000, ..LinkModel::IMMEDIATE },
        ..NetConfig::default()
    };
    let mut k = Kernel::new(config);
    let (l, addr) = server(&mut k, 100);
    let c = client(&mut k, addr);
    let waits = [NetWaiter::Socket(l, Events::READ), NetWaiter::Socket(c, Events::WRITE)];
    assert_eq!(k.fd_ready(P, l, Events::READ), Ok(false));
    // The client's socket is writable once the SYN-ACK is back, after a round trip.
    assert_eq!(k.run_until_any_ready(P, &waits, None), Ok(Some((100_000_000, 1))));
    // The listener has a connection to accept once the handshake's last ACK arrives.
    assert_eq!(k.run_until_any_ready(P, &waits[..1], None), Ok(Some((150_000_000, 0))));
    assert_eq!(k.fd_ready(P, l, Events::READ), Ok(true));
}

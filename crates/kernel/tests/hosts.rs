//! Several hosts: names, addresses, per-host link models, each host's own file descriptors,
//! and addresses nobody has.

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{
    Errno, Events, FdWait, Hints, HostId, Kernel, LinkOverride, NetConfig, Service, SockAddr,
    SockType, UnknownHosts, Wait,
};

const MS: u64 = 1_000_000;

fn two_hosts() -> (Kernel, HostId, SockAddr) {
    let mut config = NetConfig::default();
    config.per_host.insert(
        "api.example".into(),
        LinkOverride { latency: Some(80 * MS), ..LinkOverride::default() },
    );
    let mut k = Kernel::new(config);
    let api = k.add_host("api.example");
    let l = k.socket(api, SockType::Stream).unwrap();
    k.bind(api, l, SockAddr::new([0, 0, 0, 0].into(), 80)).unwrap();
    k.listen(api, l, 10).unwrap();
    let addr = k
        .getaddrinfo(Some("api.example"), Service::Name("http"), Hints::of(SockType::Stream))
        .unwrap()[0]
        .addr;
    (k, api, addr)
}

#[test]
fn a_server_80_ms_away_answers_after_a_round_trip() {
    let (mut k, api, addr) = two_hosts();
    assert_eq!(addr, SockAddr::new([192, 0, 2, 2].into(), 80));
    // The service's own fd table: its listener is fd 3 there, the program's first is 3 too.
    let c = k.socket(P, SockType::Stream).unwrap();
    assert_eq!(c.0, 3);
    assert_eq!(k.connect(P, c, addr), Err(Errno::EINPROGRESS));
    assert_eq!(k.wait_fd(P, c, Events::WRITE, None), Ok(FdWait::Ready));
    assert_eq!(k.now(), 160 * MS);
    assert_eq!(k.getsockname(P, c).unwrap().unwrap().ip, std::net::Ipv4Addr::new(192, 0, 2, 1));
    let listener = loopscope_kernel::Fd(3);
    assert_eq!(k.wait_fd(api, listener, Events::READ, None), Ok(FdWait::Ready));
    assert_eq!(k.now(), 240 * MS);
    let (s, peer) = k.accept(api, listener).unwrap();
    assert_eq!(peer, k.getsockname(P, c).unwrap().unwrap());
    k.send(P, c, b"GET / HTTP/1.1\r\n\r\n").unwrap();
    assert_eq!(k.wait_fd(api, s, Events::READ, None), Ok(FdWait::Ready));
    assert_eq!(k.now(), 320 * MS, "sent at 240 ms, it takes one latency");
    // Loopback on the program's host stays immediate: the override is api.example's.
    let (l2, addr2) = server(&mut k, 10);
    let _ = l2;
    let c2 = client(&mut k, addr2);
    assert_eq!(k.poll_fd(P, c2).unwrap(), Events::WRITE);
}

#[test]
fn a_blocking_wait_can_time_out_or_never_end() {
    let (mut k, _api, addr) = two_hosts();
    let c = client(&mut k, addr);
    assert_eq!(k.wait_fd(P, c, Events::WRITE, Some(100 * MS)), Ok(FdWait::TimedOut));
    assert_eq!(k.now(), 100 * MS);
    assert_eq!(k.wait_fd(P, c, Events::READ, None), Ok(FdWait::Never));
    assert_eq!(k.in_flight().packets, 0);
}

#[test]
fn an_address_no_host_has_times_out_like_a_silent_network() {
    let mut k =
        Kernel::new(NetConfig { unknown_hosts: UnknownHosts::NxDomain, ..NetConfig::default() });
    let c = client(&mut k, SockAddr::new([10, 9, 8, 7].into(), 80));
    let ep = k.epoll_create(P).unwrap();
    register(&mut k, ep, c, Events::WRITE);
    assert_eq!(k.epoll_wait(P, ep, None), Ok(Wait::Ready(vec![(c, Events::WRITE)])));
    assert_eq!(k.now(), 127_000 * MS);
    assert_eq!(k.take_error(P, c), Ok(Some(Errno::ETIMEDOUT)));
    assert!(k.getaddrinfo(Some("nowhere.example"), Service::Port(80), Hints::default()).is_err());
}

#[test]
fn undeclared_names_become_hosts_with_their_own_tables() {
    let mut k = Kernel::default();
    let a =
        k.getaddrinfo(Some("one.example"), Service::Port(80), Hints::of(SockType::Stream)).unwrap();
    assert_eq!(a[0].addr.ip, std::net::Ipv4Addr::new(192, 0, 2, 2));
    let host = HostId(1);
    assert_eq!(k.host_ip(host), Some(std::net::Ipv4Addr::new(192, 0, 2, 2)));
    // Its HTTP service's listeners (ports 80 and 443) hold fds 3 and 4.
    let fd = k.socket(host, SockType::Stream).unwrap();
    assert_eq!(fd.0, 5);
    assert_eq!(k.add_host("ONE.example"), host);
    // The service answers on 80; nobody listens on 81: refused after a round trip
    // (immediate by default).
    let c = client(&mut k, a[0].addr);
    assert_eq!(k.take_error(P, c), Ok(None));
    let c = client(&mut k, SockAddr::new(a[0].addr.ip, 81));
    assert_eq!(k.take_error(P, c), Ok(Some(Errno::ECONNREFUSED)));
}

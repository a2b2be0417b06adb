//! Random sequences of system calls, on the default network and on a lossy, slow, jittery
//! one: no call panics, the same seed gives the same results, and once every file
//! descriptor is closed and the network has gone quiet, nothing is left behind.

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::rng::NetRandom;
use loopscope_kernel::{
    Ctl, Events, Fd, Hints, Kernel, LinkModel, NetConfig, Service, Shutdown, SockAddr, SockOpt,
    SockType,
};
use std::fmt::Write;

const MS: u64 = 1_000_000;

fn pick<T: Copy>(rng: &mut NetRandom, items: &[T]) -> T {
    items[((rng.random() * items.len() as f64) as usize).min(items.len() - 1)]
}

/// Runs `ops` random calls and returns what each returned.
fn run(config: NetConfig, seed: u64, ops: usize) -> String {
    let mut k = Kernel::new(config);
    let mut rng = NetRandom::new(seed);
    let mut log = String::new();
    let ep = k.epoll_create(P).unwrap();
    let _ = k.getaddrinfo(Some("far.example"), Service::Port(80), Hints::default());
    let mut fds: Vec<Fd> = Vec::new();
    let addrs = [
        SockAddr::loopback(5000),
        SockAddr::loopback(5001),
        SockAddr::loopback(1),
        SockAddr::new([192, 0, 2, 2].into(), 80),
        SockAddr::new([0, 0, 0, 0].into(), 5000),
    ];
    for _ in 0..ops {
        let fd = if fds.is_empty() { Fd(99) } else { pick(&mut rng, &fds) };
        let addr = pick(&mut rng, &addrs);
        let size = pick(&mut rng, &[0usize, 1, 10, 3000, 200_000]);
        let op = (rng.random() * 20.0) as u32;
        let result = match op {
            0 => {
                let r = k.socket(P, pick(&mut rng, &[SockType::Stream, SockType::Dgram]));
                if let Ok(fd) = r {
                    fds.push(fd);
                }
                format!("{r:?}")
            }
            1 => format!(
                "{:?}",
                k.bind(P, fd, SockAddr::new(addr.ip, pick(&mut rng, &[0, 5000, 5001])))
            ),
            2 => format!("{:?}", k.listen(P, fd, pick(&mut rng, &[0, 1, 3]))),
            3 => format!("{:?}", k.connect(P, fd, addr)),
            4 => {
                let r = k.accept(P, fd);
                if let Ok((new, _)) = r {
                    fds.push(new);
                }
                format!("{r:?}")
            }
            5 => format!("{:?}", k.send(P, fd, &vec![7; size])),
            6 => format!("{:?}", k.sendto(P, fd, &vec![8; size.min(2000)], addr)),
            7 => format!("{:?}", k.recv(P, fd, size).map(|d| d.len())),
            8 => format!(
                "{:?}",
                k.shutdown(
                    P,
                    fd,
                    pick(&mut rng, &[Shutdown::Read, Shutdown::Write, Shutdown::Both])
                )
            ),
            9 => {
                fds.retain(|f| *f != fd);
                format!("{:?}", k.close(P, fd))
            }
            10 => format!(
                "{:?}",
                k.setsockopt(
                    P,
                    fd,
                    pick(&mut rng, &[SockOpt::ReuseAddr(true), SockOpt::LingerZero(true)])
                )
            ),
            11 => {
                let ev = pick(&mut rng, &[Events::READ, Events::WRITE, Events::BOTH, Events::NONE]);
                let ctl = pick(&mut rng, &[Ctl::Add(fd, ev), Ctl::Modify(fd, ev), Ctl::Delete(fd)]);
                format!("{:?}", k.epoll_ctl(P, ep, ctl))
            }
            12 => format!("{:?}", k.epoll_wait(P, ep, Some(pick(&mut rng, &[0, MS, 300 * MS])))),
            13 => {
                let t = k.now() + pick(&mut rng, &[0, MS, 2_000 * MS]);
                k.advance_to(t);
                format!("{}", k.now())
            }
            14 => format!("{:?}", k.take_error(P, fd)),
            15 => {
                let r = k.socketpair(P);
                if let Ok((a, b)) = r {
                    fds.extend([a, b]);
                }
                format!("{r:?}")
            }
            16 => format!("{:?} {:?}", k.getsockname(P, fd), k.getpeername(P, fd)),
            17 => {
                let l = k.socket(P, SockType::Stream).unwrap();
                fds.push(l);
                k.setsockopt(P, l, SockOpt::ReuseAddr(true)).unwrap();
                let port = pick(&mut rng, &[5000, 5001]);
                format!("{l} {:?} {:?}", k.bind(P, l, SockAddr::loopback(port)), k.listen(P, l, 3))
            }
            18 => {
                let c = k.socket(P, SockType::Stream).unwrap();
                fds.push(c);
                format!(
                    "{c} {:?}",
                    k.connect(P, c, SockAddr::loopback(pick(&mut rng, &[5000, 5001])))
                )
            }
            _ => {
                let mut accepted = Vec::new();
                for l in fds.clone() {
                    if let Ok((new, _)) = k.accept(P, l) {
                        accepted.push(new);
                    }
                }
                fds.extend(&accepted);
                format!("{accepted:?}")
            }
        };
        writeln!(log, "{op} {fd} -> {result}").unwrap();
    }
    // Close everything; the goodbyes finish and nothing stays behind.
    for fd in fds {
        k.close(P, fd).unwrap();
    }
    let far = k.now() + 1_000_000 * MS;
    k.advance_to(far);
    assert_eq!(k.in_flight(), Default::default(), "seed {seed}");
    // Only the services' own sockets stay (far.example's HTTP service listens on 80 and 443).
    assert_eq!(k.socket_count(), k.service_socket_count(), "seed {seed}: {:?}", k.socket_infos(P));
    assert_eq!(k.service_socket_count(), 2);
    // Every port is free again.
    let probe = k.socket(P, SockType::Stream).unwrap();
    k.bind(P, probe, SockAddr::loopback(5000)).unwrap();
    log
}

fn lossy() -> NetConfig {
    let link = LinkModel { latency: 3 * MS, bandwidth: Some(1_000_000), jitter: MS, loss: 0.2 };
    NetConfig { link, seed: 5, ..NetConfig::default() }
}

#[test]
fn random_calls_on_loopback_never_panic_and_leave_nothing_behind() {
    for seed in 0..40 {
        let a = run(NetConfig::default(), seed, 400);
        assert_eq!(a, run(NetConfig::default(), seed, 400), "seed {seed} is not deterministic");
    }
}

#[test]
fn random_calls_on_a_lossy_slow_network_never_panic_and_leave_nothing_behind() {
    for seed in 0..40 {
        let a = run(lossy(), seed, 400);
        assert_eq!(a, run(lossy(), seed, 400), "seed {seed} is not deterministic");
    }
}

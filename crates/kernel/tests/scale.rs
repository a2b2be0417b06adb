//! 10,000 clients each exchanging one message with an echo server, driven as the loop would
//! drive them. The time is printed, never asserted (docs/STYLE.md: speed targets live in
//! benchmarks): `cargo test -p loopscope-kernel --release --test scale -- --nocapture`.

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{Ctl, Errno, Events, Fd, Kernel, Wait};
use std::collections::BTreeMap;
use std::time::Instant;

#[derive(Clone, Copy)]
enum Role {
    Connecting,
    Waiting,
    Served,
}

#[test]
fn ten_thousand_clients_each_get_their_message_back() {
    const N: usize = 10_000;
    let started = Instant::now();
    let mut k = Kernel::default();
    let ep = k.epoll_create(P).unwrap();
    let (l, addr) = server(&mut k, 4096);
    register(&mut k, ep, l, Events::READ);
    let mut roles: BTreeMap<Fd, Role> = BTreeMap::new();
    let mut replies = 0;
    let mut connected = 0;
    let mut rounds = 0;
    while replies < N {
        // Start clients a thousand at a time, as tasks would between two selects.
        for _ in 0..1000.min(N - connected) {
            let c = client(&mut k, addr);
            register(&mut k, ep, c, Events::WRITE);
            roles.insert(c, Role::Connecting);
            connected += 1;
        }
        let ready = match k.epoll_wait(P, ep, None).unwrap() {
            Wait::Ready(v) => v,
            other => panic!("stuck after {replies} replies: {other:?}"),
        };
        rounds += 1;
        for (fd, _) in ready {
            if fd == l {
                loop {
                    match k.accept(P, l) {
                        Ok((s, _)) => {
                            register(&mut k, ep, s, Events::READ);
                            roles.insert(s, Role::Served);
                        }
                        Err(Errno::EAGAIN) => break,
                        Err(e) => panic!("accept: {e}"),
                    }
                }
                continue;
            }
            match roles.get(&fd).copied() {
                Some(Role::Connecting) => {
                    assert_eq!(k.take_error(P, fd), Ok(None));
                    let msg = format!("hello from {fd}");
                    k.send(P, fd, msg.as_bytes()).unwrap();
                    k.epoll_ctl(P, ep, Ctl::Modify(fd, Events::READ)).unwrap();
                    roles.insert(fd, Role::Waiting);
                }
                Some(Role::Waiting) => {
                    let reply = k.recv(P, fd, 256 * 1024).unwrap();
                    assert_eq!(reply, format!("hello from {fd}").as_bytes());
                    replies += 1;
                    k.close(P, fd).unwrap();
                    roles.remove(&fd);
                }
                Some(Role::Served) => {
                    let data = k.recv(P, fd, 256 * 1024).unwrap();
                    if data.is_empty() {
                        k.close(P, fd).unwrap();
                        roles.remove(&fd);
                    } else {
                        k.send(P, fd, &data).unwrap();
                    }
                }
                None => {}
            }
        }
    }
    // The servers' sides see EOF and close.
    while roles.values().any(|r| matches!(r, Role::Served)) {
        let Wait::Ready(ready) = k.epoll_wait(P, ep, Some(0)).unwrap() else { break };
        for (fd, _) in ready {
            if fd != l && k.recv(P, fd, 1024).unwrap().is_empty() {
                k.close(P, fd).unwrap();
                roles.remove(&fd);
            }
        }
    }
    assert!(roles.is_empty());
    assert_eq!(k.socket_infos(P).len(), 1, "only the listener is left");
    assert_eq!(k.now(), 0, "loopback: no virtual time passes");
    eprintln!("{N} clients, {rounds} selects: {:?} of real time", started.elapsed());
}

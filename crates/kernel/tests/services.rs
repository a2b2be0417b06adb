//! The built-in services (tests/conformance/NETWORK_MODEL.md, "Built-in services"): an echo
//! service, an HTTP/1.1 responder and a slow key-value store on hosts of their own, reached
//! by name. No CPython reference exists for them, so the exact virtual times are computed by
//! hand from the model's rules and stated next to each assertion.

#![allow(clippy::unwrap_used)] // helpers of tests: a panic is a failed test
mod common;
use common::*;
use loopscope_kernel::{
    Errno, Events, Fd, FdWait, Hints, Kernel, NetConfig, Service, SockAddr, SockType,
};
use std::net::Ipv4Addr;

const MS: u64 = 1_000_000;
const US: u64 = 1_000;

fn kernel(pairs: &[(&str, &str)]) -> Kernel {
    let mut config = NetConfig::default();
    for (k, v) in pairs {
        config.set(k, v).unwrap();
    }
    Kernel::new(config)
}

fn resolve(k: &mut Kernel, name: &str, port: u16, kind: SockType) -> SockAddr {
    k.getaddrinfo(Some(name), Service::Port(port), Hints::of(kind)).unwrap()[0].addr
}

/// A connected client (a blocking connect, as `open_connection` awaits it) and when.
fn connect(k: &mut Kernel, to: SockAddr) -> (Fd, u64) {
    let fd = client(k, to);
    assert_eq!(k.wait_fd(P, fd, Events::WRITE, None), Ok(FdWait::Ready));
    assert_eq!(k.take_error(P, fd), Ok(None));
    (fd, k.now())
}

/// Reads until `done(bytes so far)` or end of stream; returns the bytes and when the last
/// read happened.
fn read_until(k: &mut Kernel, fd: Fd, done: impl Fn(&[u8]) -> bool) -> (Vec<u8>, u64) {
    let mut got = Vec::new();
    loop {
        assert_eq!(k.wait_fd(P, fd, Events::READ, None), Ok(FdWait::Ready), "{got:?}");
        let data = k.recv(P, fd, 256 * 1024).unwrap();
        let eof = data.is_empty();
        got.extend(data);
        if eof || done(&got) {
            return (got, k.now());
        }
    }
}

/// Whether `bytes` hold one whole HTTP response (head and `Content-Length` body).
fn whole_response(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let Some(end) = text.find("\r\n\r\n") else { return false };
    let length = text[..end]
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .map_or(0, |n| n.parse::<usize>().unwrap());
    bytes.len() >= end + 4 + length
}

fn get(path: &str, host: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n").into_bytes()
}

fn body(response: &[u8]) -> String {
    let text = String::from_utf8_lossy(response).into_owned();
    text.split_once("\r\n\r\n").unwrap().1.to_string()
}

#[test]
fn a_get_costs_a_round_trip_to_connect_then_half_one_plus_the_delay_plus_half_one() {
    let mut k = kernel(&[("net-latency-ms", "50"), ("net-http-delay-ms@api.example", "100")]);
    let to = resolve(&mut k, "api.example", 80, SockType::Stream);
    // An undeclared name: the next address, with an HTTP responder.
    assert_eq!(to, SockAddr::new(Ipv4Addr::new(192, 0, 2, 2), 80));
    let (c, connected) = connect(&mut k, to);
    assert_eq!(connected, 100 * MS); // SYN 0.050, SYN-ACK 0.100
    k.send(P, c, &get("/", "api.example")).unwrap();
    // The request arrives 0.150, the answer leaves 0.250 and arrives 0.300.
    let (first, at) = read_until(&mut k, c, whole_response);
    assert_eq!(at, 300 * MS);
    let text = String::from_utf8(first.clone()).unwrap();
    assert!(text.starts_with("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"));
    assert!(body(&first).contains("<h1>api.example</h1><p>/</p>"));
    // Keep-alive: the second request on the same connection costs no handshake.
    k.send(P, c, &get("/two?x=1", "api.example")).unwrap();
    let (second, at) = read_until(&mut k, c, whole_response);
    assert_eq!(at, 500 * MS);
    assert!(body(&second).contains("<p>/two?x=1</p>"));
}

#[test]
fn bandwidth_adds_each_way_s_serialisation() {
    let page = "x".repeat(1000);
    let mut k = kernel(&[
        ("net-latency-ms", "50"),
        ("net-bandwidth", "1MB/s"),
        ("net-http-delay-ms", "100"),
        ("net-http-body", &page),
    ]);
    let to = resolve(&mut k, "api.example", 80, SockType::Stream);
    let (c, connected) = connect(&mut k, to);
    assert_eq!(connected, 100 * MS); // control packets take no serialisation
    let request = get("/", "api.example");
    assert_eq!(request.len(), 37);
    k.send(P, c, &request).unwrap();
    let (response, at) = read_until(&mut k, c, whole_response);
    // Head: status line 17, Content-Type 40, Content-Length 22, Server 29, blank line 2.
    assert_eq!(response.len(), 110 + 1000);
    // Request: 37 us on the wire, arrives 0.150037; answer leaves 0.250037, takes 1110 us,
    // arrives 0.251147 + 0.050.
    assert_eq!(at, 300 * MS + 37 * US + 1110 * US);
}

#[test]
fn the_default_delays_are_drawn_per_request_from_the_seeded_stream() {
    // random.Random(0) draws 0.8444, 0.7580, 0.4206: 50 + floor(r * 101) = 135, 126, 92 ms.
    let mut k = kernel(&[]);
    let a = resolve(&mut k, "a.example", 80, SockType::Stream);
    let b = resolve(&mut k, "b.example", 80, SockType::Stream);
    let (ca, _) = connect(&mut k, a);
    let (cb, _) = connect(&mut k, b);
    assert_eq!(k.now(), 0); // immediate links: no time passes
    k.send(P, ca, &get("/", "a.example")).unwrap();
    k.send(P, cb, &get("/", "b.example")).unwrap();
    let (_, at_b) = read_until(&mut k, cb, whole_response);
    assert_eq!(at_b, 126 * MS);
    let (ra, at_a) = read_until(&mut k, ca, whole_response);
    assert_eq!(at_a, 135 * MS);
    assert!(body(&ra).contains("<h1>a.example</h1>"));
    k.send(P, ca, &get("/", "a.example")).unwrap();
    assert_eq!(read_until(&mut k, ca, whole_response).1, (135 + 92) * MS);
}

#[test]
fn connection_close_ends_the_connection_after_the_answer() {
    let mut k = kernel(&[("net-http-delay-ms", "10")]);
    let to = resolve(&mut k, "api.example", 443, SockType::Stream);
    let (c, _) = connect(&mut k, to);
    k.send(P, c, b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n").unwrap();
    let (response, at) = read_until(&mut k, c, |_| false);
    assert_eq!(at, 10 * MS);
    assert!(String::from_utf8(response).unwrap().contains("Connection: close\r\n"));
    assert_eq!(k.recv(P, c, 10), Ok(Vec::new()));
    // A request line that is not HTTP: 400 and close, at once.
    let (c, _) = connect(&mut k, to);
    k.send(P, c, b"HELLO\r\n\r\n").unwrap();
    let (response, at) = read_until(&mut k, c, |_| false);
    assert_eq!(at, 10 * MS);
    assert!(response.starts_with(b"HTTP/1.1 400 Bad Request\r\n"));
}

#[test]
fn status_body_and_content_type_follow_host_path_and_default_in_that_order() {
    let mut k = kernel(&[
        ("net-http-delay-ms", "0"),
        ("net-http-status@/missing", "404"),
        ("net-http-json@api.example/users", "[1,2]"),
        ("net-http-status@api.example", "503"),
        ("net-http-status@api.example/ok", "200"),
    ]);
    let api = resolve(&mut k, "api.example", 80, SockType::Stream);
    let other = resolve(&mut k, "other.example", 80, SockType::Stream);
    let fetch = |k: &mut Kernel, to, path: &str| {
        let (c, _) = connect(k, to);
        k.send(P, c, &get(path, "x")).unwrap();
        String::from_utf8(read_until(k, c, whole_response).0).unwrap()
    };
    let users = fetch(&mut k, api, "/users");
    // The path's status is the host's (503): the json key sets body and type only.
    assert_eq!(
        users,
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: 5\r\nServer: loopscope-simulated\r\n\r\n[1,2]"
    );
    assert!(fetch(&mut k, api, "/ok").starts_with("HTTP/1.1 200 OK\r\n"));
    let missing = fetch(&mut k, other, "/missing?q");
    assert!(missing.starts_with("HTTP/1.1 404 Not Found\r\nContent-Type: text/html"));
    assert!(missing.contains("<h1>404 Not Found</h1><p>/missing?q</p>"));
    assert!(fetch(&mut k, other, "/").starts_with("HTTP/1.1 200 OK\r\n"));
}

#[test]
fn echo_answers_bytes_after_a_round_trip_and_a_fin_with_a_fin() {
    let mut k = kernel(&[("net-latency-ms", "50"), ("net-service", "echo@echo.local:7")]);
    let to = resolve(&mut k, "echo.local", 7, SockType::Stream);
    // Declared hosts get their address when the kernel starts, in header order.
    assert_eq!(to, SockAddr::new(Ipv4Addr::new(192, 0, 2, 2), 7));
    let (c, connected) = connect(&mut k, to);
    assert_eq!(connected, 100 * MS);
    k.send(P, c, b"hello\n").unwrap();
    assert_eq!(read_until(&mut k, c, |b| b.ends_with(b"\n")), (b"hello\n".to_vec(), 200 * MS));
    k.shutdown(P, c, loopscope_kernel::Shutdown::Write).unwrap();
    // Our FIN arrives 0.250; the service's FIN arrives 0.300.
    assert_eq!(read_until(&mut k, c, |_| false), (Vec::new(), 300 * MS));
    // Nothing else on port 80 there: refused.
    let refused = client(&mut k, SockAddr::new(to.ip, 80));
    k.wait_fd(P, refused, Events::WRITE, None).unwrap();
    assert_eq!(k.take_error(P, refused), Ok(Some(Errno::ECONNREFUSED)));
}

#[test]
fn udp_echo_sends_each_datagram_back_to_its_sender() {
    let mut k = kernel(&[("net-latency-ms", "20"), ("net-service", "echo@echo.local")]);
    let to = resolve(&mut k, "echo.local", 7, SockType::Dgram);
    let s = k.socket(P, SockType::Dgram).unwrap();
    k.sendto(P, s, b"one", to).unwrap();
    k.sendto(P, s, b"two", to).unwrap();
    assert_eq!(k.wait_fd(P, s, Events::READ, None), Ok(FdWait::Ready));
    assert_eq!(k.now(), 40 * MS);
    assert_eq!(k.recvfrom(P, s, 100), Ok((b"one".to_vec(), Some(to))));
    assert_eq!(k.recvfrom(P, s, 100), Ok((b"two".to_vec(), Some(to))));
}

#[test]
fn the_key_value_store_answers_each_operation_after_its_delay_in_order() {
    let mut k = kernel(&[
        ("net-latency-ms", "10"),
        ("net-service", "kv@db.local,echo@echo.local"),
        ("net-kv-delay-ms@db.local", "30"),
    ]);
    let to = resolve(&mut k, "db.local", 6379, SockType::Stream);
    let (c, connected) = connect(&mut k, to);
    assert_eq!(connected, 20 * MS);
    k.send(P, c, b"SET greeting hello world\n").unwrap();
    // Arrives 0.030, answered 0.060, arrives 0.070.
    assert_eq!(read_until(&mut k, c, |b| b.ends_with(b"\n")), (b"OK\n".to_vec(), 70 * MS));
    k.send(P, c, b"GET greeting\r\nGET nothing\n").unwrap();
    // Both arrive 0.080; answered 0.110 and 0.140, one after the other.
    assert_eq!(
        read_until(&mut k, c, |b| b.ends_with(b"\n")),
        (b"VALUE hello world\n".to_vec(), 120 * MS)
    );
    assert_eq!(read_until(&mut k, c, |b| b.ends_with(b"\n")), (b"NOT_FOUND\n".to_vec(), 150 * MS));
    // Another connection sees the same store.
    let (c2, _) = connect(&mut k, to);
    k.send(P, c2, b"DEL greeting\nQUIT\n").unwrap();
    let (answer, _) = read_until(&mut k, c2, |_| false);
    assert_eq!(answer, b"OK\n");
}

#[test]
fn a_reader_that_does_not_read_holds_the_echo_service_back() {
    let mut k = kernel(&[("net-service", "echo@echo.local")]);
    let to = resolve(&mut k, "echo.local", 7, SockType::Stream);
    let (c, _) = connect(&mut k, to);
    let total = 16_000_000;
    let data: Vec<u8> = (0..total).map(|i| (i % 251) as u8).collect();
    let mut sent = 0;
    // Without reading: the kernel takes bytes until every buffer on the way is full.
    while let Ok(n) = k.send(P, c, &data[sent..]) {
        sent += n;
    }
    // Our send buffer, the service's receive buffer, what it read and holds (64 KiB reads),
    // its send buffer and our receive buffer: 4 MiB + 128 KiB + 64 KiB + 4 MiB + 128 KiB at
    // most, far from the 16 MB.
    assert!(sent > 8 * 1024 * 1024, "{sent}");
    assert!(sent <= 8 * 1024 * 1024 + 320 * 1024, "{sent}");
    let mut back = Vec::new();
    while back.len() < total {
        if let Ok(n) = k.send(P, c, &data[sent..]) {
            sent += n;
        }
        while let Ok(d) = k.recv(P, c, 256 * 1024) {
            if d.is_empty() {
                break;
            }
            back.extend(d);
        }
    }
    assert!(back == data);
}

#[test]
fn with_nxdomain_undeclared_names_do_not_resolve_and_no_service_starts() {
    let mut k = kernel(&[("net-unknown-hosts", "nxdomain"), ("net-service", "http@api.example")]);
    assert!(k.getaddrinfo(Some("x.example"), Service::Port(80), Hints::default()).is_err());
    let to = resolve(&mut k, "API.example", 80, SockType::Stream);
    let (c, _) = connect(&mut k, to);
    k.send(P, c, &get("/", "api.example")).unwrap();
    let (_, at) = read_until(&mut k, c, whole_response);
    assert!((50 * MS..=150 * MS).contains(&at));
}

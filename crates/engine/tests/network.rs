//! The engine on the virtual kernel, where CPython has no reference: blocking socket calls in
//! virtual time, the loop's select ending early when a packet arrives on a modelled link, the
//! `net-*` header, the deadlock report, and the trace's selector and socket events.

use loopscope_engine::config::RunConfig;
use loopscope_engine::{run_program, RunOutcome, Stop};
use loopscope_trace::{DiagnosticKind, Event};

fn run(source: &str) -> RunOutcome {
    let outcome = run_program(source, RunConfig::default());
    for event in outcome.trace.events() {
        assert!(event.is_ok(), "the trace decodes");
    }
    outcome
}

fn events(outcome: &RunOutcome) -> Vec<Event> {
    outcome.trace.events().filter_map(Result::ok).map(|(_, e)| e).collect()
}

#[test]
fn a_blocking_recv_in_a_coroutine_blocks_the_loop_in_virtual_time() {
    let source = r#"
import asyncio, socket

async def ticker():
    await asyncio.sleep(0.1)
    print("tick at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    a, b = socket.socketpair()
    a.settimeout(0.5)
    await asyncio.sleep(0)
    try:
        a.recv(10)
    except TimeoutError as e:
        print(repr(e), "at", loop.time())
    await t

asyncio.run(main())
"#;
    let outcome = run(source);
    assert_eq!(outcome.stop, Stop::Finished, "{}", outcome.stderr);
    assert_eq!(outcome.stdout, "TimeoutError('timed out') at 0.5\ntick at 0.5\n");
    let blocked: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::SlowCallback && d.text.contains("blocking call"))
        .collect();
    assert_eq!(blocked.len(), 1, "{:?}", outcome.diagnostics);
    assert!(blocked[0].text.contains("socket.recv()"), "{}", blocked[0].text);
}

#[test]
fn a_blocking_call_nothing_can_answer_is_a_deadlock() {
    let source = "import socket\na, b = socket.socketpair()\na.recv(1)\n";
    let outcome = run(source);
    assert_eq!(outcome.stop, Stop::Deadlock);
    assert!(outcome.stderr.contains("socket.recv() on fd 3 blocks"), "{}", outcome.stderr);
}

#[test]
fn an_unsupported_socket_construct_names_itself_once_at_the_programs_line() {
    let cases = [
        ("import socket\nsocket.socket(socket.AF_UNIX)\n", 2, "`socket.socket(AF_UNIX)`"),
        (
            "import socket\nx = 1\nsocket.getaddrinfo(None, 80, socket.AF_INET6)\n",
            3,
            "`getaddrinfo(None, ..., AF_INET6)` (IPv6 addresses)",
        ),
        ("import socket\nsocket.socket(socket.AF_INET6)\n", 2, "`socket.socket(AF_INET6)` (IPv6)"),
        ("import socket\nsocket.getaddrinfo('::1', 80)\n", 2, "`getaddrinfo()` of an IPv6 address"),
        (
            "import socket\nsocket.create_connection(('fe80::1%lo', 80))\n",
            2,
            "`socket.create_connection()` to an IPv6 address",
        ),
        (
            "import socket\na, b = socket.socketpair()\nb.recv(1, socket.MSG_WAITALL)\n",
            3,
            "`socket.recv()` flags other than MSG_PEEK and MSG_DONTWAIT",
        ),
    ];
    for (source, line, construct) in cases {
        let outcome = run(source);
        assert_eq!(outcome.exit_status(), 2, "{}", outcome.stderr);
        let first = outcome.stderr.lines().next().unwrap_or_default();
        assert!(first.starts_with(&format!("loopscope: line {line}: {construct}")), "{first}");
        assert_eq!(first.matches("is not supported yet").count(), 1, "{first}");
    }
}

#[test]
fn the_header_sets_the_link_and_select_wakes_at_the_arrival() {
    let source = r#"# loopscope: net-latency-ms=50 net-bandwidth=1MB/s
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    lst = socket.socket(); lst.bind(("127.0.0.1", 0)); lst.listen(); lst.setblocking(False)
    c = socket.socket(); c.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(lst))
    loop.call_later(10, print, "late timer")
    await loop.sock_connect(c, lst.getsockname())
    print("connected", loop.time())
    conn, _ = await accepting
    print("accepted", loop.time())
    conn.setblocking(False)
    await loop.sock_sendall(c, b"x" * 1_000_000)
    c.shutdown(socket.SHUT_WR)
    total = 0
    while data := await loop.sock_recv(conn, 65536):
        total += len(data)
    print("EOF", total, round(loop.time(), 6))

asyncio.run(main())
"#;
    let outcome = run(source);
    assert_eq!(outcome.stop, Stop::Finished, "{}", outcome.stderr);
    // Connected after one round trip, accepted after the third leg; the megabyte takes a
    // second on the wire after the accept, plus the latency.
    assert_eq!(outcome.stdout, "connected 0.1\naccepted 0.15\nEOF 1000000 1.2\n");
}

#[test]
fn a_bad_network_value_is_not_read_by_the_engine_but_the_default_stays() {
    // The header reader refuses bad values before a run (loopscope_protocol::header); the
    // engine alone keeps the default network for a key it cannot read.
    let source = "# loopscope: net-latency-ms=fast\nimport socket\na, b = socket.socketpair()\na.send(b'x')\nprint(b.recv(1))\n";
    let outcome = run(source);
    assert_eq!(outcome.stdout, "b'x'\n");
}

#[test]
fn a_server_no_one_connects_to_is_a_deadlock_naming_its_socket() {
    let source = r#"
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    lst = socket.socket(); lst.bind(("127.0.0.1", 8888)); lst.listen(); lst.setblocking(False)
    await loop.sock_accept(lst)

asyncio.run(main())
"#;
    let outcome = run(source);
    assert_eq!(outcome.stop, Stop::Deadlock);
    let report = outcome
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::Deadlock)
        .map(|d| d.text.clone())
        .unwrap_or_default();
    assert!(report.contains("fd 6 on ('127.0.0.1', 8888)"), "{report}");
    assert!(report.contains("fd 6 for reading"), "{report}");
    // stderr is the conformance harness's report, without the network's part.
    assert!(!outcome.stderr.contains("Listening"), "{}", outcome.stderr);
}

#[test]
fn the_trace_shows_registrations_ready_fds_and_sockets() {
    let source = r#"
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    got = loop.create_future()
    loop.add_reader(a, lambda: got.set_result(a.recv(10)))
    b.send(b"hi")
    print(await got)
    loop.remove_reader(a)
    a.close()
    b.close()

asyncio.run(main())
"#;
    let outcome = run(source);
    assert_eq!(outcome.stdout, "b'hi'\n");
    let evs = events(&outcome);
    let io: Vec<&Event> = evs
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::IoRegister { .. }
                    | Event::IoReady { .. }
                    | Event::SocketNew { .. }
                    | Event::SocketClose { .. }
            )
        })
        .collect();
    let kinds: Vec<&str> = io.iter().map(|e| e.kind_name()).collect();
    assert_eq!(
        kinds,
        [
            "socket_new",
            "socket_new",
            "io_register",
            "io_ready",
            "io_register",
            "socket_close",
            "socket_close"
        ]
    );
    assert!(matches!(io[2], Event::IoRegister { fd: 6, events: 1, .. }));
    assert!(matches!(io[3], Event::IoReady { fd: 6, events: 1 }));
    assert!(matches!(io[4], Event::IoRegister { fd: 6, events: 0, reader: 0, writer: 0 }));
}

#[test]
fn programs_without_sockets_keep_the_plain_selector() {
    // No kernel: the first socket a later program opens is fd 3 when no loop exists, and the
    // loop's epoll and self-pipe take 3, 4 and 5 when one does.
    let outcome = run("import socket\nprint(socket.socket().fileno())\n");
    assert_eq!(outcome.stdout, "3\n");
    let source = r#"
import asyncio, socket
async def main():
    print(socket.socket().fileno())
asyncio.run(main())
"#;
    assert_eq!(run(source).stdout, "6\n");
}

#[test]
fn selector_events_lines_match_cpython() {
    // Task reprs show where a sock_* coroutine is defined and where it waits: the library's
    // lines are CPython 3.11.7's (selector_events.py), kept by blank lines.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/lib/asyncio/selector_events.py");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let at = |n: usize| lines.get(n - 1).map(|l| l.trim()).unwrap_or("");
    let expected: &[(usize, &str, &[usize])] = &[
        (357, "sock_recv", &[377]),
        (399, "sock_recv_into", &[418]),
        (437, "sock_recvfrom", &[458]),
        (477, "sock_recvfrom_into", &[500]),
        (519, "sock_sendall", &[548]),
        (572, "sock_sendto", &[597]),
        (614, "sock_connect", &[625, 634]),
        (687, "sock_accept", &[700]),
    ];
    for (def, name, awaits) in expected {
        assert!(at(*def).starts_with(&format!("async def {name}(")), "line {def}: {}", at(*def));
        for a in *awaits {
            assert!(at(*a).contains("await "), "{name}: line {a} is `{}`", at(*a));
        }
    }
}

#[test]
fn packets_are_in_the_trace_with_their_times() {
    let source = r#"# loopscope: net-latency-ms=50
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    lst = socket.socket(); lst.bind(("127.0.0.1", 0)); lst.listen(); lst.setblocking(False)
    c = socket.socket(); c.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(lst))
    await loop.sock_connect(c, lst.getsockname())
    conn, _ = await accepting
    await loop.sock_sendall(c, b"ping")
    conn.setblocking(False)
    print(await loop.sock_recv(conn, 10), loop.time())

asyncio.run(main())
"#;
    let outcome = run(source);
    assert_eq!(outcome.stdout, "b'ping' 0.2\n", "{}", outcome.stderr);
    let packets: Vec<(String, u32, f64, f64)> = events(&outcome)
        .into_iter()
        .filter_map(|e| match e {
            Event::Packet { kind, bytes, sent, arrival, .. } => {
                Some((kind.name().to_string(), bytes, sent, arrival))
            }
            _ => None,
        })
        .collect();
    let round = |t: f64| (t * 1e6).round() / 1e6;
    let summary: Vec<(&str, u32, f64, f64)> =
        packets.iter().map(|(k, b, s, a)| (k.as_str(), *b, round(*s), round(*a))).collect();
    // The connection's legs, the data sent once accepted, and the FINs of the two sockets
    // main() drops when it returns.
    assert_eq!(
        summary,
        [
            ("syn", 0, 0.0, 0.05),
            ("syn_ack", 0, 0.05, 0.1),
            ("data", 4, 0.15, 0.2),
            ("fin", 0, 0.2, 0.25),
            ("fin", 0, 0.2, 0.25)
        ]
    );
}

/// `ssl=True` to a simulated service talks plain HTTP (the model has no TLS, as the simulated
/// aiohttp's https:// does): asyncio's "get HTTP headers" example runs as written. Over a
/// 50 ms link with a 100 ms service delay the answer arrives at 0.3 (SYN 0.05, SYN-ACK 0.1,
/// request 0.15, answer sent 0.25). To a server of the program's own it stops as unsupported.
#[test]
fn ssl_true_to_a_simulated_service_talks_plain_http_and_to_the_program_is_unsupported() {
    let source = r#"# loopscope: net-latency-ms=50 net-http-delay-ms=100
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("example.com", 443, ssl=True)
    writer.write(b"HEAD / HTTP/1.0\r\nHost: example.com\r\n\r\n")
    status = await reader.readline()
    print(loop.time(), status.decode().strip())
    writer.close()

asyncio.run(main())
"#;
    let outcome = run(source);
    assert_eq!(outcome.stop, Stop::Finished, "{}", outcome.stderr);
    assert_eq!(outcome.stdout, "0.3 HTTP/1.1 200 OK\n");

    let own_server = r#"
import asyncio

async def main():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.open_connection("127.0.0.1", port, ssl=True)

asyncio.run(main())
"#;
    let outcome = run(own_server);
    assert_eq!(outcome.exit_status(), 2, "{}", outcome.stderr);
    assert!(
        outcome.stderr.contains("TLS (`ssl=`) to a server of the program"),
        "{}",
        outcome.stderr
    );
}

//! What the page shows of the simulated network (issue 13): packets on the timeline, each
//! socket's buffers and bytes in flight.

use crate::host::Host;
use loopscope_protocol::messages::{Request, Response};
use loopscope_protocol::timeline::Timeline;
use loopscope_protocol::view::{Snapshot, SocketRow};

use crate::test_host::{at_line, run, view};

fn timeline(host: &mut Host) -> Timeline {
    match host.handle(Request::Timeline { id: 4 }, None) {
        Response::Timeline { timeline, .. } => *timeline,
        other => panic!("expected Timeline, got {other:?}"),
    }
}

/// A client sends 5 bytes to an upper-casing server and reads the reply.
const ECHO: &str = "# loopscope: net-latency-ms=10
import asyncio

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    writer.write(b'hey\\n')
    print(await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
";

#[test]
fn packets_are_on_the_timeline_from_sent_to_arrival() {
    let mut host = run(ECHO);
    let t = timeline(&mut host);
    let net = &t.network;
    let kinds: Vec<(&str, u32, bool)> =
        net.packets.iter().map(|p| (p.kind.as_str(), p.bytes, p.to_server)).collect();
    // The handshake toward the server, its answer back, the 4-byte line and its reply.
    assert_eq!(&kinds[..2], [("syn", 0, true), ("syn_ack", 0, false)]);
    assert!(kinds.contains(&("data", 4, true)), "{kinds:?}");
    assert!(kinds.contains(&("data", 4, false)), "{kinds:?}");
    assert!(kinds.iter().any(|k| k.0 == "fin"), "{kinds:?}");
    for p in &net.packets {
        let arrival = p.arrival.expect("nothing is lost by default");
        assert!(arrival > p.sent, "{p:?}");
        assert!(p.step > 0 && p.step <= t.end_step, "{p:?}");
    }
    let syn = &net.packets[0];
    assert_eq!((syn.sent, syn.arrival), (0.0, Some(0.01)));
    assert_eq!(net.addresses[syn.dst as usize], "127.0.0.1:8888");
    assert!(net.addresses[syn.src as usize].starts_with("127.0.0.1:"));
    assert!(!net.truncated);
}

/// The client sends 3,000 bytes 10 ms away; the server accepts and leaves them unread.
const UNREAD: &str = "# loopscope: net-latency-ms=10
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 8888))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, ('127.0.0.1', 8888))
    conn, _ = await loop.sock_accept(listener)
    await loop.sock_sendall(client, b'x' * 3000)
    await asyncio.sleep(0.005)
    print('on the link', loop.time())
    await asyncio.sleep(0.05)
    print('arrived', loop.time())
    print(len(await loop.sock_recv(conn, 5000)))
    for s in (conn, client, listener):
        s.close()

asyncio.run(main())
";

fn socket<'a>(snap: &'a Snapshot, local_port: &str) -> &'a SocketRow {
    snap.sockets
        .iter()
        .find(|s| s.state == "ESTABLISHED" && s.local.ends_with(local_port))
        .unwrap_or_else(|| panic!("no socket on {local_port}: {:?}", snap.sockets))
}

#[test]
fn sockets_show_their_buffers_and_bytes_in_flight() {
    let mut host = run(UNREAD);
    // 5 ms after sending: the three segments are on the link, unacknowledged.
    let snap = at_line(&mut host, 16);
    let client = socket(&snap, ":32768");
    assert_eq!((client.send_buffer, client.recv_buffer, client.in_flight), (3000, 0, 3000));
    let server = socket(&snap, ":8888");
    assert_eq!((server.send_buffer, server.recv_buffer, server.in_flight), (0, 0, 0));
    // Later: arrived, acknowledged, waiting in the server's receive buffer.
    let snap = at_line(&mut host, 18);
    let client = socket(&snap, ":32768");
    assert_eq!((client.send_buffer, client.recv_buffer, client.in_flight), (0, 0, 0));
    let server = socket(&snap, ":8888");
    assert_eq!((server.send_buffer, server.recv_buffer, server.in_flight), (0, 3000, 0));
    // Read: empty again.
    let snap = at_line(&mut host, 20);
    assert_eq!(socket(&snap, ":8888").recv_buffer, 0);
}

/// The client sends half a line, then the rest: the handler waits in `readline()` with 3
/// bytes buffered.
const HALF_LINE: &str = "# loopscope: net-latency-ms=10
import asyncio

async def handle(reader, writer):
    line = await reader.readline()
    print('got', line)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    writer.write(b'hel')
    await asyncio.sleep(0.05)
    print('partial')
    writer.write(b'lo\\n')
    await asyncio.sleep(0.05)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
";

#[test]
fn a_task_in_readline_says_what_the_reader_holds() {
    let mut host = run(HALF_LINE);
    let snap = at_line(&mut host, 14);
    let handler = snap.tasks.rows.iter().find(|t| t.chain.iter().any(|c| c.contains("handle")));
    let handler = handler.unwrap_or_else(|| panic!("{:?}", snap.tasks.rows));
    assert!(
        handler
            .blocked_on
            .starts_with("waits for a line: reader buffer 3 B (limit 64 KiB), StreamReader #"),
        "{:?}",
        handler.blocked_on
    );
    let reader = snap.syncs.iter().find(|s| s.name.starts_with("StreamReader")).expect("a reader");
    assert_eq!(reader.members.len(), 1, "{reader:?}");
    // After the line came: the reader's wait is over.
    let snap = at_line(&mut host, 17);
    let reader = snap.syncs.iter().find(|s| s.name.starts_with("StreamReader")).expect("a reader");
    assert!(reader.members.is_empty(), "{reader:?}");
    assert_eq!(reader.state, "woke with 6 B in the reader buffer");
}

/// 6 MB (more than the 4 MB send buffer) to a peer that does not read: `drain()` waits above the high-water mark.
const SLOW_READER: &str = "import asyncio

async def handle(reader, writer):
    await asyncio.sleep(1)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    writer.write(b'x' * 6_000_000)
    drain = asyncio.create_task(writer.drain())
    await asyncio.sleep(0.01)
    print('draining', drain.done())
    drain.cancel()
    writer.close()
    server.close()

asyncio.run(main())
";

#[test]
fn a_task_in_drain_says_how_much_is_queued() {
    let mut host = run(SLOW_READER);
    let snap = at_line(&mut host, 13);
    let drain = snap.tasks.rows.iter().find(|t| t.chain.iter().any(|c| c.contains("drain")));
    let drain = drain.unwrap_or_else(|| panic!("{:?}", snap.tasks.rows));
    // 6 MB less the 4 MB send buffer, the peer's 128 KiB receive buffer and what its
    // reader took before pausing: 1.7 MiB left in the transport.
    assert_eq!(
        drain.blocked_on,
        "drain: 1.7 MiB queued above the high-water mark 64 KiB, StreamWriter #1"
    );
}

#[test]
fn the_chrome_export_has_a_network_track() {
    let mut host = run(ECHO);
    let text = match host.handle(
        Request::Export { id: 5, format: loopscope_protocol::messages::ExportFormat::Chrome },
        None,
    ) {
        Response::Export { text, .. } => text,
        other => panic!("expected Export, got {other:?}"),
    };
    let doc: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let events = doc["traceEvents"].as_array().expect("traceEvents");
    let syn = events.iter().find(|e| e["name"] == "syn 0 B").expect("the handshake");
    assert_eq!((syn["ts"].as_f64(), syn["dur"].as_f64()), (Some(0.0), Some(10_000.0)));
    assert_eq!(syn["args"]["dst"], "127.0.0.1:8888");
    assert!(events.iter().any(|e| e["name"] == "thread_name" && e["args"]["name"] == "network"));
}

#[test]
fn many_clients_draw_one_network_band() {
    // 200 clients: every connection's handshake, line, answer and goodbyes in one band (the
    // page draws it as one lane, whatever the number of sockets).
    let source = loopscope_protocol::gallery::find("many-clients").expect("example").source;
    let mut host = run(source);
    let t = timeline(&mut host);
    assert_eq!(t.network.packets.len(), 1200);
    assert_eq!(t.network.packets.iter().filter(|p| p.kind == "syn").count(), 200);
    let steps = view(&mut host, 0).steps;
    let snap = view(&mut host, steps / 2);
    assert!(snap.sockets.len() > 10, "{}", snap.sockets.len());
}

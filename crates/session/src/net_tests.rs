//! What the page shows of the simulated network (issue 13): packets on the timeline, each
//! socket's buffers and bytes in flight.

use crate::host::Host;
use loopscope_protocol::messages::{Request, Response};
use loopscope_protocol::settings::Settings;
use loopscope_protocol::timeline::Timeline;

fn run(source: &str) -> Host {
    let mut host = Host::default();
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    match host.handle(Request::Run { id: 1, source: source.into(), settings }, None) {
        Response::Ran { summary, .. } => assert_eq!(summary.exit_status, 0, "{summary:?}"),
        other => panic!("expected Ran, got {other:?}"),
    }
    host
}

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

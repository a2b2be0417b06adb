//! The timeline's network band (issue 13): every packet the trace recorded, from the time it
//! left to the time it arrived (or lost), with its kind, size and addresses. Packets toward
//! the side that accepted a connection are drawn downwards, replies upwards.

use loopscope_protocol::timeline::{Network, Packet, MAX_PACKETS};
use loopscope_trace::event::PacketKind;
use loopscope_trace::Trace;
use rustc_hash::{FxHashMap, FxHashSet};

/// The packets seen so far, with the addresses they name interned.
#[derive(Default)]
pub(crate) struct NetworkBand {
    network: Network,
    /// Trace string id → index in `network.addresses`.
    address_of: FxHashMap<u32, u32>,
    /// Addresses that received a `syn`: the accepting sides.
    servers: FxHashSet<u32>,
}

impl NetworkBand {
    fn address(&mut self, trace: &Trace, id: u32) -> u32 {
        let next = self.network.addresses.len() as u32;
        *self.address_of.entry(id).or_insert_with(|| {
            self.network.addresses.push(trace.string(id).to_string());
            next
        })
    }

    /// A `packet` event recorded at `step`.
    pub(crate) fn add(
        &mut self,
        trace: &Trace,
        kind: PacketKind,
        (src, dst): (u32, u32),
        bytes: u32,
        (sent, arrival): (f64, f64),
        step: u64,
    ) {
        if self.network.packets.len() >= MAX_PACKETS {
            self.network.truncated = true;
            return;
        }
        let (src, dst) = (self.address(trace, src), self.address(trace, dst));
        if kind == PacketKind::Syn {
            self.servers.insert(dst);
        }
        let to_server = if self.servers.contains(&dst) {
            true
        } else if self.servers.contains(&src) {
            false
        } else {
            self.network.addresses[dst as usize] > self.network.addresses[src as usize]
        };
        self.network.packets.push(Packet {
            kind: kind.name().to_string(),
            bytes,
            src,
            dst,
            sent,
            arrival: (arrival >= 0.0).then_some(arrival),
            to_server,
            step,
        });
    }

    pub(crate) fn finish(self) -> Network {
        self.network
    }
}

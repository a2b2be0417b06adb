//! The fabric: links between hosts and the packets on them. A link sends one packet at a
//! time (serialisation at its bandwidth), taking turns between the sockets with packets
//! waiting; a packet then propagates for the link's latency plus jitter, or is lost. Arrivals
//! and timers wait in one queue ordered by time, then by the order they were scheduled, so a
//! run is deterministic (tests/conformance/NETWORK_MODEL.md, "Timing rules").

use std::collections::{BTreeMap, VecDeque};

use crate::addr::SockAddr;
use crate::config::LinkModel;
use crate::hosts::HostId;
use crate::kernel::Kernel;
use crate::rng::NetRandom;
use crate::socket::SocketId;
use crate::time::Nanos;

/// A scheduled event's place in the queue: its time, then a sequence number.
pub type EventKey = (Nanos, u64);

/// What a packet carries. Sequence numbers count payload bytes of one direction from 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Syn {
        window: u64,
    },
    SynAck {
        window: u64,
    },
    /// Everything before `ack` arrived; the receiver has room up to `ack + window`.
    Ack {
        ack: u64,
        window: u64,
    },
    Data {
        seq: u64,
        bytes: Vec<u8>,
    },
    Fin {
        seq: u64,
    },
    Rst,
    Datagram(Vec<u8>),
    /// ICMP port unreachable, about a datagram sent to `dst`'s sender.
    Unreachable,
}

impl Body {
    /// Payload bytes: what serialisation and "bytes in flight" count.
    pub fn size(&self) -> usize {
        match self {
            Body::Data { bytes, .. } | Body::Datagram(bytes) => bytes.len(),
            _ => 0,
        }
    }

    /// Packets the model may drop. ACKs, resets and ICMP errors are never lost, so that what
    /// a loss costs is always one retransmission timeout (a simplification, stated on the
    /// page).
    pub fn can_be_lost(&self) -> bool {
        matches!(self, Body::Syn { .. } | Body::Data { .. } | Body::Fin { .. } | Body::Datagram(_))
    }
}

/// A packet's kind, as the timeline labels it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PacketKind {
    Syn,
    SynAck,
    Ack,
    Data,
    Fin,
    Rst,
    Datagram,
    /// ICMP port unreachable.
    Unreachable,
}

impl Body {
    pub fn kind(&self) -> PacketKind {
        match self {
            Body::Syn { .. } => PacketKind::Syn,
            Body::SynAck { .. } => PacketKind::SynAck,
            Body::Ack { .. } => PacketKind::Ack,
            Body::Data { .. } => PacketKind::Data,
            Body::Fin { .. } => PacketKind::Fin,
            Body::Rst => PacketKind::Rst,
            Body::Datagram(_) => PacketKind::Datagram,
            Body::Unreachable => PacketKind::Unreachable,
        }
    }
}

/// One transmission, for the page's timeline ([`NetConfig::record_packets`](crate::NetConfig)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PacketRecord {
    pub src: SockAddr,
    pub dst: SockAddr,
    pub kind: PacketKind,
    /// Payload bytes.
    pub bytes: usize,
    /// When the link started sending it.
    pub start: Nanos,
    /// When its last byte left.
    pub end: Nanos,
    /// When it arrives; `None`: lost.
    pub arrival: Option<Nanos>,
    /// Earlier losses of the same segment (a retransmission has 1 or more).
    pub losses: u32,
}

/// A packet between two socket addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packet {
    pub src: SockAddr,
    pub dst: SockAddr,
    pub body: Body,
    /// How many times this segment was lost before (for the doubled timeout).
    pub losses: u32,
}

/// One direction between two hosts; `to: None` leads nowhere (an address no host has).
pub type LinkKey = (HostId, Option<HostId>);

/// A link's transmitter.
#[derive(Debug)]
pub(crate) struct Link {
    pub(crate) model: LinkModel,
    busy: bool,
    /// Senders with packets waiting, in turn order.
    turns: VecDeque<SocketId>,
    queues: BTreeMap<SocketId, VecDeque<Packet>>,
}

/// What the event queue holds.
#[derive(Debug)]
pub(crate) enum Event {
    /// A packet reaches the host at the end of its link.
    Arrive { link: LinkKey, packet: Packet },
    /// The link finished sending a packet and may take the next one.
    LinkFree { link: LinkKey },
    /// A socket's timer.
    Timer { socket: SocketId, timer: Timer },
    /// A service's delay on one of its connections ran out.
    Service { socket: SocketId },
}

/// A socket's timers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Timer {
    /// Resend the SYN (this is the `n`th send), or give up after the last one.
    SynRetry { attempt: u32 },
    /// Resend the lost segment at `seq` (the FIN when `fin`).
    Retransmit { seq: u64, fin: bool, losses: u32 },
}

/// The links, the event queue and the random stream.
#[derive(Debug)]
pub struct Fabric {
    events: BTreeMap<EventKey, Event>,
    next_seq: u64,
    pub(crate) links: BTreeMap<LinkKey, Link>,
    pub(crate) rng: NetRandom,
    packets_in_flight: usize,
    bytes_in_flight: usize,
    pub(crate) log: Vec<PacketRecord>,
}

/// What is on the wire now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InFlight {
    /// Packets queued on a link, being sent or propagating.
    pub packets: usize,
    /// Their payload bytes.
    pub bytes: usize,
    /// When the next arrival or timer is due.
    pub next_at: Option<Nanos>,
}

impl Fabric {
    pub(crate) fn new(seed: u64) -> Self {
        Fabric {
            events: BTreeMap::new(),
            next_seq: 0,
            links: BTreeMap::new(),
            rng: NetRandom::new(seed),
            packets_in_flight: 0,
            bytes_in_flight: 0,
            log: Vec::new(),
        }
    }

    pub(crate) fn schedule(&mut self, at: Nanos, event: Event) -> EventKey {
        let key = (at, self.next_seq);
        self.next_seq += 1;
        self.events.insert(key, event);
        key
    }

    pub(crate) fn cancel(&mut self, key: EventKey) {
        self.events.remove(&key);
    }

    /// When the next event is due.
    pub fn next_at(&self) -> Option<Nanos> {
        self.events.first_key_value().map(|(k, _)| k.0)
    }

    pub(crate) fn pop_due(&mut self, until: Nanos) -> Option<(Nanos, Event)> {
        let (key, _) = self.events.first_key_value()?;
        if key.0 > until {
            return None;
        }
        self.events.pop_first().map(|(k, e)| (k.0, e))
    }

    pub fn in_flight(&self) -> InFlight {
        InFlight {
            packets: self.packets_in_flight,
            bytes: self.bytes_in_flight,
            next_at: self.next_at(),
        }
    }
}

impl Kernel {
    /// Puts a packet from `from`'s socket `flow` on the link to its destination.
    pub(crate) fn transmit(&mut self, from: HostId, flow: SocketId, packet: Packet) {
        let to = self.hosts.route(from, packet.dst.ip);
        let key = (from, to);
        if !self.fabric.links.contains_key(&key) {
            let (a, b) = self.hosts.link_names(from, to);
            let model = self.config.link_between(&a, &b);
            let link = Link { model, busy: false, turns: VecDeque::new(), queues: BTreeMap::new() };
            self.fabric.links.insert(key, link);
        }
        self.fabric.packets_in_flight += 1;
        self.fabric.bytes_in_flight += packet.body.size();
        let Some(link) = self.fabric.links.get_mut(&key) else { return };
        // A pure ACK takes no time to send and waits for no one: bytes leave the sender's
        // buffer one latency after they arrive (rule 6), whatever else is queued.
        if link.model.bandwidth.is_none() || matches!(packet.body, Body::Ack { .. }) {
            self.start_transmission(key, flow, packet);
            return;
        }
        let queue = link.queues.entry(flow).or_default();
        if queue.is_empty() {
            link.turns.push_back(flow);
        }
        queue.push_back(packet);
        if !link.busy {
            self.next_transmission(key);
        }
    }

    /// The link takes the next sender's next packet, round-robin.
    fn next_transmission(&mut self, key: LinkKey) {
        let Some(link) = self.fabric.links.get_mut(&key) else { return };
        let Some(flow) = link.turns.pop_front() else {
            link.busy = false;
            return;
        };
        let Some(queue) = link.queues.get_mut(&flow) else { return };
        let Some(packet) = queue.pop_front() else { return };
        if queue.is_empty() {
            link.queues.remove(&flow);
        } else {
            link.turns.push_back(flow);
        }
        link.busy = true;
        let end = self.start_transmission(key, flow, packet);
        self.fabric.schedule(end, Event::LinkFree { link: key });
    }

    /// Sends `packet` from now: draws its fate (loss, then jitter) in transmission order and
    /// schedules its arrival or its retransmission. Returns when the link is free again.
    fn start_transmission(&mut self, key: LinkKey, flow: SocketId, packet: Packet) -> Nanos {
        let Some(model) = self.fabric.links.get(&key).map(|l| l.model) else { return self.now };
        let end = self.now.saturating_add(model.serialisation(packet.body.size()));
        let lost =
            model.loss > 0.0 && packet.body.can_be_lost() && self.fabric.rng.random() < model.loss;
        let record = self.config.record_packets.then(|| PacketRecord {
            src: packet.src,
            dst: packet.dst,
            kind: packet.body.kind(),
            bytes: packet.body.size(),
            start: self.now,
            end,
            arrival: None,
            losses: packet.losses,
        });
        if lost {
            self.fabric.log.extend(record);
            self.fabric.packets_in_flight -= 1;
            self.fabric.bytes_in_flight -= packet.body.size();
            self.on_lost(flow, &packet, end, model.latency);
            return end;
        }
        let jitter = if model.jitter > 0 {
            (model.jitter as f64 * self.fabric.rng.random()).round() as Nanos
        } else {
            0
        };
        let mut arrival = end.saturating_add(model.latency).saturating_add(jitter);
        if !matches!(packet.body, Body::Datagram(_) | Body::Unreachable) {
            if let Some(tcp) = self.sockets.get_mut(&flow).and_then(|s| s.tcp_mut()) {
                arrival = arrival.max(tcp.send.last_arrival);
                tcp.send.last_arrival = arrival;
            }
        }
        if let Some(mut record) = record {
            record.arrival = Some(arrival);
            self.fabric.log.push(record);
        }
        self.fabric.schedule(arrival, Event::Arrive { link: key, packet });
        end
    }

    /// Processes every event due at or before `t` (and those they schedule at or before it),
    /// then sets the clock to `t`.
    pub(crate) fn run_until(&mut self, t: Nanos) {
        while let Some((at, event)) = self.fabric.pop_due(t) {
            self.now = self.now.max(at);
            self.handle(event);
            self.run_services();
        }
        self.now = self.now.max(t);
    }

    /// Processes the events due at `t` exactly (those before it too).
    pub(crate) fn run_events_at(&mut self, t: Nanos) {
        self.run_until(t);
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::LinkFree { link } => {
                if let Some(l) = self.fabric.links.get_mut(&link) {
                    l.busy = false;
                }
                self.next_transmission(link);
            }
            Event::Arrive { link, packet } => {
                self.fabric.packets_in_flight -= 1;
                self.fabric.bytes_in_flight -= packet.body.size();
                if let Some(to) = link.1 {
                    self.deliver(to, packet);
                }
            }
            Event::Timer { socket, timer } => self.on_timer(socket, timer),
            Event::Service { socket } => self.on_service_timer(socket),
        }
    }

    /// A packet reached host `to`.
    fn deliver(&mut self, to: HostId, packet: Packet) {
        match packet.body {
            Body::Datagram(_) | Body::Unreachable => self.udp_arrive(to, packet),
            _ => self.tcp_arrive(to, packet),
        }
    }
}

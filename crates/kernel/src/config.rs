//! Every default of the virtual network in one place: the link model (latency, bandwidth,
//! jitter, loss), the random seed, segment and buffer sizes, Linux's ephemeral port range and
//! its TCP timers. The scenario header (`# loopscope: net-latency-ms=80 ...`) sets these;
//! tests/conformance/NETWORK_MODEL.md is the contract they follow. With nothing set, the
//! network is the conformance one: loopback with immediate delivery.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use crate::time::{Nanos, MILLISECOND, SECOND};

/// How one link (one direction between two hosts) carries packets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkModel {
    /// One-way propagation delay.
    pub latency: Nanos,
    /// Serialisation rate in bytes per second; `None` is unlimited (no serialisation delay).
    pub bandwidth: Option<u64>,
    /// Each packet gets an extra delay uniform in [0, jitter].
    pub jitter: Nanos,
    /// Probability that a packet that can be lost (SYN, data, FIN, datagram) is dropped.
    pub loss: f64,
}

impl LinkModel {
    /// Immediate delivery: what Linux's loopback does, and the default.
    pub const IMMEDIATE: LinkModel =
        LinkModel { latency: 0, bandwidth: None, jitter: 0, loss: 0.0 };

    /// A link that delays nothing and loses nothing: delivery happens inside the call that
    /// sends, and segment sizes cannot be seen.
    pub fn is_immediate(&self) -> bool {
        self.latency == 0 && self.bandwidth.is_none() && self.jitter == 0 && self.loss <= 0.0
    }

    /// How long `bytes` take to serialise: `ceil(bytes * 1e9 / bandwidth)` ns.
    pub fn serialisation(&self, bytes: usize) -> Nanos {
        match self.bandwidth {
            None | Some(0) => 0,
            Some(rate) => {
                let num = bytes as u128 * SECOND as u128;
                let rate = rate as u128;
                num.div_ceil(rate).min(u64::MAX as u128) as Nanos
            }
        }
    }
}

impl Default for LinkModel {
    fn default() -> Self {
        LinkModel::IMMEDIATE
    }
}

/// A host's own link settings (`net-latency-ms@api.example=150`): what it sets replaces the
/// default link's; the rest follows the default, whatever order the header gives them in.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LinkOverride {
    pub latency: Option<Nanos>,
    /// `Some(None)`: unlimited for this host.
    pub bandwidth: Option<Option<u64>>,
    pub jitter: Option<Nanos>,
    pub loss: Option<f64>,
}

impl LinkOverride {
    /// The default link with this override on top.
    pub fn over(&self, base: LinkModel) -> LinkModel {
        LinkModel {
            latency: self.latency.unwrap_or(base.latency),
            bandwidth: self.bandwidth.unwrap_or(base.bandwidth),
            jitter: self.jitter.unwrap_or(base.jitter),
            loss: self.loss.unwrap_or(base.loss),
        }
    }
}

/// What a name nobody declared resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownHosts {
    /// The next free address (a default HTTP service will answer there).
    Assign,
    /// `socket.gaierror: [Errno -2] Name or service not known`.
    NxDomain,
}

/// The whole network's settings.
#[derive(Debug, Clone)]
pub struct NetConfig {
    /// The model of every link without an override.
    pub link: LinkModel,
    /// Overrides by host (`net-latency-ms@api.example=150`): a link to or from that host uses
    /// it. Keyed by the name the header gives; `127.0.0.1` names the loopback link.
    pub per_host: BTreeMap<String, LinkOverride>,
    /// Seed of the network's random stream (`random.Random(seed)`).
    pub seed: u64,
    /// Largest TCP segment payload on a modelled link.
    pub mss: usize,
    /// Segment size on an immediate link, where sizes cannot be seen: half the receive
    /// buffer, so two segments fill it exactly and a large write costs few packets.
    pub immediate_mss: usize,
    /// A TCP socket's receive buffer (the most it advertises).
    pub recv_buffer: usize,
    /// A TCP socket's send buffer: what `send` accepts before `EAGAIN`. Large enough that a
    /// megabyte fits, small enough that the conformance scenarios' 16 MB does not.
    pub send_buffer: usize,
    /// A UDP socket's receive buffer (Linux's default `rmem_default`); datagrams past it are
    /// dropped.
    pub udp_recv_buffer: usize,
    /// An `AF_UNIX` stream's buffer, each direction.
    pub unix_buffer: usize,
    /// `/proc/sys/net/ipv4/ip_local_port_range`.
    pub ephemeral_ports: (u16, u16),
    /// Linux's minimum retransmission timeout; a lost segment is resent after this plus the
    /// round trip.
    pub rto_min: Nanos,
    /// The first SYN retransmission waits this long, each next one twice as long.
    pub syn_rto: Nanos,
    /// `tcp_syn_retries`: after this many resent SYNs, `connect` gives up (at 127 s).
    pub syn_retries: u32,
    /// How long the side that closed a connection first holds its address afterwards
    /// (Linux's `TCP_TIMEWAIT_LEN`): binding it again needs `SO_REUSEADDR` until then.
    pub time_wait: Nanos,
    /// A datagram's largest payload (65,535 - 8 - 20).
    pub max_datagram: usize,
    /// The program's own address (TEST-NET-1, reserved for documentation).
    pub program_ip: Ipv4Addr,
    /// What an undeclared name resolves to.
    pub unknown_hosts: UnknownHosts,
    /// Keep a log of every packet (for the page's timeline); off, it costs nothing.
    pub record_packets: bool,
    /// The built-in services: which run where, and how they answer.
    pub services: ServicesConfig,
}

impl Default for NetConfig {
    fn default() -> Self {
        NetConfig {
            link: LinkModel::IMMEDIATE,
            per_host: BTreeMap::new(),
            seed: 0,
            mss: 1460,
            immediate_mss: 64 * 1024,
            recv_buffer: 128 * 1024,
            send_buffer: 4 * 1024 * 1024,
            udp_recv_buffer: 212_992,
            unix_buffer: 212_992,
            ephemeral_ports: (32768, 60999),
            rto_min: 200 * MILLISECOND,
            syn_rto: SECOND,
            syn_retries: 6,
            time_wait: 60 * SECOND,
            max_datagram: 65_507,
            program_ip: Ipv4Addr::new(192, 0, 2, 1),
            unknown_hosts: UnknownHosts::Assign,
            record_packets: false,
            services: ServicesConfig::default(),
        }
    }
}

/// A built-in service's kind (`net-service=KIND@host:port`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ServiceKind {
    /// Sends back every byte (TCP) and every datagram (UDP) on its port, as RFC 862's.
    Echo,
    /// An HTTP/1.1 responder.
    Http,
    /// A slow key-value store with a line protocol.
    Kv,
}

impl ServiceKind {
    /// The name the header uses.
    pub fn name(self) -> &'static str {
        match self {
            ServiceKind::Echo => "echo",
            ServiceKind::Http => "http",
            ServiceKind::Kv => "kv",
        }
    }

    /// The port it listens on when the header names none (`/etc/services`' and Redis's).
    pub fn default_port(self) -> u16 {
        match self {
            ServiceKind::Echo => 7,
            ServiceKind::Http => 80,
            ServiceKind::Kv => 6379,
        }
    }
}

/// One declared service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceDecl {
    pub kind: ServiceKind,
    /// The host's name, lower case.
    pub host: String,
    pub port: u16,
}

/// How long a service takes to answer: a fixed time, or whole milliseconds drawn from the
/// network's random stream per request (`low + floor(r * (high - low + 1))` ms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delay {
    Fixed(Nanos),
    UniformMs { low: u64, high: u64 },
}

impl Delay {
    /// The delay for one request; `draw` is called once for a range, never for a fixed time.
    pub fn sample(self, draw: impl FnOnce() -> f64) -> Nanos {
        match self {
            Delay::Fixed(t) => t,
            Delay::UniformMs { low, high } => {
                let span = high.saturating_sub(low).saturating_add(1) as f64;
                let ms = low.saturating_add((draw() * span).floor() as u64).min(high);
                ms.saturating_mul(MILLISECOND)
            }
        }
    }
}

/// What an HTTP service answers; `None` fields fall through to the next, less specific
/// layer (host and path, then path, then host, then [`HttpDefaults`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HttpOverride {
    pub delay: Option<Delay>,
    pub status: Option<u16>,
    pub body: Option<String>,
    pub content_type: Option<String>,
}

/// What every HTTP service answers unless the header says otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpDefaults {
    /// Per request, before the response (the "50-150 ms seeded latency").
    pub delay: Delay,
    pub status: u16,
    /// `None`: a small generated page naming the host and the path.
    pub body: Option<String>,
    pub content_type: String,
    /// The content type `net-http-json` sets.
    pub json_content_type: String,
}

impl Default for HttpDefaults {
    fn default() -> Self {
        HttpDefaults {
            delay: Delay::UniformMs { low: 50, high: 150 },
            status: 200,
            body: None,
            content_type: "text/html; charset=utf-8".into(),
            json_content_type: "application/json; charset=utf-8".into(),
        }
    }
}

/// The built-in services' settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServicesConfig {
    /// The declared services, in header order (their hosts get addresses in that order).
    pub declared: Vec<ServiceDecl>,
    pub http: HttpDefaults,
    /// Keyed by target: `host`, `host/path` or `/path` (any host).
    pub http_overrides: BTreeMap<String, HttpOverride>,
    /// The ports an undeclared name's HTTP service listens on (no TLS on 443: plain HTTP).
    pub unknown_host_http_ports: Vec<u16>,
    /// Every key-value operation's delay.
    pub kv_delay: Delay,
    /// Per kv host.
    pub kv_delay_per_host: BTreeMap<String, Delay>,
    /// The backlog of a service's listening socket.
    pub backlog: i32,
    /// The largest request head (request line and headers) an HTTP service reads before it
    /// answers 431 and closes.
    pub http_max_head: usize,
    /// The largest key-value line before the store answers an error and closes.
    pub kv_max_line: usize,
}

impl Default for ServicesConfig {
    fn default() -> Self {
        ServicesConfig {
            declared: Vec::new(),
            http: HttpDefaults::default(),
            http_overrides: BTreeMap::new(),
            unknown_host_http_ports: vec![80, 443],
            kv_delay: Delay::Fixed(10 * MILLISECOND),
            kv_delay_per_host: BTreeMap::new(),
            backlog: 4096,
            http_max_head: 64 * 1024,
            kv_max_line: 64 * 1024,
        }
    }
}

impl ServicesConfig {
    /// What the HTTP service on `host` answers for `path` (without its query).
    pub fn http_response(&self, host: &str, path: &str) -> HttpResponseConfig {
        let layers = [format!("{host}{path}"), path.to_string(), host.to_string()];
        let layers: Vec<&HttpOverride> =
            layers.iter().filter_map(|k| self.http_overrides.get(k)).collect();
        let d = &self.http;
        HttpResponseConfig {
            delay: layers.iter().find_map(|o| o.delay).unwrap_or(d.delay),
            status: layers.iter().find_map(|o| o.status).unwrap_or(d.status),
            body: layers.iter().find_map(|o| o.body.clone()).or_else(|| d.body.clone()),
            content_type: layers
                .iter()
                .find_map(|o| o.content_type.clone())
                .unwrap_or_else(|| d.content_type.clone()),
        }
    }

    /// The delay of the key-value store on `host`.
    pub fn kv_delay(&self, host: &str) -> Delay {
        self.kv_delay_per_host.get(host).copied().unwrap_or(self.kv_delay)
    }
}

/// What one HTTP response is made of, after the overrides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponseConfig {
    pub delay: Delay,
    pub status: u16,
    pub body: Option<String>,
    pub content_type: String,
}

impl NetConfig {
    /// The model of the link between two hosts, given by their names (the loopback link's
    /// name is `127.0.0.1`): the receiving host's override, else the sending host's, else the
    /// default.
    pub fn link_between(&self, from: &str, to: &str) -> LinkModel {
        match self.per_host.get(to).or_else(|| self.per_host.get(from)) {
            Some(o) => o.over(self.link),
            None => self.link,
        }
    }

    /// The retransmission timeout of a link with this one-way latency, doubled per earlier
    /// loss of the same segment.
    pub fn rto(&self, latency: Nanos, losses_before: u32) -> Nanos {
        let base = self.rto_min.saturating_add(latency.saturating_mul(2));
        base.saturating_mul(1u64 << losses_before.min(20))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialisation_rounds_up_to_a_nanosecond() {
        let link = LinkModel { bandwidth: Some(1_000_000), ..LinkModel::IMMEDIATE };
        assert_eq!(link.serialisation(1460), 1_460_000);
        assert_eq!(link.serialisation(0), 0);
        let odd = LinkModel { bandwidth: Some(3), ..LinkModel::IMMEDIATE };
        assert_eq!(odd.serialisation(1), 333_333_334);
        assert_eq!(LinkModel::IMMEDIATE.serialisation(1 << 20), 0);
    }

    #[test]
    fn the_default_network_is_immediate_loopback() {
        let config = NetConfig::default();
        assert!(config.link.is_immediate());
        assert!(config.send_buffer < 16_000_000 && config.send_buffer >= 1_000_000);
        assert_eq!(config.rto(50 * MILLISECOND, 0), 300 * MILLISECOND);
        assert_eq!(config.rto(50 * MILLISECOND, 2), 1200 * MILLISECOND);
    }

    #[test]
    fn a_host_override_applies_to_links_to_and_from_it() {
        let mut config = NetConfig::default();
        let slow = LinkModel { latency: 150 * MILLISECOND, ..LinkModel::IMMEDIATE };
        config.per_host.insert(
            "api.example".into(),
            LinkOverride { latency: Some(slow.latency), ..LinkOverride::default() },
        );
        assert_eq!(config.link_between("192.0.2.1", "api.example"), slow);
        assert_eq!(config.link_between("api.example", "192.0.2.1"), slow);
        assert_eq!(config.link_between("127.0.0.1", "127.0.0.1"), LinkModel::IMMEDIATE);
    }
}

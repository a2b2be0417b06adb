//! Hosts and names: the program's host, the hosts a scenario declares (services), addresses
//! handed out in order, and `getaddrinfo` for `localhost`, numeric addresses and names
//! (tests/conformance/NETWORK_MODEL.md, "Header syntax").

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use crate::addr::{is_loopback, Family, SockAddr, SockType};
use crate::config::UnknownHosts;
use crate::errno::GaiError;

/// A host by its index; the program runs on [`HostId::PROGRAM`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostId(pub u32);

impl HostId {
    /// The host the scenario's program runs on.
    pub const PROGRAM: HostId = HostId(0);
}

/// One host: its name and its address.
#[derive(Debug, Clone)]
pub struct Host {
    pub name: String,
    pub ip: Ipv4Addr,
}

/// The hosts of the network and the names that resolve to them.
#[derive(Debug, Clone)]
pub struct Hosts {
    hosts: Vec<Host>,
    by_ip: BTreeMap<Ipv4Addr, HostId>,
    by_name: BTreeMap<String, HostId>,
    next_ip: u32,
    unknown: UnknownHosts,
}

/// `getnameinfo`'s flags (`NI_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NameInfoFlags {
    /// `NI_NUMERICHOST`: the address, not a name.
    pub numeric_host: bool,
    /// `NI_NUMERICSERV`: the port number, not a service name.
    pub numeric_service: bool,
    /// `NI_NAMEREQD`: an address without a name is an error.
    pub name_required: bool,
    /// `NI_DGRAM`: the service name is UDP's.
    pub datagram: bool,
}

/// The port part of a `getaddrinfo` query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service<'a> {
    /// `None`: port 0.
    None,
    Port(u16),
    /// A string: a number or a service name (`"http"`).
    Name(&'a str),
}

/// One answer of `getaddrinfo`: `(family, type, proto, canonname, sockaddr)` in Python. The
/// type is a `SOCK_*` number: a query may name types the kernel cannot open (`SOCK_SEQPACKET`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddrInfo {
    pub family: Family,
    pub socktype: i32,
    pub protocol: i32,
    pub addr: SockAddr,
}

/// The hints of a `getaddrinfo` query, as numbers (`0` is "any").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hints {
    /// `AF_*`: `AF_UNSPEC` (0), `AF_INET` or `AF_INET6`; others fail with `EAI_FAMILY`.
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    /// `AI_PASSIVE`: a missing host is `0.0.0.0`, not `127.0.0.1`.
    pub passive: bool,
    /// `AI_NUMERICHOST`: a host must be an address.
    pub numeric_host: bool,
    /// `AI_NUMERICSERV`: a port must be a number.
    pub numeric_service: bool,
    /// `AI_CANONNAME`: the first answer carries the host's canonical name.
    pub canonical_name: bool,
}

impl Hints {
    /// A query for one socket type and nothing else.
    pub fn of(kind: SockType) -> Hints {
        Hints { socktype: kind.code(), ..Hints::default() }
    }
}

const AF_INET: i32 = 2;
const AF_INET6: i32 = 10;

/// Which services database a type-protocol pair looks names up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Tcp,
    Udp,
    /// A protocol `/etc/services` lists nothing for.
    Unlisted,
}

/// A socket type and protocol glibc's `getaddrinfo` knows.
struct TypeProto {
    socktype: i32,
    protocol: i32,
    transport: Transport,
    /// Raw sockets take whatever protocol the hints ask for.
    any_protocol: bool,
    /// A port cannot go with this pair (`EAI_SERVICE`).
    no_port: bool,
    /// Answered when the hints name neither a type nor a protocol.
    by_default: bool,
}

/// glibc's pairs, in its order: the first that fits the hints is the one answered.
const TYPE_PROTOS: &[TypeProto] = &[
    TypeProto::new(1, 6, Transport::Tcp).by_default(),
    TypeProto::new(2, 17, Transport::Udp).by_default(),
    TypeProto { no_port: true, ..TypeProto::new(6, 33, Transport::Unlisted) },
    TypeProto::new(2, 136, Transport::Unlisted),
    TypeProto::new(1, 132, Transport::Unlisted),
    TypeProto::new(5, 132, Transport::Unlisted),
    TypeProto { any_protocol: true, no_port: true, ..TypeProto::new(3, 0, Transport::Unlisted) }
        .by_default(),
];

impl TypeProto {
    const fn new(socktype: i32, protocol: i32, transport: Transport) -> TypeProto {
        TypeProto {
            socktype,
            protocol,
            transport,
            any_protocol: false,
            no_port: false,
            by_default: false,
        }
    }

    const fn by_default(self) -> TypeProto {
        TypeProto { by_default: true, ..self }
    }

    fn fits(&self, hints: &Hints) -> bool {
        (hints.socktype == 0 || hints.socktype == self.socktype)
            && (hints.protocol == 0 || self.any_protocol || hints.protocol == self.protocol)
    }

    /// The `(type, protocol)` an answer carries for these hints.
    fn answer(&self, hints: &Hints) -> (i32, i32) {
        let protocol = if self.any_protocol { hints.protocol } else { self.protocol };
        (self.socktype, protocol)
    }
}

/// The pair the hints pick (`None` when they name neither type nor protocol).
fn picked_type_proto(hints: &Hints) -> Result<Option<&'static TypeProto>, GaiError> {
    if hints.socktype == 0 && hints.protocol == 0 {
        return Ok(None);
    }
    match TYPE_PROTOS.iter().find(|tp| tp.fits(hints)) {
        Some(tp) => Ok(Some(tp)),
        None if hints.socktype != 0 => Err(GaiError::SockType),
        None => Err(GaiError::Service),
    }
}

/// The port `/etc/services` lists for a name on a transport (`Unlisted`: none).
fn service_port(name: &str, transport: Transport) -> Option<u16> {
    match transport {
        Transport::Unlisted => None,
        t => crate::servdb::port_of(name, Some(t)),
    }
}

/// The `(type, protocol, port)` of each answer, as glibc derives them from the hints and the
/// port before it looks at the host.
fn socket_answers(port: Service<'_>, hints: &Hints) -> Result<Vec<(i32, i32, u16)>, GaiError> {
    let picked = picked_type_proto(hints)?;
    let number = match port {
        Service::None => Some(0),
        Service::Port(p) => Some(p),
        Service::Name(s) => s.parse::<u16>().ok(),
    };
    if port != Service::None && picked.is_some_and(|tp| tp.no_port) {
        return Err(GaiError::Service);
    }
    let with_port = |tp: &TypeProto, p: u16| {
        let (socktype, protocol) = tp.answer(hints);
        (socktype, protocol, p)
    };
    match (number, port) {
        (Some(p), _) => Ok(match picked {
            Some(tp) => vec![with_port(tp, p)],
            None => {
                TYPE_PROTOS.iter().filter(|tp| tp.by_default).map(|tp| with_port(tp, p)).collect()
            }
        }),
        (None, Service::Name(_)) if hints.numeric_service => Err(GaiError::NoName),
        (None, Service::Name(name)) => {
            let candidates: Vec<&TypeProto> = match picked {
                Some(tp) => vec![tp],
                None => TYPE_PROTOS.iter().filter(|tp| !tp.no_port).collect(),
            };
            let answers: Vec<_> = candidates
                .into_iter()
                .filter_map(|tp| service_port(name, tp.transport).map(|p| with_port(tp, p)))
                .collect();
            if answers.is_empty() {
                Err(GaiError::Service)
            } else {
                Ok(answers)
            }
        }
        (None, _) => Err(GaiError::Service),
    }
}

impl Hosts {
    /// The program's host alone, at `program_ip`.
    pub fn new(program_ip: Ipv4Addr, unknown: UnknownHosts) -> Self {
        let mut hosts = Hosts {
            hosts: Vec::new(),
            by_ip: BTreeMap::new(),
            by_name: BTreeMap::new(),
            next_ip: u32::from(program_ip),
            unknown,
        };
        hosts.add(program_ip.to_string());
        hosts
    }

    fn add(&mut self, name: String) -> HostId {
        let id = HostId(self.hosts.len() as u32);
        let ip = Ipv4Addr::from(self.next_ip);
        self.next_ip = self.next_ip.wrapping_add(1);
        self.by_ip.insert(ip, id);
        self.by_name.insert(name.clone(), id);
        self.hosts.push(Host { name, ip });
        id
    }

    /// Declares a host by name (a service's), or returns it if known; names are
    /// case-insensitive, as DNS's are.
    pub fn declare(&mut self, name: &str) -> HostId {
        let name = name.to_ascii_lowercase();
        match self.by_name.get(&name) {
            Some(id) => *id,
            None => self.add(name),
        }
    }

    pub fn get(&self, id: HostId) -> Option<&Host> {
        self.hosts.get(id.0 as usize)
    }

    /// The host an address belongs to, seen from `from` (loopback stays on `from`).
    pub fn route(&self, from: HostId, ip: Ipv4Addr) -> Option<HostId> {
        if is_loopback(ip) {
            Some(from)
        } else {
            self.by_ip.get(&ip).copied()
        }
    }

    /// Whether `ip` is an address a socket on `host` may bind.
    pub fn is_local(&self, host: HostId, ip: Ipv4Addr) -> bool {
        ip.is_unspecified() || is_loopback(ip) || self.get(host).is_some_and(|h| h.ip == ip)
    }

    /// The name the link model knows a host by on a link from `from` to `to`: the loopback
    /// link is `127.0.0.1`.
    pub fn link_names(&self, from: HostId, to: Option<HostId>) -> (String, String) {
        let name = |id: HostId| self.get(id).map(|h| h.name.clone()).unwrap_or_default();
        match to {
            Some(to) if to == from => ("127.0.0.1".into(), "127.0.0.1".into()),
            Some(to) => (name(from), name(to)),
            None => (name(from), String::new()),
        }
    }

    /// The address a name resolves to, if it resolves.
    fn resolve(&mut self, name: &str) -> Result<Ipv4Addr, GaiError> {
        if let Some(ip) = inet_aton(name) {
            return Ok(ip);
        }
        let lower = name.to_ascii_lowercase();
        if lower == "localhost" || lower == "localhost.localdomain" {
            return Ok(Ipv4Addr::LOCALHOST);
        }
        if let Some(id) = self.by_name.get(&lower) {
            return self.get(*id).map(|h| h.ip).ok_or(GaiError::NoName);
        }
        let valid = !lower.is_empty()
            && lower.len() <= 253
            && lower.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            && lower.trim_end_matches('.').split('.').all(|label| !label.is_empty())
            // A top-level label is never numeric: `1.2.3.4.5` is a bad address, not a name.
            && !lower.trim_end_matches('.').rsplit('.').next().is_some_and(|t| t.chars().all(|c| c.is_ascii_digit()))
            // RFC 6761: a name under `.invalid` never resolves (programs use it to show
            // the error).
            && lower.trim_end_matches('.').rsplit('.').next() != Some("invalid");
        match self.unknown {
            UnknownHosts::Assign if valid => {
                let id = self.add(lower);
                self.get(id).map(|h| h.ip).ok_or(GaiError::NoName)
            }
            _ => Err(GaiError::NoName),
        }
    }

    /// The name a reverse lookup finds for `ip`, as this machine's `/etc/hosts` and the
    /// network's declared hosts give it: `127.0.0.1` is `localhost`; an address no host is
    /// named for has none.
    pub fn name_of_ip(&self, ip: Ipv4Addr) -> Option<String> {
        if ip == Ipv4Addr::LOCALHOST {
            return Some("localhost".to_string());
        }
        let host = self.get(*self.by_ip.get(&ip)?)?;
        (host.name != ip.to_string()).then(|| host.name.clone())
    }

    /// `getnameinfo` for an IPv4 socket address, as glibc answers it: the host's name (or
    /// its address), and the port's service name on the flags' transport (or its number).
    pub fn getnameinfo(
        &self,
        addr: SockAddr,
        flags: NameInfoFlags,
    ) -> Result<(String, String), GaiError> {
        let name = if flags.numeric_host { None } else { self.name_of_ip(addr.ip) };
        let host = match name {
            Some(name) => name,
            None if flags.name_required => return Err(GaiError::NoName),
            None => addr.ip.to_string(),
        };
        let transport = if flags.datagram { Transport::Udp } else { Transport::Tcp };
        let service = match flags.numeric_service {
            true => None,
            false => crate::servdb::name_of(addr.port, Some(transport)),
        };
        Ok((host, service.map_or_else(|| addr.port.to_string(), str::to_string)))
    }

    /// `socket.getaddrinfo(host, port, family, type, proto, flags)` as glibc answers it for
    /// IPv4: the hints pick a type and protocol (or all the default ones), the port must
    /// suit them, then the host resolves. A host of `None` is `0.0.0.0` for a passive query
    /// and `127.0.0.1` otherwise.
    pub fn getaddrinfo(
        &mut self,
        host: Option<&str>,
        port: Service<'_>,
        hints: Hints,
    ) -> Result<Vec<AddrInfo>, GaiError> {
        if host.is_none() && port == Service::None {
            return Err(GaiError::NoName);
        }
        if host.is_none() && hints.canonical_name {
            return Err(GaiError::BadFlags);
        }
        if ![0, AF_INET, AF_INET6].contains(&hints.family) {
            return Err(GaiError::Family);
        }
        let answers = socket_answers(port, &hints)?;
        let ip = match host {
            None if hints.passive => Ipv4Addr::UNSPECIFIED,
            None => Ipv4Addr::LOCALHOST,
            Some(name) => self.resolve_for(name, &hints)?,
        };
        Ok(answers
            .into_iter()
            .map(|(socktype, protocol, port)| AddrInfo {
                family: Family::Inet,
                socktype,
                protocol,
                addr: SockAddr::new(ip, port),
            })
            .collect())
    }

    /// A host's address under the hints: the network has no IPv6, so an `AF_INET6` query
    /// finds no name, and an IPv4 address is of the wrong family (as is an IPv6 address in
    /// an `AF_INET` query; the engine stops other queries for one as unsupported).
    fn resolve_for(&mut self, name: &str, hints: &Hints) -> Result<Ipv4Addr, GaiError> {
        let numeric = inet_aton(name);
        match (hints.family, numeric) {
            (AF_INET6, Some(_)) => Err(GaiError::AddrFamily),
            (_, None) if is_ipv6_literal(name) => ipv6_as_ipv4(name),
            (AF_INET6, None) => Err(GaiError::NoName),
            (_, None) if hints.numeric_host => Err(GaiError::NoName),
            _ => self.resolve(name),
        }
    }
}

/// The name `AI_CANONNAME` gives a host that resolved: an address as it was written, a
/// name as `/etc/hosts` spells it (`LOCALHOST` is `localhost`), another name as asked.
pub fn canonical_name(name: &str) -> String {
    if inet_aton(name).is_none() && name.eq_ignore_ascii_case("localhost") {
        "localhost".to_string()
    } else {
        name.to_string()
    }
}

/// An IPv6 address as `getaddrinfo` reads one: `::1`, or with a scope, `fe80::1%lo`.
pub fn is_ipv6_literal(name: &str) -> bool {
    let address = name.split_once('%').map_or(name, |(address, _scope)| address);
    address.parse::<std::net::Ipv6Addr>().is_ok()
}

/// An IPv6 address in an `AF_INET` query, as glibc answers it: an IPv4-mapped one
/// (`::ffff:127.0.0.1`) is its IPv4 address, unless scoped; any other is of the wrong family.
fn ipv6_as_ipv4(name: &str) -> Result<Ipv4Addr, GaiError> {
    match name.parse::<std::net::Ipv6Addr>() {
        Ok(address) => address.to_ipv4_mapped().ok_or(GaiError::AddrFamily),
        Err(_) => {
            let address =
                name.split_once('%').and_then(|(a, _)| a.parse::<std::net::Ipv6Addr>().ok());
            match address.and_then(|a| a.to_ipv4_mapped()) {
                Some(_) => Err(GaiError::NoName),
                None => Err(GaiError::AddrFamily),
            }
        }
    }
}

/// glibc's `inet_aton`, which `getaddrinfo` tries first: one to four parts, each decimal,
/// octal (`0` prefix) or hex (`0x`), the last filling the bytes left (`127.1` is `127.0.0.1`).
pub fn inet_aton(text: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut values = Vec::with_capacity(4);
    for part in &parts {
        let (digits, radix) =
            if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
                (hex, 16)
            } else if part.len() > 1 && part.starts_with('0') {
                (&part[1..], 8)
            } else {
                (*part, 10)
            };
        if digits.is_empty() {
            return None;
        }
        let value = u32::from_str_radix(digits, radix).ok()?;
        values.push(value);
    }
    let (last, head) = values.split_last()?;
    if head.iter().any(|v| *v > 255) {
        return None;
    }
    let spare_bits = 8 * (4 - head.len() as u32);
    if spare_bits < 32 && *last >= 1u32 << spare_bits {
        return None;
    }
    let high = head.iter().enumerate().fold(0u32, |acc, (i, v)| acc | (v << (24 - 8 * i as u32)));
    Some(Ipv4Addr::from(high | last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(unknown: UnknownHosts) -> Hosts {
        Hosts::new(Ipv4Addr::new(192, 0, 2, 1), unknown)
    }

    #[test]
    fn reverse_lookups_name_localhost_and_declared_hosts() {
        let mut h = hosts(UnknownHosts::Assign);
        let numeric = NameInfoFlags { numeric_service: true, ..NameInfoFlags::default() };
        let at = |ip, port| SockAddr::new(ip, port);
        assert_eq!(
            h.getnameinfo(at(Ipv4Addr::LOCALHOST, 80), NameInfoFlags::default()),
            Ok(("localhost".into(), "http".into()))
        );
        assert_eq!(
            h.getnameinfo(at(Ipv4Addr::LOCALHOST, 80), numeric),
            Ok(("localhost".into(), "80".into()))
        );
        let ip = h.resolve("Example.COM").unwrap();
        assert_eq!(h.name_of_ip(ip).as_deref(), Some("example.com"));
        let stranger = Ipv4Addr::new(10, 9, 9, 9);
        assert_eq!(h.name_of_ip(stranger), None);
        let required = NameInfoFlags { name_required: true, ..NameInfoFlags::default() };
        assert_eq!(h.getnameinfo(at(stranger, 80), required), Err(GaiError::NoName));
        assert_eq!(h.resolve("no-such-host.invalid"), Err(GaiError::NoName));
    }

    #[test]
    fn names_resolve_as_glibc_answers() {
        let mut h = hosts(UnknownHosts::Assign);
        let all = h.getaddrinfo(Some("localhost"), Service::Port(80), Hints::default()).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].addr, SockAddr::loopback(80));
        assert_eq!(all[0].socktype, SockType::Stream.code());
        assert_eq!(all[1].protocol, 17);
        let one = h
            .getaddrinfo(Some("127.0.0.1"), Service::Name("8888"), Hints::of(SockType::Stream))
            .unwrap();
        assert_eq!(
            one,
            vec![AddrInfo {
                family: Family::Inet,
                socktype: 1,
                protocol: 6,
                addr: SockAddr::loopback(8888)
            }]
        );
        let passive = h
            .getaddrinfo(
                None,
                Service::Port(0),
                Hints { passive: true, ..Hints::of(SockType::Dgram) },
            )
            .unwrap();
        assert_eq!(passive[0].addr, SockAddr::UNSPECIFIED);
        assert_eq!(
            h.getaddrinfo(Some("x"), Service::Name("nope"), Hints::default()),
            Err(GaiError::Service)
        );
    }

    /// `(type, protocol, port)` of each answer for `127.0.0.1`, or the error.
    fn kinds(port: Service<'_>, hints: Hints) -> Result<Vec<(i32, i32, u16)>, GaiError> {
        let answers = hosts(UnknownHosts::Assign).getaddrinfo(Some("127.0.0.1"), port, hints)?;
        Ok(answers.iter().map(|a| (a.socktype, a.protocol, a.addr.port)).collect())
    }

    #[test]
    fn hints_pick_types_and_protocols_as_glibc_does() {
        let proto = |protocol| Hints { protocol, ..Hints::default() };
        let both = |socktype, protocol| Hints { socktype, protocol, ..Hints::default() };
        assert_eq!(kinds(Service::Port(80), proto(6)), Ok(vec![(1, 6, 80)]));
        assert_eq!(kinds(Service::Port(80), proto(17)), Ok(vec![(2, 17, 80)]));
        assert_eq!(kinds(Service::Port(80), both(1, 17)), Err(GaiError::SockType));
        assert_eq!(kinds(Service::Port(80), both(4, 0)), Err(GaiError::SockType));
        // Only a raw socket takes any protocol, and it cannot carry a port.
        assert_eq!(kinds(Service::Port(80), proto(99)), Err(GaiError::Service));
        assert_eq!(kinds(Service::None, proto(99)), Ok(vec![(3, 99, 0)]));
        assert_eq!(kinds(Service::Port(80), both(5, 0)), Ok(vec![(5, 132, 80)]));
    }

    #[test]
    fn service_names_answer_the_transports_they_are_listed_for() {
        let any = Hints::default();
        assert_eq!(kinds(Service::Name("http"), any), Ok(vec![(1, 6, 80)]));
        assert_eq!(kinds(Service::Name("https"), any), Ok(vec![(1, 6, 443), (2, 17, 443)]));
        assert_eq!(
            kinds(Service::Name("http"), Hints::of(SockType::Dgram)),
            Err(GaiError::Service)
        );
        assert_eq!(kinds(Service::Name("echo"), Hints::of(SockType::Raw)), Err(GaiError::Service));
        let numeric = Hints { numeric_service: true, ..any };
        assert_eq!(kinds(Service::Name("http"), numeric), Err(GaiError::NoName));
        assert_eq!(kinds(Service::Name("8080"), numeric).unwrap().len(), 3);
    }

    #[test]
    fn families_and_missing_names_fail_as_glibc_fails() {
        let mut h = hosts(UnknownHosts::Assign);
        assert_eq!(h.getaddrinfo(None, Service::None, Hints::default()), Err(GaiError::NoName));
        let unix = Hints { family: 1, ..Hints::default() };
        assert_eq!(h.getaddrinfo(Some("x"), Service::Port(1), unix), Err(GaiError::Family));
        let inet6 = Hints { family: 10, ..Hints::default() };
        let v4 = h.getaddrinfo(Some("127.0.0.1"), Service::Port(1), inet6);
        assert_eq!(v4, Err(GaiError::AddrFamily));
        let inet = Hints { family: 2, ..Hints::default() };
        for v6 in ["::1", "fe80::1%lo", "::7f00:1"] {
            let answer = h.getaddrinfo(Some(v6), Service::Port(1), inet);
            assert_eq!(answer, Err(GaiError::AddrFamily), "{v6}");
        }
        let mapped = h.getaddrinfo(Some("::ffff:10.1.2.3"), Service::Port(1), inet).unwrap();
        assert_eq!(mapped[0].addr, SockAddr::new(Ipv4Addr::new(10, 1, 2, 3), 1));
        let scoped = h.getaddrinfo(Some("::ffff:10.1.2.3%lo"), Service::Port(1), inet);
        assert_eq!(scoped, Err(GaiError::NoName));
        let numeric = Hints { numeric_host: true, ..Hints::default() };
        let name = h.getaddrinfo(Some("localhost"), Service::Port(1), numeric);
        assert_eq!(name, Err(GaiError::NoName));
        let canonical = Hints { canonical_name: true, ..Hints::default() };
        assert_eq!(h.getaddrinfo(None, Service::Port(1), canonical), Err(GaiError::BadFlags));
        assert_eq!(
            (canonical_name("LocalHost"), canonical_name("127.1")),
            ("localhost".into(), "127.1".into())
        );
    }

    #[test]
    fn declared_hosts_get_addresses_in_order_and_unknown_names_the_next_one() {
        let mut h = hosts(UnknownHosts::Assign);
        let api = h.declare("api.example");
        let db = h.declare("DB.example");
        assert_eq!(h.get(api).unwrap().ip, Ipv4Addr::new(192, 0, 2, 2));
        assert_eq!(h.get(db).unwrap().ip, Ipv4Addr::new(192, 0, 2, 3));
        let first =
            h.getaddrinfo(Some("db.EXAMPLE"), Service::Name("http"), Hints::of(SockType::Stream));
        assert_eq!(first.unwrap()[0].addr, SockAddr::new(Ipv4Addr::new(192, 0, 2, 3), 80));
        let other =
            h.getaddrinfo(Some("other.example"), Service::Port(443), Hints::of(SockType::Stream));
        assert_eq!(other.unwrap()[0].addr.ip, Ipv4Addr::new(192, 0, 2, 4));
        // The same name again: the same address.
        let again =
            h.getaddrinfo(Some("other.example"), Service::Port(443), Hints::of(SockType::Stream));
        assert_eq!(again.unwrap()[0].addr.ip, Ipv4Addr::new(192, 0, 2, 4));
        assert_eq!(h.route(HostId::PROGRAM, Ipv4Addr::new(192, 0, 2, 3)), Some(db));
        assert_eq!(h.route(db, Ipv4Addr::LOCALHOST), Some(db));
        assert_eq!(h.route(db, Ipv4Addr::new(10, 0, 0, 1)), None);
    }

    #[test]
    fn numeric_hosts_are_read_as_inet_aton_reads_them() {
        assert_eq!(inet_aton("127.1"), Some(Ipv4Addr::new(127, 0, 0, 1)));
        assert_eq!(inet_aton("10.1.258"), Some(Ipv4Addr::new(10, 1, 1, 2)));
        assert_eq!(inet_aton("0x7f.1"), Some(Ipv4Addr::new(127, 0, 0, 1)));
        assert_eq!(inet_aton("010.0.0.1"), Some(Ipv4Addr::new(8, 0, 0, 1)));
        assert_eq!(inet_aton("2130706433"), Some(Ipv4Addr::new(127, 0, 0, 1)));
        assert_eq!(inet_aton("1.2.3"), Some(Ipv4Addr::new(1, 2, 0, 3)));
        assert_eq!(inet_aton("0"), Some(Ipv4Addr::new(0, 0, 0, 0)));
        assert_eq!(inet_aton("256.0.0.1"), None);
        assert_eq!(inet_aton("1.2.3.256"), None);
        assert_eq!(inet_aton("1..2"), None);
        assert_eq!(inet_aton("09.1.1.1"), None);
        assert_eq!(inet_aton("example.com"), None);
    }

    #[test]
    fn nxdomain_mode_and_bad_names_fail_with_eai_noname() {
        let mut h = hosts(UnknownHosts::NxDomain);
        let err = h.getaddrinfo(Some("nowhere.example"), Service::Port(80), Hints::default());
        assert_eq!(err, Err(GaiError::NoName));
        assert_eq!(GaiError::NoName.to_string(), "[Errno -2] Name or service not known");
        let mut h = hosts(UnknownHosts::Assign);
        assert_eq!(
            h.getaddrinfo(Some("bad name"), Service::Port(80), Hints::default()),
            Err(GaiError::NoName)
        );
        for bad in ["1.2.3.4.5", "", "0x.1", "1.2.3."] {
            assert_eq!(
                h.getaddrinfo(Some(bad), Service::Port(80), Hints::default()),
                Err(GaiError::NoName),
                "{bad}"
            );
        }
    }
}

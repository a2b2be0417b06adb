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

/// The port part of a `getaddrinfo` query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service<'a> {
    /// `None`: port 0.
    None,
    Port(u16),
    /// A string: a number or a service name (`"http"`).
    Name(&'a str),
}

/// One answer of `getaddrinfo`: `(family, type, proto, canonname, sockaddr)` in Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddrInfo {
    pub family: Family,
    pub socktype: SockType,
    pub protocol: i32,
    pub addr: SockAddr,
}

/// The service names we resolve (`/etc/services`' common ones).
const SERVICES: &[(&str, u16)] = &[
    ("echo", 7),
    ("ftp", 21),
    ("ssh", 22),
    ("smtp", 25),
    ("domain", 53),
    ("http", 80),
    ("https", 443),
];

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
            && !lower.trim_end_matches('.').rsplit('.').next().is_some_and(|t| t.chars().all(|c| c.is_ascii_digit()));
        match self.unknown {
            UnknownHosts::Assign if valid => {
                let id = self.add(lower);
                self.get(id).map(|h| h.ip).ok_or(GaiError::NoName)
            }
            _ => Err(GaiError::NoName),
        }
    }

    /// `socket.getaddrinfo(host, port, type=socktype, flags=AI_PASSIVE if passive)`: one answer
    /// per socket type (all three, as glibc gives, when `socktype` is `None`). A host of
    /// `None` is `0.0.0.0` for a passive query and `127.0.0.1` otherwise.
    pub fn getaddrinfo(
        &mut self,
        host: Option<&str>,
        port: Service<'_>,
        socktype: Option<SockType>,
        passive: bool,
    ) -> Result<Vec<AddrInfo>, GaiError> {
        let port = match port {
            Service::None => 0,
            Service::Port(p) => p,
            Service::Name(s) => match s.parse::<u16>() {
                Ok(p) => p,
                Err(_) => SERVICES
                    .iter()
                    .find(|(name, _)| *name == s)
                    .map(|(_, p)| *p)
                    .ok_or(GaiError::Service)?,
            },
        };
        let ip = match host {
            None if passive => Ipv4Addr::UNSPECIFIED,
            None => Ipv4Addr::LOCALHOST,
            Some(name) => self.resolve(name)?,
        };
        let types: &[SockType] = match socktype {
            Some(SockType::Stream) => &[SockType::Stream],
            Some(SockType::Dgram) => &[SockType::Dgram],
            Some(SockType::Raw) => &[SockType::Raw],
            None => &[SockType::Stream, SockType::Dgram, SockType::Raw],
        };
        Ok(types
            .iter()
            .map(|t| AddrInfo {
                family: Family::Inet,
                socktype: *t,
                protocol: t.protocol(),
                addr: SockAddr::new(ip, port),
            })
            .collect())
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
    fn names_resolve_as_glibc_answers() {
        let mut h = hosts(UnknownHosts::Assign);
        let all = h.getaddrinfo(Some("localhost"), Service::Port(80), None, false).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].addr, SockAddr::loopback(80));
        assert_eq!(all[0].socktype, SockType::Stream);
        assert_eq!(all[1].protocol, 17);
        let one = h
            .getaddrinfo(Some("127.0.0.1"), Service::Name("8888"), Some(SockType::Stream), false)
            .unwrap();
        assert_eq!(
            one,
            vec![AddrInfo {
                family: Family::Inet,
                socktype: SockType::Stream,
                protocol: 6,
                addr: SockAddr::loopback(8888)
            }]
        );
        let passive = h.getaddrinfo(None, Service::None, Some(SockType::Dgram), true).unwrap();
        assert_eq!(passive[0].addr, SockAddr::UNSPECIFIED);
        assert_eq!(
            h.getaddrinfo(Some("x"), Service::Name("nope"), None, false),
            Err(GaiError::Service)
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
            h.getaddrinfo(Some("db.EXAMPLE"), Service::Name("http"), Some(SockType::Stream), false);
        assert_eq!(first.unwrap()[0].addr, SockAddr::new(Ipv4Addr::new(192, 0, 2, 3), 80));
        let other =
            h.getaddrinfo(Some("other.example"), Service::Port(443), Some(SockType::Stream), false);
        assert_eq!(other.unwrap()[0].addr.ip, Ipv4Addr::new(192, 0, 2, 4));
        // The same name again: the same address.
        let again =
            h.getaddrinfo(Some("other.example"), Service::Port(443), Some(SockType::Stream), false);
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
        let err = h.getaddrinfo(Some("nowhere.example"), Service::Port(80), None, false);
        assert_eq!(err, Err(GaiError::NoName));
        assert_eq!(GaiError::NoName.to_string(), "[Errno -2] Name or service not known");
        let mut h = hosts(UnknownHosts::Assign);
        assert_eq!(
            h.getaddrinfo(Some("bad name"), Service::Port(80), None, false),
            Err(GaiError::NoName)
        );
        for bad in ["1.2.3.4.5", "", "0x.1", "1.2.3."] {
            assert_eq!(
                h.getaddrinfo(Some(bad), Service::Port(80), None, false),
                Err(GaiError::NoName),
                "{bad}"
            );
        }
    }
}

//! The services database (`/etc/services`): service names and ports, per transport, for
//! `getaddrinfo`'s ports, `getnameinfo`, `getservbyname` and `getservbyport`.
//!
//! The table is the reference machine's own file, generated (`gen_table.py`), so that a port
//! prints as the name CPython prints there (`8080` is `http-alt`).

mod table;

use crate::hosts::Transport;
use table::SERVICES;

/// One line of `/etc/services`.
pub(crate) struct ServiceEntry {
    pub name: &'static str,
    pub port: u16,
    pub transport: Transport,
    pub aliases: &'static [&'static str],
}

impl ServiceEntry {
    fn is_called(&self, name: &str) -> bool {
        self.name == name || self.aliases.contains(&name)
    }
}

/// The port of service `name` (or one of its aliases) on `transport` (`None`: any), as
/// glibc's `getservbyname` answers it: the first line that matches.
pub fn port_of(name: &str, transport: Option<Transport>) -> Option<u16> {
    SERVICES
        .iter()
        .find(|s| s.is_called(name) && transport.is_none_or(|t| s.transport == t))
        .map(|s| s.port)
}

/// The name of the service on `port` and `transport` (`None`: any), as glibc's
/// `getservbyport` answers it: the first line that matches.
pub fn name_of(port: u16, transport: Option<Transport>) -> Option<&'static str> {
    SERVICES
        .iter()
        .find(|s| s.port == port && transport.is_none_or(|t| s.transport == t))
        .map(|s| s.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_ports_both_ways() {
        assert_eq!(port_of("http", Some(Transport::Tcp)), Some(80));
        assert_eq!(port_of("www", None), Some(80));
        assert_eq!(port_of("http", Some(Transport::Udp)), None);
        assert_eq!(name_of(8080, Some(Transport::Tcp)), Some("http-alt"));
        assert_eq!(name_of(21, Some(Transport::Udp)), Some("fsp"));
        assert_eq!(name_of(12345, None), None);
    }
}

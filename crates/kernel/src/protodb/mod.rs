//! The protocols database (`/etc/protocols`): IP protocol names and numbers, for
//! `socket.getprotobyname`.
//!
//! The table is the reference machine's own file, generated (`gen_table.py`), so that a name
//! resolves to the number CPython finds there (`tcp` and its alias `TCP` are 6).

mod table;

use table::PROTOCOLS;

/// One line of `/etc/protocols`.
pub(crate) struct ProtocolEntry {
    pub name: &'static str,
    pub number: u16,
    pub aliases: &'static [&'static str],
}

/// The number of protocol `name` (or one of its aliases; names are case-sensitive, as glibc
/// compares them), from the first line that matches.
pub fn number_of(name: &str) -> Option<u16> {
    PROTOCOLS.iter().find(|p| p.name == name || p.aliases.contains(&name)).map(|p| p.number)
}

#[cfg(test)]
mod tests {
    use super::number_of;

    #[test]
    fn names_and_aliases_are_matched_exactly() {
        assert_eq!(number_of("tcp"), Some(6));
        assert_eq!(number_of("TCP"), Some(6));
        assert_eq!(number_of("udp"), Some(17));
        assert_eq!(number_of("ip"), Some(0));
        assert_eq!(number_of("Tcp"), None);
        assert_eq!(number_of(""), None);
    }
}

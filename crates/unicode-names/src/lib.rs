//! The character a `\N{...}` escape names, exactly as CPython 3.11's `unicodedata` finds it
//! (`_getcode` with named sequences off), standing in for the `unicode_names2` crate whose
//! [`character`] Ruff's parser calls (the root `Cargo.toml` patches it in).
//!
//! CPython's rules, in its order:
//! - a name starting `HANGUL SYLLABLE ` (case-sensitive) is a syllable spelt with the jamo
//!   short names, each the longest that matches, or nothing;
//! - a name starting `CJK UNIFIED IDEOGRAPH-` (case-sensitive) is 4 or 5 upper-case hex
//!   digits of a unified ideograph, or nothing;
//! - any other name, or an alias from NameAliases.txt, matches case-insensitively (ASCII).
//!
//! # The names table
//!
//! `data/names.bin` (written by `gen.py` from CPython's `unicodedata`) lists the other
//! names in code point order. Each entry is a header byte, an optional gap, the name's suffix
//! and `\n`: the header's low 7 bits say how many leading bytes the name shares with the one
//! before; its high bit says a LEB128 gap to the code point before follows (else the code point
//! is the one before plus one; the first entry's gap counts from 0). Neighbouring names share
//! most of their text (`LATIN SMALL LETTER A`, `... B`), so this is a third of the plain list's
//! size, and gzip, which the page is served with, takes it down to about 105 KiB. A lookup
//! walks the table (about 350 KB, well under a millisecond): only programs that write `\N{...}`
//! pay it, once per escape.
//!
//! Natively the table is compiled in; the page's worker builds with the `lazy` feature and
//! installs it at run time (`table`, [`install_table`]).

#![forbid(unsafe_code)]

mod table;
mod tables;

pub use table::{
    install_table, is_loaded, may_need_table, missed_lookups, missing_table_message,
    set_unavailable_reason, InstallError,
};
use tables::{ALIASES, CJK_UNIFIED};

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

/// The character called `name` as `\N{name}` finds it in CPython 3.11, or `None` (CPython's
/// "unknown Unicode character name"). Without the names table a name it would hold is `None`
/// too, and counted in [`missed_lookups`].
pub fn character(name: &str) -> Option<char> {
    if let Some(syllable) = name.strip_prefix(HANGUL_PREFIX) {
        return hangul_syllable(syllable.as_bytes());
    }
    if let Some(hex) = name.strip_prefix(CJK_PREFIX) {
        return cjk_unified(hex.as_bytes());
    }
    let upper = name.to_ascii_uppercase();
    let by_alias = ALIASES
        .binary_search_by(|(alias, _)| alias.as_bytes().cmp(upper.as_bytes()))
        .ok()
        .map(|i| ALIASES[i].1);
    by_alias.or_else(|| by_name(upper.as_bytes())).and_then(char::from_u32)
}

fn by_name(upper: &[u8]) -> Option<u32> {
    let Some(names) = table::names() else {
        table::note_missed();
        return None;
    };
    Names::new(names).code_of(upper)
}

fn cjk_unified(hex: &[u8]) -> Option<char> {
    if hex.len() != 4 && hex.len() != 5 {
        return None;
    }
    let mut code = 0u32;
    for &digit in hex {
        let value = match digit {
            b'0'..=b'9' => digit - b'0',
            b'A'..=b'F' => digit - b'A' + 10,
            _ => return None,
        };
        code = code * 16 + u32::from(value);
    }
    CJK_UNIFIED
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&code))
        .then(|| char::from_u32(code))
        .flatten()
}

/// Jamo short names (Unicode's Jamo.txt) of the leading consonants, vowels and trailing
/// consonants, in syllable order.
const CHOSEONG: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JUNGSEONG: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JONGSEONG: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// A syllable from its jamo, each the longest short name that matches (the first of equal
/// length), as CPython's `find_syllable` picks them: no backtracking.
fn hangul_syllable(rest: &[u8]) -> Option<char> {
    let (l, rest) = longest_jamo(&CHOSEONG, rest)?;
    let (v, rest) = longest_jamo(&JUNGSEONG, rest)?;
    let (t, rest) = longest_jamo(&JONGSEONG, rest)?;
    if !rest.is_empty() {
        return None;
    }
    let index = (l * JUNGSEONG.len() + v) * JONGSEONG.len() + t;
    char::from_u32(0xAC00 + u32::try_from(index).ok()?)
}

fn longest_jamo<'a>(names: &[&str], text: &'a [u8]) -> Option<(usize, &'a [u8])> {
    let mut best: Option<(usize, usize)> = None;
    for (i, name) in names.iter().enumerate() {
        if best.is_some_and(|(_, len)| name.len() <= len) {
            continue;
        }
        if text.starts_with(name.as_bytes()) {
            best = Some((i, name.len()));
        }
    }
    best.map(|(i, len)| (i, &text[len..]))
}

/// The names table's entries, decoded one by one: `(code point, name)`.
struct Names<'t> {
    table: &'t [u8],
    at: usize,
    code: u32,
    name: Vec<u8>,
}

impl<'t> Names<'t> {
    fn new(table: &'t [u8]) -> Self {
        Names { table, at: 0, code: 0, name: Vec::with_capacity(128) }
    }

    /// The next entry; the name borrows the walker's buffer (so not an `Iterator`).
    fn next_entry(&mut self) -> Option<(u32, &[u8])> {
        let header = *self.table.get(self.at)?;
        self.at += 1;
        if header & 0x80 != 0 {
            let mut gap = 0u32;
            let mut shift = 0;
            loop {
                let byte = *self.table.get(self.at)?;
                self.at += 1;
                gap |= u32::from(byte & 0x7F) << shift;
                shift += 7;
                if byte & 0x80 == 0 {
                    break;
                }
            }
            self.code += gap;
        } else {
            self.code += 1;
        }
        let end = self.at + self.table.get(self.at..)?.iter().position(|&b| b == b'\n')?;
        self.name.truncate(usize::from(header & 0x7F));
        self.name.extend_from_slice(&self.table[self.at..end]);
        self.at = end + 1;
        Some((self.code, &self.name))
    }

    /// The code point of the entry named `name` (upper case).
    fn code_of(&mut self, name: &[u8]) -> Option<u32> {
        while let Some((code, entry)) = self.next_entry() {
            if entry == name {
                return Some(code);
            }
        }
        None
    }
}

// With `lazy` the table is absent until installed: the lookup tests need the compiled-in one
// (`table`'s tests cover the lazy build's lookups).
#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::NAME_COUNT;

    fn all_names() -> Vec<(u32, String)> {
        let mut names = Names::new(include_bytes!("../data/names.bin"));
        let mut all = Vec::new();
        while let Some((code, name)) = names.next_entry() {
            all.push((code, String::from_utf8(name.to_vec()).expect("ASCII names")));
        }
        all
    }

    #[test]
    fn the_table_decodes_to_every_name_in_order() {
        let all = all_names();
        assert_eq!(all.len(), NAME_COUNT);
        assert!(all.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(all[0], (0x20, "SPACE".to_string()));
    }

    #[cfg(not(feature = "lazy"))]
    #[test]
    fn every_name_finds_its_character_in_any_case() {
        // Every 97th name, to keep the test quick (each lookup walks the table).
        for (code, name) in all_names().into_iter().step_by(97) {
            assert_eq!(character(&name).map(u32::from), Some(code), "{name}");
            let lower = name.to_ascii_lowercase();
            assert_eq!(character(&lower).map(u32::from), Some(code), "{lower}");
        }
    }

    // The expectations below are CPython 3.11.7's (`eval('"\\N{...}"')`).
    #[cfg(not(feature = "lazy"))]
    #[test]
    fn as_cpython_finds_them() {
        let cases: &[(&str, Option<u32>)] = &[
            ("SPACE", Some(0x20)),
            ("snowman", Some(0x2603)),
            ("Latin Small Letter Sharp S", Some(0xDF)),
            ("MELTING FACE", Some(0x1FAE0)),
            ("CJK COMPATIBILITY IDEOGRAPH-f900", Some(0xF900)),
            ("KHITAN SMALL SCRIPT CHARACTER-18B00", Some(0x18B00)),
            ("EGYPTIAN HIEROGLYPH A001", Some(0x13000)),
            ("VARIATION SELECTOR-1", Some(0xFE00)),
            // aliases, in any case
            ("VS1", Some(0xFE00)),
            ("lf", Some(0x0A)),
            ("NULL", Some(0x00)),
            ("BOM", Some(0xFEFF)),
            ("ZWNBSP", Some(0xFEFF)),
            ("LATIN CAPITAL LETTER GHA", Some(0x1A2)),
            // algorithmic names: case-sensitive
            ("HANGUL SYLLABLE GAG", Some(0xAC01)),
            ("HANGUL SYLLABLE GA", Some(0xAC00)),
            ("HANGUL SYLLABLE A", Some(0xC544)),
            ("HANGUL SYLLABLE YI", Some(0xC758)),
            ("HANGUL SYLLABLE GGAEGG", Some(0xAE6A)),
            ("HANGUL SYLLABLE gag", None),
            ("Hangul Syllable GAG", None),
            ("HANGUL SYLLABLE ", None),
            ("HANGUL SYLLABLE GAGX", None),
            ("CJK UNIFIED IDEOGRAPH-4E00", Some(0x4E00)),
            ("CJK UNIFIED IDEOGRAPH-04E00", Some(0x4E00)),
            ("CJK UNIFIED IDEOGRAPH-9FFF", Some(0x9FFF)),
            ("CJK UNIFIED IDEOGRAPH-20000", Some(0x20000)),
            ("CJK UNIFIED IDEOGRAPH-2EBE0", Some(0x2EBE0)),
            ("CJK UNIFIED IDEOGRAPH-4e00", None),
            ("cjk unified ideograph-4E00", None),
            ("CJK UNIFIED IDEOGRAPH-4E0", None),
            ("CJK UNIFIED IDEOGRAPH-020000", None),
            ("CJK UNIFIED IDEOGRAPH-E000", None),
            ("CJK UNIFIED IDEOGRAPH-2B739", None),
            // Unicode 15 and 16 names, and what is no name at all
            ("TANGUT IDEOGRAPH-17000", None),
            ("KEYCAP NUMBER SIGN", None),
            ("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", None),
            ("SPACE ", None),
            (" SPACE", None),
            ("", None),
            ("\u{e4}", None),
            ("LATIN SMALL LETTER \u{c4}", None),
            ("nonsense", None),
        ];
        for &(name, expected) in cases {
            assert_eq!(character(name).map(u32::from), expected, "{name:?}");
        }
    }
}

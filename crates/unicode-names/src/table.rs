//! Where the names table comes from. Natively it is compiled in. With the `lazy` feature (the
//! page's worker) it is left out, a 105 KiB gzip saving on the page's first load, and the host
//! installs `data/names.bin` at run time ([`install_table`]) before running a program that may
//! need it ([`may_need_table`]). A lookup that needs the table while it is absent is counted
//! ([`missed_lookups`]), so the engine can report that instead of "unknown Unicode character
//! name", which would be a wrong answer.

use crate::tables::{NAMES_FNV1A, NAMES_LEN};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

#[cfg(not(feature = "lazy"))]
const EMBEDDED: Option<&[u8]> = Some(include_bytes!("../data/names.bin"));
#[cfg(feature = "lazy")]
const EMBEDDED: Option<&[u8]> = None;

static INSTALLED: OnceLock<Box<[u8]>> = OnceLock::new();
static MISSED: AtomicU64 = AtomicU64::new(0);
/// Why the host could not install the table (e.g. the fetch failed), for the error message.
static WHY_ABSENT: Mutex<Option<String>> = Mutex::new(None);

/// The table, if compiled in or installed.
pub(crate) fn names() -> Option<&'static [u8]> {
    EMBEDDED.or_else(|| INSTALLED.get().map(|table| &**table))
}

/// Records a lookup that needed the absent table.
pub(crate) fn note_missed() {
    MISSED.fetch_add(1, Ordering::Relaxed);
}

/// Whether `\N{...}` lookups can be answered (the table is compiled in or installed).
pub fn is_loaded() -> bool {
    names().is_some()
}

/// Whether running `source` may look a name up: it holds `N{` (a `\N{...}` escape, or one in
/// text it builds). Conservative: a comment or `\\N{` also counts.
pub fn may_need_table(source: &str) -> bool {
    source.contains("N{")
}

/// Why [`install_table`] refused the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallError {
    /// Not `data/names.bin` of this build (another version, or an error page).
    NotTheTable { len: usize },
}

impl fmt::Display for InstallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstallError::NotTheTable { len } => write!(
                f,
                "names.bin is not this build's names table ({len} bytes, expected {NAMES_LEN})"
            ),
        }
    }
}

impl std::error::Error for InstallError {}

/// Installs `data/names.bin` (the exact file: checked by length and hash). Installing when the
/// table is already there (compiled in or installed) does nothing.
pub fn install_table(bytes: Vec<u8>) -> Result<(), InstallError> {
    if bytes.len() != NAMES_LEN || fnv1a(&bytes) != NAMES_FNV1A {
        return Err(InstallError::NotTheTable { len: bytes.len() });
    }
    if !is_loaded() {
        // A concurrent install of the same checked bytes may win; either is the table.
        let _ = INSTALLED.set(bytes.into_boxed_slice());
    }
    if let Ok(mut why) = WHY_ABSENT.lock() {
        *why = None;
    }
    Ok(())
}

/// Records why the table could not be installed; [`missing_table_message`] shows it.
pub fn set_unavailable_reason(why: impl Into<String>) {
    if let Ok(mut slot) = WHY_ABSENT.lock() {
        *slot = Some(why.into());
    }
}

/// How many lookups so far needed the table while it was absent (compare before and after
/// parsing to tell a missing table from an unknown name).
pub fn missed_lookups() -> u64 {
    MISSED.load(Ordering::Relaxed)
}

/// What to tell the user when a lookup needed the absent table.
pub fn missing_table_message() -> String {
    let why = WHY_ABSENT.lock().ok().and_then(|why| why.clone());
    match why {
        Some(why) => format!("the \\N{{...}} names table is not loaded ({why})"),
        None => "the \\N{...} names table is not loaded".to_string(),
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &[u8] = include_bytes!("../data/names.bin");

    #[test]
    fn the_file_is_the_one_the_constants_describe() {
        assert_eq!(FILE.len(), NAMES_LEN);
        assert_eq!(fnv1a(FILE), NAMES_FNV1A, "rerun gen.py: names.bin changed");
    }

    #[test]
    fn only_the_exact_file_installs() {
        let mut changed = FILE.to_vec();
        changed[1000] ^= 1;
        assert!(install_table(changed).is_err());
        assert_eq!(
            install_table(b"<!doctype html>".to_vec()),
            Err(InstallError::NotTheTable { len: 15 })
        );
    }

    #[test]
    fn the_message_names_the_reason() {
        assert!(may_need_table("print('\\N{BULLET}')"));
        assert!(!may_need_table("print('N')"));
        // The reason is global; this test is the only one that sets it.
        set_unavailable_reason("offline");
        assert!(missing_table_message().ends_with("not loaded (offline)"));
    }

    /// The lazy build (`cargo test -p unicode_names2 --features lazy`): lookups before the
    /// install are counted misses, after it they are answered. One test, since the table is
    /// process-wide.
    #[cfg(feature = "lazy")]
    #[test]
    fn lookups_wait_for_the_install() {
        use crate::character;
        assert!(!is_loaded());
        let missed = missed_lookups();
        assert_eq!(character("BULLET"), None);
        assert_eq!(missed_lookups(), missed + 1);
        // Aliases and algorithmic names need no table.
        assert_eq!(character("LF"), Some('\n'));
        assert_eq!(character("HANGUL SYLLABLE GA"), Some('\u{AC00}'));
        assert_eq!(missed_lookups(), missed + 1);
        install_table(FILE.to_vec()).expect("the real table");
        assert!(is_loaded());
        assert_eq!(character("BULLET"), Some('\u{2022}'));
        assert_eq!(character("nonsense"), None);
        assert_eq!(missed_lookups(), missed + 1);
        install_table(FILE.to_vec()).expect("a second install is harmless");
    }
}

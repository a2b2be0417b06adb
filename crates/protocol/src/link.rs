//! Share links: the program, the settings, the step and the open panels in a URL fragment,
//! `#v1/<payload>`, where the payload is the state as JSON, LZ4-compressed (with its length in
//! front) and written in URL-safe base64 without padding.
//!
//! The format is versioned: a later release that changes it adds `v2` and keeps decoding `v1`
//! (`tests/links/` holds links made by each version; their tests must keep passing). Decoding
//! never trusts the link: a damaged, truncated or oversized link is an error that says what is
//! wrong, never a panic, and nothing decoded is ever treated as markup.

use crate::settings::Settings;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The newest format, the one `encode` writes.
pub const VERSION: u32 = 1;
/// Decoded state larger than this is refused (a link is for a teaching example, not a file).
pub const MAX_DECODED_BYTES: usize = 64 * 1024;
/// Links longer than this are refused before any decoding.
pub const MAX_LINK_CHARS: usize = 128 * 1024;

/// What a share link carries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LinkState {
    pub program: String,
    pub settings: Settings,
    /// The step shown (0: the start; past the end: the end).
    pub step: u64,
    /// The panels shown, by key (`loop`, `ready`, ...); empty means all.
    pub panels: Vec<String>,
    /// The task whose frames are shown, if one was picked.
    pub focus: Option<u32>,
}

/// Why a link could not be opened, in words for the visitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a share link at all (no `v<N>/` prefix).
    NotALink,
    /// A version this release does not know (made by a newer one).
    UnknownVersion(String),
    TooLong(usize),
    /// The payload is not valid URL-safe base64.
    BadEncoding,
    /// The compressed data is damaged or truncated.
    Damaged,
    TooLarge(usize),
    /// The data decodes but is not a Loopscope state.
    BadContent(String),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::NotALink => write!(f, "this is not a Loopscope share link"),
            LinkError::UnknownVersion(v) => write!(
                f,
                "this link was made by a newer Loopscope (format {v}); this page reads up to v{VERSION}"
            ),
            LinkError::TooLong(n) => {
                write!(f, "the link is too long ({n} characters; the limit is {MAX_LINK_CHARS})")
            }
            LinkError::BadEncoding => {
                write!(f, "the link is damaged: it contains characters a share link never has")
            }
            LinkError::Damaged => write!(f, "the link is damaged or cut short"),
            LinkError::TooLarge(n) => write!(
                f,
                "the link holds {n} bytes, more than the {MAX_DECODED_BYTES} a link may carry"
            ),
            LinkError::BadContent(why) => write!(f, "the link's content is not valid: {why}"),
        }
    }
}

/// The fragment (without `#`) for `state`: `v1/<payload>`.
pub fn encode(state: &LinkState) -> String {
    let json = serde_json::to_vec(state).unwrap_or_default();
    let packed = lz4_flex::block::compress_prepend_size(&json);
    format!("v{VERSION}/{}", base64url_encode(&packed))
}

/// The state in a fragment made by `encode` of this or any earlier version (a leading `#` is
/// ignored).
pub fn decode(fragment: &str) -> Result<LinkState, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong(fragment.len()));
    }
    let (version, payload) = fragment.split_once('/').ok_or(LinkError::NotALink)?;
    let number = version.strip_prefix('v').ok_or(LinkError::NotALink)?;
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return Err(LinkError::NotALink);
    }
    match number {
        "1" => decode_v1(payload),
        _ => Err(LinkError::UnknownVersion(version.to_string())),
    }
}

fn decode_v1(payload: &str) -> Result<LinkState, LinkError> {
    let packed = base64url_decode(payload).ok_or(LinkError::BadEncoding)?;
    if packed.len() < 4 {
        return Err(LinkError::Damaged);
    }
    let size = u32::from_le_bytes([packed[0], packed[1], packed[2], packed[3]]) as usize;
    // Check the claimed size before allocating for it.
    if size > MAX_DECODED_BYTES {
        return Err(LinkError::TooLarge(size));
    }
    let json = lz4_flex::block::decompress(&packed[4..], size).map_err(|_| LinkError::Damaged)?;
    if json.len() != size {
        return Err(LinkError::Damaged);
    }
    serde_json::from_slice(&json).map_err(|e| LinkError::BadContent(e.to_string()))
}

/// URL-safe base64 without padding; a non-canonical last character (set padding bits) is
/// refused, so every payload has exactly one spelling.
fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the property tests replay exactly.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n.max(1)
        }

        fn program(&mut self) -> String {
            const PIECES: &[&str] = &[
                "import asyncio\n",
                "async def main():\n",
                "    await asyncio.sleep(0.5)\n",
                "print('héllo, 世界', end='')\n",
                "x = [i * i for i in range(10)]\n",
                "\t# tabs and \"quotes\" and \\backslashes\n",
                "asyncio.run(main())\n",
                "\u{1f600}",
                "<script>alert(1)</script>\n",
                "",
                "\r\n",
            ];
            (0..self.below(40)).map(|_| PIECES[self.below(PIECES.len() as u64) as usize]).collect()
        }
    }

    #[test]
    fn random_programs_and_settings_survive_encode_and_decode() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..500 {
            let state = LinkState {
                program: rng.program(),
                settings: Settings {
                    instr_cost_ns: rng.below(100_000) as f64 / 7.0,
                    max_instructions: rng.next(),
                    max_virtual_seconds: rng.below(1 << 40) as f64 / 3.0,
                    max_callbacks: rng.next() >> 3,
                    python_asyncio: rng.below(2) == 0,
                    virtual_cores: 1 + rng.below(64) as u32,
                },
                step: rng.next(),
                panels: (0..rng.below(9)).map(|i| format!("panel{i}")).collect(),
                focus: if rng.below(2) == 0 { None } else { Some(rng.next() as u32) },
            };
            let link = encode(&state);
            assert!(
                link.bytes().all(|b| b.is_ascii_alphanumeric() || b"/-_".contains(&b)),
                "{link}"
            );
            assert_eq!(decode(&link), Ok(state.clone()));
            assert_eq!(decode(&format!("#{link}")), Ok(state));
        }
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for n in 0..data.len() {
            assert_eq!(
                base64url_decode(&base64url_encode(&data[..n])).as_deref(),
                Some(&data[..n])
            );
        }
    }

    /// The characters a link's payload is spelled with.
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    #[test]
    fn a_lone_or_non_canonical_last_character_is_refused() {
        assert_eq!(base64url_decode("QQ"), Some(b"A".to_vec()));
        assert_eq!(base64url_decode("QR"), None, "padding bits set");
        assert_eq!(base64url_decode("QUJDR"), None, "one character cannot end a payload");
        assert_eq!(base64url_decode("QQ=="), None, "links carry no padding");
    }

    #[test]
    fn damaged_links_are_errors_that_say_why() {
        let link =
            encode(&LinkState { program: "print('hi')\n".repeat(20), ..LinkState::default() });
        assert_eq!(decode("example/gather"), Err(LinkError::NotALink));
        assert_eq!(decode(""), Err(LinkError::NotALink));
        assert!(matches!(decode("v9/AAAA"), Err(LinkError::UnknownVersion(_))));
        assert_eq!(decode("v1/abc$def"), Err(LinkError::BadEncoding));
        // Every truncation fails cleanly (or, rarely, still decodes: never panics).
        for cut in 3..link.len() {
            let _ = decode(&link[..cut]);
        }
        assert!(decode(&link[..link.len() / 2]).is_err());
        // Flipping characters never panics either.
        let mut rng = Rng(42);
        for _ in 0..2000 {
            let mut bytes = link.clone().into_bytes();
            let i = 3 + rng.below(bytes.len() as u64 - 3) as usize;
            bytes[i] = ALPHABET[rng.below(64) as usize];
            let _ = decode(std::str::from_utf8(&bytes).unwrap());
        }
    }

    #[test]
    fn oversized_links_are_refused_before_decompressing() {
        // A payload claiming 1 GiB of content.
        let mut packed = (1u32 << 30).to_le_bytes().to_vec();
        packed.extend_from_slice(&[0x10, b'x']);
        let link = format!("v1/{}", base64url_encode(&packed));
        assert_eq!(decode(&link), Err(LinkError::TooLarge(1 << 30)));
        let big = LinkState { program: "x = 1\n".repeat(20_000), ..LinkState::default() };
        assert!(matches!(decode(&encode(&big)), Err(LinkError::TooLarge(_))));
        assert!(matches!(decode(&"v1/".repeat(100_000)), Err(LinkError::TooLong(_))));
    }

    #[test]
    fn content_that_is_not_a_state_is_refused() {
        let packed = lz4_flex::block::compress_prepend_size(b"[1, 2, 3]");
        let link = format!("v1/{}", base64url_encode(&packed));
        assert!(matches!(decode(&link), Err(LinkError::BadContent(_))));
    }
}

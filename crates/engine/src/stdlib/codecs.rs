//! Text encodings: `str.encode` and `bytes.decode` for the codecs programs use (UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32), with CPython's error handlers and the exact ranges and reasons
//! its `UnicodeEncodeError`/`UnicodeDecodeError` report.
//!
//! Pure functions over Rust types: the interpreter turns a [`CodecFailure`] into the Python
//! exception. Positions are code points for encoding and bytes for decoding, as in CPython.

use std::fmt::Write;

/// A codec Loopscope implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark written first and skipped when present.
    Utf8Sig,
    Ascii,
    Latin1,
    /// `utf-16` (a BOM, then little-endian, as CPython on x86) or a fixed byte order.
    Utf16(Order),
    Utf32(Order),
}

/// The byte order of a UTF-16 or UTF-32 codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Encode with a BOM (little-endian); decode by the BOM, little-endian without one.
    Bom,
    Little,
    Big,
}

impl Codec {
    /// The name the codec's errors report (`UnicodeError.encoding`).
    fn error_name(self, order_seen: Order) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(_) => match order_seen {
                Order::Big => "utf-16-be",
                _ => "utf-16-le",
            },
            Codec::Utf32(_) => match order_seen {
                Order::Big => "utf-32-be",
                _ => "utf-32-le",
            },
        }
    }
}

/// What looking an encoding name up found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Codec),
    /// A codec CPython has that Loopscope does not implement (its normalized name).
    Unsupported(String),
    /// `LookupError: unknown encoding: NAME`.
    Unknown,
    /// A bytes-to-bytes or text-to-text codec (`hex`, `rot13`): `str.encode` refuses it.
    NotText(String),
}

/// `encodings.normalize_encoding` plus lowercasing: runs of characters other than ASCII
/// letters, digits and `.` become one `_`, trimmed at both ends.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// Finds the codec named `name` (any spelling CPython accepts for the codecs implemented here).
pub fn lookup(name: &str) -> Lookup {
    let norm = normalize(name);
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Order::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Big),
        _ => {
            return if NOT_TEXT.contains(&norm.as_str()) {
                Lookup::NotText(name.to_string())
            } else if KNOWN.binary_search(&norm.as_str()).is_ok() {
                Lookup::Unsupported(norm)
            } else {
                Lookup::Unknown
            };
        }
    };
    Lookup::Found(codec)
}

/// An `errors=` policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A name no handler is registered under (an error only when an error occurs).
    Unknown(String),
}

impl Handler {
    pub fn from_name(name: &str) -> Handler {
        match name {
            "strict" => Handler::Strict,
            "replace" => Handler::Replace,
            "ignore" => Handler::Ignore,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            other => Handler::Unknown(other.to_string()),
        }
    }
}

/// The attributes of a `UnicodeEncodeError`/`UnicodeDecodeError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodecError {
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Why encoding or decoding failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecFailure {
    /// The strict handler (or one that gives up, as `surrogateescape` does for characters
    /// it cannot escape) raises the codec error.
    Error(CodecError),
    /// `LookupError: unknown error handler name 'x'`.
    UnknownHandler(String),
    /// `TypeError: don't know how to handle UnicodeDecodeError in error callback`: an
    /// encode-only handler met a decoding error.
    WrongHandler,
    /// A handler whose result Loopscope cannot represent (lone surrogates) or does not
    /// implement (`namereplace`), named for the "not supported" message.
    Unsupported(&'static str),
}

/// Where a codec failed and why, as `UnicodeError`'s attributes hold it (the encoding's name
/// and the reason may come from a program's own `UnicodeEncodeError(...)` call).
pub struct ErrorSite<'a> {
    pub encoding: &'a str,
    pub start: usize,
    pub end: usize,
    pub reason: &'a str,
}

impl CodecError {
    pub fn site(&self) -> ErrorSite<'static> {
        ErrorSite { encoding: self.encoding, start: self.start, end: self.end, reason: self.reason }
    }
}

/// The text of `UnicodeEncodeError.__str__`: `'ascii' codec can't encode character '\xe9' in
/// position 0: ordinal not in range(128)`.
pub fn encode_error_message(e: &ErrorSite, text: &str) -> String {
    if e.end == e.start + 1 {
        let c = text.chars().nth(e.start).map(|c| c as u32).unwrap_or(0);
        format!(
            "'{}' codec can't encode character '{}' in position {}: {}",
            e.encoding,
            backslash_escape(c),
            e.start,
            e.reason
        )
    } else {
        format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            e.encoding,
            e.start,
            e.end.saturating_sub(1),
            e.reason
        )
    }
}

/// The text of `UnicodeDecodeError.__str__`.
pub fn decode_error_message(e: &ErrorSite, data: &[u8]) -> String {
    if e.end == e.start + 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            e.encoding,
            data.get(e.start).copied().unwrap_or(0),
            e.start,
            e.reason
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            e.encoding,
            e.start,
            e.end.saturating_sub(1),
            e.reason
        )
    }
}

/// `text.encode(codec, errors)`.
pub fn encode(text: &str, codec: Codec, handler: &Handler) -> Result<Vec<u8>, CodecFailure> {
    match codec {
        Codec::Utf8 => Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(text.as_bytes());
            Ok(out)
        }
        Codec::Ascii => encode_ucs1(text, 0x80, "ascii", "ordinal not in range(128)", handler),
        Codec::Latin1 => encode_ucs1(text, 0x100, "latin-1", "ordinal not in range(256)", handler),
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            let big = order == Order::Big;
            if order == Order::Bom {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for unit in text.encode_utf16() {
                out.extend_from_slice(&if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
            Ok(out)
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            let big = order == Order::Big;
            if order == Order::Bom {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let c = c as u32;
                out.extend_from_slice(&if big { c.to_be_bytes() } else { c.to_le_bytes() });
            }
            Ok(out)
        }
    }
}

/// ASCII and Latin-1: characters from `limit` up cannot be encoded. A run of them is one
/// error, as CPython's `unicode_encode_ucs1` collects it.
fn encode_ucs1(
    text: &str,
    limit: u32,
    encoding: &'static str,
    reason: &'static str,
    handler: &Handler,
) -> Result<Vec<u8>, CodecFailure> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && (chars[end] as u32) >= limit {
            end += 1;
        }
        let run = &chars[start..end];
        match handler {
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                return Err(CodecFailure::Error(CodecError { encoding, start, end, reason }))
            }
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for &c in run {
                    out.extend_from_slice(backslash_escape(c as u32).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in run {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            Handler::NameReplace => return Err(CodecFailure::Unsupported("namereplace")),
            Handler::Unknown(name) => return Err(CodecFailure::UnknownHandler(name.clone())),
        }
        i = end;
    }
    Ok(out)
}

/// `\xe9`, `\u20ac`, `\U0001f600`: how `backslashreplace` writes a code point.
pub fn backslash_escape(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `data.decode(codec, errors)`.
pub fn decode(data: &[u8], codec: Codec, handler: &Handler) -> Result<String, CodecFailure> {
    match codec {
        Codec::Utf8 => decode_utf8(data, handler),
        Codec::Utf8Sig => {
            decode_utf8(data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data), handler)
        }
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    let e = CodecError {
                        encoding: "ascii",
                        start: i,
                        end: i + 1,
                        reason: "ordinal not in range(128)",
                    };
                    recover(&mut out, data, e, handler)?;
                }
            }
            Ok(out)
        }
        Codec::Utf16(order) => decode_utf16(data, order, handler),
        Codec::Utf32(order) => decode_utf32(data, order, handler),
    }
}

/// What a handler puts in place of the bytes `e.start..e.end` that could not be decoded.
fn recover(
    out: &mut String,
    data: &[u8],
    e: CodecError,
    handler: &Handler,
) -> Result<(), CodecFailure> {
    match handler {
        Handler::Strict | Handler::SurrogatePass => Err(CodecFailure::Error(e)),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::Ignore => Ok(()),
        Handler::BackslashReplace => {
            for b in &data[e.start.min(data.len())..e.end.min(data.len())] {
                let _ = write!(out, "\\x{b:02x}");
            }
            Ok(())
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(CodecFailure::WrongHandler),
        Handler::SurrogateEscape => Err(CodecFailure::Unsupported("surrogateescape")),
        Handler::Unknown(name) => Err(CodecFailure::UnknownHandler(name.clone())),
    }
}

/// UTF-8 with CPython's error ranges, which are Unicode's "maximal subparts": an invalid
/// start byte alone, a truncated sequence up to its first bad continuation byte, or the
/// unfinished sequence at the end.
fn decode_utf8(data: &[u8], handler: &Handler) -> Result<String, CodecFailure> {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(err) => {
                let good = err.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let start = offset + good;
                let (end, reason) = match err.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = data[start];
                        let reason = if n == 1 && !(0xc2..=0xf4).contains(&first) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                recover(
                    &mut out,
                    data,
                    CodecError { encoding: "utf-8", start, end, reason },
                    handler,
                )?;
                offset = end;
                rest = &data[end..];
            }
        }
    }
}

fn decode_utf16(data: &[u8], order: Order, handler: &Handler) -> Result<String, CodecFailure> {
    let (mut pos, order) = match order {
        Order::Bom => match data {
            [0xff, 0xfe, ..] => (2, Order::Little),
            [0xfe, 0xff, ..] => (2, Order::Big),
            _ => (0, Order::Little),
        },
        other => (0, other),
    };
    let encoding = Codec::Utf16(order).error_name(order);
    let unit = |i: usize| -> u16 {
        let pair = [data[i], data[i + 1]];
        if order == Order::Big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    while pos < data.len() {
        if pos + 1 >= data.len() {
            let e = CodecError { encoding, start: pos, end: data.len(), reason: "truncated data" };
            recover(&mut out, data, e, handler)?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            let e = CodecError { encoding, start: pos, end: pos + 2, reason: "illegal encoding" };
            recover(&mut out, data, e, handler)?;
            pos += 2;
            continue;
        }
        if pos + 3 >= data.len() {
            let e = CodecError {
                encoding,
                start: pos,
                end: data.len(),
                reason: "unexpected end of data",
            };
            recover(&mut out, data, e, handler)?;
            break;
        }
        let low = unit(pos + 2);
        if (0xdc00..0xe000).contains(&low) {
            let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            pos += 4;
        } else {
            let e = CodecError {
                encoding,
                start: pos,
                end: pos + 2,
                reason: "illegal UTF-16 surrogate",
            };
            recover(&mut out, data, e, handler)?;
            pos += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(data: &[u8], order: Order, handler: &Handler) -> Result<String, CodecFailure> {
    let (mut pos, order) = match order {
        Order::Bom => match data {
            [0xff, 0xfe, 0, 0, ..] => (4, Order::Little),
            [0, 0, 0xfe, 0xff, ..] => (4, Order::Big),
            _ => (0, Order::Little),
        },
        other => (0, other),
    };
    let encoding = Codec::Utf32(order).error_name(order);
    let mut out = String::with_capacity(data.len() / 4);
    while pos < data.len() {
        if pos + 4 > data.len() {
            let e = CodecError { encoding, start: pos, end: data.len(), reason: "truncated data" };
            recover(&mut out, data, e, handler)?;
            break;
        }
        let quad = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let c =
            if order == Order::Big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => {
                let reason = if c < 0x11_0000 {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                let e = CodecError { encoding, start: pos, end: pos + 4, reason };
                recover(&mut out, data, e, handler)?;
            }
        }
        pos += 4;
    }
    Ok(out)
}

/// Codecs that are not text encodings: `str.encode` and `bytes.decode` refuse them.
const NOT_TEXT: &[&str] = &[
    "base64",
    "base64_codec",
    "base_64",
    "bz2",
    "bz2_codec",
    "hex",
    "hex_codec",
    "quopri",
    "quopri_codec",
    "quoted_printable",
    "quotedprintable",
    "rot13",
    "rot_13",
    "uu",
    "uu_codec",
    "zip",
    "zlib",
    "zlib_codec",
];

/// Every normalized codec name and alias CPython 3.11 knows on Linux (`encodings.aliases` and
/// the modules of the `encodings` package), sorted: a name here that Loopscope does not
/// implement is "not supported", any other is CPython's `LookupError`.
const KNOWN: &[&str] = &[
    "037",
    "1026",
    "1125",
    "1140",
    "1250",
    "1251",
    "1252",
    "1253",
    "1254",
    "1255",
    "1256",
    "1257",
    "1258",
    "273",
    "424",
    "437",
    "500",
    "646",
    "775",
    "850",
    "852",
    "855",
    "857",
    "858",
    "860",
    "861",
    "862",
    "863",
    "864",
    "865",
    "866",
    "869",
    "8859",
    "932",
    "936",
    "949",
    "950",
    "ansi_x3.4_1968",
    "ansi_x3.4_1986",
    "ansi_x3_4_1968",
    "arabic",
    "ascii",
    "asmo_708",
    "base64",
    "base64_codec",
    "base_64",
    "big5",
    "big5_hkscs",
    "big5_tw",
    "big5hkscs",
    "bz2",
    "bz2_codec",
    "charmap",
    "chinese",
    "cp037",
    "cp1006",
    "cp1026",
    "cp1051",
    "cp1125",
    "cp1140",
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp1361",
    "cp154",
    "cp273",
    "cp367",
    "cp424",
    "cp437",
    "cp500",
    "cp65001",
    "cp720",
    "cp737",
    "cp775",
    "cp819",
    "cp850",
    "cp852",
    "cp855",
    "cp856",
    "cp857",
    "cp858",
    "cp860",
    "cp861",
    "cp862",
    "cp863",
    "cp864",
    "cp865",
    "cp866",
    "cp866u",
    "cp869",
    "cp874",
    "cp875",
    "cp932",
    "cp936",
    "cp949",
    "cp950",
    "cp_gr",
    "cp_is",
    "csHPRoman8",
    "csascii",
    "csbig5",
    "csibm037",
    "csibm1026",
    "csibm273",
    "csibm424",
    "csibm500",
    "csibm855",
    "csibm857",
    "csibm858",
    "csibm860",
    "csibm861",
    "csibm863",
    "csibm864",
    "csibm865",
    "csibm866",
    "csibm869",
    "csiso2022jp",
    "csiso2022kr",
    "csiso58gb231280",
    "csisolatin1",
    "csisolatin2",
    "csisolatin3",
    "csisolatin4",
    "csisolatin5",
    "csisolatin6",
    "csisolatinarabic",
    "csisolatincyrillic",
    "csisolatingreek",
    "csisolatinhebrew",
    "cskoi8r",
    "cspc775baltic",
    "cspc850multilingual",
    "cspc862latinhebrew",
    "cspc8codepage437",
    "cspcp852",
    "csptcp154",
    "csshiftjis",
    "cyrillic",
    "cyrillic_asian",
    "ebcdic_cp_be",
    "ebcdic_cp_ca",
    "ebcdic_cp_ch",
    "ebcdic_cp_he",
    "ebcdic_cp_nl",
    "ebcdic_cp_us",
    "ebcdic_cp_wt",
    "ecma_114",
    "ecma_118",
    "elot_928",
    "euc_cn",
    "euc_jis2004",
    "euc_jis_2004",
    "euc_jisx0213",
    "euc_jp",
    "euc_kr",
    "euccn",
    "eucgb2312_cn",
    "eucjis2004",
    "eucjisx0213",
    "eucjp",
    "euckr",
    "gb18030",
    "gb18030_2000",
    "gb2312",
    "gb2312_1980",
    "gb2312_80",
    "gbk",
    "greek",
    "greek8",
    "hebrew",
    "hex",
    "hex_codec",
    "hkscs",
    "hp_roman8",
    "hz",
    "hz_gb",
    "hz_gb_2312",
    "hzgb",
    "ibm037",
    "ibm039",
    "ibm1026",
    "ibm1051",
    "ibm1125",
    "ibm1140",
    "ibm273",
    "ibm367",
    "ibm424",
    "ibm437",
    "ibm500",
    "ibm775",
    "ibm819",
    "ibm850",
    "ibm852",
    "ibm855",
    "ibm857",
    "ibm858",
    "ibm860",
    "ibm861",
    "ibm862",
    "ibm863",
    "ibm864",
    "ibm865",
    "ibm866",
    "ibm869",
    "idna",
    "iso2022_jp",
    "iso2022_jp_1",
    "iso2022_jp_2",
    "iso2022_jp_2004",
    "iso2022_jp_3",
    "iso2022_jp_ext",
    "iso2022_kr",
    "iso2022jp",
    "iso2022jp_1",
    "iso2022jp_2",
    "iso2022jp_2004",
    "iso2022jp_3",
    "iso2022jp_ext",
    "iso2022kr",
    "iso646_us",
    "iso8859",
    "iso8859_1",
    "iso8859_10",
    "iso8859_11",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "iso8859_9",
    "iso_2022_jp",
    "iso_2022_jp_1",
    "iso_2022_jp_2",
    "iso_2022_jp_2004",
    "iso_2022_jp_3",
    "iso_2022_jp_ext",
    "iso_2022_kr",
    "iso_646.irv_1991",
    "iso_8859_1",
    "iso_8859_10",
    "iso_8859_10_1992",
    "iso_8859_11",
    "iso_8859_11_2001",
    "iso_8859_13",
    "iso_8859_14",
    "iso_8859_14_1998",
    "iso_8859_15",
    "iso_8859_16",
    "iso_8859_16_2001",
    "iso_8859_1_1987",
    "iso_8859_2",
    "iso_8859_2_1987",
    "iso_8859_3",
    "iso_8859_3_1988",
    "iso_8859_4",
    "iso_8859_4_1988",
    "iso_8859_5",
    "iso_8859_5_1988",
    "iso_8859_6",
    "iso_8859_6_1987",
    "iso_8859_7",
    "iso_8859_7_1987",
    "iso_8859_8",
    "iso_8859_8_1988",
    "iso_8859_9",
    "iso_8859_9_1989",
    "iso_celtic",
    "iso_ir_100",
    "iso_ir_101",
    "iso_ir_109",
    "iso_ir_110",
    "iso_ir_126",
    "iso_ir_127",
    "iso_ir_138",
    "iso_ir_144",
    "iso_ir_148",
    "iso_ir_157",
    "iso_ir_166",
    "iso_ir_199",
    "iso_ir_226",
    "iso_ir_58",
    "iso_ir_6",
    "jisx0213",
    "johab",
    "koi8_r",
    "koi8_t",
    "koi8_u",
    "korean",
    "ks_c_5601",
    "ks_c_5601_1987",
    "ks_x_1001",
    "ksc5601",
    "ksx1001",
    "kz1048",
    "kz_1048",
    "l1",
    "l10",
    "l2",
    "l3",
    "l4",
    "l5",
    "l6",
    "l7",
    "l8",
    "l9",
    "latin",
    "latin1",
    "latin10",
    "latin2",
    "latin3",
    "latin4",
    "latin5",
    "latin6",
    "latin7",
    "latin8",
    "latin9",
    "latin_1",
    "mac_arabic",
    "mac_centeuro",
    "mac_croatian",
    "mac_cyrillic",
    "mac_farsi",
    "mac_greek",
    "mac_iceland",
    "mac_latin2",
    "mac_roman",
    "mac_romanian",
    "mac_turkish",
    "maccentraleurope",
    "maccyrillic",
    "macgreek",
    "maciceland",
    "macintosh",
    "maclatin2",
    "macroman",
    "macturkish",
    "ms1361",
    "ms932",
    "ms936",
    "ms949",
    "ms950",
    "ms_kanji",
    "mskanji",
    "palmos",
    "pt154",
    "ptcp154",
    "punycode",
    "quopri",
    "quopri_codec",
    "quoted_printable",
    "quotedprintable",
    "r8",
    "raw_unicode_escape",
    "rk1048",
    "roman8",
    "rot13",
    "rot_13",
    "ruscii",
    "s_jis",
    "s_jis_2004",
    "s_jisx0213",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "shiftjis",
    "shiftjis2004",
    "shiftjisx0213",
    "sjis",
    "sjis_2004",
    "sjisx0213",
    "strk1048_2002",
    "thai",
    "tis620",
    "tis_620",
    "tis_620_0",
    "tis_620_2529_0",
    "tis_620_2529_1",
    "u16",
    "u32",
    "u7",
    "u8",
    "u_jis",
    "uhc",
    "ujis",
    "undefined",
    "unicode_1_1_utf_7",
    "unicode_escape",
    "unicodebigunmarked",
    "unicodelittleunmarked",
    "us",
    "us_ascii",
    "utf",
    "utf16",
    "utf32",
    "utf7",
    "utf8",
    "utf8_ucs2",
    "utf8_ucs4",
    "utf_16",
    "utf_16_be",
    "utf_16_le",
    "utf_16be",
    "utf_16le",
    "utf_32",
    "utf_32_be",
    "utf_32_le",
    "utf_32be",
    "utf_32le",
    "utf_7",
    "utf_8",
    "utf_8_sig",
    "uu",
    "uu_codec",
    "windows_1250",
    "windows_1251",
    "windows_1252",
    "windows_1253",
    "windows_1254",
    "windows_1255",
    "windows_1256",
    "windows_1257",
    "windows_1258",
    "x_mac_japanese",
    "x_mac_korean",
    "x_mac_simp_chinese",
    "x_mac_trad_chinese",
    "zip",
    "zlib",
    "zlib_codec",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn utf8_error(data: &[u8]) -> (usize, usize, &'static str) {
        match decode(data, Codec::Utf8, &Handler::Strict) {
            Err(CodecFailure::Error(e)) => (e.start, e.end, e.reason),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf8_errors_have_cpythons_ranges() {
        // From CPython 3.11: bytes.decode("utf-8") on each input.
        assert_eq!(utf8_error(b"ok \xff"), (3, 4, "invalid start byte"));
        assert_eq!(utf8_error(b"\xed\xa0\x80"), (0, 1, "invalid continuation byte"));
        assert_eq!(utf8_error(b"\xf0\x9f"), (0, 2, "unexpected end of data"));
        assert_eq!(utf8_error(b"\xf0\x9fx"), (0, 2, "invalid continuation byte"));
        assert_eq!(utf8_error(b"\xc0\x80"), (0, 1, "invalid start byte"));
        let replaced = decode(b"\xe0\x80\x80", Codec::Utf8, &Handler::Replace);
        assert_eq!(replaced, Ok("\u{fffd}\u{fffd}\u{fffd}".to_string()));
    }

    #[test]
    fn ucs1_encoders_group_runs() {
        let e = encode("ab€€c", Codec::Latin1, &Handler::Strict);
        let Err(CodecFailure::Error(e)) = e else { panic!() };
        assert_eq!((e.start, e.end), (2, 4));
        assert_eq!(
            encode_error_message(&e.site(), "ab€€c"),
            "'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)"
        );
        assert_eq!(
            encode("é€", Codec::Ascii, &Handler::BackslashReplace).unwrap(),
            b"\\xe9\\u20ac"
        );
    }

    #[test]
    fn names_normalize_as_cpython() {
        assert_eq!(lookup("UTF-8 "), Lookup::Found(Codec::Utf8));
        assert_eq!(lookup("Latin1"), Lookup::Found(Codec::Latin1));
        assert_eq!(lookup("utf.8"), Lookup::Unknown);
        assert_eq!(lookup("cp1252"), Lookup::Unsupported("cp1252".into()));
        assert!(KNOWN.windows(2).all(|w| w[0] < w[1]));
    }
}

//! A program's bytes to its text, as CPython 3.11's tokenizer reads a file: UTF-8 unless a
//! coding cookie on line 1 or 2 says otherwise, a leading byte order mark skipped, and the
//! refusals it words itself: a NUL byte anywhere ("source code cannot contain null bytes"),
//! bytes that are not UTF-8 without a cookie ("Non-UTF-8 code starting with ..."), and,
//! under a `utf-8` cookie, a token that does not decode ("(unicode error) ...").
//!
//! A valid UTF-8 file is read as UTF-8 whatever its cookie says, as the conformance harness
//! reads it (CPython itself would decode by the cookie); see tests/conformance/README.md,
//! "undecodable sources".

use crate::stdlib::codecs::{self, CodecFailure, Handler, Lookup};
use std::borrow::Cow;

/// Why a program's bytes are not a program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    /// A `SyntaxError` CPython prints on one line, without a `File` line.
    Plain { message: String, line: u32 },
    /// A `SyntaxError` printed with its `File`/line block and the (decoded) source line.
    Located { message: String, line: u32, text: String },
    /// A source encoding Loopscope does not implement (`# coding: cp1252` with bytes that are
    /// not UTF-8): the construct to name.
    Unsupported { construct: String, line: u32 },
}

impl SourceError {
    pub fn line(&self) -> u32 {
        match self {
            SourceError::Plain { line, .. }
            | SourceError::Located { line, .. }
            | SourceError::Unsupported { line, .. } => *line,
        }
    }

    /// The error as CPython prints it (not for `Unsupported`, which the run reports).
    pub fn render(&self, filename: &str) -> String {
        match self {
            SourceError::Plain { message, .. } => format!("SyntaxError: {message}\n"),
            SourceError::Located { message, line, text } => format!(
                "  File \"{filename}\", line {line}\n    {}\nSyntaxError: {message}\n",
                text.trim_start()
            ),
            SourceError::Unsupported { construct, .. } => format!("{construct}\n"),
        }
    }
}

const NULL_BYTES: &str = "source code cannot contain null bytes";

/// The 1-based line of byte `pos`.
fn line_of(bytes: &[u8], pos: usize) -> u32 {
    bytes[..pos.min(bytes.len())].iter().filter(|b| **b == b'\n').count() as u32 + 1
}

/// The text of the line holding byte `pos`, without its line ending, decoded with U+FFFD
/// for what is not UTF-8; a NUL ends it (CPython's line buffer is a C string).
fn line_text(bytes: &[u8], pos: usize) -> String {
    let start =
        bytes[..pos.min(bytes.len())].iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let end = bytes[start..]
        .iter()
        .position(|b| *b == b'\n' || *b == 0)
        .map_or(bytes.len(), |i| start + i);
    String::from_utf8_lossy(&bytes[start..end]).trim_end_matches('\r').to_string()
}

fn null_error(bytes: &[u8], pos: usize) -> SourceError {
    SourceError::Located {
        message: NULL_BYTES.to_string(),
        line: line_of(bytes, pos),
        text: line_text(bytes, pos),
    }
}

/// A text that is already text (the page's editor): only a NUL can make it unreadable.
pub fn check_text(text: &str) -> Result<(), SourceError> {
    match text.bytes().position(|b| b == 0) {
        Some(pos) => Err(null_error(text.as_bytes(), pos)),
        None => Ok(()),
    }
}

/// The coding cookie of line 1 or 2 (`# -*- coding: latin-1 -*-`), as PEP 263 finds it:
/// line 2 counts only when line 1 is blank or a comment.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|b| *b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in(first) {
        return Some(name);
    }
    let trimmed: Vec<u8> =
        first.iter().copied().skip_while(|b| matches!(b, b' ' | b'\t' | 0x0c | b'\r')).collect();
    if !(trimmed.is_empty() || trimmed[0] == b'#') {
        return None;
    }
    cookie_in(lines.next()?)
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn cookie_in(line: &[u8]) -> Option<String> {
    let rest = {
        let i = line.iter().position(|b| !matches!(b, b' ' | b'\t' | 0x0c))?;
        if line[i] != b'#' {
            return None;
        }
        &line[i + 1..]
    };
    let mut from = 0;
    while let Some(k) = rest[from..].windows(6).position(|w| w == b"coding").map(|k| k + from) {
        let after = &rest[k + 6..];
        if let Some((&b':' | &b'=', tail)) = after.split_first() {
            let tail: Vec<u8> =
                tail.iter().copied().skip_while(|b| matches!(b, b' ' | b'\t')).collect();
            let name: Vec<u8> = tail
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .collect();
            if !name.is_empty() {
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
        }
        from = k + 1;
    }
    None
}

/// The tokenizer's `get_normal_name`: `utf-8` and `iso-8859-1` under their spellings with
/// `_` or case differences and suffixes; any other name as written.
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"].iter().any(|p| buf.starts_with(p))
    {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// Decodes a program file. `filename` is named in the Non-UTF-8 message.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, SourceError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let nul = bytes.iter().position(|b| *b == 0);
    let bad = match std::str::from_utf8(bytes) {
        Ok(text) => {
            return match nul {
                Some(pos) => Err(null_error(bytes, pos)),
                None => Ok(Cow::Borrowed(text)),
            }
        }
        Err(e) => e.valid_up_to(),
    };
    // A NUL on an earlier line than the first bad byte is met first.
    if let Some(pos) = nul {
        if line_of(bytes, pos) < line_of(bytes, bad) {
            return Err(null_error(bytes, pos));
        }
    }
    let Some(cookie) = coding_cookie(bytes) else {
        return Err(SourceError::Plain {
            message: format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[bad],
                line_of(bytes, bad)
            ),
            line: line_of(bytes, bad),
        });
    };
    let text = match normal_name(&cookie).as_str() {
        "utf-8" => decode_declared_utf8(bytes)?,
        "iso-8859-1" => bytes.iter().map(|&b| b as char).collect(),
        _ => match codecs::lookup(&cookie) {
            Lookup::Found(codec) => {
                codecs::decode(bytes, codec, &Handler::Strict).map_err(|_| SourceError::Plain {
                    message: format!("encoding problem: {cookie}"),
                    line: 1,
                })?
            }
            Lookup::Unsupported(norm) => {
                return Err(SourceError::Unsupported {
                    construct: format!("the source encoding '{norm}'"),
                    line: 1,
                })
            }
            Lookup::Unknown | Lookup::NotText(_) => {
                return Err(SourceError::Plain {
                    message: format!("encoding problem: {cookie}"),
                    line: 1,
                })
            }
        },
    };
    check_text(&text)?;
    Ok(Cow::Owned(text))
}

/// A file that declares UTF-8 but is not: bytes inside comments are never decoded (CPython
/// skips them), so only a bad token is an error, reported with its position in the token.
fn decode_declared_utf8(bytes: &[u8]) -> Result<String, SourceError> {
    let bad_positions = invalid_positions(bytes);
    let mut scan = Scanner::default();
    let mut at = 0;
    for bad in bad_positions {
        while at < bad {
            scan.step(bytes, at);
            at += 1;
        }
        if scan.in_comment {
            continue;
        }
        let token_start = match scan.string_body {
            Some(start) => start,
            None => {
                let mut s = bad;
                while s > 0 && is_name_byte(bytes[s - 1]) {
                    s -= 1;
                }
                s
            }
        };
        let token_end = match scan.quote {
            Some((q, triple)) => string_end(bytes, bad, q, triple),
            None => {
                let mut e = bad + 1;
                while e < bytes.len() && is_name_byte(bytes[e]) {
                    e += 1;
                }
                e
            }
        };
        let token = &bytes[token_start..token_end];
        let message = match codecs::decode(token, codecs::Codec::Utf8, &Handler::Strict) {
            Err(CodecFailure::Error(e)) => {
                format!("(unicode error) {}", codecs::decode_error_message(&e.site(), token))
            }
            _ => "(unicode error) 'utf-8' codec can't decode".to_string(),
        };
        return Err(SourceError::Located {
            message,
            line: line_of(bytes, bad),
            text: line_text(bytes, bad),
        });
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// A byte that can be part of a name (non-ASCII ones included: they decode to letters).
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Where the body of a string (quoted by `q`, tripled or not) that contains byte `from` ends.
fn string_end(bytes: &[u8], from: usize, q: u8, triple: bool) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            b if b == q && (!triple || bytes[i..].starts_with(&[q, q, q])) => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Where each invalid UTF-8 sequence starts.
fn invalid_positions(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut offset = 0;
    while offset < bytes.len() {
        match std::str::from_utf8(&bytes[offset..]) {
            Ok(_) => break,
            Err(e) => {
                let at = offset + e.valid_up_to();
                out.push(at);
                offset = at + e.error_len().unwrap_or(bytes.len() - at).max(1);
            }
        }
    }
    out
}

/// Just enough of the tokenizer to know whether a byte is in a comment or a string.
#[derive(Default)]
struct Scanner {
    in_comment: bool,
    /// The quote byte and whether it is tripled, while inside a string.
    quote: Option<(u8, bool)>,
    /// Where the current string's body starts.
    string_body: Option<usize>,
    /// Bytes to skip (the rest of an opening or closing triple quote, an escaped byte).
    skip: usize,
}

impl Scanner {
    fn step(&mut self, bytes: &[u8], i: usize) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        let b = bytes[i];
        if self.in_comment {
            if b == b'\n' {
                self.in_comment = false;
            }
            return;
        }
        match self.quote {
            None => match b {
                b'#' => self.in_comment = true,
                b'\'' | b'"' => {
                    let triple = bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b);
                    self.quote = Some((b, triple));
                    self.skip = if triple { 2 } else { 0 };
                    self.string_body = Some(i + 1 + self.skip);
                }
                _ => {}
            },
            Some((q, triple)) => {
                if b == b'\\' {
                    self.skip = 1;
                } else if b == b'\n' && !triple {
                    self.quote = None;
                    self.string_body = None;
                } else if b == q {
                    let closes =
                        !triple || (bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q));
                    if closes {
                        self.skip = if triple { 2 } else { 0 };
                        self.quote = None;
                        self.string_body = None;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> String {
        decode_source(bytes, "bad.py").expect_err("refused").render("bad.py")
    }

    #[test]
    fn refusals_read_as_cpython_words_them() {
        // CPython 3.11.7, `python3 bad.py`.
        assert_eq!(
            err(b"print(1)\nx = \"\xff\"\n"),
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        );
        assert_eq!(
            err(b"print(1)\nx = 1\x00 + 2\n"),
            "  File \"bad.py\", line 2\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"
        );
        assert_eq!(
            err(b"# -*- coding: utf-8 -*-\nprint(1)\nx = \"ab\xffcd\"\n"),
            "  File \"bad.py\", line 3\n    x = \"ab\u{fffd}cd\"\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\n"
        );
        assert_eq!(
            err(b"# -*- coding: utf-8 -*-\n\"\"\"doc\nline \xff two\"\"\"\n"),
            "  File \"bad.py\", line 3\n    line \u{fffd} two\"\"\"\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 9: invalid start byte\n"
        );
        assert_eq!(
            err(b"# coding: ascii\nx = \"\xff\"\n"),
            "SyntaxError: encoding problem: ascii\n"
        );
        assert!(err(b"# coding: utf-8\ns = \"\xc3\"\n")
            .ends_with("in position 0: unexpected end of data\n"));
    }

    #[test]
    fn cookies_decode_what_they_declare() {
        assert_eq!(
            decode_source(b"# coding: latin-1\nprint(\"caf\xe9\")\n", "x.py").unwrap(),
            "# coding: latin-1\nprint(\"café\")\n"
        );
        assert_eq!(
            decode_source(b"# -*- coding: utf-8 -*-\n# caf\xff\nprint(1)\n", "x.py").unwrap(),
            "# -*- coding: utf-8 -*-\n# caf\u{fffd}\nprint(1)\n"
        );
        assert_eq!(decode_source(b"\xef\xbb\xbfprint(1)\n", "x.py").unwrap(), "print(1)\n");
    }
}

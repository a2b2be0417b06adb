//! `repr(str)` and `ascii()`: quote choice and escapes exactly as CPython's `unicode_repr`.

use std::fmt::Write;

use super::unicode::is_printable;

/// `repr(s)` for a Python `str`.
///
/// Single quotes unless the text contains `'` and no `"`; `\\`, the chosen quote, `\t`,
/// `\n`, `\r` get backslash escapes, other non-printable characters `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (lower-case hex, shortest form that fits).
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    str_repr_into(s, &mut out);
    out
}

/// `str_repr(s)` appended to `out` (the trace renders many reprs into one buffer).
pub fn str_repr_into(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.reserve(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            // ASCII is decided without the table: controls and DEL are escaped.
            c if c < ' ' || c == '\x7f' => push_hex_escape(out, c),
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => push_hex_escape(out, c),
        }
    }
    out.push(quote);
}

/// `ascii(s)` for a Python `str`: its repr with every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// Escape non-ASCII characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
///
/// `ascii(obj)` is `repr(obj)` passed through this (CPython's `backslashreplace`), so the
/// interpreter can apply it to the repr of any object, and `%a` uses it too.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

fn push_hex_escape(out: &mut String, c: char) {
    let code = c as u32;
    // Writing to a String cannot fail.
    let _ = if code <= 0xff {
        write!(out, "\\x{code:02x}")
    } else if code <= 0xffff {
        write!(out, "\\u{code:04x}")
    } else {
        write!(out, "\\U{code:08x}")
    };
}

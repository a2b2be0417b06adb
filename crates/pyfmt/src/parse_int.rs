//! `int(text, base)`: CPython's `PyLong_FromUnicodeObject` / `PyLong_FromString`.

use num_bigint::BigInt;
use num_traits::Zero;

use super::error::FormatError;
use super::int_text::{int_max_str_digits, past_limit};
use super::str_repr::str_repr;
use super::unicode::{decimal_and_space_to_ascii, is_ascii_space};

/// `int(text, base)`.
///
/// Surrounding whitespace, one sign, a `0x`/`0o`/`0b` prefix when it matches `base` (or
/// `base == 0`, which also forbids leading zeros), single underscores between digits, any
/// Unicode decimal digits. Errors are CPython's, quoting at most 200 characters of the repr.
pub fn parse_int_literal(text: &str, base: i64) -> Result<BigInt, FormatError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(FormatError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let ascii = decimal_and_space_to_ascii(text);
    match parse_ascii(ascii.as_bytes(), base as u32) {
        Ok(Some(value)) => Ok(value),
        Ok(None) => {
            let repr: String = str_repr(text).chars().take(200).collect();
            Err(FormatError::value(format!("invalid literal for int() with base {base}: {repr}")))
        }
        Err(limit) => Err(limit),
    }
}

/// `Ok(None)` for a malformed literal; `Err` only for the digit-limit error.
fn parse_ascii(s: &[u8], base: u32) -> Result<Option<BigInt>, FormatError> {
    let mut pos = 0;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    while pos < s.len() && is_ascii_space(s[pos]) {
        pos += 1;
    }
    let mut negative = false;
    if at(pos) == b'+' || at(pos) == b'-' {
        negative = at(pos) == b'-';
        pos += 1;
    }
    let mut base = base;
    // Base 0 reads the prefix; a leading 0 without one must be all zeros ("old" octal).
    let mut only_zero = false;
    if base == 0 {
        base = match (at(pos), at(pos + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                only_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if at(pos) == b'0' && prefix != 0 && at(pos + 1).to_ascii_lowercase() == prefix {
        pos += 2;
        // One underscore may follow the prefix.
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return Ok(None);
    }
    // Digits with single underscores between them.
    let start = pos;
    let mut digits = Vec::new();
    let mut prev_underscore = false;
    while pos < s.len() {
        let c = s[pos];
        if c == b'_' {
            if prev_underscore {
                return Ok(None);
            }
            prev_underscore = true;
        } else if let Some(d) = char::from(c).to_digit(36).filter(|&d| d < base) {
            digits.push(d as u8);
            prev_underscore = false;
        } else {
            break;
        }
        pos += 1;
    }
    if prev_underscore {
        return Ok(None);
    }
    if !base.is_power_of_two() && past_limit(digits.len()) {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            int_max_str_digits(),
            digits.len()
        )));
    }
    if pos == start {
        return Ok(None);
    }
    while pos < s.len() && is_ascii_space(s[pos]) {
        pos += 1;
    }
    if pos != s.len() {
        return Ok(None);
    }
    let magnitude =
        BigInt::from_radix_be(num_bigint::Sign::Plus, &digits, base).unwrap_or_else(BigInt::zero);
    if only_zero && !magnitude.is_zero() {
        return Ok(None);
    }
    Ok(Some(if negative { -magnitude } else { magnitude }))
}

//! `float(text)`: CPython's `PyFloat_FromString` grammar, with Rust doing the (correctly
//! rounded) decimal-to-binary conversion once the text is known to be valid.

use super::error::FormatError;
use super::str_repr::str_repr;
use super::unicode::{decimal_and_space_to_ascii, is_ascii_space};

/// `float(text)`: surrounding whitespace, single underscores between digits, `inf`,
/// `infinity`, `nan` in any case with an optional sign, Unicode decimal digits.
pub fn parse_float_literal(text: &str) -> Result<f64, FormatError> {
    let error =
        || FormatError::value(format!("could not convert string to float: {}", str_repr(text)));
    let ascii = decimal_and_space_to_ascii(text);
    let cleaned = remove_underscores(&ascii).ok_or_else(error)?;
    let trimmed = trim_ascii_space(&cleaned);
    parse_trimmed(trimmed).ok_or_else(error)
}

/// `_Py_string_to_number_with_underscores`: an underscore must sit between two digits.
fn remove_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_owned());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

fn trim_ascii_space(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8))
}

/// Accept exactly `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`
/// or `[sign] (inf | infinity | nan)`, case-insensitively.
fn parse_trimmed(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(value) = special {
        return Some(if negative { -value } else { value });
    }
    let b = body.as_bytes();
    let mut pos = 0;
    let digits_from = |pos: &mut usize| {
        let start = *pos;
        while b.get(*pos).is_some_and(u8::is_ascii_digit) {
            *pos += 1;
        }
        *pos - start
    };
    let mut mantissa_digits = digits_from(&mut pos);
    if b.get(pos) == Some(&b'.') {
        pos += 1;
        mantissa_digits += digits_from(&mut pos);
    }
    if mantissa_digits == 0 {
        return None;
    }
    if matches!(b.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(b.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        if digits_from(&mut pos) == 0 {
            return None;
        }
    }
    if pos != b.len() {
        return None;
    }
    // Rust's parser is exact for any number of digits and any exponent.
    s.parse::<f64>().ok()
}

//! `float.hex()` and `float.fromhex()`: a float's exact value in hexadecimal, and back with
//! round-half-even to 53 bits, subnormals included (CPython's `float_hex`/`float_fromhex`).

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// Why `float.fromhex` refused its string.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// ValueError: "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError: "hexadecimal value too large to represent as a float".
    TooLarge,
}

impl FromHexError {
    pub fn message(&self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::TooLarge => "hexadecimal value too large to represent as a float",
        }
    }
}

/// `x.hex()`: `0x1.8000000000000p+0`; always 13 fraction digits, as CPython prints them.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        format!("{sign}0x0.{fraction:013x}p-1022")
    } else {
        format!("{sign}0x1.{fraction:013x}p{:+}", biased - 1023)
    }
}

/// `float.fromhex(text)`.
pub fn from_hex(text: &str) -> Result<f64, FromHexError> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = s.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exponent) = match body.split_once('p') {
        Some((d, e)) => (d, parse_exponent(e)?),
        None => (body, 0),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut mantissa = BigUint::zero();
    for c in whole.chars().chain(fraction.chars()) {
        let d = c.to_digit(16).ok_or(FromHexError::Invalid)?;
        mantissa = (mantissa << 4u32) + d;
    }
    let exponent = exponent.saturating_sub(4 * fraction.len() as i64);
    Ok(signed(scale(&mantissa, exponent)?))
}

/// The exponent after `p`: an optionally signed decimal, saturated far beyond any float.
fn parse_exponent(text: &str) -> Result<i64, FromHexError> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FromHexError::Invalid);
    }
    let magnitude =
        digits.bytes().fold(0i64, |n, b| n.saturating_mul(10).saturating_add(i64::from(b - b'0')));
    let magnitude = magnitude.min(1 << 40);
    Ok(if negative { -magnitude } else { magnitude })
}

/// `mantissa * 2**exponent` rounded half-even to the nearest float.
fn scale(mantissa: &BigUint, exponent: i64) -> Result<f64, FromHexError> {
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    let top = mantissa.bits() as i64 - 1 + exponent; // the exponent of the leading bit
    if top > 1023 {
        return Err(FromHexError::TooLarge);
    }
    // The lowest bit a float keeps: 52 below the leading one, never below 2**-1074.
    let low = (top - 52).max(-1074);
    let kept = if low > exponent {
        let dropped = (low - exponent) as u64;
        let kept = mantissa >> dropped;
        let remainder = mantissa - (&kept << dropped);
        let half = BigUint::from(1u8) << (dropped - 1);
        let odd = kept.bit(0);
        if remainder > half || (remainder == half && odd) {
            kept + 1u8
        } else {
            kept
        }
    } else {
        mantissa << (exponent - low) as u64
    };
    // At most 2**53 here, so exact as an f64; rounding up may carry into the next power of two.
    let kept = kept.to_f64().unwrap_or(f64::INFINITY);
    let value = times_power_of_two(kept, low);
    if value.is_infinite() {
        return Err(FromHexError::TooLarge);
    }
    Ok(value)
}

/// `x * 2**k` without the intermediate underflow a single `powi` would hit below 2**-1022.
fn times_power_of_two(x: f64, k: i64) -> f64 {
    let mut value = x;
    let mut k = k;
    while k < -1000 {
        value *= 2f64.powi(-1000);
        k += 1000;
    }
    while k > 1000 {
        value *= 2f64.powi(1000);
        k -= 1000;
    }
    value * 2f64.powi(k as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
    }

    #[test]
    fn fromhex_rounds_half_even_and_round_trips() {
        for x in [1.5, -0.1, 5e-324, f64::MAX, 1e-310, 123456.789, 2.2250738585072014e-308] {
            assert_eq!(from_hex(&to_hex(x)), Ok(x));
        }
        assert_eq!(from_hex("0x1.00000000000008p0"), Ok(1.0)); // a tie: stays even
        assert_eq!(from_hex("0x1.00000000000018p0"), Ok(1.0 + 2.0 * f64::EPSILON));
        assert_eq!(from_hex("  -0X.8p1  "), Ok(-1.0));
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x1.8p-1075"), Ok(5e-324));
        assert_eq!(from_hex("0x1p1024"), Err(FromHexError::TooLarge));
        assert_eq!(from_hex("0x1.fffffffffffff8p1023"), Err(FromHexError::TooLarge));
        assert_eq!(from_hex("0x"), Err(FromHexError::Invalid));
        assert_eq!(from_hex("1.0p"), Err(FromHexError::Invalid));
        assert_eq!(from_hex("12"), Ok(18.0));
    }
}

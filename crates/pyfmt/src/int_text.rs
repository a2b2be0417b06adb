//! Integers to text: `str(int)` with CPython's digit limit, and `bin()`/`oct()`/`hex()`.

use num_bigint::{BigInt, Sign};

use super::error::FormatError;

/// CPython's default `sys.get_int_max_str_digits()`: decimal conversions of longer integers,
/// in either direction, raise `ValueError` (CVE-2020-10735 mitigation, 3.11+).
pub const INT_MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// The limit in force (`sys.set_int_max_str_digits`; 0: none). Per thread, and set back
    /// to the default by each run (`set_int_max_str_digits(INT_MAX_STR_DIGITS)`).
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(INT_MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

/// `sys.set_int_max_str_digits(n)` once checked (0, or at least 640).
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

/// Whether `digits` decimal digits are past the limit.
pub(crate) fn past_limit(digits: usize) -> bool {
    let limit = int_max_str_digits();
    limit != 0 && digits > limit
}

/// `str(n)` for a machine int, appended to `out`: the trace writes millions of small ints
/// (locals, ports), and `core::fmt` spends a few hundred instructions on each.
pub fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

/// `push_i64` for an unsigned int.
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[start..].iter().map(|&d| char::from(d)));
}

/// `str(n)` / `repr(n)` for a Python int, with the 4300-digit limit.
pub fn int_to_decimal(value: &BigInt) -> Result<String, FormatError> {
    // Cheap pre-check (like CPython's) so that huge values are refused before conversion:
    // a number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits.
    let bits = value.bits();
    let limit = int_max_str_digits();
    if limit != 0 && bits > 0 && (bits - 1) as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0
    {
        return Err(to_str_limit_error());
    }
    let text = value.to_str_radix(10);
    let digits = text.len() - usize::from(value.sign() == Sign::Minus);
    if past_limit(digits) {
        return Err(to_str_limit_error());
    }
    Ok(text)
}

fn to_str_limit_error() -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    ))
}

/// The power-of-two bases Python prints with a prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Radix {
    /// `0b`, `bin()`
    Binary,
    /// `0o`, `oct()`
    Octal,
    /// `0x`, `hex()`
    Hex,
}

impl Radix {
    pub fn base(self) -> u32 {
        match self {
            Radix::Binary => 2,
            Radix::Octal => 8,
            Radix::Hex => 16,
        }
    }

    pub fn prefix(self) -> &'static str {
        match self {
            Radix::Binary => "0b",
            Radix::Octal => "0o",
            Radix::Hex => "0x",
        }
    }
}

/// `bin(n)`, `oct(n)`, `hex(n)`: sign, prefix and lower-case digits (`-0x1f`). Power-of-two
/// bases have no digit limit.
pub fn int_to_str_radix(value: &BigInt, radix: Radix) -> String {
    let magnitude = value.magnitude().to_str_radix(radix.base());
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{}{magnitude}", radix.prefix())
}

#[cfg(test)]
mod tests {
    #[test]
    fn machine_ints_read_as_display_writes_them() {
        for n in [0, 7, -7, 10, 99, 100, 32768, -65536, i64::MAX, i64::MIN, i64::MIN + 1] {
            let mut out = String::from(">");
            super::push_i64(&mut out, n);
            assert_eq!(out, format!(">{n}"));
        }
        let mut out = String::new();
        super::push_u64(&mut out, u64::MAX);
        assert_eq!(out, u64::MAX.to_string());
    }
}

//! Correctly rounded decimal digits of a finite double, in the shape `_Py_dg_dtoa` returns.
//!
//! CPython formats every float from David Gay's `dtoa`: a digit string without leading or
//! trailing zeros plus the position of the decimal point. Rust's float formatting is also
//! exact (shortest round-trip digits for `{:e}`, exact rounding with ties to even for a given
//! precision), so we let it produce the digits and only reshape its output; the layout
//! (exponent or not, padding, dots) is redone in `float_str` the way CPython does it.

/// Decimal digits of `|x|`: the value is `0.DIGITS × 10^decpt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits, no leading or trailing zeros; exactly `"0"` for zero.
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the start of `digits` (1 for zero).
    pub decpt: i64,
}

impl Digits {
    fn zero() -> Self {
        Digits { digits: vec![b'0'], decpt: 1 }
    }

    pub fn is_zero(&self) -> bool {
        self.digits == b"0"
    }

    /// The double nearest to this decimal (positive).
    pub fn to_f64(&self) -> f64 {
        let digits = std::str::from_utf8(&self.digits).unwrap_or("0");
        let exp = self.decpt - self.digits.len() as i64;
        format!("{digits}e{exp}").parse().unwrap_or(f64::NAN)
    }

    /// Build from a digit string with a decimal point after `int_len` digits, dropping the
    /// zeros `dtoa` never returns.
    fn from_parts(mut digits: Vec<u8>, int_len: i64) -> Self {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        if lead == digits.len() {
            return Self::zero();
        }
        digits.drain(..lead);
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt: int_len - lead as i64 }
    }

    /// Parse Rust's `{:e}` output for a non-negative number, `d[.ddd]e[-]k`.
    fn from_exponential(text: &str) -> Self {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Self::from_parts(digits, exp + 1)
    }
}

/// `dtoa` mode 0: the shortest digits that round-trip (what `repr` uses).
///
/// When `x` lies exactly halfway between two shortest candidates (possible for values with
/// few significant bits, e.g. 29933.8878173828125 with 16 digits), `dtoa` takes the one
/// with an even last digit while Rust rounds up; we redo that choice.
pub(crate) fn shortest(x: f64) -> Digits {
    let x = x.abs();
    let digits = Digits::from_exponential(&format!("{:e}", x));
    let n = digits.digits.len();
    // Two n-digit neighbours can both round-trip only if n >= 16 (a normal double carries
    // 53 bits, about 15.95 digits); subnormals have hundreds of exact digits, so no ties.
    if n < 16 {
        return digits;
    }
    // A tie needs x to be exactly the (n+1)-digit decimal ending in 5 between the two.
    let longer = Digits::from_exponential(&format!("{:.*e}", n, x));
    if longer.digits.len() != n + 1 || longer.digits.last() != Some(&b'5') || !is_exact(&longer, x)
    {
        return digits;
    }
    let mut down = longer.digits[..n].to_vec();
    if down.last().is_some_and(|d| (d - b'0').is_multiple_of(2)) {
        let candidate = Digits::from_parts(down, longer.decpt);
        return if candidate.to_f64() == x { candidate } else { digits };
    }
    // The even neighbour is one unit up (the odd one is down).
    for d in down.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            break;
        }
    }
    let carried = down.iter().all(|&d| d == b'0');
    if carried {
        down.insert(0, b'1');
    }
    let candidate = Digits::from_parts(down, longer.decpt + i64::from(carried));
    if candidate.to_f64() == x {
        candidate
    } else {
        digits
    }
}

/// Whether the decimal `d` is exactly the double `x` (not merely rounds to it).
fn is_exact(d: &Digits, x: f64) -> bool {
    use num_bigint::BigUint;
    let (mantissa, exp2) = decompose(x);
    let Ok(text) = std::str::from_utf8(&d.digits) else { return false };
    let Ok(decimal) = text.parse::<BigUint>() else { return false };
    // x = mantissa * 2^exp2 and d = decimal * 10^exp10; compare with both sides integral.
    let exp10 = d.decpt - d.digits.len() as i64;
    let ten = BigUint::from(10u8);
    let mut lhs = decimal;
    let mut rhs = BigUint::from(mantissa);
    if exp10 >= 0 {
        lhs *= ten.pow(exp10 as u32);
    } else {
        rhs *= ten.pow((-exp10) as u32);
    }
    if exp2 >= 0 {
        rhs <<= exp2 as u64;
    } else {
        lhs <<= (-exp2) as u64;
    }
    lhs == rhs
}

/// `x = mantissa * 2^exponent` for a finite non-negative double.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    }
}

/// `dtoa` mode 2: `n >= 1` significant digits, correctly rounded (`e` and `g` formats).
pub(crate) fn significant(x: f64, n: usize) -> Digits {
    // A double has at most 767 significant digits: more are zeros, which dtoa drops anyway
    // (and Rust's precision stops at 65,535).
    let n = n.clamp(1, EXACT_SIGNIFICANT);
    Digits::from_exponential(&format!("{:.*e}", n - 1, x.abs()))
}

/// More digits than any double needs: significant ones, and ones after the point (1,074).
const EXACT_SIGNIFICANT: usize = 800;
const EXACT_FRACTION: usize = 1_100;

/// `dtoa` mode 3: rounded to `n` digits after the decimal point (`f` format).
pub(crate) fn fixed(x: f64, n: usize) -> Digits {
    let text = format!("{:.*}", n.min(EXACT_FRACTION), x.abs());
    let int_len = text.find('.').unwrap_or(text.len()) as i64;
    let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
    Digits::from_parts(digits, int_len)
}

/// The exact decimal expansion of `|x|` (at most 767 significant digits for a double).
pub(crate) fn exact(x: f64) -> Digits {
    Digits::from_exponential(&format!("{:.*e}", EXACT_SIGNIFICANT, x.abs()))
}

/// Round exact digits to `keep` digits (counted from the first digit; may be zero or
/// negative), half to even, like `dtoa` mode 3 with a negative `ndigits`.
pub(crate) fn round_to(d: &Digits, keep: i64) -> Digits {
    let len = d.digits.len() as i64;
    if keep >= len {
        return d.clone();
    }
    if keep < 0 {
        // Less than half of the rounding unit: the result is zero.
        return Digits::zero();
    }
    let keep = keep as usize;
    let rest = &d.digits[keep..];
    let half_or_more = rest[0] >= b'5';
    let exactly_half = rest[0] == b'5' && rest[1..].iter().all(|&b| b == b'0');
    let prev_odd = keep > 0 && (d.digits[keep - 1] - b'0') % 2 == 1;
    let round_up = half_or_more && (!exactly_half || prev_odd);
    let mut digits = d.digits[..keep].to_vec();
    let mut decpt = d.decpt;
    if round_up {
        // Propagate the carry; an all-nines prefix becomes a single 1 one place higher.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    Digits::from_parts(digits, decpt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(digits: &str, decpt: i64) -> Digits {
        Digits { digits: digits.as_bytes().to_vec(), decpt }
    }

    #[test]
    fn shapes_match_dtoa() {
        assert_eq!(shortest(0.0), d("0", 1));
        assert_eq!(shortest(-0.0), d("0", 1));
        assert_eq!(shortest(1e16), d("1", 17));
        assert_eq!(shortest(0.001), d("1", -2));
        assert_eq!(shortest(123.456), d("123456", 3));
        assert_eq!(significant(2.5, 1), d("2", 1));
        assert_eq!(significant(9.99, 2), d("1", 2));
        assert_eq!(fixed(0.125, 2), d("12", 0));
        assert_eq!(fixed(0.0001, 2), d("0", 1));
        assert_eq!(fixed(99.96, 1), d("1", 3));
    }

    #[test]
    fn rounding_exact_digits() {
        let x = exact(12345.0);
        assert_eq!(round_to(&x, 3), d("123", 5));
        assert_eq!(round_to(&exact(12500.0), 1), d("1", 5));
        assert_eq!(round_to(&exact(13500.0), 1), d("1", 5));
        assert_eq!(round_to(&exact(15000.0), 1), d("2", 5));
        assert_eq!(round_to(&exact(25000.0), 1), d("2", 5));
        assert_eq!(round_to(&exact(95000.0), 1), d("1", 6));
        assert_eq!(round_to(&exact(5000.0), 0), d("0", 1));
        assert_eq!(round_to(&exact(5001.0), 0), d("1", 5));
        assert_eq!(round_to(&exact(5000.0), -1), d("0", 1));
    }
}

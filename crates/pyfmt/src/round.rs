//! `round()` and `int()` of floats, with CPython's rounding and error rules.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::digits;
use super::error::FormatError;

/// `round(x, ndigits)` for a float: the correctly rounded decimal value, ties to even, as
/// CPython does it (round the exact binary value to a decimal string, read it back):
/// `round(2.675, 2) == 2.67`, `round(0.125, 2) == 0.12`, `round(12345.0, -2) == 12300.0`.
///
/// `ndigits` is clamped like CPython's `Py_ssize_t` (the caller clamps huge Python ints).
/// Infinities and NaN come back unchanged.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Beyond these every double rounds to itself, or to a zero with its sign.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        digits::fixed(x, ndigits as usize)
    } else {
        let exact = digits::exact(x);
        let keep = exact.decpt + ndigits;
        digits::round_to(&exact, keep)
    };
    let magnitude = rounded.to_f64();
    let value = if x.is_sign_negative() { -magnitude } else { magnitude };
    if value.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(value)
}

/// `round(x)` before the conversion to int: nearest integer, ties to even
/// (`round(2.5) == 2`, `round(-0.5) == -0.0`). Pass the result to [`float_to_int`].
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for inf and NaN.
pub fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("cannot convert float infinity to integer"));
    }
    // Finite doubles always convert exactly.
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

//! Float to text, a port of CPython's `PyOS_double_to_string` / `format_float_short`.
//!
//! Everything that prints a float ends here: `repr()`/`str()`, the format-spec mini-language
//! and `%`-formatting. The digits come from `digits`; this file decides where the decimal
//! point goes, when to switch to an exponent, and which zeros to pad, exactly as CPython.

use super::digits::{self, Digits};

/// Presentation of a float, the `format_code` of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FloatStyle {
    /// `e`: always an exponent, `precision` digits after the point.
    Exponent,
    /// `f`: no exponent, `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent only for very large or small values.
    General,
    /// `r`: the shortest round-trip digits, as `repr` (precision unused).
    Repr,
}

/// The `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FloatFlags {
    /// Upper-case `E`, `INF`, `NAN` (the `E`, `F`, `G` codes).
    pub upper: bool,
    /// Always write a sign, `+` for non-negative numbers.
    pub sign: bool,
    /// Make integral values look like floats: `1.0`, not `1`.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `z`: a value that rounds to zero prints without a minus sign.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`.
pub(crate) fn double_to_string(
    x: f64,
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
) -> String {
    let negative = x.is_sign_negative();
    if !x.is_finite() {
        let mut out = String::with_capacity(4);
        // The sign of a NaN is never shown.
        if negative && !x.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), flags.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    // `dtoa` modes and precision adjustments as in PyOS_double_to_string.
    let (digits, precision) = match style {
        FloatStyle::Exponent => (digits::significant(x, precision + 1), precision + 1),
        FloatStyle::Fixed => (digits::fixed(x, precision), precision),
        // Precision 0 makes no sense for 'g': it means 1.
        FloatStyle::General => {
            let precision = precision.max(1);
            (digits::significant(x, precision), precision)
        }
        FloatStyle::Repr => (digits::shortest(x), 0),
    };
    let negative = negative && !(flags.no_neg_0 && digits.is_zero());
    let mut out = String::new();
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    layout(&mut out, &digits, style, precision as i64, flags);
    out
}

/// The body of `format_float_short` after `dtoa`: place point, zeros and exponent.
fn layout(out: &mut String, d: &Digits, style: FloatStyle, precision: i64, flags: FloatFlags) {
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match style {
        FloatStyle::Exponent => {
            use_exp = true;
            vdigits_end = precision;
        }
        FloatStyle::Fixed => vdigits_end = decpt + precision,
        FloatStyle::General => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        // Exponent from 1e16 on; 1e17 would show padded bogus digits (2e16+8).
        FloatStyle::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Keep vdigits_start < decpt <= vdigits_end, with a digit after the point if asked.
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| {
        out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    };
    let push_digits = |out: &mut String, range: std::ops::Range<usize>| {
        out.extend(d.digits[range].iter().map(|&b| char::from(b)));
    };
    let start_len = out.len();
    // Exactly one of the branches below writes the decimal point.
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    let len = d.digits.len();
    if 0 < decpt && decpt <= digits_len {
        let point = decpt as usize;
        push_digits(out, 0..point);
        out.push('.');
        push_digits(out, point..len);
    } else {
        push_digits(out, 0..len);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    // A trailing point only survives in the alternate form.
    if out.len() > start_len && out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        // C's "%+.02d": explicit sign, at least two digits.
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
}

/// `repr(x)` (which is also `str(x)`) for a Python float.
///
/// Shortest round-trip digits; exponent notation when the decimal exponent is below -4 or
/// at least 16: `1.0`, `0.1`, `1e-05`, `1e+16`, `inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags { add_dot_0: true, ..FloatFlags::default() };
    double_to_string(x, FloatStyle::Repr, 0, flags)
}

//! `format(int, spec)`: CPython's `format_long_internal` and the dispatch around it.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::error::FormatError;
use super::format_float::format_float_resolved;
use super::int_text::int_to_decimal;
use super::layout::{fill_number, NumberParts};
use super::spec::{parse_format_spec, Align, FormatSpec, Resolved};

/// `format(value, spec)` for a Python int.
pub fn format_int(value: &BigInt, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        // format(n, '') is str(n).
        return int_to_decimal(value);
    }
    parse_format_spec(spec, "int")?.format_int(value)
}

/// `format(value, spec)` for an int that fits in an `i64`.
pub fn format_i64(value: i64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    format_int(&BigInt::from(value), spec)
}

impl FormatSpec {
    /// Format an int (or bool, or int subclass: parse the spec with that type's name).
    ///
    /// Note `format(True, '')` is `'True'`: the empty spec means `str(value)`, which is the
    /// caller's business for bools and subclasses.
    pub fn format_int(&self, value: &BigInt) -> Result<String, FormatError> {
        let spec = self.resolve('d', Align::Right)?;
        match spec.ty {
            'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => self.format_int_internal(value, &spec),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
                format_float_resolved(int_to_float(value)?, &spec)
            }
            ty => Err(self.unknown_type(ty)),
        }
    }

    fn format_int_internal(&self, value: &BigInt, spec: &Resolved) -> Result<String, FormatError> {
        if spec.precision.is_some() {
            return Err(FormatError::value("Precision not allowed in integer format specifier"));
        }
        if spec.no_neg_zero {
            return Err(FormatError::value(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        if spec.ty == 'c' {
            if spec.sign_given {
                return Err(FormatError::value(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if spec.alternate {
                return Err(FormatError::value(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let ch = int_to_char(value)?.to_string();
            // The character is laid out as a "remainder": no digits, so no grouping.
            let parts = NumberParts {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: &ch,
            };
            return fill_number(&parts, spec);
        }
        let (base, prefix) = match spec.ty {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        let mut digits = if base == 10 {
            let mut text = int_to_decimal(value)?;
            if text.starts_with('-') {
                text.remove(0);
            }
            text
        } else {
            value.magnitude().to_str_radix(base)
        };
        if spec.ty == 'X' {
            digits.make_ascii_uppercase();
        }
        let parts = NumberParts {
            negative: value.sign() == BigSign::Minus,
            prefix: if spec.alternate { prefix } else { "" },
            digits: &digits,
            has_decimal: false,
            remainder: "",
        };
        fill_number(&parts, spec)
    }
}

/// `float(n)` for an int: correctly rounded, `OverflowError` when out of range.
pub fn int_to_float(value: &BigInt) -> Result<f64, FormatError> {
    match value.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// The character for `%c` / `format(n, 'c')`.
///
/// Lone surrogates (U+D800..U+DFFF) cannot live in a Rust `String`; they become U+FFFD,
/// where CPython would produce a string holding the surrogate.
pub(crate) fn int_to_char(value: &BigInt) -> Result<char, FormatError> {
    let code = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    code_point_to_char(code)
}

pub(crate) fn code_point_to_char(code: i64) -> Result<char, FormatError> {
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    Ok(char::from_u32(code as u32).unwrap_or(char::REPLACEMENT_CHARACTER))
}

//! `format(float, spec)`: CPython's `format_float_internal` and the dispatch around it.

use super::error::{reserve, FormatError};
use super::float_str::{double_to_string, float_repr, FloatFlags, FloatStyle};
use super::layout::{fill_number, NumberParts};
use super::spec::{parse_format_spec, Align, FormatSpec, Resolved};

/// `format(value, spec)` for a Python float.
pub fn format_float(value: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(value));
    }
    parse_format_spec(spec, "float")?.format_float(value)
}

impl FormatSpec {
    /// Format a float with this spec.
    pub fn format_float(&self, value: f64) -> Result<String, FormatError> {
        let spec = self.resolve('\0', Align::Right)?;
        match spec.ty {
            '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
                format_float_resolved(value, &spec)
            }
            ty => Err(self.unknown_type(ty)),
        }
    }
}

/// The body of `format_float_internal` (also used for ints formatted with float types).
pub(crate) fn format_float_resolved(value: f64, spec: &Resolved) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        upper: matches!(spec.ty, 'E' | 'F' | 'G'),
        ..FloatFlags::default()
    };
    let mut default_precision = 6;
    let mut style = match spec.ty {
        'e' | 'E' => FloatStyle::Exponent,
        'f' | 'F' | '%' => FloatStyle::Fixed,
        // No type: like repr() without a precision, else like 'g' that keeps a ".0".
        '\0' => {
            flags.add_dot_0 = true;
            default_precision = 0;
            FloatStyle::Repr
        }
        // 'g' and 'n' ('n' is 'g' with the locale's separators, none in the C locale).
        _ => FloatStyle::General,
    };
    let value = if spec.ty == '%' { value * 100.0 } else { value };
    let precision = match spec.precision {
        None => default_precision,
        Some(precision) => {
            if style == FloatStyle::Repr {
                style = FloatStyle::General;
            }
            precision
        }
    };
    // 'f' writes about `precision` digits; refuse what cannot be allocated.
    if precision > 1 << 16 {
        reserve(&mut String::new(), precision)?;
    }
    let mut text = double_to_string(value, style, precision, flags);
    if spec.ty == '%' {
        text.push('%');
    }
    let negative = text.starts_with('-');
    let body = if negative { &text[1..] } else { &text[..] };
    // Split into integer digits, decimal point and the rest (fraction, exponent, "inf", %).
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let has_decimal = rest.starts_with('.');
    let remainder = if has_decimal { &rest[1..] } else { rest };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    fill_number(&parts, spec)
}

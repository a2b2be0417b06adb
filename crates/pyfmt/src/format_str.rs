//! `format(str, spec)`: CPython's `format_string_internal`.

use super::error::FormatError;
use super::layout::pad_str;
use super::spec::{parse_format_spec, Align, FormatSpec, Sign};

/// `format(value, spec)` for a Python str.
pub fn format_str(value: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_owned());
    }
    parse_format_spec(spec, "str")?.format_str(value)
}

impl FormatSpec {
    /// Format a str with this spec: options are checked in CPython's order, then the text is
    /// truncated to the precision and padded to the width (both in code points).
    pub fn format_str(&self, value: &str) -> Result<String, FormatError> {
        let spec = self.resolve('s', Align::Left)?;
        if spec.ty != 's' {
            return Err(self.unknown_type(spec.ty));
        }
        match self.sign {
            Some(Sign::Space) => {
                return Err(FormatError::value("Space not allowed in string format specifier"))
            }
            Some(_) => {
                return Err(FormatError::value("Sign not allowed in string format specifier"))
            }
            None => {}
        }
        if spec.no_neg_zero {
            return Err(FormatError::value(
                "Negative zero coercion (z) not allowed in string format specifier",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed in string format specifier",
            ));
        }
        if spec.align == Align::AfterSign {
            return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
        }
        let (text, nchars) = match spec.precision {
            Some(precision) => match value.char_indices().nth(precision) {
                Some((cut, _)) => (&value[..cut], precision),
                None => (value, value.chars().count()),
            },
            None => (value, value.chars().count()),
        };
        pad_str(text, nchars, spec.width, spec.align, spec.fill)
    }
}

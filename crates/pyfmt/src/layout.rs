//! Padding, sign and digit grouping for numbers: CPython's `calc_number_widths`,
//! `fill_number` and `_PyUnicode_InsertThousandsGrouping`.
//!
//! A formatted number is `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
//! With `0` padding and `=` alignment the zeros are made part of the digits so that the
//! separators run through them (`format(1234, '010,')` is `00,001,234`), which is why this
//! is more than "pad a string".

use super::error::{reserve, within_budget, FormatError};
use super::spec::{Align, Resolved, Sign};

/// The pieces of a number before padding.
pub(crate) struct NumberParts<'a> {
    /// Whether the value is negative (the `-` is not part of `digits`).
    pub negative: bool,
    /// Base prefix such as `0x`, already in the right case.
    pub prefix: &'a str,
    /// The integer digits, grouped and zero-padded as requested. Empty only for `c`.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point (fraction, exponent, `%`), or after the digits.
    pub remainder: &'a str,
}

/// Lay out a number according to a resolved spec.
pub(crate) fn fill_number(parts: &NumberParts<'_>, spec: &Resolved) -> Result<String, FormatError> {
    let sign = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Sign::Plus) => Some('+'),
        (false, Sign::Space) => Some(' '),
        (false, Sign::Minus) => None,
    };
    let width = spec.width.map_or(-1, |w| w as i128);
    let n_remainder = parts.remainder.chars().count() as i128;
    let n_prefix = parts.prefix.chars().count() as i128;
    let non_digits =
        i128::from(sign.is_some()) + n_prefix + i128::from(parts.has_decimal) + n_remainder;
    // Zero padding with '=' becomes leading zeros inside the grouped digits.
    let min_width =
        if spec.fill == '0' && spec.align == Align::AfterSign { width - non_digits } else { 0 };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, spec.grouping)?
    };
    let n_grouped = grouped.chars().count() as i128;
    let padding = (width - non_digits - n_grouped).max(0);
    let (left, inner, right) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let mut out = String::new();
    let total = (non_digits + n_grouped + padding) as usize;
    reserve(&mut out, total.saturating_mul(spec.fill.len_utf8().max(1)))?;
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: i128) {
    out.extend(std::iter::repeat_n(fill, n.max(0) as usize));
}

/// Insert separators every `size` digits from the right, and pad with zeros (which also
/// get separators) to at least `min_width` characters.
///
/// The loop mirrors `_PyUnicode_InsertThousandsGrouping` closely because its treatment of
/// `min_width` decides the odd cases, e.g. `format(1, '06,')` is `00,001`, not `000001`.
fn group_digits(
    digits: &str,
    min_width: i128,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let digits: Vec<char> = digits.chars().collect();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i128;
    // Built from the right, reversed at the end.
    let mut rev: Vec<char> = Vec::new();
    let capacity = digits.len().saturating_add(min_width.max(0) as usize);
    within_budget(capacity.saturating_mul(std::mem::size_of::<char>()))?;
    rev.try_reserve(capacity).map_err(|_| FormatError::memory())?;
    let mut next = digits.len();
    let mut emit = |rev: &mut Vec<char>, sep: Option<char>, n_chars: i128, n_zeros: i128| {
        rev.extend(sep);
        for _ in 0..n_chars {
            next -= 1;
            rev.push(digits[next]);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
    };
    let mut sep_next: Option<char> = None;
    let mut finished = false;
    if let Some((sep, size)) = grouping {
        loop {
            let len = (size as i128).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, sep_next, n_chars, n_zeros);
            sep_next = Some(sep);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, sep_next, n_chars, n_zeros);
    }
    Ok(rev.into_iter().rev().collect())
}

/// Pad a string to `width` characters (the layout of `format(str, spec)` and of `%c`).
pub fn pad_str(
    text: &str,
    nchars: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let left = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let right = total - nchars - left;
    let mut out = String::new();
    reserve(&mut out, text.len() + (left + right).saturating_mul(fill.len_utf8()))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

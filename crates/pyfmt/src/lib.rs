//! Python's number and string formatting and parsing rules, as pure functions.
//!
//! The interpreter must print exactly what CPython 3.11 prints, and most of what a program
//! prints goes through these rules: `repr(float)`, `format()` / f-strings / `str.format`
//! with the format-spec mini-language, `%`-formatting, `round()`, `int(str)`, `float(str)`,
//! `repr(str)`. They work on plain Rust types (`f64`, `BigInt`, `&str`) so that they do not
//! depend on the interpreter's object model; where Python objects are involved (`%` and
//! `str.format` arguments) the interpreter plugs in through a small trait.
//!
//! Each file is a port of one CPython routine, keeping its structure where that structure
//! decides edge cases, and errors carry CPython's exception class and exact message.
//!
//! Known differences from CPython:
//! - Lone surrogates cannot be represented in a Rust `String`: `format(0xD800, 'c')` and
//!   `'%c' % 0xD800` give U+FFFD instead.
//! - The `n` type uses the C locale (no grouping, `.` point), as CPython does unless the
//!   program calls `locale.setlocale`.
//! - `sys.set_int_max_str_digits` is not modelled: the limit is the default 4300.

#![forbid(unsafe_code)]

mod digits;
mod error;
mod field_name;
mod float_str;
mod format_float;
mod format_int;
mod format_str;
mod int_text;
mod layout;
mod markup;
mod parse_float;
mod parse_int;
mod percent;
mod percent_args;
mod round;
mod spec;
mod str_format;
mod str_repr;
mod unicode;
mod unicode_case;

#[cfg(test)]
mod tests;

pub use error::{set_allocation_check, FormatError};
pub use field_name::{
    replacement_index_error, AutoNumber, FieldAccessor, FieldAccessors, FieldFirst, FieldKey,
    FieldName,
};
pub use float_str::float_repr;
pub use format_float::format_float;
pub use format_int::{format_i64, format_int, int_to_float};
pub use format_str::format_str;
pub use int_text::{
    int_max_str_digits, int_to_decimal, int_to_str_radix, push_i64, push_u64,
    set_int_max_str_digits, Radix, INT_MAX_STR_DIGITS,
};
pub use layout::pad_str;
pub use markup::{format_pieces, parse_format_string, FormatPiece, FormatPieces, ReplacementField};
pub use parse_float::parse_float_literal;
pub use parse_int::parse_int_literal;
pub use percent::percent_format;
pub use percent_args::{IntConversion, PercentArgs};
pub use round::{float_to_int, round_float, round_half_even};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use str_format::{parse_conversion, str_format, Conversion, FormatFields};
pub use str_repr::{ascii_escape, str_ascii, str_repr, str_repr_into};
pub use unicode::{decimal_value, is_printable, is_space};
pub use unicode_case::{
    is_alnum, is_alpha, is_cased, is_digit, is_numeric, is_titlecase, push_casefold, push_title,
};

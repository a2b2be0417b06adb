//! The `str.format` / `format_map` driver: CPython's `build_string` / `output_markup`.
//!
//! Parsing, automatic numbering, conversions and nested specs are handled here; the
//! interpreter supplies the object operations through [`FormatFields`], and they are called
//! in CPython's order (look up the field, convert it, expand its spec, format it).

use super::error::FormatError;
use super::field_name::{AutoNumber, FieldAccessor, FieldKey, FieldName};
use super::markup::{format_pieces, FormatPiece, ReplacementField};

/// `!s`, `!r`, `!a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

/// The object operations `str.format` needs.
pub trait FormatFields {
    type Value;
    type Error: From<FormatError>;

    /// Positional argument `index`; when missing, raise
    /// [`replacement_index_error`](super::replacement_index_error). For `format_map`, raise
    /// `ValueError: Format string contains positional fields`.
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// Keyword argument `name` (`KeyError` when missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(value, name)`.
    fn attribute(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for `[3]` (an int index).
    fn item_index(&mut self, value: Self::Value, index: usize) -> Result<Self::Value, Self::Error>;
    /// `value[key]` for `[key]` (a str key).
    fn item_key(&mut self, value: Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `str(value)`, `repr(value)` or `ascii(value)` as a new value.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// `template.format(...)` given the interpreter's field operations.
pub fn str_format<F: FormatFields + ?Sized>(
    template: &str,
    fields: &mut F,
) -> Result<String, F::Error> {
    let mut auto = AutoNumber::new();
    build_string(template, fields, 2, &mut auto)
}

/// `build_string`: nested specs are formatted with one less level; two levels in all.
fn build_string<F: FormatFields + ?Sized>(
    template: &str,
    fields: &mut F,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, F::Error> {
    if depth == 0 {
        return Err(FormatError::value("Max string recursion exceeded").into());
    }
    let mut out = String::with_capacity(template.len());
    for piece in format_pieces(template) {
        match piece? {
            FormatPiece::Literal(text) => out.push_str(text),
            FormatPiece::Field(field) => {
                out.push_str(&output_field(&field, fields, depth, auto)?);
            }
        }
    }
    Ok(out)
}

/// `output_markup`: look the field up, convert, expand the spec, format.
fn output_field<F: FormatFields + ?Sized>(
    field: &ReplacementField<'_>,
    fields: &mut F,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, F::Error> {
    let name = FieldName::parse(field.field_name)?;
    let mut value = match auto.resolve(name.first)? {
        FieldKey::Positional(index) => fields.positional(index)?,
        FieldKey::Keyword(key) => fields.keyword(key)?,
    };
    for accessor in name.accessors() {
        value = match accessor? {
            FieldAccessor::Attr(attr) => fields.attribute(value, attr)?,
            FieldAccessor::Index(index) => fields.item_index(value, index)?,
            FieldAccessor::Key(key) => fields.item_key(value, key)?,
        };
    }
    if let Some(conversion) = field.conversion {
        value = fields.convert(value, parse_conversion(conversion)?)?;
    }
    if field.spec_needs_expanding {
        let spec = build_string(field.format_spec, fields, depth - 1, auto)?;
        fields.format(value, &spec)
    } else {
        fields.format(value, field.format_spec)
    }
}

/// The conversion character after `!`.
pub fn parse_conversion(c: char) -> Result<Conversion, FormatError> {
    match c {
        's' => Ok(Conversion::Str),
        'r' => Ok(Conversion::Repr),
        'a' => Ok(Conversion::Ascii),
        c => {
            let code = c as u32;
            Err(FormatError::value(if code > 32 && code < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{code:x}")
            }))
        }
    }
}

//! Replacement-field names (`0`, `name`, `0.attr[key][3]`) and automatic numbering:
//! CPython's `field_name_split`, `FieldNameIterator` and `AutoNumber`.

use super::error::FormatError;
use super::unicode::decimal_value;

/// What the first part of a field name selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldFirst<'a> {
    /// Empty: the next automatic number (see [`AutoNumber`]).
    Auto,
    /// All decimal digits: a positional argument.
    Index(usize),
    /// Anything else: a keyword argument (any text, even `-1` or `a b`).
    Name(&'a str),
}

/// One `.attr` or `[item]` step after the first part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldAccessor<'a> {
    /// `.name`: `getattr(obj, name)`.
    Attr(&'a str),
    /// `[3]`: digits only, `obj[3]` with an int.
    Index(usize),
    /// `[key]`: anything else, `obj['key']` with a str.
    Key(&'a str),
}

/// A split field name: the first part and the unparsed accessor chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldName<'a> {
    pub first: FieldFirst<'a>,
    /// The `.attr[key]...` text; walk it with [`FieldName::accessors`].
    pub rest: &'a str,
}

impl<'a> FieldName<'a> {
    /// Split a field name at the first `.` or `[`.
    pub fn parse(name: &'a str) -> Result<Self, FormatError> {
        let cut = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(cut);
        let first = if first.is_empty() {
            FieldFirst::Auto
        } else {
            match parse_index(first)? {
                Some(index) => FieldFirst::Index(index),
                None => FieldFirst::Name(first),
            }
        };
        Ok(FieldName { first, rest })
    }

    /// The accessors in order. Syntax errors come out when reached, after the steps before
    /// them, because CPython looks each step up before parsing the next.
    pub fn accessors(&self) -> FieldAccessors<'a> {
        FieldAccessors { rest: self.rest, failed: false }
    }
}

/// Iterator over the accessor chain of a field name.
#[derive(Debug, Clone)]
pub struct FieldAccessors<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> Iterator for FieldAccessors<'a> {
    type Item = Result<FieldAccessor<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let item = self.step();
        self.failed = item.is_err();
        Some(item)
    }
}

impl<'a> FieldAccessors<'a> {
    /// `FieldNameIterator_next`.
    fn step(&mut self) -> Result<FieldAccessor<'a>, FormatError> {
        let rest = self.rest;
        let accessor = if let Some(attr) = rest.strip_prefix('.') {
            let end = attr.find(['.', '[']).unwrap_or(attr.len());
            self.rest = &attr[end..];
            let name = &attr[..end];
            if name.is_empty() {
                return Err(empty_attribute());
            }
            FieldAccessor::Attr(name)
        } else if let Some(item) = rest.strip_prefix('[') {
            let Some(end) = item.find(']') else {
                return Err(FormatError::value("Missing ']' in format string"));
            };
            self.rest = &item[end + 1..];
            let key = &item[..end];
            if key.is_empty() {
                return Err(empty_attribute());
            }
            match parse_index(key)? {
                Some(index) => FieldAccessor::Index(index),
                None => FieldAccessor::Key(key),
            }
        } else {
            return Err(FormatError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        };
        Ok(accessor)
    }
}

fn empty_attribute() -> FormatError {
    FormatError::value("Empty attribute in format string")
}

/// `get_integer`: `Some` when the text is all (Unicode) decimal digits.
fn parse_index(text: &str) -> Result<Option<usize>, FormatError> {
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else { return Ok(None) };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// Where a field's value comes from once numbering is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey<'a> {
    Positional(usize),
    Keyword(&'a str),
}

/// The automatic-numbering state of one `str.format` call (nested specs share it).
#[derive(Debug, Clone, Default)]
pub struct AutoNumber {
    /// `None` until the first numeric field decides between manual and automatic.
    automatic: Option<bool>,
    next: usize,
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number `{}` fields and refuse mixing them with `{0}` fields, as CPython does.
    pub fn resolve<'a>(&mut self, first: FieldFirst<'a>) -> Result<FieldKey<'a>, FormatError> {
        let (index, is_auto) = match first {
            FieldFirst::Name(name) => return Ok(FieldKey::Keyword(name)),
            FieldFirst::Auto => (None, true),
            FieldFirst::Index(index) => (Some(index), false),
        };
        match *self.automatic.get_or_insert(is_auto) {
            false if is_auto => Err(FormatError::value(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            true if !is_auto => Err(FormatError::value(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            _ => Ok(FieldKey::Positional(index.unwrap_or_else(|| {
                self.next += 1;
                self.next - 1
            }))),
        }
    }
}

/// `IndexError: Replacement index 3 out of range for positional args tuple`, the message
/// the interpreter should raise when a positional field has no argument.
pub fn replacement_index_error(index: usize) -> FormatError {
    FormatError::new(
        loopscope_exc::ExcKind::IndexError,
        format!("Replacement index {index} out of range for positional args tuple"),
    )
}

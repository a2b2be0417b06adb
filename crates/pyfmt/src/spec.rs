//! The format-spec mini-language parser (`[[fill]align][sign][z][#][0][width][grouping]
//! [.precision][type]`), a port of CPython's `parse_internal_render_format_spec`.
//!
//! CPython parses a spec knowing the object's type: the defaults for type and alignment, and
//! the type name in error messages, depend on it. We keep what was written literally and
//! resolve the defaults when formatting (`Resolved`), which gives the same results and errors
//! in the same order.

use super::error::FormatError;
use super::unicode::decimal_value;

/// Where padding goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for positive numbers too.
    Plus,
    /// `-`: the default, a sign only for negative numbers.
    Minus,
    /// ` `: a space for positive numbers.
    Space,
}

impl Sign {
    /// The character that writes this option in a spec.
    pub fn char(self) -> char {
        match self {
            Sign::Plus => '+',
            Sign::Minus => '-',
            Sign::Space => ' ',
        }
    }
}

/// The thousands-separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

impl Grouping {
    /// The separator character (also how the option is written in a spec).
    pub fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, as written (defaults not yet applied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character, only when given together with an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A leading `0` before the width (zero padding), when no fill was given.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type character, any character at all (validated when formatting).
    pub ty: Option<char>,
    /// The name of the type being formatted (`int`, `float`, `bool`, ...), for messages.
    pub type_name: String,
}

/// `FormatSpec` with the defaults for one kind of value applied.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    pub fill: char,
    pub align: Align,
    pub sign: Sign,
    pub sign_given: bool,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    /// Separator and group size (3, or 4 for `_` with `b o x X`).
    pub grouping: Option<(char, usize)>,
    pub precision: Option<usize>,
    /// `'\0'` when no type was given and the default is "none" (floats).
    pub ty: char,
}

/// Parse a format spec (the part after `:` in `{x:spec}`) for a value of type `type_name`.
///
/// Only the syntax is checked here; whether the options suit the value is checked by the
/// `format_*` functions, in CPython's order.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut parsed = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        type_name: type_name.to_owned(),
    };
    let mut pos = 0;
    let peek = |pos: usize| chars.get(pos).copied();
    if let Some(align) = peek(1).and_then(align_of) {
        parsed.fill = Some(chars[0]);
        parsed.align = Some(align);
        pos = 2;
    } else if let Some(align) = peek(0).and_then(align_of) {
        parsed.align = Some(align);
        pos = 1;
    }
    parsed.sign = match peek(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if parsed.sign.is_some() {
        pos += 1;
    }
    if peek(pos) == Some('z') {
        parsed.no_neg_zero = true;
        pos += 1;
    }
    if peek(pos) == Some('#') {
        parsed.alternate = true;
        pos += 1;
    }
    // A 0 before the width means zero padding, unless an explicit fill was given.
    if parsed.fill.is_none() && peek(pos) == Some('0') {
        parsed.zero_pad = true;
        pos += 1;
    }
    parsed.width = parse_count(&chars, &mut pos)?;
    if peek(pos) == Some(',') {
        parsed.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if peek(pos) == Some('_') {
        if parsed.grouping.is_some() {
            return Err(both_separators());
        }
        parsed.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if peek(pos) == Some(',') && parsed.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }
    if peek(pos) == Some('.') {
        pos += 1;
        parsed.precision = parse_count(&chars, &mut pos)?;
        if parsed.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => parsed.ty = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    Ok(parsed)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// A run of (Unicode) decimal digits; `None` when there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        // Py_ssize_t is the limit in CPython.
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize);
        value = Some(
            next.ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?,
        );
        *pos += 1;
    }
    Ok(value)
}

/// A presentation type as CPython quotes it in messages: the character itself when it is
/// printable ASCII, else `\x` and its hex code.
pub(crate) fn quote_type(ty: char) -> String {
    let code = ty as u32;
    if code > 32 && code < 128 {
        ty.to_string()
    } else {
        format!("\\x{code:x}")
    }
}

impl FormatSpec {
    /// Apply the defaults of a value kind (`default_type` is `'\0'` for "none") and check the
    /// grouping option against the type, as the end of CPython's parser does.
    pub(crate) fn resolve(
        &self,
        default_type: char,
        default_align: Align,
    ) -> Result<Resolved, FormatError> {
        let ty = self.ty.unwrap_or(default_type);
        let align = match self.align {
            Some(align) => align,
            None if self.zero_pad && default_align == Align::Right => Align::AfterSign,
            None => default_align,
        };
        let fill = self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' });
        let grouping = match self.grouping {
            None => None,
            Some(grouping) => {
                let sep = grouping.char();
                match ty {
                    'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Some((sep, 3)),
                    // PEP 515: underscores every four digits in bin/oct/hex.
                    'b' | 'o' | 'x' | 'X' if grouping == Grouping::Underscore => Some((sep, 4)),
                    _ => {
                        return Err(FormatError::value(format!(
                            "Cannot specify '{sep}' with '{}'.",
                            quote_type(ty)
                        )))
                    }
                }
            }
        };
        Ok(Resolved {
            fill,
            align,
            sign: self.sign.unwrap_or(Sign::Minus),
            sign_given: self.sign.is_some(),
            no_neg_zero: self.no_neg_zero,
            alternate: self.alternate,
            width: self.width,
            grouping,
            precision: self.precision,
            ty,
        })
    }

    /// `ValueError: Unknown format code 'q' for object of type 'int'`.
    pub(crate) fn unknown_type(&self, ty: char) -> FormatError {
        FormatError::value(format!(
            "Unknown format code '{}' for object of type '{}'",
            quote_type(ty),
            self.type_name
        ))
    }
}

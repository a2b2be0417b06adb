//! Splitting a `str.format` template into literal text and `{...}` replacement fields:
//! CPython's `MarkupIterator_next` and `parse_field` (`Objects/stringlib/unicode_format.h`).
//!
//! CPython parses lazily, one field at a time, evaluating each before looking further, so a
//! lookup error in an early field wins over a syntax error later on. [`format_pieces`] is an
//! iterator for that reason; [`parse_format_string`] collects it for callers who do not care.

use super::error::FormatError;

/// A piece of a `str.format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece<'a> {
    /// Text to copy (an escaped `{{` or `}}` contributes one brace).
    Literal(&'a str),
    Field(ReplacementField<'a>),
}

/// `{field_name!conversion:format_spec}`, still as raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplacementField<'a> {
    /// Everything before `!` or `:`, e.g. `0`, `name.attr[key]`, or empty (auto-numbering).
    /// Split it with [`FieldName::parse`](super::FieldName::parse).
    pub field_name: &'a str,
    /// The character after `!`, unvalidated (`Unknown conversion specifier` is raised only
    /// after the field's value has been looked up). A NUL counts as no conversion, as in C.
    pub conversion: Option<char>,
    /// The raw spec after `:`. It may contain nested fields (`{:{width}}`).
    pub format_spec: &'a str,
    /// Whether `format_spec` contains `{`, i.e. must itself be formatted first.
    pub spec_needs_expanding: bool,
}

/// Iterator over the pieces of a template, stopping after the first error.
#[derive(Debug, Clone)]
pub struct FormatPieces<'a> {
    text: &'a str,
    /// Byte offset of the unparsed rest.
    pos: usize,
    /// A field found after a literal, to be returned next.
    pending: Option<ReplacementField<'a>>,
    failed: bool,
}

/// Iterate over the literal text and replacement fields of a `str.format` template.
pub fn format_pieces(template: &str) -> FormatPieces<'_> {
    FormatPieces { text: template, pos: 0, pending: None, failed: false }
}

/// All pieces of a template, or the first syntax error.
pub fn parse_format_string(template: &str) -> Result<Vec<FormatPiece<'_>>, FormatError> {
    format_pieces(template).collect()
}

impl<'a> Iterator for FormatPieces<'a> {
    type Item = Result<FormatPiece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(field) = self.pending.take() {
            return Some(Ok(FormatPiece::Field(field)));
        }
        while !self.failed && self.pos < self.text.len() {
            match self.markup_next() {
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                Ok((literal, field)) => {
                    if !literal.is_empty() {
                        self.pending = field;
                        return Some(Ok(FormatPiece::Literal(literal)));
                    }
                    if let Some(field) = field {
                        return Some(Ok(FormatPiece::Field(field)));
                    }
                }
            }
        }
        None
    }
}

impl<'a> FormatPieces<'a> {
    /// One step of `_string.formatter_parser`: the literal text up to the next field and
    /// that field (an escaped brace ends a step with the literal only), `None` at the end.
    /// Unlike the `Iterator`, a literal and the field after it come as one step, as CPython
    /// yields them.
    pub fn next_markup(
        &mut self,
    ) -> Option<Result<(&'a str, Option<ReplacementField<'a>>), FormatError>> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let step = self.markup_next();
        self.failed = step.is_err();
        Some(step)
    }

    /// `MarkupIterator_next`: literal text up to the next brace, then maybe a field.
    fn markup_next(&mut self) -> Result<(&'a str, Option<ReplacementField<'a>>), FormatError> {
        let text = self.text;
        let start = self.pos;
        let rest = &text[start..];
        let Some(brace) = rest.find(['{', '}']) else {
            self.pos = text.len();
            return Ok((rest, None));
        };
        let c = rest.as_bytes()[brace];
        let after = start + brace + 1;
        let next = text.as_bytes().get(after).copied();
        if c == b'}' && next != Some(b'}') {
            return Err(FormatError::value("Single '}' encountered in format string"));
        }
        if c == b'{' && next.is_none() {
            return Err(FormatError::value("Single '{' encountered in format string"));
        }
        if next == Some(c) {
            // An escaped brace: the literal keeps one, the second is skipped.
            self.pos = after + 1;
            return Ok((&text[start..after], None));
        }
        self.pos = after;
        let literal = &text[start..start + brace];
        let field = self.parse_field()?;
        Ok((literal, Some(field)))
    }

    /// `parse_field`: from just after `{` to just after the matching `}`.
    fn parse_field(&mut self) -> Result<ReplacementField<'a>, FormatError> {
        let text = self.text;
        let name_start = self.pos;
        let mut chars = text[name_start..].char_indices().map(|(i, c)| (name_start + i, c));
        // The last character read, as in C (0 when there was none).
        let mut c = '\0';
        let mut name_end = text.len();
        let mut stopped = false;
        while let Some((i, ch)) = chars.next() {
            c = ch;
            match ch {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                // Inside brackets anything goes until `]`, even `:` `!` `}`.
                '[' => {
                    for (_, inner) in chars.by_ref() {
                        if inner == ']' {
                            c = ']';
                            break;
                        }
                    }
                }
                '}' | ':' | '!' => {
                    name_end = i;
                    stopped = true;
                    break;
                }
                _ => {}
            }
        }
        let field_name = &text[name_start..name_end];
        let mut field = ReplacementField {
            field_name,
            conversion: None,
            format_spec: "",
            spec_needs_expanding: false,
        };
        let mut pos = if stopped { name_end + c.len_utf8() } else { text.len() };
        if stopped && (c == '!' || c == ':') {
            if c == '!' {
                let mut rest = text[pos..].chars();
                let Some(conversion) = rest.next() else {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                };
                pos += conversion.len_utf8();
                field.conversion = (conversion != '\0').then_some(conversion);
                if let Some(next) = rest.next() {
                    pos += next.len_utf8();
                    if next == '}' {
                        self.pos = pos;
                        return Ok(field);
                    }
                    if next != ':' {
                        return Err(FormatError::value("expected ':' after conversion specifier"));
                    }
                }
            }
            // The spec runs to the matching `}`; nested braces must balance.
            let spec_start = pos;
            let mut depth = 1;
            for (i, ch) in text[spec_start..].char_indices() {
                match ch {
                    '{' => {
                        field.spec_needs_expanding = true;
                        depth += 1;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            field.format_spec = &text[spec_start..spec_start + i];
                            self.pos = spec_start + i + 1;
                            return Ok(field);
                        }
                    }
                    _ => {}
                }
            }
            return Err(FormatError::value("unmatched '{' in format spec"));
        }
        if !(stopped && c == '}') {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        self.pos = pos;
        Ok(field)
    }
}

//! The position line CPython 3.11 prints under a traceback's source line (`^^^^^`, and
//! `~~~^~~~` for a binary operation or a subscript): traceback.py's `format_frame_summary`
//! and `_extract_caret_anchors_from_line_segment`, from the failing instruction's span.

use crate::frontend::SourceText;
use ruff_python_ast::{Expr, Stmt};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::Ranged;

/// Who prints the traceback. They differ on a line with trailing blanks: the interpreter's
/// C printer (`PyErr_Display`, an uncaught exception) strips only the indentation, shows the
/// blanks and places the carets under their characters; the `traceback` module strips both
/// ends and, in 3.11, counts the trailing blanks (and the newline) among the characters it
/// shifts the carets left by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Printer {
    Interpreter,
    TracebackModule,
}

impl Printer {
    /// The source line as printed under `File ...`.
    pub(crate) fn shown_line(self, text: &str) -> &str {
        match self {
            Printer::Interpreter => text.trim_start(),
            Printer::TracebackModule => text.trim(),
        }
    }
}

/// Where the operator (or the brackets) sits in the failing expression's text, in characters
/// from its start: `~` before `left_end` and from `right_start` on, `^` between.
struct Anchors {
    left_end: usize,
    right_start: usize,
}

/// The caret line for frame line `line` whose instruction covers source bytes `span`, or
/// `None` where CPython prints none (the span covers the whole stripped line, or has no
/// position on this line).
pub(crate) fn caret_line(
    source: &SourceText,
    line: u32,
    span: (u32, u32),
    printer: Printer,
) -> Option<String> {
    let (start_byte, end_byte) = span;
    if source.line_of(start_byte) != line {
        return None;
    }
    let text = source.line_text(line);
    let line_start = line_start_byte(source, start_byte);
    let chars: Vec<char> = text.chars().collect();
    let stripped_len = printer.shown_line(text).chars().count();
    let stripped_characters = match printer {
        // Exactly the indentation, less the one the caret column counts from.
        Printer::Interpreter => chars.len() - stripped_len + 1,
        // linecache's line keeps its newline: traceback.py counts it (and any trailing
        // blanks) among the "stripped characters" it shifts the carets left by.
        Printer::TracebackModule => chars.len() + 1 - stripped_len,
    };
    let start = text.get(..(start_byte as usize - line_start))?.chars().count();
    let single_line = source.line_of(end_byte) == line;
    let (end, anchors) = if single_line {
        let end = text.get(..(end_byte as usize - line_start).min(text.len()))?.chars().count();
        let segment: String = chars.get(start..end)?.iter().collect();
        (end, anchors_of(&segment))
    } else {
        (text.trim_end().chars().count(), None)
    };
    let shows_anchors = anchors.as_ref().is_some_and(|a| a.right_start > a.left_end);
    if end.saturating_sub(start) >= stripped_len && !shows_anchors {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat((start + 1).saturating_sub(stripped_characters)));
    match anchors {
        Some(a) => {
            out.push_str(&"~".repeat(a.left_end));
            out.push_str(&"^".repeat(a.right_start.saturating_sub(a.left_end)));
            out.push_str(&"~".repeat((end - start).saturating_sub(a.right_start)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
    Some(out)
}

/// The byte where the line holding `offset` starts.
/// The byte offset where the line holding byte `offset` starts.
pub(crate) fn line_start_byte(source: &SourceText, offset: u32) -> usize {
    let before = source.text.get(..offset as usize).unwrap_or("");
    before.rfind('\n').map_or(0, |i| i + 1)
}

/// `_extract_caret_anchors_from_line_segment`: the segment parsed on its own; a binary
/// operation points at its operator, a subscript at its brackets.
fn anchors_of(segment: &str) -> Option<Anchors> {
    let options = ParseOptions::from(Mode::Module);
    let parsed = ruff_python_parser::parse_unchecked(segment, options);
    if !parsed.errors().is_empty() {
        return None;
    }
    let module = parsed.try_into_module()?.into_syntax();
    let [Stmt::Expr(statement)] = module.body.as_slice() else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let char_at = |byte: usize| segment.get(..byte.min(segment.len())).map(|s| s.chars().count());
    match statement.value.as_ref() {
        Expr::BinOp(b) => {
            let operator_start = char_at(b.left.end().to_usize())?;
            let operator_end = char_at(b.right.start().to_usize())?;
            let operator: &[char] = chars.get(operator_start..operator_end)?;
            let offset = operator.iter().take_while(|c| c.is_whitespace()).count();
            // CPython adds this character count to a byte offset (equal for ASCII text).
            let mut left = b.left.end().to_usize() + offset;
            let mut right = left + 1;
            if operator.get(offset + 1).is_some_and(|c| !c.is_whitespace()) {
                right += 1;
            }
            // CPython indexes the text by this byte offset as if it counted characters.
            while let Some(&c) = chars.get(left) {
                if !(c.is_whitespace() || c == ')' || c == '#') {
                    break;
                }
                left += 1;
                right += 1;
            }
            Some(Anchors { left_end: char_at(left)?, right_start: char_at(right)? })
        }
        Expr::Subscript(s) => {
            let mut left = char_at(s.value.end().to_usize())?;
            let mut right = char_at(s.slice.end().to_usize() + 1).unwrap_or(chars.len());
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some(Anchors { left_end: left, right_start: right })
        }
        _ => None,
    }
}

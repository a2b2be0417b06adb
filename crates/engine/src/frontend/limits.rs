//! Two limits of CPython's tokenizer that Ruff's has not, so a program past them would run
//! here and stop under CPython: at most 200 brackets open at once (`MAXLEVEL`: one more is
//! `SyntaxError: too many nested parentheses`) and fewer than 100 indentation levels
//! (`MAXINDENT`: `IndentationError: too many levels of indentation`).

use super::parse::{at, SyntaxError};
use super::SourceText;
use crate::ExcKind;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

/// CPython's `MAXLEVEL`.
const MAX_OPEN_BRACKETS: u32 = 200;

/// CPython's `MAXINDENT`: the indentation level that may not be reached.
const MAX_INDENT: u32 = 100;

/// The first of the two limits the program passes, if any.
pub(super) fn tokenizer_limit(tokens: &[Token], source: &SourceText) -> Option<SyntaxError> {
    [too_many_open(tokens, source), too_deep_indentation(tokens, source)]
        .into_iter()
        .flatten()
        .min_by_key(|e| (e.line, e.column))
}

/// The first line indented past CPython's limit, if any.
fn too_deep_indentation(tokens: &[Token], source: &SourceText) -> Option<SyntaxError> {
    let mut depth = 0u32;
    for token in tokens {
        match token.kind() {
            TokenKind::Indent => {
                depth += 1;
                if depth + 1 > MAX_INDENT {
                    let line = source.line_of(token.end().to_u32());
                    let message = "too many levels of indentation".to_string();
                    // Column 0: CPython's tokenizer errors show no caret.
                    return Some(SyntaxError {
                        kind: ExcKind::IndentationError,
                        message,
                        line,
                        column: 0,
                    });
                }
            }
            TokenKind::Dedent => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The first bracket opened past CPython's limit, if any.
fn too_many_open(tokens: &[Token], source: &SourceText) -> Option<SyntaxError> {
    let mut open = 0u32;
    // In 3.11 an f-string is one token: brackets inside its replacement fields do not count.
    let mut fstrings = 0u32;
    for token in tokens {
        match token.kind() {
            TokenKind::FStringStart => fstrings += 1,
            TokenKind::FStringEnd => fstrings = fstrings.saturating_sub(1),
            _ if fstrings > 0 => {}
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if open == MAX_OPEN_BRACKETS {
                    let message = "too many nested parentheses".to_string();
                    return Some(at(source, token.start(), ExcKind::SyntaxError, message));
                }
                open += 1;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open = open.saturating_sub(1);
            }
            _ => {}
        }
    }
    None
}

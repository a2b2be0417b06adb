//! CPython's tokenizer check that indentation means the same with tabs 8 columns wide and 1
//! column wide (`TabError: inconsistent use of tabs and spaces in indentation`). Ruff's lexer
//! reads a tab as reaching the next multiple of 8 and checks nothing more, so a program that
//! mixes them would run here and stop under CPython.

use super::parse::SyntaxError;
use super::SourceText;
use crate::ExcKind;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

/// The first logical line whose indentation is inconsistent, if any.
pub(super) fn inconsistent_tabs(tokens: &[Token], source: &SourceText) -> Option<SyntaxError> {
    if !source.text.contains('\t') {
        return None;
    }
    // (column with 8-wide tabs, column with 1-wide tabs) of each open indentation level.
    let mut levels: Vec<(u32, u32)> = vec![(0, 0)];
    let mut line_start = true;
    for token in tokens {
        match token.kind() {
            TokenKind::Newline => line_start = true,
            TokenKind::NonLogicalNewline
            | TokenKind::Comment
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::EndOfFile => {}
            _ if line_start => {
                line_start = false;
                let offset = token.range().start().to_u32();
                let line = source.line_of(offset);
                let (col, altcol) = indentation(source.line_text(line));
                if !consistent(&mut levels, col, altcol) {
                    let message = "inconsistent use of tabs and spaces in indentation".to_string();
                    // Column 0: CPython's tokenizer errors show no caret.
                    return Some(SyntaxError { kind: ExcKind::TabError, message, line, column: 0 });
                }
            }
            _ => {}
        }
    }
    None
}

/// A line's indentation as CPython's tokenizer measures it twice.
fn indentation(line: &str) -> (u32, u32) {
    let (mut col, mut altcol) = (0u32, 0u32);
    for c in line.chars() {
        match c {
            ' ' => {
                col += 1;
                altcol += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                altcol += 1;
            }
            '\x0c' => {
                col = 0;
                altcol = 0;
            }
            _ => break,
        }
    }
    (col, altcol)
}

/// Follows the indentation stack as the tokenizer does; false on an inconsistency.
fn consistent(levels: &mut Vec<(u32, u32)>, col: u32, altcol: u32) -> bool {
    let (top, alttop) = *levels.last().unwrap_or(&(0, 0));
    if col == top {
        return altcol == alttop;
    }
    if col > top {
        if altcol <= alttop {
            return false;
        }
        levels.push((col, altcol));
        return true;
    }
    while levels.len() > 1 && col < levels.last().map_or(0, |l| l.0) {
        levels.pop();
    }
    let (top, alttop) = *levels.last().unwrap_or(&(0, 0));
    // A dedent to no level at all is the parser's IndentationError, not this check's.
    col != top || altcol == alttop
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse_module;
    use super::super::SourceText;
    use crate::ExcKind;

    #[test]
    fn a_tab_and_eight_spaces_at_one_level_are_a_tab_error() {
        let source = SourceText::new("t.py", "def f():\n\tif 1:\n        return 1\n");
        let e = parse_module(&source).expect_err("inconsistent");
        assert_eq!((e.kind, e.line), (ExcKind::TabError, 3));
    }

    #[test]
    fn tabs_alone_and_tabs_inside_brackets_are_fine() {
        let ok = "def f():\n\tif 1:\n\t\treturn (1,\n  \t 2)\n";
        assert!(parse_module(&SourceText::new("t.py", ok)).is_ok());
    }
}

//! Parsing with Ruff's parser, targeting Python 3.11, and turning its first error into the
//! `SyntaxError`/`IndentationError` CPython 3.11 would report.
//!
//! Ruff reports the same positions CPython does for almost every mistake, but words them its own
//! way. Here and in `cpython_words` they get CPython's exact words: a missing colon, an unclosed
//! or mismatched bracket, an unterminated string, bad indentation, a forgotten comma, `=` for
//! `==`, invalid targets, argument order. What neither recognises keeps Ruff's message, which
//! docs/ARCHITECTURE.md lists as a deliberate difference.

use super::SourceText;
use crate::ExcKind;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{
    LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions, Parsed,
    UnsupportedSyntaxError,
};
use ruff_text_size::{Ranged, TextSize};
use std::fmt;

/// A syntax error with the 1-based line and column CPython would point at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Which exception class CPython raises: `SyntaxError` or `IndentationError`.
    pub kind: ExcKind,
    pub message: String,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind, self.message, self.line)
    }
}

impl SyntaxError {
    /// The error as CPython prints it: file and line, the line's text, a caret, then the message.
    pub fn render(&self, source: &SourceText) -> String {
        let text = source.line_text(self.line);
        // As the interpreter's printer (`print_error_text`) strips it: leading spaces, tabs
        // and form feeds; trailing whitespace stays.
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        let indent = text.chars().count() - trimmed.chars().count();
        // `print_error_text`: the 0-based offset into the stripped line, clipped to its end; none
        // to the left of the text (an "unexpected indent" points into the indentation).
        let shown = trimmed.trim_end_matches(['\n', '\r']);
        let offset = i64::from(self.column) - 1 - indent as i64;
        let caret_at = (offset >= 0).then(|| (offset as usize).min(shown.chars().count()));
        let mut out = format!("  File \"{}\", line {}\n", source.name, self.line);
        // A blank line is shown, as CPython shows it, for an error without a caret (the
        // tokenizer's, at the end of the file).
        if !trimmed.trim_end().is_empty() || (self.column == 0 && self.line <= source.line_count())
        {
            out.push_str(&format!("    {shown}\n"));
            // (Column 0: an error of the tokenizer's that CPython shows without a caret.)
            if let Some(caret_at) = caret_at {
                out.push_str(&format!("    {}^\n", " ".repeat(caret_at)));
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind, self.message));
        out
    }
}

/// Parses a whole module as Python 3.11 would, or returns the first error in the source.
pub fn parse_module(source: &SourceText) -> Result<ModModule, SyntaxError> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(&source.text, options);
    // The tokenizer finds its errors (a TabError, too many open brackets) as it reaches
    // them: the parser's error on an earlier line comes first.
    let tokenizer_error = [
        super::tabs::inconsistent_tabs(parsed.tokens(), source),
        super::limits::tokenizer_limit(parsed.tokens(), source),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|e| (e.line, e.column));
    match (first_error(&parsed, source), tokenizer_error) {
        (Some(error), Some(tokenizer)) if tokenizer.line <= error.line => return Err(tokenizer),
        (Some(error), _) => return Err(error),
        (None, Some(tokenizer)) => return Err(tokenizer),
        (None, None) => {}
    }
    Ok(parsed.try_into_module().expect("parsed in module mode").into_syntax())
}

fn first_error(parsed: &Parsed<ruff_python_ast::Mod>, source: &SourceText) -> Option<SyntaxError> {
    let parse_error = parsed.errors().first();
    let version_error = parsed.unsupported_syntax_errors().first();
    match (parse_error, version_error) {
        (Some(p), Some(v)) if v.range.start() < p.location.start() => {
            Some(from_version_error(v, source))
        }
        (Some(p), _) => {
            // After the parser fails, CPython's tokenizer reads on to the end of the file,
            // and an error it raises there (an unterminated string, an invalid character)
            // replaces the parser's: `print('it's')` is an unterminated string literal.
            // (A first error that is the tokenizer's own, a mismatched bracket or an
            // unindent, stays.)
            let first_is_tokenizers = matches!(p.error, ParseErrorType::Lexical(_))
                || super::cpython_words::closes_wrong_bracket(parsed.tokens(), p.location.start());
            let later =
                parsed.errors().iter().filter(|_| !first_is_tokenizers).find(|e| {
                    e.location.start() > p.location.start() && is_tokenizer_error(&e.error)
                });
            Some(from_parse_error(later.unwrap_or(p), parsed, source))
        }
        (None, Some(v)) => Some(from_version_error(v, source)),
        (None, None) => None,
    }
}

/// Errors CPython's tokenizer raises itself (`syntaxerror()` in `tokenizer.c`), which win
/// over an earlier parser error.
fn is_tokenizer_error(error: &ParseErrorType) -> bool {
    match error {
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => true,
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => !tok.is_ascii(),
        _ => false,
    }
}

pub(super) fn at(
    source: &SourceText,
    offset: TextSize,
    kind: ExcKind,
    message: String,
) -> SyntaxError {
    let offset = offset.to_u32();
    SyntaxError { kind, message, line: source.line_of(offset), column: source.column_of(offset) }
}

fn from_version_error(error: &UnsupportedSyntaxError, source: &SourceText) -> SyntaxError {
    // Syntax newer Pythons accept that 3.11's own grammar names.
    let text = error.to_string();
    let own_words = [
        (
            "dictionary unpacking in a dict comprehension",
            "dict unpacking cannot be used in dict comprehension",
        ),
        // PEP 701's f-strings (3.12), as 3.11's f-string parser refuses them.
        (
            "Cannot use an escape sequence (backslash) in f-strings",
            "f-string expression part cannot include a backslash",
        ),
        ("Cannot reuse outer quote character in f-strings", "f-string: expecting '}'"),
        // `except A, B:` (allowed again in 3.14).
        (
            "Multiple exception types must be parenthesized",
            "multiple exception types must be parenthesized",
        ),
        // `[*a for a in b]` (3.15).
        (
            "Cannot use iterable unpacking in a ",
            "iterable unpacking cannot be used in comprehension",
        ),
    ];
    if let Some((found, words)) = own_words.iter().find(|(found, _)| text.contains(found)) {
        // 3.11 ends the f-string at the reused quote; an expression left open there is
        // reported by its bracket.
        let words = match *found {
            "Cannot reuse outer quote character in f-strings" => {
                unmatched_in_truncated_fstring(source, error.range.start().to_usize())
                    .unwrap_or_else(|| words.to_string())
            }
            _ => words.to_string(),
        };
        return at(source, error.range.start(), ExcKind::SyntaxError, words);
    }
    let message = format!("{} (Loopscope runs Python 3.11)", backticks_to_quotes(&text));
    at(source, error.range.start(), ExcKind::SyntaxError, message)
}

/// What 3.11 says of an f-string that a reuse of its own quote at `quote_at` ends early
/// (`f"{d["k"]}"` is `f"{d["` to 3.11): "f-string: unmatched '['" when an expression is left
/// inside open brackets there, as `fstring_find_expr` reports it. `None` for anything else.
fn unmatched_in_truncated_fstring(source: &SourceText, quote_at: usize) -> Option<String> {
    let text = source.text.as_str();
    let quote = *text.as_bytes().get(quote_at)?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    // The opening quote: the nearest one before, right after a prefix with an `f`.
    let open = text[..quote_at].rfind(quote as char)?;
    let prefix: String =
        text[..open].chars().rev().take_while(|c| c.is_ascii_alphabetic()).collect();
    if !prefix.chars().any(|c| c == 'f' || c == 'F') || prefix.len() > 2 {
        return None;
    }
    let content = &text[open + 1..quote_at];
    let mut chars = content.chars().peekable();
    let mut brackets: Vec<char> = Vec::new();
    let mut in_expression = false;
    let mut in_string: Option<char> = None;
    while let Some(c) = chars.next() {
        if !in_expression {
            if c == '{' && chars.peek() == Some(&'{') {
                chars.next();
            } else if c == '{' {
                in_expression = true;
            }
            continue;
        }
        if let Some(q) = in_string {
            if c == q {
                in_string = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => in_string = Some(c),
            '(' | '[' | '{' => brackets.push(c),
            ')' | ']' | '}' => match brackets.pop() {
                Some(_) => {}
                None if c == '}' => in_expression = false,
                None => return None,
            },
            // A conversion or format spec: not what this reports.
            '!' | ':' if brackets.is_empty() => return None,
            _ => {}
        }
    }
    let open_bracket = brackets.last()?;
    (in_expression && in_string.is_none()).then(|| format!("f-string: unmatched '{open_bracket}'"))
}

fn from_parse_error(
    error: &ParseError,
    parsed: &Parsed<ruff_python_ast::Mod>,
    source: &SourceText,
) -> SyntaxError {
    use ExcKind::{IndentationError, SyntaxError as Syntax};
    let start = error.location.start();
    let reworded = super::cpython_words::reword(error, parsed, source);
    // An unclosed bracket makes Ruff complain somewhere later. CPython, after any error,
    // reads on to the end of the file and blames the innermost bracket still open there if
    // the error is on a later line than that bracket, or is the end of the file itself.
    let end_of_file = TextSize::of(source.text.as_str());
    let open_at_end = open_brackets_before(parsed.tokens(), end_of_file);
    let wrong_closing = super::cpython_words::closes_wrong_bracket(parsed.tokens(), start);
    if let Some(&(bracket, offset)) = open_at_end.last().filter(|_| !wrong_closing) {
        // Two expressions side by side: CPython's rule has read one token past the second.
        let juxtaposed = reworded.as_ref().is_some_and(|r| r.message.ends_with("forgot a comma?"));
        let error_at = if juxtaposed {
            token_after(parsed.tokens(), start).unwrap_or(end_of_file)
        } else {
            start
        };
        // Inside brackets CPython's tokenizer drops line ends, so where Ruff stops at one,
        // CPython reads on and fails on a later line.
        let later_line = source.line_of(offset.to_u32()) < source.line_of(error_at.to_u32())
            || found_line_end(&error.error);
        if later_line || is_eof_error(&error.error) {
            return at(source, offset, Syntax, format!("'{bracket}' was never closed"));
        }
    }
    if let Some(reworded) = reworded {
        return reworded;
    }
    match &error.error {
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, .. } => {
            at(source, start, Syntax, "expected ':'".into())
        }
        // Ruff's range is the indentation itself; CPython's offset is its width, which its
        // printer then shows without a caret.
        ParseErrorType::UnexpectedIndentation => {
            let mut e =
                at(source, error.location.end(), IndentationError, "unexpected indent".into());
            e.column = e.column.saturating_sub(1);
            e
        }
        // CPython's tokenizer points past the end of the line.
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let line = source.line_of(start.to_u32());
            let text = source.line_text(line).trim_end_matches(['\n', '\r']);
            let message = "unindent does not match any outer indentation level".into();
            let column = text.chars().count() as u32 + 1;
            SyntaxError { kind: IndentationError, message, line, column }
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let line = source.line_of(start.to_u32());
            at(
                source,
                start,
                Syntax,
                format!("unterminated string literal (detected at line {line})"),
            )
        }
        ParseErrorType::OtherError(message)
            if message.starts_with("Expected an indented block") =>
        {
            let header_line = block_header_line(source, start.to_u32());
            let header = source.line_text(header_line).trim_start();
            let statement = indented_block_owner(message, header)
                .map(|owner| format!(" after {owner} on line {header_line}"))
                .unwrap_or_default();
            let message = format!("expected an indented block{statement}");
            match next_code_line(source, start) {
                // CPython's tokenizer has reached the end of the file: it names the file's
                // last line and shows no caret.
                None => {
                    let line = source.line_count() - u32::from(source.text.ends_with('\n'));
                    SyntaxError { kind: IndentationError, message, line, column: 0 }
                }
                // The next statement is dedented: CPython fails on its DEDENT token, which it
                // shows without a caret.
                Some(line) if line != source.line_of(start.to_u32()) => {
                    SyntaxError { kind: IndentationError, message, line, column: 0 }
                }
                Some(_) => at(source, start, IndentationError, message),
            }
        }
        other => {
            at(source, start, Syntax, backticks_to_quotes(&first_lowercase(&other.to_string())))
        }
    }
}

/// What CPython names the header an indented block was expected after, from Ruff's
/// "Expected an indented block after `if` statement" (or "... function definition").
fn indented_block_owner(message: &str, header: &str) -> Option<String> {
    if message.contains("function definition") {
        return Some("function definition".into());
    }
    let keyword = message.split('`').nth(1)?;
    let star_clause =
        header.strip_prefix("except").is_some_and(|r| r.trim_start().starts_with('*'));
    Some(match keyword {
        "class" => "class definition".into(),
        "except" if star_clause => "'except*' statement".into(),
        _ => format!("'{keyword}' statement"),
    })
}

/// The first line at or after `offset` with code on it (not blank, not only a comment).
fn next_code_line(source: &SourceText, offset: TextSize) -> Option<u32> {
    let first = source.line_of(offset.to_u32());
    let rest = source.text.get(offset.to_usize()..).unwrap_or("");
    let skipped = rest.lines().position(|line| {
        let code = line.trim_start();
        !code.is_empty() && !code.starts_with('#')
    })?;
    Some(first + skipped as u32)
}

fn is_eof_error(error: &ParseErrorType) -> bool {
    matches!(error, ParseErrorType::Lexical(LexicalErrorType::Eof))
        || error.to_string().contains("EOF")
        || matches!(error, ParseErrorType::ExpectedToken { found: TokenKind::EndOfFile, .. })
}

/// Where the first token after the one starting at `at` starts (line ends and comments,
/// which CPython's tokenizer drops inside brackets, skipped).
fn token_after(tokens: &[Token], at: TextSize) -> Option<TextSize> {
    tokens
        .iter()
        .skip_while(|t| t.start() <= at)
        .find(|t| {
            !matches!(
                t.kind(),
                TokenKind::NonLogicalNewline | TokenKind::Newline | TokenKind::Comment
            )
        })
        .map(|t| t.start())
}

fn found_line_end(error: &ParseErrorType) -> bool {
    matches!(
        error,
        ParseErrorType::ExpectedToken {
            found: TokenKind::Newline | TokenKind::NonLogicalNewline,
            ..
        }
    )
}

/// The brackets opened before `limit` and still open there, outermost first.
pub(super) fn open_brackets_before(tokens: &[Token], limit: TextSize) -> Vec<(char, TextSize)> {
    let mut open: Vec<(char, TextSize)> = Vec::new();
    for token in tokens.iter().take_while(|t| t.start() < limit) {
        match token.kind() {
            TokenKind::Lpar => open.push(('(', token.start())),
            TokenKind::Lsqb => open.push(('[', token.start())),
            TokenKind::Lbrace => open.push(('{', token.start())),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open
}

/// The line of the header whose block is missing at `offset`: the error's own line when the
/// file ends right after that header's `:`, else the nearest header before it.
fn block_header_line(source: &SourceText, offset: u32) -> u32 {
    let line = source.line_of(offset);
    let header = source.line_text(line).trim_end();
    let after_header = source.column_of(offset) as usize > header.chars().count();
    if header.ends_with(':') && after_header {
        return line;
    }
    previous_header_line(source, line)
}

/// The nearest line before `line` that ends a compound statement header (with `:`).
fn previous_header_line(source: &SourceText, line: u32) -> u32 {
    (1..line)
        .rev()
        .find(|&l| source.line_text(l).trim_end().ends_with(':'))
        .unwrap_or(line.saturating_sub(1).max(1))
}

fn backticks_to_quotes(text: &str) -> String {
    text.replace('`', "'")
}

fn first_lowercase(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> SyntaxError {
        parse_module(&SourceText::new("t.py", text)).expect_err("should not parse")
    }

    #[test]
    fn valid_source_parses() {
        let module = parse_module(&SourceText::new("t.py", "async def main():\n    await x\n"))
            .expect("valid");
        assert_eq!(module.body.len(), 1);
    }

    #[test]
    fn common_mistakes_use_cpython_words_and_lines() {
        // (source, kind, message, line, column) as CPython 3.11 reports them.
        let cases = [
            ("if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5),
            ("x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2),
            (
                "if True:\n        a = 1\n    b = 2  # c\n",
                "IndentationError",
                "unindent does not match any outer indentation level",
                3,
                15,
            ),
            (
                "print(\"hi)\n",
                "SyntaxError",
                "unterminated string literal (detected at line 1)",
                1,
                7,
            ),
            ("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5),
            ("xs = [1, 2\nfor x in xs:\n    pass\n", "SyntaxError", "'[' was never closed", 1, 6),
            (
                "async def main():\n    x = (1,\n    print(x)\n",
                "SyntaxError",
                "'(' was never closed",
                2,
                9,
            ),
            (
                "for i in range(3):\nprint(i)\n",
                "IndentationError",
                "expected an indented block after 'for' statement on line 1",
                2,
                1,
            ),
            (
                "async def main():\nawait x\n",
                "IndentationError",
                "expected an indented block after function definition on line 1",
                2,
                1,
            ),
            (
                "class A:\npass\n",
                "IndentationError",
                "expected an indented block after class definition on line 1",
                2,
                1,
            ),
        ];
        for (src, kind, message, line, column) in cases {
            let e = error_of(src);
            assert_eq!(
                (e.kind.name(), e.message.as_str(), e.line, e.column),
                (kind, message, line, column),
                "source: {src:?}"
            );
        }
    }

    #[test]
    fn newer_syntax_is_rejected_as_python_3_11_would() {
        let e = error_of("type Point = tuple[int, int]\n");
        assert_eq!(e.line, 1);
        assert!(e.message.contains("3.11"), "{}", e.message);
    }

    #[test]
    fn render_matches_cpython_layout() {
        let source = SourceText::new("main.py", "def f():\n    if x\n        pass\n");
        let e = parse_module(&source).expect_err("missing colon");
        assert_eq!(
            e.render(&source),
            "  File \"main.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
    }
}

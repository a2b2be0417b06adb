//! CPython 3.11's words for the parse errors Ruff words its own way.
//!
//! A learner's traceback should read as `python3`'s does: "invalid syntax. Perhaps you forgot
//! a comma?", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
//! "positional argument follows keyword argument". Ruff finds the same mistakes at nearly the
//! same places; this module renames them, using the tokens (which bracket is open, what
//! starts the statement) and, for invalid targets, the kind of expression the error covers,
//! named as CPython's `_PyPegen_get_expr_name` names it. What it does not recognise keeps
//! Ruff's message (`parse::from_parse_error`).

use super::parse::{at, open_brackets_before};
use super::SourceText;
use crate::ExcKind;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// CPython's error for `error`, or `None` to keep Ruff's.
pub(super) fn reword(
    error: &ParseError,
    parsed: &Parsed<Mod>,
    source: &SourceText,
) -> Option<super::SyntaxError> {
    let start = error.location.start();
    let syntax =
        |offset: TextSize, message: String| Some(at(source, offset, ExcKind::SyntaxError, message));
    let tokens: &[Token] = parsed.tokens();
    // A closing bracket with nothing open is the tokenizer's error in CPython, whatever the
    // parser would have said next.
    let at_error = source.text.get(start.to_usize()..).and_then(|rest| rest.chars().next());
    if let Some(c @ (')' | ']' | '}')) = at_error {
        if innermost_open_bracket(tokens, start).is_none()
            && !matches!(error.error, ParseErrorType::Lexical(_))
        {
            return syntax(start, format!("unmatched '{c}'"));
        }
    }
    // A number glued to a name (`print(5times)`, `def 2f():`) is the tokenizer's error in
    // CPython. After a parser error CPython tokenizes the rest of the file, and a tokenizer
    // error found there replaces the parser's; a tokenizer error of Ruff's own is the first
    // in the file unless a glued number comes before it.
    let limit = match error.error {
        ParseErrorType::Lexical(_) => start,
        _ => TextSize::of(source.text.as_str()),
    };
    if let Some(glued) = glued_number(tokens, limit, source) {
        return Some(glued);
    }
    match &error.error {
        ParseErrorType::ExpectedToken { expected, found } => {
            expected_token(*expected, *found, start, tokens, source)
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            let message = match legacy_statement(tokens, start, source) {
                Some(name) => {
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?")
                }
                // `0b102`, `1abc`: one number literal to CPython's tokenizer.
                None if glued_to_number(tokens, start, source) => {
                    return number_literal("decimal", TextRange::empty(start), source);
                }
                None => "invalid syntax".into(),
            };
            syntax(start, message)
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let kind = expression_kind(source, error.location)?;
            let message = match kind {
                "yield expression" => "assignment to yield expression not possible".into(),
                "True" | "False" | "None" | "tuple" | "list" | "generator expression" => {
                    format!("cannot assign to {kind}")
                }
                // CPython's hint rule takes only a `bitwise_or` before the `=`: a lambda, a
                // conditional, a comparison, `and`/`or` or `not` get the plain words.
                _ if !is_bitwise_or(source, error.location) => format!("cannot assign to {kind}"),
                _ if followed_by_single_equals(source, error.location.end()) => {
                    format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?")
                }
                _ => format!("cannot assign to {kind}"),
            };
            syntax(start, message)
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let kind = expression_kind(source, error.location)?;
            syntax(start, format!("'{kind}' is an illegal expression for augmented assignment"))
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let kind = expression_kind(source, error.location)?;
            syntax(start, format!("cannot use assignment expressions with {kind}"))
        }
        ParseErrorType::InvalidDeleteTarget => {
            let kind = expression_kind(source, error.location)?;
            syntax(start, format!("cannot delete {kind}"))
        }
        // CPython's grammar has one rule for a misplaced star, `(*a)`; every other operand
        // its precedence forbids (`x +* 2`, `1 + lambda: 2`, `a, *b if c else d`) is plain
        // invalid syntax.
        ParseErrorType::InvalidStarredExpressionUsage => {
            let parenthesized = previous_token(tokens, start)
                .is_some_and(|t| t.kind() == TokenKind::Lpar)
                && tokens
                    .iter()
                    .find(|t| t.start() >= error.location.end())
                    .is_some_and(|t| t.kind() == TokenKind::Rpar);
            let message =
                if parenthesized { "cannot use starred expression here" } else { "invalid syntax" };
            syntax(start, message.into())
        }
        // `raise ValueError, "msg"` (Python 2's form).
        ParseErrorType::InvalidLambdaExpressionUsage
        | ParseErrorType::InvalidStarPatternUsage
        | ParseErrorType::UnparenthesizedTupleExpression => syntax(start, "invalid syntax".into()),
        ParseErrorType::OtherError(message)
            if message.ends_with(" expression cannot be used here") =>
        {
            syntax(start, "invalid syntax".into())
        }
        // CPython's parser raises it once the whole concatenation is read: at the next token.
        ParseErrorType::OtherError(message)
            if message.starts_with("Bytes literal cannot be mixed with non-bytes literals") =>
        {
            let next = tokens.iter().find(|t| {
                t.start() >= error.location.end()
                    && !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Comment)
            });
            syntax(
                next.map_or(start, Token::start),
                "cannot mix bytes and nonbytes literals".into(),
            )
        }
        ParseErrorType::OtherError(message) => other_error(message, start, tokens, source),
        ParseErrorType::ExpectedExpression => {
            let text = source.text.get(start.to_usize()..).unwrap_or("");
            // (Blanks between the brace and what follows are no expression either.)
            let after_brace =
                source.text.get(..start.to_usize()).unwrap_or("").trim_end().ends_with('{');
            let in_replacement = after_brace && inside_f_string(tokens, start);
            let message = match text.chars().next() {
                Some('}') if in_replacement => "f-string: empty expression not allowed".into(),
                Some('!') if in_replacement => "f-string: expression required before '!'".into(),
                _ => "invalid syntax".into(),
            };
            // `def f() ->:`: the annotation is optional in CPython's grammar and the colon
            // forced, so the colon is what it asks for, at the arrow.
            if let Some(arrow) =
                previous_token(tokens, start).filter(|t| t.kind() == TokenKind::Rarrow)
            {
                return syntax(arrow.start(), "expected ':'".into());
            }
            syntax(start, message)
        }
        // `class C(x for x in y):` is no call: a bare generator expression in a class's
        // bases is plain invalid syntax, at its `for`.
        ParseErrorType::UnparenthesizedGeneratorExpression
            if tokens.get(statement_start_index(tokens, start)).map(Token::kind)
                == Some(TokenKind::Class) =>
        {
            let at_for = tokens.iter().find(|t| t.start() >= start && t.kind() == TokenKind::For);
            syntax(at_for.map_or(start, Token::start), "invalid syntax".into())
        }
        ParseErrorType::FStringError(InterpolatedStringErrorType::InvalidConversionFlag)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::InvalidConversionFlag,
        )) => syntax(
            start,
            "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
            if starts_triple_quoted(source, start) =>
        {
            // The tokenizer's line at the end of the file: the last line, a final newline
            // ending it (blank lines after the string count).
            let text = source.text.as_str();
            let last_line = source.line_of(text.strip_suffix('\n').unwrap_or(text).len() as u32);
            let message =
                format!("unterminated triple-quoted string literal (detected at line {last_line})");
            syntax(start, message)
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(message)) => {
            number_literal(message, error.location, source)
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError)
            if inside_f_string(tokens, start) =>
        {
            syntax(start, "f-string expression part cannot include a backslash".into())
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            // A backslash with nothing after it ends the file too early; anything else
            // after it on its line is the unexpected character.
            let rest = source.text.get(start.to_usize()..).unwrap_or("");
            let message = if rest.trim_start_matches('\\').trim_end_matches(['\n', '\r']).is_empty()
            {
                "unexpected EOF while parsing"
            } else {
                "unexpected character after line continuation character"
            };
            syntax(start, message.into())
        }
        ParseErrorType::Lexical(
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace,
        ) => unicode_escape_error(start, tokens, source),
        // Pasted text brings these: smart quotes, dashes, non-breaking spaces.
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            let code = u32::from(*tok);
            let message = if tok.is_ascii() {
                // `$`, `?`, a backtick: an error token to CPython's parser.
                "invalid syntax".to_string()
            } else if is_printable(*tok) {
                format!("invalid character '{tok}' (U+{code:04X})")
            } else {
                format!("invalid non-printable character U+{code:04X}")
            };
            syntax(start, message)
        }
        ParseErrorType::VarParameterWithDefault => {
            // The parameter starts after the `(`, `,` or `lambda` before the error.
            let text = source.text.get(..error.location.end().to_usize()).unwrap_or("");
            let parameter = text.rsplit(['(', ',']).next().unwrap_or("");
            let parameter = parameter.rsplit("lambda").next().unwrap_or("");
            let double = parameter.trim_start().starts_with("**");
            let kind = if double { "var-keyword" } else { "var-positional" };
            syntax(start, format!("{kind} argument cannot have default value"))
        }
        other => fixed_words(other)
            .map(|message| at(source, start, ExcKind::SyntaxError, message.into())),
    }
}

/// Whether the bracket at `at` opens a function definition's parameters (`def f(`).
fn opens_parameters(tokens: &[Token], at: TextSize) -> bool {
    let mut before = tokens.iter().rev().skip_while(|t| t.start() >= at);
    matches!(
        (before.next().map(Token::kind), before.next().map(Token::kind)),
        (Some(TokenKind::Name), Some(TokenKind::Def))
    )
}

/// Whether a `*` parameter (or bare `*`) comes before `at` in the parameter list `at` is in.
fn star_in_parameters_before(tokens: &[Token], at: TextSize) -> bool {
    let mut depth = 0i32;
    for token in tokens.iter().rev().skip_while(|t| t.start() >= at) {
        match token.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth == 0 => return false,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
            // A lambda's parameters end at its keyword.
            TokenKind::Lambda if depth == 0 => return false,
            TokenKind::Star if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// The errors CPython words one way whatever the source around them.
fn fixed_words(error: &ParseErrorType) -> Option<&'static str> {
    Some(match error {
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument"
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking"
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking"
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument"
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized"
        }
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *",
        // (3.12 words it; 3.11's generic message.)
        ParseErrorType::SimpleAndCompoundStatementOnSameLine => "invalid syntax",
        ParseErrorType::ParamAfterVarKeywordParam => "arguments cannot follow var-keyword argument",
        ParseErrorType::ExpectedImaginaryNumber => "imaginary number required in complex literal",
        ParseErrorType::ExpectedRealNumber => "real number required in complex literal",
        ParseErrorType::EmptyImportNames
        | ParseErrorType::EmptyGlobalNames
        | ParseErrorType::EmptyNonlocalNames
        | ParseErrorType::EmptyDeleteTargets
        | ParseErrorType::UnexpectedTokenAfterAsync(_)
        | ParseErrorType::InvalidYieldExpressionUsage
        // (`case {**_}:`)
        | ParseErrorType::InvalidMatchPatternTarget => "invalid syntax",
        _ => return None,
    })
}

/// Errors where a particular token was expected.
fn expected_token(
    expected: TokenKind,
    found: TokenKind,
    start: TextSize,
    tokens: &[Token],
    source: &SourceText,
) -> Option<super::SyntaxError> {
    let syntax =
        |offset: TextSize, message: String| Some(at(source, offset, ExcKind::SyntaxError, message));
    let open = innermost_open_bracket(tokens, start);
    // A comma where a bracket should close (`[i for i in 1, 2]`): a comprehension's
    // iterable is no tuple, and CPython names no token.
    if found == TokenKind::Comma && closing_char(expected).is_some() {
        return syntax(start, "invalid syntax".into());
    }
    // `[1, 2 for a in b]`: a list or set display running into a comprehension's `for`.
    if found == TokenKind::For {
        if let Some(('[' | '{', opened_at)) = open {
            let display = top_level_kinds(tokens, opened_at, start);
            if display.contains(&TokenKind::Comma) && !display.contains(&TokenKind::Colon) {
                let first =
                    tokens.iter().find(|t| t.start() > opened_at).map_or(start, Token::start);
                return syntax(
                    first,
                    "did you forget parentheses around the comprehension target?".into(),
                );
            }
        }
    }
    if let Some(closing) = closing_char(found) {
        return match open {
            Some((opening, offset)) if matching(opening) != closing => {
                let opened_on = source.line_of(offset.to_u32());
                let elsewhere = if opened_on == source.line_of(start.to_u32()) {
                    String::new()
                } else {
                    format!(" on line {opened_on}")
                };
                syntax(
                    start,
                    format!(
                        "closing parenthesis '{closing}' does not match opening parenthesis \
                         '{opening}'{elsewhere}"
                    ),
                )
            }
            None => syntax(start, format!("unmatched '{closing}'")),
            Some(_) => expected_before_matching_bracket(expected, open, start, source),
        };
    }
    match expected {
        TokenKind::Comma if found.as_augmented_assign_operator().is_some() => syntax(
            statement_start(tokens, start),
            "'tuple' is an illegal expression for augmented assignment".into(),
        ),
        // Two expressions side by side in brackets (in parentheses Ruff expects the closing
        // one: `(a b)`).
        TokenKind::Comma | TokenKind::Rpar
            if starts_expression(found)
                && (expected == TokenKind::Comma && open.is_some()
                    || open.is_some_and(|(bracket, _)| bracket == '(')) =>
        {
            // A `def`'s parameters are no expressions: CPython's comma hint is not tried.
            if open.is_some_and(|(_, at)| opens_parameters(tokens, at)) {
                return syntax(start, "invalid syntax".into());
            }
            let previous = expression_start_before(tokens, start);
            // CPython's rule skips a name right before a string (a mistyped prefix: `rb "x"`).
            let after_name =
                previous_token(tokens, start).map(Token::kind) == Some(TokenKind::Name);
            if after_name && matches!(found, TokenKind::String | TokenKind::FStringStart) {
                return syntax(start, "invalid syntax".into());
            }
            syntax(previous.unwrap_or(start), "invalid syntax. Perhaps you forgot a comma?".into())
        }
        TokenKind::Colon if open.is_some_and(|(bracket, _)| bracket == '{') => {
            syntax(start, "':' expected after dictionary key".into())
        }
        // `if x = 1:`, `while n = 3:`
        TokenKind::Colon if found == TokenKind::Equal => {
            // CPython's hint needs an expression after the `=` (`if x => 1:` is plain
            // invalid syntax).
            let value = tokens.iter().find(|t| t.start() > start).map(Token::kind);
            if !value.is_some_and(|k| starts_expression(k) && k != TokenKind::Equal) {
                return syntax(start, "invalid syntax".into());
            }
            let target = expression_start_before(tokens, start)?;
            let name_only = previous_token(tokens, start)
                .is_some_and(|t| t.kind() == TokenKind::Name && t.start() == target);
            if name_only {
                syntax(
                    target,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                )
            } else {
                let kind = expression_kind(source, TextRange::new(target, start))?;
                syntax(
                    target,
                    format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?"),
                )
            }
        }
        // CPython says "expected ':'" where a header line ends without one, and after `def`,
        // `try`, `else` and `finally` (forced tokens in its grammar); elsewhere a token where
        // the colon should be is plain invalid syntax.
        TokenKind::Colon
            if found != TokenKind::Newline
                && !matches!(
                    tokens.get(statement_start_index(tokens, start)).map(Token::kind),
                    Some(TokenKind::Def | TokenKind::Try | TokenKind::Else | TokenKind::Finally)
                ) =>
        {
            syntax(start, "invalid syntax".into())
        }
        // The forced colon after `def ...`, `try`, `else` and `finally`, even where a keyword
        // stands in its place (`else if x:`, as C writes it).
        TokenKind::Colon => syntax(start, "expected ':'".into()),
        // CPython's rule asks for `else` unless a colon follows the condition (`while x if
        // y:`), which is plain invalid syntax.
        TokenKind::Else if found == TokenKind::Colon => syntax(start, "invalid syntax".into()),
        TokenKind::Else => syntax(start, "expected 'else' after 'if' expression".into()),
        // `for each x in y:`, `for x of y:`.
        TokenKind::In => syntax(start, "invalid syntax".into()),
        // CPython never asks for a comma by name.
        TokenKind::Comma => syntax(start, "invalid syntax".into()),
        // A keyword where an expression should go on (`(1 else 2)`, `[x for x in y if x
        // else 0]`) is plain invalid syntax to CPython.
        _ if found.is_keyword() => syntax(start, "invalid syntax".into()),
        _ => None,
    }
}

/// `expected_token` where the closing bracket found matches the open one: only a missing
/// dictionary value's colon has its own words.
fn expected_before_matching_bracket(
    expected: TokenKind,
    open: Option<(char, TextSize)>,
    start: TextSize,
    source: &SourceText,
) -> Option<super::SyntaxError> {
    let in_braces = open.is_some_and(|(bracket, _)| bracket == '{');
    let message = match expected {
        TokenKind::Colon if in_braces => "':' expected after dictionary key",
        // `f(a if b)`.
        TokenKind::Else => "expected 'else' after 'if' expression",
        _ => return None,
    };
    Some(at(source, start, ExcKind::SyntaxError, message.into()))
}

/// Ruff's free-text errors that CPython words differently.
fn other_error(
    message: &str,
    start: TextSize,
    tokens: &[Token],
    source: &SourceText,
) -> Option<super::SyntaxError> {
    let syntax = |message: &str| Some(at(source, start, ExcKind::SyntaxError, message.into()));
    if message.starts_with("Expected 'except' or 'finally' after 'try' block")
        || message.starts_with("Expected `except` or `finally` after `try` block")
    {
        // At the end of the file CPython points at the try block's last token.
        let at_end = source.text.get(start.to_usize()..).is_none_or(|rest| rest.trim().is_empty());
        let offset =
            if at_end { significant_before(tokens, start).unwrap_or(start) } else { start };
        let message = "expected 'except' or 'finally' block".into();
        return Some(at(source, offset, ExcKind::SyntaxError, message));
    }
    if message.starts_with("Expected a parameter name") {
        let text = source.text.get(start.to_usize()..).unwrap_or("");
        let constant = ["True", "False", "None"].into_iter().find(|c| text.starts_with(c));
        // In a call (`f(a.b=1)`), an expression before `=` is CPython's `invalid_kwarg`.
        let in_call = innermost_open_bracket(tokens, start).is_some_and(|(bracket, at)| {
            bracket == '('
                && previous_token(tokens, at).is_some_and(|t| {
                    matches!(t.kind(), TokenKind::Name | TokenKind::Rpar | TokenKind::Rsqb)
                })
        });
        return syntax(&match constant {
            Some(c) => format!("cannot assign to {c}"),
            None if in_call => {
                "expression cannot contain assignment, perhaps you meant \"==\"?".into()
            }
            None => "invalid syntax".into(),
        });
    }
    // CPython 3.11's words for a misplaced `/`: a `*` before it is the first complaint.
    let slash_error = message.starts_with("Only one '/' separator allowed")
        || message.starts_with("Position-only parameter separator not allowed as first")
        || message.starts_with("'/' parameter must appear before '*' parameter");
    if slash_error {
        let after_star = star_in_parameters_before(tokens, start);
        return syntax(if after_star {
            "/ must be ahead of *"
        } else if message.starts_with("Position-only") {
            "at least one argument must precede /"
        } else {
            "/ may appear only once"
        });
    }
    // With `as` too (`except A, B as e:`), 3.11 says no more.
    if message.starts_with("Multiple exception types must be parenthesized") {
        return syntax("multiple exception types must be parenthesized");
    }
    if message.starts_with("Positional patterns cannot follow keyword patterns") {
        return syntax("positional patterns follow keyword patterns");
    }
    if message.starts_with("Only one '*' parameter allowed") {
        return syntax("* argument may appear only once");
    }
    const PLAIN_INVALID_SYNTAX: [&str; 20] = [
        "Expected a statement",
        "Expected a simple statement",
        "Expected an expression or a",
        "Expected a pattern",
        "Expected name after `as`",
        "Expected symbol after `as`",
        "Expected a module name",
        "`else` block must come before `finally` block",
        "Star import cannot be parenthesized",
        "Star import must be the only import",
        "Exception missing in `raise` statement with cause",
        "Expected an identifier",
        "Expected class, function definition or async function definition after decorator",
        "Expected a parameter or the end of the parameter list",
        "Only one '*' separator allowed",
        "Trailing comma not allowed",
        "Expected the start of an expression after `with` keyword",
        "Only one double star pattern is allowed",
        "Pattern cannot follow a double star pattern",
        "Invalid mapping pattern key",
    ];
    PLAIN_INVALID_SYNTAX
        .iter()
        .any(|prefix| message.starts_with(prefix))
        .then(|| at(source, start, ExcKind::SyntaxError, "invalid syntax".into()))
}

/// A bad escape in a string literal (`"C:\Users"`), as CPython's `unicodeescape` codec
/// reports it: the escape's position among the literal's characters (a non-ASCII character
/// counts 10, the `\UXXXXXXXX` CPython turns it into first) and what is wrong with it.
fn unicode_escape_error(
    error_at: TextSize,
    tokens: &[Token],
    source: &SourceText,
) -> Option<super::SyntaxError> {
    let token = tokens.iter().find(|t| {
        matches!(t.kind(), TokenKind::String | TokenKind::FStringMiddle)
            && t.range().contains_inclusive(error_at)
    })?;
    let text = source.text.get(token.range().start().to_usize()..token.range().end().to_usize())?;
    // An f-string's literal part is decoded on its own: positions count from its start.
    let (body, body_start, bytes) = if token.kind() == TokenKind::FStringMiddle {
        (text, token.range().start().to_usize(), false)
    } else {
        let prefix = text.find(['\'', '"'])?;
        if text[..prefix].contains(['r', 'R']) {
            return None;
        }
        let triple = text[prefix..].starts_with("'''") || text[prefix..].starts_with("\"\"\"");
        let quote = if triple { 3 } else { 1 };
        let body = text.get(prefix + quote..text.len().saturating_sub(quote))?;
        let start = token.range().start().to_usize() + prefix + quote;
        (body, start, text[..prefix].contains(['b', 'B']))
    };
    let error_in_body = error_at.to_usize().saturating_sub(body_start);
    // The last escape starting at or before the error, and its position.
    let (mut position, mut failing) = (0usize, None);
    let mut chars = body.char_indices();
    while let Some((offset, c)) = chars.next() {
        if offset > error_in_body {
            break;
        }
        if c == '\\' {
            failing = Some((offset, position));
            // The escaped character is part of this escape, whatever it is.
            if let Some((_, escaped)) = chars.next() {
                position += if escaped.is_ascii() { 1 } else { 10 };
            }
        }
        position += if c.is_ascii() { 1 } else { 10 };
    }
    let (offset, start) = failing?;
    let escape = &body[offset..];
    let hex_digits =
        |max: usize| escape[2..].chars().take(max).take_while(char::is_ascii_hexdigit).count();
    if bytes {
        // A bytes literal's only escape that can fail (CPython's `_PyBytes_DecodeEscape`).
        return (escape.as_bytes().get(1) == Some(&b'x') && hex_digits(2) < 2).then(|| {
            let message = format!("(value error) invalid \\x escape at position {start}");
            at(source, token.range().start(), ExcKind::SyntaxError, message)
        });
    }
    let (end, reason) = match escape.as_bytes().get(1)? {
        b'x' if hex_digits(2) < 2 => (start + 1 + hex_digits(2), "truncated \\xXX escape"),
        b'u' if hex_digits(4) < 4 => (start + 1 + hex_digits(4), "truncated \\uXXXX escape"),
        b'U' if hex_digits(8) < 8 => (start + 1 + hex_digits(8), "truncated \\UXXXXXXXX escape"),
        b'U' => (start + 9, "illegal Unicode character"),
        b'N' => match escape[2..].strip_prefix('{') {
            Some(rest) => match rest.find('}') {
                Some(0) => (start + 2, "malformed \\N character escape"),
                Some(name_len) => (start + 3 + name_len, "unknown Unicode character name"),
                // No closing brace: the rest of the literal was read as the name.
                None => (start + 2 + rest.chars().count(), "malformed \\N character escape"),
            },
            None => (start + 1, "malformed \\N character escape"),
        },
        _ => return None,
    };
    let message =
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}");
    Some(at(source, token.range().start(), ExcKind::SyntaxError, message))
}

/// CPython's `Py_UNICODE_ISPRINTABLE` for the characters a tokenizer meets: not a control or
/// format character, not a separator other than the ASCII space, not private use.
/// (Unassigned code points, also unprintable to CPython, are not known here.)
fn is_printable(c: char) -> bool {
    let format_or_separator = matches!(
        u32::from(c),
        0x00A0 | 0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x1680 | 0x180E
            | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064 | 0x2066..=0x206F | 0x3000
            | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF
    );
    !c.is_control() && !format_or_separator
}

/// The tokenizer's errors in number literals (`0777`, `0b2`).
fn number_literal(
    message: &str,
    location: TextRange,
    source: &SourceText,
) -> Option<super::SyntaxError> {
    // The tokenizer may report the first bad digit (`0b102` at `2`): read the whole literal.
    let before = source.text.get(..location.start().to_usize())?;
    let literal_start =
        before.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_').len();
    let text = source.text.get(literal_start..)?;
    let digits: String =
        text.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    let lower = digits.to_ascii_lowercase();
    let syntax =
        |message: String| Some(at(source, location.start(), ExcKind::SyntaxError, message));
    let bad_digit = |radix: u32| lower.chars().skip(2).find(|c| *c != '_' && !c.is_digit(radix));
    if lower.starts_with("0b") {
        return syntax(match bad_digit(2) {
            Some(d) if d.is_ascii_digit() => format!("invalid digit '{d}' in binary literal"),
            _ => "invalid binary literal".into(),
        });
    }
    if lower.starts_with("0o") {
        return syntax(match bad_digit(8) {
            Some(d) if d.is_ascii_digit() => format!("invalid digit '{d}' in octal literal"),
            _ => "invalid octal literal".into(),
        });
    }
    if lower.starts_with("0x") {
        return syntax("invalid hexadecimal literal".into());
    }
    if lower.len() > 1
        && lower.starts_with('0')
        && lower.chars().all(|c| c.is_ascii_digit() || c == '_')
    {
        return syntax(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for \
             octal integers"
                .into(),
        );
    }
    // CPython's caret is under the literal's last character, before the one it rejects.
    let caret = match before.chars().last() {
        Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '.' => {
            location.start() - TextSize::of(c)
        }
        _ => location.start(),
    };
    // (Ruff says "Invalid Syntax" for a `_` right after a float's point: `1._x`, `1.__class__`.)
    (message.contains("decimal") || message == "Invalid Syntax")
        .then(|| at(source, caret, ExcKind::SyntaxError, "invalid decimal literal".into()))
}

/// The kind of expression `range` covers, as CPython names it in "cannot assign to ...".
fn expression_kind(source: &SourceText, range: TextRange) -> Option<&'static str> {
    let text = source.text.get(range.start().to_usize()..range.end().to_usize())?.trim();
    match ruff_python_parser::parse_expression(text) {
        Ok(parsed) => Some(cpython_expr_name(&parsed.syntax().body)),
        // A bare `yield` is no expression on its own.
        Err(_) if text.starts_with("yield") => Some("yield expression"),
        // Nor is a starred one (`del *a`).
        Err(_) if text.starts_with('*') => Some("starred"),
        Err(_) => None,
    }
}

/// Whether the expression at `range` is what CPython's grammar calls a `bitwise_or` (an
/// operand of a comparison): not a lambda, conditional, comparison or boolean operation.
fn is_bitwise_or(source: &SourceText, range: TextRange) -> bool {
    use ruff_python_ast::UnaryOp;
    let text = source.text.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
    match ruff_python_parser::parse_expression(text.trim()) {
        Ok(parsed) => {
            !matches!(
                parsed.syntax().body.as_ref(),
                Expr::Lambda(_) | Expr::If(_) | Expr::Compare(_) | Expr::BoolOp(_)
            ) && !matches!(parsed.syntax().body.as_ref(), Expr::UnaryOp(u) if u.op == UnaryOp::Not)
        }
        Err(_) => true,
    }
}

/// CPython's `_PyPegen_get_expr_name`.
fn cpython_expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// `print "hi"`, `exec "code"`: the statement starts with the Python 2 statement's name.
fn legacy_statement(
    tokens: &[Token],
    error_at: TextSize,
    source: &SourceText,
) -> Option<&'static str> {
    let index = statement_start_index(tokens, error_at);
    let (first, second) = (tokens.get(index)?, tokens.get(index + 1)?);
    if first.kind() != TokenKind::Name
        || second.kind() == TokenKind::Lpar
        || second.start() > error_at
    {
        return None;
    }
    let text = source.text.get(first.start().to_usize()..first.end().to_usize())?;
    ["print", "exec"].into_iter().find(|name| *name == text)
}

/// `1_`, `1e`, `1__0`: a name glued to the number before it, which CPython's tokenizer
/// rejects as one bad literal.
/// The first number literal at or before `limit` that a name or digit follows with no space
/// between, as CPython's tokenizer rejects it (`verify_end_of_number`): "invalid decimal
/// literal" (hexadecimal, octal, binary, imaginary) under the literal's last character. The
/// keywords valid code may glue to a number (`1if x else 2`, `[1for x in y]`) are only a
/// warning there, and are passed over.
fn glued_number(
    tokens: &[Token],
    limit: TextSize,
    source: &SourceText,
) -> Option<super::SyntaxError> {
    const MAY_FOLLOW: [&str; 8] = ["and", "else", "for", "if", "in", "is", "or", "not"];
    for pair in tokens.windows(2) {
        let (number, next) = (&pair[0], &pair[1]);
        if number.start() > limit {
            break;
        }
        let is_number =
            matches!(number.kind(), TokenKind::Int | TokenKind::Float | TokenKind::Complex);
        if !is_number || next.start() != number.end() {
            continue;
        }
        let rest = source.text.get(next.start().to_usize()..).unwrap_or("");
        let glued = rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_');
        if !glued || MAY_FOLLOW.iter().any(|k| rest.starts_with(k)) {
            continue;
        }
        let text = source.text.get(number.start().to_usize()..number.end().to_usize())?;
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
            // The digit that ends a binary or octal literal early is named by its own rule.
            return number_literal("", TextRange::empty(next.start()), source);
        }
        let kind = if lower.ends_with('j') { "imaginary" } else { "decimal" };
        let last = number.end() - TextSize::of(text.chars().last()?);
        return Some(at(source, last, ExcKind::SyntaxError, format!("invalid {kind} literal")));
    }
    None
}

fn glued_to_number(tokens: &[Token], error_at: TextSize, source: &SourceText) -> bool {
    let Some(previous) = previous_token(tokens, error_at) else { return false };
    let number = matches!(previous.kind(), TokenKind::Int | TokenKind::Float | TokenKind::Complex);
    let glued = previous.end() == error_at;
    let continues = source.text[error_at.to_usize()..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    number && glued && continues
}

fn starts_triple_quoted(source: &SourceText, start: TextSize) -> bool {
    let rest = source.text.get(start.to_usize()..).unwrap_or("");
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    rest.starts_with("\"\"\"") || rest.starts_with("'''")
}

/// The innermost bracket opened before `limit` and still open there.
/// Whether the token at `at` closes a bracket other than the innermost open one: CPython's
/// tokenizer reports that itself, whatever stays open after it.
pub(super) fn closes_wrong_bracket(tokens: &[Token], at: TextSize) -> bool {
    let Some(closing) =
        tokens.iter().find(|t| t.start() == at).and_then(|t| closing_char(t.kind()))
    else {
        return false;
    };
    innermost_open_bracket(tokens, at).is_some_and(|(opening, _)| matching(opening) != closing)
}

/// The kinds of the tokens directly inside the bracket opened at `opened_at`, up to `limit`
/// (not those in brackets nested in it).
fn top_level_kinds(tokens: &[Token], opened_at: TextSize, limit: TextSize) -> Vec<TokenKind> {
    let mut depth = 0usize;
    let mut kinds = Vec::new();
    for token in tokens.iter().filter(|t| t.start() > opened_at && t.start() < limit) {
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.saturating_sub(1)
            }
            kind if depth == 0 => kinds.push(kind),
            _ => {}
        }
    }
    kinds
}

fn innermost_open_bracket(tokens: &[Token], limit: TextSize) -> Option<(char, TextSize)> {
    open_brackets_before(tokens, limit).last().copied()
}

fn closing_char(kind: TokenKind) -> Option<char> {
    match kind {
        TokenKind::Rpar => Some(')'),
        TokenKind::Rsqb => Some(']'),
        TokenKind::Rbrace => Some('}'),
        _ => None,
    }
}

fn matching(opening: char) -> char {
    match opening {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Tokens that can begin an expression (CPython's second operand in "forgot a comma").
fn starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Ellipsis
            | TokenKind::Lambda
            | TokenKind::Not
            | TokenKind::Await
    )
}

/// Where the last token before `offset` that is not a line break or an indentation starts.
fn significant_before(tokens: &[Token], offset: TextSize) -> Option<TextSize> {
    tokens
        .iter()
        .take_while(|t| t.start() < offset)
        .filter(|t| {
            !t.kind().is_trivia()
                && !matches!(t.kind(), TokenKind::Newline | TokenKind::Dedent | TokenKind::Indent)
        })
        .last()
        .map(Token::start)
}

/// Whether `offset` is inside an f-string's replacement field.
fn inside_f_string(tokens: &[Token], offset: TextSize) -> bool {
    let mut depth = 0i32;
    for token in tokens.iter().take_while(|t| t.start() < offset) {
        match token.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The last significant token before `offset`.
fn previous_token(tokens: &[Token], offset: TextSize) -> Option<&Token> {
    tokens.iter().take_while(|t| t.start() < offset).filter(|t| !t.kind().is_trivia()).last()
}

/// Where the primary expression ending just before `offset` starts: a name or literal, with
/// the calls, subscripts and attribute accesses that follow it.
fn expression_start_before(tokens: &[Token], offset: TextSize) -> Option<TextSize> {
    let before: Vec<&Token> = tokens
        .iter()
        .take_while(|t| t.start() < offset)
        .filter(|t| !t.kind().is_trivia())
        .collect();
    let mut i = before.len().checked_sub(1)?;
    loop {
        // Skip back over a bracketed group to its opening bracket.
        if closing_char(before[i].kind()).is_some() {
            let mut depth = 0usize;
            loop {
                match before[i].kind() {
                    TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                    TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                i = i.checked_sub(1)?;
            }
        }
        // A call or subscript continues the expression to its left; so does `.name`.
        let continues = i > 0
            && match before[i].kind() {
                TokenKind::Lpar | TokenKind::Lsqb => {
                    matches!(
                        before[i - 1].kind(),
                        TokenKind::Name | TokenKind::Rpar | TokenKind::Rsqb
                    )
                }
                TokenKind::Name => before[i - 1].kind() == TokenKind::Dot,
                TokenKind::Dot => true,
                _ => false,
            };
        if !continues {
            return Some(before[i].start());
        }
        i -= 1;
    }
}

/// Where the logical line holding `offset` starts.
fn statement_start(tokens: &[Token], offset: TextSize) -> TextSize {
    tokens.get(statement_start_index(tokens, offset)).map_or(offset, Token::start)
}

fn statement_start_index(tokens: &[Token], offset: TextSize) -> usize {
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate().take_while(|(_, t)| t.start() < offset) {
        if matches!(
            token.kind(),
            TokenKind::Newline
                | TokenKind::Semi
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::Colon
        ) {
            start = i + 1;
        }
    }
    while tokens.get(start).is_some_and(|t| t.kind().is_trivia()) {
        start += 1;
    }
    start
}

/// Whether `=` (not `==`) follows `offset`, spaces aside.
fn followed_by_single_equals(source: &SourceText, offset: TextSize) -> bool {
    let rest = source.text.get(offset.to_usize()..).unwrap_or("").trim_start_matches([' ', '\t']);
    rest.starts_with('=') && !rest.starts_with("==")
}

#[cfg(test)]
mod tests {
    use crate::frontend::{parse_module, SourceText};

    /// (source, message, line) as CPython 3.11 reports them.
    const CASES: &[(&str, &str, u32)] = &[
        ("print(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1),
        ("x = (b\"a\"\n     \"b\"\n  )\n", "cannot mix bytes and nonbytes literals", 3),
        ("p = \"C:\\Users\"\n", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\UXXXXXXXX escape", 1),
        ("s = b\"ab\\x4\"\n", "(value error) invalid \\x escape at position 2", 1),
        ("s = f\"{x}\\x4\"\n", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1),
        ("print(\u{201c}hi\u{201d})\n", "invalid character '\u{201c}' (U+201C)", 1),
        ("x =\u{a0}1\n", "invalid non-printable character U+00A0", 1),
        ("x = 1 $ 2\n", "invalid syntax", 1),
        ("x = 0b102\n", "invalid digit '2' in binary literal", 1),
        ("f(a.b=1)\n", "expression cannot contain assignment, perhaps you meant \"==\"?", 1),
        ("x = f(1,\n  2\n  3)\n", "invalid syntax. Perhaps you forgot a comma?", 2),
        ("x = f(1,\n  2\n  3\n", "'(' was never closed", 1),
        ("x = a b\n", "invalid syntax", 1),
        ("y = x +* 2\n", "invalid syntax", 1),
        ("x = (*a)\n", "cannot use starred expression here", 1),
        ("x = a, *b if c else d\n", "invalid syntax", 1),
        ("x = 1 + lambda: 2\n", "invalid syntax", 1),
        ("del *a\n", "cannot delete starred", 1),
        ("print(f\"total: { }\")\n", "f-string: empty expression not allowed", 1),
        ("print(f\"{!r}\")\n", "f-string: expression required before '!'", 1),
        ("f = lambda x: y = x\n", "cannot assign to lambda", 1),
        ("x if y else z = 1\n", "cannot assign to conditional expression", 1),
        ("a and b = 1\n", "cannot assign to expression", 1),
        ("a + b = 1\n", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1),
        ("try:\n    pass\nexcept ValueError, TypeError:\n    pass\n", "multiple exception types must be parenthesized", 3),
        ("try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n", "multiple exception types must be parenthesized", 3),
        ("raise ValueError, \"msg\"\n", "invalid syntax", 1),
        ("x = [*a for a in b]\n", "iterable unpacking cannot be used in comprehension", 1),
        ("x = [i for i in 1, 2]\n", "invalid syntax", 1),
        ("x = [1, 2 for a in b]\n", "did you forget parentheses around the comprehension target?", 1),
        ("x = {1: 2, 3: 4 for a in b}\n", "invalid syntax", 1),
        ("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1),
        ("if x => 1:\n    pass\n", "invalid syntax", 1),
        ("for x of y:\n    pass\n", "invalid syntax", 1),
        ("global\n", "invalid syntax", 1),
        ("del\n", "invalid syntax", 1),
        ("if True::\n    pass\n", "invalid syntax", 1),
        ("from import x\n", "invalid syntax", 1),
        ("import os as\n", "invalid syntax", 1),
        ("raise from e\n", "invalid syntax", 1),
        ("class A(:\n    pass\n", "invalid syntax", 1),
        ("def f() ->:\n    pass\n", "expected ':'", 1),
        ("if x:\n    pass\nelse if y:\n    pass\n", "expected ':'", 3),
        ("try if x:\n    pass\n", "expected ':'", 1),
        ("for x in y if z:\n    pass\n", "invalid syntax", 1),
        ("while x if y:\n    pass\n", "invalid syntax", 1),
        ("x = a if b\n", "expected 'else' after 'if' expression", 1),
        ("print(5times)\n", "invalid decimal literal", 1),
        ("def 2f():\n    pass\n", "invalid decimal literal", 1),
        ("x = 1 +\n2x\n", "invalid decimal literal", 2),
        ("x = 0b1012\n", "invalid digit '2' in binary literal", 1),
        ("class C(x for x in y):\n    pass\n", "invalid syntax", 1),
        ("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1),
        ("print \"hi\"\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1),
        ("f() = 3\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1),
        ("True = 1\n", "cannot assign to True", 1),
        ("[a, f()] = 1, 2\n", "cannot assign to function call", 1),
        ("x = yield = 1\n", "assignment to yield expression not possible", 1),
        ("del f()\n", "cannot delete function call", 1),
        ("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment", 1),
        ("f(a=1, 2)\n", "positional argument follows keyword argument", 1),
        ("def f(a=1, b): pass\n", "non-default argument follows default argument", 1),
        ("x = [1,\n 2)\n", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2),
        ("x = 1)\n", "unmatched ')'", 1),
        ("d = {1: 2, 3}\n", "':' expected after dictionary key", 1),
        ("for i in range(3) print(i)\n", "invalid syntax", 1),
        ("x = 5 if y\n", "expected 'else' after 'if' expression", 1),
        ("x = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1),
        ("x = 0b2\n", "invalid digit '2' in binary literal", 1),
        ("try:\n    pass\n", "expected 'except' or 'finally' block", 2),
        ("s = \"\"\"abc\n", "unterminated triple-quoted string literal (detected at line 1)", 1),
        ("f\"{}\"\n", "f-string: empty expression not allowed", 1),
    ];

    #[test]
    fn common_mistakes_read_as_cpython_words_them() {
        for &(text, message, line) in CASES {
            let error = parse_module(&SourceText::new("t.py", text)).expect_err(text);
            assert_eq!((error.message.as_str(), error.line), (message, line), "source: {text:?}");
        }
    }
}

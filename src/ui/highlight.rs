//! Python syntax highlighting for the editor: a small tokenizer that splits one line into
//! keywords, names of built-ins, strings, numbers, comments and the rest. It only colours
//! text; the real parser (in the worker) decides what is valid.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Keyword,
    Builtin,
    String,
    Number,
    Comment,
    Plain,
}

impl Token {
    pub fn class(self) -> &'static str {
        match self {
            Token::Keyword => "tok-kw",
            Token::Builtin => "tok-bi",
            Token::String => "tok-str",
            Token::Number => "tok-num",
            Token::Comment => "tok-com",
            Token::Plain => "",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "str",
    "int",
    "float",
    "list",
    "dict",
    "set",
    "tuple",
    "min",
    "max",
    "sum",
    "sorted",
    "enumerate",
    "zip",
    "abs",
    "round",
    "isinstance",
    "repr",
    "type",
    "asyncio",
    "time",
    "random",
    "super",
    "self",
];

/// The tokens of one line, as (kind, text) pieces that concatenate back to the line.
/// `in_string` carries an open triple-quoted string across lines.
pub fn tokenize_line(line: &str, in_string: &mut Option<&'static str>) -> Vec<(Token, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    if let Some(quote) = *in_string {
        let text: String = chars.iter().collect();
        match text.find(quote) {
            Some(end) => {
                let end = end + quote.len();
                out.push((Token::String, text[..end].to_string()));
                *in_string = None;
                i = text[..end].chars().count();
            }
            None => {
                out.push((Token::String, text));
                return out;
            }
        }
    }
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind = if c == '#' {
            i = chars.len();
            Token::Comment
        } else if c == '"' || c == '\'' {
            let triple = i + 2 < chars.len() && chars[i + 1] == c && chars[i + 2] == c;
            if triple {
                let quote: &'static str = if c == '"' { "\"\"\"" } else { "'''" };
                let rest: String = chars[i + 3..].iter().collect();
                match rest.find(quote) {
                    Some(end) => i += 3 + rest[..end].chars().count() + 3,
                    None => {
                        i = chars.len();
                        *in_string = Some(quote);
                    }
                }
            } else {
                i += 1;
                while i < chars.len() && chars[i] != c {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(chars.len());
            }
            Token::String
        } else if c.is_ascii_digit() {
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || chars[i] == '.' || chars[i] == '_')
            {
                i += 1;
            }
            Token::Number
        } else if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // A string prefix: f"...", r'...', b"..."
            if i < chars.len()
                && (chars[i] == '"' || chars[i] == '\'')
                && word.len() <= 2
                && word.chars().all(|ch| "fFrRbBuU".contains(ch))
            {
                let mut rest_state = None;
                let rest: String = chars[i..].iter().collect();
                let pieces = tokenize_line(&rest, &mut rest_state);
                let (first_kind, first_text) =
                    pieces.first().cloned().unwrap_or((Token::Plain, String::new()));
                out.push((Token::String, format!("{word}{first_text}")));
                let _ = first_kind;
                i += first_text.chars().count();
                continue;
            }
            if KEYWORDS.contains(&word.as_str()) {
                Token::Keyword
            } else if BUILTINS.contains(&word.as_str()) {
                Token::Builtin
            } else {
                Token::Plain
            }
        } else {
            i += 1;
            while i < chars.len() && !(chars[i].is_alphanumeric() || "_#'\"".contains(chars[i])) {
                i += 1;
            }
            Token::Plain
        };
        let text: String = chars[start..i].iter().collect();
        match out.last_mut() {
            Some((k, t)) if *k == kind && kind == Token::Plain => t.push_str(&text),
            _ => out.push((kind, text)),
        }
    }
    out
}

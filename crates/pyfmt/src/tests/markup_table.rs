//! Generated from CPython 3.11.7; see tests/mod.rs.

pub const MARKUP_CASES: &[(&str, &str)] = &[
    (
        "a{0}b{{c}}d{x!r:>{w}}e",
        "a|0||None ; b{|None|None|None ; c}|None|None|None ; d|x|>{w}|r ; e|None|None|None",
    ),
    ("{}{}", "|||None ; |||None"),
    ("{:{:{}}}", "||{:{}}|None"),
    ("{[}]}", "|[}]||None"),
    ("{0[!:]}!r}", "!ValueError: Single '}' encountered in format string"),
    ("}}x{{", "}|None|None|None ; x{|None|None|None"),
    ("end{0}", "end|0||None"),
    ("{!r}", "|||r"),
    ("{a.b[c]:s}", "|a.b[c]|s|None"),
];

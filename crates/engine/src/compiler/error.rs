//! Errors found while compiling: syntax errors the parser cannot see (CPython's compiler finds
//! them too, e.g. `'await' outside function`) and constructs Loopscope does not support yet.

use ruff_text_size::TextSize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// CPython would raise `SyntaxError` with this message.
    Syntax,
    /// Valid Python that Loopscope cannot run yet; the message names the construct.
    Unsupported,
    /// Statements and expressions nested deeper than CPython's compiler allows: CPython
    /// raises `RecursionError` with this message, before running anything.
    TooDeep,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    /// Byte offset of the offending node in the source.
    pub offset: TextSize,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, offset: TextSize) -> Self {
        CompileError { kind: CompileErrorKind::Syntax, message: message.into(), offset }
    }

    pub fn too_deep(offset: TextSize) -> Self {
        let message = "maximum recursion depth exceeded during compilation".to_string();
        CompileError { kind: CompileErrorKind::TooDeep, message, offset }
    }

    pub fn unsupported(construct: impl Into<String>, offset: TextSize) -> Self {
        CompileError { kind: CompileErrorKind::Unsupported, message: construct.into(), offset }
    }
}

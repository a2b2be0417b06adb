//! The Python front end: source text in, a checked syntax tree or a positioned error out.

mod cpython_words;
mod decode;
mod limits;
mod outline;
mod parse;
mod source;
mod tabs;

pub use decode::{check_text, decode_source, SourceError};
pub use outline::{outline, Definition, DefinitionKind};
pub use parse::{parse_module, SyntaxError};
pub use source::SourceText;

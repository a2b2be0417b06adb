//! The Python front end: source text in, a checked syntax tree or a positioned error out.

mod outline;
mod parse;
mod source;

pub use outline::{outline, Definition, DefinitionKind};
pub use parse::{parse_module, SyntaxError};
pub use source::SourceText;

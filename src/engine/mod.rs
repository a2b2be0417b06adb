//! The engine: from Python source text to a trace of everything the event loop did.
//!
//! - [`frontend`]: parsing (with Ruff's parser) and the source-position bookkeeping.

pub mod frontend;

//! Console lines as the page shows them: stdout and stderr, each line stamped with the virtual
//! time its first character was written.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// A console line as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsoleLine {
    pub stream: Stream,
    pub time: f64,
    pub text: String,
    /// The step right after its first character was written (clicking the line goes there).
    pub step: u64,
}

//! The engine: from Python source text to a trace of everything the event loop did. Plain Rust:
//! no browser dependency, so it builds natively (tests, benchmarks, the CLI) and to wasm.
//!
//! Data flows `frontend` → `compiler` → `vm` (with `asyncio` driving the event loop) → `trace`:
//!
//! - [`frontend`]: parsing (with Ruff's parser) and the source-position bookkeeping.
//! - [`compiler`]: scope analysis and code generation to CPython-like bytecode.
//! - [`vm`]: values, frames, the interpreter loop, built-in types and functions.
//! - [`asyncio`]: the event loop, futures, tasks, `sleep`, `gather`, `wait_for`, as CPython
//!   3.11 builds them.
//! - [`trace`]: the events a run records, their compact encoding, replay and JSON export.
//! - [`clock`], [`console`], [`memory`]: virtual time, printed output, the memory budget.
//! - [`pyfmt`]: Python's number and string formatting and parsing rules (`repr`, `format`, `%`).
//! - [`stdlib`]: `time`, `random` and `inspect`, with the bit-exact algorithms behind them
//!   (MT19937, glibc's `strftime`).
//! - [`config`]: every setting of a run and its default; [`run`]: one whole run.

#![forbid(unsafe_code)]

pub mod asyncio;
pub mod clock;
pub mod compiler;
pub mod config;
pub mod console;
pub mod frontend;
pub mod memory;
pub mod run;
pub mod safe_repr;
pub mod stdlib;
pub mod vm;

pub use config::RunConfig;
pub use loopscope_exc::ExcKind;
pub use run::{run_compiled, run_program, run_program_bytes, RunOutcome, Stop};

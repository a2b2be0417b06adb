//! Loopscope runs Python asyncio programs on a faithful simulation of CPython 3.11's event loop,
//! in virtual time, and records every step so that a page can show it.
//!
//! The crate has two halves with a hard line between them:
//!
//! - [`engine`]: plain Rust with no browser dependency. It turns source text into a trace. It
//!   builds natively (tests, benchmarks, the `loopscope` CLI) and to wasm (the page).
//! - `ui` (wasm only): the Yew page. It is the only code that touches `web-sys`.
//!
//! `docs/ARCHITECTURE.md` maps the modules and the flow from source text to trace to screen.

pub mod engine;

/// A run the page explores: snapshots per step, navigation, timeline, worker messages.
pub mod session;

/// The built-in example programs the page offers, each a conformance scenario.
pub mod gallery;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;

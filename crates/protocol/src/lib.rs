//! What Loopscope's page and its worker share, and nothing else: the page's own wasm links this
//! crate and never the engine (docs/ARCHITECTURE.md, "Crates and their invariants").
//!
//! - [`messages`]: the requests the page posts and the responses the worker answers, as JSON.
//! - [`view`], [`timeline`], [`console`]: what the panels show, as the worker sends it.
//! - [`settings`]: what a visitor can change before a run; share links carry it.
//! - [`header`]: the `# loopscope: key=value` comment a program carries its settings in.
//! - [`link`]: share links (`#v1/...`): the page's state in a versioned, compressed fragment.
//! - [`gallery`]: the built-in example programs (each a CPython-checked conformance scenario).

#![forbid(unsafe_code)]

pub mod console;
pub mod gallery;
pub mod header;
pub mod link;
pub mod messages;
pub mod settings;
pub mod timeline;
pub mod view;
mod wire;

//! Loopscope's web app: the playground page (Yew) and the Web Worker that runs programs.
//!
//! - [`ui`]: the page. It speaks only `loopscope_protocol` to the worker and never links the
//!   engine, so the page's own wasm stays small (docs/ARCHITECTURE.md, "Crates and their
//!   invariants"). Only this crate touches `web-sys`.
//! - `src/bin/loopscope-worker.rs`: the worker, a `loopscope_session::host::Host` behind
//!   `onmessage`.
//!
//! Both are built for wasm by Trunk (`index.html`); natively they compile (so clippy and the
//! native tests see them) but are never run.

#![forbid(unsafe_code)]

pub mod ui;

/// Both binaries allocate with talc instead of Rust's default for `wasm32-unknown-unknown`
/// (dlmalloc): the worker's wasm 4 KiB and the page's 7 KiB smaller, the worker's runs no
/// slower (docs/BENCHMARKS.md). The page and the worker are single-threaded, which talc's
/// cell requires. (The worker links this library only for this.)
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

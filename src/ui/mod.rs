//! The page (wasm only): Yew components over the session. Only this module touches `web-sys`.
//! The engine itself runs in a Web Worker (`src/bin/loopscope-worker.rs`); the page talks to
//! it through [`client`] and only renders the snapshots it answers with.
//!
//! - [`app`]: the layout.
//! - [`state`]: the page state as a reducer over [`state::Action`]s.
//! - [`hooks`]: the effects: the worker and its requests, playing, shortcuts, embedding.
//! - [`client`]: the worker, its request queue and the coalescing of panel requests.
//! - [`editor`] and [`highlight`]: the program editor with line markers.
//! - [`dialog`]: modal dialogs (focus trap, Escape, backdrop); [`settings`]: the Settings
//!   dialog, which edits the program's `# loopscope:` header.
//! - [`controls`] and [`keys`]: stepping, playing, scrubbing; shortcuts and their help.
//! - [`panels`]: one component per panel.
//! - [`share`]: share links, embed options and the postMessage API, downloads.
//! - [`storage`]: the last program in `localStorage`, gallery links in the URL hash.

pub mod app;
pub mod client;
pub mod controls;
pub mod dialog;
pub mod editor;
pub mod highlight;
pub mod hooks;
pub mod keys;
pub mod panels;
pub mod settings;
pub mod share;
pub mod state;
mod storage;

/// Mounts the playground on `<body>`; called by `main` when the page loads.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

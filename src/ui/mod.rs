//! The page (wasm only): Yew components over the engine. Only this module touches `web-sys`.
//!
//! - [`app`]: the playground shell: header, editor, Run, output.
//! - [`state`]: the page state as a reducer over [`state::Action`]s.
//! - [`storage`]: the last program, kept in `localStorage`.

pub mod app;
pub mod state;
mod storage;

/// Mounts the playground on `<body>`; called by `main` when the page loads.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

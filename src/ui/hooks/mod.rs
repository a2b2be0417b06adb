//! The page's effects, as hooks (the style of Yew's `function_todomvc` example): the state is a
//! reducer over `Action`s (`ui::state`), and what talks to the world outside the page's state
//! lives here, so `app` keeps only the layout.
//!
//! - [`use_worker`]: the worker that runs programs, the requests each state change needs, and
//!   a [`WorkerHandle`] to run, stop, step and download with.
//! - [`use_playback`]: the next step while playing.
//! - [`use_shortcuts`]: the keyboard shortcuts.
//! - [`use_embed`]: an embedded page's messages to and from the page that embeds it.

mod use_embed;
mod use_playback;
mod use_shortcuts;
mod use_worker;

pub use use_embed::use_embed;
pub use use_playback::use_playback;
pub use use_shortcuts::use_shortcuts;
pub use use_worker::{use_worker, WorkerHandle};

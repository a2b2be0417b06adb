//! An embedded page (`?embed`) and the page that embeds it: this one tells its parent its
//! height after every render and when a run is ready, and obeys the parent's commands
//! (`share::HostCommand`; the postMessage API is described in `ui::share`).

use super::WorkerHandle;
use crate::ui::controls::Command;
use crate::ui::share::{self, HostCommand};
use crate::ui::state::{Action, Playground};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the embedding page's command `c` does.
fn obey(c: HostCommand, state: &UseReducerHandle<Playground>, worker: &WorkerHandle) {
    match c {
        HostCommand::Load(program) => {
            state.dispatch(Action::Load(program.clone()));
            // Run what was sent, not the editor's text of this render.
            worker.run(program, state.settings.clone());
        }
        HostCommand::GoTo(step) => state.dispatch(Action::GoTo(step)),
        HostCommand::Play => {
            if !state.playing {
                worker.command(state, Command::PlayPause)
            }
        }
        HostCommand::Pause => state.dispatch(Action::Pause),
    }
}

#[hook]
pub fn use_embed(state: &UseReducerHandle<Playground>, worker: &WorkerHandle) {
    // Keep the parent informed of this page's height and of finished runs.
    let embedded = state.embed.is_some();
    use_effect(move || {
        if embedded {
            let height = share::page_height();
            share::tell_parent(&serde_json::json!({"type": "loopscope:height", "height": height}));
        }
    });
    use_effect_with(state.steps(), move |steps| {
        if embedded && *steps > 0 {
            share::tell_parent(&serde_json::json!({"type": "loopscope:ready", "steps": steps}));
        }
    });

    // Commands from the page that embeds this one, acting on the state of the latest render.
    let on_host = {
        let (state, worker) = (state.clone(), worker.clone());
        Callback::from(move |c: HostCommand| obey(c, &state, &worker))
    };
    let latest = use_mut_ref(|| on_host.clone());
    *latest.borrow_mut() = on_host;
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "message", move |event| {
                let Some(e) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
                if let Some(c) = share::host_command(&e.data()) {
                    latest.borrow().emit(c);
                }
            })
        });
        move || drop(listener)
    });
}

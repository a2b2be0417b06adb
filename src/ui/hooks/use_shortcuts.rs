//! Keyboard shortcuts, wherever the focus is (except while typing): one `keydown` listener on
//! the window for the page's life, acting on the state of the latest render.

use super::WorkerHandle;
use crate::ui::controls::Command;
use crate::ui::keys::{shortcut, Shortcut};
use crate::ui::state::{Action, Playground, SPEEDS};
use loopscope_protocol::messages::StepBy;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What `s` does to the page as `state` shows it.
fn perform(s: Shortcut, state: &UseReducerHandle<Playground>, worker: &WorkerHandle) {
    let task_line = |forward| {
        if let Some(task) = state.frames_task() {
            worker.seek(state.step, StepBy::TaskLine { task }, forward);
        }
    };
    let speed_index = SPEEDS.iter().position(|s| *s == state.speed).unwrap_or(1);
    match s {
        Shortcut::PlayPause => worker.command(state, Command::PlayPause),
        Shortcut::Forward => worker.command(state, Command::Forward),
        Shortcut::Back => worker.command(state, Command::Back),
        Shortcut::EventForward => worker.seek(state.step, StepBy::Event, true),
        Shortcut::EventBack => worker.seek(state.step, StepBy::Event, false),
        Shortcut::CallbackForward => worker.seek(state.step, StepBy::Callback, true),
        Shortcut::CallbackBack => worker.seek(state.step, StepBy::Callback, false),
        Shortcut::CycleForward => worker.seek(state.step, StepBy::Cycle, true),
        Shortcut::CycleBack => worker.seek(state.step, StepBy::Cycle, false),
        Shortcut::TaskLineForward => task_line(true),
        Shortcut::TaskLineBack => task_line(false),
        Shortcut::Start => worker.command(state, Command::Start),
        Shortcut::End => worker.command(state, Command::End),
        Shortcut::Faster => {
            state.dispatch(Action::SetSpeed(SPEEDS[(speed_index + 1).min(SPEEDS.len() - 1)]))
        }
        Shortcut::Slower => state.dispatch(Action::SetSpeed(SPEEDS[speed_index.saturating_sub(1)])),
        Shortcut::Run => worker.run(state.program.clone(), state.settings.clone()),
        Shortcut::Help => state.dispatch(Action::ToggleHelp),
        Shortcut::Close => state.dispatch(Action::CloseDialogs),
    }
}

#[hook]
pub fn use_shortcuts(state: &UseReducerHandle<Playground>, worker: &WorkerHandle) {
    let on_shortcut = {
        let (state, worker) = (state.clone(), worker.clone());
        Callback::from(move |s: Shortcut| perform(s, &state, &worker))
    };
    // The listener lives as long as the page; it reads the callback of the latest render.
    let latest = use_mut_ref(|| on_shortcut.clone());
    *latest.borrow_mut() = on_shortcut;
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let options = gloo_events::EventListenerOptions::enable_prevent_default();
            gloo_events::EventListener::new_with_options(
                &window,
                "keydown",
                options,
                move |event| {
                    let Some(e) = event.dyn_ref::<KeyboardEvent>() else { return };
                    let typing =
                        e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(
                            |el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"),
                        );
                    let Some(s) = shortcut(e) else { return };
                    if typing && s != Shortcut::Run && s != Shortcut::Close {
                        return;
                    }
                    e.prevent_default();
                    latest.borrow().emit(s);
                },
            )
        });
        move || drop(listener)
    });
}

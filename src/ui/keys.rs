//! Keyboard shortcuts and the help overlay that lists them.

use super::dialog::Modal;
use yew::prelude::*;

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    PlayPause,
    Forward,
    Back,
    /// By one event, whatever the chosen unit.
    EventForward,
    EventBack,
    CallbackForward,
    CallbackBack,
    CycleForward,
    CycleBack,
    TaskLineForward,
    TaskLineBack,
    Start,
    End,
    Faster,
    Slower,
    Run,
    Help,
    Close,
}

/// Keys, what they do, and the words the help overlay shows.
pub const SHORTCUTS: &[(&str, &str, Shortcut)] = &[
    ("Space", "play or pause", Shortcut::PlayPause),
    ("→ / ←", "step forward / back by the chosen unit", Shortcut::Forward),
    ("e / E", "next / previous event", Shortcut::EventForward),
    ("c / C", "next / previous callback", Shortcut::CallbackForward),
    ("y / Y", "next / previous loop cycle", Shortcut::CycleForward),
    ("l / L", "next / previous line of the task in Frames", Shortcut::TaskLineForward),
    ("Home / End", "jump to the start / end", Shortcut::Start),
    ("+ / −", "play faster / slower", Shortcut::Faster),
    ("Ctrl+Enter", "run the program", Shortcut::Run),
    ("?", "show or hide this help", Shortcut::Help),
    ("Esc", "close this help", Shortcut::Close),
];

/// The shortcut for a key press outside text fields.
pub fn shortcut(e: &KeyboardEvent) -> Option<Shortcut> {
    if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
        return Some(Shortcut::Run);
    }
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    Some(match e.key().as_str() {
        " " => Shortcut::PlayPause,
        "ArrowRight" => Shortcut::Forward,
        "ArrowLeft" => Shortcut::Back,
        "e" => Shortcut::EventForward,
        "E" => Shortcut::EventBack,
        "c" => Shortcut::CallbackForward,
        "C" => Shortcut::CallbackBack,
        "y" => Shortcut::CycleForward,
        "Y" => Shortcut::CycleBack,
        "l" => Shortcut::TaskLineForward,
        "L" => Shortcut::TaskLineBack,
        "Home" => Shortcut::Start,
        "End" => Shortcut::End,
        "+" | "=" => Shortcut::Faster,
        "-" => Shortcut::Slower,
        "?" => Shortcut::Help,
        "Escape" => Shortcut::Close,
        _ => return None,
    })
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

#[function_component(Help)]
pub fn help(props: &HelpProps) -> Html {
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <Modal labelledby="help-heading" on_close={props.on_close.clone()}>
                <h2 id="help-heading">{"Keyboard shortcuts"}</h2>
                <table class="shortcuts">
                    <tbody>
                        { for SHORTCUTS.iter().map(|(keys, what, _)| html! {
                            <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr>
                        }) }
                    </tbody>
                </table>
                <p>{"Click a line number in the editor to go to the next step that runs that line. Click a task to see its frames."}</p>
                <button class="primary" onclick={close}>{"Close"}</button>
        </Modal>
    }
}

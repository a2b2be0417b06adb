//! The threads panel (issue 14): each thread with its state, what it waits for while
//! blocked, the task its loop runs and its frames. Shown with the tasks once the program
//! started a thread.

use super::PanelFrame;
use loopscope_protocol::view::{Snapshot, ThreadRow};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
}

/// An icon per state, so the state never depends on colour alone.
fn state_icon(state: &str) -> &'static str {
    match state {
        "running" => "▶",
        "blocked" => "‖",
        "done" => "✓",
        _ => "◌",
    }
}

fn thread_row(t: &ThreadRow) -> Html {
    let frames = t.frames.join(" → ");
    html! {
        <li class={classes!("thread", format!("thread-{}", t.state))} role="group" aria-label={t.name.clone()}>
            <div class="thread-head">
                <span class="icon" aria-hidden="true">{state_icon(&t.state)}</span>
                <span class="name">{&t.name}</span>
                <span class="state">{&t.state}</span>
                if !t.waits.is_empty() { <span class="detail">{format!("waits for {}", t.waits)}</span> }
                if let Some(task) = &t.task { <span class="tag">{format!("runs {task}")}</span> }
            </div>
            if !frames.is_empty() { <div class="chain" aria-label={format!("Frames of {}", t.name)}>{frames}</div> }
        </li>
    }
}

#[function_component(Threads)]
pub fn threads(props: &Props) -> Html {
    let s = &props.snapshot;
    let live = s.threads.iter().filter(|t| t.state != "done").count();
    html! {
        <PanelFrame id="threads" title="Threads" note={format!("{live} alive")}>
            <ul class="threads" aria-label="Threads">{ for s.threads.iter().map(thread_row) }</ul>
            if s.threads.iter().any(|t| t.name.starts_with("Process ")) {
                <p class="sim-note" role="note">{"Processes are simulated: each is a fork of the program (its own copy of the globals, its own GIL) running on the run's virtual cores, sharing them when more processes want one than there are cores."}</p>
            }
        </PanelFrame>
    }
}

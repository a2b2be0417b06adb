//! The console: what the program printed up to the current step, each line with the virtual
//! time of its first character; stderr set apart.

use super::PanelFrame;
use loopscope_protocol::console::{ConsoleLine, Stream};
use loopscope_protocol::view::Snapshot;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
    pub on_go: Callback<u64>,
}

#[function_component(Console)]
pub fn console(props: &Props) -> Html {
    let c = &props.snapshot.console;
    let earlier = c.offset;
    let ahead = &props.snapshot.console_ahead;
    html! {
        <PanelFrame id="console" title="Console" note={format!("{} line(s)", c.total)}>
            if earlier > 0 { <p class="panel-note">{format!("{earlier} earlier line(s) not shown")}</p> }
            if c.rows.is_empty() && ahead.is_empty() {
                <p class="empty">{"Nothing printed."}</p>
            } else {
                if c.rows.is_empty() {
                    <p class="empty">{"Nothing printed yet at this step. Dimmed below: what the run prints later (click a time to go there)."}</p>
                }
                if !c.rows.is_empty() {
                    <ol class="console-lines" aria-label="Program output">
                        { for c.rows.iter().map(|l| line(l, false, &props.on_go)) }
                    </ol>
                }
                if !ahead.is_empty() {
                    <ol class="console-lines ahead" aria-label="Output printed after this step">
                        { for ahead.iter().map(|l| line(l, true, &props.on_go)) }
                    </ol>
                }
            }
        </PanelFrame>
    }
}

/// One line; `ahead`: printed after the current step (dimmed).
fn line(l: &ConsoleLine, ahead: bool, on_go: &Callback<u64>) -> Html {
    let step = l.step;
    let on_go = on_go.clone();
    let stderr = l.stream == Stream::Stderr;
    let verb = if ahead { "prints" } else { "printed" };
    html! {
        <li class={classes!("console-line", stderr.then_some("stderr"), ahead.then_some("ahead"))}>
            <button class="time" title={format!("Go to the step that {verb} this")}
                    aria-label={format!("Go to the step that {verb} at {:.3} seconds", l.time)}
                    onclick={Callback::from(move |_| on_go.emit(step))}>
                {format!("{:.3}", l.time)}
            </button>
            if stderr { <span class="stream">{"stderr"}</span> }
            <code class="text">{&l.text}</code>
        </li>
    }
}

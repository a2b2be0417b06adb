//! The console: what the program printed up to the current step, each line with the virtual
//! time of its first character; stderr set apart.

use super::PanelFrame;
use loopscope_protocol::console::Stream;
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
    html! {
        <PanelFrame id="console" title="Console" note={format!("{} line(s)", c.total)}>
            if earlier > 0 { <p class="panel-note">{format!("{earlier} earlier line(s) not shown")}</p> }
            if c.rows.is_empty() {
                <p class="empty">{"Nothing printed yet."}</p>
            } else {
                <ol class="console-lines" aria-label="Program output">
                    { for c.rows.iter().map(|l| {
                        let step = l.step;
                        let on_go = props.on_go.clone();
                        let stderr = l.stream == Stream::Stderr;
                        html! {
                            <li class={classes!("console-line", stderr.then_some("stderr"))}>
                                <button class="time" title="Go to the step that printed this"
                                        aria-label={format!("Go to the step that printed at {:.3} seconds", l.time)}
                                        onclick={Callback::from(move |_| on_go.emit(step))}>
                                    {format!("{:.3}", l.time)}
                                </button>
                                if stderr { <span class="stream">{"stderr"}</span> }
                                <code class="text">{&l.text}</code>
                            </li>
                        }
                    }) }
                </ol>
            }
        </PanelFrame>
    }
}

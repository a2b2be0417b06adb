//! The frames panel: the selected task's coroutine stack (or module code), each frame with its
//! current line, its locals and the bytecode around where it stands. A suspended coroutine
//! keeps all of these: that is what lets `await` resume it.

use super::PanelFrame;
use loopscope_protocol::view::{FrameRow, Snapshot};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
    pub on_focus: Callback<Option<u32>>,
}

fn frame_view(f: &FrameRow) -> Html {
    html! {
        <article class={classes!("frame", f.state.css_class())}>
            <h3>
                <code>{format!("{}()", f.name)}</code>
                <span class="where">{format!("{} line {}", f.file, f.line)}</span>
                <span class="state">{format!("{} {}", f.kind.label(), f.state.label())}</span>
            </h3>
            if f.locals.is_empty() {
                <p class="empty">{"No local variables."}</p>
            } else {
                <table class="locals">
                    <caption class="sr-only">{format!("Locals of {}", f.name)}</caption>
                    <tbody>
                        { for f.locals.iter().map(|l| html! {
                            <tr>
                                <th scope="row"><code>{&l.name}</code></th>
                                <td><code>{l.repr.clone().unwrap_or_else(|| "(unbound)".into())}</code></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if !f.bytecode.is_empty() {
                <details class="bytecode" open=true>
                    <summary>{"Bytecode"}</summary>
                    <table>
                        <tbody>
                            { for f.bytecode.iter().map(|d| html! {
                                <tr class={classes!(d.current.then_some("current"))}>
                                    <td class="line">{d.line.map(|l| l.to_string()).unwrap_or_default()}</td>
                                    <td class="index">{d.index * 2}</td>
                                    <td class="op">{&d.op}</td>
                                    <td class="arg">{&d.arg}</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </article>
    }
}

#[function_component(Frames)]
pub fn frames(props: &Props) -> Html {
    let stack = &props.snapshot.stack;
    let on_focus = props.on_focus.clone();
    html! {
        <PanelFrame id="frames" title="Frames" note={stack.owner.clone()}>
            if stack.task.is_some() {
                <button class="link" onclick={Callback::from(move |_| on_focus.emit(None))}>
                    {"Follow the running task"}
                </button>
            }
            if stack.frames.is_empty() {
                <p class="empty">{"No frames: nothing of this is running or suspended. Pick a task in the Tasks panel."}</p>
            } else {
                { for stack.frames.iter().rev().map(frame_view) }
            }
        </PanelFrame>
    }
}

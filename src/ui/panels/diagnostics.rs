//! Diagnostics: what asyncio's debug mode and CPython's warnings would report, each linking to
//! the step where it happened.

use super::PanelFrame;
use loopscope_protocol::messages::RunSummary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub summary: std::rc::Rc<RunSummary>,
    pub on_go: Callback<u64>,
}

#[function_component(Diagnostics)]
pub fn diagnostics(props: &Props) -> Html {
    let d = &props.summary.diagnostics;
    html! {
        <PanelFrame id="diagnostics" title="Diagnostics" note={format!("{} found", d.len())}>
            if d.is_empty() {
                <p class="empty">{"None: no blocking callbacks, unawaited coroutines, lost exceptions or deadlocks."}</p>
            } else {
                <ul class="diagnostics">
                    { for d.iter().map(|row| {
                        let step = row.step;
                        let on_go = props.on_go.clone();
                        let first = row.text.lines().next().unwrap_or("").to_string();
                        html! {
                            <li class="diagnostic">
                                <span class="kind">{row.kind.label()}</span>
                                <button class="link" onclick={Callback::from(move |_| on_go.emit(step))}
                                        aria-label={format!("Go to step {step}: {}", row.kind.label())}>
                                    {format!("at {:.3} s, step {step}", row.time)}
                                </button>
                                <code class="text" title={row.text.clone()}>{first}</code>
                            </li>
                        }
                    }) }
                </ul>
            }
        </PanelFrame>
    }
}

//! The loop cycle panel: the phases of `_run_once`, the current one lit, the cycle number, the
//! virtual clock, and what the last step did.

use super::{seconds, PanelFrame};
use loopscope_protocol::view::{LoopPhase, Snapshot};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
}

#[function_component(LoopCycle)]
pub fn loop_cycle(props: &Props) -> Html {
    let s = &props.snapshot;
    let timeout = match (s.phase, s.select_timeout) {
        (None, _) => "—".to_string(),
        (_, None) => "forever".to_string(),
        (_, Some(t)) => seconds(t),
    };
    html! {
        <PanelFrame id="loop" title="Loop cycle">
            <dl class="facts">
                <div><dt>{"cycle"}</dt><dd class="cycle-number">{s.cycle}</dd></div>
                <div><dt>{"clock"}</dt><dd class="clock">{seconds(s.time)}</dd></div>
                <div><dt>{"select timeout"}</dt><dd>{timeout}</dd></div>
                <div><dt>{"running"}</dt><dd>{s.running.clone().unwrap_or_else(|| "—".into())}</dd></div>
            </dl>
            <ol class="phases" aria-label="Phases of one loop cycle">
                { for LoopPhase::ALL.iter().map(|p| {
                    let current = s.phase == Some(*p);
                    html! {
                        <li class={classes!("phase", current.then_some("current"))}
                            aria-current={current.then_some("step")}>
                            <span class="phase-mark" aria-hidden="true">{ if current { "●" } else { "○" } }</span>
                            {p.label()}
                        </li>
                    }
                }) }
            </ol>
            <p class="event-text" aria-live="polite">{&s.event}</p>
        </PanelFrame>
    }
}

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

/// `fd 6 readable`, one per fd the cycle's `select` reported, in fd order.
fn io_events(s: &Snapshot) -> Vec<String> {
    s.io_keys
        .iter()
        .filter(|k| k.ready_read || k.ready_write)
        .map(|k| {
            let what = match (k.ready_read, k.ready_write) {
                (true, true) => "readable, writable",
                (true, false) => "readable",
                _ => "writable",
            };
            format!("fd {} {what}", k.fd)
        })
        .collect()
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
                    // The fds the last select returned, under the phase that handles them.
                    let io = if *p == LoopPhase::ProcessEvents { io_events(s) } else { Vec::new() };
                    html! {
                        <li class={classes!("phase", current.then_some("current"), (!io.is_empty()).then_some("has-io"))}
                            aria-current={current.then_some("step")}>
                            <span class="phase-mark" aria-hidden="true">{ if current { "●" } else { "○" } }</span>
                            {p.label()}
                            if !io.is_empty() {
                                <ul class="phase-io" aria-label="I/O events the last select returned">
                                    { for io.into_iter().map(|e| html! { <li>{e}</li> }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ol>
            <p class="event-text" aria-live="polite">{&s.event}</p>
        </PanelFrame>
    }
}

//! One component per panel. Each takes the snapshot of the current step (and callbacks to
//! move to another step or scroll its list) and draws it; none keeps state of its own except
//! the timeline's zoom.

pub mod console;
pub mod diagnostics;
pub mod frames;
pub mod futures;
pub mod io;
pub mod loop_cycle;
pub mod queues;
pub mod syncs;
pub mod tasks;
pub mod threads;
pub mod timeline;
mod timeline_network;
mod virtual_list;

pub use virtual_list::VirtualList;

use yew::prelude::*;

/// A panel's frame: a heading and its body.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub id: &'static str,
    pub title: AttrValue,
    #[prop_or_default]
    pub note: AttrValue,
    #[prop_or_default]
    pub class: AttrValue,
    pub children: Html,
}

#[function_component(PanelFrame)]
pub fn panel_frame(props: &PanelProps) -> Html {
    let heading = format!("panel-{}-heading", props.id);
    html! {
        <section class={classes!("panel", format!("panel-{}", props.id), props.class.to_string())}
                 aria-labelledby={heading.clone()} data-panel={props.id}>
            <h2 id={heading}>{props.title.clone()}
                if !props.note.is_empty() { <span class="panel-note">{props.note.clone()}</span> }
            </h2>
            <div class="panel-body">{props.children.clone()}</div>
        </section>
    }
}

/// `1.234 s`
pub fn seconds(t: f64) -> String {
    format!("{t:.3} s")
}

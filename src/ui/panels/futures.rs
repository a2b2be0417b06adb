//! The futures panel: futures that are pending or awaited, with their state, result or
//! exception, the callbacks waiting on them and who awaits them.

use super::{PanelFrame, VirtualList};
use crate::ui::state::ListKind;
use loopscope_protocol::view::Snapshot;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
    pub on_scroll: Callback<(ListKind, u32)>,
}

#[function_component(Futures)]
pub fn futures(props: &Props) -> Html {
    let f = &props.snapshot.futures;
    let rows: Vec<Html> = f
        .rows
        .iter()
        .map(|row| {
            let mut detail = Vec::new();
            if !row.value.is_empty() {
                detail.push(row.value.clone());
            }
            if !row.awaited_by.is_empty() {
                detail.push(format!("awaited by {}", row.awaited_by.join(", ")));
            }
            if !row.callbacks.is_empty() {
                detail.push(format!("callbacks: {}", row.callbacks.join("; ")));
            }
            let detail = detail.join(" · ");
            html! {
                <div class={classes!("future", row.state.css_class())} title={detail.clone()}>
                    <span class="name">{&row.name}</span>
                    <span class="state">{row.state.label()}</span>
                    <span class="detail">{detail}</span>
                </div>
            }
        })
        .collect();
    let on_scroll = props.on_scroll.reform(|o| (ListKind::Futures, o));
    html! {
        <PanelFrame id="futures" title="Futures" note={format!("{} shown", f.total)}>
            <VirtualList label="Pending or awaited futures" total={f.total} offset={f.offset} {rows}
                         {on_scroll} empty="No pending futures (tasks are in the Tasks panel)." />
        </PanelFrame>
    }
}

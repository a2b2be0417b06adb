//! The ready queue (handles in the order they will run) and the timer heap (as `heapq`'s
//! array and as a tree).

use super::{PanelFrame, VirtualList};
use crate::ui::state::ListKind;
use loopscope_protocol::view::{HandleRow, Snapshot};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
    pub on_scroll: Callback<(ListKind, u32)>,
}

fn handle_row(position: usize, h: &HandleRow) -> Html {
    html! {
        <>
            <span class="pos">{position}</span>
            // The deadline first: it is what orders the heap, and it is never cut off.
            if let Some(when) = h.when { <span class="when">{format!("at {when:.3}")}</span> }
            if h.cancelled { <span class="tag">{"cancelled"}</span> }
            <span class={classes!("callback", h.cancelled.then_some("cancelled"))} title={h.callback.clone()}>{&h.callback}</span>
        </>
    }
}

#[function_component(ReadyQueue)]
pub fn ready_queue(props: &Props) -> Html {
    let r = &props.snapshot.ready;
    let rows: Vec<Html> =
        r.rows.iter().enumerate().map(|(i, h)| handle_row(r.offset as usize + i, h)).collect();
    let on_scroll = props.on_scroll.reform(|o| (ListKind::Ready, o));
    html! {
        <PanelFrame id="ready" title="Ready queue" note={format!("{} handle(s)", r.total)}>
            <VirtualList label="Ready handles, in run order" total={r.total} offset={r.offset}
                         {rows} {on_scroll} empty="Empty: nothing is ready to run." />
        </PanelFrame>
    }
}

#[function_component(TimerHeap)]
pub fn timer_heap(props: &Props) -> Html {
    let t = &props.snapshot.timers;
    let rows: Vec<Html> =
        t.rows.iter().enumerate().map(|(i, h)| handle_row(t.offset as usize + i, h)).collect();
    let on_scroll = props.on_scroll.reform(|o| (ListKind::Timers, o));
    html! {
        <PanelFrame id="timers" title="Timer heap" note={format!("{} timer(s)", t.total)}>
            <VirtualList label="Timer heap array (heapq order)" total={t.total} offset={t.offset}
                         {rows} {on_scroll} empty="Empty: no timers scheduled." />
            if !props.snapshot.heap_tree.is_empty() { { heap_tree(&props.snapshot.heap_tree) } }
        </PanelFrame>
    }
}

/// Levels of the heap the tree draws: three fit a panel at 1280 px without scrolling, with
/// readable labels; the array above lists every timer.
const TREE_LEVELS: usize = 3;

/// The top of the heap as a binary tree: node i has children 2i+1 and 2i+2.
fn heap_tree(nodes: &[HandleRow]) -> Html {
    const W: f64 = 300.0;
    let nodes = &nodes[..nodes.len().min((1 << TREE_LEVELS) - 1)];
    const LEVEL: f64 = 46.0;
    let levels = (usize::BITS - nodes.len().leading_zeros()) as f64;
    let height = levels * LEVEL + 10.0;
    let place = |i: usize| -> (f64, f64) {
        let depth = (usize::BITS - (i + 1).leading_zeros() - 1) as i32;
        let first = (1usize << depth) - 1;
        let slots = (1usize << depth) as f64;
        let x = (i - first) as f64 * W / slots + W / slots / 2.0;
        (x, depth as f64 * LEVEL + 18.0)
    };
    html! {
        // Drawn at its own size, so labels stay readable; narrow enough for any panel.
        <div class="heap-tree-wrap">
        <svg class="heap-tree" viewBox={format!("0 0 {W} {height}")} width={W.to_string()}
             height={height.to_string()} role="img"
             aria-label="The top of the timer heap as a tree">
            { for (1..nodes.len()).map(|i| {
                let (x1, y1) = place((i - 1) / 2);
                let (x2, y2) = place(i);
                html! { <line x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} class="edge" /> }
            }) }
            { for nodes.iter().enumerate().map(|(i, h)| {
                let (x, y) = place(i);
                let label = h.when.map(|w| format!("{w:.3}")).unwrap_or_default();
                html! {
                    <g class={classes!("node", h.cancelled.then_some("cancelled"))}>
                        <title>{format!("[{i}] {} at {}", h.callback, label)}</title>
                        <rect x={(x - 28.0).to_string()} y={(y - 12.0).to_string()} width="56" height="22" rx="5" />
                        <text x={x.to_string()} y={(y + 4.0).to_string()} text-anchor="middle">{label}</text>
                    </g>
                }
            }) }
        </svg>
        </div>
    }
}

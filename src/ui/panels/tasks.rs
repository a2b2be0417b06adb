//! The tasks panel: every task with its state (icon and word), what it awaits and its await
//! chain. Clicking a task shows its frames.

use super::{PanelFrame, VirtualList};
use crate::ui::state::ListKind;
use loopscope_protocol::view::{Snapshot, TaskRow, TaskState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
    pub focus: Option<u32>,
    pub on_scroll: Callback<(ListKind, u32)>,
    pub on_focus: Callback<Option<u32>>,
}

/// An icon per state, so the state never depends on colour alone.
pub fn state_icon(state: TaskState) -> &'static str {
    match state {
        TaskState::Pending => "◌",
        TaskState::Running => "▶",
        TaskState::Suspended => "‖",
        TaskState::Done => "✓",
        TaskState::Cancelled => "✕",
    }
}

fn task_row(t: &TaskRow, focused: bool, on_focus: &Callback<Option<u32>>) -> Html {
    let id = t.id;
    let on_focus = on_focus.clone();
    // A task blocked on a lock or queue says so; the future it awaits is in the tooltip.
    let detail = if !t.blocked_on.is_empty() {
        t.blocked_on.clone()
    } else if !t.awaiting.is_empty() {
        format!("awaits {}", t.awaiting)
    } else if !t.outcome.is_empty() {
        t.outcome.clone()
    } else {
        String::new()
    };
    let chain = t.chain.join(" → ");
    let mut title = format!("{} — {}", t.name, t.state.label());
    for part in [&t.origin, &detail, &t.awaiting, &chain] {
        if !part.is_empty() && !title.contains(part.as_str()) {
            title.push_str(&format!(" — {part}"));
        }
    }
    html! {
        <button class={classes!("task", t.state.css_class(), focused.then_some("focused"))}
                aria-pressed={focused.to_string()} {title}
                onclick={Callback::from(move |_| on_focus.emit(Some(id)))}>
            <span class="icon" aria-hidden="true">{state_icon(t.state)}</span>
            <span class="name">{&t.name}</span>
            <span class="state">{t.state.label()}</span>
            if t.cancel_requests > 0 { <span class="tag">{format!("cancel ×{}", t.cancel_requests)}</span> }
            if !t.origin.is_empty() { <span class="tag origin">{&t.origin}</span> }
            <span class="detail">{detail_html(t, &detail)}</span>
            if !chain.is_empty() { <span class="chain">{chain}</span> }
        </button>
    }
}

/// The detail with its leading verb in a span of its own, which a phone leaves out so the
/// await target fits whole.
fn detail_html(t: &TaskRow, detail: &str) -> Html {
    match detail.strip_prefix("awaits ") {
        Some(target) if t.blocked_on.is_empty() => html! {
            <><span class="verb">{"awaits "}</span>{target.to_string()}</>
        },
        _ => html! { {detail.to_string()} },
    }
}

#[function_component(Tasks)]
pub fn tasks(props: &Props) -> Html {
    let t = &props.snapshot.tasks;
    let rows: Vec<Html> = t
        .rows
        .iter()
        .map(|row| task_row(row, props.focus == Some(row.id), &props.on_focus))
        .collect();
    let on_scroll = props.on_scroll.reform(|o| (ListKind::Tasks, o));
    html! {
        <PanelFrame id="tasks" title="Tasks" note={format!("{} task(s)", t.total)}>
            <VirtualList label="Tasks in creation order" total={t.total} offset={t.offset} {rows}
                         {on_scroll} visible_rows={10} empty="No tasks yet." />
        </PanelFrame>
    }
}

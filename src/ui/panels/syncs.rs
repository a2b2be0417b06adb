//! The locks and queues panel: each Lock, Event, Condition, Semaphore, Barrier, Queue and
//! TaskGroup the program made, with its state and the tasks in its deques in order (a task
//! group's children with their states). Shown once the program made one.

use super::PanelFrame;
use crate::ui::panels::tasks::state_icon;
use loopscope_protocol::view::{Snapshot, SyncRow};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub snapshot: Rc<Snapshot>,
}

/// The heading of a primitive's deque list: `Waiters of Lock #1`, `Children of TaskGroup #2`.
fn members_label(row: &SyncRow) -> String {
    let roles: Vec<&str> = row.members.iter().map(|m| m.role.as_str()).collect();
    let word = if roles.iter().all(|r| *r == "child") { "Children" } else { "Waiters" };
    format!("{word} of {}", row.name)
}

fn sync_row(row: &SyncRow) -> Html {
    let members = row.members.iter().map(|m| {
        let role = match m.role.as_str() {
            "getter" => "get",
            "putter" => "put",
            _ => "",
        };
        html! {
            <li class={classes!("sync-member", m.state.map(|s| s.css_class()))}>
                if let Some(s) = m.state { <span class="icon" aria-hidden="true">{state_icon(s)}</span> }
                <span class="name">{&m.name}</span>
                if !role.is_empty() { <span class="tag">{role}</span> }
                if let Some(s) = m.state { <span class="state">{s.label()}</span> }
            </li>
        }
    });
    html! {
        <div class="sync" role="group" aria-label={row.name.clone()} title={row.state.clone()}>
            <div class="sync-head">
                <span class="name">{&row.name}</span>
                <span class="sync-state">{&row.state}</span>
            </div>
            if !row.members.is_empty() {
                <ol class="sync-members" aria-label={members_label(row)}>{ for members }</ol>
            }
        </div>
    }
}

#[function_component(Syncs)]
pub fn syncs(props: &Props) -> Html {
    let s = &props.snapshot;
    let more = s.syncs_total as usize - s.syncs.len().min(s.syncs_total as usize);
    html! {
        <PanelFrame id="syncs" title="Locks & queues" note={format!("{} made", s.syncs_total)}>
            <div class="syncs">
                { for s.syncs.iter().map(sync_row) }
                if more > 0 { <p class="muted">{format!("… and {more} more")}</p> }
            </div>
        </PanelFrame>
    }
}

//! The timeline panel's data: one lane per task over virtual time, with the spans where it ran,
//! waited or was ready, and the periods where one callback held the loop (`time.sleep`,
//! CPU-bound work). Built in one pass over the trace.

use crate::engine::fxhash::FxHashMap;
use crate::engine::trace::event::{Event, Phase};
use crate::engine::trace::Trace;
use serde::{Deserialize, Serialize};

/// Spans kept at most, over all lanes: a longer run keeps its first ones and says so.
pub const MAX_SPANS: usize = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpanKind {
    /// Created or woken, waiting in the ready queue for its step.
    Ready,
    Running,
    /// Suspended at an `await`.
    Suspended,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub start: f64,
    pub end: f64,
    pub kind: SpanKind,
    /// The step where the span begins (clicking it goes there).
    pub step: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    pub task: u32,
    pub name: String,
    pub spans: Vec<Span>,
    /// When the task finished, if it did.
    pub done_at: Option<f64>,
}

/// A callback that held the loop for at least `threshold` seconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Blocked {
    pub start: f64,
    pub end: f64,
    pub step: u64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Timeline {
    pub end_time: f64,
    pub lanes: Vec<Lane>,
    pub blocked: Vec<Blocked>,
    /// Virtual times at which loop cycles started (at most `MAX_SPANS`).
    pub cycles: Vec<f64>,
    /// True when `MAX_SPANS` cut the timeline short.
    pub truncated: bool,
}

struct Open {
    lane: usize,
    kind: SpanKind,
    start: f64,
    step: u64,
}

/// The timeline so far and each task's open span.
#[derive(Default)]
struct Builder {
    timeline: Timeline,
    lane_of: FxHashMap<u32, usize>,
    open: FxHashMap<u32, Open>,
    spans: usize,
}

impl Builder {
    /// Closes `task`'s open span at `now` and opens one of `kind` (none: the task finished).
    fn switch(&mut self, task: u32, kind: Option<SpanKind>, now: f64, step: u64) {
        if let Some(o) = self.open.remove(&task) {
            if self.spans < MAX_SPANS {
                self.spans += 1;
                let span = Span { start: o.start, end: now, kind: o.kind, step: o.step };
                self.timeline.lanes[o.lane].spans.push(span);
            } else {
                self.timeline.truncated = true;
            }
        }
        if let (Some(kind), Some(&lane)) = (kind, self.lane_of.get(&task)) {
            self.open.insert(task, Open { lane, kind, start: now, step });
        }
    }

    fn is_suspended(&self, task: u32) -> bool {
        self.open.get(&task).is_some_and(|o| o.kind == SpanKind::Suspended)
    }
}

/// Builds the timeline of `trace`; callbacks running `threshold` seconds or more are blocking.
pub fn build(trace: &Trace, threshold: f64) -> Timeline {
    let mut b = Builder::default();
    // The callback running now: when and at which step it started.
    let mut running_since: Option<(f64, u64)> = None;
    let mut reader = trace.events();
    while let Some(Ok(event)) = reader.next_event() {
        let state = reader.state();
        let (now, step) = (state.time, state.step);
        let stops_callback = matches!(
            event,
            Event::CycleStart
                | Event::HandleRun { .. }
                | Event::HandleSkip { .. }
                | Event::LoopClose
                | Event::PhaseStart { phase: Phase::RunReady | Phase::MoveDueTimers }
        );
        if stops_callback {
            if let Some((start, at)) = running_since.take() {
                if now - start >= threshold {
                    b.timeline.blocked.push(Blocked { start, end: now, step: at });
                }
            }
        }
        match event {
            Event::CycleStart if b.timeline.cycles.len() < MAX_SPANS => {
                b.timeline.cycles.push(now);
            }
            Event::HandleRun { .. } => running_since = Some((now, step)),
            Event::TaskNew { task, name, .. } => {
                b.lane_of.insert(task, b.timeline.lanes.len());
                b.timeline.lanes.push(Lane {
                    task,
                    name: trace.string(name).to_string(),
                    spans: Vec::new(),
                    done_at: None,
                });
                b.switch(task, Some(SpanKind::Ready), now, step);
            }
            Event::TaskRename { task, name } => {
                if let Some(&lane) = b.lane_of.get(&task) {
                    b.timeline.lanes[lane].name = trace.string(name).to_string();
                }
            }
            Event::TaskStep { task } => b.switch(task, Some(SpanKind::Running), now, step),
            Event::TaskWait { task, future: 0 } => b.switch(task, Some(SpanKind::Ready), now, step),
            Event::TaskWait { task, .. } => b.switch(task, Some(SpanKind::Suspended), now, step),
            // Woken: ready from now until its wakeup runs.
            Event::ReadyPush { target, .. } if b.is_suspended(target) => {
                b.switch(target, Some(SpanKind::Ready), now, step)
            }
            Event::FutureDone { future, .. } if b.lane_of.contains_key(&future) => {
                b.switch(future, None, now, step);
                let lane = b.lane_of[&future];
                b.timeline.lanes[lane].done_at = Some(now);
            }
            _ => {}
        }
    }
    let end = reader.state().time;
    b.timeline.end_time = end;
    // Tasks still pending at the end (a budget stop, or destroyed pending) keep open spans.
    let mut still_open: Vec<(u32, Open)> = b.open.drain().collect();
    still_open.sort_by_key(|(task, _)| *task);
    for (_, o) in still_open {
        let span = Span { start: o.start, end, kind: o.kind, step: o.step };
        b.timeline.lanes[o.lane].spans.push(span);
    }
    b.timeline
}

//! The timeline panel's data: one lane per task over virtual time, with the spans where it ran,
//! waited or was ready, and the periods where one callback held the loop (`time.sleep`,
//! CPU-bound work). Built in one pass over the trace.

use loopscope_protocol::timeline::*;
use loopscope_trace::event::{Event, Phase};
use loopscope_trace::Trace;
use rustc_hash::FxHashMap;

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
                let span =
                    Span { start: o.start, end: now, kind: o.kind, step: o.step, end_step: step };
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
    let (end, end_step) = (reader.state().time, reader.state().step);
    b.timeline.end_time = end;
    b.timeline.end_step = end_step;
    // Tasks still pending at the end (a budget stop, or destroyed pending) keep open spans.
    let mut still_open: Vec<(u32, Open)> = b.open.drain().collect();
    still_open.sort_by_key(|(task, _)| *task);
    for (_, o) in still_open {
        let span = Span { start: o.start, end, kind: o.kind, step: o.step, end_step };
        b.timeline.lanes[o.lane].spans.push(span);
    }
    b.timeline
}

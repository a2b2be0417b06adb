//! The timeline panel's data: one lane per task over virtual time, with the spans where it ran,
//! waited or was ready, and the periods where one callback held the loop (`time.sleep`,
//! CPU-bound work). Built in one pass over the trace (the session's replay pass, in the worker).

use crate::timeline_network::NetworkBand;
use crate::view::{default_thread_name, thread_wait_words};
use loopscope_protocol::timeline::*;
use loopscope_trace::event::{Event, Phase, ThreadWait};
use loopscope_trace::replay::ReplayState;
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

/// One lane per thread (issue 14), made when the program starts its first thread (the main
/// thread's lane then begins at 0: it ran alone until then).
#[derive(Default)]
struct ThreadLanes {
    lanes: Vec<Lane>,
    /// Each thread's open span: kind, what it waits for, start time and step.
    open: Vec<Option<(SpanKind, String, f64, u64)>>,
    /// Names `threading` gave, by thread (lanes made later take theirs from here).
    names: Vec<String>,
}

impl ThreadLanes {
    /// Lanes for threads up to `thread` (ids are small and dense; a bound keeps a bad one out).
    fn lane(&mut self, thread: u32) -> Option<usize> {
        let i = thread as usize;
        if thread >= 1 << 12 {
            return None;
        }
        while self.lanes.len() <= i {
            let id = self.lanes.len() as u32;
            let name = match self.names.get(id as usize) {
                Some(name) if !name.is_empty() => name.clone(),
                _ => default_thread_name(id),
            };
            self.lanes.push(Lane {
                task: 0,
                name,
                spans: Vec::new(),
                done_at: None,
                thread: Some(id),
                notes: Vec::new(),
            });
            self.open.push(None);
        }
        Some(i)
    }

    fn start(&mut self, thread: u32, now: f64, step: u64) {
        if self.lanes.is_empty() {
            self.lane(0);
            self.open[0] = Some((SpanKind::Running, String::new(), 0.0, 0));
        }
        self.switch(thread, Some((SpanKind::Ready, String::new())), now, step);
    }

    /// Closes `thread`'s open span at `now` and opens one of `next` (none: it ended).
    fn switch(&mut self, thread: u32, next: Option<(SpanKind, String)>, now: f64, step: u64) {
        let Some(i) = self.lane(thread) else { return };
        let running = |o: &Option<(SpanKind, String, f64, u64)>| {
            o.as_ref().is_some_and(|(kind, ..)| *kind == SpanKind::Running)
        };
        if running(&self.open[i])
            && next.as_ref().is_some_and(|(kind, _)| *kind == SpanKind::Running)
        {
            return;
        }
        if let Some((kind, note, start, at)) = self.open[i].take() {
            let span = Span { start, end: now, kind, step: at, end_step: step };
            self.lanes[i].spans.push(span);
            self.lanes[i].notes.push(note);
        }
        self.open[i] = next.map(|(kind, note)| (kind, note, now, step));
    }

    /// A simulated process's lane (issue 14 item 4): its first thread's, named for it.
    fn name_process(&mut self, thread: u32, pid: u32) {
        self.name(thread, &format!("Process {pid}"));
    }

    /// `threading` named `thread` (issue 14).
    fn name(&mut self, thread: u32, name: &str) {
        let i = thread as usize;
        if thread >= 1 << 12 {
            return;
        }
        if self.names.len() <= i {
            self.names.resize(i + 1, String::new());
        }
        self.names[i] = name.to_string();
        if let Some(lane) = self.lanes.get_mut(i) {
            lane.name = name.to_string();
        }
    }

    /// Threads still alive at the end keep their spans to the end.
    fn finish(&mut self, end: f64, end_step: u64) {
        for i in 0..self.lanes.len() {
            if self.open[i].is_some() {
                self.switch(i as u32, None, end, end_step);
            }
        }
    }
}

/// Builds the timeline of `trace`; callbacks running `threshold` seconds or more are blocking.
pub fn build(trace: &Trace, threshold: f64) -> Timeline {
    let mut builder = TimelineBuilder::new(trace, threshold);
    let mut reader = trace.events();
    while let Some(Ok(event)) = reader.next_event() {
        builder.observe(&event, reader.state());
    }
    builder.finish()
}

/// The timeline built event by event, as a reader replays the trace: `build` reads the trace
/// for it, and a session feeds it from `Replay::new_watched`, so a run's trace is decoded once
/// for both.
pub struct TimelineBuilder<'t> {
    trace: &'t Trace,
    threshold: f64,
    b: Builder,
    /// The callback running now: when and at which step it started.
    running_since: Option<(f64, u64)>,
    threads: ThreadLanes,
    network: NetworkBand,
    /// The time and step after the last event seen (where open spans end).
    end: (f64, u64),
}

impl<'t> TimelineBuilder<'t> {
    /// Callbacks running `threshold` seconds or more are blocking.
    pub fn new(trace: &'t Trace, threshold: f64) -> Self {
        TimelineBuilder {
            trace,
            threshold,
            b: Builder::default(),
            running_since: None,
            threads: ThreadLanes::default(),
            network: NetworkBand::default(),
            end: (0.0, 0),
        }
    }

    /// One event of the trace, with the replayed state after it.
    pub fn observe(&mut self, event: &Event, state: &ReplayState) {
        let (now, step) = (state.time, state.step);
        self.end = (now, step);
        // Three events in four are lines, locals and frames: nothing the timeline draws.
        if matches!(
            event,
            Event::Line { .. }
                | Event::Local { .. }
                | Event::LocalUnbound { .. }
                | Event::FrameEnter { .. }
                | Event::FrameExit { .. }
                | Event::FrameSuspend { .. }
                | Event::FrameResume { .. }
                | Event::FrameAwait { .. }
        ) {
            return;
        }
        let (b, threads, trace) = (&mut self.b, &mut self.threads, self.trace);
        let stops_callback = matches!(
            event,
            Event::CycleStart
                | Event::HandleRun { .. }
                | Event::HandleSkip { .. }
                | Event::LoopClose
                | Event::PhaseStart { phase: Phase::RunReady | Phase::MoveDueTimers }
        );
        if stops_callback {
            if let Some((start, at)) = self.running_since.take() {
                if now - start >= self.threshold {
                    b.timeline.blocked.push(Blocked { start, end: now, step: at });
                }
            }
        }
        match *event {
            Event::CycleStart if b.timeline.cycles.len() < MAX_SPANS => {
                b.timeline.cycles.push(now);
            }
            Event::HandleRun { .. } => self.running_since = Some((now, step)),
            Event::TaskNew { task, name, .. } => {
                b.lane_of.insert(task, b.timeline.lanes.len());
                b.timeline.lanes.push(Lane {
                    task,
                    name: trace.string(name).to_string(),
                    spans: Vec::new(),
                    done_at: None,
                    thread: None,
                    notes: Vec::new(),
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
            Event::ThreadStart { thread } => {
                threads.start(thread, now, step);
            }
            Event::ThreadSwitch { thread } => {
                threads.switch(thread, Some((SpanKind::Running, String::new())), now, step)
            }
            Event::ThreadBlock { reason, until } => {
                let kind =
                    if reason == ThreadWait::Start { SpanKind::Ready } else { SpanKind::Blocked };
                let note = thread_wait_words(reason, until);
                threads.switch(state.current_thread, Some((kind, note)), now, step)
            }
            Event::ThreadWake { thread } => {
                threads.switch(thread, Some((SpanKind::Ready, String::new())), now, step)
            }
            Event::ProcessStart { thread, pid } => threads.name_process(thread, pid),
            // A process on a core of its own keeps running on its lane (its span stays open
            // while the engine runs another process, and goes on when it comes back).
            Event::CoreYield { shared: false } => {}
            Event::CoreYield { shared: true } => threads.switch(
                state.current_thread,
                Some((SpanKind::Ready, "a core".to_string())),
                now,
                step,
            ),
            Event::ThreadEnd { thread } => {
                threads.switch(thread, None, now, step);
                if let Some(lane) = threads.lanes.get_mut(thread as usize) {
                    lane.done_at = Some(now);
                }
            }
            Event::ThreadName { thread, name } => threads.name(thread, trace.string(name)),
            Event::Packet { kind, src, dst, bytes, sent, arrival } => {
                self.network.add(trace, kind, (src, dst), bytes, (sent, arrival), step)
            }
            _ => {}
        }
    }

    /// The timeline, once every event was seen.
    pub fn finish(self) -> Timeline {
        let TimelineBuilder { mut b, mut threads, network, end: (end, end_step), .. } = self;
        b.timeline.network = network.finish();
        threads.finish(end, end_step);
        if !threads.lanes.is_empty() {
            let tasks = std::mem::take(&mut b.timeline.lanes);
            b.timeline.lanes = threads.lanes;
            b.timeline.lanes.extend(tasks);
        }
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
}

//! The frames check: what the frames panel shows (the session's view model, `view::stack`) at
//! each task suspension, written in the format of `expected/NAME.frames`, which harness.py
//! recorded from CPython's suspended coroutine frames (tests/conformance/README.md, "Frames").
//!
//! A point is the end of a task's step that left it pending: the engine's `task_wait` event;
//! in CPython the end of the loop callback that stepped the task. At each point the file lists
//! the tasks whose entry changed since the previous point, and `task N done` for the tasks
//! that finished; `N` counts tasks in creation order from 1.

use loopscope_engine::RunOutcome;
use loopscope_session::view;
use loopscope_trace::event::Event;
use loopscope_trace::replay::{ReplayState, TaskState};
use loopscope_trace::Trace;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Scenarios whose frames the engine does not show as CPython does yet, and why: their check
/// must fail (and fails the run once it passes, so the entry goes when the gap closes), as an
/// `# xfail:` scenario's output must.
pub const KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

/// The first line of every expected frames file (harness.py's `FRAMES_HEADER`).
pub const HEADER: &str =
    "# frames at each task suspension (harness.py --regen; README.md, \"Frames\")\n";

/// What an expected frames file says.
pub enum Expected {
    /// The frames at each point, header included.
    Frames(String),
    /// The scenario's frames are not compared (the file says why).
    Skip,
}

impl Expected {
    pub fn parse(text: String) -> Expected {
        if text.starts_with("skip:") {
            Expected::Skip
        } else {
            Expected::Frames(text)
        }
    }
}

/// The entry of one pending task: its frames in `filename`, each with its line and the locals
/// bound in it.
fn task_entry(
    ordinal: usize,
    task: u32,
    state: &ReplayState,
    trace: &Trace,
    filename: &str,
) -> String {
    let Some(view) = state.tasks.get(&task) else { return String::new() };
    let mut out = format!("task {ordinal} {}", trace.string(view.name));
    if view.state == TaskState::Pending && view.frames.is_empty() {
        out.push_str(" not started\n");
        return out;
    }
    out.push('\n');
    for frame in view::stack(Some(task), state, trace).frames {
        if frame.file != filename {
            continue;
        }
        let _ = writeln!(out, "  {} line {}", frame.name, frame.line);
        for local in &frame.locals {
            if let Some(repr) = local.repr.as_deref() {
                let _ = writeln!(out, "    {} = {repr}", local.name);
            }
        }
    }
    out
}

/// The engine's frames file for a run of `filename`.
pub fn engine_frames(outcome: &RunOutcome, filename: &str) -> String {
    let trace = &outcome.trace;
    let mut out = String::from(HEADER);
    let mut last: BTreeMap<usize, String> = BTreeMap::new();
    let mut point = 0;
    let mut reader = trace.events();
    while let Some(Ok(event)) = reader.next_event() {
        let Event::TaskWait { task, .. } = event else { continue };
        let state = reader.state();
        point += 1;
        let ordinal_of =
            |t: u32| state.task_order.iter().position(|x| *x == t).map_or(0, |i| i + 1);
        let _ = writeln!(out, "@{point} t={:.3} task {} suspended", state.time, ordinal_of(task));
        let mut now = BTreeMap::new();
        for (i, &t) in state.task_order.iter().enumerate() {
            let done = state
                .tasks
                .get(&t)
                .is_none_or(|v| matches!(v.state, TaskState::Done | TaskState::Cancelled));
            if !done {
                now.insert(i + 1, task_entry(i + 1, t, state, trace, filename));
            }
        }
        for (n, entry) in &now {
            if last.get(n) != Some(entry) {
                out.push_str(entry);
            }
        }
        for n in last.keys().filter(|n| !now.contains_key(n)) {
            let _ = writeln!(out, "task {n} done");
        }
        last = now;
    }
    out
}

/// `<Future #12>` → `<Future #...>`: the engine numbers futures, an identity that CPython's
/// side cannot know, normalized like an address.
pub fn normalize_future_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" #") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with('>') {
            out.push_str("...");
            rest = &rest[digits..];
        }
    }
    out.push_str(rest);
    out
}

/// Where the engine's frames differ from CPython's: the first differing line with the point
/// it belongs to.
pub fn difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let i = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let point = |lines: &[&str]| {
        lines[..i.min(lines.len())].iter().rev().find(|l| l.starts_with('@')).map(|l| l.to_string())
    };
    let context =
        |lines: &[&str]| lines[i.saturating_sub(3)..(i + 4).min(lines.len())].join("\n      ");
    Some(format!(
        "frames differ at line {} (in point {:?}; {} lines expected, {} got):\n    expected:\n      {}\n    engine:\n      {}",
        i + 1,
        point(&e).or_else(|| point(&a)),
        e.len(),
        a.len(),
        context(&e),
        context(&a)
    ))
}

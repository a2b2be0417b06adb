//! Where "step forward/back by ..." lands: by one event, one callback, one loop cycle, to the
//! next line a chosen task executes, or to the next step that executes a source line.

use loopscope_protocol::messages::StepBy;
use loopscope_trace::event::Event;
use loopscope_trace::replay::{Replay, ReplayState};

/// The step `by` leads to from `from`, forwards or backwards; `from` itself when there is
/// nowhere to go.
pub fn seek(replay: &Replay, main_file: &str, from: u64, by: StepBy, forward: bool) -> u64 {
    let last = replay.len();
    let from = from.min(last);
    // A callback or cycle starts at its event; the state after it shows it under way.
    let starts = |list: &[u64]| -> u64 {
        if forward {
            let i = list.partition_point(|s| *s < from);
            list.get(i).map_or(last, |s| s + 1)
        } else {
            let i = list.partition_point(|s| s + 1 < from);
            if i == 0 {
                0
            } else {
                list[i - 1] + 1
            }
        }
    };
    match by {
        StepBy::Event if forward => (from + 1).min(last),
        StepBy::Event => from.saturating_sub(1),
        StepBy::Callback => starts(&replay.callback_starts),
        StepBy::Cycle => starts(&replay.cycle_starts),
        StepBy::TaskLine { task } => {
            let matches = |e: &Event, s: &ReplayState| match *e {
                Event::TaskStep { task: t } => t == task,
                Event::Line { frame, .. } => {
                    s.tasks.get(&task).is_some_and(|t| t.frames.contains(&frame))
                }
                _ => false,
            };
            let found = if forward {
                replay.find_forward(from, matches)
            } else {
                replay.find_backward(from, matches)
            };
            found.unwrap_or(from)
        }
        StepBy::SourceLine { line } => {
            let trace = replay.trace();
            let matches = |e: &Event, s: &ReplayState| match *e {
                Event::Line { frame, line: l } if l == line => s
                    .frames
                    .get(&frame)
                    .and_then(|f| trace.codes.get(f.code as usize))
                    .is_some_and(|c| c.filename == main_file),
                _ => false,
            };
            if forward {
                replay
                    .find_forward(from, matches)
                    .or_else(|| replay.find_forward(0, matches).filter(|s| *s <= from))
                    .unwrap_or(from)
            } else {
                replay.find_backward(from, matches).unwrap_or(from)
            }
        }
    }
}

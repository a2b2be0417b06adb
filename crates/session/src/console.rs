//! The console panel: stdout and stderr as lines, each stamped with the virtual time its first
//! character was written, and shown only as far as the current step has written them.

use loopscope_protocol::console::{ConsoleLine, Stream};
use loopscope_trace::replay::Output;
use loopscope_trace::Trace;

/// A piece of a line and the step that wrote it.
#[derive(Debug, Clone)]
struct Piece {
    /// The index of the event that wrote it: visible from step `step + 1` on.
    step: u64,
    text: String,
}

#[derive(Debug, Clone)]
struct Line {
    stream: Stream,
    time: f64,
    pieces: Vec<Piece>,
}

/// Every line of a run, in the order they started.
#[derive(Debug, Clone, Default)]
pub struct Console {
    lines: Vec<Line>,
}

impl Console {
    pub fn new(stdout: &[Output], stderr: &[Output], trace: &Trace) -> Console {
        let mut out = Vec::new();
        let mut err = Vec::new();
        split_lines(stdout, Stream::Stdout, trace, &mut out);
        split_lines(stderr, Stream::Stderr, trace, &mut err);
        let mut lines: Vec<Line> = out.into_iter().chain(err).collect();
        // Stable: lines that start at the same step keep stdout before stderr.
        lines.sort_by_key(|l| l.pieces[0].step);
        Console { lines }
    }

    /// How many lines have started before `step`.
    pub fn visible(&self, step: u64) -> usize {
        self.lines.partition_point(|l| l.pieces[0].step < step)
    }

    /// Lines `range` of those visible before `step`, each with only the text written so far.
    pub fn lines_before(&self, step: u64, offset: usize, len: usize) -> Vec<ConsoleLine> {
        let visible = self.visible(step);
        let start = offset.min(visible);
        let end = start.saturating_add(len).min(visible);
        self.lines[start..end]
            .iter()
            .map(|l| ConsoleLine {
                stream: l.stream,
                time: l.time,
                step: l.pieces[0].step + 1,
                text: l
                    .pieces
                    .iter()
                    .take_while(|p| p.step < step)
                    .map(|p| p.text.as_str())
                    .collect(),
            })
            .collect()
    }
}

impl Console {
    /// Up to `len` lines that start at or after `step`, whole (what the run prints later).
    pub fn lines_ahead(&self, step: u64, len: usize) -> Vec<ConsoleLine> {
        let visible = self.visible(step);
        self.lines[visible..]
            .iter()
            .take(len)
            .map(|l| ConsoleLine {
                stream: l.stream,
                time: l.time,
                step: l.pieces[0].step + 1,
                text: l.pieces.iter().map(|p| p.text.as_str()).collect(),
            })
            .collect()
    }
}

fn split_lines(writes: &[Output], stream: Stream, trace: &Trace, lines: &mut Vec<Line>) {
    let mut open = false;
    for write in writes {
        for part in trace.string(write.text).split_inclusive('\n') {
            if !open {
                lines.push(Line { stream, time: write.time, pieces: Vec::new() });
            }
            let line = lines.last_mut().expect("a line was just opened");
            let ends = part.ends_with('\n');
            let text = part.strip_suffix('\n').unwrap_or(part);
            line.pieces.push(Piece { step: write.step, text: text.to_string() });
            open = !ends;
        }
    }
}

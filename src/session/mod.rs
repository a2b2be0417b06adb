//! A program run the page can explore, and the messages the page exchanges with the worker
//! that holds it. Plain Rust like the engine (it builds natively, so all of it is tested
//! without a browser); `ui` only renders what it answers.
//!
//! - [`settings`]: what a visitor can change (CPU cost, budgets); share links carry it.
//! - [`view`]: the `Snapshot` of every panel at one step, with windowed lists.
//! - [`navigate`]: where stepping by event, callback, cycle or line lands.
//! - [`timeline`]: lanes of running / ready / suspended spans per task, blocking periods.
//! - [`console`]: output lines with their virtual times, as far as a step has written them.
//! - [`export`]: the run as Chrome trace-event JSON (Perfetto).
//! - [`link`]: share links (`#v1/...`): the state in a versioned, compressed URL fragment.
//! - [`protocol`]: the requests and responses between the page and the worker.

pub mod console;
mod describe;
pub mod export;
pub mod link;
pub mod navigate;
pub mod protocol;
pub mod settings;
pub mod timeline;
pub mod view;

use crate::engine::trace::event::DiagnosticKind;
use crate::engine::trace::replay::Replay;
use crate::engine::{run_program, Stop};
use console::Console;
use serde::{Deserialize, Serialize};
use settings::Settings;
use std::rc::Rc;

/// The file name programs run as in the page.
pub const MAIN_FILE: &str = "main.py";

/// How a run ended, for the status line and the editor's error marker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    pub exit_status: i32,
    /// finished, exception, syntax, unsupported, deadlock or budget.
    pub stop: String,
    /// One line saying how the run ended.
    pub message: String,
    /// The program line an error points at, if any.
    pub error_line: Option<u32>,
    pub steps: u64,
    pub cycles: u64,
    pub callbacks: u64,
    pub tasks: u64,
    pub instructions: u64,
    pub virtual_seconds: f64,
    pub trace_bytes: u64,
    pub diagnostics: Vec<DiagnosticRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticRow {
    pub step: u64,
    pub time: f64,
    pub kind: String,
    pub text: String,
}

/// Diagnostics listed at most (a program can warn a million times).
pub const MAX_DIAGNOSTICS: usize = 1000;

pub struct Session {
    /// The program as run (the JSON export carries it).
    pub source: Rc<crate::engine::frontend::SourceText>,
    pub replay: Replay,
    pub console: Console,
    pub summary: RunSummary,
}

impl Session {
    /// Runs `source` and indexes its trace. `progress` hears how far the run got.
    pub fn run(
        source: &str,
        settings: &Settings,
        progress: Option<crate::engine::config::ProgressHook>,
    ) -> Session {
        let mut config = settings.run_config(MAIN_FILE);
        config.progress = progress;
        let outcome = run_program(source, config);
        let trace = Rc::new(outcome.trace);
        let replay = Replay::new(trace.clone());
        let console = Console::new(&replay.stdout, &replay.stderr, &trace);
        let (stop, message, error_line) = describe_stop(&outcome.stop, &outcome.stderr);
        let tasks = {
            let end = replay.state_at(replay.len());
            end.task_order.len() as u64
        };
        let diagnostics = replay
            .diagnostics
            .iter()
            .take(MAX_DIAGNOSTICS)
            .map(|d| DiagnosticRow {
                step: d.step + 1,
                time: d.time,
                kind: diagnostic_label(d.kind).to_string(),
                text: trace.string(d.text).to_string(),
            })
            .collect();
        let summary = RunSummary {
            exit_status: outcome.stop.exit_status(),
            stop: stop.to_string(),
            message,
            error_line,
            steps: trace.event_count,
            cycles: replay.cycle_starts.len() as u64,
            callbacks: replay.callback_starts.len() as u64,
            tasks,
            instructions: outcome.instructions,
            virtual_seconds: outcome.virtual_seconds,
            trace_bytes: trace.byte_len() as u64,
            diagnostics,
        };
        Session { source: outcome.source.clone(), replay, console, summary }
    }
}

fn diagnostic_label(kind: DiagnosticKind) -> &'static str {
    match kind {
        DiagnosticKind::SlowCallback => "blocking callback",
        DiagnosticKind::NeverAwaited => "coroutine never awaited",
        DiagnosticKind::ExceptionNeverRetrieved => "exception never retrieved",
        DiagnosticKind::DestroyedPending => "task destroyed while pending",
        DiagnosticKind::CallbackError => "exception in callback",
        DiagnosticKind::Deadlock => "deadlock",
        DiagnosticKind::Budget => "budget",
        DiagnosticKind::Unsupported => "unsupported construct",
    }
}

/// The stop's kind, a one-line message and the line it points at.
fn describe_stop(stop: &Stop, stderr: &str) -> (&'static str, String, Option<u32>) {
    let last_line = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    match stop {
        Stop::Finished => ("finished", "The program finished.".into(), None),
        Stop::Exception => ("exception", last_line.to_string(), traceback_line(stderr)),
        Stop::SyntaxError { line } => ("syntax", last_line.to_string(), Some(*line)),
        Stop::Unsupported { construct, line } => (
            "unsupported",
            format!("Line {line}: {construct} is not supported by Loopscope yet."),
            Some(*line),
        ),
        Stop::Deadlock => (
            "deadlock",
            "Deadlock: every task waits for something nothing will complete \
             (CPython would hang here)."
                .into(),
            None,
        ),
        Stop::Budget(why) => ("budget", format!("Stopped: {why}."), None),
    }
}

/// The innermost `File "main.py", line N` of a traceback.
fn traceback_line(stderr: &str) -> Option<u32> {
    let marker = format!("File \"{MAIN_FILE}\", line ");
    stderr.lines().rev().find_map(|l| {
        let rest = l.trim_start().strip_prefix(&marker)?;
        rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
    })
}

#[cfg(test)]
mod tests;

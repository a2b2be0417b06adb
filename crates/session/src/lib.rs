//! A finished run as the page explores it, and the worker's side of the page's protocol. Plain
//! Rust with no web dependency (it builds natively, so all of it is tested without a browser);
//! the page only renders what it answers, in the types of `loopscope_protocol`.
//!
//! - [`settings`]: the engine configuration a visitor's settings give.
//! - [`view`]: builds the `Snapshot` of every panel at one step.
//! - [`navigate`]: where stepping by event, callback, cycle or line lands.
//! - [`timeline`]: lanes of running / ready / suspended spans per task, blocking periods.
//! - [`console`]: output lines with their virtual times, as far as a step has written them.
//! - [`export`]: the run as Chrome trace-event JSON (Perfetto).
//! - [`host`]: what the worker keeps between requests, and how it answers them.

#![forbid(unsafe_code)]

pub mod console;
mod describe;
pub mod export;
pub mod host;
pub mod navigate;
pub mod settings;
pub mod timeline;
mod timeline_network;
pub mod view;

use console::Console;
use loopscope_engine::{run_program, Stop};
use loopscope_protocol::messages::{
    DiagnosticKind, DiagnosticRow, RunSummary, StopKind, MAIN_FILE,
};
use loopscope_protocol::settings::Settings;
use loopscope_protocol::timeline::Timeline;
use loopscope_trace::replay::Replay;
use std::rc::Rc;

/// Diagnostics listed at most (a program can warn a million times).
pub const MAX_DIAGNOSTICS: usize = 1000;

pub struct Session {
    /// The program as run (the JSON export carries it).
    pub source: Rc<loopscope_engine::frontend::SourceText>,
    pub replay: Replay,
    pub console: Console,
    pub summary: RunSummary,
    /// The run's `slow_callback_duration`: the timeline marks callbacks this long as blocking,
    /// as the run's diagnostics did.
    pub slow_callback_seconds: f64,
    /// The timeline panel's data, built in the replay's pass over the trace (the page asks
    /// for it after every run).
    pub timeline: Timeline,
}

impl Session {
    /// Runs `source` and indexes its trace. `progress` hears how far the run got.
    pub fn run(
        source: &str,
        settings: &Settings,
        progress: Option<loopscope_engine::config::ProgressHook>,
    ) -> Session {
        let mut config = match settings::config_for(source, settings, MAIN_FILE) {
            Ok(config) => config,
            Err(e) => return Session::bad_header(&e),
        };
        config.progress = progress;
        let slow_callback_seconds = config.slow_callback_seconds;
        let outcome = run_program(source, config);
        let trace = Rc::new(outcome.trace);
        let (replay, timeline) = index(&trace, slow_callback_seconds);
        let console = Console::new(&replay.stdout, &replay.stderr, &trace);
        let (stop, message, error_line) = describe_stop(&outcome.stop, &outcome.stderr);
        let diagnostics = replay
            .diagnostics
            .iter()
            .take(MAX_DIAGNOSTICS)
            .map(|d| DiagnosticRow {
                step: d.step + 1,
                time: d.time,
                kind: diagnostic_kind(d.kind),
                text: trace.string(d.text).to_string(),
            })
            .collect();
        let summary = RunSummary {
            exit_status: outcome.stop.exit_status(),
            stop,
            message,
            error_line,
            steps: trace.event_count,
            cycles: replay.cycle_starts.len() as u64,
            callbacks: replay.callback_starts.len() as u64,
            tasks: replay.tasks_created,
            instructions: outcome.instructions,
            virtual_seconds: outcome.virtual_seconds,
            trace_bytes: trace.byte_len() as u64,
            diagnostics,
        };
        Session {
            source: outcome.source.clone(),
            replay,
            console,
            summary,
            slow_callback_seconds,
            timeline,
        }
    }
}

impl Session {
    /// A run that never started: the program's settings header is wrong. The session holds
    /// the (empty) run of an empty program, so every request still has an answer.
    fn bad_header(error: &loopscope_protocol::header::HeaderError) -> Session {
        let config = settings::run_config(&Settings::default(), MAIN_FILE);
        let slow_callback_seconds = config.slow_callback_seconds;
        let outcome = run_program("", config);
        let trace = Rc::new(outcome.trace);
        let (replay, timeline) = index(&trace, slow_callback_seconds);
        let console = Console::default();
        let summary = RunSummary {
            exit_status: 2,
            stop: StopKind::Settings,
            message: format!("Line {}: {}", error.line, error.message),
            error_line: Some(error.line),
            steps: 0,
            cycles: 0,
            callbacks: 0,
            tasks: 0,
            instructions: 0,
            virtual_seconds: 0.0,
            trace_bytes: 0,
            diagnostics: Vec::new(),
        };
        Session {
            source: outcome.source.clone(),
            replay,
            console,
            summary,
            slow_callback_seconds,
            timeline,
        }
    }
}

/// The run's replay and its timeline, made in one pass over the trace.
fn index(trace: &Rc<loopscope_trace::Trace>, slow_callback_seconds: f64) -> (Replay, Timeline) {
    let mut timeline = timeline::TimelineBuilder::new(trace, slow_callback_seconds);
    let replay = Replay::new_watched(trace.clone(), |event, state| timeline.observe(event, state));
    (replay, timeline.finish())
}

/// The page's name for a diagnostic of the trace.
fn diagnostic_kind(kind: loopscope_trace::DiagnosticKind) -> DiagnosticKind {
    use loopscope_trace::DiagnosticKind as Traced;
    match kind {
        Traced::SlowCallback => DiagnosticKind::SlowCallback,
        Traced::NeverAwaited => DiagnosticKind::NeverAwaited,
        Traced::ExceptionNeverRetrieved => DiagnosticKind::ExceptionNeverRetrieved,
        Traced::DestroyedPending => DiagnosticKind::DestroyedPending,
        Traced::CallbackError => DiagnosticKind::CallbackError,
        Traced::Deadlock => DiagnosticKind::Deadlock,
        Traced::Budget => DiagnosticKind::Budget,
        Traced::Unsupported => DiagnosticKind::Unsupported,
    }
}

/// The stop's kind, a one-line message and the line it points at.
fn describe_stop(stop: &Stop, stderr: &str) -> (StopKind, String, Option<u32>) {
    let last_line = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    match stop {
        Stop::Finished => (StopKind::Finished, "The program finished.".into(), None),
        Stop::Exit(status) => (
            StopKind::Finished,
            format!("The program exited with status {status} (sys.exit)."),
            None,
        ),
        Stop::Exception => (StopKind::Exception, last_line.to_string(), traceback_line(stderr)),
        Stop::SyntaxError { line } => (StopKind::Syntax, last_line.to_string(), Some(*line)),
        Stop::Unsupported { construct, line } => (
            StopKind::Unsupported,
            format!("Line {line}: {construct} is not supported by Loopscope yet."),
            Some(*line),
        ),
        Stop::Unavailable { message, line } => {
            (StopKind::Unsupported, format!("Line {line}: {}.", capitalized(message)), Some(*line))
        }
        Stop::Deadlock => (
            StopKind::Deadlock,
            "Deadlock: every task waits for something nothing will complete \
             (CPython would hang here)."
                .into(),
            None,
        ),
        Stop::Budget(why) => (StopKind::Budget, format!("Stopped: {why}."), None),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
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
mod io_tests;
#[cfg(test)]
mod net_tests;
#[cfg(test)]
mod sync_tests;
#[cfg(test)]
mod test_host;
#[cfg(test)]
mod tests;

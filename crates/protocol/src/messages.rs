//! The messages between the page and the worker that runs programs, as JSON. The page never
//! blocks on the engine: it posts a `Request` and renders the `Response` when it comes.

use crate::settings::Settings;
use crate::timeline::Timeline;
use crate::view::{Snapshot, Windows};
use crate::wire::wire_words;
use serde::{Deserialize, Serialize};

/// The file name programs run as in the page.
pub const MAIN_FILE: &str = "main.py";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Request {
    /// Run a program; answered by `Progress`es, then `Ran`.
    Run { id: u64, source: String, settings: Settings },
    /// The panels at `step`.
    View { id: u64, step: u64, focus: Option<u32>, windows: Windows },
    /// Where a step command leads.
    Seek { id: u64, from: u64, by: StepBy, forward: bool },
    /// The whole run's timeline.
    Timeline { id: u64 },
    /// The run as a file for other tools.
    Export { id: u64, format: ExportFormat },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    /// The trace in Loopscope's documented JSON schema (`engine::trace::json`).
    TraceJson,
    /// Chrome trace-event JSON, for Perfetto (`session::export`).
    Chrome,
}

impl Request {
    pub fn id(&self) -> u64 {
        match self {
            Request::Run { id, .. }
            | Request::View { id, .. }
            | Request::Seek { id, .. }
            | Request::Timeline { id }
            | Request::Export { id, .. } => *id,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Response {
    Progress {
        id: u64,
        instructions: u64,
        virtual_seconds: f64,
        events: u64,
    },
    Ran {
        id: u64,
        summary: RunSummary,
    },
    Export {
        id: u64,
        format: ExportFormat,
        text: String,
    },
    View {
        id: u64,
        snapshot: Box<Snapshot>,
    },
    Position {
        id: u64,
        step: u64,
    },
    Timeline {
        id: u64,
        timeline: Box<Timeline>,
    },
    /// The request could not be served (e.g. nothing has run yet, or bad JSON).
    Error {
        id: u64,
        kind: ErrorKind,
        message: String,
    },
}

/// Why a request could not be served: what the page decides by (the message is for people).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A question about a run before any run: expected (e.g. a panel asked for too early), so
    /// the page tells the visitor nothing.
    NothingRan,
    /// The worker could not read the request.
    BadRequest,
    /// The worker failed: it could not be started, or its answer encoded or read.
    Worker,
    /// The worker died (a wasm trap, out of memory, any uncaught error): the page replaced it
    /// with a fresh one, and the run it held is lost. Only the page makes this one.
    WorkerDied,
}

wire_words!(ErrorKind {
    NothingRan = "nothing_ran",
    BadRequest = "bad_request",
    Worker = "worker",
    WorkerDied = "worker_died",
});

/// How a run ended, for the status line and the editor's error marker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    pub exit_status: i32,
    pub stop: StopKind,
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

/// How a run ended. On the wire as its snake_case name (`"deadlock"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopKind {
    /// The program ran to its end (whatever its exit status).
    Finished,
    /// An uncaught exception.
    Exception,
    /// The program does not parse.
    Syntax,
    /// A construct Loopscope does not support yet.
    Unsupported,
    /// Every task waits for something nothing will complete.
    Deadlock,
    /// A budget (instructions, virtual time, callbacks, memory, output) ran out.
    Budget,
    /// The program's `# loopscope:` settings header cannot be read; nothing ran.
    Settings,
}

wire_words!(StopKind {
    Finished = "finished",
    Exception = "exception",
    Syntax = "syntax",
    Unsupported = "unsupported",
    Deadlock = "deadlock",
    Budget = "budget",
    Settings = "settings",
});

impl StopKind {
    /// The class the page's style sheet colours the status line by.
    pub fn css_class(self) -> &'static str {
        match self {
            StopKind::Finished => "stop-finished",
            StopKind::Exception => "stop-exception",
            StopKind::Syntax => "stop-syntax",
            StopKind::Unsupported => "stop-unsupported",
            StopKind::Deadlock => "stop-deadlock",
            StopKind::Budget => "stop-budget",
            StopKind::Settings => "stop-settings",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticRow {
    pub step: u64,
    pub time: f64,
    pub kind: DiagnosticKind,
    pub text: String,
}

/// What a diagnostic reports: what asyncio's debug mode and CPython's warnings would say, and
/// how a run stopped early. On the wire as its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// A callback held the loop for `slow_callback_duration` or more.
    SlowCallback,
    NeverAwaited,
    ExceptionNeverRetrieved,
    DestroyedPending,
    CallbackError,
    Deadlock,
    Budget,
    Unsupported,
}

wire_words!(DiagnosticKind {
    SlowCallback = "slow_callback",
    NeverAwaited = "never_awaited",
    ExceptionNeverRetrieved = "exception_never_retrieved",
    DestroyedPending = "destroyed_pending",
    CallbackError = "callback_error",
    Deadlock = "deadlock",
    Budget = "budget",
    Unsupported = "unsupported",
});

impl DiagnosticKind {
    /// The words the diagnostics panel shows.
    pub fn label(self) -> &'static str {
        match self {
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepBy {
    Event,
    /// To the start of the next (or previous) callback the loop runs.
    Callback,
    /// To the start of the next (or previous) `_run_once` cycle.
    Cycle,
    /// To the next line the task executes, or its next step.
    TaskLine {
        task: u32,
    },
    /// To the next step that executes this line of the program (wrapping around the run).
    SourceLine {
        line: u32,
    },
}

pub fn to_json<T: Serialize>(value: &T) -> String {
    // Serializing these plain structs cannot fail; keep a valid message if it ever does.
    serde_json::to_string(value).unwrap_or_else(|e| {
        format!(
            "{{\"type\":\"Error\",\"id\":0,\"kind\":\"worker\",\"message\":\"cannot encode: {e}\"}}"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_kinds_travel_by_name_and_style_the_status_line() {
        let all = [
            (StopKind::Finished, "finished"),
            (StopKind::Exception, "exception"),
            (StopKind::Syntax, "syntax"),
            (StopKind::Unsupported, "unsupported"),
            (StopKind::Deadlock, "deadlock"),
            (StopKind::Budget, "budget"),
        ];
        for (kind, name) in all {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{name}\""));
            assert_eq!(kind.css_class(), format!("stop-{name}"));
        }
    }

    #[test]
    fn errors_say_their_kind() {
        let error = Response::Error {
            id: 3,
            kind: ErrorKind::NothingRan,
            message: "nothing has run yet".into(),
        };
        let json = to_json(&error);
        assert_eq!(
            json,
            r#"{"type":"Error","id":3,"kind":"nothing_ran","message":"nothing has run yet"}"#
        );
        assert_eq!(serde_json::from_str::<Response>(&json).unwrap(), error);
        let kind = serde_json::to_string(&DiagnosticKind::SlowCallback).unwrap();
        assert_eq!(kind, r#""slow_callback""#);
        assert_eq!(DiagnosticKind::SlowCallback.label(), "blocking callback");
    }
}

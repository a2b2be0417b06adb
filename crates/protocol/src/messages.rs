//! The messages between the page and the worker that runs programs, as JSON. The page never
//! blocks on the engine: it posts a `Request` and renders the `Response` when it comes.

use crate::settings::Settings;
use crate::timeline::Timeline;
use crate::view::{Snapshot, Windows};
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
        message: String,
    },
}

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
        format!("{{\"type\":\"Error\",\"id\":0,\"message\":\"cannot encode: {e}\"}}")
    })
}

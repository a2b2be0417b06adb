//! The messages between the page and the worker that runs programs, as JSON. The page never
//! blocks on the engine: it posts a `Request` and renders the `Response` when it comes.

use super::navigate::{seek, StepBy};
use super::settings::Settings;
use super::timeline::{self, Timeline};
use super::view::{snapshot, Snapshot, SnapshotInput, Windows};
use super::{RunSummary, Session, MAIN_FILE};
use crate::engine::config::{Progress, ProgressHook};
use serde::{Deserialize, Serialize};

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

/// What the worker keeps between requests: the last run.
#[derive(Default)]
pub struct Host {
    session: Option<Session>,
    timeline: Option<Timeline>,
}

impl Host {
    /// Serves one JSON request; `post` receives every JSON response (progress first).
    pub fn handle_json(&mut self, json: &str, post: impl Fn(String) + 'static) {
        let response = match serde_json::from_str::<Request>(json) {
            Ok(request) => {
                let id = request.id();
                let post = std::rc::Rc::new(post);
                let progress_post = post.clone();
                let hook = ProgressHook(std::rc::Rc::new(move |p: &Progress| {
                    let msg = Response::Progress {
                        id,
                        instructions: p.instructions,
                        virtual_seconds: p.virtual_seconds,
                        events: p.events,
                    };
                    progress_post(to_json(&msg));
                }));
                let response = self.handle(request, Some(hook));
                post(to_json(&response));
                return;
            }
            Err(e) => Response::Error { id: 0, message: format!("bad request: {e}") },
        };
        post(to_json(&response));
    }

    pub fn handle(&mut self, request: Request, progress: Option<ProgressHook>) -> Response {
        match request {
            Request::Run { id, source, settings } => {
                // Free the previous run first: two traces at once could double the memory.
                self.session = None;
                self.timeline = None;
                let session = Session::run(&source, &settings, progress);
                let summary = session.summary.clone();
                self.session = Some(session);
                Response::Ran { id, summary }
            }
            Request::View { id, step, focus, windows } => match &self.session {
                None => nothing_ran(id),
                Some(s) => {
                    let (state, last) = s.replay.state_and_event_at(step);
                    let mut snap = snapshot(&SnapshotInput {
                        trace: s.replay.trace(),
                        state: &state,
                        last: last.as_ref(),
                        console: &s.console,
                        windows,
                        focus,
                        main_file: MAIN_FILE,
                    });
                    snap.steps = s.replay.len();
                    Response::View { id, snapshot: Box::new(snap) }
                }
            },
            Request::Seek { id, from, by, forward } => match &self.session {
                None => nothing_ran(id),
                Some(s) => {
                    Response::Position { id, step: seek(&s.replay, MAIN_FILE, from, by, forward) }
                }
            },
            Request::Export { id, format } => match &self.session {
                None => nothing_ran(id),
                Some(s) => {
                    let trace = s.replay.trace();
                    let text = match format {
                        ExportFormat::TraceJson => {
                            crate::engine::trace::json::to_json(trace, &s.source)
                        }
                        ExportFormat::Chrome => {
                            let timeline = self.timeline.get_or_insert_with(|| {
                                timeline::build(trace, SLOW_CALLBACK_SECONDS)
                            });
                            super::export::chrome_trace(timeline, MAIN_FILE)
                        }
                    };
                    Response::Export { id, format, text }
                }
            },
            Request::Timeline { id } => match &self.session {
                None => nothing_ran(id),
                Some(s) => {
                    let timeline = self.timeline.get_or_insert_with(|| {
                        timeline::build(s.replay.trace(), SLOW_CALLBACK_SECONDS)
                    });
                    Response::Timeline { id, timeline: Box::new(timeline.clone()) }
                }
            },
        }
    }
}

/// asyncio's `slow_callback_duration`: the timeline marks callbacks this long as blocking.
const SLOW_CALLBACK_SECONDS: f64 = 0.1;

fn nothing_ran(id: u64) -> Response {
    Response::Error { id, message: "nothing has run yet".into() }
}

pub fn to_json<T: Serialize>(value: &T) -> String {
    // Serializing these plain structs cannot fail; keep a valid message if it ever does.
    serde_json::to_string(value).unwrap_or_else(|e| {
        format!("{{\"type\":\"Error\",\"id\":0,\"message\":\"cannot encode: {e}\"}}")
    })
}

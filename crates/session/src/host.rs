//! The worker's side of the protocol (`loopscope_protocol::messages`): it keeps the last run
//! and answers the page's requests about it.

use crate::navigate::seek;
use crate::view::{snapshot, SnapshotInput};
use crate::Session;
use loopscope_engine::config::{Progress, ProgressHook};
use loopscope_protocol::messages::{
    to_json, ErrorKind, ExportFormat, Request, Response, MAIN_FILE,
};

/// What the worker keeps between requests: the last run.
#[derive(Default)]
pub struct Host {
    session: Option<Session>,
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
            Err(e) => Response::Error {
                id: 0,
                kind: ErrorKind::BadRequest,
                message: format!("bad request: {e}"),
            },
        };
        post(to_json(&response));
    }

    pub fn handle(&mut self, request: Request, progress: Option<ProgressHook>) -> Response {
        match request {
            Request::Run { id, source, settings } => {
                // Free the previous run first: two traces at once could double the memory.
                self.session = None;
                let session = Session::run(&source, &settings, progress);
                let summary = session.summary.clone();
                self.session = Some(session);
                Response::Ran { id, summary }
            }
            Request::View { id, step, focus, windows } => match &self.session {
                None => nothing_ran(id),
                Some(s) => {
                    let (state, last) = s.replay.state_and_event_at(step);
                    // Bytes in flight come from the timeline's packets.
                    let network = (state.packets > 0 && !state.sockets.is_empty())
                        .then_some(&s.timeline.network);
                    let mut snap = snapshot(&SnapshotInput {
                        trace: s.replay.trace(),
                        state: &state,
                        last: last.as_ref(),
                        console: &s.console,
                        windows,
                        focus,
                        main_file: MAIN_FILE,
                        network,
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
                            loopscope_trace::json::to_json(trace, &s.source.name, &s.source.text)
                        }
                        ExportFormat::Chrome => super::export::chrome_trace(&s.timeline, MAIN_FILE),
                    };
                    Response::Export { id, format, text }
                }
            },
            Request::Timeline { id } => match &self.session {
                None => nothing_ran(id),
                Some(s) => Response::Timeline { id, timeline: Box::new(s.timeline.clone()) },
            },
        }
    }
}

fn nothing_ran(id: u64) -> Response {
    Response::Error { id, kind: ErrorKind::NothingRan, message: "nothing has run yet".into() }
}

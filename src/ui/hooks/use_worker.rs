//! The worker as a hook. It starts the worker once, turns its answers into `Action`s (and
//! downloads into files), asks for the panels whenever the step, the focused task or a list
//! window changes and for the timeline once per run, and runs the program at once when the
//! page opened on a share link or an embed. Components get a [`WorkerHandle`].

use crate::ui::client::Client;
use crate::ui::controls::Command;
use crate::ui::share;
use crate::ui::state::{Action, Playground, StepUnit};
use loopscope_protocol::messages::{ExportFormat, Request, Response, StepBy};
use loopscope_protocol::settings::Settings;
use std::rc::Rc;
use yew::prelude::*;

/// What the page asks of the worker, and the moves that may need it.
#[derive(Clone)]
pub struct WorkerHandle {
    client: Rc<Client>,
    dispatch: UseReducerDispatcher<Playground>,
}

impl PartialEq for WorkerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.client, &other.client)
    }
}

impl WorkerHandle {
    /// Runs `source` with `settings`.
    pub fn run(&self, source: String, settings: Settings) {
        let id = self.client.next_id();
        self.client.send(&Request::Run { id, source, settings });
        self.dispatch.dispatch(Action::Started(id));
    }

    /// Stops the run in progress (by replacing the worker: see `Client::restart`).
    pub fn stop(&self) {
        self.client.restart();
        self.dispatch.dispatch(Action::Stopped);
    }

    /// Moves from step `from` by `by`: by one event at once, otherwise where the worker says.
    pub fn seek(&self, from: u64, by: StepBy, forward: bool) {
        if by == StepBy::Event {
            let step = if forward { from + 1 } else { from.saturating_sub(1) };
            self.dispatch.dispatch(Action::GoTo(step));
        } else {
            let id = self.client.next_id();
            self.client.send(&Request::Seek { id, from, by, forward });
        }
    }

    /// Moves by the unit the controls have chosen (a task's lines: the task in Frames).
    pub fn step(&self, state: &Playground, forward: bool) {
        let by = match state.unit {
            StepUnit::Event => StepBy::Event,
            StepUnit::Callback => StepBy::Callback,
            StepUnit::Cycle => StepBy::Cycle,
            StepUnit::TaskLine => match state.frames_task() {
                Some(task) => StepBy::TaskLine { task },
                None => StepBy::Event,
            },
        };
        self.seek(state.step, by, forward);
    }

    /// What a step control (or its shortcut) does.
    pub fn command(&self, state: &Playground, command: Command) {
        match command {
            Command::Start => self.dispatch.dispatch(Action::GoTo(0)),
            Command::End => self.dispatch.dispatch(Action::GoTo(u64::MAX)),
            Command::Back => self.step(state, false),
            Command::Forward => self.step(state, true),
            Command::PlayPause => {
                self.dispatch.dispatch(if state.playing { Action::Pause } else { Action::Play })
            }
        }
    }

    /// Asks for the run as a file; it is downloaded when it comes.
    pub fn export(&self, format: ExportFormat) {
        self.client.send(&Request::Export { id: self.client.next_id(), format });
    }
}

/// Starts the worker and keeps it answering what `state` needs.
#[hook]
pub fn use_worker(state: &UseReducerHandle<Playground>) -> WorkerHandle {
    let client = {
        let dispatch = state.dispatcher();
        use_memo((), move |_| {
            Client::start(Callback::from(move |r| match r {
                // Downloads are side effects, not state.
                Response::Export { format, text, .. } => {
                    let (name, mime) = match format {
                        ExportFormat::TraceJson => ("loopscope-trace.json", "application/json"),
                        ExportFormat::Chrome => ("loopscope-chrome-trace.json", "application/json"),
                    };
                    share::download(name, mime, &text);
                }
                r => dispatch.dispatch(Action::Response(r)),
            }))
        })
    };
    let worker = WorkerHandle { client, dispatch: state.dispatcher() };

    // Ask for the panels whenever the step, the focused task or a list window changes.
    {
        let client = worker.client.clone();
        let done = state.summary().is_some();
        use_effect_with(
            (state.run_id, done, state.step, state.focus, state.windows),
            move |(_, done, step, focus, windows)| {
                if *done {
                    let id = client.next_id();
                    client.send(&Request::View {
                        id,
                        step: *step,
                        focus: *focus,
                        windows: *windows,
                    });
                }
            },
        );
    }
    // And the timeline once per run.
    {
        let client = worker.client.clone();
        let done = state.summary().is_some();
        use_effect_with((state.run_id, done), move |(_, done)| {
            if *done {
                client.send(&Request::Timeline { id: client.next_id() });
            }
        });
    }
    // Share links and embeds run at once.
    {
        let (worker, state) = (worker.clone(), state.clone());
        use_effect_with((), move |_| {
            if state.autorun {
                worker.run(state.program.clone(), state.settings.clone());
            }
        });
    }
    worker
}

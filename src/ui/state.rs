//! The page state as a reducer over `Action`s: the program, the run, the current step and the
//! snapshot the worker sent for it, and the view options (panels, speed, theme).

use loopscope_protocol::messages::{ErrorKind, Response, RunSummary};
use loopscope_protocol::settings::Settings;
use loopscope_protocol::timeline::Timeline;
use loopscope_protocol::view::{Snapshot, Window, Windows};
use std::rc::Rc;
use yew::Reducible;

/// The file name the program has in messages and tracebacks.
pub const PROGRAM_NAME: &str = loopscope_protocol::messages::MAIN_FILE;

/// The gallery example shown on a first visit.
pub const FIRST_EXAMPLE: &str = "gather";

#[derive(Debug, Clone, PartialEq)]
pub enum RunPhase {
    NotRun,
    Running {
        instructions: u64,
        virtual_seconds: f64,
        events: u64,
    },
    /// The worker was stopped by the visitor; nothing to show.
    Stopped,
    Done(Rc<RunSummary>),
}

/// What the step buttons step by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepUnit {
    Event,
    Callback,
    Cycle,
    /// The next line of the task shown in the frames panel.
    TaskLine,
}

impl StepUnit {
    pub const ALL: [StepUnit; 4] =
        [StepUnit::Event, StepUnit::Callback, StepUnit::Cycle, StepUnit::TaskLine];

    pub fn label(self) -> &'static str {
        match self {
            StepUnit::Event => "event",
            StepUnit::Callback => "callback",
            StepUnit::Cycle => "loop cycle",
            StepUnit::TaskLine => "line of task",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            StepUnit::Event => "event",
            StepUnit::Callback => "callback",
            StepUnit::Cycle => "cycle",
            StepUnit::TaskLine => "task-line",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Loop,
    Ready,
    Timers,
    Tasks,
    Futures,
    Frames,
    Console,
    Timeline,
    Diagnostics,
}

impl Panel {
    pub const ALL: [Panel; 9] = [
        Panel::Loop,
        Panel::Ready,
        Panel::Timers,
        Panel::Tasks,
        Panel::Futures,
        Panel::Frames,
        Panel::Console,
        Panel::Timeline,
        Panel::Diagnostics,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Panel::Loop => "Loop cycle",
            Panel::Ready => "Ready queue",
            Panel::Timers => "Timer heap",
            Panel::Tasks => "Tasks",
            Panel::Futures => "Futures",
            Panel::Frames => "Frames",
            Panel::Console => "Console",
            Panel::Timeline => "Timeline",
            Panel::Diagnostics => "Diagnostics",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Panel::Loop => "loop",
            Panel::Ready => "ready",
            Panel::Timers => "timers",
            Panel::Tasks => "tasks",
            Panel::Futures => "futures",
            Panel::Frames => "frames",
            Panel::Console => "console",
            Panel::Timeline => "timeline",
            Panel::Diagnostics => "diagnostics",
        }
    }

    fn bit(self) -> u16 {
        1 << Panel::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }
}

/// Which lists the windows belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Ready,
    Timers,
    Tasks,
    Futures,
    Console,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system.
    Auto,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Playground {
    pub program: String,
    /// The gallery example the program came from, until it is edited.
    pub example: Option<&'static str>,
    pub settings: Settings,
    pub run: RunPhase,
    /// The id of the run the snapshot belongs to (answers to older runs are dropped).
    pub run_id: u64,
    pub edited_since_run: bool,
    pub step: u64,
    pub snapshot: Option<Rc<Snapshot>>,
    pub timeline: Option<Rc<Timeline>>,
    /// The task whose frames are shown (`None`: the running one).
    pub focus: Option<u32>,
    pub windows: Windows,
    pub playing: bool,
    /// Steps per second while playing.
    pub speed: u32,
    pub unit: StepUnit,
    panels: u16,
    pub help: bool,
    pub theme: Theme,
    /// A message for the visitor (e.g. the worker failed).
    pub notice: Option<String>,
    /// Where to go (and whether to play) when the coming run is ready: a share link's step.
    pub pending_step: Option<u64>,
    pub pending_play: bool,
    /// Run as soon as the page opens (share links, embeds).
    pub autorun: bool,
    /// Set when the page is embedded in another (`?embed`).
    pub embed: Option<crate::ui::share::EmbedOptions>,
    /// The share dialog, with the link it shows.
    pub sharing: Option<String>,
    /// The Settings dialog is open.
    pub settings_open: bool,
}

pub enum Action {
    Edit(String),
    LoadExample(&'static str),
    /// A run was sent to the worker with this id.
    Started(u64),
    Stopped,
    Response(Response),
    GoTo(u64),
    Play,
    Pause,
    SetSpeed(u32),
    SetUnit(StepUnit),
    TogglePanel(Panel),
    Focus(Option<u32>),
    Scroll(ListKind, u32),
    ToggleHelp,
    CloseHelp,
    SetTheme(Theme),
    DismissNotice,
    /// The embedding page sent a program.
    Load(String),
    Share(String),
    CloseShare,
    OpenSettings,
    /// The Settings dialog wrote the program's header: this is the new text. The header now
    /// says every setting that differs from the defaults, so the page's own go back to them.
    ApplySettings(String),
    /// Escape: whatever dialog is open closes.
    CloseDialogs,
}

/// Speeds offered while playing, in steps per second.
pub const SPEEDS: [u32; 6] = [2, 10, 30, 100, 1_000, 10_000];

/// Rows a list panel asks for: what fits on screen with some to spare.
pub const WINDOW_ROWS: u32 = 40;

impl Playground {
    pub fn new(program: String, example: Option<&'static str>) -> Self {
        Playground {
            program,
            example,
            settings: Settings::default(),
            run: RunPhase::NotRun,
            run_id: 0,
            edited_since_run: false,
            step: 0,
            snapshot: None,
            timeline: None,
            focus: None,
            windows: Windows {
                ready: Window::first(WINDOW_ROWS),
                timers: Window::first(WINDOW_ROWS),
                tasks: Window::first(WINDOW_ROWS),
                futures: Window::first(WINDOW_ROWS),
                console: Window::last(200),
            },
            playing: false,
            speed: 10,
            unit: StepUnit::Event,
            panels: Panel::ALL.iter().fold(0, |bits, p| bits | p.bit()),
            help: false,
            theme: Theme::Auto,
            notice: None,
            pending_step: None,
            pending_play: false,
            autorun: false,
            embed: None,
            sharing: None,
            settings_open: false,
        }
    }

    /// Shows only the panels with these keys (all when none is known).
    pub fn show_only(&mut self, keys: &[String]) {
        let bits = Panel::ALL
            .iter()
            .filter(|p| keys.iter().any(|k| k == p.key()))
            .fold(0, |bits, p| bits | p.bit());
        if bits != 0 {
            self.panels = bits;
        }
    }

    /// The keys of the panels shown.
    pub fn shown_keys(&self) -> Vec<String> {
        Panel::ALL.iter().filter(|p| self.shows(**p)).map(|p| p.key().to_string()).collect()
    }

    pub fn readonly(&self) -> bool {
        self.embed.as_ref().is_some_and(|e| e.readonly)
    }

    pub fn shows(&self, panel: Panel) -> bool {
        self.panels & panel.bit() != 0
    }

    pub fn summary(&self) -> Option<&RunSummary> {
        match &self.run {
            RunPhase::Done(s) => Some(s),
            _ => None,
        }
    }

    /// The task the frames panel shows: the focused one, else the one the snapshot follows
    /// (the running task). Stepping by a task's lines steps through it.
    pub fn frames_task(&self) -> Option<u32> {
        self.focus.or_else(|| self.snapshot.as_ref().and_then(|s| s.stack.task))
    }

    /// The number of steps of the run shown (0 before any).
    pub fn steps(&self) -> u64 {
        self.summary().map_or(0, |s| s.steps)
    }

    fn respond(&mut self, response: Response) {
        match response {
            Response::Progress { id, instructions, virtual_seconds, events }
                if id == self.run_id =>
            {
                if matches!(self.run, RunPhase::Running { .. }) {
                    self.run = RunPhase::Running { instructions, virtual_seconds, events };
                }
            }
            Response::Ran { id, summary } if id == self.run_id => {
                // Start at the beginning, or where a share link or embed asked to be.
                self.snapshot = None;
                self.timeline = None;
                self.run = RunPhase::Done(Rc::new(summary));
                self.step = 0;
                if let Some(step) = self.pending_step.take() {
                    self.go_to(step);
                }
                self.playing = std::mem::take(&mut self.pending_play) && self.steps() > 0;
            }
            Response::View { snapshot, .. } if self.summary().is_some() => {
                self.snapshot = Some(Rc::new(*snapshot));
            }
            Response::Position { step, .. } => self.go_to(step),
            Response::Timeline { timeline, .. } => self.timeline = Some(Rc::new(*timeline)),
            // A question asked before any run (e.g. panels wanted too early) is no news.
            Response::Error { kind: ErrorKind::NothingRan, .. } => {}
            // The fresh worker holds no run: the program stays, the panels of the lost run go.
            Response::Error { kind: ErrorKind::WorkerDied, message, .. } => {
                self.run = RunPhase::NotRun;
                self.snapshot = None;
                self.timeline = None;
                self.playing = false;
                self.step = 0;
                self.notice = Some(message);
            }
            Response::Error { message, .. } => self.notice = Some(message),
            _ => {}
        }
    }

    fn go_to(&mut self, step: u64) {
        self.step = step.min(self.steps());
        if self.step >= self.steps() {
            self.playing = false;
        }
    }
}

impl Reducible for Playground {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(program) => {
                next.edited_since_run = program != next.program || next.edited_since_run;
                if program != next.program {
                    next.example = None;
                }
                next.program = program;
            }
            Action::LoadExample(slug) => {
                if let Some(example) = loopscope_protocol::gallery::find(slug) {
                    next.program = example.source.to_string();
                    next.example = Some(example.slug);
                    next.edited_since_run = true;
                }
            }
            Action::Started(id) => {
                next.run_id = id;
                next.run = RunPhase::Running { instructions: 0, virtual_seconds: 0.0, events: 0 };
                next.edited_since_run = false;
                next.snapshot = None;
                next.timeline = None;
                next.playing = false;
                next.step = 0;
                next.autorun = false;
                if next.pending_step.is_none() {
                    next.focus = None;
                }
            }
            Action::Stopped => {
                next.run = RunPhase::Stopped;
                next.snapshot = None;
                next.timeline = None;
                next.notice = Some(
                    "Stopped. The run was discarded. To keep a partial trace of a long program, \
                     lower its instruction budget in Settings: a run stopped by a budget keeps \
                     its trace."
                        .into(),
                );
            }
            Action::Response(r) => next.respond(r),
            Action::GoTo(step) => next.go_to(step),
            Action::Play => {
                if next.steps() > 0 {
                    if next.step >= next.steps() {
                        next.step = 0;
                    }
                    next.playing = true;
                }
            }
            Action::Pause => next.playing = false,
            Action::SetSpeed(s) => next.speed = s.max(1),
            Action::SetUnit(u) => next.unit = u,
            Action::TogglePanel(p) => next.panels ^= p.bit(),
            Action::Focus(task) => next.focus = task,
            Action::Scroll(list, offset) => {
                let w = Window { offset, len: WINDOW_ROWS };
                match list {
                    ListKind::Ready => next.windows.ready = w,
                    ListKind::Timers => next.windows.timers = w,
                    ListKind::Tasks => next.windows.tasks = w,
                    ListKind::Futures => next.windows.futures = w,
                    ListKind::Console => next.windows.console = Window { offset, len: 200 },
                }
            }
            Action::ToggleHelp => next.help = !next.help,
            Action::CloseHelp => next.help = false,
            Action::SetTheme(t) => next.theme = t,
            Action::DismissNotice => next.notice = None,
            Action::Load(program) => {
                next.program = program;
                next.example = None;
                next.edited_since_run = true;
            }
            Action::Share(link) => next.sharing = Some(link),
            Action::CloseShare => next.sharing = None,
            Action::OpenSettings => next.settings_open = true,
            Action::ApplySettings(program) => {
                next.edited_since_run = program != next.program || next.edited_since_run;
                if program != next.program {
                    next.example = None;
                }
                next.program = program;
                next.settings = Settings::default();
                next.settings_open = false;
            }
            Action::CloseDialogs => {
                next.help = false;
                next.sharing = None;
                next.settings_open = false;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_protocol::messages::ErrorKind;

    fn answer(state: Playground, response: Response) -> Rc<Playground> {
        Rc::new(state).reduce(Action::Response(response))
    }

    #[test]
    fn a_dead_worker_ends_the_run_keeps_the_program_and_says_why() {
        let mut state = Playground::new("print(1)\n".into(), None);
        state.run_id = 3;
        state.run = RunPhase::Running { instructions: 9, virtual_seconds: 0.0, events: 9 };
        let died = Response::Error {
            id: 0,
            kind: ErrorKind::WorkerDied,
            message: "The worker running the program crashed".into(),
        };
        let after = answer(state, died);
        assert_eq!(after.run, RunPhase::NotRun);
        assert_eq!(after.program, "print(1)\n");
        assert!(after.notice.as_deref().is_some_and(|n| n.contains("crashed")));
    }

    #[test]
    fn a_question_before_any_run_is_no_news_but_other_errors_are() {
        let state = Playground::new("print(1)\n".into(), None);
        let early = Response::Error {
            id: 4,
            kind: ErrorKind::NothingRan,
            message: "nothing has run yet".into(),
        };
        assert_eq!(answer(state.clone(), early).notice, None);
        for kind in [ErrorKind::BadRequest, ErrorKind::Worker] {
            let error = Response::Error { id: 0, kind, message: "it broke".into() };
            assert_eq!(answer(state.clone(), error).notice.as_deref(), Some("it broke"));
        }
    }
}

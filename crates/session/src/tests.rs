//! The session answers what the panels need, checked on gallery programs.

use crate::host::Host;
use loopscope_protocol::gallery;
use loopscope_protocol::messages::{
    DiagnosticKind, ErrorKind, Request, Response, StepBy, StopKind,
};
use loopscope_protocol::settings::Settings;
use loopscope_protocol::timeline::SpanKind;
use loopscope_protocol::view::{FrameKind, FrameState, Snapshot, TaskState, Window, Windows};

fn host_with(slug: &str) -> Host {
    let mut host = Host::default();
    let source = gallery::find(slug).expect("gallery example").source.to_string();
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    match host.handle(Request::Run { id: 1, source, settings }, None) {
        Response::Ran { summary, .. } => assert_eq!(summary.exit_status, 0, "{summary:?}"),
        other => panic!("expected Ran, got {other:?}"),
    }
    host
}

fn view(host: &mut Host, step: u64, windows: Windows) -> Snapshot {
    match host.handle(Request::View { id: 2, step, focus: None, windows }, None) {
        Response::View { snapshot, .. } => *snapshot,
        other => panic!("expected View, got {other:?}"),
    }
}

fn seek(host: &mut Host, from: u64, by: StepBy, forward: bool) -> u64 {
    match host.handle(Request::Seek { id: 3, from, by, forward }, None) {
        Response::Position { step, .. } => step,
        other => panic!("expected Position, got {other:?}"),
    }
}

#[test]
fn the_last_step_shows_every_line_printed_and_every_task_done() {
    let mut host = host_with("blocking-sleep");
    let end = view(&mut host, u64::MAX, Windows::default());
    assert_eq!(end.step, end.steps);
    let lines: Vec<String> =
        end.console.rows.iter().map(|l| format!("{:.3} {}", l.time, l.text)).collect();
    let expected =
        include_str!("../../../tests/conformance/expected/gallery__blocking_sleep.stdout");
    assert_eq!(lines.join("\n") + "\n", expected);
    assert!(end.tasks.rows.iter().all(|t| t.state == TaskState::Done), "{:?}", end.tasks.rows);
    assert!(end.ready.rows.is_empty() && end.timers.rows.is_empty());
}

#[test]
fn the_console_grows_with_the_step() {
    let mut host = host_with("blocking-sleep");
    let end = view(&mut host, u64::MAX, Windows::default());
    let third = &end.console.rows[2];
    let before = view(&mut host, third.step - 1, Windows::default());
    let after = view(&mut host, third.step, Windows::default());
    assert_eq!(before.console.total, 2);
    assert_eq!(after.console.total, 3);
    assert_eq!(after.console.rows[2].text, third.text);
}

#[test]
fn stepping_by_callback_and_cycle_lands_on_their_starts_and_comes_back() {
    let mut host = host_with("gather");
    let first = seek(&mut host, 0, StepBy::Callback, true);
    let snap = view(&mut host, first, Windows::default());
    assert!(snap.event.starts_with("Run callback"), "{}", snap.event);
    let second = seek(&mut host, first, StepBy::Callback, true);
    assert!(second > first);
    assert_eq!(seek(&mut host, second, StepBy::Callback, false), first);

    let cycle = seek(&mut host, 0, StepBy::Cycle, true);
    let snap = view(&mut host, cycle, Windows::default());
    assert_eq!(snap.cycle, 1);
    assert!(snap.event.starts_with("Loop cycle 1"), "{}", snap.event);
    let next = seek(&mut host, cycle, StepBy::Cycle, true);
    assert_eq!(view(&mut host, next, Windows::default()).cycle, 2);
    assert_eq!(seek(&mut host, next, StepBy::Cycle, false), cycle);
}

#[test]
fn a_source_line_leads_to_the_next_step_that_executes_it() {
    let mut host = host_with("blocking-sleep");
    // `time.sleep(2)` is line 17.
    let at = seek(&mut host, 0, StepBy::SourceLine { line: 17 }, true);
    assert!(at > 0);
    let snap = view(&mut host, at, Windows::default());
    assert!(snap.markers.iter().any(|m| m.line == 17 && m.running), "{:?}", snap.markers);
    // Nothing after it runs line 17 again: forward wraps around to the same step.
    assert_eq!(seek(&mut host, at, StepBy::SourceLine { line: 17 }, true), at);
}

#[test]
fn stepping_by_a_tasks_lines_follows_only_that_task() {
    let mut host = host_with("blocking-sleep");
    let end = view(&mut host, u64::MAX, Windows::default());
    let clock = end.tasks.rows.iter().find(|t| t.chain.is_empty() && t.name == "Task-2");
    let clock = clock.expect("Task-2 runs clock()").id;
    let mut step = 0;
    let mut seen = 0;
    loop {
        let next = seek(&mut host, step, StepBy::TaskLine { task: clock }, true);
        if next == step {
            break;
        }
        let snap = view(&mut host, next, Windows::default());
        assert_eq!(snap.running.as_deref(), Some("Task-2"), "{}", snap.event);
        step = next;
        seen += 1;
    }
    assert!(seen >= 6, "{seen}");
    let back = seek(&mut host, step, StepBy::TaskLine { task: clock }, false);
    assert!(back < step);
}

#[test]
fn a_suspended_task_shows_its_frame_locals_and_bytecode() {
    let mut host = host_with("blocking-sleep");
    let at = seek(&mut host, 0, StepBy::SourceLine { line: 17 }, true);
    let snap = view(&mut host, at, Windows::default());
    let polite = snap.tasks.rows.iter().find(|t| t.name == "Task-4").expect("polite");
    assert_eq!(polite.state, TaskState::Suspended);
    assert!(polite.awaiting.contains("timer at 1.200"), "{}", polite.awaiting);
    let focused = match host.handle(
        Request::View { id: 9, step: at, focus: Some(polite.id), windows: Windows::default() },
        None,
    ) {
        Response::View { snapshot, .. } => snapshot.stack,
        other => panic!("{other:?}"),
    };
    let frame = focused.frames.last().expect("polite's coroutine frame");
    assert_eq!(
        (frame.name.as_str(), frame.line, frame.state, frame.kind),
        ("polite", 22, FrameState::Suspended, FrameKind::Coroutine)
    );
    assert!(frame.bytecode.iter().any(|d| d.current && d.op == "SEND"), "{:?}", frame.bytecode);
}

#[test]
fn long_lists_come_in_windows() {
    let mut host = host_with("many-tasks");
    let end = view(&mut host, u64::MAX, Windows::default());
    assert!(end.tasks.total >= 1000);
    let windows = Windows { tasks: Window { offset: 500, len: 20 }, ..Windows::default() };
    let snap = view(&mut host, u64::MAX, windows);
    assert_eq!((snap.tasks.offset, snap.tasks.rows.len()), (500, 20));
    assert_eq!(snap.tasks.rows[0].id, end.tasks.rows[0].id + 500);
}

#[test]
fn the_timeline_has_a_lane_per_task_and_marks_the_blocking_sleep() {
    let mut host = host_with("blocking-sleep");
    let timeline = match host.handle(Request::Timeline { id: 4 }, None) {
        Response::Timeline { timeline, .. } => timeline,
        other => panic!("{other:?}"),
    };
    let names: Vec<&str> = timeline.lanes.iter().map(|l| l.name.as_str()).collect();
    // asyncio.run's shutdown runs two more tasks (shutdown_asyncgens, shutdown_default_executor).
    assert_eq!(names, ["Task-1", "Task-2", "Task-3", "Task-4", "Task-5", "Task-6"]);
    assert_eq!(timeline.blocked.len(), 1);
    let blocked = &timeline.blocked[0];
    assert_eq!((blocked.start, blocked.end), (1.0, 3.0));
    let careless = &timeline.lanes[2];
    assert!(careless
        .spans
        .iter()
        .any(|s| s.kind == SpanKind::Running && s.start == 1.0 && s.end == 3.0));
    assert!(timeline.lanes.iter().all(|l| l.done_at.is_some()));
}

#[test]
fn json_requests_get_json_answers_and_bad_json_an_error() {
    let mut host = Host::default();
    let answers = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = answers.clone();
    host.handle_json("{not json", move |m| sink.borrow_mut().push(m));
    let sink = answers.clone();
    host.handle_json(r#"{"type":"Timeline","id":5}"#, move |m| sink.borrow_mut().push(m));
    let sink = answers.clone();
    let run = r#"{"type":"Run","id":6,"source":"print('hi')\n","settings":{}}"#;
    host.handle_json(run, move |m| sink.borrow_mut().push(m));
    let answers = answers.borrow();
    let parsed: Vec<Response> =
        answers.iter().map(|a| serde_json::from_str(a).expect("valid JSON")).collect();
    assert!(matches!(
        &parsed[0],
        Response::Error { kind: ErrorKind::BadRequest, message, .. } if message.starts_with("bad request")
    ));
    assert!(matches!(&parsed[1], Response::Error { id: 5, kind: ErrorKind::NothingRan, .. }));
    assert!(matches!(&parsed[2], Response::Ran { id: 6, summary } if summary.exit_status == 0));
}

#[test]
fn a_runaway_program_reports_progress_and_stops_at_the_budget() {
    let mut host = Host::default();
    let answers = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = answers.clone();
    let request = Request::Run {
        id: 7,
        source: "while True:\n    pass\n".into(),
        settings: Settings { max_instructions: 5_000_000, ..Settings::default() },
    };
    host.handle_json(&loopscope_protocol::messages::to_json(&request), move |m| {
        sink.borrow_mut().push(m)
    });
    let answers = answers.borrow();
    let parsed: Vec<Response> =
        answers.iter().map(|a| serde_json::from_str(a).expect("valid JSON")).collect();
    assert!(parsed.iter().filter(|r| matches!(r, Response::Progress { .. })).count() >= 3);
    match parsed.last() {
        Some(Response::Ran { summary, .. }) => {
            assert_eq!((summary.exit_status, summary.stop), (124, StopKind::Budget));
            assert!(summary.steps > 0, "the partial trace is kept");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_uncaught_exception_points_at_its_line() {
    let mut host = Host::default();
    let source = "def f():\n    return 1 / 0\n\nf()\n".to_string();
    match host.handle(Request::Run { id: 1, source, settings: Settings::default() }, None) {
        Response::Ran { summary, .. } => {
            assert_eq!(summary.error_line, Some(2));
            assert_eq!(summary.message, "ZeroDivisionError: division by zero");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_blocking_callback_is_diagnosed_by_the_runs_own_threshold() {
    let source = gallery::find("blocking-sleep").expect("gallery example").source;
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    let session = crate::Session::run(source, &settings, None);
    // The engine's configuration is the one source of asyncio's `slow_callback_duration`.
    let engine_default = loopscope_engine::config::RunConfig::default().slow_callback_seconds;
    assert_eq!(session.slow_callback_seconds, engine_default);
    let kinds: Vec<DiagnosticKind> = session.summary.diagnostics.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DiagnosticKind::SlowCallback]);
    assert_eq!(session.summary.stop, StopKind::Finished);
}

fn host_running(source: &str) -> Host {
    let mut host = Host::default();
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    match host.handle(Request::Run { id: 1, source: source.into(), settings }, None) {
        Response::Ran { summary, .. } => assert_eq!(summary.exit_status, 0, "{summary:?}"),
        other => panic!("expected Ran, got {other:?}"),
    }
    host
}

/// The innermost frame's locals, as the frames panel lists them, at the first step that runs
/// `line`, for the task named `task` (module code when `None`).
fn locals_at_line(host: &mut Host, line: u32, task: Option<&str>) -> Vec<(String, Option<String>)> {
    let at = seek(host, 0, StepBy::SourceLine { line }, true);
    assert!(at > 0, "line {line} never runs");
    let snap = view(host, at, Windows::default());
    let focus = task.map(|name| {
        snap.tasks.rows.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("{name}")).id
    });
    let stack = match host
        .handle(Request::View { id: 9, step: at, focus, windows: Windows::default() }, None)
    {
        Response::View { snapshot, .. } => snapshot.stack,
        other => panic!("{other:?}"),
    };
    let frame = stack.frames.last().expect("a frame");
    frame.locals.iter().map(|l| (l.name.clone(), l.repr.clone())).collect()
}

fn bound(pairs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    pairs.iter().map(|(n, r)| (n.to_string(), Some(r.to_string()))).collect()
}

#[test]
fn a_coroutines_arguments_are_bound_in_its_suspended_frame() {
    let source = "import asyncio\n\nasync def f(a, b):\n    c = a + b\n    await asyncio.sleep(1)\n\n\
                  async def main():\n    await asyncio.create_task(f(1, 2))\n\nasyncio.run(main())\n";
    let mut host = host_running(source);
    // Step to the sleep, then past it: Task-2 suspended there.
    let at_sleep = seek(&mut host, 0, StepBy::SourceLine { line: 5 }, true);
    let suspended = seek(&mut host, at_sleep, StepBy::Cycle, true);
    let snap = match host.handle(
        Request::View { id: 9, step: suspended, focus: Some(2), windows: Windows::default() },
        None,
    ) {
        Response::View { snapshot, .. } => snapshot,
        other => panic!("{other:?}"),
    };
    let frame = snap.stack.frames.last().expect("f's frame");
    assert_eq!((frame.name.as_str(), frame.state), ("f", FrameState::Suspended));
    let locals: Vec<(String, Option<String>)> =
        frame.locals.iter().map(|l| (l.name.clone(), l.repr.clone())).collect();
    assert_eq!(locals, bound(&[("a", "1"), ("b", "2"), ("c", "3")]));
    // And already at the line the arguments are there, before `c` is.
    let at = locals_at_line(&mut host, 4, Some("Task-2"));
    assert_eq!(at[..2], bound(&[("a", "1"), ("b", "2")]));
    assert_eq!(at[2], ("c".to_string(), None));
}

#[test]
fn a_local_deleted_before_a_suspension_is_unbound_in_the_suspended_frame() {
    // `del f` and the implicit `del e` of `except ... as e:` unbind; CPython's f_locals drops
    // both while the coroutine waits at the sleep.
    let source = "import asyncio\n\nasync def f():\n    f = 1\n    g = 2\n    del f\n    try:\n        \
                  raise ValueError\n    except ValueError as e:\n        pass\n    await asyncio.sleep(1)\n\n\
                  asyncio.run(f())\n";
    let mut host = host_running(source);
    let at_sleep = seek(&mut host, 0, StepBy::SourceLine { line: 11 }, true);
    let suspended = seek(&mut host, at_sleep, StepBy::Cycle, true);
    let snap = match host.handle(
        Request::View { id: 9, step: suspended, focus: Some(1), windows: Windows::default() },
        None,
    ) {
        Response::View { snapshot, .. } => snapshot,
        other => panic!("{other:?}"),
    };
    let frame = snap.stack.frames.last().expect("f's frame");
    assert_eq!((frame.name.as_str(), frame.state), ("f", FrameState::Suspended));
    let locals: Vec<(String, Option<String>)> =
        frame.locals.iter().map(|l| (l.name.clone(), l.repr.clone())).collect();
    assert_eq!(
        locals,
        vec![
            ("f".to_string(), None),
            ("g".to_string(), Some("2".to_string())),
            ("e".to_string(), None)
        ]
    );
}

#[test]
fn a_custom_await_and_an_async_generator_awaiting_inside_asend_are_in_the_await_chain() {
    // CPython's chain: main -> Later.__await__ (gi_yieldfrom), and consume -> (asend) -> gen.
    let source = "import asyncio\n\nclass Later:\n    def __await__(self):\n        \
                  return (yield from asyncio.sleep(1).__await__())\n\nasync def gen():\n    \
                  await asyncio.sleep(2)\n    yield 1\n\nasync def consume():\n    \
                  async for x in gen():\n        pass\n\nasync def main():\n    \
                  t = asyncio.create_task(consume())\n    await Later()\n    await t\n\n\
                  asyncio.run(main())\n";
    let mut host = host_running(source);
    let at_sleep = seek(&mut host, 0, StepBy::SourceLine { line: 8 }, true);
    let suspended = seek(&mut host, at_sleep, StepBy::Cycle, true);
    let names = |host: &mut Host, task: u32| -> Vec<String> {
        match host.handle(
            Request::View {
                id: 9,
                step: suspended,
                focus: Some(task),
                windows: Windows::default(),
            },
            None,
        ) {
            Response::View { snapshot, .. } => {
                snapshot.stack.frames.iter().map(|f| f.name.clone()).collect()
            }
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(names(&mut host, 1), ["main", "Later.__await__"]);
    assert_eq!(names(&mut host, 2), ["consume", "gen"]);
}

#[test]
fn a_functions_arguments_and_defaults_are_bound_in_its_frame() {
    let source = "def g(x, y=5):\n    z = x * y\n    return z\n\ng(3)\n";
    let mut host = host_running(source);
    let locals = locals_at_line(&mut host, 3, None);
    assert_eq!(locals, bound(&[("x", "3"), ("y", "5"), ("z", "15")]));
}

#[test]
fn the_gather_examples_cooks_show_their_dish_and_minutes() {
    let mut host = host_with("gather");
    // `await asyncio.sleep(minutes)` is line 9; Task-2 is the first cook.
    let locals = locals_at_line(&mut host, 9, Some("Task-2"));
    assert_eq!(locals, bound(&[("dish", "'soup'"), ("minutes", "3")]));
}

#[test]
fn a_suspended_frame_shows_what_it_changed_without_a_store_and_its_closure_cells() {
    let source = "import asyncio\n\nasync def worker(name):\n    items = []\n    count = 0\n\n    \
                  def bump():\n        nonlocal count\n        count += 1\n\n    \
                  items.append(name)\n    bump()\n    await asyncio.sleep(1)\n\n\
                  asyncio.run(worker('w'))\n";
    let mut host = host_running(source);
    let at_sleep = seek(&mut host, 0, StepBy::SourceLine { line: 13 }, true);
    let suspended = seek(&mut host, at_sleep, StepBy::Cycle, true);
    let snap = match host.handle(
        Request::View { id: 9, step: suspended, focus: Some(1), windows: Windows::default() },
        None,
    ) {
        Response::View { snapshot, .. } => snapshot,
        other => panic!("{other:?}"),
    };
    let frame = snap.stack.frames.last().expect("worker's frame");
    assert_eq!((frame.name.as_str(), frame.line), ("worker", 13));
    let locals: Vec<(String, Option<String>)> =
        frame.locals.iter().map(|l| (l.name.clone(), l.repr.clone())).collect();
    // CPython's f_locals: varnames, then the cell `count`.
    assert_eq!(
        locals,
        bound(&[
            ("name", "'w'"),
            ("items", "['w']"),
            ("bump", "<function worker.<locals>.bump>"),
            ("count", "1")
        ])
    );
}

/// The page's default settings give CPython's output (issue 10, defect 2): six tasks sleeping
/// until the same instant and one created later wake in CPython's order only when computation
/// costs no virtual time.
#[test]
fn default_settings_give_cpythons_output() {
    let source = "import asyncio\n\
        async def nap(i, until):\n    \
            await asyncio.sleep(until - asyncio.get_running_loop().time())\n    \
            print('woke', i)\n\
        async def main():\n    \
            loop = asyncio.get_running_loop()\n    \
            until = loop.time() + 0.1\n    \
            tasks = [asyncio.create_task(nap(i, until)) for i in range(6)]\n    \
            await asyncio.sleep(0)\n    \
            tasks.append(asyncio.create_task(nap(6, until)))\n    \
            await asyncio.gather(*tasks)\n    \
            print(f'{loop.time()!r}')\n\
        asyncio.run(main())\n";
    let session = crate::Session::run(source, &Settings::default(), None);
    let lines: Vec<String> =
        session.console.lines_before(u64::MAX, 0, 100).into_iter().map(|l| l.text).collect();
    let want: Vec<String> =
        (0..7).map(|i| format!("woke {i}")).chain(["0.1".to_string()]).collect();
    assert_eq!(lines, want);
}

/// A wrong settings header stops before the run with its line and reason; nothing ran, and
/// every request still has an answer.
#[test]
fn a_wrong_settings_header_is_reported_with_its_line() {
    let mut host = Host::default();
    let source = "# A lesson.\n# loopscope: max-seconds=soon\nprint(1)\n".to_string();
    let summary =
        match host.handle(Request::Run { id: 1, source, settings: Settings::default() }, None) {
            Response::Ran { summary, .. } => summary,
            other => panic!("expected Ran, got {other:?}"),
        };
    assert_eq!(
        (summary.stop, summary.exit_status, summary.error_line),
        (StopKind::Settings, 2, Some(2))
    );
    assert_eq!(
        summary.message,
        "Line 2: `max-seconds=soon`: expected a number of seconds, more than 0"
    );
    let snap = view(&mut host, 0, Windows::default());
    assert_eq!(snap.console.total, 0);
}

/// A budget stop tells the visitor how to raise it in words the page understands: the
/// program's settings header, not a command-line flag (issue 10, defect 6).
#[test]
fn a_budget_stop_names_the_settings_header_not_a_cli_flag() {
    let mut host = Host::default();
    let source = "# loopscope: max-instructions=100000\nwhile True:\n    pass\n".to_string();
    let summary =
        match host.handle(Request::Run { id: 1, source, settings: Settings::default() }, None) {
            Response::Ran { summary, .. } => summary,
            other => panic!("expected Ran, got {other:?}"),
        };
    assert_eq!((summary.stop, summary.exit_status), (StopKind::Budget, 124));
    assert!(summary.message.contains("100000 instructions"), "{}", summary.message);
    assert!(summary.message.contains("`# loopscope: max-instructions=N`"), "{}", summary.message);
    assert!(!summary.message.contains("--"), "{}", summary.message);
}

/// At step 0 nothing is printed yet, but the snapshot carries the lines the run prints later,
/// so the first view after Run already shows the output (dimmed, ahead of the cursor).
#[test]
fn the_first_step_shows_the_output_ahead() {
    let mut host = host_with("gather");
    let first = view(&mut host, 0, Windows::default());
    assert_eq!(first.console.total, 0);
    assert!(!first.console_ahead.is_empty());
    let end = view(&mut host, u64::MAX, Windows::default());
    assert!(end.console_ahead.is_empty());
    assert_eq!(first.console_ahead[0].text, end.console.rows[0].text);
}

/// The sleep(0) example takes no virtual time, so the page draws its timeline over steps:
/// every span knows the step it ends at (it looked empty, all at t=0: issue 10, defect 3).
#[test]
fn a_timeline_without_virtual_time_has_steps_to_draw_on() {
    let mut host = host_with("sleep-zero");
    let timeline = match host.handle(Request::Timeline { id: 5 }, None) {
        Response::Timeline { timeline, .. } => timeline,
        other => panic!("expected Timeline, got {other:?}"),
    };
    assert_eq!(timeline.end_time, 0.0);
    assert!(timeline.end_step > 100, "{}", timeline.end_step);
    let spans: Vec<_> = timeline.lanes.iter().flat_map(|l| &l.spans).collect();
    assert!(spans.len() > 10);
    assert!(spans.iter().all(|s| s.step <= s.end_step && s.end_step <= timeline.end_step));
    assert!(spans.iter().any(|s| s.end_step > s.step));
}

#[test]
fn the_timeline_built_in_the_replays_pass_is_the_one_a_second_pass_builds() {
    // Every gallery program: the session's timeline (fed by `Replay::new_watched`) and
    // `timeline::build` reading the trace again agree exactly.
    let settings = Settings { instr_cost_ns: 0.0, ..Settings::default() };
    for example in gallery::EXAMPLES {
        let session = crate::Session::run(example.source, &settings, None);
        let again = crate::timeline::build(session.replay.trace(), session.slow_callback_seconds);
        assert!(session.timeline == again, "{}", example.slug);
    }
}

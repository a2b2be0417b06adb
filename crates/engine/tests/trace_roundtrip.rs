//! The trace crate's format, checked on real runs: what the engine emits reads back exactly,
//! stays small, and replays to the same state from any checkpoint. (These live here because
//! the trace crate cannot run programs: the engine depends on it, not the other way round.)

use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::{run_program, RunOutcome};
use loopscope_trace::chunks::CHUNK_BYTES;
use loopscope_trace::replay::{
    FrameState, FrameView, Replay, ReplayState, TaskState, CHECKPOINT_EVENTS,
};
use loopscope_trace::{Event, Trace};
use std::rc::Rc;

fn checked_run(source: &str) -> RunOutcome {
    let config = RunConfig { trace: TraceDetail::Checked, ..RunConfig::default() };
    run_program(source, config)
}

#[test]
fn a_long_trace_reads_back_exactly_across_sealed_chunks() {
    let source = "\
import asyncio, random

async def worker(n):
    total = 0
    for i in range(60):
        total += i
        await asyncio.sleep(random.random() / 100)
        if i % 7 == n % 7:
            await asyncio.sleep(0)
    return total

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(200)), return_exceptions=True)
    print(sum(results))

asyncio.run(main())
";
    let outcome = checked_run(source);
    assert_eq!(outcome.stdout, "354000\n");
    let trace = &outcome.trace;
    assert!(trace.record_len() > 3 * CHUNK_BYTES);
    let emitted = outcome.trace_shadow.as_deref().expect("checked runs keep the events");
    let decoded: Vec<Event> = trace.events().map(|e| e.expect("decodes").1).collect();
    assert_eq!(decoded.len(), emitted.len());
    assert!(decoded == emitted, "decoding gives back every event");
    assert_eq!(trace.event_count, emitted.len() as u64);
}

#[test]
fn a_sleep_costs_a_few_bytes_of_trace() {
    let source = "\
import asyncio, random

async def worker():
    for _ in range(100):
        await asyncio.sleep(random.random() / 100)

async def main():
    await asyncio.gather(*(worker() for _ in range(200)))

asyncio.run(main())
";
    let trace = checked_run(source).trace;
    let per_sleep = trace.byte_len() as f64 / 20_000.0;
    // Measured at 11.7 (docs/BENCHMARKS.md); the budget is 32 bytes per event.
    assert!(per_sleep < 16.0, "{per_sleep:.1} bytes per sleep");
    assert!(trace.bytes_per_event() < 32.0);
}

fn run(source: &str) -> Rc<Trace> {
    let config = RunConfig { instr_cost_ns: 0.0, ..RunConfig::default() };
    Rc::new(run_program(source, config).trace)
}

const TWO_SLEEPERS: &str = "\
import asyncio

async def nap(name, seconds):
    x = seconds * 2
    await asyncio.sleep(seconds)
    print(name, 'woke')
    return x

async def main():
    a = asyncio.create_task(nap('a', 2))
    b = asyncio.create_task(nap('b', 1))
    print(await a, await b)

asyncio.run(main())
";

#[test]
fn the_last_state_has_every_task_done_and_nothing_queued() {
    let trace = run(TWO_SLEEPERS);
    let replay = Replay::new(trace.clone());
    let end = replay.state_at(replay.len());
    assert!(end.ready.is_empty());
    assert!(end.timers.is_empty());
    let names: Vec<&str> = end.task_order.iter().map(|t| trace.string(end.tasks[t].name)).collect();
    assert_eq!(names[..3], ["Task-1", "Task-2", "Task-3"]);
    for t in end.tasks.values() {
        assert_eq!(t.state, TaskState::Done, "{}", trace.string(t.name));
    }
    assert_eq!(end.time, 2.0);
    assert_eq!(replay.stdout.len(), 3);
}

#[test]
fn a_suspended_task_keeps_its_frame_line_and_locals() {
    let trace = run(TWO_SLEEPERS);
    let replay = Replay::new(trace.clone());
    // The first moment task a (Task-2) waits on its sleep's future.
    let mut reader = trace.events();
    let mut step = 0;
    while let Some(item) = reader.next_event() {
        item.expect("decodes");
        let probe = reader.state();
        let a_waits = probe
            .tasks
            .values()
            .any(|t| trace.string(t.name) == "Task-2" && t.state == TaskState::Suspended);
        if a_waits {
            step = probe.step;
            break;
        }
    }
    let state = replay.state_at(step);
    let waiting = state.tasks.values().find(|t| trace.string(t.name) == "Task-2").expect("task a");
    assert_eq!(waiting.state, TaskState::Suspended);
    let frame = &state.frames[waiting.frames.last().expect("its coroutine frame")];
    assert_eq!(frame.line, 5, "suspended at the await");
    assert_eq!(frame.state, FrameState::Suspended);
    let code = &trace.codes[frame.code as usize];
    let x = code.varnames.iter().position(|v| v == "x").expect("x is a local");
    assert_eq!(frame.locals[x].map(|r| trace.string(r)), Some("4"));
    // Its sleep's timer is on the heap.
    assert_eq!(state.timers.len(), 1);
}

#[test]
fn any_step_equals_applying_every_event_from_the_start() {
    let source = "\
import asyncio
async def worker(n):
    for i in range(30):
        await asyncio.sleep(0.01 * (n % 3))
async def main():
    await asyncio.gather(*(worker(n) for n in range(40)))
asyncio.run(main())
";
    let trace = run(source);
    assert!(trace.event_count > 2 * CHECKPOINT_EVENTS, "long enough to cross checkpoints");
    let replay = Replay::new(trace.clone());
    let mut reader = trace.events();
    let mut checked = 0;
    while let Some(item) = reader.next_event() {
        item.expect("decodes");
        let straight = reader.state();
        if straight.step.is_multiple_of(997) || straight.step == trace.event_count {
            let jumped = replay.state_at(straight.step);
            assert_eq!(jumped.time, straight.time);
            assert_eq!(jumped.ready, straight.ready);
            let heap = |s: &ReplayState| s.timers.iter().map(|t| t.handle).collect::<Vec<_>>();
            assert_eq!(heap(&jumped), heap(straight));
            assert_eq!(jumped.cycle, straight.cycle);
            for (id, t) in &jumped.tasks {
                assert_eq!(Some(t), straight.tasks.get(id));
            }
            checked += 1;
        }
    }
    assert!(checked > 10);
}

#[test]
fn a_cancel_is_recorded_only_for_a_handle_still_queued() {
    let source = "\
import asyncio

def cb():
    pass

async def main():
    loop = asyncio.get_running_loop()
    soon_a = loop.call_soon(cb)
    soon_b = loop.call_soon(cb)
    soon_a.cancel()          # in the ready queue: recorded, then skipped
    later = loop.call_later(5, cb)
    later.cancel()           # on the heap: recorded
    await asyncio.sleep(0)
    soon_b.cancel()          # already ran: not recorded
    when = loop.time() + 0.1
    first = loop.call_at(when, lambda: second.cancel())
    second = loop.call_at(when, cb)
    await asyncio.sleep(0.2) # `second` is cancelled in the ready queue: recorded, then skipped;
                             # the sleep's own timer, cancelled after it fired: not recorded
    second.cancel()          # already cancelled

asyncio.run(main())
loop = asyncio.new_event_loop()
queued = loop.call_soon(cb)
loop.close()
queued.cancel()              # the closed loop dropped its queue: not recorded
print('ok')
";
    let outcome = checked_run(source);
    assert_eq!(outcome.stdout, "ok\n");
    let emitted = outcome.trace_shadow.as_deref().expect("checked runs keep the events");
    let count = |f: fn(&Event) -> bool| emitted.iter().filter(|e| f(e)).count();
    assert_eq!(count(|e| matches!(e, Event::HandleCancel { .. })), 3);
    assert_eq!(count(|e| matches!(e, Event::HandleSkip { .. })), 2);
    assert_eq!(count(|e| matches!(e, Event::TimerDrop { .. })), 1);
}

const ASYNC_WITH: &str = "\
import asyncio

class Conn:
    async def __aenter__(self):
        opening = 'yes'
        await asyncio.sleep(1)
        return self

    async def __aexit__(self, t, v, tb):
        closing = 'yes'
        await asyncio.sleep(1)

async def main():
    async with Conn() as c:
        inside = 42
        await asyncio.sleep(1)

asyncio.run(main())
";

/// The first moment main's innermost frame is suspended at `line`, with that frame.
fn suspended_frame_at(trace: &Rc<Trace>, line: u32) -> (u64, FrameView) {
    let replay = Replay::new(trace.clone());
    for step in 0..=replay.len() {
        let state = replay.state_at(step);
        for t in state.tasks.values() {
            if trace.string(t.name) != "Task-1" || t.state != TaskState::Suspended {
                continue;
            }
            if let Some(f) = t.frames.last() {
                let frame = &state.frames[f];
                if frame.line == line && frame.state == FrameState::Suspended {
                    return (step, frame.clone());
                }
            }
        }
    }
    panic!("no frame suspended at line {line}");
}

#[test]
fn frames_suspended_in_async_with_keep_their_locals() {
    let trace = run(ASYNC_WITH);
    for (line, name, value) in
        [(6, "opening", "'yes'"), (16, "inside", "42"), (11, "closing", "'yes'")]
    {
        let (_, frame) = suspended_frame_at(&trace, line);
        let code = &trace.codes[frame.code as usize];
        let i = code.varnames.iter().position(|v| v == name).expect("a local");
        assert_eq!(frame.locals[i].map(|r| trace.string(r)), Some(value), "line {line}");
    }
    // Inside the block, main's frame shows the `as` target too.
    let (_, frame) = suspended_frame_at(&trace, 16);
    let code = &trace.codes[frame.code as usize];
    let c = code.varnames.iter().position(|v| v == "c").expect("c is a local");
    assert!(frame.locals[c].map(|r| trace.string(r)).is_some_and(|s| s.contains("Conn")));
}

const QUEUE_GET: &str = "\
import asyncio

async def consumer(q):
    item = await q.get()
    print(item)

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    await asyncio.sleep(1)
    q.put_nowait('x')
    await t

asyncio.run(main())
";

#[test]
fn a_task_blocked_in_queue_get_shows_the_library_frame_it_waits_in() {
    let trace = run(QUEUE_GET);
    let replay = Replay::new(trace.clone());
    let state = replay.state_at(replay.len() / 2);
    let consumer =
        state.tasks.values().find(|t| trace.string(t.name) == "Task-2").expect("the consumer task");
    assert_eq!(consumer.state, TaskState::Suspended);
    let files: Vec<(&str, bool)> = consumer
        .frames
        .iter()
        .map(|f| {
            let code = &trace.codes[state.frames[f].code as usize];
            (code.filename.as_str(), code.is_library)
        })
        .collect();
    assert_eq!(files, [("main.py", false), ("<stdlib>/asyncio/queues.py", true)]);
    // The library's module bodies run unrecorded (CPython runs them at `import asyncio`).
    assert!(!trace.codes.iter().any(|c| c.is_library && c.name == "<module>"));
}

/// The replayed clock follows instruction cost through cycles that never wait (issue 10,
/// defect 3): `sleep(0)` loops used to forget each cycle's sub-microsecond cost, so every
/// event of 100,000 of them replayed at t=0 while `loop.time()` said 0.011.
#[test]
fn the_replayed_clock_keeps_instruction_cost_across_cycles_that_do_not_wait() {
    let source = "\
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for _ in range(20000):
        await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    for _ in range(20000):
        await asyncio.sleep(0)
    print(f'{loop.time():.6f}')

asyncio.run(main())
";
    let config =
        RunConfig { instr_cost_ns: 7.0, trace: TraceDetail::Checked, ..RunConfig::default() };
    let outcome = run_program(source, config);
    assert!(outcome.virtual_seconds > 0.5 + 1e-3, "{}", outcome.virtual_seconds);
    let replay = Replay::new(Rc::new(outcome.trace));
    let end = replay.state_at(replay.len());
    assert!(
        (end.time - outcome.virtual_seconds).abs() < 1e-6,
        "replayed {} vs engine {}",
        end.time,
        outcome.virtual_seconds
    );
    // Halfway through the first loop, the replayed clock has moved too.
    let middle = replay.state_at(replay.len() / 4);
    assert!(middle.time > 1e-4, "{}", middle.time);
}

/// Checkpoints copy the whole live state; with 20,000 tasks gathered, one every 8,192 events
/// held millions of objects (at 300,000 tasks the page's worker ran out of memory and
/// trapped: issue 10, defect 8). They stay within their budget, and any step still replays
/// exactly.
#[test]
fn checkpoints_of_a_huge_live_state_stay_within_their_budget() {
    let source = "\
import asyncio

async def main():
    await asyncio.gather(*(asyncio.sleep(1) for _ in range(20000)))
    print('done')

asyncio.run(main())
";
    let trace = run(source);
    let replay = Replay::new(trace.clone());
    let budget = loopscope_trace::replay::CHECKPOINT_OBJECTS;
    let biggest = replay.state_at(replay.len()).objects();
    assert!(
        replay.checkpoint_objects() <= budget + biggest,
        "{} objects in checkpoints",
        replay.checkpoint_objects()
    );
    let step = replay.len() * 2 / 3;
    let mut reader = trace.events();
    while reader.state().step < step {
        reader.next_event();
    }
    assert_eq!(replay.state_at(step).tasks.len(), reader.state().tasks.len());
}

/// A library frame's lines and locals are held until something else happens while it runs
/// (`trace::held`): a library call that does nothing else leaves no trace at all.
#[test]
fn a_library_call_that_does_nothing_else_leaves_no_events() {
    let source = "\
import reprlib
short = reprlib.repr(list(range(100)))
print(short)
";
    let outcome = checked_run(source);
    assert_eq!(outcome.stdout, "[0, 1, 2, 3, 4, 5, ...]\n");
    let trace = &outcome.trace;
    let events: Vec<Event> = trace.events().map(|e| e.expect("decodes").1).collect();
    assert_eq!(events, outcome.trace_shadow.expect("checked runs keep the events"));
    let library_entries = events.iter().filter(
        |e| matches!(e, Event::FrameEnter { code, .. } if trace.codes[*code as usize].is_library),
    );
    assert_eq!(library_entries.count(), 0);
}

/// ...and where something else happens (here an output), every library frame on the stack is
/// written first, at the line it stands on, with its locals.
#[test]
fn an_output_from_library_code_shows_the_library_frames_where_they_stand() {
    let source = "\
import logging
logging.warning('careful')
";
    // Importing logging runs more library lines than one callback's line allowance: a larger
    // allowance keeps every line, which is what this test looks at.
    let config = RunConfig {
        trace: TraceDetail::Checked,
        line_events_per_callback: 100_000,
        ..RunConfig::default()
    };
    let outcome = run_program(source, config);
    assert_eq!(outcome.stderr, "WARNING:root:careful\n");
    let trace = Rc::new(outcome.trace);
    let replay = Replay::new(trace.clone());
    let (step, _) = trace
        .events()
        .map(|e| e.expect("decodes"))
        .find(|(_, e)| matches!(e, Event::Stderr { .. }))
        .expect("the warning is written");
    let state = replay.state_at(step);
    let top = &state.frames[state.main_stack.last().expect("frames run")];
    let code = &trace.codes[top.code as usize];
    assert!(code.is_library, "{}", code.qualname);
    let path = format!(
        "{}/lib/{}",
        env!("CARGO_MANIFEST_DIR"),
        code.filename.trim_start_matches("<stdlib>/")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let line = text.lines().nth(top.line as usize - 1).unwrap_or("");
    assert!(line.contains("write("), "{}:{} is `{line}`", code.filename, top.line);
    let msg = code.varnames.iter().position(|v| v == "msg").expect("emit has a msg local");
    assert_eq!(top.locals[msg].map(|r| trace.string(r)), Some("'WARNING:root:careful'"));
}

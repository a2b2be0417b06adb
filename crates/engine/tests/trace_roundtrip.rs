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

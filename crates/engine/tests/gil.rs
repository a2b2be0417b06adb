//! The GIL with a CPU cost (issue 14; tests/conformance/THREADS_MODEL.md, rules G1–G6 and the
//! arithmetic tests of section 1). No CPython reference exists for these schedules: each
//! expectation is the model's hand arithmetic, in virtual milliseconds, with a margin of a
//! few dozen instructions (1 µs each here) for the code around the loops.

use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::run_program;

/// Runs `source` at 1 µs per instruction and returns its output.
fn run_costly(source: &str) -> String {
    let config =
        RunConfig { instr_cost_ns: 1000.0, trace: TraceDetail::Checked, ..RunConfig::default() };
    let o = run_program(source, config);
    assert_eq!(o.exit_status(), 0, "stderr: {}", o.stderr);
    let emitted = o.trace_shadow.as_deref().expect("checked runs keep the events");
    let decoded: Vec<_> = o.trace.events().map(|e| e.expect("decodes").1).collect();
    assert!(decoded == emitted, "the trace decodes to the events emitted");
    o.stdout
}

/// `name ms` lines as (name, milliseconds).
fn times(out: &str) -> Vec<(String, f64)> {
    out.lines()
        .map(|l| {
            let (name, ms) = l.split_once(' ').expect("name and time");
            (name.to_string(), ms.parse().expect("a number"))
        })
        .collect()
}

fn assert_near(what: &str, got: f64, want: f64) {
    assert!((got - want).abs() < 0.15, "{what}: {got} ms, the model says {want} ms");
}

/// Threads that follow a script: a positive step is `for i in range(step): pass` (3
/// instructions an iteration: FOR_ITER, STORE_FAST, JUMP_BACKWARD, so 1000 is 3 ms), a
/// negative one `time.sleep(-step / 1000)`; each prints when it ends. The main thread starts
/// them in order and waits: each start hands over to the new thread (T2), and the main
/// thread, ready at once, takes the GIL back an interval later (G4) to start the next one;
/// its own few dozen instructions are inside the margins.
const CPU_THREADS: &str = "import _thread, time, sys
ends = []
gate = _thread.allocate_lock()
gate.acquire()
def run(name, script):
    for step in script:
        if step < 0:
            time.sleep(-step / 1000)
        else:
            for i in range(step):
                pass
    ends.append((name, time.monotonic() * 1000))
    if len(ends) == len(THREADS):
        gate.release()
";

fn program(threads: &str, before: &str) -> String {
    format!(
        "{CPU_THREADS}{before}
THREADS = {threads}
for args in THREADS:
    _thread.start_new_thread(run, args)
gate.acquire()
for name, t in ends:
    print(name, round(t, 3))
"
    )
}

#[test]
fn two_cpu_bound_threads_take_turns_every_interval() {
    // Test 1: A and B compute 18 ms each. A runs [0,5) [10,15) [20,25) [30,33); B [5,10)
    // [15,20) [25,30) and, once A has ended, [33,36): threads give no speed-up.
    let out = run_costly(&program("[('A', [6000]), ('B', [6000])]", ""));
    let t = times(&out);
    assert_eq!(t[0].0, "A");
    assert_near("A ends", t[0].1, 33.0);
    assert_near("B ends", t[1].1, 36.0);
}

#[test]
fn a_shorter_switch_interval_hands_over_more_often() {
    // Test 2 with I = 1 ms and 17.1 ms each: they alternate every millisecond; A's 18th
    // slice, from 34, ends it at 34.1; B finishes right after. Still 34.2 ms of work in all.
    let out =
        run_costly(&program("[('A', [5700]), ('B', [5700])]", "sys.setswitchinterval(0.001)"));
    let t = times(&out);
    assert_eq!(t[0].0, "A");
    assert_near("A ends", t[0].1, 34.1);
    assert_near("B ends", t[1].1, 34.2);
}

#[test]
fn blocking_releases_the_gil_at_once() {
    // Test 3: A computes 2 ms, sleeps 10 ms, computes 1 ms; B computes 3 ms. A blocks at 2:
    // B takes the GIL then (no interval) and ends at 5; A wakes at 12 and ends at 13.
    let out = run_costly(&program("[('A', [666, -10, 333]), ('B', [1000])]", ""));
    let t = times(&out);
    assert_eq!(t[0].0, "B");
    assert_near("B ends", t[0].1, 5.0);
    assert_near("A ends", t[1].1, 13.0);
}

#[test]
fn a_thread_waking_from_sleep_waits_an_interval_for_the_gil() {
    // Test 4, the convoy effect. A computes 50 ms; B, started at 5 (when the main thread
    // takes the GIL back), sleeps 1 ms three times and computes 0.1 ms after each. B's
    // wake-ups at 6, 12.1, 18.2 each wait 5 ms for the GIL: B runs [11,11.1) [17.1,17.2)
    // [23.2,23.3) and ends at 23.3; A ran all the rest and ends once all the work is done:
    // its 50 ms, B's 0.3 and the ~0.15 ms of instructions around the loops and sleeps.
    let out = run_costly(&program("[('A', [16666]), ('B', [-1, 33, -1, 33, -1, 33])]", ""));
    let t = times(&out);
    assert_eq!(t[0].0, "B");
    assert_near("B ends", t[0].1, 23.3);
    assert_near("A ends", t[1].1, 50.45);
}

#[test]
fn the_event_loop_waits_for_the_gil_after_its_select() {
    // Test 5 (G6): the loop's timer is due at 10 ms, but a worker computes 30 ms: the loop's
    // thread is ready at 10 and gets the GIL at 15, so the callback runs 5 ms late.
    let out = run_costly(
        "import _thread, asyncio, time
def cpu():
    for i in range(10000):
        pass
async def main():
    loop = asyncio.get_running_loop()
    fired = loop.create_future()
    loop.call_later(0.010, lambda: fired.set_result(loop.time() * 1000))
    _thread.start_new_thread(cpu, ())
    print('timer', round(await fired, 3))
asyncio.run(main())
",
    );
    let t = times(&out);
    assert_near("the timer's callback", t[0].1, 15.0);
}

#[test]
fn a_new_thread_runs_about_an_interval_before_start_returns() {
    // Test 6 (G4): the new thread computes 20 ms; the starter is ready at once and gets the
    // GIL back at 5; it computes 1 ms and then waits: the worker ends at 21.
    let out = run_costly(
        "import _thread, time
gate = _thread.allocate_lock()
gate.acquire()
def cpu():
    for i in range(6666):
        pass
    print('worker', round(time.monotonic() * 1000, 3))
    gate.release()
_thread.start_new_thread(cpu, ())
print('start returned', round(time.monotonic() * 1000, 3))
for i in range(333):
    pass
print('main computed', round(time.monotonic() * 1000, 3))
gate.acquire()
",
    );
    let t = times(&out.replace("start returned", "start").replace("main computed", "main"));
    assert_near("start() returns", t[0].1, 5.0);
    assert_near("main's computation ends", t[1].1, 6.0);
    assert_near("the worker ends", t[2].1, 21.0);
}

#[test]
fn with_no_cost_the_schedule_is_the_harness_one() {
    // G5: with c = 0 nothing is ever preempted.
    let o = run_program(
        &program("[('A', [6000]), ('B', [6000])]", ""),
        RunConfig { instr_cost_ns: 0.0, ..RunConfig::default() },
    );
    assert_eq!(o.stdout, "A 0.0\nB 0.0\n");
}

//! Processes on N virtual cores (issue 14 item 4; tests/conformance/THREADS_MODEL.md, rules
//! P1–P4 and the arithmetic tests of section 2). No CPython reference exists for these
//! schedules: each expectation is the model's hand arithmetic, in virtual milliseconds, at
//! 1 µs per instruction. Each task measures its own start and end, so the instructions that
//! start the processes (a few milliseconds of library code here) stay out of the figures;
//! the margins allow for a round of core slices (`vm::processes::SLICE_SECONDS`) and the few
//! dozen instructions around the loops.

use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::run_program;

/// Runs `source` at 1 µs per instruction on `cores` virtual cores; its stdout and stderr.
fn run_on(cores: u32, source: &str) -> (String, String) {
    let config = RunConfig {
        instr_cost_ns: 1000.0,
        virtual_cores: cores,
        trace: TraceDetail::Checked,
        ..RunConfig::default()
    };
    let o = run_program(source, config);
    assert_eq!(o.exit_status(), 0, "stderr: {}", o.stderr);
    let emitted = o.trace_shadow.as_deref().expect("checked runs keep the events");
    let decoded: Vec<_> = o.trace.events().map(|e| e.expect("decodes").1).collect();
    assert!(decoded == emitted, "the trace decodes to the events emitted");
    (o.stdout, o.stderr)
}

/// `cpu(n)`: `n` iterations of `for i in range(n): pass` (3 instructions each: 33333 is
/// 100 ms) and returns (start, end) in milliseconds.
const CPU: &str = "import time, threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import multiprocessing as mp
def cpu(n):
    t0 = time.monotonic()
    for i in range(n):
        pass
    return (t0 * 1000, time.monotonic() * 1000)
def ms(n):
    return n * 1000 // 3
";

/// The (start, end) pairs a program prints, one per line as `start end`.
fn spans(out: &str) -> Vec<(f64, f64)> {
    out.lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let a = it.next()?.parse().ok()?;
            let b = it.next()?.parse().ok()?;
            Some((a, b))
        })
        .collect()
}

fn assert_near(what: &str, got: f64, want: f64, margin: f64) {
    assert!((got - want).abs() <= margin, "{what}: {got} ms, the model says {want} ms");
}

fn pool_program(executor: &str, tasks: usize, ms: u32) -> String {
    format!(
        "{CPU}
if __name__ == '__main__':
    with {executor} as ex:
        for start, end in ex.map(cpu, [ms({ms})] * {tasks}):
            print(start, end)
"
    )
}

#[test]
fn four_processes_on_four_cores_run_in_parallel_and_threads_do_not() {
    // Test 1: each process computes its 100 ms in 100 ms, side by side; in a thread pool the
    // four share one GIL: they all end about 400 ms after they started.
    let (out, _) = run_on(4, &pool_program("ProcessPoolExecutor(4)", 4, 100));
    let s = spans(&out);
    assert_eq!(s.len(), 4);
    for (start, end) in &s {
        assert_near("a process's task", end - start, 100.0, 0.5);
    }
    let last_start = s.iter().map(|x| x.0).fold(0.0, f64::max);
    let first_end = s.iter().map(|x| x.1).fold(f64::MAX, f64::min);
    assert!(first_end > last_start, "the four ran at the same time: {s:?}");

    let (out, _) = run_on(4, &pool_program("ThreadPoolExecutor(4)", 4, 100));
    let s = spans(&out);
    let first_start = s.iter().map(|x| x.0).fold(f64::MAX, f64::min);
    let last_end = s.iter().map(|x| x.1).fold(0.0, f64::max);
    assert_near("the thread pool's work", last_end - first_start, 400.0, 5.0);
}

#[test]
fn eight_tasks_on_four_workers_come_in_two_waves_in_input_order() {
    // Test 2: 4 end at 100, the next 4 at 200 (each 100 ms of work); `map` in input order.
    let (out, _) = run_on(4, &pool_program("ProcessPoolExecutor(4)", 8, 100));
    let s = spans(&out);
    assert_eq!(s.len(), 8);
    for (start, end) in &s {
        // The parent's manager and main threads take a core for a moment between waves.
        assert_near("a task", end - start, 100.0, 1.0);
    }
    for i in 0..4 {
        assert_near("the second wave after the first", s[i + 4].1 - s[i].1, 100.0, 1.0);
    }
}

#[test]
fn four_processes_on_two_cores_share_them() {
    // Test 3: processor sharing, 4 on 2: each runs at half speed, 200 ms for 100 ms of work.
    let (out, _) = run_on(2, &pool_program("ProcessPoolExecutor(4)", 4, 100));
    let s = spans(&out);
    assert_eq!(s.len(), 4);
    for (start, end) in &s {
        assert_near("a task at half speed", end - start, 200.0, 1.5);
    }
}

#[test]
fn two_workers_leave_cores_idle() {
    // Test 4: only 2 workers on 8 cores: 100 ms each, two after two.
    let (out, _) = run_on(8, &pool_program("ProcessPoolExecutor(2)", 4, 100));
    let s = spans(&out);
    assert_eq!(s.len(), 4);
    for (start, end) in &s {
        assert_near("a task", end - start, 100.0, 0.5);
    }
    assert_near("the second pair after the first", s[2].1 - s[0].1, 100.0, 1.0);
    assert_near("the second pair after the first", s[3].1 - s[1].1, 100.0, 1.0);
}

#[test]
fn the_gil_is_per_process() {
    // Test 5: one process running two threads of 50 ms each: 100 ms (section 1 inside it).
    let (out, _) = run_on(
        8,
        &format!(
            "{CPU}
def two_threads():
    t0 = time.monotonic()
    ts = [threading.Thread(target=cpu, args=(ms(50),)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(t0 * 1000, time.monotonic() * 1000)
if __name__ == '__main__':
    p = mp.Process(target=two_threads)
    p.start()
    p.join()
"
        ),
    );
    let s = spans(&out);
    // Plus the two `Thread.start()`s, about 1.5 ms of library code here.
    assert_near("two threads' work in one process", s[0].1 - s[0].0, 100.0, 2.0);
}

#[test]
fn three_processes_on_two_cores_end_together() {
    // Test 6: 3 on 2 cores: each at speed 2/3, all end 150 ms after they start; exit code 0.
    // A target that raises prints `Process Process-4:` and its traceback; exit code 1.
    let (out, err) = run_on(
        2,
        &format!(
            "{CPU}
def work():
    start, end = cpu(ms(100))
    print(start, end)
def fail():
    raise ValueError('boom')
if __name__ == '__main__':
    ps = [mp.Process(target=work) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('exitcodes', [p.exitcode for p in ps])
    p = mp.Process(target=fail)
    p.start()
    p.join()
    print('exitcode', p.exitcode, p.name)
"
        ),
    );
    let s = spans(&out);
    assert_eq!(s.len(), 3);
    for (start, end) in &s {
        assert_near("a process at speed 2/3", end - start, 150.0, 1.5);
    }
    assert!(out.contains("exitcodes [0, 0, 0]\n"), "{out}");
    assert!(out.contains("exitcode 1 Process-4\n"), "{out}");
    assert!(err.starts_with("Process Process-4:\nTraceback (most recent call last):\n"), "{err}");
    assert!(err.ends_with("ValueError: boom\n"), "{err}");
}

#[test]
fn pool_map_chunks_as_cpython_and_takes_three_rounds() {
    // Test 7: Pool(2).map over 6 items: chunksize ceil(6 / (4 * 2)) = 1, so the 6 tasks of
    // 10 ms run two at a time: 30 ms from the first start to the last end.
    let (out, _) = run_on(
        2,
        &format!(
            "{CPU}
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        spans = pool.map(cpu, [ms(10)] * 6)
    print(min(s for s, e in spans), max(e for s, e in spans))
"
        ),
    );
    let s = spans(&out);
    // Each round adds the pipes' library code (sending a result, taking the next task) and
    // the parent's result thread taking a core for a moment: about 0.4 ms here.
    assert_near("six 10 ms tasks on two workers", s[0].1 - s[0].0, 30.0, 1.5);
}

#[test]
fn with_no_cost_processes_take_no_time() {
    // P3 at c = 0: nothing moves the clock.
    let o = run_program(&pool_program("ProcessPoolExecutor(4)", 4, 1), RunConfig::default());
    assert_eq!(o.stdout, "0.0 0.0\n".repeat(4));
}

#[test]
fn programs_whose_output_does_not_depend_on_timing_print_what_cpython_printed() {
    // tests/processes/README.md: the expected output is `python3`'s (3.11.7).
    let programs = [
        (
            include_str!("../../../tests/processes/fork_and_pools.py"),
            include_str!("../../../tests/processes/fork_and_pools.stdout"),
        ),
        (
            include_str!("../../../tests/processes/imap_orders.py"),
            include_str!("../../../tests/processes/imap_orders.stdout"),
        ),
        (
            include_str!("../../../tests/processes/cancel_pending.py"),
            include_str!("../../../tests/processes/cancel_pending.stdout"),
        ),
        (
            include_str!("../../../tests/processes/process_threads.py"),
            include_str!("../../../tests/processes/process_threads.stdout"),
        ),
        (
            include_str!("../../../tests/processes/queues.py"),
            include_str!("../../../tests/processes/queues.stdout"),
        ),
        (
            include_str!("../../../tests/processes/shared_state.py"),
            include_str!("../../../tests/processes/shared_state.stdout"),
        ),
        (
            include_str!("../../../tests/processes/pipes.py"),
            include_str!("../../../tests/processes/pipes.stdout"),
        ),
        (
            include_str!("../../../tests/processes/terminate.py"),
            include_str!("../../../tests/processes/terminate.stdout"),
        ),
    ];
    for (source, want) in programs {
        let o = run_program(source, RunConfig::default());
        assert_eq!(o.stderr, "");
        assert_eq!(o.stdout, want);
    }
}

#[test]
fn the_gallery_example_shows_four_processes_four_times_faster_than_four_threads() {
    // Its header: instr-cost-ns=7 virtual-cores=4.
    let source = include_str!("../../../tests/processes/gallery__process_pool.py");
    let config = RunConfig { instr_cost_ns: 7.0, virtual_cores: 4, ..RunConfig::default() };
    let o = run_program(source, config);
    assert_eq!(o.exit_status(), 0, "stderr: {}", o.stderr);
    let seconds: Vec<f64> = o
        .stdout
        .lines()
        .filter_map(|l| l.split(" jobs in ").nth(1)?.trim_end_matches(" s").parse().ok())
        .collect();
    let (threads, processes) = (seconds[0], seconds[1]);
    let ratio = threads / processes;
    assert!((3.5..=4.2).contains(&ratio), "threads {threads} s, processes {processes} s");
}

#[test]
fn a_deadlock_report_names_the_process() {
    // The child waits for a lock it holds; the parent joins it: nothing can wake anyone.
    let o = run_program(
        "import multiprocessing as mp
import threading
lock = threading.Lock()
def child():
    lock.acquire()
    lock.acquire()
if __name__ == '__main__':
    p = mp.Process(target=child)
    p.start()
    p.join()
",
        RunConfig::default(),
    );
    assert_eq!(o.exit_status(), 3);
    assert!(o.stderr.contains("  MainThread: line 10 in <module>: p.join()\n"), "{}", o.stderr);
    assert!(
        o.stderr.contains("  Process-1 (pid 4243): line 6 in child: lock.acquire()\n"),
        "{}",
        o.stderr
    );
}

//! Threads of execution with CPU cost 0 (issue 14): the schedule of tests/conformance/README.md
//! ("Threads", T1–T8) on programs that use `_thread` directly (the harness judges `threading`
//! programs; these pin the engine's own layer). Times are virtual: every expectation follows
//! from the rules by hand.

use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::{run_program, RunOutcome};
use loopscope_trace::Event;

/// Runs with the trace checked: it decodes to exactly the events emitted (the reader's
/// derivations hold with several threads and loops).
fn run(source: &str) -> RunOutcome {
    let config = RunConfig { trace: TraceDetail::Checked, ..RunConfig::default() };
    let outcome = run_program(source, config);
    let emitted = outcome.trace_shadow.as_deref().expect("checked runs keep the events");
    let decoded: Vec<Event> = outcome.trace.events().map(|e| e.expect("decodes").1).collect();
    assert!(decoded == emitted, "decoding gives back every event");
    outcome
}

fn stamped(source: &str) -> String {
    let o = run(source);
    assert_eq!(o.exit_status(), 0, "stderr: {}", o.stderr);
    o.stdout_timestamped
}

#[test]
fn a_new_thread_runs_first_until_it_blocks_then_its_starter() {
    // T1, T2: the worker prints before start_new_thread returns, and again once its sleep
    // ends, while the main thread waits on a lock; T5: the clock moves only then.
    let out = stamped(
        "import _thread, time
done = _thread.allocate_lock()
done.acquire()
def worker(n):
    print('worker', n)
    time.sleep(0.5)
    print('worker woke', n)
    done.release()
_thread.start_new_thread(worker, (1,))
print('started')
done.acquire()
print('main', time.monotonic())
",
    );
    assert_eq!(out, "0.000 worker 1\n0.000 started\n0.500 worker woke 1\n0.500 main 0.5\n",);
}

#[test]
fn ready_threads_run_in_order_and_sleeps_wake_by_deadline_then_start_order() {
    // T3, T5: equal deadlines wake in the order the sleeps began.
    let out = stamped(
        "import _thread, time
done = _thread.allocate_lock()
done.acquire()
def worker(name, n):
    for i in range(n):
        print(name, i)
        time.sleep(0.5)
    print(name, 'done')
    if name == 'b':
        done.release()
_thread.start_new_thread(worker, ('a', 2))
_thread.start_new_thread(worker, ('b', 3))
print('main waits')
done.acquire()
print('main end')
",
    );
    assert_eq!(
        out,
        "0.000 a 0\n0.000 b 0\n0.000 main waits\n0.500 a 1\n0.500 b 1\n1.000 a done\n\
         1.000 b 2\n1.500 b done\n1.500 main end\n",
    );
}

#[test]
fn a_release_does_not_hand_the_lock_over() {
    // T4: the releasing thread takes the lock straight back; the waiter, made ready, finds it
    // held and waits again in its place.
    let out = stamped(
        "import _thread, time
lock = _thread.allocate_lock()
finished = []
def worker(name):
    for i in range(2):
        with lock:
            print(name, i)
            time.sleep(0.1)
    finished.append(name)
_thread.start_new_thread(worker, ('a',))
_thread.start_new_thread(worker, ('b',))
while len(finished) < 2:
    time.sleep(1)
print('end', finished)
",
    );
    assert_eq!(out, "0.000 a 0\n0.100 a 1\n0.200 b 0\n0.300 b 1\n1.000 end ['a', 'b']\n");
}

#[test]
fn acquire_with_a_timeout_waits_in_virtual_time() {
    let out = stamped(
        "import _thread, time
lock = _thread.allocate_lock()
lock.acquire()
print(lock.acquire(False), lock.acquire(timeout=0))
print(lock.acquire(timeout=1.5), time.monotonic())
def holder():
    time.sleep(1)
    lock.release()
_thread.start_new_thread(holder, ())
print(lock.acquire(True, 5), time.monotonic())
print(repr(lock).startswith('<locked _thread.lock object at 0x'))
",
    );
    // The timed-out wait ends 50 µs (the timer slack) after its deadline, and the holder's
    // second starts from there.
    assert_eq!(out, "0.000 False False\n1.500 False 1.50005\n2.500 True 2.50005\n2.500 True\n");
}

#[test]
fn rlock_counts_and_belongs_to_its_thread() {
    let out = stamped(
        "import _thread, time
r = _thread.RLock()
with r:
    with r:
        print(r._recursion_count(), r._is_owned())
print(r._recursion_count(), repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at 0x'))
r.acquire()
def other():
    try:
        r.release()
    except RuntimeError as e:
        print('other:', e)
    print('other got it', r.acquire(), r._recursion_count())
    r.release()
_thread.start_new_thread(other, ())
print('main releases')
r.release()
time.sleep(0)
print('main again', r.acquire(False))
",
    );
    assert_eq!(
        out,
        "0.000 2 True\n0.000 0 True\n0.000 other: cannot release un-acquired lock\n\
         0.000 main releases\n0.000 other got it True 1\n0.000 main again True\n",
    );
}

#[test]
fn an_exception_in_a_thread_is_reported_and_the_program_goes_on() {
    let o = run("import _thread
def boom():
    raise ValueError('x')
def quiet():
    raise SystemExit
_thread.start_new_thread(boom, ())
_thread.start_new_thread(quiet, ())
print('main goes on')
");
    assert_eq!(o.exit_status(), 0);
    assert_eq!(o.stdout, "main goes on\n");
    assert!(
        o.stderr.starts_with("Exception ignored in thread started by: <function boom at 0x"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.ends_with("    raise ValueError('x')\nValueError: x\n"), "{}", o.stderr);
}

#[test]
fn a_deadlock_between_threads_is_reported() {
    // T7: one line per thread alive, in start order, at its innermost line of the program.
    let o = run("import _thread, time
a = _thread.allocate_lock()
b = _thread.allocate_lock()
def left():
    with a:
        time.sleep(0.1)
        with b:
            pass
def right():
    with b:
        time.sleep(0.1)
        with a:
            pass
_thread.start_new_thread(left, ())
_thread.start_new_thread(right, ())
gate = _thread.allocate_lock()
gate.acquire()
gate.acquire()
");
    assert_eq!(o.exit_status(), 3);
    assert_eq!(
        o.stderr,
        "Deadlock: every thread is blocked and nothing can wake any of them, so the program \
         would wait forever.\nThreads:\n  MainThread: line 18 in <module>: gate.acquire()\n  \
         Dummy-1: line 7 in left: with b:\n  Dummy-2: line 12 in right: with a:\n"
    );
}

#[test]
fn a_thread_blocking_inside_native_code_blocks_nested() {
    // `sorted`'s key sleeps: the main thread waits inside `sorted` while the worker runs.
    let out = stamped(
        "import _thread, time
def worker():
    for i in range(3):
        print('worker', i)
        time.sleep(0.25)
_thread.start_new_thread(worker, ())
print(sorted([2, 1], key=lambda v: (time.sleep(0.5), v)[1]))
",
    );
    assert_eq!(out, "0.000 worker 0\n0.250 worker 1\n0.500 worker 2\n1.000 [1, 2]\n",);
}

#[test]
fn recursion_limit_is_per_thread() {
    // The main thread is deep in recursion when the worker recurses: each has its own depth.
    let out = stamped(
        "import _thread, time
def worker():
    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)
    print('worker', down(900))
def main_down(n):
    if n == 0:
        _thread.start_new_thread(worker, ())
        return 0
    return 1 + main_down(n - 1)
print('main', main_down(900))
",
    );
    assert_eq!(out, "0.000 worker 900\n0.000 main 900\n");
}

#[test]
fn single_threaded_sleep_is_unchanged() {
    let out = stamped("import time\ntime.sleep(0.1)\ntime.sleep(0.2)\nprint(time.time())\n");
    assert_eq!(out, format!("0.300 {}\n", 0.1f64 + 0.2));
}

#[test]
fn the_loop_select_is_a_blocking_point_and_call_soon_threadsafe_wakes_it() {
    // T5, T6 (the harness gives the same output for the `threading` version of this program):
    // the loop's timers and the worker's sleeps interleave in virtual time, the worker's
    // call_soon_threadsafe wakes the loop at once, and a blocking sleep in a coroutine stops
    // only the loop.
    let out = stamped(
        "import _thread, time, asyncio
def worker(loop, fut):
    print('worker start', time.monotonic())
    time.sleep(1)
    print('worker calls back', time.monotonic())
    loop.call_soon_threadsafe(fut.set_result, 42)
    time.sleep(0.5)
    print('worker end', time.monotonic())
async def ticker():
    for i in range(4):
        print('tick', i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.4)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(ticker())
    _thread.start_new_thread(worker, (loop, fut))
    print('got', await fut, loop.time())
    time.sleep(0.3)
    print('after blocking sleep', loop.time())
    await t
asyncio.run(main())
print('end', time.monotonic())
",
    );
    assert_eq!(
        out,
        "0.000 worker start 0.0\n0.000 tick 0 0.0\n0.400 tick 1 0.4\n0.800 tick 2 0.8\n\
         1.000 worker calls back 1.0\n1.000 got 42 1.0\n1.300 after blocking sleep 1.3\n\
         1.300 tick 3 1.3\n1.500 worker end 1.5\n1.700 end 1.7000000000000002\n",
    );
}

#[test]
fn a_wakeup_before_select_makes_the_next_select_not_wait() {
    // T6: the callback comes from the loop's own thread, so its select waits 0 once.
    let out = stamped(
        "import _thread, time, asyncio
_thread.start_new_thread(lambda: None, ())
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, print, 'timer', 1)
    loop.call_soon_threadsafe(print, 'threadsafe')
    await asyncio.sleep(2)
    print('end', loop.time())
asyncio.run(main())
",
    );
    assert_eq!(out, "0.000 threadsafe\n1.000 timer 1\n2.000 end 2.0\n");
}

#[test]
fn a_deadlock_with_a_loop_lists_threads_then_pending_tasks() {
    let o = run("import _thread, asyncio
gate = _thread.allocate_lock()
gate.acquire()
def worker():
    gate.acquire()
async def main():
    _thread.start_new_thread(worker, ())
    await asyncio.get_running_loop().create_future()
asyncio.run(main())
");
    assert_eq!(o.exit_status(), 3);
    assert!(
        o.stderr.starts_with(
            "Deadlock: every thread is blocked and nothing can wake any of them, so the \
             program would wait forever.\nThreads:\n  MainThread: line 9 in <module>: \
             asyncio.run(main())\n  Dummy-1: line 5 in worker: gate.acquire()\nPending \
             tasks:\n  <Task pending name='Task-1' coro=<main() running"
        ),
        "{}",
        o.stderr
    );
}

#[test]
fn the_last_thread_left_in_select_gets_the_loop_deadlock_report() {
    let o = run("import _thread, asyncio
_thread.start_new_thread(print, ('worker',))
async def main():
    await asyncio.get_running_loop().create_future()
asyncio.run(main())
");
    assert_eq!(o.exit_status(), 3);
    assert_eq!(o.stdout, "worker\n");
    assert!(o.stderr.starts_with("Deadlock: no callback is ready"), "{}", o.stderr);
}

#[test]
fn a_worker_thread_runs_its_own_event_loop() {
    // asyncio.run in a worker thread: the worker blocks inside its loop's select (nested),
    // the main thread runs green on top of it; the worker's first select(0) lets the main
    // thread run first (T5). The harness prints the same for the `threading` version.
    let out = stamped(
        "import _thread, time, asyncio
done = _thread.allocate_lock()
done.acquire()
async def tick(name, n, d):
    for i in range(n):
        print(name, i, asyncio.get_running_loop().time())
        await asyncio.sleep(d)
    return name
def worker():
    print(asyncio.run(tick('worker', 3, 0.3)))
    done.release()
_thread.start_new_thread(worker, ())
for i in range(3):
    print('main', i)
    time.sleep(0.2)
done.acquire()
print('both done', time.monotonic())
",
    );
    assert_eq!(
        out,
        "0.000 main 0\n0.000 worker 0 0.0\n0.200 main 1\n0.300 worker 1 0.3\n0.400 main 2\n\
         0.600 worker 2 0.6\n0.900 worker\n0.900 both done 0.8999999999999999\n",
    );
}

#[test]
fn two_threads_each_run_an_event_loop() {
    // asyncio.run in a worker started from the main loop's task: both runners wait in their
    // loops' select as data (green), so the two loops' timers interleave on the one clock.
    // The harness prints the same for the `threading` version.
    let out = stamped(
        "import _thread, time, asyncio
done = _thread.allocate_lock()
done.acquire()
loops = {}
async def ticker(label, step, n):
    loops[label] = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(step)
        print(f'{label} tick {i}', asyncio.get_running_loop().time())
    return label
def side():
    print('side loop returned', asyncio.run(ticker('side', 0.3, 3)))
    done.release()
async def main():
    _thread.start_new_thread(side, ())
    print('main loop returned', await ticker('main', 0.5, 2))
    await asyncio.sleep(1)
    print('two different loops:', loops['main'] is not loops['side'], done.locked())
asyncio.run(main())
print('end', time.monotonic())
",
    );
    assert_eq!(
        out,
        "0.300 side tick 0 0.3\n0.500 main tick 0 0.5\n0.600 side tick 1 0.6\n\
         0.900 side tick 2 0.8999999999999999\n0.900 side loop returned side\n\
         1.000 main tick 1 1.0\n1.000 main loop returned main\n\
         2.000 two different loops: True False\n2.000 end 2.0\n",
    );
}

#[test]
fn a_loop_run_from_native_code_in_a_thread_still_waits_nested() {
    // asyncio.run called by native code (here through `map`) cannot wait as data: with the
    // main thread waiting in its own loop's select under it, the run stops (exit status 2).
    let o = run("import _thread, asyncio
def side():
    list(map(asyncio.run, [asyncio.sleep(0.3)]))
async def main():
    _thread.start_new_thread(side, ())
    await asyncio.sleep(0.2)
asyncio.run(main())
");
    assert_eq!(o.exit_status(), 2);
    assert!(o.stderr.contains("two threads waiting inside native calls at once"), "{}", o.stderr);
}

#[test]
fn the_trace_shows_the_threads() {
    let o = run("import _thread, time
def worker():
    time.sleep(0.5)
_thread.start_new_thread(worker, ())
time.sleep(1)
");
    let kinds: Vec<&str> = o
        .trace_shadow
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .map(|e| e.kind_name())
        .filter(|k| k.starts_with("thread"))
        .collect();
    assert_eq!(
        kinds,
        [
            "thread_start", // the worker starts
            "thread_block", // main hands over
            "thread_switch",
            "thread_block", // the worker sleeps
            "thread_switch",
            "thread_block", // main sleeps
            "thread_wake",  // the worker's time comes
            "thread_switch",
            "thread_end",
            "thread_wake",
            "thread_switch",
        ]
    );
}

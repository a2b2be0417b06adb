//! `__del__` belongs to its run: an object that dies after its run ended (held by a library
//! module until the VM goes) never runs its `__del__` in the next run.

use loopscope_engine::config::RunConfig;
use loopscope_engine::run_program;

#[test]
fn a_finalizer_left_over_from_a_run_never_runs_in_the_next() {
    let first = "\
import functools

class Stale:
    def __init__(self, inner):
        self.inner = inner

    def __del__(self):
        print('stale finalizer ran')

functools.stash = Stale(Stale(None))
print('first run')
";
    let outcome = run_program(first, RunConfig::default());
    assert_eq!(outcome.stdout, "first run\n");
    let second = run_program("print('second run')\n", RunConfig::default());
    assert_eq!(second.stdout, "second run\n");
    assert_eq!(second.stderr, "");
}

#[test]
fn a_task_destroyed_before_its_first_step_leaves_its_coroutine_never_awaited() {
    // A global holds the task of a loop that never runs: at exit the task reports first, then
    // its unstarted coroutine dies as CPython's collector finalizes it ("never awaited", at
    // `sys:1` as plain `python3` prints it; the conformance harness's own collection would
    // attribute it to the harness, so this is pinned here).
    let source = "\
import asyncio

async def job():
    pass

loop = asyncio.new_event_loop()
t = loop.create_task(job())
print('made')
";
    let outcome = run_program(source, RunConfig::default());
    assert_eq!(outcome.stdout, "made\n");
    let lines: Vec<&str> = outcome.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", outcome.stderr);
    assert_eq!(lines[0], "Task was destroyed but it is pending!");
    assert!(lines[1].starts_with("task: <Task pending name='Task-1' coro=<job() running at"));
    assert_eq!(lines[2], "sys:1: RuntimeWarning: coroutine 'job' was never awaited");
}

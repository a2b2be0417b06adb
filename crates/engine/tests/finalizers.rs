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

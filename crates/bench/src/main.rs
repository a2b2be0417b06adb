//! `loopscope-bench`: the project's benchmarks, Loopscope and CPython 3.11 side by side in one
//! run, with the targets the project set for them (docs/BENCHMARKS.md explains each one).
//!
//! ```text
//! cargo run --release --bin loopscope-bench [NAME...] [--runs N] [--python EXE] [--plain-python]
//! ```
//!
//! Every measurement runs in its own child process so that its peak memory (the RSS high-water
//! mark the kernel hands over when the child is reaped with `wait4`) belongs to that run alone:
//!
//! - the engine: this binary re-invoked as `loopscope-bench --child NAME on|off`, which calls
//!   `run_program` with the default configuration (trace `Full` for `on`, `Off` for `off`) and
//!   reports the seconds `run_program` took;
//! - CPython: `python3 tests/conformance/harness.py --child PROGRAM --timed`, the conformance
//!   harness's virtual clock (so sleeps cost no real time there either), which reports the
//!   seconds compile + run + shutdown took.
//!
//! Both times therefore leave process start-up out. Each benchmark runs `--runs` times (default
//! 3); times are the minimum (the run least disturbed by the rest of the machine), memory the
//! maximum. The program's stdout must be the same everywhere, or the benchmark fails.
//!
//! The replay benchmark is the one part that depends on `loopscope_trace::replay` (`Replay::new`,
//! `len`, `state_at`): `child::measure_replay` and the `replay` entry of `cases::CASES`.
//!
//! Files: [`cases`] (the benchmarks and their targets), [`child`] (one measured run),
//! [`process`] (children and their peak memory), [`runs`] (repeated runs of a case),
//! [`report`] and [`results`] (what a run reports, collected per case), [`table`] (the
//! side-by-side table), [`parent`] (the whole bench).
//!
//! This is the only crate of the workspace allowed `unsafe` (`libc::wait4` in [`process`]).

mod cases;
mod child;
mod parent;
mod process;
mod report;
mod results;
mod runs;
mod table;
#[cfg(test)]
mod tests;

use std::process::ExitCode;

/// Dispatches to the child side (one measured run) or the parent side (the whole bench).
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some(child::FLAG) {
        return child::main(&args[1..]);
    }
    parent::main(&args)
}

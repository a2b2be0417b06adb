//! The library layer's cost, printed (not asserted: timings belong in docs/BENCHMARKS.md):
//! compiling asyncio's Python modules (once per process), and a run that imports them all
//! against one that imports none (every run). `cargo test --release -p loopscope-engine
//! --test library_cost -- --ignored --nocapture`.

use loopscope_engine::config::RunConfig;
use loopscope_engine::run_program;
use loopscope_engine::stdlib::library;
use std::time::Instant;

const PLAIN: &str = "\
import asyncio
async def main():
    await asyncio.sleep(0)
asyncio.run(main())
";

const WITH_LIBRARY: &str = "\
import asyncio
async def main():
    asyncio.Lock, asyncio.Queue, asyncio.wait, asyncio.timeout, asyncio.TaskGroup
    await asyncio.sleep(0)
asyncio.run(main())
";

fn config() -> RunConfig {
    RunConfig { filename: "cost.py".into(), instr_cost_ns: 0.0, ..RunConfig::default() }
}

/// The best of `n` timings of `f`, in microseconds.
fn best_of(n: usize, mut f: impl FnMut()) -> f64 {
    (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
#[ignore = "a measurement, run by hand"]
fn library_import_cost() {
    let first_plain = {
        let start = Instant::now();
        run_program(PLAIN, config());
        start.elapsed().as_secs_f64() * 1e6
    };
    let compile = best_of(20, || {
        for module in library::MODULES {
            library::compile(module).expect("compiles");
        }
    });
    let first = {
        let start = Instant::now();
        let out = run_program(WITH_LIBRARY, config());
        assert_eq!(out.exit_status(), 0, "{}", out.stderr);
        start.elapsed().as_secs_f64() * 1e6
    };
    let plain = best_of(50, || {
        run_program(PLAIN, config());
    });
    let with_library = best_of(50, || {
        run_program(WITH_LIBRARY, config());
    });
    let sources: usize = library::MODULES.iter().map(|m| m.source_len()).sum();
    println!("library: {} modules, {sources} bytes of source", library::MODULES.len());
    println!("compile all (once per process): {compile:.0} us");
    println!("first run of the process, no library: {first_plain:.0} us");
    println!("first run importing them (compiles them): {first:.0} us");
    println!(
        "run without the library: {plain:.0} us; importing it (compiled): {with_library:.0} us"
    );
    println!("import cost per run: {:.0} us", with_library - plain);
}

//! Times the worker's work on one program natively: `Session::run` (the engine's traced run,
//! then the replay's one pass over the trace, which also builds the timeline), and, with
//! `build`, a second `timeline::build` pass for comparison. Issue 13's scale target is
//! `benches/programs/echo_clients.py`:
//!
//! ```text
//! cargo run --release -p loopscope-session --example session_time -- \
//!     benches/programs/echo_clients.py [repeats] [build]
//! ```
//!
//! For instruction counts, run the built example under
//! `valgrind --tool=callgrind` (docs/BENCHMARKS.md gives the figures).

use loopscope_protocol::settings::Settings;
use loopscope_session::{timeline, Session};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "benches/programs/echo_clients.py".into());
    let repeats: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let second_pass = args.next().is_some_and(|a| a == "build");
    let Ok(source) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(2);
    };
    for _ in 0..repeats {
        let started = Instant::now();
        let session = Session::run(&source, &Settings::default(), None);
        let run = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let again = second_pass
            .then(|| timeline::build(session.replay.trace(), session.slow_callback_seconds));
        let build = started.elapsed().as_secs_f64();
        println!(
            "run {run:.3} s ({} steps, {} trace bytes, {} timeline lanes){}",
            session.summary.steps,
            session.summary.trace_bytes,
            session.timeline.lanes.len(),
            again.map_or(String::new(), |t| format!(
                "; a second timeline pass {build:.3} s ({} lanes)",
                t.lanes.len()
            )),
        );
    }
}

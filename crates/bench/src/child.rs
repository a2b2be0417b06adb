//! The child side: one engine run of one benchmark, measured from inside.

use crate::cases;
use crate::report::{ReplayTimes, Report};
use loopscope_engine::config::{RunConfig, TraceDetail, CALIBRATED_INSTR_COST_NS};
use loopscope_engine::run_program;
use loopscope_trace::replay::Replay;
use loopscope_trace::Trace;
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

pub const FLAG: &str = "--child";

/// Steps sampled for the replay benchmark: 501 evenly spread (first and last included) and
/// 500 pseudo-random ones.
const REPLAY_SAMPLES: u64 = 1000;

/// `--child NAME on|off`: runs the benchmark once, prints the program's stdout and stderr,
/// then the report as the last stderr line.
pub fn main(args: &[String]) -> ExitCode {
    match measure(args) {
        Ok(report) => {
            eprintln!("{}", report.to_line());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("loopscope-bench {FLAG}: {e}");
            ExitCode::from(2)
        }
    }
}

fn measure(args: &[String]) -> Result<Report, String> {
    let [name, trace] = args else {
        return Err(format!("usage: loopscope-bench {FLAG} NAME on|off"));
    };
    let case = cases::find(name)?;
    let detail = match trace.as_str() {
        "on" => TraceDetail::Full,
        "off" => TraceDetail::Off,
        other => return Err(format!("trace must be on or off, not {other:?}")),
    };
    let path = case.program();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // The calibrated cost, as the figures in docs/BENCHMARKS.md were measured with.
    let config = RunConfig {
        filename: format!("{name}.py"),
        trace: detail,
        instr_cost_ns: CALIBRATED_INSTR_COST_NS,
        ..Default::default()
    };

    let started = Instant::now();
    let outcome = run_program(&text, config);
    let seconds = started.elapsed().as_secs_f64();

    write_output(&outcome.stdout, &outcome.stderr)?;
    let replay = (case.replay && detail == TraceDetail::Full)
        .then(|| measure_replay(std::rc::Rc::new(outcome.trace.clone())));
    Ok(Report {
        seconds,
        status: outcome.exit_status(),
        events: outcome.trace.event_count,
        bytes: outcome.trace.byte_len() as u64,
        strings: outcome.trace.strings.len() as u64,
        string_bytes: outcome.trace.strings.iter().map(|s| s.len() as u64).sum(),
        instructions: outcome.instructions,
        virtual_seconds: outcome.virtual_seconds,
        replay,
    })
}

fn write_output(stdout: &str, stderr: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    out.write_all(stdout.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write stdout: {e}"))?;
    eprint!("{stderr}");
    Ok(())
}

/// Builds the replay index once, then times `state_at` on steps spread over the whole run.
fn measure_replay(trace: std::rc::Rc<Trace>) -> ReplayTimes {
    let started = Instant::now();
    let replay = Replay::new(trace);
    let index = started.elapsed().as_secs_f64();
    let steps = sample_steps(replay.len(), REPLAY_SAMPLES);
    let mut timed: Vec<(f64, u64)> = steps
        .iter()
        .map(|&step| {
            let started = Instant::now();
            let state = replay.state_at(step);
            let took = started.elapsed().as_secs_f64();
            std::hint::black_box(state);
            (took, step)
        })
        .collect();
    timed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let samples = timed.len() as u64;
    let (worst, worst_step) = timed.last().copied().unwrap_or_default();
    let p99 = timed.get(timed.len() * 99 / 100).map_or(worst, |t| t.0);
    let mean = timed.iter().map(|t| t.0).sum::<f64>() / samples.max(1) as f64;
    ReplayTimes { index, worst, worst_step, p99, mean, samples }
}

/// About `count` steps in `0..=len`: half evenly spaced (the first and the last included),
/// half from a fixed pseudo-random sequence (so their distance from any checkpoint varies).
pub(super) fn sample_steps(len: u64, count: u64) -> Vec<u64> {
    let even = count / 2;
    let mut steps: Vec<u64> = (0..=even).map(|i| len * i / even.max(1)).collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in even..count {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        steps.push((x >> 11) % (len + 1));
    }
    steps
}

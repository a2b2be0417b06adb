//! The commands that measure one run, each returning a checked `Measured`.

use crate::cases::{self, Case};
use crate::process::{self, Finished};
use crate::report::Report;
use std::process::Command;

/// One measured run.
pub struct Measured {
    pub seconds: f64,
    pub peak_rss_bytes: u64,
    /// The program's stdout (for CPython, without the harness's timestamps).
    pub stdout: String,
    /// The engine's own report (engine runs only).
    pub report: Option<Report>,
}

/// The engine in a child of this binary, with the trace on or off.
pub fn engine(case: &Case, trace_on: bool) -> Result<Measured, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))?;
    let mut command = Command::new(exe);
    command.args([crate::child::FLAG, case.name, if trace_on { "on" } else { "off" }]);
    let done = succeeded(process::run(command)?, "Loopscope")?;
    let report = Report::from_stderr(&done.stderr)?;
    if report.status != 0 {
        return Err(format!(
            "the program exited with status {} on Loopscope; stderr:\n{}",
            report.status, done.stderr
        ));
    }
    Ok(Measured {
        seconds: report.seconds,
        peak_rss_bytes: done.peak_rss_bytes,
        stdout: done.stdout,
        report: Some(report),
    })
}

/// CPython under the conformance harness's virtual clock; the time is the one it reports.
pub fn cpython(case: &Case, python: &str) -> Result<Measured, String> {
    let mut command = python_command(python);
    command.arg(cases::harness()).arg("--child").arg(case.program()).arg("--timed");
    let done = succeeded(process::run(command)?, "CPython")?;
    Ok(Measured {
        seconds: harness_seconds(&done.stderr)?,
        peak_rss_bytes: done.peak_rss_bytes,
        stdout: strip_timestamps(&done.stdout),
        report: None,
    })
}

/// Plain `python3 PROGRAM`, no harness: real sleeps, so the time is CPU time (user + system).
pub fn plain_python(case: &Case, python: &str) -> Result<Measured, String> {
    let mut command = python_command(python);
    command.arg(case.program());
    let done = succeeded(process::run(command)?, "plain CPython")?;
    Ok(Measured {
        seconds: done.cpu_seconds,
        peak_rss_bytes: done.peak_rss_bytes,
        stdout: done.stdout,
        report: None,
    })
}

/// `python` with the environment the harness gives its children (`child_env`).
fn python_command(python: &str) -> Command {
    let mut command = Command::new(python);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command.envs([
        ("PYTHONHASHSEED", "0"),
        ("PYTHONIOENCODING", "utf-8"),
        ("PYTHONUTF8", "1"),
        ("PYTHONNOUSERSITE", "1"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("TZ", "UTC"),
    ]);
    command.current_dir(cases::programs_dir());
    command
}

fn succeeded(done: Finished, who: &str) -> Result<Finished, String> {
    match done.status {
        0 => Ok(done),
        status => Err(format!("{who} exited with status {status}; stderr:\n{}", done.stderr)),
    }
}

/// The harness's `harness: timed S s` line.
fn harness_seconds(stderr: &str) -> Result<f64, String> {
    stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("harness: timed ")?.strip_suffix(" s")?.parse().ok())
        .ok_or_else(|| format!("the harness reported no time (is it current?); stderr:\n{stderr}"))
}

/// Removes the `f"{now:.3f} "` the harness puts at the start of every stdout line.
pub(super) fn strip_timestamps(stdout: &str) -> String {
    stdout.split_inclusive('\n').map(strip_stamp).collect()
}

fn strip_stamp(line: &str) -> &str {
    let Some((stamp, rest)) = line.split_once(' ') else { return line };
    let is_stamp = stamp.split_once('.').is_some_and(|(whole, frac)| {
        !whole.is_empty()
            && frac.len() == 3
            && whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    });
    if is_stamp {
        rest
    } else {
        line
    }
}

//! Results gathered over the runs of one benchmark.

use crate::cases::Case;
use crate::report::{ReplayTimes, Report};
use crate::runs::Measured;

/// Best time (minimum) and peak memory (maximum) over the runs of one side.
#[derive(Debug, Clone, Copy)]
pub struct Side {
    pub seconds: f64,
    pub peak_rss_bytes: u64,
}

impl Side {
    fn add(side: &mut Option<Side>, m: &Measured) {
        let s = side.get_or_insert(Side { seconds: f64::INFINITY, peak_rss_bytes: 0 });
        s.seconds = s.seconds.min(m.seconds);
        s.peak_rss_bytes = s.peak_rss_bytes.max(m.peak_rss_bytes);
    }
}

pub struct CaseResult {
    pub case: &'static Case,
    pub trace_on: Option<Side>,
    pub trace_off: Option<Side>,
    pub cpython: Option<Side>,
    pub plain_python: Option<Side>,
    /// The engine's report from a trace-on run (events, bytes, instructions).
    pub report: Option<Report>,
    /// Replay timings: each figure's minimum over the runs.
    pub replay: Option<ReplayTimes>,
    /// The stdout everything must agree on (the first run's).
    pub stdout: Option<String>,
}

impl CaseResult {
    pub fn new(case: &'static Case) -> CaseResult {
        CaseResult {
            case,
            trace_on: None,
            trace_off: None,
            cpython: None,
            plain_python: None,
            report: None,
            replay: None,
            stdout: None,
        }
    }

    /// Checks `m`'s stdout against the first one seen (or keeps it, if it is the first).
    fn check_stdout(&mut self, who: &str, m: &Measured) -> Result<(), String> {
        match &self.stdout {
            None => self.stdout = Some(m.stdout.clone()),
            Some(first) if *first == m.stdout => {}
            Some(first) => return Err(differs(who, first, &m.stdout)),
        }
        Ok(())
    }

    pub fn add_trace_on(&mut self, m: &Measured) -> Result<(), String> {
        self.check_stdout("Loopscope (trace on)", m)?;
        Side::add(&mut self.trace_on, m);
        if let Some(report) = &m.report {
            self.replay = min_replay(self.replay, report.replay);
            self.report = Some(report.clone());
        }
        Ok(())
    }

    pub fn add_trace_off(&mut self, m: &Measured) -> Result<(), String> {
        self.check_stdout("Loopscope (trace off)", m)?;
        Side::add(&mut self.trace_off, m);
        Ok(())
    }

    pub fn add_cpython(&mut self, m: &Measured) -> Result<(), String> {
        self.check_stdout("CPython", m)?;
        Side::add(&mut self.cpython, m);
        Ok(())
    }

    pub fn add_plain_python(&mut self, m: &Measured) -> Result<(), String> {
        self.check_stdout("plain CPython", m)?;
        Side::add(&mut self.plain_python, m);
        Ok(())
    }

    /// CPython's time over Loopscope's (trace on): how many times faster Loopscope is.
    pub fn speed_up(&self) -> Option<f64> {
        Some(self.cpython?.seconds / self.trace_on?.seconds)
    }
}

fn min_replay(a: Option<ReplayTimes>, b: Option<ReplayTimes>) -> Option<ReplayTimes> {
    match (a, b) {
        (Some(a), Some(b)) => Some(ReplayTimes {
            index: a.index.min(b.index),
            worst: a.worst.min(b.worst),
            worst_step: if a.worst <= b.worst { a.worst_step } else { b.worst_step },
            p99: a.p99.min(b.p99),
            mean: a.mean.min(b.mean),
            samples: a.samples,
        }),
        (a, b) => a.or(b),
    }
}

/// Says where two outputs first differ.
fn differs(who: &str, want: &str, got: &str) -> String {
    let line = want.lines().zip(got.lines()).position(|(a, b)| a != b);
    let i = line.unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    let (a, b) = (want.lines().nth(i), got.lines().nth(i));
    if a.is_none() && b.is_none() {
        return format!("{who} printed the same lines with other line endings");
    }
    format!(
        "{who} printed something else: line {}: expected {:?}, got {:?}",
        i + 1,
        a.unwrap_or("<end of output>"),
        b.unwrap_or("<end of output>")
    )
}

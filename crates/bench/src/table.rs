//! The tables, as Markdown (readable in a terminal, pasted as is into docs/BENCHMARKS.md).

use crate::cases::Target;
use crate::results::{CaseResult, Side};

/// The measurements, one row per benchmark.
pub fn measurements(results: &[CaseResult], plain: bool) -> String {
    let mut header = vec![
        "benchmark",
        "Loopscope",
        "Loopscope, trace off",
        "CPython (harness)",
        "speed-up",
        "target",
        "peak RSS Loopscope",
        "peak RSS, trace off",
        "peak RSS CPython",
        "trace events",
        "bytes/event",
    ];
    if plain {
        header.push("plain python3, CPU");
    }
    let mut rows = vec![header.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
    rows.extend(results.iter().map(|r| measurement_row(r, plain)));
    markdown(&rows)
}

fn measurement_row(r: &CaseResult, plain: bool) -> Vec<String> {
    let mut row = vec![
        r.case.name.to_string(),
        time(r.trace_on),
        time(r.trace_off),
        time(r.cpython),
        r.speed_up().map_or("—".into(), |x| format!("{x:.1}x")),
        speed_target(r),
        memory(r.trace_on),
        memory(r.trace_off),
        memory(r.cpython),
        r.report.as_ref().map_or("—".into(), |rep| thousands(rep.events)),
        r.report.as_ref().map_or("—".into(), |rep| match rep.events {
            0 => "—".into(),
            n => format!("{:.2}", rep.bytes as f64 / n as f64),
        }),
    ];
    if plain {
        row.push(time(r.plain_python));
    }
    row
}

fn speed_target(r: &CaseResult) -> String {
    r.case
        .targets
        .iter()
        .find_map(|t| match t {
            Target::FasterThanCpython(x) => Some(format!("≥ {x}x")),
            _ => None,
        })
        .unwrap_or_else(|| "—".into())
}

/// Every target with what was measured and whether it is met.
pub fn targets(results: &[CaseResult]) -> (String, bool) {
    let mut rows = vec![vec!["target".to_string(), "measured".into(), "result".into()]];
    let mut all_met = true;
    for r in results {
        for target in r.case.targets {
            let (what, measured, met) = judge(r, *target);
            all_met &= met == Some(true);
            let verdict = match met {
                Some(true) => "PASS",
                Some(false) => "FAIL",
                None => "not measured",
            };
            rows.push(vec![format!("{}: {what}", r.case.name), measured, verdict.into()]);
        }
    }
    (markdown(&rows), all_met)
}

/// (what the target says, what was measured, met?) — `None` when there is nothing to judge.
fn judge(r: &CaseResult, target: Target) -> (String, String, Option<bool>) {
    match target {
        Target::FasterThanCpython(x) => {
            let what = if x < 1.0 {
                format!("at most {:.0}x slower than CPython (trace on)", 1.0 / x)
            } else if x == 1.0 {
                "no slower than CPython (trace on)".to_string()
            } else {
                format!("≥ {x}x faster than CPython (trace on)")
            };
            let speed = r.speed_up();
            let measured = speed.map_or("—".into(), |s| format!("{s:.2}x"));
            (what, measured, speed.map(|s| s >= x))
        }
        Target::MemoryNoHigherThanCpython => {
            let pair = r.trace_on.zip(r.cpython);
            let measured = pair.map_or("—".into(), |(l, c)| {
                format!("{} vs {}", memory(Some(l)), memory(Some(c)))
            });
            let met = pair.map(|(l, c)| l.peak_rss_bytes <= c.peak_rss_bytes);
            ("peak memory no higher than CPython's (trace on)".into(), measured, met)
        }
        Target::ReplayUnder(limit) => {
            let what = format!("state at any step in < {}", duration(limit));
            let measured = r.replay.map_or("—".into(), |t| {
                format!(
                    "worst {} (step {}), p99 {}, mean {} ({} steps)",
                    duration(t.worst),
                    thousands(t.worst_step),
                    duration(t.p99),
                    duration(t.mean),
                    t.samples
                )
            });
            (what, measured, r.replay.map(|t| t.worst < limit))
        }
    }
}

/// Figures that fit no column: instructions, virtual time, replay's index.
pub fn details(results: &[CaseResult]) -> String {
    let mut out = String::new();
    for r in results {
        let Some(rep) = &r.report else { continue };
        out += &format!(
            "- {}: {} instructions, {:.3} virtual seconds; trace: {} bytes of events, \
             {} strings of {} bytes",
            r.case.name,
            thousands(rep.instructions),
            rep.virtual_seconds,
            thousands(rep.bytes),
            thousands(rep.strings),
            thousands(rep.string_bytes)
        );
        if let Some(t) = r.replay {
            out += &format!("; Replay::new {}", duration(t.index));
        }
        out += "\n";
    }
    out
}

fn markdown(rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let pad = |row: &Vec<String>| {
        row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>()
    };
    let mut out = line(pad(&rows[0]));
    out += &line(widths.iter().map(|w| "-".repeat(*w)).collect());
    for row in &rows[1..] {
        out += &line(pad(row));
    }
    out
}

pub fn time(side: Option<Side>) -> String {
    side.map_or("—".into(), |s| duration(s.seconds))
}

fn memory(side: Option<Side>) -> String {
    side.map_or("—".into(), |s| format!("{:.0} MiB", s.peak_rss_bytes as f64 / 1048576.0))
}

pub fn duration(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else if seconds >= 0.01 {
        format!("{:.0} ms", seconds * 1e3)
    } else {
        format!("{:.2} ms", seconds * 1e3)
    }
}

pub(super) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

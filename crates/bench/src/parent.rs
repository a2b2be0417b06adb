//! The parent side: options, the runs of every benchmark, the tables, the exit status.

use crate::cases::{self, Case, CASES};
use crate::results::CaseResult;
use crate::{runs, table};
use std::process::ExitCode;

const USAGE: &str = "\
usage: loopscope-bench [NAME...] [--runs N] [--python EXE] [--plain-python]

Runs each benchmark N times (default 3) on Loopscope (in a child process, trace on and off) and
on CPython (tests/conformance/harness.py's virtual clock), checks that they print the same, and
prints a Markdown table: best time, speed-up, peak memory, trace size, and every target.

  NAME            scheduling, fanout, timers_same_instant, compute, replay (default: all)
  --runs N        runs per benchmark and side (default 3)
  --python EXE    the CPython 3.11 to compare with (default python3)
  --plain-python  also time `python3 PROGRAM` without the harness (CPU seconds: it really sleeps)

exit status: 0 every target met, 1 a target missed, 2 an error (bad usage, a run failed, or
outputs differ)
";

struct Options {
    cases: Vec<&'static Case>,
    runs: usize,
    python: String,
    plain: bool,
}

pub fn main(args: &[String]) -> ExitCode {
    let options = match parse(args) {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprint!("loopscope-bench: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut results = Vec::new();
    let mut errors = Vec::new();
    for case in &options.cases {
        match bench(case, &options) {
            Ok(r) => results.push(r),
            Err(e) => errors.push(format!("{}: {e}", case.name)),
        }
    }
    print_report(&results, &errors, options.plain)
}

/// `Ok(None)`: help was asked for.
fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut options =
        Options { cases: Vec::new(), runs: 3, python: "python3".into(), plain: false };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--plain-python" => options.plain = true,
            "--runs" => {
                let v = it.next().ok_or("--runs needs a number")?;
                options.runs = v.parse().ok().filter(|n| *n > 0).ok_or("bad --runs")?;
            }
            "--python" => options.python = it.next().ok_or("--python needs a path")?.clone(),
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            name => options.cases.push(cases::find(name)?),
        }
    }
    if options.cases.is_empty() {
        options.cases = CASES.iter().collect();
    }
    Ok(Some(options))
}

/// All the runs of one benchmark.
fn bench(case: &'static Case, options: &Options) -> Result<CaseResult, String> {
    eprintln!("{}: {}", case.name, case.about);
    let mut result = CaseResult::new(case);
    for run in 1..=options.runs {
        let on = runs::engine(case, true)?;
        result.add_trace_on(&on)?;
        let off = runs::engine(case, false)?;
        result.add_trace_off(&off)?;
        let mut line = format!(
            "  run {run}/{}: Loopscope {} (trace off {})",
            options.runs,
            table::duration(on.seconds),
            table::duration(off.seconds)
        );
        if case.with_cpython {
            let cpython = runs::cpython(case, &options.python)?;
            result.add_cpython(&cpython)?;
            line += &format!(", CPython {}", table::duration(cpython.seconds));
        }
        if let Some(t) = on.report.as_ref().and_then(|r| r.replay) {
            line += &format!(
                "; state_at worst {}, p99 {}",
                table::duration(t.worst),
                table::duration(t.p99)
            );
        }
        if case.with_cpython && options.plain {
            let plain = runs::plain_python(case, &options.python)?;
            result.add_plain_python(&plain)?;
            line += &format!(", plain python3 {} CPU", table::duration(plain.seconds));
        }
        eprintln!("{line}");
    }
    Ok(result)
}

fn print_report(results: &[CaseResult], errors: &[String], plain: bool) -> ExitCode {
    let (targets, all_met) = table::targets(results);
    if !results.is_empty() {
        println!("{}", table::measurements(results, plain));
        println!("{targets}");
        print!("{}", table::details(results));
    }
    for e in errors {
        eprintln!("loopscope-bench: {e}");
    }
    if !errors.is_empty() {
        ExitCode::from(2)
    } else if all_met {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

//! Conformance: every scenario under tests/conformance/scenarios runs on the engine and must
//! print what CPython 3.11 printed (tests/conformance/expected, made by harness.py): the same
//! stdout with the same virtual timestamps, the same stderr and the same exit status. Each
//! scenario is its own test (run one with `cargo test --test conformance -- NAME`); they run in
//! parallel and fail one by one.
//!
//! A scenario for something the engine does not do yet carries `# xfail: <reason>` in its
//! leading comment block: it is expected to differ, and the run fails when it starts to match,
//! so the mark is removed the moment the feature lands (tests/conformance/README.md).
//!
//! Every scenario that is not xfail runs a second time as `python_asyncio::NAME`, with the
//! Python source of `sleep`, `gather` and `wait_for` instead of their native accelerators
//! (`RunConfig::python_asyncio`): the output must be CPython's, the same as the native run's.
//!
//! Both sides get the harness's normalization: object addresses become `0x...` and `^`/`~`
//! marker lines are dropped; CPython's expected files already had their library frames
//! removed, which the engine never prints.

#[path = "conformance/frames.rs"]
mod frames;

use libtest_mimic::{Arguments, Failed, Trial};
use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::{run_program, RunOutcome};
use std::path::{Path, PathBuf};

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("conformance")
}

/// `0x7f3a91c0` → `0x...`, as the harness normalizes.
fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0'
            && i + 2 < bytes.len()
            && bytes[i + 1] == b'x'
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push_str("0x...");
            i += 2;
            while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
                i += 1;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Drops lines made only of whitespace and `^`/`~` (CPython 3.11's position markers), also
/// inside an exception group's traceback, where lines start with a margin of `  ` per nesting
/// level and `| ` (harness.py's `_GROUP_MARGIN`).
fn drop_marker_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|line| {
            let t = without_group_margin(line).trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~') || !t.contains(['^', '~'])
        })
        .collect()
}

/// The line after its exception-group margin (`(  )+| `), or the line itself.
fn without_group_margin(line: &str) -> &str {
    let spaces = line.len() - line.trim_start_matches("  ").len();
    match line[spaces..].strip_prefix("| ") {
        Some(rest) if spaces > 0 => rest,
        _ => line,
    }
}

fn normalize_stderr(text: &str) -> String {
    drop_marker_lines(&normalize_addresses(text))
}

/// What CPython printed for a scenario.
struct Expected {
    stdout: String,
    stderr: String,
    status: i32,
}

impl Expected {
    fn load(name: &str) -> Result<Expected, String> {
        let read = |ext: &str| {
            let p = conformance_dir().join("expected").join(format!("{name}.{ext}"));
            std::fs::read_to_string(&p).map_err(|e| format!("missing {}: {e}", p.display()))
        };
        let status = read("status")?;
        Ok(Expected {
            stdout: read("stdout")?,
            stderr: read("stderr")?,
            status: status.trim().parse().map_err(|_| format!("bad status file: {status:?}"))?,
        })
    }
}

/// The reason in a `# xfail: <reason>` line of the scenario's leading comment block.
fn xfail_reason(source: &str) -> Option<&str> {
    source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# xfail:"))
        .map(str::trim)
}

/// The first line where two texts differ, for a short report.
fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n    expected: {e:?}\n    actual:   {a:?}", i + 1);
        }
    }
    let (e, a) = (expected.lines().count(), actual.lines().count());
    format!(
        "expected {e} lines, got {a} (ending {:?} vs {:?})",
        expected.lines().last(),
        actual.lines().last()
    )
}

/// The compact trace, read back, gives exactly the events the engine emitted.
fn trace_decodes_to_what_was_emitted(outcome: &RunOutcome) -> Result<(), String> {
    let emitted = outcome.trace_shadow.as_deref().unwrap_or_default();
    let mut reader = outcome.trace.events();
    for (i, want) in emitted.iter().enumerate() {
        match reader.next_event() {
            // A NaN deadline (`sleep(nan)`) decodes to the same bits, which `==` calls unequal.
            Some(Ok(got)) if &got == want || format!("{got:?}") == format!("{want:?}") => {}
            other => {
                let around = &emitted[i.saturating_sub(4)..(i + 2).min(emitted.len())];
                return Err(format!(
                    "trace event {i}: decoded {other:?}, emitted {want:?}; emitted around it: {around:?}"
                ));
            }
        }
    }
    match reader.next_event() {
        None => Ok(()),
        Some(extra) => Err(format!("trace decodes to more events than were emitted: {extra:?}")),
    }
}

/// Which implementation of asyncio's accelerated functions (`sleep`, `gather`, `wait_for`) a
/// run uses: the native accelerators, or their Python source (`RunConfig::python_asyncio`).
#[derive(Clone, Copy, PartialEq)]
enum Asyncio {
    Native,
    Python,
}

/// Runs `source` as `filename` the way every scenario runs: CPU cost 0 and a checked trace.
/// A `# loopscope:` header's budgets apply; its CPU cost does not: CPython's harness cannot
/// count CPython's instructions, so what it recorded is the run at cost 0.
fn run_scenario(filename: &str, source: &str) -> Result<RunOutcome, String> {
    run_scenario_with(filename, source, Asyncio::Native)
}

fn run_scenario_with(filename: &str, source: &str, asyncio: Asyncio) -> Result<RunOutcome, String> {
    let header =
        loopscope_protocol::header::parse(source).map_err(|e| format!("settings header: {e}"))?;
    let defaults = RunConfig::default();
    let config = RunConfig {
        filename: filename.to_string(),
        instr_cost_ns: 0.0,
        max_instructions: header.max_instructions.unwrap_or(defaults.max_instructions),
        max_virtual_seconds: header.max_virtual_seconds.unwrap_or(defaults.max_virtual_seconds),
        max_callbacks: header.max_callbacks.unwrap_or(defaults.max_callbacks),
        python_asyncio: asyncio == Asyncio::Python || header.python_asyncio.unwrap_or(false),
        trace: TraceDetail::Checked,
        ..defaults
    };
    Ok(run_program(source, config))
}

/// Runs `source` as `filename` and lists every way it differs from `want`.
fn differences(filename: &str, source: &str, want: &Expected) -> Vec<String> {
    match run_scenario(filename, source) {
        Ok(outcome) => output_differences(&outcome, want),
        Err(e) => vec![e],
    }
}

/// Every way a run's output differs from `want`.
fn output_differences(outcome: &RunOutcome, want: &Expected) -> Vec<String> {
    let mut problems = Vec::new();
    if let Err(e) = trace_decodes_to_what_was_emitted(outcome) {
        problems.push(e);
    }
    let status = outcome.exit_status();
    if status != want.status {
        problems.push(format!("exit status {status}, expected {}", want.status));
    }
    let (want_out, got_out) =
        (normalize_addresses(&want.stdout), normalize_addresses(&outcome.stdout_timestamped));
    if want_out != got_out {
        problems.push(format!(
            "stdout differs at {}\n--- expected stdout\n{want_out}--- actual stdout\n{got_out}",
            first_difference(&want_out, &got_out)
        ));
    }
    let (want_err, got_err) = (normalize_stderr(&want.stderr), normalize_stderr(&outcome.stderr));
    if want_err != got_err {
        problems.push(format!(
            "stderr differs at {}\n--- expected stderr\n{want_err}--- actual stderr\n{got_err}",
            first_difference(&want_err, &got_err)
        ));
    }
    problems
}

/// A scenario's verdict: matching CPython passes, unless the scenario says it is expected to
/// fail; then differing passes and matching fails, so the mark cannot outlive the gap.
fn verdict(xfail: Option<&str>, problems: Vec<String>) -> Result<(), String> {
    match (xfail, problems.is_empty()) {
        (None, true) | (Some(_), false) => Ok(()),
        (None, false) => Err(problems.join("\n")),
        (Some(reason), true) => Err(format!(
            "marked `# xfail: {reason}` but it now matches CPython: remove the xfail line"
        )),
    }
}

fn check_scenario(path: &Path, name: &str) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let want = Expected::load(name)?;
    let filename = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let xfail = xfail_reason(&source);
    let outcome = match run_scenario(&filename, &source) {
        Ok(outcome) => outcome,
        Err(e) => return Ok(verdict(xfail, vec![e])?),
    };
    verdict(xfail, output_differences(&outcome, &want))?;
    // The frames panel at each task suspension, for scenarios that match CPython's output.
    if xfail.is_none() {
        check_frames(name, &filename, &outcome)?;
    }
    Ok(())
}

/// A scenario run with the Python versions of `sleep`, `gather` and `wait_for` prints exactly
/// what CPython printed, as the native accelerators do (its frames differ: the library's
/// frames show).
fn check_scenario_python_asyncio(path: &Path, name: &str) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let want = Expected::load(name)?;
    let filename = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let outcome = run_scenario_with(&filename, &source, Asyncio::Python)?;
    let problems = output_differences(&outcome, &want);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("with python_asyncio: {}", problems.join("\n")).into())
    }
}

/// The engine's frames at each task suspension against CPython's (`expected/NAME.frames`).
fn check_frames(name: &str, filename: &str, outcome: &RunOutcome) -> Result<(), Failed> {
    let path = conformance_dir().join("expected").join(format!("{name}.frames"));
    let text = std::fs::read_to_string(&path).map_err(|_| {
        format!(
            "missing {}: run `python3 tests/conformance/harness.py --regen {name}`",
            path.display()
        )
    })?;
    match frames::Expected::parse(text) {
        frames::Expected::Skip => Ok(()),
        frames::Expected::Frames(want) => {
            let got = frames::engine_frames(outcome, filename);
            let got = frames::normalize_future_numbers(&normalize_addresses(&got));
            let known = frames::KNOWN_DIFFERENCES.iter().find(|(n, _)| *n == name);
            match (frames::difference(&want, &got), known) {
                (None, None) | (Some(_), Some(_)) => Ok(()),
                (Some(d), None) => Err(d.into()),
                (None, Some((_, why))) => Err(format!(
                    "frames listed in KNOWN_DIFFERENCES ({why}) but they now match CPython: \
                     remove the entry in tests/conformance/frames.rs"
                )
                .into()),
            }
        }
    }
}

fn scenario_trials() -> Vec<Trial> {
    let dir = conformance_dir().join("scenarios");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "py"));
    paths.sort();
    let python_asyncio = paths.iter().filter_map(|path| {
        let source = std::fs::read_to_string(path).ok()?;
        if xfail_reason(&source).is_some() {
            return None;
        }
        let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let path = path.clone();
        let trial_name = format!("python_asyncio::{name}");
        Some(Trial::test(trial_name, move || check_scenario_python_asyncio(&path, &name)))
    });
    let python_asyncio: Vec<Trial> = python_asyncio.collect();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let xfail =
                std::fs::read_to_string(&path).map(|s| xfail_reason(&s).is_some()).unwrap_or(false);
            let trial_name = name.clone();
            Trial::test(trial_name, move || check_scenario(&path, &name)).with_kind(if xfail {
                "xfail"
            } else {
                ""
            })
        })
        .chain(python_asyncio)
        .collect()
}

/// Checks of the harness itself, run beside the scenarios.
fn harness_trials() -> Vec<Trial> {
    vec![
        Trial::test("harness::normalization_matches_the_harness", || {
            let ok = normalize_addresses("<coroutine object f at 0x7f3a9c>")
                == "<coroutine object f at 0x...>"
                && normalize_stderr("  x = f()\n      ^^^\n    ~~^~\n\nValueError\n")
                    == "  x = f()\n\nValueError\n"
                && normalize_stderr("  |     f()\n  |     ^^^\n    |   ~~^~\n  | ValueError\n")
                    == "  |     f()\n  | ValueError\n";
            ok.then_some(()).ok_or_else(|| "normalization differs from harness.py".into())
        }),
        Trial::test("harness::there_are_scenarios", || {
            let n = scenario_trials().len();
            (n >= 50).then_some(()).ok_or_else(|| format!("only {n} scenarios found").into())
        }),
        Trial::test("harness::xfail_works_both_ways", xfail_works_both_ways),
    ]
}

/// An xfail scenario that differs passes; one that matches fails; an unmarked one that
/// differs fails: on real runs, not only on `verdict`.
fn xfail_works_both_ways() -> Result<(), Failed> {
    let matching = Expected { stdout: "0.000 hi\n".into(), stderr: String::new(), status: 0 };
    let source = "print('hi')\n";
    let marked = "# A program.\n# xfail: demonstrates the mark\nprint('hi')\n";
    let differing = Expected { stdout: "0.000 bye\n".into(), ..matching };
    let matching = Expected { stdout: "0.000 hi\n".into(), stderr: String::new(), status: 0 };
    let run =
        |src: &str, want: &Expected| verdict(xfail_reason(src), differences("demo.py", src, want));
    let cases = [
        (source, &matching, true),
        (source, &differing, false),
        (marked, &differing, true),
        (marked, &matching, false),
    ];
    for (src, want, should_pass) in cases {
        let result = run(src, want);
        if result.is_ok() != should_pass {
            return Err(format!("{src:?} against {:?}: got {result:?}", want.stdout).into());
        }
    }
    if xfail_reason("print(1)\n# xfail: not in the leading comment block\n").is_some() {
        return Err("an xfail line after the code must not count".into());
    }
    Ok(())
}

fn main() {
    // Trials run on libtest-mimic's threads, which get 2 MiB of stack unless told otherwise;
    // a scenario may recurse through native code up to the engine's nesting bound
    // (`vm::interp`, `MAX_LOOP_NESTING`), fitted to the 8 MiB of the CLI's main thread and the
    // page's worker in optimized builds, and unoptimized builds use far bigger frames.
    if std::env::var_os("RUST_MIN_STACK").is_none() {
        std::env::set_var("RUST_MIN_STACK", (256usize << 20).to_string());
    }
    let args = Arguments::from_args();
    let mut trials = harness_trials();
    trials.extend(scenario_trials());
    libtest_mimic::run(&args, trials).exit();
}

//! Conformance: every scenario under tests/conformance/scenarios runs on the engine and must
//! print what CPython 3.11 printed (tests/conformance/expected, made by harness.py): the same
//! stdout with the same virtual timestamps, the same stderr and the same exit status.
//!
//! Both sides get the harness's normalization (tests/conformance/README.md): object addresses
//! become `0x...` and `^`/`~` marker lines are dropped; CPython's expected files already had
//! their library frames removed, which the engine never prints.
//!
//! `LOOPSCOPE_SCENARIO=name` runs one scenario and prints its full diff.
#![cfg(not(target_arch = "wasm32"))]

use loopscope::engine::config::{RunConfig, TraceDetail};
use loopscope::engine::{run_program, RunOutcome};
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

/// Drops lines made only of whitespace and `^`/`~` (CPython 3.11's position markers).
fn drop_marker_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|line| {
            let t = line.trim();
            t.is_empty() || !t.chars().all(|c| c == '^' || c == '~') || !t.contains(['^', '~'])
        })
        .collect()
}

fn normalize_stderr(text: &str) -> String {
    drop_marker_lines(&normalize_addresses(text))
}

struct Scenario {
    name: String,
    path: PathBuf,
}

fn scenarios() -> Vec<Scenario> {
    let dir = conformance_dir().join("scenarios");
    let mut out: Vec<Scenario> = std::fs::read_dir(&dir)
        .expect("tests/conformance/scenarios exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|path| Scenario {
            name: path.file_stem().unwrap().to_string_lossy().into_owned(),
            path,
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn expected(name: &str, ext: &str) -> String {
    let p = conformance_dir().join("expected").join(format!("{name}.{ext}"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("missing {}: {e}", p.display()))
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
            Some(Ok(got)) if &got == want => {}
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

fn check(s: &Scenario, verbose: bool) -> Result<(), String> {
    let source = std::fs::read_to_string(&s.path).expect("scenario readable");
    let config = RunConfig {
        filename: s.path.file_name().unwrap().to_string_lossy().into_owned(),
        instr_cost_ns: 0.0,
        trace: TraceDetail::Checked,
        ..RunConfig::default()
    };
    let outcome = run_program(&source, config);
    let mut problems = Vec::new();
    if let Err(e) = trace_decodes_to_what_was_emitted(&outcome) {
        problems.push(e);
    }
    let status = outcome.exit_status();
    let want_status: i32 = expected(&s.name, "status").trim().parse().expect("status is a number");
    if status != want_status {
        problems.push(format!("exit status {status}, expected {want_status}"));
    }
    let (want_out, got_out) = (
        normalize_addresses(&expected(&s.name, "stdout")),
        normalize_addresses(&outcome.stdout_timestamped),
    );
    if want_out != got_out {
        problems.push(format!("stdout differs at {}", first_difference(&want_out, &got_out)));
        if verbose {
            problems.push(format!("--- expected stdout\n{want_out}--- actual stdout\n{got_out}"));
        }
    }
    let (want_err, got_err) =
        (normalize_stderr(&expected(&s.name, "stderr")), normalize_stderr(&outcome.stderr));
    if want_err != got_err {
        problems.push(format!("stderr differs at {}", first_difference(&want_err, &got_err)));
        if verbose {
            problems.push(format!("--- expected stderr\n{want_err}--- actual stderr\n{got_err}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n  "))
    }
}

#[test]
fn every_scenario_matches_cpython() {
    let only = std::env::var("LOOPSCOPE_SCENARIO").ok();
    let all = scenarios();
    assert!(all.len() >= 50, "expected at least 50 scenarios, found {}", all.len());
    let mut failures = Vec::new();
    let mut ran = 0;
    for s in &all {
        if only.as_ref().is_some_and(|o| o != &s.name) {
            continue;
        }
        ran += 1;
        if let Err(why) = check(s, only.is_some()) {
            failures.push(format!("{}:\n  {why}", s.name));
        }
    }
    assert!(ran > 0, "no scenario named {only:?}");
    if !failures.is_empty() {
        panic!(
            "{} of {ran} scenarios differ from CPython:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}

#[test]
fn normalization_matches_the_harness() {
    assert_eq!(
        normalize_addresses("<coroutine object f at 0x7f3a9c>"),
        "<coroutine object f at 0x...>"
    );
    assert_eq!(
        normalize_stderr("  x = f()\n      ^^^\n    ~~^~\n\nValueError\n"),
        "  x = f()\n\nValueError\n"
    );
}

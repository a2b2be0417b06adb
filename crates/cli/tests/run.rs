//! The `loopscope run` command, run as a user runs it: what the conformance scenarios cannot check
//! because the harness runs every scenario by its basename, in one process per scenario.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("loopscope-cli-run-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `loopscope run ARGS...` in `dir`: (exit status, stdout, stderr).
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run loopscope");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `0x7f3a91c0` → `0x...`: addresses may differ from run to run, as in CPython.
fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push_str("...");
    }
    out.push_str(rest);
    out
}

const ALL_TASKS: &str = "\
import asyncio

async def worker(n):
    await asyncio.sleep(1)

async def main():
    tasks = [asyncio.create_task(worker(n), name=f'w{n}') for n in range(8)]
    await asyncio.sleep(0)
    print([t.get_name() for t in asyncio.all_tasks()])
    for t in tasks:
        t.cancel()

asyncio.run(main())
";

/// Issue 11, defect 7: a run is a pure function of the program and its settings. Twenty runs
/// of one program gave three orders of `all_tasks()`; docs/ARCHITECTURE.md promises creation
/// order. The trace (addresses aside) must not change from run to run either.
#[test]
fn every_run_of_a_program_gives_the_same_output_and_trace() {
    let dir = scratch("all-tasks");
    std::fs::write(dir.join("all_tasks.py"), ALL_TASKS).expect("write program");
    let want = "['Task-1', 'w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7']\n";
    let mut first_trace = None;
    for run in 0..20 {
        let (status, stdout, stderr) =
            run_in(&dir, &["all_tasks.py", "--trace-json", "trace.json"]);
        assert_eq!(status, 0, "{stderr}");
        assert_eq!(stdout, want, "run {run}: all_tasks() is not in creation order");
        let trace = std::fs::read_to_string(dir.join("trace.json")).expect("trace written");
        let trace = without_addresses(&trace);
        match &first_trace {
            None => first_trace = Some(trace),
            Some(first) => assert!(first == &trace, "run {run} wrote another trace than run 0"),
        }
    }
}

const RELATIVE: &str = "\
import asyncio

async def main():
    print(__file__)
    print(asyncio.current_task())
    raise ValueError('boom')

asyncio.run(main())
";

/// Issue 11, defect 8: `python3 rel.py` (3.9+) makes the script's path absolute, in
/// `__file__`, in reprs of code locations and in tracebacks; `loopscope run rel.py` keeps
/// `rel.py`.
#[test]
fn a_relative_path_becomes_absolute_as_in_cpython() {
    let dir = scratch("relative");
    std::fs::write(dir.join("rel.py"), RELATIVE).expect("write program");
    let absolute = dir.canonicalize().expect("canonical dir").join("rel.py");
    let absolute = absolute.to_string_lossy();
    let (status, stdout, stderr) = run_in(&dir, &["rel.py"]);
    assert_eq!(status, 1, "{stderr}");
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some(&*absolute), "__file__");
    let task = lines.next().unwrap_or_default();
    assert!(task.contains(&format!("coro=<main() running at {absolute}:5>")), "{task}");
    assert!(stderr.contains(&format!("  File \"{absolute}\", line 8, in <module>\n")), "{stderr}");
    assert!(stderr.contains(&format!("  File \"{absolute}\", line 6, in main\n")), "{stderr}");
    // An absolute path stays as it is.
    let (_, stdout, _) = run_in(Path::new("/"), &[&absolute]);
    assert_eq!(stdout.lines().next(), Some(&*absolute));
}

/// Issue 12: a file that is not valid UTF-8, or holds a NUL byte, is CPython's `SyntaxError`
/// (exit status 1), worded as `python3 FILE.py` words it, not "cannot read" (exit 2), with
/// the file's absolute path (`DIR/` in the wanted text).
#[test]
fn undecodable_sources_are_cpythons_syntax_errors() {
    let dir = scratch("undecodable");
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "bad.py",
            b"print(1)\nx = \"\xff\"\n",
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file DIR/bad.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
        ),
        (
            "nul.py",
            b"print(1)\nx = 1\x00 + 2\n",
            "  File \"DIR/nul.py\", line 2\n    x = 1\nSyntaxError: source code cannot contain null bytes\n",
        ),
        (
            "declared.py",
            b"# -*- coding: utf-8 -*-\nx = \"ab\xffcd\"\n",
            "  File \"DIR/declared.py\", line 2\n    x = \"ab\u{fffd}cd\"\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\n",
        ),
        ("latin.py", b"# coding: latin-1\nprint('caf\xe9')\n", ""),
    ];
    for (name, bytes, stderr) in cases {
        std::fs::write(dir.join(name), bytes).expect("write");
        let (status, out, err) = run_in(&dir, &[name]);
        let canonical = dir.canonicalize().expect("canonical dir");
        let stderr = stderr.replace("DIR", &canonical.to_string_lossy());
        assert_eq!(err, stderr, "{name}");
        if stderr.is_empty() {
            assert_eq!((status, out.as_str()), (0, "café\n"), "{name}");
        } else {
            assert_eq!((status, out.as_str()), (1, ""), "{name}");
        }
    }
}

/// `loopscope run` promises `python3 FILE.py`'s output, so by default computation costs no
/// virtual time, as under CPython's virtual clock (issue 10, defect 2): with 7 ns per
/// instruction `loop.time()` had moved before `call_at` and `when()` printed 0.400000497.
#[test]
fn by_default_computation_costs_no_virtual_time() {
    let dir = scratch("default-cost");
    let program = "import asyncio\n\
        async def main():\n    \
            loop = asyncio.get_running_loop()\n    \
            total = sum(range(1000))\n    \
            h = loop.call_at(loop.time() + 0.4, print, 'fired')\n    \
            print('when:', h.when())\n    \
            await asyncio.sleep(0.5)\n\
        asyncio.run(main())\n";
    std::fs::write(dir.join("when.py"), program).expect("write program");
    let (code, stdout, stderr) = run_in(&dir, &["when.py"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "when: 0.4\nfired\n");
    let (_, costly, _) = run_in(&dir, &["when.py", "--instr-cost-ns", "7"]);
    assert_ne!(costly, stdout, "the cost stays available as an option");
}

/// A program carries its settings in a `# loopscope:` header; an option given on the command
/// line still wins, and a mistake in the header is named with its line (exit status 2).
#[test]
fn the_settings_header_sets_the_run_and_options_override_it() {
    let dir = scratch("header");
    let program = "# Counting costs time here.\n\
        # loopscope: instr-cost-ns=7\n\
        import asyncio\n\
        async def main():\n    \
            total = sum(i for i in range(1000))\n    \
            print(f'{asyncio.get_running_loop().time():.6f}')\n\
        asyncio.run(main())\n";
    std::fs::write(dir.join("costly.py"), program).expect("write program");
    let (code, stdout, stderr) = run_in(&dir, &["costly.py"]);
    assert_eq!(code, 0, "{stderr}");
    assert_ne!(stdout, "0.000000\n", "the header's cost moved the clock");
    let (_, free, _) = run_in(&dir, &["costly.py", "--instr-cost-ns", "0"]);
    assert_eq!(free, "0.000000\n");

    std::fs::write(dir.join("typo.py"), "# x\n# loopscope: instr-cost=7\nprint(1)\n")
        .expect("write program");
    let (code, stdout, stderr) = run_in(&dir, &["typo.py"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "loopscope: typo.py:2: unknown setting `instr-cost` in the `# loopscope:` header \
         (known: instr-cost-ns, max-instructions, max-seconds, max-callbacks, python-asyncio, virtual-cores)\n"
    );

    std::fs::write(dir.join("budget.py"), "# loopscope: max-instructions=1000\nwhile True: pass\n")
        .expect("write program");
    let (code, _, stderr) = run_in(&dir, &["budget.py"]);
    assert_eq!(code, 124, "{stderr}");
}

//! `cargo xtask difftest`: random asyncio programs on Loopscope and on CPython 3.11, compared
//! (tests/difftest/README.md). Also the fixed-seed batch `cargo xtask test` runs.

use crate::tools::{command, root, run};
use std::path::PathBuf;

/// Programs in the CI batch, its seed and its profile: about 30 s on two cores. The `ci`
/// profile (tests/difftest/gen.py, PROFILES) leaves out what does not match CPython yet.
const CI_PROGRAMS: &str = "300";
const CI_SEED: &str = "11";
const CI_PROFILE: &str = "ci";

/// `cargo xtask difftest [--n N] [--seed S] [--out DIR] [other options of difftest.py]`:
/// builds the CLI (release) and runs the tester; every option goes to difftest.py.
pub fn difftest(args: &[String]) -> Result<(), String> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return run(command(&python()?).arg(script()).arg("--help"));
    }
    run(command("cargo").args(["build", "--release", "--bin", "loopscope"]))?;
    let binary = target_dir().join("release").join("loopscope");
    run(command(&python()?).arg(script()).arg("--bin").arg(binary).args(args))
}

/// The CI step: the generator's self-test, then a fixed-seed batch with the debug CLI (the
/// native tests built it already).
pub fn ci_batch() -> Result<(), String> {
    run(command(&python()?).arg(script()).arg("--selftest"))?;
    run(command("cargo").args(["build", "--bin", "loopscope"]))?;
    let binary = target_dir().join("debug").join("loopscope");
    let out = target_dir().join("difftest-ci");
    run(command(&python()?).arg(script()).arg("--bin").arg(binary).arg("--out").arg(out).args([
        "--n",
        CI_PROGRAMS,
        "--seed",
        CI_SEED,
        "--profile",
        CI_PROFILE,
        "--minimize-per-class",
        "1",
    ]))
}

fn script() -> PathBuf {
    root().join("tests").join("difftest").join("difftest.py")
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}

/// CPython 3.11: `python3.11`, else `python3` when it is 3.11 (the harness insists).
fn python() -> Result<String, String> {
    for candidate in ["python3.11", "python3"] {
        let is_311 = command(candidate)
            .args(["-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"])
            .status()
            .is_ok_and(|s| s.success());
        if is_311 {
            return Ok(candidate.to_string());
        }
    }
    Err("the differential tester compares with CPython 3.11, and neither `python3.11` nor \
         `python3` is 3.11; install it (e.g. `apt-get install python3.11`)"
        .into())
}

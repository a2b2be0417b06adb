//! The commands: what `serve`, `test` and `setup` run, in order.

use crate::tools::{self, command, run, CHROMEDRIVER, WASM_TARGET};
use std::time::{Duration, Instant};

pub fn setup(args: &[String]) -> Result<(), String> {
    let browser = match args {
        [] => false,
        [flag] if flag == "--browser" => true,
        _ => return Err("usage: cargo xtask setup [--browser]".into()),
    };
    if browser {
        tools::ensure_test_tools()?;
    } else {
        tools::ensure_build_tools()?;
    }
    println!("xtask setup: every tool is installed");
    Ok(())
}

pub fn serve(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => "8080".to_string(),
        [flag, port] if flag == "--port" && port.parse::<u16>().is_ok() => port.clone(),
        _ => return Err("usage: cargo xtask serve [--port N]".into()),
    };
    tools::ensure_build_tools()?;
    println!("==> building the page (release) and serving it at http://127.0.0.1:{port}/");
    println!("    (the first build takes about a minute; Ctrl-C stops the server)");
    run(command("trunk").args(["serve", "--release", "--port", &port, "--address", "127.0.0.1"]))
}

/// One check of `cargo xtask test`.
struct Step {
    name: &'static str,
    /// Steps whose output this one needs; it is skipped when one of them failed.
    needs: &'static [&'static str],
    run: fn() -> Result<(), String>,
}

const STEPS: &[Step] = &[
    Step { name: "fmt", needs: &[], run: fmt },
    Step { name: "crate boundaries", needs: &[], run: crate_boundaries },
    Step { name: "clippy (native)", needs: &[], run: clippy_native },
    Step { name: "clippy (wasm)", needs: &[], run: clippy_wasm },
    Step { name: "native tests", needs: &[], run: native_tests },
    Step {
        name: "difftest (fixed-seed batch vs CPython 3.11)",
        needs: &[],
        run: crate::difftest::ci_batch,
    },
    Step { name: "wasm tests (headless Chromium)", needs: &[], run: wasm_tests },
    Step { name: "page build (trunk, release)", needs: &[], run: page_build },
    Step {
        name: "end-to-end tests (Playwright, Chromium)",
        needs: &["page build (trunk, release)"],
        run: end_to_end,
    },
];

enum Outcome {
    Passed(Duration),
    Failed(Duration, String),
    Skipped(String),
}

pub fn test(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask test".into());
    }
    let started = Instant::now();
    tools::ensure_test_tools()?;

    let mut outcomes: Vec<(&str, Outcome)> = Vec::new();
    for step in STEPS {
        let blocked = step.needs.iter().find(|need| {
            outcomes.iter().any(|(name, o)| name == *need && !matches!(o, Outcome::Passed(_)))
        });
        let outcome = if let Some(need) = blocked {
            Outcome::Skipped(format!("needs `{need}`"))
        } else {
            println!("\n==> {}", step.name);
            let t = Instant::now();
            match (step.run)() {
                Ok(()) => Outcome::Passed(t.elapsed()),
                Err(e) => Outcome::Failed(t.elapsed(), e),
            }
        };
        outcomes.push((step.name, outcome));
    }

    println!("\n==> summary");
    let mut failed = 0;
    for (name, outcome) in &outcomes {
        match outcome {
            Outcome::Passed(d) => println!("  PASS  {name} ({})", seconds(*d)),
            Outcome::Failed(d, why) => {
                failed += 1;
                println!("  FAIL  {name} ({}): {why}", seconds(*d));
            }
            Outcome::Skipped(why) => {
                failed += 1;
                println!("  SKIP  {name}: {why}");
            }
        }
    }
    let total = outcomes.len();
    let elapsed = seconds(started.elapsed());
    if failed == 0 {
        println!("xtask test: PASSED, all {total} steps in {elapsed}");
        Ok(())
    } else {
        Err(format!("FAILED, {failed} of {total} steps did not pass ({elapsed})"))
    }
}

fn seconds(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

fn fmt() -> Result<(), String> {
    run(command("cargo").args(["fmt", "--all", "--check"]))
}

/// Crates that must build without anything web (docs/ARCHITECTURE.md, "Crates and their
/// invariants"), and the crates that would break that.
const WEB_FREE_CRATES: &[&str] = &[
    "loopscope-engine",
    "loopscope-trace",
    "loopscope-kernel",
    "loopscope-protocol",
    "loopscope-session",
];
/// Crate names, or name prefixes ending in `-` (`gloo-` covers gloo-timers, gloo-events, ...).
const WEB_CRATES: &[&str] = &["web-sys", "js-sys", "wasm-bindgen", "yew", "gloo-"];

/// `cargo tree -e normal` of every web-free crate names none of the web crates.
fn crate_boundaries() -> Result<(), String> {
    for krate in WEB_FREE_CRATES {
        let out = command("cargo")
            .args(["tree", "--package", krate, "--edges", "normal", "--prefix", "none"])
            .output()
            .map_err(|e| format!("cannot run cargo tree: {e}"))?;
        if !out.status.success() {
            return Err(format!("cargo tree -p {krate} failed"));
        }
        let tree = String::from_utf8_lossy(&out.stdout);
        let offenders: Vec<&str> = tree
            .lines()
            .filter(|line| {
                let name = line.split(' ').next().unwrap_or("");
                WEB_CRATES.iter().any(|w| name == *w || (w.ends_with('-') && name.starts_with(w)))
            })
            .collect();
        if !offenders.is_empty() {
            return Err(format!("{krate} depends on web crates: {}", offenders.join(", ")));
        }
        println!("{krate}: no web dependency");
    }
    Ok(())
}

fn clippy_native() -> Result<(), String> {
    run(command("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
}

/// The crates the page's two wasm binaries are made of, checked as wasm (the engine has no
/// wasm-only code, but the web app does).
fn clippy_wasm() -> Result<(), String> {
    run(command("cargo").args([
        "clippy",
        "--package",
        "loopscope-web",
        "--target",
        WASM_TARGET,
        "--lib",
        "--bins",
        "--test",
        "web",
        "--",
        "-D",
        "warnings",
    ]))
}

fn native_tests() -> Result<(), String> {
    run(command("cargo").args(["test", "--workspace"]))?;
    // The worker's build of the names table (installed at run time), natively.
    run(command("cargo").args(["test", "--package", "unicode_names2", "--features", "lazy"]))
}

fn wasm_tests() -> Result<(), String> {
    // wasm-bindgen-test-runner drives headless Chromium through chromedriver.
    run(command("cargo")
        .args(["test", "--package", "loopscope-web", "--target", WASM_TARGET, "--test", "web"])
        .env("CHROMEDRIVER", CHROMEDRIVER))
}

fn page_build() -> Result<(), String> {
    run(command("trunk").args(["build", "--release"]))?;
    page_wasm_has_no_engine()
}

/// Strings only the engine holds (messages CPython prints, the parser's crate path): the
/// page's own wasm must contain none of them, since the engine belongs in the worker
/// (docs/ARCHITECTURE.md, "Crates and their invariants").
const ENGINE_MARKERS: &[&str] =
    &["was never awaited", "maximum recursion depth", "ruff_python_parser", "num-bigint"];

fn page_wasm_has_no_engine() -> Result<(), String> {
    let page = std::fs::read("dist/loopscope-page_bg.wasm")
        .map_err(|e| format!("cannot read the page's wasm: {e}"))?;
    let worker = std::fs::read("dist/loopscope-worker_bg.wasm")
        .map_err(|e| format!("cannot read the worker's wasm: {e}"))?;
    let contains_bytes =
        |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
    let contains = |haystack: &[u8], needle: &str| contains_bytes(haystack, needle.as_bytes());
    for marker in ENGINE_MARKERS {
        if !contains(&worker, marker) {
            return Err(format!(
                "the engine marker {marker:?} is not in the worker: update ENGINE_MARKERS"
            ));
        }
        if contains(&page, marker) {
            return Err(format!("the page's wasm contains the engine ({marker:?} found)"));
        }
    }
    println!("the page's wasm holds none of the engine's {} marker strings", ENGINE_MARKERS.len());
    worker_fetches_the_names_table(&worker, contains_bytes)
}

/// The `\N{...}` names table is a file of its own in `dist/` that the worker fetches when a
/// program needs it (docs/ARCHITECTURE.md, "The names table"), never part of its wasm.
fn worker_fetches_the_names_table(
    worker: &[u8],
    contains: impl Fn(&[u8], &[u8]) -> bool,
) -> Result<(), String> {
    let table = std::fs::read("dist/names.bin")
        .map_err(|e| format!("cannot read dist/names.bin (index.html copies it): {e}"))?;
    let head = table.get(..32).ok_or("dist/names.bin is too short")?;
    if contains(worker, head) {
        return Err(
            "the worker's wasm embeds the names table: build unicode_names2 with `lazy`".into()
        );
    }
    println!("the worker's wasm leaves the names table to dist/names.bin");
    Ok(())
}

fn end_to_end() -> Result<(), String> {
    run(command("node").args(["--test", "--test-reporter=spec", "e2e/"]))
}

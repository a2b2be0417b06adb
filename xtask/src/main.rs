//! Project automation, run as `cargo xtask <command>` (the alias lives in `.cargo/config.toml`).
//!
//! Every command first installs what it needs and is missing, saying what it does, so that a bare
//! machine needs nothing but the Rust toolchain, Node.js and (for browser tests) apt:
//!
//! - `cargo xtask serve` builds the page in release mode and serves it on 127.0.0.1.
//! - `cargo xtask test` runs every check CI runs and ends with a one-line summary.
//! - `cargo xtask setup [--browser]` only installs the tools.
//!
//! Installs are skipped when the right version is already there, so only the first run is slow
//! (Trunk alone takes about ten minutes to compile on two cores).

#![forbid(unsafe_code)]

mod difftest;
mod steps;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]     build the page (release) and serve it on http://127.0.0.1:N/ (default 8080)
  test                 install what is missing, then run every check: fmt, clippy, native tests,
                       the fixed-seed difftest batch, wasm tests in headless Chromium, release page
                       build, end-to-end tests
  setup [--browser]    only install the tools (with --browser: Chromium, chromedriver, playwright-core)
  difftest [--n N] [--seed S] [--out DIR]
                       build the CLI (release), run N random asyncio programs on it and on CPython 3.11,
                       save each mismatch, minimised, as a scenario under DIR (tests/difftest/README.md)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let result = match command.as_str() {
        "serve" => steps::serve(rest),
        "test" => steps::test(rest),
        "setup" => steps::setup(rest),
        "difftest" => difftest::difftest(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

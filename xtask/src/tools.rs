//! Finding and installing the tools the build and the tests need.
//!
//! Each `ensure_*` function checks for the tool at the right version and installs it only when it
//! is missing, printing what it does. Versions are pinned in the project's own files
//! (`Cargo.lock`, `Trunk.toml`, `package-lock.json`) so CI and a developer get the same tools.

use std::path::{Path, PathBuf};
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Trunk 0.22 needs a newer rustc than the one these machines have.
const TRUNK_VERSION_REQ: &str = "^0.21";
const TRUNK_VERSION_PREFIX: &str = "trunk 0.21.";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The repository root (the parent of this crate's directory).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the root")
        .to_path_buf()
}

/// PATH with the project's npm binaries (wasm-opt) and cargo's install directory in front, so
/// that Trunk and wasm-bindgen-test find the tools installed here.
pub fn tool_path() -> String {
    let mut dirs = vec![root().join("node_modules").join(".bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(home).join("bin"));
    } else if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo").join("bin"));
    }
    let mut path = std::env::join_paths(dirs).expect("paths without separators");
    if let Some(old) = std::env::var_os("PATH") {
        path.push(":");
        path.push(old);
    }
    path.into_string().unwrap_or_default()
}

/// A command that runs in the repository root with the tool PATH.
pub fn command(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(root()).env("PATH", tool_path());
    cmd
}

/// Runs a command, echoing it first; an error says which command failed.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    println!("$ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("could not start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// The first line a command prints, or None when it cannot run.
fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    Some(text.lines().next().unwrap_or("").trim().to_string())
}

fn say(what: &str) {
    println!("==> {what}");
}

pub fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of_all("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    say("installing the Rust target wasm32-unknown-unknown");
    run(command("rustup").args(["target", "add", WASM_TARGET]))
}

fn output_of_all(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn ensure_trunk() -> Result<(), String> {
    if let Some(version) = output_of("trunk", &["--version"]) {
        if version.starts_with(TRUNK_VERSION_PREFIX) {
            return Ok(());
        }
        say(&format!("found `{version}`, but the project needs Trunk {TRUNK_VERSION_REQ}"));
    }
    say("installing Trunk 0.21 with cargo (done once; about 10 minutes on 2 cores)");
    run(command("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION_REQ]))
}

/// The version of a package recorded in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == needle {
            if let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("Cargo.lock has no package `{package}`"))
}

/// The `[tools]` pin for `key` in Trunk.toml.
fn trunk_tool_pin(key: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.split('#').next().unwrap_or("").trim().trim_matches('"').to_string())
        .ok_or_else(|| format!("Trunk.toml has no [tools] {key}"))
}

/// wasm-bindgen-cli must equal the `wasm-bindgen` crate in Cargo.lock, and Trunk.toml must say so.
pub fn ensure_wasm_bindgen() -> Result<(), String> {
    let locked = locked_version("wasm-bindgen")?;
    let pinned = trunk_tool_pin("wasm_bindgen")?;
    if pinned != locked {
        return Err(format!(
            "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has wasm-bindgen {locked}; \
             make them equal"
        ));
    }
    if output_of("wasm-bindgen", &["--version"]).as_deref()
        == Some(format!("wasm-bindgen {locked}").as_str())
    {
        return Ok(());
    }
    say(&format!("installing wasm-bindgen-cli {locked} (matches Cargo.lock; about 3 minutes)"));
    // Not --locked: its lock file names a crate version the registry no longer has.
    run(command("cargo").args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &format!("={locked}"),
        "--force",
    ]))
}

/// npm packages from package-lock.json: binaryen (wasm-opt) and playwright-core.
pub fn ensure_npm_packages() -> Result<(), String> {
    if output_of("node", &["--version"]).is_none() || output_of("npm", &["--version"]).is_none() {
        return Err("Node.js and npm are needed (for wasm-opt and the end-to-end tests); \
                    install them, e.g. `apt-get install nodejs npm`"
            .into());
    }
    let modules = root().join("node_modules");
    let complete = modules.join(".bin").join("wasm-opt").exists()
        && modules.join("playwright-core").join("package.json").exists();
    if complete {
        return Ok(());
    }
    say("installing npm packages from package-lock.json (binaryen for wasm-opt, playwright-core)");
    run(command("npm").args(["ci", "--no-audit", "--no-fund"]))
}

pub fn ensure_wasm_opt_pin() -> Result<(), String> {
    let pinned = trunk_tool_pin("wasm_opt")?;
    let version = output_of("wasm-opt", &["--version"]).unwrap_or_default();
    if version.contains(&pinned) {
        Ok(())
    } else {
        Err(format!(
            "wasm-opt on PATH says `{version}`, Trunk.toml pins {pinned}; run `npm ci` to get the \
             binaryen version package-lock.json names"
        ))
    }
}

/// Debian's Chromium and its WebDriver, for wasm-bindgen-test and Playwright.
pub fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    if !running_as_root() {
        return Err(format!(
            "browser tests need {CHROMIUM} and {CHROMEDRIVER}; install them with \
             `sudo apt-get install chromium chromium-driver` and run again"
        ));
    }
    say("installing Debian's chromium and chromium-driver with apt-get (about a minute)");
    run(command("apt-get").arg("update"))?;
    run(command("apt-get")
        .args(["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn running_as_root() -> bool {
    output_of("id", &["-u"]).as_deref() == Some("0")
}

/// Everything `serve` needs.
pub fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_npm_packages()?;
    ensure_wasm_opt_pin()?;
    ensure_wasm_bindgen()?;
    ensure_trunk()
}

/// Everything `test` needs.
pub fn ensure_test_tools() -> Result<(), String> {
    ensure_build_tools()?;
    ensure_chromium()
}

//! `loopscope link` and `loopscope export`: the share link and the exports the page makes,
//! from the command line.

use crate::{read, ExportFormat};
use loopscope_engine::config::TraceDetail;
use loopscope_engine::run_program;
use loopscope_protocol::link::{encode, LinkState, MAX_DECODED_BYTES};
use loopscope_protocol::messages::MAIN_FILE;
use loopscope_protocol::settings::Settings;
use loopscope_session::{export, settings, timeline};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

pub fn link(file: &Path, base: &str) -> ExitCode {
    let program = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let state = LinkState { program, ..LinkState::default() };
    let size = serde_json::to_vec(&state).map(|v| v.len()).unwrap_or(0);
    if size > MAX_DECODED_BYTES {
        eprintln!(
            "loopscope: {} is too big for a link ({size} bytes; the limit is {MAX_DECODED_BYTES})",
            file.display()
        );
        return ExitCode::from(1);
    }
    let base = base.split('#').next().unwrap_or(base);
    println!("{base}#{}", encode(&state));
    ExitCode::SUCCESS
}

pub fn export(
    file: &Path,
    format: ExportFormat,
    out: Option<&str>,
    instr_cost_ns: Option<f64>,
) -> ExitCode {
    let program = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let header = match crate::header_settings(file, program.as_bytes()) {
        Ok(h) => h,
        Err(code) => return code,
    };
    // The page's defaults, then the program's header, then the option.
    let mut page_settings = header.apply(&Settings::default());
    if let Some(cost) = instr_cost_ns {
        page_settings.instr_cost_ns = cost;
    }
    // As the page runs it: the page's budgets, the program named main.py.
    let mut config = settings::run_config(&page_settings, MAIN_FILE);
    config.trace = TraceDetail::Full;
    // The timeline marks as blocking what the run's own diagnostics call slow.
    let slow_callback_seconds = config.slow_callback_seconds;
    let outcome = run_program(&program, config);
    let text = match format {
        ExportFormat::Json => loopscope_trace::json::to_json(
            &outcome.trace,
            &outcome.source.name,
            &outcome.source.text,
        ),
        ExportFormat::Chrome => {
            let t = timeline::build(&outcome.trace, slow_callback_seconds);
            export::chrome_trace(&t, &file.to_string_lossy())
        }
    };
    let written = match out {
        None | Some("-") => std::io::stdout().write_all(text.as_bytes()),
        Some(path) => std::fs::write(path, text),
    };
    if let Err(e) = written {
        eprintln!("loopscope: cannot write the export: {e}");
        return ExitCode::from(1);
    }
    if outcome.exit_status() != 0 {
        eprint!("{}", outcome.stderr);
    }
    ExitCode::SUCCESS
}

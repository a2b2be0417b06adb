//! `loopscope run FILE.py`: the program's stdout, stderr and exit status, as `python3 FILE.py`
//! gives them, plus optional timestamps, a JSON trace and statistics about the trace.

use crate::{header_settings, read_bytes, CostArg};
use clap::Args;
use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::{run_program_bytes, RunOutcome, Stop};
use loopscope_protocol::header::HeaderSettings;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct RunArgs {
    file: PathBuf,
    /// Prefix each stdout line with the virtual time of its first character, as f"{t:.3f} ".
    #[arg(long)]
    timestamps: bool,
    #[command(flatten)]
    cost: CostArg,
    /// Write the trace as JSON to OUT (`-` for stdout).
    #[arg(long, value_name = "OUT")]
    trace_json: Option<String>,
    /// Stop after N instructions [default: 2000000000].
    #[arg(long, value_name = "N")]
    max_instructions: Option<u64>,
    /// Stop when the virtual clock passes S seconds [default: 86400].
    #[arg(long, value_name = "S", value_parser = positive_seconds)]
    max_seconds: Option<f64>,
    /// Stop after the event loop ran N callbacks [default: 10000000].
    #[arg(long, value_name = "N")]
    max_callbacks: Option<u64>,
    /// asyncio debug mode: report slow callbacks on stderr.
    #[arg(long)]
    debug: bool,
    /// Run asyncio's sleep, gather and wait_for as their Python-source library code instead
    /// of the native accelerators (the output is the same).
    #[arg(long)]
    python_asyncio: bool,
    /// The virtual cores simulated processes run on: `os.cpu_count()` [default: 8].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    virtual_cores: Option<u32>,
    /// Print instructions, virtual time and the trace's size by event kind to stderr.
    #[arg(long)]
    stats: bool,
    /// Name the program NAME in `__file__`, reprs and tracebacks instead of its absolute path
    /// (the conformance harness compiles a scenario under its basename).
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
}

fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x > 0.0 => Ok(x),
        _ => Err(format!("expected a positive number of seconds, got {text:?}")),
    }
}

impl RunArgs {
    /// The options given, else what the program's `# loopscope:` header sets, else the
    /// engine's defaults.
    fn config(&self, header: &HeaderSettings) -> RunConfig {
        let defaults = RunConfig::default();
        // Only what someone will read is recorded: the trace costs time and memory.
        let trace = if self.trace_json.is_some() || self.stats {
            TraceDetail::Full
        } else {
            TraceDetail::Off
        };
        RunConfig {
            filename: self.name.clone().unwrap_or_else(|| script_path(&self.file)),
            argv0: Some(self.file.to_string_lossy().into_owned()),
            instr_cost_ns: (self.cost.instr_cost_ns.or(header.instr_cost_ns))
                .unwrap_or(defaults.instr_cost_ns),
            max_instructions: (self.max_instructions.or(header.max_instructions))
                .unwrap_or(defaults.max_instructions),
            max_virtual_seconds: (self.max_seconds.or(header.max_virtual_seconds))
                .unwrap_or(defaults.max_virtual_seconds),
            max_callbacks: (self.max_callbacks.or(header.max_callbacks))
                .unwrap_or(defaults.max_callbacks),
            debug: self.debug,
            python_asyncio: self.python_asyncio || header.python_asyncio.unwrap_or(false),
            virtual_cores: (self.virtual_cores.or(header.virtual_cores))
                .unwrap_or(defaults.virtual_cores),
            trace,
            ..defaults
        }
    }
}

/// The name the program runs under: CPython 3.9+ makes the script's path absolute (the
/// working directory joined with the path as given, `..` and `.` kept), in `__file__`, code
/// locations and tracebacks; `sys.argv[0]` keeps the path as given.
fn script_path(file: &Path) -> String {
    let absolute = if file.is_absolute() {
        file.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(cwd) => cwd.join(file),
            Err(_) => file.to_path_buf(),
        }
    };
    absolute.to_string_lossy().into_owned()
}

pub fn run(args: RunArgs) -> ExitCode {
    let bytes = match read_bytes(&args.file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let header = match header_settings(&args.file, &bytes) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let outcome = run_program_bytes(&bytes, args.config(&header));
    let stdout = if args.timestamps { &outcome.stdout_timestamped } else { &outcome.stdout };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(stdout.as_bytes());
    let _ = out.flush();
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    if let Some(path) = &args.trace_json {
        let json = loopscope_trace::json::to_json(
            &outcome.trace,
            &outcome.source.name,
            &outcome.source.text,
        );
        let written = if path == "-" {
            std::io::stdout().write_all(json.as_bytes())
        } else {
            std::fs::write(path, json)
        };
        if let Err(e) = written {
            eprintln!("loopscope: cannot write {path}: {e}");
        }
    }
    if args.stats {
        print_stats(&outcome);
    }
    ExitCode::from(outcome.exit_status() as u8)
}

/// Events and bytes by kind, then the run's totals, on stderr.
fn print_stats(outcome: &RunOutcome) {
    // Bytes go to the first event of each record (a record may carry several).
    let mut counts: std::collections::BTreeMap<&str, (u64, u64)> = Default::default();
    let mut reader = outcome.trace.events();
    let mut read = 0;
    while let Some(Ok(event)) = reader.next_event() {
        let entry = counts.entry(event.kind_name()).or_default();
        entry.0 += 1;
        entry.1 += reader.bytes_read() - read;
        read = reader.bytes_read();
    }
    let mut by_bytes: Vec<_> = counts.into_iter().collect();
    by_bytes.sort_by_key(|entry| std::cmp::Reverse(entry.1 .1));
    let listing: Vec<String> =
        by_bytes.iter().map(|(k, (n, bytes))| format!("{k} {n} ({bytes} B)")).collect();
    eprintln!("loopscope: events by kind: {}", listing.join(", "));
    eprintln!(
        "loopscope: {} instructions, {:.6} virtual seconds, {} trace events in {} bytes ({:.2} bytes/event), {}",
        outcome.instructions,
        outcome.virtual_seconds,
        outcome.trace.event_count,
        outcome.trace.byte_len(),
        outcome.trace.bytes_per_event(),
        match &outcome.stop {
            Stop::Finished => "finished".to_string(),
            other => format!("{other:?}"),
        }
    );
}

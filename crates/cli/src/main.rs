//! The `loopscope` command line: run a program as `python3 FILE.py` would on Loopscope's
//! simulated CPython 3.11 event loop, check or disassemble it, or make its share link and
//! exports. Arguments are parsed by clap (`--help`, `--version`, usage errors exit 2).
//!
//! - [`run`]: `loopscope run` and its report of the trace (`--stats`).
//! - [`inspect`]: `check` (parse only) and `dis` (the bytecode).
//! - [`share`]: `link` and `export`, which produce what the page produces.

#![forbid(unsafe_code)]

mod inspect;
mod run;
mod share;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of glibc's malloc: the interpreter makes many small, short-lived
/// allocations (frames, tasks, instance dicts), and glibc's consolidation of freed chunks
/// took a fifth of a large run's time. Built without transparent huge pages (`no_thp`):
/// with them, purging freed huge pages cost 0.3–0.7 s of system time on 10,000 clients.
/// mimalloc 2 (`v2`), not 3: the Rust crate allocates through `mi_malloc_aligned`, and 3
/// over-allocates a block of 24, 40, 48… bytes whenever its page's free list is empty.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "loopscope",
    version,
    about = "Run Python asyncio programs on a faithful simulation of CPython 3.11's event loop, in virtual time.",
    after_help = "Exit status of run: 0 finished, 1 uncaught exception or syntax error, 2 unsupported \
                  construct, 3 deadlock (CPython would hang), 124 budget exhausted.",
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run FILE.py; stdout, stderr and the exit status are what `python3 FILE.py` gives.
    Run(run::RunArgs),
    /// Parse FILE.py as Python 3.11: its top-level definitions, or the syntax error as CPython
    /// reports it (exit status 1).
    Check { file: PathBuf },
    /// Print the bytecode Loopscope compiles FILE.py to, code object by code object (like
    /// `python3 -m dis`).
    Dis { file: PathBuf },
    /// Print the share link that opens FILE.py in the page.
    Link {
        file: PathBuf,
        /// The page's address (`cargo xtask serve` serves it at the default).
        #[arg(long, default_value = "http://127.0.0.1:8080/")]
        base: String,
    },
    /// Run FILE.py as the page does and write its trace for other tools.
    Export {
        file: PathBuf,
        /// `json`: Loopscope's trace format (docs/ARCHITECTURE.md); `chrome`: Chrome
        /// trace-event JSON for Perfetto, one track per task.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Where to write it (`-` or nothing: stdout).
        #[arg(short = 'o', value_name = "OUT")]
        out: Option<String>,
        #[command(flatten)]
        cost: CostArg,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Json,
    Chrome,
}

/// The CPU cost option `run` and `export` share.
#[derive(Args)]
struct CostArg {
    /// Virtual nanoseconds per executed instruction. Default 0: computation is free, as
    /// under CPython's virtual clock, so the output is `python3 FILE.py`'s; 7 is about
    /// CPython's real speed, for lessons about CPU-bound work.
    #[arg(long, value_name = "N", value_parser = non_negative_seconds)]
    instr_cost_ns: Option<f64>,
}

fn non_negative_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x >= 0.0 && x.is_finite() => Ok(x),
        _ => Err(format!("expected a number of nanoseconds (0 or more), got {text:?}")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => run::run(args),
        Command::Check { file } => inspect::check(&file),
        Command::Dis { file } => inspect::dis(&file),
        Command::Link { file, base } => share::link(&file, &base),
        Command::Export { file, format, out, cost } => {
            share::export(&file, format, out.as_deref(), cost.instr_cost_ns)
        }
    }
}

/// The program's text, or the exit status after saying why it cannot be read.
fn read(path: &std::path::Path) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("loopscope: cannot read {}: {e}", path.display());
        ExitCode::from(2)
    })
}

/// The program file's bytes (decoded by the engine, as CPython decodes a source file), or the
/// exit status after saying why it cannot be read.
fn read_bytes(path: &std::path::Path) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        eprintln!("loopscope: cannot read {}: {e}", path.display());
        ExitCode::from(2)
    })
}

/// The settings the program's `# loopscope:` header sets, or the exit status 2 after naming
/// the header's mistake and its line (`FILE:LINE: ...`, as a compiler would).
fn header_settings(
    path: &std::path::Path,
    bytes: &[u8],
) -> Result<loopscope_protocol::header::HeaderSettings, ExitCode> {
    loopscope_protocol::header::parse(&String::from_utf8_lossy(bytes)).map_err(|e| {
        eprintln!("loopscope: {}:{}: {}", path.display(), e.line, e.message);
        ExitCode::from(2)
    })
}

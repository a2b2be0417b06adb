//! The `loopscope` command line (native builds only).

use crate::engine::config::{RunConfig, TraceDetail};
use crate::engine::frontend::{outline, parse_module, SourceText};
use crate::engine::{run_program, Stop};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: loopscope <command> ...

commands:
  run FILE.py [options]   run the program on Loopscope's simulated CPython 3.11 event loop,
                          in virtual time; stdout and stderr are what `python3 FILE.py` prints
      --timestamps          prefix each stdout line with the virtual time of its first
                            character, as f\"{t:.3f} \"
      --instr-cost-ns N     virtual nanoseconds per executed instruction (default 7; 0 makes
                            computation free, as the conformance tests do)
      --trace-json OUT      write the trace as JSON to OUT (`-` for stdout)
      --max-instructions N  stop after N instructions (default 2000000000)
      --max-seconds S       stop when the virtual clock passes S seconds (default 86400)
      --max-callbacks N     stop after the event loop ran N callbacks (default 10000000)
      --debug               asyncio debug mode: report slow callbacks on stderr
      --stats               print instructions, virtual time and trace size to stderr
  check FILE.py           parse FILE.py as Python 3.11: its top-level definitions, or the
                          syntax error as CPython reports it (exit status 1)
  dis FILE.py             print the bytecode Loopscope compiles FILE.py to, code object by
                          code object (like `python3 -m dis`)
  link FILE.py [--base URL]
                          print the share link that opens FILE.py in the page (URL defaults
                          to http://127.0.0.1:8080/, where `cargo xtask serve` serves it)
  export FILE.py --format json|chrome [-o OUT] [--instr-cost-ns N]
                          run FILE.py as the page does and write its trace: `json` is the
                          trace format (docs/ARCHITECTURE.md), `chrome` is Chrome trace-event
                          JSON for Perfetto (one track per task); OUT defaults to stdout

exit status of run: 0 finished, 1 uncaught exception or syntax error, 2 unsupported construct,
3 deadlock (CPython would hang), 124 budget exhausted
";

/// Runs the CLI with `args` (without the program name) and returns the process exit status.
pub fn main(args: &[String]) -> ExitCode {
    match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("check") if args.len() == 2 => check(&args[1]),
        Some("dis") if args.len() == 2 => dis(&args[1]),
        Some("link") => or_usage(link(&args[1..])),
        Some("export") => or_usage(export(&args[1..])),
        Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("loopscope: cannot read {path}: {e}");
        ExitCode::from(2)
    })
}

struct RunArgs {
    file: String,
    timestamps: bool,
    trace_json: Option<String>,
    stats: bool,
    config: RunConfig,
}

fn parse_run_args(args: &[String]) -> Result<RunArgs, String> {
    let mut file = None;
    let mut parsed = RunArgs {
        file: String::new(),
        timestamps: false,
        trace_json: None,
        stats: false,
        config: RunConfig::default(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| -> Result<String, String> {
            it.next().cloned().ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--timestamps" => parsed.timestamps = true,
            "--debug" => parsed.config.debug = true,
            "--stats" => parsed.stats = true,
            "--instr-cost-ns" => {
                let v = value(a)?;
                parsed.config.instr_cost_ns = v
                    .parse::<f64>()
                    .ok()
                    .filter(|x| *x >= 0.0 && x.is_finite())
                    .ok_or(format!("bad --instr-cost-ns: {v}"))?;
            }
            "--trace-json" => parsed.trace_json = Some(value(a)?),
            "--max-instructions" => {
                let v = value(a)?;
                parsed.config.max_instructions =
                    v.parse().map_err(|_| format!("bad --max-instructions: {v}"))?;
            }
            "--max-callbacks" => {
                let v = value(a)?;
                parsed.config.max_callbacks =
                    v.parse().map_err(|_| format!("bad --max-callbacks: {v}"))?;
            }
            "--max-seconds" => {
                let v = value(a)?;
                parsed.config.max_virtual_seconds = v
                    .parse::<f64>()
                    .ok()
                    .filter(|x| *x > 0.0)
                    .ok_or(format!("bad --max-seconds: {v}"))?;
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => {
                if file.replace(other.to_string()).is_some() {
                    return Err("give one FILE.py".into());
                }
            }
        }
    }
    parsed.file = file.ok_or("run needs FILE.py")?;
    parsed.config.filename = parsed.file.clone();
    if parsed.trace_json.is_none() && !parsed.stats {
        parsed.config.trace = TraceDetail::Off;
    }
    Ok(parsed)
}

fn run(args: &[String]) -> ExitCode {
    let parsed = match parse_run_args(args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("loopscope: {e}\n");
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match read(&parsed.file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let outcome = run_program(&text, parsed.config);
    let stdout = if parsed.timestamps { &outcome.stdout_timestamped } else { &outcome.stdout };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(stdout.as_bytes());
    let _ = out.flush();
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    if let Some(path) = &parsed.trace_json {
        let json = crate::engine::trace::json::to_json(&outcome.trace, &outcome.source);
        let written = if path == "-" {
            std::io::stdout().write_all(json.as_bytes())
        } else {
            std::fs::write(path, json)
        };
        if let Err(e) = written {
            eprintln!("loopscope: cannot write {path}: {e}");
        }
    }
    if parsed.stats {
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
        let mut by_count: Vec<_> = counts.into_iter().collect();
        by_count.sort_by_key(|entry| std::cmp::Reverse(entry.1 .1));
        let listing: Vec<String> =
            by_count.iter().map(|(k, (n, bytes))| format!("{k} {n} ({bytes} B)")).collect();
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
    ExitCode::from(outcome.exit_status() as u8)
}

fn dis(path: &str) -> ExitCode {
    use crate::engine::compiler::compile_module;
    use crate::engine::vm::objects::ModuleObj;
    use crate::engine::vm::value::Value;
    let text = match read(path) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let source = SourceText::new(path, text);
    let module = match parse_module(&source) {
        Ok(m) => m,
        Err(error) => {
            eprint!("{}", error.render(&source));
            return ExitCode::from(1);
        }
    };
    let code = match compile_module(&module, &source, &ModuleObj::new("__main__"), false) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("line {}: {}", source.line_of(e.offset.to_u32()), e.message);
            return ExitCode::from(1);
        }
    };
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        println!("Disassembly of {}:", code.qualname);
        for line in code.disassemble() {
            let lineno = line.line.map(|l| format!("{l:>4}")).unwrap_or_else(|| "    ".into());
            println!("{lineno} {:>6} {:<22} {}", line.index, line.name, line.argument);
        }
        println!();
        for c in code.consts.iter().rev() {
            if let Value::Code(inner) = c {
                pending.push(inner.clone());
            }
        }
    }
    ExitCode::SUCCESS
}

fn check(path: &str) -> ExitCode {
    let text = match read(path) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let source = SourceText::new(path, text);
    match parse_module(&source) {
        Ok(module) => {
            for def in outline(&module, &source) {
                println!("{:>4}  {:<9}  {}", def.line, def.kind.label(), def.name);
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", error.render(&source));
            ExitCode::from(1)
        }
    }
}

/// A command's result, with usage errors reported the same way for every command.
fn or_usage(result: Result<ExitCode, String>) -> ExitCode {
    result.unwrap_or_else(|e| {
        eprintln!("loopscope: {e}\n");
        eprint!("{USAGE}");
        ExitCode::from(2)
    })
}

/// Splits `args` into the one file and `--option value` pairs.
fn file_and_options(
    args: &[String],
    known: &[&str],
) -> Result<(String, Vec<(String, String)>), String> {
    let mut file = None;
    let mut options = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a.starts_with('-') {
            if !known.contains(&a.as_str()) {
                return Err(format!("unknown option {a}"));
            }
            let value = it.next().ok_or(format!("{a} needs a value"))?;
            options.push((a.clone(), value.clone()));
        } else if file.replace(a.clone()).is_some() {
            return Err("give one FILE.py".into());
        }
    }
    Ok((file.ok_or("give FILE.py")?, options))
}

fn link(args: &[String]) -> Result<ExitCode, String> {
    use crate::session::link::{encode, LinkState, MAX_DECODED_BYTES};
    let (file, options) = file_and_options(args, &["--base"])?;
    let base = options.last().map_or("http://127.0.0.1:8080/", |(_, v)| v.as_str());
    let program = match read(&file) {
        Ok(t) => t,
        Err(code) => return Ok(code),
    };
    let state = LinkState { program, ..LinkState::default() };
    let size = serde_json::to_vec(&state).map(|v| v.len()).unwrap_or(0);
    if size > MAX_DECODED_BYTES {
        eprintln!("loopscope: {file} is too big for a link ({size} bytes; the limit is {MAX_DECODED_BYTES})");
        return Ok(ExitCode::from(1));
    }
    let base = base.split('#').next().unwrap_or(base);
    println!("{base}#{}", encode(&state));
    Ok(ExitCode::SUCCESS)
}

fn export(args: &[String]) -> Result<ExitCode, String> {
    use crate::session::settings::Settings;
    use crate::session::{timeline, MAIN_FILE};
    let (file, options) = file_and_options(args, &["--format", "-o", "--instr-cost-ns"])?;
    let mut format = None;
    let mut out = None;
    let mut settings = Settings::default();
    for (k, v) in options {
        match k.as_str() {
            "--format" => format = Some(v),
            "-o" => out = Some(v),
            _ => {
                settings.instr_cost_ns = v
                    .parse::<f64>()
                    .ok()
                    .filter(|x| *x >= 0.0)
                    .ok_or(format!("bad --instr-cost-ns: {v}"))?
            }
        }
    }
    let format = format.ok_or("export needs --format json|chrome")?;
    if format != "json" && format != "chrome" {
        return Err(format!("unknown format {format} (json or chrome)"));
    }
    let program = match read(&file) {
        Ok(t) => t,
        Err(code) => return Ok(code),
    };
    // As the page runs it: the page's budgets, the program named main.py.
    let mut config = settings.run_config(MAIN_FILE);
    config.trace = TraceDetail::Full;
    let outcome = run_program(&program, config);
    let text = if format == "json" {
        crate::engine::trace::json::to_json(&outcome.trace, &outcome.source)
    } else {
        let t = timeline::build(&outcome.trace, outcome_slow_seconds());
        crate::session::export::chrome_trace(&t, &file)
    };
    let written = match out.as_deref() {
        None | Some("-") => std::io::stdout().write_all(text.as_bytes()),
        Some(path) => std::fs::write(path, text),
    };
    if let Err(e) = written {
        eprintln!("loopscope: cannot write the export: {e}");
        return Ok(ExitCode::from(1));
    }
    if outcome.exit_status() != 0 {
        eprint!("{}", outcome.stderr);
    }
    Ok(ExitCode::SUCCESS)
}

/// asyncio's `slow_callback_duration`, which the timeline marks as blocking.
fn outcome_slow_seconds() -> f64 {
    RunConfig::default().slow_callback_seconds
}

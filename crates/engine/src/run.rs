//! Running a whole program: parse, compile, execute the module, then CPython's interpreter
//! shutdown (module globals cleared, last warnings printed), and the outcome with its exit
//! status and trace.

use super::compiler::{compile_module, CompileErrorKind, CompiledModule, Origin};
use super::config::RunConfig;
use super::frontend::{
    check_text, decode_source, parse_module, SourceError, SourceText, SyntaxError,
};
use super::vm::frame::Frame;
use super::vm::interp::Exit;
use super::vm::objects::ModuleObj;
use super::vm::tracing::Diagnostic;
use super::vm::value::Value;
use super::vm::{Abort, Args, PyErr, Vm};
use crate::ExcKind;
use loopscope_trace::{DiagnosticKind, Trace};
use std::rc::Rc;

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Stop {
    /// The program ran to its end.
    Finished,
    /// An uncaught exception (exit status 1).
    Exception,
    /// An uncaught `SystemExit` (`sys.exit(...)`): its exit status, as CPython computes it
    /// from the exception's `code` (0 for none, the int, or 1 after printing anything else).
    Exit(i32),
    /// The program does not parse or compile (exit status 1, like CPython).
    SyntaxError { line: u32 },
    /// A construct Loopscope does not support yet (exit status 2).
    Unsupported { construct: String, line: u32 },
    /// Something this build loads on demand is absent (exit status 2): the `\N{...}` names
    /// table when the page's worker could not fetch it.
    Unavailable { message: String, line: u32 },
    /// Nothing could ever wake the event loop (exit status 3; CPython would hang).
    Deadlock,
    /// An instruction, time or output budget ran out (exit status 124).
    Budget(String),
}

impl Stop {
    pub fn exit_status(&self) -> i32 {
        match self {
            Stop::Finished => 0,
            Stop::Exit(status) => *status,
            Stop::Exception | Stop::SyntaxError { .. } => 1,
            Stop::Unsupported { .. } | Stop::Unavailable { .. } => 2,
            Stop::Deadlock => 3,
            Stop::Budget(_) => 124,
        }
    }
}

pub struct RunOutcome {
    pub stop: Stop,
    /// stdout exactly as printed.
    pub stdout: String,
    /// stdout with each line prefixed by the virtual time of its first character.
    pub stdout_timestamped: String,
    pub stderr: String,
    pub trace: Trace,
    /// With `TraceDetail::Checked`: every event as the engine emitted it.
    pub trace_shadow: Option<Vec<loopscope_trace::Event>>,
    pub diagnostics: Vec<Diagnostic>,
    pub instructions: u64,
    pub virtual_seconds: f64,
    pub source: Rc<SourceText>,
}

impl RunOutcome {
    pub fn exit_status(&self) -> i32 {
        self.stop.exit_status()
    }
}

/// Runs `text` as the program `config.filename`.
pub fn run_program(text: &str, config: RunConfig) -> RunOutcome {
    let source = Rc::new(SourceText::new(config.filename.clone(), text));
    let mut vm = start(source.clone(), config);
    if let Err(e) = check_text(text) {
        let stop = source_error(&mut vm, &e);
        return finish(vm, stop);
    }
    let missed_before = unicode_names2::missed_lookups();
    let stop = match parse_module(&source) {
        // A `\N{...}` name looked up without the names table: not the program's mistake.
        Err(e) if unicode_names2::missed_lookups() != missed_before => {
            unavailable(&mut vm, unicode_names2::missing_table_message(), e.line)
        }
        Err(e) => syntax_error(&mut vm, &e),
        Ok(module) => match compile_module(&module, &source, Origin::Program) {
            Err(e) => compile_error(&mut vm, e),
            Ok(compiled) => execute_module(&mut vm, &compiled),
        },
    };
    finish(vm, stop)
}

/// Runs a program file's bytes, decoded as CPython's tokenizer reads a file (UTF-8 unless a
/// coding cookie says otherwise): bytes that are not a program are a `SyntaxError` with
/// CPython's message (a NUL byte, bytes that are not UTF-8).
pub fn run_program_bytes(bytes: &[u8], config: RunConfig) -> RunOutcome {
    match decode_source(bytes, &config.filename) {
        Ok(text) => run_program(&text, config),
        Err(e) => {
            let text = String::from_utf8_lossy(bytes).replace('\0', "");
            let source = Rc::new(SourceText::new(config.filename.clone(), &text));
            let mut vm = start(source, config);
            let stop = source_error(&mut vm, &e);
            finish(vm, stop)
        }
    }
}

/// The stop for a program whose bytes are not a program.
fn source_error(vm: &mut Vm, e: &SourceError) -> Stop {
    match e {
        SourceError::Unsupported { construct, line } => unsupported(vm, construct, *line),
        other => {
            let text = other.render(&vm.source.name);
            vm.write_stderr(&text);
            Stop::SyntaxError { line: other.line() }
        }
    }
}

/// Runs a module compiled before (by `compile_module` from `source`): compiled code is bound
/// to no run, so one compilation can serve many.
pub fn run_compiled(
    source: Rc<SourceText>,
    compiled: &CompiledModule,
    config: RunConfig,
) -> RunOutcome {
    let mut vm = start(source, config);
    let stop = execute_module(&mut vm, compiled);
    finish(vm, stop)
}

/// A fresh VM for one run (the per-run memory count and pending warnings start empty).
fn start(source: Rc<SourceText>, config: RunConfig) -> Vm {
    // What the last run left queued dies first, so its memory is not counted against this run.
    super::vm::warnings::discard_pending();
    super::memory::reset(config.max_memory_bytes);
    loopscope_pyfmt::set_allocation_check(super::memory::fits);
    super::vm::identity::reset();
    super::stdlib::tracemalloc_module::reset();
    super::vm::coroutine_origin::reset();
    Vm::new(source, config)
}

fn compile_error(vm: &mut Vm, e: super::compiler::CompileError) -> Stop {
    let line = vm.source.line_of(e.offset.to_u32());
    let column = vm.source.column_of(e.offset.to_u32());
    match e.kind {
        CompileErrorKind::Syntax => {
            let err = SyntaxError { kind: ExcKind::SyntaxError, message: e.message, line, column };
            syntax_error(vm, &err)
        }
        CompileErrorKind::Unsupported => unsupported(vm, &e.message, line),
        // No traceback: no frame was running (CPython prints the bare exception).
        CompileErrorKind::TooDeep => {
            vm.write_stderr(&format!("RecursionError: {}\n", e.message));
            Stop::SyntaxError { line }
        }
    }
}

/// The outcome of a run that stopped with `stop`.
fn finish(mut vm: Vm, stop: Stop) -> RunOutcome {
    super::vm::warnings::discard_pending();
    let virtual_seconds = vm.clock.now();
    let outcome = RunOutcome {
        stdout_timestamped: vm.console.timestamped_stdout(),
        stdout: std::mem::take(&mut vm.console.stdout),
        stderr: std::mem::take(&mut vm.console.stderr),
        diagnostics: std::mem::take(&mut vm.diagnostics),
        instructions: vm.instructions(),
        virtual_seconds,
        stop,
        source: vm.source.clone(),
        trace_shadow: vm.trace.take_shadow(),
        trace: vm.into_trace(),
    };
    // The VM's last objects died with it; what their finalizers queued goes too, or it would
    // be dropped with the thread's queue at process exit, when no queue is left to take what
    // those drops queue in turn.
    super::vm::warnings::discard_pending();
    outcome
}

fn syntax_error(vm: &mut Vm, e: &SyntaxError) -> Stop {
    let text = e.render(&vm.source);
    vm.write_stderr(&text);
    Stop::SyntaxError { line: e.line }
}

fn unsupported(vm: &mut Vm, construct: &str, line: u32) -> Stop {
    let text = format!(
        "loopscope: line {line}: {construct} is not supported yet\n  {}\n",
        vm.source.line_text(line).trim()
    );
    vm.write_stderr(&text);
    vm.record_diagnostic(DiagnosticKind::Unsupported, &text);
    Stop::Unsupported { construct: construct.to_string(), line }
}

fn unavailable(vm: &mut Vm, message: String, line: u32) -> Stop {
    let text =
        format!("loopscope: line {line}: {message}\n  {}\n", vm.source.line_text(line).trim());
    vm.write_stderr(&text);
    vm.record_diagnostic(DiagnosticKind::Unsupported, &text);
    Stop::Unavailable { message, line }
}

fn execute_module(vm: &mut Vm, compiled: &CompiledModule) -> Stop {
    let module = Rc::new(ModuleObj::with_globals("__main__", &compiled.globals));
    vm.main_module = module.clone();
    // What the conformance harness's `__main__` holds (it runs the program without a loader).
    module.set("__name__", Value::str("__main__"));
    module.set("__doc__", Value::None);
    module.set("__package__", Value::None);
    module.set("__loader__", Value::None);
    module.set("__spec__", Value::None);
    module.set("__file__", Value::str(&vm.source.name));
    module.set("__builtins__", Value::Module(vm.builtins.clone()));
    let serial = vm.next_serial(super::vm::Serial::Frame);
    let frame = Frame::new(compiled.code.clone(), module, serial);
    vm.trace.start_callback();
    let exit = vm.run_main_module(frame);
    vm.end_coalescing();
    if let Exit::Raised(PyErr::Abort(_)) = exit {
        // CPython would still be running: objects torn down by the stop (a pending task, a
        // coroutine) report nothing.
        super::vm::warnings::discard_pending();
    } else {
        vm.flush_warnings_no_frame();
    }
    // The uncaught exception stays held through the first collection at exit, as the
    // interpreter (and the conformance harness) holds it (see `interpreter_shutdown`).
    let mut uncaught = None;
    let stop = match exit {
        Exit::Returned(_) | Exit::Yielded(..) => Stop::Finished,
        Exit::Blocked(_) => {
            let text = "loopscope: internal error: the main thread stayed blocked\n";
            vm.write_stderr(text);
            Stop::Budget(text.to_string())
        }
        Exit::Raised(PyErr::Exception(exc)) if vm.exception_is(&exc, ExcKind::SystemExit) => {
            let status = system_exit_status(vm, &exc);
            uncaught = Some(exc);
            Stop::Exit(status)
        }
        Exit::Raised(PyErr::Exception(exc)) => {
            report_uncaught(vm, &exc);
            uncaught = Some(exc);
            Stop::Exception
        }
        Exit::Raised(PyErr::Abort(abort)) => match &*abort {
            Abort::Blocked => {
                let text = "loopscope: internal error: a thread blocked outside its scheduler\n";
                vm.write_stderr(text);
                Stop::Budget(text.to_string())
            }
            other => abort_stop(vm, other),
        },
    };
    if matches!(stop, Stop::Finished | Stop::Exception | Stop::Exit(_)) {
        // T8: the non-daemon threads are joined first; a stop there ends the run.
        if let Some(stop) = threads_shutdown(vm) {
            return stop;
        }
        // Then `atexit`'s calls (`Py_FinalizeEx` runs them right after the thread join).
        if let Err(PyErr::Abort(abort)) = crate::stdlib::atexit_module::run_exitfuncs(vm) {
            return abort_stop(vm, &abort);
        }
        interpreter_shutdown(vm, uncaught);
    }
    stop
}

/// What `Py_FinalizeEx` does first (rule T8): `threading._shutdown()` when `threading` was
/// imported (its atexit calls, then a join of every non-daemon thread). A stop inside it (a
/// deadlock, a budget) is the run's stop; an exception is printed as CPython's
/// `Exception ignored on threading shutdown`.
fn threads_shutdown(vm: &mut Vm) -> Option<Stop> {
    let threading = vm.modules.get("threading").cloned()?;
    let shutdown = vm.get_attr(&threading, "_shutdown").ok()?;
    vm.threads.in_shutdown = true;
    let r = vm.call0(&shutdown);
    vm.threads.in_shutdown = false;
    match r {
        Ok(_) => None,
        Err(PyErr::Exception(exc)) => {
            let text =
                format!("Exception ignored on threading shutdown:\n{}", vm.format_exception(&exc));
            vm.write_stderr(&text);
            None
        }
        Err(PyErr::Abort(abort)) => Some(abort_stop(vm, &abort)),
    }
}

/// The stop of a run that aborted while the interpreter was shutting down.
fn abort_stop(vm: &mut Vm, abort: &Abort) -> Stop {
    match abort {
        Abort::Unsupported { construct, line } => unsupported(vm, construct, *line),
        Abort::Budget(message) => {
            let text = format!("loopscope: stopped: {message}\n");
            vm.write_stderr(&text);
            vm.record_diagnostic(DiagnosticKind::Budget, &text);
            Stop::Budget(message.clone())
        }
        Abort::Deadlock(message) => {
            vm.write_stderr(message);
            Stop::Deadlock
        }
        Abort::Blocked => Stop::Budget("a thread blocked outside its scheduler".into()),
        Abort::MainThreadExited => {
            Stop::Budget("the main thread's end unwound past the scheduler".into())
        }
    }
}

/// An uncaught exception, as `PyErr_PrintEx` reports it: through the program's own
/// `sys.excepthook` if it set one (an error there is printed, then the original), else its
/// traceback on `sys.stderr`.
fn report_uncaught(vm: &mut Vm, exc: &Value) {
    use crate::stdlib::sys_module::{replaced_excepthook, write_to_sys_stderr};
    // The interpreter's display adds the "Did you mean" hint `traceback` leaves out.
    let text = vm.format_uncaught_exception(exc);
    if let Some(hook) = replaced_excepthook(vm) {
        let kind = vm.class_of(exc);
        let tb = vm.get_attr(exc, "__traceback__").unwrap_or(Value::None);
        let hook_result = vm.call(&hook, Args::positional(&[Value::Class(kind), exc.clone(), tb]));
        match hook_result {
            Ok(_) | Err(PyErr::Abort(_)) => {}
            Err(PyErr::Exception(hook_exc)) => {
                let hook_text = vm.format_uncaught_exception(&hook_exc);
                let report = format!(
                    "Error in sys.excepthook:\n{hook_text}\nOriginal exception was:\n{text}"
                );
                let _ = write_to_sys_stderr(vm, &report);
            }
        }
        return;
    }
    if write_to_sys_stderr(vm, &text).is_err() {
        vm.write_stderr(&text);
    }
}

/// The exit status of an uncaught `SystemExit` (`_Py_HandleSystemExit`): its code `None` is
/// 0, an int is the status (as the OS keeps it, modulo 256), anything else is printed to
/// stderr and the status is 1.
fn system_exit_status(vm: &mut Vm, exc: &Value) -> i32 {
    let code = vm.get_attr(exc, "code").unwrap_or(Value::None);
    // `PyLong_Check`: an int subclass (an `IntEnum` member) is its int value.
    let code = match crate::vm::builtin_subclass::base_of(&code) {
        Some(base @ (Value::Int(_) | Value::BigInt(_))) => base.clone(),
        _ => code,
    };
    match &code {
        Value::None => 0,
        Value::Int(i) => i.rem_euclid(256) as i32,
        Value::Bool(b) => *b as i32,
        Value::BigInt(_) => 255,
        other => {
            let text = vm.str_of(other).unwrap_or_default();
            vm.write_stderr(&format!("{text}\n"));
            1
        }
    }
}

/// What CPython does when the program ends: clear the main module's globals (objects dying now
/// report from `sys:1`), then print what is left to print.
///
/// With an uncaught exception, CPython's first collection at exit runs while it is still held:
/// the cycles it does not reach (a pending task and the future it waits for) are freed first,
/// then the exception is released.
fn interpreter_shutdown(vm: &mut Vm, uncaught: Option<Value>) {
    let mut weak_uncaught = None;
    if let Some(exc) = uncaught {
        vm.free_leftover_tasks_not_reached_from(&exc);
        if let Value::Instance(inst) = &exc {
            weak_uncaught = Some(Rc::downgrade(inst));
        }
        drop(exc);
    }
    drop(std::mem::take(&mut vm.exit_keepalive));
    vm.flush_warnings_no_frame();
    let held_by_globals = vm.pending_tasks_held_by_globals();
    let module = vm.main_module.clone();
    let values: Vec<Option<Value>> =
        module.slots.borrow_mut().iter_mut().map(Option::take).collect();
    drop(values);
    vm.flush_warnings_at_shutdown();
    let uncaught = weak_uncaught.and_then(|w| w.upgrade()).map(Value::Instance);
    // What caught exceptions' tracebacks kept is cyclic garbage in CPython, freed by its
    // collection at exit while the `warnings` module still works.
    vm.free_kept_locals(uncaught.as_ref());
    vm.flush_warnings_after_collection();
    vm.free_leftover_tasks(&held_by_globals);
    vm.flush_warnings_at_shutdown();
}

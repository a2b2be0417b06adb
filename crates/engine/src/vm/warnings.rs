//! Messages CPython prints when an object dies: `RuntimeWarning: coroutine 'f' was never
//! awaited`, `Task exception was never retrieved`, `Task was destroyed but it is pending!`.
//!
//! They come from `Drop` (reference counting makes the moment match CPython's), where the
//! interpreter is out of reach; so `Drop` queues them here and the interpreter prints them at
//! the next instruction boundary, attributed to the frame that was running, as CPython's
//! warnings module attributes them. Once the program has imported `warnings`, a
//! `RuntimeWarning` goes through that module's filters and hooks (`warnings._warn_native`), as
//! CPython's C code hands it to `warnings._warn_unawaited_coroutine`; until then the default
//! filters are applied here, at no cost.

use super::coroutine_origin::{CallSite, Origin};
use super::frame::Frame;
use super::objects::ModuleObj;
use super::value::Value;
use super::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A message queued by a destructor.
pub enum Pending {
    /// A coroutine object died without having been started (`allocated_at`: where it was
    /// created, when `tracemalloc` traced it; `origin`: its `cr_origin`).
    NeverAwaited {
        qualname: String,
        allocated_at: Option<crate::stdlib::tracemalloc_module::AllocatedAt>,
        origin: Option<Origin>,
    },
    /// A future or task died holding an exception nobody retrieved: the log message
    /// (`Task exception was never retrieved`), the object's repr line, and the exception.
    ExceptionNeverRetrieved {
        message: &'static str,
        repr: String,
        exception: Value,
        /// The future's serial (creation order).
        serial: u32,
        /// The future brought back to life for a loop's custom exception handler.
        future: Option<std::rc::Rc<crate::asyncio::FutureObj>>,
    },
    /// A task died while still pending (`Task was destroyed but it is pending!`).
    DestroyedPending {
        repr: String,
        /// The task's serial.
        serial: u32,
        /// Whether `repr` is the full one; one made without the VM (by a dying task) lacks
        /// its debug-mode creation site, added when the report is printed.
        repr_from_vm: bool,
    },
    /// A generator died while suspended: it must be closed, which runs its `finally` blocks.
    CloseGenerator(Box<super::objects::DyingGenerator>),
    /// An async generator died unfinished: its finalizer hook gets it (brought back to life,
    /// as CPython resurrects it for the call).
    FinalizeAsyncGen(Box<super::objects::DyingAsyncGen>),
    /// An instance of a class with `__del__` died: the method is called on it (revived).
    CallDel(Value),
    /// An object died with a weak reference that has a callback: it is called with the
    /// reference.
    WeakCallback { callback: Value, reference: Value },
    /// A compile-time `SyntaxWarning` of the program, at `line`.
    SyntaxWarning { line: u32, message: String },
}

thread_local! {
    static QUEUE: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static ANY: Cell<bool> = const { Cell::new(false) };
}

pub fn queue(p: Pending) {
    // During the thread's exit the queue may be gone: nothing can run a finalizer then, and
    // `p` is dropped here.
    if QUEUE.try_with(|q| q.borrow_mut().push(p)).is_ok() {
        let _ = ANY.try_with(|a| a.set(true));
    }
}

pub fn coroutine_never_awaited(
    qualname: &str,
    allocated_at: Option<crate::stdlib::tracemalloc_module::AllocatedAt>,
    origin: Option<Origin>,
) {
    queue(Pending::NeverAwaited { qualname: qualname.to_string(), allocated_at, origin });
}

/// How many messages are queued now (see `finalize_in_creation_order`).
pub fn queued() -> usize {
    QUEUE.with(|q| q.borrow().len())
}

/// CPython's cycle collector calls the finalizers of all the garbage it found before it
/// clears anything, in the order of its lists (allocation order), not in the order in which
/// dropping a list or a frame would release them: the "exception was never retrieved"
/// reports queued since `from` are put in the order the futures were created. Left alone
/// when anything else was queued meanwhile (a generator to close runs code).
pub fn finalize_in_creation_order(from: usize) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if from >= q.len() {
            return;
        }
        let tail = &mut q[from..];
        if tail.iter().all(|p| matches!(p, Pending::ExceptionNeverRetrieved { .. })) {
            tail.sort_by_key(|p| match p {
                Pending::ExceptionNeverRetrieved { serial, .. } => *serial,
                _ => 0,
            });
        }
    });
}

/// Like `finalize_in_creation_order`, with the futures in `rank` order (serials; futures
/// not in it keep their order, after those that are).
pub fn finalize_in_rank_order(from: usize, rank: &[u32]) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if from >= q.len() {
            return;
        }
        let tail = &mut q[from..];
        if tail.iter().all(|p| matches!(p, Pending::ExceptionNeverRetrieved { .. })) {
            tail.sort_by_key(|p| match p {
                Pending::ExceptionNeverRetrieved { serial, .. } => {
                    rank.iter().position(|s| s == serial).unwrap_or(usize::MAX)
                }
                _ => usize::MAX,
            });
        }
    });
}

/// Forgets anything queued (a new run starts clean). Dropping what was queued may queue
/// more (a revived object's attributes dying with it, each with its own `__del__`).
pub fn discard_pending() {
    loop {
        let all = take_all();
        if all.is_empty() {
            break;
        }
        drop(all);
    }
}

fn take_all() -> Vec<Pending> {
    ANY.with(|a| a.set(false));
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// One of the frames CPython's asyncio loop runs a callback under.
pub struct LoopFrame {
    pub file: &'static str,
    pub line: u32,
    /// The module's `__name__` (what `warnings` attributes a warning to).
    pub module: &'static str,
    /// The function's `co_name`.
    pub function: &'static str,
    /// The source line `linecache` finds there.
    pub source: &'static str,
}

const fn loop_frame(
    file: &'static str,
    line: u32,
    module: &'static str,
    function: &'static str,
    source: &'static str,
) -> LoopFrame {
    LoopFrame { file, line, module, function, source }
}

/// The frames CPython's asyncio loop runs a callback under, innermost first (3.11.7,
/// `asyncio.run`). The native loop has no frames; a warning's `stacklevel` counts these
/// where CPython's would find them.
pub const LOOP_FRAMES: &[LoopFrame] = &[
    loop_frame(
        "<stdlib>/asyncio/events.py",
        80,
        "asyncio.events",
        "_run",
        "self._context.run(self._callback, *self._args)",
    ),
    loop_frame(
        "<stdlib>/asyncio/base_events.py",
        1922,
        "asyncio.base_events",
        "_run_once",
        "handle._run()",
    ),
    loop_frame(
        "<stdlib>/asyncio/base_events.py",
        607,
        "asyncio.base_events",
        "run_forever",
        "self._run_once()",
    ),
    loop_frame(
        "<stdlib>/asyncio/base_events.py",
        640,
        "asyncio.base_events",
        "run_until_complete",
        "self.run_forever()",
    ),
    loop_frame(
        "<stdlib>/asyncio/runners.py",
        118,
        "asyncio.runners",
        "run",
        "return self._loop.run_until_complete(task)",
    ),
    loop_frame(
        "<stdlib>/asyncio/runners.py",
        190,
        "asyncio.runners",
        "run",
        "return runner.run(main)",
    ),
];

/// The source line CPython's `linecache` finds at `line` of one of its asyncio files that a
/// warning can be attributed to, or that makes a future or handle in debug mode.
pub fn cpython_line(filename: &str, line: u32) -> Option<&'static str> {
    let run_once = crate::asyncio::event_loop::BASE_EVENTS_LINES
        .iter()
        .map(|(l, t)| ("<stdlib>/asyncio/base_events.py", *l, t));
    LOOP_FRAMES
        .iter()
        .map(|f| (f.file, f.line, &f.source))
        .chain(run_once)
        .chain(crate::asyncio::created_at::SITES.iter().map(|s| (s.file, s.line, &s.text)))
        .find(|(f, l, _)| *f == filename && *l == line)
        .map(|(_, _, t)| *t)
}

/// Where a warning is attributed: a file and line, with the source line under it.
pub enum Location {
    Source {
        filename: String,
        line: u32,
        text: String,
        /// The module whose code runs there (`None`: CPython's `asyncio.base_events`).
        module: Option<Rc<ModuleObj>>,
    },
    /// Inside asyncio's `Handle._run` (a callback the loop runs outside any user frame).
    LoopCallback,
    /// Interpreter shutdown, the modules torn down: CPython prints `sys:1`, without source or
    /// tracemalloc hint (its `warnings` module is gone).
    Shutdown,
    /// CPython's garbage collection at exit, before the modules go (what reference cycles
    /// held): `sys:1`, through the `warnings` module, so with the tracemalloc hint.
    ShutdownCollection,
}

impl Vm {
    /// `warnings.warn(message, kind)` on behalf of a built-in (CPython's `PyErr_WarnEx` with
    /// stack level 1): attributed to the Python line that called it, through the program's
    /// filters, so an "error" filter raises here.
    pub(crate) fn warn(&mut self, kind: crate::ExcKind, message: &str) -> super::PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let warn = self.get_attr(&warnings, "warn")?;
        let category = Value::Class(self.types.exc(kind).clone());
        self.call(&warn, super::Args::positional(&[Value::str(message), category])).map(drop)
    }

    /// Prints queued messages, attributed to `frame` (the frame that was running). Closing a
    /// dying generator runs Python code, so the frame waits on `Vm::frames` meanwhile.
    #[inline]
    pub(crate) fn flush_warnings(&mut self, frame: &mut Box<Frame>) {
        if !ANY.with(|a| a.get()) {
            return;
        }
        self.flush_warnings_parked(frame);
    }

    #[inline(never)]
    fn flush_warnings_parked(&mut self, frame: &mut Box<Frame>) {
        let location = self.location_of(frame);
        self.park(frame);
        self.print_pending(location);
        self.unpark(frame);
    }

    /// Prints queued messages when no frame of the interpreter loop is at hand.
    pub(crate) fn flush_warnings_no_frame(&mut self) {
        if !ANY.with(|a| a.get()) {
            return;
        }
        let location = if self.thread.at_callback_level(self.frames.len()) {
            Location::LoopCallback
        } else {
            match self.frames.last() {
                Some(f) => self.location_of(f),
                None => Location::Shutdown,
            }
        };
        self.print_pending(location);
    }

    /// Prints queued messages (and hands dying async generators to their finalizer) at a
    /// line of `BaseEventLoop` (`_run_once`, `close`), the loop code CPython writes in Python.
    pub(crate) fn flush_warnings_in_base_events(&mut self, line: u32, text: &str) {
        if ANY.with(|a| a.get()) {
            let filename = "<stdlib>/asyncio/base_events.py".to_string();
            let text = text.to_string();
            self.print_pending(Location::Source { filename, line, text, module: None });
        }
    }

    /// Prints what is queued as if at interpreter shutdown, the modules torn down.
    pub(crate) fn flush_warnings_at_shutdown(&mut self) {
        if ANY.with(|a| a.get()) {
            self.print_pending(Location::Shutdown);
        }
    }

    /// Prints what is queued as if during CPython's garbage collection at exit.
    pub(crate) fn flush_warnings_after_collection(&mut self) {
        if ANY.with(|a| a.get()) {
            self.print_pending(Location::ShutdownCollection);
        }
    }

    fn location_of(&self, frame: &Frame) -> Location {
        let line = frame.current_line();
        let filename = frame.code.filename.to_string();
        let text = if filename == self.source.name {
            self.source.line_text(line).trim().to_string()
        } else {
            String::new()
        };
        Location::Source { filename, line, text, module: Some(frame.module.clone()) }
    }

    fn print_pending(&mut self, location: Location) {
        // Closing a generator can queue more (it may drop other objects).
        while ANY.with(|a| a.get()) {
            self.print_queued(&location);
        }
    }

    fn print_queued(&mut self, location: &Location) {
        for p in take_all() {
            match p {
                Pending::NeverAwaited { qualname, allocated_at, origin } => {
                    let mut message = format!("coroutine '{qualname}' was never awaited");
                    if let Some(origin) = origin {
                        let line_at = |file: &str, line| self.source_text_at(file, line);
                        message
                            .push_str(&super::coroutine_origin::created_at_note(&origin, line_at));
                    }
                    self.warn_runtime(&message, location, allocated_at.as_deref());
                }
                Pending::ExceptionNeverRetrieved {
                    message, exception, future: Some(f), ..
                } => {
                    let l = f.event_loop.clone();
                    let stack = self.asyncio.future_source_traceback.get(&f.serial).cloned();
                    let mut context = vec![("future", Value::Future(f))];
                    if let Some(stack) = stack.filter(|s| !s.is_empty()) {
                        let value = match self.source_traceback_value(&stack) {
                            Ok(v) => v,
                            Err(_) => Value::None,
                        };
                        context.push(("source_traceback", value));
                    }
                    let kind = loopscope_trace::DiagnosticKind::ExceptionNeverRetrieved;
                    // The handler runs in `__del__`: what it lets through (SystemExit,
                    // KeyboardInterrupt) is "Exception ignored in".
                    let result =
                        self.report_exception(&l, message, Some(&exception), &context, kind);
                    if let Err(super::PyErr::Exception(exc)) = result {
                        self.write_unraisable(&context[0].1, exc);
                    }
                }
                Pending::ExceptionNeverRetrieved {
                    message,
                    repr,
                    exception,
                    future: None,
                    serial,
                } => {
                    let repr = self.with_exception_repr(repr, &exception);
                    let repr = self.with_created_at(repr, serial);
                    let source = self.dying_future_stack_note(serial);
                    let head = format!("{message}\nfuture: {repr}{source}");
                    if self.log_to_asyncio_logger(&head, Some(&exception)) {
                        self.record_diagnostic(
                            loopscope_trace::DiagnosticKind::ExceptionNeverRetrieved,
                            &head,
                        );
                        continue;
                    }
                    let traceback = self.format_logged_exception(&exception);
                    let text = format!("{head}\n{traceback}");
                    self.write_to_current_stderr(&text);
                    self.record_diagnostic(
                        loopscope_trace::DiagnosticKind::ExceptionNeverRetrieved,
                        &text,
                    );
                }
                Pending::CloseGenerator(dying) => self.finalize_generator(*dying),
                Pending::CallDel(obj) => self.call_finalizer(obj),
                Pending::WeakCallback { callback, reference } => {
                    self.call_ignoring_errors(&callback, &[reference])
                }
                Pending::FinalizeAsyncGen(dying) => self.finalize_async_generator(*dying),
                Pending::SyntaxWarning { line, message } => self.syntax_warning(line, &message),
                Pending::DestroyedPending { repr, serial, repr_from_vm } => {
                    let repr = if repr_from_vm { repr } else { self.with_created_at(repr, serial) };
                    let source = self.dying_future_stack_note(serial);
                    // The default handler lists the context's keys sorted: a
                    // `source_traceback` (or `handle_traceback`) before the `task`.
                    let head =
                        format!("Task was destroyed but it is pending!{source}\ntask: {repr}");
                    let text = format!("{head}\n");
                    if !self.log_to_asyncio_logger(&head, None) {
                        self.write_to_current_stderr(&text);
                    }
                    self.record_diagnostic(
                        loopscope_trace::DiagnosticKind::DestroyedPending,
                        &text,
                    );
                }
            }
        }
    }

    /// A dying future's repr (made without the VM) with its exception, through the
    /// exception's own `__repr__` as CPython's `_future_repr_info` shows it (the safe repr if
    /// that fails).
    fn with_exception_repr(&mut self, repr: String, exception: &Value) -> String {
        let Some(open) = repr.strip_suffix('>') else { return repr };
        let shown = match self.repr(exception) {
            Ok(text) => text,
            Err(_) => crate::safe_repr::exception_repr(exception),
        };
        format!("{open} exception={shown}>")
    }

    /// A dying future's repr (made without the VM) with, in debug mode, where the future was
    /// made: CPython's repr ends with `created at FILE:LINE` then.
    fn with_created_at(&self, repr: String, serial: u32) -> String {
        match (self.asyncio.future_created_at.get(&serial), repr.strip_suffix('>')) {
            (Some(site), Some(open)) => format!("{open} created at {site}>"),
            _ => repr,
        }
    }

    /// A report from a dying object, to the program's current `sys.stderr` (as
    /// `logging.lastResort` and the default `sys.unraisablehook` write it); what that
    /// stream's `write` raises cannot propagate.
    fn write_to_current_stderr(&mut self, text: &str) {
        if crate::stdlib::sys_module::write_to_sys_stderr(self, text).is_err() {
            self.write_stderr(text);
        }
    }

    /// A report the default exception handler makes from a `__del__`, through the program's
    /// `logging` when it imported it (`false`: the caller writes it). What a handler raises
    /// cannot propagate from a dying object.
    fn log_to_asyncio_logger(&mut self, message: &str, exc: Option<&Value>) -> bool {
        use crate::asyncio::logger::{Level, DEFAULT_HANDLER};
        let logged = self.log_asyncio(Level::Error, &DEFAULT_HANDLER, message, Vec::new(), exc);
        !matches!(logged, Ok(false))
    }

    /// A `RuntimeWarning`, shown once per location and message like CPython's default filter.
    fn warn_runtime(
        &mut self,
        message: &str,
        location: &Location,
        allocated_at: Option<&[CallSite]>,
    ) {
        let (key_file, key_line) = match location {
            Location::Source { filename, line, .. } => (filename.clone(), *line),
            Location::LoopCallback => ("<stdlib>/asyncio/events.py".to_string(), 80),
            Location::Shutdown | Location::ShutdownCollection => ("sys".to_string(), 1),
        };
        let key = (format!("{key_file}\0{message}"), key_line);
        if let Some(module) = self.modules.get("warnings").cloned() {
            let shown_before = self.warnings_shown.contains(&key);
            self.warn_runtime_filtered(&module, message, location, shown_before, allocated_at);
            return;
        }
        if !self.warnings_shown.insert(key) {
            return;
        }
        let allocation = self.allocation_note(allocated_at);
        let text = match location {
            Location::Source { filename, line, text, .. } => {
                let source = if text.is_empty() { String::new() } else { format!("  {text}\n") };
                format!("{filename}:{line}: RuntimeWarning: {message}\n{source}{allocation}")
            }
            Location::LoopCallback => format!(
                "<stdlib>/asyncio/events.py:80: RuntimeWarning: {message}\n  self._context.run(self._callback, *self._args)\n{allocation}"
            ),
            Location::Shutdown => format!("sys:1: RuntimeWarning: {message}\n"),
            Location::ShutdownCollection => {
                format!("sys:1: RuntimeWarning: {message}\n{allocation}")
            }
        };
        self.write_stderr(&text);
        self.record_diagnostic(loopscope_trace::DiagnosticKind::NeverAwaited, &text);
    }

    /// What follows a never-awaited warning, as CPython's `warnings` writes it: where the
    /// coroutine was created when `tracemalloc` traced that, nothing when it traces but did
    /// not then, else the hint to enable it.
    fn allocation_note(&self, allocated_at: Option<&[CallSite]>) -> String {
        match allocated_at {
            Some(frames) => {
                let mut note = String::from("Object allocated at (most recent call last):\n");
                for site in frames.iter().rev() {
                    let (filename, line) = (&site.filename, site.line);
                    note.push_str(&format!("  File \"{filename}\", lineno {line}\n"));
                    let text = self.source_text_at(filename, line);
                    if !text.is_empty() {
                        note.push_str(&format!("    {}\n", text.trim()));
                    }
                }
                note
            }
            None if self.tracemalloc_frames > 0 => String::new(),
            None => "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                .to_string(),
        }
    }

    /// Line `line` of `filename` as `linecache` would give it: the program's, or a line of
    /// CPython's asyncio a warning can be attributed to.
    pub(crate) fn source_text_at(&self, filename: &str, line: u32) -> String {
        if filename == &*self.source.name {
            return self.source.line_text(line).to_string();
        }
        cpython_line(filename, line).unwrap_or("").to_string()
    }

    /// A coroutine's `RuntimeWarning` through the program's `warnings` module: its filters
    /// decide, its hooks show or record it. An error it raises (the "error" action) cannot
    /// propagate from a dying object: it is printed as "Exception ignored in" the coroutine.
    fn warn_runtime_filtered(
        &mut self,
        warnings: &Value,
        message: &str,
        location: &Location,
        shown_before: bool,
        allocated_at: Option<&[CallSite]>,
    ) {
        let (filename, line, place) = match location {
            Location::Source { filename, line, module, .. } => {
                let place = match module {
                    Some(m) => Value::Module(m.clone()),
                    None => Value::str("asyncio.base_events"),
                };
                (filename.clone(), *line, place)
            }
            Location::LoopCallback => {
                let frame = &LOOP_FRAMES[0];
                (frame.file.to_string(), frame.line, Value::str(frame.module))
            }
            Location::Shutdown => ("sys".to_string(), 1, Value::None),
            Location::ShutdownCollection => ("sys".to_string(), 1, Value::str("sys")),
        };
        let at_shutdown = matches!(location, Location::Shutdown);
        let category = Value::Class(self.types.exc(crate::ExcKind::RuntimeWarning).clone());
        let args = [
            Value::str(message),
            category,
            Value::string(filename.clone()),
            Value::Int(i64::from(line)),
            place,
            Value::Bool(at_shutdown),
            Value::Bool(shown_before),
            match allocated_at {
                Some(frames) => Value::tuple(
                    frames
                        .iter()
                        .map(|site| {
                            Value::tuple(vec![
                                Value::str(&site.filename),
                                Value::Int(i64::from(site.line)),
                            ])
                        })
                        .collect(),
                ),
                None => Value::None,
            },
        ];
        let result = self
            .get_attr(warnings, "_warn_native")
            .and_then(|f| self.call(&f, super::Args::positional(&args)));
        match result {
            Ok(shown) => {
                if matches!(shown, Value::Bool(true)) {
                    let text = format!("{filename}:{line}: RuntimeWarning: {message}\n");
                    self.record_diagnostic(loopscope_trace::DiagnosticKind::NeverAwaited, &text);
                }
            }
            Err(super::PyErr::Exception(exc)) => {
                let qualname = message.split('\'').nth(1).unwrap_or(message);
                let header = if at_shutdown { "" } else { "Traceback (most recent call last):\n" };
                let line = self.exception_line(&exc);
                self.write_stderr(&format!(
                    "Exception ignored in: <coroutine object {qualname} at 0x7f0000000000>\n{header}{line}\n"
                ));
            }
            // An abort (a budget) from here has nowhere to go, as from a generator's close.
            Err(_) => {}
        }
    }

    /// Hands an async generator that died unfinished to its finalizer hook. An error from
    /// the hook is left unreported (the loop's hook only schedules a task).
    fn finalize_async_generator(&mut self, dying: super::objects::DyingAsyncGen) {
        use super::objects::{GenKind, GenObj, GenState};
        let d = dying.dying;
        let g = std::rc::Rc::new(GenObj {
            kind: GenKind::AsyncGenerator,
            code: d.code,
            name: d.name,
            qualname: d.qualname,
            frame: RefCell::new(Some(d.frame)),
            state: Cell::new(if dying.started { GenState::Suspended } else { GenState::Created }),
            serial: d.serial,
            last_line: Cell::new(d.last_line),
            agen: Default::default(),
            awaited: Default::default(),
        });
        g.agen.hooks_inited.set(true);
        g.agen.finalized.set(true);
        let _ = self.call1(&dying.finalizer, Value::Gen(g));
    }

    /// Closes a generator that died suspended, as CPython's `_PyGen_Finalize`: an error
    /// from the close is printed as "Exception ignored in: ..." (`PyErr_WriteUnraisable`),
    /// with a traceback of the running frame when the error has none of its own.
    fn finalize_generator(&mut self, dying: super::objects::DyingGenerator) {
        use super::objects::{GenObj, GenState};
        let g = std::rc::Rc::new(GenObj {
            kind: dying.kind,
            code: dying.code,
            name: dying.name,
            qualname: dying.qualname,
            frame: RefCell::new(Some(dying.frame)),
            state: Cell::new(GenState::Suspended),
            serial: dying.serial,
            last_line: Cell::new(dying.last_line),
            agen: Default::default(),
            awaited: Default::default(),
        });
        let gen = Value::Gen(g.clone());
        let result = self.gen_close(&gen);
        g.state.set(GenState::Closed);
        g.frame.replace(None);
        let Err(super::PyErr::Exception(exc)) = result else { return };
        self.report_close_error(&gen, exc);
    }

    /// Closes a suspended generator or coroutine the collector frees; an error from the
    /// close is printed as "Exception ignored in: ..." (`_PyGen_Finalize`). `Err` is an
    /// abort (a budget), which stops the freeing.
    pub(crate) fn close_collected(&mut self, gen: &Value) -> super::PyResult<()> {
        match self.gen_close(gen) {
            Err(super::PyErr::Exception(exc)) => {
                self.report_close_error(gen, exc);
                Ok(())
            }
            other => other.map(drop),
        }
    }

    /// `PyErr_WriteUnraisable` for an error out of a dying generator's close, with a
    /// traceback of the running frame when the error has none of its own.
    fn report_close_error(&mut self, gen: &Value, exc: Value) {
        let no_traceback =
            super::exceptions::state_of(&exc).is_some_and(|s| s.borrow().traceback.is_empty());
        if no_traceback {
            if self.thread.at_callback_level(self.frames.len()) {
                // The running frame is asyncio's `Handle._run`, native here: the traceback
                // has its header and no frame the program would see.
                self.add_hidden_frame(&exc);
            } else if let Some(frame) = self.frames.last() {
                self.add_traceback(&exc, frame);
            }
        }
        self.write_unraisable(gen, exc);
    }

    /// `PyErr_WriteUnraisable(obj)`: the program's `sys.unraisablehook` if it set one (an
    /// error there is reported as CPython does), else "Exception ignored in: {obj!r}" and
    /// the traceback on stderr.
    pub(crate) fn write_unraisable(&mut self, obj: &Value, exc: Value) {
        use crate::stdlib::sys_module::{replaced_unraisablehook, unraisable_hook_args};
        if let Some(hook) = replaced_unraisablehook(self) {
            let args = unraisable_hook_args(self, &exc, obj);
            if let Err(super::PyErr::Exception(error)) = self.call1(&hook, args) {
                let what = self.repr(&hook).unwrap_or_default();
                let traceback = self.format_unchained(&error);
                let text = format!("Exception ignored in sys.unraisablehook: {what}\n{traceback}");
                self.write_to_current_stderr(&text);
            }
            return;
        }
        let what = self.repr(obj).unwrap_or_default();
        let traceback = self.format_unchained(&exc);
        let text = format!("Exception ignored in: {what}\n{traceback}");
        self.write_to_current_stderr(&text);
    }

    /// Calls a dead instance's `__del__`; an error is printed as CPython's
    /// `Exception ignored in: <function C.__del__ at 0x...>` and goes no further.
    fn call_finalizer(&mut self, obj: Value) {
        let Value::Instance(inst) = &obj else { return };
        let Some(method) = inst.class.lookup("__del__") else { return };
        self.call_ignoring_errors(&method, std::slice::from_ref(&obj));
    }

    /// Calls what a dying object asked for (`__del__`, a weak reference's callback): an
    /// exception cannot propagate from there, so it is printed as CPython's
    /// `PyErr_WriteUnraisable` does.
    fn call_ignoring_errors(&mut self, callable: &Value, args: &[Value]) {
        let result = self.call(callable, super::Args::positional(args));
        let Err(super::PyErr::Exception(exc)) = result else { return };
        self.write_unraisable(callable, exc);
    }

    /// `FILE:LINE: SyntaxWarning: message` and the source line. The compiler warns without a
    /// registry, so a line with two such mistakes shows two warnings.
    fn syntax_warning(&mut self, line: u32, message: &str) {
        let filename = self.source.name.to_string();
        let text = self.source.line_text(line).trim().to_string();
        let source = if text.is_empty() { String::new() } else { format!("  {text}\n") };
        self.write_stderr(&format!("{filename}:{line}: SyntaxWarning: {message}\n{source}"));
    }
}

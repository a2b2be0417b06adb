//! Exceptions: creating them, chaining them (`__cause__`, `__context__`), matching them against
//! `except` clauses, and printing tracebacks exactly as CPython 3.11 prints them — except for
//! frames of Loopscope's own library code, which are left out (the conformance harness leaves
//! out CPython's `asyncio/*.py` frames the same way) and the `^^^^` position markers.

use super::frame::Frame;
use super::instance_dict::InstanceDict;
use super::native::NativeState;
use super::objects::{ClassObj, ExceptionState, InstanceObj, TracebackEntry};
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// The exception state of an exception instance.
pub fn state_of(exc: &Value) -> Option<&RefCell<ExceptionState>> {
    match exc {
        Value::Instance(i) => i.exception.as_deref(),
        _ => None,
    }
}

/// Sets `__context__` to the exception being handled, unless that would make a cycle.
pub fn set_context(exc: &Value, handled: &Value) {
    if exc.is(handled) {
        return;
    }
    // Break an existing chain that leads back to `exc` (as CPython's `_PyErr_SetObject`).
    for (link, next) in ContextChain::new(handled) {
        if next.is(exc) {
            if let Some(s) = state_of(&link) {
                s.borrow_mut().context = None;
            }
            break;
        }
    }
    if let Some(s) = state_of(exc) {
        s.borrow_mut().context = Some(handled.clone());
    }
}

pub(crate) fn context_of(exc: &Value) -> Option<Value> {
    state_of(exc).and_then(|s| s.borrow().context.clone())
}

/// The `__context__` links from an exception, each as (exception, its context). A program can
/// make the chain a cycle (`e.__context__ = e`): it ends once the cycle is walked, found as
/// CPython finds it (Floyd's tortoise and hare).
struct ContextChain {
    current: Value,
    slow: Value,
    advance_slow: bool,
    done: bool,
}

impl ContextChain {
    fn new(start: &Value) -> Self {
        ContextChain {
            current: start.clone(),
            slow: start.clone(),
            advance_slow: false,
            done: false,
        }
    }
}

impl Iterator for ContextChain {
    type Item = (Value, Value);

    fn next(&mut self) -> Option<(Value, Value)> {
        if self.done {
            return None;
        }
        let Some(next) = context_of(&self.current) else {
            self.done = true;
            return None;
        };
        let link = std::mem::replace(&mut self.current, next.clone());
        if self.current.is(&self.slow) {
            self.done = true;
        } else if self.advance_slow {
            self.slow = context_of(&self.slow).unwrap_or(Value::None);
        }
        self.advance_slow = !self.advance_slow;
        Some((link, next))
    }
}

/// `raise exc from cause`: sets `__cause__` and suppresses the context in tracebacks.
pub fn set_cause(exc: &Value, cause: Option<Value>) {
    if let Some(s) = state_of(exc) {
        let mut s = s.borrow_mut();
        s.cause = cause;
        s.suppress_context = true;
    }
}

impl Vm {
    /// A new instance of a built-in exception class with one message argument (none if the
    /// message is empty), as a `PyErr` ready to return.
    pub fn new_error(&self, kind: ExcKind, message: &str) -> PyErr {
        let args = if message.is_empty() { Vec::new() } else { vec![Value::str(message)] };
        PyErr::Exception(self.new_exception(self.types.exc(kind), args))
    }

    /// Whether `exc` is an exception of the built-in class `kind` (or of a subclass), as
    /// `except kind:` would decide.
    pub fn exception_is(&self, exc: &Value, kind: ExcKind) -> bool {
        match exc {
            Value::Instance(i) => i.class.is_subclass_of(self.types.exc(kind)),
            _ => false,
        }
    }

    /// A new exception instance with the given args (what `BaseException.__new__` does).
    pub fn new_exception(&self, class: &Rc<ClassObj>, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(InstanceObj {
            class: class.clone(),
            dict: RefCell::new(InstanceDict::sharing(class.instance_layout())),
            exception: Some(Box::new(RefCell::new(ExceptionState { args, ..Default::default() }))),
            native: None,
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// A NameError for `name` with its message, carrying `name` (for the traceback's
    /// suggestions), as the interpreter raises it.
    /// `NameError: name 'x' is not defined`.
    #[cold]
    #[inline(never)]
    pub(crate) fn undefined_name(&self, name: &str) -> PyErr {
        if let Some(unsupported) = self.star_missing_name(name) {
            return unsupported;
        }
        self.name_error(&format!("name '{name}' is not defined"), name)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn name_error(&self, message: &str, name: &str) -> PyErr {
        let err = self.new_error(ExcKind::NameError, message);
        if let PyErr::Exception(Value::Instance(inst)) = &err {
            inst.dict.borrow_mut().insert("name".into(), Value::str(name));
        }
        err
    }

    /// Gives an AttributeError raised by looking up `name` on `obj` its `name` and `obj`
    /// attributes, unless it has them (CPython's `set_attribute_error_context`).
    #[cold]
    #[inline(never)]
    pub(crate) fn attribute_error_context(&self, err: PyErr, obj: &Value, name: &str) -> PyErr {
        if let PyErr::Exception(exc @ Value::Instance(inst)) = &err {
            if self.exception_is(exc, ExcKind::AttributeError) {
                let mut d = inst.dict.borrow_mut();
                if !d.contains_key("name") && !d.contains_key("obj") {
                    d.insert("name".into(), Value::str(name));
                    d.insert("obj".into(), obj.clone());
                }
            }
        }
        err
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { Vec::new() } else { vec![value] };
        PyErr::Exception(self.new_exception(self.types.exc(ExcKind::StopIteration), args))
    }

    /// What CPython's garbage collection at interpreter shutdown does for cycles through a
    /// traceback: the locals exceptions still keep are freed (their last reports print).
    ///
    /// The collector finalizes garbage in the order of its object list: creation order,
    /// unless a collection ran while the objects were still reachable, which re-links them
    /// in the order it found them through their referrers (a list's items last-first, a
    /// frame's locals in slot order: the order releasing them gives). At exit one does for
    /// what the uncaught exception (`uncaught`, still alive: a cycle holds it) reaches: the
    /// exit collection runs while the program's exception is held, and a second one frees it.
    pub(crate) fn free_kept_locals(&mut self, uncaught: Option<&Value>) {
        let exceptions = std::mem::take(&mut self.keeping_locals.exceptions);
        let rescued = |inst: &Rc<InstanceObj>| {
            let Some(uncaught) = uncaught else { return false };
            let is_inst = |v: &Value| matches!(v, Value::Instance(u) if Rc::ptr_eq(u, inst));
            is_inst(uncaught) || ContextChain::new(uncaught).any(|(_, next)| is_inst(&next))
        };
        let live: Vec<Rc<InstanceObj>> = exceptions.iter().filter_map(|w| w.upgrade()).collect();
        let (later, first): (Vec<_>, Vec<_>) = live.into_iter().partition(|i| rescued(i));
        let take = |inst: &Rc<InstanceObj>| {
            inst.exception
                .as_ref()
                .map(|s| std::mem::take(&mut s.borrow_mut().kept_locals))
                .unwrap_or_default()
        };
        let from = super::warnings::queued();
        for inst in &first {
            drop(take(inst));
        }
        super::warnings::finalize_in_creation_order(from);
        let kept: Vec<Vec<Value>> = later.iter().map(take).collect();
        let rank = rescue_order(kept.iter().flatten());
        let from = super::warnings::queued();
        drop(kept);
        super::warnings::finalize_in_rank_order(from, &rank);
    }

    /// Notes that `exc` passed through a library frame that runs natively here (see
    /// `ExceptionState::through_hidden_frame`).
    pub(crate) fn add_hidden_frame(&self, exc: &Value) {
        if let Some(s) = state_of(exc) {
            s.borrow_mut().through_hidden_frame = true;
        }
    }

    /// Adds `frame`, at its current line, to the traceback of `exc`.
    pub(crate) fn add_traceback(&self, exc: &Value, frame: &Frame) {
        if let Some(s) = state_of(exc) {
            let entry = TracebackEntry {
                code: frame.code.clone(),
                line: frame.current_line(),
                ip: frame.ip.saturating_sub(1) as u32,
            };
            s.borrow_mut().traceback.push(entry);
        }
        if let Value::Instance(inst) = exc {
            let mut list = frame.in_tracebacks.take().unwrap_or_default();
            if !list.last().is_some_and(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(inst))) {
                if list.len() >= 8 && list.len().is_power_of_two() {
                    list.retain(|w| w.strong_count() > 0);
                }
                list.push(Rc::downgrade(inst));
            }
            frame.in_tracebacks.set(Some(list));
        }
    }

    /// `exc` is caught by a handler, or stored by native code: CPython sets its
    /// `__traceback__` attribute to the whole traceback so far.
    pub(crate) fn commit_traceback(exc: &Value) {
        if let Some(s) = state_of(exc) {
            let mut s = s.borrow_mut();
            s.tb_committed = s.traceback.len();
        }
    }

    /// `_PyErr_SetObject` on an exception in flight (chaining it while thrown into a
    /// generator that handles another): the traceback restarts from the `__traceback__`
    /// attribute, dropping the frames unwound since it was last caught.
    pub(crate) fn restart_traceback(exc: &Value) {
        if let Some(s) = state_of(exc) {
            let mut s = s.borrow_mut();
            let keep = s.tb_committed.min(s.traceback.len());
            if keep < s.traceback.len() {
                s.traceback.truncate(keep);
                s.traceback_objects.truncate(keep);
            }
        }
    }

    /// `exc` leaves a library function that runs natively here but is a Python frame in
    /// CPython: its traceback keeps that frame, and so `value` (one of its locals), alive.
    pub(crate) fn keep_with_exception(&mut self, exc: &Value, value: Value) {
        let Value::Instance(inst) = exc else { return };
        let Some(state) = &inst.exception else { return };
        let mut state = state.borrow_mut();
        if state.kept_locals.is_empty() {
            self.keeping_locals.remember(inst);
        }
        state.kept_locals.push(value);
    }

    /// `frame` ends: the exceptions whose traceback holds it keep its locals from now on.
    pub(crate) fn frame_ends(&mut self, frame: &mut Frame) {
        let Some(list) = frame.in_tracebacks.get_mut().take() else {
            return;
        };
        // Only the exceptions whose traceback still passes through this frame: raised again
        // from a future, an exception's traceback restarts (another frame holds it then).
        let holders: Vec<Rc<InstanceObj>> = list
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|inst| {
                inst.exception.as_ref().is_some_and(|s| {
                    s.borrow().traceback.iter().any(|e| Rc::ptr_eq(&e.code, &frame.code))
                })
            })
            .collect();
        if holders.is_empty() {
            return;
        }
        let locals = frame.locals.iter_mut().filter_map(Option::take);
        let cells = frame.cells.drain(..).map(Value::Cell);
        let kept: Vec<Value> = locals.chain(cells).collect();
        if kept.is_empty() {
            return;
        }
        for inst in holders {
            let Some(state) = &inst.exception else { continue };
            let mut state = state.borrow_mut();
            if state.kept_locals.is_empty() {
                self.keeping_locals.remember(&inst);
            }
            state.kept_locals.extend(kept.iter().cloned());
        }
    }

    /// `exc` keeps `value` alive from now on, as a local of a library frame its traceback
    /// passed through (CPython's `run_until_complete` frame holds the main task).
    pub(crate) fn keep_alive_with(&mut self, exc: &Value, value: Value) {
        let Value::Instance(inst) = exc else { return };
        let Some(state) = &inst.exception else { return };
        let mut state = state.borrow_mut();
        if state.kept_locals.is_empty() {
            self.keeping_locals.remember(inst);
        }
        state.kept_locals.push(value);
    }

    /// What `raise X` or `raise X from Y` raises.
    pub(crate) fn make_raisable(&mut self, exc: &Value, cause: Option<&Value>) -> PyErr {
        let instance = match self.exception_instance(exc) {
            Ok(i) => i,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            // CPython's `do_raise`: a class is called with no arguments (an error there is
            // what is raised), an instance is taken as it is.
            let cause_value = match cause {
                Value::None => None,
                Value::Instance(i) if i.exception.is_some() => Some(cause.clone()),
                Value::Class(c) if c.is_exception() => match self.call0(cause) {
                    Ok(made) => Some(made),
                    Err(e) => return e,
                },
                _ => {
                    return self.new_error(
                        ExcKind::TypeError,
                        "exception causes must derive from BaseException",
                    )
                }
            };
            set_cause(&instance, cause_value);
        }
        PyErr::Exception(instance)
    }

    /// An exception instance from an instance or a class (which is called with no arguments).
    fn exception_instance(&mut self, v: &Value) -> Result<Value, PyErr> {
        match v {
            Value::Instance(i) if i.exception.is_some() => Ok(v.clone()),
            Value::Class(c) if c.is_exception() => {
                let made = self.call0(v)?;
                match &made {
                    Value::Instance(i) if i.exception.is_some() => Ok(made),
                    _ => Err(self.new_error(
                        ExcKind::TypeError,
                        &format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr_class(c),
                            self.repr_class(&self.class_of(&made))
                        ),
                    )),
                }
            }
            _ => {
                Err(self.new_error(ExcKind::TypeError, "exceptions must derive from BaseException"))
            }
        }
    }

    /// `except <class_or_tuple>:` against an exception instance. Every class of a tuple is
    /// checked before any is matched (CPython's `check_except_type_valid`), so a bad one is
    /// an error even after a match; a tuple inside the tuple is refused as well.
    pub(crate) fn exception_matches(&self, exc: &Value, class: &Value) -> PyResult<bool> {
        let is_exception_class = |v: &Value| matches!(v, Value::Class(c) if c.is_exception());
        let valid = match class {
            Value::Tuple(t) => t.items.iter().all(is_exception_class),
            other => is_exception_class(other),
        };
        if !valid {
            return Err(self.new_error(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let Value::Instance(i) = exc else { return Ok(false) };
        let matches = |v: &Value| matches!(v, Value::Class(c) if i.class.is_subclass_of(c));
        Ok(match class {
            Value::Tuple(t) => t.items.iter().any(matches),
            other => matches(other),
        })
    }

    /// The class of an exception value.
    pub fn exception_class(&self, exc: &Value) -> Option<Rc<ClassObj>> {
        match exc {
            Value::Instance(i) => Some(i.class.clone()),
            _ => None,
        }
    }

    /// The last line of a traceback: `ValueError: message`, or just the class name.
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let name = match self.exception_class(exc) {
            Some(c) => c.display_name(),
            None => self.type_name(exc),
        };
        let text = match self.syntax_error_message(exc) {
            Some(msg) => msg,
            None => self.str_of(exc).unwrap_or_else(|_| "<exception str() failed>".to_string()),
        };
        if text.is_empty() {
            name
        } else {
            format!("{name}: {text}")
        }
    }

    /// A `SyntaxError`'s last line shows its `msg` (not its `str()`, which adds the place
    /// from its details: "bad (f.py, line 3)"); `None` for other exceptions.
    fn syntax_error_message(&mut self, exc: &Value) -> Option<String> {
        if !self.exception_is(exc, ExcKind::SyntaxError) {
            return None;
        }
        match self.get_attr(exc, "msg") {
            Ok(Value::None) | Err(_) => Some("<no detail available>".to_string()),
            Ok(msg) => self.str_of(&msg).ok(),
        }
    }

    /// The whole traceback text CPython's C printer (`PyErr_Display`) writes for an uncaught
    /// exception, chained exceptions first. `sys.tracebacklimit` keeps the innermost frames
    /// (none, and no header, when it is 0 or less); unset, the C printer's own limit
    /// (`PyTraceBack_LIMIT`) keeps the innermost 1000, which a raised recursion limit reaches.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        self.format_exception_as_printed(exc, false)
    }

    /// `format_exception`, with the "Did you mean" hints when `suggestions` (the interpreter
    /// printing an uncaught exception: `format_uncaught_exception`).
    pub(crate) fn format_exception_as_printed(&mut self, exc: &Value, suggestions: bool) -> String {
        const PYTRACEBACK_LIMIT: i64 = 1000;
        let limit = crate::stdlib::sys_module::traceback_limit(self).unwrap_or(PYTRACEBACK_LIMIT);
        let limit = Some(if limit <= 0 { 0 } else { -limit });
        let mut out = String::new();
        let mut ctx =
            PrintContext { limit, c_printer: true, suggestions, ..PrintContext::default() };
        self.format_tree(exc, true, &mut ctx, &mut out);
        out
    }

    /// The traceback text `logging` writes for a record with `exc_info` (through
    /// `traceback.print_exception`).
    pub(crate) fn format_logged_exception(&mut self, exc: &Value) -> String {
        self.format_exception_limited(exc, true, None)
    }

    /// `traceback.format_exception(exc, limit=limit, chain=chain)`: every traceback of the
    /// chain and of a group's members keeps at most `limit` frames (the outermost ones; the
    /// innermost `-limit` ones when negative), as `StackSummary.extract` does.
    pub(crate) fn format_exception_limited(
        &mut self,
        exc: &Value,
        chain: bool,
        limit: Option<i64>,
    ) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext { limit, ..PrintContext::default() };
        self.format_tree(exc, chain, &mut ctx, &mut out);
        out
    }

    /// One exception's traceback without its cause or context, as the default
    /// `sys.unraisablehook` prints it ("Exception ignored in: ...").
    pub(crate) fn format_unchained(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut ctx = PrintContext::default();
        self.format_tree(exc, false, &mut ctx, &mut out);
        out
    }

    /// `traceback.TracebackException.format`: the chain of `exc` (causes and contexts
    /// first), and for an exception group its sub-exceptions in `| ` margins.
    fn format_tree(&mut self, exc: &Value, chain: bool, ctx: &mut PrintContext, out: &mut String) {
        let mut links: Vec<(Option<&str>, Value)> = vec![(None, exc.clone())];
        ctx.seen.push(exc.clone());
        let mut current = exc.clone();
        loop {
            if !chain {
                break;
            }
            let (cause, context, suppress) = match state_of(&current) {
                Some(s) => {
                    let s = s.borrow();
                    (s.cause.clone(), s.context.clone(), s.suppress_context)
                }
                None => (None, None, false),
            };
            let unseen = |v: &Value| !ctx.seen.iter().any(|s| s.is(v));
            let next = if let Some(cause) = cause.filter(unseen) {
                (CAUSE_MESSAGE, cause)
            } else if let Some(context) = context.filter(|c| !suppress && unseen(c)) {
                (CONTEXT_MESSAGE, context)
            } else {
                break;
            };
            ctx.seen.push(next.1.clone());
            current = next.1.clone();
            if let Some(last) = links.last_mut() {
                last.0 = Some(next.0);
            }
            links.push((None, next.1));
        }
        // `links[i].0` is the message printed after `links[i + 1]`, before `links[i]`.
        for i in (0..links.len()).rev() {
            let exc = links[i].1.clone();
            self.format_single(&exc, chain, ctx, out);
            if i > 0 {
                if let Some(message) = links[i - 1].0 {
                    ctx.emit(out, message, '|');
                }
            }
        }
    }

    fn format_single(
        &mut self,
        exc: &Value,
        chain: bool,
        ctx: &mut PrintContext,
        out: &mut String,
    ) {
        let printer = if ctx.c_printer {
            super::carets::Printer::Interpreter
        } else {
            super::carets::Printer::TracebackModule
        };
        let stack = self.format_stack(exc, ctx.limit, printer);
        // An exception that only passed through hidden frames (native ones CPython writes in
        // Python, or the library's Python frames) still gets its header; a limit of 0 keeps
        // no frame, so CPython's stack is empty and it prints none.
        let hidden = ctx.limit != Some(0)
            && state_of(exc).is_some_and(|s| {
                let s = s.borrow();
                s.through_hidden_frame || !s.traceback.is_empty()
            });
        let Some(parts) = super::exception_groups::group_parts(exc) else {
            if !stack.is_empty() || hidden {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack, '|');
            }
            let mut line = self.exception_line(exc);
            if ctx.suggestions {
                line.push_str(&self.suggestion_suffix(exc));
            }
            ctx.emit_exception_line(out, &line);
            ctx.emit(out, &self.format_notes(exc), '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let top_level = ctx.depth == 0;
        if top_level {
            ctx.depth += 1;
        }
        if !stack.is_empty() || hidden {
            let margin = if top_level { '+' } else { '|' };
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", margin);
            ctx.emit(out, &stack, '|');
        }
        let line = self.exception_line(exc);
        ctx.emit_exception_line(out, &line);
        ctx.emit(out, &self.format_notes(exc), '|');
        let total = parts.exceptions.len();
        let shown = if total <= MAX_GROUP_WIDTH { total } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                // The closing line may be printed by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let more = total - MAX_GROUP_WIDTH;
                let plural = if more > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {more} more exception{plural}\n"), '|');
            } else {
                self.format_tree(&parts.exceptions[i], chain, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if top_level {
            ctx.depth = 0;
        }
    }

    /// The lines of `__notes__` after the exception line (`add_note`), as `traceback` prints
    /// them: each note's lines, or the repr of a `__notes__` that is not a sequence.
    fn format_notes(&mut self, exc: &Value) -> String {
        let Value::Instance(inst) = exc else { return String::new() };
        let Some(notes) = inst.dict.borrow().get("__notes__").cloned() else {
            return String::new();
        };
        let mut out = String::new();
        match &notes {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => {
                for note in self.collect(&notes).unwrap_or_default() {
                    let text = self.str_of(&note).unwrap_or_else(|_| "<note str() failed>".into());
                    for line in text.split('\n') {
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
            Value::None => {}
            other => {
                // CPython 3.11's `traceback` ends this line with no newline.
                let text = self.repr(other).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&text);
            }
        }
        out
    }

    /// The `File ...` lines of an exception's traceback, outermost frame first, cut to
    /// `limit` frames (library frames count, as CPython's do, though they are not shown).
    fn format_stack(
        &self,
        exc: &Value,
        limit: Option<i64>,
        printer: super::carets::Printer,
    ) -> String {
        let mut out = String::new();
        let mut entries: Vec<TracebackEntry> = match state_of(exc) {
            Some(s) => s.borrow().traceback.iter().rev().cloned().collect(),
            None => Vec::new(),
        };
        apply_limit(&mut entries, limit);
        let mut repeats = RepeatedFrames::new();
        for entry in entries.iter().filter(|e| !e.code.is_library) {
            let key = (&*entry.code.filename, entry.line, &*entry.code.name);
            if !repeats.admit(key, &mut out) {
                continue;
            }
            out.push_str(&self.format_frame_line_by(
                &entry.code.filename,
                entry.line,
                &entry.code.name,
                printer,
            ));
            if entry.code.filename.as_ref() == self.source.name {
                let span = entry.code.span_at(entry.ip as usize);
                let carets = |s| super::carets::caret_line(&self.source, entry.line, s, printer);
                if let Some(carets) = span.and_then(carets) {
                    out.push_str(&carets);
                }
            }
        }
        repeats.finish(&mut out);
        out
    }

    /// `  File "main.py", line 3, in main` and the stripped source line under it.
    pub(crate) fn format_frame_line(&self, filename: &str, line: u32, function: &str) -> String {
        let printer = super::carets::Printer::TracebackModule;
        self.format_frame_line_by(filename, line, function, printer)
    }

    /// `format_frame_line` as `printer` writes the source line.
    fn format_frame_line_by(
        &self,
        filename: &str,
        line: u32,
        function: &str,
        printer: super::carets::Printer,
    ) -> String {
        let mut s = format!("  File \"{filename}\", line {line}, in {function}\n");
        if filename == self.source.name {
            let text = printer.shown_line(self.source.line_text(line));
            if !text.is_empty() {
                s.push_str(&format!("    {text}\n"));
            }
        }
        s
    }
}

/// Runs of the same frame line (recursion) print three times, then a count, as
/// `traceback.StackSummary.format` does.
const RECURSIVE_CUTOFF: usize = 3;

/// Keeps the first `limit` entries, or the last `-limit` when it is negative
/// (`StackSummary.extract`'s `islice` or `deque(maxlen=-limit)`).
fn apply_limit<T>(entries: &mut Vec<T>, limit: Option<i64>) {
    let Some(limit) = limit else { return };
    let keep = usize::try_from(limit.unsigned_abs()).unwrap_or(usize::MAX).min(entries.len());
    if limit >= 0 {
        entries.truncate(keep);
    } else {
        entries.drain(..entries.len() - keep);
    }
}

/// Folds runs of the same frame line (recursion) as `traceback.StackSummary.format` does:
/// a line is printed `RECURSIVE_CUTOFF` times, then `  [Previous line repeated N more times]`
/// when the run ends. `K` is what makes two frames' lines the same.
pub(crate) struct RepeatedFrames<K> {
    last: Option<K>,
    count: usize,
}

impl<K: PartialEq> RepeatedFrames<K> {
    pub(crate) fn new() -> Self {
        RepeatedFrames { last: None, count: 0 }
    }

    /// Counts a frame; true if its lines are printed. A frame that starts a new run first
    /// writes how often the previous run repeated.
    pub(crate) fn admit(&mut self, key: K, out: &mut String) -> bool {
        if self.last.as_ref() != Some(&key) {
            self.end_run(out);
            self.last = Some(key);
        }
        self.count += 1;
        self.count <= RECURSIVE_CUTOFF
    }

    /// Ends the last run.
    pub(crate) fn finish(mut self, out: &mut String) {
        self.end_run(out);
    }

    fn end_run(&mut self, out: &mut String) {
        if self.count > RECURSIVE_CUTOFF {
            let n = self.count - RECURSIVE_CUTOFF;
            let plural = if n > 1 { "s" } else { "" };
            out.push_str(&format!("  [Previous line repeated {n} more time{plural}]\n"));
        }
        self.count = 0;
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// `traceback.TracebackException`'s limits for printing exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `traceback._ExceptionPrintContext`: how deep in exception groups the printing is.
#[derive(Default)]
struct PrintContext {
    seen: Vec<Value>,
    depth: usize,
    need_close: bool,
    /// `limit=` of `traceback.format_exception`: frames kept per traceback.
    limit: Option<i64>,
    /// Printing as CPython's C printer does, not the `traceback` module: in a group's margin,
    /// only the first line of a multi-line exception message gets the margin.
    c_printer: bool,
    /// The interpreter's own printing of an uncaught exception: each NameError and
    /// AttributeError of the chain ends its line with its "Did you mean" hint.
    suggestions: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends the `Type: message` line of an exception.
    fn emit_exception_line(&self, out: &mut String, line: &str) {
        match line.split_once('\n') {
            Some((first, rest)) if self.c_printer => {
                self.emit(out, &format!("{first}\n"), '|');
                out.push_str(rest);
                out.push('\n');
            }
            _ => self.emit(out, &format!("{line}\n"), '|'),
        }
    }

    /// Appends `text`, every line (blank ones too) behind the group margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The exceptions that keep frame locals, weakly (`Vm::keeping_locals`).
#[derive(Default)]
pub struct KeptLocals {
    exceptions: Vec<std::rc::Weak<InstanceObj>>,
    /// When `exceptions` next drops its dead entries.
    prune_at: usize,
}

impl KeptLocals {
    fn remember(&mut self, exc: &Rc<InstanceObj>) {
        if self.exceptions.len() >= self.prune_at {
            self.exceptions.retain(|w| w.strong_count() > 0);
            self.prune_at = (self.exceptions.len() * 2).max(64);
        }
        self.exceptions.push(Rc::downgrade(exc));
    }
}

/// An exception's traceback at one moment (what CPython's `exc.__traceback__` was then);
/// the default is no traceback.
#[derive(Clone, Default)]
pub struct SavedTraceback {
    entries: Vec<TracebackEntry>,
    through_hidden_frame: bool,
    kept_locals: usize,
}

impl SavedTraceback {
    pub fn of(exc: &Value) -> Option<SavedTraceback> {
        let s = state_of(exc)?.borrow();
        Some(SavedTraceback {
            entries: s.traceback.clone(),
            through_hidden_frame: s.through_hidden_frame,
            kept_locals: s.kept_locals.len(),
        })
    }

    /// `exc.with_traceback(saved)`: the frames added since are dropped, with their locals.
    pub fn restore(&self, exc: &Value) {
        let Some(state) = state_of(exc) else { return };
        let dropped = {
            let mut s = state.borrow_mut();
            // The `traceback` objects made for entries that stay the same stay valid; the
            // rest describe frames no longer there (a second `fut.result()` restores an
            // empty traceback, and its raise adds a new first entry).
            let same = s
                .traceback
                .iter()
                .zip(&self.entries)
                .take_while(|(a, b)| {
                    Rc::ptr_eq(&a.code, &b.code) && a.line == b.line && a.ip == b.ip
                })
                .count();
            s.traceback_objects.truncate(same);
            s.traceback.clone_from(&self.entries);
            s.through_hidden_frame = self.through_hidden_frame;
            let keep = self.kept_locals.min(s.kept_locals.len());
            s.kept_locals.split_off(keep)
        };
        drop(dropped);
    }
}

/// The futures reachable from `roots` in the order a collection that finds them alive re-links
/// them: breadth first from the roots, a list's or tuple's items last-first (CPython's
/// `list_traverse`), a dict's values in order, a cell's content. Serials of the futures.
pub(crate) fn rescue_order<'a>(roots: impl Iterator<Item = &'a Value>) -> Vec<u32> {
    let mut queue: std::collections::VecDeque<Value> = roots.cloned().collect();
    let mut seen: rustc_hash::FxHashSet<usize> = Default::default();
    let mut order = Vec::new();
    // A bound: the ranking only orders reports, a huge graph need not be walked whole.
    let mut budget = 100_000usize;
    while let Some(v) = queue.pop_front() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        let mut first = |p: usize| seen.insert(p);
        match &v {
            Value::Future(f) if first(Rc::as_ptr(f) as usize) => order.push(f.serial),
            Value::List(l) if first(Rc::as_ptr(l) as usize) => {
                queue.extend(l.items.borrow().iter().rev().cloned());
            }
            Value::Tuple(t) if first(Rc::as_ptr(t) as usize) => {
                queue.extend(t.items.iter().rev().cloned());
            }
            Value::Dict(d) if first(Rc::as_ptr(d) as usize) => {
                queue.extend(d.map.borrow().values().cloned());
            }
            Value::Cell(c) if first(Rc::as_ptr(c) as *const () as usize) => {
                if let Some(inner) = c.borrow().as_ref() {
                    queue.push_back(inner.clone());
                }
            }
            // `pending = asyncio.all_tasks(loop)` keeps its tasks as much as a list does.
            Value::Set(s) if first(Rc::as_ptr(s) as usize) => {
                queue.extend(s.items.borrow().iter().map(|k| k.value.clone()));
            }
            // An object's attributes (`self.tasks`), and a deque's items.
            Value::Instance(i) if first(Rc::as_ptr(i) as usize) => {
                queue.extend(i.dict.borrow().iter().map(|(_, v)| v.clone()));
                if let Some(NativeState::Deque(d)) = i.native.as_deref() {
                    queue.extend(d.borrow().items.iter().cloned());
                }
            }
            _ => {}
        }
    }
    order
}

//! The reprs of futures, tasks, handles and loops, exactly as CPython prints them
//! (`<Task pending name='Task-2' coro=<nap() running at main.py:8> wait_for=<Future pending
//! cb=[Task.task_wakeup()]>>`), plus `reprlib.repr`, which those reprs use for results and
//! callback arguments.

use super::event_loop::LoopObj;
use super::future::{DoneCallback, FutState, FutureClass, FutureObj};
use super::handle::{AnyHandle, Callback, HandleObj, TimerHandleObj};
use crate::vm::objects::GenState;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};
use loopscope_trace::well_known;
use std::rc::Rc;

/// `reprlib.Repr` limits.
const MAX_LEVEL: usize = 6;
const MAX_SEQUENCE: usize = 6;
const MAX_DICT: usize = 4;
const MAX_STRING: usize = 30;
const MAX_LONG: usize = 40;
const MAX_OTHER: usize = 30;

/// Keeps the first and last characters of `s`, `...` between (reprlib's elision).
fn elide(s: String, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s;
    }
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let head: String = chars[..i].iter().collect();
    let tail: String = chars[chars.len() - j..].iter().collect();
    format!("{head}...{tail}")
}

impl Vm {
    /// `reprlib.repr(v)`.
    pub fn reprlib_repr(&mut self, v: &Value) -> String {
        self.reprlib_level(v, MAX_LEVEL)
    }

    fn reprlib_level(&mut self, v: &Value, level: usize) -> String {
        let seq =
            |vm: &mut Vm, items: Vec<Value>, open: &str, close: &str, trail: bool| -> String {
                if level == 0 && !items.is_empty() {
                    return format!("{open}...{close}");
                }
                let mut parts: Vec<String> = items
                    .iter()
                    .take(MAX_SEQUENCE)
                    .map(|x| vm.reprlib_level(x, level - 1))
                    .collect();
                if items.len() > MAX_SEQUENCE {
                    parts.push("...".to_string());
                }
                let close =
                    if items.len() == 1 && trail { format!(",{close}") } else { close.to_string() };
                format!("{open}{}{close}", parts.join(", "))
            };
        match v {
            Value::Tuple(t) => seq(self, t.items.to_vec(), "(", ")", true),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                seq(self, items, "[", "]", false)
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.items.borrow().iter().map(|k| k.value.clone()).collect();
                if items.is_empty() {
                    return if s.frozen { "frozenset()".into() } else { "set()".into() };
                }
                let mut sorted = items.clone();
                if self.sort_values(&mut sorted, None, false).is_err() {
                    sorted = items;
                }
                if s.frozen {
                    seq(self, sorted, "frozenset({", "})", false)
                } else {
                    seq(self, sorted, "{", "}", false)
                }
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> =
                    d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect();
                if pairs.is_empty() {
                    return "{}".into();
                }
                if level == 0 {
                    return "{...}".into();
                }
                let mut keys: Vec<Value> = pairs.iter().map(|(k, _)| k.clone()).collect();
                if self.sort_values(&mut keys, None, false).is_err() {
                    keys = pairs.iter().map(|(k, _)| k.clone()).collect();
                }
                let mut parts = Vec::new();
                for k in keys.iter().take(MAX_DICT) {
                    let value = pairs
                        .iter()
                        .find(|(pk, _)| pk.is(k))
                        .map(|(_, v)| v.clone())
                        .unwrap_or(Value::None);
                    let kr = self.reprlib_level(k, level - 1);
                    let vr = self.reprlib_level(&value, level - 1);
                    parts.push(format!("{kr}: {vr}"));
                }
                if pairs.len() > MAX_DICT {
                    parts.push("...".into());
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Str(s) => {
                let text = s.as_str();
                let cut: String = text.chars().take(MAX_STRING).collect();
                let r = loopscope_pyfmt::str_repr(&cut);
                if r.chars().count() > MAX_STRING {
                    let chars: Vec<char> = text.chars().collect();
                    let i = (MAX_STRING - 3) / 2;
                    let j = MAX_STRING - 3 - i;
                    let joined: String = chars[..i.min(chars.len())]
                        .iter()
                        .chain(chars[chars.len().saturating_sub(j)..].iter())
                        .collect();
                    let r = loopscope_pyfmt::str_repr(&joined);
                    let rc: Vec<char> = r.chars().collect();
                    let head: String = rc[..i].iter().collect();
                    let tail: String = rc[rc.len() - j..].iter().collect();
                    format!("{head}...{tail}")
                } else {
                    r
                }
            }
            Value::Int(_) | Value::BigInt(_) => {
                let r = self.repr(v).unwrap_or_default();
                elide(r, MAX_LONG)
            }
            other => match self.repr(other) {
                Ok(r) => elide(r, MAX_OTHER),
                Err(_) => format!(
                    "<{} instance at {}>",
                    self.type_name(other),
                    crate::vm::repr::address_of(other)
                ),
            },
        }
    }

    /// `format_helpers._format_callback_source(func, args)`: `name(args) at file:line` (the
    /// location only for plain Python functions, as `inspect.isfunction` decides). A
    /// `functools.partial` is unwrapped as CPython does: `f(1, b=2)() at file:line`.
    pub fn callback_source(&mut self, func: &Value, args: &[Value]) -> String {
        let parts: Vec<String> = args.iter().map(|a| self.reprlib_repr(a)).collect();
        self.format_callback(func, format!("({})", parts.join(", ")), String::new(), true)
    }

    /// A callback's label in the trace: as `callback_source` without arguments, and with a
    /// partial's bound arguments as `…` (their reprs change while the callback waits, and the
    /// label must stay the same from the callback's adding to its run).
    fn callback_trace_label(&mut self, func: &Value) -> String {
        self.format_callback(func, "()".to_string(), String::new(), false)
    }

    /// `format_helpers._format_callback` then the source location: `arguments` is the
    /// formatted argument list of this call, `suffix` the ones of the partials around it.
    fn format_callback(
        &mut self,
        func: &Value,
        arguments: String,
        suffix: String,
        partial_args: bool,
    ) -> String {
        if let Some(PartialParts { func: inner, args, keywords }) = self.partial_parts(func) {
            let bound = if partial_args {
                let mut items: Vec<String> = args.iter().map(|a| self.reprlib_repr(a)).collect();
                for (k, v) in &keywords {
                    items.push(format!("{k}={}", self.reprlib_repr(v)));
                }
                format!("({})", items.join(", "))
            } else if args.is_empty() && keywords.is_empty() {
                "()".to_string()
            } else {
                "(…)".to_string()
            };
            return self.format_callback(&inner, bound, arguments + &suffix, partial_args);
        }
        let name = match func {
            Value::Function(f) => f.display_qualname().to_string(),
            Value::Builtin(b) => crate::vm::repr::builtin_qualname(b),
            Value::BoundMethod(m) => match &m.function {
                Value::Function(f) => f.display_qualname().to_string(),
                other => self.repr(other).unwrap_or_default(),
            },
            Value::Class(c) => c.qualname.to_string(),
            // A coroutine or generator object has a `__qualname__` too (no source, though).
            Value::Gen(g) => g.qualname.to_string(),
            Value::NativeCoro(c) => c.qualname.to_string(),
            other => self.repr(other).unwrap_or_default(),
        };
        if let Value::Function(f) = func {
            if f.code.is_library {
                if let Some((name, location)) = cpython_callback(&f.code.filename, &name) {
                    return format!("{name}{arguments}{suffix} at {location}");
                }
            }
        }
        let mut s = format!("{name}{arguments}{suffix}");
        match func {
            Value::Function(f) => {
                let line = cpython_def_line(&f.code).unwrap_or(f.code.first_line);
                s.push_str(&format!(" at {}:{line}", f.code.filename));
            }
            // asyncio's functions that are Python code in CPython (`ensure_future`).
            Value::Builtin(b) => {
                if let Some(location) = super::api::python_function_source(b) {
                    s.push_str(&format!(" at {location}"));
                }
            }
            _ => {}
        }
        s
    }

    /// `func`, `args` and `keywords` of a `functools.partial` (the library's Python class, or
    /// a subclass of it), read without running program code, so recording a trace cannot
    /// change what the program does.
    fn partial_parts(&self, v: &Value) -> Option<PartialParts> {
        let state = crate::stdlib::library_support::partial_state(v)?;
        let keywords = state
            .keywords
            .map
            .borrow()
            .iter()
            .filter_map(|(k, v)| k.value.as_str().map(|k| (k.to_string(), v.clone())))
            .collect();
        Some(PartialParts { func: state.func, args: state.args, keywords })
    }

    /// The string id of a handle's label in the trace: what it runs, without arguments (the
    /// page shows the handle's target next to it). asyncio's own callbacks have fixed ids.
    pub(crate) fn trace_callback_label(&mut self, cb: &Callback) -> u32 {
        match cb {
            Callback::TaskStep { .. } => well_known::TASK_STEP,
            Callback::Done { callback, .. } => self.trace_done_label(callback),
            Callback::SetResultUnlessCancelled { .. } => well_known::SLEEP_TIMER,
            Callback::ReleaseWaiter { .. } => well_known::RELEASE_WAITER,
            Callback::Python { func, .. } => self.python_callback_trace_label(func),
        }
    }

    /// The trace label of a Python callback, remembered for library functions
    /// (`CallbackLabelIds`).
    fn python_callback_trace_label(&mut self, func: &Value) -> u32 {
        use crate::vm::tracing::CallbackLabelIds;
        let key = CallbackLabelIds::key(func);
        if let Some(id) = key.and_then(|(f, bound)| self.callback_label_ids.get(f, bound)) {
            return id;
        }
        let label = self.callback_trace_label(func);
        let id = self.trace.intern(&label);
        if let Some((f, bound)) = key {
            self.callback_label_ids.set(f, bound, id);
        }
        id
    }

    /// The trace label of a done callback (the same when it is added, removed and scheduled).
    pub(crate) fn trace_done_label(&mut self, cb: &DoneCallback) -> u32 {
        match cb {
            DoneCallback::TaskWakeup(_) => well_known::TASK_WAKEUP,
            DoneCallback::RunUntilComplete => well_known::RUN_UNTIL_COMPLETE_DONE,
            DoneCallback::GatherChild(_) => well_known::GATHER_DONE,
            DoneCallback::ReleaseWaiter(_) => well_known::RELEASE_WAITER,
            DoneCallback::Python(f, _) => self.python_callback_trace_label(f),
        }
    }

    /// The description of a handle's callback (what `Handle.__repr__` shows).
    pub(crate) fn callback_label(&mut self, cb: &Callback) -> String {
        match cb {
            // CPython's task schedules its step as a C method wrapper object.
            Callback::TaskStep { task, .. } => {
                let task = Value::Future(task.clone());
                format!("<TaskStepMethWrapper object at {}>()", crate::vm::repr::address_of(&task))
            }
            Callback::Done { callback: DoneCallback::Python(func, _), future } => {
                // Called with the future as its argument, after a partial's own arguments.
                self.callback_source(func, &[Value::Future(future.clone())])
            }
            Callback::Done { callback, future } => {
                let label = callback.label(self);
                // The done callback is called with the future as its argument.
                match label.find('(') {
                    Some(open) if label[open..].starts_with("()") => {
                        let arg = self.reprlib_repr(&Value::Future(future.clone()));
                        format!("{}({arg}){}", &label[..open], &label[open + 2..])
                    }
                    _ => label,
                }
            }
            Callback::SetResultUnlessCancelled { future, value } => {
                let f = self.reprlib_repr(&Value::Future(future.clone()));
                let v = self.reprlib_repr(value);
                format!("_set_result_unless_cancelled({f}, {v}) at <stdlib>/asyncio/futures.py:311")
            }
            Callback::ReleaseWaiter { waiter } => {
                let w = self.reprlib_repr(&Value::Future(waiter.clone()));
                format!("_release_waiter({w}) at <stdlib>/asyncio/tasks.py:431")
            }
            Callback::Python { func, args, .. } => self.callback_source(func, args),
        }
    }

    /// `repr(future)` / `repr(task)`, with reprlib's guard against recursion.
    pub fn future_repr(&mut self, f: &Rc<FutureObj>) -> PyResult<String> {
        let key = Rc::as_ptr(f) as usize;
        if self.repr_in_progress.contains(&key) {
            return Ok("...".to_string());
        }
        self.repr_in_progress.push(key);
        let r = self.future_repr_inner(f);
        self.repr_in_progress.retain(|k| *k != key);
        r
    }

    fn future_repr_inner(&mut self, f: &Rc<FutureObj>) -> PyResult<String> {
        let mut info = vec![f.state.get().name().to_string()];
        if f.state.get() == FutState::Finished {
            let (exc, result) = {
                let inner = f.inner.borrow();
                (inner.exception.clone(), inner.result.clone())
            };
            match exc {
                Some(e) => info.push(format!("exception={}", self.repr(&e)?)),
                None => {
                    let r = self.reprlib_repr(&result.unwrap_or(Value::None));
                    info.push(format!("result={r}"));
                }
            }
        }
        let callbacks = f.inner.borrow().callbacks.clone();
        if !callbacks.is_empty() {
            let labels: Vec<String> = match callbacks.len() {
                1 => vec![callbacks[0].label(self)],
                2 => vec![callbacks[0].label(self), callbacks[1].label(self)],
                n => vec![
                    callbacks[0].label(self),
                    format!("<{} more>", n - 2),
                    callbacks[n - 1].label(self),
                ],
            };
            info.push(format!("cb=[{}]", labels.join(", ")));
        }
        if let Some(site) = self.asyncio.future_created_at.get(&f.serial) {
            info.push(format!("created at {site}"));
        }
        if let FutureClass::Task(task) = &f.class {
            if task.num_cancels_requested.get() > 0 && !f.done() {
                info[0] = "cancelling".to_string();
            }
            let name = task.name.borrow().clone();
            info.insert(1, format!("name={}", loopscope_pyfmt::str_repr(&name)));
            let coro = self.coroutine_description(&task.coro);
            info.insert(2, format!("coro=<{coro}>"));
            let waiter = task.fut_waiter.borrow().clone();
            if let Some(w) = waiter {
                let wr = self.future_repr(&w)?;
                info.insert(3, format!("wait_for={wr}"));
            } else if let Some(duck) = self.asyncio.duck_waiters.get(&f.serial).cloned() {
                let wr = self.repr(&duck)?;
                info.insert(3, format!("wait_for={wr}"));
            }
        }
        Ok(format!("<{} {}>", f.class_name(), info.join(" ")))
    }

    /// `coroutines._format_coroutine`: `main() running at main.py:7` or `main() done, defined
    /// at main.py:5`.
    pub(crate) fn coroutine_description(&self, coro: &Value) -> String {
        match coro {
            Value::Gen(g) if g.code.is_library && is_accelerated(&g.code.filename, &g.qualname) => {
                accelerated_description(g)
            }
            Value::Gen(g) => {
                let name = format!("{}()", g.qualname);
                let file = &g.code.filename;
                let line = match g.state.get() {
                    GenState::Closed => None,
                    GenState::Running => Some(
                        self.running_frame_of(g).map_or(g.last_line.get(), |f| f.current_line()),
                    ),
                    GenState::Created => Some(g.code.first_line),
                    GenState::Suspended => Some(
                        g.frame
                            .borrow()
                            .as_ref()
                            .map(|f| f.current_line())
                            .unwrap_or(g.last_line.get()),
                    ),
                };
                match line {
                    Some(l) => format!("{name} running at {file}:{l}"),
                    None => format!("{name} done, defined at {file}:{}", g.code.first_line),
                }
            }
            // `coroutines._format_coroutine` of an object without `__name__` (the awaitables of
            // async generators).
            Value::NativeCoro(c) if crate::vm::async_gen::AWAITABLE_TYPES.contains(&c.name) => {
                format!("<{} without __name__>()", c.name)
            }
            Value::NativeCoro(c) => native_coro_description(c),
            other => other.kind_name().to_string(),
        }
    }

    /// `repr(handle)`.
    pub fn handle_repr(&mut self, h: &HandleObj) -> PyResult<String> {
        self.handle_fields_repr(h, None)
    }

    /// `repr(timer_handle)`.
    pub fn timer_handle_repr(&mut self, t: &TimerHandleObj) -> PyResult<String> {
        let when = match t.when_value() {
            Value::Int(i) => i.to_string(),
            _ => loopscope_pyfmt::float_repr(t.when),
        };
        self.handle_fields_repr(&t.handle, Some(when))
    }

    /// The repr of a handle or a timer handle, whichever it is.
    pub(crate) fn any_handle_repr(&mut self, h: &AnyHandle) -> PyResult<String> {
        match h {
            AnyHandle::Handle(h) => self.handle_repr(h),
            AnyHandle::TimerHandle(t) => self.timer_handle_repr(t),
        }
    }

    /// `Handle.__repr__`, with `TimerHandle`'s `when=` when there is a deadline.
    fn handle_fields_repr(&mut self, h: &HandleObj, when: Option<String>) -> PyResult<String> {
        if let Some(kept) = self.asyncio.handle_cancelled_repr.get(&h.serial) {
            return Ok(kept.to_string());
        }
        let class = if when.is_some() { "TimerHandle" } else { "Handle" };
        let mut info = vec![class.to_string()];
        if h.cancelled.get() {
            info.push("cancelled".to_string());
        }
        if let Some(when) = when {
            let pos = if h.cancelled.get() { 2 } else { 1 };
            info.insert(pos, format!("when={when}"));
        }
        let callback = h.callback.borrow().clone();
        // A handle made with `None` as its callback shows none, as a cancelled one.
        if let Some(cb) =
            callback.filter(|cb| !matches!(cb, Callback::Python { func: Value::None, .. }))
        {
            info.push(self.callback_label(&cb));
        }
        if let Some(site) = self.asyncio.handle_created_at.get(&h.serial) {
            info.push(format!("created at {site}"));
        }
        Ok(format!("<{}>", info.join(" ")))
    }

    pub fn loop_repr(&self, l: &LoopObj) -> String {
        let s = l.state.borrow();
        let b = |x: bool| if x { "True" } else { "False" };
        format!(
            "<_UnixSelectorEventLoop running={} closed={} debug={}>",
            b(s.running),
            b(s.closed),
            b(s.debug)
        )
    }
}

/// Where CPython's `sleep` waits, from where the Python `sleep` of lib/asyncio/tasks.py waits
/// (`at`, counted from its `def` line): its `await _Sleep0()` is 3 lines down, its
/// `return await future` 9.
fn python_sleep_waiting_line(at: u32, def_line: u32) -> Option<u32> {
    match at.checked_sub(def_line)? {
        3 => Some(super::native::SLEEP0_LINE),
        9 => Some(super::native::SLEEP_AWAIT_LINE),
        _ => None,
    }
}

/// The same for the Python `wait_for` (lib/asyncio/tasks.py): its awaits, by their offset
/// from its `def`, to the lines of CPython's (as `WaitFor::waiting_line`).
fn python_wait_for_waiting_line(at: u32, def_line: u32) -> Option<u32> {
    match at.checked_sub(def_line)? {
        5 => Some(452),
        10 => Some(460),
        22 => Some(476),
        27 => Some(485),
        32 => Some(495),
        _ => None,
    }
}

/// What a `functools.partial` holds: the wrapped callable and its bound arguments.
struct PartialParts {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(String, Value)>,
}

/// The library's Python coroutines that have native accelerators (`RunConfig::python_asyncio`).
fn is_accelerated(filename: &str, qualname: &str) -> bool {
    filename == "<stdlib>/asyncio/tasks.py" && matches!(qualname, "sleep" | "wait_for")
}

/// How a callback of the Python library reads in reprs: CPython's name and location for the
/// ones the native code also uses (so reprs do not depend on `python_asyncio`).
fn cpython_callback(filename: &str, qualname: &str) -> Option<(&'static str, &'static str)> {
    if filename == "<stdlib>/asyncio/futures.py" {
        return cpython_futures_callback(qualname);
    }
    if filename != "<stdlib>/asyncio/tasks.py" {
        return None;
    }
    Some(match qualname {
        // Threads (issue 14).
        "run_coroutine_threadsafe.<locals>.callback" => {
            ("run_coroutine_threadsafe.<locals>.callback", "<stdlib>/asyncio/tasks.py:926")
        }
        "gather.<locals>._done_callback" => {
            ("gather.<locals>._done_callback", "<stdlib>/asyncio/tasks.py:764")
        }
        "_release_waiter" => ("_release_waiter", "<stdlib>/asyncio/tasks.py:431"),
        "_set_result_unless_cancelled" => {
            ("_set_result_unless_cancelled", "<stdlib>/asyncio/futures.py:311")
        }
        _ => return None,
    })
}

/// The callbacks `wrap_future` and `run_coroutine_threadsafe` chain futures with
/// (`lib/asyncio/futures.py`), at CPython's lines (threads, issue 14).
fn cpython_futures_callback(qualname: &str) -> Option<(&'static str, &'static str)> {
    Some(match qualname {
        "_chain_future.<locals>._set_state" => {
            ("_chain_future.<locals>._set_state", "<stdlib>/asyncio/futures.py:381")
        }
        "_chain_future.<locals>._call_check_cancel" => {
            ("_chain_future.<locals>._call_check_cancel", "<stdlib>/asyncio/futures.py:387")
        }
        "_chain_future.<locals>._call_set_state" => {
            ("_chain_future.<locals>._call_set_state", "<stdlib>/asyncio/futures.py:394")
        }
        _ => return None,
    })
}

/// Where CPython defines the library coroutines Loopscope implements natively, for reprs.
fn native_source(qualname: &str) -> (&'static str, u32) {
    match qualname {
        "sleep" => ("<stdlib>/asyncio/tasks.py", 637),
        "wait_for" => ("<stdlib>/asyncio/tasks.py", 436),
        "_wrap_awaitable" => ("<stdlib>/asyncio/tasks.py", 687),
        "BaseEventLoop.shutdown_asyncgens" => ("<stdlib>/asyncio/base_events.py", 539),
        "BaseEventLoop.shutdown_default_executor" => ("<stdlib>/asyncio/base_events.py", 564),
        _ => ("<stdlib>/asyncio/tasks.py", 0),
    }
}

/// The Python `sleep`/`wait_for` (the `python_asyncio` setting) read as the native
/// accelerators do: CPython's file and lines.
fn accelerated_description(g: &crate::vm::objects::GenObj) -> String {
    let name = format!("{}()", g.qualname);
    let (file, line) = native_source(&g.qualname);
    let waiting = match g.state.get() {
        GenState::Suspended if &*g.qualname == "sleep" => {
            let at = g.frame.borrow().as_ref().map(|f| f.current_line());
            python_sleep_waiting_line(at.unwrap_or(0), g.code.first_line)
        }
        GenState::Suspended if &*g.qualname == "wait_for" => {
            let at = g.frame.borrow().as_ref().map(|f| f.current_line());
            python_wait_for_waiting_line(at.unwrap_or(0), g.code.first_line)
        }
        _ => None,
    };
    match g.state.get() {
        GenState::Closed => format!("{name} done, defined at {file}:{line}"),
        _ => format!("{name} running at {file}:{}", waiting.unwrap_or(line)),
    }
}

/// What `coroutines._format_coroutine` says of a native coroutine standing in for one of
/// asyncio's Python coroutines (`wait_for() done, defined at ...`).
fn native_coro_description(c: &crate::vm::objects::NativeCoroObj) -> String {
    let name = format!("{}()", c.qualname);
    let (file, line) = native_source(c.qualname);
    match c.state.get() {
        GenState::Closed => format!("{name} done, defined at {file}:{line}"),
        // Suspended in its `yield from`.
        GenState::Suspended | GenState::Running if c.qualname == "_wrap_awaitable" => {
            format!("{name} running at {file}:{}", line + 7)
        }
        GenState::Suspended => {
            let waiting = c.body.try_borrow().ok().and_then(|b| b.waiting_line());
            format!("{name} running at {file}:{}", waiting.unwrap_or(line))
        }
        _ => format!("{name} running at {file}:{line}"),
    }
}

/// The repr of a future being destroyed, for the messages printed at that moment (no
/// interpreter is at hand, so results and exceptions use the trace's safe repr).
pub fn dying_future_repr(f: &FutureObj, exc: &Value) -> String {
    let mut info = vec![f.state.get().name().to_string()];
    if let FutureClass::Task(task) = &f.class {
        // As the live repr: a task asked to cancel that has not finished is "cancelling".
        if task.num_cancels_requested.get() > 0 && !f.done() {
            info[0] = "cancelling".to_string();
        }
        info.push(format!("name={}", loopscope_pyfmt::str_repr(&task.name.borrow())));
        let coro = match &task.coro {
            Value::Gen(g) if g.code.is_library && is_accelerated(&g.code.filename, &g.qualname) => {
                accelerated_description(g)
            }
            Value::Gen(g) => {
                let name = format!("{}()", g.qualname);
                match g.state.get() {
                    GenState::Closed => {
                        format!("{name} done, defined at {}:{}", g.code.filename, g.code.first_line)
                    }
                    GenState::Created => {
                        format!("{name} running at {}:{}", g.code.filename, g.code.first_line)
                    }
                    _ => {
                        let line = g
                            .frame
                            .borrow()
                            .as_ref()
                            .map(|f| f.current_line())
                            .unwrap_or(g.last_line.get());
                        format!("{name} running at {}:{line}", g.code.filename)
                    }
                }
            }
            Value::NativeCoro(c) if crate::vm::async_gen::AWAITABLE_TYPES.contains(&c.name) => {
                format!("<{} without __name__>()", c.name)
            }
            Value::NativeCoro(c) => native_coro_description(c),
            _ => String::new(),
        };
        info.push(format!("coro=<{coro}>"));
        if let Some(labels) = dying_callback_labels(&f.inner.borrow().callbacks) {
            info.push(format!("cb=[{}]", labels.join(", ")));
        }
        // Only a waiter already done can be left when a pending task dies by its count (one
        // still pending would hold the task through its callbacks).
        if let Some(waiter) = task.fut_waiter.borrow().as_ref() {
            info.push(format!("wait_for={}", dying_waiter_repr(waiter)));
        }
    }
    if !exc.is_none() {
        info.push(format!("exception={}", crate::safe_repr::exception_repr(exc)));
    }
    format!("<{} {}>", f.class_name(), info.join(" "))
}

/// The `cb=[...]` of a dying future, where each callback can be named without running
/// anything (a function, a built-in, asyncio's own); `None` when there are none or one
/// would need a repr.
fn dying_callback_labels(callbacks: &[super::future::DoneCallback]) -> Option<Vec<String>> {
    use super::future::DoneCallback;
    let label = |cb: &DoneCallback| -> Option<String> {
        if let Some(label) = cb.fixed_label() {
            return Some(label.to_string());
        }
        Some(match cb {
            DoneCallback::Python(Value::Builtin(b), _) => {
                let name = crate::vm::repr::builtin_qualname(b);
                match super::api::python_function_source(b) {
                    Some(location) => format!("{name}() at {location}"),
                    None => format!("{name}()"),
                }
            }
            DoneCallback::Python(Value::Function(f), _) => {
                let name = f.display_qualname().to_string();
                if f.code.is_library {
                    if let Some((name, location)) = cpython_callback(&f.code.filename, &name) {
                        return Some(format!("{name}() at {location}"));
                    }
                }
                let line = cpython_def_line(&f.code).unwrap_or(f.code.first_line);
                format!("{name}() at {}:{line}", f.code.filename)
            }
            _ => return None,
        })
    };
    let labels = match callbacks {
        [] => return None,
        [one] => vec![label(one)?],
        [a, b] => vec![label(a)?, label(b)?],
        [first, .., last] => {
            vec![label(first)?, format!("<{} more>", callbacks.len() - 2), label(last)?]
        }
    };
    Some(labels)
}

/// A dying task's `wait_for=`: its (finished) waiter as `_future_repr_info` shows one, the
/// result through the trace's safe repr.
fn dying_waiter_repr(waiter: &FutureObj) -> String {
    let (exception, result) = {
        let inner = waiter.inner.borrow();
        (inner.exception.clone(), inner.result.clone())
    };
    let repr = dying_future_repr(waiter, exception.as_ref().unwrap_or(&Value::None));
    match (waiter.state.get(), exception, repr.strip_suffix('>')) {
        (FutState::Finished, None, Some(open)) => {
            let result = crate::safe_repr::safe_repr(&result.unwrap_or(Value::None));
            format!("{open} result={result}>")
        }
        _ => repr,
    }
}

/// Callbacks defined in our library code (crates/engine/lib) that show in task and future
/// reprs (`cb=[shield.<locals>._inner_done_callback() at <stdlib>/asyncio/tasks.py:891]`):
/// the line CPython 3.11's module defines them at, since our source has other line numbers.
const CPYTHON_DEF_LINES: &[(&str, &str, u32)] = &[
    ("<stdlib>/asyncio/tasks.py", "_wait.<locals>._on_completion", 519),
    ("<stdlib>/asyncio/tasks.py", "as_completed.<locals>._on_timeout", 596),
    ("<stdlib>/asyncio/tasks.py", "as_completed.<locals>._on_completion", 602),
    ("<stdlib>/asyncio/tasks.py", "shield.<locals>._inner_done_callback", 891),
    ("<stdlib>/asyncio/tasks.py", "shield.<locals>._outer_done_callback", 908),
    ("<stdlib>/asyncio/streams.py", "StreamReaderProtocol.connection_made.<locals>.callback", 248),
];

fn cpython_def_line(code: &crate::compiler::code::CodeObj) -> Option<u32> {
    if !code.is_library {
        return None;
    }
    CPYTHON_DEF_LINES
        .iter()
        .find(|(file, qualname, _)| *file == &*code.filename && *qualname == &*code.qualname)
        .map(|(_, _, line)| *line)
}

//! What the library's streams and thread pools tell the trace (issues 13 and 14), in the
//! pattern of `sync_trace`: a `StreamReader` a task waits on (what for, and how full its
//! buffer is), a stream protocol whose `drain()` waits (how much its transport holds above
//! the high-water mark), a `ThreadPoolExecutor`'s pending work items and its workers. Each is
//! a trace "sync" (`sync_new`/`sync_state`/`sync_join`/`sync_leave`), so the Locks & queues
//! panel lists it and the Tasks panel says what a waiting task waits for. The library calls
//! these next to the statements they describe (on the same lines, so CPython's line numbers
//! stay); they do nothing when no trace is recorded.

use crate::safe_repr::safe_repr;
use crate::vm::call::check_arity;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use loopscope_trace::{Event, SyncKind, SyncRole};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, VecDeque};

/// What the trace was told so far about streams and executors.
#[derive(Default)]
pub struct PageTrace {
    /// The future each stream sync's waiting task awaits (left when the wait ends).
    waits: FxHashMap<u32, u32>,
    executors: FxHashMap<u32, Executor>,
    /// Thread names `threading` gave (by thread index), for the executors' worker rows.
    pub thread_names: Vec<String>,
}

/// A thread pool as the page shows it.
#[derive(Default)]
struct Executor {
    /// Submitted, not yet taken: (the work item's address, what it calls).
    pending: VecDeque<(usize, String)>,
    /// Its workers by thread index: what each runs (`None`: idle).
    workers: BTreeMap<u32, Option<String>>,
}

/// `64 KiB`, `12 B`: a buffer size.
fn size(n: i64) -> String {
    let n = n.max(0) as f64;
    if n < 1024.0 {
        format!("{n} B")
    } else if n < 1024.0 * 1024.0 {
        let k = n / 1024.0;
        if k.fract() == 0.0 {
            format!("{k} KiB")
        } else {
            format!("{k:.1} KiB")
        }
    } else {
        format!("{:.1} MiB", n / (1024.0 * 1024.0))
    }
}

fn int(args: &Args, i: usize) -> i64 {
    match args.pos.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

/// The trace id of `obj` (made now, of `kind`, if it has none).
fn sync_for(vm: &mut Vm, obj: Option<&Value>, kind: SyncKind) -> Option<u32> {
    let Some(Value::Instance(obj)) = obj else { return None };
    if let Some(id) = vm.asyncio.sync_ids.get(obj) {
        return Some(id);
    }
    let sync = vm.asyncio.sync_ids.add(obj);
    vm.emit(Event::SyncNew { sync, kind });
    Some(sync)
}

fn set_state(vm: &mut Vm, sync: u32, text: &str) {
    let state = vm.trace.intern(text);
    vm.emit(Event::SyncState { sync, state });
}

/// Leaves the future the stream's waiter joined with, if any.
fn leave(vm: &mut Vm, sync: u32) {
    if let Some(future) = vm.asyncio.page_trace.waits.remove(&sync) {
        vm.emit(Event::SyncLeave { sync, future });
    }
}

fn join(vm: &mut Vm, sync: u32, future: Option<&Value>) {
    if let Some(Value::Future(f)) = future {
        let future = f.serial;
        vm.asyncio.page_trace.waits.insert(sync, future);
        vm.emit(Event::SyncJoin { sync, role: SyncRole::Waiter, future });
    }
}

/// `_trace_stream_wait(reader, waiter, func_name, buffered, limit)`: a task waits in
/// `reader._wait_for_data(func_name)` on `waiter` with `buffered` bytes in the buffer.
pub(crate) fn stream_wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_stream_wait", &args, 5, 5)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let Some(sync) = sync_for(vm, args.pos.first(), SyncKind::StreamReader) else {
        return Ok(Value::None);
    };
    let what = match args.pos.get(2) {
        Some(Value::Str(s)) if s.as_str() == "readuntil" => "a line",
        Some(Value::Str(s)) if s.as_str() == "readexactly" => "more bytes",
        _ => "data",
    };
    let text = format!(
        "waits for {what}: reader buffer {} (limit {})",
        size(int(&args, 3)),
        size(int(&args, 4))
    );
    leave(vm, sync);
    set_state(vm, sync, &text);
    join(vm, sync, args.pos.get(1));
    Ok(Value::None)
}

/// `_trace_stream_woken(reader, buffered)`: the reader's wait ended (data, EOF, an error or
/// a cancellation).
pub(crate) fn stream_woken(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_stream_woken", &args, 2, 2)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let Some(Value::Instance(obj)) = args.pos.first() else { return Ok(Value::None) };
    let Some(sync) = vm.asyncio.sync_ids.get(obj) else { return Ok(Value::None) };
    leave(vm, sync);
    set_state(vm, sync, &format!("woke with {} in the reader buffer", size(int(&args, 1))));
    Ok(Value::None)
}

/// `_trace_stream_drain(protocol, waiter, queued, high)`: a task waits in `drain()` while
/// the transport holds `queued` bytes, above its high-water mark `high`.
pub(crate) fn stream_drain(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_stream_drain", &args, 4, 4)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let Some(sync) = sync_for(vm, args.pos.first(), SyncKind::StreamWriter) else {
        return Ok(Value::None);
    };
    let text = format!(
        "drain: {} queued above the high-water mark {}",
        size(int(&args, 2)),
        size(int(&args, 3))
    );
    leave(vm, sync);
    set_state(vm, sync, &text);
    join(vm, sync, args.pos.get(1));
    Ok(Value::None)
}

/// `_trace_stream_drained(protocol)`: the `drain()` wait ended.
pub(crate) fn stream_drained(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_stream_drained", &args, 1, 1)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let Some(Value::Instance(obj)) = args.pos.first() else { return Ok(Value::None) };
    let Some(sync) = vm.asyncio.sync_ids.get(obj) else { return Ok(Value::None) };
    leave(vm, sync);
    set_state(vm, sync, "writing (under the high-water mark)");
    Ok(Value::None)
}

/// What a work item calls, in a few words: `blocking_io()` (through a `functools.partial`,
/// as `to_thread` submits, the function inside).
fn work_label(item: Option<&Value>) -> String {
    let Some(Value::Instance(item)) = item else { return "?".to_string() };
    let f = item.dict.borrow().get("fn").cloned();
    callable_label(f.as_ref(), 0)
}

fn callable_label(f: Option<&Value>, depth: u32) -> String {
    match f {
        Some(Value::Function(f)) => format!("{}()", f.qualname),
        Some(Value::Builtin(b)) => format!("{}()", b.name),
        Some(v @ Value::Instance(_)) if depth < 4 => {
            let Some(partial) = crate::stdlib::library_support::partial_state(v) else {
                return safe_repr(v);
            };
            // `to_thread` submits `partial(ctx.run, func, ...)`: what runs is `func`.
            if is_context_run(Some(&partial.func)) {
                return callable_label(partial.args.first(), depth + 1);
            }
            callable_label(Some(&partial.func), depth + 1)
        }
        Some(other) => safe_repr(other),
        None => "?".to_string(),
    }
}

/// `contextvars.Context.run` bound to a context.
fn is_context_run(f: Option<&Value>) -> bool {
    let Some(Value::BoundMethod(m)) = f else { return false };
    let Value::Function(run) = &m.function else { return false };
    let Value::Instance(receiver) = &m.receiver else { return false };
    &*run.name == "run" && &*receiver.class.name == "Context"
}

fn item_key(item: Option<&Value>) -> usize {
    match item {
        Some(Value::Instance(i)) => std::rc::Rc::as_ptr(i) as usize,
        _ => 0,
    }
}

/// `_trace_executor(executor, event, work_item)`: `submit` (queued), `take` (the running
/// worker took it; `None`: a shutdown signal), `done` (the worker finished its item),
/// `cancel` (shutdown dropped it), `exit` (the worker ends).
pub(crate) fn executor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_executor", &args, 3, 3)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let Some(sync) = sync_for(vm, args.pos.first(), SyncKind::ThreadPoolExecutor) else {
        return Ok(Value::None);
    };
    let thread = vm.threads.current as u32;
    let item = args.pos.get(2).filter(|v| !matches!(v, Value::None));
    let key = item_key(item);
    let event = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let pt = &mut vm.asyncio.page_trace;
    let e = pt.executors.entry(sync).or_default();
    match event.as_str() {
        "submit" => e.pending.push_back((key, work_label(item))),
        "take" => {
            let label =
                e.pending.iter().position(|(k, _)| *k == key).and_then(|i| e.pending.remove(i));
            e.workers.insert(thread, label.map(|(_, l)| l));
        }
        "done" => {
            e.workers.insert(thread, None);
        }
        "cancel" => e.pending.retain(|(k, _)| *k != key),
        "exit" => {
            e.workers.remove(&thread);
        }
        _ => {}
    }
    let text = executor_text(e, &pt.thread_names);
    set_state(vm, sync, &text);
    Ok(Value::None)
}

/// `pending [f(), g()] · ThreadPoolExecutor-0_0 runs f() · ThreadPoolExecutor-0_1 idle`.
fn executor_text(e: &Executor, names: &[String]) -> String {
    let mut parts = Vec::new();
    if e.pending.is_empty() {
        parts.push("no work pending".to_string());
    } else {
        let shown: Vec<&str> = e.pending.iter().take(8).map(|(_, l)| l.as_str()).collect();
        let more = if e.pending.len() > 8 { ", ..." } else { "" };
        parts.push(format!("{} pending [{}{more}]", e.pending.len(), shown.join(", ")));
    }
    for (thread, work) in &e.workers {
        let name = names
            .get(*thread as usize)
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| format!("Thread #{thread}"));
        match work {
            Some(w) => parts.push(format!("{name} runs {w}")),
            None => parts.push(format!("{name} idle")),
        }
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_at_a_glance() {
        assert_eq!(super::size(12), "12 B");
        assert_eq!(super::size(65536), "64 KiB");
        assert_eq!(super::size(300 * 1024 + 100), "300.1 KiB");
        assert_eq!(super::size(3 * 1024 * 1024), "3.0 MiB");
    }
}

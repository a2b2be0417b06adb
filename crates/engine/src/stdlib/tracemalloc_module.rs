//! `_tracemalloc` (C in CPython; `tracemalloc` is library Python over it), for what asyncio
//! programs use it for: `tracemalloc.start()` so that a coroutine that was never awaited is
//! reported with where it was created ("Object allocated at (most recent call last):")
//! instead of the hint to enable tracemalloc.
//!
//! While tracing (`Vm::tracemalloc_frames`), each coroutine object records the innermost
//! `nframe` frames of its creation, by serial, in a table that a coroutine's death empties. Memory sizes (`get_traced_memory`,
//! snapshots) are CPython's allocator's and are not modelled: not supported yet.

use crate::vm::call::check_arity;
use crate::vm::coroutine_origin::CallSite;
use crate::vm::modules::native_module;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where an object was created, innermost frame first.
pub type AllocatedAt = Rc<[CallSite]>;

thread_local! {
    /// The `nframe` of the last `start` (kept by `stop`, as CPython keeps it).
    static LIMIT: Cell<u16> = const { Cell::new(1) };
    /// Coroutine serial → where it was created, for coroutines created while tracing.
    static TRACES: RefCell<FxHashMap<u32, AllocatedAt>> = RefCell::new(FxHashMap::default());
    /// Whether `TRACES` may hold anything (a coroutine's death then looks itself up).
    static ANY: Cell<bool> = const { Cell::new(false) };
}

/// A new run starts without tracing.
pub fn reset() {
    LIMIT.with(|l| l.set(1));
    clear();
}

fn clear() {
    TRACES.with(|t| t.borrow_mut().clear());
    ANY.with(|a| a.set(false));
}

pub fn record(serial: u32, at: AllocatedAt) {
    TRACES.with(|t| t.borrow_mut().insert(serial, at));
    ANY.with(|a| a.set(true));
    crate::vm::coroutine_origin::note_creation_recorded();
}

/// Where coroutine `serial` was created, forgetting it (the coroutine is dying).
#[inline]
pub fn forget(serial: u32) -> Option<AllocatedAt> {
    if !ANY.with(Cell::get) {
        return None;
    }
    forget_traced(serial)
}

#[cold]
#[inline(never)]
fn forget_traced(serial: u32) -> Option<AllocatedAt> {
    TRACES.with(|t| t.borrow_mut().remove(&serial))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start", start),
    ("stop", stop),
    ("is_tracing", is_tracing_fn),
    ("get_traceback_limit", get_traceback_limit),
    ("clear_traces", clear_traces),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("_tracemalloc", FUNCTIONS)
}

/// `start(nframe=1)`.
fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "start", &args, 0, 1)?;
    let nframe = match args.pos.first() {
        None => 1,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            let msg =
                format!("'{}' object cannot be interpreted as an integer", vm.type_name(other));
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
    };
    if !(1..=65535).contains(&nframe) {
        return Err(
            vm.new_error(ExcKind::ValueError, "the number of frames must be in range [1; 65535]")
        );
    }
    // Already tracing: CPython keeps the hook and the frame count it started with.
    if vm.tracemalloc_frames == 0 {
        vm.tracemalloc_frames = nframe as u16;
        LIMIT.with(|l| l.set(nframe as u16));
    }
    Ok(Value::None)
}

/// `stop()`: tracing ends and the traces are cleared, as in CPython.
fn stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "stop", &args, 0, 0)?;
    vm.tracemalloc_frames = 0;
    clear();
    Ok(Value::None)
}

fn is_tracing_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "is_tracing", &args, 0, 0)?;
    Ok(Value::Bool(vm.tracemalloc_frames > 0))
}

/// The `nframe` of the last `start` (1 before any).
fn get_traceback_limit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "get_traceback_limit", &args, 0, 0)?;
    Ok(Value::Int(i64::from(LIMIT.with(Cell::get))))
}

fn clear_traces(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "clear_traces", &args, 0, 0)?;
    clear();
    Ok(Value::None)
}

//! The loop's methods that meet threads (issue 14): `run_in_executor`,
//! `set_default_executor` and `shutdown_default_executor` are Python in CPython's
//! `base_events.py`, and Python here too (`lib/asyncio/base_events.py`); the native loop's
//! methods call them with the loop first. The loop keeps its default executor and the
//! "shutdown called" flag (`LoopState::default_executor`, `executor_shutdown_called`), which
//! the Python side reads and writes through two private functions of `asyncio`.

use super::event_loop::LoopObj;
use crate::stdlib::library;
use crate::vm::call::check_arity;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

fn loop_arg(vm: &Vm, args: &Args) -> PyResult<Rc<LoopObj>> {
    match args.pos.first() {
        Some(Value::Loop(l)) => Ok(l.clone()),
        _ => Err(vm.new_error(ExcKind::TypeError, "an event loop is required")),
    }
}

/// `asyncio._loop_executor_state(loop)`: `(default executor or None, shutdown called)`.
pub fn loop_executor_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_loop_executor_state", &args, 1, 1)?;
    let l = loop_arg(vm, &args)?;
    let state = l.state.borrow();
    let executor = state.default_executor.clone().unwrap_or(Value::None);
    let called = Value::Bool(state.executor_shutdown_called);
    drop(state);
    Ok(Value::tuple(vec![executor, called]))
}

/// `asyncio._set_loop_executor_state(loop, executor, shutdown_called)`.
pub fn set_loop_executor_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_set_loop_executor_state", &args, 3, 3)?;
    let l = loop_arg(vm, &args)?;
    let executor = match &args.pos[1] {
        Value::None => None,
        v => Some(v.clone()),
    };
    let called = vm.truthy(&args.pos[2])?;
    let mut state = l.state.borrow_mut();
    state.default_executor = executor;
    state.executor_shutdown_called = called;
    Ok(Value::None)
}

/// Calls `asyncio.base_events.NAME(*args)`.
fn call_base_events(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let Some(module) = library::find("asyncio.base_events") else {
        return Err(vm.internal_error("asyncio.base_events is not embedded"));
    };
    let module = vm.import_library_cached(module)?;
    let f = vm.get_attr(&module, name)?;
    vm.call(&f, Args::positional(args))
}

pub fn loop_run_in_executor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.keywords().next() {
        let msg =
            format!("BaseEventLoop.run_in_executor() got an unexpected keyword argument '{k}'");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let missing = match args.pos.len() {
        0 | 1 => "2 required positional arguments: 'executor' and 'func'",
        2 => "1 required positional argument: 'func'",
        _ => "",
    };
    if !missing.is_empty() {
        let message = format!("BaseEventLoop.run_in_executor() missing {missing}");
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    loop_arg(vm, &args)?;
    call_base_events(vm, "run_in_executor", args.pos)
}

pub fn loop_set_default_executor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "set_default_executor", &args, 2, 2)?;
    loop_arg(vm, &args)?;
    call_base_events(vm, "set_default_executor", args.pos)
}

/// `loop.shutdown_default_executor()`: with no default executor, a coroutine that returns at
/// once (native, so runs that never made one are unchanged); otherwise the Python one, which
/// joins the pool's workers from a thread of its own.
pub fn shutdown_default_executor_coroutine(vm: &mut Vm, l: &Rc<LoopObj>) -> PyResult<Value> {
    let has_executor = {
        let mut state = l.state.borrow_mut();
        if state.default_executor.is_none() {
            state.executor_shutdown_called = true;
        }
        state.default_executor.is_some()
    };
    if !has_executor {
        let qualname = "BaseEventLoop.shutdown_default_executor";
        return Ok(super::native::immediate_coroutine(vm, qualname));
    }
    call_base_events(vm, "shutdown_default_executor", &[Value::Loop(l.clone())])
}

//! `send`, `throw` and `close` of generators and coroutines.

use super::super::call::check_arity;
use super::super::iter::new_iter;
use super::super::objects::{GenStep, IterState, NativeFn};
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;

const METHODS: &[(&str, NativeFn)] = &[("send", send), ("throw", throw), ("close", close)];

pub fn install(types: &Types) {
    Types::add_methods(&types.generator, "generator", METHODS);
    Types::add_methods(&types.coroutine, "coroutine", METHODS);
    for name in super::super::async_gen::AWAITABLE_TYPES {
        if let Some(class) = types.iterator_classes.get(name) {
            Types::add_methods(class, name, METHODS);
            // Its own iterator, as CPython's `async_generator_asend` (`am_await` is itself).
            Types::add_methods(
                class,
                name,
                &[("__await__", await_itself), ("__iter__", iter_itself)],
            );
        }
    }
    Types::add_methods(&types.coroutine, "coroutine", &[("__await__", await_)]);
    // `coro.__await__()` passes send, throw and close on to the coroutine, and
    // `fut.__await__()` to the future (whose `send` is its `__next__`).
    for name in ["coroutine_wrapper", "_asyncio.FutureIter"] {
        if let Some(wrapper) = types.iterator_classes.get(name) {
            Types::add_methods(wrapper, name, METHODS);
        }
    }
}

/// `coro.__await__()`: an iterator that drives the coroutine (CPython's `coroutine_wrapper`),
/// so a generator-based `__await__` can `yield from` it.
fn await_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__await__", &args, 1, 1)?;
    Ok(new_iter(IterState::CoroutineWrapper(args.pos[0].clone())))
}

fn await_itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__await__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn iter_itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__iter__", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

/// A step's outcome as `send`/`throw` report it: the yielded value, or StopIteration.
fn step_result(vm: &Vm, step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
        GenStep::Error(e) => Err(e),
    }
}

fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "send", &args, 2, 2)?;
    let step = vm.gen_send(&args.pos[0], args.pos[1].clone());
    step_result(vm, step)
}

fn throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "throw", &args, 2, 4)?;
    let exc = thrown_exception(vm, &args.pos[1], args.pos.get(2), args.pos.get(3))?;
    let err = vm.make_raisable(&exc, None);
    if let PyErr::Abort(_) = err {
        return Err(err);
    }
    let step = vm.gen_throw(&args.pos[0], err);
    step_result(vm, step)
}

/// The exception `throw(typ, val, tb)` raises in the generator, as CPython's `_gen_throw`
/// makes it: a class is instantiated with `val` (a tuple spread as its arguments) unless
/// `val` is already one of its instances; an instance takes no separate value. Wrong
/// arguments raise here, at the call, without entering the generator.
pub(crate) fn thrown_exception(
    vm: &mut Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<Value> {
    let val = val.filter(|v| !v.is_none());
    if let Some(tb) = tb.filter(|tb| !tb.is_none()) {
        if !vm.is_traceback(tb) {
            let msg = "throw() third argument must be a traceback object";
            return Err(vm.new_error(ExcKind::TypeError, msg));
        }
    }
    match typ {
        Value::Class(c) if c.is_exception() => match val {
            None => Ok(typ.clone()),
            Some(v) if vm.is_instance(v, typ)? => Ok(v.clone()),
            Some(Value::Tuple(t)) => vm.call(typ, Args::positional(&t.items)),
            Some(v) => vm.call1(typ, v.clone()),
        },
        Value::Instance(i) if i.exception.is_some() => match val {
            None => Ok(typ.clone()),
            Some(_) => {
                let msg = "instance exception may not have a separate value";
                Err(vm.new_error(ExcKind::TypeError, msg))
            }
        },
        other => {
            let msg = format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(other)
            );
            Err(vm.new_error(ExcKind::TypeError, &msg))
        }
    }
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "close", &args, 1, 1)?;
    vm.gen_close(&args.pos[0])?;
    Ok(Value::None)
}

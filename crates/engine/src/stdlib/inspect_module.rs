//! The part of `inspect` that explains coroutines: what they are and which state they are in.

use crate::compiler::code::CodeKind;
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::objects::{GenKind, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("iscoroutine", iscoroutine),
    ("iscoroutinefunction", iscoroutinefunction),
    ("isawaitable", isawaitable),
    ("isgenerator", isgenerator),
    ("isgeneratorfunction", isgeneratorfunction),
    ("isasyncgen", isasyncgen),
    ("isasyncgenfunction", isasyncgenfunction),
    ("isfunction", isfunction),
    ("isclass", isclass),
    ("ismethod", ismethod),
    ("getcoroutinestate", getcoroutinestate),
    ("getgeneratorstate", getgeneratorstate),
    ("getcoroutinelocals", getcoroutinelocals),
    ("getgeneratorlocals", getgeneratorlocals),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("inspect", FUNCTIONS);
    for state in ["CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"] {
        module.set(state, Value::str(state));
    }
    for state in ["GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"] {
        module.set(state, Value::str(state));
    }
    module
}

fn one<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    check_arity(vm, name, args, 1, 1)?;
    Ok(&args.pos[0])
}

fn iscoroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "iscoroutine")?;
    Ok(Value::Bool(vm.is_coroutine(v)))
}

/// What `inspect._has_code_flag` looks at: bound methods give their function, then
/// `functools.partial` wrappers (the library's Python class, or a subclass) give what they
/// wrap, so `partial(fetch, url)` is a coroutine function when `fetch` is one.
fn unwrap_function_like(v: &Value) -> Value {
    let mut f = v.clone();
    while let Value::BoundMethod(m) = &f {
        f = m.function.clone();
    }
    while let Some(inner) = partial_func(&f) {
        f = inner;
    }
    f
}

/// The `func` of a `functools.partial`, read from its dict (no program code runs).
fn partial_func(v: &Value) -> Option<Value> {
    let Value::Instance(inst) = v else { return None };
    let is_partial = inst.class.mro().any(|c| &*c.name == "partial" && &*c.module == "functools");
    if !is_partial {
        return None;
    }
    let func = inst.dict.borrow().get("func").cloned();
    func
}

/// The kind of code a function-like object runs. A bound method a partial wraps counts: it
/// forwards `__code__` to its function (CPython's `_signature_is_functionlike`).
fn function_kind(v: &Value) -> Option<CodeKind> {
    unwrapped_kind(&unwrap_function_like(v))
}

/// `function_kind` of what `unwrap_function_like` gave.
fn unwrapped_kind(f: &Value) -> Option<CodeKind> {
    match f {
        Value::Function(f) => Some(f.code.kind),
        Value::BoundMethod(m) => match &m.function {
            Value::Function(f) => Some(f.code.kind),
            _ => None,
        },
        _ => None,
    }
}

/// `inspect.iscoroutinefunction` (and asyncio's, which says the same here): an `async def`,
/// or one of asyncio's native stand-ins for one (`sleep`), seen through bound methods and
/// partials.
pub(crate) fn is_coroutine_function(v: &Value) -> bool {
    match unwrap_function_like(v) {
        Value::Builtin(b) => crate::asyncio::api::is_coroutine_function_stand_in(&b),
        f => unwrapped_kind(&f) == Some(CodeKind::Coroutine),
    }
}

fn iscoroutinefunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "iscoroutinefunction")?;
    Ok(Value::Bool(is_coroutine_function(v)))
}

fn isgeneratorfunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isgeneratorfunction")?;
    Ok(Value::Bool(function_kind(v) == Some(CodeKind::Generator)))
}

fn isasyncgenfunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isasyncgenfunction")?;
    Ok(Value::Bool(function_kind(v) == Some(CodeKind::AsyncGenerator)))
}

fn isasyncgen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isasyncgen")?;
    Ok(Value::Bool(matches!(v, Value::Gen(g) if g.kind == GenKind::AsyncGenerator)))
}

fn isawaitable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isawaitable")?;
    Ok(Value::Bool(match v {
        Value::Future(_) | Value::NativeCoro(_) => true,
        Value::Gen(g) => g.kind == GenKind::Coroutine || g.is_iterable_coroutine(),
        Value::Instance(i) => i.class.lookup("__await__").is_some(),
        _ => false,
    }))
}

fn isgenerator(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isgenerator")?;
    Ok(Value::Bool(matches!(v, Value::Gen(g) if g.kind == GenKind::Generator)))
}

fn isfunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isfunction")?;
    let stand_in = matches!(v, Value::Builtin(b) if crate::asyncio::api::is_python_function(b));
    Ok(Value::Bool(stand_in || matches!(v, Value::Function(_))))
}

fn isclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "isclass")?;
    Ok(Value::Bool(matches!(v, Value::Class(_))))
}

fn ismethod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "ismethod")?;
    Ok(Value::Bool(matches!(v, Value::BoundMethod(_))))
}

fn getcoroutinestate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "getcoroutinestate")?;
    match v {
        Value::Gen(g) if g.kind == GenKind::Coroutine => {
            Ok(Value::str(g.state.get().coroutine_name()))
        }
        Value::NativeCoro(c) => Ok(Value::str(c.state.get().coroutine_name())),
        other => Err(vm.no_attribute(other, "cr_running")),
    }
}

fn getgeneratorstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "getgeneratorstate")?;
    match v {
        Value::Gen(g) if g.kind == GenKind::Generator => {
            Ok(Value::str(g.state.get().generator_name()))
        }
        other => Err(vm.no_attribute(other, "gi_running")),
    }
}

fn getgeneratorlocals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "getgeneratorlocals")?.clone();
    if !matches!(&v, Value::Gen(g) if g.kind == GenKind::Generator) {
        let msg = format!("{} is not a Python generator", vm.repr(&v)?);
        return Err(vm.new_error(crate::ExcKind::TypeError, &msg));
    }
    frame_locals(vm, &v, "gi_frame")
}

fn getcoroutinelocals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "getcoroutinelocals")?.clone();
    frame_locals(vm, &v, "cr_frame")
}

/// `getattr(obj, frame_attr, None)`'s `f_locals`, or an empty dict without a frame (a
/// finished generator or coroutine, or an object that has none).
fn frame_locals(vm: &mut Vm, obj: &Value, frame_attr: &str) -> PyResult<Value> {
    let frame = match vm.get_attr(obj, frame_attr) {
        Ok(frame) => frame,
        Err(crate::vm::PyErr::Exception(e))
            if vm.exception_is(&e, crate::ExcKind::AttributeError) =>
        {
            Value::None
        }
        Err(e) => return Err(e),
    };
    if frame.is_none() {
        return Ok(Value::Dict(Rc::new(crate::vm::objects::DictObj::new())));
    }
    vm.get_attr(&frame, "f_locals")
}

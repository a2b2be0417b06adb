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
    ("getsource", getsource),
    ("getsourcelines", getsourcelines),
    ("currentframe", currentframe),
];

/// `co_flags` bits, as `inspect` exports them.
const CODE_FLAGS: &[(&str, i64)] = &[
    ("CO_OPTIMIZED", 1),
    ("CO_NEWLOCALS", 2),
    ("CO_VARARGS", 4),
    ("CO_VARKEYWORDS", 8),
    ("CO_NESTED", 16),
    ("CO_GENERATOR", 32),
    ("CO_NOFREE", 64),
    ("CO_COROUTINE", 128),
    ("CO_ITERABLE_COROUTINE", 256),
    ("CO_ASYNC_GENERATOR", 512),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("inspect", FUNCTIONS);
    for state in ["CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"] {
        module.set(state, Value::str(state));
    }
    for state in ["GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"] {
        module.set(state, Value::str(state));
    }
    for (name, bit) in CODE_FLAGS {
        module.set(name, Value::Int(*bit));
    }
    module
}

/// `inspect.getsource(obj)`: the source lines of one of the program's functions (methods,
/// lambdas, generators, coroutines) or of the program itself, joined.
fn getsource(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getsource", &args, 1, 1)?;
    let (lines, _) = source_lines(vm, &args.pos[0])?;
    Ok(Value::string(lines.concat()))
}

/// `inspect.getsourcelines(obj)`: `(lines, first line number)`; the program itself is line 0.
fn getsourcelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getsourcelines", &args, 1, 1)?;
    let (lines, first) = source_lines(vm, &args.pos[0])?;
    let lines = vm.new_list(lines.into_iter().map(Value::string).collect())?;
    Ok(Value::tuple(vec![lines, Value::Int(i64::from(first))]))
}

/// The lines (each with its line break) from the code's first line (its first decorator's)
/// to the last line any of its instructions, or its nested code's, spans.
fn source_lines(vm: &mut Vm, obj: &Value) -> PyResult<(Vec<String>, u32)> {
    // A decorated function's source is its original's (`inspect.unwrap`, `__wrapped__`).
    if let Value::Function(f) = obj {
        if let Some(wrapped) = f.attr("__wrapped__") {
            if !wrapped.is(obj) {
                return source_lines(vm, &wrapped);
            }
        }
    }
    let code = match obj {
        Value::Function(f) => f.code.clone(),
        Value::BoundMethod(m) => match &m.function {
            Value::Function(f) => f.code.clone(),
            other => return source_lines(vm, &other.clone()),
        },
        Value::Code(c) => c.clone(),
        Value::Module(m) if Rc::ptr_eq(m, &vm.main_module) => {
            let count = vm.source.line_count();
            let lines = (1..=count).map(|n| with_break(vm, n)).collect::<Vec<_>>();
            return Ok((trim_final_empty(lines), 0));
        }
        Value::Class(_) | Value::Module(_) => {
            return Err(vm.unsupported_now("inspect.getsource of a class or module"))
        }
        other => {
            let msg = format!(
                "module, class, method, function, traceback, frame, or code object was expected, got {}",
                vm.type_name(other)
            );
            return Err(vm.new_error(crate::ExcKind::TypeError, &msg));
        }
    };
    if code.is_library || code.filename.as_ref() != vm.source.name {
        return Err(vm.unsupported_now("inspect.getsource of library code"));
    }
    let first = code.first_line.max(1);
    let last = last_line(vm, &code).max(first);
    Ok(((first..=last).map(|n| with_break(vm, n)).collect(), first))
}

fn with_break(vm: &Vm, line: u32) -> String {
    format!("{}\n", vm.source.line_text(line))
}

/// The empty "line" after the source's final line break is not a line.
fn trim_final_empty(mut lines: Vec<String>) -> Vec<String> {
    if lines.last().is_some_and(|l| l == "\n") {
        lines.pop();
    }
    lines
}

/// The last source line the code's instructions (and its nested functions', classes' and
/// comprehensions') cover.
fn last_line(vm: &Vm, code: &crate::compiler::code::CodeObj) -> u32 {
    let mut last = code.lines.iter().copied().max().unwrap_or(code.first_line);
    for ip in 0..code.instrs.len() {
        if let Some((_, end)) = code.span_at(ip) {
            last = last.max(vm.source.line_of(end.saturating_sub(1)));
        }
    }
    for constant in &code.consts {
        if let Value::Code(inner) = constant {
            last = last.max(last_line(vm, inner));
        }
    }
    last
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

/// The `func` of a `functools.partial` (no program code runs).
fn partial_func(v: &Value) -> Option<Value> {
    super::library_support::partial_state(v).map(|state| state.func)
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

/// `inspect.currentframe()`: the caller's frame (`sys._getframe(1)` from inside inspect's
/// Python function in CPython).
fn currentframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::no_keywords(vm, "currentframe", &args)?;
    check_arity(vm, "currentframe", &args, 0, 0)?;
    vm.running_frame_object(0)
}

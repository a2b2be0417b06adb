//! `_loopscope`: what the library modules written in Python need from the engine and CPython
//! gets from frame objects and `linecache`: the program's frame that called into the library
//! (`logging`'s `findCaller`), and tracebacks formatted as the engine prints them
//! (`traceback.format_exception`).

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("caller", caller),
    ("format_exception", format_exception),
    ("format_exception_only", format_exception_only),
    ("format_stack", format_stack),
    ("default_int_handler", default_int_handler),
    ("loop_wakeup_fd", loop_wakeup_fd),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("_loopscope", FUNCTIONS)
}

/// `signal.default_int_handler(signalnum, frame)`: CPython's SIGINT handler, a built-in
/// function that raises `KeyboardInterrupt()`.
fn default_int_handler(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let class = vm.types.exc(crate::ExcKind::KeyboardInterrupt).clone();
    Err(crate::vm::PyErr::Exception(vm.new_exception(&class, Vec::new())))
}

/// The file descriptor of a loop's self-pipe writing end (`loop._csock.fileno()`, what
/// `add_signal_handler` gives `signal.set_wakeup_fd`), or -1 when the program does not use the
/// network: only then does the simulation make the loop's self-pipe.
fn loop_wakeup_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "loop_wakeup_fd", &args, 1, 1)?;
    let Value::Loop(l) = &args.pos[0] else {
        return Err(vm.new_error(crate::ExcKind::TypeError, "an event loop is required"));
    };
    let fd = match &l.state.borrow().selector {
        crate::asyncio::selector::Selector::Kernel(k) => i64::from(k.csock.0),
        _ => -1,
    };
    Ok(Value::Int(fd))
}

/// `(filename, line, function)` of the innermost program (not library) frame, or `None`.
fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "caller", &args, 0, 0)?;
    let found = vm.frames.iter().rev().find(|f| !f.code.is_library);
    Ok(match found {
        Some(f) => Value::tuple(vec![
            Value::str(&f.code.filename),
            Value::Int(i64::from(f.current_line())),
            Value::str(&f.code.name),
        ]),
        None => Value::None,
    })
}

/// The traceback text of an exception, with its causes and contexts unless `chain` is false.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_exception", &args, 2, 2)?;
    let chain = vm.truthy(&args.pos[1])?;
    let text =
        if chain { vm.format_exception(&args.pos[0]) } else { vm.format_unchained(&args.pos[0]) };
    Ok(Value::string(text))
}

/// `ValueError: message` (and any notes), the last part of a traceback.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_exception_only", &args, 1, 1)?;
    let line = vm.exception_line(&args.pos[0]);
    Ok(Value::string(format!("{line}\n")))
}

/// The program's frames that lead to the library call, outermost first, as a traceback
/// prints them.
fn format_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_stack", &args, 0, 0)?;
    let entries: Vec<(Rc<str>, u32, Rc<str>)> = vm
        .frames
        .iter()
        .filter(|f| !f.code.is_library)
        .map(|f| (f.code.filename.clone(), f.current_line(), f.code.name.clone()))
        .collect();
    let mut out = String::new();
    for (file, line, name) in entries {
        out.push_str(&vm.format_frame_line(&file, line, &name));
    }
    Ok(Value::string(out))
}

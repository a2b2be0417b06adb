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
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("_loopscope", FUNCTIONS)
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

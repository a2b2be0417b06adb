//! `atexit` (C in CPython): functions the program registers to run when the interpreter
//! exits, last registered first, after `threading._shutdown()` and before the main module's
//! globals are cleared. An exception in one is printed as CPython's unraisable hook prints it
//! ("Exception ignored in atexit callback: ...") and the next one runs.

use crate::vm::modules::native_module;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// One registered call: the function and the arguments `register` was given.
pub struct ExitCallback {
    func: Value,
    pos: Vec<Value>,
    kw_names: Vec<Value>,
    kw_values: Vec<Value>,
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("_run_exitfuncs", run_exitfuncs_fn),
    ("_clear", clear),
    ("_ncallbacks", ncallbacks),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("atexit", FUNCTIONS)
}

fn register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((func, rest)) = args.pos.split_first() else {
        let msg = "register() takes at least 1 argument (0 given)";
        return Err(vm.new_error(ExcKind::TypeError, msg));
    };
    if !crate::vm::builtins::is_callable(func) {
        return Err(vm.new_error(ExcKind::TypeError, "the first argument must be callable"));
    }
    vm.exit_callbacks.push(Some(ExitCallback {
        func: func.clone(),
        pos: rest.to_vec(),
        kw_names: args.kw_names.to_vec(),
        kw_values: args.kw_values.to_vec(),
    }));
    Ok(func.clone())
}

/// Removes every registration of `func` (compared with `==`). CPython empties the slot and
/// keeps counting it in `_ncallbacks()` until the next `_clear` or exit.
fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw_names.len();
    if given != 1 || args.has_keywords() {
        let msg = format!("atexit.unregister() takes exactly one argument ({given} given)");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let func = &args.pos[0];
    for i in 0..vm.exit_callbacks.len() {
        let Some(cb) = &vm.exit_callbacks[i] else { continue };
        let registered = cb.func.clone();
        if vm.eq(&registered, func)? {
            vm.exit_callbacks[i] = None;
        }
    }
    Ok(Value::None)
}

fn no_arguments(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    let given = args.pos.len() + args.kw_names.len();
    if given == 0 {
        return Ok(());
    }
    let msg = format!("atexit.{name}() takes no arguments ({given} given)");
    Err(vm.new_error(ExcKind::TypeError, &msg))
}

fn run_exitfuncs_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "_run_exitfuncs", &args)?;
    run_exitfuncs(vm)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "_clear", &args)?;
    vm.exit_callbacks.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "_ncallbacks", &args)?;
    Ok(Value::Int(vm.exit_callbacks.len() as i64))
}

/// Calls the registered functions, last first, then forgets them all. Only the ones
/// registered before it started run (CPython walks down from the count it had). An abort (a
/// budget, a deadlock) ends the walk and is returned; exceptions are printed.
pub fn run_exitfuncs(vm: &mut Vm) -> PyResult<()> {
    for i in (0..vm.exit_callbacks.len()).rev() {
        let Some(Some(cb)) = vm.exit_callbacks.get(i) else { continue };
        let func = cb.func.clone();
        let (pos, kw_names, kw_values) =
            (cb.pos.clone(), cb.kw_names.clone(), cb.kw_values.clone());
        let args = Args { pos: &pos, kw_names: &kw_names, kw_values: &kw_values };
        match vm.call(&func, args) {
            Ok(_) => {}
            Err(PyErr::Exception(exc)) => {
                let what = vm.repr(&func).unwrap_or_default();
                let traceback = vm.format_unchained(&exc);
                let text = format!("Exception ignored in atexit callback: {what}\n{traceback}");
                vm.write_stderr(&text);
            }
            Err(abort) => {
                vm.exit_callbacks.clear();
                return Err(abort);
            }
        }
    }
    vm.exit_callbacks.clear();
    Ok(())
}

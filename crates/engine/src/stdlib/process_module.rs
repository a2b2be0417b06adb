//! `_loopscope_processes`: the process machinery under the library's `multiprocessing` and
//! `concurrent.futures.process` (issue 14 item 4). CPython forks real processes there
//! (`os.fork`, pipes, `_posixsubprocess`); here a process is simulated (`vm::processes`),
//! and what crosses between processes is copied by pickling rules (`vm::pickling`).

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::NativeState;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::pickling::CopyRule;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start", start),
    ("sentinel", sentinel),
    ("exitcode", exitcode),
    ("pickled_copy", pickled_copy),
    ("unsupported", unsupported),
    ("pid_of_thread", pid_of_thread),
    ("terminate", terminate),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("_loopscope_processes", FUNCTIONS)
}

/// `start(func, args)`: a forked process whose main thread returns `func(*args)`, its exit
/// code. Returns its pid.
fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let green = vm.take_direct_call();
    check_arity(vm, "start", &args, 2, 2)?;
    let Value::Tuple(t) = &args.pos[1] else {
        return Err(vm.new_error(ExcKind::TypeError, "start() argument 2 must be a tuple"));
    };
    vm.start_process(args.pos[0].clone(), t.items.to_vec(), green)
}

fn pid_arg(vm: &Vm, args: &Args) -> PyResult<usize> {
    match args.pos.first() {
        Some(Value::Int(pid)) => vm
            .processes
            .by_pid(*pid)
            .ok_or_else(|| vm.new_error(ExcKind::ValueError, &format!("no process {pid}"))),
        _ => Err(vm.new_error(ExcKind::TypeError, "a process id is required")),
    }
}

/// `sentinel(pid)`: a `_thread.lock` held until the process ends (what `join` waits on).
fn sentinel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sentinel", &args, 1, 1)?;
    let p = pid_arg(vm, &args)?;
    let core = vm.processes.records[p].sentinel.clone();
    let lock = crate::stdlib::thread_module::new_lock(vm);
    match lock {
        Value::Instance(i) => {
            let class = i.class.clone();
            Ok(vm.new_native(class, NativeState::Lock { core, reentrant: false }))
        }
        other => Ok(other),
    }
}

/// `exitcode(pid)`: its exit code, or None while it runs.
fn exitcode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "exitcode", &args, 1, 1)?;
    let p = pid_arg(vm, &args)?;
    Ok(vm.processes.records[p].exitcode.map_or(Value::None, Value::Int))
}

/// `pickled_copy(obj)`: what the other end of a pipe receives (pickle's rules, its errors).
fn pickled_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "pickled_copy", &args, 1, 1)?;
    vm.boundary_copy(&args.pos[0], CopyRule::Pickle)
}

/// `pid_of_thread(ident)`: the process a thread (by `get_ident()`) belongs to, or None.
fn pid_of_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "pid_of_thread", &args, 1, 1)?;
    let Some(Value::Int(ident)) = args.pos.first() else { return Ok(Value::None) };
    let found = vm.threads.records.iter().find(|r| r.ident == *ident).map(|r| r.process);
    Ok(found.map_or(Value::None, |p| Value::Int(vm.processes.records[p].pid)))
}

/// `terminate(pid, exitcode)`: the process ends at once (`Process.terminate`/`kill`).
fn terminate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "terminate", &args, 2, 2)?;
    let p = pid_arg(vm, &args)?;
    let Some(Value::Int(code)) = args.pos.get(1) else {
        return Err(vm.new_error(ExcKind::TypeError, "an exit code is required"));
    };
    vm.terminate_process(p, *code)?;
    Ok(Value::None)
}

/// `unsupported(construct)`: stops the run, exit status 2, naming what is not built.
fn unsupported(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "unsupported", &args, 1, 1)?;
    let what = args.pos[0].as_str().unwrap_or("this construct").to_string();
    Err(vm.unsupported_now(&what))
}

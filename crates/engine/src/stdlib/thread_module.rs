//! `_thread`, the native half of `threading` (issue 14): starting threads, their idents, and
//! the locks in virtual time that every `threading` primitive is made of. The schedule itself
//! is `vm::scheduler`'s.

use crate::vm::call::{check_arity, check_method, MethodArity};
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeState};
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::repr::address_of;
use crate::vm::scheduler::LockCore;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// `threading.TIMEOUT_MAX`: `PY_TIMEOUT_MAX` in seconds (`LLONG_MAX` microseconds... as
/// CPython 3.11 on Linux computes it).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("start_new", start_new_thread),
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("_count", count),
    ("_set_sentinel", set_sentinel),
    ("stack_size", stack_size),
    ("daemon_threads_allowed", daemon_threads_allowed),
    ("exit", exit),
    ("exit_thread", exit),
    // What the page shows (issue 14): threading's names in the trace.
    ("_trace_thread_name", trace_thread_name),
    ("_trace_executor", crate::asyncio::page_trace::executor),
];

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("__enter__", lock_acquire),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("__exit__", lock_exit),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("_at_fork_reinit", lock_at_fork_reinit),
];

const LOCK: NativeClass =
    NativeClass { module: "_thread", name: "lock", methods: LOCK_METHODS, new: Some(lock_new) };

const RLOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", rlock_acquire),
    ("__enter__", rlock_acquire),
    ("release", rlock_release),
    ("__exit__", rlock_exit),
    ("_is_owned", rlock_is_owned),
    ("_recursion_count", rlock_recursion_count),
    ("_release_save", rlock_release_save),
    ("_acquire_restore", rlock_acquire_restore),
    ("_at_fork_reinit", lock_at_fork_reinit),
];

const RLOCK: NativeClass =
    NativeClass { module: "_thread", name: "RLock", methods: RLOCK_METHODS, new: Some(rlock_new) };

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_thread", FUNCTIONS);
    let lock = vm.native_class(&LOCK);
    module.set("LockType", Value::Class(lock.clone()));
    module.set("lock", Value::Class(lock));
    module.set("RLock", Value::Class(vm.native_class(&RLOCK)));
    module.set("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    module.set("error", Value::Class(vm.types.exc(ExcKind::RuntimeError).clone()));
    module
}

/// `<unlocked _thread.lock object at 0x...>`, `<locked _thread.RLock object owner=N count=1
/// at 0x...>`.
pub fn lock_repr(v: &Value, core: &LockCore, reentrant: bool) -> String {
    let state = if core.locked.get() { "locked" } else { "unlocked" };
    if reentrant {
        format!(
            "<{state} _thread.RLock object owner={} count={} at {}>",
            core.owner.get(),
            core.count.get(),
            address_of(v)
        )
    } else {
        format!("<{state} _thread.lock object at {}>", address_of(v))
    }
}

/// A new `_thread.lock`, unlocked.
pub fn new_lock(vm: &mut Vm) -> Value {
    let class = vm.native_class(&LOCK);
    vm.new_native(class, NativeState::Lock { core: Rc::default(), reentrant: false })
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let green = vm.take_direct_call();
    if args.has_keywords() {
        return Err(
            vm.new_error(ExcKind::TypeError, "start_new_thread() takes no keyword arguments")
        );
    }
    check_arity(vm, "start_new_thread", &args, 2, 3)?;
    let func = args.pos[0].clone();
    if !is_callable(&func) {
        return Err(vm.new_error(ExcKind::TypeError, "first arg must be callable"));
    }
    let Value::Tuple(t) = &args.pos[1] else {
        return Err(vm.new_error(ExcKind::TypeError, "2nd arg must be a tuple"));
    };
    let kwargs = match args.pos.get(2) {
        None => None,
        Some(d @ Value::Dict(_)) => Some(d.clone()),
        Some(_) => {
            return Err(vm.new_error(ExcKind::TypeError, "optional 3rd arg must be a dictionary"))
        }
    };
    vm.start_thread(func, t.items.to_vec(), kwargs, green)
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_thread.allocate_lock", &args, 0, 0)?;
    Ok(new_lock(vm))
}

fn get_ident(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "get_ident", &args, 0, 0)?;
    Ok(Value::Int(vm.current_thread_ident()))
}

/// `_trace_thread_name(name, ident=None)`: the thread `ident` (the running one when `None`)
/// is called `name` (`threading` calls it when a thread starts and when it is renamed). Does
/// nothing when no trace is recorded or no such thread runs.
fn trace_thread_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_trace_thread_name", &args, 1, 2)?;
    if !vm.trace.enabled() {
        return Ok(Value::None);
    }
    let thread = match args.pos.get(1) {
        None | Some(Value::None) => Some(vm.threads.current),
        Some(Value::Int(ident)) => vm.threads.records.iter().position(|r| r.ident == *ident),
        Some(_) => None,
    };
    if let (Some(thread), Some(Value::Str(name))) = (thread, args.pos.first()) {
        // The main thread's own name is what the page says without being told: traces of
        // programs that only import `threading` stay as they were.
        if thread == 0 && name.as_str() == "MainThread" {
            return Ok(Value::None);
        }
        let names = &mut vm.asyncio.page_trace.thread_names;
        if thread < 1 << 12 {
            if names.len() <= thread {
                names.resize(thread + 1, String::new());
            }
            names[thread] = name.as_str().to_string();
        }
        let name = vm.trace.intern(name.as_str());
        vm.emit(loopscope_trace::Event::ThreadName { thread: thread as u32, name });
    }
    Ok(Value::None)
}

fn get_native_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "get_native_id", &args, 0, 0)?;
    Ok(Value::Int(vm.threads.records[vm.threads.current].native_id))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_count", &args, 0, 0)?;
    Ok(Value::Int(vm.threads.alive.len() as i64 - 1))
}

/// `_set_sentinel()`: a lock held until the running thread ends (what `Thread.join` waits on).
fn set_sentinel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_set_sentinel", &args, 0, 0)?;
    let core: Rc<LockCore> = Rc::default();
    core.locked.set(true);
    vm.add_sentinel(core.clone());
    let class = vm.native_class(&LOCK);
    Ok(vm.new_native(class, NativeState::Lock { core, reentrant: false }))
}

/// `_thread.stack_size([size])`: the size set before (0 for the default), checked as
/// CPython checks it (Linux's minimum is 32 KiB).
fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "stack_size", &args, 0, 1)?;
    let old = vm.threads.stack_size;
    let size = match args.pos.first() {
        None => return Ok(Value::Int(old)),
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        Some(other) => {
            let msg =
                format!("'{}' object cannot be interpreted as an integer", vm.type_name(other));
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
    };
    if size < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "size must be 0 or a positive value"));
    }
    if size != 0 && size < 32768 {
        return Err(vm.new_error(ExcKind::ValueError, &format!("size not valid: {size} bytes")));
    }
    vm.threads.stack_size = size;
    Ok(Value::Int(old))
}

fn daemon_threads_allowed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "daemon_threads_allowed", &args, 0, 0)?;
    Ok(Value::Bool(true))
}

fn exit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(ExcKind::SystemExit, ""))
}

fn lock_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(ExcKind::TypeError, "cannot create '_thread.lock' instances"))
}

fn rlock_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let class = vm.native_class(&RLOCK);
    Ok(vm.new_native(class, NativeState::Lock { core: Rc::default(), reentrant: true }))
}

/// The lock behind `args.pos[0]`.
fn lock_of(vm: &Vm, args: &Args, what: &str) -> PyResult<Rc<LockCore>> {
    match args.pos.first().and_then(native_state) {
        Some(NativeState::Lock { core, .. }) => Ok(core.clone()),
        _ => Err(vm.new_error(ExcKind::TypeError, &format!("descriptor '{what}' requires a lock"))),
    }
}

/// `acquire(blocking=True, timeout=-1)`'s arguments, checked as C's
/// `lock_acquire_parse_args`: (blocking, timeout in seconds, negative for none).
fn acquire_args(vm: &mut Vm, args: &Args, owner: &str) -> PyResult<(bool, f64)> {
    check_method(vm, owner, "acquire", args, MethodArity::Parsed(0, 2), &["blocking", "timeout"])?;
    let blocking_v = args.pos.get(1).or_else(|| args.keyword("blocking")).cloned();
    let timeout_v = args.pos.get(2).or_else(|| args.keyword("timeout")).cloned();
    let blocking = match blocking_v {
        None => true,
        Some(v) => vm.truthy(&v)?,
    };
    let timeout = match timeout_v {
        None => -1.0,
        Some(Value::Float(f)) => f,
        Some(Value::Int(i)) => i as f64,
        Some(Value::Bool(b)) => b as i64 as f64,
        Some(other) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("must be real number, not {}", vm.type_name(&other)),
            ))
        }
    };
    if !blocking && timeout != -1.0 {
        return Err(
            vm.new_error(ExcKind::ValueError, "can't specify a timeout for a non-blocking call")
        );
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_error(ExcKind::ValueError, "timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_error(ExcKind::OverflowError, "timeout value is too large"));
    }
    Ok((blocking, timeout))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let green = vm.take_direct_call();
    let core = lock_of(vm, &args, "acquire")?;
    let (blocking, timeout) = acquire_args(vm, &args, "lock")?;
    vm.acquire_lock(&core, blocking, timeout, None, green)
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "release")?;
    check_method(vm, "lock", "release", &args, MethodArity::NoArgs, &[])?;
    if !core.locked.get() {
        return Err(vm.new_error(ExcKind::RuntimeError, "release unlocked lock"));
    }
    vm.release_lock(&core);
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "__exit__")?;
    if !core.locked.get() {
        return Err(vm.new_error(ExcKind::RuntimeError, "release unlocked lock"));
    }
    vm.release_lock(&core);
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "locked")?;
    check_method(vm, "lock", "locked", &args, MethodArity::NoArgs, &[])?;
    Ok(Value::Bool(core.locked.get()))
}

fn lock_at_fork_reinit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "_at_fork_reinit")?;
    core.locked.set(false);
    core.owner.set(0);
    core.count.set(0);
    core.waiters.borrow_mut().clear();
    Ok(Value::None)
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let green = vm.take_direct_call();
    let core = lock_of(vm, &args, "acquire")?;
    let (blocking, timeout) = acquire_args(vm, &args, "RLock")?;
    let me = vm.current_thread_ident();
    if core.count.get() > 0 && core.owner.get() == me {
        core.count.set(core.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    vm.acquire_lock(&core, blocking, timeout, None, green)
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "release")?;
    let me = vm.current_thread_ident();
    if core.count.get() == 0 || core.owner.get() != me {
        return Err(vm.new_error(ExcKind::RuntimeError, "cannot release un-acquired lock"));
    }
    core.count.set(core.count.get() - 1);
    if core.count.get() == 0 {
        vm.release_lock(&core);
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rlock_release(vm, Args::positional(&args.pos[..1.min(args.pos.len())]))
}

fn rlock_is_owned(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "_is_owned")?;
    let me = vm.current_thread_ident();
    Ok(Value::Bool(core.count.get() > 0 && core.owner.get() == me))
}

fn rlock_recursion_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "_recursion_count")?;
    let me = vm.current_thread_ident();
    let owned = core.count.get() > 0 && core.owner.get() == me;
    Ok(Value::Int(if owned { core.count.get() as i64 } else { 0 }))
}

/// `_release_save()`: releases the lock entirely, returning (count, owner) (`Condition.wait`).
fn rlock_release_save(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = lock_of(vm, &args, "_release_save")?;
    if core.count.get() == 0 {
        return Err(vm.new_error(ExcKind::RuntimeError, "cannot release un-acquired lock"));
    }
    let state =
        Value::tuple(vec![Value::Int(core.count.get() as i64), Value::Int(core.owner.get())]);
    vm.release_lock(&core);
    Ok(state)
}

/// `_acquire_restore((count, owner))`: takes the lock back with that state (blocking).
fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let green = vm.take_direct_call();
    let core = lock_of(vm, &args, "_acquire_restore")?;
    check_method(vm, "RLock", "_acquire_restore", &args, MethodArity::One, &[])?;
    let state = match &args.pos[1] {
        Value::Tuple(t) => match &t.items[..] {
            [Value::Int(count), Value::Int(owner)] => Some((*count as u64, *owner)),
            _ => None,
        },
        _ => None,
    };
    let Some(state) = state else {
        return Err(vm.new_error(ExcKind::TypeError, "_acquire_restore() argument 1 must be tuple"));
    };
    vm.acquire_lock(&core, true, -1.0, Some(state), green)?;
    Ok(Value::None)
}

/// `callable(v)`.
fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }
}

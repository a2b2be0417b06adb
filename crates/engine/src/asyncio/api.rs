//! What Python code sees of asyncio: the module's functions, and the methods of futures,
//! tasks, handles and the loop.

use super::future::{DoneCallback, FutState, FutureClass, FutureObj};
use super::handle::{AnyHandle, Callback};
use super::native::{native_coroutine, Seconds, Sleep, WaitFor};
use crate::compiler::code::BinOp;
use crate::vm::call::{check_arity, check_method, MethodArity};
use crate::vm::modules::native_module;
use crate::vm::objects::{BuiltinObj, ClassObj, ModuleObj, NativeFn};
use crate::vm::py_signature::PySignature;
use crate::vm::types::Types;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_trace::{DiagnosticKind, Event, ShutdownStage};
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("run", run),
    ("sleep", sleep),
    ("create_task", create_task),
    ("ensure_future", ensure_future),
    ("gather", gather),
    ("wait_for", wait_for),
    ("get_running_loop", get_running_loop),
    ("_get_running_loop", get_running_loop_or_none),
    ("get_event_loop", get_event_loop),
    ("new_event_loop", new_event_loop),
    ("set_event_loop", set_event_loop),
    ("iscoroutine", iscoroutine),
    ("iscoroutinefunction", iscoroutinefunction),
    ("isfuture", isfuture),
    ("current_task", current_task),
    ("all_tasks", all_tasks),
    ("_shutdown_stage", shutdown_stage),
    ("_shutdown_stage_end", shutdown_stage_end),
    ("_trace_sync_new", super::sync_trace::sync_new),
    ("_trace_sync_state", super::sync_trace::sync_state),
    ("_trace_sync_join", super::sync_trace::sync_join),
    ("_trace_sync_leave", super::sync_trace::sync_leave),
    // What the page shows of streams (issue 13): lib/asyncio/streams.py's waits.
    ("_trace_stream_wait", super::page_trace::stream_wait),
    ("_trace_stream_woken", super::page_trace::stream_woken),
    ("_trace_stream_drain", super::page_trace::stream_drain),
    ("_trace_stream_drained", super::page_trace::stream_drained),
    ("_get_thread_event_loop", get_thread_event_loop),
    ("_gathering_future", gathering_future),
    ("_unsupported", unsupported),
    // Threads (issue 14): the loop's default executor, for lib/asyncio/base_events.py.
    ("_loop_executor_state", super::executors::loop_executor_state),
    ("_set_loop_executor_state", super::executors::set_loop_executor_state),
];

/// The functions CPython writes in Python that run natively here as accelerators, unless the
/// run's `python_asyncio` setting asks for their Python source (lib/asyncio/tasks.py).
const ACCELERATED: [&str; 3] = ["sleep", "gather", "wait_for"];

const FUTURE_METHODS: &[(&str, NativeFn)] = &[
    ("result", fut_result),
    ("exception", fut_exception),
    ("done", fut_done),
    ("cancelled", fut_cancelled),
    ("cancel", fut_cancel),
    ("add_done_callback", fut_add_done_callback),
    ("remove_done_callback", fut_remove_done_callback),
    ("set_result", fut_set_result),
    ("set_exception", fut_set_exception),
    ("get_loop", fut_get_loop),
    ("__await__", fut_iter),
    ("__iter__", fut_iter),
    ("_make_cancelled_error", fut_make_cancelled_error),
];

const TASK_METHODS: &[(&str, NativeFn)] = &[
    ("get_name", task_get_name),
    ("set_name", task_set_name),
    ("get_coro", task_get_coro),
    ("uncancel", task_uncancel),
    ("cancelling", task_cancelling),
    ("get_stack", task_get_stack),
    ("print_stack", task_print_stack),
];

const HANDLE_METHODS: &[(&str, NativeFn)] =
    &[("cancel", handle_cancel), ("cancelled", handle_cancelled), ("when", handle_when)];

const LOOP_METHODS: &[(&str, NativeFn)] = &[
    ("time", loop_time),
    ("call_soon", loop_call_soon),
    // Threads (issue 14).
    ("call_soon_threadsafe", loop_call_soon_threadsafe),
    ("call_later", loop_call_later),
    ("call_at", loop_call_at),
    ("create_future", loop_create_future),
    ("create_task", loop_create_task),
    ("run_until_complete", loop_run_until_complete),
    ("is_running", loop_is_running),
    ("is_closed", loop_is_closed),
    ("stop", loop_stop),
    ("close", loop_close),
    ("get_debug", loop_get_debug),
    ("set_debug", loop_set_debug),
    ("_set_coroutine_origin_tracking", loop_set_coroutine_origin_tracking),
    ("run_forever", loop_run_forever),
    ("_run_once", loop_run_once),
    ("set_exception_handler", loop_set_exception_handler),
    ("get_exception_handler", loop_get_exception_handler),
    ("set_task_factory", loop_set_task_factory),
    ("get_task_factory", loop_get_task_factory),
    ("call_exception_handler", loop_call_exception_handler),
    ("default_exception_handler", loop_default_exception_handler),
    ("shutdown_asyncgens", loop_shutdown_asyncgens),
    ("shutdown_default_executor", loop_shutdown_default_executor),
    // Threads (issue 14).
    ("run_in_executor", super::executors::loop_run_in_executor),
    ("set_default_executor", super::executors::loop_set_default_executor),
];

/// Installs the methods of asyncio's classes.
pub fn install_methods(types: &Types) {
    Types::add_methods(&types.future, "Future", FUTURE_METHODS);
    Types::add_methods(&types.task, "Task", TASK_METHODS);
    Types::add_methods(&types.handle, "Handle", HANDLE_METHODS);
    Types::add_methods(&types.event_loop, "loop", LOOP_METHODS);
    Types::add_methods(&types.event_loop, "loop", super::io::IO_LOOP_METHODS);
}

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let functions: Vec<(&'static str, NativeFn)> = FUNCTIONS
        .iter()
        .copied()
        .filter(|(name, _)| !(vm.config.python_asyncio && ACCELERATED.contains(name)))
        .collect();
    let module = native_module("asyncio", &functions);
    let t = &vm.types;
    module.set("Future", Value::Class(t.future.clone()));
    module.set("Task", Value::Class(t.task.clone()));
    module.set("Handle", Value::Class(t.handle.clone()));
    module.set("TimerHandle", Value::Class(t.timer_handle.clone()));
    // The loop class's bases are the classes programs name: `_UnixSelectorEventLoop` (which
    // is `SelectorEventLoop` on Unix), `BaseSelectorEventLoop`, `BaseEventLoop`,
    // `AbstractEventLoop`.
    module.set("SelectorEventLoop", Value::Class(t.event_loop.clone()));
    for class in t.event_loop.mro() {
        if matches!(&*class.name, "BaseEventLoop" | "AbstractEventLoop") {
            module.set(&class.name.clone(), Value::Class(class.clone()));
        }
    }
    // asyncio's own exceptions, and (since 3.11) the built-in TimeoutError as
    // `asyncio.TimeoutError`.
    // The two that carry data (`partial`, `consumed`) are Python classes, as in CPython
    // (`lib/asyncio/exceptions.py`): nothing native raises them.
    let in_python = [ExcKind::IncompleteReadError, ExcKind::LimitOverrunError];
    for kind in ExcKind::asyncio_exports().filter(|k| !in_python.contains(k)) {
        module.set(kind.name(), Value::Class(t.exc(kind).clone()));
    }
    module
}

/// A delay or timeout argument, checked when the coroutine first runs (`Seconds`).
#[inline(always)]
fn seconds(v: &Value) -> Seconds {
    match crate::vm::builtin_subclass::number_of(v) {
        Value::Float(f) => Seconds::Number(*f),
        Value::Int(i) => Seconds::Number(*i as f64),
        Value::Bool(b) => Seconds::Number(*b as i64 as f64),
        Value::BigInt(b) => {
            Seconds::Number(num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY))
        }
        _ => Seconds::Invalid(v.clone()),
    }
}

fn number(vm: &Vm, v: &Value, what: &str) -> PyResult<f64> {
    match crate::vm::builtin_subclass::number_of(v) {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => Ok(num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY)),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "'<=' not supported between instances of '{}' and 'int'{what}",
                vm.type_name(other)
            ),
        )),
    }
}

fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Called directly by a thread's own loop, its event loop can wait as data (issue 14).
    let green = vm.take_direct_call();
    let Some(main) = args.pos.first() else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "run() missing 1 required positional argument: 'main'",
        ));
    };
    // `run(main, *, debug=None)`: 3.12's `loop_factory=` is not a 3.11 parameter.
    if args.pos.len() > 1 {
        let msg = format!("run() takes 1 positional argument but {} were given", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    only_keywords(vm, "run", &args, &["debug"])?;
    let debug = match args.keyword("debug") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(v)?),
    };
    vm.asyncio_run_resumable(main, debug, green)
}

/// Checks the arguments of an argument-clinic method taking at most `max` (after `self`),
/// by position or by the keywords `allowed`, in the clinic's words.
fn check_clinic_arguments(
    vm: &Vm,
    name: &str,
    args: &Args,
    max: usize,
    allowed: &[&str],
) -> PyResult<()> {
    check_clinic_call(vm, name, args.pos.len() - 1, args, max, allowed)
}

/// The clinic's checks for a call with `positional` arguments (not counting `self`) and
/// `args`' keywords: at most `max` in all, each keyword one of `allowed`.
fn check_clinic_call(
    vm: &Vm,
    name: &str,
    positional: usize,
    args: &Args,
    max: usize,
    allowed: &[&str],
) -> PyResult<()> {
    let given = positional + args.kw_names.len();
    if given > max {
        let keyword = if positional == 0 { "keyword " } else { "" };
        let plural = if max == 1 { "" } else { "s" };
        let msg = format!("{name}() takes at most {max} {keyword}argument{plural} ({given} given)");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    if let Some((k, _)) = args.keywords().find(|(k, _)| !allowed.contains(k)) {
        let msg = format!("'{k}' is an invalid keyword argument for {name}()");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    Ok(())
}

/// Rejects a keyword a function does not take, with CPython's wording for a Python function:
/// old tutorials still pass `loop=`, which 3.10 removed from `sleep`, `gather`, `wait_for`.
pub(super) fn only_keywords(vm: &Vm, name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    match args.keywords().find(|(k, _)| !allowed.contains(k)) {
        Some((k, _)) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{name}() got an unexpected keyword argument '{k}'"),
        )),
        None => Ok(()),
    }
}

/// `sleep(delay, result=None)`.
const SLEEP: PySignature = PySignature {
    qualname: "sleep",
    params: &["delay", "result"],
    required: 1,
    varargs: false,
    kwonly: &[],
};

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    SLEEP.check(vm, &args)?;
    let delay = seconds(SLEEP.arg(&args, 0).expect("checked: delay is required"));
    let result = SLEEP.arg(&args, 1).cloned().unwrap_or(Value::None);
    Ok(native_coroutine(vm, "sleep", "sleep", Box::new(Sleep::new(delay, result))))
}

const WAIT_FOR: PySignature = PySignature::fixed("wait_for", &["fut", "timeout"]);

fn wait_for(vm: &mut Vm, args: Args) -> PyResult<Value> {
    WAIT_FOR.check(vm, &args)?;
    let aw = WAIT_FOR.arg(&args, 0).expect("checked: fut is required").clone();
    let timeout = WAIT_FOR.arg(&args, 1).expect("checked: timeout is required");
    let timeout = if timeout.is_none() { None } else { Some(seconds(timeout)) };
    Ok(native_coroutine(vm, "wait_for", "wait_for", Box::new(WaitFor::new(aw, timeout))))
}

fn name_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<Rc<str>>> {
    match args.keyword("name") {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.str_of(v)?.into())),
    }
}

/// `create_task(coro, *, name=None, context=None)`: 3.12's `eager_start=` is not a 3.11
/// parameter.
const CREATE_TASK: PySignature = PySignature {
    qualname: "create_task",
    params: &["coro"],
    required: 1,
    varargs: false,
    kwonly: &["name", "context"],
};

fn create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    CREATE_TASK.check(vm, &args)?;
    let coro = CREATE_TASK.arg(&args, 0).expect("checked: coro is required").clone();
    let l = match vm.running_loop() {
        Ok(l) => l,
        Err(PyErr::Exception(e)) => {
            // CPython's `create_task` frame, in the traceback, still holds the coroutine:
            // it warns "never awaited" only when the exception dies.
            vm.keep_with_exception(&e, coro.clone());
            return Err(PyErr::Exception(e));
        }
        Err(e) => return Err(e),
    };
    let name = name_arg(vm, &args)?;
    if let Some(task) = vm.task_from_factory(&l, &coro, name.clone(), &args)? {
        return Ok(task);
    }
    if name.is_some() && vm.is_asyncio_coroutine(&coro) {
        // `asyncio.create_task` makes the task unnamed (a number is used up), then names it.
        vm.asyncio.task_counter += 1;
    }
    let task = vm.create_task(&l, coro.clone(), name)?;
    set_task_context(vm, &task, &args);
    vm.future_made_at(&task, &super::created_at::CREATE_TASK);
    Ok(Value::Future(task))
}

/// `ensure_future(coro_or_future, *, loop=None)`.
const ENSURE_FUTURE: PySignature = PySignature {
    qualname: "ensure_future",
    params: &["coro_or_future"],
    required: 1,
    varargs: false,
    kwonly: &["loop"],
};

fn ensure_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ENSURE_FUTURE.check(vm, &args)?;
    let aw = ENSURE_FUTURE.arg(&args, 0).expect("checked: coro_or_future is required");
    let l = match args.keyword("loop") {
        Some(Value::Loop(l)) => Some(l.clone()),
        _ => None,
    };
    let result = vm.ensure_future(aw, l.as_ref());
    if let Err(PyErr::Exception(e)) = &result {
        // CPython's `_ensure_future` frame, in the traceback, still holds the argument.
        vm.keep_with_exception(e, aw.clone());
    }
    result.map(Value::Future)
}

fn gather(vm: &mut Vm, args: Args) -> PyResult<Value> {
    only_keywords(vm, "gather", &args, &["return_exceptions"])?;
    let return_exceptions = match args.keyword("return_exceptions") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let result = vm.gather(args.pos, return_exceptions);
    if let Err(PyErr::Exception(e)) = &result {
        // CPython's `gather` frame, in the traceback, still holds its arguments (a tuple):
        // a coroutine among them warns "never awaited" only when the exception dies.
        vm.keep_with_exception(e, Value::tuple(args.pos.to_vec()));
    }
    result
}

/// `_GatheringFuture(children, loop=loop)` for the Python `gather`: a native gathering future
/// (cancelling it cancels the children); the Python code's `_done_callback` completes it.
fn gathering_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_gathering_future", &args, 2, 2)?;
    let children: Vec<Rc<FutureObj>> = vm
        .collect(&args.pos[0])?
        .into_iter()
        .filter_map(|c| match c {
            Value::Future(f) => Some(f),
            _ => None,
        })
        .collect();
    let l = match &args.pos[1] {
        Value::Loop(l) => l.clone(),
        _ => return Err(vm.new_error(ExcKind::TypeError, "an event loop is required")),
    };
    let shared = Rc::new(super::future::GatherShared {
        outer: std::cell::RefCell::new(None),
        distinct: std::cell::Cell::new(children.len()),
        children: std::cell::RefCell::new(children),
        finished: std::cell::Cell::new(0),
        return_exceptions: false,
        cancel_requested: std::cell::Cell::new(false),
    });
    let outer = vm.new_future(&l, FutureClass::Gathering(shared));
    vm.future_made_at(&outer, &super::created_at::GATHER);
    vm.asyncio.gathers.push(Rc::downgrade(&outer));
    Ok(Value::Future(outer))
}

/// `_unsupported(construct)`: library code stops the run at something not supported yet.
fn unsupported(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_unsupported", &args, 1, 1)?;
    let construct = vm.str_of(&args.pos[0])?;
    Err(vm.unsupported_now(&construct))
}

fn fut_make_cancelled_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_make_cancelled_error", &args, 1, 1)?;
    let f = this(vm, &args, "_make_cancelled_error")?;
    Ok(vm.make_cancelled_error(&f))
}

fn get_running_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_asyncio.get_running_loop", &args, 0, 0)?;
    vm.running_loop().map(Value::Loop)
}

/// `asyncio._get_running_loop()`: the running loop, or `None` where `get_running_loop`
/// would raise (libraries use it to ask without a try).
fn get_running_loop_or_none(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_asyncio._get_running_loop", &args, 0, 0)?;
    Ok(vm.thread.running_loop.clone().map_or(Value::None, Value::Loop))
}

fn get_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_asyncio.get_event_loop", &args, 0, 0)?;
    vm.get_event_loop().map(Value::Loop)
}

/// Not CPython's: a stage of what `Runner.close()` (lib/asyncio/runners.py) runs before
/// `loop.close()`, the same shutdown as `asyncio.run()`'s (leftover tasks cancelled in
/// creation order, then `shutdown_asyncgens()` and `shutdown_default_executor()`):
/// `_shutdown_stage(loop, i)` is `(awaitable or None, cancelled tasks)`; the runner runs the
/// awaitable with `run_until_complete` (a thread's runner waits green there), then passes the
/// tasks to `_shutdown_stage_end(loop, tasks)`.
fn shutdown_stage(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_shutdown_stage", &args, 2, 2)?;
    let l = loop_of(vm, &args)?;
    let stage = match &args.pos[1] {
        Value::Int(i) => usize::try_from(*i).ok().and_then(|i| ShutdownStage::ALL.get(i)),
        _ => None,
    };
    let Some(&stage) = stage else {
        return Err(vm.new_error(ExcKind::ValueError, "no such shutdown stage"));
    };
    let (awaitable, leftovers) = vm.shutdown_stage_begin(&l, stage)?;
    let leftovers = Value::list(leftovers.into_iter().map(Value::Future).collect());
    Ok(Value::tuple(vec![awaitable.unwrap_or(Value::None), leftovers]))
}

fn shutdown_stage_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_shutdown_stage_end", &args, 2, 2)?;
    let l = loop_of(vm, &args)?;
    let leftovers: Vec<_> = match &args.pos[1] {
        Value::List(list) => list
            .items
            .borrow()
            .iter()
            .filter_map(|t| match t {
                Value::Future(f) => Some(f.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    vm.shutdown_stage_end(&l, &leftovers, Ok(Value::None))?;
    Ok(Value::None)
}

fn new_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("new_event_loop", &[]).check(vm, &args)?;
    Ok(Value::Loop(vm.new_event_loop()))
}

/// `asyncio.SelectorEventLoop(selector=None)`: a new loop, as `new_event_loop()` makes. The
/// loop waits on the kernel's epoll, so a selector given must be an epoll one (the default);
/// `PollSelector` and `SelectSelector` report ready file descriptors in another order.
pub(crate) fn construct_selector_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIGNATURE: PySignature = PySignature {
        qualname: "_UnixSelectorEventLoop.__init__",
        params: &["self", "selector"],
        required: 1,
        varargs: false,
        kwonly: &[],
    };
    // Checked as the method `__init__(self, selector=None)` is, `self` counted.
    let pos: Vec<Value> = std::iter::once(Value::None).chain(args.pos.iter().cloned()).collect();
    let args = Args { pos: &pos, ..args };
    SIGNATURE.check(vm, &args)?;
    if let Some(selector) = SIGNATURE.arg(&args, 1).filter(|s| !s.is_none()) {
        let kind = vm.type_name(selector);
        if kind != "EpollSelector" {
            let what = format!("asyncio.SelectorEventLoop with a {kind}");
            return Err(vm.unsupported_now(&what));
        }
    }
    Ok(Value::Loop(vm.new_event_loop()))
}

fn set_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let signature = PySignature::fixed("set_event_loop", &["loop"]);
    signature.check(vm, &args)?;
    match signature.arg(&args, 0).expect("checked: loop is required") {
        Value::Loop(l) => vm.set_event_loop(Some(l.clone())),
        Value::None => vm.set_event_loop(None),
        other => {
            // The policy notes the call before it checks the argument.
            vm.thread.event_loop_set_called = true;
            let name = vm.type_name(other);
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("loop must be an instance of AbstractEventLoop or None, not '{name}'"),
            ));
        }
    }
    Ok(Value::None)
}

/// The policy's `get_event_loop()` (lib/asyncio/events.py): the thread's current loop,
/// whether or not a loop is running.
fn get_thread_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_get_thread_event_loop", &args, 0, 0)?;
    let running = vm.thread.running_loop.take();
    let l = vm.get_event_loop();
    vm.thread.running_loop = running;
    l.map(Value::Loop)
}

fn iscoroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let signature = PySignature::fixed("iscoroutine", &["obj"]);
    signature.check(vm, &args)?;
    let args = Args::positional(std::slice::from_ref(
        signature.arg(&args, 0).expect("checked: obj is required"),
    ));
    let v = &args.pos[0];
    Ok(Value::Bool(vm.is_asyncio_coroutine(v) || vm.is_coroutine_like_instance(v)))
}

fn iscoroutinefunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let signature = PySignature::fixed("iscoroutinefunction", &["func"]);
    signature.check(vm, &args)?;
    let args = Args::positional(std::slice::from_ref(
        signature.arg(&args, 0).expect("checked: func is required"),
    ));
    Ok(Value::Bool(is_coroutine_function(&args.pos[0])))
}

// What `asyncio.iscoroutinefunction` says: `inspect.iscoroutinefunction`, which sees through
// bound methods and `functools.partial`.
use crate::stdlib::inspect_module::is_coroutine_function;

fn isfuture(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let signature = PySignature::fixed("isfuture", &["obj"]);
    signature.check(vm, &args)?;
    let args = Args::positional(std::slice::from_ref(
        signature.arg(&args, 0).expect("checked: obj is required"),
    ));
    let obj = &args.pos[0];
    if matches!(obj, Value::Future(_)) {
        return Ok(Value::Bool(true));
    }
    // CPython's duck test: the class has `_asyncio_future_blocking` and the object's is not
    // None (a third-party future works with asyncio this way).
    let class = Value::Class(vm.class_of(obj));
    let name = "_asyncio_future_blocking";
    match vm.get_attr(&class, name) {
        Ok(_) => Ok(Value::Bool(!matches!(vm.get_attr(obj, name)?, Value::None))),
        Err(crate::vm::PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::AttributeError) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

/// `current_task(loop=None)` and `all_tasks(loop=None)`.
const CURRENT_TASK: PySignature = PySignature {
    qualname: "current_task",
    params: &["loop"],
    required: 0,
    varargs: false,
    kwonly: &[],
};
const ALL_TASKS: PySignature = PySignature { qualname: "all_tasks", ..CURRENT_TASK };

fn current_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    CURRENT_TASK.check(vm, &args)?;
    let Some(l) = loop_argument(vm, &args)? else {
        // CPython looks the object up in its map of current tasks: no loop has none.
        return Ok(Value::None);
    };
    let running = vm.thread.running_loop.as_ref().is_some_and(|r| Rc::ptr_eq(r, &l));
    let task = if running { vm.thread.current_task.clone() } else { None };
    Ok(task.map(Value::Future).unwrap_or(Value::None))
}

fn all_tasks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ALL_TASKS.check(vm, &args)?;
    let tasks: Vec<Value> = match loop_argument(vm, &args)? {
        Some(l) => vm.pending_tasks(&l).into_iter().map(Value::Future).collect(),
        None => Vec::new(),
    };
    vm.new_set(tasks, false)
}

/// The `loop` of `current_task(loop=None)`/`all_tasks(loop=None)`: the running loop when
/// `None` (which must exist), else the one given, which need not run (old code collects a
/// stopped loop's leftover tasks with `all_tasks(loop)`); `None` for an object that is no loop.
fn loop_argument(vm: &Vm, args: &Args) -> PyResult<Option<Rc<super::event_loop::LoopObj>>> {
    match CURRENT_TASK.arg(args, 0) {
        None | Some(Value::None) => vm.running_loop().map(Some),
        Some(Value::Loop(l)) => Ok(Some(l.clone())),
        Some(_) => Ok(None),
    }
}

/// The future a method was called on.
fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<FutureObj>> {
    match args.pos.first() {
        Some(Value::Future(f)) => Ok(f.clone()),
        _ => {
            Err(vm
                .new_error(ExcKind::TypeError, &format!("descriptor '{method}' requires a Future")))
        }
    }
}

/// The future a C method taking no arguments (`METH_NOARGS`) was called on, with CPython's
/// errors for arguments given anyway (`fut.result(5)`, as `concurrent.futures` would take).
fn this_no_args(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<FutureObj>> {
    let f = this(vm, args, method)?;
    check_method(vm, method_owner(&f), method, args, MethodArity::NoArgs, &[])?;
    Ok(f)
}

/// The future a C method taking exactly one argument (`METH_O`) was called on.
fn this_one_arg(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<FutureObj>> {
    let f = this(vm, args, method)?;
    check_method(vm, method_owner(&f), method, args, MethodArity::One, &[])?;
    Ok(f)
}

/// The class an error about a future's method names: Task repeats Future's methods in its
/// own table.
fn method_owner(f: &FutureObj) -> &'static str {
    if f.is_task() {
        "Task"
    } else {
        "Future"
    }
}

/// `fut.__await__()`, `fut.__iter__()`: the iterator `await` and `yield from` drive, which
/// yields the future while it is pending and returns its result (`_asyncio.FutureIter`).
fn fut_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "__await__")?;
    Ok(crate::vm::iter::new_iter(crate::vm::objects::IterState::FutureIter(f)))
}

fn fut_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "result")?;
    vm.future_result(&f)
}

fn fut_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "exception")?;
    vm.future_exception(&f)
}

fn fut_done(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "done")?;
    Ok(Value::Bool(f.done()))
}

fn fut_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "cancelled")?;
    Ok(Value::Bool(f.state.get() == FutState::Cancelled))
}

fn fut_cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_clinic_arguments(vm, "cancel", &args, 1, &["msg"])?;
    let f = this(vm, &args, "cancel")?;
    let msg = args.pos.get(1).or(args.keyword("msg")).cloned().filter(|m| !m.is_none());
    Ok(Value::Bool(vm.cancel_future(&f, msg)?))
}

fn fut_add_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `add_done_callback(fn, /, *, context=None)`.
    check_clinic_arguments(vm, "add_done_callback", &args, 2, &["context"])?;
    if args.pos.len() != 2 {
        let msg = format!(
            "add_done_callback() takes exactly 1 positional argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let f = this(vm, &args, "add_done_callback")?;
    let context = context_arg(vm, &args);
    vm.add_done_callback(&f, DoneCallback::Python(args.pos[1].clone(), context))?;
    Ok(Value::None)
}

fn fut_remove_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_one_arg(vm, &args, "remove_done_callback")?;
    let target = args.pos[1].clone();
    // CPython compares with `!=`: the same function, or equal bound methods.
    let matches = |c: &DoneCallback| match c {
        DoneCallback::Python(v, _) => same_callable(v, &target),
        _ => false,
    };
    Ok(Value::Int(vm.remove_done_callback(&f, matches) as i64))
}

fn same_callable(a: &Value, b: &Value) -> bool {
    crate::vm::hashing::methods_equal(a, b).unwrap_or_else(|| a.is(b))
}

fn fut_set_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_one_arg(vm, &args, "set_result")?;
    if f.is_task() {
        return Err(
            vm.new_error(ExcKind::RuntimeError, "Task does not support set_result operation")
        );
    }
    vm.future_set_result(&f, args.pos[1].clone())?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_one_arg(vm, &args, "set_exception")?;
    if f.is_task() {
        return Err(
            vm.new_error(ExcKind::RuntimeError, "Task does not support set_exception operation")
        );
    }
    vm.future_set_exception(&f, args.pos[1].clone())?;
    Ok(Value::None)
}

fn fut_get_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "get_loop")?;
    Ok(Value::Loop(f.event_loop.clone()))
}

fn task_data<'a>(vm: &Vm, f: &'a FutureObj) -> PyResult<&'a super::task::TaskData> {
    match &f.class {
        FutureClass::Task(data) => Ok(data),
        _ => Err(vm.new_error(ExcKind::TypeError, "not a Task")),
    }
}

fn task_get_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "get_name")?;
    let name = task_data(vm, &f)?.name.borrow().clone();
    Ok(Value::str(&name))
}

fn task_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_one_arg(vm, &args, "set_name")?;
    let name: Rc<str> = vm.str_of(&args.pos[1])?.into();
    *task_data(vm, &f)?.name.borrow_mut() = name.clone();
    if vm.trace.enabled() {
        let id = vm.trace.intern(&name);
        vm.emit(Event::TaskRename { task: f.serial, name: id });
    }
    Ok(Value::None)
}

fn task_get_coro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "get_coro")?;
    Ok(task_data(vm, &f)?.coro.clone())
}

fn task_uncancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "uncancel")?;
    task_data(vm, &f)?;
    Ok(Value::Int(vm.task_uncancel(&f) as i64))
}

/// The `limit` argument of `get_stack`/`print_stack` (keyword-only).
fn limit_arg(vm: &Vm, args: &Args) -> PyResult<Option<i64>> {
    match args.keyword("limit") {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'<=' not supported between instances of '{}' and 'int'", vm.type_name(other)),
        )),
    }
}

/// A clinic method whose parameters are all keyword-only (`get_stack(*, limit=None)`).
fn check_keyword_only(vm: &Vm, name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    if args.pos.len() > 1 {
        let msg = format!("{name}() takes no positional arguments");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    check_clinic_call(vm, name, 0, args, allowed.len(), allowed)
}

fn task_get_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_keyword_only(vm, "get_stack", &args, &["limit"])?;
    let f = this(vm, &args, "get_stack")?;
    task_data(vm, &f)?;
    let limit = limit_arg(vm, &args)?;
    vm.task_get_stack(&f, limit)
}

fn task_print_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_keyword_only(vm, "print_stack", &args, &["limit", "file"])?;
    let f = this(vm, &args, "print_stack")?;
    task_data(vm, &f)?;
    let limit = limit_arg(vm, &args)?;
    let file = args.keyword("file").filter(|v| !v.is_none()).cloned();
    vm.task_print_stack(&f, limit, file.as_ref())?;
    Ok(Value::None)
}

fn task_cancelling(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_no_args(vm, &args, "cancelling")?;
    Ok(Value::Int(task_data(vm, &f)?.num_cancels_requested.get() as i64))
}

/// The handle or timer handle a method was called on.
fn handle_of(vm: &Vm, args: &Args) -> PyResult<AnyHandle> {
    match args.pos.first() {
        Some(Value::Handle(h)) => Ok(AnyHandle::Handle(h.clone())),
        Some(Value::TimerHandle(t)) => Ok(AnyHandle::TimerHandle(t.clone())),
        _ => Err(vm.new_error(ExcKind::TypeError, "a Handle is required")),
    }
}

/// A handle's method takes only `self`; CPython's are Python methods, named in the error by
/// the class that defines them.
fn check_handle_no_args(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if let Some(name) = args.kw_names.first() {
        let name = name.as_str().unwrap_or("?");
        let msg = format!("{qualname}() got an unexpected keyword argument '{name}'");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    if args.pos.len() > 1 {
        let msg =
            format!("{qualname}() takes 1 positional argument but {} were given", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    Ok(())
}

fn handle_cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let owner = match handle_of(vm, &args)? {
        AnyHandle::Handle(_) => "Handle.cancel",
        AnyHandle::TimerHandle(_) => "TimerHandle.cancel",
    };
    check_handle_no_args(vm, &args, owner)?;
    match handle_of(vm, &args)? {
        AnyHandle::Handle(h) => vm.cancel_handle(&h),
        AnyHandle::TimerHandle(t) => vm.cancel_timer(&t),
    }
    Ok(Value::None)
}

fn handle_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_of(vm, &args)?;
    check_handle_no_args(vm, &args, "Handle.cancelled")?;
    Ok(Value::Bool(h.handle().cancelled.get()))
}

fn handle_when(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match handle_of(vm, &args)? {
        AnyHandle::TimerHandle(t) => {
            check_handle_no_args(vm, &args, "TimerHandle.when")?;
            Ok(t.when_value())
        }
        plain => Err(vm.no_attribute(&plain.to_value(), "when")),
    }
}

pub(super) fn loop_of(vm: &Vm, args: &Args) -> PyResult<Rc<super::event_loop::LoopObj>> {
    match args.pos.first() {
        Some(Value::Loop(l)) => Ok(l.clone()),
        _ => Err(vm.new_error(ExcKind::TypeError, "an event loop is required")),
    }
}

fn loop_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.time", &["self"]).check(vm, &args)?;
    loop_of(vm, &args)?;
    Ok(Value::Float(vm.loop_time()))
}

/// A `BaseEventLoop` method taking a callback: `(self, [delay|when,] callback, *args,
/// context=None)`.
const fn callback_method(qualname: &'static str, params: &'static [&'static str]) -> PySignature {
    PySignature { qualname, params, required: params.len(), varargs: true, kwonly: &["context"] }
}

const CALL_SOON: PySignature = callback_method("BaseEventLoop.call_soon", &["self", "callback"]);
const CALL_SOON_THREADSAFE: PySignature =
    callback_method("BaseEventLoop.call_soon_threadsafe", &["self", "callback"]);
const CALL_LATER: PySignature =
    callback_method("BaseEventLoop.call_later", &["self", "delay", "callback"]);
const CALL_AT: PySignature =
    callback_method("BaseEventLoop.call_at", &["self", "when", "callback"]);

/// The callback and its arguments from a `BaseEventLoop` method with `signature`, checked as
/// CPython's binding checks them.
fn loop_callback_args(
    vm: &mut Vm,
    args: &Args,
    method: &str,
    signature: &PySignature,
) -> PyResult<Callback> {
    signature.check(vm, args)?;
    let last = signature.params.len() - 1;
    let func = signature.arg(args, last).expect("checked: callback is required").clone();
    let context = context_arg(vm, args);
    let callback = Callback::Python { func, args: signature.rest(args).to_vec(), context };
    let l = loop_of(vm, args)?;
    let (debug, owner) = {
        let state = l.state.borrow();
        (state.debug, state.thread_id)
    };
    // `_check_thread`: in debug mode, only the loop's own thread may schedule on it (but
    // `call_soon_threadsafe`, which exists for the others).
    let foreign = || owner.is_some_and(|id| id != vm.current_thread_ident());
    if debug && method != "call_soon_threadsafe" && foreign() {
        let msg = "Non-thread-safe operation invoked on an event loop other than the current one";
        return Err(vm.new_error(ExcKind::RuntimeError, msg));
    }
    if let (true, Callback::Python { func, .. }) = (debug, &callback) {
        // `call_later` checks in the `call_at` it delegates to.
        check_callback(vm, func, if method == "call_later" { "call_at" } else { method })?;
    }
    Ok(callback)
}

/// `BaseEventLoop._check_callback`, which a loop in debug mode runs on every callback it is
/// given: a coroutine (or coroutine function) or a non-callable fails at once, where without
/// debug mode it fails later, when the loop calls it ("Exception in callback").
fn check_callback(vm: &mut Vm, func: &Value, method: &str) -> PyResult<()> {
    if vm.is_asyncio_coroutine(func) || is_coroutine_function(func) {
        return Err(
            vm.new_error(ExcKind::TypeError, &format!("coroutines cannot be used with {method}()"))
        );
    }
    if !crate::vm::builtins::is_callable(func) {
        let shown = vm.repr(func)?;
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("a callable object was expected by {method}(), got {shown}"),
        ));
    }
    Ok(())
}

/// The callback and its arguments from `call_soon(cb, *args)` (after `skip` leading args).
pub(super) fn callback_args(
    vm: &mut Vm,
    args: &Args,
    skip: usize,
    method: &str,
) -> PyResult<Callback> {
    let Some(func) = args.pos.get(skip) else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{method}() missing 1 required positional argument: 'callback'"),
        ));
    };
    let context = context_arg(vm, args);
    Ok(Callback::Python { func: func.clone(), args: args.pos[skip + 1..].to_vec(), context })
}

/// The `context=` a callback or task runs in: the one given, else a copy of the running one.
pub(super) fn context_arg(vm: &mut Vm, args: &Args) -> Option<Value> {
    match args.keyword("context") {
        Some(c) if !c.is_none() => Some(c.clone()),
        _ => vm.snapshot_context(),
    }
}

fn loop_call_soon(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = loop_of(vm, &args)?;
    let cb = loop_callback_args(vm, &args, "call_soon", &CALL_SOON)?;
    vm.call_soon(&l, cb).map(Value::Handle)
}

/// `call_soon_threadsafe`: `call_soon`, then the loop is woken (`_write_to_self`, T6).
fn loop_call_soon_threadsafe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = loop_of(vm, &args)?;
    let cb = loop_callback_args(vm, &args, "call_soon_threadsafe", &CALL_SOON_THREADSAFE)?;
    let handle = vm.call_soon(&l, cb)?;
    vm.wake_loop(&l);
    Ok(Value::Handle(handle))
}

fn loop_call_later(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = loop_of(vm, &args)?;
    let cb = loop_callback_args(vm, &args, "call_later", &CALL_LATER)?;
    let delay = CALL_LATER.arg(&args, 1).expect("checked: delay is required").clone();
    if delay.is_none() {
        return Err(vm.new_error(ExcKind::TypeError, "delay must not be None"));
    }
    // CPython's `call_later` is `call_at(self.time() + delay, ...)`: a delay that is not a
    // number fails in that addition.
    let now = Value::Float(vm.loop_time());
    vm.binary_op(BinOp::Add, &now, &delay, false)?;
    let d = number(vm, &delay, "")?;
    vm.call_later(&l, d, cb).map(Value::TimerHandle)
}

fn loop_call_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = loop_of(vm, &args)?;
    let cb = loop_callback_args(vm, &args, "call_at", &CALL_AT)?;
    let when = CALL_AT.arg(&args, 1).expect("checked: when is required").clone();
    if when.is_none() {
        return Err(vm.new_error(ExcKind::TypeError, "when cannot be None"));
    }
    let w = number(vm, &when, "")?;
    // An int deadline that a float holds exactly is shown as the int it was.
    let when_is_int = matches!(when, Value::Int(i) if (i as f64) as i64 == i);
    let t = vm.call_at(&l, w, when_is_int, cb)?;
    // The `TimerHandle` is made in `call_at`, whose frame is the innermost of its stack.
    vm.handle_made_at(&t.handle, &super::created_at::CALL_AT, 1);
    Ok(Value::TimerHandle(t))
}

fn loop_create_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.create_future", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let fut = vm.new_future(&l, FutureClass::Future);
    vm.future_made_at(&fut, &super::created_at::CREATE_FUTURE);
    Ok(Value::Future(fut))
}

/// `BaseEventLoop.create_task(self, coro, *, name=None, context=None)`.
const LOOP_CREATE_TASK: PySignature = PySignature {
    qualname: "BaseEventLoop.create_task",
    params: &["self", "coro"],
    required: 2,
    varargs: false,
    kwonly: &["name", "context"],
};

fn loop_create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let coro = LOOP_CREATE_TASK.method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let name = name_arg(vm, &args)?;
    if let Some(task) = vm.task_from_factory(&l, coro, name.clone(), &args)? {
        return Ok(task);
    }
    let task = vm.create_task(&l, coro.clone(), name)?;
    set_task_context(vm, &task, &args);
    Ok(Value::Future(task))
}

fn loop_set_task_factory(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = PySignature::fixed("BaseEventLoop.set_task_factory", &["self", "factory"])
        .method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let factory = arg;
    if !factory.is_none() && !is_callable(factory) {
        return Err(vm.new_error(ExcKind::TypeError, "task factory must be a callable or None"));
    }
    l.state.borrow_mut().task_factory = (!factory.is_none()).then(|| factory.clone());
    Ok(Value::None)
}

fn loop_get_task_factory(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.get_task_factory", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let factory = l.state.borrow().task_factory.clone();
    Ok(factory.unwrap_or(Value::None))
}

impl Vm {
    /// `loop.create_task` with a task factory set: `factory(loop, coro)` (with `context=`
    /// when one was given) makes the task, then it gets its name (`tasks._set_task_name`).
    /// `None` when the loop has no factory (asked inline: every task creation asks).
    #[inline]
    pub(crate) fn task_from_factory(
        &mut self,
        l: &Rc<super::event_loop::LoopObj>,
        coro: &Value,
        name: Option<Rc<str>>,
        args: &Args,
    ) -> PyResult<Option<Value>> {
        if l.state.borrow().task_factory.is_none() {
            return Ok(None);
        }
        self.task_from_set_factory(l, coro, name, args)
    }

    fn task_from_set_factory(
        &mut self,
        l: &Rc<super::event_loop::LoopObj>,
        coro: &Value,
        name: Option<Rc<str>>,
        args: &Args,
    ) -> PyResult<Option<Value>> {
        let factory = l.state.borrow().task_factory.clone();
        let Some(factory) = factory else { return Ok(None) };
        if l.state.borrow().closed {
            return Err(self.new_error(ExcKind::RuntimeError, "Event loop is closed"));
        }
        let pos = [Value::Loop(l.clone()), coro.clone()];
        let task = match args.keyword("context").filter(|c| !c.is_none()) {
            Some(context) => {
                let names = [Value::str("context")];
                let values = [context.clone()];
                self.call(&factory, Args { pos: &pos, kw_names: &names, kw_values: &values })?
            }
            None => self.call(&factory, Args::positional(&pos))?,
        };
        if let Some(name) = name {
            let set_name = self.get_attr(&task, "set_name")?;
            self.call(&set_name, Args::positional(&[Value::str(&name)]))?;
        }
        Ok(Some(task))
    }
}

/// `create_task(coro, context=ctx)`: the task runs in `ctx` instead of a copy of the running
/// context.
fn set_task_context(vm: &mut Vm, task: &FutureObj, args: &Args) {
    if let Some(c) = args.keyword("context").filter(|c| !c.is_none()) {
        vm.asyncio.task_contexts.insert(task.serial, c.clone());
    }
}

fn loop_run_until_complete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Called directly by a thread's own code, its loop can wait as data (issue 14).
    let green = vm.take_direct_call();
    let arg = PySignature::fixed("BaseEventLoop.run_until_complete", &["self", "future"])
        .method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    vm.run_until_complete_resumable(&l, arg, green)
}

fn loop_is_running(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.is_running", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let running = l.state.borrow().running;
    Ok(Value::Bool(running))
}

fn loop_is_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.is_closed", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let closed = l.state.borrow().closed;
    Ok(Value::Bool(closed))
}

fn loop_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.stop", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    l.state.borrow_mut().stopping = true;
    Ok(Value::None)
}

fn loop_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("_UnixSelectorEventLoop.close", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    vm.close_loop(&l)?;
    Ok(Value::None)
}

fn loop_get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.get_debug", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let debug = l.state.borrow().debug;
    Ok(Value::Bool(debug))
}

/// `set_debug(enabled)`: a running loop changes its origin tracking from its next cycle,
/// through `call_soon_threadsafe` as CPython's does.
fn loop_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = PySignature::fixed("BaseEventLoop.set_debug", &["self", "enabled"])
        .method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let on = vm.truthy(arg)?;
    l.state.borrow_mut().debug = on;
    if l.state.borrow().running {
        let method = vm.get_attr(&args.pos[0], "_set_coroutine_origin_tracking")?;
        let call = [args.pos[0].clone(), method, Value::Bool(on)];
        loop_call_soon_threadsafe(vm, Args::positional(&call))?;
    }
    Ok(Value::None)
}

/// `_set_coroutine_origin_tracking(enabled)`.
fn loop_set_coroutine_origin_tracking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg =
        PySignature::fixed("BaseEventLoop._set_coroutine_origin_tracking", &["self", "enabled"])
            .method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let on = vm.truthy(arg)?;
    vm.set_coroutine_origin_tracking(&l, on);
    Ok(Value::None)
}

fn loop_run_forever(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.run_forever", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    vm.run_forever(&l)?;
    Ok(Value::None)
}

/// `loop._run_once()`: one cycle of the loop, as tutorials that step a loop by hand call
/// it. As in CPython it neither checks nor marks the loop running.
fn loop_run_once(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop._run_once", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    vm.run_once(&l)?;
    Ok(Value::None)
}

/// What `callable()` says.
fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }
}

fn loop_set_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = PySignature::fixed("BaseEventLoop.set_exception_handler", &["self", "handler"])
        .method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let handler = arg;
    if !handler.is_none() && !is_callable(handler) {
        let r = vm.repr(handler)?;
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("A callable object or None is expected, got {r}"),
        ));
    }
    l.state.borrow_mut().exception_handler =
        if handler.is_none() { None } else { Some(handler.clone()) };
    Ok(Value::None)
}

fn loop_get_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.get_exception_handler", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    let handler = l.state.borrow().exception_handler.clone();
    Ok(handler.unwrap_or(Value::None))
}

fn loop_call_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = PySignature::fixed("BaseEventLoop.call_exception_handler", &["self", "context"])
        .method_arg(vm, &args)?;
    let l = loop_of(vm, &args)?;
    vm.call_exception_handler(&l, arg, DiagnosticKind::CallbackError)?;
    Ok(Value::None)
}

fn loop_default_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = PySignature::fixed("BaseEventLoop.default_exception_handler", &["self", "context"])
        .method_arg(vm, &args)?;
    loop_of(vm, &args)?;
    vm.default_exception_handler(arg, DiagnosticKind::CallbackError)?;
    Ok(Value::None)
}

fn loop_shutdown_asyncgens(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.shutdown_asyncgens", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    Ok(vm.shutdown_asyncgens_coroutine(&l))
}

/// Without a default executor CPython's coroutine returns at once; with one, it joins the
/// pool's workers (`executors`).
fn loop_shutdown_default_executor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    PySignature::fixed("BaseEventLoop.shutdown_default_executor", &["self"]).check(vm, &args)?;
    let l = loop_of(vm, &args)?;
    super::executors::shutdown_default_executor_coroutine(vm, &l)
}

impl Vm {
    /// `asyncio.Future()` and `asyncio.Task(coro)`.
    pub(crate) fn construct_asyncio(
        &mut self,
        class: &Rc<ClassObj>,
        args: Args,
    ) -> PyResult<Value> {
        if Rc::ptr_eq(class, &self.types.gathering_future) {
            return Err(self.unsupported_now("calling asyncio.tasks._GatheringFuture directly"));
        }
        let is_future = Rc::ptr_eq(class, &self.types.future);
        // `Future(*, loop=None)` and `Task(coro, *, loop=None, name=None, context=None)`.
        if is_future && !args.pos.is_empty() {
            return Err(
                self.new_error(ExcKind::TypeError, "Future() takes no positional arguments")
            );
        }
        if !is_future && args.pos.len() > 1 {
            let msg =
                format!("Task() takes exactly 1 positional argument ({} given)", args.pos.len());
            return Err(self.new_error(ExcKind::TypeError, &msg));
        }
        if is_future {
            check_clinic_call(self, "Future", 0, &args, 1, &["loop"])?;
        } else {
            check_clinic_call(
                self,
                "Task",
                args.pos.len(),
                &args,
                4,
                &["loop", "name", "context"],
            )?;
        }
        let l = match args.keyword("loop") {
            Some(Value::Loop(l)) => l.clone(),
            _ => self.get_event_loop()?,
        };
        if is_future {
            return Ok(Value::Future(self.new_future(&l, FutureClass::Future)));
        }
        let Some(coro) = args.pos.first() else {
            return Err(self
                .new_error(ExcKind::TypeError, "Task() missing required argument 'coro' (pos 1)"));
        };
        let name = name_arg(self, &args)?;
        let task = self.create_task(&l, coro.clone(), name)?;
        set_task_context(self, &task, &args);
        Ok(Value::Future(task))
    }

    /// Attributes of futures, handles and loops that are not methods: the getters, then a
    /// future's own attributes (CPython's data descriptors, then the instance dict, both
    /// before the methods).
    pub(crate) fn asyncio_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let found = self.asyncio_getter(obj, name)?;
        Ok(match (found, obj) {
            (None, Value::Future(f)) => {
                f.inner.borrow().rare.as_ref().and_then(|r| r.attrs.get(name).cloned())
            }
            (None, Value::Loop(l)) => {
                l.state.borrow().attrs.as_ref().and_then(|attrs| attrs.get(name).cloned())
            }
            (found, _) => found,
        })
    }

    fn asyncio_getter(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, name) {
            (Value::Future(f), "_state") => Some(Value::str(&f.state.get().name().to_uppercase())),
            (Value::Future(f), "_loop") => Some(Value::Loop(f.event_loop.clone())),
            (Value::Future(f), "_asyncio_future_blocking") => {
                Some(Value::Bool(f.inner.borrow().blocking))
            }
            (Value::Future(f), "_coro" | "_fut_waiter" | "_must_cancel") => match &f.class {
                FutureClass::Task(t) => Some(match name {
                    "_coro" => t.coro.clone(),
                    "_fut_waiter" => {
                        t.fut_waiter.borrow().clone().map(Value::Future).unwrap_or(Value::None)
                    }
                    _ => Value::Bool(t.must_cancel.get()),
                }),
                _ => None,
            },
            (Value::TimerHandle(t), "_when") => Some(Value::Float(t.when)),
            (Value::Loop(l), "slow_callback_duration") => {
                Some(Value::Float(l.state.borrow().slow_callback_duration))
            }
            (Value::Future(f), "_cancel_message") => {
                Some(f.inner.borrow().cancel_message.clone().unwrap_or(Value::None))
            }
            (Value::Future(f), "_cancel_requested") => match &f.class {
                FutureClass::Gathering(shared) => Some(Value::Bool(shared.cancel_requested.get())),
                _ => None,
            },
            (Value::Future(f), "_exception") => {
                Some(f.inner.borrow().exception.clone().unwrap_or(Value::None))
            }
            (Value::Handle(h), "_cancelled") => Some(Value::Bool(h.cancelled.get())),
            (Value::TimerHandle(t), "_cancelled") => Some(Value::Bool(t.handle.cancelled.get())),
            (Value::Loop(l), "_transports") => {
                let existing = l.state.borrow().transports.clone();
                Some(existing.unwrap_or_else(|| {
                    let d = Value::Dict(Rc::new(crate::vm::objects::DictObj::default()));
                    l.state.borrow_mut().transports = Some(d.clone());
                    d
                }))
            }
            (Value::Loop(l), "_signal_handlers") => {
                let existing = l.state.borrow().signal_handlers.clone();
                Some(existing.unwrap_or_else(|| {
                    let d = Value::Dict(Rc::new(crate::vm::objects::DictObj::default()));
                    l.state.borrow_mut().signal_handlers = Some(d.clone());
                    d
                }))
            }
            (Value::Loop(_), _) => return self.loop_library_attr(obj, name),
            _ => None,
        })
    }

    /// `fut.name = value` for a name that is not one of the future's own getters: the
    /// future's `__dict__` takes it (shadowing a method, as in CPython); `del fut.name`
    /// (`value` None) removes it.
    fn future_set_attr(&mut self, obj: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
        let Value::Future(f) = obj else { return Err(self.no_attribute(obj, name)) };
        let read_only = matches!(
            name,
            "_state" | "_loop" | "_result" | "_exception" | "_callbacks" | "_source_traceback"
        ) || (f.is_task()
            && matches!(name, "_coro" | "_must_cancel" | "_fut_waiter"));
        if read_only {
            let msg =
                format!("attribute '{name}' of '{}' objects is not writable", self.type_name(obj));
            return Err(self.new_error(ExcKind::AttributeError, &msg));
        }
        if name == "__class__" || name == "__dict__" {
            return Err(self.unsupported_attr(&format!("assigning to a future's `{name}`")));
        }
        let mut inner = f.inner.borrow_mut();
        let old = match value {
            Some(v) => inner.rare.get_or_insert_with(Default::default).attrs.insert(name.into(), v),
            None => {
                let removed = inner.rare.as_mut().and_then(|r| r.attrs.shift_remove(name));
                if removed.is_none() {
                    drop(inner);
                    return Err(self.no_attribute(obj, name));
                }
                removed
            }
        };
        drop(inner);
        drop(old);
        Ok(())
    }

    pub(crate) fn asyncio_set_attr(
        &mut self,
        obj: &Value,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        match (obj, name) {
            (Value::Future(f), "_asyncio_future_blocking") => {
                f.inner.borrow_mut().blocking = self.truthy(&value)?;
                Ok(())
            }
            (Value::Loop(l), "slow_callback_duration") => {
                let seconds = number(self, &value, "")?;
                l.state.borrow_mut().slow_callback_duration = seconds;
                Ok(())
            }
            (Value::Future(f), "_log_destroy_pending") => match &f.class {
                FutureClass::Task(t) => {
                    t.log_destroy_pending.set(self.truthy(&value)?);
                    Ok(())
                }
                _ => self.future_set_attr(obj, name, Some(value)),
            },
            // Only ever cleared: the idiom that silences "exception was never retrieved".
            (Value::Future(f), "_log_traceback") => {
                if self.truthy(&value)? {
                    let msg = "_log_traceback can only be set to False";
                    return Err(self.new_error(ExcKind::ValueError, msg));
                }
                f.inner.borrow_mut().log_traceback = false;
                Ok(())
            }
            (Value::Future(f), "_cancel_message") => {
                f.inner.borrow_mut().cancel_message = (!value.is_none()).then_some(value);
                Ok(())
            }
            (Value::Future(_), _) => self.future_set_attr(obj, name, Some(value)),
            (Value::Loop(l), _) => {
                let old = l
                    .state
                    .borrow_mut()
                    .attrs
                    .get_or_insert_with(Default::default)
                    .insert(name.into(), value);
                drop(old);
                Ok(())
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// `del loop.name`: only the program's own attributes can go.
    pub(crate) fn loop_del_attr(
        &mut self,
        l: &super::LoopObj,
        obj: &Value,
        name: &str,
    ) -> PyResult<()> {
        let removed = l.state.borrow_mut().attrs.as_mut().and_then(|a| a.shift_remove(name));
        match removed {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `del fut.name`: only the program's own attributes can go.
    pub(crate) fn future_del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if name == "_log_traceback" {
            return Err(self.new_error(ExcKind::AttributeError, "cannot delete attribute"));
        }
        self.future_set_attr(obj, name, None)
    }
}

/// Whether native function `b` stands in for a function CPython writes in Python (asyncio's
/// `sleep`, `gather`, `run`...): it then shows as one, `<function sleep at 0x...>` of type
/// `function`. asyncio's own private helpers and `_asyncio`'s C functions stay built-ins.
pub fn is_python_function(b: &BuiltinObj) -> bool {
    b.owner == "asyncio"
        && !b.name.starts_with('_')
        && builtin_module(b.owner, b.name) != "_asyncio"
}

/// Where CPython 3.11.7 defines the Python function native `b` stands in for, as
/// `format_helpers._get_function_source` gives it (a callback's repr ends `at FILE:LINE`).
pub fn python_function_source(b: &BuiltinObj) -> Option<&'static str> {
    if !is_python_function(b) {
        return None;
    }
    Some(match b.name {
        "all_tasks" => "<stdlib>/asyncio/tasks.py:42",
        "as_completed" => "<stdlib>/asyncio/tasks.py:568",
        "create_task" => "<stdlib>/asyncio/tasks.py:376",
        "current_task" => "<stdlib>/asyncio/tasks.py:35",
        "ensure_future" => "<stdlib>/asyncio/tasks.py:654",
        "gather" => "<stdlib>/asyncio/tasks.py:728",
        "run_coroutine_threadsafe" => "<stdlib>/asyncio/tasks.py:917",
        "shield" => "<stdlib>/asyncio/tasks.py:851",
        "sleep" => "<stdlib>/asyncio/tasks.py:637",
        "wait" => "<stdlib>/asyncio/tasks.py:399",
        "wait_for" => "<stdlib>/asyncio/tasks.py:436",
        "iscoroutine" => "<stdlib>/asyncio/coroutines.py:34",
        "iscoroutinefunction" => "<stdlib>/asyncio/coroutines.py:21",
        "isfuture" => "<stdlib>/asyncio/base_futures.py:14",
        "new_event_loop" => "<stdlib>/asyncio/events.py:804",
        "set_event_loop" => "<stdlib>/asyncio/events.py:799",
        "run" => "<stdlib>/asyncio/runners.py:160",
        _ => return None,
    })
}

/// Whether native function `b` stands in for an `async def` of CPython's asyncio, so that
/// `iscoroutinefunction` says yes (`sleep`, `wait_for`: they return coroutines here too).
pub fn is_coroutine_function_stand_in(b: &BuiltinObj) -> bool {
    b.owner == "asyncio" && matches!(b.name, "sleep" | "wait_for")
}

/// `__module__` of a native function: for asyncio's, the submodule CPython defines it in
/// (most are Python functions there); for other modules', the module.
pub fn builtin_module(owner: &'static str, name: &str) -> &'static str {
    if owner != "asyncio" {
        return owner;
    }
    match name {
        "run" => "asyncio.runners",
        "get_running_loop" | "_get_running_loop" | "get_event_loop" => "_asyncio",
        "new_event_loop" | "set_event_loop" => "asyncio.events",
        "iscoroutine" | "iscoroutinefunction" => "asyncio.coroutines",
        "isfuture" => "asyncio.base_futures",
        _ => "asyncio.tasks",
    }
}

//! The `sys` module: `argv` (the program's file name), `exit` (SystemExit; the run's exit
//! status is decided in `run`), the standard streams (`std_streams`),
//! `version_info` and friends for CPython 3.11.7 on Linux, the recursion limit, the switch
//! interval, `modules`, `exc_info`, and the asyncgen hooks (stored for the event loop).

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::NativeClass;
use crate::vm::objects::{DictObj, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("getswitchinterval", getswitchinterval),
    ("setswitchinterval", setswitchinterval),
    ("exc_info", exc_info),
    ("exception", exception),
    ("_getframe", getframe),
    ("get_asyncgen_hooks", get_asyncgen_hooks),
    ("set_asyncgen_hooks", set_asyncgen_hooks),
    ("get_coroutine_origin_tracking_depth", get_coroutine_origin_tracking_depth),
    ("set_coroutine_origin_tracking_depth", set_coroutine_origin_tracking_depth),
    ("getdefaultencoding", getdefaultencoding),
    ("getfilesystemencoding", getdefaultencoding),
    ("intern", intern),
    ("is_finalizing", is_finalizing),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("excepthook", excepthook),
    ("unraisablehook", unraisablehook),
    ("set_int_max_str_digits", set_int_max_str_digits),
];

/// The CPython the harness runs (3.11.7); programs should not print more than `3.11`.
const VERSION: &str = "3.11.7 (main, Jan  1 2024, 00:00:00) [GCC 12.2.0]";

const VERSION_INFO: NativeClass =
    NativeClass { module: "sys", name: "version_info", methods: &[], new: None };
const FLOAT_INFO: NativeClass =
    NativeClass { module: "sys", name: "float_info", methods: &[], new: None };
const INT_INFO: NativeClass =
    NativeClass { module: "sys", name: "int_info", methods: &[], new: None };
const HASH_INFO: NativeClass =
    NativeClass { module: "sys", name: "hash_info", methods: &[], new: None };
const UNRAISABLE_HOOK_ARGS: NativeClass =
    NativeClass { module: "builtins", name: "UnraisableHookArgs", methods: &[], new: None };
const ASYNCGEN_HOOKS: NativeClass =
    NativeClass { module: "builtins", name: "asyncgen_hooks", methods: &[], new: None };

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("sys", FUNCTIONS);
    let argv0 = vm.config.argv0.clone().unwrap_or_else(|| vm.source.name.to_string());
    let argv = Value::list(vec![Value::str(&argv0)]);
    module.set("argv", argv.clone());
    module.set("orig_argv", Value::list(vec![Value::str("python3"), Value::str(&argv0)]));
    super::std_streams::install(vm, &module);
    if let Some(hook) = module.get("excepthook") {
        module.set("__excepthook__", hook);
    }
    if let Some(hook) = module.get("unraisablehook") {
        module.set("__unraisablehook__", hook);
    }
    module.set("version", Value::str(VERSION));
    module.set("hexversion", Value::Int(0x030b_07f0));
    module.set("api_version", Value::Int(1013));
    let version_info = vm.new_struct_seq(
        &VERSION_INFO,
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)],
    );
    module.set("version_info", version_info);
    let float_info = vm.new_struct_seq(
        &FLOAT_INFO,
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    module.set("float_info", float_info);
    let int_info = vm.new_struct_seq(
        &INT_INFO,
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)],
    );
    module.set("int_info", int_info);
    let hash_info = vm.new_struct_seq(
        &HASH_INFO,
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314_159),
            Value::Int(0),
            Value::Int(1_000_003),
            Value::str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    module.set("hash_info", hash_info);
    module.set("platform", Value::str("linux"));
    module.set("byteorder", Value::str("little"));
    module.set("maxsize", Value::Int(i64::MAX));
    module.set("maxunicode", Value::Int(0x10ffff));
    // No `-W` or `-X` options: the warnings docs' `if not sys.warnoptions:` idiom.
    module.set("warnoptions", Value::list(vec![]));
    module.set("_xoptions", Value::Dict(Rc::new(crate::vm::objects::DictObj::new())));
    module.set("float_repr_style", Value::str("short"));
    module.set("platlibdir", Value::str("lib"));
    module.set("executable", Value::str("/usr/local/bin/python3"));
    module.set("prefix", Value::str("/usr/local"));
    module.set("exec_prefix", Value::str("/usr/local"));
    module.set("base_prefix", Value::str("/usr/local"));
    module.set("path", Value::list(vec![Value::str("<stdlib>")]));
    module.set(
        "builtin_module_names",
        Value::tuple(
            ["_collections", "builtins", "itertools", "sys", "time"]
                .iter()
                .map(|n| Value::str(n))
                .collect(),
        ),
    );
    module.set("dont_write_bytecode", Value::Bool(false));
    module.set(
        "copyright",
        Value::str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."),
    );
    // `sys.modules`: the modules imported so far, kept current by later imports.
    let modules = Rc::new(DictObj::new());
    vm.sys_modules = Some(modules.clone());
    let known: Vec<(String, Value)> =
        vm.modules.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut entries = vec![
        ("builtins".to_string(), Value::Module(vm.builtins.clone())),
        ("__main__".to_string(), Value::Module(vm.main_module.clone())),
        ("sys".to_string(), Value::Module(module.clone())),
    ];
    let mut known = known;
    known.sort_by(|a, b| a.0.cmp(&b.0));
    entries.extend(known);
    for (name, m) in entries {
        let _ = vm.set_item(&Value::Dict(modules.clone()), Value::string(name), m);
    }
    module.set("modules", Value::Dict(modules));
    module
}

/// `sys.exit([code])`: raises `SystemExit(code)` (no arguments for none or `None`).
/// `sys.excepthook(type, value, traceback)`: the traceback of `value` (from `traceback`, as
/// given) written to `sys.stderr`, as the interpreter prints an uncaught exception.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "excepthook", &args, 3, 3)?;
    // The interpreter's display prints the exception's own traceback; the argument only
    // stands in for a missing one (`_PyErr_Display`).
    let mut shown = args.pos.to_vec();
    if crate::vm::exceptions::state_of(&shown[1]).is_some() {
        let own = vm.get_attr(&shown[1], "__traceback__")?;
        if !own.is_none() {
            shown[2] = own;
        }
    }
    let traceback = vm.import_module("traceback")?;
    let format = vm.get_attr(&traceback, "format_exception")?;
    let pieces = vm.call(&format, Args::positional(&shown))?;
    let mut text = String::new();
    for piece in vm.collect(&pieces)? {
        text.push_str(&vm.str_of(&piece)?);
    }
    // The interpreter's display (C) adds the "Did you mean" hint `traceback` leaves out.
    let hint = vm.suggestion_suffix(&args.pos[1]);
    if !hint.is_empty() {
        if let Some(body) = text.strip_suffix('\n') {
            text = format!("{body}{hint}\n");
        }
    }
    write_to_sys_stderr(vm, &text)
}

/// Writes `text` to the program's `sys.stderr`: the run's stderr unless the program put
/// another stream there (`sys.stderr = sys.stdout`, a tee), whose `write` gets it.
pub(crate) fn write_to_sys_stderr(vm: &mut Vm, text: &str) -> PyResult<Value> {
    let streams = vm.modules.get("sys").and_then(|sys| match sys {
        Value::Module(m) => Some((m.get("stderr"), m.get("__stderr__"))),
        _ => None,
    });
    match streams {
        Some((Some(current), Some(original))) if !current.is(&original) => {
            let write = vm.get_attr(&current, "write")?;
            vm.call(&write, Args::positional(&[Value::str(text)]))?;
            Ok(Value::None)
        }
        _ => {
            vm.write_stderr(text);
            Ok(Value::None)
        }
    }
}

/// The program's own `sys.excepthook`, when it replaced the built-in one.
/// `sys.tracebacklimit` if the program set it to an int (larger ones read as the largest).
pub(crate) fn traceback_limit(vm: &Vm) -> Option<i64> {
    let Some(Value::Module(sys)) = vm.modules.get("sys") else { return None };
    match sys.get("tracebacklimit")? {
        Value::Int(n) => Some(n),
        Value::Bool(b) => Some(b as i64),
        Value::BigInt(b) => Some(if crate::vm::numbers::is_negative(&b) { 0 } else { i64::MAX }),
        _ => None,
    }
}

/// The program's own `sys.unraisablehook`, if it set one.
pub(crate) fn replaced_unraisablehook(vm: &Vm) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get("sys") else { return None };
    let hook = sys.get("unraisablehook")?;
    let default = sys.get("__unraisablehook__")?;
    (!hook.is(&default)).then_some(hook)
}

/// The `sys.UnraisableHookArgs` the hook gets for `exc` raised where nothing could catch it
/// (`err_msg` None: the default "Exception ignored in").
pub(crate) fn unraisable_hook_args(vm: &mut Vm, exc: &Value, object: &Value) -> Value {
    let exc_type = Value::Class(vm.class_of(exc));
    let traceback = vm.traceback_object(exc);
    vm.new_struct_seq(
        &UNRAISABLE_HOOK_ARGS,
        &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
        vec![exc_type, exc.clone(), traceback, Value::None, object.clone()],
    )
}

/// `sys.unraisablehook(unraisable)`, the default: "Exception ignored in: {object!r}" (or the
/// args' `err_msg`) and the exception's traceback on `sys.stderr`.
fn unraisablehook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "unraisablehook", &args, 1, 1)?;
    let u = &args.pos[0];
    let message = vm.get_attr(u, "err_msg")?;
    let object = vm.get_attr(u, "object")?;
    let exc = vm.get_attr(u, "exc_value")?;
    let mut text =
        if message.is_none() { "Exception ignored in".to_string() } else { vm.str_of(&message)? };
    if !object.is_none() {
        text = format!("{text}: {}", vm.repr(&object)?);
    }
    text.push('\n');
    text.push_str(&vm.format_unchained(&exc));
    write_to_sys_stderr(vm, &text)?;
    Ok(Value::None)
}

pub(crate) fn replaced_excepthook(vm: &Vm) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get("sys") else { return None };
    let hook = sys.get("excepthook")?;
    let default = sys.get("__excepthook__")?;
    (!hook.is(&default)).then_some(hook)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::no_keywords(vm, "exit", &args)?;
    check_arity(vm, "exit", &args, 0, 1)?;
    // `PyErr_SetObject(SystemExit, code)`: a tuple is the exception's arguments.
    let exc_args = match args.pos.first() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        Some(code) => vec![code.clone()],
    };
    Err(PyErr::Exception(vm.new_exception(vm.types.exc(ExcKind::SystemExit), exc_args)))
}

/// `sys.is_finalizing()`: a program's own code (atexit handlers included) runs before the
/// interpreter finalizes.
fn is_finalizing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.is_finalizing", &args, 0, 0)?;
    Ok(Value::Bool(false))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.config.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.setrecursionlimit", &args, 1, 1)?;
    if let Value::Float(_) = args.pos[0] {
        return Err(
            vm.new_error(ExcKind::TypeError, "'float' object cannot be interpreted as an integer")
        );
    }
    let n = crate::vm::builtins::arg_i64(vm, &args.pos[0], "")?;
    if n < 1 {
        return Err(
            vm.new_error(ExcKind::ValueError, "recursion limit must be greater or equal than 1")
        );
    }
    let depth = vm.frames.len() as i64;
    if n <= depth {
        return Err(vm.new_error(
            ExcKind::RecursionError,
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.config.recursion_limit = n.min(i32::MAX as i64) as usize;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.getswitchinterval", &args, 0, 0)?;
    Ok(Value::Float(vm.switch_interval))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "setswitchinterval", &args, 1, 1)?;
    let x = super::math_module::to_f64(vm, &args.pos[0])?;
    if x <= 0.0 {
        return Err(vm.new_error(ExcKind::ValueError, "switch interval must be strictly positive"));
    }
    // CPython keeps it in whole microseconds.
    vm.switch_interval = ((x * 1e6) as u64).max(1) as f64 / 1e6;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.exc_info", &args, 0, 0)?;
    match vm.handled_exception(None) {
        Some(exc) => {
            let class = Value::Class(vm.class_of(&exc));
            let tb = vm.get_attr(&exc, "__traceback__")?;
            Ok(Value::tuple(vec![class, exc, tb]))
        }
        None => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.exception", &args, 0, 0)?;
    Ok(vm.handled_exception(None).unwrap_or(Value::None))
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(loopscope_pyfmt::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: the limit of decimal conversions (0: none),
/// until the run ends.
fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.first().or_else(|| args.keyword("maxdigits"));
    let Some(given) = given else {
        let message = "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)";
        return Err(vm.new_error(ExcKind::TypeError, message));
    };
    let n = crate::vm::builtins::arg_i64(vm, given, "")?;
    if n != 0 && n < 640 {
        let message = "maxdigits must be 0 or larger than 640";
        return Err(vm.new_error(ExcKind::ValueError, message));
    }
    loopscope_pyfmt::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

fn get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.get_asyncgen_hooks", &args, 0, 0)?;
    let [firstiter, finalizer] = vm.thread.asyncgen_hooks.clone();
    Ok(vm.new_struct_seq(&ASYNCGEN_HOOKS, &["firstiter", "finalizer"], vec![firstiter, finalizer]))
}

fn get_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "get_coroutine_origin_tracking_depth", &args, 0, 0)?;
    Ok(Value::Int(i64::from(vm.coroutine_origin_depth)))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)` (`vm::coroutine_origin`).
fn set_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAME: &str = "set_coroutine_origin_tracking_depth";
    let mut given = args.pos.to_vec();
    for (name, value) in args.keywords() {
        if name != "depth" {
            let message = format!("{NAME}() got an unexpected keyword argument '{name}'");
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
        given.push(value.clone());
    }
    let depth = match given.as_slice() {
        [depth] => depth,
        [] => {
            let message = format!("{NAME}() missing required argument 'depth' (pos 1)");
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
        more => {
            let message = format!("{NAME}() takes at most 1 argument ({} given)", more.len());
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
    };
    let depth = match depth {
        Value::Int(n) => *n,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => {
            let message = "Python int too large to convert to C int";
            return Err(vm.new_error(ExcKind::OverflowError, message));
        }
        other => {
            let what = vm.type_name(other);
            let message = format!("'{what}' object cannot be interpreted as an integer");
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
    };
    if depth < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "depth must be >= 0"));
    }
    if depth > i64::from(i32::MAX) {
        return Err(
            vm.new_error(ExcKind::OverflowError, "Python int too large to convert to C int")
        );
    }
    vm.coroutine_origin_depth = depth as u32;
    Ok(Value::None)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: stored in `Vm::asyncgen_hooks`,
/// where the async generators and the event loop find them.
fn set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "set_asyncgen_hooks", &args, 0, 2)?;
    let mut hooks = vm.thread.asyncgen_hooks.clone();
    let given = args
        .pos
        .iter()
        .enumerate()
        .map(|(i, v)| (["firstiter", "finalizer"][i], v))
        .chain(args.keywords());
    for (name, v) in given {
        let slot = match name {
            "firstiter" => 0,
            "finalizer" => 1,
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("set_asyncgen_hooks() got an unexpected keyword argument '{other}'"),
                ))
            }
        };
        let callable = matches!(
            v,
            Value::None
                | Value::Function(_)
                | Value::Builtin(_)
                | Value::BoundMethod(_)
                | Value::Class(_)
        ) || matches!(v, Value::Instance(i) if i.class.lookup("__call__").is_some());
        if !callable {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("callable {name} expected, got {}", vm.type_name(v)),
            ));
        }
        hooks[slot] = v.clone();
    }
    vm.thread.asyncgen_hooks = hooks;
    Ok(Value::None)
}

fn getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "sys.getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}

thread_local! {
    /// `sys.intern`'s table. (Strings stay interned for the thread's life, as CPython keeps
    /// them while alive; a run makes few.)
    static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<str>, Value>> =
        Default::default();
}

/// The interned string with `s`'s text: the first one interned with it stands for all later
/// ones (the compiler interns constants made of name characters, as CPython does).
pub(crate) fn interned(s: &Rc<crate::vm::value::StrObj>) -> Value {
    INTERNED.with(|table| {
        let mut table = table.borrow_mut();
        table.entry(s.as_str().into()).or_insert_with(|| Value::Str(s.clone())).clone()
    })
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "intern", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => Ok(interned(s)),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("intern() argument must be str, not {}", vm.arg_type_name(other)),
        )),
    }
}

/// `sys._getframe(depth=0)`: the caller's frame, or the one `depth` calls further out.
fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.new_error(ExcKind::TypeError, "_getframe() takes no keyword arguments"));
    }
    check_arity(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => crate::vm::builtins::arg_i64(vm, v, "")?,
        None => 0,
    };
    // CPython walks out `depth` frames while there are any: a negative depth is the caller.
    vm.running_frame_object(usize::try_from(depth).unwrap_or(0))
}

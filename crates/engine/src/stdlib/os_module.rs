//! The `os` module's basics (its files are `os_files`): the environment (`{'TZ': 'UTC'}`,
//! as the conformance harness gives CPython), a fixed process id, `cpu_count()` the virtual cores (8 unless set),
//! the path constants and `os.path`'s pure string functions (posixpath's algorithms).

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeState};
use crate::vm::objects::{DictObj, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// What `os.getpid()` returns: any fixed number will do (a run must not depend on the
/// machine), so a plausible one.
pub const PID: i64 = 4242;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("cpu_count", cpu_count),
    ("getenv", getenv),
    ("fspath", fspath),
    ("urandom", crate::stdlib::hashlib_module::urandom),
];

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("join", path_join),
    ("basename", path_basename),
    ("dirname", path_dirname),
    ("split", path_split),
    ("splitext", path_splitext),
    ("isabs", path_isabs),
    ("normpath", path_normpath),
    ("commonprefix", path_commonprefix),
    ("normcase", path_normcase),
];

const ENVIRON: NativeClass = NativeClass {
    module: "os",
    name: "_Environ",
    methods: &[
        ("__getitem__", env_getitem),
        ("__setitem__", env_setitem),
        ("__delitem__", env_delitem),
        ("__contains__", env_contains),
        ("__iter__", env_iter),
        ("__len__", env_len),
        ("get", env_get),
        ("pop", env_pop),
        ("setdefault", env_setdefault),
        ("keys", env_keys),
        ("values", env_values),
        ("items", env_items),
        ("update", env_update),
        ("copy", env_copy),
        ("clear", env_clear),
    ],
    new: None,
};

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("os", FUNCTIONS);
    let data = Rc::new(DictObj::new());
    let _ = vm.set_item(&Value::Dict(data.clone()), Value::str("TZ"), Value::str("UTC"));
    let class = vm.native_class(&ENVIRON);
    module.set("environ", vm.new_native(class, NativeState::Environ(data)));
    for (name, value) in [
        ("name", "posix"),
        ("sep", "/"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("pathsep", ":"),
        ("extsep", "."),
        ("devnull", "/dev/null"),
    ] {
        module.set(name, Value::str(value));
    }
    module.set("altsep", Value::None);
    let path = native_module("posixpath", PATH_FUNCTIONS);
    for (name, value) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("pathsep", ":"),
        ("extsep", "."),
        ("devnull", "/dev/null"),
    ] {
        path.set(name, Value::str(value));
    }
    path.set("altsep", Value::None);
    super::os_files::install(vm, &module, &path);
    module.set("path", Value::Module(path));
    module
}

fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "posix.getpid", &args, 0, 0)?;
    Ok(Value::Int(vm.current_pid()))
}

fn getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "posix.getppid", &args, 0, 0)?;
    Ok(Value::Int(vm.current_ppid()))
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "posix.cpu_count", &args, 0, 0)?;
    Ok(Value::Int(i64::from(vm.config.virtual_cores)))
}

/// `os.environ`'s data.
fn environ_data(vm: &mut Vm) -> PyResult<Rc<DictObj>> {
    let os = vm.import_module("os")?;
    let env = vm.get_attr(&os, "environ")?;
    match native_state(&env) {
        Some(NativeState::Environ(d)) => Ok(d.clone()),
        _ => Err(vm.new_error(ExcKind::TypeError, "os.environ is not the environment")),
    }
}

fn getenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getenv", &args, 1, 2)?;
    let key = env_key(vm, &args.pos[0])?;
    let default =
        args.pos.get(1).or_else(|| args.keyword("default")).cloned().unwrap_or(Value::None);
    let data = environ_data(vm)?;
    let found = vm.get_item(&Value::Dict(data), &key);
    match found {
        Ok(v) => Ok(v),
        Err(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::KeyError) => Ok(default),
        Err(e) => Err(e),
    }
}

fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "fspath", &args, 1, 1)?;
    fspath_of(vm, &args.pos[0])
}

/// `os.fspath(path)` (CPython's `PyOS_FSPath`): a str or bytes path itself, else what its
/// type's `__fspath__` returns, which must be str or bytes; CPython's TypeError otherwise.
pub(crate) fn fspath_of(vm: &mut Vm, path: &Value) -> PyResult<Value> {
    // A str (a str subclass's instance too: a `StrEnum` member) or bytes is its own path.
    if matches!(path, Value::Bytes(_)) || crate::vm::builtin_subclass::str_value(path).is_some() {
        return Ok(path.clone());
    }
    let method = match path {
        Value::Instance(inst) => inst.class.lookup("__fspath__"),
        _ => None,
    };
    let Some(method) = method.filter(|m| !matches!(m, Value::None)) else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(path)),
        ));
    };
    match vm.call(&method, Args::positional(std::slice::from_ref(path)))? {
        v @ (Value::Str(_) | Value::Bytes(_)) => Ok(v),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                vm.type_name(path),
                vm.type_name(&other)
            ),
        )),
    }
}

/// `os.environ` takes str keys and values only (`_Environ.encodekey`/`encodevalue`).
fn env_key(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Str(_) => Ok(v.clone()),
        other => Err(
            vm.new_error(ExcKind::TypeError, &format!("str expected, not {}", vm.type_name(other)))
        ),
    }
}

fn this_env(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first().and_then(native_state) {
        Some(NativeState::Environ(d)) => Ok(Value::Dict(d.clone())),
        _ => Err(vm.new_error(ExcKind::TypeError, "an os._Environ is required")),
    }
}

fn env_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__getitem__", &args, 2, 2)?;
    let d = this_env(vm, &args)?;
    let key = env_key(vm, &args.pos[1])?;
    vm.get_item(&d, &key)
}

fn env_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__setitem__", &args, 3, 3)?;
    let d = this_env(vm, &args)?;
    let key = env_key(vm, &args.pos[1])?;
    let value = env_key(vm, &args.pos[2])?;
    vm.set_item(&d, key, value)?;
    Ok(Value::None)
}

fn env_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__delitem__", &args, 2, 2)?;
    let d = this_env(vm, &args)?;
    let key = env_key(vm, &args.pos[1])?;
    vm.del_item(&d, &key)?;
    Ok(Value::None)
}

fn env_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__contains__", &args, 2, 2)?;
    let d = this_env(vm, &args)?;
    let key = env_key(vm, &args.pos[1])?;
    vm.contains(&d, &key).map(Value::Bool)
}

fn env_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_env(vm, &args)?;
    let keys = vm.collect(&d)?;
    vm.get_iter(&Value::list(keys))
}

fn env_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_env(vm, &args)?;
    Ok(Value::Int(vm.len_of(&d)? as i64))
}

/// Calls the dict method `name` on the environment's data with the other arguments.
fn on_data(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let d = this_env(vm, &args)?;
    let method = vm.get_attr(&d, name)?;
    vm.call(&method, Args { pos: &args.pos[1..], ..args })
}

fn env_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "get", &args, 2, 3)?;
    env_key(vm, &args.pos[1])?;
    on_data(vm, args, "get")
}

fn env_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "pop", &args, 2, 3)?;
    env_key(vm, &args.pos[1])?;
    on_data(vm, args, "pop")
}

fn env_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "setdefault", &args, 3, 3)?;
    let d = this_env(vm, &args)?;
    let key = env_key(vm, &args.pos[1])?;
    if vm.contains(&d, &key)? {
        return vm.get_item(&d, &key);
    }
    let value = env_key(vm, &args.pos[2])?;
    vm.set_item(&d, key, value.clone())?;
    Ok(value)
}

fn env_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_data(vm, args, "keys")
}

fn env_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_data(vm, args, "values")
}

fn env_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_data(vm, args, "items")
}

fn env_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_data(vm, args, "copy")
}

fn env_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    on_data(vm, args, "clear")
}

fn env_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_env(vm, &args)?;
    let incoming = Value::Dict(Rc::new(DictObj::new()));
    if let Some(other) = args.pos.get(1) {
        vm.dict_update(&incoming, other)?;
    }
    for (k, v) in args.keywords() {
        vm.set_item(&incoming, Value::str(k), v.clone())?;
    }
    let pairs: Vec<(Value, Value)> = match &incoming {
        Value::Dict(m) => {
            m.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect()
        }
        _ => Vec::new(),
    };
    for (k, v) in pairs {
        let key = env_key(vm, &k)?;
        let value = env_key(vm, &v)?;
        vm.set_item(&d, key, value)?;
    }
    Ok(Value::None)
}

/// A path argument of an `os.path` function, through `os.fspath` (bytes paths are not
/// supported yet by these functions).
fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let path = fspath_of(vm, v)?;
    match crate::vm::builtin_subclass::str_value(&path) {
        Some(text) => Ok(text.to_string()),
        None => Err(vm.unsupported_now("bytes paths in os.path")),
    }
}

fn path_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(
            vm.new_error(ExcKind::TypeError, "join() missing 1 required positional argument: 'a'")
        );
    }
    let mut path = path_arg(vm, &args.pos[0])?;
    for part in &args.pos[1..] {
        let b = match fspath_of(vm, part) {
            Ok(p) => match crate::vm::builtin_subclass::str_value(&p) {
                Some(text) => text.to_string(),
                None => return Err(vm.unsupported_now("bytes paths in os.path")),
            },
            Err(_) => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                        vm.type_name(part)
                    ),
                ))
            }
        };
        let b = b.as_str();
        if b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    Ok(Value::string(path))
}

/// posixpath.split: (head, tail), the head without trailing slashes unless it is all
/// slashes.
pub(crate) fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

/// `posixpath.normcase`: POSIX file names are case-sensitive, so the path itself (`os.fspath`).
fn path_normcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "normcase", &args, 1, 1)?;
    fspath_of(vm, &args.pos[0])
}

fn path_basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "basename", &args, 1, 1)?;
    let p = path_arg(vm, &args.pos[0])?;
    let i = p.rfind('/').map_or(0, |i| i + 1);
    Ok(Value::str(&p[i..]))
}

fn path_dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "dirname", &args, 1, 1)?;
    let p = path_arg(vm, &args.pos[0])?;
    Ok(Value::string(split_path(&p).0))
}

fn path_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "split", &args, 1, 1)?;
    let p = path_arg(vm, &args.pos[0])?;
    let (head, tail) = split_path(&p);
    Ok(Value::tuple(vec![Value::string(head), Value::string(tail)]))
}

fn path_splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "splitext", &args, 1, 1)?;
    let p = path_arg(vm, &args.pos[0])?;
    // genericpath._splitext: the last dot after the last slash, unless the name is all dots
    // up to it (a leading dot starts a hidden file's name, not an extension).
    let sep = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.').filter(|d| *d >= sep) {
        if p[sep..dot].chars().any(|c| c != '.') {
            return Ok(Value::tuple(vec![Value::str(&p[..dot]), Value::str(&p[dot..])]));
        }
    }
    Ok(Value::tuple(vec![Value::string(p), Value::str("")]))
}

fn path_isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "isabs", &args, 1, 1)?;
    let p = path_arg(vm, &args.pos[0])?;
    Ok(Value::Bool(p.starts_with('/')))
}

fn path_normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "normpath", &args, 1, 1)?;
    let p = path_arg(vm, &args.pos[0])?;
    if p.is_empty() {
        return Ok(Value::str("."));
    }
    // POSIX keeps exactly two leading slashes, and collapses three or more to one.
    let leading = if p.starts_with("//") && !p.starts_with("///") {
        "//"
    } else if p.starts_with('/') {
        "/"
    } else {
        ""
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (leading.is_empty() && parts.is_empty()) || parts.last() == Some(&"..") {
            parts.push(comp);
        } else if !parts.is_empty() {
            parts.pop();
        }
    }
    let joined = format!("{leading}{}", parts.join("/"));
    Ok(Value::string(if joined.is_empty() { ".".to_string() } else { joined }))
}

fn path_commonprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "commonprefix", &args, 1, 1)?;
    let items = vm.collect(&args.pos[0])?;
    if items.is_empty() {
        return Ok(Value::str(""));
    }
    let strs: Vec<String> = items.iter().map(|v| path_arg(vm, v)).collect::<PyResult<_>>()?;
    let (min, max) = (
        strs.iter().min().cloned().unwrap_or_default(),
        strs.iter().max().cloned().unwrap_or_default(),
    );
    let common: String =
        min.chars().zip(max.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect();
    Ok(Value::string(common))
}

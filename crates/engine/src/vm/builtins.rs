//! The built-in functions (`print`, `len`, `sorted`, ...) and the constructors of the built-in
//! types (`int(...)`, `list(...)`, ...).

use super::call::{check_arity, no_keywords};
use super::hashing::py_hash;
use super::iter::new_iter;
use super::numbers::{self, Num};
use super::objects::{
    BuiltinObj, BuiltinType, ClassObj, DictView, IterState, NativeFn, RangeObj, SliceObj,
};
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::compiler::code::{BinOp, CmpOp};
use crate::ExcKind;
use loopscope_pyfmt as pyfmt;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("round", round),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("reversed", reversed),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("any", any),
    ("all", all),
    ("iter", iter),
    ("next", next),
    ("aiter", super::async_gen::builtin_aiter),
    ("anext", super::async_gen::builtin_anext),
    ("hash", hash),
    ("id", id),
    ("ord", ord),
    ("chr", chr),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
    ("divmod", divmod),
    ("pow", pow),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("format", format),
    ("vars", vars),
    ("__build_class__", build_class),
    ("dir", dir),
    ("globals", super::namespaces::globals),
    ("locals", super::namespaces::locals),
    ("exit", site_exit),
    ("quit", site_exit),
    ("open", open),
    ("__import__", dunder_import),
];

/// The keyword arguments a built-in function takes, as CPython checks them before anything
/// else: `None` takes none ("len() takes no keyword arguments"); a list names the accepted
/// ones, and the function CPython's message names ("'x' is an invalid keyword argument for
/// sort()", sorted being list.sort underneath). Functions not here check their own.
fn keyword_rule(name: &str) -> Option<Option<(&'static [&'static str], &'static str)>> {
    Some(match name {
        "abs" | "all" | "any" | "ascii" | "bin" | "callable" | "chr" | "dir" | "divmod"
        | "filter" | "format" | "getattr" | "hasattr" | "hash" | "hex" | "id" | "isinstance"
        | "issubclass" | "iter" | "len" | "map" | "next" | "oct" | "ord" | "repr" | "reversed"
        | "setattr" | "delattr" | "vars" | "globals" | "locals" | "aiter" | "anext" => None,
        "enumerate" => Some((&["iterable", "start"], "enumerate")),
        "max" => Some((&["key", "default"], "max")),
        "min" => Some((&["key", "default"], "min")),
        "pow" => Some((&["base", "exp", "mod"], "pow")),
        "print" => Some((&["sep", "end", "file", "flush"], "print")),
        "round" => Some((&["number", "ndigits"], "round")),
        "sorted" => Some((&["key", "reverse"], "sort")),
        "sum" => Some((&["start"], "sum")),
        "zip" => Some((&["strict"], "zip")),
        _ => return None,
    })
}

/// The keyword check of built-in function `name` (`keyword_rule`), when the call has any.
fn check_builtin_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    let Some(rule) = keyword_rule(name) else { return Ok(()) };
    let Some((accepted, shown)) = rule else {
        return Err(
            vm.new_error(ExcKind::TypeError, &format!("{name}() takes no keyword arguments"))
        );
    };
    // `min`/`max` count their positional arguments before looking at keywords, and `sorted`
    // unpacks its one positional argument before `list.sort` sees the keywords.
    if matches!(name, "min" | "max") && args.pos.is_empty()
        || name == "sorted" && args.pos.len() != 1
    {
        return Ok(());
    }
    // Functions whose keywords are keyword-only count them first (`PyArg_ParseTupleAndKeywords`).
    let keyword_only = matches!(name, "min" | "max" | "sorted" | "zip");
    if keyword_only && args.kw_names.len() > accepted.len() {
        let plural = if accepted.len() == 1 { "" } else { "s" };
        let message = format!(
            "{shown}() takes at most {} keyword argument{plural} ({} given)",
            accepted.len(),
            args.kw_names.len()
        );
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    for keyword in args.kw_names {
        let keyword = keyword.as_str().unwrap_or("");
        if !accepted.contains(&keyword) {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{keyword}' is an invalid keyword argument for {shown}()"),
            ));
        }
    }
    Ok(())
}

/// Native functions whose leading parameters may be passed by keyword as well
/// (`pow(2, exp=3)`, `json.dumps(obj=data)`): those parameters in order, and how many are
/// required, by module and name. The functions read them by position; what follows them they
/// read by keyword themselves.
fn positional_or_keyword(owner: &str, name: &str) -> Option<(&'static [&'static str], usize)> {
    Some(match (owner, name) {
        ("builtins", "pow") => (&["base", "exp", "mod"], 2),
        ("builtins", "round") => (&["number", "ndigits"], 1),
        ("builtins", "enumerate") => (&["iterable", "start"], 1),
        ("math", "isclose") => (&["a", "b"], 2),
        ("heapq", "nlargest" | "nsmallest") => (&["n", "iterable"], 2),
        ("json", "dumps") => (&["obj"], 1),
        ("json", "dump") => (&["obj", "fp"], 2),
        ("json", "loads") => (&["s"], 1),
        ("json", "load") => (&["fp"], 1),
        ("random", "choices") => (&["population", "weights"], 1),
        _ => return None,
    })
}

/// What the built-in call path does with a native function's keywords before calling it:
/// `builtins`' keyword check, then the keywords that name leading parameters moved to their
/// positions (`None`: call with the arguments as they are).
pub(crate) fn bind_builtin_keywords(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &Args,
) -> PyResult<Option<Rebound>> {
    if !args.has_keywords() {
        return Ok(None);
    }
    if owner == "builtins" {
        check_builtin_keywords(vm, name, args)?;
    }
    keywords_to_positions(vm, owner, name, args)
}

/// A call's arguments bound again: positional values, keyword names, keyword values.
pub(crate) type Rebound = (Vec<Value>, Vec<Value>, Vec<Value>);

/// The call's arguments with the keywords that name the next positional parameters moved to
/// their positions, as CPython's argument clinic binds them; `None` when nothing moves.
fn keywords_to_positions(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &Args,
) -> PyResult<Option<Rebound>> {
    let Some((params, required)) = positional_or_keyword(owner, name) else { return Ok(None) };
    let mut pos = args.pos.to_vec();
    while let Some(value) = params.get(pos.len()).and_then(|param| args.keyword(param)) {
        pos.push(value.clone());
    }
    // A required argument missing: the function's own message says which (CPython checks
    // that before arguments given twice).
    if pos.len() < required {
        return Ok(None);
    }
    let given_twice = params.iter().take(args.pos.len()).position(|p| args.keyword(p).is_some());
    if let Some(index) = given_twice {
        let param = params[index];
        let message = match name {
            // Not an argument-clinic function in 3.11: its parser knows `start` alone.
            "enumerate" => format!("'{param}' is an invalid keyword argument for enumerate()"),
            _ => format!(
                "argument for {name}() given by name ('{param}') and position ({})",
                index + 1
            ),
        };
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    if pos.len() == args.pos.len() {
        return Ok(None);
    }
    let moved = &params[args.pos.len()..pos.len()];
    let (names, values) = args
        .keywords()
        .filter(|(keyword, _)| !moved.contains(keyword))
        .map(|(keyword, value)| (Value::str(keyword), value.clone()))
        .unzip();
    Ok(Some((pos, names, values)))
}

/// Built-ins that exist in CPython but not here: calling one stops the run with a clear
/// message (exit status 2) instead of a misleading NameError.
/// The built-ins Loopscope does not provide, each stopping the run with a message that names
/// it and says why.
const UNSUPPORTED: &[(&str, NativeFn)] = &[
    ("input", input),
    ("exec", unsupported_exec),
    ("eval", unsupported_eval),
    ("compile", unsupported_compile),
    ("help", unsupported_help),
    ("breakpoint", unsupported_breakpoint),
];

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module `name`
/// imported as an `import` statement would, returning the top-level package unless
/// `fromlist` asks for names from the module itself. Relative imports (`level` > 0) are not
/// supported yet.
fn dunder_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__import__", &args, 0, 5)?;
    let argument =
        |index: usize, keyword: &str| args.keyword(keyword).or(args.pos.get(index)).cloned();
    let Some(name) = argument(0, "name") else {
        let msg = "__import__() missing required argument 'name' (pos 1)";
        return Err(vm.new_error(ExcKind::TypeError, msg));
    };
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(vm.new_error(ExcKind::TypeError, "module name must be a string"));
    };
    let level = match argument(4, "level") {
        Some(level) => arg_i64(vm, &level, "")?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "level must be >= 0"));
    }
    if level > 0 {
        return Err(vm.unsupported_now("a relative __import__()"));
    }
    if name.is_empty() {
        return Err(vm.new_error(ExcKind::ValueError, "Empty module name"));
    }
    let module = vm.import_module(&name)?;
    let wants_names = match argument(3, "fromlist") {
        Some(fromlist) => vm.truthy(&fromlist)?,
        None => false,
    };
    if wants_names {
        return Ok(module);
    }
    let top = name.split('.').next().unwrap_or(&name).to_string();
    vm.import_module(&top)
}

/// One `NativeFn` per unsupported built-in (a `NativeFn` is not told its own name).
macro_rules! unsupported_builtins {
    ($($func:ident => $what:literal;)*) => {
        $(fn $func(vm: &mut Vm, _args: Args) -> PyResult<Value> {
            Err(vm.unsupported_now($what))
        })*
    };
}

unsupported_builtins! {
    unsupported_exec => "exec() (Loopscope runs no dynamic code)";
    unsupported_eval => "eval() (Loopscope runs no dynamic code)";
    unsupported_compile => "compile() (Loopscope runs no dynamic code)";
    unsupported_help => "help()";
    unsupported_breakpoint => "breakpoint()";
}

/// Whether `b` is one of the built-ins Loopscope does not support yet (`input`, ...): a class
/// statement naming it as a base stops the run as calling it does.
pub(crate) fn is_unsupported_builtin(b: &BuiltinObj) -> bool {
    b.owner == "builtins" && UNSUPPORTED.iter().any(|(_, f)| std::ptr::fn_addr_eq(*f, b.func))
}

pub fn install(vm: &mut Vm) {
    let module = vm.builtins.clone();
    for (name, func) in FUNCTIONS {
        let f = BuiltinObj { name, func: *func, bound: None, owner: "builtins" };
        module.set(name, Value::Builtin(Rc::new(f)));
    }
    for (name, func) in UNSUPPORTED {
        let f = BuiltinObj { name, func: *func, bound: None, owner: "builtins" };
        module.set(name, Value::Builtin(Rc::new(f)));
    }
    let t = &vm.types;
    let classes = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("super", &t.super_),
    ];
    for (name, class) in classes {
        module.set(name, Value::Class(class.clone()));
    }
    let complex = super::complex_type::complex_class(vm);
    module.set("complex", Value::Class(complex));
    // The lazy iterators' types are the builtins of those names, as in CPython (`map` is a
    // class: `isinstance(it, map)`); calling one runs the function of its name.
    for name in ITERATOR_CONSTRUCTORS.iter().map(|(name, _)| name) {
        if let Some(class) = vm.types.iterator_classes.get(name) {
            module.set(name, Value::Class(class.clone()));
        }
    }
    for kind in ExcKind::ALL.into_iter().filter(|k| k.is_builtin()) {
        module.set(kind.name(), Value::Class(vm.types.exc(kind).clone()));
    }
    // CPython's aliases of OSError, kept for old code.
    for alias in ["IOError", "EnvironmentError"] {
        module.set(alias, Value::Class(vm.types.exc(ExcKind::OSError).clone()));
    }
    module.set("None", Value::None);
    module.set("True", Value::Bool(true));
    module.set("False", Value::Bool(false));
    module.set("__debug__", Value::Bool(true));
    module.set("Ellipsis", Value::Ellipsis);
    module.set("NotImplemented", Value::NotImplemented);
    module.set("__name__", Value::str("builtins"));
    super::methods::install(vm);
    super::descriptors::install(vm);
}

/// The iterator types a program can call, and what makes their instances.
const ITERATOR_CONSTRUCTORS: &[(&str, NativeFn)] = &[
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("reversed", reversed),
];

/// `vars(obj)`: its `__dict__`; `vars()` is `locals()`.
fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "vars", &args)?;
    check_arity(vm, "vars", &args, 0, 1)?;
    let Some(obj) = args.pos.first() else {
        return super::namespaces::caller_locals(vm);
    };
    match vm.get_attr(obj, "__dict__") {
        Ok(d) => Ok(d),
        Err(super::PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::AttributeError) => {
            Err(vm.new_error(ExcKind::TypeError, "vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// The names coroutines, generators and async generators all have in CPython 3.11
/// (`object`'s, with `__del__`, `__name__` and `__qualname__`).
const GENERATOR_DIR_COMMON: [&str; 27] = [
    "__class__",
    "__del__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__name__",
    "__ne__",
    "__new__",
    "__qualname__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir()` of a coroutine, a generator or an async generator: CPython 3.11's names (each
/// readable here, or stopping as not supported: `attrs::OBJECT_DUNDERS_UNSUPPORTED`).
fn generator_dir_names(v: &Value) -> Option<Vec<&'static str>> {
    use super::objects::GenKind;
    let kind = match v {
        Value::Gen(g) => g.kind,
        // asyncio.sleep()'s and friends' coroutines, native here.
        Value::NativeCoro(_) => GenKind::Coroutine,
        _ => return None,
    };
    let own: &[&str] = match kind {
        GenKind::Coroutine => &[
            "__await__",
            "close",
            "cr_await",
            "cr_code",
            "cr_frame",
            "cr_origin",
            "cr_running",
            "cr_suspended",
            "send",
            "throw",
        ],
        GenKind::Generator => &[
            "__iter__",
            "__next__",
            "close",
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
            "send",
            "throw",
        ],
        GenKind::AsyncGenerator => &[
            "__aiter__",
            "__anext__",
            "__class_getitem__",
            "aclose",
            "ag_await",
            "ag_code",
            "ag_frame",
            "ag_running",
            "asend",
            "athrow",
        ],
    };
    let mut names: Vec<&'static str> = GENERATOR_DIR_COMMON.iter().chain(own).copied().collect();
    names.sort_unstable();
    Some(names)
}

/// `dir(module)`: the module's names, sorted, with the names a package loads lazily (asyncio's
/// Python submodules and what they export); `dir()`: the caller's names; `dir()` of a plain
/// instance of the program's classes, and of a coroutine or generator
/// (`generator_dir_names`). `dir()` of anything else is not supported yet.
pub(crate) fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "dir", &args, 0, 1)?;
    let Some(Value::Module(m)) = args.pos.first() else {
        let Some(v) = args.pos.first() else {
            let names = super::namespaces::caller_names(vm);
            return Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()));
        };
        // `type(obj).__dir__(obj)`: an instance's class's own, or a class's metaclass's
        // (`EnumType`'s).
        let own_dir = match v {
            Value::Instance(inst) => inst.class.lookup_user("__dir__"),
            Value::Class(c) => c.metaclass.as_ref().and_then(|m| m.lookup_user("__dir__")),
            _ => None,
        };
        if let Some(own_dir) = own_dir {
            let names = vm.call1(&own_dir, v.clone())?;
            return sorted_list(vm, names);
        }
        return default_dir(vm, v);
    };
    module_dir(vm, m)
}

/// `object.__dir__(v)`: the names `dir()` lists when no class of `v`'s
/// defines `__dir__`, so a `__dir__` that extends `super().__dir__()` reaches this.
pub(crate) fn default_dir(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Module(m) = v {
        return module_dir(vm, m);
    }
    if let Some(names) = metaclass_dir(vm, v) {
        return Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()));
    }
    if plain_user_object(vm, v) {
        let names = vm.dir_names(v);
        return Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()));
    }
    if let Some(names) = builtin_subclass_dir(vm, v) {
        return Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()));
    }
    if let Some(names) = generator_dir_names(v) {
        return Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()));
    }
    if let Some(names) = builtin_value_dir(vm, v) {
        return Ok(Value::list(names.into_iter().map(|n| Value::str(&n)).collect()));
    }
    Err(vm.unsupported_now(&format!("dir() of a '{}' object", vm.type_name(v))))
}

/// `dir(module)`.
fn module_dir(vm: &mut Vm, m: &std::rc::Rc<super::objects::ModuleObj>) -> PyResult<Value> {
    // A module's own `__dir__` (PEP 562) answers for it, made a sorted list.
    if let Some(own_dir) = m.get("__dir__") {
        let names = vm.call0(&own_dir)?;
        return sorted_list(vm, names);
    }
    let mut names: Vec<String> = {
        let slots = m.slots.borrow();
        m.names
            .borrow()
            .iter()
            .zip(slots.iter())
            .filter(|(_, v)| v.is_some())
            .map(|(n, _)| n.to_string())
            .collect()
    };
    names.extend(crate::stdlib::library::lazy_names(&m.name).map(str::to_string));
    names.sort();
    names.dedup();
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

/// Built-in exception classes that add no attribute of their own to `BaseException`'s.
const PLAIN_EXCEPTIONS: &[&str] = &[
    "BaseException",
    "Exception",
    "ArithmeticError",
    "LookupError",
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "IndexError",
    "ZeroDivisionError",
    "NotImplementedError",
];

/// An instance of, or a class made by, a plain `class` statement of the program (no built-in
/// or library base but `PLAIN_EXCEPTIONS`, no metaclass, no `__slots__`, no `__dir__`): its
/// `dir()` is its own names, its classes' and object's (and an exception's), which Loopscope
/// knows exactly.
fn plain_user_object(vm: &Vm, v: &Value) -> bool {
    let class = match v {
        Value::Instance(inst) if inst.native.is_none() => inst.class.clone(),
        Value::Class(c) => c.clone(),
        _ => return false,
    };
    let instance = matches!(v, Value::Instance(_));
    let plain = class.mro().all(|c| {
        Rc::ptr_eq(c, &vm.types.object)
            // Exceptions whose instances carry only `args` (not OSError's errno, NameError's
            // name, ...): their dir() is EXCEPTION_DIR's.
            || (!c.is_user && PLAIN_EXCEPTIONS.contains(&&*c.name) && &*c.module == "builtins")
            // The abstract base classes (`class B(Sized)`, `class Shape(ABC)`), whose dicts
            // hold what CPython's do.
            || (c.is_user && matches!(&*c.module, "abc" | "collections.abc"))
            || (c.is_user
                && &*c.module == "__main__"
                && matches!(c.builtin, BuiltinType::Object | BuiltinType::BaseException)
                // A metaclass without `__dir__` lists nothing of its own (`type.__dir__`).
                && c.metaclass.as_ref().is_none_or(|m| is_abc_meta(m) || m.lookup_user("__dir__").is_none())
                && c.has_instance_dict
                && !c.dict.borrow().contains_key("__slots__")
                // An instance's own `__dir__` was asked before, or it is extending this
                // listing (`super().__dir__()`).
                && (instance || !c.dict.borrow().contains_key("__dir__")))
    });
    plain
}

fn is_abc_meta(class: &ClassObj) -> bool {
    &*class.name == "ABCMeta" && &*class.module == "abc"
}

/// `dir()` of a built-in type (`dir(str)`) or of a value of one (`dir([])`), from CPython's
/// names (`suggestions::builtin_dir`); a function's also lists its own attributes.
/// What `dir()` makes of the names a `__dir__` returned: `sorted(names)`, a new list.
fn sorted_list(vm: &mut Vm, names: Value) -> PyResult<Value> {
    let list = vm.call(&Value::Class(vm.types.list.clone()), Args::positional(&[names]))?;
    let sort = vm.get_attr(&list, "sort")?;
    vm.call(&sort, Args::positional(&[]))?;
    Ok(list)
}

/// `dir(Meta)` of a metaclass the program wrote (`type.__dir__`): its own and its Python
/// bases' names with `type`'s. (A metaclass of a metaclass is left out.)
fn metaclass_dir(vm: &Vm, v: &Value) -> Option<Vec<String>> {
    let Value::Class(c) = v else { return None };
    let plain_meta = c.metaclass.as_ref().is_none_or(|m| Rc::ptr_eq(m, &vm.types.type_));
    if !c.is_user || !c.is_subclass_of(&vm.types.type_) || !plain_meta {
        return None;
    }
    let mut names: Vec<String> =
        super::suggestions::builtin_dir("type")?.iter().map(|n| n.to_string()).collect();
    for class in c.mro().filter(|k| k.is_user) {
        names.extend(class.dict.borrow().keys().map(|k| k.to_string()));
    }
    names.sort();
    names.dedup();
    Some(names)
}

/// `dir()` of the program's subclass of a built-in type, or of its instance (a namedtuple,
/// `class Stack(list)`): the instance's and the program's classes' names, then the
/// built-in's own (`builtin_dir`, which has `object`'s).
fn builtin_subclass_dir(vm: &Vm, v: &Value) -> Option<Vec<String>> {
    let (class, instance) = match v {
        Value::Instance(inst) => (&inst.class, Some(inst)),
        Value::Class(c) => (c, None),
        _ => return None,
    };
    let mut names: Vec<String> = Vec::new();
    let mut builtin_base = None;
    for c in class.mro() {
        if !c.is_user {
            builtin_base = builtin_base.or(Some(c));
            continue;
        }
        // A class with its own `dir()` rules, or one of the library's, whose dicts need not
        // hold what CPython's do.
        let own_rules = c.metaclass.is_some() || c.dict.borrow().contains_key("__dir__");
        if own_rules || &*c.module != "__main__" {
            return None;
        }
        names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
        names.extend(super::suggestions::added_getset_names(c));
    }
    let base = builtin_base?;
    if &*base.module != "builtins" || Rc::ptr_eq(base, &vm.types.object) {
        return None;
    }
    names.extend(super::suggestions::builtin_dir(&base.name)?.iter().map(|n| n.to_string()));
    if let Some(inst) = instance {
        names.extend(inst.dict.borrow().keys().map(|k| k.to_string()));
    }
    names.sort();
    names.dedup();
    Some(names)
}

fn builtin_value_dir(vm: &Vm, v: &Value) -> Option<Vec<String>> {
    let kind = match v {
        Value::Class(c) if !c.is_user && &*c.module == "builtins" => c.name.to_string(),
        Value::Class(_) | Value::Instance(_) => return None,
        other => vm.type_name(other).to_string(),
    };
    let mut names: Vec<String> =
        super::suggestions::builtin_dir(&kind)?.iter().map(|n| n.to_string()).collect();
    if let Value::Function(f) = v {
        names.extend(f.attrs.borrow().keys().map(|k| k.to_string()));
        names.sort();
        names.dedup();
    }
    Some(names)
}

/// `open()`: `io`'s Python `_open` (CPython's is C; `lib/io.py` follows `_pyio.open`), on
/// the virtual kernel's file system. `io.open` is this function.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let func = vm.get_attr(&io, "_open")?;
    vm.call(&func, args)
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.build_class(args)
}

/// An int argument that must fit in 64 bits (an index-sized int); an object with
/// `__index__` stands for the int it gives, as CPython's argument clinic converts it.
pub fn arg_i64(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    if let Some(index) = vm.index_of_object(v)? {
        return arg_i64(vm, &index, what);
    }
    match super::builtin_subclass::number_of(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => {
            Err(vm
                .new_error(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"))
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object cannot be interpreted as an integer{what}", vm.type_name(other)),
        )),
    }
}

/// `input([prompt])`. A run has no standard input (as `python3 prog.py < /dev/null`): the
/// prompt is written as `print(prompt, end="")` writes it, then reading meets the end of
/// the input, which is CPython's `EOFError`.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::no_keywords(vm, "input", &args)?;
    if args.pos.len() > 1 {
        let message = format!("input expected at most 1 argument, got {}", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    if let Some(prompt) = args.pos.first() {
        let (names, values) = ([Value::str("end")], [Value::str("")]);
        let pieces = std::slice::from_ref(prompt);
        print(vm, Args { pos: pieces, kw_names: &names, kw_values: &values })?;
    }
    // A program's own `sys.stdin` (a `StringIO` of test input, an open file) is read by its
    // `readline()`; the real one is empty.
    let line = match vm.replaced_stream(super::native::Stream::Stdin) {
        Some(Value::None) => {
            return Err(vm.new_error(ExcKind::RuntimeError, "input(): lost sys.stdin"));
        }
        Some(stdin) => {
            let readline = vm.get_attr(&stdin, "readline")?;
            match vm.call(&readline, Args::positional(&[]))? {
                Value::Str(s) => s.as_str().to_string(),
                _ => {
                    let message = "object.readline() returned non-string";
                    return Err(vm.new_error(ExcKind::TypeError, message));
                }
            }
        }
        None => String::new(),
    };
    if line.is_empty() {
        return Err(vm.new_error(ExcKind::EOFError, "EOF when reading a line"));
    }
    Ok(Value::string(line.strip_suffix('\n').map(str::to_string).unwrap_or(line)))
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (name, value) in args.keywords() {
        match name {
            "sep" | "end" => {
                // A str, or a str subclass's instance (a `StrEnum` member).
                let text = match (value, super::builtin_subclass::str_value(value)) {
                    (Value::None, _) => if name == "sep" { " " } else { "\n" }.to_string(),
                    (_, Some(text)) => text.to_string(),
                    (other, None) => {
                        return Err(vm.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "{name} must be None or a string, not {}",
                                vm.type_name(other)
                            ),
                        ))
                    }
                };
                if name == "sep" {
                    sep = text;
                } else {
                    end = text;
                }
            }
            "flush" => flush = vm.truthy(value)?,
            "file" => file = value.clone(),
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("'{other}' is an invalid keyword argument for print()"),
                ))
            }
        }
    }
    if file.is_none() {
        match vm.replaced_stream(super::native::Stream::Stdout) {
            // `sys.stdout = None` (`redirect_stdout(None)`): print writes nothing.
            Some(Value::None) => return Ok(Value::None),
            Some(replaced) => file = replaced,
            None => {}
        }
    }
    let stream = match super::native::native_state(&file) {
        Some(super::native::NativeState::Stream(s)) => Some(*s),
        _ if file.is_none() => Some(super::native::Stream::Stdout),
        _ => None,
    };
    if let Some(stream) = stream {
        // CPython writes each piece in turn. Built-in values convert without side effects, so
        // their pieces are gathered into one write; before a program's object is converted
        // (its `__str__` may print, or fail), what came before it is written.
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            if matches!(v, Value::Instance(_)) && !out.is_empty() {
                vm.write_stream(stream, &std::mem::take(&mut out))?;
            }
            match v {
                Value::Str(s) => out.push_str(s.as_str()),
                other => match vm.str_of(other) {
                    Ok(text) => out.push_str(&text),
                    Err(e) => {
                        if !out.is_empty() {
                            vm.write_stream(stream, &out)?;
                        }
                        return Err(e);
                    }
                },
            }
        }
        out.push_str(&end);
        vm.write_stream(stream, &out)?;
        return Ok(Value::None);
    }
    // Any other file: `file.write` for each piece, as CPython's print does.
    let write = vm.get_attr(&file, "write")?;
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            vm.call1(&write, Value::str(&sep))?;
        }
        let text = vm.str_value(v)?;
        vm.call1(&write, text)?;
    }
    vm.call1(&write, Value::string(end))?;
    if flush {
        let flush = vm.get_attr(&file, "flush")?;
        vm.call0(&flush)?;
    }
    Ok(Value::None)
}

impl Vm {
    /// `len(v)`.
    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(f) = self.meta_method(v, "__len__") {
            let n = self.call(&f, Args::positional(std::slice::from_ref(v)))?;
            return match n {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                _ => Err(self.new_error(ExcKind::TypeError, "__len__() should return >= 0")),
            };
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.data.len(),
            Value::ByteArray(b) => b.data.borrow().len(),
            Value::MemoryView(m) if m.released.get() => return Err(self.released_view()),
            Value::MemoryView(m) => m.len,
            Value::List(l) => l.items.borrow().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.map.borrow().len(),
            Value::Set(s) => s.items.borrow().len(),
            Value::Range(r) => r.len() as usize,
            Value::DictView(d) => d.dict.map.borrow().len(),
            Value::Instance(_) if self.base_for(v, "__len__").is_some() => {
                let base = self.base_for(v, "__len__").unwrap_or(Value::None);
                return self.len_of(&base);
            }
            Value::Instance(inst) => match inst.class.lookup("__len__") {
                Some(m) => {
                    let r = self.call(&m, Args::positional(std::slice::from_ref(v)))?;
                    // `PyNumber_AsSsize_t`: an int subclass or an `__index__` object counts.
                    let r = match r {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => r,
                        other => self.indexed(&other)?,
                    };
                    match super::builtin_subclass::number_of(&r).clone() {
                        Value::Int(i) if i >= 0 => i as usize,
                        Value::Bool(b) => b as usize,
                        // Past Py_ssize_t.
                        Value::BigInt(b) if b.sign() != num_bigint::Sign::Minus => {
                            return Err(self.new_error(
                                ExcKind::OverflowError,
                                "cannot fit 'int' into an index-sized integer",
                            ))
                        }
                        Value::Int(_) | Value::BigInt(_) => {
                            return Err(
                                self.new_error(ExcKind::ValueError, "__len__() should return >= 0")
                            )
                        }
                        other => {
                            return Err(self.new_error(
                                ExcKind::TypeError,
                                &format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    self.type_name(&other)
                                ),
                            ))
                        }
                    }
                }
                None => return Err(self.no_len(v)),
            },
            other => return Err(self.no_len(other)),
        })
    }

    fn no_len(&self, v: &Value) -> PyErr {
        self.new_error(
            ExcKind::TypeError,
            &format!("object of type '{}' has no len()", self.type_name(v)),
        )
    }

    /// Sorts values in place with Python's `<`, stably, optionally by key and reversed.
    pub fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let keys: Vec<Value> = match key {
            Some(k) if !k.is_none() => {
                let mut ks = Vec::with_capacity(items.len());
                for v in items.iter() {
                    ks.push(self.call1(k, v.clone())?);
                }
                ks
            }
            _ => items.clone(),
        };
        // CPython reverses, sorts stably, and reverses back, so equal keys keep their order.
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        // Fast path: homogeneous ints, floats or strings compare without calling back, and
        // any stable sort orders them as timsort does.
        let all_ints = keys.iter().all(|k| matches!(k, Value::Int(_) | Value::Bool(_)));
        let all_strs = keys.iter().all(|k| matches!(k, Value::Str(_)));
        let all_floats = keys.iter().all(|k| matches!(k, Value::Float(f) if !f.is_nan()));
        let result = if all_ints || all_strs || all_floats {
            order.sort_by(|&a, &b| native_cmp(&keys[a], &keys[b]));
            Ok(())
        } else {
            let mut lt = |x: usize, y: usize| -> PyResult<bool> {
                let r = self.compare(CmpOp::Lt, &keys[x], &keys[y])?;
                self.truthy(&r)
            };
            super::sort::timsort(&mut order, &mut lt)
        };
        if reverse {
            order.reverse();
        }
        // Even after an error the items are left in the order the sort reached.
        let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
        *items = sorted;
        result
    }

    /// Calls a built-in type: `int("5")`, `list(gen)`, `ValueError("x")`, ...
    pub(crate) fn construct_builtin(
        &mut self,
        class: &Rc<ClassObj>,
        args: Args,
    ) -> PyResult<Value> {
        if class.is_exception() {
            if self.is_group_class(class) {
                return self.construct_group(class, args);
            }
            if args.has_keywords() {
                let exc = self.new_exception(class, args.pos.to_vec());
                super::methods::object::exception_keywords(self, &exc, &args)?;
                return Ok(exc);
            }
            // `OSError(errno, strerror)` is the subclass for that errno.
            let is_os_error = Rc::ptr_eq(class, self.types.exc(ExcKind::OSError));
            // Only with 2 to 5 arguments, as CPython's `oserror_parse_args`.
            let errno_form = (2..=5).contains(&args.pos.len());
            if let (true, true, [Value::Int(errno), _, ..]) = (is_os_error, errno_form, args.pos) {
                if let Some(kind) = super::os_error::subclass_for(*errno) {
                    let sub = self.types.exc(kind).clone();
                    return Ok(self.new_exception(&sub, args.pos.to_vec()));
                }
            }
            return Ok(self.new_exception(class, args.pos.to_vec()));
        }
        // A native class's own `__new__` makes its instances (`deque(...)`, `defaultdict(...)`);
        // the classes of `builtins` have none, so `int(x)` and friends skip the lookup.
        let new = if &*class.module == "builtins" && class.builtin != BuiltinType::Native {
            None
        } else {
            class.dict.borrow().get("__new__").cloned()
        };
        if let Some(new @ Value::Builtin(_)) = new {
            let cls = Value::Class(class.clone());
            return self.call_bound(&cls, args, |vm, args| vm.call(&new, args));
        }
        // `dict(d)`, `int(c)`, `float(m)` of instances of subclasses of those types read
        // the built-in value (unless the subclass defines the conversion itself).
        let dunder = match class.builtin {
            BuiltinType::Dict => Some("keys"),
            BuiltinType::Int => Some("__int__"),
            BuiltinType::Float => Some("__float__"),
            _ => None,
        };
        if let (Some(dunder), Some(first)) = (dunder, args.pos.first()) {
            if let Some(base) = self.base_for(first, dunder) {
                let mut pos = args.pos.to_vec();
                pos[0] = base;
                return self.construct_builtin(class, Args { pos: &pos, ..args });
            }
        }
        let name = class.name.clone();
        match class.builtin {
            BuiltinType::Object => {
                if !args.pos.is_empty() || args.has_keywords() {
                    let msg = "object() takes no arguments";
                    return Err(self.new_error(ExcKind::TypeError, msg));
                }
                Ok(Value::Instance(Rc::new(super::objects::InstanceObj {
                    class: class.clone(),
                    dict: Default::default(),
                    exception: None,
                    native: None,
                    finalized: std::cell::Cell::new(false),
                })))
            }
            BuiltinType::Type => {
                if let [_, _, _] = args.pos {
                    // Class keywords go to `__init_subclass__`.
                    let type_ = self.types.type_.clone();
                    let made = self.type_new_in(&type_, args.pos, args)?;
                    // `type_call`: a class made by a metaclass of its own is initialised by
                    // that metaclass's `__init__`.
                    if let Value::Class(_) = &made {
                        let meta = self.class_of(&made);
                        if let Some(init) = meta.lookup_user("__init__") {
                            let mut pos = vec![made.clone()];
                            pos.extend(args.pos.iter().cloned());
                            let kw = Args { pos: &pos, ..args };
                            self.call(&init, kw)?;
                        }
                    }
                    return Ok(made);
                }
                no_keywords(self, "type", &args)?;
                match args.pos {
                    [v] => Ok(Value::Class(self.class_of(v))),
                    _ => Err(self.new_error(ExcKind::TypeError, "type() takes 1 or 3 arguments")),
                }
            }
            BuiltinType::Int => {
                // Clinic's count of all the arguments comes before the keywords' names.
                let given = args.pos.len() + args.kw_names.len();
                if given > 2 {
                    let message = format!("int() takes at most 2 arguments ({given} given)");
                    return Err(self.new_error(ExcKind::TypeError, &message));
                }
                if let Some(k) = args.kw_names.iter().find(|k| k.as_str() != Some("base")) {
                    let k = k.as_str().unwrap_or("");
                    let message = format!("'{k}' is an invalid keyword argument for int()");
                    return Err(self.new_error(ExcKind::TypeError, &message));
                }
                construct_int(self, args)
            }
            BuiltinType::Bool => {
                no_keywords(self, "bool", &args)?;
                check_arity(self, "bool", &args, 0, 1)?;
                match args.pos.first() {
                    Some(v) => Ok(Value::Bool(self.truthy(v)?)),
                    None => Ok(Value::Bool(false)),
                }
            }
            BuiltinType::Float => construct_float(self, args),
            BuiltinType::Str => self.construct_str(args),
            BuiltinType::Bytes => self.construct_bytes(args, false),
            BuiltinType::ByteArray => self.construct_bytes(args, true),
            BuiltinType::MemoryView => self.construct_memoryview(args),
            BuiltinType::List => {
                no_keywords(self, "list", &args)?;
                check_arity(self, "list", &args, 0, 1)?;
                let items = match args.pos.first() {
                    Some(v) => self.collect_sized(v)?,
                    None => Vec::new(),
                };
                self.new_list(items)
            }
            BuiltinType::Tuple => {
                no_keywords(self, "tuple", &args)?;
                check_arity(self, "tuple", &args, 0, 1)?;
                match args.pos.first() {
                    Some(Value::Tuple(_)) => Ok(args.pos[0].clone()),
                    Some(v) => Ok(Value::tuple(self.collect_sized(v)?)),
                    None => Ok(Value::tuple(Vec::new())),
                }
            }
            BuiltinType::Dict => {
                check_arity(self, "dict", &args, 0, 1)?;
                let d = Value::Dict(Rc::new(super::objects::DictObj::new()));
                if let Some(v) = args.pos.first() {
                    self.dict_update(&d, v)?;
                }
                for (k, v) in args.keywords() {
                    self.set_item(&d, Value::str(k), v.clone())?;
                }
                Ok(d)
            }
            BuiltinType::Set | BuiltinType::FrozenSet => {
                no_keywords(self, &name, &args)?;
                check_arity(self, &name, &args, 0, 1)?;
                let frozen = class.builtin == BuiltinType::FrozenSet;
                match args.pos.first() {
                    // frozenset(f) is f itself.
                    Some(v @ Value::Set(s)) if frozen && s.frozen => Ok(v.clone()),
                    Some(v) => Ok(Value::Set(self.new_set_from(v, frozen)?)),
                    None => self.new_set(Vec::new(), frozen),
                }
            }
            BuiltinType::Range => construct_range(self, args),
            BuiltinType::Slice => {
                no_keywords(self, "slice", &args)?;
                check_arity(self, "slice", &args, 1, 3)?;
                let (start, stop, step) = match args.pos {
                    [stop] => (Value::None, stop.clone(), Value::None),
                    [a, b] => (a.clone(), b.clone(), Value::None),
                    [a, b, c] => (a.clone(), b.clone(), c.clone()),
                    _ => (Value::None, Value::None, Value::None),
                };
                Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
            }
            BuiltinType::Super => match args.pos {
                [] => self.zero_arg_super(),
                [Value::Class(c), receiver] => self.new_super(c.clone(), receiver.clone()),
                [Value::Class(_)] => {
                    Err(self.unsupported_now("super() with one argument (an unbound super)"))
                }
                other => {
                    let given = other.first().map(|v| self.type_name(v)).unwrap_or_default();
                    Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("super() argument 1 must be a type, not {given}"),
                    ))
                }
            },
            BuiltinType::Future | BuiltinType::Task => self.construct_asyncio(class, args),
            BuiltinType::Module => {
                no_keywords(self, "module", &args)?;
                check_arity(self, "module", &args, 1, 2)?;
                let Some(module_name) = args.pos[0].as_str() else {
                    let msg = format!(
                        "module.__init__() argument 'name' must be str, not {}",
                        self.type_name(&args.pos[0])
                    );
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                };
                let module = Rc::new(super::objects::ModuleObj::new(module_name));
                module.set("__name__", Value::str(module_name));
                module.set("__doc__", args.pos.get(1).cloned().unwrap_or(Value::None));
                for unset in ["__package__", "__loader__", "__spec__"] {
                    module.set(unset, Value::None);
                }
                Ok(Value::Module(module))
            }
            BuiltinType::Method => self.construct_method(&args),
            BuiltinType::StructTime => crate::stdlib::time_module::construct(self, args),
            _ if Rc::ptr_eq(class, &self.types.event_loop) => {
                crate::asyncio::api::construct_selector_loop(self, args)
            }
            // `types.FunctionType(code, globals)`: no code objects to build one from here.
            _ if &*class.name == "function" && !class.is_user => {
                if args.pos.is_empty() && !args.has_keywords() {
                    let msg = "function() missing required argument 'code' (pos 1)";
                    return Err(self.new_error(ExcKind::TypeError, msg));
                }
                Err(self.unsupported_now(
                    "`types.FunctionType(...)` (making a function from a code object)",
                ))
            }
            // The singletons' types return the singleton (`type(None)()` is None).
            _ if matches!(&*class.name, "NoneType" | "ellipsis" | "NotImplementedType") => {
                if !args.pos.is_empty() || args.has_keywords() {
                    let shown =
                        if &*class.name == "ellipsis" { "EllipsisType" } else { &class.name };
                    let msg = format!("{shown} takes no arguments");
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                }
                Ok(match &*class.name {
                    "NoneType" => Value::None,
                    "ellipsis" => Value::Ellipsis,
                    _ => Value::NotImplemented,
                })
            }
            BuiltinType::Iterator if &*class.module == "builtins" => {
                match ITERATOR_CONSTRUCTORS.iter().find(|(n, _)| **n == *class.name) {
                    Some((name, make)) => {
                        if let Some((pos, kw_names, kw_values)) =
                            bind_builtin_keywords(self, "builtins", name, &args)?
                        {
                            let args =
                                Args { pos: &pos, kw_names: &kw_names, kw_values: &kw_values };
                            return make(self, args);
                        }
                        make(self, args)
                    }
                    None => Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("cannot create '{name}' instances"),
                    )),
                }
            }
            _ => {
                Err(self
                    .new_error(ExcKind::TypeError, &format!("cannot create '{name}' instances")))
            }
        }
    }

    /// `types.MethodType(function, instance)`: `function` bound to `instance`.
    fn construct_method(&mut self, args: &Args) -> PyResult<Value> {
        no_keywords(self, "method", args)?;
        if args.pos.len() != 2 {
            let msg = format!("method expected 2 arguments, got {}", args.pos.len());
            return Err(self.new_error(ExcKind::TypeError, &msg));
        }
        let (function, receiver) = (&args.pos[0], &args.pos[1]);
        if !is_callable(function) {
            return Err(self.new_error(ExcKind::TypeError, "first argument must be callable"));
        }
        if matches!(receiver, Value::None) {
            return Err(self.new_error(ExcKind::TypeError, "instance must not be None"));
        }
        Ok(Value::BoundMethod(Rc::new(super::objects::BoundMethodObj {
            receiver: receiver.clone(),
            function: function.clone(),
        })))
    }
}

fn native_cmp(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        _ => match (numbers::as_num(a), numbers::as_num(b)) {
            (Some(x), Some(y)) => numbers::compare_nums(x, y).unwrap_or(Ordering::Equal),
            _ => Ordering::Equal,
        },
    }
}

/// `int(v)`.
pub(crate) fn int_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    construct_int(vm, Args::positional(std::slice::from_ref(v)))
}

fn construct_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw_names.len();
    if given > 2 {
        let message = format!("int() takes at most 2 arguments ({given} given)");
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let base = args.keyword("base").cloned().or_else(|| args.pos.get(1).cloned());
    let Some(v) = args.pos.first() else {
        if base.is_some() {
            return Err(vm.new_error(ExcKind::TypeError, "int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = arg_i64(vm, &base, "")?;
        if let Some(result) = int_from_bytes(vm, v, b) {
            return result;
        }
        let Value::Str(s) = v else {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "int() can't convert non-string with explicit base",
            ));
        };
        return pyfmt::parse_int_literal(s.as_str(), b)
            .map(Value::from_bigint)
            .map_err(|e| vm.format_error(e));
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            pyfmt::float_to_int(*f).map(Value::from_bigint).map_err(|e| vm.format_error(e))
        }
        Value::Str(s) => pyfmt::parse_int_literal(s.as_str(), 10)
            .map(Value::from_bigint)
            .map_err(|e| vm.format_error(e)),
        Value::Bytes(_) | Value::ByteArray(_) => {
            int_from_bytes(vm, v, 10).unwrap_or_else(|| Ok(Value::Int(0)))
        }
        Value::Instance(inst)
            if inst.class.lookup("__int__").is_some()
                || inst.class.lookup("__index__").is_some() =>
        {
            match inst.class.lookup("__int__") {
                Some(m) => {
                    let result = vm.call1(&m, v.clone())?;
                    conversion_result(vm, result, "", "__int__", BuiltinType::Int)
                }
                None => vm.index_of_object(v).map(|i| i.unwrap_or(Value::None)),
            }
        }
        // 3.11 still falls back on `__trunc__`, with a warning; its result must be an int, or
        // give one through `__index__`.
        Value::Instance(inst) if inst.class.lookup("__trunc__").is_some() => {
            let m = inst.class.lookup("__trunc__").unwrap_or(Value::None);
            vm.warn(
                ExcKind::DeprecationWarning,
                "The delegation of int() to __trunc__ is deprecated.",
            )?;
            let result = vm.call1(&m, v.clone())?;
            match &result {
                Value::Int(_) | Value::BigInt(_) => Ok(result),
                Value::Bool(b) => Ok(Value::Int(*b as i64)),
                _ => match vm.index_of_object(&result)? {
                    Some(i) => Ok(i),
                    None => Err(vm.new_error(
                        ExcKind::TypeError,
                        &format!(
                            "__trunc__ returned non-Integral (type {})",
                            vm.type_name(&result)
                        ),
                    )),
                },
            }
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(other)
            ),
        )),
    }
}

/// What `__int__`/`__float__` returned, checked as CPython's `PyNumber_Long`/`PyNumber_Float`
/// do: another type is a `TypeError` ("X.__float__ returned non-float (type int)"; `owner` is
/// "X." or empty), an instance of a strict subclass is deprecated (a `DeprecationWarning`) and
/// converted to the exact type.
fn conversion_result(
    vm: &mut Vm,
    result: Value,
    owner: &str,
    method: &str,
    want: BuiltinType,
) -> PyResult<Value> {
    let exact = matches!(
        (&result, want),
        (Value::Int(_) | Value::BigInt(_), BuiltinType::Int)
            | (Value::Float(_), BuiltinType::Float)
    );
    if exact {
        return Ok(result);
    }
    let base = super::builtin_subclass::number_of(&result);
    let subclass = matches!(
        (&result, &base, want),
        (Value::Bool(_), _, BuiltinType::Int)
            | (
                Value::Instance(_),
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_),
                BuiltinType::Int
            )
            | (Value::Instance(_), Value::Float(_), BuiltinType::Float)
    );
    let (wanted, kind) = match want {
        BuiltinType::Float => ("float", "float"),
        _ => ("int", "int"),
    };
    let message = format!("{owner}{method} returned non-{wanted} (type {})", vm.type_name(&result));
    if !subclass {
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    vm.warn(
        ExcKind::DeprecationWarning,
        &format!(
            "{message}.  The ability to return an instance of a strict subclass of {kind} is \
             deprecated, and may be removed in a future version of Python."
        ),
    )?;
    Ok(match base {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    })
}

/// `int(b"42")`: bytes and bytearrays are read as ASCII text (None for other values); a
/// malformed literal is reported with the repr of its bytes (`b'1.5'`, also for a bytearray),
/// as CPython does.
fn int_from_bytes(vm: &mut Vm, v: &Value, base: i64) -> Option<PyResult<Value>> {
    let data: Vec<u8> = match v {
        Value::Bytes(b) => b.data.to_vec(),
        Value::ByteArray(b) => b.data.borrow().to_vec(),
        _ => return None,
    };
    let invalid = |vm: &mut Vm| {
        let repr: String = super::bytes::bytes_repr(&data).chars().take(200).collect();
        let message = format!("invalid literal for int() with base {base}: {repr}");
        Err(vm.new_error(ExcKind::ValueError, &message))
    };
    if !data.is_ascii() {
        return Some(invalid(vm));
    }
    let text: String = data.iter().map(|&c| char::from(c)).collect();
    Some(match pyfmt::parse_int_literal(&text, base) {
        Ok(n) => Ok(Value::from_bigint(n)),
        Err(e) if e.message.starts_with("invalid literal") => invalid(vm),
        Err(e) => Err(vm.format_error(e)),
    })
}

fn construct_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "float", &args)?;
    check_arity(vm, "float", &args, 0, 1)?;
    let Some(v) = args.pos.first() else { return Ok(Value::Float(0.0)) };
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = numbers::as_num(v).unwrap_or(Num::Int(0));
            numbers::int_to_float(n).map(Value::Float).map_err(|e| vm.num_error(e))
        }
        Value::Str(s) => {
            pyfmt::parse_float_literal(s.as_str()).map(Value::Float).map_err(|e| vm.format_error(e))
        }
        // `float(b"1.5")`: the bytes read as text; an error shows them as bytes.
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = super::bytes::buffer(v).map(|d| d.to_vec()).unwrap_or_default();
            let parsed = std::str::from_utf8(&data).ok().map(pyfmt::parse_float_literal);
            match parsed {
                Some(Ok(f)) => Ok(Value::Float(f)),
                _ => {
                    let repr = super::bytes::bytes_repr(&data);
                    let repr = match v {
                        Value::ByteArray(_) => format!("bytearray({repr})"),
                        _ => repr,
                    };
                    let message = format!("could not convert string to float: {repr}");
                    Err(vm.new_error(ExcKind::ValueError, &message))
                }
            }
        }
        Value::Instance(inst) if inst.class.lookup("__float__").is_some() => {
            let m = inst.class.lookup("__float__").unwrap_or(Value::None);
            let result = vm.call1(&m, v.clone())?;
            let owner = format!("{}.", inst.class.name);
            conversion_result(vm, result, &owner, "__float__", BuiltinType::Float)
        }
        // Without `__float__`, CPython's `PyNumber_Float` takes `__index__`.
        Value::Instance(inst) if inst.class.lookup("__index__").is_some() => {
            match vm.index_of_object(v)? {
                Some(i) => construct_float(vm, Args::positional(&[i])),
                None => Ok(Value::None),
            }
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(other)
            ),
        )),
    }
}

fn construct_range(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "range", &args)?;
    if let Some(indexed) = vm.indexed_args(args.pos)? {
        return construct_range(vm, Args::positional(&indexed));
    }
    if args.pos.is_empty() {
        return Err(vm.new_error(ExcKind::TypeError, "range expected at least 1 argument, got 0"));
    }
    if args.pos.len() > 3 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("range expected at most 3 arguments, got {}", args.pos.len()),
        ));
    }
    let mut ints = Vec::with_capacity(3);
    for v in args.pos {
        // CPython's range holds arbitrary ints; this one holds 64-bit ones.
        if matches!(super::builtin_subclass::number_of(v), Value::BigInt(_)) {
            return Err(vm.unsupported_now("`range()` with a bound or step beyond 64 bits"));
        }
        ints.push(arg_i64(vm, v, "")?);
    }
    let (start, stop, step) = match ints[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] => (start, stop, step),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return Err(vm.new_error(ExcKind::ValueError, "range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len_of(&args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "repr", &args, 1, 1)?;
    Ok(Value::string(vm.repr(&args.pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "ascii", &args, 1, 1)?;
    Ok(Value::string(vm.ascii_of(&args.pos[0])?))
}

pub(crate) fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "abs", &args, 1, 1)?;
    let v = super::builtin_subclass::number_of(&args.pos[0]);
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(inst) if inst.class.lookup("__abs__").is_some() => {
            let m = inst.class.lookup("__abs__").unwrap_or(Value::None);
            return vm.call1(&m, v.clone());
        }
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("bad operand type for abs(): '{}'", vm.type_name(other)),
            ))
        }
    })
}

pub(crate) fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::takes_at_most(vm, "round", &args, 2)?;
    let ndigits = args.keyword("ndigits").or(args.pos.get(1)).cloned().unwrap_or(Value::None);
    let Some(v) = args.pos.first() else {
        return Err(
            vm.new_error(ExcKind::TypeError, "round() missing required argument 'number' (pos 1)")
        );
    };
    // An int or float subclass's instance rounds as its value, unless its class says how.
    let base = vm.base_for(v, "__round__");
    let v = base.as_ref().unwrap_or(v);
    match v {
        Value::Float(f) => {
            if ndigits.is_none() {
                let r = pyfmt::round_half_even(*f);
                pyfmt::float_to_int(r).map(Value::from_bigint).map_err(|e| vm.format_error(e))
            } else {
                // CPython clamps the digits to Py_ssize_t: past it, as many as there are.
                let n = match &ndigits {
                    Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
                    Value::BigInt(_) => i64::MAX,
                    _ => arg_i64(vm, &ndigits, "")?,
                };
                pyfmt::round_float(*f, n).map(Value::Float).map_err(|e| vm.format_error(e))
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = match &ndigits {
                Value::None => 0,
                // More digits than any int has: the int itself.
                Value::BigInt(b) if b.sign() != num_bigint::Sign::Minus => 0,
                _ => arg_i64(vm, &ndigits, "")?,
            };
            let value = numbers::to_bigint(v).unwrap_or_default();
            if n >= 0 {
                return Ok(Value::from_bigint(value));
            }
            // Round to a multiple of 10**-n, half to even.
            let m = num_traits::pow(BigInt::from(10), (-n).min(400) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&value, &m);
            let twice: BigInt = &r * 2;
            let q = match twice.cmp(&m) {
                Ordering::Greater => q + 1,
                Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
                _ => q,
            };
            Ok(Value::from_bigint(q * m))
        }
        Value::Instance(inst) if inst.class.lookup("__round__").is_some() => {
            let m = inst.class.lookup("__round__").unwrap_or(Value::None);
            let mut pos = vec![v.clone()];
            if !ndigits.is_none() {
                pos.push(ndigits);
            }
            vm.call(&m, Args::positional(&pos))
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("type {} doesn't define __round__ method", vm.type_name(other)),
        )),
    }
}

/// `min`/`max`: over one iterable or several arguments, with `key` and `default`.
fn extremum(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = args.keyword("key").cloned().filter(|k| !k.is_none());
    let default = args.keyword("default").cloned();
    if !args.pos.is_empty() {
        for (k, _) in args.keywords() {
            if k != "key" && k != "default" {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("'{k}' is an invalid keyword argument for {name}()"),
                ));
            }
        }
    }
    // One iterable is read an item at a time, each compared as it comes (a key function's
    // calls interleave with a generator's items, and an endless one fails at its first bad
    // comparison), as CPython's `min_max` does.
    let iterator = match args.pos {
        [] => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("{name} expected at least 1 argument, got 0"),
            ))
        }
        [one] => Some(vm.get_iter(one)?),
        _ if default.is_some() => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                ),
            ));
        }
        _ => None,
    };
    let mut arguments = args.pos.iter();
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &iterator {
            Some(it) => match vm.next(it)? {
                Some(item) => item,
                None => break,
            },
            None => match arguments.next() {
                Some(item) => item.clone(),
                None => break,
            },
        };
        let k = match &key {
            Some(f) => vm.call1(f, item.clone())?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (item, k),
            Some((bi, bk)) => {
                let better = vm.compare(op, &k, &bk)?;
                if vm.truthy(&better)? {
                    (item, k)
                } else {
                    (bi, bk)
                }
            }
        });
    }
    match best {
        Some((item, _)) => Ok(item),
        None => {
            match default {
                Some(d) => Ok(d),
                None => Err(vm
                    .new_error(ExcKind::ValueError, &format!("{name}() arg is an empty sequence"))),
            }
        }
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extremum(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extremum(vm, args, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::takes_at_most(vm, "sum", &args, 2)?;
    let start = args.keyword("start").or(args.pos.get(1)).cloned().unwrap_or(Value::Int(0));
    let Some(iterable) = args.pos.first() else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "sum() takes at least 1 positional argument (0 given)",
        ));
    };
    match &start {
        Value::Str(_) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        Value::ByteArray(_) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = vm.get_iter(iterable)?;
    let mut total = start;
    while let Some(v) = vm.next(&it)? {
        total = match (&total, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(BinOp::Add, &total, &v, false)?,
        };
    }
    Ok(total)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("sorted expected 1 argument, got {}", args.pos.len()),
        ));
    }
    let mut items = vm.collect_sized(&args.pos[0])?;
    let key = args.keyword("key").cloned();
    let reverse = vm.reverse_flag(args.keyword("reverse"))?;
    vm.sort_values(&mut items, key.as_ref(), reverse)?;
    vm.new_list(items)
}

pub(crate) fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A type's argument check in 3.11 (`_PyArg_CheckPositional`), not a function's.
    if args.pos.len() != 1 {
        let message = format!("reversed expected 1 argument, got {}", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let v = &args.pos[0];
    if let Some(f) = vm.meta_method(v, "__reversed__") {
        return vm.call(&f, Args::positional(std::slice::from_ref(v)));
    }
    // A list, tuple or dict subclass's instance (a namedtuple) reverses as its value.
    let base = vm.base_for(v, "__reversed__");
    let v = base.as_ref().unwrap_or(v);
    let items = match v {
        // Lists and dicts reverse live, as CPython's iterators over them do.
        Value::List(l) => {
            let index = l.items.borrow().len() as isize - 1;
            return Ok(new_iter(IterState::ListReversed { list: l.clone(), index }));
        }
        Value::Dict(d) => return Ok(reversed_dict(d, DictView::Keys)),
        Value::DictView(view) => return Ok(reversed_dict(&view.dict, view.view)),
        Value::Range(r) => {
            // The same range walked from its last item with the opposite step.
            let remaining = r.len();
            let last = r.start.wrapping_add(r.step.wrapping_mul(remaining.max(1) - 1));
            let state = IterState::Range { next: last, step: r.step.wrapping_neg(), remaining };
            return Ok(new_iter(state));
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => vm.collect(v)?,
        Value::MemoryView(m) if m.released.get() => return Err(vm.released_view()),
        Value::MemoryView(_) => vm.collect(v)?,
        // `__reversed__ = None` declares the class not reversible.
        Value::Instance(inst)
            if inst.class.lookup("__reversed__").is_some_and(|m| !matches!(m, Value::None)) =>
        {
            let m = inst.class.lookup("__reversed__").unwrap_or(Value::None);
            return vm.call1(&m, v.clone());
        }
        Value::Instance(inst) if inst.class.lookup("__reversed__").is_some() => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object is not reversible", vm.type_name(v)),
            ))
        }
        Value::Instance(inst)
            if inst.class.lookup("__len__").is_some()
                && inst.class.lookup("__getitem__").is_some() =>
        {
            // Lazy, from the end: `__getitem__(len - 1)` first, when first asked.
            let len = vm.len_of(v)? as i64;
            let state = IterState::Sequence { seq: v.clone(), index: len - 1, reverse: true };
            return Ok(new_iter(state));
        }
        // A sequence (`__getitem__`) without a length.
        Value::Instance(inst) if inst.class.lookup("__getitem__").is_some() => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("object of type '{}' has no len()", vm.type_name(v)),
            ))
        }
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object is not reversible", vm.type_name(other)),
            ))
        }
    };
    let mut items = items;
    items.reverse();
    Ok(new_iter(IterState::Reversed { items, index: 0 }))
}

/// `reversed(d)` of a dict or a view (reversible since 3.8).
fn reversed_dict(d: &Rc<super::objects::DictObj>, view: DictView) -> Value {
    let map = d.map.borrow();
    let state = IterState::DictReversed { dict: d.clone(), index: map.end(), len: map.len(), view };
    new_iter(state)
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::takes_at_most(vm, "enumerate", &args, 2)?;
    let Some(iterable) = args.pos.first() else {
        return Err(
            vm.new_error(ExcKind::TypeError, "enumerate() missing required argument 'iterable'")
        );
    };
    // `PyNumber_Index`: counting starts from a plain int (`True` counts from 1).
    let start = match args.keyword("start").or(args.pos.get(1)) {
        Some(start) => match vm.exact_index(start)? {
            Some(n) => n,
            None => {
                let what = vm.type_name(start);
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("'{what}' object cannot be interpreted as an integer"),
                ));
            }
        },
        None => Value::Int(0),
    };
    let inner = vm.get_iter(iterable)?;
    Ok(new_iter(IterState::Enumerate { inner, count: start }))
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let strict = match args.keyword("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        // 3.11 passes on iter()'s own error ("'int' object is not iterable").
        inners.push(vm.get_iter(v)?);
    }
    Ok(new_iter(IterState::Zip { inners, strict }))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "map", &args)?;
    if args.pos.len() < 2 {
        return Err(vm.new_error(ExcKind::TypeError, "map() must have at least two arguments."));
    }
    let mut inners = Vec::new();
    for v in &args.pos[1..] {
        inners.push(vm.get_iter(v)?);
    }
    Ok(new_iter(IterState::Map { func: args.pos[0].clone(), inners }))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "filter", &args)?;
    check_arity(vm, "filter", &args, 2, 2)?;
    let inner = vm.get_iter(&args.pos[1])?;
    Ok(new_iter(IterState::Filter { func: args.pos[0].clone(), inner }))
}

impl Vm {
    /// `issubclass(sub, class)`: a metaclass's `__subclasscheck__` decides (`abc.ABCMeta`:
    /// virtual subclasses). A real subclass is answered natively first when the hook is
    /// ABCMeta's (which answers yes to those too), so isinstance stays cheap; other hooks
    /// may refuse a real subclass (a TypedDict, a protocol not `@runtime_checkable`).
    pub fn is_subclass(&mut self, sub: &Rc<ClassObj>, class: &Rc<ClassObj>) -> PyResult<bool> {
        let hook = class.metaclass.as_ref().and_then(|m| m.lookup_user("__subclasscheck__"));
        let Some(hook) = hook else { return Ok(sub.is_subclass_of(class)) };
        if is_abc_meta_hook(&hook) && sub.is_subclass_of(class) {
            return Ok(true);
        }
        let r = self.call(
            &hook,
            Args::positional(&[Value::Class(class.clone()), Value::Class(sub.clone())]),
        )?;
        self.truthy(&r)
    }

    /// `isinstance(v, class_or_tuple)`.
    pub fn is_instance(&mut self, v: &Value, class: &Value) -> PyResult<bool> {
        match class {
            Value::Class(c) => {
                let of = self.class_of(v);
                // A metaclass's `__instancecheck__` decides, except for an instance of exactly
                // the class (CPython's shortcut) or, with ABCMeta's hook, of a subclass.
                let hook = c.metaclass.as_ref().and_then(|m| m.lookup_user("__instancecheck__"));
                let answered = |hook: &Value| {
                    Rc::ptr_eq(&of, c) || is_abc_meta_hook(hook) && of.is_subclass_of(c)
                };
                match hook {
                    Some(hook) if !answered(&hook) => {
                        let r = self.call(&hook, Args::positional(&[class.clone(), v.clone()]))?;
                        self.truthy(&r)
                    }
                    Some(_) => Ok(true),
                    None => self.is_subclass(&of, c),
                }
            }
            Value::Tuple(t) => {
                for c in t.items.iter() {
                    if self.is_instance(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // An object whose type defines `__instancecheck__` decides (a generic alias
            // refuses with its own TypeError).
            Value::Instance(inst) if inst.class.lookup("__instancecheck__").is_some() => {
                let hook = inst.class.lookup("__instancecheck__").unwrap_or(Value::None);
                let r = self.call(&hook, Args::positional(&[class.clone(), v.clone()]))?;
                self.truthy(&r)
            }
            _ => Err(self.new_error(
                ExcKind::TypeError,
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        }
    }
}

/// Whether `f` is a hook of the library's `abc.ABCMeta`, which answers yes for every real
/// subclass.
fn is_abc_meta_hook(f: &Value) -> bool {
    matches!(f, Value::Function(func) if func.code.is_library && &*func.module.name == "abc")
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "isinstance", &args, 2, 2)?;
    vm.is_instance(&args.pos[0], &args.pos[1]).map(Value::Bool)
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "issubclass", &args, 2, 2)?;
    let sub = &args.pos[0];
    let check = |vm: &mut Vm, v: &Value| -> PyResult<bool> {
        match v {
            Value::Class(other) => {
                let Value::Class(c) = sub else {
                    let msg = "issubclass() arg 1 must be a class";
                    return Err(vm.new_error(ExcKind::TypeError, msg));
                };
                vm.is_subclass(c, other)
            }
            // The hook decides whatever arg 1 is (`issubclass(typing.List, typing.Sequence)`).
            Value::Instance(inst) if inst.class.lookup("__subclasscheck__").is_some() => {
                let hook = inst.class.lookup("__subclasscheck__").unwrap_or(Value::None);
                let r = vm.call(&hook, Args::positional(&[v.clone(), sub.clone()]))?;
                vm.truthy(&r)
            }
            // CPython checks arg 1 before arg 2 here.
            _ if !matches!(sub, Value::Class(_)) => {
                Err(vm.new_error(ExcKind::TypeError, "issubclass() arg 1 must be a class"))
            }
            _ => Err(vm.new_error(
                ExcKind::TypeError,
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    };
    // Tuples nest (`issubclass(bool, ((str, bytes), (int, float)))`), as for isinstance.
    fn any_of(
        vm: &mut Vm,
        classinfo: &Value,
        check: &impl Fn(&mut Vm, &Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        let Value::Tuple(t) = classinfo else { return check(vm, classinfo) };
        for item in t.items.iter() {
            if any_of(vm, item, check)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
    any_of(vm, &args.pos[1], &check).map(Value::Bool)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "iter", &args, 1, 2)?;
    if let [func, sentinel] = args.pos {
        if !is_callable(func) {
            return Err(vm.new_error(ExcKind::TypeError, "iter(v, w): v must be callable"));
        }
        let state =
            super::objects::IterState::Callable { func: func.clone(), sentinel: sentinel.clone() };
        return Ok(new_iter(state));
    }
    vm.get_iter(&args.pos[0])
}

/// `exit([code])` and `quit([code])`, the callables the `site` module adds: they raise
/// `SystemExit(code)`, with `None` when called bare (`sys.exit()` raises one with no
/// arguments). CPython also closes stdin first; a program here has none.
fn site_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        let given = args.pos.len() + 1;
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "Quitter.__call__() takes from 1 to 2 positional arguments but {given} were given"
            ),
        ));
    }
    let code = match (args.pos.first(), args.keyword("code")) {
        (Some(_), Some(_)) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "Quitter.__call__() got multiple values for argument 'code'",
            ))
        }
        (Some(code), None) | (None, Some(code)) => code.clone(),
        (None, None) => Value::None,
    };
    if let Some((name, _)) = args.keywords().find(|(name, _)| *name != "code") {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("Quitter.__call__() got an unexpected keyword argument '{name}'"),
        ));
    }
    Err(PyErr::Exception(vm.new_exception(vm.types.exc(ExcKind::SystemExit), vec![code])))
}

pub(crate) fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    // A coroutine or an async generator is not an iterator: only a plain generator steps.
    let not_generator = matches!(it, Value::Gen(g) if g.kind != super::objects::GenKind::Generator);
    if not_generator || !matches!(it, Value::Iter(_) | Value::Gen(_) | Value::Instance(_)) {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object is not an iterator", vm.type_name(it)),
        ));
    }
    // A coroutine's `__await__()` iterator steps the coroutine itself.
    let stepped = match it {
        Value::Iter(_) => super::generators::awaited_by(it),
        _ => None,
    };
    if let Some(gen) = stepped.as_ref().or(matches!(it, Value::Gen(_)).then_some(it)) {
        // next() on a generator surfaces its return value in StopIteration.
        return match vm.gen_send(gen, Value::None) {
            super::objects::GenStep::Yield(v) => Ok(v),
            super::objects::GenStep::Return(v) => match args.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
            // An exhausted generator has nothing more: the default, if given.
            super::objects::GenStep::Error(PyErr::Exception(e))
                if args.pos.len() == 2 && vm.exception_is(&e, ExcKind::StopIteration) =>
            {
                Ok(args.pos[1].clone())
            }
            super::objects::GenStep::Error(e) => Err(e),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "hash", &args, 1, 1)?;
    let key = vm.hashed(args.pos[0].clone())?;
    Ok(Value::Int(key.hash))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "id", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(Value::Int(match v.object_address() {
        Some(a) => a as i64,
        None => py_hash(v).unwrap_or(0).wrapping_mul(31) & 0x7fff_ffff_ffff,
    }))
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "ord", &args, 1, 1)?;
    // A str subclass's instance (a `StrEnum` member) is its text.
    if let Some(text) = super::builtin_subclass::str_value(&args.pos[0]) {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "ord() expected a character, but string of length {} found",
                    text.chars().count()
                ),
            )),
        };
    }
    let v = &args.pos[0];
    let data = match v {
        Value::Bytes(_) | Value::ByteArray(_) => super::bytes::buffer(v).map(|d| d.to_vec()),
        _ => None,
    };
    match data {
        Some(data) if data.len() == 1 => Ok(Value::Int(i64::from(data[0]))),
        Some(data) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("ord() expected a character, but string of length {} found", data.len()),
        )),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("ord() expected string of length 1, but {} found", vm.type_name(v)),
        )),
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "chr", &args, 1, 1)?;
    let i = arg_i64(vm, &args.pos[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0..=0x10ffff).contains(&i) => Err(vm.unsupported_now("lone surrogate characters")),
        None => Err(vm.new_error(ExcKind::ValueError, "chr() arg not in range(0x110000)")),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: pyfmt::Radix) -> PyResult<Value> {
    check_arity(vm, name, &args, 1, 1)?;
    if let Some(indexed) = vm.indexed_args(args.pos)? {
        return radix(vm, Args::positional(&indexed), name, base);
    }
    match numbers::to_bigint(&args.pos[0]) {
        Some(n) => Ok(Value::string(pyfmt::int_to_str_radix(&n, base))),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[0])),
        )),
    }
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", pyfmt::Radix::Binary)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", pyfmt::Radix::Octal)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", pyfmt::Radix::Hex)
}

pub(crate) fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let unsupported = |vm: &Vm| {
        let msg = format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        );
        vm.new_error(ExcKind::TypeError, &msg)
    };
    // The program's classes answer through `__divmod__`/`__rdivmod__` only (never `//` and
    // `%`); a subclass of a number without them divides as its number.
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = vm.try_dunder(a, "__divmod__", b)? {
            return Ok(r);
        }
        if !vm.same_user_class(a, b) {
            if let Some(r) = vm.try_dunder(b, "__rdivmod__", a)? {
                return Ok(r);
            }
        }
        let a_number = numbers::as_num(super::builtin_subclass::number_of(a)).is_some();
        let b_number = numbers::as_num(super::builtin_subclass::number_of(b)).is_some();
        if !(a_number && b_number) {
            return Err(unsupported(vm));
        }
        let (x, y) = (
            super::builtin_subclass::number_of(a).clone(),
            super::builtin_subclass::number_of(b).clone(),
        );
        return divmod(vm, Args::positional(&[x, y]));
    }
    match (numbers::as_num(a), numbers::as_num(b)) {
        (Some(x), Some(d))
            if numbers::is_zero(d)
                && (matches!(x, Num::Float(_)) || matches!(d, Num::Float(_))) =>
        {
            return Err(vm.new_error(ExcKind::ZeroDivisionError, "float divmod()"));
        }
        (Some(_), Some(_)) => {}
        _ => return Err(unsupported(vm)),
    }
    let q = vm.binary_op(BinOp::FloorDiv, a, b, false)?;
    let r = vm.binary_op(BinOp::Mod, a, b, false)?;
    Ok(Value::tuple(vec![q, r]))
}

pub(crate) fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::takes_at_most(vm, "pow", &args, 3)?;
    let modulus = args.keyword("mod").or(args.pos.get(2)).cloned().unwrap_or(Value::None);
    // Argument Clinic's `pow(base, exp, mod=None)`: each by position or by name.
    let Some(base) = args.pos.first().or(args.keyword("base")).cloned() else {
        let message = "pow() missing required argument 'base' (pos 1)";
        return Err(vm.new_error(ExcKind::TypeError, message));
    };
    let Some(exp) = args.pos.get(1).or(args.keyword("exp")).cloned() else {
        let message = "pow() missing required argument 'exp' (pos 2)";
        return Err(vm.new_error(ExcKind::TypeError, message));
    };
    let (base, exp) = (&base, &exp);
    if modulus.is_none() {
        return vm.binary_op(BinOp::Pow, base, exp, false);
    }
    // An int base leaves a complex exponent to complex's own power, which refuses a modulus.
    let int_base = matches!(
        super::builtin_subclass::number_of(base),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
    );
    if super::complex_type::complex_parts(exp).is_some() {
        if int_base {
            return Err(vm.new_error(ExcKind::ValueError, "complex modulo"));
        }
        if matches!(super::builtin_subclass::number_of(base), Value::Float(_)) {
            let m = "pow() 3rd argument not allowed unless all arguments are integers";
            return Err(vm.new_error(ExcKind::TypeError, m));
        }
    }
    // Three-argument power asks only the base's `__pow__` (never `__rpow__`).
    if let Value::Instance(inst) = base {
        if let Some(method) = inst.class.lookup("__pow__") {
            let r =
                vm.call(&method, Args::positional(&[base.clone(), exp.clone(), modulus.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let all_numbers = [base, exp, &modulus]
        .iter()
        .all(|v| numbers::as_num(super::builtin_subclass::number_of(v)).is_some());
    if !all_numbers {
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(base),
            vm.type_name(exp),
            vm.type_name(&modulus)
        );
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let (Some(b), Some(e), Some(m)) =
        (numbers::to_bigint(base), numbers::to_bigint(exp), numbers::to_bigint(&modulus))
    else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(vm.new_error(ExcKind::ValueError, "pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        // A negative exponent raises the modular inverse of the base (Python 3.8+).
        match mod_inverse(&b, &m) {
            Some(inv) => (inv, -e),
            None => {
                return Err(vm.new_error(
                    ExcKind::ValueError,
                    "base is not invertible for the given modulus",
                ))
            }
        }
    } else {
        (b, e)
    };
    let r = b.modpow(&e, &m);
    // Python's result has the sign of the modulus.
    let r = if !r.is_zero() && r.is_negative() != m.is_negative() { r + &m } else { r };
    Ok(Value::from_bigint(r))
}

/// The inverse of `b` modulo `m` (in `0..|m|`), if `b` and `m` are coprime.
fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m_abs = m.abs();
    let ext = b.mod_floor(&m_abs).extended_gcd(&m_abs);
    if !ext.gcd.is_one() {
        return None;
    }
    Some(ext.x.mod_floor(&m_abs))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args.pos[0])))
}

pub(crate) fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }
}

/// The name argument of getattr/setattr/hasattr/delattr (CPython 3.11's message names no
/// function).
fn attr_name<'a>(vm: &Vm, v: &'a Value, _fname: &str) -> PyResult<&'a str> {
    // A str subclass's instance (a `StrEnum` member) names an attribute by its text.
    super::builtin_subclass::str_value(v).ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("attribute name must be string, not '{}'", vm.type_name(v)),
        )
    })
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1], "getattr")?.to_string();
    match vm.get_attr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(PyErr::Exception(e))
            if args.pos.len() == 3 && vm.exception_is(&e, ExcKind::AttributeError) =>
        {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1], "setattr")?.to_string();
    vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "hasattr")?.to_string();
    match vm.get_attr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::AttributeError) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "delattr")?.to_string();
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        None => String::new(),
        // A str subclass's instance (a `StrEnum` member) is a spec too.
        Some(v) => match super::builtin_subclass::str_value(v) {
            Some(text) => text.to_string(),
            None => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("format() argument 2 must be str, not {}", vm.arg_type_name(v)),
                ))
            }
        },
    };
    Ok(Value::string(vm.format(&args.pos[0], &spec)?))
}

/// Values of an int as i64 when they fit, for helpers.
pub fn small_int(v: &Value) -> Option<i64> {
    match super::builtin_subclass::number_of(v) {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

//! Methods of `object`, `BaseException`, `int` and `float`.

use super::super::call::check_arity;
use super::super::exceptions::state_of;
use super::super::objects::NativeFn;
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use num_bigint::BigInt;
use num_traits::Signed;

const OBJECT_METHODS: &[(&str, NativeFn)] = &[("__init__", object_init)];

const EXCEPTION_METHODS: &[(&str, NativeFn)] =
    &[("__init__", exception_init), ("with_traceback", with_traceback), ("add_note", add_note)];

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", identity),
    ("to_bytes", to_bytes),
    ("__format__", int_format),
];

const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("conjugate", identity),
    ("hex", float_hex),
    ("__format__", float_format),
];

pub fn install(types: &Types) {
    Types::add_methods(&types.object, "object", OBJECT_METHODS);
    let base_exception = ExcKind::BaseException;
    Types::add_methods(types.exc(base_exception), base_exception.name(), EXCEPTION_METHODS);
    // Each built-in exception has an `__init__` slot wrapper of its own
    // (`<slot wrapper '__init__' of 'ValueError' objects>`), which checks its receiver
    // against that class; asyncio's exceptions are Python classes and inherit theirs.
    for kind in ExcKind::ALL.into_iter().filter(|k| k.module() == "builtins") {
        let class = types.exc(kind);
        if !class.dict.borrow().contains_key("__init__") {
            Types::add_methods(class, kind.name(), &[("__init__", exception_init)]);
        }
    }
    Types::add_methods(&types.super_, "super", &[("__init__", super_init)]);
    Types::add_methods(&types.int, "int", INT_METHODS);
    let from_bytes = super::super::objects::BuiltinObj {
        name: "from_bytes",
        func: from_bytes,
        bound: None,
        owner: "classmethod",
    };
    types
        .int
        .dict
        .borrow_mut()
        .insert("from_bytes".into(), Value::Builtin(std::rc::Rc::new(from_bytes)));
    Types::add_methods(&types.float, "float", FLOAT_METHODS);
    let fromhex = super::super::objects::BuiltinObj {
        name: "fromhex",
        func: float_fromhex,
        bound: None,
        owner: "classmethod",
    };
    types
        .float
        .dict
        .borrow_mut()
        .insert("fromhex".into(), Value::Builtin(std::rc::Rc::new(fromhex)));
    // `object.__init_subclass__`: a classmethod that accepts nothing and does nothing, the
    // end of every `super().__init_subclass__()` chain.
    let init_subclass = super::super::objects::BuiltinObj {
        name: "__init_subclass__",
        func: object_init_subclass,
        bound: None,
        owner: "classmethod",
    };
    types
        .object
        .dict
        .borrow_mut()
        .insert("__init_subclass__".into(), Value::Builtin(std::rc::Rc::new(init_subclass)));
    let new = super::super::objects::BuiltinObj {
        name: "__new__",
        func: object_new,
        bound: None,
        owner: "staticmethod",
    };
    types.object.dict.borrow_mut().insert("__new__".into(), Value::Builtin(std::rc::Rc::new(new)));
    crate::vm::lookup_cache::class_dicts_changed();
}

/// `object.__new__(cls)`: a bare instance of the program's class `cls`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = match args.pos.first() {
        Some(Value::Class(class)) => class,
        Some(other) => {
            let msg =
                format!("object.__new__(X): X is not a type object ({})", vm.type_name(other));
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
        None => {
            return Err(vm.new_error(ExcKind::TypeError, "object.__new__(): not enough arguments"))
        }
    };
    if args.pos.len() > 1 || args.has_keywords() {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "object.__new__() takes exactly one argument (the type to instantiate)",
        ));
    }
    if !class.is_user {
        let msg =
            format!("object.__new__({}) is not safe, use {}.__new__()", class.name, class.name);
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let class = class.clone();
    vm.refuse_abstract(&class)?;
    vm.bare_instance(&class, &Args::positional(&[]))
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() || args.pos.len() > 1 {
        let name = match args.pos.first() {
            Some(Value::Class(c)) => c.qualname.to_string(),
            _ => "object".to_string(),
        };
        let msg = format!("{name}.__init_subclass__() takes no keyword arguments");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    Ok(Value::None)
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython's `object_init`: extra arguments are an error when the class overrides
    // `__init__` (they reached object's through `super()`), or when nothing else took them
    // (`object.__new__` too). Called through the class with nothing, it has no `self`.
    receiver(vm, &args, "__init__")?;
    let excess = args.pos.len() > 1 || args.has_keywords();
    let Some(Value::Instance(inst)) = args.pos.first().filter(|_| excess) else {
        return Ok(Value::None);
    };
    let class = inst.class.clone();
    // A class over a built-in or native type reaches that type's own `__init__` first.
    let object = vm.types.object.clone();
    let native_base = class.mro().any(|c| !c.is_user && !std::rc::Rc::ptr_eq(c, &object));
    if class.builtin != super::super::objects::BuiltinType::Object || native_base {
        return Ok(Value::None);
    }
    if class.lookup_user("__init__").is_some() {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if class.lookup_user("__new__").is_none() {
        let name = super::super::native::c_type_name(&class);
        let message =
            format!("{name}.__init__() takes exactly one argument (the instance to initialize)");
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    Ok(Value::None)
}

/// An exception's constructor keywords: `ImportError(msg, name=..., path=...)` (and its
/// subclasses') set those attributes; every other exception takes none.
pub(crate) fn exception_keywords(vm: &mut Vm, exc: &Value, args: &Args) -> PyResult<()> {
    if !args.has_keywords() {
        return Ok(());
    }
    // The exceptions whose `__init__` takes keywords (3.10+), and which.
    let accepted: &[&str] = if vm.exception_is(exc, ExcKind::ImportError) {
        &["name", "path"]
    } else if vm.exception_is(exc, ExcKind::AttributeError) {
        &["name", "obj"]
    } else if vm.exception_is(exc, ExcKind::NameError) {
        &["name"]
    } else {
        let message = format!("{}() takes no keyword arguments", vm.type_name(exc));
        return Err(vm.new_error(ExcKind::TypeError, &message));
    };
    let owner = match accepted {
        ["name", "path"] => "ImportError",
        ["name", "obj"] => "AttributeError",
        _ => "NameError",
    };
    for (keyword, value) in args.kw_names.iter().zip(args.kw_values) {
        let keyword = keyword.as_str().unwrap_or("");
        if !accepted.contains(&keyword) {
            let message = format!("'{keyword}' is an invalid keyword argument for {owner}()");
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
        if let Value::Instance(inst) = exc {
            inst.dict.borrow_mut().insert(keyword.into(), value.clone());
        }
    }
    Ok(())
}

/// `BaseException.__init__(self, *args)`: sets `args`. (Its receiver was checked by the call,
/// `Vm::check_slot_receiver`.)
fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "descriptor '__init__' of 'BaseException' object needs an argument",
        ));
    };
    exception_keywords(vm, this, &args)?;
    if let Some(state) = state_of(this) {
        state.borrow_mut().args = args.pos[1..].to_vec();
    }
    Ok(Value::None)
}

/// `super.__init__`: what `super.__init__(self)` (a `super()` missing its parentheses)
/// reaches; the call's receiver check turns that down. A super object is initialized when it
/// is made, and initializing one again is not modelled.
fn super_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported_now("calling super.__init__ on a super object"))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "with_traceback", &args, 2, 2)?;
    vm.set_traceback(&args.pos[0], &args.pos[1])?;
    Ok(args.pos[0].clone())
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list in the instance dict.
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "add_note", &args, 2, 2)?;
    let note = &args.pos[1];
    if !matches!(note, Value::Str(_)) {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("note must be a str, not '{}'", vm.type_name(note)),
        ));
    }
    let Value::Instance(inst) = &args.pos[0] else { return Ok(Value::None) };
    let notes = inst.dict.borrow().get("__notes__").cloned();
    match notes {
        None => {
            inst.dict.borrow_mut().insert("__notes__".into(), Value::list(vec![note.clone()]));
        }
        Some(list @ Value::List(_)) => vm.list_append(&list, note.clone())?,
        Some(_) => {
            return Err(vm.new_error(ExcKind::TypeError, "Cannot add note: __notes__ is not a list"))
        }
    }
    Ok(Value::None)
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "int.bit_length", &args)?;
    let n = super::super::numbers::to_bigint(&args.pos[0]).unwrap_or_default();
    Ok(Value::Int(n.abs().bits() as i64))
}

/// A method that takes only `self`: CPython's METH_NOARGS message otherwise.
fn no_arguments(vm: &Vm, qualname: &str, args: &Args) -> PyResult<()> {
    if !args.kw_names.is_empty() {
        let msg = format!("{qualname}() takes no keyword arguments");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let given = args.pos.len().saturating_sub(1);
    if given == 0 && !args.pos.is_empty() {
        return Ok(());
    }
    let msg = format!("{qualname}() takes no arguments ({given} given)");
    Err(vm.new_error(ExcKind::TypeError, &msg))
}

/// `int.bit_count()`: the number of ones in the binary form of the absolute value.
fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "int.bit_count", &args)?;
    let n = super::super::numbers::to_bigint(&args.pos[0]).unwrap_or_default();
    let ones: u64 = n.abs().iter_u64_digits().map(|d| u64::from(d.count_ones())).sum();
    Ok(Value::Int(ones as i64))
}

/// `int.as_integer_ratio()`: the int itself (a bool as an int) over 1.
fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "int.as_integer_ratio", &args)?;
    let n = super::super::numbers::to_bigint(&args.pos[0]).unwrap_or_default();
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

/// `conjugate()` of a real number: the number itself, as an exact int or float (a bool or
/// an `IntEnum` member gives its int).
fn identity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "conjugate", &args, 1, 1)?;
    Ok(match crate::vm::builtin_subclass::number_of(&args.pos[0]) {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    })
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "is_integer", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "hex", &args, 1, 1)?;
    let Value::Float(f) = args.pos[0] else {
        return Err(vm.new_error(ExcKind::TypeError, "hex() needs a float"));
    };
    Ok(Value::string(super::super::float_hex::to_hex(f)))
}

/// `float.fromhex(s)`, a classmethod: a subclass gets `cls(value)`, as in CPython.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use super::super::float_hex::{from_hex, FromHexError};
    check_arity(vm, "fromhex", &args, 2, 2)?;
    let Value::Str(text) = &args.pos[1] else {
        // CPython's wording (`PyUnicode_AsUTF8AndSize` on a non-str).
        return Err(vm.new_error(ExcKind::TypeError, "bad argument type for built-in operation"));
    };
    let value = match from_hex(text.as_str()) {
        Ok(v) => Value::Float(v),
        Err(e @ FromHexError::Invalid) => {
            return Err(vm.new_error(ExcKind::ValueError, e.message()))
        }
        Err(e @ FromHexError::TooLarge) => {
            return Err(vm.new_error(ExcKind::OverflowError, e.message()))
        }
    };
    match &args.pos[0] {
        Value::Class(c) if c.is_user => {
            let class = args.pos[0].clone();
            vm.call(&class, Args::positional(&[value]))
        }
        _ => Ok(value),
    }
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "as_integer_ratio", &args, 1, 1)?;
    let Value::Float(f) = args.pos[0] else {
        return Err(vm.new_error(ExcKind::TypeError, "as_integer_ratio() needs a float"));
    };
    if f.is_infinite() {
        return Err(
            vm.new_error(ExcKind::OverflowError, "cannot convert Infinity to integer ratio")
        );
    }
    if f.is_nan() {
        return Err(vm.new_error(ExcKind::ValueError, "cannot convert NaN to integer ratio"));
    }
    // Exact: f = mantissa * 2**exponent with an integer mantissa.
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) =
        if exponent == 0 { (fraction, -1074) } else { (fraction | (1 << 52), exponent - 1075) };
    if mantissa == 0 {
        // ±0.0 is 0/1.
        exp = 0;
    }
    while mantissa != 0 && mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let mut numerator = BigInt::from(mantissa) * sign;
    let mut denominator = BigInt::from(1);
    if exp > 0 {
        numerator <<= exp as u64;
    } else {
        denominator <<= (-exp) as u64;
    }
    Ok(Value::tuple(vec![Value::from_bigint(numerator), Value::from_bigint(denominator)]))
}

/// The methods every object inherits from `object` (and exceptions from `BaseException`)
/// that the interpreter otherwise implements inline: reachable as `super().__repr__()`,
/// `object.__eq__(a, b)` or `obj.__str__()`. They are not in the classes' dicts, so that the
/// operators keep their fast paths; lookups that find nothing ask here last.
pub(crate) fn default_dunder(name: &str, exception: DunderOwner) -> Option<Value> {
    let (owner, func): (&'static str, NativeFn) = match (name, exception) {
        ("__repr__", DunderOwner::Exception(_)) => (ExcKind::BaseException.name(), exception_repr),
        // `KeyError.__str__` quotes the key, `OSError.__str__` shows the errno...;
        // `BaseException.__str__` (`Exception.__str__(self)` in a KeyError subclass, the
        // usual way to drop the quotes) shows the arguments whatever the type.
        ("__str__", DunderOwner::Exception(Some(kind))) => (kind.name(), exception_str),
        ("__str__", DunderOwner::Exception(None)) => {
            (ExcKind::BaseException.name(), base_exception_str)
        }
        _ => return object_dunder(name),
    };
    Some(super::super::objects::BuiltinObj::unbound(owner, name_of(name), func))
}

/// The built-in exceptions whose `__str__` is their own, not `BaseException`'s.
pub(crate) const OWN_STR: [ExcKind; 8] = [
    ExcKind::KeyError,
    ExcKind::OSError,
    ExcKind::SyntaxError,
    ExcKind::ImportError,
    ExcKind::UnicodeEncodeError,
    ExcKind::UnicodeDecodeError,
    ExcKind::UnicodeTranslateError,
    ExcKind::BaseExceptionGroup,
];

/// Whose dunders a lookup that found nothing falls back on: `object`'s, or an exception
/// class's, with the built-in exception whose `__str__` is its own (KeyError, OSError, ...)
/// when the classes searched include one.
#[derive(Clone, Copy)]
pub(crate) enum DunderOwner {
    Object,
    Exception(Option<ExcKind>),
}

impl DunderOwner {
    /// The owner for a lookup of `name` through `classes` (an MRO, or its part after
    /// `super()`'s class). Only `__repr__` and `__str__` differ for exceptions: the classes
    /// are not walked for the rest.
    pub(crate) fn of<'a>(
        vm: &Vm,
        name: &str,
        mut classes: impl Iterator<Item = &'a std::rc::Rc<super::super::objects::ClassObj>>,
    ) -> DunderOwner {
        if !matches!(name, "__repr__" | "__str__") {
            return DunderOwner::Object;
        }
        let mut exception = false;
        for c in classes.by_ref() {
            if !c.is_exception() {
                continue;
            }
            exception = true;
            if c.is_user {
                continue;
            }
            let own = OWN_STR.into_iter().find(|k| std::rc::Rc::ptr_eq(c, vm.types.exc(*k)));
            if own.is_some() {
                return DunderOwner::Exception(own);
            }
        }
        if exception {
            DunderOwner::Exception(None)
        } else {
            DunderOwner::Object
        }
    }
}

/// `object`'s dunders (`default_dunder` for a lookup outside exceptions).
fn object_dunder(name: &str) -> Option<Value> {
    let (owner, func): (&'static str, NativeFn) = match name {
        "__repr__" => ("object", object_repr),
        "__str__" => ("object", object_str),
        "__eq__" => ("object", object_eq),
        "__ne__" => ("object", object_ne),
        "__lt__" | "__le__" | "__gt__" | "__ge__" => ("object", not_implemented),
        "__hash__" => ("object", object_hash),
        "__format__" => ("object", object_format),
        "__setattr__" => ("object", object_setattr),
        "__delattr__" => ("object", object_delattr),
        "__getattribute__" => ("object", object_getattribute),
        "__getstate__" => ("object", object_getstate),
        "__dir__" => ("object", object_dir),
        "__sizeof__" => ("object", object_sizeof),
        "__reduce__" => ("object", object_reduce),
        "__reduce_ex__" => ("object", object_reduce),
        "__subclasshook__" => ("object", object_subclasshook),
        _ => return None,
    };
    Some(super::super::objects::BuiltinObj::unbound(owner, name_of(name), func))
}

/// The dunder's name as a `'static` string (a `BuiltinObj` keeps its name).
fn name_of(name: &str) -> &'static str {
    match name {
        "__repr__" => "__repr__",
        "__str__" => "__str__",
        "__eq__" => "__eq__",
        "__ne__" => "__ne__",
        "__lt__" => "__lt__",
        "__le__" => "__le__",
        "__gt__" => "__gt__",
        "__ge__" => "__ge__",
        "__hash__" => "__hash__",
        "__setattr__" => "__setattr__",
        "__delattr__" => "__delattr__",
        "__getattribute__" => "__getattribute__",
        "__getstate__" => "__getstate__",
        "__dir__" => "__dir__",
        "__sizeof__" => "__sizeof__",
        "__reduce__" => "__reduce__",
        "__reduce_ex__" => "__reduce_ex__",
        "__subclasshook__" => "__subclasshook__",
        _ => "__format__",
    }
}

/// `object.__dir__()`: the names `dir()` lists (CPython's list is unsorted; `dir()` sorts).
fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__dir__")?.clone();
    check_arity(vm, "__dir__", &args, 1, 1)?;
    super::super::builtins::default_dir(vm, &this)
}

/// `object.__sizeof__()` of an instance: CPython's basic size for the class (the object
/// header, a pointer per slot, and the weak reference list unless slots leave it out).
fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__sizeof__")?.clone();
    check_arity(vm, "__sizeof__", &args, 1, 1)?;
    let Value::Instance(inst) = &this else {
        return Err(vm.unsupported_now("__sizeof__() of a built-in value"));
    };
    if inst.class.builtin != super::super::objects::BuiltinType::Object {
        return Err(vm.unsupported_now("__sizeof__() of a built-in value"));
    }
    let mut size = 16;
    // A class without `__slots__` anywhere in the chain gives instances a weak reference
    // list (their dict is kept before the object in 3.11, outside this size).
    let mut weakrefs = false;
    for class in inst.class.mro().filter(|c| c.is_user) {
        let Some(names) = declared_slots(vm, class)? else {
            weakrefs = true;
            continue;
        };
        for name in &names {
            match name.as_str() {
                Some("__dict__") => {}
                Some("__weakref__") => weakrefs = true,
                _ => size += 8,
            }
        }
    }
    if weakrefs {
        size += 8;
    }
    Ok(Value::Int(size))
}

/// The names a class's own `__slots__` declares (one string or an iterable of them), or
/// `None` when it declares none.
fn declared_slots(
    vm: &mut Vm,
    class: &super::super::objects::ClassObj,
) -> PyResult<Option<Vec<Value>>> {
    let declared = class.dict.borrow().get("__slots__").cloned();
    match declared {
        None => Ok(None),
        Some(one @ Value::Str(_)) => Ok(Some(vec![one])),
        Some(many) => vm.collect(&many).map(Some),
    }
}

/// `object.__reduce__()`/`__reduce_ex__()`: copyreg's protocol, which the library does not
/// have; pickling and copying instances go through their own paths.
fn object_reduce(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported_now("object.__reduce__()/__reduce_ex__() called directly"))
}

/// `object.__subclasshook__()`: no opinion.
fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__getstate__()` (3.11): an instance's attributes (None when it has none), paired
/// with its slots' values when its classes declare slots; None for the built-in types.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__getstate__")?.clone();
    check_arity(vm, "__getstate__", &args, 1, 1)?;
    let Value::Instance(inst) = &this else { return Ok(Value::None) };
    let mut state = Value::None;
    if inst.class.has_instance_dict {
        let dict = vm.get_attr(&this, "__dict__")?;
        if vm.truthy(&dict)? {
            state = dict;
        }
    }
    let mut slots = Vec::new();
    for class in inst.class.mro().filter(|c| c.is_user) {
        let Some(names) = declared_slots(vm, class)? else { continue };
        for name in names {
            let Some(name) = name.as_str().map(str::to_string) else { continue };
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            // A private name is stored mangled with its class's name.
            let stripped = class.name.trim_start_matches('_');
            let name = if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty() {
                format!("_{stripped}{name}")
            } else {
                name
            };
            match vm.get_attr(&this, &name) {
                Ok(value) => slots.extend([Value::string(name), value]),
                Err(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::AttributeError) => {}
                Err(e) => return Err(e),
            }
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    let slots = vm.dict_from_pairs(slots)?;
    Ok(Value::tuple(vec![state, slots]))
}

/// The receiver of a default dunder method.
fn receiver<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.pos.first().ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("descriptor '{name}' of 'object' object needs an argument"),
        )
    })
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__repr__")?;
    Ok(Value::string(vm.default_repr(this)))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__str__")?.clone();
    Ok(Value::string(vm.repr(&this)?))
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__repr__")?.clone();
    Ok(Value::string(vm.exception_repr(&this)?))
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__str__")?.clone();
    Ok(Value::string(vm.exception_str(&this)?))
}

/// `BaseException.__str__`: nothing, the one argument's str, or the arguments' repr.
fn base_exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__str__")?.clone();
    let exception_args = match &this {
        Value::Instance(inst) => inst.exception.as_ref().map(|state| state.borrow().args.clone()),
        _ => None,
    };
    let Some(exception_args) = exception_args else {
        let msg = format!(
            "descriptor '__str__' requires a 'BaseException' object but received a '{}'",
            vm.type_name(&this)
        );
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    };
    let text = match exception_args.as_slice() {
        [] => String::new(),
        [one] => vm.str_of(one)?,
        _ => vm.repr(&Value::tuple(exception_args))?,
    };
    Ok(Value::string(text))
}

/// `object.__setattr__`: stores the attribute, bypassing the class's own `__setattr__`.
fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__setattr__", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.generic_set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

/// `object.__getattribute__`: the attribute as found without the class's own
/// `__getattribute__` (and without its `__getattr__`, which only the hook's caller asks).
fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__getattribute__", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.generic_get_attr(&args.pos[0], &name)
}

/// `object.__delattr__`: deletes the attribute, bypassing the class's own `__delattr__`.
fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__delattr__", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.generic_del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("attribute name must be string, not '{}'", vm.type_name(v)),
        )),
    }
}

/// `object.__eq__`: identity, else NotImplemented.
fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__eq__", &args, 2, 2)?;
    Ok(identity_eq(&args.pos[0], &args.pos[1]))
}

/// `object.__ne__`: the inverse of the type's own `==` (CPython asks its `tp_richcompare`),
/// unless that is NotImplemented: the class's `__eq__`, a built-in base's, or a built-in
/// value's (`object.__ne__(1, 2)` is True).
fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__ne__", &args, 2, 2)?;
    let (this, other) = (&args.pos[0], &args.pos[1]);
    let r = match this {
        Value::Instance(inst) => match inst.class.lookup_user("__eq__") {
            Some(m) => vm.call(&m, Args::positional(args.pos))?,
            None => match super::super::builtin_subclass::base_of(this) {
                Some(base) => builtin_eq(vm, &base.clone(), other)?,
                None => identity_eq(this, other),
            },
        },
        _ => builtin_eq(vm, this, other)?,
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

/// `object.__eq__`'s answer: True for the same object, else NotImplemented.
fn identity_eq(this: &Value, other: &Value) -> Value {
    if this.is(other) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    }
}

/// A built-in value's own `__eq__` (its type's slot), or `object.__eq__`'s answer for a
/// value that shows none.
fn builtin_eq(vm: &mut Vm, this: &Value, other: &Value) -> PyResult<Value> {
    match vm.get_attr(this, "__eq__") {
        Ok(eq) => vm.call(&eq, Args::positional(std::slice::from_ref(other))),
        // A budget or an unsupported construct still stops the run.
        Err(err @ super::super::PyErr::Abort(_)) => Err(err),
        Err(_) => Ok(identity_eq(this, other)),
    }
}

fn not_implemented(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "comparison", &args, 2, 2)?;
    Ok(Value::NotImplemented)
}

/// `object.__hash__`: the identity hash.
fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__hash__")?;
    Ok(Value::Int(super::super::hashing::py_hash(this).unwrap_or(0)))
}

/// `object.__format__`: `str(self)` for an empty spec, else an error.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__format__", &args, 2, 2)?;
    let this = args.pos[0].clone();
    match args.pos[1].as_str() {
        Some("") => Ok(Value::string(vm.str_of(&this)?)),
        Some(_) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("unsupported format string passed to {}.__format__", vm.type_name(&this)),
        )),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("__format__() argument must be str, not {}", vm.arg_type_name(&args.pos[1])),
        )),
    }
}

/// `int.__format__(self, spec)`, also what `bool` inherits.
fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    builtin_format(vm, &args, "int", is_int)
}

/// `float.__format__(self, spec)`.
fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    builtin_format(vm, &args, "float", |v| matches!(v, Value::Float(_)))
}

/// A built-in type's own `__format__`, called explicitly (`str.__format__(s, spec)`, or
/// `super().__format__(spec)` in a subclass): checks the receiver against `owner`, then
/// formats it as `format()` does.
pub(crate) fn builtin_format(
    vm: &mut Vm,
    args: &Args,
    owner: &str,
    accepts: fn(&Value) -> bool,
) -> PyResult<Value> {
    let arity = super::super::call::MethodArity::One;
    super::super::call::check_method(vm, owner, "__format__", args, arity, &[])?;
    let this = &args.pos[0];
    let base = super::super::builtin_subclass::base_of(this).unwrap_or(this).clone();
    if !accepts(&base) {
        let message = format!(
            "descriptor '__format__' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        );
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    match args.pos[1].as_str() {
        Some(spec) => Ok(Value::string(vm.format_builtin(this, &base, spec)?)),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("__format__() argument must be str, not {}", vm.arg_type_name(&args.pos[1])),
        )),
    }
}

/// The `byteorder` and `signed` arguments of `to_bytes`/`from_bytes`: true for big-endian.
fn byteorder_args(
    vm: &mut Vm,
    func: &str,
    order: Option<&Value>,
    signed: Option<&Value>,
) -> PyResult<(bool, bool)> {
    let big = match order {
        None => true,
        Some(Value::Str(s)) if s.as_str() == "big" => true,
        Some(Value::Str(s)) if s.as_str() == "little" => false,
        Some(Value::Str(_)) => {
            return Err(
                vm.new_error(ExcKind::ValueError, "byteorder must be either 'little' or 'big'")
            )
        }
        Some(other) => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "{func}() argument 'byteorder' must be str, not {}",
                    vm.arg_type_name(other)
                ),
            ))
        }
    };
    let signed = match signed {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((big, signed))
}

/// Argument Clinic's counts for a function with two positional parameters and a
/// keyword-only `signed` (`to_bytes`, `from_bytes`): too many in all, then too many
/// positionally. `given` leaves out the receiver.
fn check_signed_arity(vm: &Vm, func: &str, given: usize, keywords: usize) -> PyResult<()> {
    let total = given + keywords;
    let message = if total > 3 {
        format!("{func}() takes at most 3 arguments ({total} given)")
    } else if given > 2 {
        format!("{func}() takes at most 2 positional arguments ({given} given)")
    } else {
        return Ok(());
    };
    Err(vm.new_error(ExcKind::TypeError, &message))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_signed_arity(vm, "to_bytes", args.pos.len().saturating_sub(1), args.kw_names.len())?;
    super::super::call::check_method(
        vm,
        "int",
        "to_bytes",
        &args,
        super::super::call::MethodArity::Parsed(0, 2),
        &["length", "byteorder", "signed"],
    )?;
    let n = super::super::numbers::to_bigint(&args.pos[0]).unwrap_or_default();
    let length = match args.pos.get(1).or_else(|| args.keyword("length")) {
        Some(v) => super::super::builtins::arg_i64(vm, v, "")?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "length argument must be non-negative"));
    }
    let (big, signed) = byteorder_args(
        vm,
        "to_bytes",
        args.pos.get(2).or_else(|| args.keyword("byteorder")),
        args.keyword("signed"),
    )?;
    if n.is_negative() && !signed {
        return Err(vm.new_error(ExcKind::OverflowError, "can't convert negative int to unsigned"));
    }
    let mut data = n.to_signed_bytes_le();
    let length = length as usize;
    // Drop the sign byte an unsigned positive number does not need.
    if !signed && data.len() == length + 1 && data.last() == Some(&0) {
        data.pop();
    }
    if data.len() > length {
        // A zero-length result for 0 is fine; anything else does not fit.
        if !(n.is_zero_value() && length == 0) {
            return Err(vm.new_error(ExcKind::OverflowError, "int too big to convert"));
        }
        data.clear();
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    data.resize(length, fill);
    if big {
        data.reverse();
    }
    Ok(Value::bytes(data))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, called on `int` (or `bool`).
fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = args.pos.first().cloned();
    let rest = &args.pos[1..];
    check_signed_arity(vm, "from_bytes", rest.len(), args.kw_names.len())?;
    for (k, _) in args.keywords() {
        if !matches!(k, "bytes" | "byteorder" | "signed") {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{k}' is an invalid keyword argument for from_bytes()"),
            ));
        }
    }
    let Some(source) = rest.first().or_else(|| args.keyword("bytes")) else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let (big, signed) = byteorder_args(
        vm,
        "from_bytes",
        rest.get(1).or_else(|| args.keyword("byteorder")),
        args.keyword("signed"),
    )?;
    let mut data = match vm.bytes_arg(source)? {
        Some(d) => d.to_vec(),
        // `PyObject_Bytes`: what is neither a buffer nor iterable cannot be converted.
        None => {
            let iterator = match source {
                Value::Str(_) => None,
                _ => vm.get_iter(source).ok(),
            };
            let Some(iterator) = iterator else {
                let msg = format!("cannot convert '{}' object to bytes", vm.type_name(source));
                return Err(vm.new_error(ExcKind::TypeError, &msg));
            };
            vm.bytes_from_iterable(&iterator, "bytes must be in range(0, 256)")?
        }
    };
    if big {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let value = Value::from_bigint(n);
    // Called on a subclass (`bool`, an `IntFlag`), the class makes the result from the int,
    // as CPython's `type(value)` call does.
    match class {
        Some(Value::Class(c)) if !std::rc::Rc::ptr_eq(&c, &vm.types.int) => {
            vm.call(&Value::Class(c), Args::positional(&[value]))
        }
        _ => Ok(value),
    }
}

/// `n == 0` without allocating.
trait IsZeroValue {
    fn is_zero_value(&self) -> bool;
}

impl IsZeroValue for BigInt {
    fn is_zero_value(&self) -> bool {
        self.sign() == num_bigint::Sign::NoSign
    }
}

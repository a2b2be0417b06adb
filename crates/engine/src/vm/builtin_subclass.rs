//! Instances of the program's subclasses of built-in types (`class Defaults(dict)`,
//! `class Cents(int)`): an ordinary instance (its own attributes, its class's methods) that
//! carries the built-in value it extends. Operations the subclass does not override reach
//! that value, as CPython's inherited type slots do; built-in methods get it as `self`.

use super::instance_dict::InstanceDict;
use super::native::{native_state, NativeState};
use super::objects::{BuiltinType, ClassObj, InstanceObj};
use super::value::Value;
use super::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The built-in types a class of the program may extend.
pub fn is_subclassable(layout: BuiltinType) -> bool {
    matches!(
        layout,
        BuiltinType::Dict
            | BuiltinType::List
            | BuiltinType::Int
            | BuiltinType::Float
            | BuiltinType::Str
            | BuiltinType::Tuple
    )
}

/// Whether `class` is a native class whose `__new__` makes its instance of the class it is
/// passed, so that a Python subclass works: `weakref.ref` (for `WeakMethod`, which calls it
/// from its own `__new__`) and `socket.socket` (whose `__new__` makes an unopened socket of
/// the subclass and `__init__` opens it, CPython's `sock_new`/`sock_initobj` split).
pub fn native_new_honours_class(class: &ClassObj) -> bool {
    !class.is_user
        && matches!(
            (&*class.module, &*class.name),
            ("weakref", "ReferenceType") | ("socket", "socket") | ("builtins", "complex")
        )
}

/// The native base a program's class extends, if it is one of those: the first class of
/// its MRO that is not the program's.
pub fn native_base(class: &Rc<ClassObj>) -> Option<&Rc<ClassObj>> {
    class.mro().find(|c| !c.is_user).filter(|base| native_new_honours_class(base))
}

/// The native `__new__` or `__init__` (`method`) such a native base defines.
pub fn native_method(base: &ClassObj, method: &str) -> Option<Value> {
    let found = base.dict.borrow().get(method).cloned();
    found.filter(|m| matches!(m, Value::Builtin(_)))
}

/// Whether a class of the program (or of the library) defines `dunder` before the built-in
/// type `class` extends, in its MRO: `class Color(str, Enum)` takes `__hash__` and `__eq__`
/// from `str`, not from `Enum` after it.
pub fn overrides_builtin(class: &Rc<ClassObj>, dunder: &str) -> bool {
    for c in class.mro() {
        if !c.is_user {
            if c.builtin == class.builtin {
                return false;
            }
            continue;
        }
        if c.dict.borrow().contains_key(dunder) {
            return true;
        }
    }
    false
}

/// The built-in value an instance of a subclass of a built-in type is compared and hashed
/// as, in dicts and sets: its base value, unless its class overrides `__eq__` or `__hash__`
/// (a namedtuple is the tuple, a `str` mix-in enum member the string).
pub fn key_base(v: &Value) -> Option<&Value> {
    let Value::Instance(inst) = v else { return None };
    eq_base(v).filter(|_| !overrides_builtin(&inst.class, "__hash__"))
}

/// The built-in value an instance of a subclass of a built-in type compares as, in dicts and
/// sets: its base value unless its class overrides `__eq__` (its own `__hash__` decides
/// only which keys are compared: `class X(int)` with a `__hash__` still equals the int).
pub fn eq_base(v: &Value) -> Option<&Value> {
    let Value::Instance(inst) = v else { return None };
    let base = base_of(v)?;
    (!overrides_builtin(&inst.class, "__eq__")).then_some(base)
}

/// The number an instance of a subclass of `int` or `float` (an `IntEnum` member) stands for
/// where a built-in function wants a number (its `__index__`/`__float__`, which such classes
/// inherit), else `v` itself.
pub fn number_of(v: &Value) -> &Value {
    match base_of(v) {
        Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_))) => b,
        _ => v,
    }
}

/// A built-in in-place operator (`list.__iadd__`): it changes the instance's built-in part and
/// returns the instance itself, so it must be given the instance, not that part.
pub fn returns_receiver(method: &str) -> bool {
    matches!(method, "__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__ixor__" | "__isub__")
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn base_of(v: &Value) -> Option<&Value> {
    match native_state(v) {
        Some(NativeState::Base(b) | NativeState::Struct(b)) => Some(b),
        _ => None,
    }
}

/// The text of a str, or of an instance of a str subclass (a `StrEnum` member), which
/// CPython's C code reads as the str it is.
#[inline]
pub fn str_value(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s.as_str()),
        Value::Instance(_) => base_of(v)?.as_str(),
        _ => None,
    }
}

/// The arguments of a `str` method with instances of str subclasses replaced by their str
/// values (`line.split(Sep.COMMA)` with a `StrEnum` separator): CPython's methods read any
/// str. `None` when there are none. Formatting keeps them, since it calls their
/// `__format__`/`__str__`.
#[inline]
pub fn str_method_arguments(owner: &str, name: &str, args: &[Value]) -> Option<Vec<Value>> {
    // Every built-in call asks: only a str method with an instance argument goes further.
    if owner != "str" || !args.iter().any(|v| matches!(v, Value::Instance(_) | Value::Tuple(_))) {
        return None;
    }
    unwrap_str_arguments(name, args)
}

#[inline(never)]
fn unwrap_str_arguments(name: &str, args: &[Value]) -> Option<Vec<Value>> {
    let is_str_instance = |v: &Value| matches!(v, Value::Instance(_)) && str_value(v).is_some();
    // `startswith`/`endswith` take a tuple of prefixes.
    let holds_one = |v: &Value| match v {
        Value::Tuple(t) => t.items.iter().any(is_str_instance),
        other => is_str_instance(other),
    };
    // Formatting calls the instances' `__format__`/`__str__`; partition returns its separator.
    let keeps = ["format", "format_map", "__format__", "__mod__", "partition", "rpartition"];
    if !args.iter().any(holds_one) || keeps.contains(&name) {
        return None;
    }
    let unwrap = |v: &Value| match base_of(v) {
        Some(base) if is_str_instance(v) => base.clone(),
        _ => v.clone(),
    };
    let unwrapped = args
        .iter()
        .map(|v| match v {
            Value::Tuple(t) if t.items.iter().any(is_str_instance) => {
                Value::tuple(t.items.iter().map(unwrap).collect())
            }
            other => unwrap(other),
        })
        .collect();
    Some(unwrapped)
}

impl Vm {
    /// The built-in value of `v` when `v` is such an instance whose class does not define
    /// `dunder` itself: the operation then applies to that value.
    pub(crate) fn base_for(&self, v: &Value, dunder: &str) -> Option<Value> {
        let Value::Instance(inst) = v else { return None };
        let base = base_of(v)?;
        if inst.class.lookup_user(dunder).is_some() {
            return None;
        }
        Some(base.clone())
    }

    /// The built-in class a subclass's instances extend (`dict` for `class D(dict)`).
    fn builtin_base_class(&self, class: &Rc<ClassObj>) -> Option<Rc<ClassObj>> {
        class.mro().find(|c| !c.is_user && c.builtin == class.builtin).cloned()
    }

    /// Makes an instance of `class`, a subclass of a built-in type. A mutable base (dict,
    /// list) starts empty when the class has its own `__init__`, which fills it through
    /// `super().__init__(...)`; otherwise the arguments build the base, as `__new__` does.
    pub(crate) fn new_builtin_subclass_instance(
        &mut self,
        class: &Rc<ClassObj>,
        args: &Args,
        has_init: bool,
    ) -> PyResult<Value> {
        let Some(base_class) = self.builtin_base_class(class) else {
            return Err(self.internal_error("a built-in subclass without its built-in base"));
        };
        let mutable = matches!(class.builtin, BuiltinType::Dict | BuiltinType::List);
        let base = if has_init && mutable {
            self.construct_builtin(&base_class, Args::positional(&[]))?
        } else if has_init {
            // An immutable base takes the arguments `__new__` gets (CPython's `int.__new__`).
            self.construct_builtin(&base_class, Args { pos: args.pos, ..*args })?
        } else {
            self.construct_builtin(&base_class, Args { pos: args.pos, ..*args })?
        };
        Ok(Value::Instance(Rc::new(InstanceObj {
            class: class.clone(),
            dict: RefCell::new(InstanceDict::sharing(class.instance_layout())),
            exception: None,
            native: Some(Box::new(NativeState::Base(base))),
            finalized: std::cell::Cell::new(false),
        })))
    }
}

/// A built-in type's own dunder method (CPython's slot wrappers: `list.__repr__`,
/// `dict.__setitem__`), as `super().__setitem__(...)` in a subclass or `list.__repr__(self)`
/// reach it. It applies the operation to the built-in value.
pub fn slot_wrapper(layout: BuiltinType, name: &str) -> Option<Value> {
    // A mutable type's `__hash__` is `None` in its dict, so `[].__hash__ is None` (and
    // dataclasses refuses a `bytearray()` default as mutable).
    let unhashable = matches!(
        layout,
        BuiltinType::Dict
            | BuiltinType::List
            | BuiltinType::Set
            | BuiltinType::ByteArray
            | BuiltinType::Slice
    );
    if name == "__hash__" && unhashable {
        return Some(Value::None);
    }
    if let Some((name, func)) = super::operator_slots::operator_slot(layout, name) {
        return Some(super::objects::BuiltinObj::unbound(layout_name(layout), name, func));
    }
    // bool's other dunders are int's (`True.__eq__(1)`, `filter(True.__eq__, flags)`).
    if layout == BuiltinType::Bool {
        return slot_wrapper(BuiltinType::Int, name);
    }
    // Sets are not subclassable here, but their dunders are still called by name
    // (`frozenset.__contains__`, `filter(allowed.__contains__, xs)`).
    let set = matches!(layout, BuiltinType::Set | BuiltinType::FrozenSet);
    if !is_subclassable(layout) && !set {
        return None;
    }
    let container = matches!(layout, BuiltinType::Dict | BuiltinType::List);
    let sized = !matches!(layout, BuiltinType::Int | BuiltinType::Float);
    let subscriptable = sized && !set;
    let (name, func): (&'static str, super::objects::NativeFn) = match name {
        "__repr__" => ("__repr__", slot_repr),
        // Only str, bytes and bytearray have a `__str__` of their own: the others inherit
        // `object.__str__`, which asks `type(self).__repr__` (so a namedtuple subclass's
        // `super().__str__()` shows the namedtuple's repr).
        "__str__"
            if matches!(layout, BuiltinType::Str | BuiltinType::Bytes | BuiltinType::ByteArray) =>
        {
            ("__str__", slot_str)
        }
        "__str__" => {
            return super::methods::object::default_dunder(
                "__str__",
                super::methods::object::DunderOwner::Object,
            )
        }
        "__eq__" => ("__eq__", slot_eq),
        "__ne__" => ("__ne__", slot_ne),
        "__lt__" => ("__lt__", slot_lt),
        "__le__" => ("__le__", slot_le),
        "__gt__" => ("__gt__", slot_gt),
        "__ge__" => ("__ge__", slot_ge),
        "__hash__" => ("__hash__", slot_hash),
        "__getitem__" if subscriptable => ("__getitem__", slot_getitem),
        "__setitem__" if container => ("__setitem__", slot_setitem),
        "__delitem__" if container => ("__delitem__", slot_delitem),
        "__len__" if sized => ("__len__", slot_len),
        "__contains__" if sized => ("__contains__", slot_contains),
        "__iter__" if sized => ("__iter__", slot_iter),
        "__add__" if !set => ("__add__", slot_add),
        "__new__" if !set => ("__new__", slot_new),
        _ => return None,
    };
    Some(super::objects::BuiltinObj::unbound(layout_name(layout), name, func))
}

/// The dunders of built-in values whose types are not subclassable here (`slot_wrapper`
/// covers the subclassable ones and bool), as CPython's types have them (`range(3).__len__`,
/// `d.keys().__contains__`, `None.__bool__`, `b"x".__eq__`, `[].__reversed__`), bound to the
/// value: `hasattr` must say what CPython says, and calling one does what the operation does.
pub(crate) fn protocol_dunder(obj: &Value, name: &str) -> Option<Value> {
    use super::objects::DictView;
    let owner = match obj {
        Value::None => "NoneType",
        Value::Range(_) => "range",
        Value::DictView(v) => v.view.type_name(),
        Value::Bytes(_) => "bytes",
        Value::ByteArray(_) => "bytearray",
        Value::Slice(_) => "slice",
        Value::List(_) => "list",
        Value::Dict(_) => "dict",
        _ => return None,
    };
    // bytes, bytearray and slices order themselves too (`comparable`); a range only equals.
    let ordered = matches!(obj, Value::Bytes(_) | Value::ByteArray(_) | Value::Slice(_));
    let equals = ordered || matches!(obj, Value::Range(_));
    let (name, func): (&'static str, super::objects::NativeFn) = match (obj, name) {
        (Value::None | Value::Range(_), "__bool__") => ("__bool__", slot_bool),
        (Value::Range(_) | Value::DictView(_), "__len__") => ("__len__", slot_len),
        (Value::Range(_) | Value::DictView(_), "__iter__") => ("__iter__", slot_iter),
        (Value::Range(_), "__getitem__") => ("__getitem__", slot_getitem),
        (Value::Range(_), "__contains__") => ("__contains__", slot_contains),
        // `dict_values` has no `__contains__`: `in` walks it.
        (Value::DictView(v), "__contains__") if v.view != DictView::Values => {
            ("__contains__", slot_contains)
        }
        (
            Value::Range(_) | Value::DictView(_) | Value::List(_) | Value::Dict(_),
            "__reversed__",
        ) => ("__reversed__", slot_reversed),
        (_, "__eq__") if equals => ("__eq__", slot_eq),
        (_, "__ne__") if equals => ("__ne__", slot_ne),
        (_, "__lt__") if ordered => ("__lt__", slot_lt),
        (_, "__le__") if ordered => ("__le__", slot_le),
        (_, "__gt__") if ordered => ("__gt__", slot_gt),
        (_, "__ge__") if ordered => ("__ge__", slot_ge),
        (Value::Range(_) | Value::Bytes(_), "__hash__") => ("__hash__", slot_hash),
        // Mutable (and in 3.11 slices): `__hash__` is None.
        (Value::ByteArray(_) | Value::Slice(_), "__hash__") => return Some(Value::None),
        (Value::Range(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Slice(_), "__repr__") => {
            ("__repr__", slot_repr)
        }
        (Value::Bytes(_) | Value::ByteArray(_), "__str__") => ("__str__", slot_str),
        (Value::Range(_) | Value::Slice(_), "__str__") => ("__str__", slot_repr),
        _ => return None,
    };
    let f = super::objects::BuiltinObj { name, func, bound: Some(obj.clone()), owner };
    Some(Value::Builtin(Rc::new(f)))
}

fn slot_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    Ok(Value::Bool(vm.truthy(&this)?))
}

fn slot_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    super::builtins::reversed(vm, Args::positional(&[this]))
}

/// The operands of a slot wrapper: `self` as its built-in value, then the rest.
fn operands<'a>(vm: &Vm, args: &'a Args, n: usize) -> PyResult<(Value, &'a [Value])> {
    let Some((first, rest)) = args.pos.split_first() else {
        return Err(vm.new_error(crate::ExcKind::TypeError, "slot wrapper needs an argument"));
    };
    if rest.len() != n {
        let msg =
            format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, rest.len());
        return Err(vm.new_error(crate::ExcKind::TypeError, &msg));
    }
    Ok((base_of(first).unwrap_or(first).clone(), rest))
}

fn slot_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    Ok(Value::string(vm.repr(&this)?))
}

fn slot_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    Ok(Value::string(vm.str_of(&this)?))
}

fn slot_compare(vm: &mut Vm, args: Args, op: crate::compiler::code::CmpOp) -> PyResult<Value> {
    let (this, rest) = operands(vm, &args, 1)?;
    let other = base_of(&rest[0]).unwrap_or(&rest[0]).clone();
    if !comparable(&this, &other, op) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &this, &other)
}

/// Whether a built-in type's rich comparison handles `other` (CPython's `int.__eq__(1.5)`,
/// `str.__eq__(1)` and `dict.__lt__({})` answer `NotImplemented`, so Python tries the other
/// operand's method, then falls back to identity for `==`).
fn comparable(this: &Value, other: &Value, op: crate::compiler::code::CmpOp) -> bool {
    use crate::compiler::code::CmpOp;
    let int_like = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    match this {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int_like(other),
        Value::Float(_) => int_like(other) || matches!(other, Value::Float(_)),
        Value::Str(_) => matches!(other, Value::Str(_)),
        Value::List(_) => matches!(other, Value::List(_)),
        Value::Tuple(_) => matches!(other, Value::Tuple(_)),
        Value::Dict(_) => matches!(other, Value::Dict(_)) && matches!(op, CmpOp::Eq | CmpOp::Ne),
        Value::Set(_) => matches!(other, Value::Set(_)),
        // bytes compares with bytes; bytearray with either (its buffer comparison).
        Value::Bytes(_) => matches!(other, Value::Bytes(_)),
        Value::ByteArray(_) => matches!(other, Value::Bytes(_) | Value::ByteArray(_)),
        Value::Range(_) => matches!(other, Value::Range(_)) && matches!(op, CmpOp::Eq | CmpOp::Ne),
        Value::Slice(_) => matches!(other, Value::Slice(_)),
        _ => true,
    }
}

fn slot_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_compare(vm, args, crate::compiler::code::CmpOp::Eq)
}

fn slot_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_compare(vm, args, crate::compiler::code::CmpOp::Ne)
}

fn slot_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_compare(vm, args, crate::compiler::code::CmpOp::Lt)
}

fn slot_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_compare(vm, args, crate::compiler::code::CmpOp::Le)
}

fn slot_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_compare(vm, args, crate::compiler::code::CmpOp::Gt)
}

fn slot_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_compare(vm, args, crate::compiler::code::CmpOp::Ge)
}

fn slot_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    let key = vm.hashed(this)?;
    Ok(Value::Int(key.hash))
}

fn slot_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = operands(vm, &args, 1)?;
    // A dict subclass's `__missing__` answers here too, as in CPython's `dict_subscript`.
    vm.get_item_of_base(&args.pos[0], &this, &rest[0])
}

fn slot_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = operands(vm, &args, 2)?;
    vm.set_item(&this, rest[0].clone(), rest[1].clone())?;
    Ok(Value::None)
}

fn slot_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = operands(vm, &args, 1)?;
    vm.del_item(&this, &rest[0])?;
    Ok(Value::None)
}

fn slot_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    Ok(Value::Int(vm.len_of(&this)? as i64))
}

fn slot_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = operands(vm, &args, 1)?;
    Ok(Value::Bool(vm.contains(&this, &rest[0])?))
}

fn slot_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = operands(vm, &args, 0)?;
    vm.get_iter(&this)
}

/// `int.__new__(cls, ...)` and friends for a subclass `cls`: its instance with the built-in
/// value the arguments make.
fn slot_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((Value::Class(class), rest)) = args.pos.split_first() else {
        return Err(vm.new_error(crate::ExcKind::TypeError, "__new__(X): X is not a type object"));
    };
    let class = class.clone();
    if !class.is_user {
        return vm.construct_builtin(&class, Args { pos: rest, ..args });
    }
    vm.new_builtin_subclass_instance(&class, &Args { pos: rest, ..args }, false)
}

fn slot_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = operands(vm, &args, 1)?;
    let other = base_of(&rest[0]).unwrap_or(&rest[0]).clone();
    vm.binary_op(crate::compiler::code::BinOp::Add, &this, &other, false)
}

/// The name of a built-in type that has operator slots, for its slot wrappers' qualnames.
fn layout_name(layout: BuiltinType) -> &'static str {
    match layout {
        BuiltinType::Bool => "bool",
        BuiltinType::Int => "int",
        BuiltinType::Float => "float",
        BuiltinType::Str => "str",
        BuiltinType::Bytes => "bytes",
        BuiltinType::List => "list",
        BuiltinType::Tuple => "tuple",
        BuiltinType::Dict => "dict",
        BuiltinType::Set => "set",
        BuiltinType::FrozenSet => "frozenset",
        _ => "object",
    }
}

//! `dict` methods, and string-keyed helpers for namespaces (class bodies, `**kwargs`).

use super::super::call::{check_method, MethodArity};
use super::super::hashing::HashedKey;
use super::super::objects::{DictObj, DictView, DictViewObj, NativeFn};
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyErr, PyResult, Vm};
use crate::compiler::code::BinOp;
use crate::ExcKind;
use std::rc::Rc;

const METHODS: &[(&str, NativeFn)] = &[
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("update", update),
    ("copy", copy),
    ("clear", clear),
    // What `super().__init__(...)` reaches in a dict subclass: fills the dict like update.
    ("__init__", update),
];

pub fn install(types: &Types) {
    Types::add_methods(&types.dict, "dict", METHODS);
    Types::add_methods(&types.dict, "classmethod", &[("fromkeys", fromkeys)]);
    for view in [&types.dict_keys, &types.dict_items] {
        Types::add_methods(view, "dict_view", &[("isdisjoint", view_isdisjoint)]);
    }
}

/// `d.keys().isdisjoint(other)`: no item of `other` is in the view (keys and items views are
/// set-like).
fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "isdisjoint", &args, 2, 2)?;
    let (view, other) = (&args.pos[0], &args.pos[1]);
    for item in vm.collect(other)? {
        if vm.contains(view, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn key(s: &str) -> HashedKey {
    HashedKey::new(Value::str(s)).expect("strings are hashable")
}

pub fn get_str(d: &DictObj, name: &str) -> Option<Value> {
    d.map.borrow().get(&key(name)).cloned()
}

pub fn set_str(d: &DictObj, name: &str, v: Value) {
    let old = d.map.borrow_mut().insert(key(name), v);
    drop(old);
}

pub fn remove_str(d: &DictObj, name: &str) -> Option<Value> {
    d.map.borrow_mut().shift_remove(&key(name))
}

fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<DictObj>> {
    // A dict subclass's instance is a dict to C's methods (`PyDict_Check`).
    let receiver = args.pos.first().map(|v| crate::vm::builtin_subclass::base_of(v).unwrap_or(v));
    match receiver {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(super::wrong_receiver(vm, "dict", method, args)),
    }
}

fn key_error(vm: &Vm, k: &Value) -> PyErr {
    PyErr::Exception(vm.new_exception(vm.types.exc(ExcKind::KeyError), vec![k.clone()]))
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "dict", "get", &args, MethodArity::Clinic(1, 2), &[])?;
    let d = this(vm, &args, "get")?;
    let k = vm.dict_key(&d, args.pos[1].clone())?;
    let found = d.map.borrow().get(&k).cloned();
    Ok(found.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args, view: DictView) -> PyResult<Value> {
    let method = match view {
        DictView::Keys => "keys",
        DictView::Values => "values",
        DictView::Items => "items",
    };
    check_method(vm, "dict", method, &args, MethodArity::NoArgs, &[])?;
    let dict = this(vm, &args, method)?;
    Ok(Value::DictView(Rc::new(DictViewObj { dict, view })))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictView::Keys)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictView::Values)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictView::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "dict", "pop", &args, MethodArity::Clinic(1, 2), &[])?;
    let d = this(vm, &args, "pop")?;
    if d.map.borrow().is_empty() {
        // CPython answers for an empty dict before hashing the key.
        return match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(vm, &args.pos[1])),
        };
    }
    let k = vm.dict_key(&d, args.pos[1].clone())?;
    let removed = d.map.borrow_mut().shift_remove(&k);
    if removed.is_some() {
        // `obj.__dict__.pop(name)` (how a cached_property is reset) reaches the instance.
        d.mirror_delete(&args.pos[1]);
    }
    match (removed, args.pos.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(vm, &args.pos[1])),
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "dict", "popitem", &args, MethodArity::NoArgs, &[])?;
    let d = this(vm, &args, "popitem")?;
    let last = d.map.borrow_mut().pop();
    match last {
        Some((k, v)) => {
            d.mirror_delete(&k.value);
            Ok(Value::tuple(vec![k.value, v]))
        }
        None => Err(vm.new_error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "dict", "setdefault", &args, MethodArity::Clinic(1, 2), &[])?;
    let d = this(vm, &args, "setdefault")?;
    let k = vm.dict_key(&d, args.pos[1].clone())?;
    if let Some(v) = d.map.borrow().get(&k) {
        return Ok(v.clone());
    }
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    let (_, ok) = d.mutate(|m| m.insert(k, default.clone()));
    if !ok {
        return Err(vm.memory_error());
    }
    d.mirror_store(&args.pos[1], &default);
    Ok(default)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        let n = args.pos.len() - 1;
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("update expected at most 1 argument, got {n}"),
        ));
    }
    let d = this(vm, &args, "update")?;
    let target = Value::Dict(d);
    if let Some(other) = args.pos.get(1) {
        vm.dict_update(&target, other)?;
    }
    for (k, v) in args.keywords() {
        vm.set_item(&target, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "dict", "copy", &args, MethodArity::NoArgs, &[])?;
    let d = this(vm, &args, "copy")?;
    Ok(Value::Dict(Rc::new(vm.copy_dict(&d))))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "dict", "clear", &args, MethodArity::NoArgs, &[])?;
    let d = this(vm, &args, "clear")?;
    let (old, _) = d.mutate(std::mem::take);
    for key in old.keys() {
        d.mirror_delete(&key.value);
    }
    drop(old);
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A classmethod: `dict.fromkeys(iterable, value)` gets the class first (an instance's
    // class when called on one). A subclass gets an instance of itself, filled through its
    // own `__setitem__`, as CPython's `dict_fromkeys` does.
    let class = match args.pos.first() {
        Some(Value::Class(c)) => Value::Class(c.clone()),
        Some(other) => Value::Class(vm.class_of(other)),
        None => Value::Class(vm.types.dict.clone()),
    };
    let rest = Args { pos: args.pos.get(1..).unwrap_or(&[]), ..args };
    if rest.has_keywords() {
        return Err(vm.new_error(ExcKind::TypeError, "dict.fromkeys() takes no keyword arguments"));
    }
    super::super::call::check_arity(vm, "fromkeys", &rest, 1, 2)?;
    let is_plain = matches!(&class, Value::Class(c) if Rc::ptr_eq(c, &vm.types.dict));
    let d = if is_plain {
        Value::Dict(Rc::new(DictObj::new()))
    } else {
        vm.call(&class, Args::positional(&[]))?
    };
    // Each key is stored as it comes: an unhashable one stops the reading there.
    let keys = vm.get_iter(&rest.pos[0])?;
    let value = rest.pos.get(1).cloned().unwrap_or(Value::None);
    while let Some(k) = vm.next(&keys)? {
        vm.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}

impl Vm {
    /// `|`, `&`, `-`, `^` with a dict's keys or items view on either side: the result is a
    /// set, built as CPython's `dictviews_or` and friends build it.
    pub(crate) fn dict_view_operator(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        if op == BinOp::And {
            return self.dict_view_intersection(a, b);
        }
        let result = match a {
            // `dictviews_to_set`: a keys view becomes a set of its dict.
            Value::DictView(v) if v.view == DictView::Keys => {
                self.new_set_from(&Value::Dict(v.dict.clone()), false)?
            }
            other => self.new_set_from(other, false)?,
        };
        match op {
            BinOp::Or => self.set_update_from(&result, b)?,
            BinOp::Sub => self.set_difference_update(&result, b)?,
            _ => self.set_symmetric_difference_update(&result, b)?,
        }
        Ok(Value::Set(result))
    }

    /// `_PyDictView_Intersect`: the items of the smaller side that the view contains.
    fn dict_view_intersection(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let (mut view, mut other) = match a {
            Value::DictView(_) => (a.clone(), b.clone()),
            _ => (b.clone(), a.clone()),
        };
        let view_len = self.len_of(&view)?;
        if let Value::Set(s) = &other {
            if !s.frozen && view_len <= s.items.borrow().len() {
                let s = s.clone();
                return Ok(Value::Set(self.set_intersection(&s, &view)?));
            }
        }
        if let Value::DictView(_) = &other {
            if self.len_of(&other)? > view_len {
                std::mem::swap(&mut view, &mut other);
            }
        }
        let result = Value::Set(Rc::new(super::super::objects::SetObj::new(false)));
        let it = self.get_iter(&other)?;
        while let Some(item) = self.next(&it)? {
            if self.contains(&view, &item)? {
                self.set_add(&result, item)?;
            }
        }
        Ok(result)
    }
}

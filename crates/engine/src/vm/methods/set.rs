//! `set` and `frozenset` methods and operators.
//!
//! Each operation follows its CPython routine step by step (`set_intersection` walks the
//! smaller set, `set_difference` copies then discards when the other set is small, `^`
//! starts from a copy of the right operand, ...), because the order in which keys reach the
//! result's table decides the result's iteration order (see `settable`).

use super::super::call::{check_method, MethodArity};
use super::super::hashing::HashedKey;
use super::super::keys::eq_needs_vm;
use super::super::objects::{NativeFn, SetObj};
use super::super::settable::SetTable;
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyErr, PyResult, Vm};
use crate::compiler::code::BinOp;
use crate::ExcKind;
use std::rc::Rc;

const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("remove", remove),
    ("discard", discard),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("update", update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
];

const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

pub fn install(types: &Types) {
    Types::add_methods(&types.set, "set", SET_METHODS);
    Types::add_methods(&types.frozenset, "frozenset", FROZENSET_METHODS);
}

/// The receiver, and its type's name for messages (`set` or `frozenset`).
fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<(Rc<SetObj>, &'static str)> {
    match args.pos.first() {
        // Only `set`'s dict has the methods that change a set: a frozen receiver came
        // through `set.add(fs, x)`, which CPython's descriptor refuses.
        Some(Value::Set(s)) if s.frozen && !FROZENSET_METHODS.iter().any(|(m, _)| *m == method) => {
            Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "descriptor '{method}' for 'set' objects doesn't apply to a 'frozenset' object"
                ),
            ))
        }
        Some(Value::Set(s)) => Ok((s.clone(), if s.frozen { "frozenset" } else { "set" })),
        _ => Err(super::wrong_receiver(vm, "set", method, args)),
    }
}

/// The receiver after checking a `METH_NOARGS`/`METH_O`/varargs method's arguments.
fn receiver(
    vm: &Vm,
    args: &Args,
    method: &str,
    arity: Option<MethodArity>,
) -> PyResult<Rc<SetObj>> {
    let (s, owner) = this(vm, args, method)?;
    match arity {
        Some(arity) => check_method(vm, owner, method, args, arity, &[])?,
        None if args.has_keywords() => {
            let message = format!("{owner}.{method}() takes no keyword arguments");
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
        None => {}
    }
    Ok(s)
}

/// Runs `f` on the set's table, counting any growth against the memory budget.
fn grow<R>(vm: &Vm, s: &SetObj, f: impl FnOnce(&mut SetTable) -> R) -> PyResult<R> {
    let (r, ok) = s.mutate(f);
    if ok {
        Ok(r)
    } else {
        Err(vm.memory_error())
    }
}

/// A new set holding `table`, counted against the memory budget.
fn new_set_value(vm: &Vm, table: SetTable, frozen: bool) -> PyResult<Rc<SetObj>> {
    if !crate::memory::fits(table.capacity() * super::super::objects::DICT_SLOT_BYTES) {
        return Err(vm.memory_error());
    }
    Ok(Rc::new(SetObj::with_table(table, frozen)))
}

/// A copy of the set's keys as `set.copy()` lays them out.
fn copy_of(vm: &Vm, s: &SetObj, frozen: bool) -> PyResult<Rc<SetObj>> {
    let table = s.items.borrow().copied();
    new_set_value(vm, table, frozen)
}

/// The keys of a set, in its iteration order (a snapshot, so the set may change meanwhile).
fn keys_of(s: &SetObj) -> Vec<HashedKey> {
    s.items.borrow().iter().cloned().collect()
}

impl Vm {
    /// `set_update_internal`: adds every item of `other` to `target` (a set merges table to
    /// table, a dict reserves room first, anything else adds item by item).
    pub(crate) fn set_update_from(&mut self, target: &Rc<SetObj>, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) if Rc::ptr_eq(o, target) => Ok(()),
            // Keys compared through `__eq__` join one by one, each matched against the
            // target's.
            Value::Set(o) if o.items.borrow().iter().any(|k| eq_needs_vm(&k.value)) => {
                for k in keys_of(o) {
                    let k = self.set_key(target, k.value)?;
                    grow(self, target, |t| t.insert(k))?;
                }
                Ok(())
            }
            Value::Set(o) => {
                let src = o.items.borrow();
                grow(self, target, |t| t.merge(&src))
            }
            Value::Dict(d) => {
                let keys: Vec<HashedKey> = d.map.borrow().keys().cloned().collect();
                grow(self, target, |t| {
                    t.reserve_for(keys.len());
                    for k in keys {
                        t.insert(k);
                    }
                })
            }
            _ => {
                let it = self.get_iter(other)?;
                while let Some(v) = self.next(&it)? {
                    let k = self.set_key(target, v)?;
                    grow(self, target, |t| t.insert(k))?;
                }
                Ok(())
            }
        }
    }

    /// `make_new_set`: a new set (or frozenset) with the items of `iterable`.
    pub(crate) fn new_set_from(&mut self, iterable: &Value, frozen: bool) -> PyResult<Rc<SetObj>> {
        let set = Rc::new(SetObj::new(frozen));
        self.set_update_from(&set, iterable)?;
        Ok(set)
    }

    /// `set_intersection`: walks the smaller set (or `other`'s items), keeping what the other
    /// side contains.
    pub(crate) fn set_intersection(
        &mut self,
        so: &Rc<SetObj>,
        other: &Value,
    ) -> PyResult<Rc<SetObj>> {
        if let Value::Set(o) = other {
            if Rc::ptr_eq(o, so) {
                return copy_of(self, so, so.frozen);
            }
        }
        let result = Rc::new(SetObj::new(so.frozen));
        if let Value::Set(o) = other {
            let (big, small) =
                if o.items.borrow().len() > so.items.borrow().len() { (o, so) } else { (so, o) };
            for k in keys_of(small) {
                if self.set_holds(big, &k)? {
                    grow(self, &result, |t| t.insert(k))?;
                }
            }
            return Ok(result);
        }
        let it = self.get_iter(other)?;
        while let Some(v) = self.next(&it)? {
            let k = self.set_key(so, v)?;
            if so.items.borrow().contains(&k) {
                grow(self, &result, |t| t.insert(k))?;
                // Every item found: the rest of `other` is not read (it may be endless).
                if result.items.borrow().len() >= so.items.borrow().len() {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `set_difference_update_internal`: discards the items of `other` from `so`.
    pub(crate) fn set_difference_update(&mut self, so: &Rc<SetObj>, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) if Rc::ptr_eq(o, so) => {
                so.items.borrow_mut().clear();
                return Ok(());
            }
            Value::Set(o) => {
                let keys = if (o.items.borrow().len() >> 3) > so.items.borrow().len() {
                    keys_of(&*self.set_intersection(so, other)?)
                } else {
                    keys_of(o)
                };
                for k in &keys {
                    if let Some(stored) = self.set_stored_key(so, k)? {
                        so.items.borrow_mut().remove(&stored);
                    }
                }
            }
            _ => {
                let it = self.get_iter(other)?;
                while let Some(v) = self.next(&it)? {
                    let k = self.set_key(so, v)?;
                    so.items.borrow_mut().remove(&k);
                }
            }
        }
        so.items.borrow_mut().purge_dummies();
        Ok(())
    }

    /// `set_difference`: a copy then discards when `other` is small or not a set/dict; else
    /// the keys of `so` that `other` lacks, in `so`'s order.
    fn set_difference(&mut self, so: &Rc<SetObj>, other: &Value) -> PyResult<Rc<SetObj>> {
        let other_size = match other {
            Value::Set(o) => Some(o.items.borrow().len()),
            Value::Dict(d) => Some(d.map.borrow().len()),
            _ => None,
        };
        let small_other = other_size.is_none_or(|n| (so.items.borrow().len() >> 2) > n);
        if small_other {
            let result = copy_of(self, so, so.frozen)?;
            self.set_difference_update(&result, other)?;
            return Ok(result);
        }
        let result = Rc::new(SetObj::new(so.frozen));
        for k in keys_of(so) {
            let present = match other {
                Value::Set(o) => self.set_holds(o, &k)?,
                Value::Dict(d) => self.dict_stored_key(d, &k)?.is_some(),
                _ => false,
            };
            if !present {
                grow(self, &result, |t| t.insert(k))?;
            }
        }
        Ok(result)
    }

    /// `set_symmetric_difference_update`: each key of `other` is discarded from `so`, or
    /// added when it was not there.
    pub(crate) fn set_symmetric_difference_update(
        &mut self,
        so: &Rc<SetObj>,
        other: &Value,
    ) -> PyResult<()> {
        let keys = match other {
            Value::Set(o) if Rc::ptr_eq(o, so) => {
                so.items.borrow_mut().clear();
                return Ok(());
            }
            Value::Set(o) => keys_of(o),
            Value::Dict(d) => d.map.borrow().keys().cloned().collect(),
            _ => keys_of(&*self.new_set_from(other, so.frozen)?),
        };
        for k in keys {
            match self.set_stored_key(so, &k)? {
                Some(stored) => {
                    so.items.borrow_mut().remove(&stored);
                }
                None => {
                    grow(self, so, |t| t.insert(k))?;
                }
            }
        }
        Ok(())
    }

    /// `set_symmetric_difference`: a new set of `other`'s items, updated with `so`.
    fn set_symmetric_difference(&mut self, so: &Rc<SetObj>, other: &Value) -> PyResult<Rc<SetObj>> {
        let result = self.new_set_from(other, so.frozen)?;
        self.set_symmetric_difference_update(&result, &Value::Set(so.clone()))?;
        Ok(result)
    }

    /// The set operators `|`, `&`, `-`, `^` between two sets; in place (`|=`, ...) a set is
    /// changed and returned itself, as CPython's `set_ior` and friends do.
    pub(crate) fn set_operator(
        &mut self,
        op: BinOp,
        x: &Rc<SetObj>,
        y: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if inplace && !x.frozen {
            match op {
                BinOp::Or => self.set_update_from(x, y)?,
                BinOp::And => {
                    let tmp = self.set_intersection(x, y)?;
                    let (table, _) = tmp.mutate(std::mem::take);
                    grow(self, x, |t| t.replace_with(table))?;
                }
                BinOp::Sub => self.set_difference_update(x, y)?,
                _ => self.set_symmetric_difference_update(x, y)?,
            }
            return Ok(Value::Set(x.clone()));
        }
        let result = match op {
            BinOp::Or => {
                let result = copy_of(self, x, x.frozen)?;
                self.set_update_from(&result, y)?;
                result
            }
            BinOp::And => self.set_intersection(x, y)?,
            BinOp::Sub => self.set_difference(x, y)?,
            _ => self.set_symmetric_difference(x, y)?,
        };
        Ok(Value::Set(result))
    }

    /// `a <= b` for sets (`set_issubset` with a set argument).
    pub(crate) fn set_is_subset(&mut self, a: &SetObj, b: &SetObj) -> PyResult<bool> {
        if a.items.borrow().len() > b.items.borrow().len() {
            return Ok(false);
        }
        for k in keys_of(a) {
            if !self.set_holds(b, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "add", Some(MethodArity::One))?;
    let k = vm.set_key(&s, args.pos[1].clone())?;
    grow(vm, &s, |t| t.insert(k))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "remove", Some(MethodArity::One))?;
    let k = vm.set_lookup_key(&s, args.pos[1].clone())?;
    if s.items.borrow_mut().remove(&k) {
        Ok(Value::None)
    } else {
        Err(PyErr::Exception(
            vm.new_exception(vm.types.exc(ExcKind::KeyError), vec![args.pos[1].clone()]),
        ))
    }
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "discard", Some(MethodArity::One))?;
    let k = vm.set_lookup_key(&s, args.pos[1].clone())?;
    s.items.borrow_mut().remove(&k);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "pop", Some(MethodArity::NoArgs))?;
    let popped = s.items.borrow_mut().pop();
    match popped {
        Some(k) => Ok(k.value),
        None => Err(vm.new_error(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "clear", Some(MethodArity::NoArgs))?;
    let (old, _) = s.mutate(std::mem::take);
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "copy", Some(MethodArity::NoArgs))?;
    if s.frozen {
        // A frozenset's copy is itself.
        return Ok(args.pos[0].clone());
    }
    Ok(Value::Set(copy_of(vm, &s, false)?))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "update", None)?;
    for other in &args.pos[1..] {
        vm.set_update_from(&s, other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "union", None)?;
    let result = copy_of(vm, &s, s.frozen)?;
    for other in &args.pos[1..] {
        if !matches!(other, Value::Set(o) if Rc::ptr_eq(o, &s)) {
            vm.set_update_from(&result, other)?;
        }
    }
    Ok(Value::Set(result))
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "intersection", None)?;
    let mut result = if args.pos.len() == 1 { copy_of(vm, &s, s.frozen)? } else { s };
    for other in &args.pos[1..] {
        result = vm.set_intersection(&result, other)?;
    }
    Ok(Value::Set(result))
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "difference", None)?;
    let Some(first) = args.pos.get(1) else {
        return Ok(Value::Set(copy_of(vm, &s, s.frozen)?));
    };
    let result = vm.set_difference(&s, first)?;
    for other in &args.pos[2..] {
        vm.set_difference_update(&result, other)?;
    }
    Ok(Value::Set(result))
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "symmetric_difference", Some(MethodArity::One))?;
    Ok(Value::Set(vm.set_symmetric_difference(&s, &args.pos[1])?))
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "symmetric_difference_update", Some(MethodArity::One))?;
    vm.set_symmetric_difference_update(&s, &args.pos[1])?;
    Ok(Value::None)
}

/// The argument of `issubset` as a set (any iterable works).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<SetObj>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        other => vm.new_set_from(other, false),
    }
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "issubset", Some(MethodArity::One))?;
    let other = as_set(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.set_is_subset(&s, &other)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "issuperset", Some(MethodArity::One))?;
    if let Value::Set(other) = &args.pos[1] {
        return Ok(Value::Bool(vm.set_is_subset(other, &s)?));
    }
    // Any other iterable is read until an item is missing, as CPython's `set_issuperset`.
    let missing = first_item_where(vm, &s, &args.pos[1], false)?;
    Ok(Value::Bool(!missing))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "isdisjoint", Some(MethodArity::One))?;
    let Value::Set(other) = &args.pos[1] else {
        // Any other iterable is read until an item is shared, as CPython's `set_isdisjoint`.
        let shared = first_item_where(vm, &s, &args.pos[1], true)?;
        return Ok(Value::Bool(!shared));
    };
    for k in keys_of(&s) {
        if vm.set_holds(other, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Whether some item of `iterable` is (`held`) or is not in `s`, reading no further than
/// that item: an endless iterable stops there.
fn first_item_where(vm: &mut Vm, s: &SetObj, iterable: &Value, held: bool) -> PyResult<bool> {
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        let k = vm.hashed(v)?;
        if vm.set_holds(s, &k)? == held {
            return Ok(true);
        }
    }
    Ok(false)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "intersection_update", None)?;
    let mut result = s.clone();
    for other in &args.pos[1..] {
        result = vm.set_intersection(&result, other)?;
    }
    if !Rc::ptr_eq(&result, &s) {
        let (table, _) = result.mutate(std::mem::take);
        grow(vm, &s, |t| t.replace_with(table))?;
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver(vm, &args, "difference_update", None)?;
    for other in &args.pos[1..] {
        vm.set_difference_update(&s, other)?;
    }
    Ok(Value::None)
}

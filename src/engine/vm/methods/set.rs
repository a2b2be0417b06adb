//! `set` and `frozenset` methods.

use super::super::call::check_arity;
use super::super::hashing::HashedKey;
use super::super::objects::{NativeFn, PySet};
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyErr, PyResult, Vm};
use crate::engine::compiler::code::BinOp;
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

fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<PySet>> {
    match args.pos.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(vm.new_error(
            "TypeError",
            &format!("descriptor '{method}' for 'set' objects needs a set"),
        )),
    }
}

/// The other operands as sets (any iterable is accepted by the named methods).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        other => {
            let items = vm.collect(other)?;
            match vm.new_set(items, false)? {
                Value::Set(s) => Ok(s),
                _ => Err(vm.internal_error("new_set made no set")),
            }
        }
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "set.add", &args, 2, 2)?;
    vm.set_add(&args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "set.remove", &args, 2, 2)?;
    let s = this(vm, &args, "remove")?;
    let k = vm.hashed(args.pos[1].clone())?;
    if s.items.borrow_mut().shift_remove(&k) {
        Ok(Value::None)
    } else {
        Err(PyErr::Exception(
            vm.new_exception(&vm.types.exception("KeyError"), vec![args.pos[1].clone()]),
        ))
    }
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "set.discard", &args, 2, 2)?;
    let s = this(vm, &args, "discard")?;
    let k = vm.hashed(args.pos[1].clone())?;
    s.items.borrow_mut().shift_remove(&k);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    let first = s.items.borrow_mut().shift_remove_index(0);
    match first {
        Some(k) => Ok(k.value),
        None => Err(vm.new_error("KeyError", "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    let (old, _) = s.mutate(std::mem::take);
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    let copy = PySet::new(s.frozen);
    *copy.items.borrow_mut() = s.items.borrow().clone();
    Ok(Value::Set(Rc::new(copy)))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for other in &args.pos[1..] {
        vm.set_update(&args.pos[0], other)?;
    }
    Ok(Value::None)
}

/// Folds a binary set operator over every argument (`a.union(b, c)`).
fn fold(vm: &mut Vm, args: Args, op: BinOp, method: &str) -> PyResult<Value> {
    let s = this(vm, &args, method)?;
    let mut acc = Value::Set(s);
    for other in &args.pos[1..] {
        let o = as_set(vm, other)?;
        acc = vm.binary_op(op, &acc, &Value::Set(o), false)?;
    }
    if args.pos.len() == 1 {
        return copy(vm, args);
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::Or, "union")
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::And, "intersection")
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::Sub, "difference")
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "symmetric_difference", &args, 2, 2)?;
    fold(vm, args, BinOp::Xor, "symmetric_difference")
}

fn relation(
    vm: &mut Vm,
    args: Args,
    method: &str,
    test: fn(&[HashedKey], &Rc<PySet>) -> bool,
) -> PyResult<Value> {
    check_arity(vm, method, &args, 2, 2)?;
    let s = this(vm, &args, method)?;
    let other = as_set(vm, &args.pos[1])?;
    let items: Vec<HashedKey> = s.items.borrow().iter().cloned().collect();
    Ok(Value::Bool(test(&items, &other)))
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    relation(vm, args, "issubset", |mine, other| {
        mine.iter().all(|k| other.items.borrow().contains(k))
    })
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "issuperset", &args, 2, 2)?;
    let s = this(vm, &args, "issuperset")?;
    let other = as_set(vm, &args.pos[1])?;
    let theirs: Vec<HashedKey> = other.items.borrow().iter().cloned().collect();
    let mine = s.items.borrow();
    Ok(Value::Bool(theirs.iter().all(|k| mine.contains(k))))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    relation(vm, args, "isdisjoint", |mine, other| {
        !mine.iter().any(|k| other.items.borrow().contains(k))
    })
}

fn in_place(vm: &mut Vm, args: Args, op: BinOp, method: &str) -> PyResult<Value> {
    let s = this(vm, &args, method)?;
    let result = fold(vm, args, op, method)?;
    if let Value::Set(r) = result {
        *s.items.borrow_mut() = r.items.borrow().clone();
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::And, "intersection_update")
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::Sub, "difference_update")
}

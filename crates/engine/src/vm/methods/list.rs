//! `list` and `tuple` methods.

use super::super::builtins::arg_i64;
use super::super::call::{check_method, MethodArity};
use super::super::objects::{ListObj, NativeFn};
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

const LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("__init__", list_init),
];

const TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", index), ("count", count)];

const RANGE_METHODS: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];

pub fn install(types: &Types) {
    Types::add_methods(&types.list, "list", LIST_METHODS);
    Types::add_methods(&types.tuple, "tuple", TUPLE_METHODS);
    Types::add_methods(&types.range, "range", RANGE_METHODS);
}

fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<ListObj>> {
    // A list subclass's instance is a list to C's methods (`PyList_Check`).
    let receiver = args.pos.first().map(|v| crate::vm::builtin_subclass::base_of(v).unwrap_or(v));
    match receiver {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(super::wrong_receiver(vm, "list", method, args)),
    }
}

fn grown(vm: &Vm, ok: bool) -> PyResult<Value> {
    if ok {
        Ok(Value::None)
    } else {
        Err(vm.memory_error())
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "append", &args, MethodArity::One, &[])?;
    let l = this(vm, &args, "append")?;
    let v = args.pos[1].clone();
    let ((), ok) = l.mutate(|items| items.push(v));
    grown(vm, ok)
}

/// `list.__init__(self, iterable=())`, reached by `super().__init__(...)` in a list
/// subclass: replaces the items.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "__init__", &args, MethodArity::Clinic(0, 1), &[])?;
    let l = this(vm, &args, "__init__")?;
    let items = match args.pos.get(1) {
        Some(iterable) => vm.collect_sized(iterable)?,
        None => Vec::new(),
    };
    let ((), ok) = l.mutate(|v| *v = items);
    grown(vm, ok)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "extend", &args, MethodArity::One, &[])?;
    let l = this(vm, &args, "extend")?;
    vm.list_extend_by(&l, &args.pos[1])?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "insert", &args, MethodArity::Clinic(2, 2), &[])?;
    let l = this(vm, &args, "insert")?;
    let len = l.items.borrow().len() as i64;
    let mut i = arg_i64(vm, &args.pos[1], "")?;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    let v = args.pos[2].clone();
    let ((), ok) = l.mutate(|items| items.insert(i, v));
    grown(vm, ok)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "pop", &args, MethodArity::Clinic(0, 1), &[])?;
    let l = this(vm, &args, "pop")?;
    let len = l.items.borrow().len();
    if len == 0 {
        return Err(vm.new_error(ExcKind::IndexError, "pop from empty list"));
    }
    let i = match args.pos.get(1) {
        Some(v) => {
            let i = arg_i64(vm, v, "")?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.new_error(ExcKind::IndexError, "pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let v = l.items.borrow_mut().remove(i);
    Ok(v)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "remove", &args, MethodArity::One, &[])?;
    let l = this(vm, &args, "remove")?;
    let list = &args.pos[0];
    let mut i = 0;
    while let Some(v) = item_at(list, i) {
        if v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])? {
            // The comparison may have shortened the list: remove what is at `i` now.
            let removed = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.new_error(ExcKind::ValueError, "list.remove(x): x not in list"))
}

/// Item `i` of a list or tuple as it is now. The searches read one item at a time, as
/// CPython's do (a list's length is read again at each step, since an `__eq__` may change
/// it): copying the items first made a hit near the front cost the whole length.
pub(crate) fn item_at(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.items.borrow().get(i).cloned(),
        Value::Tuple(t) => t.items.get(i).cloned(),
        _ => None,
    }
}

/// The length of a list or tuple receiver and its type's name.
fn sequence_of(vm: &Vm, args: &Args) -> PyResult<(usize, &'static str)> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok((l.items.borrow().len(), "list")),
        Some(Value::Tuple(t)) => Ok((t.items.len(), "tuple")),
        _ => Err(vm.new_error(ExcKind::TypeError, "index() needs a list or tuple")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (len, kind) = sequence_of(vm, &args)?;
    check_method(vm, kind, "index", &args, MethodArity::Clinic(1, 3), &[])?;
    let len = len as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<usize> {
        Ok(match v {
            None => default,
            Some(v) => {
                // `_PyEval_SliceIndexNotNone`: any int or `__index__` object (clipped), but
                // not None.
                let Some(i) = vm.clamped_slice_index(v)? else {
                    return Err(vm.new_error(
                        ExcKind::TypeError,
                        "slice indices must be integers or have an __index__ method",
                    ));
                };
                if i < 0 {
                    (i + len).max(0)
                } else {
                    i.min(len)
                }
            }
        } as usize)
    };
    let start = bound(vm, args.pos.get(2), 0)?;
    let stop = bound(vm, args.pos.get(3), len)?;
    for i in start..stop {
        let Some(v) = item_at(&args.pos[0], i) else { break };
        if v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let message = if kind == "list" {
        format!("{} is not in list", vm.repr(&args.pos[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    };
    Err(vm.new_error(ExcKind::ValueError, &message))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, kind) = sequence_of(vm, &args)?;
    check_method(vm, kind, "count", &args, MethodArity::One, &[])?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = item_at(&args.pos[0], i) {
        if v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.new_error(ExcKind::TypeError, "sort() takes no positional arguments"));
    }
    check_method(vm, "list", "sort", &args, MethodArity::Clinic(0, 0), &["key", "reverse"])?;
    let l = this(vm, &args, "sort")?;
    let key = args.keyword("key").cloned();
    let reverse = vm.reverse_flag(args.keyword("reverse"))?;
    // CPython empties the list while sorting, so a key function sees it empty.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let result = vm.sort_values(&mut items, key.as_ref(), reverse);
    let meddled = !l.items.borrow().is_empty();
    let changed = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(changed);
    if meddled && result.is_ok() {
        return Err(vm.new_error(ExcKind::ValueError, "list modified during sort"));
    }
    result.map(|()| Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "reverse", &args, MethodArity::NoArgs, &[])?;
    let l = this(vm, &args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "copy", &args, MethodArity::NoArgs, &[])?;
    let l = this(vm, &args, "copy")?;
    let items = l.items.borrow().clone();
    vm.new_list(items)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "list", "clear", &args, MethodArity::NoArgs, &[])?;
    let l = this(vm, &args, "clear")?;
    let (old, _) = l.mutate(std::mem::take);
    // Last to first, as CPython's `list_clear` (the order of dying items' `__del__`).
    for item in old.into_iter().rev() {
        drop(item);
    }
    Ok(Value::None)
}

/// The receiver of a range method.
fn range_of(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<super::super::objects::RangeObj>> {
    match args.pos.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(super::wrong_receiver(vm, "range", method, args)),
    }
}

/// The position of `v` in the range: arithmetic for an int, a search for anything else.
fn range_position(
    vm: &mut Vm,
    r: &super::super::objects::RangeObj,
    v: &Value,
) -> PyResult<Option<i64>> {
    if let Value::Int(_) | Value::Bool(_) = v {
        let i = arg_i64(vm, v, "")?;
        let offset = i as i128 - r.start as i128;
        let step = r.step as i128;
        let k = offset / step;
        return Ok((offset % step == 0 && k >= 0 && k < r.len() as i128).then_some(k as i64));
    }
    for k in 0..r.len() {
        if vm.eq(&Value::Int(r.get(k)), v)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "range", "index", &args, MethodArity::One, &[])?;
    let r = range_of(vm, &args, "index")?;
    match range_position(vm, &r, &args.pos[1])? {
        Some(k) => Ok(Value::Int(k)),
        None if matches!(args.pos[1], Value::Int(_) | Value::Bool(_)) => {
            let message = format!("{} is not in range", vm.repr(&args.pos[1])?);
            Err(vm.new_error(ExcKind::ValueError, &message))
        }
        None => Err(vm.new_error(ExcKind::ValueError, "sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "range", "count", &args, MethodArity::One, &[])?;
    let r = range_of(vm, &args, "count")?;
    if let Value::Int(_) | Value::Bool(_) = args.pos[1] {
        return Ok(Value::Int(range_position(vm, &r, &args.pos[1])?.is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if vm.eq(&Value::Int(r.get(k)), &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

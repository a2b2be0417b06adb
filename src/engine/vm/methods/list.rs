//! `list` and `tuple` methods.

use super::super::builtins::arg_i64;
use super::super::call::check_arity;
use super::super::objects::{NativeFn, PyList};
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyResult, Vm};
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
];

const TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", index), ("count", count)];

pub fn install(types: &Types) {
    Types::add_methods(&types.list, "list", LIST_METHODS);
    Types::add_methods(&types.tuple, "tuple", TUPLE_METHODS);
}

fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Rc<PyList>> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(vm.new_error(
            "TypeError",
            &format!("descriptor '{method}' for 'list' objects needs a list"),
        )),
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
    check_arity(vm, "list.append", &args, 2, 2)?;
    let l = this(vm, &args, "append")?;
    let v = args.pos[1].clone();
    let ((), ok) = l.mutate(|items| items.push(v));
    grown(vm, ok)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "list.extend", &args, 2, 2)?;
    let l = this(vm, &args, "extend")?;
    let items = vm.collect(&args.pos[1])?;
    let ((), ok) = l.mutate(|v| v.extend(items));
    grown(vm, ok)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "insert", &args, 3, 3)?;
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
    check_arity(vm, "pop", &args, 1, 2)?;
    let l = this(vm, &args, "pop")?;
    let len = l.items.borrow().len();
    if len == 0 {
        return Err(vm.new_error("IndexError", "pop from empty list"));
    }
    let i = match args.pos.get(1) {
        Some(v) => {
            let i = arg_i64(vm, v, "")?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.new_error("IndexError", "pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let v = l.items.borrow_mut().remove(i);
    Ok(v)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "list.remove", &args, 2, 2)?;
    let l = this(vm, &args, "remove")?;
    let items = l.items.borrow().clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            let removed = l.items.borrow_mut().remove(i);
            drop(removed);
            return Ok(Value::None);
        }
    }
    Err(vm.new_error("ValueError", "list.remove(x): x not in list"))
}

/// The items of a list or tuple receiver.
fn items_of(vm: &Vm, args: &Args) -> PyResult<(Vec<Value>, &'static str)> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok((l.items.borrow().clone(), "list")),
        Some(Value::Tuple(t)) => Ok((t.items.to_vec(), "tuple")),
        _ => Err(vm.new_error("TypeError", "index() needs a list or tuple")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "index", &args, 2, 4)?;
    let (items, kind) = items_of(vm, &args)?;
    let len = items.len() as i64;
    let bound = |vm: &Vm, v: Option<&Value>, default: i64| -> PyResult<usize> {
        Ok(match v {
            None => default,
            Some(v) => {
                let i = arg_i64(vm, v, "")?;
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
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let message = if kind == "list" {
        format!("{} is not in list", vm.repr(&args.pos[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    };
    Err(vm.new_error("ValueError", &message))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "count", &args, 2, 2)?;
    let (items, _) = items_of(vm, &args)?;
    let mut n = 0;
    for v in &items {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.new_error("TypeError", "sort() takes no positional arguments"));
    }
    let l = this(vm, &args, "sort")?;
    let key = args.keyword("key").cloned();
    let reverse = match args.keyword("reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython empties the list while sorting, so a key function sees it empty.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let result = vm.sort_values(&mut items, key.as_ref(), reverse);
    *l.items.borrow_mut() = items;
    result.map(|()| Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    let items = l.items.borrow().clone();
    vm.new_list(items)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    let (old, _) = l.mutate(std::mem::take);
    drop(old);
    Ok(Value::None)
}

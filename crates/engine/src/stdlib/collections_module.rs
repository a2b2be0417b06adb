//! `_collections`: `deque` and `defaultdict` as CPython writes them in C
//! (`Modules/_collectionsmodule.c`), and, until the Python-source library layer provides
//! `collections/__init__.py`, a stand-in `collections` module re-exporting them.
//!
//! A deque is a native instance holding a `VecDeque`; a defaultdict is a dict
//! (`Value::Dict`) whose `DictExtra` carries its class and `default_factory`, so every dict
//! operation works on it unchanged and only a missing key (`__missing__`) differs.

use crate::compiler::code::CmpOp;
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeIterator, NativeState};
use crate::vm::objects::{BuiltinType, ClassObj, DictObj, ModuleObj};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// A deque's state. `state` counts mutations, so that an iterator can tell the deque changed
/// under it (CPython's `deque->state`).
pub struct Deque {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    pub state: u64,
}

impl Deque {
    /// Appends on the right, dropping from the left when full.
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        self.items.push_back(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            self.items.pop_front();
        }
        self.state += 1;
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        self.items.push_front(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            self.items.pop_back();
        }
        self.state += 1;
    }
}

impl Drop for Deque {
    fn drop(&mut self) {
        // A deque nested a hundred thousand deep (`x = deque([x])`) would otherwise free
        // itself by recursion on the native stack (`vm::trashcan`).
        crate::vm::trashcan::dispose(std::mem::take(&mut self.items));
    }
}

const DEQUE: NativeClass = NativeClass {
    module: "collections",
    name: "deque",
    methods: &[
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ],
    new: Some(new_deque),
};

const DEQUE_ITERATOR: NativeClass =
    NativeClass { module: "_collections", name: "_deque_iterator", methods: &[], new: None };

const DEQUE_REVERSE_ITERATOR: NativeClass = NativeClass {
    module: "_collections",
    name: "_deque_reverse_iterator",
    methods: &[],
    new: None,
};

const DEFAULTDICT: NativeClass = NativeClass {
    module: "collections",
    name: "defaultdict",
    methods: &[("__missing__", missing), ("copy", dd_copy), ("__copy__", dd_copy)],
    new: Some(new_defaultdict),
};

fn deque_class(vm: &mut Vm) -> Rc<ClassObj> {
    let class = vm.native_class(&DEQUE);
    if !class.dict.borrow().contains_key("__hash__") {
        class.dict.borrow_mut().insert("__hash__".into(), Value::None);
        crate::vm::lookup_cache::class_dicts_changed();
    }
    class
}

pub fn defaultdict_class(vm: &mut Vm) -> Rc<ClassObj> {
    let dict = vm.types.dict.clone();
    vm.native_class_with_base(&DEFAULTDICT, Some((dict, BuiltinType::Dict)))
}

/// `_collections`, as C provides it.
pub fn make_native_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_collections", &[]);
    module.set("deque", Value::Class(deque_class(vm)));
    module.set("defaultdict", Value::Class(defaultdict_class(vm)));
    module.set("_deque_iterator", Value::Class(vm.native_class(&DEQUE_ITERATOR)));
    module.set("_deque_reverse_iterator", Value::Class(vm.native_class(&DEQUE_REVERSE_ITERATOR)));
    module
}

fn deque_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Deque>> {
    match native_state(v) {
        Some(NativeState::Deque(d)) => Ok(d),
        _ => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor requires a 'collections.deque' object but received a '{}'",
                vm.type_name(v)
            ),
        )),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<Deque>> {
    match args.pos.first() {
        Some(v) => deque_of(vm, v),
        None => Err(vm.new_error(ExcKind::TypeError, "deque method needs a deque")),
    }
}

fn method_arity(vm: &Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    crate::vm::call::check_method(
        vm,
        "deque",
        name,
        args,
        if min == max && min == 0 {
            crate::vm::call::MethodArity::NoArgs
        } else if min == max && min == 1 {
            crate::vm::call::MethodArity::One
        } else {
            crate::vm::call::MethodArity::Clinic(min, max)
        },
        &[],
    )
}

pub(crate) fn new_deque_value(vm: &mut Vm, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let class = deque_class(vm);
    vm.new_native(class, NativeState::Deque(RefCell::new(Deque { items, maxlen, state: 0 })))
}

fn new_deque(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos[1..];
    // `PyArg_ParseTupleAndKeywords`: the count of all arguments first, then each keyword.
    let given = pos.len() + args.kw_names.len();
    if given > 2 {
        let keyword = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("deque() takes at most 2 {keyword}arguments ({given} given)"),
        ));
    }
    let mut iterable = pos.first().cloned();
    let mut maxlen = pos.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in args.keywords() {
        match k {
            "iterable" => iterable = Some(v.clone()),
            "maxlen" => maxlen = v.clone(),
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("'{other}' is an invalid keyword argument for deque()"),
                ))
            }
        }
    }
    // `PyLong_AsSsize_t`: an int, a bool or an int subclass's member (an `IntEnum`).
    let maxlen_int = match &maxlen {
        Value::Int(_) | Value::Bool(_) => Some(maxlen.clone()),
        other => crate::vm::builtin_subclass::base_of(other).cloned(),
    };
    let maxlen = match (&maxlen, maxlen_int) {
        (Value::None, _) => None,
        (_, Some(Value::Int(n))) if n < 0 => {
            return Err(vm.new_error(ExcKind::ValueError, "maxlen must be non-negative"))
        }
        (_, Some(Value::Int(n))) => Some(n as usize),
        (_, Some(Value::Bool(b))) => Some(b as usize),
        _ => return Err(vm.new_error(ExcKind::TypeError, "an integer is required")),
    };
    let d = new_deque_value(vm, VecDeque::new(), maxlen);
    if let Some(iterable) = iterable {
        extend_impl(vm, &d, &iterable, false)?;
    }
    Ok(d)
}

/// `repr(deque)`: `deque([1, 2])`, `deque([1], maxlen=3)`; `[...]` for itself inside.
pub fn deque_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (items, maxlen) = {
        let d = deque_of(vm, v)?.borrow();
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    };
    // `Vm::repr` marks the deque as in progress: a deque inside itself prints `[...]`.
    let body = vm.repr(&Value::list(items))?;
    Ok(match maxlen {
        Some(m) => format!("deque({body}, maxlen={m})"),
        None => format!("deque({body})"),
    })
}

/// A deque's iterator (`reverse` for `reversed(d)`).
pub fn deque_iter(vm: &mut Vm, d: &Value, reverse: bool) -> Value {
    let spec = if reverse { &DEQUE_REVERSE_ITERATOR } else { &DEQUE_ITERATOR };
    let state = match native_state(d) {
        Some(NativeState::Deque(q)) => q.borrow().state,
        _ => 0,
    };
    let class = vm.native_class(spec);
    vm.new_native_iter(class, DequeIter { deque: d.clone(), index: 0, state, reverse })
}

struct DequeIter {
    deque: Value,
    index: usize,
    state: u64,
    reverse: bool,
}

impl NativeIterator for DequeIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let d = deque_of(vm, &self.deque)?.borrow();
        if d.state != self.state {
            drop(d);
            return Err(vm.new_error(ExcKind::RuntimeError, "deque mutated during iteration"));
        }
        let len = d.items.len();
        if self.index >= len {
            return Ok(None);
        }
        let at = if self.reverse { len - 1 - self.index } else { self.index };
        self.index += 1;
        Ok(d.items.get(at).cloned())
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "append", 1, 1)?;
    this(vm, &args)?.borrow_mut().push_back(args.pos[1].clone());
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "appendleft", 1, 1)?;
    this(vm, &args)?.borrow_mut().push_front(args.pos[1].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "pop", 0, 0)?;
    let mut d = this(vm, &args)?.borrow_mut();
    match d.items.pop_back() {
        Some(v) => {
            d.state += 1;
            Ok(v)
        }
        None => {
            drop(d);
            Err(vm.new_error(ExcKind::IndexError, "pop from an empty deque"))
        }
    }
}

fn popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "popleft", 0, 0)?;
    let mut d = this(vm, &args)?.borrow_mut();
    match d.items.pop_front() {
        Some(v) => {
            d.state += 1;
            Ok(v)
        }
        None => {
            drop(d);
            Err(vm.new_error(ExcKind::IndexError, "pop from an empty deque"))
        }
    }
}

/// `extend`/`extendleft`: `d.extend(d)` copies the deque first; anything else is read an
/// item at a time, as CPython's `deque_extend`: a generator sees the deque grow, and what was
/// added before an error stays.
fn extend_impl(vm: &mut Vm, d: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let q = deque_of(vm, d)?;
    let push = |v: Value| {
        if left {
            q.borrow_mut().push_front(v);
        } else {
            q.borrow_mut().push_back(v);
        }
    };
    if iterable.is(d) {
        vm.collect(iterable)?.into_iter().for_each(push);
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        push(v);
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "extend", 1, 1)?;
    extend_impl(vm, &args.pos[0], &args.pos[1], false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "extendleft", 1, 1)?;
    extend_impl(vm, &args.pos[0], &args.pos[1], true)?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "rotate", 0, 1)?;
    let n = match args.pos.get(1) {
        Some(v) => crate::vm::builtins::arg_i64(vm, v, "")?,
        None => 1,
    };
    let mut d = this(vm, &args)?.borrow_mut();
    let len = d.items.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        d.items.rotate_right(k);
    }
    d.state += 1;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "clear", 0, 0)?;
    let old = {
        let mut d = this(vm, &args)?.borrow_mut();
        d.state += 1;
        std::mem::take(&mut d.items)
    };
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "copy", 0, 0)?;
    let (items, maxlen) = {
        let d = this(vm, &args)?.borrow();
        (d.items.clone(), d.maxlen)
    };
    Ok(new_deque_value(vm, items, maxlen))
}

/// The deque's length and its mutation count, which the searches compare after each
/// comparison: they read one item at a time (a copy of the items made removing the first
/// waiter of an asyncio lock cost the whole queue).
fn search_start(vm: &Vm, v: &Value) -> PyResult<(usize, u64)> {
    let d = deque_of(vm, v)?.borrow();
    Ok((d.items.len(), d.state))
}

/// Item `i` of an unchanged deque.
fn item(vm: &Vm, v: &Value, i: usize) -> PyResult<Value> {
    let d = deque_of(vm, v)?.borrow();
    Ok(d.items.get(i).cloned().unwrap_or(Value::None))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "count", 1, 1)?;
    let (len, state) = search_start(vm, &args.pos[0])?;
    let mut n = 0;
    for i in 0..len {
        let v = item(vm, &args.pos[0], i)?;
        if v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])? {
            n += 1;
        }
        if deque_of(vm, &args.pos[0])?.borrow().state != state {
            return Err(vm.new_error(ExcKind::RuntimeError, "deque mutated during iteration"));
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `PyArg_ParseTuple`-style counts: "index() takes at least 1 argument (0 given)".
    let arity = crate::vm::call::MethodArity::Parsed(1, 3);
    crate::vm::call::check_method(vm, "deque", "index", &args, arity, &[])?;
    // The bounds are converted first (CPython's argument clinic), then read against the
    // deque as it is.
    // `_PyEval_SliceIndexNotNone`: an int (or `__index__`), a huge one clamped.
    let mut bound = |v: Option<&Value>| -> PyResult<Option<i64>> {
        let Some(v) = v else { return Ok(None) };
        match vm.clamped_slice_index(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.new_error(
                ExcKind::TypeError,
                "slice indices must be integers or have an __index__ method",
            )),
        }
    };
    let (start, stop) = (bound(args.pos.get(2))?, bound(args.pos.get(3))?);
    let (len, state) = search_start(vm, &args.pos[0])?;
    let len = len as i64;
    let clip = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let (start, stop) = (start.map_or(0, clip), stop.map_or(len, clip));
    for i in start..stop {
        let v = item(vm, &args.pos[0], i as usize)?;
        if v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
        if deque_of(vm, &args.pos[0])?.borrow().state != state {
            return Err(vm.new_error(ExcKind::RuntimeError, "deque mutated during iteration"));
        }
    }
    let shown = vm.repr(&args.pos[1])?;
    Err(vm.new_error(ExcKind::ValueError, &format!("{shown} is not in deque")))
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arity = crate::vm::call::MethodArity::Parsed(2, 2);
    crate::vm::call::check_method(vm, "deque", "insert", &args, arity, &[])?;
    let i = crate::vm::builtins::arg_i64(vm, &args.pos[1], "")?;
    let mut d = this(vm, &args)?.borrow_mut();
    if d.maxlen == Some(d.items.len()) {
        drop(d);
        return Err(vm.new_error(ExcKind::IndexError, "deque already at its maximum size"));
    }
    let len = d.items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    d.items.insert(at, args.pos[2].clone());
    d.state += 1;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "remove", 1, 1)?;
    let (len, state) = search_start(vm, &args.pos[0])?;
    for i in 0..len {
        let v = item(vm, &args.pos[0], i)?;
        let equal = v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])?;
        let mut d = this(vm, &args)?.borrow_mut();
        if d.state != state {
            drop(d);
            return Err(vm.new_error(ExcKind::IndexError, "deque mutated during iteration"));
        }
        if equal {
            let removed = d.items.remove(i);
            d.state += 1;
            drop(d);
            drop(removed);
            return Ok(Value::None);
        }
    }
    let shown = vm.repr(&args.pos[1])?;
    Err(vm.new_error(ExcKind::ValueError, &format!("{shown} is not in deque")))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "reverse", 0, 0)?;
    let mut d = this(vm, &args)?.borrow_mut();
    d.items.make_contiguous().reverse();
    d.state += 1;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.borrow().items.len() as i64))
}

/// An index into the deque, or CPython's errors (no slices).
fn deque_index(vm: &Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(
                vm.new_error(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer")
            )
        }
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("sequence index must be integer, not '{}'", vm.type_name(other)),
            ))
        }
    };
    let len = d.items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_error(ExcKind::IndexError, "deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__getitem__", &args, 2, 2)?;
    let d = this(vm, &args)?.borrow();
    let i = deque_index(vm, &d, &args.pos[1])?;
    Ok(d.items[i].clone())
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__setitem__", &args, 3, 3)?;
    let old = {
        let mut d = this(vm, &args)?.borrow_mut();
        let i = deque_index(vm, &d, &args.pos[1])?;
        std::mem::replace(&mut d.items[i], args.pos[2].clone())
    };
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__delitem__", &args, 2, 2)?;
    let old = {
        let mut d = this(vm, &args)?.borrow_mut();
        let i = deque_index(vm, &d, &args.pos[1])?;
        d.state += 1;
        d.items.remove(i)
    };
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__contains__", &args, 2, 2)?;
    let (len, state) = search_start(vm, &args.pos[0])?;
    for i in 0..len {
        let v = item(vm, &args.pos[0], i)?;
        if v.is(&args.pos[1]) || vm.eq(&v, &args.pos[1])? {
            return Ok(Value::Bool(true));
        }
        if deque_of(vm, &args.pos[0])?.borrow().state != state {
            return Err(vm.new_error(ExcKind::RuntimeError, "deque mutated during iteration"));
        }
    }
    Ok(Value::Bool(false))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(deque_iter(vm, &args.pos[0], false))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(deque_iter(vm, &args.pos[0], true))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__add__", &args, 2, 2)?;
    let (mut items, maxlen) = {
        let d = this(vm, &args)?.borrow();
        (d.items.clone(), d.maxlen)
    };
    let Ok(other) = deque_of(vm, &args.pos[1]) else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "can only concatenate deque (not \"{}\") to deque",
                vm.type_name(&args.pos[1])
            ),
        ));
    };
    items.extend(other.borrow().items.iter().cloned());
    let result = new_deque_value(vm, VecDeque::new(), maxlen);
    let q = deque_of(vm, &result)?;
    for v in items {
        q.borrow_mut().push_back(v);
    }
    Ok(result)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__iadd__", &args, 2, 2)?;
    extend_impl(vm, &args.pos[0], &args.pos[1], false)?;
    Ok(args.pos[0].clone())
}

fn repeat_count(vm: &Vm, v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(n) => Ok((*n).max(0) as usize),
        Value::Bool(b) => Ok(*b as usize),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("can't multiply sequence by non-int of type '{}'", vm.type_name(other)),
        )),
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__mul__", &args, 2, 2)?;
    let n = repeat_count(vm, &args.pos[1])?;
    let (items, maxlen) = {
        let d = this(vm, &args)?.borrow();
        (d.items.clone(), d.maxlen)
    };
    if !crate::memory::fits(items.len().saturating_mul(n).saturating_mul(16)) {
        return Err(vm.memory_error());
    }
    let result = new_deque_value(vm, VecDeque::new(), maxlen);
    let q = deque_of(vm, &result)?;
    for _ in 0..n {
        for v in &items {
            q.borrow_mut().push_back(v.clone());
        }
    }
    Ok(result)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let repeated = mul(vm, args)?;
    let items = deque_of(vm, &repeated)?.borrow().items.clone();
    let mut d = this(vm, &args)?.borrow_mut();
    d.items = items;
    d.state += 1;
    Ok(args.pos[0].clone())
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    check_arity(vm, "comparison", &args, 2, 2)?;
    let (Ok(a), Ok(b)) = (deque_of(vm, &args.pos[0]), deque_of(vm, &args.pos[1])) else {
        return Ok(Value::NotImplemented);
    };
    let a: Vec<Value> = a.borrow().items.iter().cloned().collect();
    let b: Vec<Value> = b.borrow().items.iter().cloned().collect();
    vm.compare(op, &Value::list(a), &Value::list(b))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

impl Vm {
    /// A deque's data attributes (`maxlen`); `None` for anything else.
    pub(crate) fn deque_attr(&self, v: &Value, name: &str) -> Option<Value> {
        match (native_state(v), name) {
            (Some(NativeState::Deque(d)), "maxlen") => {
                Some(d.borrow().maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
            }
            _ => None,
        }
    }

    /// `d[key]` for a defaultdict missing `key`: `__missing__`.
    pub(crate) fn dict_missing(&mut self, dict: &Rc<DictObj>, key: &Value) -> PyResult<Value> {
        let factory = dict.default_factory();
        if factory.is_none() {
            return Err(PyErr::Exception(
                self.new_exception(self.types.exc(ExcKind::KeyError), vec![key.clone()]),
            ));
        }
        let value = self.call0(&factory)?;
        self.set_item(&Value::Dict(dict.clone()), key.clone(), value.clone())?;
        Ok(value)
    }
}

fn new_defaultdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.pos.first() else {
        return Err(
            vm.new_error(ExcKind::TypeError, "defaultdict.__new__(X): X is not a type object")
        );
    };
    let factory = args.pos.get(1).cloned().unwrap_or(Value::None);
    let callable = match &factory {
        Value::None
        | Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    };
    if !callable {
        return Err(vm.new_error(ExcKind::TypeError, "first argument must be callable or None"));
    }
    if args.pos.len() > 3 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("dict expected at most 1 argument, got {}", args.pos.len() - 2),
        ));
    }
    let d = Value::Dict(Rc::new(DictObj::with_default_factory(class.clone(), factory)));
    if let Some(source) = args.pos.get(2) {
        vm.dict_update(&d, source)?;
    }
    for (k, v) in args.keywords() {
        vm.set_item(&d, Value::str(k), v.clone())?;
    }
    Ok(d)
}

fn this_dict(vm: &Vm, args: &Args) -> PyResult<Rc<DictObj>> {
    match args.pos.first() {
        Some(Value::Dict(d)) if d.is_defaultdict() => Ok(d.clone()),
        _ => Err(vm.new_error(ExcKind::TypeError, "a defaultdict is required")),
    }
}

fn missing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::check_method(
        vm,
        "defaultdict",
        "__missing__",
        &args,
        crate::vm::call::MethodArity::One,
        &[],
    )?;
    let d = this_dict(vm, &args)?;
    vm.dict_missing(&d, &args.pos[1])
}

fn dd_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "copy", &args, 1, 1)?;
    // A subclass's instance copies as CPython's `defdict_copy` does:
    // `type(self)(self.default_factory, self)`.
    if let Value::Instance(inst) = &args.pos[0] {
        if let Some(Value::Dict(d)) = crate::vm::builtin_subclass::base_of(&args.pos[0]) {
            let class = Value::Class(inst.class.clone());
            return vm.call(&class, Args::positional(&[d.default_factory(), args.pos[0].clone()]));
        }
    }
    let d = this_dict(vm, &args)?;
    Ok(Value::Dict(Rc::new(vm.copy_dict(&d))))
}

/// `defaultdict(<factory repr>, {...})`.
pub fn defaultdict_repr(vm: &mut Vm, d: &DictObj, body: String) -> PyResult<String> {
    let shown = vm.repr(&d.default_factory())?;
    Ok(format!("defaultdict({shown}, {body})"))
}

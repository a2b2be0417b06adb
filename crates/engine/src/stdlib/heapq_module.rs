//! The `heapq` module: the C accelerator's sift algorithms (`Modules/_heapqmodule.c`) on a
//! Python list, comparing with `<` exactly where CPython does (so a list after any sequence of
//! pushes and pops is CPython's list, and errors come from the same comparison), plus
//! `nlargest`, `nsmallest` and `merge` as `heapq.py` writes them (decorated with counters, so
//! ties resolve the same way).

use crate::compiler::code::CmpOp;
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::{NativeClass, NativeIterator};
use crate::vm::objects::{ListObj, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("nlargest", nlargest),
    ("nsmallest", nsmallest),
    ("merge", merge),
    ("_heapify_max", heapify_max),
    ("_heappop_max", heappop_max),
    ("_heapreplace_max", heapreplace_max),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("heapq", FUNCTIONS);
    let all = [
        "heappush",
        "heappop",
        "heapify",
        "heapreplace",
        "merge",
        "nlargest",
        "nsmallest",
        "heappushpop",
    ];
    module.set("__all__", Value::list(all.iter().map(|n| Value::str(n)).collect()));
    module
}

/// Whether the heap is a min-heap (`<`) or a max-heap (the `_max` variants, `>` by `<`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Min,
    Max,
}

/// The heap argument: `heappush() argument 1 must be list, not tuple` (`argument` alone for
/// the one-argument functions).
fn list_arg(vm: &Vm, v: &Value, fname: &str, position: &str) -> PyResult<Rc<ListObj>> {
    // A list subclass's instance (`class EventQueue(list)`) is a list to the C code.
    match crate::vm::builtin_subclass::base_of(v).unwrap_or(v) {
        Value::List(l) => Ok(l.clone()),
        _ => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{fname}() argument{position} must be list, not {}", vm.arg_type_name(v)),
        )),
    }
}

/// Argument Clinic's count check (`heappush expected 2 arguments, got 1`).
fn clinic_arity(vm: &Vm, name: &str, args: &Args, n: usize) -> PyResult<()> {
    crate::vm::call::no_keywords(vm, name, args)?;
    if args.pos.len() == n {
        return Ok(());
    }
    Err(vm.new_error(
        ExcKind::TypeError,
        &format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.pos.len()
        ),
    ))
}

/// `a < b` as a bool.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.compare(CmpOp::Lt, a, b)?;
    vm.truthy(&r)
}

/// Whether `a` belongs above `b` in the heap.
fn before(vm: &mut Vm, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    match order {
        Order::Min => less(vm, a, b),
        Order::Max => less(vm, b, a),
    }
}

fn changed_size(vm: &Vm) -> PyErr {
    vm.new_error(ExcKind::RuntimeError, "list changed size during iteration")
}

fn item(heap: &ListObj, i: usize) -> Value {
    heap.items.borrow().get(i).cloned().unwrap_or(Value::None)
}

/// `siftdown`: moves the item at `pos` up towards `start` while it belongs above its parent.
fn sift_down(
    vm: &mut Vm,
    heap: &ListObj,
    order: Order,
    start: usize,
    mut pos: usize,
) -> PyResult<()> {
    let size = heap.items.borrow().len();
    if pos >= size {
        return Err(vm.new_error(ExcKind::IndexError, "list index out of range"));
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (new, parent) = (item(heap, pos), item(heap, parent_pos));
        let cmp = before(vm, order, &new, &parent)?;
        if size != heap.items.borrow().len() {
            return Err(changed_size(vm));
        }
        if !cmp {
            break;
        }
        heap.items.borrow_mut().swap(parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// `siftup`: moves the smaller child up until a leaf, then sifts the item down into place.
fn sift_up(vm: &mut Vm, heap: &ListObj, order: Order, mut pos: usize) -> PyResult<()> {
    let end = heap.items.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(vm.new_error(ExcKind::IndexError, "list index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (item(heap, child), item(heap, child + 1));
            let cmp = before(vm, order, &a, &b)?;
            if end != heap.items.borrow().len() {
                return Err(changed_size(vm));
            }
            if !cmp {
                child += 1;
            }
        }
        heap.items.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, heap, order, start, pos)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_arity(vm, "heappush", &args, 2)?;
    let heap = list_arg(vm, &args.pos[0], "heappush", " 1")?;
    let ((), ok) = heap.mutate(|items| items.push(args.pos[1].clone()));
    if !ok {
        return Err(vm.memory_error());
    }
    let last = heap.items.borrow().len() - 1;
    sift_down(vm, &heap, Order::Min, 0, last)?;
    Ok(Value::None)
}

fn pop_impl(vm: &mut Vm, args: Args, name: &str, order: Order) -> PyResult<Value> {
    check_arity(vm, &format!("_heapq.{name}"), &args, 1, 1)?;
    let heap = list_arg(vm, &args.pos[0], name, "")?;
    let Some(last) = heap.items.borrow_mut().pop() else {
        return Err(vm.new_error(ExcKind::IndexError, "index out of range"));
    };
    if heap.items.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], last);
    sift_up(vm, &heap, order, 0)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_impl(vm, args, "heappop", Order::Min)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_impl(vm, args, "_heappop_max", Order::Max)
}

fn replace_impl(vm: &mut Vm, args: Args, name: &str, order: Order) -> PyResult<Value> {
    clinic_arity(vm, name, &args, 2)?;
    let heap = list_arg(vm, &args.pos[0], name, " 1")?;
    if heap.items.borrow().is_empty() {
        return Err(vm.new_error(ExcKind::IndexError, "index out of range"));
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], args.pos[1].clone());
    sift_up(vm, &heap, order, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_impl(vm, args, "heapreplace", Order::Min)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_impl(vm, args, "_heapreplace_max", Order::Max)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_arity(vm, "heappushpop", &args, 2)?;
    let heap = list_arg(vm, &args.pos[0], "heappushpop", " 1")?;
    let new = args.pos[1].clone();
    if heap.items.borrow().is_empty() {
        return Ok(new);
    }
    let top = item(&heap, 0);
    if !less(vm, &top, &new)? {
        return Ok(new);
    }
    if heap.items.borrow().is_empty() {
        return Err(vm.new_error(ExcKind::IndexError, "index out of range"));
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], new);
    sift_up(vm, &heap, Order::Min, 0)?;
    Ok(top)
}

fn heapify_list(vm: &mut Vm, heap: &ListObj, order: Order) -> PyResult<()> {
    let n = heap.items.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, order, i)?;
    }
    Ok(())
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_heapq.heapify", &args, 1, 1)?;
    let heap = list_arg(vm, &args.pos[0], "heapify", "")?;
    heapify_list(vm, &heap, Order::Min)?;
    Ok(Value::None)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_heapq._heapify_max", &args, 1, 1)?;
    let heap = list_arg(vm, &args.pos[0], "_heapify_max", "")?;
    heapify_list(vm, &heap, Order::Max)?;
    Ok(Value::None)
}

/// `(n, iterable, key)` of nlargest/nsmallest.
fn n_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, Value, Value)> {
    let mut key = Value::None;
    for (k, v) in args.keywords() {
        match k {
            "key" => key = v.clone(),
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("{name}() got an unexpected keyword argument '{other}'"),
                ))
            }
        }
    }
    if args.pos.len() != 2 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "{name}() missing {} required positional argument{}: {}",
                2usize.saturating_sub(args.pos.len()).max(1),
                if args.pos.is_empty() { "s" } else { "" },
                if args.pos.is_empty() { "'n' and 'iterable'" } else { "'iterable'" }
            ),
        ));
    }
    let n = match &args.pos[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::vm::builtins::arg_i64(vm, &args.pos[0], "")?
        }
        other => {
            // heapq.py compares n with the size before using it as a count.
            if let Some(size) = optional_len(vm, &args.pos[1])? {
                vm.compare(CmpOp::Ge, other, &Value::Int(size))?;
            }
            crate::vm::builtins::arg_i64(vm, other, "")?
        }
    };
    Ok((n, args.pos[1].clone(), key))
}

/// `len(iterable)` where it has one: heapq.py's `try: size = len(iterable)` passes over a
/// TypeError or AttributeError.
fn optional_len(vm: &mut Vm, iterable: &Value) -> PyResult<Option<i64>> {
    match vm.len_of(iterable) {
        Ok(size) => Ok(Some(size as i64)),
        Err(PyErr::Exception(e))
            if vm.exception_is(&e, ExcKind::TypeError)
                || vm.exception_is(&e, ExcKind::AttributeError) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// nsmallest/nlargest, as `heapq.py` computes them.
fn select(vm: &mut Vm, args: Args, name: &str, largest: bool) -> PyResult<Value> {
    let (n, iterable, key) = n_args(vm, &args, name)?;
    if n == 1 {
        let items = vm.collect(&iterable)?;
        let mut best: Option<(Value, Value)> = None;
        for v in items {
            let k = if key.is_none() { v.clone() } else { vm.call1(&key, v.clone())? };
            let better = match &best {
                None => true,
                Some((bk, _)) => {
                    if largest {
                        less(vm, bk, &k)?
                    } else {
                        less(vm, &k, bk)?
                    }
                }
            };
            if better {
                best = Some((k, v));
            }
        }
        return vm.new_list(best.map(|(_, v)| vec![v]).unwrap_or_default());
    }
    if let Some(size) = optional_len(vm, &iterable)? {
        if n >= size {
            let mut items = vm.collect(&iterable)?;
            let key_ref = if key.is_none() { None } else { Some(&key) };
            vm.sort_values(&mut items, key_ref, largest)?;
            items.truncate(n.max(0) as usize);
            return vm.new_list(items);
        }
    }
    let it = vm.get_iter(&iterable)?;
    // Decorated entries: [key, order, elem] (or [elem, order] without a key), ordered so
    // that equal keys keep their first-seen order.
    let step: i64 = if largest { -1 } else { 1 };
    let mut entries = Vec::new();
    for i in 0..n.max(0) {
        let Some(elem) = vm.next(&it)? else { break };
        let order = Value::Int(i * step);
        entries.push(if key.is_none() {
            Value::tuple(vec![elem, order])
        } else {
            let k = vm.call1(&key, elem.clone())?;
            Value::tuple(vec![k, order, elem])
        });
    }
    if entries.is_empty() {
        return vm.new_list(Vec::new());
    }
    let heap = Rc::new(ListObj::new(entries));
    let heap_order = if largest { Order::Min } else { Order::Max };
    heapify_list(vm, &heap, heap_order)?;
    let first = |heap: &ListObj| match item(heap, 0) {
        Value::Tuple(t) => t.items[0].clone(),
        other => other,
    };
    let mut top = first(&heap);
    let mut order = n * step;
    while let Some(elem) = vm.next(&it)? {
        let k = if key.is_none() { elem.clone() } else { vm.call1(&key, elem.clone())? };
        let wins = if largest { less(vm, &top, &k)? } else { less(vm, &k, &top)? };
        if wins {
            let entry = if key.is_none() {
                Value::tuple(vec![elem, Value::Int(order)])
            } else {
                Value::tuple(vec![k, Value::Int(order), elem])
            };
            heap.items.borrow_mut()[0] = entry;
            sift_up(vm, &heap, heap_order, 0)?;
            top = first(&heap);
            order += step;
        }
    }
    let mut result = heap.items.borrow().clone();
    vm.sort_values(&mut result, None, largest)?;
    // The element is first in a keyless entry, last in a keyed one.
    let at = if key.is_none() { 0 } else { 2 };
    let out = result
        .into_iter()
        .map(|e| match e {
            Value::Tuple(t) => t.items.get(at).cloned().unwrap_or(Value::None),
            other => other,
        })
        .collect();
    vm.new_list(out)
}

fn nsmallest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    select(vm, args, "nsmallest", false)
}

fn nlargest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    select(vm, args, "nlargest", true)
}

const MERGE: NativeClass =
    NativeClass { module: "builtins", name: "generator", methods: &[], new: None };

/// `heapq.merge(*iterables, key=None, reverse=False)`: heap entries `[key, order]` with the
/// value and iterator kept beside them by order.
struct Merge {
    heap: Rc<ListObj>,
    sources: Vec<(Value, Value)>,
    key: Value,
    order: Order,
    direction: i64,
    /// Only one iterator remained: yield the rest of it directly.
    tail: Option<Value>,
    /// The source whose value was yielded last, to advance before the next one.
    pending: Option<usize>,
}

impl Merge {
    fn entry(&self, k: Value, order: i64) -> Value {
        Value::list(vec![k, Value::Int(order)])
    }

    fn source_index(&self, entry: &Value) -> usize {
        let order = match entry {
            Value::List(l) => match l.items.borrow().get(1) {
                Some(Value::Int(o)) => *o,
                _ => 0,
            },
            _ => 0,
        };
        (order * self.direction) as usize
    }
}

impl NativeIterator for Merge {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(tail) = self.tail.clone() {
            return vm.next(&tail);
        }
        // heapq.py advances the source of the value it yielded last only when asked for the
        // next one.
        if let Some(i) = self.pending.take() {
            let iterator = self.sources[i].1.clone();
            match vm.next(&iterator)? {
                Some(next) => {
                    let k = if self.key.is_none() {
                        next.clone()
                    } else {
                        vm.call1(&self.key, next.clone())?
                    };
                    self.sources[i].0 = next;
                    let entry = self.entry(k, i as i64 * self.direction);
                    self.heap.items.borrow_mut()[0] = entry;
                    sift_up(vm, &self.heap, self.order, 0)?;
                }
                None => {
                    let last = self.heap.items.borrow_mut().pop().unwrap_or(Value::None);
                    if !self.heap.items.borrow().is_empty() {
                        self.heap.items.borrow_mut()[0] = last;
                        sift_up(vm, &self.heap, self.order, 0)?;
                    }
                }
            }
        }
        let len = self.heap.items.borrow().len();
        if len == 0 {
            return Ok(None);
        }
        let top = item(&self.heap, 0);
        let i = self.source_index(&top);
        let (value, iterator) = self.sources[i].clone();
        if len == 1 {
            self.tail = Some(iterator);
            self.heap.items.borrow_mut().clear();
        } else {
            self.pending = Some(i);
        }
        Ok(Some(value))
    }
}

fn merge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mut key, mut reverse) = (Value::None, false);
    for (k, v) in args.keywords() {
        match k {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("merge() got an unexpected keyword argument '{other}'"),
                ))
            }
        }
    }
    let (order, direction) = if reverse { (Order::Max, -1) } else { (Order::Min, 1) };
    let mut merge = Merge {
        heap: Rc::new(ListObj::new(Vec::new())),
        sources: Vec::new(),
        key,
        order,
        direction,
        tail: None,
        pending: None,
    };
    let mut entries = Vec::new();
    for (i, iterable) in args.pos.iter().enumerate() {
        let it = vm.get_iter(iterable)?;
        let Some(first) = vm.next(&it)? else {
            merge.sources.push((Value::None, it));
            continue;
        };
        let k =
            if merge.key.is_none() { first.clone() } else { vm.call1(&merge.key, first.clone())? };
        entries.push(merge.entry(k, i as i64 * direction));
        merge.sources.push((first, it));
    }
    *merge.heap.items.borrow_mut() = entries;
    heapify_list(vm, &merge.heap, order)?;
    let class = vm.native_class(&MERGE);
    Ok(vm.new_native_iter(class, merge))
}

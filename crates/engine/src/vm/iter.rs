//! Iteration: `iter()`, `next()`, and the iterators of the built-in types and lazy built-ins.

use super::objects::{DictView, GenStep, IterObj, IterState};
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

pub fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(IterObj { state: RefCell::new(state) }))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(f) = self.meta_method(v, "__iter__") {
            return self.call(&f, super::Args::positional(std::slice::from_ref(v)));
        }
        Ok(match v {
            Value::List(l) => new_iter(IterState::List { list: l.clone(), index: 0 }),
            Value::Tuple(t) => new_iter(IterState::Tuple { tuple: t.clone(), index: 0 }),
            Value::Str(s) => new_iter(IterState::Str { text: s.clone(), byte_index: 0 }),
            Value::Range(r) => {
                new_iter(IterState::Range { next: r.start, step: r.step, remaining: r.len() })
            }
            Value::Dict(d) => {
                let len = d.map.borrow().len();
                let view = DictView::Keys;
                new_iter(IterState::Dict { dict: d.clone(), index: 0, len, remaining: len, view })
            }
            Value::Set(s) => {
                let len = s.items.borrow().len();
                new_iter(IterState::Set { set: s.clone(), index: 0, len })
            }
            Value::DictView(d) => {
                let len = d.dict.map.borrow().len();
                let view = d.view;
                new_iter(IterState::Dict {
                    dict: d.dict.clone(),
                    index: 0,
                    len,
                    remaining: len,
                    view,
                })
            }
            // Only plain generators iterate; `yield from` a coroutine takes its own path
            // (GET_YIELD_FROM_ITER), so `for x in coro()` fails as in CPython.
            Value::Gen(g) if g.kind != super::objects::GenKind::Generator => {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("'{}' object is not iterable", g.kind.type_name()),
                ))
            }
            Value::Iter(_) | Value::Gen(_) => v.clone(),
            // An async generator's `asend`/`athrow` awaitable is its own iterator.
            Value::NativeCoro(c) if super::async_gen::AWAITABLE_TYPES.contains(&c.name) => {
                v.clone()
            }
            Value::Future(f) => new_iter(IterState::FutureIter(f.clone())),
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => self.bytes_iter(v)?,
            Value::Instance(_) if self.base_for(v, "__iter__").is_some() => {
                let base = self.base_for(v, "__iter__").unwrap_or(Value::None);
                return self.get_iter(&base);
            }
            Value::Instance(inst) => {
                match inst.native.as_deref() {
                    Some(super::native::NativeState::Iter(_)) => return Ok(v.clone()),
                    Some(super::native::NativeState::Deque(_)) => {
                        return Ok(crate::stdlib::collections_module::deque_iter(self, v, false))
                    }
                    _ => {}
                }
                let iter_method = inst.class.lookup("__iter__");
                if matches!(iter_method, Some(Value::None)) {
                    // `__iter__ = None` declares the class not iterable.
                    return Err(self.not_iterable(v));
                }
                if let Some(m) = iter_method {
                    let it = self.call(&m, Args::positional(std::slice::from_ref(v)))?;
                    if !self.is_iterator(&it) {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            ),
                        ));
                    }
                    it
                } else if inst.class.lookup("__getitem__").is_some() {
                    // The old sequence protocol: index from 0 until IndexError, one item a
                    // step (an endless sequence works in a loop that breaks).
                    new_iter(IterState::Sequence { seq: v.clone(), index: 0, reverse: false })
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            other => return Err(self.not_iterable(other)),
        })
    }

    pub(crate) fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            // Coroutines and async generators have no `__next__`.
            Value::Gen(g) => g.kind == super::objects::GenKind::Generator,
            Value::NativeCoro(c) => super::async_gen::AWAITABLE_TYPES.contains(&c.name),
            Value::Instance(i) => {
                matches!(i.native.as_deref(), Some(super::native::NativeState::Iter(_)))
                    || i.class.lookup("__next__").is_some()
            }
            _ => false,
        }
    }

    /// The error of an iterator whose dict or set changed size under it; sticky, as
    /// CPython's: `len` is spoilt so that every later `next` says so again.
    fn changed_size(&self, len: &mut usize, message: &str) -> PyErr {
        *len = usize::MAX;
        self.new_error(ExcKind::RuntimeError, message)
    }

    pub(crate) fn not_iterable(&self, v: &Value) -> PyErr {
        self.new_error(
            ExcKind::TypeError,
            &format!("'{}' object is not iterable", self.type_name(v)),
        )
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(_) => self.next_builtin(it),
            // A generator, or an async generator's `asend` awaitable (its own iterator).
            Value::Gen(_) => self.next_by_sending(it),
            Value::NativeCoro(c) if super::async_gen::AWAITABLE_TYPES.contains(&c.name) => {
                self.next_by_sending(it)
            }
            Value::Instance(inst) => match inst.native.as_deref() {
                Some(super::native::NativeState::Iter(cell)) => self.native_next(cell),
                // A native class with its own `__next__` (`sys.stdin`), or the program's.
                _ => self.next_by_method(it, inst),
            },
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!("'{}' object is not an iterator", self.type_name(other)),
            )),
        }
    }

    /// `next(it)` by its class's `__next__`: `None` when that raises StopIteration.
    fn next_by_method(
        &mut self,
        it: &Value,
        inst: &Rc<super::objects::InstanceObj>,
    ) -> PyResult<Option<Value>> {
        match inst.class.lookup("__next__") {
            Some(m) => match self.call(&m, Args::positional(std::slice::from_ref(it))) {
                Ok(v) => Ok(Some(v)),
                Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::StopIteration) => {
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            None => Err(self.new_error(
                ExcKind::TypeError,
                &format!("'{}' object is not an iterator", self.type_name(it)),
            )),
        }
    }

    /// `next()` as `send(None)`: a yield is the item; a return or StopIteration the end.
    fn next_by_sending(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.gen_send(it, Value::None) {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
            GenStep::Error(PyErr::Exception(e))
                if self.exception_is(&e, ExcKind::StopIteration) =>
            {
                Ok(None)
            }
            GenStep::Error(e) => Err(e),
        }
    }

    /// The next item of a built-in iterator (`Value::Iter`).
    pub(crate) fn next_builtin(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Iter(obj) = it else { return self.next(it) };
        if let Some(target) = super::generators::awaited_by(it) {
            return match self.gen_send(&target, Value::None) {
                GenStep::Yield(v) => Ok(Some(v)),
                GenStep::Return(_) => Ok(None),
                GenStep::Error(e) => Err(e),
            };
        }
        // Lazy iterators call back into Python, so their state is not borrowed across calls.
        let lazy = matches!(
            &*obj.state.borrow(),
            IterState::Enumerate { .. }
                | IterState::Zip { .. }
                | IterState::Map { .. }
                | IterState::Filter { .. }
                | IterState::Callable { .. }
                | IterState::Sequence { .. }
        );
        if lazy {
            let obj = obj.clone();
            return self.nested_natively(|vm| vm.next_lazy(&obj));
        }
        let mut state = obj.state.borrow_mut();
        let item = match &mut *state {
            IterState::List { list, index } => {
                let items = list.items.borrow();
                let v = items.get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Tuple { tuple, index } => {
                let v = tuple.items.get(*index).cloned();
                *index += 1;
                v
            }
            IterState::Str { text, byte_index } => {
                let rest = &text.as_str()[*byte_index..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte_index += c.len_utf8();
                        Some(Value::string(c.to_string()))
                    }
                    None => None,
                }
            }
            IterState::Bytes { source, index } => {
                let v = super::bytes::buffer(source)
                    .and_then(|d| d.get(*index).copied())
                    .map(|b| Value::Int(b as i64));
                *index += 1;
                v
            }
            IterState::Range { next, step, remaining } => {
                if *remaining > 0 {
                    let v = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterState::Dict { dict, index, len, remaining, view } => {
                let map = dict.map.borrow();
                if map.len() != *len {
                    return Err(self.changed_size(len, "dictionary changed size during iteration"));
                }
                // `index` is a raw entry position (deleted entries skipped), and `remaining`
                // CPython's `di->len`: a key deleted and another added keeps the size, and
                // the walk meets the new one.
                let mut found = None;
                while let Some(slot) = map.get_index(*index) {
                    *index += 1;
                    if slot.is_some() {
                        found = slot;
                        break;
                    }
                }
                match found {
                    Some(_) if *remaining == 0 => {
                        drop(map);
                        let name = state.type_name();
                        *state = IterState::Exhausted(name);
                        return Err(self.new_error(
                            ExcKind::RuntimeError,
                            "dictionary keys changed during iteration",
                        ));
                    }
                    Some((k, v)) => {
                        *remaining -= 1;
                        Some(view.item(k, v))
                    }
                    None => None,
                }
            }
            IterState::ListReversed { list, index } => {
                let items = list.items.borrow();
                let v = usize::try_from(*index).ok().and_then(|i| items.get(i)).cloned();
                *index -= 1;
                v
            }
            IterState::DictReversed { dict, index, len, view } => {
                let map = dict.map.borrow();
                if map.len() != *len {
                    return Err(self.changed_size(len, "dictionary changed size during iteration"));
                }
                let mut found = None;
                while *index > 0 {
                    *index -= 1;
                    if let Some(Some(entry)) = map.get_index(*index) {
                        found = Some(entry);
                        break;
                    }
                }
                found.map(|(k, v)| view.item(k, v))
            }
            IterState::Set { set, index, len } => {
                let items = set.items.borrow();
                if items.len() != *len {
                    return Err(self.changed_size(len, "Set changed size during iteration"));
                }
                // `index` is a slot position, as in CPython's set iterator.
                let v = items.next_from(*index).map(|(slot, k)| {
                    *index = slot + 1;
                    k.value.clone()
                });
                v
            }
            IterState::Reversed { items, index, .. } | IterState::Values { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                v
            }
            _ => None,
        };
        if item.is_none() {
            *state = IterState::Exhausted(state.type_name());
        }
        Ok(item)
    }

    fn next_lazy(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let name = obj.state.borrow().type_name();
        let state = std::mem::replace(&mut *obj.state.borrow_mut(), IterState::Exhausted(name));
        let (result, state) = self.step_lazy(state, name);
        *obj.state.borrow_mut() = state;
        result
    }

    /// One step of `enumerate`, `zip`, `map` or `filter`, and the state after it. An error
    /// from an inner iterator or the function leaves the iterator usable, as in CPython.
    fn step_lazy(
        &mut self,
        state: IterState,
        name: &'static str,
    ) -> (PyResult<Option<Value>>, IterState) {
        match state {
            IterState::Enumerate { inner, count } => match self.next(&inner) {
                Ok(Some(v)) => {
                    let one = Value::Int(1);
                    match self.binary_op(crate::compiler::code::BinOp::Add, &count, &one, false) {
                        Ok(next) => (
                            Ok(Some(Value::tuple(vec![count, v]))),
                            IterState::Enumerate { inner, count: next },
                        ),
                        Err(e) => (Err(e), IterState::Enumerate { inner, count }),
                    }
                }
                Ok(None) => (Ok(None), IterState::Exhausted(name)),
                Err(e) => (Err(e), IterState::Enumerate { inner, count }),
            },
            IterState::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                let mut done_at = None;
                for (i, inner) in inners.iter().enumerate() {
                    match self.next(inner) {
                        Ok(Some(v)) => items.push(v),
                        Ok(None) => {
                            done_at = Some(i);
                            break;
                        }
                        Err(e) => return (Err(e), IterState::Zip { inners, strict }),
                    }
                }
                match done_at {
                    None if !inners.is_empty() => {
                        (Ok(Some(Value::tuple(items))), IterState::Zip { inners, strict })
                    }
                    None => (Ok(None), IterState::Exhausted(name)),
                    Some(i) if strict => {
                        (self.zip_strict_error(&inners, i), IterState::Exhausted(name))
                    }
                    Some(_) => (Ok(None), IterState::Exhausted(name)),
                }
            }
            IterState::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next(inner) {
                        Ok(Some(v)) => args.push(v),
                        Ok(None) => return (Ok(None), IterState::Exhausted(name)),
                        Err(e) => return (Err(e), IterState::Map { func, inners }),
                    }
                }
                let result = self.call(&func, Args::positional(&args)).map(Some);
                (result, IterState::Map { func, inners })
            }
            IterState::Filter { func, inner } => loop {
                let v = match self.next(&inner) {
                    Ok(Some(v)) => v,
                    Ok(None) => return (Ok(None), IterState::Exhausted(name)),
                    Err(e) => return (Err(e), IterState::Filter { func, inner }),
                };
                let keep = if func.is_none() {
                    self.truthy(&v)
                } else {
                    self.call1(&func, v.clone()).and_then(|r| self.truthy(&r))
                };
                match keep {
                    Ok(true) => return (Ok(Some(v)), IterState::Filter { func, inner }),
                    Ok(false) => {}
                    Err(e) => return (Err(e), IterState::Filter { func, inner }),
                }
            },
            IterState::Callable { func, sentinel } => {
                match self.call(&func, super::Args::positional(&[])) {
                    Ok(v) => match self.eq(&v, &sentinel) {
                        Ok(true) => (Ok(None), IterState::Exhausted(name)),
                        Ok(false) => (Ok(Some(v)), IterState::Callable { func, sentinel }),
                        Err(e) => (Err(e), IterState::Callable { func, sentinel }),
                    },
                    // CPython's `calliter_iternext`: a StopIteration from the call ends it.
                    Err(super::PyErr::Exception(e))
                        if self.exception_is(&e, ExcKind::StopIteration) =>
                    {
                        (Ok(None), IterState::Exhausted(name))
                    }
                    Err(e) => (Err(e), IterState::Callable { func, sentinel }),
                }
            }
            IterState::Sequence { seq, index, reverse } => {
                if index < 0 {
                    return (Ok(None), IterState::Exhausted(name));
                }
                let next = if reverse { index - 1 } else { index + 1 };
                match self.get_item(&seq, &Value::Int(index)) {
                    Ok(v) => (Ok(Some(v)), IterState::Sequence { seq, index: next, reverse }),
                    Err(PyErr::Exception(e))
                        if self.exception_is(&e, ExcKind::IndexError)
                            || self.exception_is(&e, ExcKind::StopIteration) =>
                    {
                        (Ok(None), IterState::Exhausted(name))
                    }
                    // Another error leaves a forward iterator where it was (the next call asks
                    // for the same index) and ends a reversed one, as CPython's do.
                    Err(e) if reverse => (Err(e), IterState::Exhausted(name)),
                    Err(e) => (Err(e), IterState::Sequence { seq, index, reverse }),
                }
            }
            other => (Ok(None), other),
        }
    }

    /// `zip(strict=True)` ran out at argument `i`: which argument was shorter or longer.
    fn zip_strict_error(&mut self, inners: &[Value], i: usize) -> PyResult<Option<Value>> {
        let message = if i == 1 {
            "zip() argument 2 is shorter than argument 1".to_string()
        } else if i > 1 {
            format!("zip() argument {} is shorter than arguments 1-{i}", i + 1)
        } else {
            let mut longer = None;
            for (j, inner) in inners.iter().enumerate().skip(1) {
                if self.next(inner)?.is_some() {
                    longer = Some(j);
                    break;
                }
            }
            match longer {
                Some(1) => "zip() argument 2 is longer than argument 1".to_string(),
                Some(j) => format!("zip() argument {} is longer than arguments 1-{}", j + 1, j),
                None => return Ok(None),
            }
        };
        Err(self.new_error(ExcKind::ValueError, &message))
    }

    /// `iter(v)` where the statement or function words its own TypeError for a value that
    /// cannot be iterated at all (`a, b = 5`, `f(*5)`): CPython rewrites the error only when
    /// the type has no `__iter__`, so an error its own `__iter__` raised propagates. Callers
    /// then iterate this iterator: calling `__iter__` a second time would be seen (it may
    /// print, or hand out fresh state).
    pub(crate) fn get_iter_or(
        &mut self,
        v: &Value,
        not_iterable: impl FnOnce(&mut Vm) -> PyErr,
    ) -> PyResult<Value> {
        match self.get_iter(v) {
            Ok(it) => Ok(it),
            Err(PyErr::Exception(e))
                if self.exception_is(&e, ExcKind::TypeError)
                    && self.meta_method(v, "__iter__").is_none() =>
            {
                Err(not_iterable(self))
            }
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        match iterable {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Range(r) => {
                let n = r.len();
                if !crate::memory::fits(n as usize * super::objects::LIST_SLOT_BYTES) {
                    return Err(self.memory_error());
                }
                return Ok((0..n).map(|i| Value::Int(r.get(i))).collect());
            }
            _ => {}
        }
        let it = self.get_iter(iterable)?;
        self.collect_iterator(&it)
    }

    /// All items of an iterable, as `list()`, `tuple()`, `sorted()` and `list.extend` take
    /// them (`list_extend`, `PySequence_Tuple`): the iterator first, then the length hint.
    pub(crate) fn collect_sized(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        if let Value::Instance(_) = iterable {
            let it = self.get_iter(iterable)?;
            self.ask_length_hint(iterable)?;
            return self.collect_iterator(&it);
        }
        self.collect(iterable)
    }

    /// `PyObject_LengthHint` on an instance of a Python class, asked after its iterator is
    /// taken. CPython sizes its buffer with the answer; here only the call shows: `__len__`
    /// (or else `__length_hint__`) runs, and its errors propagate except a TypeError.
    pub(crate) fn ask_length_hint(&mut self, v: &Value) -> PyResult<()> {
        let Value::Instance(inst) = v else { return Ok(()) };
        if inst.class.lookup("__len__").is_some() {
            match self.len_of(v) {
                Ok(_) => return Ok(()),
                Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::TypeError) => {}
                Err(e) => return Err(e),
            }
        }
        let Some(method) = inst.class.lookup("__length_hint__") else { return Ok(()) };
        let hint = match self.call(&method, Args::positional(std::slice::from_ref(v))) {
            Ok(hint) => hint,
            Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::TypeError) => return Ok(()),
            Err(e) => return Err(e),
        };
        let negative = match super::builtin_subclass::number_of(&hint) {
            Value::NotImplemented => return Ok(()),
            Value::Int(i) => *i < 0,
            Value::Bool(_) => false,
            Value::BigInt(b) => b.sign() == num_bigint::Sign::Minus,
            _ => {
                let message =
                    format!("__length_hint__ must be an integer, not {}", self.type_name(&hint));
                return Err(self.new_error(ExcKind::TypeError, &message));
            }
        };
        if negative {
            return Err(self.new_error(ExcKind::ValueError, "__length_hint__() should return >= 0"));
        }
        Ok(())
    }

    /// The items `str.join` and `bytes.join` join (`PySequence_Fast`, which lists the iterator, so
    /// an object's `__len__` is not asked): any TypeError from
    /// `iter()` becomes "can only join an iterable".
    pub(crate) fn join_items(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        if let Value::List(_) | Value::Tuple(_) = iterable {
            return self.collect(iterable);
        }
        match self.get_iter(iterable) {
            Ok(it) => self.collect_iterator(&it),
            Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::TypeError) => {
                Err(self.new_error(ExcKind::TypeError, "can only join an iterable"))
            }
            Err(e) => Err(e),
        }
    }

    /// All the items an iterator has left (it is not asked for `iter()` again).
    pub fn collect_iterator(&mut self, it: &Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        while let Some(v) = self.next(it)? {
            if out.len() % 4096 == 4095 && !crate::memory::fits(out.len() * 16) {
                return Err(self.memory_error());
            }
            out.push(v);
        }
        Ok(out)
    }
}

//! Copies that cross a process boundary (issue 14, THREADS_MODEL.md P1).
//!
//! Simulated processes share one heap, so what a process must not share with another is
//! copied, by one of two rules:
//!
//! - **Pickle**: what `pickle` would carry (a pool's tasks and results, `pickle.dumps`):
//!   containers and instances are copied (shared references and cycles kept, through a
//!   memo), functions and classes cross by reference when their module can find them by
//!   name, and what CPython cannot pickle fails with CPython's exception and message
//!   (`Can't pickle <function <lambda> ...>`, `cannot pickle '_thread.lock' object`).
//! - **Fork**: what a forked child starts with (its copy of `__main__`'s globals and the
//!   process's target and arguments): the program's mutable values are copied without any
//!   check, everything else (functions, classes, modules, the library's objects such as the
//!   pipes between processes) is shared.
//!
//! A kind of value neither rule models yet stops the run as unsupported, naming it.

use super::objects::{BoundMethodObj, ClassObj, DictObj, InstanceObj, ListObj, SetObj};
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::ExcKind;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// Which copy a boundary makes (module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyRule {
    /// Pickled and unpickled at once (a process's arguments and results).
    Pickle,
    /// `pickle.dumps`: what the bytes stand for (an object that sets its own state is kept
    /// as its `__new__` arguments and state, `Vm::pickled_states`).
    PickleDump,
    /// `pickle.loads` of what `PickleDump` kept.
    PickleLoad,
    Fork,
}

impl CopyRule {
    fn pickles(self) -> bool {
        self != CopyRule::Fork
    }
}

/// Objects already copied, by address: shared references stay shared, cycles end. Each
/// entry keeps its original alive (as `copy.deepcopy`'s memo keeps `x` in its keep-alive
/// list): a temporary, such as the argument tuple a `__reduce__` returns, would otherwise
/// die during the copy and a later object at its address would be taken for it.
#[derive(Default)]
pub struct CopyMemo(FxHashMap<usize, (Value, Value)>);

impl CopyMemo {
    fn get(&self, original: &Value) -> Option<Value> {
        self.0.get(&address(original)?).map(|(_, copy)| copy.clone())
    }

    fn remember(&mut self, original: &Value, copy: Value) {
        if let Some(a) = address(original) {
            self.0.insert(a, (original.clone(), copy));
        }
    }
}

/// A new instance of `class` with an empty dict, made without calling anything.
fn bare_instance(
    class: &Rc<super::objects::ClassObj>,
    exception: Option<Box<RefCell<super::objects::ExceptionState>>>,
) -> Rc<InstanceObj> {
    Rc::new(InstanceObj {
        class: class.clone(),
        dict: RefCell::new(super::instance_dict::InstanceDict::sharing(class.instance_layout())),
        exception,
        native: None,
        finalized: std::cell::Cell::new(false),
    })
}

fn address(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
        _ => return None,
    })
}

/// pickle's words for a reduction whose arguments are not a tuple, at `dumps` and `loads`.
const REDUCE_ARGS_NOT_TUPLE: &str =
    "second item of the tuple returned by __reduce__ must be a tuple";

impl Vm {
    /// A copy of `v` by `rule`.
    pub(crate) fn boundary_copy(&mut self, v: &Value, rule: CopyRule) -> PyResult<Value> {
        let mut memo = CopyMemo::default();
        self.copy_with(v, rule, &mut memo)
    }

    pub(crate) fn copy_with(
        &mut self,
        v: &Value,
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        if address(v).is_none() {
            return self.copy_level(v, rule, memo);
        }
        // Each nested object is a level of pickle's recursion (a fork's copy has none in
        // CPython, but here it recurses alike).
        self.nested(" while pickling an object", |vm| vm.copy_level(v, rule, memo))
    }

    fn copy_level(&mut self, v: &Value, rule: CopyRule, memo: &mut CopyMemo) -> PyResult<Value> {
        if let Some(done) = memo.get(v) {
            return Ok(done);
        }
        let pickle = rule.pickles();
        let copied = match v {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Builtin(_) => return Ok(v.clone()),
            Value::Tuple(t) => {
                let mut items = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    items.push(self.copy_with(item, rule, memo)?);
                }
                // A tuple in a cycle through itself is copied twice: harmless for tuples.
                Value::tuple(items)
            }
            Value::List(l) => {
                let new = Rc::new(ListObj::new(Vec::new()));
                memo.remember(v, Value::List(new.clone()));
                let items: Vec<Value> = l.items.borrow().clone();
                let mut out = Vec::with_capacity(items.len());
                for item in &items {
                    out.push(self.copy_with(item, rule, memo)?);
                }
                *new.items.borrow_mut() = out;
                return Ok(Value::List(new));
            }
            Value::Dict(d) => {
                let new = match &d.extra {
                    Some(extra) if d.is_defaultdict() => {
                        let factory = extra.default_factory.borrow().clone();
                        let factory = self.copy_with(&factory, rule, memo)?;
                        Rc::new(DictObj::with_default_factory(extra.class.clone(), factory))
                    }
                    _ => Rc::new(DictObj::new()),
                };
                let new_v = Value::Dict(new.clone());
                memo.remember(v, new_v.clone());
                let pairs: Vec<(Value, Value)> =
                    d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect();
                for (k, val) in pairs {
                    let k = self.copy_with(&k, rule, memo)?;
                    let val = self.copy_with(&val, rule, memo)?;
                    self.set_item(&new_v, k, val)?;
                }
                return Ok(new_v);
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.items.borrow().iter().map(|k| k.value.clone()).collect();
                let mut table = super::settable::SetTable::new();
                for item in &items {
                    let c = self.copy_with(item, rule, memo)?;
                    let key = self.hashed(c)?;
                    table.insert(key);
                }
                Value::Set(Rc::new(SetObj::with_table(table, s.frozen)))
            }
            Value::ByteArray(b) => {
                let data = b.data.borrow().as_slice().to_vec();
                Value::ByteArray(Rc::new(super::bytes::ByteArrayObj::new(data)))
            }
            Value::Function(f) => {
                if pickle {
                    self.check_by_reference(v, &f.qualname, &f.module.name.clone())?;
                }
                return Ok(v.clone());
            }
            Value::Class(c) => {
                if pickle && c.is_user {
                    let module = c.module.clone();
                    self.check_by_reference(v, &c.qualname.clone(), &module)?;
                }
                return Ok(v.clone());
            }
            Value::BoundMethod(m) => {
                let receiver = self.copy_with(&m.receiver, rule, memo)?;
                let function = self.copy_with(&m.function, rule, memo)?;
                Value::BoundMethod(Rc::new(BoundMethodObj { receiver, function }))
            }
            Value::Instance(i) => return self.copy_instance(v, i, rule, memo),
            Value::Module(_)
            | Value::Code(_)
            | Value::Gen(_)
            | Value::NativeCoro(_)
            | Value::MemoryView(_)
            | Value::DictView(_)
            | Value::Future(_)
            | Value::Loop(_) => {
                if pickle {
                    return Err(self.cannot_pickle(v));
                }
                return Ok(v.clone());
            }
            Value::Null
            | Value::Iter(_)
            | Value::Handle(_)
            | Value::TimerHandle(_)
            | Value::Super(_)
            | Value::Cell(_) => {
                if pickle {
                    let name = self.type_name(v);
                    return Err(self.unsupported_now(&format!("pickling a `{name}` object")));
                }
                return Ok(v.clone());
            }
        };
        memo.remember(v, copied.clone());
        Ok(copied)
    }

    fn copy_instance(
        &mut self,
        v: &Value,
        i: &Rc<InstanceObj>,
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        let pickle = rule.pickles();
        if !pickle && !is_program_class(&i.class) {
            // The library's objects (pipes, locks, executors) are the same in both.
            return Ok(v.clone());
        }
        if i.native.is_some() {
            if !pickle {
                return Ok(v.clone());
            }
            if let Some(copied) = self.copy_native_container(v, i, rule, memo)? {
                return Ok(copied);
            }
            // A complex number is immutable; a subclass's is made again from its parts.
            if let Some(super::native::NativeState::Complex(re, im)) = i.native.as_deref() {
                if !i.class.is_user {
                    return Ok(v.clone());
                }
                self.check_class_by_reference(&i.class)?;
                let class = Value::Class(i.class.clone());
                let parts = [Value::Float(*re), Value::Float(*im)];
                return self.call(&class, super::Args::positional(&parts));
            }
            if let Some(super::native::NativeState::Base(Value::Tuple(t))) = i.native.as_deref() {
                if reduces_itself(&i.class) {
                    self.check_class_by_reference(&i.class)?;
                    return self.copy_reduced(v, rule, memo);
                }
                // A tuple subclass (a namedtuple): rebuilt by calling its class with copies
                // of its items, as pickle's `__getnewargs__` does.
                let class = Value::Class(i.class.clone());
                self.check_class_by_reference(&i.class)?;
                let mut items = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    items.push(self.copy_with(item, rule, memo)?);
                }
                return self.call(&class, super::Args::positional(&items));
            }
            return match i.native.as_deref() {
                Some(super::native::NativeState::Lock { .. })
                | Some(super::native::NativeState::Socket(_))
                | Some(super::native::NativeState::Epoll(_))
                | Some(super::native::NativeState::Poll(_))
                | Some(super::native::NativeState::Stream(_))
                | Some(super::native::NativeState::Digest(_)) => Err(self.cannot_pickle(v)),
                _ => {
                    let name = self.type_name(v);
                    Err(self.unsupported_now(&format!("pickling a `{name}` object")))
                }
            };
        }
        if pickle {
            self.check_class_by_reference(&i.class)?;
            let kept_reduction = rule == CopyRule::PickleLoad
                && address(v).is_some_and(|a| self.pickled_reductions.contains_key(&a));
            if kept_reduction || reduces_itself(&i.class) {
                return self.copy_reduced(v, rule, memo);
            }
            let custom = ["__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__"]
                .iter()
                .any(|name| i.class.lookup_user(name).is_some());
            if custom && i.exception.is_none() {
                return self.copy_with_state(v, i, rule, memo);
            }
            if i.exception.is_some() {
                return self.copy_exception(v, i, rule, memo);
            }
        }
        let exception = match &i.exception {
            Some(state) => {
                let args = state.borrow().args.clone();
                let mut copied = Vec::with_capacity(args.len());
                for a in &args {
                    copied.push(self.copy_with(a, rule, memo)?);
                }
                Some(Box::new(RefCell::new(super::objects::ExceptionState {
                    args: copied,
                    ..Default::default()
                })))
            }
            None => None,
        };
        let new = bare_instance(&i.class, exception);
        let new_v = Value::Instance(new.clone());
        memo.remember(v, new_v.clone());
        let attrs: Vec<(Rc<str>, Value)> =
            i.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, val) in attrs {
            let val = self.copy_with(&val, rule, memo)?;
            new.dict.borrow_mut().insert(k, val);
        }
        Ok(new_v)
    }

    /// An instance whose class sets its own state, as `object.__reduce_ex__(2)` and
    /// `copyreg.__newobj__` carry it: `cls.__new__(cls, *__getnewargs__())`, then the state
    /// (`__getstate__()`, by default the instance dict, `None` when empty) given to
    /// `__setstate__` or merged into the new instance's dict. `pickle.dumps` calls the
    /// getters and keeps what they returned, `pickle.loads` builds from that; a process's
    /// crossing does both.
    fn copy_with_state(
        &mut self,
        v: &Value,
        i: &Rc<InstanceObj>,
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        let class = Value::Class(i.class.clone());
        if rule == CopyRule::PickleLoad {
            let kept = self.pickled_states.get(&address(v).unwrap_or(0)).cloned();
            let Some((newargs, state)) = kept else {
                return Err(self.internal_error("an unpickled object lost its state"));
            };
            return self.rebuild(v, &class, &newargs, &state, rule, memo);
        }
        let newargs = self.pickled_newargs(v, i)?;
        let state = if i.class.lookup_user("__getstate__").is_some() {
            let getstate = self.get_attr(v, "__getstate__")?;
            self.call(&getstate, super::Args::positional(&[]))?
        } else {
            self.instance_state_dict(i)?
        };
        if rule == CopyRule::PickleDump {
            // A bare instance stands for it among what `dumps` keeps.
            let bare = bare_instance(&i.class, None);
            let bare_v = Value::Instance(bare.clone());
            memo.remember(v, bare_v.clone());
            let newargs = self.copy_with(&newargs, rule, memo)?;
            let state = self.copy_with(&state, rule, memo)?;
            self.pickled_states.insert(Rc::as_ptr(&bare) as *const u8 as usize, (newargs, state));
            return Ok(bare_v);
        }
        self.rebuild(v, &class, &newargs, &state, rule, memo)
    }

    /// `copyreg.__newobj__` then BUILD: the copy of `v` made by `class.__new__` from copies of
    /// its arguments, remembered before its state is copied (which may refer back to it).
    fn rebuild(
        &mut self,
        v: &Value,
        class: &Value,
        newargs: &Value,
        state: &Value,
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        let newargs = self.copy_with(newargs, rule, memo)?;
        let made = self.new_by_newargs(class, &newargs)?;
        memo.remember(v, made.clone());
        let state = self.copy_with(state, rule, memo)?;
        self.apply_state(&made, state)?;
        Ok(made)
    }

    /// `__getnewargs_ex__()` as `(args, kwargs)`, or `(__getnewargs__(), {})`, or no
    /// arguments.
    fn pickled_newargs(&mut self, v: &Value, i: &Rc<InstanceObj>) -> PyResult<Value> {
        if i.class.lookup_user("__getnewargs_ex__").is_some() {
            let get = self.get_attr(v, "__getnewargs_ex__")?;
            return self.call(&get, super::Args::positional(&[]));
        }
        let args = if i.class.lookup_user("__getnewargs__").is_some() {
            let get = self.get_attr(v, "__getnewargs__")?;
            self.call(&get, super::Args::positional(&[]))?
        } else {
            Value::tuple(Vec::new())
        };
        Ok(Value::tuple(vec![args, Value::Dict(Rc::new(DictObj::new()))]))
    }

    /// `cls.__new__(cls, *args, **kwargs)` from `(args, kwargs)`.
    fn new_by_newargs(&mut self, class: &Value, newargs: &Value) -> PyResult<Value> {
        let (args, kwargs) = match newargs {
            Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
            _ => (Value::tuple(Vec::new()), Value::None),
        };
        let mut positional = vec![class.clone()];
        positional.extend(self.collect(&args)?);
        let new = self.get_attr(class, "__new__")?;
        let (names, values): (Vec<Value>, Vec<Value>) = match &kwargs {
            Value::Dict(d) => {
                d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).unzip()
            }
            _ => (Vec::new(), Vec::new()),
        };
        let args = super::Args { pos: &positional, kw_names: &names, kw_values: &values };
        self.call(&new, args)
    }

    /// pickle's `BUILD`: the state to `__setstate__` when the class defines it, else merged
    /// into the instance (a `(dict, slots)` pair: the dict's items, then the slots set).
    fn apply_state(&mut self, made: &Value, state: Value) -> PyResult<()> {
        if matches!(state, Value::None) {
            return Ok(());
        }
        let Value::Instance(inst) = made else { return Ok(()) };
        if inst.class.lookup_user("__setstate__").is_some() {
            let setstate = self.get_attr(made, "__setstate__")?;
            self.call1(&setstate, state)?;
            return Ok(());
        }
        let (dict_state, slot_state) = match &state {
            Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
            _ => (state.clone(), Value::None),
        };
        // The dict's items go into the instance dict as they are, the slots through setattr.
        for (part, into_dict) in [(dict_state, true), (slot_state, false)] {
            let Value::Dict(d) = part else { continue };
            let pairs: Vec<(Value, Value)> =
                d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect();
            for (k, val) in pairs {
                let name = self.str_of(&k)?;
                if into_dict {
                    inst.dict.borrow_mut().insert(name.as_str().into(), val);
                } else {
                    self.set_attr(made, &name, val)?;
                }
            }
        }
        Ok(())
    }

    /// The picklable native containers: a `collections.deque` (its items and `maxlen`), and
    /// a subclass of `list`, `dict` or `set` (`Counter`, `OrderedDict`, the program's own):
    /// made empty by calling its class, then filled with copies of the items and attributes,
    /// as pickle's `copyreg.__newobj__` with list and dict items does. `None`: another kind.
    fn copy_native_container(
        &mut self,
        v: &Value,
        i: &Rc<InstanceObj>,
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Option<Value>> {
        use super::native::NativeState;
        let class = Value::Class(i.class.clone());
        match i.native.as_deref() {
            Some(NativeState::Deque(d)) => {
                let (items, maxlen) = {
                    let d = d.borrow();
                    (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
                };
                let mut copied = Vec::with_capacity(items.len());
                for item in &items {
                    copied.push(self.copy_with(item, rule, memo)?);
                }
                let maxlen = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
                let made =
                    self.call(&class, super::Args::positional(&[Value::list(copied), maxlen]))?;
                memo.remember(v, made.clone());
                Ok(Some(made))
            }
            Some(NativeState::Base(base @ (Value::List(_) | Value::Dict(_) | Value::Set(_)))) => {
                self.check_class_by_reference(&i.class)?;
                let made = self.call(&class, super::Args::positional(&[]))?;
                memo.remember(v, made.clone());
                let target = match &made {
                    Value::Instance(m) => match m.native.as_deref() {
                        Some(NativeState::Base(b)) => b.clone(),
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                };
                match (base, &target) {
                    (Value::List(from), Value::List(to)) => {
                        let items: Vec<Value> = from.items.borrow().clone();
                        for item in &items {
                            let c = self.copy_with(item, rule, memo)?;
                            to.items.borrow_mut().push(c);
                        }
                    }
                    (Value::Dict(from), Value::Dict(_)) => {
                        let pairs: Vec<(Value, Value)> = from
                            .map
                            .borrow()
                            .iter()
                            .map(|(k, v)| (k.value.clone(), v.clone()))
                            .collect();
                        for (k, val) in pairs {
                            let k = self.copy_with(&k, rule, memo)?;
                            let val = self.copy_with(&val, rule, memo)?;
                            self.set_item(&target, k, val)?;
                        }
                    }
                    (Value::Set(from), Value::Set(to)) => {
                        let items: Vec<Value> =
                            from.items.borrow().iter().map(|k| k.value.clone()).collect();
                        for item in &items {
                            let c = self.copy_with(item, rule, memo)?;
                            let key = self.hashed(c)?;
                            to.items.borrow_mut().insert(key);
                        }
                    }
                    _ => return Ok(None),
                }
                if let Value::Instance(m) = &made {
                    let attrs: Vec<(Rc<str>, Value)> =
                        i.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                    for (k, val) in attrs {
                        let val = self.copy_with(&val, rule, memo)?;
                        m.dict.borrow_mut().insert(k, val);
                    }
                }
                Ok(Some(made))
            }
            _ => Ok(None),
        }
    }

    /// A program's class crosses by reference (the library's can always be found).
    fn check_class_by_reference(&mut self, class: &Rc<super::objects::ClassObj>) -> PyResult<()> {
        if !class.is_user {
            return Ok(());
        }
        let module = class.module.clone();
        let qualname = class.qualname.clone();
        self.check_by_reference(&Value::Class(class.clone()), &qualname, &module)
    }

    /// An object whose class says how to pickle it (`__reduce_ex__`/`__reduce__` in Python,
    /// as `enum.Enum` does): a string names a global (it crosses by reference), a tuple
    /// `(callable, args[, state])` rebuilds it from copies.
    fn copy_reduced(&mut self, v: &Value, rule: CopyRule, memo: &mut CopyMemo) -> PyResult<Value> {
        // `object.__reduce_ex__` calls a class's own `__reduce__`: ask that one directly when
        // the class defines no `__reduce_ex__` (the VM's instances have no object-level one).
        let defines_reduce_ex = match v {
            Value::Instance(i) => i.class.lookup_user("__reduce_ex__").is_some(),
            _ => true,
        };
        let parts = match self.kept_reduction(v, rule) {
            Some(parts) => parts,
            None => {
                let reduced = if defines_reduce_ex {
                    let reduce_ex = self.get_attr(v, "__reduce_ex__")?;
                    self.call1(&reduce_ex, Value::Int(4))?
                } else {
                    let reduce = self.get_attr(v, "__reduce__")?;
                    self.call(&reduce, super::Args::positional(&[]))?
                };
                match &reduced {
                    Value::Str(_) => return Ok(v.clone()),
                    Value::Tuple(t) if (2..=5).contains(&t.items.len()) => t.items.to_vec(),
                    _ => {
                        return Err(
                            self.pickling_failure("__reduce__ must return a string or tuple")
                        );
                    }
                }
            }
        };
        self.finish_reduction(v, &parts, rule, memo)
    }

    /// `pickle.loads` of what `dumps` kept: the reduction `dumps` asked for, not a new one.
    fn kept_reduction(&self, v: &Value, rule: CopyRule) -> Option<Vec<Value>> {
        if rule != CopyRule::PickleLoad {
            return None;
        }
        address(v).and_then(|a| self.pickled_reductions.get(&a).cloned())
    }

    /// What a reduction's parts become: kept for `loads` by `dumps`, else the copy built.
    fn finish_reduction(
        &mut self,
        v: &Value,
        parts: &[Value],
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        match v {
            Value::Instance(i) if rule == CopyRule::PickleDump => {
                self.keep_reduction(v, i, parts, memo)
            }
            _ => self.build_reduced(v, parts, rule, memo),
        }
    }

    /// An instance's dict as a new `dict` (pickle's default state), `None` when empty.
    fn instance_state_dict(&mut self, i: &InstanceObj) -> PyResult<Value> {
        let pairs: Vec<(Rc<str>, Value)> =
            i.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        if pairs.is_empty() {
            return Ok(Value::None);
        }
        let dict = Value::Dict(Rc::new(DictObj::new()));
        for (k, val) in pairs {
            self.set_item(&dict, Value::str(&k), val)?;
        }
        Ok(dict)
    }

    /// An exception, as `BaseException.__reduce__` gives it: `(type(e), e.args, e.__dict__
    /// or None)`, so unpickling calls the class with the arguments (a class whose
    /// `__init__` takes others fails there, as in CPython).
    fn copy_exception(
        &mut self,
        v: &Value,
        i: &Rc<InstanceObj>,
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        let parts = match self.kept_reduction(v, rule) {
            Some(parts) => parts,
            None => {
                let args =
                    i.exception.as_ref().map(|e| e.borrow().args.clone()).unwrap_or_default();
                let state = self.instance_state_dict(i)?;
                vec![Value::Class(i.class.clone()), Value::tuple(args), state]
            }
        };
        self.finish_reduction(v, &parts, rule, memo)
    }

    /// pickle's `REDUCE`, then `APPENDS`, `SETITEMS` and `BUILD`, from a reduction's parts
    /// (copied under `rule` first).
    fn build_reduced(
        &mut self,
        v: &Value,
        parts: &[Value],
        rule: CopyRule,
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        let callable = self.copy_with(&parts[0], rule, memo)?;
        let args = self.copy_with(&parts[1], rule, memo)?;
        let Value::Tuple(args) = args else {
            return Err(self.pickling_failure(REDUCE_ARGS_NOT_TUPLE));
        };
        let made = self.call(&callable, super::Args::positional(&args.items))?;
        // Remembered before its items and state are copied, which may refer back to it.
        memo.remember(v, made.clone());
        // pickle's order: the list items (`APPENDS`: `extend` if the object has one, else
        // `append` each), the dict items (`SETITEMS`), then the state (`BUILD`).
        if let Some(items) = parts.get(3).filter(|s| !matches!(s, Value::None)) {
            let mut copied = Vec::new();
            for item in self.collect(items)? {
                copied.push(self.copy_with(&item, rule, memo)?);
            }
            if !copied.is_empty() {
                match self.get_attr(&made, "extend") {
                    Ok(extend) => {
                        self.call1(&extend, Value::list(copied))?;
                    }
                    Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::AttributeError) => {
                        let append = self.get_attr(&made, "append")?;
                        for item in copied {
                            self.call1(&append, item)?;
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        if let Some(pairs) = parts.get(4).filter(|s| !matches!(s, Value::None)) {
            for pair in self.collect(pairs)? {
                let kv = self.collect(&pair)?;
                let [k, val] = kv.as_slice() else {
                    return Err(self.pickling_failure("dict items iterator must return 2-tuples"));
                };
                let k = self.copy_with(k, rule, memo)?;
                let val = self.copy_with(val, rule, memo)?;
                self.set_item(&made, k, val)?;
            }
        }
        if let Some(state) = parts.get(2).filter(|s| !matches!(s, Value::None)) {
            let state = self.copy_with(state, rule, memo)?;
            self.apply_state(&made, state)?;
        }
        Ok(made)
    }

    /// `pickle.dumps` of an instance that reduces itself: copies of what its reduction
    /// returned are kept for `pickle.loads` (`Vm::pickled_reductions`), as pickle's bytes
    /// would hold them; the callable is called at `loads`, as CPython's `REDUCE` does, not
    /// now. A bare instance stands for the object among what `dumps` keeps.
    fn keep_reduction(
        &mut self,
        v: &Value,
        i: &Rc<InstanceObj>,
        parts: &[Value],
        memo: &mut CopyMemo,
    ) -> PyResult<Value> {
        let rule = CopyRule::PickleDump;
        let bare = bare_instance(&i.class, None);
        let bare_v = Value::Instance(bare.clone());
        memo.remember(v, bare_v.clone());
        let mut kept = Vec::with_capacity(parts.len());
        for (index, part) in parts.iter().enumerate() {
            let copied = match (index, part) {
                (1, args) if !matches!(args, Value::Tuple(_)) => {
                    return Err(self.pickling_failure(REDUCE_ARGS_NOT_TUPLE));
                }
                (_, Value::None) => Value::None,
                // The list and dict items are iterators: what they give is kept.
                (3 | 4, items) => {
                    let mut copies = Vec::new();
                    for item in self.collect(items)? {
                        copies.push(self.copy_with(&item, rule, memo)?);
                    }
                    Value::list(copies)
                }
                (_, other) => self.copy_with(other, rule, memo)?,
            };
            kept.push(copied);
        }
        self.pickled_reductions.insert(Rc::as_ptr(&bare) as *const u8 as usize, kept);
        Ok(bare_v)
    }

    /// A function or class crosses by reference: its module must find it under its
    /// qualified name (pickle's `save_global`).
    fn check_by_reference(&mut self, v: &Value, qualname: &str, module: &str) -> PyResult<()> {
        if qualname.contains("<locals>") {
            return Err(self.new_error(
                ExcKind::AttributeError,
                &format!("Can't pickle local object '{qualname}'"),
            ));
        }
        let shown = self.repr(v)?;
        let imported = if module == "__main__" {
            Ok(Value::Module(self.main_module.clone()))
        } else {
            self.import_module(module)
        };
        let found = match imported {
            Ok(mut obj) => {
                let mut ok = true;
                for part in qualname.split('.') {
                    match self.get_attr(&obj, part) {
                        Ok(next) => obj = next,
                        Err(PyErr::Exception(_)) => {
                            ok = false;
                            break;
                        }
                        Err(e) => return Err(e),
                    }
                }
                ok.then_some(obj)
            }
            Err(PyErr::Exception(_)) => None,
            Err(e) => return Err(e),
        };
        let message = match found {
            None => format!("Can't pickle {shown}: attribute lookup {qualname} on {module} failed"),
            Some(obj) if !same_object(&obj, v) => {
                format!("Can't pickle {shown}: it's not the same object as {module}.{qualname}")
            }
            Some(_) => return Ok(()),
        };
        Err(self.pickling_failure(&message))
    }

    /// `TypeError: cannot pickle 'generator' object`.
    fn cannot_pickle(&mut self, v: &Value) -> PyErr {
        let name = self.type_name(v);
        self.new_error(ExcKind::TypeError, &format!("cannot pickle '{name}' object"))
    }

    /// An exception of `class` with `message` as its one argument.
    /// `pickle.PicklingError(message)`.
    fn pickling_failure(&mut self, message: &str) -> PyErr {
        let class = crate::stdlib::pickle_module::pickling_error(self);
        self.error_of_class(&class, message)
    }

    pub(crate) fn error_of_class(
        &mut self,
        class: &Rc<super::objects::ClassObj>,
        message: &str,
    ) -> PyErr {
        let exc = self.new_exception(class, vec![Value::str(message)]);
        PyErr::Exception(exc)
    }
}

/// A class the program defined (the library's classes are Python too, but live in their
/// modules, not in `__main__`).
fn is_program_class(class: &super::objects::ClassObj) -> bool {
    class.is_user && &*class.module == "__main__"
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// Whether a program's class says how to pickle its instances (`__reduce_ex__` or
/// `__reduce__` of its own, which `object.__reduce_ex__` would call).
fn reduces_itself(class: &Rc<ClassObj>) -> bool {
    class.lookup_user("__reduce_ex__").is_some() || class.lookup_user("__reduce__").is_some()
}

//! Dict and set keys whose class defines `__hash__` and `__eq__`.
//!
//! `HashedKey` hashes and compares built-in values by itself, and instances by identity. A
//! class with its own `__hash__` needs the interpreter to compute the hash, and one with its
//! own `__eq__` needs it to compare: `{Point(1, 2): "a"}[Point(1, 2)]` must find the key.
//! So the interpreter hashes such keys here, and before a dict or set operation replaces an
//! equal key by the one already stored (found by hash, then `__eq__`, stored key on the left
//! as in CPython's lookup); the container's own identity-based comparison then finds it.

use super::hashing::{py_hash, HashedKey};
use super::objects::{DictObj, SetObj};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::ExcKind;

/// Whether hashing `v` needs the interpreter: an instance of a class defining `__hash__`, or
/// a tuple holding one.
fn hash_needs_vm(v: &Value) -> bool {
    match v {
        // A subclass of a built-in type hashes as its value unless it overrides that (a
        // tuple subclass's items may need the interpreter).
        Value::Instance(inst) => match super::builtin_subclass::key_base(v) {
            Some(base) => hash_needs_vm(base),
            None => {
                is_weakref(inst)
                    || inst.class.is_user
                        && inst.class.lookup(&crate::interned!("__hash__")).is_some()
            }
        },
        Value::Tuple(t) => t.items.iter().any(hash_needs_vm),
        _ => false,
    }
}

/// The keys of `map` with `key`'s hash that a lookup compares with `__eq__`: those its probe
/// meets before `key` itself (where CPython's lookup stops without comparing), found through
/// the table, not by walking every key: a dict of many keys of a class with `__eq__` would
/// otherwise cost a walk per lookup.
fn same_hash_keys(map: &super::dict_table::DictTable, key: &HashedKey) -> Vec<HashedKey> {
    let mut found = Vec::new();
    let mut met_itself = false;
    map.visit_same_hash(key, |k| {
        if met_itself || k.hash != key.hash {
            return;
        }
        if k.value.is(&key.value) {
            met_itself = true;
        } else {
            found.push(k.clone());
        }
    });
    found
}

/// A `weakref.ref` hashes and compares as its object does (a native class, whose dunders
/// the fast paths above would skip).
fn is_weakref(inst: &super::objects::InstanceObj) -> bool {
    matches!(inst.native.as_deref(), Some(super::native::NativeState::WeakRef(_)))
}

/// Whether comparing `v` with an equal-hashed key needs the interpreter: an instance of a
/// class defining `__eq__`, a complex number, a timer handle (equal to another with the same
/// deadline, callback, arguments and cancelled state), or a tuple holding one.
pub(crate) fn eq_needs_vm(v: &Value) -> bool {
    match v {
        Value::Instance(inst) => match super::builtin_subclass::eq_base(v) {
            // A list or dict subclass that defines `__hash__` is a key, and its equal keys are
            // found by the list's or dict's `==`, which identity would miss.
            Some(Value::List(_) | Value::Dict(_)) => true,
            Some(base) => eq_needs_vm(base),
            None => {
                is_weakref(inst)
                    || inst.class.is_user
                        && inst.class.lookup(&crate::interned!("__eq__")).is_some()
                    // A complex number equals the int or float with its real part.
                    || matches!(
                        inst.native.as_deref(),
                        Some(super::native::NativeState::Complex(..))
                    )
            }
        },
        Value::Tuple(t) => t.items.iter().any(eq_needs_vm),
        Value::TimerHandle(_) => true,
        _ => false,
    }
}

impl Vm {
    /// A dict/set key, or TypeError for unhashable values.
    #[inline]
    pub fn hashed(&mut self, v: Value) -> PyResult<HashedKey> {
        if let Value::Instance(_) | Value::Tuple(_) = v {
            return self.hashed_object(v);
        }
        if let Value::Class(c) = &v {
            if c.metaclass.is_some() {
                return self.hashed_class(v);
            }
        }
        match py_hash(&v) {
            Some(hash) => Ok(HashedKey { value: v, hash }),
            None => Err(self.unhashable(&v)),
        }
    }

    /// `hashed` for a class with a metaclass: the metaclass's `__hash__` if it has one.
    #[cold]
    fn hashed_class(&mut self, v: Value) -> PyResult<HashedKey> {
        if let Some(method) = self.meta_method(&v, "__hash__") {
            // A metaclass with `__eq__` and no `__hash__` has `__hash__ = None`.
            if method.is_none() {
                return Err(self.unhashable(&v));
            }
            let hash = self.call_hash_method(&method, &v)?;
            return Ok(HashedKey { value: v, hash });
        }
        match py_hash(&v) {
            Some(hash) => Ok(HashedKey { value: v, hash }),
            None => Err(self.unhashable(&v)),
        }
    }

    /// A `__hash__` method's answer for `v`, as CPython's `slot_tp_hash` takes it: an int
    /// that fits is the hash itself, a bigger one is reduced as ints hash, -1 becomes -2.
    fn call_hash_method(&mut self, method: &Value, v: &Value) -> PyResult<i64> {
        let r = self.call(method, Args::positional(std::slice::from_ref(v)))?;
        let h = match r {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            Value::BigInt(_) => py_hash(&r).unwrap_or(0),
            _ => {
                let message = "__hash__ method should return an integer";
                return Err(self.new_error(ExcKind::TypeError, message));
            }
        };
        Ok(if h == -1 { -2 } else { h })
    }

    /// `hashed` for instances and tuples, which may need `__hash__` methods.
    fn hashed_object(&mut self, v: Value) -> PyResult<HashedKey> {
        if let Value::Instance(inst) = &v {
            if let Some(m) = inst.class.lookup(&crate::interned!("__hash__")) {
                if m.is_none() {
                    return Err(self.unhashable(&v));
                }
            }
        }
        if hash_needs_vm(&v) {
            let hash = self.hash_value(&v)?;
            return Ok(HashedKey { value: v, hash });
        }
        match HashedKey::new(v.clone()) {
            Some(k) => Ok(k),
            None => Err(self.unhashable(&v)),
        }
    }

    /// `hash(v)`, calling `__hash__` methods (also of tuple items).
    fn hash_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Instance(inst) if hash_needs_vm(v) => {
                let Some(method) = inst.class.lookup("__hash__") else {
                    return Err(self.unhashable(v));
                };
                if method.is_none() {
                    return Err(self.unhashable(v));
                }
                self.call_hash_method(&method, v)
            }
            Value::Tuple(t) if hash_needs_vm(v) => {
                let mut hashes = Vec::with_capacity(t.items.len());
                for item in t.items.iter() {
                    hashes.push(self.hash_value(item)?);
                }
                Ok(super::hashing::hash_tuple_of(&hashes))
            }
            other => py_hash(other).ok_or_else(|| self.unhashable(other)),
        }
    }

    /// The stored key of `d` equal to `v`, else `v` hashed.
    #[inline]
    pub(crate) fn dict_key(&mut self, d: &DictObj, v: Value) -> PyResult<HashedKey> {
        let key = self.hashed(v)?;
        if !matches!(key.value, Value::Instance(_) | Value::Tuple(_) | Value::TimerHandle(_))
            && !d.vm_keys.get()
        {
            return Ok(key);
        }
        self.dict_key_by_eq(d, key)
    }

    fn dict_key_by_eq(&mut self, d: &DictObj, key: HashedKey) -> PyResult<HashedKey> {
        if eq_needs_vm(&key.value) {
            d.vm_keys.set(true);
        } else if !d.vm_keys.get() {
            return Ok(key);
        }
        let candidates = same_hash_keys(&d.map.borrow(), &key);
        self.canonical(key, candidates)
    }

    /// The stored key of `s` equal to `v`, else `v` hashed.
    #[inline]
    pub(crate) fn set_key(&mut self, s: &SetObj, v: Value) -> PyResult<HashedKey> {
        let key = self.hashed(v)?;
        if !matches!(key.value, Value::Instance(_) | Value::Tuple(_) | Value::TimerHandle(_))
            && !s.vm_keys.get()
        {
            return Ok(key);
        }
        self.set_key_by_eq(s, key)
    }

    fn set_key_by_eq(&mut self, s: &SetObj, key: HashedKey) -> PyResult<HashedKey> {
        if eq_needs_vm(&key.value) {
            s.vm_keys.set(true);
        } else if !s.vm_keys.get() {
            return Ok(key);
        }
        let candidates: Vec<HashedKey> = s
            .items
            .borrow()
            .with_hash(key.hash)
            // The lookup stops at the key itself (`same_hash_keys`).
            .take_while(|k| !k.value.is(&key.value))
            .cloned()
            .collect();
        self.canonical(key, candidates)
    }

    /// The key for looking `v` up in `s` (`in`, `remove`, `discard`): a set, unhashable
    /// itself, is looked up as the frozenset with its items, as CPython's `set_contains` does.
    pub(crate) fn set_lookup_key(&mut self, s: &SetObj, v: Value) -> PyResult<HashedKey> {
        match &v {
            Value::Set(inner) if !inner.frozen => {
                let table = inner.items.borrow().copied();
                let frozen = Value::Set(std::rc::Rc::new(SetObj::with_table(table, true)));
                self.set_key(s, frozen)
            }
            _ => self.set_key(s, v),
        }
    }

    /// The key of `set` equal to `key` as `==` says, if any: the table finds identical keys
    /// and equal built-in values; keys with `key`'s hash are asked when either side compares
    /// through `__eq__`. Sets holding such keys compare and combine by these answers (`{P(1)}
    /// == {P(1)}`), as CPython's do.
    pub(crate) fn set_stored_key(
        &mut self,
        set: &SetObj,
        key: &HashedKey,
    ) -> PyResult<Option<HashedKey>> {
        if set.items.borrow().contains(key) {
            return Ok(Some(key.clone()));
        }
        let same_hash: Vec<HashedKey> = set.items.borrow().with_hash(key.hash).cloned().collect();
        self.equal_by_eq(key, same_hash)
    }

    /// Whether `set` holds a key equal to `key` (`set_stored_key`).
    pub(crate) fn set_holds(&mut self, set: &SetObj, key: &HashedKey) -> PyResult<bool> {
        Ok(self.set_stored_key(set, key)?.is_some())
    }

    /// The key of dict `d` equal to `key` as `==` says, if any (as `set_stored_key`).
    pub(crate) fn dict_stored_key(
        &mut self,
        d: &DictObj,
        key: &HashedKey,
    ) -> PyResult<Option<HashedKey>> {
        if d.map.borrow().contains_key(key) {
            return Ok(Some(key.clone()));
        }
        let same_hash = same_hash_keys(&d.map.borrow(), key);
        self.equal_by_eq(key, same_hash)
    }

    /// The first of the keys sharing `key`'s hash (collected first: `__eq__` may change the
    /// table) that `==` finds equal to it, asking only where either side compares through
    /// `__eq__` (equal built-in values the table has matched already).
    fn equal_by_eq(
        &mut self,
        key: &HashedKey,
        mut same_hash: Vec<HashedKey>,
    ) -> PyResult<Option<HashedKey>> {
        if !eq_needs_vm(&key.value) {
            same_hash.retain(|k| eq_needs_vm(&k.value));
        }
        self.first_equal(key, same_hash)
    }

    /// The first candidate equal to `key` by `==`, or `key` itself.
    fn canonical(&mut self, key: HashedKey, candidates: Vec<HashedKey>) -> PyResult<HashedKey> {
        Ok(self.first_equal(&key, candidates)?.unwrap_or(key))
    }

    /// The first of `candidates` that `==` finds equal to `key`.
    fn first_equal(
        &mut self,
        key: &HashedKey,
        candidates: Vec<HashedKey>,
    ) -> PyResult<Option<HashedKey>> {
        for candidate in candidates {
            if self.eq(&candidate.value, &key.value)? {
                return Ok(Some(candidate));
            }
        }
        Ok(None)
    }
}

//! An instance's attributes, stored as CPython 3.11 stores them: the names once per class,
//! in a key table its instances share, and in each instance only the values.
//!
//! Why: 10,000 connections make about 90,000 instances, each with a dozen or more
//! attributes (a transport has 20). A dict of their own cost each instance a hash table and
//! a (hash, name, value) entry per attribute, about 1.1 KB for a transport; shared keys
//! leave it 16 bytes per attribute. A lookup hashes into the class's small table, which
//! stays in the cache, instead of the instance's own, which at that scale does not.
//!
//! How the sharing stays exact:
//! - A table is never changed once made. An instance that sets a name its table lacks moves
//!   to the table one name longer (`KeyTable::next`; the first instance to need it makes
//!   it), so a class's tables form one chain, each a prefix of the next, and a value's index
//!   stays valid when its instance moves along.
//! - An instance keeps a value per index of its table, `Value::Null` for a name it does not
//!   have (a server-side protocol sets `_strong_reader`, a client-side one does not).
//! - Iteration is insertion order, as for any dict: the order of the indices while the
//!   instance sets names in table order, else a list of indices kept from the first name it
//!   sets out of that order (`Shared::order`, CPython's insertion-order bytes).
//! - A deletion, or more than `MAX_SHARED_KEYS` names in the class's chain, gives the
//!   instance a dict of its own ([`InstanceDict::Own`]).

use super::names::{same_string, ByName, StoreSite};
use super::objects::AttrDict;
use super::value::Value;
use indexmap::IndexSet;
use rustc_hash::FxBuildHasher;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// More names than this in a class's tables and an instance keeps its own dict: a class used
/// as a bag of run-time names (`setattr(o, f"k{i}", v)`) would otherwise make a table per
/// name. CPython stops sharing at 30 as well.
const MAX_SHARED_KEYS: usize = 30;

/// A list of attribute names some instances of a class share, never changed once made.
pub struct KeyTable {
    names: IndexSet<Rc<str>, FxBuildHasher>,
    /// This table plus one name, made by the first instance to need a name it lacks.
    next: RefCell<Option<Rc<KeyTable>>>,
}

impl KeyTable {
    /// The table a class starts with.
    pub fn empty() -> Rc<KeyTable> {
        Rc::new(KeyTable { names: IndexSet::default(), next: RefCell::new(None) })
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// This table and the longer ones grown from it, shortest first.
    fn chain(self: &Rc<KeyTable>) -> impl Iterator<Item = Rc<KeyTable>> {
        std::iter::successors(Some(self.clone()), |table| table.next.borrow().clone())
    }

    /// The longest table grown from this one: the layout the class's instances have reached,
    /// for the next instance to start from.
    pub fn longest(self: &Rc<KeyTable>) -> Rc<KeyTable> {
        self.chain().last().unwrap_or_else(|| self.clone())
    }

    /// A longer table than this one that has `name` (which this one lacks), and its index
    /// there: the first along the chain, else a new one at the chain's end. `None` when the
    /// chain is full.
    fn longer_with(self: &Rc<KeyTable>, name: &Rc<str>) -> Option<(Rc<KeyTable>, usize)> {
        let mut last = self.clone();
        for table in self.chain().skip(1) {
            if let Some(index) = table.names.get_index_of(&ByName(name)) {
                return Some((table, index));
            }
            last = table;
        }
        if last.len() >= MAX_SHARED_KEYS {
            return None;
        }
        let mut names = last.names.clone();
        names.insert(name.clone());
        let longer = Rc::new(KeyTable { names, next: RefCell::new(None) });
        *last.next.borrow_mut() = Some(longer.clone());
        let index = longer.len() - 1;
        Some((longer, index))
    }
}

/// An instance's values for the names of a shared table.
pub struct Shared {
    keys: Rc<KeyTable>,
    /// By index in `keys`; `Value::Null` where the instance lacks the name. Never ends in
    /// `Null`, so that an index past the end is a name not set yet.
    values: Vec<Value>,
    /// The indices in the order the instance set them, kept from the first name set out of
    /// table order (until then, that order is the indices' own). Boxed: one pointer in every
    /// instance rather than a `Vec`'s three words, for what few instances need.
    #[allow(clippy::box_collection)]
    order: Option<Box<Vec<u8>>>,
}

impl Shared {
    /// The index of `name` if the instance has it.
    fn index_of(&self, name: &str) -> Option<usize> {
        let index = self.keys.names.get_index_of(&ByName(name))?;
        self.has(index).then_some(index)
    }

    fn has(&self, index: usize) -> bool {
        self.values.get(index).is_some_and(|v| !matches!(v, Value::Null))
    }

    /// Sets the value at `index` of `keys` (which the instance's table has); the old value.
    fn set(&mut self, index: usize, value: Value) -> Option<Value> {
        debug_assert!(!matches!(value, Value::Null), "NULL is not an attribute value");
        if self.has(index) {
            return Some(std::mem::replace(&mut self.values[index], value));
        }
        if index < self.values.len() {
            // A name before the last one set: from now on, the order is kept apart.
            if self.order.is_none() {
                let set = (0..self.values.len()).filter(|&i| self.has(i)).map(|i| i as u8);
                self.order = Some(Box::new(set.collect()));
            }
            if let Some(order) = &mut self.order {
                order.push(index as u8);
            }
            self.values[index] = value;
        } else {
            if let Some(order) = &mut self.order {
                order.push(index as u8);
            }
            self.values.resize(index, Value::Null);
            self.values.push(value);
        }
        None
    }

    fn len(&self) -> usize {
        match &self.order {
            Some(order) => order.len(),
            None => self.values.iter().filter(|v| !matches!(v, Value::Null)).count(),
        }
    }

    /// The indices the instance has, in insertion order.
    fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        let (ordered, in_table_order) = match &self.order {
            Some(order) => (Some(order.iter().map(|&i| i as usize)), None),
            None => (None, Some((0..self.values.len()).filter(|&i| self.has(i)))),
        };
        ordered.into_iter().flatten().chain(in_table_order.into_iter().flatten())
    }
}

/// An instance's attributes (`InstanceObj::dict`).
pub enum InstanceDict {
    Shared(Shared),
    /// A dict of the instance's own.
    Own(AttrDict),
}

impl Default for InstanceDict {
    fn default() -> Self {
        InstanceDict::Own(AttrDict::default())
    }
}

impl From<AttrDict> for InstanceDict {
    fn from(dict: AttrDict) -> Self {
        InstanceDict::Own(dict)
    }
}

impl InstanceDict {
    /// Every value it holds, for a dying instance to dispose of (`trashcan`).
    pub fn into_values(self) -> Vec<Value> {
        match self {
            InstanceDict::Shared(shared) => shared.values,
            InstanceDict::Own(own) => own.into_values().collect(),
        }
    }

    /// An empty dict for a new instance of a class whose instances have reached `keys`:
    /// room for that many values at once, rather than growing in `__init__`.
    pub fn sharing(keys: Rc<KeyTable>) -> Self {
        let values = Vec::with_capacity(keys.len());
        InstanceDict::Shared(Shared { keys, values, order: None })
    }

    pub fn len(&self) -> usize {
        match self {
            InstanceDict::Shared(shared) => shared.len(),
            InstanceDict::Own(map) => map.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            InstanceDict::Shared(shared) => Some(&shared.values[shared.index_of(name)?]),
            InstanceDict::Own(map) => map.get(&ByName(name)),
        }
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        match self {
            InstanceDict::Shared(shared) => {
                let index = shared.index_of(name)?;
                Some(&mut shared.values[index])
            }
            InstanceDict::Own(map) => map.get_mut(&ByName(name)),
        }
    }

    pub fn contains_key(&self, name: &str) -> bool {
        match self {
            InstanceDict::Shared(shared) => shared.index_of(name).is_some(),
            InstanceDict::Own(map) => map.contains_key(&ByName(name)),
        }
    }

    /// Sets `name` (a new name goes last); the value it replaces.
    pub fn insert(&mut self, name: Rc<str>, value: Value) -> Option<Value> {
        self.insert_at(name, value).1
    }

    /// Sets `name`: where it is (for an attribute site's hint: the index in the shared
    /// table, or the position in an own dict) and the value it replaces.
    fn insert_at(&mut self, name: Rc<str>, value: Value) -> (usize, Option<Value>) {
        if let InstanceDict::Shared(shared) = self {
            let found = match shared.keys.names.get_index_of(&ByName(&name)) {
                Some(index) => Some(index),
                None => shared.keys.longer_with(&name).map(|(longer, index)| {
                    shared.keys = longer;
                    index
                }),
            };
            if let Some(index) = found {
                return (index, shared.set(index, value));
            }
            self.make_own();
        }
        let InstanceDict::Own(map) = self else { unreachable!("made its own above") };
        map.insert_full(name, value)
    }

    /// Removes `name`, keeping the order of the rest; its value.
    pub fn shift_remove(&mut self, name: &str) -> Option<Value> {
        if !self.contains_key(name) {
            return None;
        }
        self.make_own();
        let InstanceDict::Own(map) = self else { unreachable!("made its own above") };
        map.shift_remove(&ByName(name))
    }

    /// The names and values, in insertion order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (&Rc<str>, &Value)> + '_> {
        match self {
            InstanceDict::Shared(shared) => {
                Box::new(shared.indices().map(|i| (&shared.keys.names[i], &shared.values[i])))
            }
            InstanceDict::Own(map) => Box::new(map.iter()),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &Rc<str>> {
        self.iter().map(|(k, _)| k)
    }

    /// `get(name)` at an attribute read site: first where the site found its name last time
    /// (`hint`), compared by pointer, then by hash, leaving in `hint` where it was found.
    /// Instances of a class mostly get their attributes in the same order (in `__init__`),
    /// so a site that remembers the place skips hashing the name.
    pub fn get_hinted(&self, name: &str, hint: &Cell<u32>) -> Option<&Value> {
        let at = hint.get() as usize;
        let found = match self {
            InstanceDict::Shared(shared) => match shared.keys.names.get_index(at) {
                Some(key) if same_string(key, name) => {
                    // The site's name is here; the instance has it, or not at all.
                    return shared.has(at).then(|| &shared.values[at]);
                }
                _ => shared.index_of(name).map(|i| (i, &shared.values[i])),
            },
            InstanceDict::Own(map) => match map.get_index(at) {
                Some((key, value)) if same_string(key, name) => return Some(value),
                _ => map.get_full(&ByName(name)).map(|(i, _, v)| (i, v)),
            },
        };
        match found {
            Some((index, value)) => {
                hint.set(index as u32);
                Some(value)
            }
            None => {
                // Not an instance attribute here (a method, a class attribute): next time,
                // go straight to the hash, without reading an entry first.
                hint.set(u32::MAX);
                None
            }
        }
    }

    /// `self[site.key] = value` at an attribute store site, found as `get_hinted` finds it;
    /// the value it replaces.
    pub fn store_hinted(&mut self, site: StoreSite<'_>, value: Value) -> Option<Value> {
        let hint = &site.site.hint;
        let at = hint.get() as usize;
        match self {
            InstanceDict::Shared(shared) => {
                if shared.keys.names.get_index(at).is_some_and(|key| same_string(key, site.key)) {
                    // The site's name, as `__init__` sets it on a new instance: no hashing.
                    return shared.set(at, value);
                }
            }
            InstanceDict::Own(map) => {
                if let Some((key, slot)) = map.get_index_mut(at) {
                    if same_string(key, site.key) {
                        return Some(std::mem::replace(slot, value));
                    }
                }
            }
        }
        let (index, old) = self.insert_at(site.key.clone(), value);
        hint.set(index as u32);
        old
    }

    /// Leaves the shared table for a dict of the instance's own, same contents and order.
    fn make_own(&mut self) {
        if let InstanceDict::Shared(shared) = self {
            let in_order: Vec<usize> = shared.indices().collect();
            let mut map =
                AttrDict::with_capacity_and_hasher(in_order.len() + 1, Default::default());
            let mut values = std::mem::take(&mut shared.values);
            for i in in_order {
                let value = std::mem::replace(&mut values[i], Value::Null);
                map.insert(shared.keys.names[i].clone(), value);
            }
            *self = InstanceDict::Own(map);
        }
    }

    /// Whether the values sit in a shared table.
    #[cfg(test)]
    fn is_shared(&self) -> bool {
        matches!(self, InstanceDict::Shared(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::names::intern;

    fn names(d: &InstanceDict) -> Vec<String> {
        d.keys().map(|k| k.to_string()).collect()
    }

    fn table(d: &InstanceDict) -> &Rc<KeyTable> {
        match d {
            InstanceDict::Shared(shared) => &shared.keys,
            InstanceDict::Own(_) => panic!("not shared"),
        }
    }

    #[test]
    fn instances_setting_names_in_one_order_share_one_table() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        a.insert(intern("y"), Value::Int(2));
        let mut b = InstanceDict::sharing(root.longest());
        assert_eq!(root.longest().len(), 2, "the class's layout grew with the first instance");
        b.insert(intern("x"), Value::Int(3));
        b.insert(intern("y"), Value::Int(4));
        assert!(Rc::ptr_eq(table(&a), table(&b)));
        assert!(matches!(b.get("y"), Some(Value::Int(4))));
        assert!(a.get("z").is_none());
        assert_eq!(names(&b), ["x", "y"]);
    }

    #[test]
    fn a_part_of_the_layout_does_not_show_the_rest() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        for (name, v) in [("x", 1), ("y", 2), ("z", 3)] {
            a.insert(intern(name), Value::Int(v));
        }
        let mut b = InstanceDict::sharing(root.longest());
        b.insert(intern("x"), Value::Int(4));
        b.insert(intern("z"), Value::Int(5));
        assert!(b.get("y").is_none());
        assert!(!b.contains_key("y"));
        assert_eq!(b.len(), 2);
        assert_eq!(names(&b), ["x", "z"]);
        assert!(b.is_shared());
        // Setting the skipped name later puts it last.
        b.insert(intern("y"), Value::Int(6));
        assert_eq!(names(&b), ["x", "z", "y"]);
        assert!(b.is_shared());
    }

    #[test]
    fn another_order_is_kept_and_a_deletion_gives_an_own_dict() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        a.insert(intern("y"), Value::Int(2));
        let mut b = InstanceDict::sharing(root.longest());
        b.insert(intern("y"), Value::Int(3));
        b.insert(intern("x"), Value::Int(4));
        assert!(b.is_shared());
        assert_eq!(names(&b), ["y", "x"]);
        assert!(matches!(a.shift_remove("x"), Some(Value::Int(1))));
        assert!(!a.is_shared());
        assert_eq!(names(&a), ["y"]);
        assert!(a.shift_remove("x").is_none());
        assert!(matches!(b.shift_remove("y"), Some(Value::Int(3))));
        assert_eq!(names(&b), ["x"]);
    }

    #[test]
    fn instances_growing_apart_extend_one_chain() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        let mut b = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        b.insert(intern("x"), Value::Int(2));
        a.insert(intern("y"), Value::Int(3));
        b.insert(intern("z"), Value::Int(4));
        assert!(a.is_shared() && b.is_shared());
        assert_eq!(names(&a), ["x", "y"]);
        assert_eq!(names(&b), ["x", "z"]);
        assert_eq!(root.longest().len(), 3);
        assert!(a.get("z").is_none());
        // A name built at run time finds the interned one.
        let built = String::from("z");
        assert!(matches!(b.get(&built), Some(Value::Int(4))));
    }

    #[test]
    fn many_names_stop_sharing() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        for i in 0..MAX_SHARED_KEYS + 5 {
            a.insert(format!("k{i}").into(), Value::Int(i as i64));
        }
        assert!(!a.is_shared());
        assert_eq!(a.len(), MAX_SHARED_KEYS + 5);
        assert_eq!(root.longest().len(), MAX_SHARED_KEYS);
        assert!(matches!(a.get("k33"), Some(Value::Int(33))));
        assert_eq!(names(&a)[..3], ["k0", "k1", "k2"]);
    }

    #[test]
    fn hinted_reads_keep_their_place() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        a.insert(intern("y"), Value::Int(2));
        let hint = Cell::new(0);
        assert!(matches!(a.get_hinted(&intern("y"), &hint), Some(Value::Int(2))));
        assert_eq!(hint.get(), 1);
        assert!(matches!(a.get_hinted(&intern("y"), &hint), Some(Value::Int(2))));
        assert!(a.get_hinted("nope", &hint).is_none());
        assert_eq!(hint.get(), u32::MAX);
    }
}

//! An instance's attributes, stored as CPython 3.11 stores them: the names once per class,
//! in a key table its instances share, and in each instance only the values.
//!
//! Why: 10,000 connections make about 90,000 instances, each with a dozen or more
//! attributes (a transport has 20). A dict of their own cost each instance a hash table and
//! a (hash, name, value) entry per attribute, about 1.1 KB for a transport; shared keys
//! leave it 16 bytes per attribute. A lookup hashes into the class's small table, which
//! stays in the cache, instead of the instance's own, which at that scale does not.
//!
//! How the sharing stays exact: a table is never changed once made. An instance in shared
//! form holds the first `values.len()` names of its table, in that order, which is the order
//! it got them, so iteration order is insertion order as for any dict. An instance that
//! adds the name right after its last one moves on to the table one name longer (the first
//! instance to get there makes it; `KeyTable::next`). Anything else (a different order, a
//! deletion, more than `MAX_SHARED_KEYS` names) gives the instance a dict of its own
//! ([`InstanceDict::Own`]), as CPython's instances then get a combined table.

use super::names::{same_string, ByName, StoreSite};
use super::objects::AttrDict;
use super::value::Value;
use indexmap::IndexSet;
use rustc_hash::FxBuildHasher;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// More names than this and an instance keeps its own dict: a class used as a bag of
/// run-time names (`setattr(o, f"k{i}", v)`) would otherwise make a table per name. CPython
/// stops sharing at 30 as well.
const MAX_SHARED_KEYS: usize = 30;

/// A list of attribute names some instances of a class share, never changed once made.
pub struct KeyTable {
    names: IndexSet<Rc<str>, FxBuildHasher>,
    /// This table plus one name: made by the first instance to add a name after all of
    /// these, and taken by every later one that adds the same name there.
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

    /// The longest table grown from this one: the layout the class's instances have reached,
    /// for the next instance to start from.
    pub fn longest(self: &Rc<KeyTable>) -> Rc<KeyTable> {
        let mut table = self.clone();
        loop {
            let next = table.next.borrow().clone();
            match next {
                Some(next) => table = next,
                None => return table,
            }
        }
    }

    /// The table after this one when `name` is added at its end: the one already made if it
    /// adds `name`, else a new one if none was made yet. `None` when the name cannot be
    /// shared there (another name was added first, or the table is full).
    fn extended_by(&self, name: &Rc<str>) -> Option<Rc<KeyTable>> {
        if let Some(next) = &*self.next.borrow() {
            let added = next.names.get_index(self.len()).expect("a longer table");
            return (same_string(added, name) || **added == **name).then(|| next.clone());
        }
        if self.len() >= MAX_SHARED_KEYS {
            return None;
        }
        let mut names = self.names.clone();
        names.insert(name.clone());
        let next = Rc::new(KeyTable { names, next: RefCell::new(None) });
        *self.next.borrow_mut() = Some(next.clone());
        Some(next)
    }
}

/// An instance's attributes (`InstanceObj::dict`).
pub enum InstanceDict {
    /// The first `values.len()` names of `keys`, with their values in the same order.
    Shared { keys: Rc<KeyTable>, values: Vec<Value> },
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
    /// An empty dict for a new instance of a class whose instances have reached `keys`:
    /// room for that many values at once, rather than growing in `__init__`.
    pub fn sharing(keys: Rc<KeyTable>) -> Self {
        let values = Vec::with_capacity(keys.len());
        InstanceDict::Shared { keys, values }
    }

    pub fn len(&self) -> usize {
        match self {
            InstanceDict::Shared { values, .. } => values.len(),
            InstanceDict::Own(map) => map.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The position of `name`, if the instance has it.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        match self {
            InstanceDict::Shared { keys, values } => {
                keys.names.get_index_of(&ByName(name)).filter(|&i| i < values.len())
            }
            InstanceDict::Own(map) => map.get_index_of(&ByName(name)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            InstanceDict::Shared { keys, values } => {
                values.get(keys.names.get_index_of(&ByName(name))?)
            }
            InstanceDict::Own(map) => map.get(&ByName(name)),
        }
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        match self {
            InstanceDict::Shared { keys, values } => {
                values.get_mut(keys.names.get_index_of(&ByName(name))?)
            }
            InstanceDict::Own(map) => map.get_mut(&ByName(name)),
        }
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.index_of(name).is_some()
    }

    /// The name and value at position `index`.
    pub fn get_index(&self, index: usize) -> Option<(&Rc<str>, &Value)> {
        match self {
            InstanceDict::Shared { keys, values } => {
                Some((keys.names.get_index(index)?, values.get(index)?))
            }
            InstanceDict::Own(map) => map.get_index(index),
        }
    }

    /// Sets `name` (a new name goes last); the value it replaces.
    pub fn insert(&mut self, name: Rc<str>, value: Value) -> Option<Value> {
        self.insert_full(name, value).1
    }

    /// Sets `name`: its position and the value it replaces.
    fn insert_full(&mut self, name: Rc<str>, value: Value) -> (usize, Option<Value>) {
        if let InstanceDict::Shared { keys, values } = self {
            let next = values.len();
            match keys.names.get_index_of(&ByName(&name)) {
                Some(i) if i < next => {
                    return (i, Some(std::mem::replace(&mut values[i], value)));
                }
                Some(i) if i == next => {
                    values.push(value);
                    return (i, None);
                }
                None if next == keys.len() => {
                    if let Some(longer) = keys.extended_by(&name) {
                        *keys = longer;
                        values.push(value);
                        return (next, None);
                    }
                }
                _ => {}
            }
            self.make_own();
        }
        let InstanceDict::Own(map) = self else { unreachable!("made its own above") };
        let (index, old) = map.insert_full(name, value);
        (index, old)
    }

    /// Removes `name`, keeping the order of the rest; its value.
    pub fn shift_remove(&mut self, name: &str) -> Option<Value> {
        self.index_of(name)?;
        self.make_own();
        let InstanceDict::Own(map) = self else { unreachable!("made its own above") };
        map.shift_remove(&ByName(name))
    }

    /// The names and values, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Rc<str>, &Value)> {
        (0..self.len()).filter_map(move |i| self.get_index(i))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Rc<str>> {
        self.iter().map(|(k, _)| k)
    }

    /// `get(name)` at an attribute read site: first the position the site found its name at
    /// last time, compared by pointer, then by hash, leaving in `hint` the position found.
    /// Instances of a class mostly get their attributes in the same order (in `__init__`),
    /// so a site that remembers the position skips hashing the name.
    pub fn get_hinted(&self, name: &str, hint: &Cell<u32>) -> Option<&Value> {
        if let Some((key, value)) = self.get_index(hint.get() as usize) {
            if same_string(key, name) {
                return Some(value);
            }
        }
        match self.index_of(name) {
            Some(index) => {
                hint.set(index as u32);
                self.get_index(index).map(|(_, v)| v)
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
        let slot = match self {
            InstanceDict::Shared { keys, values } => match keys.names.get_index(at) {
                Some(key) if same_string(key, site.key) => {
                    if at == values.len() {
                        // The next name of the layout, as `__init__` sets it on a new
                        // instance: no hashing at all.
                        values.push(value);
                        return None;
                    }
                    values.get_mut(at)
                }
                _ => None,
            },
            InstanceDict::Own(map) => match map.get_index_mut(at) {
                Some((key, slot)) if same_string(key, site.key) => Some(slot),
                _ => None,
            },
        };
        if let Some(slot) = slot {
            return Some(std::mem::replace(slot, value));
        }
        let (index, old) = self.insert_full(site.key.clone(), value);
        hint.set(index as u32);
        old
    }

    /// Leaves the shared table for a dict of the instance's own, same contents and order.
    fn make_own(&mut self) {
        if let InstanceDict::Shared { keys, values } = self {
            let mut map = AttrDict::with_capacity_and_hasher(values.len() + 1, Default::default());
            for (name, value) in keys.names.iter().zip(std::mem::take(values)) {
                map.insert(name.clone(), value);
            }
            *self = InstanceDict::Own(map);
        }
    }

    /// Whether the values sit in a shared table (for tests and the benchmarks' notes).
    pub fn is_shared(&self) -> bool {
        matches!(self, InstanceDict::Shared { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::names::intern;

    fn names(d: &InstanceDict) -> Vec<String> {
        d.keys().map(|k| k.to_string()).collect()
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
        let (InstanceDict::Shared { keys: ka, .. }, InstanceDict::Shared { keys: kb, .. }) =
            (&a, &b)
        else {
            panic!("both shared");
        };
        assert!(Rc::ptr_eq(ka, kb));
        assert!(matches!(b.get("y"), Some(Value::Int(4))));
        assert!(a.get("z").is_none());
        assert_eq!(names(&b), ["x", "y"]);
    }

    #[test]
    fn a_prefix_of_the_layout_does_not_show_the_rest() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        a.insert(intern("y"), Value::Int(2));
        let mut b = InstanceDict::sharing(root.longest());
        b.insert(intern("x"), Value::Int(3));
        assert!(b.get("y").is_none());
        assert!(!b.contains_key("y"));
        assert_eq!(b.len(), 1);
        assert_eq!(names(&b), ["x"]);
        assert!(b.is_shared());
    }

    #[test]
    fn another_order_or_a_deletion_gives_an_own_dict_in_insertion_order() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        a.insert(intern("y"), Value::Int(2));
        let mut b = InstanceDict::sharing(root.longest());
        b.insert(intern("y"), Value::Int(3));
        b.insert(intern("x"), Value::Int(4));
        assert!(!b.is_shared());
        assert_eq!(names(&b), ["y", "x"]);
        assert!(matches!(a.shift_remove("x"), Some(Value::Int(1))));
        assert!(!a.is_shared());
        assert_eq!(names(&a), ["y"]);
        assert!(a.shift_remove("x").is_none());
    }

    #[test]
    fn two_instances_growing_apart_after_a_common_prefix() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        let mut b = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        b.insert(intern("x"), Value::Int(2));
        a.insert(intern("y"), Value::Int(3));
        b.insert(intern("z"), Value::Int(4));
        assert!(a.is_shared());
        assert!(!b.is_shared());
        assert_eq!(names(&b), ["x", "z"]);
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
    }

    #[test]
    fn hinted_reads_and_stores_keep_their_position() {
        let root = KeyTable::empty();
        let mut a = InstanceDict::sharing(root.longest());
        a.insert(intern("x"), Value::Int(1));
        a.insert(intern("y"), Value::Int(2));
        let hint = Cell::new(0);
        assert!(matches!(a.get_hinted(&intern("y"), &hint), Some(Value::Int(2))));
        assert_eq!(hint.get(), 1);
        assert!(a.get_hinted("nope", &hint).is_none());
        assert_eq!(hint.get(), u32::MAX);
    }
}

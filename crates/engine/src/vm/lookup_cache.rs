//! A per-class cache of MRO lookups (`ClassObj::lookup`, `lookup_user`), as CPython's type
//! attribute cache:
//! an attribute read on an instance of a deep class (a transport's MRO has eight classes)
//! otherwise searches every class's dict, twice when the class has data descriptors.
//!
//! Invariant: a cached answer is what walking the MRO gives now. Every write to a class's
//! dict after its creation calls [`class_dicts_changed`], which empties every cache at once,
//! so a replaced or deleted attribute is released when CPython would release it (a cache
//! never keeps a value alive past the class dict's own reference).

use super::objects::ClassObj;
use super::value::Value;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

thread_local! {
    /// The classes whose cache holds something, to empty them when any class dict changes.
    static FILLED: RefCell<Vec<Weak<ClassObj>>> = const { RefCell::new(Vec::new()) };
}

/// Which classes of the MRO a lookup searches.
#[derive(Clone, Copy)]
pub enum Along {
    /// All of them (`ClassObj::lookup`).
    Mro,
    /// Only the program's and the library's own classes (`ClassObj::lookup_user`: dunders
    /// whose built-in versions the interpreter implements directly, such as `__setattr__`,
    /// asked on every attribute store).
    UserClasses,
}

/// One class's cache: name → what the lookup found (`None`: nothing), one map per [`Along`].
#[derive(Default)]
pub struct LookupCache {
    mro: RefCell<FxHashMap<Rc<str>, Option<Value>>>,
    user: RefCell<FxHashMap<Rc<str>, Option<Value>>>,
    filled: Cell<bool>,
}

impl LookupCache {
    fn map(&self, along: Along) -> &RefCell<FxHashMap<Rc<str>, Option<Value>>> {
        match along {
            Along::Mro => &self.mro,
            Along::UserClasses => &self.user,
        }
    }

    pub fn get(&self, along: Along, name: &str) -> Option<Option<Value>> {
        self.map(along).borrow().get(name).cloned()
    }

    pub fn insert(&self, class: &Rc<ClassObj>, along: Along, name: &str, found: Option<Value>) {
        if !self.filled.replace(true) {
            FILLED.with(|f| f.borrow_mut().push(Rc::downgrade(class)));
        }
        self.map(along).borrow_mut().insert(name.into(), found);
    }

    fn empty(&self) -> [FxHashMap<Rc<str>, Option<Value>>; 2] {
        self.filled.set(false);
        [std::mem::take(&mut *self.mro.borrow_mut()), std::mem::take(&mut *self.user.borrow_mut())]
    }
}

/// A class dict was written to (an attribute set, replaced or deleted): every cached lookup
/// may be stale, in that class and in its subclasses, so all caches are emptied.
pub fn class_dicts_changed() {
    let filled = FILLED.with(|f| std::mem::take(&mut *f.borrow_mut()));
    for class in filled.iter().filter_map(Weak::upgrade) {
        let dropped = class.lookup_cache.empty();
        // Released after the borrow ends: dropping a value can reach other classes.
        drop(dropped);
    }
}

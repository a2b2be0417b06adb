//! A per-class cache of MRO lookups (`ClassObj::lookup`, `lookup_user`), as CPython's type
//! attribute cache:
//! an attribute read on an instance of a deep class (a transport's MRO has eight classes)
//! otherwise searches every class's dict, twice when the class has data descriptors.
//!
//! Invariant: a cached answer is what walking the MRO gives now. Every write to a class's
//! dict after its creation calls [`class_dicts_changed`], which empties every cache at once,
//! so a replaced or deleted attribute is released when CPython would release it (a cache
//! never keeps a value alive past the class dict's own reference).

use super::names::{key_for, same_string, ByName};
use super::objects::ClassObj;
use super::value::Value;
use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

thread_local! {
    /// The classes whose cache holds something, to empty them when any class dict changes.
    static FILLED: RefCell<Vec<Weak<ClassObj>>> = const { RefCell::new(Vec::new()) };
    /// Counts class dict changes: an attribute site's [`PlainClass`] holds only while this
    /// is what it was when the site looked.
    static EPOCH: Cell<u64> = const { Cell::new(0) };
    /// The last class serial handed out (serials start at 1; 0 is no class).
    static LAST_SERIAL: Cell<u64> = const { Cell::new(0) };
}

/// What an attribute site learnt about the last class it met: that the class has no data
/// descriptor of the site's name (no property, no slot), so an instance's own dict answers
/// first, as in CPython's specialised `LOAD_ATTR_INSTANCE_VALUE`. Valid while no class dict
/// changes; identified by serial, not address, since a freed class's address is reused.
#[derive(Clone, Copy, Default)]
pub struct PlainClass {
    serial: u64,
    epoch: u64,
}

impl PlainClass {
    pub fn of(class: &ClassObj) -> Self {
        PlainClass { serial: class.lookup_cache.serial, epoch: EPOCH.with(Cell::get) }
    }

    #[inline]
    pub fn holds_for(self, class: &ClassObj) -> bool {
        self.serial == class.lookup_cache.serial && self.epoch == EPOCH.with(Cell::get)
    }
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

/// Found values by name (an `IndexMap` for [`ByName`]'s lookups by pointer).
type Names = IndexMap<Rc<str>, Option<Value>, FxBuildHasher>;

/// How many recently found interned names a table answers by address alone.
const RECENT_SLOTS: usize = 64;

/// A recently found name (holding the string keeps its address from being reused) and what
/// the lookup found.
type Recent = [Option<(Rc<str>, Option<Value>)>; RECENT_SLOTS];

/// One kind of lookup's answers for one class.
#[derive(Default)]
struct Table {
    names: Names,
    /// A direct-mapped front for `names`, indexed by the name's address: the compiler's
    /// names are interned (`vm::names`), so an attribute site asks with the very string
    /// stored here and is answered without hashing it. Made on first use.
    recent: Option<Box<Recent>>,
}

fn recent_slot(name: &str) -> usize {
    // Strings are 16-byte aligned in their allocations: the low bits say nothing.
    let address = name.as_ptr() as usize;
    ((address >> 4) ^ (address >> 10)) % RECENT_SLOTS
}

/// One class's cache: name → what the lookup found (`None`: nothing), one table per
/// [`Along`].
pub struct LookupCache {
    /// This class's identity for [`PlainClass`], unique in the run.
    serial: u64,
    mro: RefCell<Table>,
    user: RefCell<Table>,
    /// `lookup_user("__setattr__")`, asked on every attribute store: kept apart so that a
    /// store reads one cell (`None`: not asked since the caches were last emptied).
    user_setattr: RefCell<Option<Option<Value>>>,
    filled: Cell<bool>,
}

impl Default for LookupCache {
    fn default() -> Self {
        let serial = LAST_SERIAL.with(|last| {
            last.set(last.get() + 1);
            last.get()
        });
        LookupCache {
            serial,
            mro: RefCell::default(),
            user: RefCell::default(),
            user_setattr: RefCell::default(),
            filled: Cell::default(),
        }
    }
}

impl LookupCache {
    fn table(&self, along: Along) -> &RefCell<Table> {
        match along {
            Along::Mro => &self.mro,
            Along::UserClasses => &self.user,
        }
    }

    #[inline]
    pub fn get(&self, along: Along, name: &str) -> Option<Option<Value>> {
        let mut table = self.table(along).borrow_mut();
        let slot = recent_slot(name);
        // Two ways: two hot names whose addresses share a slot would otherwise evict each
        // other on every lookup (a class's `__init__` and `__abstractmethods__`, say).
        if let Some(recent) = table.recent.as_deref() {
            for way in [slot, slot ^ 1] {
                if let Some((key, found)) = &recent[way] {
                    if same_string(key, name) {
                        return Some(found.clone());
                    }
                }
            }
        }
        let (_, key, found) = table.names.get_full(&ByName(name))?;
        let (key, found) = (key.clone(), found.clone());
        if same_string(&key, name) {
            let recent =
                table.recent.get_or_insert_with(|| Box::new(std::array::from_fn(|_| None)));
            // The free way, else the pair's second (the first keeps the older hot name).
            let way = if recent[slot].is_none() { slot } else { slot ^ 1 };
            let replaced = recent[way].replace((key, found.clone()));
            drop(table);
            drop(replaced);
        }
        Some(found)
    }

    /// Registers `class` for emptying at the next class dict change, once per filling.
    fn mark_filled(&self, class: &Rc<ClassObj>) {
        if !self.filled.replace(true) {
            FILLED.with(|f| f.borrow_mut().push(Rc::downgrade(class)));
        }
    }

    pub fn insert(&self, class: &Rc<ClassObj>, along: Along, name: &str, found: Option<Value>) {
        self.mark_filled(class);
        self.table(along).borrow_mut().names.insert(key_for(name), found);
    }

    /// The cached `lookup_user("__setattr__")`, if asked since the caches were emptied.
    #[inline]
    pub fn user_setattr(&self) -> Option<Option<Value>> {
        self.user_setattr.borrow().clone()
    }

    pub fn set_user_setattr(&self, class: &Rc<ClassObj>, found: Option<Value>) {
        self.mark_filled(class);
        *self.user_setattr.borrow_mut() = Some(found);
    }

    fn empty(&self) -> ([Table; 2], Option<Option<Value>>) {
        self.filled.set(false);
        let tables = [
            std::mem::take(&mut *self.mro.borrow_mut()),
            std::mem::take(&mut *self.user.borrow_mut()),
        ];
        (tables, self.user_setattr.borrow_mut().take())
    }
}

/// A class dict was written to (an attribute set, replaced or deleted): every cached lookup
/// may be stale, in that class and in its subclasses, so all caches are emptied and every
/// site's [`PlainClass`] expires.
pub fn class_dicts_changed() {
    EPOCH.with(|epoch| epoch.set(epoch.get() + 1));
    let filled = FILLED.with(|f| std::mem::take(&mut *f.borrow_mut()));
    for class in filled.iter().filter_map(Weak::upgrade) {
        let dropped = class.lookup_cache.empty();
        // Released after the borrow ends: dropping a value can reach other classes.
        drop(dropped);
    }
}

//! Names shared by pointer, so that looking an attribute up compares two pointers instead
//! of two strings.
//!
//! The compiler interns every name a code object holds ([`intern`]), and a new key of an
//! instance or class dict is the interned string when there is one ([`key_for`]). A lookup
//! through [`ByName`] then finds the stored key by hash and pointer: the bytes are compared
//! only when the pointers differ (a name built at run time, such as `getattr(o, "x" + s)`).
//! With tens of thousands of live objects the stored key's bytes are rarely in the cache,
//! and comparing them was a tenth of a large run's time.
//!
//! Names made at run time are not interned (the interner would keep them for ever): they
//! are found by their bytes, as before. Module globals are the exception
//! (`ModuleObj::slot_of`): a module keeps every slot it ever had, so interning its names
//! keeps nothing longer than the module does, and the builtins module's names, made before
//! any program is compiled, are then the very strings the compiler hands out.

use indexmap::{Equivalent, IndexSet};
use rustc_hash::FxBuildHasher;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

thread_local! {
    /// Every name the compiler has seen on this thread (one interpreter per thread).
    static INTERNED: RefCell<IndexSet<Rc<str>, FxBuildHasher>> = RefCell::default();
}

/// The one shared string for `name`, made on first use.
pub fn intern(name: &str) -> Rc<str> {
    INTERNED.with(|set| {
        let mut set = set.borrow_mut();
        if let Some(found) = set.get(&ByName(name)) {
            return found.clone();
        }
        let new: Rc<str> = name.into();
        set.insert(new.clone());
        new
    })
}

/// The key to store for `name` in a dict of names: the interned string if the compiler has
/// one, else a new string.
pub fn key_for(name: &str) -> Rc<str> {
    INTERNED.with(|set| match set.borrow().get(&ByName(name)) {
        Some(found) => found.clone(),
        None => name.into(),
    })
}

/// The interned string for a name written in the interpreter's own source, such as
/// `"__setattr__"`: made once per thread and call site, so that a lookup with it is answered
/// by address like the compiled program's own names.
#[macro_export]
macro_rules! interned {
    ($name:literal) => {{
        thread_local! {
            static NAME: std::rc::Rc<str> = $crate::vm::names::intern($name);
        }
        NAME.with(std::rc::Rc::clone)
    }};
}

/// A name to look up in a map keyed by `Rc<str>`: hashed as the `str` it is, equal to a key
/// that is the same string by pointer, else by bytes.
pub struct ByName<'a>(pub &'a str);

impl Hash for ByName<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Must hash as the stored `Rc<str>` does.
        self.0.hash(state)
    }
}

impl Equivalent<Rc<str>> for ByName<'_> {
    #[inline]
    fn equivalent(&self, key: &Rc<str>) -> bool {
        same_string(key, self.0) || **key == *self.0
    }
}

/// Whether `a` and `b` are the very same string (address and length). Sound only when one
/// of them is held alive by the caller (a map's key), so that its address cannot have been
/// freed and reused for other text.
#[inline]
pub fn same_string(a: &str, b: &str) -> bool {
    std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()
}

/// An attribute store's interned name and its site's inline cache.
#[derive(Clone, Copy)]
pub struct StoreSite<'a> {
    pub key: &'a Rc<str>,
    pub site: &'a super::attr_site::AttrSite,
}

#[cfg(test)]
mod tests {
    use super::*;
    use indexmap::IndexMap;

    #[test]
    fn finds_keys_by_pointer_and_by_bytes() {
        let mut map: IndexMap<Rc<str>, u32, FxBuildHasher> = IndexMap::default();
        let stored = intern("reader");
        map.insert(stored.clone(), 1);
        map.insert(key_for("writer"), 2);
        assert_eq!(map.get(&ByName(&intern("reader"))), Some(&1));
        let built = String::from("read") + "er";
        assert_eq!(map.get(&ByName(&built)), Some(&1));
        assert_eq!(map.get(&ByName("writer")), Some(&2));
        assert_eq!(map.get(&ByName("other")), None);
    }

    #[test]
    fn interning_returns_one_string_and_key_for_does_not_intern() {
        assert!(Rc::ptr_eq(&intern("_transport"), &intern("_transport")));
        assert!(Rc::ptr_eq(&key_for("_transport"), &intern("_transport")));
        let dynamic = key_for("made_at_run_time_7");
        assert!(!Rc::ptr_eq(&dynamic, &key_for("made_at_run_time_7")));
    }
}

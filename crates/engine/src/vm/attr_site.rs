//! An attribute instruction's inline cache (`LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD`), one
//! per name of a code object, as CPython 3.11 keeps one per specialised instruction: where
//! an instance's dict last held the name, and the last class found to have no data
//! descriptor of it. Both are hints, checked before use; a wrong guess costs a lookup, never
//! a wrong answer.

use super::lookup_cache::PlainClass;
use super::objects::ClassObj;
use std::cell::Cell;

#[derive(Default)]
pub struct AttrSite {
    /// The index in an instance's dict where the site last found its name
    /// (`names::get_hinted`, `names::store_hinted`), or the slot of a module (a module's
    /// attribute, a builtin `LOAD_GLOBAL` found: `ModuleObj::get_hinted`).
    pub hint: Cell<u32>,
    /// The last class met whose instances' own dict comes first for this name.
    plain: Cell<PlainClass>,
}

impl AttrSite {
    /// Whether `class` was already found to have no data descriptor of this site's name.
    #[inline]
    pub fn knows_plain(&self, class: &ClassObj) -> bool {
        self.plain.get().holds_for(class)
    }

    /// Remembers that `class` has no data descriptor of this site's name.
    pub fn remember_plain(&self, class: &ClassObj) {
        self.plain.set(PlainClass::of(class));
    }
}

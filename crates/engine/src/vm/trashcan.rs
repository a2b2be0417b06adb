//! Deferred destruction of deeply nested containers.
//!
//! Dropping `x = [[[...]]]` a million levels deep would recurse once per level through `Drop`
//! and overflow the native stack (1 MB in wasm). CPython has the same problem and solves it with
//! its "trashcan": past a nesting depth, contents are parked on a list and freed later from the
//! outermost level. Containers hand their contents to `dispose`, which does the same here.

use super::value::Value;
use std::cell::{Cell, RefCell};

/// Nesting depth beyond which contents are parked instead of dropped in place.
const MAX_NESTED_DROPS: usize = 64;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents` (the values a dying container held) without deep native recursion.
pub fn dispose(contents: impl IntoIterator<Item = Value>) {
    let depth = DEPTH.with(Cell::get);
    if depth >= MAX_NESTED_DROPS {
        PARKED.with(|p| p.borrow_mut().extend(contents));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    drop_all(contents);
    if depth == 0 {
        // The outermost drop frees what deeper levels parked, one value at a time; each may
        // park more, which this loop picks up too.
        while let Some(value) = PARKED.with(|p| p.borrow_mut().pop()) {
            drop(value);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

fn drop_all(contents: impl IntoIterator<Item = Value>) {
    for value in contents {
        drop(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::objects::ListObj;
    use std::rc::Rc;

    #[test]
    fn a_million_nested_lists_drop_without_overflowing_the_stack() {
        let mut x = Value::List(Rc::new(ListObj::new(Vec::new())));
        for _ in 0..1_000_000 {
            x = Value::List(Rc::new(ListObj::new(vec![x])));
        }
        drop(x);
        assert!(PARKED.with(|p| p.borrow().is_empty()));
        assert_eq!(DEPTH.with(Cell::get), 0);
    }
}

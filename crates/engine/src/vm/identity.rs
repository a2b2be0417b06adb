//! Identity hashes that do not depend on memory addresses.
//!
//! CPython hashes an object without `__hash__` by its address, so a set of such objects
//! (`asyncio.all_tasks()`, the sets a program builds of its own objects) iterates in an order
//! that changes from run to run. A run here must be a pure function of the program and its
//! settings, and Rust's allocator does not place objects the same way twice either. So an
//! object's identity hash is a number given the first time it is hashed, counted per run: the
//! same program hashes the same objects in the same order, so it gets the same numbers.
//! Futures and tasks hash by their creation serial instead, which makes a set of tasks
//! iterate in creation order (as long as the serials fit the set's table without wrapping).
//!
//! The registry keys numbers by address and keeps a `Weak` to the object: the allocation
//! cannot be reused while the `Weak` lives, so an entry whose object is alive is its own.

use super::value::Value;
use rustc_hash::FxHashMap;
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Registry {
    numbers: FxHashMap<usize, (Weak<dyn Any>, i64)>,
    next: i64,
    /// When the registry next drops the entries of dead objects.
    prune_at: usize,
}

const FIRST_PRUNE: usize = 1024;

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry {
        numbers: FxHashMap::default(),
        next: FIRST_NUMBER,
        prune_at: FIRST_PRUNE,
    });
}

/// Where the numbers start: above the serials futures hash by in any plausible run, so the
/// two rarely share a hash (sharing one would only cost a probe).
const FIRST_NUMBER: i64 = 1 << 32;

/// Forgets every number (a new run starts counting again).
pub fn reset() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.numbers = FxHashMap::default();
        r.next = FIRST_NUMBER;
        r.prune_at = FIRST_PRUNE;
    });
}

/// The identity hash of a reference value; `None` for inline values.
pub fn identity_hash(value: &Value) -> Option<i64> {
    if let Value::Future(f) = value {
        return Some(i64::from(f.serial));
    }
    let address = value.object_address()?;
    Some(REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if let Some((weak, number)) = r.numbers.get(&address) {
            if weak.strong_count() > 0 {
                return *number;
            }
        }
        let number = r.next;
        r.next += 1;
        if let Some(weak) = weak_of(value) {
            if r.numbers.len() >= r.prune_at {
                r.numbers.retain(|_, (w, _)| w.strong_count() > 0);
                r.prune_at = (r.numbers.len() * 2).max(FIRST_PRUNE);
            }
            r.numbers.insert(address, (weak, number));
        }
        number
    }))
}

fn weak<T: Any>(rc: &Rc<T>) -> Weak<dyn Any> {
    let weak: Weak<T> = Rc::downgrade(rc);
    weak
}

/// A weak reference to the object behind `value`, whatever its type.
fn weak_of(value: &Value) -> Option<Weak<dyn Any>> {
    use Value::*;
    Some(match value {
        BigInt(r) => weak(r),
        Str(r) => weak(r),
        Bytes(r) => weak(r),
        ByteArray(r) => weak(r),
        MemoryView(r) => weak(r),
        Tuple(r) => weak(r),
        List(r) => weak(r),
        Dict(r) => weak(r),
        Set(r) => weak(r),
        Range(r) => weak(r),
        Slice(r) => weak(r),
        Function(r) => weak(r),
        Builtin(r) => weak(r),
        BoundMethod(r) => weak(r),
        Class(r) => weak(r),
        Instance(r) => weak(r),
        Module(r) => weak(r),
        Code(r) => weak(r),
        Gen(r) => weak(r),
        NativeCoro(r) => weak(r),
        Iter(r) => weak(r),
        Future(r) => weak(r),
        Handle(r) => weak(r),
        TimerHandle(r) => weak(r),
        Loop(r) => weak(r),
        Cell(r) => weak(r),
        DictView(r) => weak(r),
        Super(r) => weak(r),
        _ => return Option::None,
    })
}

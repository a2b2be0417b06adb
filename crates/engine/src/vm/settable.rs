//! The hash table behind `set` and `frozenset`, as CPython 3.11's `Objects/setobject.c`
//! builds it.
//!
//! A set's iteration order is the order of its table slots, and which slot a key lands in
//! depends on its hash, the table size, the keys already there and the ones deleted before.
//! Programs print sets of small ints all the time (`{3, 1, 2}` prints `{1, 2, 3}`), so the
//! table is reproduced exactly: open addressing with 9 linear probes then perturbed jumps,
//! dummy slots left by deletions (reused by the next insertion that passes them), growth to
//! four times the used count once the table is 60% full, and the special paths of copying
//! and merging, which place keys differently from one-by-one insertion.

use super::hashing::HashedKey;

/// The smallest table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots probed linearly before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A deleted key's slot: lookups continue past it.
    Dummy,
    Active(HashedKey),
}

/// The slots of one set, with CPython's `fill` (active + dummy), `used` (active) and the
/// `finger` where `pop()` resumes its scan.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The probe sequence of `set_lookkey`/`set_add_entry`: `visit(slot)` returns `Some` to stop.
fn probe<R>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in i..=i + probes {
            if let Some(r) = visit(j) {
                return r;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

impl SetTable {
    pub fn new() -> Self {
        SetTable { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    /// A copy as `set.copy()` makes it (a fresh table merged from this one), which may be
    /// smaller than this table and order its keys differently.
    pub fn copied(&self) -> Self {
        let mut t = SetTable::new();
        t.merge(self);
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of slots (for the memory count).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The keys in slot order: the set's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &HashedKey> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    /// The first key at or after slot `pos`, with its slot (`set_next`): iterators keep the
    /// slot position, as CPython's do.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &HashedKey)> {
        self.slots.iter().enumerate().skip(pos).find_map(|(i, s)| match s {
            Slot::Active(k) => Some((i, k)),
            _ => None,
        })
    }

    /// The keys with hash `hash`: those the lookup's probe sequence meets before an empty
    /// slot, which are all of them.
    pub fn with_hash(&self, hash: i64) -> impl Iterator<Item = &HashedKey> {
        let mut slots = Vec::new();
        if self.capacity() > 0 {
            probe(self.mask(), hash, |j| match &self.slots[j] {
                Slot::Empty => Some(()),
                Slot::Active(k) if k.hash == hash => {
                    slots.push(j);
                    None
                }
                _ => None,
            });
        }
        slots.into_iter().filter_map(move |j| match &self.slots[j] {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    /// The slot holding `key` (`set_lookkey`).
    fn find(&self, key: &HashedKey) -> Option<usize> {
        probe(self.mask(), key.hash, |j| match &self.slots[j] {
            Slot::Empty => Some(None),
            Slot::Active(k) if k == key => Some(Some(j)),
            _ => None,
        })
    }

    pub fn contains(&self, key: &HashedKey) -> bool {
        self.find(key).is_some()
    }

    /// Adds `key` unless present (`set_add_entry`); true if it was added.
    pub fn insert(&mut self, key: HashedKey) -> bool {
        let mut freeslot = None;
        let found = probe(self.mask(), key.hash, |j| match &self.slots[j] {
            Slot::Empty => Some(Err(j)),
            Slot::Active(k) if *k == key => Some(Ok(())),
            Slot::Active(_) => None,
            Slot::Dummy => {
                freeslot = Some(j);
                None
            }
        });
        let empty = match found {
            Ok(()) => return false,
            Err(j) => j,
        };
        self.used += 1;
        if let Some(j) = freeslot {
            self.slots[j] = Slot::Active(key);
            return true;
        }
        self.fill += 1;
        self.slots[empty] = Slot::Active(key);
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
        true
    }

    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Removes `key` if present, leaving a dummy (`set_discard_entry`); true if it was there.
    pub fn remove(&mut self, key: &HashedKey) -> bool {
        match self.find(key) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// Removes and returns the key at or after the finger (`set_pop`).
    pub fn pop(&mut self) -> Option<HashedKey> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.slots[j], Slot::Active(_)) {
            j = if j == mask { 0 } else { j + 1 };
        }
        let key = match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Active(k) => k,
            _ => return None,
        };
        self.used -= 1;
        self.finger = j + 1;
        Some(key)
    }

    /// Empties the set back to the smallest table (`set_clear_internal`; the finger stays).
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetTable::new();
        self.finger = finger;
    }

    /// Takes over the keys of `other` (`set_swap_bodies`, for the in-place updates that
    /// compute a new table first); the finger stays.
    pub fn replace_with(&mut self, other: SetTable) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping dummies
    /// (`set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(k) = slot {
                insert_clean(&mut self.slots, k);
            }
        }
    }

    /// Makes room before adding about `extra` keys at once, as `set_update_internal` does for
    /// a dict.
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// After removals: rebuilds when more than a quarter of the slots are dummies, as
    /// `set_difference_update_internal` does.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Adds every key of `other` (`set_merge`): one resize up front, then a slot-for-slot copy
    /// or clean insertions when this table is empty, else ordinary insertions.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for k in other.iter() {
                insert_clean(&mut self.slots, k.clone());
            }
            return;
        }
        for k in other.iter() {
            self.insert(k.clone());
        }
    }

    /// CPython's `frozenset_hash`: independent of order, mixing every key's hash.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for k in self.iter() {
            hash ^= shuffle(k.hash as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

/// Puts a key known to be absent into the first empty slot of its probe sequence
/// (`set_insert_clean`, which probes without comparing).
fn insert_clean(slots: &mut [Slot], key: HashedKey) {
    let mask = slots.len() - 1;
    let mut perturb = key.hash as u64;
    let mut i = (key.hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Active(key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            let run = &mut slots[i + 1..=i + LINEAR_PROBES];
            if let Some(slot) = run.iter_mut().find(|s| matches!(s, Slot::Empty)) {
                *slot = Slot::Active(key);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::value::Value;

    fn key(i: i64) -> HashedKey {
        HashedKey::new(Value::Int(i)).expect("ints hash")
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|k| match k.value {
                Value::Int(i) => i,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn small_ints_iterate_by_hash_slot() {
        let mut t = SetTable::new();
        for i in [3, 1, 2, 3, 1] {
            t.insert(key(i));
        }
        assert_eq!(ints(&t), vec![1, 2, 3]);
        let mut t = SetTable::new();
        for i in [3, 11] {
            t.insert(key(i));
        }
        // 11 collides with 3 near the end of the table and jumps to slot 0.
        assert_eq!(ints(&t), vec![11, 3]);
        assert_eq!(t.pop().map(|k| k.hash), Some(11));
    }

    #[test]
    fn insertion_reuses_the_last_dummy_passed() {
        // Checked against CPython 3.11: {0, 8, 16, 32}, remove 0 and 16, add 24.
        let mut t = SetTable::new();
        for i in [0, 8, 16, 32] {
            t.insert(key(i));
        }
        t.remove(&key(0));
        t.remove(&key(16));
        t.insert(key(24));
        assert_eq!(ints(&t), vec![8, 32, 24]);
    }
}

//! The entries of a `dict`: insertion-ordered, found by hash, and deleted in O(1).
//!
//! CPython's dict keeps its entries in an array in insertion order and deletes by leaving a
//! dummy where the entry was; the array is compacted when the table is resized. An
//! `IndexMap` keeps order too, but its ordered removal shifts every later entry and
//! re-indexes them: deleting the first half of a 100,000-key dict cost minutes instead of
//! milliseconds, and programs do exactly that (a FIFO cache evicting `next(iter(d))`,
//! `popitem(last=False)`, TaskGroups and servers forgetting finished work).
//!
//! So a deleted entry stays in place as a tombstone (its key's value replaced by
//! [`Value::Null`], which no lookup equals; its stored hash kept) until tombstones outnumber
//! the live entries, when one O(n) pass drops them all: deletion is amortised O(1).
//! Positions are raw entry positions, tombstones included, as CPython's dict iterators use
//! them; [`DictTable::get_index`] says which positions hold a live entry.

use super::hashing::HashedKey;
use super::objects::PyHashBuilder;
use super::value::Value;
use indexmap::IndexMap;

/// Tombstones below this many are never compacted: small dicts are not worth the pass.
const COMPACT_MIN: usize = 8;

#[derive(Clone, Default)]
pub struct DictTable {
    entries: IndexMap<HashedKey, Value, PyHashBuilder>,
    /// How many of `entries` are tombstones.
    dead: usize,
}

fn is_tombstone(key: &HashedKey) -> bool {
    matches!(key.value, Value::Null)
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.entries.len() - self.dead
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Allocated entry slots (for memory accounting).
    pub fn capacity(&self) -> usize {
        self.entries.capacity()
    }

    /// One past the last raw position: what a positional walk runs to.
    pub fn end(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&HashedKey, &Value)> + Clone {
        self.entries.iter().filter(|(k, _)| !is_tombstone(k))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &HashedKey> + Clone {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + Clone {
        self.iter().map(|(_, v)| v)
    }

    /// The live entry at raw position `index`: `None` past the end, `Some(None)` for a
    /// tombstone.
    pub fn get_index(&self, index: usize) -> Option<Option<(&HashedKey, &Value)>> {
        let (k, v) = self.entries.get_index(index)?;
        Some((!is_tombstone(k)).then_some((k, v)))
    }

    pub fn get(&self, key: &HashedKey) -> Option<&Value> {
        self.entries.get(key)
    }

    pub fn get_mut(&mut self, key: &HashedKey) -> Option<&mut Value> {
        self.entries.get_mut(key)
    }

    pub fn contains_key(&self, key: &HashedKey) -> bool {
        self.entries.contains_key(key)
    }

    /// Sets `key` to `value`: an existing key keeps its place (and its original key object,
    /// as in CPython); a new one goes last. Returns the old value.
    pub fn insert(&mut self, key: HashedKey, value: Value) -> Option<Value> {
        self.entries.insert(key, value)
    }

    /// Removes `key`, leaving a tombstone in its place. Returns the removed value.
    pub fn shift_remove(&mut self, key: &HashedKey) -> Option<Value> {
        use indexmap::map::MutableKeys;
        let index = self.entries.get_index_of(key)?;
        let (k, v) = self.entries.get_index_mut2(index).expect("index just found");
        // The stored hash stays: the table still files the tombstone under it.
        let tombstone = HashedKey { value: Value::Null, hash: k.hash };
        let removed = std::mem::replace(v, Value::Null);
        drop(std::mem::replace(k, tombstone));
        // The tombstone stays even at the end: as in CPython, a key added next goes after
        // it, where an iterator that passed the deleted one still meets it ("dictionary keys
        // changed during iteration").
        self.dead += 1;
        if self.dead >= COMPACT_MIN && self.dead > self.len() {
            self.compact();
        }
        Some(removed)
    }

    /// Removes and returns the last live entry (`dict.popitem`).
    pub fn pop(&mut self) -> Option<(HashedKey, Value)> {
        self.trim_tail();
        let last = self.entries.pop();
        self.trim_tail();
        last
    }

    /// The entries sharing `key`'s table hash that the lookup's probe visits, passed to
    /// `visit` (tombstones left out).
    pub fn visit_same_hash(&self, key: &HashedKey, mut visit: impl FnMut(&HashedKey)) {
        use indexmap::map::RawEntryApiV1;
        use std::hash::BuildHasher;
        let table_hash = self.entries.hasher().hash_one(key);
        // Answering "no match" to every entry makes the lookup visit all that share the hash.
        self.entries.raw_entry_v1().from_hash(table_hash, |k| {
            if !is_tombstone(k) {
                visit(k);
            }
            false
        });
    }

    /// Tombstones at the end cost nothing to drop (no position before them moves).
    fn trim_tail(&mut self) {
        while self.dead > 0 && self.entries.last().is_some_and(|(k, _)| is_tombstone(k)) {
            self.entries.pop();
            self.dead -= 1;
        }
    }

    /// Drops every tombstone in one pass (positions move: only done when deleting, which
    /// live iterators report as a change of size).
    fn compact(&mut self) {
        self.entries.retain(|k, _| !is_tombstone(k));
        self.dead = 0;
    }
}

impl IntoIterator for DictTable {
    type Item = (HashedKey, Value);
    type IntoIter = std::iter::Filter<
        indexmap::map::IntoIter<HashedKey, Value>,
        fn(&(HashedKey, Value)) -> bool,
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter().filter(|(k, _)| !is_tombstone(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: i64) -> HashedKey {
        HashedKey::new(Value::Int(i)).unwrap()
    }

    fn keys(t: &DictTable) -> Vec<i64> {
        t.keys()
            .map(|k| match k.value {
                Value::Int(i) => i,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn deleting_keeps_order_and_a_reinserted_key_goes_last() {
        let mut t = DictTable::default();
        for i in 0..5 {
            t.insert(key(i), Value::Int(i * 10));
        }
        assert!(matches!(t.shift_remove(&key(1)), Some(Value::Int(10))));
        assert!(t.shift_remove(&key(1)).is_none());
        assert_eq!(keys(&t), [0, 2, 3, 4]);
        assert_eq!(t.len(), 4);
        assert!(t.get(&key(1)).is_none());
        t.insert(key(1), Value::Int(11));
        assert_eq!(keys(&t), [0, 2, 3, 4, 1]);
        assert!(matches!(t.get_index(1), Some(None)));
        assert!(t.get_index(6).is_none());
    }

    #[test]
    fn many_deletions_compact_and_popitem_skips_tombstones() {
        let mut t = DictTable::default();
        for i in 0..100 {
            t.insert(key(i), Value::None);
        }
        for i in 0..90 {
            t.shift_remove(&key(i));
        }
        assert_eq!(t.len(), 10);
        assert!(t.end() < 100, "tombstones were compacted");
        assert_eq!(keys(&t), (90..100).collect::<Vec<_>>());
        t.shift_remove(&key(99));
        let (k, _) = t.pop().unwrap();
        assert!(matches!(k.value, Value::Int(98)));
        assert_eq!(t.len(), 8);
        for i in 90..98 {
            t.shift_remove(&key(i));
        }
        assert!(t.is_empty());
        // Deleted entries at the end stay until a compaction, as CPython keeps `dk_nentries`:
        // a key added now goes after them, where an iterator that passed them meets it.
        let end = t.end();
        t.insert(key(5), Value::None);
        assert_eq!(t.end(), end + 1, "a new key goes after the tombstones");
        assert_eq!(keys(&t), [5]);
        t.shift_remove(&key(5));
        assert!(t.pop().is_none());
        assert_eq!(t.end(), 0, "popitem drops the tombstones at the end");
    }
}

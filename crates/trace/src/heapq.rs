//! A binary heap with exactly `heapq`'s algorithms (`heappush`, `heappop`, `heapify`), so the
//! timer heap's array has the same layout as CPython's `loop._scheduled` at every step. Both the
//! event loop and the trace replay use it, so the page shows the heap the engine had.

/// What orders timers: the deadline, then the scheduling order (the conformance harness
/// patches CPython's `TimerHandle.__lt__` the same way; see tests/conformance/README.md).
pub trait HeapKey {
    fn key(&self) -> (f64, u64);
}

/// A shared item orders as the item does (the engine keeps its timer handles in `Rc`s).
impl<T: HeapKey> HeapKey for std::rc::Rc<T> {
    fn key(&self) -> (f64, u64) {
        (**self).key()
    }
}

fn less<T>(a: &Entry<T>, b: &Entry<T>) -> bool {
    let (wa, sa) = a.key;
    let (wb, sb) = b.key;
    wa < wb || (wa == wb && sa < sb)
}

/// Keys live next to the items, so sifting compares without following pointers.
#[derive(Debug, Clone)]
struct Entry<T> {
    key: (f64, u64),
    item: T,
}

#[derive(Debug, Clone)]
pub struct TimerHeap<T> {
    items: Vec<Entry<T>>,
}

impl<T> Default for TimerHeap<T> {
    fn default() -> Self {
        TimerHeap { items: Vec::new() }
    }
}

impl<T: HeapKey> TimerHeap<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The heap array, in `heapq`'s order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter().map(|e| &e.item)
    }

    pub fn peek(&self) -> Option<&T> {
        self.items.first().map(|e| &e.item)
    }

    pub fn push(&mut self, item: T) {
        self.items.push(Entry { key: item.key(), item });
        let last = self.items.len() - 1;
        self.sift_down(0, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last.item);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        self.sift_up(0);
        Some(top.item)
    }

    /// Keeps the items `keep` accepts and re-heapifies, as `_run_once` does when more than half
    /// of many timers are cancelled.
    pub fn retain_and_heapify(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.items.retain(|e| keep(&e.item));
        for i in (0..self.items.len() / 2).rev() {
            self.sift_up(i);
        }
    }

    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// `heapq._siftdown`: move the item at `pos` up towards `start`.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if less(&self.items[pos], &self.items[parent]) {
                self.items.swap(pos, parent);
                pos = parent;
            } else {
                break;
            }
        }
    }

    /// `heapq._siftup`: move the smaller child up until a leaf, then sift the item back down.
    fn sift_up(&mut self, mut pos: usize) {
        let end = self.items.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && !less(&self.items[child], &self.items[right]) {
                child = right;
            }
            self.items.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        self.sift_down(start, pos);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    struct T(f64, u64);

    impl HeapKey for T {
        fn key(&self) -> (f64, u64) {
            (self.0, self.1)
        }
    }

    fn whens(h: &TimerHeap<T>) -> Vec<f64> {
        h.iter().map(|t| t.0).collect()
    }

    #[test]
    fn layout_matches_heapq() {
        // heapq after pushing 5, 3, 8, 1, 9, 2 is [1, 3, 2, 5, 9, 8]; after one pop
        // [2, 3, 8, 5, 9]; dropping 3 and heapifying gives [2, 8, 5, 9] (CPython 3.11).
        let mut h = TimerHeap::default();
        for (i, w) in [5.0, 3.0, 8.0, 1.0, 9.0, 2.0].into_iter().enumerate() {
            h.push(T(w, i as u64));
        }
        assert_eq!(whens(&h), [1.0, 3.0, 2.0, 5.0, 9.0, 8.0]);
        assert_eq!(h.pop(), Some(T(1.0, 3)));
        assert_eq!(whens(&h), [2.0, 3.0, 8.0, 5.0, 9.0]);
        h.retain_and_heapify(|t| t.0 != 3.0);
        assert_eq!(whens(&h), [2.0, 8.0, 5.0, 9.0]);
    }

    #[test]
    fn equal_deadlines_pop_in_scheduling_order() {
        let mut h = TimerHeap::default();
        for seq in 0..20 {
            h.push(T(1.0, seq));
        }
        let order: Vec<u64> = std::iter::from_fn(|| h.pop()).map(|t| t.1).collect();
        assert_eq!(order, (0..20).collect::<Vec<_>>());
    }
}

//! An approximate count of the memory a program's containers hold, so that runaway growth
//! (`while True: items.append(1)`) stops with `MemoryError` before it exhausts the machine or
//! the browser tab. Lists, dicts, sets and big strings report their growth here and give it back
//! when dropped. The count is per thread: one run at a time uses it.

use std::cell::Cell;

thread_local! {
    static IN_USE: Cell<usize> = const { Cell::new(0) };
    static LIMIT: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Starts a run with nothing counted and the given limit.
pub fn reset(limit: usize) {
    IN_USE.with(|c| c.set(0));
    LIMIT.with(|c| c.set(limit));
}

/// Counts `bytes` more; false (counting nothing) if that would pass the limit.
pub fn charge(bytes: usize) -> bool {
    IN_USE.with(|in_use| {
        let now = in_use.get().saturating_add(bytes);
        if now > LIMIT.with(|l| l.get()) {
            false
        } else {
            in_use.set(now);
            true
        }
    })
}

/// Counts `bytes` even past the limit (memory that exists already; the caller reports it).
pub fn force_charge(bytes: usize) {
    IN_USE.with(|in_use| in_use.set(in_use.get().saturating_add(bytes)));
}

pub fn release(bytes: usize) {
    IN_USE.with(|in_use| in_use.set(in_use.get().saturating_sub(bytes)));
}

/// Bytes counted now.
pub fn in_use() -> usize {
    IN_USE.with(|c| c.get())
}

/// Whether one allocation of `bytes` could ever fit (checked before building huge values).
pub fn fits(bytes: usize) -> bool {
    IN_USE.with(|c| c.get()).saturating_add(bytes) <= LIMIT.with(|l| l.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charges_stop_at_the_limit_and_release_gives_back() {
        reset(100);
        assert!(charge(60));
        assert!(!charge(50));
        assert_eq!(in_use(), 60);
        release(30);
        assert!(charge(50));
        assert!(!fits(21));
        reset(usize::MAX);
    }
}

#[cfg(test)]
mod object_sizes {
    use crate::asyncio::future::FutureObj;
    use crate::vm::frame::Frame;
    use crate::vm::objects::InstanceObj;
    use std::mem::size_of;

    /// Every live task has a future and every live coroutine a frame, so their sizes are
    /// memory per task (`fanout` holds 100,000 of each at once): growing one is a decision.
    /// (A task's own fields are boxed: the plain futures it waits on do not carry them.)
    /// Measure the benchmarks' peak memory (docs/BENCHMARKS.md), then raise the bound here.
    #[test]
    fn per_task_objects_stay_small() {
        assert!(size_of::<Frame>() <= 216, "Frame is {} bytes", size_of::<Frame>());
        assert!(size_of::<FutureObj>() <= 144, "FutureObj is {} bytes", size_of::<FutureObj>());
        // 10,000 connections make some 90,000 instances.
        assert!(
            size_of::<InstanceObj>() <= 96,
            "InstanceObj is {} bytes",
            size_of::<InstanceObj>()
        );
    }
}

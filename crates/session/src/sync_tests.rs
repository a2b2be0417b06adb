//! The synchronisation panel's facts: each primitive with its state and the tasks in its
//! deques, in order; blocked tasks naming what they wait for; task groups' children; the
//! tasks `asyncio.run` makes while it shuts down.

use crate::host::Host;
use loopscope_protocol::view::{Snapshot, SyncRow, TaskRow, TaskState};

use crate::test_host::{at_line, run, view};

fn last(host: &mut Host) -> Snapshot {
    let steps = view(host, 0).steps;
    view(host, steps)
}

fn sync<'a>(snap: &'a Snapshot, name: &str) -> &'a SyncRow {
    snap.syncs.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("{name}: {:?}", snap.syncs))
}

fn task<'a>(snap: &'a Snapshot, name: &str) -> &'a TaskRow {
    snap.tasks.rows.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("{name}"))
}

fn members(row: &SyncRow) -> Vec<(String, String)> {
    row.members.iter().map(|m| (m.role.clone(), m.name.clone())).collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

const LOCK: &str = "\
import asyncio

async def worker(lock, n):
    async with lock:
        await asyncio.sleep(1)
        print('done', n)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, 1), worker(lock, 2), worker(lock, 3))

asyncio.run(main())
";

#[test]
fn a_held_lock_lists_its_waiters_in_order_and_they_say_what_they_wait_for() {
    let mut host = run(LOCK);
    // The first worker prints while holding the lock; the other two wait, in order.
    let snap = at_line(&mut host, 6);
    let lock = sync(&snap, "Lock #1");
    assert_eq!(lock.state, "locked");
    assert_eq!(members(lock), pairs(&[("waiter", "Task-3"), ("waiter", "Task-4")]));
    assert_eq!(lock.members[0].state, Some(TaskState::Suspended));
    assert_eq!(task(&snap, "Task-3").blocked_on, "waits for Lock #1");
    assert_eq!(task(&snap, "Task-2").blocked_on, "");
    // At the end the lock is free and nobody waits.
    let end = last(&mut host);
    let lock = sync(&end, "Lock #1");
    assert_eq!(lock.state, "unlocked");
    assert!(lock.members.is_empty());
    assert_eq!(end.syncs_total, 1);
}

const QUEUE: &str = "\
import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
    print('produced')

async def consumer(q):
    await asyncio.sleep(1)
    while True:
        item = await q.get()
        print('got', item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    c = asyncio.create_task(consumer(q))
    await producer(q)
    await q.join()
    c.cancel()

asyncio.run(main())
";

#[test]
fn a_full_queue_shows_its_items_and_the_blocked_putter() {
    let mut host = run(QUEUE);
    // The consumer wakes up after a second: the producer has been blocked on the third put.
    let snap = at_line(&mut host, 11);
    let q = sync(&snap, "Queue #1");
    assert_eq!(q.state, "items [0, 1] maxsize 2 unfinished 2 join Event #2");
    assert_eq!(members(q), pairs(&[("putter", "Task-1")]));
    assert_eq!(task(&snap, "Task-1").blocked_on, "waits to put into Queue #1");
    // Later the consumer waits for an item on the empty queue.
    let end = at_line(&mut host, 20);
    let q = sync(&end, "Queue #1");
    assert_eq!(members(q), pairs(&[("getter", "Task-2")]));
    assert_eq!(task(&end, "Task-2").blocked_on, "waits to get from Queue #1");
    assert!(q.state.starts_with("items [] maxsize 2 unfinished 0"), "{}", q.state);
}

const GROUP: &str = "\
import asyncio

async def child(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 3):
                tg.create_task(child(n))
    except* ValueError:
        print('failed')

asyncio.run(main())
";

#[test]
fn a_task_group_lists_its_children_with_their_states() {
    let mut host = run(GROUP);
    let snap = at_line(&mut host, 14);
    let tg = sync(&snap, "TaskGroup #1");
    assert_eq!(tg.state, "finished");
    assert_eq!(
        members(tg),
        pairs(&[("child", "Task-2"), ("child", "Task-3"), ("child", "Task-4")])
    );
    let states: Vec<_> = tg.members.iter().map(|m| m.state).collect();
    assert_eq!(states, [Some(TaskState::Done), Some(TaskState::Done), Some(TaskState::Cancelled)]);
}

#[test]
fn the_tasks_asyncio_run_makes_while_shutting_down_say_so() {
    let source = "\
import asyncio

async def forever():
    await asyncio.sleep(100)

async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)

asyncio.run(main())
";
    let mut host = run(source);
    let end = last(&mut host);
    let origins: Vec<(&str, &str)> =
        end.tasks.rows.iter().map(|t| (t.name.as_str(), t.origin.as_str())).collect();
    assert_eq!(
        origins,
        [
            ("Task-1", ""),
            ("Task-2", ""),
            ("Task-3", "asyncio.run shutdown: shutdown_asyncgens()"),
            ("Task-4", "asyncio.run shutdown: shutdown_default_executor()"),
        ]
    );
}

# A task can run one of asyncio's own coroutines (a queue's get(), a lock's acquire(),
# wait_for()). Its repr names the coroutine and the line of CPython's asyncio source where
# it waits ("running at"), or where it is defined once done.
import asyncio


async def main():
    q, ev, lock, sem = asyncio.Queue(), asyncio.Event(), asyncio.Lock(), asyncio.Semaphore(0)
    cond, cond2, barrier, full = asyncio.Condition(), asyncio.Condition(), asyncio.Barrier(2), asyncio.Queue(1)
    full.put_nowait(0)
    await lock.acquire()
    await cond.acquire()
    await cond2.acquire()  # each condition's wait() needs its lock held
    tasks = [asyncio.create_task(c) for c in (
        q.get(), ev.wait(), lock.acquire(), sem.acquire(), full.put(1), q.join(),
        barrier.wait(), asyncio.wait_for(ev.wait(), 5), asyncio.wait_for(ev.wait(), None),
        cond.wait(), cond2.wait_for(ev.is_set))]
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    q.put_nowait(1)
    ev.set()
    lock.release()
    sem.release()
    full.get_nowait()
    async with cond, cond2:
        cond.notify()
        cond2.notify()
    await asyncio.sleep(0.01)
    for t in tasks:
        print(t)
    slow = asyncio.create_task(asyncio.sleep(1))
    waiting = asyncio.create_task(asyncio.wait_for(slow, 0.5))
    await asyncio.sleep(0)
    print(waiting)
    waiting.cancel()
    await asyncio.sleep(0)
    print(waiting)
    await asyncio.gather(waiting, barrier.wait(), return_exceptions=True)
    print(waiting)


asyncio.run(main())

# Tasks that run one of asyncio's own Python coroutines show CPython's file and line for it,
# while suspended and once done: wait(), as_completed()'s _wait_for_one(), a lock's
# __aenter__(), a queue's get() and put(), an event's wait().
import asyncio


async def dump(label):
    print(label)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        if t is not asyncio.current_task():
            print("  ", t)


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait("full")
    event = asyncio.Event()
    sleeper = asyncio.create_task(asyncio.sleep(1), name="a-sleeper")
    waiter = asyncio.create_task(asyncio.wait([sleeper], timeout=5), name="b-waiter")
    first = asyncio.create_task(next(asyncio.as_completed([sleeper])), name="c-first")
    locker = asyncio.create_task(lock.__aenter__(), name="d-locker")
    putter = asyncio.create_task(queue.put("more"), name="e-putter")
    event_waiter = asyncio.create_task(event.wait(), name="f-event")
    getter = asyncio.create_task(asyncio.Queue().get(), name="g-getter")
    await asyncio.sleep(0)
    await dump("suspended:")
    lock.release()
    queue.get_nowait()
    event.set()
    getter.cancel()
    done, pending = await waiter
    print(len(done), len(pending), await first)
    await asyncio.sleep(0)
    await dump("after:")
    print(waiter)
    print(first)
    print(locker)
    print(putter)
    print(event_waiter)


asyncio.run(main())

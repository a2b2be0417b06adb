# notify(n) wakes at most n waiters, oldest first; each woken waiter re-acquires the lock
# before wait() returns, so they run one at a time.
import asyncio


async def waiter(cond, name):
    await cond.acquire()
    try:
        print(name, "waits")
        await cond.wait()
        print(name, "woken, holds the lock:", cond.locked())
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in "abcd"]
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify(2)
    print(cond)
    cond.release()
    await asyncio.sleep(0.1)
    await cond.acquire()
    cond.notify_all()
    cond.release()
    await asyncio.gather(*tasks)
    print(cond)


asyncio.run(main())

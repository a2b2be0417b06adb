# Two Conditions can share one Lock (not-empty / not-full of a buffer): holding the lock
# for one holds it for both.
import asyncio


async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    await not_empty.acquire()
    print(not_full.locked(), not_full)
    not_full.notify()
    not_empty.release()
    print(lock.locked(), not_full)


asyncio.run(main())

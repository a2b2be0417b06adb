# A Condition borrows its lock's methods: locked(), acquire() and release() are the lock's,
# and a Condition can share a Lock given to it.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond)
    await cond.acquire()
    print(cond, lock, cond.locked())
    cond.release()
    print(cond, lock.locked())
    print(asyncio.Condition())


asyncio.run(main())

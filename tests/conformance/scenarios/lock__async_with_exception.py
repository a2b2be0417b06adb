# `async with lock:` releases the lock however the block ends: normally, with an
# exception, or with a return. The exception still propagates after the release.
# Notice the lock is unlocked again after each block, and the waiting task proceeds.
import asyncio


async def fails(lock):
    async with lock:
        print("fails: inside, locked:", lock.locked())
        await asyncio.sleep(1)
        raise ValueError("broken inside the lock")


async def returns_early(lock):
    async with lock:
        print("returns_early: inside at", asyncio.get_running_loop().time())
        return "early"


async def main():
    lock = asyncio.Lock()
    t1 = asyncio.create_task(fails(lock))
    t2 = asyncio.create_task(returns_early(lock))
    await asyncio.sleep(0)
    print(lock)
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print(results)
    print(lock)
    async with lock as value:
        print("async with lock as value ->", value)


asyncio.run(main())

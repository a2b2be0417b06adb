# `async with lock as x` binds None (Lock.__aenter__ returns nothing); the lock is held
# inside the block and released after it, also when the block raises.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock as x:
        print(x, lock.locked())
    print(lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError:", e, "locked after:", lock.locked())


asyncio.run(main())

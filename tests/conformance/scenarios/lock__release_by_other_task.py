# An asyncio Lock has no owner: any task may release it, not only the one that acquired it.
import asyncio


async def holder(lock):
    await lock.acquire()
    print("holder acquired")


async def main():
    lock = asyncio.Lock()
    await asyncio.create_task(holder(lock))
    print("main sees", lock)
    lock.release()
    print("main released it:", lock)


asyncio.run(main())

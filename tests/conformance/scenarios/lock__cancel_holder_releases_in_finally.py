# Cancelling the task that holds a Lock: its `async with` releases the lock on the way out,
# and the next waiter gets it.
import asyncio


async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(10)


async def waiter(lock):
    async with lock:
        print("waiter got the lock at", asyncio.get_running_loop().time())


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(1)
    print(lock)
    h.cancel()
    await w
    print(h.cancelled(), lock)


asyncio.run(main())

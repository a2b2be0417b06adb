# Four tasks each add 1 to a shared counter three times, reading it, yielding to the loop,
# then writing it back. Without a lock the reads and writes interleave and updates are
# lost; with asyncio.Lock each read-yield-write runs alone and the total is right.
import asyncio

counter = 0


async def add(times, lock=None):
    global counter
    for _ in range(times):
        if lock is None:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1
        else:
            async with lock:
                value = counter
                await asyncio.sleep(0)
                counter = value + 1


async def main():
    global counter
    await asyncio.gather(*(add(3) for _ in range(4)))
    print(f"without a lock: {counter} (expected 12)")
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(add(3, lock) for _ in range(4)))
    print(f"with a lock:    {counter} (expected 12)")
    print("locked at the end:", lock.locked())


asyncio.run(main())

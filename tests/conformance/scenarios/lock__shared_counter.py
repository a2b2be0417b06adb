# The classic race: read a shared value, await something, write it back. Without a lock the
# tasks overwrite each other's updates; with `async with lock` around the read-modify-write
# every increment survives.
# Notice the unsafe total is 1, not 5.
import asyncio

counter = 0


async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0.1)
    counter = value + 1


async def safe_increment(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0.1)
        counter = value + 1


async def main():
    global counter
    await asyncio.gather(*[unsafe_increment() for _ in range(5)])
    print("without a lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*[safe_increment(lock) for _ in range(5)])
    print("with a lock:", counter)


asyncio.run(main())

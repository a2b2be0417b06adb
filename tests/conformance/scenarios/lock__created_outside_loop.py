# Since Python 3.10 a Lock or Queue can be created before any loop runs; it binds to the
# loop that first makes it wait. A free lock is acquired without binding.
import asyncio

lock = asyncio.Lock()
queue = asyncio.Queue()
print(lock, queue)


async def main():
    await lock.acquire()
    await queue.put("item")
    print(lock, queue, await queue.get())
    lock.release()


asyncio.run(main())
asyncio.run(main())

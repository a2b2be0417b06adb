# A put() on a full queue waits until a get() makes room; the waiting putter shows in the
# repr as _putters[1].
import asyncio


async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i, "at", asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue(1)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0.1)
    print(q)
    for _ in range(3):
        print("got", await q.get())
        await asyncio.sleep(0.1)
    await p


asyncio.run(main())

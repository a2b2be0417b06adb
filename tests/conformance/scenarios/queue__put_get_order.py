# A FIFO Queue gives items back in the order they were put; qsize(), empty() and full()
# follow along.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    for i in range(3):
        await q.put(i)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    print([await q.get() for _ in range(3)])
    print(q.qsize(), q.empty(), q.full())


asyncio.run(main())

# maxsize 0 (or negative) means unbounded: full() is never true.
import asyncio


async def main():
    for size in (0, -1):
        q = asyncio.Queue(size)
        for i in range(100):
            q.put_nowait(i)
        print(size, q.qsize(), q.full(), q.maxsize)


asyncio.run(main())

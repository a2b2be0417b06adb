# Items with equal priority come out by their next field: (1, "b") before (1, "c").
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(1, "c"), (0, "z"), (1, "b"), (1, "a")]:
        q.put_nowait(item)
    print(q)
    print([q.get_nowait() for _ in range(4)])


asyncio.run(main())

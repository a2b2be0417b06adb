# PriorityQueue pops the smallest item; (priority, name) tuples order by priority first.
# Items that cannot be compared raise TypeError at put time.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(2, "write"), (0, "urgent"), (1, "read"), (0, "also urgent")]:
        await q.put(item)
    while not q.empty():
        print(await q.get())
    q.put_nowait((1, {}))
    try:
        q.put_nowait((1, {}))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

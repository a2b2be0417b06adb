# PriorityQueue hands out the smallest item first (a heap inside). Items are usually
# (priority, data) tuples; equal priorities fall back to comparing the data.
# Notice the str shows the heap's internal list, which is not sorted. Items that cannot be
# compared raise TypeError in put_nowait(), yet the item stays in the heap uncounted
# (tasks= does not include it).
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(5, "later"), (3, "low"), (4, "soon"), (1, "urgent"), (1, "also urgent")]:
        q.put_nowait(item)
    print(str(q))
    while not q.empty():
        print(await q.get())
        q.task_done()
    q.put_nowait((1, {"x": 1}))
    try:
        q.put_nowait((1, {"y": 2}))
    except TypeError as e:
        print("TypeError:", e)
    print("qsize after the failed put:", q.qsize(), str(q))
    print(isinstance(q, asyncio.Queue), type(q).__name__)


asyncio.run(main())

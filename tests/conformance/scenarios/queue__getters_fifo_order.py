# Tasks waiting in get() are served in the order they started waiting. The queue keeps a
# deque of getter futures; each put_nowait() wakes the first one.
# Notice the repr shows `_getters[3]` while they wait, and that items arrive in put order.
import asyncio


async def getter(name, q):
    item = await q.get()
    print(f"{name} got {item!r}")


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in ("first", "second", "third")]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("A")
    q.put_nowait("B")
    print(str(q))
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("C")
    await asyncio.gather(*tasks)
    print(str(q))


asyncio.run(main())

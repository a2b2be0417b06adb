# asyncio.Queue[int] and its subclasses' aliases are generic aliases of the queue classes;
# calling one makes an ordinary queue that works as usual, with keyword arguments passed on.
# Notice the alias prints the class's defining module (asyncio.queues; _asyncio for Future).
import asyncio


async def main():
    alias = asyncio.LifoQueue[str]
    print(alias, alias.__origin__ is asyncio.LifoQueue, alias.__args__)
    q = asyncio.PriorityQueue[tuple[int, str]](maxsize=2)
    await q.put((2, "b"))
    await q.put((1, "a"))
    print(type(q).__name__, q.full(), q.get_nowait(), q)
    lifo = alias()
    lifo.put_nowait("x")
    lifo.put_nowait("y")
    print(await lifo.get(), asyncio.Queue[int] == asyncio.Queue[int])
    print(asyncio.Future[int], asyncio.Task[str], asyncio.Future[int]().done())
    try:
        isinstance(q, asyncio.Queue[int])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

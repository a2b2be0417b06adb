# gather() returns an instance of asyncio.tasks._GatheringFuture, a subclass of Future:
# type(), its name, module and MRO say so, isinstance(..., Future) holds, and
# ensure_future() hands it back unchanged. gather() with no awaitables is a plain Future.
import asyncio


async def fetch(n):
    await asyncio.sleep(n)
    return n


async def main():
    g = asyncio.gather(fetch(0.1), fetch(0.2))
    print(type(g), type(g).__name__, type(g).__qualname__, type(g).__module__)
    print(isinstance(g, asyncio.Future), type(g) is asyncio.Future, issubclass(type(g), asyncio.Future))
    print(type(g).__mro__)
    print(g, g.done(), asyncio.ensure_future(g) is g)
    print(await g, g)
    empty = asyncio.gather()
    print(type(empty).__name__, empty, await empty)
    cancelled = asyncio.gather(fetch(1))
    cancelled.cancel()
    try:
        await cancelled
    except asyncio.CancelledError:
        print("cancelled:", cancelled, type(cancelled).__name__)
    try:
        await asyncio.wait_for(asyncio.gather(fetch(0.1), fetch(5)), 0.5)
    except asyncio.TimeoutError:
        print("gather timed out")
    failing = asyncio.gather(fetch("x"))
    try:
        await failing
    except TypeError as e:
        print(type(failing).__name__, "failed:", e)


asyncio.run(main())
